"""Facts the place gazetteer implies once the article names both places.

"Detroit" and "the United States" in one article: Detroit lies in the
United States (GeoNames says so). Likewise a US city lies in its state, and
an organization headquartered in a place is from that place's country when
the article names that country. Nothing is stated about a place the
article does not name.
"""
from __future__ import annotations

from kg.extract.gazetteer import Lexicon
from kg.iris import entity_key
from kg.model import ORG, PLACE, Entity, Evidence, Extraction, Fact

RULE = "gazetteer-containment"


def _info(ent: Entity, lex: Lexicon):  # type: ignore[no-untyped-def]
    for form in [ent.label, *sorted(ent.aliases)]:
        info = lex.any_place(form)
        if info is not None:
            return info
    return None


def _evidence(ent: Entity, confidence: float, rule: str = RULE) -> Evidence:
    ev = ent.evidence
    assert ev is not None
    return Evidence(ev.sentence, ev.start, ev.end, rule, confidence)


def implied_facts(ex: Extraction, lex: Lexicon) -> list[Fact]:
    """containedInPlace and country facts the gazetteer implies between named places."""
    places = {k: e for k, e in ex.entities.items() if e.kind == PLACE}
    # Where the text says what a place lies in, that is the containment to state;
    # the gazetteer's would only repeat it one level up.
    stated = {f.subject for f in ex.facts if f.predicate == "containedInPlace"}
    out: list[Fact] = []
    for key, ent in places.items():
        info = _info(ent, lex)
        if info is None or ent.evidence is None or key in stated:
            continue
        for outer in (info.region, info.country):
            if not outer or outer == info.name:
                continue
            outer_key = entity_key(PLACE, outer)
            if outer_key in places and outer_key != key:
                out.append(Fact(key, "containedInPlace", outer_key, _evidence(ent, 0.6)))
    countries = {k for k, e in places.items() if "Country" in e.subtypes}
    for fact in [f for f in ex.facts if f.predicate == "headquarters"]:
        hq = places.get(fact.object) if isinstance(fact.object, str) else None
        if hq is None:
            continue
        info = _info(hq, lex)
        country = entity_key(PLACE, info.country) if info and info.country else None
        if fact.object in countries:
            country = fact.object
        if country in countries and ex.entities.get(fact.subject, Entity("", "", "")).kind == ORG:
            out.append(Fact(fact.subject, "country", country,
                            Evidence(fact.evidence.sentence, fact.evidence.start, fact.evidence.end,
                                     "country-from-headquarters", 0.6)))
    return out
