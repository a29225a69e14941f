"""Why the extractor stated each fact: rule id, confidence and the sentence it read.

``kg extract --explain`` prints this. Facts are grouped under the sentence
that states them (with its character offsets in the article text), one
aligned row per fact: predicate, subject, object, rule, confidence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from kg.model import Evidence, Extraction, Value

# Long names are cut so that one long product name does not push every column right.
MAX_LABEL = 40


@dataclass(frozen=True)
class Row:
    """One explained statement: what was stated, by which rule, read where."""

    predicate: str
    subject: str
    object: str
    evidence: Evidence


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1] + "…"


def rows(ex: Extraction, *, types: bool = True) -> list[Row]:
    """Every fact (and, with ``types``, every entity's type, and every role) of one extraction."""
    def label(key: str) -> str:
        ent = ex.entities.get(key)
        return ent.label if ent is not None else key

    out: list[Row] = []
    if types:
        out += [Row("type", ent.label, ent.kind, ent.evidence)
                for ent in ex.entities.values() if ent.evidence is not None]
    for f in ex.facts:
        if isinstance(f.object, Value):
            obj = f.object.lexical if f.object.datatype == "string" else f"{f.object.lexical} ({f.object.datatype})"
        else:
            obj = label(f.object)
        out.append(Row(f.predicate, label(f.subject), obj, f.evidence))
    for ms in ex.memberships:
        out.append(Row("role", label(ms.org), f"{label(ms.person)} ({ms.title}, {ms.status})", ms.evidence))
    # Reading order: by sentence, then as the extractor listed them within it.
    return sorted(out, key=lambda r: (r.evidence.start, r.evidence.end))


def explain(extractions: Iterable[Extraction], *, types: bool = True) -> str:
    """A readable report of every article's statements, aligned in columns."""
    blocks = []
    for ex in extractions:
        art = ex.article
        found = rows(ex, types=types)
        head = (f"== {art.source} (article {art.id}): {len(ex.entities)} entities, {len(ex.facts)} facts, "
                f"{len(ex.memberships)} roles")
        if not found:
            blocks.append(head + "\n   (nothing extracted)\n")
            continue
        widths = [max(len(r.predicate) for r in found), max(len(_cut(r.subject)) for r in found),
                  max(len(_cut(r.object)) for r in found), max(len(r.evidence.rule) for r in found)]
        lines = [head]
        sentence: tuple[int, int] | None = None
        for r in found:
            ev = r.evidence
            if (ev.start, ev.end) != sentence:
                sentence = (ev.start, ev.end)
                lines.append(f"[{ev.start}:{ev.end}] {' '.join(ev.sentence.split())}")
            lines.append(f"    {r.predicate:<{widths[0]}}  {_cut(r.subject):<{widths[1]}}  ->  "
                         f"{_cut(r.object):<{widths[2]}}  {ev.rule:<{widths[3]}}  {ev.confidence:.2f}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)
