"""Deriving the final fact set: duplicates merged, symmetric facts stated once, no post twice."""
from __future__ import annotations

from kg.model import SYMMETRIC, Extraction, Fact, Membership, Value


def derive(ex: Extraction) -> Extraction:
    """One fact per (subject, predicate, object), with its most confident evidence."""
    best: dict[tuple[object, ...], Fact] = {}
    for f in ex.facts:
        if f.subject not in ex.entities or (isinstance(f.object, str) and f.object not in ex.entities):
            continue
        key: tuple[object, ...] = (f.subject, f.predicate, f.object)
        if f.predicate in SYMMETRIC:
            key = (frozenset((f.subject, f.object)), f.predicate)
        if key not in best or f.evidence.confidence > best[key].evidence.confidence:
            best[key] = f
    ex.facts = sorted(_finest_values(list(best.values())),
                      key=lambda f: (f.evidence.start, f.subject, f.predicate, str(f.object)))
    seen: dict[tuple[object, ...], Membership] = {}
    for ms in ex.memberships:
        k = (ms.org, ms.person, ms.roles)
        if k not in seen or ms.evidence.confidence > seen[k].evidence.confidence:
            seen[k] = ms
    # Two rules reading one title: "Acme's chief executive, Jo Bloggs" is not also a plain
    # "executive" of Acme, nor a "vice president" a "president".
    titles: dict[tuple[str, str, int], list[str]] = {}
    for ms in seen.values():
        titles.setdefault((ms.org, ms.person, ms.evidence.start), []).append(ms.title.lower())
    ex.memberships = [ms for ms in seen.values() if not _title_inside(
        ms.title.lower(), titles[(ms.org, ms.person, ms.evidence.start)])]
    return ex


def _title_inside(title: str, others: list[str]) -> bool:
    """Whether ``title`` is the last words of a longer title among ``others``."""
    return bool(title) and any(o != title and o.endswith(" " + title) for o in others)


def _finest_values(facts: list[Fact]) -> list[Fact]:
    """Facts without a product's release date that a finer one of the same product contains ("2021" beside
    "2021-11"): one release, stated once at the precision the text gives; likewise without a category that
    ends a longer one of the same product ("app" beside "messaging app")."""
    values: dict[tuple[str, str], list[str]] = {}
    for f in facts:
        if f.predicate in ("releaseDate", "category") and isinstance(f.object, Value):
            values.setdefault((f.subject, f.predicate), []).append(f.object.lexical)
    if not any(len(v) > 1 for v in values.values()):
        return facts
    return [f for f in facts if not (f.predicate in ("releaseDate", "category") and isinstance(f.object, Value)
                                     and _coarser(f.object.lexical, values[(f.subject, f.predicate)], f.predicate))]


def _coarser(value: str, others: list[str], predicate: str) -> bool:
    """Whether another of ``others`` states ``value`` more finely: a date within it, a category ending in it."""
    if predicate == "releaseDate":
        return any(o.startswith(value + "-") for o in others)
    return any(o.lower().endswith(" " + value.lower()) for o in others)
