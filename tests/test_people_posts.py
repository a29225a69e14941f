"""Posts as news and encyclopedia leads state them, beyond a title beside a name, on invented sentences (every
company and person here is made up): joint heads, posts in a unit or another company, successors chosen "to be"
chief, ends a death or retirement gives, and founders' kin who founded nothing."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import CURRENT, FORMER, INCOMING
from kg.read import read_text

from invented import news_or_lead_facts as facts


# (text, dated, facts it must yield)
CASES = [
    # two heads at once, with a plural title or none
    ("Veskora Group is run by joint chief executives Tran Minh Duc and Chidinma Nwankwo.", True,
     {("Veskora", "ceo", "Tran Minh Duc"), ("Veskora", "ceo", "Chidinma Nwankwo")}),
    ("Veskora Group is co-led by Tran Minh Duc and Chidinma Nwankwo.", True,
     {("Veskora", "member", "Tran Minh Duc"), ("Veskora", "member", "Chidinma Nwankwo")}),
    # the appointer set off by its description with a possessive, then a successor chosen "to be" chief
    ("Halcor Pharma, Nigeria's second-largest drugmaker, on Tuesday appointed Seun Ugwuanyi as its chief executive.",
     True, {("Halcor Pharma", "ceo", "Seun Ugwuanyi")}),
    ("Banco Itarema has chosen its chief risk officer, Yusra Bastos, to be its next chief executive.", True,
     {("Banco Itarema", "ceo", "Yusra Bastos")}),
    # a post in another company the appointer names
    ("Pellucid Motors named Park Ji-hoon chief executive of Pellucid Batteries.", True,
     {("Pellucid Batteries", "ceo", "Park Ji-hoon")}),
    # led by kin since, with the post named after
    ("Zafira Textiles is an Egyptian textile maker. The company has since been led by his son, Omar Zafiri, as "
     "chairman and managing director.", False,
     {("Zafira Textiles", "chair", "Omar Zafiri"), ("Zafira Textiles", "ceo", "Omar Zafiri")}),
    # a partner in the founding, in a relative clause after the company
    ("Erin Caskell is an American chemist. She is best known as the co-founder of Tessaly Labs, which she started "
     "with Marisol Brumley in 2004.", False, {("Tessaly Labs", "founder", "Marisol Brumley")}),
    # news's "chief" before a name: the word before it is a company
    ("Corvanta chief Erin Caskell said sales rose.", True, {("Corvanta", "member", "Erin Caskell")}),
    # raised to a post
    ("Sumira Telecom said Raghav Subramaniam was elevated to chief executive.", True,
     {("Sumira Telecom", "ceo", "Raghav Subramaniam")}),
    # the chief executive's title in Russia or Vietnam
    ("Trinh Logistics exports rice. Pham Thu Ha, general director of Trinh Logistics, said exports rose.", True,
     {("Trinh Logistics", "ceo", "Pham Thu Ha")}),
    # run since a year; a descriptor's "whose" post held since one
    ("Tandrel Foods is an Indian food company. Since 2015, the company has been run by Farouk Zentaro.", False,
     {("Tandrel Foods", "member", "Farouk Zentaro")}),
    ("Tandrel Foods is an Indian food company whose chief executive since 2015 has been Farouk Zentaro.", False,
     {("Tandrel Foods", "ceo", "Farouk Zentaro")}),
    # a business function or team headed at a company: its staff
    ("Erin Caskell, who heads investor relations at Orvane Bank, said rates would fall.", True,
     {("Orvane Bank", "member", "Erin Caskell")}),
    ("Erin Caskell runs the trading desk at Orvane Bank.", True, {("Orvane Bank", "member", "Erin Caskell")}),
    # a post handed over: the successor takes the one the article gave the holder, or the one named
    ("Corvanta Locks chief executive Erin Caskell will hand over to Farouk Zentaro in June.", True,
     {("Corvanta Locks", "ceo", "Farouk Zentaro")}),
    ("Corvanta Locks makes locks. Its chairman, Erin Caskell, handed the reins of the company to his daughter, "
     "Yusra Ibekwe.", True, {("Corvanta Locks", "chair", "Yusra Ibekwe")}),
    ("Corvanta Locks makes locks. Chairman and CEO Erin Caskell will hand over the CEO role to Farouk Zentaro.", True,
     {("Corvanta", "ceo", "Farouk Zentaro")}),
]

# (text, dated, a fact it must not yield)
NOT_CASES = [
    # a founder's son named in a relative clause or after "of" founded nothing
    ("Veskora Group was founded in 1972 by Park Ji-hoon, whose son Park Do-yun is the current chairman.", False,
     ("Veskora", "founder", "Park Do-yun")),
    ("Veskora Group was founded by Park Ji-hoon, the father of Park Do-yun.", False,
     ("Veskora", "founder", "Park Do-yun")),
    # the chief of one of the appointer's units, or of another company, is not the appointer's chief
    ("Pellucid Motors named Park Ji-hoon managing director of its Indian arm.", True,
     ("Pellucid Motors", "ceo", "Park Ji-hoon")),
    ("Pellucid Motors named Park Ji-hoon chief executive of Pellucid Batteries.", True,
     ("Pellucid Motors", "ceo", "Park Ji-hoon")),
    # "a managing director" is a bank's rank, many hold it; a deputy general director is no chief
    ("Jo Bloggs, a managing director at Orvane Capital, said rates would fall.", True,
     ("Orvane Capital", "ceo", "Jo Bloggs")),
    ("Trinh Logistics exports rice. Le Thanh, a deputy general director of Trinh Logistics, said exports rose.", True,
     ("Trinh Logistics", "ceo", "Le Thanh")),
    # protests led at a company are no function of it
    ("Erin Caskell led protests at Orvane Bank.", True, ("Orvane Bank", "member", "Erin Caskell")),
    # papers handed over pass no post
    ("Corvanta Locks makes locks. Its chairman, Erin Caskell, handed the documents to Farouk Zentaro.", True,
     ("Corvanta Locks", "chair", "Farouk Zentaro")),
    # a partner's money is no partner in the founding
    ("Erin Caskell sold Tessaly Labs, which he launched with the backing of Marisol Brumley.", True,
     ("Tessaly Labs", "founder", "Marisol Brumley")),
]


@pytest.mark.parametrize("text,dated,expected", CASES)
def test_construction_yields(text: str, dated: bool, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(text, dated)


@pytest.mark.parametrize("text,dated,unwanted", NOT_CASES)
def test_construction_does_not_yield(text: str, dated: bool, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text, dated)


def test_reins_handed_over_are_taken_now_and_a_baton_to_pass_later() -> None:
    def status(text: str) -> set[str]:
        ex = extract(read_text(f"Corvanta news\nPublished: 2024-03-04\n\nCorvanta Locks makes locks. {text}\n",
                               source="invented.txt"))
        return {m.status for m in ex.memberships if m.evidence.rule == "role-hands-over"}
    assert status("Its chairman, Erin Caskell, handed the reins to Farouk Zentaro.") == {CURRENT}
    assert status("Its chairman, Erin Caskell, will pass the baton to Farouk Zentaro.") == {INCOMING}


def test_a_founders_kin_still_founds_with_them() -> None:
    assert ("Veskora", "founder", "Kim Soo-ah") in facts(
        "Veskora Group was founded by Park Ji-hoon and his wife Kim Soo-ah.")


@pytest.mark.parametrize("end", ["until his death in 2009", "until his retirement"])
def test_a_post_held_until_death_or_retirement_is_former(end: str) -> None:
    ex = extract(read_text(f"Zafira news\nPublished: 2024-03-04\n\nTarek Zafiri was chairman of Zafira Textiles {end}.\n",
                           source="invented.txt"))
    chairs = [m for m in ex.memberships if "Chair" in m.roles]
    assert chairs and all(m.status == FORMER for m in chairs)
