"""Regions by their English names, and places that "-based" and "-headquartered" make.

Every company and person here is invented; the places are real.
"""
from __future__ import annotations

from invented import facts_of, kinds_of
from kg.extract.gazetteer import lexicon


def kinds(text: str) -> dict[str, str]:
    return kinds_of(text, "Orvento news")


def test_a_subdivision_is_named_as_english_text_names_it() -> None:
    lex = lexicon()
    assert lex.place("Bayern").name == "Bavaria"
    assert lex.place("Lombardia").name == "Lombardy"
    assert lex.place("Swansea").region == "Wales"  # ISO 3166-2 writes "Wales [Cymru GB-CYM]"


def test_an_english_region_name_after_a_city_and_a_comma_is_a_place() -> None:
    facts = facts_of("Headquartered in Brescia, Lombardy, the company Orvento was founded in 1962 by Carlo Venturi.")
    assert ("Orvento", "founder", "Carlo Venturi") in facts
    assert ("Brescia", "containedInPlace", "Lombardy") in facts
    assert not any(s == "Lombardy" and p == "founder" for s, p, _ in facts)


def test_an_english_region_name_alone_needs_its_context() -> None:
    assert kinds("Sundara Foods opened a plant in Lombardy.").get("Lombardy") == "Place"


def test_what_a_company_is_headquartered_in_is_a_place() -> None:
    facts = facts_of("The Tarvale-headquartered company Sundara said on Monday it would close two factories.")
    assert ("Sundara", "headquarters", "Tarvale") in facts


def test_what_a_company_noun_is_based_in_is_a_place() -> None:
    k = kinds("Kavello, a Montebruno-based lender, cut rates. A Tarvale-based snack maker agreed to supply it.")
    assert k.get("Montebruno") == "Place" and k.get("Tarvale") == "Place"


def test_what_a_product_is_based_on_is_no_place() -> None:
    assert kinds("Brixo sold a Qorvix-based router in March.").get("Qorvix") != "Place"


def test_one_of_a_countrys_biggest_bodies_gives_the_country() -> None:
    facts = facts_of("Tessaro Bank is one of Kenya's biggest lenders. Ombrivo, one of Norway's biggest "
                     "shipbuilders, said sales rose. Dalmira is one of Peru's largest airlines.")
    assert {("Tessaro Bank", "country", "Kenya"), ("Ombrivo", "country", "Norway"),
            ("Dalmira", "country", "Peru")} <= facts


def test_one_of_a_citys_top_developers_may_be_a_person() -> None:
    k = kinds("Jo Marlow, one of Lisbon's top developers, said prices would rise.")
    assert k.get("Jo Marlow") == "Person"


def test_a_seat_after_a_founding_in_one_appositive() -> None:
    facts = facts_of("Kolstad Metals, founded in 1921 and based in Trondheim, employs about 2,300 people.")
    assert ("Kolstad Metals", "headquarters", "Trondheim") in facts


def test_seats_leads_state() -> None:
    facts = facts_of("Brisca Motors makes cars. The headquarters of Brisca Motors are in Turin. Kalder Energy, with "
                     "its main office in Aberdeen, operates rigs. Dunmore Plc is headquartered at Canary Wharf in London.")
    assert {("Brisca Motors", "headquarters", "Turin"), ("Kalder Energy", "headquarters", "Aberdeen"),
            ("Dunmore", "headquarters", "London")} <= facts
