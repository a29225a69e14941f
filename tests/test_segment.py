"""kg.extract.segment: sentences with exact offsets; abbreviations and initials do not split."""
from __future__ import annotations

import pytest

from kg.extract.segment import sentences, split


def texts(text: str) -> list[str]:
    found = sentences(text)
    for s in found:
        assert text[s.start:s.end] == s.text  # offsets are exact
    return [s.text for s in found]


@pytest.mark.parametrize("text", [
    "Mr. Okafor met Dr. Lind at Nimbus Robotics Inc. on Monday.",
    "Ms. Lind and Mrs. Park joined Orbit Corp. last year.",
    "The U.S. market and the U.K. market grew faster than expected.",
    "Shares listed in the U.S.A. rose after the report.",
    "Steven Q. Marlowe joined the board in May.",
    "J. R. Hartley founded Hartley Books Ltd. in Leeds.",
    "Sales rose 3.5% to $2.1 billion in the quarter.",
    "Output grew, e.g. in Leeds, and fell, i.e. elsewhere.",
    "The plant opened at 9 a.m. sharp and closed at 5 p.m. today.",
    "He joined Orbit in Sept. 2020 and left in Jan. 2022.",
    "Orbit St. Louis Ltd. is a unit of Orbit Foods.",
])
def test_abbreviations_and_initials_do_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_sentences_split_at_stops() -> None:
    text = "Nimbus opened a plant. Is it big? Yes! It employs 400 people."
    assert texts(text) == ["Nimbus opened a plant.", "Is it big?", "Yes!", "It employs 400 people."]


def test_abbreviation_then_a_new_sentence() -> None:
    text = "Mr. Okafor runs the plant. Dr. Lind runs sales. The U.S. unit is small."
    assert texts(text) == ["Mr. Okafor runs the plant.", "Dr. Lind runs sales.", "The U.S. unit is small."]


def test_missing_space_after_a_full_stop_still_splits() -> None:
    text = "Nimbus expanded its projects.Despite the slowdown, revenue rose."
    assert texts(text) == ["Nimbus expanded its projects.", "Despite the slowdown, revenue rose."]


def test_decimals_and_domains_do_not_split() -> None:
    text = "Version 2.0 of Nimbus.io shipped to 3.5 million users."
    assert texts(text) == [text]


def test_a_sentence_may_start_with_a_number_or_a_quote() -> None:
    text = 'Nimbus was founded in 1999. 2000 was its first good year. "We grew," Okafor said.'
    assert texts(text) == ["Nimbus was founded in 1999.", "2000 was its first good year.",
                           '"We grew," Okafor said.']


def test_closing_quote_stays_with_its_sentence() -> None:
    text = 'Okafor said "We will build more." Then she left. She said \u201cSoon.\u201d Lind agreed.'
    assert texts(text) == ['Okafor said "We will build more."', "Then she left.",
                           "She said \u201cSoon.\u201d", "Lind agreed."]


def test_lines_are_hard_boundaries() -> None:
    text = "Nimbus opens plant\nPublished: Sep 12, 2023\n\nNimbus opened a plant. It is big\nCaption: a robot"
    assert texts(text) == ["Nimbus opens plant", "Published: Sep 12, 2023", "Nimbus opened a plant.",
                           "It is big", "Caption: a robot"]


def test_offsets_are_exact_with_surrounding_whitespace() -> None:
    text = "  Nimbus opened a plant.   It is big.  \n\n   Okafor runs it.  "
    found = sentences(text)
    assert [(s.start, s.end) for s in found] == [(2, 24), (27, 37), (44, 59)]
    assert [s.text for s in found] == ["Nimbus opened a plant.", "It is big.", "Okafor runs it."]


def test_offsets_are_exact_with_non_ascii_text() -> None:
    text = "Zoë Müller (穆勒) runs Nimbus GmbH in Köln. Orbit’s chief agreed."
    found = sentences(text)
    assert [s.text for s in found] == ["Zoë Müller (穆勒) runs Nimbus GmbH in Köln.", "Orbit’s chief agreed."]
    assert found[1].start == text.index("Orbit")


