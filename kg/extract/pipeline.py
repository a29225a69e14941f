"""The extraction pipeline (placeholder until the rule stages land)."""
from __future__ import annotations

from kg.model import Article, Extraction


def run(article: Article, rules: object | None = None) -> Extraction:
    return Extraction(article=article)
