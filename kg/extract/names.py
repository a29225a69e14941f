"""Facts a name states by itself: "Ombrel Zentra" is made by Ombrel.

A product named with an organization of the same article in front ("the
Ombrel Zentra", "Ombrel Zentra S9") is that organization's product: brands
and models carry their maker's name.
"""
from __future__ import annotations

from kg.model import ORG, PRODUCT, Evidence, Extraction, Fact

RULE = "maker-in-product-name"


def maker_facts(ex: Extraction) -> list[Fact]:
    """manufacturer facts for products whose name starts with an organization's name."""
    orgs = [(e.key, names) for e in ex.entities.values() if e.kind == ORG
            for names in [{n for n in {e.label, *e.aliases} if n and len(n) > 1}]]
    out: list[Fact] = []
    for prod in ex.entities.values():
        if prod.kind != PRODUCT or prod.evidence is None:
            continue
        forms = {prod.label, *prod.aliases}
        makers = {key for key, names in orgs
                  if any(f.startswith(n + " ") and len(f) > len(n) + 1 for f in forms for n in names)}
        if len(makers) != 1:
            continue  # two candidate makers: the name alone does not tell
        ev = prod.evidence
        out.append(Fact(prod.key, "manufacturer", makers.pop(), Evidence(ev.sentence, ev.start, ev.end, RULE, 0.7)))
    return out
