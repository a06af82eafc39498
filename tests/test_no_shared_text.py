"""No text of the news corpus or of the development gold sets in the repository.

The corpus (../shared/corpus) is licensed for research use, not redistribution, and rules are tested with
sentences we construct, not with the gold sentences they are scored on. So no tracked text file may share a run
of seven words with a corpus article or a gold sentence. The bundled sample article (examples/) is the one text
the project ships; a run it contains is allowed wherever it is quoted.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RUN = 7
_WORD = re.compile(r"\w+")
_TEXT_SUFFIXES = {".py", ".md", ".jsonl", ".json", ".txt", ".csv", ".tsv", ".toml", ".yml", ".yaml", ".html", ".cfg"}


def _runs(text: str) -> Iterator[str]:
    words = _WORD.findall(text.lower())
    return (" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1))


def _shared_texts() -> Iterator[str]:
    csv.field_size_limit(10**9)
    for path in sorted((SHARED / "corpus").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            article = json.loads(line)
            yield f"{article.get('title') or ''}\n{article.get('lead') or ''}\n{article.get('text') or ''}"
    for path in sorted((SHARED / "corpus").glob("*.tsv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                yield " ".join(value for value in row.values() if isinstance(value, str))
    for path in sorted((SHARED / "gold").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                yield json.loads(line)["sentence"]


def test_no_tracked_file_quotes_the_corpus_or_the_gold_sets() -> None:
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        pytest.fail(f"../shared not found at {SHARED}: CI lays it beside the clone")
    shipped = {run for path in (ROOT / "examples").glob("*.txt") for run in _runs(path.read_text(encoding="utf-8"))}
    shared = {run for text in _shared_texts() for run in _runs(text)} - shipped
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True)
    quoting = []
    for name in tracked.stdout.split("\0"):
        path = ROOT / name
        if not name or path.suffix not in _TEXT_SUFFIXES or name.startswith("examples/") or not path.is_file():
            continue
        for number, line in enumerate(path.open(encoding="utf-8", errors="replace"), 1):
            if any(run in shared for run in _runs(line)):
                quoting.append(f"{name}:{number}: {line.strip()[:80]}")
    assert not quoting, "text of ../shared in the repository (write a constructed sentence instead):\n" + \
        "\n".join(quoting[:20])
