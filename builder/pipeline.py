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
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
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
from builder.split.backend import Backend, Splitter, SplitterFailed, get_splitter, split_noted
from builder.split.furniture import detect_furniture
from builder.split.llm.settings import LlmSettings

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
    usage: dict[str, float] = field(default_factory=dict)  # what a backend's splitting cost: requests, tokens
    prices: tuple[float | None, float | None] = (None, None)  # per million prompt / completion tokens

    MAX_PROBLEMS = 20

    def add_usage(self, usage: dict[str, float]) -> None:
        for name, value in usage.items():
            self.usage[name] = self.usage.get(name, 0) + value

    def note_rejected(self, payload: dict) -> None:
        """Keep the first rejections as one line each (`file:record: reason`) for the command's summary."""
        if len(self.problems) < self.MAX_PROBLEMS:
            where = f"{payload['file']}:{payload['record']}" if payload["record"] else payload["file"]
            self.problems.append(f"{where}: {payload['reason']}")

    def line(self) -> str:
        return (f"{self.articles} articles, {self.claims} claims, {self.rejected} rejected "
                f"in {self.seconds:.1f} s{self._usage_line()}")

    def _usage_line(self) -> str:
        """Requests and tokens of a backend that counts them, and their cost when prices are given."""
        if not self.usage:
            return ""
        u = {name: int(value) for name, value in self.usage.items()}
        line = (f"; {u.get('requests', 0)} requests ({u.get('cached', 0)} answers from the cache), "
                f"{u.get('prompt_tokens', 0)} prompt + {u.get('completion_tokens', 0)} completion tokens")
        price_in, price_out = self.prices
        if price_in is not None or price_out is not None:
            cost = (u.get("prompt_tokens", 0) * (price_in or 0) + u.get("completion_tokens", 0) * (price_out or 0))
            line += f", cost {cost / 1e6:.4f}"
        return line


def with_furniture(article: Mapping[str, Any]) -> dict[str, Any]:
    """The article with the furniture its text hides added to what its format marked."""
    return {**article, "furniture": detect_furniture(article["text"], article["paragraphs"], article["furniture"])}


def _refusal(item: Sourced, field_name: str | None, reason: str) -> dict:
    _, article, file, line = item
    return {"file": file, "record": line, "field": field_name, "reason": f"article {article['id']!r}: {reason}",
            "raw": None}


@cache
def _splitter(backend: Backend) -> Splitter:
    return get_splitter(backend)


def process(item: Sourced, backend: Backend = "rules", limits: Limits = Limits()) -> tuple[str, Any]:
    """One reader item → ("rejected", record) or ("article", (article, claims, dropped, usage)), all records
    validated; `dropped` are the rejected records of claims the backend gave up, `usage` what it cost.

    Whatever goes wrong with one article (a splitter bug, an overflow in time resolution, a limit) rejects
    that article with its file and line, never the run: a long run must not die on its millionth article.
    """
    if item[0] == "rejected":
        return item[0], item[1]
    try:
        return _process_article(item, backend, limits)
    except SplitterFailed as exc:
        return "rejected", _refusal(item, None, str(exc))
    except Exception as exc:  # any failure is this article's; the reason names it
        message = " ".join(f"{type(exc).__name__}: {exc}".split())
        return "rejected", _refusal(item, None, f"splitting failed ({message[:300]}); please report this bug "
                                    "with the article")


def _process_article(item: Sourced, backend: Backend, limits: Limits) -> tuple[str, Any]:
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
    claims, notes = split_noted(_splitter(backend), article)
    for claim in claims:
        found = violations("claim", claim)
        if found:
            return "rejected", _refusal(item, None, f"a claim does not match the claim schema: {found[0]}; "
                                        "please report this splitter bug")
    dropped = [{**_refusal(item, "claims", f"claim dropped: {reason}"), "raw": raw} for reason, raw in notes.dropped]
    return "article", (article, claims, dropped, notes.usage)


