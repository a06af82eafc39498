"""`builder push`: claims → tasks of a Label Studio project, each claim exactly once, however often pushed.

Idempotence rests on the claim id every task carries: a push lists the project's claim ids first and
imports only the missing claims, in batches (each batch is one transaction on the server). A push that
was killed half-way leaves whole batches behind, which the next push skips. One race remains: a batch
whose request was still being processed when its client died can land after the next push listed the
project. The task count tells: when it differs from what this push expects, it lists again and deletes
the surplus copies (never one that already has annotations). Copies landing later still are removed by
the next push, and `pull` merges and reports them meanwhile.

Two pushes to a new title at the same time would both find no project and both create one. Label Studio
has no unique titles and the pushes may run on different machines, so no lock can prevent it; instead a
push that created a project lists the projects of that title right after, and every push settles on the
oldest (lowest id): the younger creator deletes its own project, still empty, and uses the oldest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.io.records import find_records_file
from builder.label.connection import NO_RETRY, Connection, connect, studio_errors
from builder.label.project import claim_tasks, ledger_description, open_project, read_ledger
from builder.label.tasks import claim_task, read_claims
from builder.validate.files import refuse_invalid

DEFAULT_BATCH = 500


@dataclass
class PushSummary:
    project_id: int
    title: str
    created: bool
    claims: int  # distinct claims in the input
    present: int  # of those, already in the project
    imported: int
    duplicates_removed: int
    tasks: int  # tasks in the project afterwards
    seconds: float

    def line(self) -> str:
        verb = "created" if self.created else "updated"
        extra = f", {self.duplicates_removed} duplicate task(s) removed" if self.duplicates_removed else ""
        return (f"{verb} project {self.title!r} (id {self.project_id}): {self.imported} claim(s) imported, "
                f"{self.present} already there{extra}; {self.tasks} task(s) in {self.seconds:.1f} s")


def remove_duplicates(conn: Connection, tasks: dict[str, list[int]]) -> int:
    """Delete all but the first task of each claim, keeping every task that has annotations."""
    removed = 0
    for claim_id, ids in tasks.items():
        if len(ids) < 2:
            continue
        keep = [ids[0]]
        for task_id in ids[1:]:
            if conn.client.tasks.get(str(task_id)).total_annotations:
                keep.append(task_id)
            else:
                conn.client.tasks.delete(str(task_id))
                removed += 1
        tasks[claim_id] = keep
    return removed


def settle_created(conn: Connection, project: Any, title: str, overlap: int | None) -> tuple[Any, bool]:
    """(project, created) after this push created `project`: itself when it is the oldest project titled
    `title`, else the oldest one, once this push's own (still empty) project is deleted."""
    same = [p for p in conn.client.projects.list(title=title, page_size=100) if p.title == title]
    oldest = min(same, key=lambda p: p.id, default=project)
    if oldest.id >= project.id:
        return project, True
    conn.client.projects.delete(project.id)
    kept = conn.client.projects.get(oldest.id)  # by id: a third racing push's project may still be listed
    if overlap is not None and kept.maximum_annotations != overlap:
        kept = conn.client.projects.update(kept.id, maximum_annotations=overlap)
    return kept, False


def push(claims_file: Path, title: str, *, url: str | None = None, api_key: str | None = None,
         overlap: int | None = None, batch_size: int = DEFAULT_BATCH, articles_file: Path | None = None,
         progress: Callable[[str], None] | None = None) -> PushSummary:
    """Create (or find) project `title` and import every claim of `claims_file` not yet in it.

    The whole input is read and validated (each record against its schema, the claims against their
    articles, see `builder validate`) before connecting: an invalid file is refused before any request.
    `url` and `api_key` default to $LABEL_STUDIO_URL and $LABEL_STUDIO_API_KEY.
    """
    started = time.perf_counter()
    inputs = read_claims(claims_file, articles_file)
    articles = Path(articles_file or find_records_file(Path(claims_file).parent, "articles"))
    refuse_invalid([(articles, "article"), (Path(claims_file), "claim")],
                   fix=f"push the output of `builder split`; `builder validate {articles} {claims_file}` lists "
                       "every problem")
    conn = connect(url, api_key)
    with studio_errors(conn.url):
        project, created = open_project(conn, title, overlap)
        if created:
            project, created = settle_created(conn, project, title, overlap)
        present = claim_tasks(conn, project.id)
        removed = remove_duplicates(conn, present)
        missing = [item for item in inputs if item.claim["claim_id"] not in present]
        batches = [missing[i:i + batch_size] for i in range(0, len(missing), batch_size)]
        for number, batch in enumerate(batches, 1):
            conn.client.projects.import_tasks(project.id, request=[claim_task(item) for item in batch],
                                              request_options=NO_RETRY)
            if progress:
                progress(f"batch {number}/{len(batches)}: {len(batch)} task(s) imported")
        expected = sum(len(ids) for ids in present.values()) + len(missing)
        project = conn.client.projects.get(project.id)
        if project.task_number != expected:
            present = claim_tasks(conn, project.id)
            removed += remove_duplicates(conn, present)
            project = conn.client.projects.get(project.id)
        pushed = read_ledger(project.description) | present.keys() | {i.claim["claim_id"] for i in missing}
        conn.client.projects.update(project.id, description=ledger_description(project.description, pushed))
    return PushSummary(project.id, title, created, len(inputs), len(inputs) - len(missing), len(missing),
                       removed, project.task_number, time.perf_counter() - started)
