"""Run every benchmark (what `make bench` runs); --json writes each one's results to bench/results/."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ["extract_speed.py", "store_speed.py"]


def main() -> int:
    status = 0
    for name in BENCHMARKS:
        print(f"\n=== {name}", flush=True)
        # Separate processes: one benchmark's loaded data must not count in another's memory figures.
        status |= subprocess.call([sys.executable, str(HERE / name), *sys.argv[1:]])
    return status


if __name__ == "__main__":
    sys.exit(main())