def _in_order(submit: Callable[[T], Future[R]], items: Iterable[T], window: int) -> Generator[R, None, None]:
    """The results of the futures `submit` makes of `items`, in input order, at most `window` in flight."""
    pending: deque[Future[R]] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int, window: int = 64,
                threads: int = 0) -> Generator[R, None, None]:
    """`map(fn, items)` on `workers` processes (or on `threads` threads of this process, for work that
    mostly waits), in input order, with at most `window` items in flight."""
    if threads > 1:
        threaded = ThreadPoolExecutor(threads)
        try:
            yield from _in_order(lambda item: threaded.submit(fn, item), items, max(window, threads))
        except BaseException:  # stopped: what has not started is not started
            threaded.shutdown(wait=False, cancel_futures=True)
            raise
        threaded.shutdown()
        return
    if workers <= 1:
        yield from map(fn, items)
        return
    before = set(multiprocessing.active_children())
    # fork shares the already-loaded tagger and tokenizer models with the workers at no cost
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from _in_order(lambda item: pool.submit(fn, item), items, window)
    except BaseException:
        # stopped (SIGTERM, Ctrl-C, an error, the consumer gone): a worker may be minutes into a long article
        # and shutting down would wait for it, so the workers this pool started are killed
        for child in set(multiprocessing.active_children()) - before:
            child.kill()
        pool.shutdown(wait=True, cancel_futures=True)  # (with its workers dead this returns at once; the CLI then
        # ends a terminated run without the interpreter's exit hooks, `cli._exit_now`)
        raise
    pool.shutdown()


def warm(backend: Backend) -> None:
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


def prices_of(backend: Backend) -> tuple[float | None, float | None]:
    """The token prices a backend's settings give (per million prompt and completion tokens), if any."""
    return (backend.price_input, backend.price_output) if isinstance(backend, LlmSettings) else (None, None)


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
                backend: Backend = "rules", workers: int = 1, progress: bool | None = None,
                limits: Limits = Limits()) -> SplitSummary:
    """Split every article of `inputs` into claims under `out_dir` (articles.*, claims.*, rejected.jsonl).

    `workers` > 1 splits on that many processes (0: one per core); the output is the same either way. The
    LLM backend, which mostly waits for its endpoint, splits on threads instead: as many as the requests it
    may have in flight.
    """
    started = time.perf_counter()
    _splitter(backend)  # an unknown backend fails before anything is read
    refuse_outputs_as_inputs(list(map(Path, inputs)), Path(out_dir))
    stream = read_sourced(list(map(Path, inputs)), input_format)
    threads = backend.concurrency if isinstance(backend, LlmSettings) else 0
    workers = 1 if threads else workers or os.cpu_count() or 1
    if workers > 1:
        warm(backend)
    summary = SplitSummary(prices=prices_of(backend))
    show = sys.stderr.isatty() if progress is None else progress
    with sigterm_unwinds(), RunOutput(out_dir) as run, \
            closing(ordered_map(_Process(backend, limits), stream, workers, threads=threads)) as results:
        articles = run.writer("articles", "article", fmt)
        claims = run.writer("claims", "claim", fmt)
        rejected = run.writer("rejected", "rejected", "jsonl")
        for kind, payload in tqdm(results, unit=" articles", disable=not show, file=sys.stderr):
            if kind == "rejected":
                rejected.write(payload)
                summary.note_rejected(payload)
                continue
            article, produced, dropped, usage = payload
            articles.write(article)
            for claim in produced:
                claims.write(claim)
            for record in dropped:
                rejected.write(record)
                summary.note_rejected(record)
            summary.add_usage(usage)
            summary.articles += 1
            summary.claims += len(produced)
        summary.rejected = rejected.count
    summary.outputs = [articles.path, claims.path, rejected.path]
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass(frozen=True)
class _Process:
    """`process` bound to a backend name and limits; picklable for the worker processes."""

    backend: Backend
    limits: Limits

    def __call__(self, item: Sourced) -> tuple[str, Any]:
        return process(item, self.backend, self.limits)
