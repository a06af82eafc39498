"""The LLM backend's pure parts: the strict answer parser, alignment to spans, the made-up-word check, the
windows of a long article and the request body."""

from __future__ import annotations

import json

import pytest

from builder.split.llm.align import ArticleWords, align, content_words, made_up, related
from builder.split.llm.parse import AnswerError, parse_answer
from builder.split.llm.prompt import (
    CONTEXT_SENTENCES,
    PROMPT_VERSION,
    WINDOW_SENTENCES,
    Line,
    chat_request,
    system_message,
    user_message,
    windows,
)

SENTENCES = range(3, 9)


def item(**changes: object) -> dict:
    return {"sentence": 3, "text": "Der Bund zahlt.", "speaker": None, "cue": None, "quote": None, **changes}


def test_a_well_formed_answer_is_read_and_squeezed() -> None:
    content = json.dumps({"claims": [item(text=" Der  Bund\nzahlt. "), item(sentence=4, speaker="die Polizei",
                                                                           cue="meldet")]})
    first, second = parse_answer(content, SENTENCES)
    assert first.text == "Der Bund zahlt." and first.speaker is None
    assert (second.speaker, second.cue, second.quote) == ("die Polizei", "meldet", "indirect")
    assert parse_answer("```json\n" + content + "\n```", SENTENCES) == [first, second]


@pytest.mark.parametrize(("content", "message"), [
    ('Sure! {"claims": []}', "not one JSON object"),
    ('{"claims": []} {"claims": []}', "not one JSON object"),
    ('[{"sentence": 3}]', 'exactly one key, "claims"'),
    ('{"claims": [], "notes": "x"}', 'exactly one key, "claims"'),
    (json.dumps({"claims": [{"sentence": 3, "text": "x"}]}), "missing field(s) speaker, cue, quote"),
    (json.dumps({"claims": [item(extra=1)]}), "unknown field(s) extra"),
    (json.dumps({"claims": [item(sentence=2)]}), "not the number of a SPLIT sentence (3–8)"),
    (json.dumps({"claims": [item(sentence=True)]}), "not the number of a SPLIT sentence"),
    (json.dumps({"claims": [item(text=" ")]}), '"text" must be a non-empty string'),
    (json.dumps({"claims": [item(quote="reported")]}), '"quote" must be'),
    (json.dumps({"claims": [item(speaker=["X"])]}), '"speaker" must be a string or null'),
])
def test_a_malformed_answer_says_what_is_wrong(content: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_answer(content, SENTENCES)


def test_a_quote_without_speaker_is_no_attribution() -> None:
    (proposal,) = parse_answer(json.dumps({"claims": [item(cue="sagte", quote="direct")]}), SENTENCES)
    assert (proposal.speaker, proposal.cue, proposal.quote) == (None, None, None)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("russischen", "russische", True), ("wunscht", "wunsch", True), ("teuerungsanpassung", "teuerung", True),
    ("telefongesprach", "gesprachs", True), ("gesturzt", "sturzte", True), ("aussenminister", "amtskollegen", False),
    ("2024", "2025", False), ("70", "70", True), ("merkel", "mittwoch", False),
])
def test_related_words_allow_inflection_and_compounds_not_other_words(a: str, b: str, same: bool) -> None:
    assert related(a, b) is same


SENTENCE = ("Blinken trifft am Mittwoch in Kiew den ukrainischen Präsidenten Wolodymyr Selenskyj und den "
            "Aussenminister Dmytro Kuleba.")


def test_a_claim_is_aligned_to_the_words_it_shares_with_its_sentence() -> None:
    spans = align("Blinken trifft am Mittwoch in Kiew den ukrainischen Aussenminister Dmytro Kuleba.", SENTENCE, 100)
    assert [SENTENCE[s["start"] - 100:s["end"] - 100] for s in spans] == [
        "Blinken trifft am Mittwoch in Kiew den ukrainischen", "Aussenminister Dmytro Kuleba"]
    assert align("Russland zahlt.", SENTENCE, 0) == []


def test_missing_names_and_numbers_or_many_missing_words_make_a_claim_made_up() -> None:
    words = ArticleWords("Blinken hatte zuvor mit Lawrow telefoniert. Die Gespräche über die Ukraine gehen weiter.")
    assert words.missing(content_words("Blinken und Lawrow führten ein Telefongespräch.")) == ["fuhrten"]
    assert made_up("Blinken und Lawrow führten ein Telefongespräch.", words) == []  # a verb of the rewrite
    assert made_up("Blinken hatte zuvor mit Merkel über die Ukraine telefoniert.", words) == ["merkel"]
    assert made_up("Blinken hatte 2021 mit Lawrow über die Ukraine telefoniert.", words) == ["2021"]
    assert made_up("Die Gespräche scheiterten gestern kläglich.", words) == ["scheiterten", "gestern", "klaglich"]
    assert content_words("Er hat es nicht gesagt, sagte der 42-Jährige für ihn.") == ["gesagt", "sagte", "42",
                                                                                     "jahrige"]


def lines(count: int) -> list[Line]:
    return [Line(i, "title" if i == 0 else None, f"Satz {i} sagt etwas.") for i in range(count)]


def test_a_long_article_goes_in_even_windows_each_after_its_context() -> None:
    count = WINDOW_SENTENCES + 5
    first, second = windows(lines(count))
    assert (len(first.lines), len(second.lines)) == ((count + 1) // 2, count // 2)
    assert first.context == ()
    start = second.lines[0].index
    assert [line.index for line in second.context] == [0, *range(start - CONTEXT_SENTENCES, start)]
    assert [line.index for line in windows(lines(3))[0].lines] == [0, 1, 2]


def test_the_request_is_self_sufficient_and_repeatable() -> None:
    article = {"id": "a1", "published": {"value": "2022-01-18", "precision": "day"}}
    window = windows(lines(WINDOW_SENTENCES + 5))[1]
    body = chat_request("m", article, window)
    assert (body["temperature"], body["seed"], body["response_format"]["type"]) == (0, 7, "json_schema")
    assert body["messages"][0]["content"] == system_message() and '{"claims": [' in system_message()
    text = user_message(article, window)
    assert text.startswith("Article a1, published 2022-01-18.") and "[0] (title) Satz 0" in text
    assert text.index("CONTEXT") < text.index(f"SPLIT (make claims from these):\n[{window.lines[0].index}]")
    assert "response_format" not in chat_request("m", article, window, structured=False)
    assert PROMPT_VERSION.count(".") == 2
