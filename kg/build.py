"""Building a store from article files: read, extract, write, skipping what has not changed."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg.iris import Minter
from kg.model import Article, ArticleError, Extraction
from kg.read import iter_files, read_path
from kg.store import Store

Extractor = Callable[[Article], Extraction]


@dataclass
class BuildResult:
    """What one build did; ``failed`` holds one message per file or article that could not be used."""

    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    entities: int = 0
    facts: int = 0
    seconds: float = 0.0
    store: str = ""

    @property
    def articles(self) -> int:
        return len(self.new) + len(self.changed) + len(self.unchanged)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        """One line for the end of ``kg build``."""
        return (f"built {self.articles} articles ({len(self.new)} new, {len(self.changed)} changed, "
                f"{len(self.unchanged)} unchanged, {len(self.failed)} failed): "
                f"{self.entities} entities, {self.facts} facts in {self.seconds:.1f} s -> {self.store}")


def build(paths: Iterable[str | Path], store: Store, *, base: str | None = None,
          extractor: Extractor | None = None,
          on_file: Callable[[Path], None] | None = None) -> BuildResult:
    """Ingest article files into an open store.

    An article whose id and content hash are already stored is skipped
    without extraction; a changed one replaces its named graph. A file that
    cannot be read or extracted is recorded in ``failed`` and the rest go on;
    every article written before a failure stays written.
    ``entities`` and ``facts`` count what was extracted in this run.
    """
    if extractor is None:
        from kg.extract import extract as extractor
    minter = Minter(base) if base else Minter()
    started = time.perf_counter()
    result = BuildResult(store=str(store.path))
    stored = {iri: art.content_hash for iri, art in store.articles().items()}
    for path in iter_files(paths):
        try:
            articles = read_path(path)
        except ArticleError as exc:
            result.failed.append(str(exc))
        else:
            for article in articles:
                _ingest(article, store, minter, extractor, stored, result)
        if on_file is not None:
            on_file(path)
    result.seconds = time.perf_counter() - started
    return result


def _ingest(article: Article, store: Store, minter: Minter, extractor: Extractor,
            stored: dict, result: BuildResult) -> None:
    iri = minter.article(article.id)
    previous = stored.get(iri)
    if previous == article.content_hash:
        result.unchanged.append(article.id)
        return
    try:
        extraction = extractor(article)
        store.add(extraction, minter)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
        result.failed.append(f"{article.source}: extraction failed ({type(exc).__name__}: {exc})")
        return
    stored[iri] = article.content_hash
    (result.new if previous is None else result.changed).append(article.id)
    result.entities += len(extraction.entities)
    result.facts += len(extraction.facts)
