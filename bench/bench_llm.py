#!/usr/bin/env python3
"""The LLM backend on the recorded answers of a real model (tests/data/llm), served by the replay server
on 127.0.0.1: the scores of `builder eval` on dev and dev2, and per article the requests, tokens and
seconds of a cold run (every answer asked) and a warm one (every answer from the cache).

The replay answers at once, so the seconds are the backend's own overhead (segmenting, alignment, time
expressions, validation), not the model's; its token counts are estimates (characters / 4). Not a test.

usage: bench/bench_llm.py [--json]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# this checkout's `builder` and replay server, imported after the line above puts it on the path (hence E402)
from builder.eval.score import score  # noqa: E402
from builder.pipeline import split_files  # noqa: E402
from builder.split.llm.settings import LlmSettings  # noqa: E402
from tests.fixtures.llm_replay import RECORDED, Replay, article_texts, replay_server  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"
SETS = ("dev", "dev2")


MODEL = "claude-sonnet-4"  # the model of the recorded requests (tests/data/llm/README.md)


def main(argv: list[str]) -> dict:
    replay = Replay()
    replay.load(article_texts([p for name in SETS for p in sorted((GOLD / f"{name}_inputs").iterdir())]), RECORDED)
    model = MODEL
    figures: dict = {"model": model}
    with replay_server(replay) as url, tempfile.TemporaryDirectory() as tmp:
        settings = LlmSettings(url, model, Path(tmp) / "cache")
        for name in SETS:
            inputs = sorted((GOLD / f"{name}_inputs").iterdir())
            runs = {}
            for run in ("cold", "warm"):
                out = Path(tmp) / f"{name}-{run}"
                started = time.perf_counter()
                summary = split_files(inputs, out, "jsonl", backend=settings, workers=1, progress=False)
                seconds = time.perf_counter() - started
                runs[run] = {"articles": summary.articles, "claims": summary.claims,
                             "dropped": summary.rejected, "seconds_per_article": seconds / summary.articles,
                             **{k: int(v) for k, v in summary.usage.items()}}
            scores = score(Path(tmp) / f"{name}-cold", GOLD / f"{name}.jsonl").as_dict()
            figures[name] = {"scores": scores, **runs}
    return figures


if __name__ == "__main__":
    result = main(sys.argv[1:])
    if "--json" in sys.argv:
        print(json.dumps(result, indent=1))
    else:
        print(f"model: {result['model']} (recorded answers, replayed on 127.0.0.1)")
        for name in SETS:
            s, cold, warm = result[name]["scores"], result[name]["cold"], result[name]["warm"]
            print(f"{name}: strict F1 {s['strict_f1']:.3f} (P {s['strict_precision']:.3f} / "
                  f"R {s['strict_recall']:.3f}), F1 {s['f1']:.3f}, speaker accuracy {s['speaker_accuracy']:.2f}, "
                  f"provenance {s['provenance']:.2f}")
            print(f"  cold: {cold['requests']} requests for {cold['articles']} articles, "
                  f"{cold['prompt_tokens']} + {cold['completion_tokens']} tokens, "
                  f"{cold['seconds_per_article']:.2f} s/article; {cold['claims']} claims, {cold['dropped']} dropped")
            print(f"  warm: {warm['requests']} requests ({warm['cached']} from the cache), "
                  f"{warm['seconds_per_article']:.2f} s/article")
