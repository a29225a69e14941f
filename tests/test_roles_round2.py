"""People's posts in invented business news (every company and person here is made up): joint chief
executives, a company "led by" someone (its head, no chair unless a title says so), predecessors and
successors, board seats with who sits there."""
from __future__ import annotations

import pytest

from invented import news_or_lead_facts as facts

# (text, facts it must yield)
CASES = [
    # joint and co-chief executives are each a chief executive
    ("Anouk Berrin and Salvo Denteri, the co-chief executives of Corvane Systems, announced the deal.",
     {("Corvane Systems", "ceo", "Anouk Berrin"), ("Corvane Systems", "ceo", "Salvo Denteri")}),
    ("Corvane Systems co-chief executives Anouk Berrin and Salvo Denteri announced the deal.",
     {("Corvane Systems", "ceo", "Anouk Berrin"), ("Corvane Systems", "ceo", "Salvo Denteri")}),
    ("Anouk Berrin and Salvo Denteri, joint chief executives of Corvane Systems, announced the deal.",
     {("Corvane Systems", "ceo", "Anouk Berrin"), ("Corvane Systems", "ceo", "Salvo Denteri")}),
    ("Anouk Berrin and Salvo Denteri, Corvane Systems' joint chief executives, announced the deal.",
     {("Corvane Systems", "ceo", "Anouk Berrin"), ("Corvane Systems", "ceo", "Salvo Denteri")}),
    # a company led or headed by someone: its head, a member
    ("Pellara Logistics, headed by Imre Kostadin, reported record sales.",
     {("Pellara Logistics", "member", "Imre Kostadin")}),
    ("Fenwick Dairies is led by Marta Quill.", {("Fenwick Dairies", "member", "Marta Quill")}),
    # ... chaired by someone: its chair; a party's or union's leader chairs it
    ("Fenwick Dairies, chaired by Marta Quill, reported record sales.", {("Fenwick Dairies", "chair", "Marta Quill")}),
    ("The Harvest Party, led by Marta Quill, won the vote.", {("Harvest Party", "chair", "Marta Quill")}),
    ("The Dockworkers Union, headed by Marta Quill, called a strike.", {("Dockworkers Union", "chair", "Marta Quill")}),
    # a predecessor held the successor's post; a successor holds the predecessor's
    ("Gideon Pratt, chief executive of Tessaly Mining, said output rose. Pratt's predecessor, Owen Lurch, left in "
     "2020.", {("Tessaly Mining", "ceo", "Owen Lurch")}),
    ("Gideon Pratt's predecessor as chairman of Tessaly Mining, Owen Lurch, retired.",
     {("Tessaly Mining", "chair", "Owen Lurch"), ("Tessaly Mining", "chair", "Gideon Pratt")}),
    ("Gideon Pratt, chief executive of Tessaly Mining, said output rose. Owen Lurch's successor, Gideon Pratt, cut "
     "costs.", {("Tessaly Mining", "ceo", "Owen Lurch")}),
    # a board named with "of", its members with who they are
    ("The board of Ostrava Steelworks includes former minister Pavel Dvorak.",
     {("Ostrava Steelworks", "member", "Pavel Dvorak")}),
    ("Ostrava Steelworks makes steel. Its board includes former minister Pavel Dvorak and economist Jana Novak.",
     {("Ostrava Steelworks", "member", "Pavel Dvorak"), ("Ostrava Steelworks", "member", "Jana Novak")}),
]

# (text, facts it must not yield)
NEAR_MISSES = [
    # a company led or headed by someone is not chaired by them
    ("Pellara Logistics, headed by Imre Kostadin, reported record sales.",
     {("Pellara Logistics", "chair", "Imre Kostadin")}),
    ("Fenwick Dairies is led by Marta Quill.", {("Fenwick Dairies", "chair", "Marta Quill")}),
    # plural titles that are no chief executive's
    ("Corvane Systems executive directors Anouk Berrin and Salvo Denteri announced the deal.",
     {("Corvane Systems", "ceo", "Anouk Berrin"), ("Corvane Systems", "ceo", "Salvo Denteri")}),
    # a predecessor of someone holding no post the article gives
    ("Gideon Pratt's predecessor, Owen Lurch, left in 2020.", {("Tessaly Mining", "ceo", "Owen Lurch")}),
    # a board that includes things, not people
    ("The board of Ostrava Steelworks includes shares held by Pavel Dvorak.",
     {("Ostrava Steelworks", "member", "Pavel Dvorak")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round2_role(text: str, expected: set[tuple[str, str, str]]) -> None:
    got = facts(text, dated=True)
    assert expected <= got, expected - got


@pytest.mark.parametrize(("text", "unwanted"), NEAR_MISSES)
def test_round2_near_miss(text: str, unwanted: set[tuple[str, str, str]]) -> None:
    assert not unwanted & facts(text, dated=True)


def test_board_member_former_title_is_current_seat() -> None:
    """A "former minister" on a board holds the seat now: the "former" is the ministry's."""
    from kg.extract import extract
    from kg.read import read_text

    ex = extract(read_text("Ostrava news\nPublished: 2024-03-04\n\nThe board of Ostrava Steelworks includes former "
                           "minister Pavel Dvorak.\n", source="invented.txt"))
    assert [ms.status for ms in ex.memberships if ex.entities[ms.person].label == "Pavel Dvorak"] == ["current"]
