"""The trace behind `builder show --trace`: each claim names the rules that made it, each dropped draft its
reason, so a wrong claim can be followed back to the rule that produced it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from builder.cli import main
from builder.split.rules import RuleSplitter, TraceEntry
from test_split_units import _article as article_of


def _article(*paragraphs: str) -> dict:
    return article_of("Titel", *paragraphs)


def test_claims_name_their_rules_and_dropped_drafts_their_reason() -> None:
    trace: list[TraceEntry] = []
    claims = RuleSplitter().split(_article("Die Stadt baut eine Brücke und der Kanton zahlt die Hälfte.",
                                           "Wer zahlt den Rest?",
                                           "Die Firma hat die Löhne nicht erhöht und die Boni gestrichen."), trace)
    by_sentence = {e.sentence_index: e for e in trace}
    assert ("Der Kanton zahlt die Hälfte.", ("verb_coordination",)) in by_sentence[1].claims
    assert by_sentence[2].claims == [] and by_sentence[2].dropped[0][2] == "a question states nothing"
    reasons = " ".join(why for _, _, why in by_sentence[3].dropped)
    assert "drops 'nicht'" in reasons
    assert [c["text"] for c in claims] == [text for e in trace for text, _ in e.claims]


def test_show_trace_prints_rules_per_claim(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    article = _article("Die Direktorin des Museums, Sarah Brunner, eröffnete die Ausstellung.")
    (out / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(out), "--trace"])
    assert result.exit_code == 0, result.output
    assert "+ Sarah Brunner ist die Direktorin des Museums.   [apposition]" in result.output


def test_a_headline_label_names_the_source() -> None:
    article = _article("Die Organisation stellte am Montag ihren Bericht vor.")
    title_end = article["text"].index("\n")
    article["text"] = "UNO: Hunger nimmt weltweit zu" + article["text"][title_end:]
    shift = len("UNO: Hunger nimmt weltweit zu") - title_end
    article["paragraphs"] = [{**p, "start": p["start"] + (shift if i else 0), "end": p["end"] + shift}
                             for i, p in enumerate(article["paragraphs"])]
    claims = RuleSplitter().split(article)
    assert claims[0]["text"] == "Hunger nimmt weltweit zu." and claims[0]["attribution"]["speaker"] == "UNO"
