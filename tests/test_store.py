"""The Oxigraph store: articles in, replaced atomically, removed, listed; clear errors when it cannot open."""
from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace

from kg.iris import Minter
from kg.model import Extraction
from kg.rdf import quads
from kg.store import Store, StoreError, default_path, from_ox, to_ox

ROOT = Path(__file__).resolve().parent.parent
ACME_1 = Minter().article("acme-1")
ACME_2 = Minter().article("acme-2")


@pytest.fixture
def store(tmp_path, extractions):  # type: ignore[no-untyped-def]
    with Store(tmp_path / "store") as st:
        for ex in extractions:
            st.add(ex)
        yield st


def snapshot(st: Store) -> set:
    return set(st.quads())


def test_store_holds_exactly_what_kg_rdf_emits(store, dataset) -> None:
    # Same terms in and out: strings come back plain, not as xsd:string (SCHEMA.md traps).
    expected = {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in dataset.quads()}
    assert snapshot(store) == expected
    labels = set(store.ox.quads_for_pattern(None, to_ox(namespace.RDFS.label), None, None))
    assert Literal("Acme Widgets") in {from_ox(q.object) for q in labels}


def test_articles_lists_content_hashes(store, extractions) -> None:
    found = store.articles()
    assert set(found) == {ACME_1, ACME_2}
    assert found[ACME_1].content_hash == extractions[0].article.content_hash
    assert found[ACME_1].source == "acme-1.txt"
    assert found[ACME_2].title == "Acme chair steps down"


def test_replace_graph_replaces_rather_than_merges(store, extractions) -> None:
    ex = extractions[1]
    smaller = Extraction(article=ex.article, entities=ex.entities, facts=ex.facts[:1])
    count = store.add(smaller)
    assert len(list(store.quads(ACME_2))) == count
    # The competitor fact was only in the old version of the article.
    assert not any("gamma" in str(o) for _, p, o, _ in store.quads(ACME_2) if "competitor" in str(p))
    assert len(list(store.quads(ACME_1))) == len(list(quads(extractions[0], Minter())))


def test_a_new_graph_and_a_replaced_one_hold_the_same_terms(tmp_path, extractions) -> None:
    # New graphs go in through Store.extend, replaced ones through SPARQL text: hard literals must agree.
    ex = extractions[0]
    title = 'Acme\'s "odd" title \\ with\ta tab,\nnew line, ünïcode and 😀'
    tricky = Extraction(article=dataclasses.replace(ex.article, title=title), entities=ex.entities, facts=ex.facts)
    with Store(tmp_path / "s") as st:
        st.add(tricky)
        added = snapshot(st)
        st.add(tricky)
        assert snapshot(st) == added
    assert (ACME_1, namespace.DCTERMS.title, Literal(title), ACME_1) in added


def _failing(ex: Extraction, after: int, error: BaseException):  # type: ignore[no-untyped-def]
    for i, quad in enumerate(quads(ex, Minter())):
        if i == after:
            raise error
        yield quad


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_failure_mid_replace_leaves_the_old_graph(store, extractions, error) -> None:
    before = snapshot(store)
    ex = extractions[0]
    changed = Extraction(article=ex.article, entities=ex.entities)  # fewer triples than stored
    with pytest.raises(type(error)):
        store.replace_graph(ACME_1, _failing(changed, after=10, error=error))
    assert snapshot(store) == before


def test_failure_mid_add_of_a_new_article_writes_nothing(tmp_path, extractions) -> None:
    with Store(tmp_path / "s") as st:
        st.add(extractions[0])
        before = snapshot(st)
        with pytest.raises(RuntimeError):
            st.replace_graph(ACME_2, _failing(extractions[1], after=50, error=RuntimeError("boom")))
        assert snapshot(st) == before
        assert ACME_2 not in st.articles()


def test_remove_drops_one_graph(store) -> None:
    assert store.remove(ACME_1) is True
    assert set(store.articles()) == {ACME_2}
    assert not list(store.quads(ACME_1))
    assert store.remove(ACME_1) is False


def test_store_persists_across_open(tmp_path, extractions) -> None:
    with Store(tmp_path / "s") as st:
        st.add(extractions[0])
        before = snapshot(st)
    with Store(tmp_path / "s", create=False) as st:
        assert snapshot(st) == before


def test_dataset_view_runs_sparql_over_named_graphs(store) -> None:
    rows = store.dataset().query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s nkg:competitor ?o } }")
    assert [r[0] for r in rows] == [ACME_2]
    # The default graph is the union: both articles' CEO facts are visible together.
    ceos = store.dataset().query("SELECT DISTINCT ?p WHERE { ?org nkg:ceo ?p }")
    assert len(list(ceos)) == 2


def test_store_held_by_another_process_is_a_clear_error(store) -> None:
    code = ("from kg.store import Store, StoreError\n"
            "try:\n    Store(__import__('sys').argv[1]).open()\n"
            "except StoreError as exc:\n    print(exc)\n")
    run = subprocess.run([sys.executable, "-c", code, str(store.path)], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "in use by another kg process" in run.stdout


def test_second_open_in_the_same_process_is_a_clear_error(store) -> None:
    with pytest.raises(StoreError, match="in use"):
        Store(store.path).open()


def test_damaged_store_is_a_clear_error(tmp_path, extractions) -> None:
    with Store(tmp_path / "s") as st:
        st.add(extractions[0])
    (tmp_path / "s" / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match="damaged"):
        Store(tmp_path / "s").open()


def test_folder_that_is_not_a_store_is_refused(tmp_path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a kg store"):
        Store(tmp_path).open()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_missing_store_is_not_created_for_reading(tmp_path) -> None:
    with pytest.raises(StoreError, match="No kg store at .*kg build"):
        Store(tmp_path / "nope", create=False).open()
    assert not (tmp_path / "nope").exists()


def test_default_path_honours_env(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("KG_STORE", raising=False)
    assert default_path() == Path(".kg/store")
    monkeypatch.setenv("KG_STORE", str(tmp_path / "x"))
    assert default_path() == tmp_path / "x"


def test_term_conversion_round_trips() -> None:
    for term in (URIRef("http://example.com/a"), Literal("x"), Literal("chat", lang="fr"),
                 Literal("2021-05", datatype=namespace.XSD.gYearMonth), Literal('a "quoted"\nline <script>')):
        assert from_ox(to_ox(term)) == term
    # xsd:string from Oxigraph is read back as the plain literal kg writes.
    assert from_ox(to_ox(Literal("x", datatype=namespace.XSD.string))) == Literal("x")
