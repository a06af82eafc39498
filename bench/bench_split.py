#!/usr/bin/env python3
"""Benchmark of `builder split` (not a test): throughput and memory, as ratios against baselines measured
in the same run on the same machine, because absolute seconds on shared 2-core machines are noise.

Measures on ../shared/corpus/fang_covid_real.jsonl (300 articles, 1.6 MB):
- the baseline: SoMaJo (as installed, unchanged) tokenising and sentence-splitting the same paragraphs alone;
- `builder split` end to end (a subprocess, as users run it): `-j 1` with a cold store of word-form analyses
  (a fresh `BUILDER_CACHE_DIR`) and again with it warm, `-j <cores>` and the datatrove engine
  (`--executor local -j <cores> --tasks 4`) warm: wall and CPU seconds (user + system of the process and
  its workers; not for the engine, whose workers are children of datatrove's forkserver), articles/s,
  articles/s per core, claims/s, peak memory; every run must give the same claims;
- the ratios of `split -j 1` to the baseline, cold and warm, by wall time and by CPU time (CPU time is what
  other users of a shared machine disturb least), each against the mean of the baselines measured right
  before and right after it (the baseline runs three times: before, between and after the `-j 1` runs);
- the top entries of a profile (cProfile, by own time) of `split -j 1`, warm, on the first 100 articles;
- record validation: the compiled validator the tool uses vs plain `jsonschema`, records/s and ratio.

usage: bench/bench_split.py [CORPUS.jsonl] [--json]
"""

from __future__ import annotations

import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "fang_covid_real.jsonl"
BUILDER = Path(sys.executable).with_name("builder")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_split(corpus: Path, options: list[str], workers: int, cache: Path) -> dict[str, Any]:
    """One `builder split` subprocess with the analyses store in `cache`."""
    env = {**os.environ, "BUILDER_CACHE_DIR": str(cache)}
    with tempfile.TemporaryDirectory() as out:
        before_rss, before_cpu = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, _children_cpu()
        started = time.perf_counter()
        subprocess.run([str(BUILDER), "split", str(corpus), "-o", out, "--no-progress", *options],
                       check=True, capture_output=True, env=env)
        seconds, cpu = time.perf_counter() - started, _children_cpu() - before_cpu
        # the engine's workers are children of datatrove's forkserver, which nobody here waits for
        engine = "--executor" in options
        peak_kib = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before_rss)
        import pyarrow.parquet as pq
        articles = pq.read_metadata(Path(out) / "articles.parquet").num_rows
        claims = pq.read_table(Path(out) / "claims.parquet").to_pylist()
    return {"options": " ".join(options), "workers": workers, "seconds": seconds,
            "cpu_seconds": None if engine else cpu, "articles": articles, "claims": len(claims),
            "articles_per_s": articles / seconds,
            "articles_per_s_per_core": articles / seconds / workers, "claims_per_s": len(claims) / seconds,
            "peak_rss_mib": peak_kib / 1024, "claim_records": claims}


def run_tokenizer(corpus: Path) -> dict[str, Any]:
    """SoMaJo as installed, on each paragraph once: the work no splitter can avoid."""
    from somajo import SoMaJo

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
    tokenizer = SoMaJo("de_CMC", split_camel_case=True, character_offsets=True)
    started, cpu = time.perf_counter(), time.process_time()
    sentences = sum(1 for text in texts for paragraph in text.split("\n") if paragraph.strip()
                    for _ in tokenizer.tokenize_text([paragraph]))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "articles": len(texts), "sentences": sentences,
            "articles_per_s": len(texts) / seconds}


