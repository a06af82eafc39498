"""`builder split` as a library call: read articles, find furniture, split, validate, write.

Everything streams: articles flow from the reader through a bounded window of worker processes to the
writers, so memory stays flat however many articles come in. Splitting is a pure function of one article,
which is what makes the process pool (and later a distributed engine) possible. Every record is validated
before it is written; a record that fails goes to `rejected.jsonl` with its reason instead of stopping
the run.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from tqdm import tqdm

from builder.ingest import Sourced, read_sourced
from builder.io.records import SUFFIX, Format, RecordWriter
from builder.split.backend import Splitter, get_splitter
from builder.split.furniture import detect_furniture
from builder.validate.schemas import violations

SUPPORTED_LANGUAGES = ("de",)
T = TypeVar("T")
R = TypeVar("R")


@dataclass
class SplitSummary:
    articles: int = 0
    claims: int = 0
    rejected: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # the first rejections, one line each

    MAX_PROBLEMS = 20

    def line(self) -> str:
        return (f"{self.articles} articles, {self.claims} claims, {self.rejected} rejected "
                f"in {self.seconds:.1f} s")


def with_furniture(article: dict) -> dict:
    """The article with the furniture its text hides added to what its format marked."""
    return {**article, "furniture": detect_furniture(article["text"], article["paragraphs"], article["furniture"])}


def _refusal(item: Sourced, field_name: str | None, reason: str) -> dict:
    _, article, file, line = item
    return {"file": file, "record": line, "field": field_name, "reason": f"article {article['id']!r}: {reason}",
            "raw": None}


@cache
def _splitter(backend: str) -> Splitter:
    return get_splitter(backend)


def process(item: Sourced, backend: str = "rules") -> tuple[str, Any]:
    """One reader item → ("rejected", record) or ("article", (article, claims)), all records validated."""
    kind, record, _, _ = item
    if kind == "rejected":
        return kind, record
    if record["language"] not in SUPPORTED_LANGUAGES:
        return "rejected", _refusal(item, "language", f"language {record['language']!r} is not supported by the "
                                    f"splitter; pass German articles ({', '.join(SUPPORTED_LANGUAGES)})")
    article = with_furniture(record)
    found = violations("article", article)
    if found:
        return "rejected", _refusal(item, found[0].pointer or None, f"does not match the article schema: {found[0]}")
    claims = _splitter(backend).split(article)
    for claim in claims:
        found = violations("claim", claim)
        if found:
            return "rejected", _refusal(item, None, f"a claim does not match the claim schema: {found[0]}; "
                                        "please report this splitter bug")
    return "article", (article, claims)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int, window: int = 64) -> Iterator[R]:
    """`map(fn, items)` on `workers` processes, in input order, with at most `window` items in flight."""
    if workers <= 1:
        yield from map(fn, items)
        return
    # fork shares the already-loaded tagger and tokenizer models with the workers at no cost
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _warm(backend: str) -> None:
    """Load models in the parent before forking, so every worker starts with them."""
    from builder.split.sentences import tag_tokens, tokenize

    _splitter(backend)
    tag_tokens(tokenize("Der Bund zahlt.")[0])


def split_files(inputs: Sequence[Path], out_dir: Path, fmt: Format = "parquet", *, input_format: str | None = None,
                backend: str = "rules", workers: int = 1, progress: bool | None = None) -> SplitSummary:
    """Split every article of `inputs` into claims under `out_dir` (articles.*, claims.*, rejected.jsonl).

    `workers` > 1 splits on that many processes (0: one per core); the output is the same either way.
    """
    started = time.perf_counter()
    _splitter(backend)  # an unknown backend fails before anything is read
    stream = read_sourced(list(map(Path, inputs)), input_format)
    workers = workers or os.cpu_count() or 1
    if workers > 1:
        _warm(backend)
    summary = SplitSummary()
    show = sys.stderr.isatty() if progress is None else progress
    results = ordered_map(_Process(backend), stream, workers)
    with RecordWriter(out_dir, "articles", "article", fmt) as articles, \
            RecordWriter(out_dir, "claims", "claim", fmt) as claims, \
            RecordWriter(out_dir, "rejected", "rejected", "jsonl") as rejected:
        for kind, payload in tqdm(results, unit=" articles", disable=not show, file=sys.stderr):
            if kind == "rejected":
                rejected.write(payload)
                if len(summary.problems) < summary.MAX_PROBLEMS:
                    where = f"{payload['file']}:{payload['record']}" if payload["record"] else payload["file"]
                    summary.problems.append(f"{where}: {payload['reason']}")
                continue
            article, produced = payload
            articles.write(article)
            for claim in produced:
                claims.write(claim)
            summary.articles += 1
            summary.claims += len(produced)
        summary.rejected = rejected.count
    summary.outputs = [articles.path, claims.path, rejected.path]
    for stem in ("articles", "claims"):  # a file of the other format from an earlier run would be read instead
        (Path(out_dir) / f"{stem}{SUFFIX['jsonl' if fmt == 'parquet' else 'parquet']}").unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass(frozen=True)
class _Process:
    """`process` bound to a backend name; picklable for the worker processes."""

    backend: str

    def __call__(self, item: Sourced) -> tuple[str, Any]:
        return process(item, self.backend)
