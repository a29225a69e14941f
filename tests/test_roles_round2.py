"""People's posts in invented business news (every company and person here is made up): joint chief
executives, a company "led by" someone (its head, no chair unless a title says so), predecessors and
successors, board seats with who sits there."""
from __future__ import annotations

import pytest

from invented import news_or_lead_facts as facts

# (text, facts it must yield)
CASES = [
    # joint and co-chief executives are each a chief executive
    ("Anouk Berrin and Salvo Denteri, the co-chief executives of Dunmere Systems, announced the deal.",
     {("Dunmere Systems", "ceo", "Anouk Berrin"), ("Dunmere Systems", "ceo", "Salvo Denteri")}),
    ("Dunmere Systems co-chief executives Anouk Berrin and Salvo Denteri announced the deal.",
     {("Dunmere Systems", "ceo", "Anouk Berrin"), ("Dunmere Systems", "ceo", "Salvo Denteri")}),
    ("Anouk Berrin and Salvo Denteri, joint chief executives of Dunmere Systems, announced the deal.",
     {("Dunmere Systems", "ceo", "Anouk Berrin"), ("Dunmere Systems", "ceo", "Salvo Denteri")}),
    ("Anouk Berrin and Salvo Denteri, Dunmere Systems' joint chief executives, announced the deal.",
     {("Dunmere Systems", "ceo", "Anouk Berrin"), ("Dunmere Systems", "ceo", "Salvo Denteri")}),
    # a company led or headed by someone: its head, a member
    ("Pellara Logistics, headed by Imre Kostadin, reported record sales.",
     {("Pellara Logistics", "member", "Imre Kostadin")}),
    ("Brantholm Dairies is led by Marta Quill.", {("Brantholm Dairies", "member", "Marta Quill")}),
    # ... chaired by someone: its chair; a party's or union's leader chairs it
    ("Brantholm Dairies, chaired by Marta Quill, reported record sales.", {("Brantholm Dairies", "chair", "Marta Quill")}),
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
    # a post left: the exit says which, and that it is over
    ("Norvale Bank named a new chief executive after the abrupt exit of Ruth Calloway.",
     {("Norvale Bank", "ceo", "Ruth Calloway")}),
    ("Norvale Bank is looking for a new chairman following the resignation of Ruth Calloway.",
     {("Norvale Bank", "chair", "Ruth Calloway")}),
    ("Ruth Calloway's abrupt exit as chief executive of Tarvik Insurance surprised investors.",
     {("Tarvik Insurance", "ceo", "Ruth Calloway")}),
    # a second company founded, with its own year
    ("Elena Marchetti founded Corvo Textiles in 1994 and Bellamy Mills in 2003.",
     {("Bellamy Mills", "founder", "Elena Marchetti"), ("Bellamy Mills", "foundingDate", "2003")}),
    ("Elena Marchetti, who co-founded Corvo Textiles and later Bellamy Mills, died on Monday.",
     {("Bellamy Mills", "founder", "Elena Marchetti")}),
    # a board seat in a second clause
    ("Arjun Mehta is chief financial officer of Sylvara Health and sits on the board of Trellis Pharma.",
     {("Trellis Pharma", "member", "Arjun Mehta")}),
    ("Arjun Mehta chairs Sylvara Health and also serves on Trellis Pharma's supervisory board.",
     {("Trellis Pharma", "member", "Arjun Mehta")}),
]

# (text, facts it must not yield)
NEAR_MISSES = [
    # a company led or headed by someone is not chaired by them
    ("Pellara Logistics, headed by Imre Kostadin, reported record sales.",
     {("Pellara Logistics", "chair", "Imre Kostadin")}),
    ("Brantholm Dairies is led by Marta Quill.", {("Brantholm Dairies", "chair", "Marta Quill")}),
    # plural titles that are no chief executive's
    ("Dunmere Systems executive directors Anouk Berrin and Salvo Denteri announced the deal.",
     {("Dunmere Systems", "ceo", "Anouk Berrin"), ("Dunmere Systems", "ceo", "Salvo Denteri")}),
    # a predecessor of someone holding no post the article gives
    ("Gideon Pratt's predecessor, Owen Lurch, left in 2020.", {("Tessaly Mining", "ceo", "Owen Lurch")}),
    # a board that includes things, not people
    ("The board of Ostrava Steelworks includes shares held by Pavel Dvorak.",
     {("Ostrava Steelworks", "member", "Pavel Dvorak")}),
    # a job, not an office, filled after someone left
    ("Norvale Bank hired a new analyst after the exit of Ruth Calloway.", {("Norvale Bank", "member", "Ruth Calloway")}),
    # the exit of someone else's relation
    ("Norvale Bank named a new chief executive after the exit of Ruth Calloway's deputy.",
     {("Norvale Bank", "ceo", "Ruth Calloway")}),
    # a second clause with a subject of its own, or a company joined, not founded
    ("Elena Marchetti founded Corvo Textiles and Bellamy Mills bought it in 2003.",
     {("Bellamy Mills", "founder", "Elena Marchetti")}),
    ("Elena Marchetti founded Corvo Textiles in 1994 and joined Bellamy Mills in 2003.",
     {("Bellamy Mills", "founder", "Elena Marchetti"), ("Bellamy Mills", "foundingDate", "2003")}),
    ("Arjun Mehta praised Sylvara Health and Maya Rao sits on the board of Trellis Pharma.",
     {("Trellis Pharma", "member", "Arjun Mehta")}),
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
