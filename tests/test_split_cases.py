"""The table of constructed German sentences in tests/data/split/cases.jsonl: each case names the rule it
exercises, the article paragraphs (after a title, "Titel" unless the case gives one), the claims expected
with their speakers (null: the author's own statement) and claims that must not appear. Adding a case
needs no code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.split.rules import RuleSplitter
from test_split_units import _article as article_of

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "split" / "cases.jsonl").open(encoding="utf-8")
         if line.strip()]


def split_paragraphs(paragraphs: list[str], published: str = "2024-03-12", title: str = "Titel") -> list[dict]:
    """Claims of an article made of a title and these body paragraphs."""
    return RuleSplitter().split(article_of(title, *paragraphs, published={"value": published, "precision": "day"}))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['rule']}:{i}" for i, c in enumerate(CASES)])
def test_case(case: dict) -> None:
    claims = split_paragraphs(case["article"], title=case.get("title", "Titel"))
    got = {c["text"]: (c["attribution"] or {}).get("speaker") for c in claims}
    for text, speaker in case.get("expect", []):
        assert text in got, f"missing {text!r}; got {list(got)}"
        if speaker is None:
            assert got[text] is None, f"{text!r} attributed to {got[text]!r}"
        else:
            assert got[text] and speaker.lower() in got[text].lower(), f"{text!r}: speaker {got[text]!r}"
    for text in case.get("forbid", []):
        assert text not in got, f"unexpected {text!r}"
    for text, speaker in case.get("forbid_speaker", []):
        assert speaker.lower() not in (got.get(text) or "").lower(), f"{text!r} attributed to {got[text]!r}"
