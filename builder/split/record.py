"""A claim record (schemas/claim.schema.json) from what a backend decided: its text, spans and speaker.

Every backend fills the remaining fields the same way: the sentence's time expressions and entities that
lie inside the claim's spans, its id and its check-worthiness, so that claims of different backends
differ only where the backends do.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from builder.split.checkworthy import checkworthiness
from builder.split.entities import entities
from builder.split.sentences import Sentence
from builder.split.tense import clause_tenses
from builder.split.timex import find_times


def claim_id(article_id: str, text: str, claim_spans: Sequence[Mapping[str, int]]) -> str:
    """Stable id: the same article, claim text and spans give the same id in every run and version."""
    key = "\x1f".join([article_id, text] + [f"{s['start']}-{s['end']}" for s in claim_spans])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def sentence_facts(article: dict, sentence: Sentence) -> tuple[list[dict], list[dict]]:
    """The time expressions (resolved in the direction each clause's tense allows) and the entities of
    one sentence, for `claim_record` to pick those of each claim."""
    tokens, text = sentence.tokens, article["text"]
    past = [(t.start, t.end, tense.past) for t, tense in zip(tokens, clause_tenses(tokens))]
    times = find_times(text[sentence.start:sentence.end], article["published"], offset=sentence.start, past=past)
    return times, entities(tokens, text)


def _inside(item: Mapping[str, Any], claim_spans: Sequence[Mapping[str, int]]) -> bool:
    """Whether the character range of `item` (a time or entity record) lies inside one of the claim's spans."""
    return any(s["start"] <= item["start"] and item["end"] <= s["end"] for s in claim_spans)


def claim_record(article: dict, sentence: Sentence, text: str, claim_spans: list[dict[str, int]],
                 attribution: dict | None, facts: tuple[list[dict], list[dict]], splitter: dict[str, str]) -> dict:
    times = [t for t in facts[0] if _inside(t, claim_spans)]
    ents = [e for e in facts[1] if _inside(e, claim_spans)]
    return {
        "claim_id": claim_id(article["id"], text, claim_spans),
        "article_id": article["id"],
        "sentence_index": sentence.index,
        "text": text,
        "spans": claim_spans,
        "sentence": article["text"][sentence.start:sentence.end],
        "attribution": attribution,
        "time": times,
        "entities": ents,
        "checkworthy": checkworthiness(text, ents, times, attribution is not None),
        "splitter": splitter,
    }
