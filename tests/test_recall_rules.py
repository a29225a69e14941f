"""Constructions business news and encyclopedia leads use, on invented sentences (every company,
person and product here is made up): what each yields, and what it must not."""
from __future__ import annotations

import pytest

from invented import news_or_lead_facts as facts


# (text, dated, facts it must yield)
CASES = [
    # a founder news speaks of is still at the company
    ("Kelvara Systems co-founder Jo Bloggs said sales rose.", True,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "member", "Jo Bloggs")}),
    ("The co-founder of Kelvara Systems, Jo Bloggs, said sales rose.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    # acquisitions: a deal struck to buy, control taken, a price paid, a deal announced or cleared
    ("Kelvara Systems' $2 billion deal to buy Brantwell Corp. closed on Friday.", False,
     {("Kelvara Systems", "acquired", "Brantwell")}),
    ("Kelvara Systems has struck a deal to acquire rival Brantwell Corp.", True,
     {("Kelvara Systems", "acquired", "Brantwell")}),
    ("Kelvara Systems took control of Brantwell Corp. in 2016.", False, {("Kelvara Systems", "acquired", "Brantwell")}),
    ("Kelvara Systems paid $2 billion for Brantwell Corp. in 2016.", False,
     {("Kelvara Systems", "acquired", "Brantwell")}),
    ("Kelvara Systems will pay 5 euros a share in cash for Brantwell Corp.", True,
     {("Kelvara Systems", "acquired", "Brantwell")}),
    ("Kelvara Systems announced the acquisition of Brantwell Corp. on Monday.", True,
     {("Kelvara Systems", "acquired", "Brantwell")}),
    ("Kelvara Systems won regulatory approval for its takeover of Brantwell Corp.", True,
     {("Kelvara Systems", "acquired", "Brantwell")}),
    # parents
    ("Brantwell Corp., the British arm of Kelvara Systems, cut jobs.", False,
     {("Brantwell", "parentOrganization", "Kelvara Systems")}),
    ("Brantwell Corp. is Kelvara Systems' biggest subsidiary.", False,
     {("Brantwell", "parentOrganization", "Kelvara Systems")}),
    ("Kelvara Systems, Brantwell Corp.'s parent company, cut jobs.", True,
     {("Brantwell", "parentOrganization", "Kelvara Systems")}),
    ("Brantwell Corp., which Kelvara Systems owns, cut jobs.", True,
     {("Brantwell", "parentOrganization", "Kelvara Systems")}),
    ("Brantwell Corp. is controlled by Kelvara Systems.", False, {("Brantwell", "parentOrganization", "Kelvara Systems")}),
    # headquarters
    ("Kelvara Systems' Chicago headquarters was sold.", True, {("Kelvara Systems", "headquarters", "Chicago")}),
    ("Kelvara Systems, which has its headquarters in Chicago, cut jobs.", True,
     {("Kelvara Systems", "headquarters", "Chicago")}),
    ("Kelvara Systems, the Chicago drone maker, cut jobs.", True, {("Kelvara Systems", "headquarters", "Chicago")}),
    ("Brantwell Corp., a Leeds law firm, cut jobs.", True, {("Brantwell", "headquarters", "Leeds")}),
    # rivals
    ("The rivalry between Kelvara Systems and Brantwell Corp. has grown.", True,
     {("Kelvara Systems", "competitor", "Brantwell")}),
    ("Kelvara Systems' long rivalry with Brantwell Corp. has grown.", True,
     {("Kelvara Systems", "competitor", "Brantwell")}),
    ("Kelvara Systems is battling Brantwell Corp. for market share.", True,
     {("Kelvara Systems", "competitor", "Brantwell")}),
    ("Kelvara Systems has taken market share from rivals such as Brantwell Corp.", True,
     {("Kelvara Systems", "competitor", "Brantwell")}),
    # investors
    ("Brantwell Corp., in which Kelvara Systems has a 30% stake, cut jobs.", True,
     {("Kelvara Systems", "investedIn", "Brantwell")}),
    ("Kelvara Systems is Brantwell Corp.'s largest shareholder.", True,
     {("Kelvara Systems", "investedIn", "Brantwell")}),
    ("Kelvara Systems is among the investors in Brantwell Corp.", True,
     {("Kelvara Systems", "investedIn", "Brantwell")}),
    ("Kelvara Systems participated in Brantwell Corp.'s latest funding round.", True,
     {("Kelvara Systems", "investedIn", "Brantwell")}),
    # an appositive between a name and the verb that gives the post
    ("Kelvara Systems makes drones. Its founder, Jo Bloggs, remains chairman of the company.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    ("Jo Bloggs, the founder of Kelvara Systems, remains its chairman.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    ("Jo Bloggs, a former Brantwell Corp. executive, is now chairman of Kelvara Systems.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    # a purchase in a gerund clause is the clause's subject's
    ("Brantwell Corp., based in Stuttgart, has grown quickly after buying Ohio-based Quenby Tools in 2022.", True,
     {("Brantwell", "acquired", "Quenby Tools")}),
    ("Brantwell Corp. expanded into Ohio by acquiring Quenby Tools.", True, {("Brantwell", "acquired", "Quenby Tools")}),
    # the rivals of a clause whose subject is "it" are the sentence subject's
    ("Kelvara Systems said it would buy Quenby Tools, a maker of drills, for $2 billion, as it seeks to fend off "
     "competition from larger rival Brantwell Corp.", True, {("Kelvara Systems", "competitor", "Brantwell")}),
    ("Kelvara Systems cut prices as it battles larger rivals such as Brantwell Corp.", True,
     {("Kelvara Systems", "competitor", "Brantwell")}),
    # lead constructions: a bare board chaired, a second verb "and has been owned by", an adverb before "with",
    # the rank's noun read as the company, "when Acme acquired it", "owns Beta, acquired in 2021"
    ("Kelvara Systems is a British maker of drones. The chief executive is Al Smith; Jo Bloggs chairs the board.",
     False, {("Kelvara Systems", "chair", "Jo Bloggs")}),
    ("Kelvara Systems was founded in 1897 by Jo Bloggs and has been owned by the Dutch group Brantwell Corp. since "
     "2009.", False, {("Kelvara Systems", "parentOrganization", "Brantwell")}),
    ("Kelvara Systems competes mainly with Brantwell Corp. and Quenby Tools.", False,
     {("Kelvara Systems", "competitor", "Brantwell"), ("Kelvara Systems", "competitor", "Quenby Tools")}),
    ("Kelvara Systems is the third-largest maker in the United States, after Brantwell Corp. and Quenby Tools.", False,
     {("Kelvara Systems", "competitor", "Brantwell"), ("Kelvara Systems", "competitor", "Quenby Tools")}),
    ("Kelvara Systems has been a subsidiary of Brantwell Corp. since 2019, when Brantwell acquired it for $1 billion.",
     False, {("Brantwell", "acquired", "Kelvara Systems")}),
    ("Kelvara Systems owns the software firm Brantwell Corp., acquired in 2021.", False,
     {("Kelvara Systems", "acquired", "Brantwell")}),
    # a seat on a board, the name an appositive of the one before
    ("Brantwell Corp.'s chief executive, Jo Bloggs, will join Kelvara Systems' board.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
    # customers to be won from a rival
    ("Kelvara Systems, the Oslo-based maker, unveiled its Zephyr X2 drone on Monday, its latest attempt to win "
     "customers from market leader Brantwell Corp.", True, {("Kelvara Systems", "competitor", "Brantwell")}),
    ("Kelvara Systems cut prices in a bid to lure shoppers away from Brantwell Corp. and Quenby Tools.", True,
     {("Kelvara Systems", "competitor", "Brantwell"), ("Kelvara Systems", "competitor", "Quenby Tools")}),
    # a bare title opening the sentence, with its article and a comma before the name
    ("Kelvara Systems cut jobs on Monday. The chief executive, Jo Bloggs, said sales rose.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    ("Kelvara Systems cut jobs on Monday. Chief executive, Jo Bloggs, said sales rose.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    # a dash opens an appositive as a comma does
    ("Jo Bloggs — chairman and chief executive of Kelvara Systems — said sales rose.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs"), ("Kelvara Systems", "chair", "Jo Bloggs")}),
    # a bare title after the name with how long it has been held, or in brackets; "According to" opening
    ("Kelvara Systems cut jobs on Monday. Jo Bloggs, chairman since 2015, said sales rose.", True,
     {("Kelvara Systems", "chair", "Jo Bloggs")}),
    ("Kelvara Systems cut jobs on Monday. Jo Bloggs, chief executive for the past decade, will retire in May.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    ("Kelvara Systems cut jobs on Monday. Jo Bloggs (CEO) said sales rose.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    ("Jo Bloggs (chief executive, Kelvara Systems) said sales rose.", True, {("Kelvara Systems", "ceo", "Jo Bloggs")}),
    ("Kelvara Systems cut jobs on Monday. According to chief executive Jo Bloggs, sales rose.", True,
     {("Kelvara Systems", "ceo", "Jo Bloggs")}),
]

# (text, dated, a fact it must not yield)
NOT_CASES = [
    # ... a lead's founder is history
    ("Kelvara Systems co-founder Jo Bloggs was born in Leeds.", False, ("Kelvara Systems", "member", "Jo Bloggs")),
    ("Jo Bloggs, the late founder of Kelvara Systems, was born in Leeds.", True,
     ("Kelvara Systems", "member", "Jo Bloggs")),
    # a bid is no deal, a stake no company, a fight in court no rivalry for customers
    ("Kelvara Systems has made a $2 billion offer for Brantwell Corp.", True, ("Kelvara Systems", "acquired", "Brantwell")),
    ("Kelvara Systems paid $2 billion for Brantwell Corp. shares.", True, ("Kelvara Systems", "acquired", "Brantwell")),
    ("Kelvara Systems struck a deal to buy a 20% stake in Brantwell Corp.", True,
     ("Kelvara Systems", "acquired", "Brantwell")),
    ("Kelvara Systems is fighting Brantwell Corp. over a patent.", True, ("Kelvara Systems", "competitor", "Brantwell")),
    ("Brantwell Corp., which Kelvara Systems owns a stake in, cut jobs.", True,
     ("Brantwell", "parentOrganization", "Kelvara Systems")),
    ("Jo Bloggs, a former Brantwell Corp. executive, is now chairman of Kelvara Systems.", True,
     ("Brantwell", "chair", "Jo Bloggs")),
    ("Brantwell Corp. sued Kelvara Systems after buying Quenby Tools.", True, ("Kelvara Systems", "acquired", "Quenby Tools")),
    ("Brantwell Corp. grew quickly after buying a 20% stake in Quenby Tools.", True,
     ("Brantwell", "acquired", "Quenby Tools")),
    # ... not the name nearest before the rival
    ("Kelvara Systems said it would buy Quenby Tools, a maker of drills, for $2 billion, as it seeks to fend off "
     "competition from larger rival Brantwell Corp.", True, ("Quenby Tools", "competitor", "Brantwell")),
    # a board named with another company in the sentence may be that one's
    ("Kelvara Systems makes drones. Jo Bloggs, a former Brantwell Corp. banker, chairs the board.", False,
     ("Kelvara Systems", "chair", "Jo Bloggs")),
    ("Kelvara Systems owns a 20% stake in Brantwell Corp., acquired in 2021.", False,
     ("Kelvara Systems", "acquired", "Brantwell")),
    ("Kelvara Systems owns Brantwell Corp., acquired by Quenby Tools in 2021.", False,
     ("Kelvara Systems", "acquired", "Brantwell")),
    # a product the company launched dates the product, not the company
    ("Kelvara Systems makes drones. It runs its own operating system, Zorb OS, which the company launched in 2021.",
     True, ("Kelvara Systems", "foundingDate", "2021")),
    ("Kelvara Systems sued Quenby Tools to win customers from Brantwell Corp.", True,
     ("Quenby Tools", "competitor", "Brantwell")),
    # the title's name belongs to another company named after it
    ("Kelvara Systems cut jobs on Monday. The chief executive, Jo Bloggs, of Brantwell Corp. said sales rose.", True,
     ("Kelvara Systems", "ceo", "Jo Bloggs")),
    ("Kelvara Systems cut jobs on Monday. Jo Bloggs (CEO) sued Brantwell Corp. on Friday.", True,
     ("Brantwell", "ceo", "Jo Bloggs")),
]


@pytest.mark.parametrize("text,dated,expected", CASES)
def test_construction_yields(text: str, dated: bool, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text, dated)


@pytest.mark.parametrize("text,dated,unwanted", NOT_CASES)
def test_construction_does_not_yield(text: str, dated: bool, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, dated)


# Officers' titles beyond the classic four, as news writes them after and before a name.
TITLES = ["chief commercial officer", "chief investment officer", "chief risk officer", "chief people officer",
          "general counsel", "managing partner", "country manager", "vice chair", "director-general", "EVP"]


@pytest.mark.parametrize("title", TITLES)
def test_an_officer_title_makes_a_member(title: str) -> None:
    assert ("Kelvara Systems", "member", "Jo Bloggs") in facts(f"Jo Bloggs, {title} of Kelvara Systems, said sales rose.")
    assert ("Kelvara Systems", "member", "Jo Bloggs") in facts(f"Kelvara Systems {title} Jo Bloggs said sales rose.")


def test_a_vice_chair_is_not_the_chair() -> None:
    got = facts("Jo Bloggs, vice chair of Kelvara Systems, said sales rose.")
    assert ("Kelvara Systems", "member", "Jo Bloggs") in got and ("Kelvara Systems", "chair", "Jo Bloggs") not in got


def test_the_brewery_is_the_company_named_before() -> None:
    got = facts("Harlow Brewing is a Czech brewery located in Ostrava. The brewery produces Zlatar, a wheat beer. "
                "Its managing director is Jo Bloggs.")
    assert {("Zlatar", "manufacturer", "Harlow Brewing"), ("Harlow Brewing", "member", "Jo Bloggs")} <= got


SPOKEN_TO = [
    "Chief executive Jo Bloggs told Norvik Radio that sales rose.",
    '"Sales rose," chief executive Jo Bloggs told the Tarnby Gazette.',
    "Chief executive Jo Bloggs said in an interview with Norvik Radio that sales rose.",
    "Chief executive Jo Bloggs said sales rose, according to the Tarnby Gazette.",
    "Jo Bloggs, the chief executive, told Norvik Radio that sales rose.",
]


@pytest.mark.parametrize("sentence", SPOKEN_TO)
def test_an_outlet_spoken_to_is_not_the_speakers_employer(sentence: str) -> None:
    got = facts(f"Kelvara Systems cut jobs on Monday. {sentence}", dated=True)
    assert ("Kelvara Systems", "ceo", "Jo Bloggs") in got
    assert not {f for f in got if f[1] == "ceo" and f[0] != "Kelvara Systems"}


def test_a_board_addressed_is_its_companys() -> None:
    got = facts("Kelvara Systems cut jobs on Monday. Chairman Jo Bloggs told Brantwell Corp.'s board that "
                "sales rose.", dated=True)
    assert ("Kelvara Systems", "chair", "Jo Bloggs") not in got


REPORTED = [
    "Chief executive Jo Bloggs said the deal with Quenby Tools would close in May.",
    '"Quenby Tools is a great fit," said chief executive Jo Bloggs.',
    '"Quenby Tools is a great fit," chief executive Jo Bloggs said.',
    "Chairman Jo Bloggs said Quenby Tools would keep its brand.",
]


@pytest.mark.parametrize("sentence", REPORTED)
def test_a_company_named_in_what_a_bare_titled_speaker_says_leaves_the_speaker_the_articles(sentence: str) -> None:
    got = facts(f"Kelvara Systems agreed to buy Quenby Tools on Monday. {sentence}", dated=True)
    assert ("Kelvara Systems", "member", "Jo Bloggs") in got


def test_a_company_named_before_the_bare_title_may_be_the_speakers() -> None:
    got = facts("Kelvara Systems agreed to buy Quenby Tools on Monday. At Quenby Tools, chief executive Jo Bloggs "
                "said staff would stay.", dated=True)
    assert ("Kelvara Systems", "member", "Jo Bloggs") not in got


DRILLS = "Brantwell Corp. is a British maker of drills based in Leeds. "
DRONES = "Kelvara Systems is a British maker of drones based in Leeds. "
ACQUISITIONS = [
    # a lead's history of its company being bought
    (DRILLS + "Following its acquisition by Kelvara Systems in 2015, the company moved to Oslo.",
     {("Kelvara Systems", "acquired", "Brantwell")}),
    (DRILLS + "After being acquired by Kelvara Systems in 2015, the company moved to Oslo.",
     {("Kelvara Systems", "acquired", "Brantwell")}),
    (DRILLS + "It has been owned by Kelvara Systems since its acquisition in 2015.",
     {("Kelvara Systems", "acquired", "Brantwell")}),
    (DRILLS + "The business was acquired in 2015 by Kelvara Systems.", {("Kelvara Systems", "acquired", "Brantwell")}),
    # ... and of its buying others
    (DRONES + "Its acquisitions include Brantwell Corp. and Quenby Tools.",
     {("Kelvara Systems", "acquired", "Brantwell"), ("Kelvara Systems", "acquired", "Quenby Tools")}),
    (DRONES + "Over the years, the company has acquired several firms, including Brantwell Corp. and Quenby Tools.",
     {("Kelvara Systems", "acquired", "Brantwell"), ("Kelvara Systems", "acquired", "Quenby Tools")}),
    (DRONES + "The company has since acquired Brantwell Corp. and Quenby Tools.",
     {("Kelvara Systems", "acquired", "Brantwell"), ("Kelvara Systems", "acquired", "Quenby Tools")}),
    (DRONES + "It expanded through the acquisition of Brantwell Corp. in 2015.",
     {("Kelvara Systems", "acquired", "Brantwell")}),
    (DRONES + "In 2015 the company made its first acquisition, buying Brantwell Corp. for $10 million.",
     {("Kelvara Systems", "acquired", "Brantwell")}),
    (DRONES + "The company acquired Brantwell Corp. in 2015 and Quenby Tools in 2018.",
     {("Kelvara Systems", "acquired", "Brantwell"), ("Kelvara Systems", "acquired", "Quenby Tools")}),
]


@pytest.mark.parametrize("text,expected", ACQUISITIONS)
def test_an_acquisition_written_in_a_lead(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text)


def test_a_passives_agent_is_not_what_was_bought() -> None:
    assert ("Brantwell", "acquired", "Kelvara Systems") not in facts(
        DRILLS + "The business was acquired in 2015 by Kelvara Systems.")


PRODUCTS = [
    (DRONES + "The company's best-known product is the Zephyr X2 drone.",
     {("Zephyr X2", "manufacturer", "Kelvara Systems")}),
    (DRONES + "It is best known for the Zephyr X2, a delivery drone launched in 2016.",
     {("Zephyr X2", "releaseDate", "2016")}),
    (DRONES + "In 2016, the company released the Zephyr X2 drone.",
     {("Zephyr X2", "manufacturer", "Kelvara Systems"), ("Zephyr X2", "releaseDate", "2016")}),
    (DRONES + "In May 2016, it launched its first drone, the Zephyr X2.",
     {("Zephyr X2", "manufacturer", "Kelvara Systems"), ("Zephyr X2", "releaseDate", "2016-05")}),
    ("The Zephyr X2 is a delivery drone from Kelvara Systems.", {("Zephyr X2", "manufacturer", "Kelvara Systems")}),
]


@pytest.mark.parametrize("text,expected", PRODUCTS)
def test_a_product_written_in_a_lead(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text)


def test_a_product_sold_in_a_year_is_not_released_then() -> None:
    got = facts(DRONES + "Its best-known product is the Zephyr X2 drone. In 2019, it sold the Zephyr X2 to farmers.")
    assert not {f for f in got if f[1] == "releaseDate"}


FOUNDINGS = [
    ("Kelvara Systems, a drone maker founded in 1999 by Jo Bloggs, cut jobs.",
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "foundingDate", "1999")}),
    ("Kelvara Systems has been making drones since it was founded in 1999.",
     {("Kelvara Systems", "foundingDate", "1999")}),
    ("Kelvara Systems cut jobs on Monday. Since its founding in 1999, the company has grown quickly.",
     {("Kelvara Systems", "foundingDate", "1999")}),
    ("Jo Bloggs co-founded Kelvara Systems with Al Smith in 1999.",
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "founder", "Al Smith"),
      ("Kelvara Systems", "foundingDate", "1999")}),
    ("Kelvara Systems, which Jo Bloggs co-founded with Al Smith in 1999, cut jobs.",
     {("Kelvara Systems", "founder", "Al Smith")}),
    ("Jo Bloggs, Kelvara Systems' 54-year-old founder, said sales rose.", {("Kelvara Systems", "founder", "Jo Bloggs")}),
]


