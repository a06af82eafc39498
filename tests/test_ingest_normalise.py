"""Assembling article records: order of parts, offsets, furniture offsets, subheadings, empty articles."""

from __future__ import annotations

import pytest

from builder.ingest.normalise import Part, Segment, build_article, is_heading, split_paragraphs
from builder.ingest.rejects import BadInput
from builder.records.schemas import violations

DATE = {"value": "2023-01", "precision": "month"}


def test_text_is_title_lead_body_joined_by_blank_lines_with_offsets_that_slice_it() -> None:
    parts = [Part("Body eins.", "body"), Part("Der Titel", "title"), Part("Der Lead.", "lead"),
             Part("Zwischentitel", "heading"), Part("Body zwei.", "body")]
    rec = build_article("a1", parts, published=DATE, source="Quelle", url=None)
    assert rec["text"] == "Der Titel\n\nDer Lead.\n\nBody eins.\n\nZwischentitel\n\nBody zwei."
    assert [(rec["text"][p["start"]:p["end"]], p["kind"]) for p in rec["paragraphs"]] == [
        ("Der Titel", "title"), ("Der Lead.", "lead"), ("Body eins.", "body"), ("Zwischentitel", "heading"),
        ("Body zwei.", "body")]
    assert rec["title"] == "Der Titel" and rec["lead"] == "Der Lead."
    assert violations("article", rec) == []


def test_furniture_segments_are_shifted_to_offsets_in_text() -> None:
    parts = [Part("Titel", "title"), Part("Von Erika Muster, Bern", "body", (Segment("author", 4, 16),))]
    rec = build_article("a1", parts, published=DATE, source=None, url=None)
    (seg,) = rec["furniture"]
    assert seg == {"kind": "author", "start": 11, "end": 23, "text": "Erika Muster"}
    assert rec["text"][seg["start"]:seg["end"]] == "Erika Muster"


def test_empty_parts_are_dropped_and_no_title_gives_an_empty_title_and_null_lead() -> None:
    rec = build_article("a1", [Part("", "title"), Part("", "lead"), Part("Nur Text.", "body")],
                        published={"value": None, "precision": None}, source="", url="")
    assert rec["text"] == "Nur Text." and rec["title"] == "" and rec["lead"] is None
    assert rec["source"] is None and rec["url"] is None
    assert violations("article", rec) == []


def test_an_article_without_any_text_raises_for_field_text() -> None:
    with pytest.raises(BadInput) as caught:
        build_article("a1", [Part("", "title"), *split_paragraphs("  \n \n", "body")], published=DATE,
                      source=None, url=None)
    assert caught.value.field == "text"


@pytest.mark.parametrize(("line", "heading"), [
    ("Mehr als 40 000 Besucher in Luzern", True),
    ("Erster Schnee in Chur", True),
    ("«Unvergesslicher Abend»", True),
    ("Die Zahl der Infizierten steigt weiter.", False),
    ("Was bedeutet das für die Schweiz?", False),
    ("Die Nachfrage steigt. Dort sind Kunden auch bereit, länger zu warten", False),
    ("Kulturfeuer-Biergarten im Klosterhof, geöffnet mittwochs bis samstags von 17 bis 23 Uhr bei jedem "
     "Wetter ausser bei Sturm", False),
])
def test_subheadings_are_short_lines_without_final_punctuation(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_split_paragraphs_marks_headings_only_in_the_body_and_cleans_white_space() -> None:
    body = split_paragraphs("Erster  Absatz.\r\n\nKurzer Zwischentitel\n\tLetzter Absatz.", "body")
    assert [(p.text, p.kind) for p in body] == [
        ("Erster Absatz.", "body"), ("Kurzer Zwischentitel", "heading"), ("Letzter Absatz.", "body")]
    assert [p.kind for p in split_paragraphs("Kurzer Lead ohne Punkt", "lead")] == ["lead"]
