"""`builder pull`: every annotation of a project → annotations.* and adjudicated verified.* records.

Nothing is dropped silently: claims that were pushed (the project's ledger, or `--claims`) but have no
task any more are reported as deleted, and a project without a complete ledger is refused unless `--claims`
names the pushed file; tasks that are not claims, claims with several tasks, skipped
annotations and records that do not match their schema are reported too. Every record is validated
before it is written; each output file appears atomically.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.errors import BuilderError
from builder.label.adjudicate import FAITHFUL, MIN_VERDICTS, QUESTIONS, evidence_missing, verified_record
from builder.label.agreement import (
    BOOTSTRAP_DRAWS,
    CONFIDENCE,
    AnnotatorStats,
    QuestionAgreement,
    annotator_stats,
    project_agreement,
)
from builder.label.annotations import annotation_record, annotator_salt, pseudonym
from builder.label.connection import Connection, connect, studio_errors
from builder.label.project import ANNOTATOR_PREFIX, description_value, find_project, group_projects, read_ledger
from builder.label.servers import AnnotatorServer
from builder.label.tasks import valid_records
from builder.records.files import Format, RecordWriter
from builder.records.schemas import check, violations
from builder.records.types import Annotation, Claim


@dataclass
class PullSummary:
    project_ids: list[int]  # one, or one per annotator (`builder push --annotators`)
    title: str
    tasks: int = 0  # tasks that carry a claim
    annotated: int = 0  # claims with at least one annotation
    annotations: int = 0
    cancelled: int = 0  # skipped by the annotator: no answer, left out
    needs_review: int = 0
    uncounted: list[str] = field(default_factory=list)  # verdicts that do not count, and why
    agreement: list[QuestionAgreement] = field(default_factory=list)
    annotators: list[AnnotatorStats] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # pushed claim ids without a task
    duplicated: list[str] = field(default_factory=list)  # claim ids with more than one task
    problems: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report printed by `builder pull`: counts, agreement per question, annotators, warnings."""
        where = (f"project {self.title!r} (id {self.project_ids[0]})" if len(self.project_ids) == 1 else
                 f"{len(self.project_ids)} projects {self.title!r}, one per annotator")
        out = [f"{where}: {self.tasks} tasks, {self.annotated} annotated, "
               f"{self.annotations} annotations ({self.cancelled} skipped), {self.needs_review} need review",
               f"{'question':<10} {'units':>5} {'alpha':>7} {f'{CONFIDENCE:.0%} CI':>15} {'percent':>8}"]
        for q in self.agreement:
            interval = "n/a" if q.interval is None else f"{q.interval[0]:.3f}–{q.interval[1]:.3f}"
            out.append(f"{q.question:<10} {q.units:>5} {_number(q.alpha):>7} {interval:>15} {_percent(q.percent):>8}")
        out.append(f"(alpha: Krippendorff, nominal; CI: percentile bootstrap over claims, {BOOTSTRAP_DRAWS} draws, "
                   f"seeded)")
        out.append(f"{'annotator':<20} {'annotations':>11} " + " ".join(f"{q:>9}" for q in QUESTIONS)
                   + "   (pairwise agreement with the other annotators)")
        out.extend(f"{a.annotator:<20} {a.annotations:>11} "
                   + " ".join(f"{_percent(a.with_others[q]):>9}" for q in QUESTIONS) for a in self.annotators)
        if self.deleted:
            out.append(f"warning: {len(self.deleted)} pushed claim(s) have no task in Label Studio (deleted "
                       f"there?): {' '.join(self.deleted)}")
        if self.duplicated:
            out.append(f"warning: {len(self.duplicated)} claim(s) have several tasks; their annotations are "
                       f"merged: {' '.join(self.duplicated)}")
        if self.uncounted:
            out.append(f"warning: {len(self.uncounted)} verdict(s) not counted: " + "; ".join(self.uncounted))
        out += [f"warning: {p}" for p in self.problems]
        return out


