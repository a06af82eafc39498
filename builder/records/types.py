"""The records that cross module boundaries, as TypedDicts: an article from `ingest` to `split`, `validate`,
`label` and `release`; a claim from `split` on; a rejection from every reader; an annotation and a verified
record from `pull` to `release`.

They restate the JSON Schemas of `schemas/` for the type checker; `tests/test_record_types.py` walks both
and fails when a field, its type or whether it may be null differs, so the two cannot drift apart.
"""

# no `from __future__ import annotations`: TypedDict must see NotRequired itself, not a string of it
from typing import Literal, NotRequired, TypedDict

Precision = Literal["year", "month", "day", "datetime"]
ParagraphKind = Literal["title", "lead", "body", "heading"]
FurnitureKind = Literal["caption", "credit", "teaser", "byline", "author", "heading", "footer", "promo", "poll",
                        "embed", "paywall", "forum", "instruction", "pullquote"]
Fidelity = Literal["faithful", "unfaithful", "not_atomic", "not_self_contained", "not_a_claim"]
Verdict = Literal["supported", "refuted", "not_enough_evidence", "conflicting_evidence"]
LabelSource = Literal["annotators", "synthetic"]


class Published(TypedDict):
    value: str | None
    precision: Precision | None


class Paragraph(TypedDict):
    start: int
    end: int
    kind: ParagraphKind


class Furniture(TypedDict):
    kind: FurnitureKind
    start: int
    end: int
    text: str


class Article(TypedDict):
    id: str
    source: str | None
    url: str | None
    published: Published
    title: str
    lead: str | None
    text: str
    language: str
    paragraphs: list[Paragraph]
    furniture: list[Furniture]


class Span(TypedDict):
    start: int
    end: int


class Attribution(TypedDict):
    speaker: str
    cue: str | None
    quote: Literal["direct", "indirect"]


class Time(TypedDict):
    text: str
    start: int
    end: int
    value: str
    anchor: str | None


class Entity(TypedDict):
    text: str
    start: int
    end: int
    label: Literal["PER", "ORG", "LOC", "MISC", "NUM"]


class SplitterVersion(TypedDict):
    name: str
    version: str


class Claim(TypedDict):
    claim_id: str
    article_id: str
    sentence_index: int
    text: str
    spans: list[Span]
    sentence: str
    attribution: Attribution | None
    time: list[Time]
    entities: list[Entity]
    checkworthy: float
    splitter: SplitterVersion


class Rejected(TypedDict):
    file: str
    record: int | None
    field: NotRequired[str | None]
    reason: str
    raw: NotRequired[str | None]


class Evidence(TypedDict):
    urls: list[str]
    quote: str | None


class Annotation(TypedDict):
    claim_id: str
    task_id: int
    annotation_id: int
    annotator: str
    fidelity: Fidelity | None
    verdict: Verdict | None
    evidence: Evidence
    corrected_text: str | None
    lead_time: float | None
    created_at: str
    updated_at: str | None


class Agreement(TypedDict):
    fidelity: float | None
    verdict: float | None


class Verified(TypedDict):
    claim: Claim
    fidelity: Fidelity | None
    verdict: Verdict | None
    evidence: list[Evidence]
    corrected_text: str | None
    annotation_count: int
    agreement: Agreement
    needs_review: bool
    label_source: NotRequired[LabelSource]


RECORD_TYPES: dict[str, type] = {"article": Article, "claim": Claim, "rejected": Rejected,
                                 "annotation": Annotation, "verified": Verified}
