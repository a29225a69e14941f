"""Words per second of kg's full extraction beside spaCy's blank English pipeline.

Both run over the same texts (seeds, news-dev, docred-dev) in this process.
Loading kg's gazetteers and rules is timed separately and excluded from the
extraction figures (one warm-up pass runs first); spaCy gets a warm-up too.
Each figure is the median of --repeat passes. Target: kg / spaCy >= 0.5.

With --jobs N (default: one per CPU; 1 or less skips it) both also run in N
processes: kg through the worker pool ``kg build --jobs N`` uses (started and
warmed before timing), spaCy through ``nlp.pipe(n_process=N)``. The target is
about one process; the N-process figures say what a build on N cores gets.

    .venv/bin/python bench/extract_speed.py [--repeat 5] [--jobs N] [--json [OUT]]
"""
from __future__ import annotations

import argparse
import time

from common import articles, machine, max_rss_mb, median_seconds, traced_peak_mb, write_json

TARGET_RATIO = 0.5


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="timed passes per pipeline (median reported)")
    ap.add_argument("--json", nargs="?", const="", default=None, metavar="OUT",
                    help="write results as JSON (default file: bench/results/extract_speed.json)")
    ap.add_argument("--jobs", type=int, default=0, help="processes for the parallel figures (0: one per CPU; 1: skip)")
    args = ap.parse_args()

    docs = articles()
    texts = [a.text for a in docs]
    words = sum(len(t.split()) for t in texts)

    from kg.extract import extract
    from kg.extract.rules import default

    from kg import cache
    from kg.extract.gazetteer import cache_key

    where = cache.folder()
    from_disk = where is not None and (where / f"{cache_key()}.pickle").is_file()
    rss_before = max_rss_mb()
    started = time.perf_counter()
    default()  # gazetteers (pycountry, geonames, names, words) and compiled rules
    load_s = time.perf_counter() - started
    load_rss = max_rss_mb() - rss_before

    # Outputs are kept, as a caller would keep them, so peak memory includes them.
    def run_kg() -> list:
        return [extract(a) for a in docs]

    started = time.perf_counter()
    run_kg()  # warm-up: lazy caches fill here (regexes, cue tables), not in the timed passes
    first_s = time.perf_counter() - started
    kg_s, kg_all = median_seconds(run_kg, args.repeat)

    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def run_spacy() -> list:
        out = list(nlp.pipe(texts))
        for doc in out:
            list(doc.sents)
        return out

    run_spacy()
    sp_s, sp_all = median_seconds(run_spacy, args.repeat)

    kg_peak, sp_peak = traced_peak_mb(run_kg), traced_peak_mb(run_spacy)

    from kg.pool import ExtractorPool, cpu_jobs

    jobs = cpu_jobs(args.jobs) if args.jobs >= 0 else 1
    parallel: dict[str, object] = {}
    if jobs > 1:
        with ExtractorPool(extract, jobs) as pool:
            def run_pool() -> list:
                return [ex for _, ex in pool.map(docs)]

            run_pool()  # workers forked and warm
            kg_n, _ = median_seconds(run_pool, args.repeat)

        def run_spacy_n() -> list:
            return [len(list(doc.sents)) for doc in nlp.pipe(texts, n_process=jobs)]

        sp_n, _ = median_seconds(run_spacy_n, args.repeat)
        parallel = {"jobs": jobs, "kg_seconds": round(kg_n, 4), "kg_words_per_second": round(words / kg_n),
                    "spacy_seconds": round(sp_n, 4), "spacy_words_per_second": round(words / sp_n)}
    kg_wps, sp_wps = words / kg_s, words / sp_s
    ratio = kg_wps / sp_wps

    print(f"{len(docs)} articles, {words} words; median of {args.repeat} passes after a warm-up")
    print(f"kg gazetteer + rules load   {load_s:8.2f} s   (+{load_rss:.0f} MB peak RSS; "
          f"{'gazetteer cache in ' + str(where) if from_disk else 'gazetteer built, no cache file yet'})")
    print(f"kg first pass (warm-up)     {first_s:8.2f} s   (compiles the regexes and cue tables a pass uses)")
    print(f"{'':28}{'s/pass':>8}{'words/s':>10}{'peak MB':>9}")
    print(f"{'kg extract (full pipeline)':<28}{kg_s:8.3f}{kg_wps:10.0f}{kg_peak:9.1f}")
    print(f"{'spaCy blank en+sentencizer':<28}{sp_s:8.3f}{sp_wps:10.0f}{sp_peak:9.1f}")
    if parallel:
        kg_n, sp_n = float(parallel["kg_seconds"]), float(parallel["spacy_seconds"])  # type: ignore[arg-type]
        print(f"{f'kg, {jobs} worker processes':<28}{kg_n:8.3f}{words / kg_n:10.0f}")
        print(f"{f'spaCy, n_process={jobs}':<28}{sp_n:8.3f}{words / sp_n:10.0f}")
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"ratio kg/spaCy {ratio:.2f} ({verdict} target {TARGET_RATIO}); process peak RSS {max_rss_mb():.0f} MB")
    print("peak MB: Python heap allocated by one pass, outputs kept (tracemalloc), beyond what was loaded")
    if args.json is not None:
        write_json("extract_speed", args.json, {
            "articles": len(docs), "words": words, "repeat": args.repeat, "machine": machine(),
            "kg": {"load_seconds": round(load_s, 3), "load_rss_mb": round(load_rss, 1), "lexicon_from_cache": from_disk,
                   "first_pass_seconds": round(first_s, 3),
                   "seconds": round(kg_s, 4), "all_seconds": [round(t, 4) for t in kg_all],
                   "words_per_second": round(kg_wps), "peak_mb": round(kg_peak, 1)},
            "spacy": {"seconds": round(sp_s, 4), "all_seconds": [round(t, 4) for t in sp_all],
                      "words_per_second": round(sp_wps), "peak_mb": round(sp_peak, 1)},
            "parallel": parallel, "ratio": round(ratio, 3), "target_ratio": TARGET_RATIO, "process_peak_rss_mb": round(max_rss_mb()),
        })


if __name__ == "__main__":
    main()
