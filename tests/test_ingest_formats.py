"""The four input formats on small synthetic fixtures and on the real files in ../shared."""

from __future__ import annotations

import csv
import json
import re
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from builder.errors import BuilderError
from builder.ingest import format_of, read_articles
from builder.records.schemas import violations

DATA = Path(__file__).resolve().parent / "data" / "ingest"
SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_INPUTS = sorted((SHARED / "gold" / "dev_inputs").iterdir()) if (SHARED / "gold").is_dir() else []
CORPUS = SHARED / "corpus"
SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "000_606d4c18b25b7e8e.txt"  # the bundled sample


def articles(*paths: Path, fmt: str | None = None) -> list[dict[str, Any]]:
    out = list(read_articles(list(paths), fmt))
    assert [rec for kind, rec in out if kind != "article"] == []
    return [rec for _, rec in out]


def assert_well_formed(rec: dict[str, Any]) -> None:
    """Valid per schema; paragraphs tile `text` in order; furniture slices `text` to its own `text`."""
    assert violations("article", rec) == []
    text, paras = rec["text"], rec["paragraphs"]
    assert "\n\n".join(text[p["start"]:p["end"]] for p in paras) == text
    for p in paras:
        chunk = text[p["start"]:p["end"]]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk
    if rec["title"]:
        assert paras[0]["kind"] == "title" and text[:paras[0]["end"]] == rec["title"]
    if rec["lead"]:
        leads = [p for p in paras if p["kind"] == "lead"]
        assert text[leads[0]["start"]:leads[-1]["end"]] == rec["lead"]
    for seg in rec["furniture"]:
        assert seg["text"] and text[seg["start"]:seg["end"]] == seg["text"]


def kinds(rec: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p["kind"], rec["text"][p["start"]:p["end"]]) for p in rec["paragraphs"]]


def test_plain_text_date_title_lead_and_paragraphs() -> None:
    (rec,) = articles(DATA / "mini.txt")
    assert_well_formed(rec)
    assert rec["id"] == "mini" and rec["published"] == {"value": "2023-03-07", "precision": "day"}
    assert kinds(rec) == [
        ("title", "Neue Regeln für Velofahrer"),
        ("lead", "Ab Januar gilt in der ganzen Stadt Tempo 30. Das hat der Stadtrat beschlossen."),
        ("body", "Der Stadtrat begründet den Entscheid mit der Sicherheit."),
        ("heading", "Mehr Platz für Velos"),
        ("body", "Die Velowege werden breiter.")]
    assert rec["language"] == "de" and rec["source"] is None and rec["furniture"] == []


