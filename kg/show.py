"""An entity card: who or what a name refers to, and every fact about it with its evidence."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.store import Store, curie, from_ox, to_ox
from kg.vocab import PREFIXES

_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}
# Shown in the card's head, not as facts.
_HEAD = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel",
         "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://w3id.org/newskg/ontology#mentionedIn"}


class ShowError(LookupError):
    """No entity, or several, go by the name given; the message lists candidates."""


@dataclass(frozen=True)
class Citation:
    sentence: str
    rule: str
    confidence: str | None
    article: str  # title, else source, else IRI


@dataclass
class Fact:
    direction: str  # "out": entity is the subject; "in": the object
    predicate: URIRef
    other: Node
    other_label: str | None
    citations: list[Citation] = field(default_factory=list)


@dataclass
class Card:
    iri: URIRef
    label: str
    types: list[URIRef]
    aliases: list[str]
    articles: list[str]
    facts: list[Fact]
    roles: list[str]  # memberships, one line each with their evidence


def _select(store: Store, sparql: str, **bindings: Node) -> list[dict[str, Node | None]]:
    import pyoxigraph as ox

    answer = store.ox.query(sparql, use_default_graph_as_union=True, prefixes=_PREFIXES,
                            substitutions={ox.Variable(k): to_ox(v) for k, v in bindings.items()})
    names = [v.value for v in answer.variables]
    return [{n: (None if row[n] is None else from_ox(row[n])) for n in names} for row in answer]


def resolve(store: Store, name: str) -> URIRef:
    """The entity an IRI, label or alias (any case) names; ambiguity lists the candidates."""
    text = name.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if "://" in text:
        if _select(store, "SELECT ?e WHERE { ?e rdfs:label ?l } LIMIT 1", e=URIRef(text)):
            return URIRef(text)
        raise ShowError(f"No entity {text} in the store")
    rows = _select(store, """
        SELECT DISTINCT ?name ?e ?label ?how WHERE {
          { ?e rdfs:label ?l BIND("label" AS ?how) } UNION { ?e skos:altLabel ?l BIND("alias" AS ?how) }
          FILTER(LCASE(STR(?l)) = LCASE(STR(?name)))
          ?e rdfs:label ?label .
        } ORDER BY ?label ?e""", name=Literal(text))
    found = sorted({r["e"] for r in rows})  # type: ignore[type-var]
    if len(found) > 1:
        # A name that is one entity's label and others' alias means that entity.
        by_label = sorted({r["e"] for r in rows if str(r["how"]) == "label"})  # type: ignore[type-var]
        if len(by_label) == 1:
            return by_label[0]  # type: ignore[return-value]
        labels = {r["e"]: str(r["label"]) for r in rows}
        listed = "\n".join(f"  {labels[e]}  {e}" for e in found)
        raise ShowError(f"{name!r} could mean {len(found)} entities; give one of these names or IRIs:\n{listed}")
    if not found:
        raise ShowError(f"No entity named {name!r}; try `kg query facts --param entity=...` "
                        "or a shorter name")
    return found[0]  # type: ignore[return-value]


def card(store: Store, name: str) -> Card:
    """Everything the store says about the entity ``name`` refers to."""
    e = resolve(store, name)
    head = _select(store, "SELECT DISTINCT ?e ?p ?o WHERE { ?e ?p ?o }", e=e)
    label = next((str(r["o"]) for r in head if str(r["p"]).endswith("#label")), curie(e))
    types = sorted({r["o"] for r in head if str(r["p"]).endswith("#type")})  # type: ignore[type-var]
    aliases = sorted({str(r["o"]) for r in head if str(r["p"]).endswith("#altLabel")} - {label})
    articles = sorted({str(r["title"] or r["source"] or r["g"]) for r in _select(store, """
        SELECT DISTINCT ?e ?g ?title ?source WHERE { ?e nkg:mentionedIn ?g .
          OPTIONAL { ?g dcterms:title ?title } OPTIONAL { ?g nkg:sourceFile|schema:url ?source } }""", e=e)})
    facts: dict[tuple, Fact] = {}
    for r in head:
        if str(r["p"]) not in _HEAD:
            facts[("out", r["p"], r["o"])] = Fact("out", r["p"], r["o"], None)  # type: ignore[arg-type]
    for r in _select(store, """SELECT DISTINCT ?e ?s ?p WHERE { ?s ?p ?e
            FILTER NOT EXISTS { ?s a nkg:Evidence } FILTER NOT EXISTS { ?s a org:Membership } }""", e=e):
        facts[("in", r["p"], r["s"])] = Fact("in", r["p"], r["s"], None)  # type: ignore[arg-type]
    labels = {r["x"]: str(r["l"]) for r in _select(store, """SELECT DISTINCT ?e ?x ?l WHERE {
        { ?e ?p ?x } UNION { ?x ?p ?e } ?x rdfs:label ?l }""", e=e)}
    for fact in facts.values():
        fact.other_label = labels.get(fact.other)
    for r in _select(store, """
        SELECT ?e ?s ?p ?o ?sentence ?rule ?confidence ?g ?title ?source WHERE {
          GRAPH ?g {
            ?ev a nkg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                nkg:sentence ?sentence ; nkg:rule ?rule .
            OPTIONAL { ?ev nkg:confidence ?confidence }
            OPTIONAL { ?g dcterms:title ?title } OPTIONAL { ?g nkg:sourceFile|schema:url ?source }
          }
          FILTER(sameTerm(?s, ?e) || sameTerm(?o, ?e))
        } ORDER BY ?g ?sentence""", e=e):
        key = ("out", r["p"], r["o"]) if r["s"] == e else ("in", r["p"], r["s"])
        if key in facts:
            facts[key].citations.append(Citation(
                str(r["sentence"]), str(r["rule"]), None if r["confidence"] is None else str(r["confidence"]),
                _article(r)))
    order = sorted(facts.values(), key=lambda f: (f.direction != "out", curie(f.predicate),
                                                   f.other_label or str(f.other)))
    return Card(e, label, types, aliases, articles, order, _roles(store, e))  # type: ignore[arg-type]


def _article(row: dict[str, Node | None]) -> str:
    title, source = row.get("title"), row.get("source")
    if title is not None and source is not None:
        return f"{title} ({source})"
    return str(title or source or row.get("g"))


def _roles(store: Store, e: URIRef) -> list[str]:
    rows = _select(store, """
        SELECT ?e ?m ?orgName ?personName ?role ?title ?status ?asOf ?sentence ?rule ?g ?gtitle ?source WHERE {
          GRAPH ?g {
            ?m a org:Membership ; org:organization ?org ; org:member ?person ; org:role ?role .
            OPTIONAL { ?m nkg:roleTitle ?title } OPTIONAL { ?m nkg:status ?status }
            OPTIONAL { ?m nkg:asOf ?asOf } OPTIONAL { ?m nkg:sentence ?sentence } OPTIONAL { ?m nkg:rule ?rule }
            OPTIONAL { ?g dcterms:title ?gtitle } OPTIONAL { ?g nkg:sourceFile|schema:url ?source }
          }
          FILTER(sameTerm(?org, ?e) || sameTerm(?person, ?e))
          ?org rdfs:label ?orgName . ?person rdfs:label ?personName .
        } ORDER BY DESC(?asOf) ?personName ?role""", e=e)
    roles: dict[object, list[str]] = defaultdict(list)
    lines: dict[object, str] = {}
    for r in rows:
        roles[r["m"]].append(curie(r["role"]).split(":")[-1])  # type: ignore[arg-type]
        status = curie(r["status"]).split(":")[-1].lower() if r["status"] is not None else ""  # type: ignore[arg-type]
        when = f", as of {r['asOf']}" if r["asOf"] is not None else ""
        art = _article({"title": r["gtitle"], "source": r["source"], "g": r["g"]})
        lines[r["m"]] = (f"{r['personName']} at {r['orgName']}: {{roles}} (\"{r['title']}\", {status}{when})\n"
                         f"      \"{r['sentence']}\"\n      rule {r['rule']} - {art}")
    return [lines[m].replace("{roles}", ", ".join(sorted(set(roles[m])))) for m in lines]


def render(c: Card) -> str:
    """The card as text for a terminal."""
    out = [f"{c.label}  <{c.iri}>",
           f"  types:    {', '.join(curie(t) for t in c.types)}"]
    if c.aliases:
        out.append(f"  aliases:  {', '.join(c.aliases)}")
    if c.articles:
        out.append(f"  articles: {'; '.join(c.articles)}")
    out += ["", f"Facts ({len(c.facts)}):"]
    for f in c.facts:
        other = f.other_label or (curie(f.other) if isinstance(f.other, URIRef) else str(f.other))
        arrow = f"{curie(f.predicate)} -> {other}" if f.direction == "out" else f"{other} -> {curie(f.predicate)} -> this"
        out.append(f"  {arrow}")
        for cite in f.citations:
            conf = f", confidence {cite.confidence}" if cite.confidence else ""
            out.append(f"      \"{cite.sentence}\"\n      rule {cite.rule}{conf} - {cite.article}")
    if c.roles:
        out += ["", f"Roles ({len(c.roles)}):"] + [f"  {line}" for line in c.roles]
    return "\n".join(out) + "\n"
