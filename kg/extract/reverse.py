"""Regexes anchored at the end of a text, matched backwards from the end.

A context cue such as ``\\b(?:giant|maker)\\s+$`` asks whether the text
before a name ends with a word. ``re.search`` tries it at every position of
the window; the same question asked of the reversed text with the reversed
pattern (``^\\s+(?:tnaig|rekam)\\b``) is one anchored ``match``. Whether a
match exists does not depend on the direction, so :class:`EndPattern`
answers exactly as ``search`` does. A lookbehind becomes a lookahead on the
reversed text. Constructs whose reversal is not a plain regex (lookaheads,
back-references, anchors other than a final ``$``) are refused with
``ValueError``.
"""
from __future__ import annotations

import re
from typing import Any

from kg.extract.prefilter import _c, _sre_parse

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}
_FLAGS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x", re.ASCII: "a"}


class EndPattern:
    """``pattern``, which ends in ``$``, tested with one backward match instead of a search."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.forward = re.compile(pattern, flags)
        if flags & re.MULTILINE:
            raise ValueError("multi-line anchors cannot be reversed")
        parsed = _sre_parse.parse(pattern, flags)
        items = list(parsed)
        if not items or items[-1] != (_c.AT, _c.AT_END):
            raise ValueError(f"pattern does not end in $: {pattern!r}")
        # "$" also matches before a final newline: backwards, an optional leading one.
        body = "".join(_reverse(op, av) for op, av in reversed(items[:-1]))
        self.backward = re.compile(r"\n?" + body, flags & ~re.VERBOSE)

    def search(self, text: str) -> bool:
        """Whether ``self.forward.search(text)`` finds a match."""
        return self.backward.match(text[::-1]) is not None

    def search_reversed(self, reversed_text: str) -> bool:
        """:meth:`search` of the text whose reversal is given: several patterns share one reversal."""
        return self.backward.match(reversed_text) is not None


def _seq(items: Any) -> str:
    return "".join(_reverse(op, av) for op, av in reversed(list(items)))


def _char(code: int) -> str:
    return re.escape(chr(code))


def _reverse(op: Any, av: Any) -> str:
    if op is _c.LITERAL:
        return _char(av)
    if op is _c.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is _c.ANY:
        return "."
    if op is _c.IN:
        parts = []
        for sub_op, sub_av in av:
            if sub_op is _c.NEGATE:
                parts.append("^")
            elif sub_op is _c.LITERAL:
                parts.append(_char(sub_av))
            elif sub_op is _c.RANGE:
                parts.append(f"{_char(sub_av[0])}-{_char(sub_av[1])}")
            elif sub_op is _c.CATEGORY and sub_av in _CATEGORIES:
                parts.append(_CATEGORIES[sub_av])
            else:
                raise ValueError(f"cannot reverse set item {sub_op}")
        return f"[{''.join(parts)}]"
    if op is _c.AT and av in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY):
        return r"\b" if av is _c.AT_BOUNDARY else r"\B"  # symmetric: same either way
    if op is _c.BRANCH:
        return "(?:" + "|".join(_seq(alt) for alt in av[1]) + ")"
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, sub = av
        if direction >= 0:  # a lookahead would turn into a lookbehind of possibly varying width
            raise ValueError("cannot reverse a lookahead")
        # What precedes a position is what follows it in the reversed text.
        return f"(?{'=' if op is _c.ASSERT else '!'}{_seq(sub)})"
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        on = "".join(ch for flag, ch in _FLAGS.items() if add & flag)
        off = "".join(ch for flag, ch in _FLAGS.items() if remove & flag)
        flags = f"{on}-{off}" if off else on
        return f"(?{flags}:{_seq(sub)})"
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av
        bound = "" if high is _c.MAXREPEAT else str(high)
        lazy = "?" if op is _c.MIN_REPEAT else ""
        return f"(?:{_seq(sub)}){{{low},{bound}}}{lazy}"
    raise ValueError(f"cannot reverse {op}")
