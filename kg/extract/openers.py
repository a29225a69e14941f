"""The characters a regex's matches can open with, past white space, read off the pattern.

A context cue such as ``\\s+(?:said|says|told)\\b`` can only match a text whose
first character past spaces is "s" or "t". :func:`opening_chars` derives that
set from the compiled pattern's parse tree, so a caller can skip the match when
the text opens otherwise: one set look-up instead of a regex call.

Only ASCII characters are listed, and a text whose first character past spaces
is not ASCII must not be skipped (case-insensitive matching equates some of
them with ASCII letters: "ſ" with "s", the Kelvin sign with "k"). Constructs
the derivation does not understand give None: any character may open a match.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from kg.extract.prefilter import _c, _sre_parse

# Stands for every non-ASCII character in an opening set (see :func:`opening_of`).
NOT_ASCII = "\uffff"

_DIGITS = frozenset("0123456789")
_WORD = frozenset(ch for ch in map(chr, range(128)) if ch.isalnum() or ch == "_")
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, *((_c.POSSESSIVE_REPEAT,) if hasattr(_c, "POSSESSIVE_REPEAT") else ()))
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


class _Unknown(Exception):
    """A construct whose opening characters are not derived."""


def opening_chars(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters one of which opens every match of ``regex`` past leading white space
    (as ``str.lstrip`` strips it), plus :data:`NOT_ASCII`; None if unknown or if a match may hold
    nothing but white space."""
    if not isinstance(regex.pattern, str) or regex.flags & re.LOCALE:
        return None
    try:
        parsed = _sre_parse.parse(regex.pattern, regex.flags)
        chars, blank = _sequence(list(parsed), bool((regex.flags | parsed.state.flags) & re.IGNORECASE))
    except (_Unknown, re.error, RecursionError):
        return None
    return None if blank else frozenset(chars | {NOT_ASCII})


def opening_chars_of(regexes: Sequence[re.Pattern[str]]) -> list[frozenset[str] | None]:
    """:func:`opening_chars` of each regex, read from :mod:`kg.cache` when this code saw them before
    (a pure function of the patterns and of this module; parsing them is a visible part of start-up)."""
    from kg import cache

    key = cache.patterns_key("openers", regexes, [Path(__file__)])
    return cache.cached(key, lambda: [opening_chars(rx) for rx in regexes])


def opening_of(text: str) -> str:
    """What :func:`opening_chars` sets are tested with: the first character of ``text`` past white
    space ("" if none), or :data:`NOT_ASCII` for any character outside ASCII."""
    first = text.lstrip()[:1]
    return first if first.isascii() else NOT_ASCII


# Each helper gives (the characters other than white space that may come first, whether the
# construct may match white space only, or nothing: then what follows it may come first too).
def _sequence(items: list, ignorecase: bool) -> tuple[set[str], bool]:
    out: set[str] = set()
    for op, av in items:
        chars, blank = _item(op, av, ignorecase)
        out |= chars
        if not blank:
            return out, False
    return out, True


def _item(op: object, av: object, ignorecase: bool) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return _literal(chr(av), ignorecase)  # type: ignore[arg-type]
    if op is _c.IN:
        return _in(av, ignorecase)  # type: ignore[arg-type]
    if op is _c.BRANCH:
        out: set[str] = set()
        blank = False
        for alternative in av[1]:  # type: ignore[index]
            chars, b = _sequence(alternative, ignorecase)
            out |= chars
            blank = blank or b
        return out, blank
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av  # type: ignore[misc]
        return _sequence(sub, (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, ignorecase)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, high, sub = av  # type: ignore[misc]
        if high == 0:
            return set(), True
        chars, blank = _sequence(sub, ignorecase)
        return chars, blank or low == 0
    if op in _ZERO_WIDTH:
        return set(), True  # consumes nothing (a look-around's condition is only left out: fewer skips)
    raise _Unknown(op)


def _literal(ch: str, ignorecase: bool) -> tuple[set[str], bool]:
    if ch.isspace():
        return set(), True
    if not ch.isascii():
        if ignorecase:
            raise _Unknown(ch)  # it may equal an ASCII letter ("ſ", "K")
        return set(), False  # only non-ASCII text matches it, which is never skipped
    return ({ch.lower(), ch.upper()} if ignorecase else {ch}), False


def _in(items: list, ignorecase: bool) -> tuple[set[str], bool]:
    out: set[str] = set()
    blank = False
    for op, av in items:
        if op is _c.LITERAL:
            chars, b = _literal(chr(av), ignorecase)
        elif op is _c.RANGE:
            low, high = av
            if high > 127 and (ignorecase or high - low > 4096
                               or any(chr(k).isspace() for k in range(max(low, 128), high + 1))):
                raise _Unknown(op)  # non-ASCII white space would make it blank (and wide ranges are rare)
            chars, b = set(), False
            for k in range(low, min(high, 127) + 1):
                c, kb = _literal(chr(k), ignorecase)
                chars |= c
                b = b or kb
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            chars, b = set(), True
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars, b = set(_DIGITS), False
        elif op is _c.CATEGORY and av is _c.CATEGORY_WORD:
            chars, b = set(_WORD), False
        else:
            raise _Unknown(op)  # a negated set, other categories
        out |= chars
        blank = blank or b
    return out, blank