@pytest.mark.parametrize("text,expected", FOUNDINGS)
def test_a_founding_written_in_news(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text, dated=True)


def test_an_appositive_naming_a_parent_does_not_date_the_child() -> None:
    got = facts("Kelvara Systems, a unit of Brantwell Corp. founded in 1999, cut jobs.", dated=True)
    assert ("Kelvara Systems", "foundingDate", "1999") not in got


PARENTS = [
    ("Kelvara Systems cut jobs on Monday. Brantwell Corp., its parent company, said sales rose.",
     {("Kelvara Systems", "parentOrganization", "Brantwell")}),
    ("Kelvara Systems, a Brantwell Corp. company, cut jobs.", {("Kelvara Systems", "parentOrganization", "Brantwell")}),
    ("Kelvara Systems, whose parent company is Brantwell Corp., cut jobs.",
     {("Kelvara Systems", "parentOrganization", "Brantwell")}),
    ("Kelvara Systems, whose owner Brantwell Corp. is based in Oslo, cut jobs.",
     {("Kelvara Systems", "parentOrganization", "Brantwell")}),
    ("Kelvara Systems and Quenby Tools, both units of Brantwell Corp., cut jobs.",
     {("Kelvara Systems", "parentOrganization", "Brantwell"), ("Quenby Tools", "parentOrganization", "Brantwell")}),
    ("Brantwell Corp.'s subsidiaries Kelvara Systems and Quenby Tools cut jobs.",
     {("Kelvara Systems", "parentOrganization", "Brantwell"), ("Quenby Tools", "parentOrganization", "Brantwell")}),
]