def run_profile(corpus: Path, cache: Path, articles: int = 100, top: int = 12) -> list[dict[str, Any]]:
    """The top entries by own time of cProfile over `split -j 1` of the first `articles` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        sample, stats = Path(tmp) / "sample.jsonl", Path(tmp) / "split.prof"
        sample.write_text("".join(corpus.open(encoding="utf-8").readlines()[:articles]), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "cProfile", "-o", str(stats), str(BUILDER), "split", str(sample),
                        "-o", str(Path(tmp) / "out"), "-j", "1", "--no-progress"],
                       check=True, capture_output=True, env={**os.environ, "BUILDER_CACHE_DIR": str(cache)})
        profile = pstats.Stats(str(stats))
        total = profile.total_tt  # type: ignore[attr-defined]
        rows = sorted(profile.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]  # type: ignore[attr-defined]
    return [{"function": f"{Path(file).name}:{line}({name})", "calls": calls, "own_s": own, "share": own / total,
             "cumulative_s": cumulative} for (file, line, name), (_, calls, own, cumulative, _) in rows]


def run_validation(claims: list[dict], rounds: int = 3) -> dict:
    import jsonschema

    from builder.records.schemas import _precise, is_valid, load_schema

    records = claims * max(1, 20_000 // max(1, len(claims)))
    plain = jsonschema.Draft202012Validator(load_schema("claim"))
    timings = {}
    for name, check in (("compiled (jsonschema-rs, as the tool runs)", lambda r: is_valid("claim", r)),
                        ("plain jsonschema", plain.is_valid),
                        ("plain jsonschema with registry+formats", _precise("claim").is_valid)):
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            assert all(check(r) for r in records)
            best = min(best, time.perf_counter() - started)
        timings[name] = len(records) / best
    return timings


def _mean(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    return {key: (a[key] + b[key]) / 2 for key in ("seconds", "cpu_seconds")}


def measure(corpus: Path) -> dict[str, Any]:
    """The split runs against the baseline measured right before and right after each `-j 1` run: the shared
    machine's speed drifts by a third within minutes, so each ratio divides by the mean of its neighbours."""
    cores = os.cpu_count() or 1
    baselines = [run_tokenizer(corpus)]
    with tempfile.TemporaryDirectory(prefix="bench-split-cache-") as tmp:
        cache = Path(tmp)
        cold = run_split(corpus, ["-j", "1"], 1, cache)
        baselines.append(run_tokenizer(corpus))
        warm = run_split(corpus, ["-j", "1"], 1, cache)
        baselines.append(run_tokenizer(corpus))
        runs = {"-j 1 cold": cold, "-j 1 warm": warm,
                f"-j {cores} warm": run_split(corpus, ["-j", str(cores)], cores, cache),
                "engine warm": run_split(corpus, ["--executor", "local", "-j", str(cores), "--tasks", "4"], cores,
                                         cache)}
        profile = run_profile(corpus, cache)
    claims = [run.pop("claim_records") for run in runs.values()]
    if any(c != claims[0] for c in claims):
        sys.exit("bench: the runs gave different claims")
    around = {"-j 1 cold": _mean(baselines[0], baselines[1]), "-j 1 warm": _mean(baselines[1], baselines[2])}
    ratios = {f"split {name} / tokenizer, {kind}": runs[name][key] / around[name][key]
              for name in ("-j 1 cold", "-j 1 warm") for kind, key in (("wall", "seconds"), ("CPU", "cpu_seconds"))}
    token = {**baselines[0], **_mean(baselines[0], baselines[2]), "runs_seconds": [b["seconds"] for b in baselines]}
    token["articles_per_s"] = token["articles"] / token["seconds"]
    return {"corpus": str(corpus), "tokenizer_baseline": token, "split": runs, "ratios": ratios,
            "profile_top": profile, "validation_records_per_s": run_validation(claims[0])}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    if not corpus.exists():
        sys.exit(f"bench: corpus not found: {corpus}")
    result = measure(corpus)
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
        return
    token, runs = result["tokenizer_baseline"], result["split"]
    print(f"corpus: {corpus.name} ({token['articles']} articles)")
    print(f"baseline  SoMaJo tokenise+sentence-split only: {token['seconds']:.1f} s "
          f"({token['cpu_seconds']:.1f} s CPU), {token['articles_per_s']:.1f} articles/s; before, between and "
          f"after the -j 1 runs: {', '.join(f'{s:.1f} s' for s in token['runs_seconds'])}")
    one = runs["-j 1 warm"]["articles_per_s_per_core"]
    for name, run in runs.items():
        cpu = "not measured" if run["cpu_seconds"] is None else f"{run['cpu_seconds']:.1f} s"
        print(f"split     {name:12} ({run['options']}): {run['seconds']:.1f} s ({cpu} CPU), "
              f"{run['articles_per_s']:.2f} articles/s, {run['articles_per_s_per_core']:.2f} per core "
              f"({run['articles_per_s_per_core'] / one:.2f}× -j 1 warm), {run['claims_per_s']:.0f} claims/s, "
              f"{run['claims']} claims, peak RSS {run['peak_rss_mib']:.0f} MiB")
    for name, ratio in result["ratios"].items():
        print(f"ratio     {name}: {ratio:.2f}")
    print("profile   split -j 1 warm, first 100 articles, top by own time:")
    for entry in result["profile_top"]:
        print(f"          {entry['share']:6.1%} {entry['own_s']:6.1f} s own, {entry['cumulative_s']:6.1f} s cum, "
              f"{entry['calls']:>9} calls  {entry['function']}")
    base = result["validation_records_per_s"]["plain jsonschema"]
    for name, rate in result["validation_records_per_s"].items():
        print(f"validate  {name}: {rate:,.0f} records/s ({rate / base:.1f}× plain jsonschema)")


if __name__ == "__main__":
    main()
