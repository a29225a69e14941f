"""Relation rules as data: regex templates over a sentence whose mentions are masked.

A sentence "Ada Brisk, new CEO of Vellor Group, said" is matched as
"⟨P0⟩, new CEO of ⟨O1⟩, said". A rule's pattern names typed slots:

=================  =============================================
``{ORG:x}``        one organization, captured as ``x``
``{ORGS:x}``       a list of organizations ("A, B and C")
``{PER:x}``        a person; ``{PLACE:x}`` a place or demonym;
                   ``{DEMONYM:x}`` a demonym only; ``{NAMEDPLACE:x}``
                   a place named, not a demonym; ``{PRODUCT:x}``
                   a product; ``{ANY:x}`` an organization or product
``{MACRO:x}``      a macro's regex captured as ``x`` (``{ROLE:t}``)
``{MACRO}``        a macro's regex, not captured
=================  =============================================

Macros are regexes defined in the rules file (``macros:``) or built from
the lexicon (``ROLE``, ``CAT``, ``DATE``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

SLOT_KINDS = {
    "ORG": "O", "PER": "P", "PLACE": "[LD]", "DEMONYM": "D", "COUNTRYISH": "[LD]", "NAMEDPLACE": "L",
    "PRODUCT": "R", "ANY": "[OR]",
}
LIST_KINDS = {"ORGS": "O", "PERS": "P", "PLACES": "[LD]", "PRODUCTS": "R", "ANYS": "[OR]"}
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_REF = re.compile(r"\{([A-Z_]+)(?::([a-z_][a-z0-9_]*))?\}")
SLOT_TOKEN = re.compile(r"⟨([A-Z])(\d+)⟩")


class RuleError(ValueError):
    """A rule that cannot be compiled; the message names the rule."""


class LazyRegex:
    """A regex compiled the first time it is matched.

    An article needs a fraction of the rules (a median news article or lead
    screens in about 40 of 170), and compiling them all is most of the
    start-up of a one-article ``kg extract``. Built-in rules are compiled
    lazily (a test compiles each); users' rules eagerly, so that a bad
    pattern is reported with its file before anything runs.
    """

    __slots__ = ("pattern", "flags", "_compiled", "search", "match", "finditer")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags | re.UNICODE  # what re.compile reports for a str pattern (the cache keys read it)
        self._compiled: re.Pattern[str] | None = None
        # Until the first match these compile; then the compiled regex's own methods take their place,
        # so that a rule tried on every sentence costs no Python call beyond the match itself.
        self.search: Callable[..., re.Match[str] | None] = self._search
        self.match: Callable[..., re.Match[str] | None] = self._match
        self.finditer: Callable[..., Iterator[re.Match[str]]] = self._finditer

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._use(re.compile(self.pattern, self.flags))
        return self._compiled  # type: ignore[return-value]

    def preset(self, compiled: re.Pattern[str]) -> None:
        """Use ``compiled`` (this pattern, compiled elsewhere: :mod:`kg.regex_cache`) from now on."""
        if (compiled.pattern, compiled.flags) != (self.pattern, self.flags):
            raise ValueError(f"{compiled!r} is not the regex of {self!r}")
        self._use(compiled)

    def _use(self, rx: re.Pattern[str]) -> None:
        self._compiled = rx
        self.search, self.match, self.finditer = rx.search, rx.match, rx.finditer

    def _search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled().search(text, *args)

    def _match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled().match(text, *args)

    def _finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, *args)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r})"


@dataclass
class Rule:
    """One compiled relation rule."""

    id: str
    pattern: str
    emit: str
    args: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.8
    regex: re.Pattern[str] | LazyRegex | None = None
    source: str = "built-in"
    needs: tuple[str, ...] = ()  # slot letters every match contains (a cheap pre-filter)
    # (letters, n): every match contains n slots of these letters ("DL": a place or a demonym).
    slot_counts: tuple[tuple[str, int], ...] = ()
    keywords: tuple[frozenset[str], ...] = ()  # words every match contains (kg.extract.prefilter)
    # A regex every match contains, found first: Python's engine tries a pattern that opens
    # with optional words at every position of the sentence, an anchor on its required part
    # (starting with a literal) is scanned for quickly and rules out most sentences.
    anchor: re.Pattern[str] | LazyRegex | None = None


# The letters of each kind of slot ("[LD]": "DL").
_LETTERS = {kind: "".join(sorted(letters.strip("[]"))) for kind, letters in {**SLOT_KINDS, **LIST_KINDS}.items()}
# A slot token a pattern writes out: "⟨O\d+⟩", "⟨[LD]\d+⟩", "⟨L(?P<place>\d+)⟩" (its letters in group 1).
_LITERAL_SLOT = re.compile(r"⟨(\[[A-Z]+\]|[A-Z])(?:\\d\+|\(\?P<\w+>\\d\+\))⟩")


def required_letters(pattern: str) -> tuple[str, ...]:
    """Slot letters a pattern always needs: its slots outside optional groups, roughly.

    Only slots that are not followed by ``?`` and not inside ``(?:...)?``, a group with
    alternatives (``(?:{ORG:a}|it)``) or a negative look-around count; when in doubt a letter
    is left out, so the filter never hides a match.
    """
    return tuple(sorted({letters for letters, _ in _required_slots(pattern) if len(letters) == 1}))


def required_counts(pattern: str) -> tuple[tuple[str, int], ...]:
    """(letters, n): every match holds ``n`` slots among these letters, beyond :func:`required_letters`.

    A place is "DL" (a place or a demonym), two organizations ("{ORG:a} bought {ORG:b}") ("O", 2).
    Slots counted together are ones no two of which can be the same slot of the sentence: those
    a match consumes, and those of a look-ahead that ends the pattern (after all the others).
    """
    counts: dict[str, int] = {}
    for letters, apart in _required_slots(pattern):
        if apart:
            counts[letters] = counts.get(letters, 0) + 1
        elif len(letters) > 1:
            counts.setdefault(letters, 1)
    return tuple(sorted((letters, n) for letters, n in counts.items() if n > 1 or len(letters) > 1))


def _required_slots(pattern: str) -> list[tuple[str, bool]]:
    r"""(letters, apart) of the pattern's slots that every match holds (see :func:`required_letters`),
    written as a slot ("{ORG:a}") or as its token ("⟨O\d+⟩").

    ``apart``: the slot is consumed by the match, or looked for in a look-ahead that ends the
    pattern, so that its token is no other apart slot's; a slot in another look-around may be.
    """
    if pattern.startswith("(?:") and _group_end(pattern, 0) == len(pattern) - 1:
        return _required_slots(pattern[3:-1])  # "(?:a|b)": the whole pattern a group, what its inside holds
    excluded = []  # groups whose slots a match need not hold
    around = []  # positive look-arounds, but a final look-ahead
    stack: list[list] = []  # [start, has a top-level "|", opening] of each open group
    bars = []  # top-level "|"
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: its brackets and bars are literal
            i = _class_end(pattern, i) + 1
            continue
        if ch == "(":
            opening = pattern[i:i + 4]
            stack.append([i, 0, "(?<!" if opening == "(?<!" else "(?<=" if opening == "(?<=" else opening[:3]])
        elif ch == "|":
            if stack:
                stack[-1][1] = 1
            else:
                bars.append(i)
        elif ch == ")" and stack:
            start, alternatives, opening = stack.pop()
            nxt = pattern[i + 1:i + 2]
            if alternatives or nxt in ("?", "*") or pattern[i + 1:i + 3] == "{0" or opening in ("(?!", "(?<!"):
                excluded.append((start, i))
            elif opening in ("(?=", "(?<="):
                if not (opening == "(?=" and not stack and i == len(pattern) - 1):
                    around.append((start, i))
        i += 1
    if bars:  # "a|b": what both alternatives hold
        edges = [-1, *bars, len(pattern)]
        alternatives = [Counter(_required_slots(pattern[a + 1:b])) for a, b in zip(edges, edges[1:])]
        common = alternatives[0]
        for other in alternatives[1:]:
            common &= other
        return list(common.elements())
    slots = [(m, _LETTERS.get(m.group(1))) for m in _REF.finditer(pattern)]
    slots += [(m, "".join(sorted(m.group(1).strip("[]")))) for m in _LITERAL_SLOT.finditer(pattern)]
    found = []
    for m, letters in slots:
        if letters is None or any(a < m.start() < b for a, b in excluded):
            continue  # a macro, or optional
        if pattern[m.end():m.end() + 1] in ("?", "*") or pattern[m.end():m.end() + 2] == "{0":
            continue
        found.append((letters, not any(a < m.start() < b for a, b in around)))
    return found


def slot_regex(kind: str, name: str | None) -> str:
    group = f"(?P<{name}>\\d+)" if name else r"\d+"
    return f"⟨{SLOT_KINDS[kind]}{group}⟩"


def list_regex(kind: str, name: str | None) -> str:
    one = f"⟨{LIST_KINDS[kind]}\\d+⟩"
    body = f"{one}(?:{_LIST_SEP}{one})*"
    return f"(?P<{name}>{body})" if name else f"(?:{body})"


def compile_pattern(rule_id: str, pattern: str, macros: dict[str, str], lazy: bool = False
                    ) -> re.Pattern[str] | LazyRegex:
    """The regex of a rule's template (``lazy``: compiled when first matched)."""

    def repl(m: re.Match[str]) -> str:
        kind, name = m.group(1), m.group(2)
        if kind in SLOT_KINDS:
            return slot_regex(kind, name)
        if kind in LIST_KINDS:
            return list_regex(kind, name)
        if kind in macros:
            body = macros[kind]
            return f"(?P<{name}>{body})" if name else f"(?:{body})"
        raise RuleError(f"rule {rule_id!r}: unknown slot or macro {{{kind}}}; known: "
                        f"{', '.join(sorted([*SLOT_KINDS, *LIST_KINDS, *macros]))}")

    # Macros may use other macros; expand them first, innermost last.
    text = hoist_lookbehinds(_REF.sub(repl, pattern))
    if lazy:
        return LazyRegex(text)
    try:
        return re.compile(text)
    except re.error as exc:
        raise RuleError(f"rule {rule_id!r}: bad pattern ({exc})") from None


