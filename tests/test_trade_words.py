"""Trade words that end a company's name, not a person's; one-word companies opening a sentence.

Every company and person here is invented.
"""
from __future__ import annotations

import pytest

from invented import facts_of, kinds_of


@pytest.mark.parametrize("name", ["Tessel Cargo", "Marrow Lithium", "Kelda Gas", "Orsk Drilling"])
def test_a_trade_word_makes_a_company_not_a_person(name: str) -> None:
    text = f"Brenvik Logistics, whose main rival is {name}, operates 120 warehouses."
    assert kinds_of(text, "Brenvik news").get(name) == "Organization"


def kinds(text: str) -> dict[str, str]:
    return kinds_of(text, "Deal advisers")


def test_a_one_word_company_opening_a_sentence() -> None:
    k = kinds("TrevaCorp advised Kolstad Metals on the deal. Ostmund operates 40 stores in Latvia.")
    assert k.get("TrevaCorp") == "Organization" and k.get("Ostmund") == "Organization"


def test_a_surname_with_an_inner_capital_is_no_company() -> None:
    assert kinds("McBrannock declined to comment on the deal.").get("McBrannock") != "Organization"


def test_a_lone_name_that_owns_may_be_a_person() -> None:
    assert kinds("Kolstad Metals sold shares. Haugvik owns 12% of the company.").get("Haugvik") != "Organization"


def test_a_maker_of_a_trade_is_a_company_noun() -> None:
    facts = facts_of("Brandvik Tools, the Swedish toolmaker, said sales rose.")
    assert ("Brandvik Tools", "country", "Sweden") in facts
