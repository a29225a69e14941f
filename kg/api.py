"""The Python API: the functions the CLI and notebooks call."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from rdflib import Dataset

from kg.extract import extract
from kg.iris import Minter
from kg.model import Article, ArticleError, Extraction
from kg.read import iter_files, read_path, read_text
from kg.rdf import to_dataset

__all__ = ["extract", "extract_text", "extract_files", "read_path", "read_text", "Minter"]


def extract_text(text: str, *, published: object = None, base: str | None = None) -> Dataset:
    """An article's text to an rdflib Dataset (one named graph)."""
    article = read_text(text, published=published)  # type: ignore[arg-type]
    return to_dataset([extract(article)], Minter(base) if base else None)


def extract_files(paths: Iterable[str | Path], base: str | None = None) -> tuple[Dataset, list[str]]:
    """Articles from files to one Dataset; bad files are reported, not fatal."""
    extractions: list[Extraction] = []
    errors: list[str] = []
    for path in iter_files(paths):
        try:
            articles: list[Article] = read_path(path)
        except ArticleError as exc:
            errors.append(str(exc))
            continue
        extractions.extend(extract(a) for a in articles)
    return to_dataset(extractions, Minter(base) if base else None), errors


def render_view(output: str | Path, *, store: str | Path | None = None, focus: str | None = None,
                depth: int = 1, max_nodes: int | None = 500) -> Path:
    """Draw a store's graph as a standalone HTML page; see :func:`kg.view.render`."""
    from kg.store import open_store
    from kg.view import render

    with open_store(store) as st:
        return render(st.dataset(), output, focus=focus, depth=depth, max_nodes=max_nodes)
