"""End to end on the bundled sample article: the claims a reader would expect, and nothing from furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.pipeline import split_files
from builder.records.files import read_records
from builder.records.schemas import violations

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "000_606d4c18b25b7e8e.txt"


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[dict]]:
    out = tmp_path_factory.mktemp("sample")
    summary = split_files([SAMPLE], out, "jsonl")
    assert summary.articles == 1 and summary.rejected == 0
    [(_, article)] = list(read_records(out / "articles.jsonl"))
    claims = [c for _, c in read_records(out / "claims.jsonl")]
    return article, claims


def _with(claims: list[dict], *words: str) -> list[dict]:
    return [c for c in claims if all(w in c["text"] for w in words)]


def test_coordinated_objects_give_one_claim_each(split: tuple[dict, list[dict]]) -> None:
    _, claims = split
    selenskyj, kuleba = _with(claims, "Blinken", "Kiew", "Selenskyj"), _with(claims, "Blinken", "Kiew", "Kuleba")
    assert len(selenskyj) == 1 and len(kuleba) == 1
    assert "Kuleba" not in selenskyj[0]["text"] and "Selenskyj" not in kuleba[0]["text"]
    assert all("am Mittwoch" in c["text"] for c in selenskyj + kuleba)


def test_friday_meeting_in_geneva_keeps_its_time(split: tuple[dict, list[dict]]) -> None:
    article, claims = split
    [geneva] = _with(claims, "Blinken", "Lawrow", "am Freitag", "Genf")
    [friday] = [t for t in geneva["time"] if t["text"] == "am Freitag"]
    assert article["published"] == {"value": "2022-01", "precision": "month"}
    assert friday["value"] == "XXXX-WXX-5" and friday["anchor"] == "2022-01"
    assert article["text"][friday["start"]:friday["end"]] == "am Freitag"


def test_speaker_of_diplomatie_ist_nicht_tot(split: tuple[dict, list[dict]]) -> None:
    _, claims = split
    said = _with(claims, "Diplomatie ist nicht tot")
    assert said, "the quotation in the body must give a claim"
    for claim in said:
        assert "Beamtin" in claim["attribution"]["speaker"]
        assert claim["attribution"]["quote"] == "direct"


def test_no_claim_from_furniture(split: tuple[dict, list[dict]]) -> None:
    article, claims = split
    kinds = {f["kind"] for f in article["furniture"]}
    assert {"caption", "credit", "teaser", "byline", "footer"} <= kinds
    furniture = [(f["start"], f["end"]) for f in article["furniture"]]
    for claim in claims:
        for span in claim["spans"]:
            assert not any(s < span["end"] and span["start"] < e for s, e in furniture), claim["text"]
    texts = " ".join(c["text"] for c in claims)
    for furniture_words in ("Keystone", "Stockholm", "Baerbock in Moskau", "Grossbritannien", "SDA/fal", "Fehler"):
        assert furniture_words not in texts


def test_every_span_slices_the_article_and_records_are_valid(split: tuple[dict, list[dict]]) -> None:
    article, claims = split
    assert violations("article", article) == []
    for claim in claims:
        assert violations("claim", claim) == []
        for span in claim["spans"]:
            piece = article["text"][span["start"]:span["end"]]
            assert piece.strip() and piece in claim["sentence"]
        assert claim["splitter"]["name"] == "claims-ch-rules"


def test_references_are_resolved(split: tuple[dict, list[dict]]) -> None:
    _, claims = split
    assert _with(claims, "beschlossen", "Blinken", "Lawrow"), "'die beiden' must become the two ministers"
    assert _with(claims, "Blinken will", "Baerbock"), "'wo er ...' must name Blinken"


def test_claim_ids_are_stable(split: tuple[dict, list[dict]], tmp_path: Path) -> None:
    _, claims = split
    split_files([SAMPLE], tmp_path, "parquet")
    again = [c["claim_id"] for _, c in read_records(tmp_path / "claims.parquet")]
    assert again == [c["claim_id"] for c in claims]
    assert len(set(again)) == len(again)
