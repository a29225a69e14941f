"""A company's market and plans in business news, on invented sentences (every company and person here is
made up): partners, rivals, investors, strategies and goals; what each construction yields, and what it must not."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Extraction
from kg.read import read_text

from invented import facts_of, labelled


def facts(text: str) -> set[tuple[str, str, str]]:
    """The facts of a dated news article of ``text``."""
    return facts_of(text, published="March 4, 2025")


# (text, facts it must yield)
CASES = [
    # partners: a partner of, partners include, chosen as partner, a pair that teams up, a partnership kept
    ("Ekwe Packaging, a longtime partner of Varnel Foods, opened a plant.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Ekwe Packaging, Varnel Foods' technology partner, opened a plant.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Ekwe Packaging is one of Varnel Foods' main partners.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods' partners include Ekwe Packaging and Corvin Retail.",
     {("Varnel Foods", "partner", "Ekwe Packaging"), ("Varnel Foods", "partner", "Corvin Retail")}),
    ("Varnel Foods counts Ekwe Packaging among its partners.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods has chosen Ekwe Packaging as its packaging partner.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods and Ekwe Packaging have teamed up to build a plant.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods and Ekwe Packaging agreed to cooperate on recycling.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods and Ekwe Packaging are long-time partners.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods and Ekwe Packaging signed a memorandum of understanding.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods signed a memorandum of understanding with Ekwe Packaging.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods expanded its partnership with Ekwe Packaging.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods has a partnership with Ekwe Packaging.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods is working with Ekwe Packaging to develop recyclable cartons.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods' partner in Ghana, Ekwe Packaging, opened a plant.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods and Ekwe Packaging's joint venture will open a plant.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods operates the plant through a joint venture with Ekwe Packaging.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods, together with Ekwe Packaging, will build a plant in Accra.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Ekwe Packaging, which partners with Varnel Foods, opened a plant.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("A consortium of Varnel Foods and Ekwe Packaging won the contract.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("A consortium led by Varnel Foods and including Ekwe Packaging won the contract.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods has tied up with Ekwe Packaging to sell snacks.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods has a joint venture with Ekwe Packaging to grow maize.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods will face off against Oduya Brands.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods has teamed with Ekwe Packaging to sell snacks.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods joined hands with Ekwe Packaging to build a plant.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods and Ekwe Packaging have agreed to jointly develop a carton.",
     {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods and Ekwe Packaging will co-develop a carton.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods and Ekwe Packaging have a partnership in Ghana.", {("Varnel Foods", "partner", "Ekwe Packaging")}),
    ("Varnel Foods leads the Nigerian snack market with 30 percent, followed by Oduya Brands and Brantholm Foods.",
     {("Varnel Foods", "competitor", "Oduya Brands"), ("Varnel Foods", "competitor", "Brantholm Foods")}),
    ("Varnel Foods dominates the market, ahead of Oduya Brands.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Tarsis Capital is one of Varnel Foods' biggest shareholders.", {("Tarsis Capital", "investedIn", "Varnel Foods")}),
    ("Varnel Foods' largest shareholder, Tarsis Capital, backed the plan.",
     {("Tarsis Capital", "investedIn", "Varnel Foods")}),
    ("Varnel Foods, in which Tarsis Capital has invested, opened a plant.",
     {("Tarsis Capital", "investedIn", "Varnel Foods")}),
    ("Varnel Foods is a portfolio company of Tarsis Capital.", {("Tarsis Capital", "investedIn", "Varnel Foods")}),
    ("Tarsis Capital's portfolio includes Varnel Foods and Lumo Logistics.",
     {("Tarsis Capital", "investedIn", "Varnel Foods"), ("Tarsis Capital", "investedIn", "Lumo Logistics")}),
    ("The deal gives Tarsis Capital a 20% stake in Varnel Foods.", {("Tarsis Capital", "investedIn", "Varnel Foods")}),
    # rivals: an appositive or copula, competing for customers or in a market, a rank ahead of others
    ("Oduya Brands, a rival of Varnel Foods, cut prices.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Oduya Brands is Varnel Foods' closest competitor.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods is seen as a challenger to Oduya Brands.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods competes in a crowded market with Oduya Brands and Brantholm Foods.",
     {("Varnel Foods", "competitor", "Oduya Brands"), ("Varnel Foods", "competitor", "Brantholm Foods")}),
    ("Varnel Foods competes for customers with Oduya Brands.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods will go head to head with Oduya Brands.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods is the biggest snack maker in Nigeria, ahead of Oduya Brands and Brantholm Foods.",
     {("Varnel Foods", "competitor", "Oduya Brands"), ("Varnel Foods", "competitor", "Brantholm Foods")}),
    ("Varnel Foods is second only to Oduya Brands in Nigeria.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    # investors: a stake had, an investment made, participation in a round, counted among investors
    ("Varnel Foods has a 30 percent stake in Lumo Logistics.", {("Varnel Foods", "investedIn", "Lumo Logistics")}),
    ("Varnel Foods made a strategic investment in Lumo Logistics.",
     {("Varnel Foods", "investedIn", "Lumo Logistics")}),
    ("Varnel Foods announced a $10 million investment in Lumo Logistics.",
     {("Varnel Foods", "investedIn", "Lumo Logistics")}),
    ("Varnel Foods' investment in Lumo Logistics has paid off.", {("Varnel Foods", "investedIn", "Lumo Logistics")}),
    ("Lumo Logistics raised $40 million in a Series B round led by Tarsis Capital, with participation from "
     "Varnel Foods.", {("Tarsis Capital", "investedIn", "Lumo Logistics"),
                       ("Varnel Foods", "investedIn", "Lumo Logistics")}),
    ("Lumo Logistics counts Tarsis Capital and Varnel Foods among its investors.",
     {("Tarsis Capital", "investedIn", "Lumo Logistics"), ("Varnel Foods", "investedIn", "Lumo Logistics")}),
]

# (text, a fact it must not yield)
NOT_CASES = [
    ("Jo Bloggs, a managing partner of Tarsis Capital, said the deal was good.",
     ("Tarsis Capital", "partner", "Jo Bloggs")),
    ("Tarsis Capital, a former partner of Varnel Foods, sued the company.",
     ("Varnel Foods", "partner", "Tarsis Capital")),
    ("Varnel Foods and Ekwe Packaging signed a merger agreement.", ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Varnel Foods and Ekwe Packaging are in talks to form a partnership.",
     ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Varnel Foods is in talks with Ekwe Packaging about a partnership.",
     ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Varnel Foods denied it had a partnership with Ekwe Packaging.", ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Varnel Foods worked with Ekwe Packaging on the sale of its unit.",
     ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Varnel Foods was ahead of Oduya Brands in the talks.", ("Varnel Foods", "competitor", "Oduya Brands")),
    ("Varnel Foods, along with Ekwe Packaging, reported losses.", ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Varnel Foods, together with Ekwe Packaging, has lost market share.",
     ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Varnel Foods bid for the contract against a consortium of Ekwe Packaging and Tamo Bank.",
     ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Varnel Foods' investors, Tarsis Capital said, are unhappy.", ("Tarsis Capital", "investedIn", "Varnel Foods")),
    ("Varnel Foods and Ekwe Packaging have a dispute over the plant.", ("Varnel Foods", "partner", "Ekwe Packaging")),
    ("Oduya Brands, a supplier to Varnel Foods, cut prices.", ("Varnel Foods", "competitor", "Oduya Brands")),
    ("Varnel Foods has an interest in buying Lumo Logistics.", ("Varnel Foods", "investedIn", "Lumo Logistics")),
    ("Varnel Foods' planned investment in Lumo Logistics was blocked.",
     ("Varnel Foods", "investedIn", "Lumo Logistics")),
    ("Varnel Foods' $2 billion investment in the Lumo Logistics plant will create jobs.",
     ("Varnel Foods", "investedIn", "Lumo Logistics")),
    ("Varnel Foods is considering an investment in Lumo Logistics.",
     ("Varnel Foods", "investedIn", "Lumo Logistics")),
    ("Tarsis Capital, the parent of Varnel Foods retained a 6% stake in Lumo Logistics.",
     ("Varnel Foods", "investedIn", "Lumo Logistics")),
]


def _symmetric(fact: tuple[str, str, str]) -> set[tuple[str, str, str]]:
    s, p, o = fact
    return {fact, (o, p, s)} if p in ("partner", "competitor") else {fact}


@pytest.mark.parametrize("text,expected", CASES)
def test_construction_yields(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = facts(text)
    for fact in expected:
        assert _symmetric(fact) & got, fact


@pytest.mark.parametrize("text,unwanted", NOT_CASES)
def test_construction_does_not_yield(text: str, unwanted: tuple[str, str, str]) -> None:
    assert not _symmetric(unwanted) & facts(text)


def _extraction(text: str) -> Extraction:
    return extract(read_text(f"{text.split()[0]} news\nPublished: March 4, 2025\n\n{text}\n", source="invented.txt"))


def goals_of(text: str) -> set[tuple[str, str, str | None]]:
    """(owner label, target value, deadline) of every goal of an article of ``text``."""
    ex = _extraction(text)
    out = set()
    for s, _, o in labelled(ex, "goal"):
        ent = next(e for e in ex.entities.values() if e.kind == "Goal" and e.label == o)
        dl = ent.attrs.get("deadline")
        out.add((s, ent.attrs["targetValue"].lexical, dl.lexical if dl else None))
    return out


def strategies_of(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in labelled(_extraction(text), "strategy")}


# (text, goals it must yield as (owner, value, deadline))
GOALS = [
    # a percentage straight after what changes, with no "by"
    ("Varnel Foods wants to cut emissions 40 percent by 2030.", {("Varnel Foods", "40", "2030")}),
    # "to have", a target or goal that "is" a figure, aiming for revenue of, a year before "target"
    ("Varnel Foods aims to have 5 million subscribers by 2028.", {("Varnel Foods", "5000000", "2028")}),
    ("Varnel Foods' target is 10 million cars by 2030.", {("Varnel Foods", "10000000", "2030")}),
    ("Varnel Foods aims for annual revenue of $1 billion by 2026.", {("Varnel Foods", "1000000000", "2026")}),
    ("Varnel Foods is aiming for a 20 percent market share by 2028.", {("Varnel Foods", "20", "2028")}),
    ("Varnel Foods targets annual revenue growth of 10 percent.", {("Varnel Foods", "10", None)}),
    ("Varnel Foods has set a 2030 target of 10 million customers.", {("Varnel Foods", "10000000", "2030")}),
    # a target's noun that names savings or shipments; a goal that "is to have" a figure
    ("Varnel Foods targets annual savings of 300 million euros by 2028.", {("Varnel Foods", "300000000", "2028")}),
    ("Varnel Foods' goal is to have 5,000 employees by 2029.", {("Varnel Foods", "5000", "2029")}),
    # a figure in words before "by" and a year: the figure is the target, the year its deadline
    ("Varnel Foods wants to add two million customers by 2027.", {("Varnel Foods", "2000000", "2027")}),
    # a plan's own target is the company's
    ("The plan aims to cut 2,000 jobs by 2027, Varnel Foods said.", {("Varnel Foods", "2000", "2027")}),
    # the subject of the target, not a company inside an aside before it
    ("Tokra Dairies, which Varnel Foods bought in 2020, aims to reach 2 million customers by 2027.",
     {("Tokra Dairies", "2000000", "2027")}),
    # "the company" a company's chief speaks of is the chief's company
    ("Speaking at a Varnel Foods event, Tokra Dairies chief John Ade said the company plans to open 50 stores "
     "by 2027.", {("Tokra Dairies", "50", "2027")}),
]

# (text, owners that must have no goal)
NOT_GOALS = [
    # a size before a hyphenated unit, and a stake to be sold, are no targets
    ("Varnel Foods will build a 200-megawatt solar plant near Accra.", {"Varnel Foods"}),
    ("Varnel Foods said it would sell a 10 percent stake in its dairy unit.", {"Varnel Foods"}),
    ("The government aims to raise electricity access to 90 percent by 2030, Varnel Foods said.", {"Varnel Foods"}),
    ("Varnel Foods said the government aims to raise electricity access to 90 percent by 2030.", {"Varnel Foods"}),
    ("Regulators want to cut fees 20 percent by 2027, Varnel Foods said.", {"Varnel Foods"}),
    ("Tokra Dairies, which Varnel Foods bought in 2020, aims to reach 2 million customers by 2027.",
     {"Varnel Foods"}),
    ("Varnel Foods plans to sell its 20 percent stake in Pemba Dairies.", {"Varnel Foods"}),
    ("Varnel Foods will have 2,000 employees after the merger in 2026.", {"Varnel Foods"}),
    # a figure that is an effect of a thing, not a company's target
    ("The new plant, which Varnel Foods will open in May, will create 3,000 jobs.", {"Varnel Foods"}),
    ("Analysts said the deal would add 5 percent to Varnel Foods' earnings.", {"Varnel Foods"}),
]


@pytest.mark.parametrize("text,expected", GOALS)
def test_goal_yields(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert expected <= goals_of(text)


@pytest.mark.parametrize("text,owners", NOT_GOALS)
def test_no_goal_of(text: str, owners: set[str]) -> None:
    assert not {s for s, _, _ in goals_of(text)} & owners


def test_a_goals_unit_stops_at_a_reason() -> None:
    ex = _extraction("Varnel Foods will cut 2,000 jobs after profits fell, the company said.")
    units = {e.attrs["targetUnit"].lexical for e in ex.entities.values() if e.kind == "Goal"}
    assert units == {"jobs"}


# (text, (owner, strategy) it must yield)
STRATEGIES = [
    ("Varnel Foods said it would expand into Ghana and Kenya.", ("Varnel Foods", "expand into Ghana and Kenya")),
    ("Varnel Foods plans to shift to online sales.", ("Varnel Foods", "shift to online sales")),
    ("Varnel Foods said its unit Tokra Dairies will expand into Ghana.", ("Tokra Dairies", "expand into Ghana")),
    # a course under way, told in the verb's base form; a plan sought or looked for; a strategy of doing
    ("Varnel Foods is focusing on premium snacks.", ("Varnel Foods", "focus on premium snacks")),
    ("Varnel Foods is expanding into Ghana and Kenya.", ("Varnel Foods", "expand into Ghana and Kenya")),
    ("Varnel Foods is investing heavily in e-commerce.", ("Varnel Foods", "invest in e-commerce")),
    ("Varnel Foods is looking to expand in East Africa.", ("Varnel Foods", "expand in East Africa")),
    ("Varnel Foods said it is seeking to enter the Ghanaian market.", ("Varnel Foods", "enter the Ghanaian market")),
    ("Varnel Foods' strategy of cutting costs has paid off.", ("Varnel Foods", "cutting costs")),
    # a plan inside another's reason is a plan too, and the first ends before it
    ("Varnel Foods said it would open a factory in Ghana as it seeks to grow outside its home market.",
     ("Varnel Foods", "open a factory in Ghana")),
    ("Varnel Foods said it would open a factory in Ghana as it seeks to grow outside its home market.",
     ("Varnel Foods", "grow outside its home market")),
    # a plan's quoted name, when the sentence states no course of its own
    # what a company made its priority, what is a cornerstone of its strategy
    ("Varnel Foods has made the purchase of new delivery trucks a top priority.",
     ("Varnel Foods", "purchase of new delivery trucks")),
    ("Varnel Foods said it would make online sales its main focus.", ("Varnel Foods", "online sales")),
    ('"Premium snacks are one of the cornerstones of Varnel Foods\' growth strategy," the chief said.',
     ("Varnel Foods", "Premium snacks")),
    ("Cloud software is a pillar of Varnel Foods' strategy.", ("Varnel Foods", "Cloud software")),
    ('Varnel Foods unveiled its "Grow Together" programme on Monday.', ("Varnel Foods", "Grow Together")),
    ('Varnel Foods launched a three-year plan dubbed "Project Sunrise" on Monday.', ("Varnel Foods", "Project Sunrise")),
    # a decimal figure is inside the plan; a deadline ends it
    ("Varnel Foods aims to cut its debt to 2.5 times earnings by the end of 2026.",
     ("Varnel Foods", "cut its debt to 2.5 times earnings")),
    # the plan ends before a speaker named after a comma, and at a quotation's end
    ("Varnel Foods intends to shift production towards premium snacks and will open two bakeries in Ghana, "
     "chief executive Ama Mensah said.", ("Varnel Foods", "shift production towards premium snacks")),
    ("Varnel Foods intends to shift production towards premium snacks and will open two bakeries in Ghana, "
     "chief executive Ama Mensah said.", ("Varnel Foods", "open two bakeries in Ghana")),
    ('"Our priority is to grow outside Ghana," Varnel Foods said.', ("Varnel Foods", "grow outside Ghana")),
    # a divestment, an exit, an ambition; "the group" is the article's company
    ("Varnel Foods reported a loss. The group will sell its dairy business.",
     ("Varnel Foods", "sell its dairy business")),
    ("Varnel Foods will exit its loss-making juice division.", ("Varnel Foods", "exit its loss-making juice division")),
    ("Varnel Foods aims to become the largest snack maker in West Africa.",
     ("Varnel Foods", "become the largest snack maker in West Africa")),
    # what a plan is built on
    ("Varnel Foods reported a loss. The company's new growth plan centres on expanding into Kenya.",
     ("Varnel Foods", "expanding into Kenya")),
    ("Varnel Foods' strategy rests on cheaper packaging.", ("Varnel Foods", "cheaper packaging")),
]

# (text, an owner that must have no strategy)
NOT_STRATEGIES = [
    ("Varnel Foods expects to sell 4 million packs this year.", "Varnel Foods"),  # a sale of goods, no course
    ("Nigeria aims to cut emissions 20 percent by 2030, and Varnel Foods supports the plan.", "Varnel Foods"),
    ("Regulators want to cut fees at banks, Varnel Foods said.", "Varnel Foods"),
    ("Varnel Foods said its unit Tokra Dairies will expand into Ghana.", "Varnel Foods"),
    ("Varnel Foods will close in March.", "Varnel Foods"),
    ("Varnel Foods made the decision a priority.", "Varnel Foods"),
    ("Varnel Foods is moving in the right direction, analysts said.", "Varnel Foods"),
    ("Varnel Foods has been expanding in March every year.", "Varnel Foods"),
    ("The government is focusing on inflation, Varnel Foods said.", "Varnel Foods"),
]


def test_a_plans_name_is_no_second_strategy_beside_what_it_states() -> None:
    got = strategies_of('Under its "Grow Together" plan, Varnel Foods will expand into Ghana.')
    assert ("Varnel Foods", "expand into Ghana") in got and ("Varnel Foods", "Grow Together") not in got


@pytest.mark.parametrize("text,expected", STRATEGIES)
def test_strategy_yields(text: str, expected: tuple[str, str]) -> None:
    assert expected in strategies_of(text)


@pytest.mark.parametrize("text,owner", NOT_STRATEGIES)
def test_no_strategy_of(text: str, owner: str) -> None:
    assert not any(s == owner for s, _ in strategies_of(text))
