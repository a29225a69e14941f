"""Emitting RDF: an :class:`Extraction` becomes the triples of one named graph.

The named graph's IRI is the article's IRI. Every node is an IRI minted
from what it states, so two runs over the same articles give the same
graph, byte for byte once serialized.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Iterator

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.iris import Minter
from kg.model import Evidence, Extraction, Value
from kg.vocab import CLASSES, NKG, ORG, PREDICATES, PREFIXES, SDO, SUBCLASSES

Triple = tuple[URIRef, URIRef, object]
Quad = tuple[URIRef, URIRef, object, URIRef]

_STATUS = {"current": NKG.Current, "former": NKG.Former, "incoming": NKG.Incoming}


def literal(value: Value) -> Literal:
    """A :class:`Value` as an rdflib literal; strings stay plain (see SCHEMA.md traps)."""
    if value.datatype == "string":
        return Literal(value.lexical)
    return Literal(value.lexical, datatype=XSD[value.datatype])


def new_dataset() -> Dataset:
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    return ds


def triples(ex: Extraction, minter: Minter) -> Iterator[Triple]:
    """All triples of one article's named graph."""
    art = ex.article
    a = minter.article(art.id)
    yield a, RDF.type, SDO.NewsArticle
    if art.title:
        yield a, DCTERMS.title, Literal(art.title)
    if art.published is not None:
        dtype = XSD.dateTime if hasattr(art.published, "hour") else XSD.date
        yield a, SDO.datePublished, Literal(art.published.isoformat(), datatype=dtype)
    if art.url:
        yield a, SDO.url, URIRef(art.url) if "://" in art.url else Literal(art.url)
    else:
        yield a, NKG.sourceFile, Literal(art.source)
    yield a, NKG.contentHash, Literal(art.content_hash)

    for key, ent in sorted(ex.entities.items()):
        s = minter.entity(key)
        yield s, RDF.type, CLASSES[ent.kind]
        for sub in sorted(ent.subtypes):
            if sub in SUBCLASSES:
                yield s, RDF.type, SUBCLASSES[sub]
        yield s, RDFS.label, Literal(ent.label)
        for alias in sorted(ent.aliases - {ent.label}):
            yield s, SKOS.altLabel, Literal(alias)
        for attr, value in sorted(ent.attrs.items()):
            yield s, NKG[attr], literal(value)
        yield s, NKG.mentionedIn, a
        if ent.evidence is not None:
            yield from _evidence(minter, a, s, RDF.type, CLASSES[ent.kind], ent.evidence)

    for fact in ex.facts:
        s = minter.entity(fact.subject)
        p = PREDICATES[fact.predicate]
        o = literal(fact.object) if isinstance(fact.object, Value) else minter.entity(fact.object)
        yield s, p, o
        yield from _evidence(minter, a, s, p, o, fact.evidence)

    for ms in ex.memberships:
        node = minter.node("membership", art.id, ms.org, ms.person, ms.roles, ms.title)
        yield node, RDF.type, ORG.Membership
        yield node, ORG.organization, minter.entity(ms.org)
        yield node, ORG.member, minter.entity(ms.person)
        for role in ms.roles:
            yield node, ORG.role, NKG[role]
        yield node, NKG.roleTitle, Literal(ms.title)
        yield node, NKG.status, _STATUS.get(ms.status, NKG.Current)
        if art.date is not None:
            yield node, NKG.asOf, Literal(art.date.isoformat(), datatype=XSD.date)
        yield node, PROV.wasDerivedFrom, a
        yield node, NKG.sentence, Literal(ms.evidence.sentence)
        yield node, NKG.charStart, Literal(ms.evidence.start)
        yield node, NKG.charEnd, Literal(ms.evidence.end)
        yield node, NKG.rule, Literal(ms.evidence.rule)


# Evidence nodes are a third of all triples: their terms are built once, not per triple.
_EVIDENCE_TERMS = (RDF.type, NKG.Evidence, RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom,
                   NKG.sentence, NKG.charStart, NKG.charEnd, NKG.rule, NKG.confidence)


@lru_cache(maxsize=4096, typed=True)  # typed: the offset 1 and the rule id "1" are different literals
def _small_literal(value: int | str) -> Literal:
    """The literal of a rule id or an offset: few distinct values, each built once."""
    return Literal(value)


@lru_cache(maxsize=1024)
def _confidence(text: str) -> Literal:
    """An ``xsd:decimal`` confidence, keyed by its text: equal decimals may be written differently."""
    return Literal(Decimal(text))


def _evidence(minter: Minter, article: URIRef, s: URIRef, p: URIRef, o: object, ev: Evidence) -> Iterator[Triple]:
    a_type, evidence, subject, predicate, object_, derived, sentence, start, end, rule, confidence = _EVIDENCE_TERMS
    node = minter.node("evidence", article, s, p, o, ev.start, ev.end, ev.rule)
    yield node, a_type, evidence
    yield node, subject, s
    yield node, predicate, p
    yield node, object_, o
    yield node, derived, article
    yield node, sentence, Literal(ev.sentence)
    yield node, start, _small_literal(ev.start)
    yield node, end, _small_literal(ev.end)
    yield node, rule, _small_literal(ev.rule)
    yield node, confidence, _confidence(str(round(ev.confidence, 3)))


def quads(ex: Extraction, minter: Minter) -> Iterator[Quad]:
    g = minter.article(ex.article.id)
    for s, p, o in triples(ex, minter):
        yield s, p, o, g


def to_dataset(extractions: Iterable[Extraction], minter: Minter | None = None,
               ds: Dataset | None = None) -> Dataset:
    """Extractions into an rdflib Dataset, one named graph per article."""
    minter = minter or Minter()
    ds = ds if ds is not None else new_dataset()
    for ex in extractions:
        graph = ds.graph(minter.article(ex.article.id))
        for triple in triples(ex, minter):
            graph.add(triple)
    return ds

