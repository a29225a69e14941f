"""Extraction quality floors, measured by the project's yardstick (shared/eval/score.py).

Runs score.py exactly as the eval README does, with this virtualenv's python
and kg. Raise a floor when the extractor improves; never lower one to make a
change pass.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"

# gold set -> (gold file and documents folder relative to the repo, relations F1, relations precision,
# entities F1) floors. Issue 3's targets: news-dev 0.65 / 0.80 / 0.85, docred-dev 0.35 / 0.60 / 0.70,
# seeds 0.90 / - / 0.90. Every floor is at least its target where the target is met (so the test
# asserts it), and sits just under today's figure otherwise; floors only move up. The probe sets
# (eval/README.md) are the project's own fresh articles; their held-out half has no floor, as
# nothing may be tuned on it.
QUALITY_FLOORS: dict[str, tuple[str, str, float, float, float]] = {
    "seeds": ("../shared/eval/gold/seeds.jsonl", "seeds", 0.95, 0.95, 0.98),
    "news-dev": ("../shared/eval/gold/news-dev.jsonl", "../shared/eval/news-dev", 0.90, 0.97, 0.92),
    "docred-dev": ("../shared/eval/gold/docred-dev.jsonl", "../shared/eval/docred-dev", 0.43, 0.69, 0.76),
    "probe-news": ("eval/probe/gold-news.jsonl", "eval/probe/news", 0.97, 0.98, 0.95),
    "probe-leads": ("eval/probe/gold-leads.jsonl", "eval/probe/leads", 0.96, 0.98, 0.95),
}


@pytest.mark.slow
@pytest.mark.parametrize("gold_set", sorted(QUALITY_FLOORS))
def test_f1_stays_above_floor(gold_set: str, tmp_path: Path) -> None:
    gold, docs, relations_floor, precision_floor, entities_floor = QUALITY_FLOORS[gold_set]
    kg_bin = Path(sys.executable).with_name("kg")
    out = tmp_path / "figures.json"
    # A fixed hash seed: score.py's matching order over a set of nodes then does not vary between runs.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    cmd = [sys.executable, "../shared/eval/score.py", gold, "--docs", docs,
           "--run", f"{kg_bin} extract {{input}} -o {{output}}", "--json", str(out)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = json.loads(out.read_text())
    headline = proc.stdout.strip().splitlines()[-1]
    assert figures["failed_documents"] == 0, proc.stderr[-2000:]
    assert figures["relations"]["f1"] >= relations_floor, headline
    assert figures["relations"]["precision"] >= precision_floor, headline
    assert figures["entities"]["f1"] >= entities_floor, headline
