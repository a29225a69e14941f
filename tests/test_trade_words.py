"""Trade words that end a company's name, not a person's.

Every company and person here is invented.
"""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.read import read_text


@pytest.mark.parametrize("name", ["Tessel Cargo", "Marrow Lithium", "Kelda Gas", "Orsk Drilling"])
def test_a_trade_word_makes_a_company_not_a_person(name: str) -> None:
    ex = extract(read_text(f"Brenvik news\n\nBrenvik Logistics, whose main rival is {name}, operates 120 warehouses.\n",
                           source="t.txt"))
    kinds = {e.label: e.kind for e in ex.entities.values()}
    assert kinds.get(name) == "Organization"
