"""Deriving the final fact set: duplicates merged, symmetric facts stated once."""
from __future__ import annotations

from kg.model import SYMMETRIC, Extraction, Fact, Membership


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
    ex.facts = sorted(best.values(), key=lambda f: (f.evidence.start, f.subject, f.predicate, str(f.object)))
    seen: dict[tuple[object, ...], Membership] = {}
    for ms in ex.memberships:
        k = (ms.org, ms.person, ms.roles)
        if k not in seen or ms.evidence.confidence > seen[k].evidence.confidence:
            seen[k] = ms
    ex.memberships = list(seen.values())
    return ex
