"""Helpers of kg.extract.relate that stand in for slower regex searches: same answers."""
from __future__ import annotations

import re

from kg.extract import relate

TEXTS = ["Analysts at the ", "analysts AT  ", "He works for\n", "a catalyst ", "said at", "in ", "",
         "met with Mr. ", "Chairman Mrs ", "the Prof.\n", "MMr ", "x.Dr ", "Dr", "Ms  ", "said to the  "]


def test_after_preposition_reads_backwards_what_the_search_finds() -> None:
    forward = re.compile(r"\b(?:at|in|for|from|with|by|to|on|about|against|than|like)\s+(?:the\s+)?$", re.I)
    for text in TEXTS:
        for end in range(len(text) + 1):
            assert relate._after_preposition(text, end) == bool(forward.search(text, 0, end)), (text, end)


def test_honorific_end_finds_what_the_search_finds() -> None:
    for text in TEXTS:
        for end in range(len(text) + 1):
            found, expected = relate._honorific_end(text[:end]), relate._HONORIFIC_END.search(text[:end])
            assert (found and found.span()) == (expected and expected.span()), text[:end]
