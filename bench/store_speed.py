"""Writing kg's graphs into the Oxigraph store beside rdflib's in-memory Dataset.

The articles (seeds, news-dev, docred-dev) are extracted once, untimed;
then every extraction is written, one named graph per article, into a
fresh on-disk store (kg.store.Store) and into a fresh rdflib Dataset
(kg.rdf.to_dataset). A SPARQL count over all named graphs is timed on both
too. Figures are medians of --repeat runs.

    .venv/bin/python bench/store_speed.py [--repeat 3] [--json [OUT]]
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from common import articles, machine, median_seconds, write_json

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="runs per backend (median reported)")
    ap.add_argument("--json", nargs="?", const="", default=None, metavar="OUT",
                    help="write results as JSON (default file: bench/results/store_speed.json)")
    args = ap.parse_args()

    from kg.extract import extract
    from kg.iris import Minter
    from kg.rdf import to_dataset
    from kg.store import Store

    extractions = [extract(a) for a in articles()]
    minter = Minter()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    runs = iter(range(10**6))

    def into_oxigraph() -> int:
        with Store(tmp / f"store-{next(runs)}") as st:  # a fresh folder each run: no replace cost
            for ex in extractions:
                st.add(ex, minter)
            return len(st)

    def into_rdflib() -> int:
        return len(to_dataset(extractions, minter))

    try:
        quads = into_rdflib()
        ox_s, _ = median_seconds(into_oxigraph, args.repeat)
        rd_s, _ = median_seconds(into_rdflib, args.repeat)

        ds = to_dataset(extractions, minter)
        ds.query(COUNT)  # rdflib's SPARQL parser starts up on the first query (SCHEMA.md traps)
        rd_q, _ = median_seconds(lambda: list(ds.query(COUNT)), args.repeat)
        with Store(tmp / "store-query") as st:
            for ex in extractions:
                st.add(ex, minter)
            ox_q, _ = median_seconds(lambda: list(st.ox.query(COUNT)), args.repeat)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"{len(extractions)} articles, {quads} quads; median of {args.repeat} runs")
    print(f"{'':30}{'write s':>9}{'quads/s':>10}{'count s':>9}")
    print(f"{'Oxigraph store (on disk)':<30}{ox_s:9.3f}{quads / ox_s:10.0f}{ox_q:9.4f}")
    print(f"{'rdflib Dataset (in memory)':<30}{rd_s:9.3f}{quads / rd_s:10.0f}{rd_q:9.4f}")
    print(f"ratio write speed Oxigraph/rdflib {rd_s / ox_s:.2f}; SPARQL count {rd_q / ox_q:.1f}x faster on Oxigraph")
    if args.json is not None:
        write_json("store_speed", args.json, {
            "articles": len(extractions), "quads": quads, "repeat": args.repeat, "machine": machine(),
            "oxigraph": {"write_seconds": round(ox_s, 4), "count_seconds": round(ox_q, 5)},
            "rdflib": {"write_seconds": round(rd_s, 4), "count_seconds": round(rd_q, 5)},
            "write_speed_ratio": round(rd_s / ox_s, 3),
        })


if __name__ == "__main__":
    main()