@pytest.mark.parametrize("text,expected", PARENTS)
def test_a_parent_written_in_news(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text, dated=True)


def test_a_former_owner_is_no_parent() -> None:
    got = facts("Kelvara Systems, whose former owner Brantwell Corp. is based in Oslo, cut jobs.", dated=True)
    assert ("Kelvara Systems", "parentOrganization", "Brantwell") not in got


MAKERS = [
    "Kelvara Systems said demand for its Zephyr X2 smartphone was strong.",
    "Kelvara Systems said sales of its Zephyr X2 smartphone rose.",
    "Kelvara Systems recalled its Zephyr X2 smartphone.",
    "Kelvara Systems cut the price of its Zephyr X2 smartphone.",
    "Kelvara Systems halted sales of its Zephyr X2 smartphone.",
    "The Zephyr X2, Kelvara Systems' best-selling smartphone, sold well.",
    "The Zephyr X2 smartphone, made by Kelvara Systems, sold well.",
    "Kelvara Systems, best known for its Zephyr X2 smartphone, cut jobs.",
    "Kelvara Systems, known for the Zephyr X2 smartphone, cut jobs.",
]


@pytest.mark.parametrize("sentence", MAKERS)
def test_a_maker_written_in_news(sentence: str) -> None:
    assert ("Zephyr X2", "manufacturer", "Kelvara Systems") in facts(sentence, dated=True)


