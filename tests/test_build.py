"""Building a store: incremental, idempotent, one bad file does not stop the others."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.iris import Minter
from kg.model import Article, Extraction
from kg.store import Store

ACME_1 = Minter().article("acme-1")
ACME_2 = Minter().article("acme-2")


class FakeExtractor:
    """Hands back the fixture's extraction for an article id, counting calls."""

    def __init__(self, extractions: list[Extraction], fail_on: str | None = None) -> None:
        self.by_id = {ex.article.id: ex for ex in extractions}
        self.calls: list[str] = []
        self.fail_on = fail_on

    def __call__(self, article: Article) -> Extraction:
        self.calls.append(article.id)
        if article.id == self.fail_on:
            raise ValueError("rule exploded")
        ex = self.by_id[article.id]
        return Extraction(article=article, entities=ex.entities, facts=ex.facts, memberships=ex.memberships)


@pytest.fixture
def articles_dir(tmp_path, extractions) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "articles"
    folder.mkdir()
    for ex in extractions:
        (folder / ex.article.source).write_text(ex.article.text, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "store") as st:
        yield st


def test_first_build_ingests_every_article(articles_dir, store, extractions) -> None:
    fake = FakeExtractor(extractions)
    result = build([articles_dir], store, extractor=fake)
    assert sorted(result.new) == ["acme-1", "acme-2"]
    assert result.ok and not result.changed and not result.unchanged
    assert set(store.articles()) == {ACME_1, ACME_2}
    assert store.articles()[ACME_1].content_hash == extractions[0].article.content_hash
    assert result.entities == 8 and result.facts == 11


def test_rebuild_skips_unchanged_articles_without_extracting(articles_dir, store, extractions) -> None:
    build([articles_dir], store, extractor=FakeExtractor(extractions))
    before = set(store.quads())
    again = FakeExtractor(extractions)
    result = build([articles_dir], store, extractor=again)
    assert again.calls == []
    assert sorted(result.unchanged) == ["acme-1", "acme-2"] and not result.new
    assert set(store.quads()) == before


def test_changed_article_replaces_its_graph(articles_dir, store, extractions) -> None:
    build([articles_dir], store, extractor=FakeExtractor(extractions))
    old_hash = store.articles()[ACME_2].content_hash
    path = articles_dir / "acme-2.txt"
    path.write_text(path.read_text() + "\nA later paragraph.\n", encoding="utf-8")
    fake = FakeExtractor(extractions)
    fake.by_id["acme-2"] = Extraction(article=extractions[1].article)  # the new version states nothing
    result = build([articles_dir], store, extractor=fake)
    assert fake.calls == ["acme-2"]
    assert result.changed == ["acme-2"] and result.unchanged == ["acme-1"]
    assert store.articles()[ACME_2].content_hash != old_hash
    # Only the article node is left in the replaced graph; acme-1 is untouched.
    assert {str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for _, p, _, _ in store.quads(ACME_2)} == {
        "type", "title", "datePublished", "sourceFile", "contentHash"}
    assert len(list(store.quads(ACME_1))) > 100


def test_bad_file_is_reported_and_others_still_ingested(articles_dir, store, extractions) -> None:
    (articles_dir / "broken.txt").write_bytes(b"\x00\x01binary")
    (articles_dir / "latin1.txt").write_bytes("caf\xe9 news".encode("latin-1"))
    result = build([articles_dir], store, extractor=FakeExtractor(extractions))
    assert not result.ok
    assert len(result.failed) == 2
    assert any("broken.txt" in msg and "binary" in msg for msg in result.failed)
    assert any("latin1.txt" in msg and "UTF-8" in msg for msg in result.failed)
    assert sorted(result.new) == ["acme-1", "acme-2"]


def test_extraction_failure_keeps_what_was_stored(articles_dir, store, extractions) -> None:
    build([articles_dir], store, extractor=FakeExtractor(extractions))
    before = set(store.quads(ACME_2))
    path = articles_dir / "acme-2.txt"
    path.write_text(path.read_text() + " More.", encoding="utf-8")
    result = build([articles_dir], store, extractor=FakeExtractor(extractions, fail_on="acme-2"))
    assert result.failed and "acme-2.txt" in result.failed[0] and "rule exploded" in result.failed[0]
    assert set(store.quads(ACME_2)) == before
    # It stays "changed" for the next build, which tries it again.
    retry = build([articles_dir], store, extractor=FakeExtractor(extractions))
    assert retry.changed == ["acme-2"]


