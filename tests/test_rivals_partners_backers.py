"""Rivals, partners and backers in news and encyclopedia leads, on invented sentences (every company here is made
up): the ways text states them that the older rules missed, and readings that must not yield them."""
from __future__ import annotations

import pytest

from invented import facts_of


def facts(text: str, title: str | None = None) -> set[tuple[str, str, str]]:
    """The facts of a dated news article of ``text`` (headed "Business briefs" unless ``title`` is given)."""
    return facts_of(text, title=title or "Business briefs", published="March 4, 2025")


def _symmetric(fact: tuple[str, str, str]) -> set[tuple[str, str, str]]:
    s, p, o = fact
    return {fact, (o, p, s)} if p in ("competitor", "partner") else {fact}


# (text, title or None, facts it must yield)
CASES = [
    # rivals: past a place in the subject's appositive, after a relative clause, a second "as well as with"
    ("Halvern Pumps, the Lyon-based maker of industrial pumps, competes with Tessaro Industrie and Crovana.", None,
     {("Halvern Pumps", "competitor", "Tessaro Industrie"), ("Halvern Pumps", "competitor", "Crovana")}),
    ("Drummeld Chemicals is a German chemicals maker that competes with Quorvex and Lintavo.", None,
     {("Drummeld Chemicals", "competitor", "Quorvex"), ("Drummeld Chemicals", "competitor", "Lintavo")}),
    ("Drummeld Chemicals competes primarily with Quorvex, as well as with Lintavo and Nimbrel.", None,
     {("Drummeld Chemicals", "competitor", "Lintavo"), ("Drummeld Chemicals", "competitor", "Nimbrel")}),
    ("Drummeld Chemicals, a supplier to Quorvex Industries, competes with Lintavo Labs.", None,
     {("Drummeld Chemicals", "competitor", "Lintavo Labs")}),
    ("Nimbrel Systems has emerged as a serious challenger to Quorvex.", None,
     {("Nimbrel Systems", "competitor", "Quorvex")}),
    ("Barrowick Energy sells electricity in a market dominated by Ostreva Power and Gorvath.", None,
     {("Barrowick Energy", "competitor", "Ostreva Power"), ("Barrowick Energy", "competitor", "Gorvath")}),
    ("Drummeld Chemicals makes industrial adhesives. Among its competitors are Quorvex Industries and Lintavo Labs.",
     "Drummeld Chemicals",
     {("Drummeld Chemicals", "competitor", "Quorvex Industries"),
      ("Drummeld Chemicals", "competitor", "Lintavo Labs")}),
    # a lone name opening the sentence, typed by the relation's verb
    ("Kestrune faces stiff competition from Ferrowyn and Solvane.", "Company news",
     {("Kestrune", "competitor", "Ferrowyn"), ("Kestrune", "competitor", "Solvane")}),
    ("Ulvika has partnered with Corvessa to sell software in Brazil.", "Company news",
     {("Ulvika", "partner", "Corvessa")}),
    ("Virelle raised $20 million from Pendrake Capital.", "Company news",
     {("Pendrake Capital", "investedIn", "Virelle")}),
    # partners: a partnership set off by commas, a pair set off by commas, "entered into a partnership"
    ("Ulvika Logistics, in partnership with Corvessa, opened a plant in Lyon.", None,
     {("Ulvika Logistics", "partner", "Corvessa")}),
    ("The two companies, Ulvika Logistics and Corvessa Drinks, agreed to work together on batteries.", None,
     {("Ulvika Logistics", "partner", "Corvessa Drinks")}),
    ("Marrowby Systems and Pellucid Software have entered into a partnership to offer joint services.", None,
     {("Marrowby Systems", "partner", "Pellucid Software")}),
    # backers: a list of companies invested in, a backer in the appositive, a round with no company named,
    # investors listed with no company named, "Founded in ..., it is backed by"
    ("Pendrake Capital has invested in Virelle Robotics, Zandrel and Orlicka.", None,
     {("Pendrake Capital", "investedIn", "Zandrel"), ("Pendrake Capital", "investedIn", "Orlicka")}),
    ("Virelle Robotics, a Lyon-based drone maker backed by Pendrake Capital, hired 40 engineers.", None,
     {("Pendrake Capital", "investedIn", "Virelle Robotics")}),
    ("Virelle Robotics raised $10 million. Pendrake Capital and Vostrel Ventures co-led the round.",
     "Virelle Robotics raises $10 million",
     {("Pendrake Capital", "investedIn", "Virelle Robotics"), ("Vostrel Ventures", "investedIn", "Virelle Robotics")}),
    ("Savrano Pay, a Berlin-based fintech startup, has raised 30 million euros in a round led by Pendrake Capital. "
     "Existing backers Vostrel Ventures and Aldenmoor Bank also participated.", "Savrano Pay raises funds",
     {("Vostrel Ventures", "investedIn", "Savrano Pay"), ("Aldenmoor Bank", "investedIn", "Savrano Pay")}),
    ("Virelle Robotics makes drones. Investors include Pendrake Capital and Vostrel Ventures.", "Virelle Robotics",
     {("Pendrake Capital", "investedIn", "Virelle Robotics"), ("Vostrel Ventures", "investedIn", "Virelle Robotics")}),
    ("Virelle Robotics is a French drone maker. Founded in 2015, it is backed by Pendrake Capital.", "Virelle Robotics",
     {("Pendrake Capital", "investedIn", "Virelle Robotics")}),
    # ... a fronted "Backed by", money raised in a relative clause, backing received, a round led by as a passive or
    # after a comma, a first investment, a stake sold in the seller itself, a backer counted as a shareholder
    ("Backed by Pendrake Capital, Virelle Robotics plans to open a plant in Lyon.", None,
     {("Pendrake Capital", "investedIn", "Virelle Robotics")}),
    ("Virelle Robotics, which raised $5 million from Vostrel Ventures last year, hired 40 engineers.", None,
     {("Vostrel Ventures", "investedIn", "Virelle Robotics")}),
    ("Savrano Pay received backing from Pendrake Capital and Vostrel Ventures.", None,
     {("Pendrake Capital", "investedIn", "Savrano Pay"), ("Vostrel Ventures", "investedIn", "Savrano Pay")}),
    ("Virelle Robotics' $20 million round was led by Pendrake Capital.", None,
     {("Pendrake Capital", "investedIn", "Virelle Robotics")}),
    ("Virelle Robotics closed its Series A, led by Pendrake Capital, in May.", None,
     {("Pendrake Capital", "investedIn", "Virelle Robotics")}),
    ("Pendrake Capital first invested in Savrano Pay in 2019.", None, {("Pendrake Capital", "investedIn", "Savrano Pay")}),
    ("Marrowby Solar sold a 25% stake to Ostreva Power.", None, {("Ostreva Power", "investedIn", "Marrowby Solar")}),
    ("Marrowby Solar counts Ostreva Power as its biggest shareholder.", None,
     {("Ostreva Power", "investedIn", "Marrowby Solar")}),
    # ... a joint venture announced, a partner of two, a second predicate noun before "a competitor of"
    ("Kestrune Motors announced a joint venture with Ferrowyn Energy to make batteries.", None,
     {("Kestrune Motors", "partner", "Ferrowyn Energy")}),
    ("Ulvika Logistics is a partner of Corvessa Drinks and Nimbrel Systems.", None,
     {("Ulvika Logistics", "partner", "Nimbrel Systems")}),
    ("Tamboril Beverages is a Portuguese brewer and a competitor of Corvessa Drinks.", None,
     {("Tamboril Beverages", "competitor", "Corvessa Drinks")}),
    # ... a rival of two, a long description before "such as", a lead's backer after "and is"
    ("Zandrel Airways is a Latvian airline. It is a rival of Orlicka Air and Ilsanta Air.", "Zandrel Airways",
     {("Zandrel Airways", "competitor", "Ilsanta Air")}),
    ("Savrano Pay competes with established banks as well as fintech firms such as Lintavo Labs and Virelle Pay.", None,
     {("Savrano Pay", "competitor", "Lintavo Labs"), ("Savrano Pay", "competitor", "Virelle Pay")}),
    ("Pellucid Software is a Canadian software company that was founded in 2004 and is backed by Pendrake Capital.",
     "Pellucid Software", {("Pendrake Capital", "investedIn", "Pellucid Software")}),
]