def test_a_customers_deliveries_are_not_its_make() -> None:
    got = facts("Norvik Air said deliveries of its Zephyr X2 jets from Kelvara Systems were late.", dated=True)
    assert not {f for f in got if f[1] == "manufacturer" and f[2].startswith("Norvik")}


@pytest.mark.parametrize("job", ["a portfolio manager", "a fund manager", "a strategist", "a trader", "a banker",
                                 "a researcher", "a research analyst"])
def test_staff_quoted_at_their_firm_are_its_members(job: str) -> None:
    got = facts(f'"Sales rose," said Jo Bloggs, {job} at Brantwell Securities.', dated=True)
    assert ("Brantwell Securities", "member", "Jo Bloggs") in got


RIVALS = [
    "Kelvara Systems' biggest rivals are Brantwell Corp. and Quenby Tools.",
    "Kelvara Systems cut jobs on Monday. Competitors such as Brantwell Corp. have cut prices.",
    "Kelvara Systems cut jobs on Monday. Shares of rival Brantwell Corp. rose.",
    "Kelvara Systems cut jobs on Monday. Brantwell Corp., its closest rival, cut prices too.",
    "Kelvara Systems is locked in a price war with Brantwell Corp.",
    "Kelvara Systems ranks behind Brantwell Corp. in sales.",
    "Kelvara Systems is the world's second-largest drone maker after Brantwell Corp.",
]


