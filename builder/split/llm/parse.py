"""The strict reading of a model's answer: one JSON object of the prompt's format, or an error that says
what is wrong, which the backend sends back to the model once as a repair request.

Strict about structure (a missing field or a sentence number outside the window is an error, not a
guess), lenient only where the meaning is unambiguous: a Markdown code fence around the object, and a
`quote` given without a speaker (dropped: without a speaker there is no attribution).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass

FENCE = re.compile(r"^```(?:json)?\s*\n(.*)\n```$", re.DOTALL)
FIELDS = ("sentence", "text", "speaker", "cue", "quote")


class AnswerError(ValueError):
    """The answer does not follow the format; the message is written for the model to correct it."""


@dataclass(frozen=True)
class Proposal:
    """One claim as the model proposed it, before it is checked against the article."""

    sentence: int
    text: str
    speaker: str | None
    cue: str | None
    quote: str | None

    def as_json(self) -> str:
        return json.dumps({f: getattr(self, f) for f in FIELDS}, ensure_ascii=False)


def _optional_text(item: dict, name: str, where: str) -> str | None:
    value = item[name]
    if value is None:
        return None
    if not isinstance(value, str):
        raise AnswerError(f"{where}: \"{name}\" must be a string or null")
    return " ".join(value.split()) or None


def _proposal(item: object, number: int, sentences: Collection[int]) -> Proposal:
    where = f"claims[{number}]"
    if not isinstance(item, dict):
        raise AnswerError(f"{where} is not an object")
    missing = [f for f in FIELDS if f not in item]
    extra = sorted(set(item) - set(FIELDS))
    if missing or extra:
        raise AnswerError(f"{where}: " + "; ".join(
            ([f"missing field(s) {', '.join(missing)}"] if missing else []) +
            ([f"unknown field(s) {', '.join(extra)}"] if extra else [])))
    sentence = item["sentence"]
    if isinstance(sentence, bool) or not isinstance(sentence, int) or sentence not in sentences:
        raise AnswerError(f"{where}: \"sentence\" is {sentence!r}, not the number of a SPLIT sentence "
                          f"({min(sentences)}–{max(sentences)})")
    text = item["text"]
    if not isinstance(text, str) or not text.strip():
        raise AnswerError(f"{where}: \"text\" must be a non-empty string")
    quote = item["quote"]
    if quote not in ("direct", "indirect", None):
        raise AnswerError(f"{where}: \"quote\" must be \"direct\", \"indirect\" or null")
    speaker = _optional_text(item, "speaker", where)
    cue = _optional_text(item, "cue", where)
    if speaker is None:
        cue, quote = None, None
    elif quote is None:
        quote = "indirect"  # a speaker without quotation marks said: reported speech
    return Proposal(sentence, " ".join(text.split()), speaker, cue, quote)


def parse_answer(content: str, sentences: Collection[int]) -> list[Proposal]:
    """The proposals of an answer to a window whose SPLIT sentences are `sentences`; `AnswerError`
    when it is not exactly the object the prompt asks for."""
    stripped = content.strip()
    fenced = FENCE.match(stripped)
    if fenced:
        stripped = fenced.group(1).strip()
    try:
        data = json.loads(stripped)
    except ValueError as exc:
        raise AnswerError(f"the answer is not one JSON object ({exc})") from None
    if not isinstance(data, dict) or set(data) != {"claims"} or not isinstance(data["claims"], list):
        raise AnswerError('the answer must be an object with exactly one key, "claims", whose value is a list')
    return [_proposal(item, number, sentences) for number, item in enumerate(data["claims"])]


def repair_message(error: AnswerError) -> str:
    """The follow-up user message after an answer that could not be read."""
    return (f"Your answer could not be used: {error}. Answer again with exactly one JSON object "
            '{"claims": [{"sentence": <number>, "text": "...", "speaker": "..." or null, "cue": "..." or null, '
            '"quote": "direct" or "indirect" or null}, ...]} and nothing else.')