def test_missing_path_is_a_failure_not_a_crash(tmp_path, store, extractions) -> None:
    result = build([tmp_path / "nope.txt"], store, extractor=FakeExtractor(extractions))
    assert result.failed and "nope.txt" in result.failed[0]


def test_base_iri_is_used_for_articles(articles_dir, store, extractions) -> None:
    build([articles_dir], store, base="http://example.org/kg/", extractor=FakeExtractor(extractions))
    assert set(store.articles()) == {Minter("http://example.org/kg/").article("acme-1"),
                                     Minter("http://example.org/kg/").article("acme-2")}


def test_progress_callback_sees_every_file(articles_dir, store, extractions) -> None:
    seen: list[Path] = []
    build([articles_dir], store, extractor=FakeExtractor(extractions), on_file=seen.append)
    assert [p.name for p in seen] == ["acme-1.txt", "acme-2.txt"]


def test_summary_line(articles_dir, store, extractions) -> None:
    result = build([articles_dir], store, extractor=FakeExtractor(extractions))
    line = result.summary()
    assert line.startswith("built 2 articles (2 new, 0 changed, 0 unchanged, 0 failed): 8 entities, 11 facts in ")
    assert line.endswith(f"-> {store.path}")


def test_real_extractor_builds_the_articles(articles_dir, store) -> None:
    # Whatever the rules find, every article lands with its hash and metadata.
    result = build([articles_dir], store)
    assert result.ok, result.failed
    assert set(store.articles()) == {ACME_1, ACME_2}


class DyingExtractor(FakeExtractor):
    """Ends its worker process, as the kernel's out-of-memory killer would, on one article."""

    def __call__(self, article: Article) -> Extraction:
        if article.id == self.fail_on:
            import os

            os._exit(3)
        return super().__call__(article)


def test_jobs_build_the_same_store_as_one_process(tmp_path, articles_dir) -> None:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    quads = []
    for jobs in (1, 2):
        with Store(tmp_path / f"store-{jobs}") as st:
            result = build([seeds, articles_dir], st, jobs=jobs)
            assert result.ok and len(result.new) == 4
            quads.append(set(st.quads()))
    assert len(quads[0]) > 1000 and quads[0] == quads[1]


def test_parallel_failure_is_reported_beside_its_file(articles_dir, store, extractions) -> None:
    (articles_dir / "broken.txt").write_bytes(b"\x00\x01binary")
    seen: list[Path] = []
    result = build([articles_dir], store, extractor=FakeExtractor(extractions, fail_on="acme-1"), jobs=2,
                   on_file=seen.append)
    assert result.new == ["acme-2"]
    assert len(result.failed) == 2
    assert any("acme-1.txt" in msg and "rule exploded" in msg for msg in result.failed)
    assert set(store.articles()) == {ACME_2}
    assert [p.name for p in seen] == ["acme-1.txt", "acme-2.txt", "broken.txt"]


def test_a_dead_worker_costs_only_its_article(articles_dir, store, extractions) -> None:
    result = build([articles_dir], store, extractor=DyingExtractor(extractions, fail_on="acme-1"), jobs=2)
    assert result.new == ["acme-2"]
    assert len(result.failed) == 1 and "acme-1.txt" in result.failed[0]
    assert "worker process died" in result.failed[0]
    assert set(store.articles()) == {ACME_2}


def _die_on_second(article: Article) -> Extraction:
    if article.source == "a1.txt":
        import os

        os._exit(3)
    return Extraction(article=article)


def test_a_worker_dying_between_two_results_costs_only_its_article() -> None:
    """The pool breaks while the caller holds a result: the next article's submission must not raise."""
    import time

    from kg.pool import ExtractorPool, WorkerDied
    from kg.read import read_text

    arts = [read_text(f"Title {i}\n\nBody {i}.\n", source=f"a{i}.txt") for i in range(5)]
    got = []
    with ExtractorPool(_die_on_second, 1, window=2) as pool:
        for article, outcome in pool.map(arts):
            got.append((article.source, type(outcome)))
            # Hold the first result until the pool has seen its worker die (private, but the only signal).
            deadline = time.monotonic() + 30
            executor = pool._executor
            while article.source == "a0.txt" and not executor._broken and time.monotonic() < deadline:  # type: ignore
                time.sleep(0.05)
    assert got == [("a0.txt", Extraction), ("a1.txt", WorkerDied), ("a2.txt", Extraction),
                   ("a3.txt", Extraction), ("a4.txt", Extraction)]
