"""Articles in another language are rejected whatever the input format: a declared language is taken as it
is, and when the format has none (plain text, JSONL/CSV/Swissdox without a `language` column) the language is
detected offline. Short or unclear German texts are never taken for another language."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from builder.ingest import read_articles
from builder.ingest.language import MIN_WORDS, declared_language, detect_language
from builder.ingest.rejects import BadInput
from builder.pipeline import split_files
from builder.records.files import read_records

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

TEXTS = {  # written for this test; each about as long as a short news item
    "de": "Der Gemeinderat von Thun hat am Dienstagabend beschlossen, das alte Schulhaus an der Bahnhofstrasse "
          "abzureissen. Der Neubau soll im Herbst 2026 bezugsbereit sein und bietet Platz für zwölf Klassen. Die "
          "Kosten belaufen sich nach Angaben der Stadt auf rund 38 Millionen Franken.",
    "fr": "Le conseil municipal de Lausanne a décidé mardi soir de démolir l'ancienne école de la rue de la Gare. "
          "Le nouveau bâtiment devrait être prêt à l'automne 2026 et accueillera douze classes. Selon la ville, "
          "les coûts s'élèvent à environ 38 millions de francs.",
    "it": "Il consiglio comunale di Lugano ha deciso martedì sera di demolire la vecchia scuola di via della "
          "Stazione. Il nuovo edificio dovrebbe essere pronto nell'autunno del 2026 e ospiterà dodici classi. "
          "Secondo la città, i costi ammontano a circa 38 milioni di franchi.",
    "en": "The city council of Zurich decided on Tuesday evening to tear down the old school building on Station "
          "Street. The new building is expected to be ready in the autumn of 2026 and will house twelve classes. "
          "According to the city, the costs amount to around 38 million francs.",
}

GERMAN_THAT_LOOKS_FOREIGN = [  # German all the same: names, English loan words, short
    "Selenskyj trifft Blinken in Kiew",
    "Tim Rices neues Musical: Regisseurin Jane Porter und Choreograf Mark Ellis feiern in Basel eine Premiere.",
    "Der CEO von Google sagte am Meeting in New York, das Cloud-Business und die Smartphones seien Teil der "
    "Strategie für das Jahr 2025.",
    "Sorge vor Arsenal-Kracher – Rasen in Basel vom Regen aufgeweicht",
    "Roger Federer gewinnt in Wimbledon gegen Rafael Nadal.",
    "Der Alltag an Bord der «Ocean Horizon» in Bildern: Yoga, Cocktails und Karaoke.",
]


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_language_of_a_news_text_is_detected(language: str) -> None:
    assert detect_language(TEXTS[language]) == language


@pytest.mark.parametrize("text", GERMAN_THAT_LOOKS_FOREIGN)
def test_short_or_name_heavy_german_stays_german(text: str) -> None:
    assert detect_language(text) == "de"


def test_a_foreign_text_too_short_to_tell_is_not_judged() -> None:
    short = " ".join(TEXTS["fr"].split()[:MIN_WORDS - 1])
    assert detect_language(short) == "de"
    assert detect_language(TEXTS["fr"]) == "fr"


def _inputs(folder: Path) -> list[Path]:
    """The four texts as plain-text files, as JSONL and as CSV, none with a language field."""
    paths = []
    for language, text in TEXTS.items():
        paths.append(folder / f"{language}.txt")
        paths[-1].write_text(f"date 2024-05-14\nSchulhaus\n{text}\n", encoding="utf-8")
    rows = [{"id": f"j-{language}", "title": "Schulhaus", "text": text, "date": "2024-05-14"}
            for language, text in TEXTS.items()]
    paths.append(folder / "in.jsonl")
    paths[-1].write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    paths.append(folder / "in.csv")
    with paths[-1].open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["id", "title", "text", "date"])
        writer.writeheader()
        writer.writerows({**row, "id": row["id"].replace("j-", "c-")} for row in rows)
    return paths


def test_every_format_without_a_language_field_detects_it(tmp_path: Path) -> None:
    found = {rec["id"]: rec["language"] for kind, rec in read_articles(_inputs(tmp_path)) if kind == "article"}
    assert found == {f"{prefix}{language}": language for language in TEXTS for prefix in ("", "j-", "c-")}


def test_split_rejects_the_detected_foreign_articles_and_splits_the_german_ones(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    summary = split_files(_inputs(tmp_path / "in"), tmp_path / "out", "jsonl", progress=False)
    assert (summary.articles, summary.rejected) == (3, 9)
    articles = [record["id"] for _, record in read_records(tmp_path / "out" / "articles.jsonl")]
    assert articles == ["de", "j-de", "c-de"]
    rejected = [record for _, record in read_records(tmp_path / "out" / "rejected.jsonl")]
    assert all(r["field"] == "language" and "detected from the text" in r["reason"] for r in rejected)
    assert sorted(r["reason"].split("language ")[1][:4] for r in rejected) == sorted(["'en'", "'fr'", "'it'"] * 3)


def test_a_declared_language_wins_over_the_detection(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [{"id": "a", "title": "Schulhaus", "text": TEXTS["fr"], "language": "de-CH"},
            {"id": "b", "title": "Schulhaus", "text": TEXTS["de"], "language": "fr"},
            {"id": "c", "title": "Schulhaus", "text": TEXTS["de"], "language": "Deutsch"}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = list(read_articles([path]))
    assert [(kind, rec.get("id"), rec.get("language")) for kind, rec in out[:2]] == [
        ("article", "a", "de"), ("article", "b", "fr")]
    kind, bad = out[2]
    assert (kind, bad["record"], bad["field"]) == ("rejected", 3, "language")
    assert "'language' is 'Deutsch', not a language code" in bad["reason"]


@pytest.mark.parametrize("value", [None, "", "  "])
def test_an_empty_language_field_means_detect(value: object) -> None:
    assert declared_language(value, "language") is None


def test_a_language_field_that_is_no_code_is_bad_input() -> None:
    with pytest.raises(BadInput, match="not a language code"):
        declared_language(7, "language")


@pytest.mark.skipif(not (CORPUS / "20min_xd_fr.swissdox.tsv").is_file(), reason="../shared/corpus is not there")
def test_french_swissdox_articles_without_their_language_column_are_detected(tmp_path: Path) -> None:
    csv.field_size_limit(1 << 30)
    with (CORPUS / "20min_xd_fr.swissdox.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    stripped = tmp_path / "fr.swissdox.tsv"  # a copy in a temporary folder, never in the repository
    with stripped.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, [name for name in rows[0] if name != "language"], delimiter="\t",
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    languages = [rec["language"] for kind, rec in read_articles([stripped], "swissdox") if kind == "article"]
    assert languages == ["fr"] * len(rows) and len(rows) >= 10
