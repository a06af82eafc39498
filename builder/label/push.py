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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from label_studio_sdk.core.api_error import ApiError

from builder.errors import BuilderError
from builder.label.annotations import annotator_salt, pseudonym
from builder.label.connection import NO_RETRY, Connection, connect, studio_errors
from builder.label.project import (
    ANNOTATOR_PREFIX,
    GROUP_PREFIX,
    annotator_title,
    claim_tasks,
    ledger_description,
    open_project,
    read_ledger,
)
from builder.label.servers import AnnotatorServer
from builder.label.tasks import ClaimInput, articles_beside, claim_task, read_claims
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
    """Delete all but the first task of each claim, keeping every task that has annotations. A copy that a
    racing push deleted first (404) is gone all the same; only the copies this call deleted are counted."""
    removed = 0
    for claim_id, ids in tasks.items():
        if len(ids) < 2:
            continue
        keep = [ids[0]]
        for task_id in ids[1:]:
            try:
                if conn.client.tasks.get(str(task_id)).total_annotations:
                    keep.append(task_id)
                    continue
                conn.client.tasks.delete(str(task_id))
                removed += 1
            except ApiError as exc:
                if exc.status_code != 404:
                    raise
        tasks[claim_id] = keep
    return removed


def _delete_project(conn: Connection, project_id: int) -> None:
    """Delete a project another racing push may have deleted already."""
    try:
        conn.client.projects.delete(project_id)
    except ApiError as exc:
        if exc.status_code != 404:
            raise


def settle_created(conn: Connection, project: Any, title: str, overlap: int | None) -> tuple[Any, bool]:
    """(project, created) after this push created `project`: itself when it is the oldest project titled
    `title`, else the oldest one, once this push's own (still empty) project is deleted. Younger empty
    projects of the title go too: a create the client retried after a timeout leaves one behind."""
    # the SDK types its pagers without an item type
    listed: Iterable[Any] = conn.client.projects.list(title=title, page_size=100)
    same = [p for p in listed if p.title == title]
    oldest = min(same, key=lambda p: p.id, default=project)
    for other in same:
        if other.id > oldest.id and other.id != project.id and not other.task_number:
            _delete_project(conn, other.id)
    if oldest.id >= project.id:
        return project, True
    _delete_project(conn, project.id)
    kept: Any = conn.client.projects.get(oldest.id)  # by id: a third racing push's project may still be listed
    if overlap is not None and kept.maximum_annotations != overlap:
        kept = conn.client.projects.update(kept.id, maximum_annotations=overlap)
    return kept, False


def _read_valid(claims_file: Path, articles_file: Path | None) -> list[ClaimInput]:
    """The claims to push, read after the whole input was validated (each record against its schema, the
    claims against their articles, see `builder validate`): an invalid file is refused before any request."""
    articles = articles_beside(claims_file, articles_file)
    refuse_invalid([(articles, "article"), (Path(claims_file), "claim")],
                   fix=f"push the output of `builder split`; `builder validate {articles} {claims_file}` lists "
                       "every problem")
    return read_claims(claims_file, articles_file)


