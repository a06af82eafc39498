"""The work folder of an engine run, `OUT/.split-engine/`: shards, datatrove logs and completion markers.

A killed run resumes where it stopped because datatrove skips the tasks whose completion marker is there.
That is only right when the rerun is the same job, so the folder carries `job.json`, a fingerprint of
everything that decides the shards (inputs with size and modification time, formats, backend, limits,
number of tasks, builder version); a run with another fingerprint starts from an empty folder. The folder
is removed once its shards are merged into the output.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any

from builder import __version__
from builder.io.atomic import atomic_path, remove_stale_temporaries
from builder.limits import Limits
from builder.split.backend import Backend

WORK = ".split-engine"
JOB = "job.json"


def fingerprint(inputs: list[Path], fmt: str, input_format: str | None, backend: Backend, limits: Limits,
                tasks: int) -> dict[str, Any]:
    files = []
    for path in inputs:
        try:
            stat = path.stat()
            files.append([str(path.resolve()), stat.st_size, stat.st_mtime_ns])
        except OSError:  # a missing input is a rejected record, the same on every run
            files.append([str(path), None, None])
    return {"builder": __version__, "inputs": files, "format": fmt, "input_format": input_format,
            "backend": backend if isinstance(backend, str) else backend.describe(), "limits": asdict(limits),
            "tasks": tasks}


def prepare(out_dir: Path, job: dict[str, Any]) -> Path:
    """The work folder for `job` under `out_dir`: kept as it is for the same job (to resume), else emptied."""
    work = Path(out_dir) / WORK
    try:
        same = json.loads((work / JOB).read_text(encoding="utf-8")) == job
    except (OSError, ValueError):
        same = False
    if not same:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        with atomic_path(work / JOB) as tmp:
            tmp.write_text(json.dumps(job, indent=1) + "\n", encoding="utf-8")
    for folder in (work / "shards").glob("*"):
        remove_stale_temporaries(folder)  # of tasks killed while writing
    return work


def finish(work: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
