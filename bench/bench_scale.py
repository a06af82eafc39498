#!/usr/bin/env python3
"""Benchmark of scale (not a test): how `builder release` grows with the corpus, and `builder split` on one
and two workers and on the datatrove engine, as ratios measured in one run on one machine.

- Split: a small sample of ../shared/corpus/fang_covid_real.jsonl (splitting is slow), articles/s with
  `-j 1`, `-j 2` and `--executor local -j 2`.
- Release: the whole shared corpus is split once (1×); 10× and 100× corpora are synthesised from it: each
  new article takes the metadata of a random real one, a fresh id, and a shuffled draw of real paragraphs
  with the claims the splitter found in them (offsets moved along, fresh claim ids). Nothing is written
  outside a temporary folder. `builder release` runs on each as a subprocess; time and peak RSS (of that
  process alone, from wait4) are reported with their ratios to 1×.

usage: bench/bench_scale.py [--scales 1,10,100] [--sample 40] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
BUILDER = str(Path(sys.executable).with_name("builder"))


def measured(command: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one subprocess; exit codes 0 and 1 (rejected inputs) are fine."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} failed ({code}): {process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def split_rates(work: Path, sample: int) -> dict[str, Any]:
    lines = (CORPUS / "fang_covid_real.jsonl").read_text(encoding="utf-8").splitlines()[:sample]
    source = work / "sample.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rates = {}
    for name, options in (("pool -j 1", ["-j", "1"]), ("pool -j 2", ["-j", "2"]),
                          ("engine local -j 2", ["--executor", "local", "-j", "2", "--tasks", "4"])):
        seconds, rss = measured([BUILDER, "split", str(source), "-o", str(work / "split-sample"), "--no-progress",
                                 *options])
        rates[name] = {"seconds": seconds, "articles_per_s": len(lines) / seconds, "peak_rss_mib": rss}
    return rates


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _moved(value: Any, delta: int) -> Any:
    """`value` with every {start, end} offset pair inside it moved by `delta`."""
    if isinstance(value, list):
        return [_moved(v, delta) for v in value]
    if isinstance(value, dict):
        moved = {k: _moved(v, delta) for k, v in value.items()}
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            moved["start"], moved["end"] = value["start"] + delta, value["end"] + delta
        return moved
    return value


def _offsets(value: Any) -> Iterator[tuple[int, int]]:
    if isinstance(value, list):
        for v in value:
            yield from _offsets(v)
    elif isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield value["start"], value["end"]
        for v in value.values():
            yield from _offsets(v)


def paragraphs_with_claims(split: Path) -> tuple[list[dict[str, Any]], list[tuple[str, list[dict[str, Any]]]]]:
    """The real articles' metadata, and every body paragraph with the claims that lie wholly inside it
    (their offsets made relative to the paragraph)."""
    claims = defaultdict(list)
    for claim in read_jsonl(split / "claims.jsonl"):
        claims[claim["article_id"]].append(claim)
    articles, paragraphs = [], []
    for article in read_jsonl(split / "articles.jsonl"):
        articles.append({k: article[k] for k in ("source", "published", "title", "language")})
        for paragraph in article["paragraphs"]:
            if paragraph["kind"] not in ("body", "heading"):
                continue
            start, end = paragraph["start"], paragraph["end"]
            inside = [_moved(c, -start) for c in claims[article["id"]]
                      if all(start <= s and e <= end for s, e in _offsets(c))]
            paragraphs.append((article["text"][start:end], inside))
    return articles, paragraphs


def synthesise(split: Path, scale: int, out: Path, seed: int = 0) -> int:
    """A split output folder `scale` times the size of `split`, from shuffled real paragraphs; claims count."""
    rng = random.Random(seed)
    articles, paragraphs = paragraphs_with_claims(split)
    per_article = max(1, len(paragraphs) // len(articles))
    out.mkdir(parents=True)
    claims_total = 0
    with (out / "articles.jsonl").open("w", encoding="utf-8") as fa, \
            (out / "claims.jsonl").open("w", encoding="utf-8") as fc:
        for n in range(len(articles) * scale):
            meta = rng.choice(articles)
            ident = f"synthetic-{scale}x-{n:07d}"
            text, spans, claims = meta["title"] or ident, [{"start": 0, "end": len(meta["title"] or ident),
                                                            "kind": "title"}], []
            for body, inside in rng.sample(paragraphs, min(per_article, len(paragraphs))):
                start = len(text) + 2
                text += "\n\n" + body
                spans.append({"start": start, "end": start + len(body), "kind": "body"})
                claims += [_moved(c, start) for c in inside]
            article = {"id": ident, "source": meta["source"], "url": None, "published": meta["published"],
                       "title": meta["title"] or ident, "lead": None, "text": text, "paragraphs": spans,
                       "furniture": [], "language": meta["language"]}
            fa.write(json.dumps(article, ensure_ascii=False) + "\n")
            for index, claim in enumerate(claims):
                key = f"{ident}\0{claim['text']}\0{claim['spans']}".encode()
                claim.update(claim_id=hashlib.blake2b(key, digest_size=8).hexdigest(), article_id=ident,
                             sentence_index=index)
                fc.write(json.dumps(claim, ensure_ascii=False) + "\n")
            claims_total += len(claims)
    return claims_total


def release_rates(work: Path, scales: list[int]) -> dict[str, Any]:
    inputs = sorted(str(p) for p in CORPUS.iterdir() if p.suffix in (".jsonl", ".tsv"))
    started = time.perf_counter()
    measured([BUILDER, "split", *inputs, "-o", str(work / "corpus"), "--format", "jsonl", "--no-progress"])
    results: dict[str, Any] = {"corpus_split_seconds": time.perf_counter() - started}
    for scale in scales:
        folder = work / f"split-{scale}x"
        claims = synthesise(work / "corpus", scale, folder)
        articles = sum(1 for _ in (folder / "articles.jsonl").open(encoding="utf-8"))
        seconds, rss = measured([BUILDER, "release", "--claims", str(folder), "--version", "1.0.0",
                                 "-o", str(work / f"releases-{scale}x")])
        results[f"{scale}x"] = {"articles": articles, "claims": claims, "seconds": seconds, "peak_rss_mib": rss,
                                "claims_per_s": claims / seconds}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--sample", type=int, default=40, help="articles for the split rates")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        result = {"split": split_rates(work, args.sample), "release": release_rates(work, scales)}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    split, release = result["split"], result["release"]
    base = split["pool -j 1"]["articles_per_s"]
    for name, run in split.items():
        print(f"split   {name:18} {run['articles_per_s']:.2f} articles/s ({run['articles_per_s'] / base:.2f}× -j 1), "
              f"peak RSS {run['peak_rss_mib']:.0f} MiB")
    one = release[f"{scales[0]}x"]
    for scale in scales:
        run = release[f"{scale}x"]
        print(f"release {scale:>4}×: {run['articles']} articles, {run['claims']} claims: {run['seconds']:.1f} s "
              f"({run['seconds'] / one['seconds']:.1f}× the {scales[0]}× time), {run['claims_per_s']:,.0f} claims/s, "
              f"peak RSS {run['peak_rss_mib']:.0f} MiB ({run['peak_rss_mib'] / one['peak_rss_mib']:.2f}×)")


if __name__ == "__main__":
    main()
