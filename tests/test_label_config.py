"""The labeling interface: stable values equal the annotation schema, German captions, unique hotkeys,
and the real Label Studio accepts it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from builder.label.config import FIDELITY, VERDICT, choice_values, label_config
from builder.label.connection import connect
from builder.label.project import open_project
from builder.validate.schemas import load_schema


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
def test_the_real_server_accepts_the_interface(studio, project_title: str) -> None:  # noqa: ANN001
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
