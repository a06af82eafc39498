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
GROUP_PREFIX = "claims-ch-group:"  # the --project title shared by the per-annotator projects of one push
ANNOTATOR_PREFIX = "claims-ch-annotator:"  # the pseudonym of the one annotator a project is for
_NOTE_START = "claims-ch: "
TITLE_LIMIT = 50  # Label Studio's limit on project titles
_CLAIM_ID = re.compile(r"^[0-9a-f]{16}$")

# Shown by Label Studio before the first task (`show_instruction`) and on demand: every label with a
# definition and an example, so annotators decide by the same rules (values as stored in the records).
INSTRUCTIONS = """<h3>Aussagen prüfen: Anleitung</h3>
<p>Oben steht eine <b>Aussage</b>, die automatisch aus dem gelb markierten Satzteil eines Artikels gewonnen
wurde. Beispielartikel für alle Beispiele: «Blinken trifft am Mittwoch in Kiew den Präsidenten Selenskyj und den
Aussenminister Kuleba», erschienen am 17.01.2022.</p>
<h4>1. Treue (immer beantworten)</h4>
<ul>
<li><b>Getreu</b> (faithful): sagt genau, was der Artikel sagt, als eine einzige, ohne den Artikel
verständliche, überprüfbare Aussage. <i>Beispiel:</i> «US-Aussenminister Blinken trifft am 19. Januar 2022 in
Kiew den ukrainischen Präsidenten Selenskyj.»</li>
<li><b>Nicht getreu</b> (unfaithful): verfälscht, übertreibt oder ergänzt den Artikel. <i>Beispiel:</i>
«Blinken trifft in Moskau den Präsidenten Selenskyj.» (Ort falsch)</li>
<li><b>Nicht atomar</b> (not_atomic): enthält mehr als eine Aussage. <i>Beispiel:</i> «Blinken trifft Selenskyj
und Kuleba.»</li>
<li><b>Nicht verständlich ohne den Artikel</b> (not_self_contained): offene Bezüge wie «er», «dort», «am
Mittwoch» ohne Datum. <i>Beispiel:</i> «Er trifft dort den Präsidenten.»</li>
<li><b>Keine überprüfbare Aussage</b> (not_a_claim): Meinung, Frage, Aufforderung oder Seitenelement.
<i>Beispiel:</i> «Fehler gefunden? Jetzt melden.»</li>
</ul>
<h4>2. Urteil (nur bei «Getreu»; erscheint erst dann)</h4>
<p>Suchen Sie Belege <b>ausserhalb</b> des Artikels (amtliche Quellen, Agenturmeldungen, andere Medien).</p>
<ul>
<li><b>Belegt</b> (supported): die Belege bestätigen die Aussage. <i>Beispiel:</i> das Reiseprogramm des
US-Aussenministeriums nennt das Treffen in Kiew am 19. Januar 2022.</li>
<li><b>Widerlegt</b> (refuted): die Belege zeigen, dass die Aussage falsch ist. <i>Beispiel:</i> das Treffen
fand nachweislich in Genf statt.</li>
<li><b>Nicht genügend Belege</b> (not_enough_evidence): nach ernsthafter Suche weder Bestätigung noch
Widerlegung. <i>Beispiel:</i> nur der Artikel selbst berichtet davon. Hier sind keine Belege nötig.</li>
<li><b>Widersprüchliche Belege / einseitige Auswahl</b> (conflicting_evidence): glaubwürdige Quellen
widersprechen sich, oder die Aussage stimmt nur bei einseitiger Auswahl. <i>Beispiel:</i> zwei Agenturen
nennen verschiedene Daten für das Treffen.</li>
</ul>
<p>Bei «Belegt», «Widerlegt» und «Widersprüchlich» sind <b>mindestens eine Beleg-URL</b> (mit Enter hinzufügen)
und eine <b>kurze Begründung mit der entscheidenden Belegstelle</b> Pflicht; ohne sie lässt sich nicht
absenden.</p>
<h4>3. Korrektur (freiwillig)</h4>
<p>Eine getreue, eigenständige Fassung der Aussage, wenn sie nicht getreu oder nicht verständlich ist.</p>
<p>Urteilen Sie unabhängig: sprechen Sie sich nicht ab und sehen Sie sich keine fremden Annotationen an.</p>
"""


def find_project(conn: Connection, title: str) -> Any | None:
    """The one project with exactly this title, or None; two with the same title is an error."""
    # the SDK types its pagers without an item type
    listed: Iterable[Any] = conn.client.projects.list(title=title, page_size=100)
    found = [p for p in listed if p.title == title]
    if len(found) > 1:
        ids = ", ".join(str(p.id) for p in found)
        raise BuilderError(f"{len(found)} Label Studio projects are titled {title!r} (ids {ids})",
                           fix="rename or delete all but one of them in Label Studio")
    return found[0] if found else None


def open_project(conn: Connection, title: str, overlap: int | None, *,
                 note: str = "") -> tuple[Any, bool]:
    """The project titled `title`, created with the claim verification interface if missing.

    `overlap` (annotations needed per task) is applied to new and existing projects when given. `note`
    (group and annotator lines) starts the description of a new project. Returns (project, created).
    """
    project = find_project(conn, title)
    if project is None:
        project = conn.client.projects.create(
            title=title, label_config=label_config(), maximum_annotations=overlap or 1,
            expert_instruction=INSTRUCTIONS, show_instruction=True, show_collab_predictions=True,
            description="\n".join(filter(None, [note, LEDGER_NOTE.format(count=0)])))
        return project, True
    if not {FIDELITY, VERDICT, SPAN} <= set(project.parsed_label_config or {}):
        raise BuilderError(f"Label Studio project {title!r} (id {project.id}) does not use the claim "
                           f"verification interface", fix="push to a new project title")
    if overlap is not None and project.maximum_annotations != overlap:
        project = conn.client.projects.update(project.id, maximum_annotations=overlap)
    return project, False


def annotator_title(title: str, annotator: str) -> str:
    """Title of `annotator`'s own project of the push `title`; BuilderError when it would be too long."""
    full = f"{title} ({annotator})"
    if len(full) > TITLE_LIMIT:
        raise BuilderError(f"project title {title!r} is too long for per-annotator projects ({full!r} has "
                           f"{len(full)} characters, Label Studio allows {TITLE_LIMIT})",
                           fix=f"use a --project title of at most {TITLE_LIMIT - len(annotator) - 3} characters")
    return full


def description_value(description: str | None, prefix: str) -> str | None:
    """The value of the description line starting with `prefix` (group or annotator), else None."""
    for line in (description or "").splitlines():
        if line.startswith(prefix):
            return line[len(prefix):].strip()
    return None


def group_projects(conn: Connection, title: str) -> list[Any]:
    """The per-annotator projects pushed as `title` (`builder push --annotators`), by id."""
    listed: Iterable[Any] = conn.client.projects.list(page_size=100)  # the SDK types its pagers without an item type
    return sorted((p for p in listed if description_value(p.description, GROUP_PREFIX) == title), key=lambda p: p.id)


def claim_tasks(conn: Connection, project_id: int) -> dict[str, list[int]]:
    """claim_id → ids of the project's tasks that carry it (ascending); tasks without one are left out."""
    found: dict[str, list[int]] = defaultdict(list)
    tasks: Iterable[Any] = conn.client.tasks.list(project=project_id, page_size=1000, include="id,data",
                                                  fields="task_only")  # the SDK types its pagers without an item type
    for task in tasks:
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
