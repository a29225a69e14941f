"""Company-company and company-place facts on invented sentences: seats, parents, stakes, rivals.

Every company and small town here is made up; each positive case has a near miss or a
negative check that the wrong reading is not given.
"""
from __future__ import annotations

from invented import facts_of


def facts(text: str, title: str = "Company news") -> set[tuple[str, str, str]]:
    """The facts of a dated article of ``text``."""
    return facts_of(text, title, published="May 4, 2023")


def test_an_unknown_town_a_company_is_based_in_is_its_seat() -> None:
    got = facts("Vantor Pumps is a maker of water pumps based in Kelsholm. Vantor Pumps employs 300 people.")
    assert ("Vantor Pumps", "headquarters", "Kelsholm") in got


def test_a_fronted_seat_then_the_company_is_no_appositive_of_the_town() -> None:
    got = facts("Lindberg Trucks is a maker of lorries. Headquartered in Kelsholm, the company is owned by "
                "the holding group Ostara Holdings.")
    assert ("Lindberg Trucks", "headquarters", "Kelsholm") in got
    assert ("Lindberg Trucks", "parentOrganization", "Ostara") in got
    assert not any(s == "Kelsholm" for s, _, _ in got)
