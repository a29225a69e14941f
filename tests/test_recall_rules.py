"""Constructions business news and encyclopedia leads use, on invented sentences (every company,
person and product here is made up): what each yields, and what it must not."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Extraction, Value
from kg.read import read_text


def facts(text: str, dated: bool = False) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label or value) of every fact extracted from ``text``.

    ``dated`` gives the article a publication date, as news has and an encyclopedia lead has not.
    """
    head = f"{text.split()[0]} news\n" + ("Published: March 4, 2024\n" if dated else "")
    ex: Extraction = extract(read_text(f"{head}\n{text}\n", source="invented.txt"))

    def name(key: object) -> str:
        if isinstance(key, Value):
            return key.lexical
        return ex.entities[key].label if isinstance(key, str) and key in ex.entities else str(key)

    return {(name(f.subject), f.predicate, name(f.object)) for f in ex.facts}


# (text, dated, facts it must yield)
CASES = [
    # a founder news speaks of is still at the company
    ("Kelvara Systems co-founder Jo Bloggs said sales rose.", True,
     {("Kelvara Systems", "founder", "Jo Bloggs"), ("Kelvara Systems", "member", "Jo Bloggs")}),
    ("The co-founder of Kelvara Systems, Jo Bloggs, said sales rose.", True,
     {("Kelvara Systems", "member", "Jo Bloggs")}),
]

# (text, dated, a fact it must not yield)
NOT_CASES = [
    # ... a lead's founder is history
    ("Kelvara Systems co-founder Jo Bloggs was born in Leeds.", False, ("Kelvara Systems", "member", "Jo Bloggs")),
    ("Jo Bloggs, the late founder of Kelvara Systems, was born in Leeds.", True,
     ("Kelvara Systems", "member", "Jo Bloggs")),
]


@pytest.mark.parametrize("text,dated,expected", CASES)
def test_construction_yields(text: str, dated: bool, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text, dated)


@pytest.mark.parametrize("text,dated,unwanted", NOT_CASES)
def test_construction_does_not_yield(text: str, dated: bool, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, dated)
