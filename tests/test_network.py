"""kg.network: the knowledge graph as a networkx MultiDiGraph."""
from __future__ import annotations

from rdflib import Dataset, Graph

from kg.network import short_name, to_networkx
from kg.vocab import NKG, SDO

ID = "https://w3id.org/newskg/id/"


def test_nodes_are_entities_with_label_kind_aliases(dataset) -> None:  # type: ignore[no-untyped-def]
    g = to_networkx(dataset)
    assert g.number_of_nodes() == 7  # no articles, evidence or membership nodes
    acme = g.nodes[ID + "organization/acme-widgets"]
    assert acme["label"] == "Acme Widgets" and acme["kind"] == "Organization"
    assert acme["aliases"] == ["Acme", "Acme Widgets Inc."]
    assert acme["articles"] == ["Acme Widgets names new chief", "Acme chair steps down"]
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"Organization", "Person", "Place", "Product"}


def test_literal_facts_are_node_attributes(dataset) -> None:  # type: ignore[no-untyped-def]
    mop = to_networkx(dataset).nodes[ID + "product/robomop"]
    assert mop["category"] == "vacuum" and mop["releaseDate"] == "2021-05"


def test_edges_carry_predicate_evidence_and_articles(dataset) -> None:  # type: ignore[no-untyped-def]
    g = to_networkx(dataset)
    acme, doe = ID + "organization/acme-widgets", ID + "person/john-doe"
    assert sorted(g[acme][doe]) == ["ceo", "chair", "member"]
    chair = g[acme][doe]["chair"]
    assert chair["predicate"] == "chair"
    assert chair["evidence"] == ["became chairman"]
    assert chair["articles"] == ["Acme chair steps down"]
    assert chair["citations"] == [("became chairman", "Acme chair steps down")]
    edges = sorted((g.nodes[u]["label"], k, g.nodes[v]["label"]) for u, v, k in g.edges(keys=True))
    assert ("RoboMop", "manufacturer", "Acme Widgets") in edges
    assert ("Acme Widgets", "headquarters", "Boston") in edges
    assert len(edges) == 9  # type, labels and literal facts are not edges


def test_same_fact_in_two_articles_is_one_edge_with_both_sources(extractions) -> None:  # type: ignore[no-untyped-def]
    from kg.model import Fact
    from kg.rdf import to_dataset

    ex1, ex2 = extractions
    ev = ex2.facts[0].evidence
    ex2.entities["person/jane-roe"] = ex1.entities["person/jane-roe"]
    ex2.facts.append(Fact("organization/acme-widgets", "ceo", "person/jane-roe", ev))
    g = to_networkx(to_dataset(extractions))
    ceo = g[ID + "organization/acme-widgets"][ID + "person/jane-roe"]["ceo"]
    assert ceo["articles"] == ["Acme Widgets names new chief", "Acme chair steps down"]
    assert len(ceo["evidence"]) == 2


def test_union_of_named_graphs_without_default_union(dataset) -> None:  # type: ignore[no-untyped-def]
    plain = Dataset(default_union=False)
    for quad in dataset.quads((None, None, None, None)):
        plain.add(quad)
    assert to_networkx(plain).number_of_edges() == 9
    merged = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    assert to_networkx(merged).number_of_nodes() == 7


def test_short_names() -> None:
    assert short_name(NKG.ceo) == "ceo" and short_name(SDO.founder) == "founder"
    assert short_name(NKG.targetValue) == "targetValue"


def test_import_kg_network_stays_light() -> None:
    import subprocess
    import sys

    code = "import kg.network, sys; print('networkx' in sys.modules, 'pyvis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
    code = "import kg.view, sys; print('networkx' in sys.modules, 'pyvis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_store_is_read_in_oxigraph_with_the_same_graph(extractions, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import networkx as nx

    from kg.iris import Minter
    from kg.store import Store

    with Store(tmp_path / "store") as st:
        minter = Minter()
        for ex in extractions:
            st.add(ex, minter)
        direct, through_rdflib = to_networkx(st), to_networkx(st.dataset())
    assert direct.number_of_nodes() == 7 and direct.number_of_edges() == 9
    assert nx.utils.graphs_equal(direct, through_rdflib)
    assert dict(direct.nodes(data=True)) == dict(through_rdflib.nodes(data=True))
    assert sorted(direct.edges(keys=True, data=True)) == sorted(through_rdflib.edges(keys=True, data=True))
    mop = direct.nodes[ID + "product/robomop"]
    assert mop["category"] == "vacuum" and mop["releaseDate"] == "2021-05"
