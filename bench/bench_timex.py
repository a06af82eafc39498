#!/usr/bin/env python3
"""Benchmark of time-expression finding (not a test): it runs on every sentence `builder split` makes, so
its cost is reported as a ratio to SoMaJo tokenising the same sentences, measured in the same run.

Also reports the saving of the per-rule cues: the same rules run on every sentence without them.

usage: bench/bench_timex.py [CORPUS.jsonl] [--json]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from builder.split.sentences import tokenize
from builder.split.timex import RULES, find_times

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "fang_covid_real.jsonl"


def _articles(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]


def _timed(run: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def main(argv: list[str]) -> dict:
    args = [a for a in argv if not a.startswith("--")]
    articles = _articles(Path(args[0]) if args else DEFAULT_CORPUS)
    paragraphs = [p for a in articles for p in a["text"].split("\n") if p.strip()]

    tokenize_s, sentence_lists = _timed(lambda: [tokenize(p) for p in paragraphs])
    sentences: list[str] = []
    for paragraph, sents in zip(paragraphs, sentence_lists, strict=True):
        sentences += [paragraph[s[0].start:s[-1].end] for s in sents]
    published = {"value": "2020-06-15", "precision": "day"}

    timex_s, found = _timed(lambda: sum(len(find_times(s, published, past=None)) for s in sentences))
    ungated_s, _ = _timed(lambda: [m for s in sentences for r in RULES for m in r.pattern.finditer(s)])
    result = {
        "sentences": len(sentences), "expressions": found,
        "timex_sentences_per_s": round(len(sentences) / timex_s),
        "tokenize_sentences_per_s": round(len(sentences) / tokenize_s),
        "timex_share_of_tokenizing": round(timex_s / tokenize_s, 3),
        "ungated_patterns_over_find_times": round(ungated_s / timex_s, 2),
    }
    print(json.dumps(result) if "--json" in argv else "\n".join(f"{k:34} {v}" for k, v in result.items()))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
