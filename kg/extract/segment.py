"""Segmenting: an article's text into sentences with exact character offsets.

Lines are hard boundaries (titles, captions and paragraphs stand alone);
inside a line a sentence ends at ``.``, ``!`` or ``?`` (and any closing
quotes) before a capital, unless the word before the stop is a known
abbreviation or an initial. A wire dateline that opens a line ("NAIROBI,
Kenya —", "WARSAW (Reuters) -") is a segment of its own: it names where the
story was filed, and the sentence after it must not take its place name as
a subject.
"""
from __future__ import annotations

import re

from kg.model import Sentence

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt ft gen col capt lt sgt rev hon gov sen rep pres
inc corp co ltd llc plc bros dept est no nos vol fig approx vs etc
sdn bhd pty pvt
jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n e.u u.s.a e.g i.e a.m p.m
""".split())

# "[.!?][.!?]*", not "[.!?]+": a pattern that opens with a character set lets the regex engine skip
# to the next stop by that set; one that opens with a repeat is tried at every position.
_END = re.compile(r"""[.!?][.!?]*["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9]|["“‘]?[A-Z][a-z])""")
# The letters (of any script: "Simão." is no initial "o.") and dots before a stop, matched on the
# reversed text: one match leftwards from the stop instead of a search from 12 characters back.
_LETTERS_BACK = re.compile(r"(?:[^\W\d_]|\.)*")
_DIGIT_NEXT = re.compile(r"\s*\d")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
# Abbreviations that end a company's name, and the closed-class words that open a sentence but
# never continue a name: after "Acme Ltd." such a word starts the next sentence.
_NAME_FINAL = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "bhd"})
# A dateline: a place in capitals ("NEW YORK", "ST. LOUIS"), its region or country, a date ("May 5")
# and a news agency in brackets, each optional, and a dash; or a place in any case with the agency.
_CAPS_PLACE = r"[A-Z]{2}[A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_ANY_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DATELINE_TAIL = r"\s*(?:—|–|--?)(?=\s+[\"“]?[A-Z0-9])"
_DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}(?:\s*,\s*{_ANY_PLACE})?(?:\s*,?\s+(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}))?"
    rf"(?:\s*\([A-Z][\w .&’'-]{{1,40}}\))?|{_ANY_PLACE}(?:\s*,\s*{_ANY_PLACE})?\s*\([A-Z][\w .&’'-]{{1,40}}\)){_DATELINE_TAIL}")
_OPENER = re.compile(r"""\s+["“]?(?:It|Its|The|He|She|His|Her|They|Their|This|These|Those|We|Our|In|On|But|However|"""
                     r"""Meanwhile|Since|After|Before|According|Under|During|Last|Earlier|Later)\b""")


def _word_before(text: str, rev: str, stop: int) -> str | None:
    r"""The run of letters and dots that ends at ``stop`` (at most 12 characters back), or None if there is none.

    ``rev`` is ``text`` reversed. As the search of ``((?:[^\W\d_]|\.)+)\.?$`` over ``text[stop - 12:stop]``
    that this replaces, the run may also end before a newline that ends the window.
    """
    lo = max(0, stop - 12)
    end = stop - 1 if stop > lo and text[stop - 1] == "\n" else stop
    n = len(text)
    length = _LETTERS_BACK.match(rev, n - end, n - lo).end() - (n - end)
    return text[end - length:end] if length else None


def _is_abbreviation(text: str, rev: str, stop: int) -> bool:
    """Whether the period at ``stop`` closes an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    word = _word_before(text, rev, stop)
    if word is None:
        return False
    word = word.lower().rstrip(".")
    if word in ("no", "nos"):
        # "No. 1" abbreviates; "said no. Then" ends a sentence.
        return bool(_DIGIT_NEXT.match(text[stop + 1:stop + 4]))
    if word in _NAME_FINAL and _OPENER.match(text, stop + 1):
        return False  # "a unit of Acme Ltd. Its chief executive ...": the name ends the sentence
    if word in ABBREVIATIONS:
        return True
    if "." in word and _OPENER.match(text, stop + 1):
        return False  # "owned by Dakmar B.V. Its chief executive ...": a dotted legal form ends the sentence
    # Initials ("Jo S. Bloggs") and dotted acronyms ("U.S.", "N.V.").
    return len(word) == 1 or ("." in word and _DOTTED.fullmatch(word) is not None)


def split(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]``, offsets relative to ``text``."""
    end = len(text) if end is None else end
    rev = text[::-1]  # for looking back from a stop (_word_before)
    out: list[Sentence] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        if line_end > pos:
            _split_line(text, rev, pos, line_end, out)
        pos = line_end + 1
    return out


def _split_line(text: str, rev: str, start: int, end: int, out: list[Sentence]) -> None:
    """The sentences of one line, onto ``out``."""
    cur = start
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        _sentence(text, start, dateline.end(), out)
        cur = start = dateline.end()
    for m in _END.finditer(text, start, end):
        stop, after = m.span()
        if text[stop] == "." and _is_abbreviation(text, rev, stop):
            continue
        # "projects.Despite": a missing space after a full stop still ends a sentence,
        # but "Yahoo!Inc" style names and decimals do not.
        if after < end and not text[after].isspace():
            before = text[stop - 1:stop]
            if text[stop] != "." or not (before.islower() or before.isdigit()):
                continue
        _sentence(text, cur, after, out)
        cur = after
    _sentence(text, cur, end, out)


def _sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """``text[start:end]`` without its surrounding white space onto ``out``, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def sentences(text: str) -> list[Sentence]:
    return split(text)
