"""Extraction: one :class:`~kg.model.Article` in, one :class:`~kg.model.Extraction` out.

The stages run one way: segment -> find mentions -> resolve entities ->
relate -> derive. Nothing here touches a store, the network or rdflib.
"""
from __future__ import annotations

from kg.model import Article, Extraction

__all__ = ["extract"]


def extract(article: Article, rules: "object | None" = None) -> Extraction:
    """Extract entities, facts and memberships from one article."""
    from kg.extract.pipeline import run

    return run(article, rules)
