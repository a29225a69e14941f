"""Compiled regexes kept on disk, so a process does not parse kg's large patterns again.

kg's relation rules and mention cues are regexes with long alternations built
from the lexicon (titles, category nouns, dates): some 300 patterns and
370,000 characters. Python parses and compiles each in pure Python, about a
second per process when an article set touches them all; that was most of
the start-up of a ``kg extract`` or ``kg build`` of a few articles.

A :class:`RegexTable` keeps what CPython's ``re`` compiler produces for each
pattern (the engine's code and the group names) in :mod:`kg.cache`, and the
next process hands it straight to the regex engine (``_sre.compile``, which
``re.compile`` itself ends with). The cache key holds Python's exact version,
so the code is only ever read by the interpreter that wrote it; a pattern not
in the table, a damaged table, or another Python implementation falls back to
``re.compile``. Lookups are by the exact pattern text and flags, so a stale
entry can only cost a miss, never a wrong regex.
"""
from __future__ import annotations

import re
import sys
from typing import Any

from kg import cache

try:
    import _sre
    from re import _compiler, _parser  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10 names them sre_*
    try:
        import _sre
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    except ImportError:
        _sre = None  # type: ignore[assignment]

# (flags, code, groups, groupindex, indexgroup): _sre.compile's arguments after the pattern
Parts = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]
_USABLE = _sre is not None and sys.implementation.name == "cpython"


def parts(pattern: str, flags: int = 0) -> Parts:
    """What ``re.compile(pattern, flags)`` hands the regex engine, as plain picklable values."""
    tree = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]  # named int constants do not pickle
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def from_parts(pattern: str, stored: Parts) -> re.Pattern[str]:
    """The compiled regex ``stored`` describes (what :func:`parts` gave for ``pattern``)."""
    return _sre.compile(pattern, *stored)


class RegexTable:
    """The compiled regexes of one family (the rules, the cues), read from and saved to :mod:`kg.cache`.

    ``key`` names the family and what its patterns are built from; a family whose
    patterns change gets misses until :meth:`save` writes the new table.
    Only the patterns compiled through this table are saved, so it never grows
    past one family's patterns.
    """

    def __init__(self, key: str) -> None:
        self.key = key
        self.hits = 0
        self.misses = 0
        self._stored: dict[tuple[str, int], Parts] = {}
        self._used: dict[tuple[str, int], Parts] = {}
        if _USABLE:
            table = cache.load(key)
            if isinstance(table, dict):
                self._stored = table

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the table when it holds the pattern."""
        if not _USABLE:
            return re.compile(pattern, flags)
        flags = int(flags)
        key = (pattern, flags)
        stored = self._stored.get(key)
        if stored is not None:
            try:
                compiled = from_parts(pattern, stored)
            except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh below
                stored = None
            else:
                self.hits += 1
                self._used[key] = stored
                return compiled
        self.misses += 1
        try:
            fresh = parts(pattern, flags)
            compiled = from_parts(pattern, fresh)
        except re.error:
            raise
        except Exception:  # noqa: BLE001 - the engine's internals differ here: take the public way
            return re.compile(pattern, flags)
        self._used[key] = fresh
        return compiled

    def save(self) -> None:
        """Store the patterns compiled since this table was read, when any was not in it."""
        if _USABLE and self.misses:
            cache.store(self.key, dict(self._used))
            self._stored = dict(self._used)
            self.misses = 0