# (text, title or None, a fact it must not yield)
NOT_CASES = [
    # an appositive's or a relative clause's name is not the subject of the verb after it
    ("Drummeld Chemicals, a supplier to Quorvex Industries, competes with Lintavo Labs.", None,
     ("Quorvex Industries", "competitor", "Lintavo Labs")),
    ("Corvessa Drinks, which is owned by Quorvex Industries, competes with Lintavo Labs.", None,
     ("Quorvex Industries", "competitor", "Lintavo Labs")),
    # an analyst's view of a market names no rival of the analyst
    ("Ferrowyn Research said the market is dominated by Quorvex Industries and Lintavo Labs.", None,
     ("Ferrowyn Research", "competitor", "Quorvex Industries")),
    # a round of talks is no funding round
    ("Quorvex Industries joined the latest round of talks with Lintavo Labs.", None,
     ("Quorvex Industries", "investedIn", "Lintavo Labs")),
    # a buyer of a rival's contracts is no rival of the buyer ("competes with ... for contracts from")
    ("Savrano Pay competes with other lenders for business from Lintavo Labs.", None,
     ("Savrano Pay", "competitor", "Lintavo Labs")),
    # a stake in another company, sold, is no stake in the seller
    ("Marrowby Solar sold a 25% stake in Pruvex Energy to Ostreva Power.", None,
     ("Ostreva Power", "investedIn", "Marrowby Solar")),
    # a round led by the article's own company: whose round it was is not said
    ("Existing investors Pendrake Capital and Vostrel Ventures also took part in the round.",
     "Pendrake Capital backs drone makers", ("Vostrel Ventures", "investedIn", "Pendrake Capital")),
]


@pytest.mark.parametrize("text,title,expected", CASES)
def test_construction_yields(text: str, title: str | None, expected: set[tuple[str, str, str]]) -> None:
    got = facts(text, title)
    for fact in expected:
        assert _symmetric(fact) & got, fact


@pytest.mark.parametrize("text,title,unwanted", NOT_CASES)
def test_construction_does_not_yield(text: str, title: str | None, unwanted: tuple[str, str, str]) -> None:
    assert not _symmetric(unwanted) & facts(text, title)
