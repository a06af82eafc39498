"""Hugging Face features of the release configs, derived from the JSON Schemas so they cannot drift apart.

A row is a schema record with one extra column, `story_id` (the unit of the train/validation/test split).
In `claims` the verified claim's `claim` object is flattened into the row (its fields first, then the
judgement), and the two task labels are `ClassLabel`s, stored as int64 with -1 for "no label" as
`datasets` expects; `record_from_row` turns a row back into the schema record it came from.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Any

from datasets import ClassLabel, Features, Value

from builder.records.arrow import arrow_schema
from builder.records.schemas import load_schema

CONFIGS = ("claims", "candidates", "articles")
DEFAULT_CONFIG = "claims"
# the schema whose records the rows of each config hold
KIND = {"claims": "verified", "candidates": "claim", "articles": "article"}
LABELS = ("fidelity", "verdict")
STORY = "story_id"
TEXT_SHA256 = "text_sha256"


@cache
def label_names(question: str) -> tuple[str, ...]:
    """Class names of a label question (`fidelity` or `verdict`), in the order of the annotation schema."""
    return tuple(v for v in load_schema("annotation")["$defs"][question]["enum"] if v is not None)


def _label_feature(question: str) -> ClassLabel:
    return ClassLabel(names=list(label_names(question)))


def _schema_features(kind: str, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    schema = arrow_schema(kind)
    return {name: feature for name, feature in Features.from_arrow_schema(schema).items() if name not in drop}


@cache
def config_features(config: str) -> Features:
    """The declared features of `config`; the Parquet schema of its shards is `features.arrow_schema`."""
    if config == "candidates":
        return Features({**_schema_features("claim"), STORY: Value("string")})
    if config == "claims":
        judgement = _schema_features("verified", drop=("claim",))
        judgement.update({question: _label_feature(question) for question in LABELS})
        return Features({**_schema_features("claim"), **judgement, STORY: Value("string")})
    if config == "articles":
        return Features({**_schema_features("article"), TEXT_SHA256: Value("string"), STORY: Value("string")})
    raise KeyError(f"unknown config {config!r}; known: {', '.join(CONFIGS)}")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def candidate_row(claim: dict[str, Any], story_id: str) -> dict[str, Any]:
    return {**claim, STORY: story_id}


def verified_row(verified: dict[str, Any], story_id: str) -> dict[str, Any]:
    row = {**verified["claim"], **{k: v for k, v in verified.items() if k != "claim"}, STORY: story_id}
    for question in LABELS:
        row[question] = -1 if row[question] is None else label_names(question).index(row[question])
    return row


def article_row(article: dict[str, Any], story_id: str, *, omit_text: bool) -> dict[str, Any]:
    """The article with its text's hash; with `omit_text` the text (and furniture text) left out, offsets kept."""
    row = {**article, TEXT_SHA256: text_sha256(article["text"]), STORY: story_id}
    if omit_text:
        row["text"] = None
        row["furniture"] = [{**item, "text": None} for item in article["furniture"]]
    return row


def record_from_row(config: str, row: dict[str, Any]) -> dict[str, Any]:
    """The schema record (of kind `KIND[config]`) a row of `config` was made from."""
    fields = list(load_schema(KIND[config])["properties"])
    if config != "claims":
        return {k: row[k] for k in fields if k in row}
    claim = {k: row[k] for k in load_schema("claim")["properties"] if k in row}
    record = {"claim": claim, **{k: row[k] for k in fields if k != "claim" and k in row}}
    for question in LABELS:
        value = record.get(question)
        names = label_names(question)
        if isinstance(value, int) and -1 <= value < len(names):
            record[question] = None if value == -1 else names[value]
    return record
