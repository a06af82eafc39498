"""`builder split` as a library call: read articles, find furniture, split, validate, write.

Everything streams: one article at a time flows from the reader to the writers, so memory stays flat
however many articles come in. Every record is validated before it is written; a record that fails goes
to `rejected.jsonl` with its reason instead of stopping the run.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from builder.ingest import read_articles
from builder.io.records import Format, RecordWriter
from builder.split.backend import get_splitter
from builder.split.furniture import detect_furniture
from builder.validate.schemas import violations


SUPPORTED_LANGUAGES = ("de",)


@dataclass
class SplitSummary:
    articles: int = 0
    claims: int = 0
    rejected: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.articles} articles, {self.claims} claims, {self.rejected} rejected "
                f"in {self.seconds:.1f} s")


def with_furniture(article: dict) -> dict:
    """The article with the furniture its text hides added to what its format marked."""
    return {**article, "furniture": detect_furniture(article["text"], article["paragraphs"], article["furniture"])}


def _problem(article: dict, kind: str, found: list) -> dict:
    return {"file": f"article {article['id']}", "record": None, "field": found[0].pointer or None,
            "reason": f"{kind} record does not match its schema: {found[0]}", "raw": None}


def split_files(inputs: Sequence[Path], out_dir: Path, fmt: Format = "parquet", *, input_format: str | None = None,
                backend: str = "rules", progress: bool | None = None) -> SplitSummary:
    """Split every article of `inputs` into claims under `out_dir` (articles.*, claims.*, rejected.jsonl)."""
    started = time.perf_counter()
    splitter = get_splitter(backend)
    stream = read_articles(list(map(Path, inputs)), input_format)
    summary = SplitSummary()
    show = sys.stderr.isatty() if progress is None else progress
    with RecordWriter(out_dir, "articles", "article", fmt) as articles, \
            RecordWriter(out_dir, "claims", "claim", fmt) as claims, \
            RecordWriter(out_dir, "rejected", "rejected", "jsonl") as rejected:
        for kind, record in tqdm(stream, unit=" articles", disable=not show, file=sys.stderr):
            if kind == "rejected":
                rejected.write(record)
                continue
            if record["language"] not in SUPPORTED_LANGUAGES:
                rejected.write({"file": f"article {record['id']}", "record": None, "field": "language",
                                "raw": None, "reason": f"language {record['language']!r} is not supported by the "
                                f"splitter; pass German articles ({', '.join(SUPPORTED_LANGUAGES)})"})
                continue
            article = with_furniture(record)
            found = violations("article", article)
            if found:
                rejected.write(_problem(article, "article", found))
                continue
            produced = splitter.split(article)
            bad = next(((c, v) for c in produced if (v := violations("claim", c))), None)
            if bad:
                rejected.write(_problem(article, "claim", bad[1]))
                continue
            articles.write(article)
            for claim in produced:
                claims.write(claim)
            summary.articles += 1
            summary.claims += len(produced)
        summary.rejected = rejected.count
    summary.outputs = [articles.path, claims.path, rejected.path]
    summary.seconds = time.perf_counter() - started
    return summary