def _push_into(conn: Connection, title: str, inputs: Sequence[ClaimInput], *, overlap: int | None, batch_size: int,
               progress: Callable[[str], None] | None, note: str = "") -> PushSummary:
    """Import the claims of `inputs` not yet in project `title` (created if missing); see the module docstring."""
    started = time.perf_counter()
    project: Any  # the SDK's project models, whose `id` is typed optional (a project read back always has one)
    project, created = open_project(conn, title, overlap, note=note)
    if created:
        project, created = settle_created(conn, project, title, overlap)
    present = claim_tasks(conn, project.id)
    removed = remove_duplicates(conn, present)
    missing = [item for item in inputs if item.claim["claim_id"] not in present]
    batches = [missing[i:i + batch_size] for i in range(0, len(missing), batch_size)]
    for number, batch in enumerate(batches, 1):
        # the SDK sends these task dicts as they are; its annotation asks for its own ImportApiRequest model
        conn.client.projects.import_tasks(project.id, request=[claim_task(item) for item in batch],  # type: ignore[misc]
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


def push(claims_file: Path, title: str, *, url: str | None = None, api_key: str | None = None,
         overlap: int | None = None, batch_size: int = DEFAULT_BATCH, articles_file: Path | None = None,
         progress: Callable[[str], None] | None = None) -> PushSummary:
    """Create (or find) project `title` and import every claim of `claims_file` not yet in it.

    The whole input is read and validated before connecting: an invalid file is refused before any
    request. `url` and `api_key` default to $LABEL_STUDIO_URL and $LABEL_STUDIO_API_KEY.
    """
    inputs = _read_valid(claims_file, articles_file)
    conn = connect(url, api_key)
    with studio_errors(conn.url):
        return _push_into(conn, title, inputs, overlap=overlap, batch_size=batch_size, progress=progress)


def overlap_plan(claim_ids: Sequence[str], annotators: Sequence[str], overlap: int) -> dict[str, list[str]]:
    """annotator → the claim ids they judge: each claim goes to `overlap` of the annotators.

    Which ones follows from the claim id alone (consecutive annotators from a start the id picks), so
    every push of the same claims to the same annotators makes the same plan, and load is even on average.
    """
    plan: dict[str, list[str]] = {a: [] for a in annotators}
    for claim_id in claim_ids:
        start = int(claim_id, 16) % len(annotators)
        for k in range(overlap):
            plan[annotators[(start + k) % len(annotators)]].append(claim_id)
    return plan


def push_annotators(claims_file: Path, title: str, annotators: Sequence[str], *, url: str | None = None,
                    api_key: str | None = None, overlap: int | None = None, batch_size: int = DEFAULT_BATCH,
                    articles_file: Path | None = None, salt: str | None = None,
                    servers: dict[str, AnnotatorServer] | None = None,
                    progress: Callable[[str], None] | None = None) -> list[PushSummary]:
    """One project per annotator, each with that annotator's share of the claims.

    Every claim goes to `overlap` annotators (default: all), each in their own project, so nobody works
    where another annotator's answers are; `pull --project TITLE` merges the projects and counts in each
    only the annotations of its annotator. The annotators must have accounts. Without `servers` the
    projects (`TITLE (annotator-…)`) share one server, whose members can all open them; with `servers`
    (from `builder studio --annotators`) each annotator's project `TITLE` is on their own server.
    Idempotent like `push`, as long as the same annotators are given.
    """
    emails = sorted({a.strip().lower() for a in annotators if a.strip()})
    overlap = overlap or len(emails)
    if not emails or overlap > len(emails):
        raise BuilderError(f"--overlap {overlap} needs at least {overlap} annotators, got {len(emails)}",
                           fix="list one e-mail per annotator in --annotators, or lower --overlap")
    missing = [e for e in emails if servers is not None and e not in servers]
    if missing:
        raise BuilderError(f"no server for {', '.join(missing)} in the servers file",
                           fix="start them with `builder studio --annotators` listing every annotator")
    inputs = _read_valid(claims_file, articles_file)
    salt = annotator_salt(salt)
    names = {email: pseudonym(email, salt) for email in emails}
    titles = {email: title if servers else annotator_title(title, names[email]) for email in emails}
    conns = ({email: connect(servers[email].url, servers[email].api_key) for email in emails} if servers
             else dict.fromkeys(emails, connect(url, api_key)))
    for email, conn in conns.items():
        with studio_errors(conn.url):
            if email not in {(u.email or "").lower() for u in conn.client.users.list()}:
                raise BuilderError(f"no Label Studio account for {email} at {conn.url}",
                                   fix=f"let them sign up at {conn.url}/user/signup/ first, then push again")
    plan = overlap_plan([i.claim["claim_id"] for i in inputs], emails, overlap)
    summaries = []
    for email in emails:
        mine = set(plan[email])
        note = f"{GROUP_PREFIX} {title}\n{ANNOTATOR_PREFIX} {names[email]}"
        with studio_errors(conns[email].url):
            summaries.append(_push_into(conns[email], titles[email],
                                        [i for i in inputs if i.claim["claim_id"] in mine], overlap=1,
                                        batch_size=batch_size, progress=progress, note=note))
    return summaries
