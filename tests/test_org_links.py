"""Organization-to-organization and organization-to-place facts on invented sentences: seats, parents,
and the references ("the startup", "its head office") that carry them.

Every company and person here is made up (places are real); each positive case has a near miss
that must not give the fact.
"""
from __future__ import annotations

import pytest

from invented import facts_of


def facts(text: str) -> set[tuple[str, str, str]]:
    """The facts of an article of ``text`` headed by its first word (the article's company)."""
    return facts_of(text)


def hq(org: str, place: str) -> tuple[str, str, str]:
    return (org, "headquarters", place)


def parent(child: str, of: str) -> tuple[str, str, str]:
    return (child, "parentOrganization", of)


POSITIVE = [
    # a "City, State-based" description is the article's company, seated in the town
    ("Tarvel Labs Inc. makes drones. The Boise, Idaho-based startup said it raised money.",
     {hq("Tarvel Labs", "Boise")}),
    ("Boise, Idaho-based Tarvel Labs Inc. makes drones.", {hq("Tarvel Labs", "Boise")}),
    ("Tarvel Labs Inc., a Boise, Idaho-based maker of drones, said sales rose.", {hq("Tarvel Labs", "Boise")}),
    ("Quenby Media, based in Paris, publishes Velmar Weekly.", {hq("Quenby Media", "Paris")}),
    # "which is based in" after a name after "of" is that name's
    ("Shares of Quenby Media, which is headquartered in Paris, rose 3%.", {hq("Quenby Media", "Paris")}),
    ("Acme Widgets Ltd. makes tools. The Leeds-based supplier said sales rose.", {hq("Acme Widgets", "Leeds")}),
    # "the Leeds-based Acme subsidiary Beta": the seat is the unit's
    ("The Leeds-based Acme Widgets Ltd. subsidiary Tarvel Labs Inc. makes drones.",
     {hq("Tarvel Labs", "Leeds"), parent("Tarvel Labs", "Acme Widgets")}),
    ("Acme Widgets Ltd.'s new Chicago headquarters opened.", {hq("Acme Widgets", "Chicago")}),
    ("Quenby Holdings bought Tarvel Labs for $5 million from Vellor Group.", {("Quenby", "acquired", "Tarvel Labs")}),
    ("Tarvel Labs is a division of Quenby Holdings' aerospace unit.", {parent("Tarvel Labs", "Quenby")}),
    # "whose headquarters are in", "at its Leeds headquarters"
    ("Acme Widgets Ltd., whose headquarters are in Leeds, makes tools.", {hq("Acme Widgets", "Leeds")}),
    ("Acme Widgets Ltd. said at its Leeds headquarters that sales rose.", {hq("Acme Widgets", "Leeds")}),
    ("Acme Widgets Ltd. makes tools at its new Leeds head office.", {hq("Acme Widgets", "Leeds")}),
    # a majority share or control, in an appositive or after a copula
    ("Tarvel Labs, controlled by Quenby Holdings, said sales rose.", {parent("Tarvel Labs", "Quenby")}),
    ("Tarvel Labs, 51%-owned by Quenby Holdings, said sales rose.", {parent("Tarvel Labs", "Quenby")}),
    ("Tarvel Labs is 60 percent owned by Quenby Holdings.", {parent("Tarvel Labs", "Quenby")}),
    # a target selling itself; a pending deal in an object relative clause
    ("Tarvel Labs agreed to sell itself to Quenby Holdings Inc.", {("Quenby", "acquired", "Tarvel Labs")}),
    ("Tarvel Labs, which Quenby Holdings Inc. agreed to buy last month, said sales rose.",
     {("Quenby", "acquired", "Tarvel Labs")}),
    # a government office named with its city
    ("Trade rules are set by the Ruritanian Trade Office in London.", {hq("Ruritanian Trade Office", "London")}),
    # AP style: "the Boise, Idaho, startup"
    ("Tarvel Bank Corp. lends money. The Boise, Idaho, bank said profits rose.", {hq("Tarvel Bank", "Boise")}),
    ("Tarvel Bank Corp. lends money. The Santa Clara, California, chipmaker said profits rose.",
     {hq("Tarvel Bank", "Santa Clara")}),
    ("The deal was struck by the Boise, Idaho, drone startup Tarvel Labs Inc.", {hq("Tarvel Labs", "Boise")}),
    # "head" before "office" is no title: "its" stays the mover's
    ("Acme Widgets Ltd. makes tools. Acme Widgets relocated its head office to Leeds.",
     {hq("Acme Widgets", "Leeds")}),
    ("Acme Widgets Ltd. makes tools. In 2004 Acme Widgets moved its new head office to Leeds.",
     {hq("Acme Widgets", "Leeds")}),
    # a description after a sentence-opening "Its" is the company the "Its" is
    ("Norvik Air flies to Oslo. Norvik Air said sales rose. Brantwell Air leases jets. "
     "Its chief executive said the airline bought Quenby Tools.",
     {("Brantwell Air", "acquired", "Quenby Tools")}),
    # the parent's name before a unit noun and the unit's name
    ("The Quenby Holdings subsidiary Tarvel Labs makes drones.", {parent("Tarvel Labs", "Quenby")}),
    ("Quenby Holdings unit Tarvel Labs said sales rose.", {parent("Tarvel Labs", "Quenby")}),
    ("Sales rose at the Quenby Holdings drone unit Tarvel Labs.", {parent("Tarvel Labs", "Quenby")}),
    ("Tarvel Labs is the Norwegian drone-making arm of Quenby Holdings.", {parent("Tarvel Labs", "Quenby")}),
    # "the business school of": a unit noun after the descriptor heads the phrase, no reference
    ("Tarvel School of Business is the business school of Quenby University.",
     {parent("Tarvel School of Business", "Quenby University")}),
    # a name's other names between it and its verb
    ("Tarvel Labs Inc., also known as Tarvel Drones or simply TD, is a subsidiary of Quenby Holdings.",
     {parent("Tarvel Labs", "Quenby")}),
    # "one of Acme's subsidiaries"
    ("Tarvel Labs is one of Quenby Holdings' subsidiaries.", {parent("Tarvel Labs", "Quenby")}),
    ("Tarvel Labs, one of Quenby Holdings' Norwegian brands, makes drones.", {parent("Tarvel Labs", "Quenby")}),
    # a relative clause or an appositive noun phrase says whose unit a name is
    ("Tarvel Labs, which is a subsidiary of Quenby Holdings, makes drones.", {parent("Tarvel Labs", "Quenby")}),
    ("Tarvel Labs, which has been a unit of Quenby Holdings since 2012, makes drones.",
     {parent("Tarvel Labs", "Quenby")}),
    ("Tarvel Labs, which became part of Quenby Holdings in 2012, makes drones.", {parent("Tarvel Labs", "Quenby")}),
    ("Tarvel Labs, which was acquired by Quenby Holdings in 2012, makes drones.",
     {("Quenby", "acquired", "Tarvel Labs")}),
    ("Tarvel Labs, a drone maker owned by Quenby Holdings, said sales rose.", {parent("Tarvel Labs", "Quenby")}),
    ("Tarvel Labs, an Oslo-based maker that is owned by Quenby Holdings, said sales rose.",
     {parent("Tarvel Labs", "Quenby")}),
]

