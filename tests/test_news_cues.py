"""News constructions on invented sentences: deals dated by weekday, descriptors of trade, what a
demonym before a descriptor says, and what a company launched rather than was founded.

Every company and person here is made up; each positive case has a near miss that must not give
the fact.
"""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.read import read_text

from invented import facts_of


def facts(text: str) -> set[tuple[str, str, str]]:
    """The facts of a dated article of ``text``."""
    return facts_of(text, "Company news", published="June 3, 2024")


POSITIVE = [
    # a weekday between the auxiliary and the deal's verb
    ("Brisa Logistics agreed on Monday to buy Vlot Pakket for 210 million euros.",
     ("Brisa Logistics", "acquired", "Vlot Pakket")),
    ("Brisa Logistics said last Friday it would buy Vlot Pakket.", ("Brisa Logistics", "acquired", "Vlot Pakket")),
    # trade descriptors before a name make it a company, whose nationality the demonym gives
    ("Brisa Logistics bought Italian courier Ratto in 2017.", ("Ratto", "country", "Italy")),
    ("Brisa Logistics bought British housebuilder Corran Homes in 2017.", ("Corran Homes", "country", "United Kingdom")),
    ("Brisa Logistics competes with Italian confectioner Dolcetti.", ("Dolcetti", "country", "Italy")),
    # the adjectives beside the country data's one form
    ("Brisa Logistics bought Salta Snacks, an Argentine rival, in 2019.", ("Salta Snacks", "country", "Argentina")),
    ("Brisa Logistics bought Salta Snacks, an Argentinian rival, in 2019.", ("Salta Snacks", "country", "Argentina")),
    # a city before the descriptor seats the company
    ("Brisa Logistics, the Zaragoza freight group, said on Monday it had hired advisers.",
     ("Brisa Logistics", "headquarters", "Zaragoza")),
    # a headline's joint venture, without its article; a given name before a plural trade noun names a company
    ("Quenta Motors and Haruki Batteries form joint venture", ("Quenta Motors", "partner", "Haruki Batteries")),
    ("Quenta Motors will team up with Japan's Haruki Batteries.", ("Haruki Batteries", "country", "Japan")),
    # the rest of a name that opens with a head word is its short form, though a town has that name
    ("Grupo Tavira, a Lima builder, was founded in 1965. Tavira chief executive Ana Ruiz said profits rose.",
     ("Grupo Tavira", "ceo", "Ana Ruiz")),
    ("Banco Selva bought a stake in Grupo Tavira. Selva chief executive Marta Huaman said the deal was done.",
     ("Banco Selva", "ceo", "Marta Huaman")),
    # the officer named after a statement that ends in a place speaks for the article's company
    ("Varnel Foods reported a loss. The company will open two bakeries in Ghana, chief executive Ama Mensah said.",
     ("Varnel Foods", "ceo", "Ama Mensah")),
    # partners in a founding after a short description of them
    ("Tomasz Wierzbicki is an engineer. In 1994 he co-founded Pelikan Software with two classmates, Marek Nowak "
     "and Ewa Zielinska.", ("Pelikan Software", "founder", "Ewa Zielinska")),
    # "it" sold or bought, after the one company named before it
    ("Tomasz Wierzbicki led Pelikan Software until 2015, when it was sold to the German group Datavia.",
     ("Datavia", "acquired", "Pelikan Software")),
    ("Ana Ruiz ran Tessel Paints for ten years, until it was bought by Corran Homes.",
     ("Corran Homes", "acquired", "Tessel Paints")),
    # a second post after the first company's description
    ("Tomasz Wierzbicki is a Polish investor. He is the founder of Orka Labs, a Gdansk-based maker of drones, and "
     "the chairman of the investment firm Baltic Capital.", ("Baltic Capital", "chair", "Tomasz Wierzbicki")),
    # an airline's first word is its short name
    ("Sirocco Air is a Moroccan airline. In 2018 Sirocco launched SiroccoPay, a mobile payment app.",
     ("SiroccoPay", "manufacturer", "Sirocco Air")),
    # a company founded in a year, with a short phrase between
    ("Brisa Logistics was founded as a trucking firm in 1972.", ("Brisa Logistics", "foundingDate", "1972")),
    # ... the first date after the verb; a fronted participle before a name ending in a trade noun; roots
    ("Hollybrook Media was launched in 2015 and relaunched in 2020.", ("Hollybrook Media", "foundingDate", "2015")),
    ("Established in 1987, Tessel Paints sells its products in 12 countries.", ("Tessel Paints", "foundingDate", "1987")),
    ("Volta Energy dates back to 1921, when it was a power cooperative.", ("Volta Energy", "foundingDate", "1921")),
    ("Kappa Mills' origins go back to 1887.", ("Kappa Mills", "foundingDate", "1887")),
]

NEGATIVE = [
    # a demonym states nationality, not a seat
    ("Brisa Logistics, the Spanish freight group, said on Monday it had hired advisers.",
     ("Brisa Logistics", "headquarters", "Spain")),
    # what a company launched or set up is not its founding
    ("Brisa Logistics launched its same-day delivery service in 2020.", ("Brisa Logistics", "foundingDate", "2020")),
    ("Brisa Logistics set up a Portuguese unit in 2009.", ("Brisa Logistics", "foundingDate", "2009")),
    ("Hollybrook Media was launched in 2015 and relaunched in 2020.", ("Hollybrook Media", "foundingDate", "2020")),
    ("Volta Energy dated the invoice to 2020.", ("Volta Energy", "foundingDate", "2020")),
    # ... but after another company's name, that company's
    ("Varnel Foods reported a loss. At Tokra Dairies, chief executive Ama Mensah said sales fell.",
     ("Varnel Foods", "ceo", "Ama Mensah")),
    # a former owner is no parent
    ("Morro Foods' former owner, Ardent Capital, sold it in 2017.", ("Morro Foods", "parentOrganization", "Ardent Capital")),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_construction_yields(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text)


@pytest.mark.parametrize("text,unwanted", NEGATIVE)
def test_construction_does_not_yield(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text)


@pytest.mark.parametrize("name", ["Haruki Batteries", "Fiora Automobiles", "Dario Engines", "Maren Spirits",
                                  "Nordhavn Rederi", "Lindqvist Maskiner"])
def test_a_name_ending_in_a_trade_noun_is_a_company(name: str) -> None:
    ex = extract(read_text(f"Company news\n\n{name} said on Monday that profits rose.\n", source="invented.txt"))
    assert {e.label: e.kind for e in ex.entities.values()}.get(name) == "Organization"
