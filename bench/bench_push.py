#!/usr/bin/env python3
"""Benchmark of `builder push` (not a test): pushing N claims vs a raw SDK bulk import of the same tasks,
both against the same Label Studio in the same run (absolute seconds on shared machines are noise).

- baseline: create a project and import all N prepared tasks in ONE `projects.import_tasks` call;
- push: `builder.label.push.push` end to end on a claims file: read and validate claims and articles,
  build the tasks, connect, create the project, list its claims, import in batches, check the task count,
  write the ledger.
Target: push ≤ 2 × baseline. The claims are the sample article's, repeated under distinct claim ids.

usage: bench/bench_push.py [--claims N] [--rounds R] [--url URL --api-key KEY] [--json]
(without --url a private server is started from .venv-studio and stopped afterwards)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import secrets
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# this checkout's `builder`, so imported only after the line above puts it on the path (hence E402)
from builder.label.config import label_config  # noqa: E402
from builder.label.connection import connect  # noqa: E402
from builder.label.push import push  # noqa: E402
from builder.label.studio import start_studio  # noqa: E402
from builder.label.tasks import claim_task, read_claims  # noqa: E402
from builder.pipeline import split_files  # noqa: E402
from builder.records.files import read_records, write_records  # noqa: E402

SAMPLE = ROOT / "examples" / "000_606d4c18b25b7e8e.txt"


def make_claims(folder: Path, count: int) -> Path:
    """`count` valid claim records (the sample's, cycled, each with its own claim id) plus their article."""
    split_files([SAMPLE], folder / "split", fmt="jsonl")
    claims = [record for _, record in read_records(folder / "split" / "claims.jsonl")]
    records = ({**claims[i % len(claims)], "claim_id": hashlib.sha256(f"bench-{i}".encode()).hexdigest()[:16]}
               for i in range(count))
    write_records(folder, "claims", "claim", records, fmt="jsonl")
    write_records(folder, "articles", "article", (a for _, a in read_records(folder / "split" / "articles.jsonl")),
                  fmt="jsonl")
    return folder / "claims.jsonl"


def baseline(url: str, api_key: str, tasks: list[dict]) -> float:
    client = connect(url, api_key).client
    started = time.perf_counter()
    project = client.projects.create(title=f"bench raw {secrets.token_hex(3)}", label_config=label_config())
    client.projects.import_tasks(project.id, request=tasks)
    return time.perf_counter() - started


def run(url: str, api_key: str, claims_file: Path, rounds: int) -> dict:
    tasks = [claim_task(item) for item in read_claims(claims_file)]
    raw, ours = [], []
    for _ in range(rounds):
        raw.append(baseline(url, api_key, tasks))
        summary = push(claims_file, f"bench push {secrets.token_hex(3)}", url=url, api_key=api_key)
        assert summary.imported == len(tasks) == summary.tasks, summary
        ours.append(summary.seconds)
    best_raw, best_push = min(raw), min(ours)
    return {"claims": len(tasks), "rounds": rounds, "raw_import_s": raw, "push_s": ours,
            "ratio": best_push / best_raw, "raw_tasks_per_s": len(tasks) / best_raw,
            "push_tasks_per_s": len(tasks) / best_push}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--url")
    parser.add_argument("--api-key")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        claims_file = make_claims(Path(tmp), args.claims)
        if args.url:
            result = run(args.url, args.api_key, claims_file, args.rounds)
        else:
            token = secrets.token_hex(20)
            with start_studio(Path(tmp) / "studio", username="bench@claims-ch.local",
                              password=secrets.token_urlsafe(12), token=token) as server:
                result = run(server.url, token, claims_file, args.rounds)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['claims']} claims, best of {result['rounds']} round(s):")
        print(f"  raw SDK bulk import (one request): {min(result['raw_import_s']):7.1f} s "
              f"({result['raw_tasks_per_s']:.0f} tasks/s)")
        print(f"  builder push (end to end):         {min(result['push_s']):7.1f} s "
              f"({result['push_tasks_per_s']:.0f} tasks/s)")
        verdict = "met" if result["ratio"] <= 2 else "NOT met"
        print(f"  ratio push / raw: {result['ratio']:.2f}x (target <= 2x: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
