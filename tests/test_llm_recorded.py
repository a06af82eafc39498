"""The LLM backend on a real model's recorded answers (tests/data/llm, README there names the model and
when): every request of the dev and dev2 articles is one the model answered, the output validates, and
the scores stay at what the README reports minus 0.02, as tests/test_dev_gold.py keeps the rules'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.eval.score import score
from builder.ingest import read_sourced
from builder.pipeline import split_files, with_furniture
from builder.split.llm.prompt import article_requests
from builder.split.llm.settings import LlmSettings
from builder.validate.files import validate_files
from tests.fixtures.llm_replay import RECORDED, Replay, article_texts, replay_server

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
FLOORS = {"dev": 0.92, "dev2": 0.88}  # strict F1 measured on the recorded answers (README), minus 0.02


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_recorded_answers_give_valid_claims_at_the_measured_scores(name: str, tmp_path: Path) -> None:
    inputs = sorted((GOLD / f"{name}_inputs").iterdir())
    replay = Replay()
    replay.load(article_texts(inputs), RECORDED)
    out = tmp_path / "out"
    with replay_server(replay) as url:
        summary = split_files(inputs, out, "jsonl", backend=LlmSettings(url, "claude-sonnet-4", tmp_path / "cache"))
    assert {entry["status"] for entry in replay.log} == {200}  # every request was a recorded one
    gold_articles = {json.loads(line)["article_id"] for line in (GOLD / f"{name}.jsonl").open(encoding="utf-8")}
    assert summary.articles == len(gold_articles)
    assert list(validate_files([out])) == []
    scores = score(out, GOLD / f"{name}.jsonl")
    assert scores.provenance == 1.0
    assert scores.strict_f1 >= FLOORS[name]


def gold_answers(replay: Replay, inputs: list[Path], gold_path: Path) -> int:
    """Answers that are the gold claims themselves, each in the window sentence that is its gold sentence;
    how many claims were placed."""
    gold: dict[str, list[dict]] = {}
    for line in gold_path.open(encoding="utf-8"):
        entry = json.loads(line)
        gold.setdefault(entry["article_id"], []).append(entry)
    placed = 0
    for kind, record, _, _ in read_sourced(inputs):
        if kind != "article":
            continue
        for window, body in article_requests(with_furniture(record), "gold-as-model"):
            numbers = {"".join(line.text.split()): line.index for line in window.lines}
            claims = [{"sentence": numbers["".join(entry["sentence"].split())], "text": claim["text"],
                       "speaker": claim["speaker"][0] if claim["speaker"] else None, "cue": None,
                       "quote": "indirect" if claim["speaker"] else None}
                      for entry in gold[record["id"]] if "".join(entry["sentence"].split()) in numbers
                      for claim in entry["claims"]]
            replay.add(body, json.dumps({"claims": claims}, ensure_ascii=False))
            placed += len(claims)
    return placed


def test_the_checks_take_no_gold_claim_for_made_up(tmp_path: Path) -> None:
    """The human-written claims of dev2 as a model's answers: the made-up check must let every one through
    (they resolve references and rephrase, as a good model does)."""
    inputs = sorted((GOLD / "dev2_inputs").iterdir())
    replay = Replay()
    placed = gold_answers(replay, inputs, GOLD / "dev2.jsonl")
    with replay_server(replay) as url:
        summary = split_files(inputs, tmp_path / "out", "jsonl", backend=LlmSettings(url, "gold-as-model", None))
    assert placed > 350 and summary.rejected == 0 and summary.claims == placed
