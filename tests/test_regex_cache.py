"""Compiled regexes read back from the disk cache behave exactly as freshly compiled ones."""
from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg import regex_cache
from kg.regex_cache import RegexTable

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = [
    (r"(?P<who>[A-Z]\w+(?:\s+[A-Z]\w+)*),\s+(?:the\s+)?(?:chief executive|CEO)\s+of\s+(?P<org>[A-Z]\w+)", 0),
    (r"\b(?:acquired|bought|took over)\b(?!\s+by)", re.I),
    (r"(?<=\s)(\d{4})(?=\s*[,.])", 0),
    (r"^\s*(?:Published|Date)\s*:", re.I | re.M),
    (r"(?:é|ü|ß|[À-ÿ])+\w*", 0),
]
TEXTS = [
    "Ada Brisk, the chief executive of Vellor, said it acquired Norwick in 2019.",
    "Published: May 2, 2020\nThe firm was TAKEN over? No, it TOOK OVER Brant, in 1998, and Züri Straße.",
    "",
]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        got = [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(text)]
        want = [(m.span(), m.groups(), m.groupdict()) for m in b.finditer(text)]
        assert got == want


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_regex_from_its_stored_parts_is_the_regex_re_compiles() -> None:
    for pattern, flags in PATTERNS:
        stored = pickle.loads(pickle.dumps(regex_cache.parts(pattern, flags)))
        _same(regex_cache.from_parts(pattern, stored), re.compile(pattern, flags))


def test_a_second_process_reads_the_table_the_first_saved(folder: Path) -> None:
    first = RegexTable("regex-test-1")
    for pattern, flags in PATTERNS:
        _same(first.compile(pattern, flags), re.compile(pattern, flags))
    assert (first.hits, first.misses) == (0, len(PATTERNS))
    first.save()
    again = RegexTable("regex-test-1")  # what the next process does
    for pattern, flags in PATTERNS:
        _same(again.compile(pattern, flags), re.compile(pattern, flags))
    assert (again.hits, again.misses) == (len(PATTERNS), 0)


def test_only_the_patterns_a_process_compiled_are_kept(folder: Path) -> None:
    old = RegexTable("regex-test-2")
    old.compile("old pattern")
    old.save()
    new = RegexTable("regex-test-2")
    new.compile("new pattern")
    new.save()
    assert set(pickle.loads((folder / "regex-test-2.pickle").read_bytes())) == {("new pattern", 0)}


def test_damaged_entries_and_files_fall_back_to_compiling(folder: Path) -> None:
    pattern, flags = PATTERNS[0]
    folder.mkdir()
    (folder / "regex-test-3.pickle").write_bytes(pickle.dumps({(pattern, flags): (0, [1, 2, 3], 0, {}, ())}))
    table = RegexTable("regex-test-3")
    _same(table.compile(pattern, flags), re.compile(pattern, flags))
    assert table.misses == 1
    (folder / "regex-test-4.pickle").write_bytes(b"not a pickle")
    _same(RegexTable("regex-test-4").compile(pattern, flags), re.compile(pattern, flags))


def test_a_bad_pattern_raises_what_re_compile_raises(folder: Path) -> None:
    with pytest.raises(re.error, match="missing \\)"):
        RegexTable("regex-test-5").compile("(unclosed")


def test_with_the_cache_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    table = RegexTable("regex-test-6")
    _same(table.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    table.save()
    assert not any(tmp_path.iterdir())


def _in_process(code: str, cache_dir: str) -> str:
    env = {**os.environ, "KG_CACHE_DIR": cache_dir, "PYTHONHASHSEED": "0"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


_LOAD = """
from kg import regex_cache
from kg.extract import rules
from kg.extract.patterns import LazyRegex
{before}
rs = rules.load()
lazy = [rx for r in rs.rules for rx in (r.regex, r.anchor) if isinstance(rx, LazyRegex)]
print(len(lazy), sum(rx._compiled is not None for rx in lazy))
"""


def test_the_second_process_takes_the_built_in_rules_from_the_table(tmp_path: Path) -> None:
    first = _in_process(_LOAD.format(before=""), str(tmp_path))
    count, compiled = map(int, first.split())
    assert count > 100 and compiled == count  # the first process compiled them all and saved the table
    assert len(list(tmp_path.glob("rule-regexes-*.pickle"))) == 1
    # The next process must not parse a single rule: parsing is what the table saves.
    forbid = "def _no(*a): raise AssertionError('parsed a rule regex again')\nregex_cache.parts = _no"
    assert _in_process(_LOAD.format(before=forbid), str(tmp_path)) == first


def test_without_a_cache_folder_rule_regexes_stay_lazy(tmp_path: Path) -> None:
    count, compiled = map(int, _in_process(_LOAD.format(before=""), "off").split())
    assert count > 100 and compiled == 0
