"""Segmenting: an article's text into sentences with exact character offsets.

Lines are hard boundaries (titles, captions and paragraphs stand alone);
inside a line a sentence ends at ``.``, ``!`` or ``?`` (and any closing
quotes) before a capital, unless the word before the stop is a known
abbreviation or an initial.
"""
from __future__ import annotations

import re
from typing import Iterator

from kg.model import Sentence

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt ft gen col capt lt sgt rev hon gov sen rep pres
inc corp co ltd llc plc bros dept est no nos vol fig approx vs etc
jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n e.u u.s.a e.g i.e a.m p.m
""".split())

_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9]|["“‘]?[A-Z][a-z])""")
_WORD_BEFORE = re.compile(r"((?:[^\W\d_]|\.)+)\.?$")  # letters of any script: "Simão." is no initial "o."
_DIGIT_NEXT = re.compile(r"\s*\d")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
# Abbreviations that end a company's name, and the closed-class words that open a sentence but
# never continue a name: after "Acme Ltd." such a word starts the next sentence.
_NAME_FINAL = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc"})
_OPENER = re.compile(r"""\s+["“]?(?:It|Its|The|He|She|His|Her|They|Their|This|These|Those|We|Our|In|On|But|However|"""
                     r"""Meanwhile|Since|After|Before|According|Under|During|Last|Earlier|Later)\b""")


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the period at ``stop`` closes an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ("no", "nos"):
        # "No. 1" abbreviates; "said no. Then" ends a sentence.
        return bool(_DIGIT_NEXT.match(text[stop + 1:stop + 4]))
    if word in _NAME_FINAL and _OPENER.match(text, stop + 1):
        return False  # "a unit of Acme Ltd. Its chief executive ...": the name ends the sentence
    if word in ABBREVIATIONS:
        return True
    # Initials ("Jo S. Bloggs") and dotted acronyms ("U.S.", "N.V.").
    return len(word) == 1 or bool(_DOTTED.fullmatch(word))


def split(text: str, start: int = 0, end: int | None = None) -> Iterator[Sentence]:
    """Sentences of ``text[start:end]``, offsets relative to ``text``."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        yield from _split_line(text, pos, line_end)
        pos = line_end + 1


def _split_line(text: str, start: int, end: int) -> Iterator[Sentence]:
    cur = start
    for m in _END.finditer(text, start, end):
        stop = m.start()
        if _is_abbreviation(text, stop):
            continue
        # "projects.Despite": a missing space after a full stop still ends a sentence,
        # but "Yahoo!Inc" style names and decimals do not.
        if m.end() < end and not text[m.end()].isspace():
            before = text[stop - 1:stop]
            if text[stop] != "." or not (before.islower() or before.isdigit()):
                continue
        sentence = _sentence(text, cur, m.end())
        if sentence is not None:
            yield sentence
        cur = m.end()
    sentence = _sentence(text, cur, end)
    if sentence is not None:
        yield sentence


def _sentence(text: str, start: int, end: int) -> Sentence | None:
    """``text[start:end]`` without its surrounding white space, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end]) if end > start else None


def sentences(text: str) -> list[Sentence]:
    return list(split(text))