NEGATIVE = [
    ("Tarvel Labs refused to sell itself to Quenby Holdings Inc.", ("Quenby", "acquired", "Tarvel Labs")),
    # ... pending, no parent yet
    ("Tarvel Labs, which Quenby Holdings Inc. agreed to buy last month, said sales rose.",
     parent("Tarvel Labs", "Quenby")),
    ("Tarvel Bank Corp. lends money. In Boise, Idaho, the bank said profits rose.", hq("Tarvel Bank", "Boise")),
    ("Tarvel Bank Corp. lends money. The Leeds, England, office of Tarvel Bank Corp. closed.",
     hq("Tarvel Bank", "Leeds")),
    # a minority share makes no parent
    ("Tarvel Labs, 49%-owned by Quenby Holdings, said sales rose.", parent("Tarvel Labs", "Quenby")),
    ("Tarvel Labs is 49 percent owned by Quenby Holdings.", parent("Tarvel Labs", "Quenby")),
    ("Acme Widgets Ltd. makes tools at its US headquarters.", hq("Acme Widgets", "United States")),
    ("Acme Widgets Ltd. sued Quenby Holdings at its Leeds headquarters.", hq("Acme Widgets", "Leeds")),
    # the parent's name as the possessive of another relation
    ("Tarvel Labs is a subsidiary of Quenby Holdings' rival Vellor Group.", parent("Tarvel Labs", "Quenby")),
    ("Tarvel Labs, a unit of Quenby Holdings' rival Vellor Group, makes drones.", parent("Tarvel Labs", "Quenby")),
    ("Tarvel Labs is owned by Quenby Holdings' former partner Vellor Group.", parent("Tarvel Labs", "Quenby")),
    # a seller after "from" is no target
    ("Quenby Holdings bought equipment from Tarvel Labs.", ("Quenby", "acquired", "Tarvel Labs")),
    ("Quenby Holdings bought the drone business from Tarvel Labs.", ("Quenby", "acquired", "Tarvel Labs")),
    ("Under her leadership Quenby Holdings, based in Oslo, built drones and bought equipment from Tarvel Labs.",
     ("Quenby", "acquired", "Tarvel Labs")),
    ("Acme Widgets Ltd. opened an office in London.", hq("Acme Widgets", "London")),
    # "the supplier to Acme" is another firm, not a reference to Acme
    ("Acme Widgets Ltd. makes tools. The Leeds-based supplier to Acme Widgets went bust.", hq("Acme Widgets", "Leeds")),
    ("The Leeds-based Acme Widgets Ltd. subsidiary Tarvel Labs Inc. makes drones.", hq("Acme Widgets", "Leeds")),
    # a country's headquarters is a regional one
    ("Acme Widgets Ltd.'s US headquarters is in Boston.", hq("Acme Widgets", "United States")),
    ("Tarvel Labs is one of Quenby Holdings' rivals.", parent("Tarvel Labs", "Quenby")),
    # a unit noun of another noun phrase: "a member of a branch of"
    ("Tarvel Labs, a client of a regional branch of Quenby Holdings, makes drones.", parent("Tarvel Labs", "Quenby")),
    ("Tarvel Labs is a tenant of the Leeds branch of Quenby Holdings.", parent("Tarvel Labs", "Quenby")),
    # ... the relative clause being the nearest name's
    ("Quenby Holdings bought Tarvel Labs, which is a subsidiary of Vellor Group.", parent("Quenby", "Vellor")),
    ("Tarvel Labs, a maker owned by Quenby Holdings since 2012, sold Velmar Tools, which Ardent Capital owns.",
     parent("Tarvel Labs", "Ardent Capital")),
    # ... not a rival or a partner
    ("The Quenby Holdings rival Tarvel Labs makes drones.", parent("Tarvel Labs", "Quenby")),
    ("Quenby Holdings paid Tarvel Labs a fee.", parent("Tarvel Labs", "Quenby")),
    # "based in" after a name after "of" seats the noun before "of"
    ("Velmar Weekly appears on Fridays. The owner of the weekly, based in Lyon, is Quenby Media.",
     hq("Velmar", "Lyon")),
    # the "Idaho" of "Boise, Idaho-based" only places the town
    ("Boise, Idaho-based Tarvel Labs Inc. makes drones.", hq("Tarvel Labs", "Idaho")),
    ("Tarvel Labs Inc. makes drones. The Boise, Idaho-based startup said it raised money.",
     hq("Tarvel Labs", "Idaho")),
    # ... another organization named between them may be what the description means
    ("Norvik Air flies to Oslo. Norvik Air said sales rose. Brantwell Air leases jets. "
     "Its chief executive told Kelmora Air that the airline bought Quenby Tools.",
     ("Brantwell Air", "acquired", "Quenby Tools")),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_construction_yields(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text)


@pytest.mark.parametrize(("text", "unwanted"), NEGATIVE)
def test_construction_does_not_yield(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text)


def test_a_name_referred_to_as_another_is_one_company() -> None:
    from kg.extract import extract
    from kg.read import read_text
    ex = extract(read_text("Company news\n\nTarvel School of Business, also referred to as Tarvel Business School, "
                           "teaches. Tarvel Business School was founded in 1990.\n", source="invented.txt"))
    orgs = [e for e in ex.entities.values() if e.kind == "Organization"]
    assert any({"Tarvel School of Business", "Tarvel Business School"} <= e.aliases for e in orgs)


def test_a_place_named_with_an_administrative_noun_is_the_state_not_the_city() -> None:
    got = facts("Kanzo Ltd. is a valve maker headquartered in Hamamatsu, Shizuoka Prefecture, Japan.")
    assert ("Hamamatsu", "containedInPlace", "Shizuoka Prefecture") in got
    got = facts("Kanzo Ltd. is a company headquartered in Ikeja, Lagos State, Nigeria.")
    assert ("Ikeja", "containedInPlace", "Lagos State") in got and hq("Kanzo", "Ikeja") in got
    # ... the bare name stays the city
    assert ("Osaka", "containedInPlace", "Japan") in facts("Kanzo Ltd. is based in Osaka, Japan.")


def test_a_town_in_the_far_corner_of_a_province_lies_in_it() -> None:
    got = facts("Tarnby is a village in the far southwestern part of the Province of Cádiz in Andalusia, Spain.")
    assert ("Tarnby", "containedInPlace", "Province of Cádiz") in got
    assert ("Tarnby", "containedInPlace", "Bavaria") in facts("Tarnby is a village in the southwestern corner of Bavaria.")


def test_a_town_in_a_duchy_now_part_of_a_country() -> None:
    got = facts("Maria Castell grew up in Tarnby, in the duchy of Savoy, now part of France.")
    assert {("Tarnby", "containedInPlace", "Savoy"), ("Savoy", "containedInPlace", "France")} <= got
    assert ("Tarnby", "containedInPlace", "Oslo") not in facts("Jo Bloggs was born in Tarnby and moved to Oslo.")


def test_a_town_described_with_a_demonym_and_a_bracket_lies_in_its_state() -> None:
    got = facts("Tarnby is a quiet Mexican town (8,410 people in 2015) in the state of Sonora, on the main highway.")
    assert ("Tarnby", "containedInPlace", "Sonora") in got
    assert ("Tarn Islands", "containedInPlace", "Norway") in facts(
        "The Tarn Islands is a dependent territory of Norway.")


def test_a_place_in_the_township_or_city_of_another() -> None:
    got = facts("Tarnby is a hamlet in the township of Vellmoor, Ontario.")
    assert ("Tarnby", "containedInPlace", "Vellmoor") in got


def test_a_short_form_drops_a_generic_last_word() -> None:
    got = facts("Vermeer Brands is a Dutch drinks group. Vermeer bought Moerman Foods in 2016.")
    assert ("Vermeer Brands", "acquired", "Moerman Foods") in got
    got = facts("Orvella Glass is a French glassmaker. Orvella bought Moerman Foods in 2016.")
    assert ("Orvella Glass", "acquired", "Moerman Foods") in got
    got = facts("Kelvar Freight is a Danish haulier. Kelvar bought Moerman Foods in 2016.")
    assert ("Kelvar Freight", "acquired", "Moerman Foods") in got
    got = facts("Tarnwell Building Society lends to savers. Tarnwell bought Moerman Foods in 2016.")
    assert ("Tarnwell Building Society", "acquired", "Moerman Foods") in got
    # a unit's name stays apart from the group's: "Vellor" is not "Vellor Cloud"
    got = facts("Vellor Cloud is a unit of Vellor. Vellor bought Moerman Foods in 2016.")
    assert ("Vellor", "acquired", "Moerman Foods") in got


def test_its_unit_after_a_hired_adviser_is_the_clients() -> None:
    got = facts("Orvella has hired Brenner Bank to explore a sale of its glass division, Vidrolux.")
    assert parent("Vidrolux", "Orvella") in got and parent("Vidrolux", "Brenner Bank") not in got
    got = facts("Talvik Steel asked Brenner Bank and Ostrel Partners to find a buyer for its tube unit, Rohrwerk.")
    assert parent("Rohrwerk", "Talvik Steel") in got
    # no adviser: the organization named before "its" owns the unit
    assert parent("Rohrwerk", "Brenner Bank") in facts(
        "Talvik Steel said Brenner Bank would sell its tube unit, Rohrwerk, next year.")


def test_a_chain_of_four_places_with_a_county_is_no_list() -> None:
    got = facts("Harlow Seeds Ltd. is based in Tarnby, Lambton County, Ontario, Canada.")
    assert {("Tarnby", "containedInPlace", "Lambton County"),
            ("Lambton County", "containedInPlace", "Ontario")} <= got
    # four places with no administrative unit among them are a list
    got = facts("Harlow Seeds Ltd. has offices in Vellmoor, Tarnby, Oslo, Madrid.")
    assert ("Vellmoor", "containedInPlace", "Tarnby") not in got


def test_a_reference_is_to_a_company_named_before_it_not_the_one_named_most_later() -> None:
    text = ("Mavuno Bank has appointed Wanjiru Kamau as its managing director. Kamau joined the lender in 2015. "
            "The bank, which is majority-owned by Savanna Holdings, said the move followed a review. "
            "Savanna Holdings bought its stake in 2012. Savanna Holdings also owns Tembo Insurance. "
            "Savanna Holdings is listed in Nairobi.")
    got = facts_of(text, title="Kenyan lender names new chief")
    assert parent("Mavuno Bank", "Savanna") in got and parent("Tembo Insurance", "Savanna") in got


def test_a_deals_object_reference_is_not_its_subject() -> None:
    text = ("Brannock Pumps, a pump maker in Leeds, was founded in 1950. Kingfisher Capital took a minority stake "
            "in 2015. In 2019 Kingfisher Capital bought the company out.")
    got = facts_of(text, title="Pump maker changes hands")
    assert ("Kingfisher Capital", "acquired", "Brannock Pumps") in got
    # the subject of a clause after "said" is the speaker: no deal, no other organization
    got = facts_of("Kingfisher Capital said the company was founded in 1990.", title="Fund news")
    assert ("Kingfisher Capital", "foundingDate", "1990") in got


def test_a_state_abbreviation_after_a_town_is_no_company() -> None:
    got = facts("Acme Tobacco, based in Winston-Salem, N.C., said it would hire 200 workers.")
    assert hq("Acme Tobacco", "Winston-Salem") in got and not any(s == "N.C." for s, _, _ in got)
    got = facts("Acme Tobacco said on Tuesday it would hire 200 workers. The Raleigh, N.C.-based company "
                "said it would cut 300 jobs.")
    assert not any(s == "N.C." for s, _, _ in got)


def test_an_opening_reference_set_off_by_its_name_is_that_name() -> None:
    got = facts("Halden Foods makes fish cakes. The lender, Skarv Bank, shifted its headquarters to Stavanger.")
    assert hq("Skarv Bank", "Stavanger") in got and hq("Halden Foods", "Stavanger") not in got
    # no name after the reference: the article's company
    assert hq("Halden Foods", "Stavanger") in facts(
        "Halden Foods makes fish cakes. The company, once a fishery, shifted its headquarters to Stavanger.")


def test_a_familys_holding_company_is_the_owner_not_the_family() -> None:
    got = facts("Dunmere Group is controlled by the Rinaldi family's holding company, Fidia Holding.")
    assert parent("Dunmere", "Fidia") in got and parent("Dunmere", "Rinaldi") not in got
    got = facts("Brenta Caffe is owned by the Rossi family's investment firm Tavola Capital.")
    assert parent("Brenta Caffe", "Tavola Capital") in got and parent("Brenta Caffe", "Rossi") not in got


def test_an_opening_reference_by_the_noun_before_a_name_is_that_name() -> None:
    text = ("Skylark Airways agreed to buy regional carrier Tern Air for $300 million. "
            "The carrier, founded in 1998, flies from Bergamo.")
    got = facts(text)
    assert ("Tern Air", "foundingDate", "1998") in got and ("Skylark Airways", "foundingDate", "1998") not in got
    # another noun: the article's company
    got = facts("Skylark Airways agreed to buy regional carrier Tern Air. The company, founded in 1998, flies "
                "from Dublin.")
    assert ("Skylark Airways", "foundingDate", "1998") in got


def test_its_plural_units_named_in_a_list_are_each_its_units() -> None:
    got = facts("Danforth Holdings is merging its two units, Pike Logistics Ltd. and Weir Freight Ltd., into one.")
    assert {parent("Pike Logistics", "Danforth"), parent("Weir Freight", "Danforth")} <= got
    # a singular unit noun names one unit: the name after "and" is no unit
    got = facts("Danforth Holdings merged its unit, Pike Logistics Ltd., and Weir Freight Ltd. last year.")
    assert parent("Weir Freight", "Danforth") not in got


def test_a_possessive_place_based_parent_is_the_parent_seated_there() -> None:
    got = facts("Pellam Foods' Oslo-based parent, Norrvik Group, reported higher sales.")
    assert {parent("Pellam Foods", "Norrvik"), hq("Norrvik", "Oslo")} <= got and hq("Pellam Foods", "Oslo") not in got


def test_a_new_headquarters_or_a_relocation_seats_the_company() -> None:
    assert hq("Tamsin Robotics", "Austin") in facts("Tamsin Robotics opened a new headquarters in Austin in 2020.")
    assert hq("Brantholm Logistics", "Rotterdam") in facts("Brantholm Logistics relocated to Rotterdam from Antwerp.")
    # a regional headquarters, a move of production: no seat
    assert hq("Tamsin Robotics", "Austin") not in facts("Tamsin Robotics opened a new European headquarters in Austin.")
    assert hq("Brantholm Logistics", "Rotterdam") not in facts("Brantholm Logistics moved production to Rotterdam.")


def test_a_unit_sold_to_a_buyer_is_the_buyers_not_the_sellers() -> None:
    got = facts("Osprey Group sold its Spanish unit, Garza Hoteles SA, to Brisca Partners in 2019.")
    assert ("Brisca Partners", "acquired", "Garza Hoteles") in got
    got = facts("Osprey Group sold its hotel unit, Garza Hoteles SA, to Brisca Partners in 2019.")
    assert parent("Garza Hoteles", "Brisca Partners") in got and parent("Garza Hoteles", "Osprey") not in got
    # a sale to come: still its unit
    got = facts("Osprey Group will sell its hotel unit, Garza Hoteles SA, to Brisca Partners.")
    assert parent("Garza Hoteles", "Osprey") in got


def test_a_majority_owner_or_a_possessive_unit_copula_is_the_parent() -> None:
    assert parent("Pell Drinks", "Corran Foods") in facts("Corran Foods owns 80% of Pell Drinks Ltd.")
    assert parent("Brisk Juices", "Corran Foods") in facts("Corran Foods holds a majority stake in Brisk Juices Ltd.")
    assert parent("Pell Drinks", "Corran Foods") not in facts("Corran Foods owns 30% of Pell Drinks Ltd.")
    assert parent("Velo Snacks", "Corran Foods") in facts("Velo Snacks Ltd. is Corran Foods' biggest unit.")
    assert parent("Velo Snacks", "Corran Foods") not in facts("Velo Snacks Ltd. is Corran Foods' biggest customer.")
