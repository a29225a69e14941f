"""Instructions per extraction pass, counted by valgrind: a figure that load on the machine cannot move.

Wall-clock figures (``extract_speed.py``) swing by 20% and more when other
jobs share the cores; an instruction count of the same code over the same
texts is the same on every run (with ``PYTHONHASHSEED`` fixed, as here). The
script runs itself twice under ``valgrind --tool=cachegrind``, once with one
extraction pass over the benchmark corpora and once with three, each after
loading and a warm-up pass, and reports half the difference: the cost of one
pass, without start-up and loading. ``--cache`` also simulates the caches, with
the last level sized as one core's 1 MiB L2, and reports L1 and L2 misses.
Needs Debian's ``valgrind``; takes about a minute and a half (three with ``--cache``).

    .venv/bin/python bench/extract_instructions.py [--cache] [--json [OUT]]
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from common import articles, machine, write_json

L2 = "1048576,8,64"  # size, associativity, line: the L2 of one core of the machines this was tuned on
_FIGURE = {"instructions": r"I\s+refs:\s+([\d,]+)", "l1_misses": r"D1\s+misses:\s+([\d,]+)",
           "l2_misses": r"LLd\s+misses:\s+([\d,]+)"}


def passes(count: int) -> None:
    """Load kg, warm up, then run ``count`` timed-nothing passes over every benchmark article."""
    from kg.extract import extract
    from kg.extract.rules import default

    docs = articles()
    default()
    for _ in range(count + 1):  # the first is the warm-up: lazy caches fill there
        for article in docs:
            extract(article)


def counted(count: int, cache: bool) -> dict[str, int]:
    """What cachegrind counts over a process that runs ``count`` passes."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        sys.exit("bench: valgrind not found (Debian package valgrind)")
    cmd = [valgrind, "--tool=cachegrind", "--cachegrind-out-file=/dev/null",
           *(["--cache-sim=yes", f"--LL={L2}"] if cache else ["--cache-sim=no"]),
           sys.executable, str(Path(__file__).resolve()), "--passes", str(count)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # set iteration order, and so the count, fixed
    run = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if run.returncode != 0:
        sys.exit(f"bench: valgrind run failed ({run.returncode}):\n{run.stderr[-2000:]}")
    figures = {}
    for name, pattern in _FIGURE.items():
        m = re.search(pattern, run.stderr)
        if m:
            figures[name] = int(m.group(1).replace(",", ""))
    if "instructions" not in figures:
        sys.exit(f"bench: no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", action="store_true", help="also simulate L1 and (as last level) a 1 MiB L2")
    ap.add_argument("--json", nargs="?", const="", default=None, metavar="OUT",
                    help="write results as JSON (default file: bench/results/extract_instructions.json)")
    ap.add_argument("--passes", type=int, help=argparse.SUPPRESS)  # the counted child process
    args = ap.parse_args()
    if args.passes is not None:
        passes(args.passes)
        return
    one, three = counted(1, args.cache), counted(3, args.cache)
    per_pass = {k: (three[k] - one[k]) // 2 for k in one if k in three}
    docs = articles()
    words = sum(len(a.text.split()) for a in docs)
    print(f"{len(docs)} articles, {words} words; one extraction pass, by cachegrind (PYTHONHASHSEED=0)")
    print(f"instructions per pass   {per_pass['instructions'] / 1e6:10,.0f} M"
          f"   ({per_pass['instructions'] / words:,.0f} per word)")
    if args.cache:
        print(f"L1 data misses per pass {per_pass['l1_misses'] / 1e3:10,.0f} K")
        print(f"L2 data misses per pass {per_pass['l2_misses'] / 1e3:10,.0f} K   (last level simulated as {L2})")
    if args.json is not None:
        write_json("extract_instructions", args.json, {"words": words, "machine": machine(), **per_pass})


if __name__ == "__main__":
    main()
