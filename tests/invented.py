"""What the rule tests share: an invented article extracted, and its facts as readable triples."""
from __future__ import annotations

from kg.extract import extract
from kg.model import Extraction, Value
from kg.read import read_text


def labelled(ex: Extraction, predicate: str | None = None) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label or value) of every fact, or of one predicate's."""
    def name(key: object) -> str:
        if isinstance(key, Value):
            return key.lexical
        return ex.entities[key].label if isinstance(key, str) and key in ex.entities else str(key)

    return {(name(f.subject), f.predicate, name(f.object)) for f in ex.facts
            if predicate is None or f.predicate == predicate}


def facts_of(text: str, title: str | None = None, published: str | None = None) -> set[tuple[str, str, str]]:
    """:func:`labelled` facts of an article of ``text``, headed by ``title`` (default: its first
    word and "news", as a company's news names the company) and a ``Published:`` line if given."""
    head = (title or f"{text.split()[0]} news") + "\n" + (f"Published: {published}\n" if published else "")
    return labelled(extract(read_text(f"{head}\n{text}\n", source="invented.txt")))


def news_or_lead_facts(text: str, dated: bool = False) -> set[tuple[str, str, str]]:
    """:func:`facts_of` an article of ``text``; ``dated`` gives it a publication date, as news has
    and an encyclopedia lead has not."""
    return facts_of(text, published="March 4, 2024" if dated else None)


def kinds_of(text: str, title: str = "Company news") -> dict[str, str]:
    """Every alias of every entity of an article of ``text`` headed by ``title``, mapped to the entity's kind."""
    ex = extract(read_text(f"{title}\n\n{text}\n", source="invented.txt"))
    return {alias: e.kind for e in ex.entities.values() for alias in {e.label, *e.aliases}}


# Product facts, as the product tests write them.

def maker(product: str, org: str) -> tuple[str, str, str]:
    return (product, "manufacturer", org)


def category(product: str, cat: str) -> tuple[str, str, str]:
    return (product, "category", cat)


def released(product: str, date: str) -> tuple[str, str, str]:
    return (product, "releaseDate", date)
