"""The splitter's quality floor on the development gold set (../shared/gold), scored by `builder eval`.

The thresholds are the issue's acceptance figures; the unseen test gold is scored the same way, so a
change that trades them away on dev is a regression whatever else it improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.eval.score import score
from builder.pipeline import split_files

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not (GOLD / "dev.jsonl").exists():
        pytest.fail(f"development gold not found at {GOLD}: CI lays ../shared beside the clone")
    out = tmp_path_factory.mktemp("dev")
    split_files(sorted((GOLD / "dev_inputs").iterdir()), out, "jsonl", workers=1)
    return score(out, GOLD / "dev.jsonl").as_dict()


def test_strict_f1_floor(scores: dict) -> None:
    assert scores["strict_f1"] >= 0.60, scores


def test_speakers_provenance_and_furniture(scores: dict) -> None:
    assert scores["speaker_accuracy"] >= 0.6, scores
    assert scores["provenance"] == 1.0
    assert scores["furniture_claims"] == 0
    assert scores["unlocated_sentences"] == 0
