"""`builder split` as a library call: read articles, find furniture, split, validate, write.

Everything streams: articles flow from the reader through a bounded window of worker processes to the
writers, so memory stays flat however many articles come in. Splitting is a pure function of one article,
which is what makes the process pool (and later a distributed engine) possible. Every record is validated
before it is written; a record that fails, or whose splitting fails in any way, goes to `rejected.jsonl`
with its reason instead of stopping the run. Limits on article and sentence length keep one huge article
from stalling it, and a run's outputs appear together (`builder.records.run`) or not at all.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from tqdm import tqdm

from builder.errors import BuilderError, Terminated
from builder.ingest import Sourced, read_sourced
from builder.limits import Limits
from builder.records.files import Format
from builder.records.run import RunOutput, output_paths
from builder.records.schemas import violations
from builder.split.backend import Splitter, get_splitter
from builder.split.furniture import detect_furniture

SUPPORTED_LANGUAGES = ("de",)
STEMS = ("articles", "claims", "rejected")
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

    def note_rejected(self, payload: dict) -> None:
        """Keep the first rejections as one line each (`file:record: reason`) for the command's summary."""
        if len(self.problems) < self.MAX_PROBLEMS:
            where = f"{payload['file']}:{payload['record']}" if payload["record"] else payload["file"]
            self.problems.append(f"{where}: {payload['reason']}")

    def line(self) -> str:
        return (f"{self.articles} articles, {self.claims} claims, {self.rejected} rejected "
                f"in {self.seconds:.1f} s")


def with_furniture(article: Mapping[str, Any]) -> dict[str, Any]:
    """The article with the furniture its text hides added to what its format marked."""
    return {**article, "furniture": detect_furniture(article["text"], article["paragraphs"], article["furniture"])}


def _refusal(item: Sourced, field_name: str | None, reason: str) -> dict:
    _, article, file, line = item
    return {"file": file, "record": line, "field": field_name, "reason": f"article {article['id']!r}: {reason}",
            "raw": None}


@cache
def _splitter(backend: str) -> Splitter:
    return get_splitter(backend)


def process(item: Sourced, backend: str = "rules", limits: Limits = Limits()) -> tuple[str, Any]:
    """One reader item → ("rejected", record) or ("article", (article, claims)), all records validated.

    Whatever goes wrong with one article (a splitter bug, an overflow in time resolution, a limit) rejects
    that article with its file and line, never the run: a long run must not die on its millionth article.
    """
    if item[0] == "rejected":
        return item[0], item[1]
    try:
        return _process_article(item, backend, limits)
    except Exception as exc:  # any failure is this article's; the reason names it
        message = " ".join(f"{type(exc).__name__}: {exc}".split())
        return "rejected", _refusal(item, None, f"splitting failed ({message[:300]}); please report this bug "
                                    "with the article")


def _process_article(item: Sourced, backend: str, limits: Limits) -> tuple[str, Any]:
    record = item[1]
    exceeded = limits.problem(record["text"])
    if exceeded:
        option, reason = exceeded
        return "rejected", _refusal(item, "text", f"{reason}; split the article or raise {option}")
    if record["language"] not in SUPPORTED_LANGUAGES:
        return "rejected", _refusal(item, "language", f"language {record['language']!r} (declared by the input, or "
                                    "detected from the text when the input has no language field) is not supported "
                                    f"by the splitter; pass German articles ({', '.join(SUPPORTED_LANGUAGES)}), or "
                                    "declare the language in a `language` field if the detection is wrong")
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


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int, window: int = 64) -> Generator[R, None, None]:
    """`map(fn, items)` on `workers` processes, in input order, with at most `window` items in flight."""
    if workers <= 1:
        yield from map(fn, items)
        return
    before = set(multiprocessing.active_children())
    # fork shares the already-loaded tagger and tokenizer models with the workers at no cost
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BaseException:
        # stopped (SIGTERM, Ctrl-C, an error, the consumer gone): a worker may be minutes into a long article
        # and shutting down would wait for it, so the workers this pool started are killed
        for child in set(multiprocessing.active_children()) - before:
            child.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def warm(backend: str) -> None:
    """Load models in the parent before forking, so every worker starts with them."""
    from builder.split.sentences import tag_tokens, tokenize

    _splitter(backend)
    tag_tokens(tokenize("Der Bund zahlt.")[0])


@contextmanager
def sigterm_unwinds() -> Iterator[None]:
    """While inside, SIGTERM raises `Terminated` as Ctrl-C raises KeyboardInterrupt, so the run unwinds:
    workers are stopped and temporaries removed. Its default action ends the process on the spot and
    leaves both behind. Signal handlers belong to the main thread; elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        raise Terminated(signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def refuse_outputs_as_inputs(inputs: Sequence[Path], out_dir: Path) -> None:
    """Raise `BuilderError` when an input is (the same file as) a file the run would replace or delete."""
    outputs = output_paths(out_dir, STEMS)
    for path in inputs:
        for output in outputs:
            try:
                same = os.path.samefile(path, output)
            except OSError:  # either does not exist (or cannot be looked at): not the same file
                continue
            if same:
                raise BuilderError(f"is the same file as {output}, which this run would overwrite or delete",
                                   file=str(path), fix="move the input out of the output folder or choose "
                                   "another -o")


def split_files(inputs: Sequence[Path], out_dir: Path, fmt: Format = "parquet", *, input_format: str | None = None,
                backend: str = "rules", workers: int = 1, progress: bool | None = None,
                limits: Limits = Limits()) -> SplitSummary:
    """Split every article of `inputs` into claims under `out_dir` (articles.*, claims.*, rejected.jsonl).

    `workers` > 1 splits on that many processes (0: one per core); the output is the same either way.
    """
    started = time.perf_counter()
    _splitter(backend)  # an unknown backend fails before anything is read
    refuse_outputs_as_inputs(list(map(Path, inputs)), Path(out_dir))
    stream = read_sourced(list(map(Path, inputs)), input_format)
    workers = workers or os.cpu_count() or 1
    if workers > 1:
        warm(backend)
    summary = SplitSummary()
    show = sys.stderr.isatty() if progress is None else progress
    with sigterm_unwinds(), RunOutput(out_dir) as run, \
            closing(ordered_map(_Process(backend, limits), stream, workers)) as results:
        articles = run.writer("articles", "article", fmt)
        claims = run.writer("claims", "claim", fmt)
        rejected = run.writer("rejected", "rejected", "jsonl")
        for kind, payload in tqdm(results, unit=" articles", disable=not show, file=sys.stderr):
            if kind == "rejected":
                rejected.write(payload)
                summary.note_rejected(payload)
                continue
            article, produced = payload
            articles.write(article)
            for claim in produced:
                claims.write(claim)
            summary.articles += 1
            summary.claims += len(produced)
        summary.rejected = rejected.count
    summary.outputs = [articles.path, claims.path, rejected.path]
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass(frozen=True)
class _Process:
    """`process` bound to a backend name and limits; picklable for the worker processes."""

    backend: str
    limits: Limits

    def __call__(self, item: Sourced) -> tuple[str, Any]:
        return process(item, self.backend, self.limits)
