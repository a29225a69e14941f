"""Courses of action beside numeric goals, the courses a plan is said to include, and what a company was founded as.

Every company here is invented.
"""
from __future__ import annotations

from invented import news_or_lead_facts


def strategies(text: str) -> set[str]:
    return {o for s, p, o in news_or_lead_facts(text, dated=True) if p == "strategy" and s == "Ombrivo Shipping"}


def test_a_course_after_a_numeric_goal_is_a_plan_still() -> None:
    facts = news_or_lead_facts("Ombrivo Shipping also plans to hire 800 engineers and expand into offshore wind.", dated=True)
    assert ("Ombrivo Shipping", "strategy", "expand into offshore wind") in facts
    assert not any(p == "strategy" and "800" in o for _, p, o in facts)


def test_the_courses_a_strategy_includes() -> None:
    got = strategies("Ombrivo Shipping builds ferries. The strategy includes selling its ferry unit and investing "
                     "$300 million in automation.")
    assert got == {"selling its ferry unit", "investing $300 million in automation"}


def test_what_a_plan_includes_must_be_a_course() -> None:
    assert strategies("Ombrivo Shipping builds ferries. The plan includes a new headquarters in Oslo.") == set()


def test_a_founder_after_what_the_company_was_founded_as() -> None:
    facts = news_or_lead_facts("Feldmark AG is a German maker of tractors. Feldmark was founded as a blacksmith's "
                               "workshop in 1884 by Heinrich Feldhoff.")
    assert ("Feldmark", "founder", "Heinrich Feldhoff") in facts
