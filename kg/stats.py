"""What a store holds: counts by class, predicate and article, and the most connected entities."""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from kg.store import Store, curie, from_ox
from kg.vocab import PREFIXES

_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


@dataclass(frozen=True)
class ArticleCount:
    iri: URIRef
    title: str | None
    triples: int
    entities: int
    facts: int


@dataclass(frozen=True)
class Central:
    """An entity and how many facts link it to other entities (in + out)."""

    iri: str
    label: str
    kind: str
    degree: int


@dataclass
class Stats:
    triples: int = 0  # distinct triples of the merged graph
    quads: int = 0
    classes: list[tuple[URIRef, int]] = field(default_factory=list)
    predicates: list[tuple[URIRef, int]] = field(default_factory=list)
    articles: list[ArticleCount] = field(default_factory=list)
    central: list[Central] = field(default_factory=list)


def _rows(store: Store, sparql: str) -> list[tuple]:
    answer = store.ox.query(sparql, use_default_graph_as_union=True, prefixes=_PREFIXES)
    return [tuple(None if v is None else from_ox(v) for v in row) for row in answer]


def stats(store: Store, top: int = 10) -> Stats:
    """Counts over the merged graph and per article; ``top`` most connected entities."""
    result = Stats(quads=len(store))
    result.triples = int(_rows(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                      "WHERE { ?s ?p ?o } }")[0][0])
    result.classes = [(c, int(n)) for c, n in _rows(
        store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c")]
    result.predicates = [(p, int(n)) for p, n in _rows(
        store, "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } "
               "GROUP BY ?p ORDER BY DESC(?n) ?p")]
    titles = dict(_rows(store, "SELECT ?g (SAMPLE(?t) AS ?title) WHERE { GRAPH ?g { ?g dcterms:title ?t } } "
                               "GROUP BY ?g"))
    entities = _per_graph(store, "?e nkg:mentionedIn ?g", "?e")
    facts = _per_graph(store, "?ev a nkg:Evidence ; rdf:predicate ?p FILTER(?p != rdf:type)", "?ev")
    sizes = _per_graph(store, "?s ?p ?o", "*")
    result.articles = [ArticleCount(g, str(titles[g]) if g in titles else None, n, entities.get(g, 0),
                                    facts.get(g, 0)) for g, n in sorted(sizes.items())]
    result.central = central(store, top)
    return result


def _per_graph(store: Store, pattern: str, counted: str) -> dict[URIRef, int]:
    what = "*" if counted == "*" else f"DISTINCT {counted}"
    rows = _rows(store, f"SELECT ?g (COUNT({what}) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} }} GROUP BY ?g")
    return {g: int(n) for g, n in rows}


def central(store: Store, top: int = 10) -> list[Central]:
    """The entities with the most facts to other entities (degree in the networkx entity graph)."""
    from kg.network import to_networkx

    graph = to_networkx(store)
    ranked = sorted(graph.nodes(data=True), key=lambda n: (-graph.degree(n[0]), n[1].get("label", ""), n[0]))
    return [Central(iri, data.get("label", iri), data.get("kind", ""), graph.degree(iri))
            for iri, data in ranked[:top]]


def render(result: Stats) -> str:
    """The stats as a few aligned sections for a terminal."""
    lines = [f"{len(result.articles)} articles, {result.triples} triples in the merged graph "
             f"({result.quads} quads)", "", "By class:"]
    lines += [f"  {n:>7}  {curie(c)}" for c, n in result.classes]
    lines += ["", "By predicate:"]
    lines += [f"  {n:>7}  {curie(p)}" for p, n in result.predicates]
    lines += ["", "By article:       triples  entities  facts"]
    lines += [f"  {a.triples:>7}  {a.entities:>8}  {a.facts:>5}  {a.title or curie(a.iri)}" for a in result.articles]
    lines += ["", "Most connected entities (facts to other entities):"]
    lines += [f"  {c.degree:>7}  {c.label} ({c.kind})  {c.iri}" for c in result.central]
    return "\n".join(lines) + "\n"
