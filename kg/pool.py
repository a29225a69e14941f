"""Extraction in worker processes, results in input order.

Extraction is pure Python and CPU-bound, so threads cannot share it out;
processes can. Workers are forked where the platform allows, so they inherit
the extractor (with any user rules, emitters or test doubles) as it is in
the parent, and only articles and extractions cross between processes. The
parent keeps a bounded window of articles in flight, so memory stays flat
however many articles a build reads.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from kg.model import Article, Extraction

Extractor = Callable[[Article], Extraction]

_worker_extractor: Extractor | None = None


def _start_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def _extract(article: Article) -> Extraction:
    assert _worker_extractor is not None, "worker started without an extractor"
    return _worker_extractor(article)


def cpu_jobs(jobs: int) -> int:
    """``jobs``, or the CPUs this process may use when it is 0."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class WorkerDied(RuntimeError):
    """A worker process ended without returning (killed, out of memory); its articles were not extracted."""


class ExtractorPool:
    """Run an extractor over articles in ``jobs`` processes; use as a context manager.

    ``map`` yields ``(article, extraction or exception)`` in the order the
    articles came, so one article's failure is reported beside it and the
    rest go on.
    """

    def __init__(self, extractor: Extractor, jobs: int, window: int | None = None) -> None:
        self.extractor = extractor
        self.jobs = cpu_jobs(jobs)
        self.window = window or 4 * self.jobs
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> "ExtractorPool":
        self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _start(self) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self._executor = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_start_worker,
                                             initargs=(self.extractor,))

    def _restart(self) -> ProcessPoolExecutor:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
        self._start()
        assert self._executor is not None
        return self._executor

    def map(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Extraction | BaseException]]:
        """Each article with its extraction, or the exception extracting it raised."""
        if self._executor is None:
            raise RuntimeError("ExtractorPool.map outside its with-block")
        pending: deque[tuple[Article, Future[Extraction] | None]] = deque()
        for article in articles:
            try:
                future: Future[Extraction] | None = self._executor.submit(_extract, article)
            except BrokenProcessPool:  # a worker died since the last result: _take restarts the pool
                future = None
            pending.append((article, future))
            if len(pending) >= self.window:
                yield self._take(pending)
        while pending:
            yield self._take(pending)

    def _take(self, pending: deque[tuple[Article, Future[Extraction] | None]]
              ) -> tuple[Article, Extraction | BaseException]:
        article, future = pending.popleft()
        if future is not None:
            try:
                return article, future.result()
            except BrokenProcessPool:
                pass
            except Exception as exc:  # noqa: BLE001 - the worker's exception belongs to this article
                return article, exc
        # A worker died (killed, out of memory) and took the pool with it; which article in flight
        # did it is unknown, so this one is tried again alone in a fresh pool, then the rest.
        executor = self._restart()
        outcome: Extraction | BaseException
        try:
            outcome = executor.submit(_extract, article).result()
        except BrokenProcessPool:
            executor = self._restart()
            outcome = WorkerDied("a worker process died while extracting it (killed or out of memory?)")
        except Exception as exc:  # noqa: BLE001
            outcome = exc
        for i, (other, _) in enumerate(pending):
            pending[i] = (other, executor.submit(_extract, other))
        return article, outcome
