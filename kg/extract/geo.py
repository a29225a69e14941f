"""Facts the place gazetteer implies once the article names both places.

"Detroit" and "the United States" in one reference text (an encyclopedia
lead, any article without a publication date): Detroit lies in the United
States (GeoNames says so). Likewise a US city lies in its state. A dated
news report names places as the setting of events; that Detroit is in the
United States is world knowledge it does not state, so there only what the
text says ("Detroit, Michigan") and what follows from it is kept. In both,
an organization headquartered in a place is from that place's country when
the article names that country. Nothing is stated about a place the
article does not name.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.gazetteer import CITY, COUNTRY, REGION, STATE, Lexicon, PlaceInfo
from kg.iris import entity_key
from kg.model import ORG, PLACE, Entity, Evidence, Extraction, Fact

RULE = "gazetteer-containment"


@lru_cache(maxsize=4096)
def place_key(name: str) -> str:
    """The key of the place the gazetteer calls ``name`` (a region or country the gazetteer names, a bounded set)."""
    return entity_key(PLACE, name)


def _info(ent: Entity, lex: Lexicon):  # type: ignore[no-untyped-def]
    info = lex.any_place(ent.label)  # mostly the gazetteer's own name: the aliases need no sorting
    if info is not None:
        return info
    for form in sorted(ent.aliases):
        info = lex.any_place(form)
        if info is not None:
            return info
    return None


def _evidence(ent: Entity, confidence: float, rule: str = RULE) -> Evidence:
    assert ent.evidence is not None
    return ent.evidence.restated(rule, confidence)


def _meanings(ent: Entity, lex: Lexicon) -> tuple[PlaceInfo, ...]:
    out: list[PlaceInfo] = []
    for form in [ent.label, *sorted(ent.aliases)]:
        out.extend(i for i in lex.meanings(form) if i not in out)
    return tuple(out)


def _may_lie_in(inner: PlaceInfo, outer: PlaceInfo) -> bool:
    """Whether one meaning of a name may lie in one meaning of another.

    Only a city or a country says no: a state or province may hold a small town the
    gazetteer does not list, named like anything ("Peru, Indiana"), and a country may too.
    """
    if outer.kind in (STATE, REGION) or inner.kind == REGION:
        return True
    if outer.kind == COUNTRY:
        return inner.kind != COUNTRY or inner.name == outer.name
    # A city holds its districts: places of its country and first-level region.
    return inner.kind != COUNTRY and inner.country == outer.country and (
        inner.kind != CITY or inner.region is None or outer.region is None or inner.region == outer.region)


def _lies_in(inner: PlaceInfo, outer: PlaceInfo) -> bool:
    """Whether the gazetteer itself puts one meaning in the other (its country or first-level region)."""
    if outer.kind == COUNTRY:
        return inner.kind != COUNTRY and inner.country == outer.name
    return outer.kind == STATE and inner.kind in (CITY, STATE) and inner.region == outer.name


def _as_cities(meanings: tuple[PlaceInfo, ...]) -> tuple[PlaceInfo, ...]:
    """Meanings without the subdivisions that are a city's own territory (the department of Paris)."""
    cities = {(m.name, m.country) for m in meanings if m.kind == CITY}
    return tuple(m for m in meanings if m.kind != STATE or (m.name, m.country) not in cities)


def containment_view(inner: Entity, outer: Entity, lex: Lexicon) -> bool | None:
    """What the gazetteer says of ``inner`` lying in ``outer``, over every meaning of both names.

    True: some meanings put the one in the other ("Detroit", "Michigan"); False: no meanings
    may nest ("London", "Paris"; "Lesotho", "Mozambique"); None: it cannot tell (a name it does
    not know, a region it has no extent for, a province that may hold an unlisted town).
    """
    ins, outs = _meanings(inner, lex), _as_cities(_meanings(outer, lex))
    if not ins or not outs:
        return None
    if any(_lies_in(i, o) for i in ins for o in outs):
        return True
    if any(_may_lie_in(i, o) for i in ins for o in outs):
        return None
    return False


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

    # Every level the gazetteer knows above a place, where a reference text names it: a stated
    # "Detroit, Michigan" still leaves Detroit in the United States.
    for key, ent in places.items() if ex.article.published is None else ():
        info = _info(ent, lex)
        if info is None or ent.evidence is None:
            continue
        for outer in (info.region, info.country):
            outer_key = place_key(outer) if outer else ""
            if outer and outer != info.name and outer_key in places and not via_region(key, outer_key):
                add(key, outer_key, _evidence(ent, 0.6))
    # Containment is transitive: "Nordhavn, Bergen" and Bergen in Norway put Nordhavn in Norway.
    # Only up to countries and states: a region ("East China") is a part the text chose to name.
    for _ in range(2):
        pairs = sorted(known)
        above: dict[str, list[str]] = {}  # each place's outer places, in the order of ``pairs``
        for mid, outer in pairs:
            above.setdefault(mid, []).append(outer)
        for inner, mid in pairs:
            if mid not in above or inner not in places or places[inner].evidence is None:
                continue
            for outer in above[mid]:
                if outer in places and places[outer].subtypes & {"Country", "State"} and not via_region(inner, outer):
                    add(inner, outer, _evidence(places[inner], 0.5, "containment-transitive"))
    countries = {k for k, e in places.items() if "Country" in e.subtypes}
    for fact in [f for f in ex.facts if f.predicate == "headquarters"]:
        hq = places.get(fact.object) if isinstance(fact.object, str) else None
        if hq is None:
            continue
        info = _info(hq, lex)
        country = place_key(info.country) if info and info.country else None
        if fact.object in countries:
            country = fact.object
        if country not in countries:
            # A town the gazetteer does not list, placed by the text: "based in Tarnby, New Brunswick, Canada".
            country = next((o for i, o in sorted(known) if i == fact.object and o in countries), country)
        if country in countries and ex.entities.get(fact.subject, Entity("", "", "")).kind == ORG:
            out.append(Fact(fact.subject, "country", country,
                            fact.evidence.restated("country-from-headquarters", 0.6)))
    return out
