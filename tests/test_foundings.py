"""How leads and news date a company's start.

Every company here is invented.
"""
from __future__ import annotations

import pytest

from invented import news_or_lead_facts


@pytest.mark.parametrize(("text", "org", "year"), [
    ("Tavolo Foods, founded 1962, makes pasta.", "Tavolo Foods", "1962"),
    ("Sorrel Bank opened its doors in 1856.", "Sorrel Bank", "1856"),
    ("Kinnear Media began operations in 2011.", "Kinnear Media", "2011"),
    ("Fennick Tools has been in business since 1921.", "Fennick Tools", "1921"),
    ("Corvex was established in 1978 as a joint venture between two steelmakers.", "Corvex", "1978"),
])
def test_a_start_dated(text: str, org: str, year: str) -> None:
    assert (org, "foundingDate", year) in news_or_lead_facts(text)


def test_operations_begun_in_a_market_date_no_founding() -> None:
    facts = news_or_lead_facts("Kinnear Media began operations in Brazil in 2011.")
    assert not any(p == "foundingDate" for _, p, _ in facts)
