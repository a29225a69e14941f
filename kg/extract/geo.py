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
    assert ent.evidence is not None
    return ent.evidence.restated(rule, confidence)


def implied_facts(ex: Extraction, lex: Lexicon) -> list[Fact]:
    """containedInPlace and country facts the gazetteer implies between named places."""
    places = {k: e for k, e in ex.entities.items() if e.kind == PLACE}
    known = {(f.subject, f.object) for f in ex.facts if f.predicate == "containedInPlace"}
    out: list[Fact] = []

    def add(inner: str, outer: str, evidence: Evidence) -> None:
        if inner != outer and outer in places and (inner, outer) not in known and (outer, inner) not in known:
            known.add((inner, outer))
            out.append(Fact(inner, "containedInPlace", outer, evidence))

    stated: dict[str, set[str]] = {}
    for inner, outer in known:
        stated.setdefault(inner, set()).add(outer)

    def via_region(key: str, outer: str, depth: int = 0) -> bool:
        """Whether the text puts ``key`` in a part of ``outer`` ("East China" for China): the gazetteer's
        containment would only say it again."""
        name = places[outer].label
        for mid in stated.get(key, ()):
            label = places[mid].label if mid in places else ""
            if label != name and label.endswith(" " + name):
                return True
            if depth < 3 and via_region(mid, outer, depth + 1):
                return True
        return False

    # Every level the gazetteer knows above a place, where the article names it: a stated
    # "Detroit, Michigan" still leaves Detroit in the United States.
    for key, ent in places.items():
        info = _info(ent, lex)
        if info is None or ent.evidence is None:
            continue
        for outer in (info.region, info.country):
            outer_key = entity_key(PLACE, outer) if outer else ""
            if outer and outer != info.name and outer_key in places and not via_region(key, outer_key):
                add(key, outer_key, _evidence(ent, 0.6))
    # Containment is transitive: "Nordhavn, Bergen" and Bergen in Norway put Nordhavn in Norway.
    # Only up to countries and states: a region ("East China") is a part the text chose to name.
    for _ in range(2):
        pairs = sorted(known)
        for inner, mid in pairs:
            for mid2, outer in pairs:
                if mid2 == mid and inner in places and places[inner].evidence is not None and outer in places \
                        and places[outer].subtypes & {"Country", "State"} and not via_region(inner, outer):
                    add(inner, outer, _evidence(places[inner], 0.5, "containment-transitive"))
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
                            fact.evidence.restated("country-from-headquarters", 0.6)))
    return out
