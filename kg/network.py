"""The knowledge graph as a networkx graph: entities are nodes, scored facts are edges.

Used by ``kg view`` (drawing) and ``kg stats`` (centrality). One pass over
the union of all named graphs collects everything, so the cost is one scan
of the store, not a query per node. A kg :class:`~kg.store.Store` is scanned
in Oxigraph directly, each distinct term converted to rdflib once, rather
than through oxrdflib, which converts every term of every quad.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator, Union

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.store import Store, from_ox
from kg.vocab import CLASSES, NKG, PREDICATES, SDO

if TYPE_CHECKING:
    import networkx as nx

KIND_OF = {iri: kind for kind, iri in CLASSES.items()}
_KIND_RANK = {kind: rank for rank, kind in enumerate(CLASSES)}
SHORT_NAME = {iri: name for name, iri in PREDICATES.items()}
_FACT_PREDICATES = {str(iri) for iri in SHORT_NAME}
_EVIDENCE_FIELDS = {str(RDF.subject): "s", str(RDF.predicate): "p", str(RDF.object): "o",
                    str(NKG.sentence): "sentence", str(PROV.wasDerivedFrom): "article"}
# What a triple's predicate means to the scan, keyed by the plain IRI string:
# a str key is looked up in C, where rdflib's terms would compare in Python.
_ROLE_OF: dict[str, str] = {str(RDF.type): "type", str(RDFS.label): "label", str(SKOS.altLabel): "alias",
                            str(NKG.mentionedIn): "mentioned",
                            **{p: "evidence" for p in _EVIDENCE_FIELDS},
                            **{str(p): "article" for p in (DCTERMS.title, NKG.sourceFile, SDO.url)}}

Source = Union[Graph, Store]


def _union_triples(source: Source) -> Iterator[tuple]:
    """Every triple as (subject, predicate IRI string, object); of all named graphs, with repeats."""
    if isinstance(source, Store):
        yield from _store_triples(source)
    elif hasattr(source, "quads"):
        # A Dataset without default_union would only show its default graph through triples().
        for s, p, o, _ in source.quads((None, None, None, None)):
            yield s, str(p), o
    else:
        for s, p, o in source.triples((None, None, None)):
            yield s, str(p), o


def _store_triples(store: Store) -> Iterator[tuple]:
    """A store's quads straight from Oxigraph; terms repeat a lot, so each is converted once."""
    converted: dict = {}
    for quad in store.ox.quads_for_pattern(None, None, None, None):
        s, o = quad.subject, quad.object
        rs = converted.get(s)
        if rs is None:
            rs = converted[s] = from_ox(s)
        ro = converted.get(o)
        if ro is None:
            ro = converted[o] = from_ox(o)
        yield rs, quad.predicate.value, ro


def short_name(predicate: URIRef) -> str:
    """``nkg:ceo`` -> ``ceo``: the contract's short name, else the IRI's local name."""
    if predicate in SHORT_NAME:
        return SHORT_NAME[predicate]
    text = str(predicate)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@lru_cache(maxsize=None)
def _short(predicate: str) -> str:
    return short_name(URIRef(predicate))


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

    def add(self, s: object, p: str, o: object) -> None:
        """Take one triple; ``p`` is the predicate's IRI as a plain string."""
        role = _ROLE_OF.get(p)
        if role == "type":
            if o in KIND_OF:
                # Several entity classes on one IRI: keep the first in contract order.
                kind = KIND_OF[o]
                old = self.kinds.get(s)
                if old is None or _KIND_RANK[kind] < _KIND_RANK[old]:
                    self.kinds[s] = kind
            elif o == NKG.Evidence:
                self.evidence_nodes.add(s)
        elif role == "evidence":
            self.evidence[s][_EVIDENCE_FIELDS[p]] = o
        elif role == "label":
            self.labels[s] = str(o)
        elif role == "alias":
            self.aliases[s].add(str(o))
        elif role == "mentioned":
            self.mentioned[s].add(o)
        elif role == "article":
            self.article_names[s][_short(p)] = str(o)
        elif isinstance(o, Literal):
            self.literals[s][_short(p)].add(str(o))
        elif p in _FACT_PREDICATES and isinstance(o, URIRef):
            self.links.add((s, URIRef(p), o))

    def article_name(self, article: object) -> str:
        """An article as a reader knows it: title, else file or URL, else its IRI."""
        names = self.article_names.get(article, {})
        return names.get("title") or names.get("sourceFile") or names.get("url") or str(article)


def collect(triples: Iterable[tuple]) -> _Collected:
    found = _Collected()
    for s, p, o in triples:
        found.add(s, p, o)
    return found


def to_networkx(graph: Source) -> "nx.MultiDiGraph":
    """Entities and the facts between them as a ``MultiDiGraph``.

    Nodes are entity IRIs (str) with ``label``, ``kind``, ``aliases``,
    ``articles`` and one str attribute per literal fact (``category``,
    ``releaseDate``, ``targetValue``...; several values joined by "; ").
    ``graph`` is an rdflib graph or dataset, or an open kg store.
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
