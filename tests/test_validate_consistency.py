"""`builder validate` checks records against each other: offsets against their article's text, unique ids
within and across files, claims pointing to given articles, finite numbers, ASCII digits in dates. Every
violation is one `file:record: /pointer: message` line, all of them, and the exit code is 1."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.pipeline import split_files
from builder.records.files import read_records, write_records

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "000_606d4c18b25b7e8e.txt"
LINE = re.compile(r"^(?P<file>[^:]+):(?P<record>\d+): (?P<pointer>/\S*): (?P<message>.+)$")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(articles, claims) of the bundled sample article, from the real splitter."""
    out = tmp_path_factory.mktemp("split")
    split_files([SAMPLE], out, fmt="jsonl")
    return ([r for _, r in read_records(out / "articles.jsonl")], [r for _, r in read_records(out / "claims.jsonl")])


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _validate(*paths: Path) -> tuple[int, list[re.Match[str]]]:
    """Exit code and the parsed violation lines; every line must have the documented shape."""
    result = CliRunner().invoke(main, ["validate", *map(str, paths)])
    lines = result.stdout.splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    return result.exit_code, parsed  # type: ignore[return-value]


def test_split_output_and_its_files_are_consistent(sample, tmp_path: Path) -> None:
    articles, claims = sample
    assert _validate(_jsonl(tmp_path / "claims.jsonl", claims), _jsonl(tmp_path / "articles.jsonl", articles)) \
        == (0, [])


def test_every_offset_problem_is_reported_with_its_record_and_pointer(sample, tmp_path: Path) -> None:
    articles, claims = copy.deepcopy(sample)
    length = len(articles[0]["text"])
    articles[0]["paragraphs"][1]["end"] = length + 5  # outside the text
    articles[0]["paragraphs"][3]["start"] = articles[0]["paragraphs"][2]["start"]  # overlaps the one before
    claims[0]["spans"] = [{"start": length - 2, "end": length + 3}]  # outside the text
    claims[1]["spans"] = [{"start": 100, "end": 120}, {"start": 110, "end": 130}]  # overlapping
    claims[2]["spans"] = [{"start": 240, "end": 250}, {"start": 220, "end": 230}]  # out of order
    claims[3]["sentence"] = "Dieser Satz steht nirgends im Artikel."
    claims[4]["spans"] = [{"start": 0, "end": 10}]  # inside the text, outside the claim's sentence
    claims[5]["entities"] = [{"text": "Bern", "start": length, "end": length + 4, "label": "LOC"}]
    code, lines = _validate(_jsonl(tmp_path / "articles.jsonl", articles), _jsonl(tmp_path / "claims.jsonl", claims))
    found = {(Path(m["file"]).name, int(m["record"]), m["pointer"]) for m in lines}
    assert code == 1
    assert found == {("articles.jsonl", 1, "/paragraphs/1"), ("articles.jsonl", 1, "/paragraphs/3"),
                     ("claims.jsonl", 1, "/spans/0"), ("claims.jsonl", 2, "/spans/1"), ("claims.jsonl", 3, "/spans/1"),
                     ("claims.jsonl", 4, "/sentence"), ("claims.jsonl", 5, "/spans"),
                     ("claims.jsonl", 6, "/entities/0")}
    assert len(lines) == len(found)


def test_ids_unique_within_and_across_files_and_claims_need_their_article(sample, tmp_path: Path) -> None:
    articles, claims = copy.deepcopy(sample)
    orphan = {**claims[2], "claim_id": "0" * 16, "article_id": "nirgends"}
    first = _jsonl(tmp_path / "a" / "claims.jsonl", [claims[0], claims[1], claims[0], orphan])
    second = _jsonl(tmp_path / "b" / "claims.jsonl", [claims[1]])
    arts = _jsonl(tmp_path / "a" / "articles.jsonl", [articles[0], articles[0]])
    code, lines = _validate(first, second, arts)  # articles are read first whatever the order given
    assert code == 1
    found = [(m["file"], int(m["record"]), m["pointer"]) for m in lines]
    assert found == [(str(arts), 2, "/id"), (str(first), 3, "/claim_id"), (str(first), 4, "/article_id"),
                     (str(second), 1, "/claim_id")]
    assert f"first at {first}:2" in lines[-1]["message"]


