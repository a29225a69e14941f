"""A company's market and plans in business news, on invented sentences (every company and person here is
made up): partners, rivals, investors, strategies and goals; what each construction yields, and what it must not."""
from __future__ import annotations

import pytest

from invented import facts_of


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
    # rivals: an appositive or copula, competing for customers or in a market, a rank ahead of others
    ("Oduya Brands, a rival of Varnel Foods, cut prices.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Oduya Brands is Varnel Foods' closest competitor.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods is seen as a challenger to Oduya Brands.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods competes in a crowded market with Oduya Brands and Kestrel Foods.",
     {("Varnel Foods", "competitor", "Oduya Brands"), ("Varnel Foods", "competitor", "Kestrel Foods")}),
    ("Varnel Foods competes for customers with Oduya Brands.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods will go head to head with Oduya Brands.", {("Varnel Foods", "competitor", "Oduya Brands")}),
    ("Varnel Foods is the biggest snack maker in Nigeria, ahead of Oduya Brands and Kestrel Foods.",
     {("Varnel Foods", "competitor", "Oduya Brands"), ("Varnel Foods", "competitor", "Kestrel Foods")}),
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