_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def hoist_lookbehinds(text: str) -> str:
    r"""A regex that opens with look-behinds before a literal, with the literal first.

    ``(?<!from\s)⟨P\d+⟩`` matches where ``⟨P(?<!(?:from\s)⟨P)\d+⟩`` does: a look-behind
    before a literal is one that also ends with it. The engine tries a regex that opens with a
    look-behind at every position of the text; one that opens with a literal it skips to the
    literal's occurrences. Anything else is returned as it is.
    """
    behinds = []
    i = 0
    while text.startswith(("(?<!", "(?<="), i):
        end = _group_end(text, i)
        if end is None:
            return text
        behinds.append((text[i + 3], text[i + 4:end]))
        i = end + 1
    j = i
    while j < len(text) and text[j] not in _SPECIAL and text[j + 1:j + 2] not in ("?", "*", "+", "{"):
        j += 1
    literal = text[i:j]
    if not behinds or not literal:
        return text
    hoisted = literal + "".join(f"(?<{sign}(?:{body}){literal})" for sign, body in behinds) + text[j:]
    try:
        before, after = re.compile(text), re.compile(hoisted)
    except re.error:
        return text
    if any(re.compile(body).groups for _, body in behinds) or before.groupindex != after.groupindex:
        return text  # a look-behind's group would be numbered as before, but say so rather than trust it
    return hoisted


def _class_end(text: str, start: int) -> int:
    """The index of the "]" that closes the character class opening at ``start`` ("[]a]" holds a "]")."""
    j = start + 1
    if text[j:j + 1] == "^":
        j += 1
    if text[j:j + 1] == "]":
        j += 1
    while j < len(text) and text[j] != "]":
        j += 2 if text[j] == "\\" else 1
    return j


def _group_end(text: str, start: int) -> int | None:
    """The index of the ")" that closes the group opening at ``start``."""
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(text, i) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def expand_macros(macros: dict[str, str]) -> dict[str, str]:
    """Macros with references to other macros replaced (two levels deep)."""
    out = dict(macros)
    for _ in range(3):
        for name, body in out.items():
            out[name] = _REF.sub(lambda m: f"(?:{out[m.group(1)]})" if m.group(1) in out and not m.group(2)
                                 else m.group(0), body)
    return out


def slot_indexes(text: str) -> list[int]:
    """Slot indexes inside a captured list ("⟨O1⟩, ⟨O4⟩ and ⟨O6⟩" -> [1, 4, 6])."""
    return [int(m.group(2)) for m in SLOT_TOKEN.finditer(text)]