def test_a_claims_file_alone_is_not_asked_for_its_articles(sample, tmp_path: Path) -> None:
    assert _validate(_jsonl(tmp_path / "claims.jsonl", sample[1])) == (0, [])


def test_nan_and_infinity_are_rejected_where_json_cannot_hold_them(sample, tmp_path: Path) -> None:
    """Parquet float columns carry NaN, and `minimum`/`maximum` let it through (every comparison is false)."""
    articles, claims = copy.deepcopy(sample)
    claims[0]["checkworthy"] = float("nan")
    claims[1]["checkworthy"] = float("inf")
    folder = tmp_path / "pq"
    write_records(folder, "claims", "claim", claims, fmt="parquet")
    write_records(folder, "articles", "article", articles, fmt="parquet")
    code, lines = _validate(folder / "claims.parquet", folder / "articles.parquet")
    assert code == 1
    assert {(int(m["record"]), m["pointer"]) for m in lines if "not a finite number" in m["message"]} \
        == {(1, "/checkworthy"), (2, "/checkworthy")}  # Infinity also breaks `maximum`: one more line


def test_dates_with_digits_other_than_ascii_are_violations(sample, tmp_path: Path) -> None:
    articles = copy.deepcopy(sample[0])
    articles[0]["published"]["value"] = "２０２２-01-18"  # fullwidth digits match \d in both regex engines
    code, lines = _validate(_jsonl(tmp_path / "articles.jsonl", articles))
    assert code == 1 and [m["pointer"] for m in lines] == ["/published/value"]


def test_split_folder_is_checked_across_its_files(sample, tmp_path: Path) -> None:
    out = tmp_path / "out"
    split_files([SAMPLE], out, fmt="jsonl")
    assert _validate(out) == (0, [])


def test_records_breaking_the_schema_are_reported_by_it_not_crashing_the_checks(sample, tmp_path: Path) -> None:
    articles, claims = copy.deepcopy(sample)
    claims[0]["spans"] = [5]
    claims[1]["spans"] = [{"start": "0", "end": True}]
    articles[0]["paragraphs"] = "none"
    code, lines = _validate(_jsonl(tmp_path / "articles.jsonl", articles), _jsonl(tmp_path / "claims.jsonl", claims))
    assert code == 1
    assert {(Path(m["file"]).name, int(m["record"])) for m in lines} == {
        ("articles.jsonl", 1), ("claims.jsonl", 1), ("claims.jsonl", 2)}


def test_an_annotation_time_in_other_digits_is_a_violation(tmp_path: Path) -> None:
    """Python's `date-time` format check takes any Unicode digit, the compiled validator does not: the
    record is invalid, and reported so, whichever of the two sees it."""
    from builder.records.schemas import violations

    annotation = {"claim_id": "0" * 16, "task_id": 1, "annotation_id": 1, "annotator": "annotator-0123abcd",
                  "fidelity": "faithful", "verdict": "supported", "evidence": {"urls": [], "quote": None},
                  "corrected_text": None,
                  "lead_time": 1.5, "created_at": "2024-05-02T10:00:00Z", "updated_at": None}
    assert violations("annotation", annotation) == []
    found = violations("annotation", {**annotation, "created_at": "٢٠٢٤-05-02T10:00:00Z"})
    assert [(v.pointer, "date-time" in v.message) for v in found] == [("/created_at", True)]


def test_a_pull_folder_is_checked_by_its_record_files(sample, tmp_path: Path) -> None:
    from fixtures.sample_labels import write_labels

    split = tmp_path / "split"
    split_files([SAMPLE], split, fmt="jsonl")
    write_labels(split, tmp_path / "pull")
    assert _validate(tmp_path / "pull") == (0, [])
    verified = tmp_path / "pull" / "verified.jsonl"
    lines = verified.read_text(encoding="utf-8").splitlines()
    verified.write_text("\n".join([*lines, lines[0]]) + "\n", encoding="utf-8")
    code, found = _validate(tmp_path / "pull")
    assert code == 1 and [(m["record"], m["pointer"]) for m in found] == [(str(len(lines) + 1), "/claim/claim_id")]


def test_a_folder_without_record_files_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1 and result.stdout.startswith(f"{tmp_path}: not a split, pull or release folder")
