"""The rule registry: built-in and user rules, emitters and sentence extractors.

Built-in rules come from ``kg/data/rules.yml`` and go through the same
door as a user's file (``kg extract --rules my.yml``): a rules file may add
``macros``, ``relations`` and lexicon entries (``lexicon:`` with the keys
of ``lexicon.yml``). Emitters (what a matched rule states) and sentence
extractors (strategies, goals) are small registered functions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from kg import cache
from kg.extract import dates
from kg.extract.gazetteer import YAML_LOADER, Lexicon, LexiconError, lexicon
from kg.extract.patterns import (LazyRegex, Rule, RuleError, compile_pattern, expand_macros, required_counts,
                                 required_letters)
from kg.extract.prefilter import Screen, alternation, keywords_of
from kg.regex_cache import RegexTable

BUILT_IN = "built-in"  # the source of kg's own rules
EMITTERS: dict[str, Callable[..., None]] = {}
SENTENCE_EXTRACTORS: dict[str, Callable[..., None]] = {}


def emitter(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register what a matched relation rule states (``emit: NAME`` in a rules file)."""

    def wrap(fn: Callable[..., None]) -> Callable[..., None]:
        EMITTERS[name] = fn
        return fn

    return wrap


def sentence_extractor(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a function run on every sentence (its name is its rule id prefix)."""

    def wrap(fn: Callable[..., None]) -> Callable[..., None]:
        SENTENCE_EXTRACTORS[name] = fn
        return fn

    return wrap


@dataclass
class RuleSet:
    """Everything the extractor applies: lexicon, compiled rules, sentence extractors."""

    lexicon: Lexicon
    rules: list[Rule] = field(default_factory=list)
    macros: dict[str, str] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()
    _screen: Screen | None = field(default=None, init=False, repr=False, compare=False)

    def screen(self) -> Screen:
        """The rules' pre-filter, built on first use and again when the rules change."""
        if self._screen is None or self._screen.rules != tuple(self.rules):
            self._screen = Screen(self.rules)
        return self._screen


_STAFF_NOUNS = frozenset({"curator", "correspondent", "analyst", "researcher", "lecturer", "fellow", "dean",
                          "trustee", "consultant", "adviser", "advisor", "employee", "staffer", "scientist",
                          "anchor", "commentator", "critic", "economist", "strategist", "programmer"})
_NOT_STAFF = frozenset({"king", "queen", "prince", "princess", "emperor", "politician", "statesman", "activist",
                        "founder", "co-founder", "president", "governor", "senator", "mayor", "minister", "player",
                        "footballer", "athlete", "actor", "actress", "singer", "rapper", "comedian", "dancer",
                        "model", "cyclist", "swimmer", "boxer", "wrestler", "soldier", "general", "admiral",
                        "priest", "bishop", "cleric", "monk", "inventor", "industrialist", "philanthropist",
                        "entrepreneur", "businessman", "businesswoman", "magnate", "investor", "writer", "author",
                        "novelist", "poet", "artist", "painter", "sculptor", "musician", "guitarist", "drummer",
                        "pianist", "songwriter", "composer", "filmmaker"})


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


def _lexicon_macros(lex: Lexicon) -> dict[str, str]:
    # Word lists become prefix trees (same matches, same order): a flat list of
    # fifty titles is tried word by word at every position of every sentence.
    # Longest first, and words of one length by spelling, so that a pattern's text is the
    # same in every process (the order of a set is not): the rules' cache key reads it.
    titles = alternation(sorted(lex.roles, key=_longest_first), ignorecase=True)
    mods = alternation(["senior", "executive", "group", "deputy", "joint", "acting", "interim", "global",
                        "regional", "founding", "co-", "board", "non-executive", "independent", "then-", "ex-"],
                       ignorecase=True)
    mods = rf"(?:(?:{mods})\s*)*"
    title = rf"{mods}(?:{titles})(?:\s+(?:officer|emeritus))?"
    cats = alternation(lex.product_categories, ignorecase=True)
    desc = alternation(sorted(lex.org_descriptors | lex.org_anaphors, key=_longest_first))
    # Occupations held at an organization ("a curator at", "technology columnist"): rulers,
    # politicians, performers and players are not anyone's staff in our sense.
    jobs = (lex.person_nouns | _STAFF_NOUNS) - _NOT_STAFF
    job = alternation(sorted(jobs, key=_longest_first), ignorecase=True)
    people = alternation(sorted(lex.person_nouns | _STAFF_NOUNS, key=_longest_first), ignorecase=True)
    return {
        "JOB": rf"(?i:{job})",
        "PERSON_NOUN": rf"(?i:{people})",  # what a person is: "businesswoman", "banker", "engineer"
        "DESC": rf"(?:{desc})",
        # Joined titles, a later one maybe with its time ("co-founder and former chief executive").
        "ROLE": rf"(?i:{title}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*/\s*)(?:(?:former|current|then|now|later)\s+)?{title})*)",
        "CAT": rf"(?i:(?:{cats}))(?:s|es)?",
        "DATE": dates.DATE_PATTERN,
    }


def _read_yaml(text: str, where: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        pos = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise RuleError(f"{where}: not valid YAML{pos}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{where}: a rules file is a mapping with 'relations', 'macros' or 'lexicon'")
    # A misspelt section ("relation:") would otherwise be ignored and the user's rules never run.
    unknown = sorted(str(k) for k in data if k not in _SECTIONS)
    if unknown:
        raise RuleError(f"{where}: unknown section {', '.join(map(repr, unknown))}; "
                        f"a rules file has {', '.join(map(repr, _SECTIONS))}")
    return data


_SECTIONS = ("relations", "macros", "lexicon", "disable")


def load(paths: Iterable[str | Path] = ()) -> RuleSet:
    """The built-in rules plus the given rules files, compiled."""
    import kg.extract.emitters  # noqa: F401 - registers the built-in emitters and extractors

    builtin = resources.files("kg").joinpath("data/rules.yml").read_text(encoding="utf-8")
    docs = [(BUILT_IN, _read_yaml(builtin, "kg/data/rules.yml"))]
    for path in paths:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise RuleError(f"{p}: cannot read rules file ({exc.strerror or exc})") from None
        docs.append((str(p), _read_yaml(text, str(p))))
    lex = lexicon()
    for source, doc in docs[1:]:
        if doc.get("lexicon"):
            try:
                lex = lex.extend(doc["lexicon"])
            except LexiconError as exc:
                raise RuleError(f"{source}: {exc}") from None
    macros = _lexicon_macros(lex)
    for _, doc in docs:
        macros.update({k: str(v) for k, v in (doc.get("macros") or {}).items()})
    macros = expand_macros(macros)
    rules: list[Rule] = []
    disabled: set[str] = set()
    for source, doc in docs:
        disabled |= set(doc.get("disable") or [])
        for raw in doc.get("relations") or []:
            rules.append(_rule(raw, macros, source))
    # A later file's rule with an earlier id replaces it, in the earlier one's place.
    rules = list({r.id: r for r in rules}.values())
    _set_keywords(rules)
    _compile_stored(rules)
    return RuleSet(lexicon=lex, rules=[r for r in rules if r.id not in disabled], macros=macros,
                   disabled=frozenset(disabled))


def _rule(raw: dict[str, Any], macros: dict[str, str], source: str) -> Rule:
    if not isinstance(raw, dict) or "id" not in raw or "pattern" not in raw:
        raise RuleError(f"{source}: every relation needs an 'id' and a 'pattern': {raw!r}")
    emit = raw.get("emit", "fact")
    if emit not in EMITTERS:
        raise RuleError(f"{source}: rule {raw['id']!r} emits {emit!r}; known: {', '.join(sorted(EMITTERS))}")
    rule = Rule(id=str(raw["id"]), pattern=str(raw["pattern"]), emit=emit, args=dict(raw.get("args") or {}),
                confidence=float(raw.get("confidence", 0.8)), source=source)
    lazy = source == BUILT_IN  # tested; a user's file is checked before anything runs
    try:
        rule.regex = compile_pattern(rule.id, rule.pattern, macros, lazy)
        if raw.get("anchor"):
            rule.anchor = compile_pattern(rule.id, str(raw["anchor"]), macros, lazy)
    except RuleError as exc:
        raise RuleError(f"{source}: {exc}") from None
    rule.needs = required_letters(rule.pattern)
    rule.slot_counts = required_counts(rule.pattern)
    return rule


def _set_keywords(rules: list[Rule]) -> None:
    """Each rule's required words (``prefilter.keywords``), read off its regex or from :mod:`kg.cache`."""
    with_regex = [r for r in rules if r.regex is not None]
    for rule, words in zip(with_regex, keywords_of([r.regex for r in with_regex])):  # type: ignore[misc]
        rule.keywords = words


def _compile_stored(rules: list[Rule]) -> None:
    """Compile the built-in rules' lazy regexes now, from :mod:`kg.regex_cache` (milliseconds).

    A process that finds no table compiles them all (about a second) and saves
    one, so every later ``kg extract`` or ``kg build`` skips Python's regex
    parser; without a cache folder they stay lazy, compiled as first matched.
    """
    if cache.folder() is None:
        return
    lazy = [rx for r in rules for rx in (r.regex, r.anchor) if isinstance(rx, LazyRegex)]
    table = RegexTable(cache.patterns_key("rule-regexes", lazy))
    for rx in lazy:
        rx.preset(table.compile(rx.pattern, rx.flags))
    table.save()


_DEFAULT: RuleSet | None = None


def default() -> RuleSet:
    """The built-in rule set, compiled once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load()
    return _DEFAULT
