"""The Label Studio project of a push: found by its title, its tasks by claim id, and its push ledger.

The ledger is the list of claim ids ever pushed, kept at the end of the project's description (readable,
and visible to whoever administers the project). `builder pull` compares it with the tasks it finds, so a
task deleted in Label Studio is reported instead of silently missing from the output.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from builder.errors import BuilderError
from builder.label.config import FIDELITY, SPAN, VERDICT, label_config
from builder.label.connection import Connection

LEDGER_NOTE = ("claims-ch: {count} claims pushed with `builder push`. Keep the line below: `builder pull` "
               "uses it to report tasks deleted here.")
LEDGER_PREFIX = "claims-ch-ledger:"
_NOTE_START = "claims-ch: "
_CLAIM_ID = re.compile(r"^[0-9a-f]{16}$")

INSTRUCTIONS = (
    "<p><b>Aussagen prüfen.</b> Oben steht eine Aussage, die automatisch aus dem gelb markierten Satzteil "
    "des Artikels gewonnen wurde.</p><ol>"
    "<li><b>Treue</b>: Gibt die Aussage genau das wieder, was der Artikel sagt, als eine einzige, "
    "ohne den Artikel verständliche, überprüfbare Aussage?</li>"
    "<li><b>Urteil</b>: Ist die Aussage wahr? Suchen Sie Belege ausserhalb des Artikels und geben Sie "
    "URL(s) und die entscheidende Textstelle an.</li>"
    "<li><b>Korrektur</b> (freiwillig): eine getreue, eigenständige Fassung der Aussage.</li></ol>"
)


def find_project(conn: Connection, title: str) -> Any | None:
    """The one project with exactly this title, or None; two with the same title is an error."""
    found = [p for p in conn.client.projects.list(title=title, page_size=100) if p.title == title]
    if len(found) > 1:
        ids = ", ".join(str(p.id) for p in found)
        raise BuilderError(f"{len(found)} Label Studio projects are titled {title!r} (ids {ids})",
                           fix="rename or delete all but one of them in Label Studio")
    return found[0] if found else None


def open_project(conn: Connection, title: str, overlap: int | None) -> tuple[Any, bool]:
    """The project titled `title`, created with the claim verification interface if missing.

    `overlap` (annotations needed per task) is applied to new and existing projects when given.
    Returns (project, created).
    """
    project = find_project(conn, title)
    if project is None:
        project = conn.client.projects.create(
            title=title, label_config=label_config(), maximum_annotations=overlap or 1,
            expert_instruction=INSTRUCTIONS, show_instruction=False, show_collab_predictions=True,
            description=LEDGER_NOTE.format(count=0))
        return project, True
    if not {FIDELITY, VERDICT, SPAN} <= set(project.parsed_label_config or {}):
        raise BuilderError(f"Label Studio project {title!r} (id {project.id}) does not use the claim "
                           f"verification interface", fix="push to a new project title")
    if overlap is not None and project.maximum_annotations != overlap:
        project = conn.client.projects.update(project.id, maximum_annotations=overlap)
    return project, False


def claim_tasks(conn: Connection, project_id: int) -> dict[str, list[int]]:
    """claim_id → ids of the project's tasks that carry it (ascending); tasks without one are left out."""
    found: dict[str, list[int]] = defaultdict(list)
    for task in conn.client.tasks.list(project=project_id, page_size=1000, include="id,data",
                                       fields="task_only"):
        claim_id = (task.data or {}).get("claim_id")
        if isinstance(claim_id, str):
            found[claim_id].append(task.id)
    return {claim_id: sorted(ids) for claim_id, ids in found.items()}


def read_ledger(description: str | None) -> set[str]:
    """The claim ids recorded as pushed in a project description (empty if there is no ledger)."""
    for line in (description or "").splitlines():
        if line.startswith(LEDGER_PREFIX):
            return {word for word in line[len(LEDGER_PREFIX):].split() if _CLAIM_ID.match(word)}
    return set()


def ledger_description(description: str | None, pushed: Iterable[str]) -> str:
    """`description` with its ledger lines replaced by a ledger of `pushed`; other text is kept."""
    kept = [line for line in (description or "").splitlines()
            if not line.startswith((LEDGER_PREFIX, _NOTE_START))]
    ids = sorted(set(pushed))
    return "\n".join([*kept, LEDGER_NOTE.format(count=len(ids)), f"{LEDGER_PREFIX} {' '.join(ids)}"])
