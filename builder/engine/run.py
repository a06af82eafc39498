"""`split_on_engine`: `builder split` run as datatrove tasks, then merged into the usual output folder.

`local` runs the tasks on a datatrove LocalPipelineExecutor (processes on this machine), `ray` on a
RayPipelineExecutor (the cluster at RAY_ADDRESS, or a Ray instance started here), `slurm` submits them as
a Slurm job array with datatrove's SlurmPipelineExecutor. Whatever runs the tasks, the output is the one
a process-pool run writes: the merge (`builder.engine.shards`) puts the records back in input order.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from builder.engine import job
from builder.engine.shards import KINDS, merged, shard_format
from builder.engine.steps import ExclusionShardWriter, RecordShardWriter, SourcedReader, SplitArticles
from builder.errors import BuilderError
from builder.ingest import read_sourced
from builder.limits import Limits
from builder.pipeline import STEMS, SplitSummary, refuse_outputs_as_inputs, sigterm_unwinds, warm
from builder.records.files import Format
from builder.records.run import RunOutput
from builder.split.backend import Backend

EXECUTORS = ("local", "ray", "slurm")
MEM_PER_TASK_GB = 1  # the splitter peaks near 0.25 GB; Ray and Slurm reserve this much per task


class Submitted(Exception):
    """The tasks were handed to Slurm and run later; the merge happens on the next run of the command."""


def _executor(name: str, pipeline: list[Any], tasks: int, workers: int, logs: Path) -> Any:
    if name == "local":
        from datatrove.executor import LocalPipelineExecutor

        # forkserver, not fork: forking this process (datatrove's manager and logging threads) hung workers;
        # each worker loads the models once and keeps them for every task it runs
        return LocalPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=str(logs),
                                     start_method="forkserver")
    if name == "ray":
        from datatrove.executor.ray import RayPipelineExecutor

        return RayPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=str(logs),
                                   cpus_per_task=1, mem_per_cpu_gb=MEM_PER_TASK_GB)
    if name == "slurm":
        from datatrove.executor.slurm import SlurmPipelineExecutor

        return SlurmPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=str(logs),
                                     time=os.environ.get("BUILDER_SLURM_TIME", "24:00:00"),
                                     partition=os.environ.get("BUILDER_SLURM_PARTITION", "normal"),
                                     cpus_per_task=1, mem_per_cpu_gb=MEM_PER_TASK_GB,
                                     job_name="builder-split", venv_path=_activate())
    raise BuilderError(f"unknown executor {name!r}", fix=f"use one of {', '.join(EXECUTORS)}")


def _activate() -> str | None:
    """The activate script of this Python's virtual environment, which each Slurm task sources."""
    script = Path(sys.prefix) / "bin" / "activate"
    return str(script) if script.is_file() else None


def _reachable(address: str | None) -> None:
    """Raise ConnectionError when `address` is a host:port nobody listens on: Ray itself retries for minutes."""
    host, _, port = (address or "").rpartition(":")
    if host and port.isdigit() and "//" not in host:
        with socket.create_connection((host, int(port)), timeout=10):
            pass


def _run(name: str, executor: Any) -> None:
    if name != "ray":
        executor.run()
        return
    import ray

    started_here = not ray.is_initialized()
    if started_here:  # RAY_ADDRESS names a running cluster; without it Ray starts one on this machine
        address = os.environ.get("RAY_ADDRESS")
        try:
            _reachable(address)
            ray.init(address=address, include_dashboard=False, log_to_driver=False)
        except (OSError, RuntimeError, ValueError) as exc:
            raise BuilderError(f"cannot reach the Ray cluster at {address or '(this machine)'}: {exc}",
                               fix="start it (`ray start --head`) or set RAY_ADDRESS to its head's host:port") from None
    try:
        executor.run()
    finally:
        if started_here:
            ray.shutdown()


def merge(work: Path, tasks: int, out_dir: Path, fmt: Format) -> SplitSummary:
    """Every task's shards → `out_dir`/articles.*, claims.*, rejected.jsonl and run-manifest.json, at once."""
    summary = SplitSummary()
    with RunOutput(out_dir) as run:
        writers = {stem: run.writer(stem, KINDS[stem], shard_format(stem, fmt)) for stem in STEMS}
        for stem, writer in writers.items():
            for record in merged(work / "shards", tasks, stem, fmt):
                writer.write(record)
                if stem == "rejected":
                    summary.note_rejected(record)
    summary.articles, summary.claims, summary.rejected = (writers[s].count for s in STEMS)
    summary.outputs = [w.path for w in writers.values()]
    return summary


def split_on_engine(inputs: Sequence[Path], out_dir: Path, fmt: Format = "parquet", *, executor: str = "local",
                    tasks: int = 0, workers: int = 0, input_format: str | None = None, backend: Backend = "rules",
                    limits: Limits = Limits()) -> SplitSummary:
    """`builder.pipeline.split_files` on a datatrove executor: same outputs, resumable after a kill.

    `tasks` (0: four per worker) cuts the input; `workers` (0: one per core) run at once. Raises `Submitted`
    when Slurm took the tasks (run the command again once they are done), `BuilderError` when a task failed.
    """
    started = time.perf_counter()
    paths = [Path(p) for p in inputs]
    read_sourced(paths, input_format)  # an unknown input format fails before anything runs
    refuse_outputs_as_inputs(paths, Path(out_dir))
    workers = workers or os.cpu_count() or 1
    tasks = tasks or 4 * workers
    work = job.prepare(Path(out_dir), job.fingerprint(paths, fmt, input_format, backend, limits, tasks))
    pipeline = [SourcedReader([str(p) for p in paths], input_format), SplitArticles(backend, limits),
                RecordShardWriter(str(work / "shards"), fmt), ExclusionShardWriter(str(work / "shards"), fmt)]
    warm(backend)  # fails on an unknown backend before any task starts
    engine = _executor(executor, pipeline, tasks, workers, work / "logs")
    with sigterm_unwinds():  # SIGTERM unwinds like Ctrl-C, so the executor stops its workers
        _run(executor, engine)
    incomplete = engine.get_incomplete_ranks(skip_completed=True)
    if incomplete and executor == "slurm":
        raise Submitted(f"{len(incomplete)} of {tasks} tasks are queued or running on Slurm (logs in "
                        f"{work / 'logs'}); run the same command again when they are done to merge them")
    if incomplete:
        raise BuilderError(f"{len(incomplete)} of {tasks} engine tasks did not complete (ranks "
                           f"{', '.join(map(str, incomplete[:10]))}; logs in {work / 'logs'})", file=str(out_dir),
                           fix="run the same command again: completed tasks are skipped")
    summary = merge(work, tasks, Path(out_dir), fmt)
    job.finish(work)
    summary.seconds = time.perf_counter() - started
    return summary
