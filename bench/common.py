"""What the benchmarks share: the articles they run over, timing, memory and where results go."""
from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results"
# The seeds and both dev sets: real news and Wikipedia leads, 175 articles.
CORPORA = {"seeds": ROOT / "seeds", "news-dev": SHARED / "eval" / "news-dev",
           "docred-dev": SHARED / "eval" / "docred-dev"}


def articles() -> list:  # list[kg.model.Article]
    """Every article of the benchmark corpora, read once."""
    from kg.read import iter_files, read_path

    missing = [str(p) for p in CORPORA.values() if not p.is_dir()]
    if missing:
        sys.exit(f"bench: corpus folder missing: {', '.join(missing)} (shared/ must sit beside the repo)")
    return [a for path in iter_files(CORPORA.values()) for a in read_path(path)]


def median_seconds(fn: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    """The median wall time of ``repeat`` calls, and every time."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def traced_peak_mb(fn: Callable[[], object]) -> float:
    """Peak Python heap allocated while ``fn`` runs (tracemalloc; untimed, since tracing slows code)."""
    import tracemalloc

    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def max_rss_mb() -> float:
    """The process's peak resident set so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> dict[str, object]:
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "processor": platform.processor() or platform.machine()}


def write_json(name: str, target: str | None, data: dict) -> None:
    """Write results to ``target``, or bench/results/NAME.json when target is empty."""
    path = Path(target) if target else RESULTS / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")
