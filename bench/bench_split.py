#!/usr/bin/env python3
"""Benchmark of `builder split` (not a test): throughput and memory, as ratios against baselines measured
in the same run on the same machine, because absolute seconds on shared 2-core machines are noise.

Measures on ../shared/corpus/fang_covid_real.jsonl (300 articles, 1.6 MB):
- `builder split` end to end (a subprocess, as users run it), with one worker and with one per core:
  articles/s, claims/s, peak memory (max RSS of the largest process: the parent or one worker);
- the baseline: SoMaJo tokenising and sentence-splitting the same texts alone, and the ratio to it;
- record validation: the compiled validator the tool uses vs plain `jsonschema`, records/s and ratio.

usage: bench/bench_split.py [CORPUS.jsonl] [--json]
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "fang_covid_real.jsonl"


def run_split(corpus: Path, workers: int) -> dict:
    builder = Path(sys.executable).with_name("builder")
    with tempfile.TemporaryDirectory() as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        subprocess.run([str(builder), "split", str(corpus), "-o", out, "-j", str(workers), "--no-progress"],
                       check=True, capture_output=True)
        seconds = time.perf_counter() - started
        peak_kib = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)
        import pyarrow.parquet as pq
        articles = pq.read_metadata(Path(out) / "articles.parquet").num_rows
        claims = pq.read_table(Path(out) / "claims.parquet").to_pylist()
    return {"workers": workers, "seconds": seconds, "articles": articles, "claims": len(claims),
            "articles_per_s": articles / seconds, "claims_per_s": len(claims) / seconds,
            "peak_rss_mib": peak_kib / 1024, "claim_records": claims}


def run_tokenizer(corpus: Path) -> dict:
    from somajo import SoMaJo

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
    tokenizer = SoMaJo("de_CMC", split_camel_case=True, character_offsets=True)
    started = time.perf_counter()
    sentences = sum(1 for text in texts for paragraph in text.split("\n") if paragraph.strip()
                    for _ in tokenizer.tokenize_text([paragraph]))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": len(texts), "sentences": sentences, "articles_per_s": len(texts) / seconds}


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


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    if not corpus.exists():
        sys.exit(f"bench: corpus not found: {corpus}")
    cores = os.cpu_count() or 1
    token = run_tokenizer(corpus)
    one = run_split(corpus, 1)
    many = run_split(corpus, cores)
    validation = run_validation(one.pop("claim_records"))
    many.pop("claim_records")
    result = {"corpus": str(corpus), "tokenizer_baseline": token, "split_1_worker": one, f"split_{cores}_workers": many,
              "split_vs_tokenizer_time_ratio_1_worker": one["seconds"] / token["seconds"],
              "validation_records_per_s": validation}
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2))
        return
    print(f"corpus: {corpus.name} ({one['articles']} articles)")
    print(f"baseline  SoMaJo tokenise+sentence-split only: {token['seconds']:.1f} s, "
          f"{token['articles_per_s']:.1f} articles/s")
    for run in (one, many):
        print(f"split     -j {run['workers']}: {run['seconds']:.1f} s, {run['articles_per_s']:.2f} articles/s, "
              f"{run['claims_per_s']:.0f} claims/s, {run['claims']} claims, peak RSS {run['peak_rss_mib']:.0f} MiB")
    print(f"ratio     split (-j 1) time / tokenizer-only time: {result['split_vs_tokenizer_time_ratio_1_worker']:.2f}")
    base = validation["plain jsonschema"]
    for name, rate in validation.items():
        print(f"validate  {name}: {rate:,.0f} records/s ({rate / base:.1f}× plain jsonschema)")


if __name__ == "__main__":
    main()
