"""kg's disk cache: what it keeps, when it builds again, and that it never changes what kg extracts."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kg import cache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_value_is_built_once_and_read_back(folder: Path) -> None:
    assert cache.cached("answer-1", lambda: {"value": 42}) == {"value": 42}
    assert list(folder.glob("*.tmp")) == []  # written whole, then renamed
    assert cache.cached("answer-1", lambda: pytest.fail("built again")) == {"value": 42}


def test_the_key_follows_the_files_and_packages_the_value_is_built_from(tmp_path: Path) -> None:
    source = tmp_path / "words.yml"
    source.write_text("a: 1\n", encoding="utf-8")
    first = cache.key("lexicon", [source], ["click"])
    assert cache.key("lexicon", [source], ["click"]) == first
    source.write_text("a: 2\n", encoding="utf-8")
    assert cache.key("lexicon", [source], ["click"]) != first
    assert cache.key("lexicon", [source], ["click", "rdflib"]) != cache.key("lexicon", [source], ["click"])
    assert cache.key("lexicon", [source], ["no-such-package-kg"])  # a missing package still keys


def test_a_damaged_file_is_built_again_and_replaced(folder: Path) -> None:
    folder.mkdir()
    (folder / "answer-2.pickle").write_bytes(b"not a pickle")
    assert cache.cached("answer-2", lambda: [1, 2]) == [1, 2]
    assert pickle.loads((folder / "answer-2.pickle").read_bytes()) == [1, 2]


def test_off_builds_every_time_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []
    for _ in range(2):
        assert cache.cached("answer-3", lambda: calls.append(1) or "built") == "built"
    assert len(calls) == 2 and list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    assert cache.cached("answer-4", lambda: "built") == "built"
    assert cache.cached("answer-4", lambda: "again") == "again"


def test_without_a_setting_the_cache_lives_under_xdg_cache_home(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.folder() == tmp_path / "kg"


def test_without_a_home_there_is_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", no_home)
    assert cache.folder() is None
    assert cache.cached("answer-5", lambda: "built") == "built"


def test_the_lexicon_read_back_is_the_lexicon_built(folder: Path) -> None:
    from kg.extract import gazetteer

    gazetteer.lexicon.cache_clear()
    try:
        stored = gazetteer.lexicon()  # built, and written
        assert [p.name for p in folder.iterdir()] == [f"{gazetteer.cache_key()}.pickle"]
        gazetteer.lexicon.cache_clear()
        read = gazetteer.lexicon()  # as the next process: from the file
        assert read is not stored and read == stored == gazetteer._build()
    finally:
        gazetteer.lexicon.cache_clear()


def test_the_rules_keywords_are_kept_once_whatever_the_hash_seed(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Rule patterns are spelt the same in every process, so their keywords share one cache file."""
    import os
    import subprocess
    import sys

    from kg.extract.prefilter import keywords
    from kg.extract.rules import load

    folder = tmp_path / "cache"
    for seed in ("1", "2"):
        run = subprocess.run([sys.executable, "-c", "from kg.extract.rules import load; load()"],
                             env={**os.environ, "KG_CACHE_DIR": str(folder), "PYTHONHASHSEED": seed},
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
    assert len(list(folder.glob("keywords-*.pickle"))) == 1
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    rules = load().rules  # keywords read back from the file
    assert any(r.keywords for r in rules)
    assert [r.keywords for r in rules] == [keywords(r.regex) for r in rules]


def test_the_cue_tables_keywords_are_kept_once_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Cue patterns list their words in one order in every process, so extraction adds one cache file."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "cache"
    code = ("from kg.extract import extract; from kg.read import read_text; "
            "extract(read_text('Acme Corp names Jo Bloggs chief executive\\n\\nAcme Corp, based in Oslo, said so.'))")
    for seed in ("1", "2", "3"):
        run = subprocess.run([sys.executable, "-c", code],
                             env={**os.environ, "KG_CACHE_DIR": str(folder), "PYTHONHASHSEED": seed},
                             capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
    assert len(list(folder.glob("keywords-*.pickle"))) == 2  # the rules' and the cue tables'