@pytest.mark.parametrize("text", RIVALS)
def test_a_rival_written_in_news(text: str) -> None:
    got = facts(text, dated=True)
    assert ("Kelvara Systems", "competitor", "Brantwell") in got or ("Brantwell", "competitor", "Kelvara Systems") in got


def test_a_rival_named_after_another_company_is_that_ones() -> None:
    got = facts("Kelvara Systems cut jobs on Monday. Norvik Bank and its rival Brantwell Corp. cut rates.", dated=True)
    assert ("Kelvara Systems", "competitor", "Brantwell") not in got


@pytest.mark.parametrize("text", [
    "Kelvara Systems is a drone maker in the United Kingdom.",
    "Kelvara Systems is the largest drone maker in the United Kingdom.",
    "Kelvara Systems is one of the largest drone makers in the United Kingdom.",
    "Kelvara Systems is a multinational drone maker from the United Kingdom.",
    "Kelvara Systems is a drone maker incorporated in the United Kingdom.",
])
def test_a_body_of_a_country(text: str) -> None:
    assert ("Kelvara Systems", "country", "United Kingdom") in facts(text)


def test_a_supplier_to_a_countrys_firms_is_not_of_that_country() -> None:
    got = facts("Kelvara Systems is a supplier of parts to carmakers in Germany.")
    assert ("Kelvara Systems", "country", "Germany") not in got


@pytest.mark.parametrize("text", [
    "\"This is a betrayal,\" said Jo Bloggs of the Quenby union.",
    "\"Sales will fall,\" said Jo Bloggs of Quenby Corp.",
    "Jo Bloggs of Quenby Corp. said the cuts were overdue.",
])
def test_a_speaker_named_with_an_organization_is_its_member(text: str) -> None:
    assert ("Quenby", "member", "Jo Bloggs") in facts("Kelvara Systems cut 500 jobs on Monday. " + text, dated=True)


def test_a_speaker_of_a_possessive_is_not_its_member() -> None:
    got = facts("Kelvara Systems cut jobs. \"It is bad,\" said Jo Bloggs of Quenby Corp.'s union.", dated=True)
    assert ("Quenby", "member", "Jo Bloggs") not in got
