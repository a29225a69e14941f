"""kg.rdf: the literals of evidence nodes keep their own types, however often a value repeats."""
from __future__ import annotations

import datetime as dt

from rdflib import Literal
from rdflib.namespace import XSD

from kg.iris import Minter
from kg.model import ORG, Article, Entity, Evidence, Extraction, Fact
from kg.rdf import triples
from kg.vocab import NKG


def _extraction(*evidence: Evidence) -> Extraction:
    text = "Vellor Group rivals Norwick Ltd."
    art = Article(id="lit-1", text=text, source="lit-1.txt", title="t", published=dt.date(2021, 1, 1))
    a = Entity(key="organization/vellor-group", kind=ORG, label="Vellor Group", aliases={"Vellor Group"})
    b = Entity(key="organization/norwick", kind=ORG, label="Norwick", aliases={"Norwick"})
    ex = Extraction(article=art, entities={a.key: a, b.key: b})
    ex.facts += [Fact(a.key, "competitor", b.key, ev) for ev in evidence]
    return ex


def test_equal_values_of_different_types_stay_different_literals() -> None:
    # An offset 1, a rule id "1" and a confidence 1.0 / 1 compare equal in Python; in RDF they differ.
    ex = _extraction(Evidence("Vellor Group rivals", 1, 1, "1", 1.0), Evidence("rivals", 0, 1, "r", 1))
    got = list(triples(ex, Minter()))
    starts = {o for _, p, o in got if p == NKG.charStart}
    rules = {o for _, p, o in got if p == NKG.rule}
    confidences = {str(o) for _, p, o in got if p == NKG.confidence}
    assert Literal(1) in starts and all(o.datatype == XSD.integer for o in starts)
    assert Literal("1") in rules and all(o.datatype is None for o in rules)
    assert confidences == {"1.0", "1"}