def test_plain_text_headline_may_follow_on_the_line_after_the_date(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("date 2021\nGemeinderat tagt Er berät das Budget.\nZweiter Absatz.\n", encoding="utf-8")
    (rec,) = articles(path)
    assert kinds(rec) == [("title", "Gemeinderat tagt"), ("lead", "Er berät das Budget."),
                          ("body", "Zweiter Absatz.")]
    assert rec["published"] == {"value": "2021", "precision": "year"}


def test_jsonl_fields_subheadings_and_dates() -> None:
    first, second = articles(DATA / "mini.jsonl")
    for rec in (first, second):
        assert_well_formed(rec)
    assert first["id"] == "m-1" and first["source"] == "Musterblatt"
    assert first["url"] == "https://example.org/schulhaus"
    assert first["published"] == {"value": "2023-02-14", "precision": "day"}
    assert [k for k, _ in kinds(first)] == ["title", "lead", "body", "heading", "body"]
    assert kinds(first)[3] == ("heading", "Kosten von zehn Millionen Franken")
    assert second["lead"] is None and second["url"] is None
    assert second["published"] == {"value": "2023-02", "precision": "month"}
    assert [k for k, _ in kinds(second)] == ["title", "body", "body"]


def test_csv_gives_the_same_articles_as_jsonl() -> None:
    assert articles(DATA / "mini.csv") == articles(DATA / "mini.jsonl")


def test_csv_with_semicolons_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text('id;title;text\nx1;Titel;"Erster Satz; mit Semikolon."\n', encoding="utf-8")
    (rec,) = articles(path)
    assert rec["text"] == "Titel\n\nErster Satz; mit Semikolon."


def test_swissdox_markup_becomes_parts_and_marked_furniture() -> None:
    first, second = articles(DATA / "mini.swissdox.tsv")
    for rec in (first, second):
        assert_well_formed(rec)
    assert first["id"] == "1001" and first["source"] == "Musterzeitung"
    assert first["url"] == "https://example.org/bruecke"
    assert first["published"] == {"value": "2023-05-04T09:15:00+02:00", "precision": "datetime"}
    assert first["title"] == "Neue Velobrücke eröffnet"
    assert first["lead"] == ("Fünf Jahre Bauzeit\n\n"
                             "Die Stadt hat am Montag eine neue Velobrücke über die Limmat eröffnet.")
    assert kinds(first)[3:] == [
        ("body", "Erika Muster"),
        ("heading", "Das Wichtigste"),
        # links glued to their neighbours get spaces back; punctuation stays attached
        ("body", "Die Brücke kostete rund fünf Millionen Franken."),
        ("body", "Die neue Brücke am frühen Morgen.Foto Muster"),
        ("body", "Sie ist 120 Meter lang & vier Meter breit."),
        ("body", "«Ein Meilenstein für die Stadt»"),
        ("body", "Der Verkehr fliesst seither gut (Bericht)."),  # unknown tag <xy>: its text is kept
    ]
    assert [(f["kind"], f["text"]) for f in first["furniture"]] == [
        ("author", "Erika Muster"), ("caption", "Die neue Brücke am frühen Morgen.Foto Muster"),
        ("caption", "«Ein Meilenstein für die Stadt»")]
    assert second["lead"] is None and [k for k, _ in kinds(second)] == ["title", "body", "body"]


def test_an_author_inside_a_longer_paragraph_is_furniture_of_just_its_name(tmp_path: Path) -> None:
    path = tmp_path / "au.tsv"
    path.write_text("id\tpubtime\thead\tcontent\n7\t2023-01-01\tTitel\t"
                    "<p>Ein Bericht von<au>Max Muster</au>aus Bern.</p>\n", encoding="utf-8")
    (rec,) = articles(path)
    assert kinds(rec)[1] == ("body", "Ein Bericht von Max Muster aus Bern.")
    (seg,) = rec["furniture"]
    assert (seg["kind"], seg["text"]) == ("author", "Max Muster")
    assert_well_formed(rec)


def test_format_by_extension_or_by_name(tmp_path: Path) -> None:
    assert [format_of(Path(n)) for n in ("a.txt", "a.JSONL", "a.json", "a.csv", "a.tsv")] == [
        "text", "jsonl", "jsonl", "csv", "swissdox"]
    renamed = tmp_path / "export.data"
    renamed.write_bytes((DATA / "mini.jsonl").read_bytes())
    assert articles(renamed, fmt="jsonl") == articles(DATA / "mini.jsonl")


def test_unknown_extension_or_format_raises_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(BuilderError, match=re.escape("extension '.xml'")):
        read_articles([DATA / "mini.jsonl", tmp_path / "a.xml"])
    with pytest.raises(BuilderError, match="unknown input format 'yaml'"):
        read_articles([DATA / "mini.jsonl"], fmt="yaml")


def test_several_files_stream_in_order() -> None:
    ids = [rec["id"] for rec in articles(DATA / "mini.txt", DATA / "mini.swissdox.tsv", DATA / "mini.jsonl")]
    assert ids == ["mini", "1001", "1002", "m-1", "m-2"]


def test_memory_does_not_grow_with_the_number_of_articles(tmp_path: Path) -> None:
    """2000 articles of ~3 kB each (6 MB) are streamed with a small fraction of that in memory."""
    path = tmp_path / "many.jsonl"
    body = "Die Gemeinde hat am Dienstag neue Regeln beschlossen. " * 55
    with path.open("w", encoding="utf-8") as fh:
        for i in range(2000):
            fh.write(json.dumps({"id": f"n{i}", "title": "Titel", "text": body, "date": "2023-01-02"}) + "\n")
    tracemalloc.start()
    try:
        count = sum(kind == "article" for kind, _ in read_articles([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2000
    assert peak < 1_000_000, peak  # the ids seen so far (for duplicates) are all that is kept


# ---- the real inputs in ../shared: no rejections, valid records, offsets that slice the text ----

@pytest.mark.parametrize("path", DEV_INPUTS, ids=lambda p: p.name)
def test_dev_inputs_are_read_without_rejections(path: Path) -> None:
    for rec in articles(path):
        assert_well_formed(rec)


@pytest.mark.parametrize("name", ["fang_covid_real.jsonl", "10kgnad_test.jsonl", "20min_swisstext.jsonl",
                                  "20min_xd_de.swissdox.tsv", "20min_xd_fr.swissdox.tsv"])
def test_corpus_files_are_read_without_rejections(name: str) -> None:
    recs = articles(CORPUS / name)
    assert len(recs) == len({r["id"] for r in recs}) > 0
    for rec in recs:
        assert_well_formed(rec)


def test_the_sample_article_splits_title_from_lead() -> None:
    (rec,) = articles(SAMPLE)
    assert_well_formed(rec)
    assert rec["id"] == "000_606d4c18b25b7e8e"
    assert rec["published"] == {"value": "2022-01", "precision": "month"}
    first_line = SAMPLE.read_text(encoding="utf-8").splitlines()[0].strip().removeprefix("date 2022-01").strip()
    assert f"{rec['title']} {rec['lead']}" == first_line  # title and lead share the first line ...
    assert rec["title"].split()[-1] == "Genf" and rec["lead"].split()[0] == "Angesichts"  # ... split here
    assert len(rec["paragraphs"]) == len([ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines()
                                          if ln.strip()]) + 1  # title and lead share the first line


def test_swissdox_article_with_glued_links_keeps_words_apart_and_marks_authors(tmp_path: Path) -> None:
    """A made-up article in the shape of a Swissdox export: links glued to words, an author paragraph,
    subheadings with a decimal comma, a lower-case medium name and a timestamp with an hour-only offset."""
    content = ('<tx><ld><p>Die Gemeinde senkt die Gebühren für die Kehrichtabfuhr um 5 Prozent.</p></ld>'
               '<p><au>Lea Beispiel</au></p><zt>Kurz erklärt</zt>'
               '<p>Die Senkung entlastet vor allem<a href="https://example.org/a">Mieterinnen und '
               'Mieter</a>: Die Gebühren sinken ab 1. April.</p>'
               '<p>Damit sinkt<a href="https://example.org/b">die Grundgebühr</a>pro Haushalt von 120 auf '
               '114 Franken.</p><zt>Entlastung von 2,5 Millionen Franken</zt>'
               '<p>Die Stadt verzichtet damit auf Einnahmen.</p></tx>')
    path = tmp_path / "glued.swissdox.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "content_id", "pubtime", "article_link", "medium_code", "medium_name", "language",
                         "char_count", "head", "subhead", "content"])
        writer.writerow(["2001", "bbbb-1", "2024-03-12 08:05:10+01", "https://example.org/gebuehren", "XX",
                         "musterzeitung online", "de", str(len(content)), "Tiefere Gebühren ab April", "", content])
    (rec,) = articles(path)
    assert_well_formed(rec)
    assert "vor allem Mieterinnen und Mieter: Die Gebühren" in rec["text"]
    assert "sinkt die Grundgebühr pro Haushalt" in rec["text"]
    assert rec["source"] == "musterzeitung online"
    assert rec["published"] == {"value": "2024-03-12T08:05:10+01:00", "precision": "datetime"}
    assert [f["kind"] for f in rec["furniture"]] == ["author"]
    assert ("heading", "Entlastung von 2,5 Millionen Franken") in kinds(rec)


def test_jsonl_article_with_single_line_breaks_has_its_subheadings(tmp_path: Path) -> None:
    """A made-up JSONL article whose paragraphs are separated by single line breaks, with verbless
    subheadings (one with a space-grouped number) and a timestamp without an offset."""
    text = ("Das Seefest hat am Wochenende mehr Publikum angezogen als je zuvor. Die Veranstalter sind zufrieden.\n"
            "Mehr als 40 000 Besucher in Luzern\n"
            "Am Samstagabend war das Gelände am Quai zeitweise gesperrt, weil zu viele Leute kamen.\n"
            "Erster Schnee in Chur\n"
            "Wegen des Wetters musste das Feuerwerk um eine Stunde verschoben werden.")
    path = tmp_path / "fest.jsonl"
    path.write_text(json.dumps({"id": "f-1", "title": "Rekord am Seefest", "text": text,
                                "date": "2021-06-09T08:30:00", "source": "Musterblatt"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (rec,) = articles(path)
    assert_well_formed(rec)
    assert rec["published"] == {"value": "2021-06-09T08:30:00", "precision": "datetime"}
    headings = [t for k, t in kinds(rec) if k == "heading"]
    assert headings == ["Mehr als 40 000 Besucher in Luzern", "Erster Schnee in Chur"]


def test_csv_of_a_real_corpus_gives_the_same_articles_as_its_jsonl(tmp_path: Path) -> None:
    source = CORPUS / "20min_swisstext.jsonl"
    path = tmp_path / "swisstext.csv"
    with source.open(encoding="utf-8") as src, path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, ["id", "title", "lead", "text", "date", "url", "source"],
                                extrasaction="ignore")
        writer.writeheader()
        for line in src:
            writer.writerow({k: ("" if v is None else v) for k, v in json.loads(line).items()})
    assert articles(path) == articles(source)