def test_split_a_window_keeps_offsets_relative_to_the_whole_text() -> None:
    text = "Header line. Nimbus opened a plant. Okafor runs it. Footer."
    start, end = text.index("Nimbus"), text.index(" Footer")
    found = list(split(text, start, end))
    assert [s.text for s in found] == ["Nimbus opened a plant.", "Okafor runs it."]
    assert [(s.start, s.end) for s in found] == [(start, start + 22), (text.index("Okafor"), end)]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert sentences("") == []
    assert sentences(" \n\n \t") == []


@pytest.mark.parametrize("text, first", [
    ("Beta is a unit of Acme Ltd. Its chief executive is Jo Bloggs.", "Beta is a unit of Acme Ltd."),
    ("Beta sold shares to Acme Corp. The deal closed in May.", "Beta sold shares to Acme Corp."),
    ("Beta hired Acme Inc. However, the talks stalled.", "Beta hired Acme Inc."),
])
def test_a_legal_form_ends_a_sentence_before_a_closed_class_opener(text: str, first: str) -> None:
    assert sentences(text)[0].text == first


def test_a_legal_form_before_a_name_stays_inside_the_sentence() -> None:
    text = "Acme Inc. Chief Executive Jo Bloggs resigned."
    assert [s.text for s in sentences(text)] == [text]


def test_a_word_ending_in_a_letter_outside_ascii_is_no_initial() -> None:
    texts = [s.text for s in split("The label was founded by Renato Simão. The label is in Natal.")]
    assert texts == ["The label was founded by Renato Simão.", "The label is in Natal."]


@pytest.mark.parametrize("text", [
    "Mr.", "said the U.S.", "no.", "x Ⅻ.", "12ab.", "a_b.", "etc\n.", "Simão.", " .", "abcdefghijklmnopq.",
    "the U.S.A.", "1.", "end.\n.", "\n.", ".",
])
def test_word_before_a_stop_is_the_regex_search_it_replaces(text: str) -> None:
    import re

    from kg.extract.segment import _word_before

    stop = len(text) - 1
    m = re.compile(r"((?:[^\W\d_]|\.)+)\.?$").search(text, max(0, stop - 12), stop)
    assert _word_before(text, text[::-1], stop) == (m.group(1) if m else None)


@pytest.mark.parametrize("text, dateline", [
    ("NAIROBI, Kenya — Kelmora Bank named a new chief.", "NAIROBI, Kenya —"),
    ("WARSAW (Reuters) - Brantwell SA agreed to buy Tarvik.", "WARSAW (Reuters) -"),
    ("NEW YORK, May 5 (AP) — Kelmora Corp. said it would cut jobs.", "NEW YORK, May 5 (AP) —"),
    ("LONDON, 4 March (Reuters) - Kelmora plc said sales rose.", "LONDON, 4 March (Reuters) -"),
    ("ST. LOUIS — Kelmora Inc. opened a plant.", "ST. LOUIS —"),
    ("SAN FRANCISCO -- Kelmora said it had raised $5 million.", "SAN FRANCISCO --"),
    ("Nairobi (AFP) – Kelmora Bank named a new chief.", "Nairobi (AFP) –"),
])
def test_a_wire_dateline_is_a_segment_of_its_own(text: str, dateline: str) -> None:
    """The sentence after a dateline does not open with the place it was filed from."""
    assert texts(text) == [dateline, text[len(dateline):].strip()]


@pytest.mark.parametrize("text", [
    "Kelmora — the maker of Zorb scooters — said sales rose.",
    "The CEO - Jo Bloggs - said sales rose.",
    "IBM - the comeback years",
    "Kelmora, Brantwell and Tarvik - three rivals - merged.",
])
def test_a_dash_after_a_name_is_no_dateline(text: str) -> None:
    assert texts(text) == [text]
