"""The knowledge graph as a networkx graph: entities are nodes, scored facts are edges.

Used by ``kg view`` (drawing) and ``kg stats`` (centrality). One pass over
the union of all named graphs collects everything, so the cost is one scan
of the store, not a query per node.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.vocab import CLASSES, NKG, PREDICATES, SDO

if TYPE_CHECKING:
    import networkx as nx

KIND_OF = {iri: kind for kind, iri in CLASSES.items()}
_KIND_RANK = {kind: rank for rank, kind in enumerate(CLASSES)}
SHORT_NAME = {iri: name for name, iri in PREDICATES.items()}
# Literals on entities that are names, not facts worth a tooltip line.
_NAME_PREDICATES = {RDFS.label, SKOS.altLabel}
_EVIDENCE_FIELDS = {RDF.subject: "s", RDF.predicate: "p", RDF.object: "o",
                    NKG.sentence: "sentence", PROV.wasDerivedFrom: "article"}


def _union_triples(graph: Graph) -> Iterator[tuple]:
    """Every triple of the graph; for a Dataset, of all its named graphs (with repeats)."""
    if hasattr(graph, "quads"):
        # A Dataset without default_union would only show its default graph through triples().
        for s, p, o, _ in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph.triples((None, None, None))


def short_name(predicate: URIRef) -> str:
    """``nkg:ceo`` -> ``ceo``: the contract's short name, else the IRI's local name."""
    if predicate in SHORT_NAME:
        return SHORT_NAME[predicate]
    text = str(predicate)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _Collected:
    """What one scan of the triples yields, keyed by node."""

    def __init__(self) -> None:
        self.kinds: dict[URIRef, str] = {}
        self.evidence_nodes: set = set()
        self.labels: dict[object, str] = {}
        self.aliases: dict[object, set[str]] = defaultdict(set)
        self.literals: dict[object, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.links: set[tuple] = set()
        self.mentioned: dict[object, set] = defaultdict(set)
        self.evidence: dict[object, dict[str, object]] = defaultdict(dict)
        self.article_names: dict[object, dict[str, str]] = defaultdict(dict)

    def add(self, s: object, p: object, o: object) -> None:
        if p == RDF.type:
            if o in KIND_OF:
                # Several entity classes on one IRI: keep the first in contract order.
                kind = KIND_OF[o]
                old = self.kinds.get(s)
                if old is None or _KIND_RANK[kind] < _KIND_RANK[old]:
                    self.kinds[s] = kind
            elif o == NKG.Evidence:
                self.evidence_nodes.add(s)
        elif p in _EVIDENCE_FIELDS:
            self.evidence[s][_EVIDENCE_FIELDS[p]] = o
        elif p == RDFS.label:
            self.labels[s] = str(o)
        elif p == SKOS.altLabel:
            self.aliases[s].add(str(o))
        elif p == NKG.mentionedIn:
            self.mentioned[s].add(o)
        elif p in (DCTERMS.title, NKG.sourceFile, SDO.url):
            self.article_names[s][short_name(p)] = str(o)
        elif isinstance(o, Literal):
            if p not in _NAME_PREDICATES:
                self.literals[s][short_name(p)].add(str(o))
        elif p in SHORT_NAME and isinstance(o, URIRef):
            self.links.add((s, p, o))

    def article_name(self, article: object) -> str:
        """An article as a reader knows it: title, else file or URL, else its IRI."""
        names = self.article_names.get(article, {})
        return names.get("title") or names.get("sourceFile") or names.get("url") or str(article)


def collect(triples: Iterable[tuple]) -> _Collected:
    found = _Collected()
    for s, p, o in triples:
        found.add(s, p, o)
    return found


def to_networkx(graph: Graph) -> "nx.MultiDiGraph":
    """Entities and the facts between them as a ``MultiDiGraph``.

    Nodes are entity IRIs (str) with ``label``, ``kind``, ``aliases``,
    ``articles`` and one str attribute per literal fact (``category``,
    ``releaseDate``, ``targetValue``...; several values joined by "; ").
    Edges are keyed by the predicate's short name and carry ``predicate``,
    ``evidence`` (sentences), ``articles`` (titles) and ``citations``
    ((sentence, article title) pairs, for tooltips).
    """
    import networkx as nx

    found = collect(_union_triples(graph))
    citations: dict[tuple, set[tuple[str, str]]] = defaultdict(set)
    for node in found.evidence_nodes:
        ev = found.evidence.get(node, {})
        if "s" in ev and "p" in ev and "o" in ev:
            citations[(ev["s"], ev["p"], ev["o"])].add(
                (str(ev.get("sentence", "")), found.article_name(ev.get("article"))))

    g = nx.MultiDiGraph()
    for iri, kind in sorted(found.kinds.items()):
        label = found.labels.get(iri) or short_name(iri)
        attrs = {name: "; ".join(sorted(values)) for name, values in sorted(found.literals[iri].items())}
        # The core attributes win over a literal fact that happens to share a name.
        attrs.update(label=label, kind=kind, aliases=sorted(found.aliases[iri] - {label}),
                     articles=sorted({found.article_name(a) for a in found.mentioned[iri]}))
        g.add_node(str(iri), **attrs)
    for s, p, o in sorted(found.links):
        if s in found.kinds and o in found.kinds:
            cites = sorted(citations.get((s, p, o), ()))
            name = short_name(p)
            g.add_edge(str(s), str(o), key=name, predicate=name,
                       evidence=sorted({sentence for sentence, _ in cites if sentence}),
                       articles=sorted({article for _, article in cites}),
                       citations=cites)
    return g
