"""The Python API (`builder.split_text`, `builder.split_articles`): the same claims as `builder split` of the
same articles, valid records, and a one-line `BuilderError` naming the article for what split rejects."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import builder
from builder.errors import BuilderError
from builder.limits import Limits
from builder.pipeline import split_files
from builder.records.files import read_records
from builder.records.schemas import violations

ARTICLES = [
    {"id": "bern-1", "title": "Bern baut eine Brücke", "date": "2024-05-02",
     "lead": "Die Stadt investiert 20 Millionen Franken.",
     "text": "Der Gemeinderat hat am Dienstag den Bau beschlossen.\nDie Arbeiten beginnen im Herbst, sagte die "
             "Stadtpräsidentin."},
    {"id": "zh-2", "title": "Zürich", "date": "2024-05",
     "text": "Der Kanton Zürich senkt die Steuern. Die Gemeinden sind dagegen."},
]


def test_split_articles_gives_what_builder_split_gives(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    split_files([source], tmp_path / "out", "jsonl")
    expected = [claim for _, claim in read_records(tmp_path / "out" / "claims.jsonl")]
    assert expected and list(builder.split_articles(ARTICLES)) == expected


def test_workers_give_the_same_claims_in_the_same_order() -> None:
    assert list(builder.split_articles(ARTICLES, workers=2)) == list(builder.split_articles(ARTICLES))


def test_split_text_claims_are_valid_and_point_into_the_article_text() -> None:
    claims = builder.split_text(ARTICLES[0]["text"], title=ARTICLES[0]["title"], lead=ARTICLES[0]["lead"],
                                date="2024-05-02", id="bern-1")
    assert claims and all(violations("claim", claim) == [] for claim in claims)
    assert {c["article_id"] for c in claims} == {"bern-1"}
    [(article, same)] = builder.split_article_records([ARTICLES[0]])
    assert same == claims
    for claim in claims:
        assert all(claim["sentence"].find(article["text"][s["start"]:s["end"]]) >= 0 for s in claim["spans"])
    tuesday = [t for c in claims for t in c["time"] if t["text"] == "am Dienstag"]
    assert tuesday and tuesday[0]["value"] == "2024-04-30"


def test_split_text_without_id_gives_stable_claim_ids() -> None:
    first = builder.split_text("Der Kanton Zürich senkt die Steuern.", title="Zürich")
    again = builder.split_text("Der Kanton Zürich senkt die Steuern.", title="Zürich")
    assert [c["claim_id"] for c in first] == [c["claim_id"] for c in again]
    assert first[0]["article_id"].startswith("text-")


@pytest.mark.parametrize(("articles", "message"), [
    ([ARTICLES[0], {**ARTICLES[1], "id": "bern-1"}], "<articles>:2: duplicate article id 'bern-1'"),
    ([{**ARTICLES[0], "date": "２０２４-05-02"}], "<articles>:1: date '２０２４-05-02' does not parse"),
    ([{"id": "x", "title": "", "text": ""}], "<articles>:1: the article has no text"),
    ([ARTICLES[0], ["not", "a", "dict"]], "<articles>:2: is a list, not a mapping"),
    ([{"title": "ohne id", "text": "Der Bund zahlt."}], "<articles>:1: the record has no 'id'"),
])
def test_what_split_rejects_raises_one_line_naming_the_article(articles: list, message: str) -> None:
    with pytest.raises(BuilderError) as caught:
        list(builder.split_articles(articles))
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)


def test_limits_apply_as_in_split() -> None:
    with pytest.raises(BuilderError, match=r"^<articles>:1: article 'bern-1': the text has .* raise "
                                           r"--max-article-chars"):
        list(builder.split_articles([ARTICLES[0]], limits=Limits(article_chars=20)))


def test_import_builder_does_not_load_the_splitter() -> None:
    """Every command imports `builder`; the API's splitter is loaded on first use only."""
    code = "import sys, builder; assert 'builder.api' not in sys.modules; builder.split_text; " \
           "assert 'builder.api' in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])
