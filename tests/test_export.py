"""Exports parse in Raptor (an independent parser), keep the graph, and are byte-stable across rebuilds."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import XSD
from rdflib.compare import isomorphic

from kg.export import ExportError, export, pick_format
from kg.model import GOAL, ORG, PLACE, Article, Entity, Evidence, Extraction, Fact, Value
from kg.rdf import to_dataset
from kg.store import Store
from kg.vocab import ID, NKG

RAPTOR = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "nt": "ntriples"}
needs_rapper = pytest.mark.skipif(shutil.which("rapper") is None, reason="Raptor (raptor2-utils) not installed")


def awkward_extraction() -> Extraction:
    """Text that tests escaping: markup, quotes, a backslash, a newline and non-ASCII names."""
    text = ('Zürich & "Beijing" news\nPublished: May 2, 2024\n\n'
            'Gruppe Zürich AG <script>alert("x")</script> opened a desk in 北京.\n'
            'A C:\\path line.')
    art = Article(id="awkward", text=text, source="awkward.html", title='Zürich & "Beijing" <news>',
                  published=dt.date(2024, 5, 2), body_start=text.index("Gruppe"))
    sentence = text[text.index("Gruppe"):]  # spans the newline and the backslash

    def ev(phrase: str) -> Evidence:
        start = text.index(phrase)
        return Evidence(phrase, start, start + len(phrase), "test-rule", 0.7)

    org = Entity("organization/gruppe-zurich-ag", ORG, "Gruppe Zürich AG", {"Gruppe Zürich AG", 'Zürich "Gruppe"'},
                 evidence=ev("Gruppe Zürich AG"))
    city = Entity("place/beijing", PLACE, "北京", subtypes={"City"}, evidence=ev("北京"))
    ex = Extraction(article=art, entities={org.key: org, city.key: city})
    ex.facts.append(Fact(org.key, "headquarters", city.key,
                         Evidence(sentence, text.index("Gruppe"), len(text), "<script>-rule", 0.5)))
    return ex


@pytest.fixture
def all_extractions(extractions):  # type: ignore[no-untyped-def]
    return [*extractions, awkward_extraction()]


def build_store(path: Path, extractions: list[Extraction]) -> Store:
    st = Store(path).open()
    for ex in extractions:
        st.add(ex)
    return st


@pytest.fixture
def store(tmp_path, all_extractions):  # type: ignore[no-untyped-def]
    st = build_store(tmp_path / "store", all_extractions)
    yield st
    st.close()


@needs_rapper
@pytest.mark.parametrize("fmt", sorted(RAPTOR))
def test_export_parses_in_raptor(store, tmp_path, fmt) -> None:
    out = tmp_path / f"kg.{fmt}"
    done, _ = export(store, out, fmt)
    run = subprocess.run(["rapper", "-c", "-i", RAPTOR[fmt], str(out)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    counted = re.search(r"returned (\d+) (?:triples|statements)", run.stderr)
    assert counted and int(counted.group(1)) == done.statements


def test_turtle_is_the_merged_graph_with_labels_and_types(store, tmp_path, all_extractions) -> None:
    _, data = export(store, tmp_path / "kg.ttl")
    graph = Graph().parse(data=data.decode("utf-8"), format="turtle")
    merged = Graph()
    for s, p, o, _ in to_dataset(all_extractions).quads():
        merged.add((s, p, o))
    assert isomorphic(graph, merged)
    assert (None, None, Literal("北京")) in graph
    assert any('<script>alert("x")</script>' in str(o) for o in graph.objects())


def test_turtle_and_trig_keep_each_literal_as_stored(tmp_path, all_extractions) -> None:
    # "20"^^xsd:decimal stays "20": a serializer that rewrites it as 20.0 changes the graph's terms.
    ex = all_extractions[0]
    goal = Entity("goal/acme-20-percent", GOAL, "Acme 20 percent", {"Acme 20 percent"},
                  attrs={"targetValue": Value("20", "decimal"), "targetUnit": Value("percent")})
    ex = Extraction(article=ex.article, entities={**ex.entities, goal.key: goal}, facts=ex.facts)
    with build_store(tmp_path / "s", [ex]) as st:
        stored = {(s, p, o) for s, p, o, _ in st.quads()}
        quads = set(st.quads())
        turtle = Graph().parse(data=export(st, None, "turtle")[1].decode("utf-8"), format="turtle")
        trig = Dataset().parse(data=export(st, None, "trig")[1].decode("utf-8"), format="trig")
    assert set(turtle) == stored
    assert {(s, p, o, g) for s, p, o, g in trig.quads()} == quads
    assert (ID["goal/acme-20-percent"], NKG.targetValue, Literal("20", datatype=XSD.decimal)) in stored


def test_turtle_is_byte_identical_when_rebuilt(tmp_path, all_extractions) -> None:
    first = build_store(tmp_path / "a", all_extractions)
    # Another store, articles written in the other order.
    second = build_store(tmp_path / "b", list(reversed(all_extractions)))
    try:
        for fmt in ("turtle", "trig", "nquads", "nt", "jsonld"):
            assert export(first, None, fmt)[1] == export(second, None, fmt)[1], fmt
    finally:
        first.close()
        second.close()


def test_trig_keeps_one_named_graph_per_article_with_evidence(store, all_extractions) -> None:
    _, data = export(store, None, "trig")
    parsed = Dataset().parse(data=data.decode("utf-8"), format="trig")
    expected = to_dataset(all_extractions)
    names = {g.identifier for g in expected.graphs() if len(g)}
    assert {g.identifier for g in parsed.graphs() if len(g)} == names
    for name in names:
        assert isomorphic(parsed.graph(name), expected.graph(name)), name


def test_nquads_round_trip(store, all_extractions) -> None:
    _, data = export(store, None, "nquads")
    parsed = Dataset().parse(data=data.decode("utf-8"), format="nquads")
    assert set(parsed.quads()) == {(s, p, o, g) for s, p, o, g in to_dataset(all_extractions).quads()}


def test_jsonld_round_trips_through_two_parsers(store, all_extractions) -> None:
    # Raptor has no JSON-LD parser, so rdflib and Oxigraph (independent of each other) read it back.
    import pyoxigraph as ox

    _, data = export(store, None, "jsonld")
    parsed = Dataset().parse(data=data.decode("utf-8"), format="json-ld")
    expected = to_dataset(all_extractions)
    for g in expected.graphs():
        if len(g):
            assert isomorphic(parsed.graph(g.identifier), g), g.identifier
    oxi = list(ox.parse(data, format=ox.RdfFormat.JSON_LD))
    assert len(oxi) == len(set(expected.quads()))


def test_format_from_extension_and_errors(tmp_path) -> None:
    assert pick_format(None, tmp_path / "x.trig") == "trig"
    assert pick_format(None, tmp_path / "x.nq") == "nquads"
    assert pick_format(None, tmp_path / "x.jsonld") == "jsonld"
    assert pick_format("ntriples", None) == "nt"
    assert pick_format(None, None) == "turtle"
    with pytest.raises(ExportError, match="cannot tell the format"):
        pick_format(None, tmp_path / "x.xml")
    with pytest.raises(ExportError, match="unknown format 'rdfxml'"):
        pick_format("rdfxml", None)


def test_export_writes_the_file_and_says_so(store, tmp_path) -> None:
    out = tmp_path / "sub" / "kg.nt"
    done, data = export(store, out)
    assert out.read_bytes() == data
    assert done.summary() == f"exported {done.statements} triples as nt -> {out}"
    assert not list(out.parent.glob("*.part"))