def _number(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _percent(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _export(conn: Connection, project_id: int) -> list[dict[str, Any]]:
    raw = b"".join(conn.client.projects.exports.download_sync(project_id, export_type="JSON",
                                                              download_all_tasks=True))
    return sorted(json.loads(raw), key=lambda t: t["id"])


@dataclass(frozen=True)
class _Export:
    """One project's export, with the e-mails of its server's users (user ids are per server)."""

    project: Any
    tasks: list[dict[str, Any]]
    emails: dict[int | None, str]  # by user id, which the SDK's user model types as optional


def _exports(conn: Connection, title: str, *, group: bool) -> list[_Export]:
    """The project titled `title` on this server (with `group`: first its per-annotator projects)."""
    with studio_errors(conn.url):
        projects = (group_projects(conn, title) if group else []) or [find_project(conn, title)]
        if projects[0] is None:
            raise BuilderError(f"no Label Studio project titled {title!r} at {conn.url}",
                               fix="check --project, or create it with `builder push`")
        emails = {user.id: user.email or user.username or f"user-{user.id}" for user in conn.client.users.list()}
        return [_Export(project, _export(conn, project.id), emails) for project in projects]


def _refuse_without_ledger(project: Any, ledger: set[str], found: Iterable[str]) -> None:
    """A project whose push ledger is gone or misses claims of its own tasks (its description was edited, or
    a push was killed before it wrote the ledger) cannot tell which tasks were deleted: refuse, so that no
    deleted claim goes missing from the output unreported."""
    unlisted = sorted(set(found) - ledger)
    if unlisted:
        state = "has no push ledger" if not ledger else f"has a push ledger without {len(unlisted)} of its claims"
        raise BuilderError(f"Label Studio project {project.title!r} (id {project.id}) {state}, so tasks deleted "
                           "there cannot be found",
                           fix="pass the pushed claims file with --claims, or push it again, which brings back "
                               "deleted tasks and rewrites the ledger")


def pull(title: str, out_dir: Path, *, url: str | None = None, api_key: str | None = None,
         fmt: Format = "parquet", salt: str | None = None, claims_file: Path | None = None,
         min_verdicts: int = MIN_VERDICTS, servers: dict[str, AnnotatorServer] | None = None) -> PullSummary:
    """Export project `title` and write OUT_DIR/annotations.<fmt> and OUT_DIR/verified.<fmt>.

    `claims_file` (optional) adds its claims to the ledger of pushed claims that deletions are checked
    against; it is required when a project's ledger is gone or incomplete. A verdict needs `min_verdicts`
    agreeing faithful judges (see `adjudicate`). `url` and `api_key` default to $LABEL_STUDIO_URL and
    $LABEL_STUDIO_API_KEY. With `servers` (one per annotator, `builder studio --annotators`) the project
    `title` of every annotator's server is pulled and merged.
    """
    pushed = {record["claim_id"] for _, record in valid_records(claims_file, "claim")} if claims_file else set()
    salt = annotator_salt(salt)
    if servers:
        exports = [e for server in servers.values()
                   for e in _exports(connect(server.url, server.api_key), title, group=False)]
    else:
        exports = _exports(connect(url, api_key), title, group=True)
    summary = PullSummary([e.project.id for e in exports], title)
    claims: dict[str, Claim] = {}
    by_claim: dict[str, list[Annotation]] = {}
    foreign = 0
    for export in exports:
        project, tasks, emails = export.project, export.tasks, export.emails
        # a per-annotator project counts only its own annotator's work (see `push_annotators`)
        assigned = description_value(project.description, ANNOTATOR_PREFIX)
        task_ids: dict[str, list[int]] = defaultdict(list)
        for task in tasks:
            data, claim_id = task.get("data") or {}, (task.get("data") or {}).get("claim_id")
            found = violations("claim", data.get("record"))
            if not isinstance(claim_id, str) or found or data["record"]["claim_id"] != claim_id:
                foreign += 1
                continue
            claims.setdefault(claim_id, data["record"])
            task_ids[claim_id].append(task["id"])
            for annotation in sorted(task.get("annotations") or [], key=lambda a: a["id"]):
                if annotation.get("was_cancelled"):
                    summary.cancelled += 1
                    continue
                user = annotation.get("completed_by")
                user_id: int | None = user.get("id") if isinstance(user, dict) else user
                name = pseudonym(emails.get(user_id, f"user-{user_id}"), salt)
                if assigned is not None and name != assigned:
                    summary.problems.append(f"annotation {annotation['id']} in project {project.id} (for {assigned}) "
                                            f"is by {name}, not its annotator; left out")
                    continue
                record = annotation_record(annotation, task, name)
                found = violations("annotation", record)
                if found:
                    summary.problems.append(f"annotation {annotation['id']} of task {task['id']} left out: "
                                            f"{found[0]}")
                    continue
                by_claim.setdefault(claim_id, []).append(record)
                if record["verdict"] is not None and record["fidelity"] != FAITHFUL:
                    summary.uncounted.append(f"annotation {annotation['id']}: a verdict on a claim judged "
                                             f"{record['fidelity'] or 'without fidelity'}")
                elif evidence_missing(record):
                    summary.uncounted.append(f"annotation {annotation['id']}: {record['verdict']!r} without an "
                                             f"evidence URL and a justification")
        ledger = read_ledger(project.description)
        if claims_file is None:
            _refuse_without_ledger(project, ledger, task_ids.keys())
        summary.tasks += sum(len(ids) for ids in task_ids.values())
        summary.duplicated += sorted(c for c, ids in task_ids.items() if len(ids) > 1)
        summary.deleted += sorted(ledger - task_ids.keys())
    if foreign:
        summary.problems.append(f"{foreign} task(s) carry no valid claim record (not from `builder push`); "
                                f"left out")
    summary.deleted = sorted(set(summary.deleted) | (pushed - claims.keys()))
    summary.duplicated = sorted(set(summary.duplicated))
    for claim_annotations in by_claim.values():
        claim_annotations.sort(key=lambda r: r["annotation_id"])  # merged projects: back to annotation order
    verified = [verified_record(claim, by_claim.get(claim_id, []), min_verdicts=min_verdicts)
                for claim_id, claim in claims.items()]
    annotations = [record for claim_id in claims for record in by_claim.get(claim_id, [])]
    outputs: list[tuple[str, str, Sequence[Mapping[str, Any]]]] = [
        ("annotations", "annotation", annotations), ("verified", "verified", verified)]
    for _, kind, records in outputs:
        for item in records:
            check(kind, item)
    summary.annotated = len(by_claim)
    summary.annotations = len(annotations)
    summary.needs_review = sum(v["needs_review"] for v in verified)
    summary.agreement = project_agreement(by_claim)
    summary.annotators = annotator_stats(by_claim)
    for stem, kind, records in outputs:
        with RecordWriter(out_dir, stem, kind, fmt) as writer:
            for item in records:
                writer.write(item)
        summary.outputs.append(writer.path)
    return summary
