"""The labeling interface: stable values equal the annotation schema, German captions, unique hotkeys,
and the real Label Studio accepts it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from builder.label.config import EVIDENCE_QUOTE, EVIDENCE_URLS, FIDELITY, VERDICT, choice_values, label_config
from builder.label.connection import connect
from builder.label.project import INSTRUCTIONS, open_project
from builder.records.schemas import load_schema


@pytest.mark.parametrize("control", [FIDELITY, VERDICT])
def test_choice_values_are_the_schema_enums(control: str) -> None:
    enum = load_schema("annotation")["$defs"][control]["enum"]
    assert list(choice_values(control)) == [v for v in enum if v is not None]


def test_every_choice_has_a_german_caption_and_its_own_hotkey() -> None:
    root = ET.fromstring(label_config())
    options = [tag for tag in root.iter() if tag.tag in ("Choice", "Label")]
    assert len(options) == 10
    for option in options:
        caption = option.get("html", "")
        assert caption and caption != option.get("value"), option.attrib
    hotkeys = [option.get("hotkey") for option in options]
    assert None not in hotkeys and len(set(hotkeys)) == len(hotkeys)
    assert "Getreu: sagt genau, was der Artikel sagt" in [o.get("html") for o in options]


@pytest.mark.studio
def test_the_real_server_accepts_the_interface(studio, project_title: str) -> None:
    conn = connect(studio.url, studio.token)
    project, created = open_project(conn, project_title, overlap=3)
    assert created
    stored = conn.client.projects.get(project.id)
    assert stored.label_config.strip() == label_config().strip()
    assert stored.maximum_annotations == 3
    parsed = stored.parsed_label_config
    assert parsed[FIDELITY]["labels"] == list(choice_values(FIDELITY))
    assert parsed[VERDICT]["labels"] == list(choice_values(VERDICT))
    assert parsed["span"]["to_name"] == ["context"]
    again, created_again = open_project(conn, project_title, overlap=None)
    assert (again.id, created_again) == (project.id, False)


def _parents(root: ET.Element) -> dict[ET.Element, ET.Element]:
    return {child: parent for parent in root.iter() for child in parent}


def _visibility(tag: ET.Element, parents: dict[ET.Element, ET.Element]) -> list[tuple[str, set[str]]]:
    """(whenTagName, whenChoiceValue set) of every enclosing View with a visibility condition, innermost first."""
    found = []
    while tag in parents:
        tag = parents[tag]
        if tag.get("visibleWhen"):
            assert tag.get("visibleWhen") == "choice-selected"
            found.append((tag.get("whenTagName"), set(tag.get("whenChoiceValue", "").split(","))))
    return found


def test_verdict_only_for_faithful_claims_and_evidence_required_for_a_verdict_that_needs_it() -> None:
    root = ET.fromstring(label_config())
    parents = _parents(root)
    by_name = {tag.get("name"): tag for tag in root.iter() if tag.get("name")}
    assert _visibility(by_name[VERDICT], parents) == [(FIDELITY, {"faithful"})]
    assert by_name[VERDICT].get("required") == "true"  # Label Studio checks it only while visible
    needs_evidence = set(choice_values(VERDICT)) - {"not_enough_evidence"}
    for name in (EVIDENCE_URLS, EVIDENCE_QUOTE):
        assert by_name[name].get("required") == "true" and by_name[name].get("requiredMessage")
        assert _visibility(by_name[name], parents) == [(VERDICT, needs_evidence), (FIDELITY, {"faithful"})]
    assert _visibility(by_name[FIDELITY], parents) == [] and by_name[FIDELITY].get("required") == "true"


def test_instructions_define_every_label_with_an_example() -> None:
    root = ET.fromstring(label_config())
    captions = [o.get("html") for o in root.iter("Choice")]
    for caption in captions:
        short = caption.split(":")[0].split(" (")[0]
        section = INSTRUCTIONS[INSTRUCTIONS.index(f"<b>{short}</b>"):]
        item = section[:section.index("</li>")]
        assert "Beispiel" in item, short
    for value in [*choice_values(FIDELITY), *choice_values(VERDICT)]:
        assert f"({value})" in INSTRUCTIONS


@pytest.mark.studio
def test_the_server_shows_the_instructions_before_the_first_task(studio, project_title: str) -> None:
    conn = connect(studio.url, studio.token)
    project, _ = open_project(conn, project_title, overlap=1)
    stored = conn.client.projects.get(project.id)
    assert stored.show_instruction is True and stored.expert_instruction == INSTRUCTIONS
