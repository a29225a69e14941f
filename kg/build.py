"""Building a store from article files: read, extract, write, skipping what has not changed."""
from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.iris import Minter
from kg.model import Article, ArticleError, Extraction
from kg.pool import ExtractorPool
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
          on_file: Callable[[Path], None] | None = None, jobs: int = 1) -> BuildResult:
    """Ingest article files into an open store.

    An article whose id and content hash are already stored is skipped
    without extraction; a changed one replaces its named graph. A file that
    cannot be read or extracted is recorded in ``failed`` and the rest go on;
    every article written before a failure stays written.
    ``entities`` and ``facts`` count what was extracted in this run.
    ``jobs``: extract in this many worker processes (0: one per CPU); the
    store is still written by this process alone, in the order of the files,
    so the result is the same whatever ``jobs`` is.
    """
    if extractor is None:
        from kg.extract import extract as extractor
        from kg.extract.rules import default

        if jobs != 1:
            default()  # loaded once here, so forked workers inherit it rather than each loading it
    minter = Minter(base) if base else Minter()
    started = time.perf_counter()
    result = BuildResult(store=str(store.path))
    stored = {iri: art.content_hash for iri, art in store.articles().items()}
    # Each file read: [path, articles out for extraction, all its articles handed out]. A file is
    # done when its last article is written, and files are reported done in the order they came.
    files: deque[list] = deque()

    def wanted() -> Iterator[Article]:
        """The articles to extract, file by file; records unreadable files and unchanged articles."""
        for path in iter_files(paths):
            entry = [path, 0, False]
            files.append(entry)
            try:
                articles = read_path(path)
            except ArticleError as exc:
                result.failed.append(str(exc))
                articles = []
            for article in articles:
                if stored.get(minter.article(article.id)) == article.content_hash:
                    result.unchanged.append(article.id)
                    continue
                entry[1] += 1
                yield article
            entry[2] = True

    def written(article: Article, extraction: Extraction | BaseException) -> None:
        _close_files(files, on_file)
        _store(article, extraction, store, minter, stored, result)
        files[0][1] -= 1  # results come in order, so the article is the oldest open file's
        _close_files(files, on_file)

    if jobs == 1:
        for article in wanted():
            written(article, _extracted(extractor, article))
    else:
        with ExtractorPool(extractor, jobs) as pool:
            for article, extraction in pool.map(wanted()):
                written(article, extraction)
    _close_files(files, on_file)
    result.seconds = time.perf_counter() - started
    return result


def _close_files(files: deque, on_file: Callable[[Path], None] | None) -> None:
    while files and files[0][2] and files[0][1] == 0:
        path = files.popleft()[0]
        if on_file is not None:
            on_file(path)


def _extracted(extractor: Extractor, article: Article) -> Extraction | BaseException:
    try:
        return extractor(article)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
        return exc


def _store(article: Article, extraction: Extraction | BaseException, store: Store, minter: Minter,
           stored: dict, result: BuildResult) -> None:
    iri = minter.article(article.id)
    previous = stored.get(iri)
    if isinstance(extraction, BaseException):
        result.failed.append(f"{article.source}: extraction failed ({type(extraction).__name__}: {extraction})")
        return
    try:
        store.add(extraction, minter)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
        result.failed.append(f"{article.source}: could not be stored ({type(exc).__name__}: {exc})")
        return
    stored[iri] = article.content_hash
    (result.new if previous is None else result.changed).append(article.id)
    result.entities += len(extraction.entities)
    result.facts += len(extraction.facts)
