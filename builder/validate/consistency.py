"""Checks across records that no JSON Schema can express: offsets against the text they point into, ids
unique across files, claims pointing to articles that exist.

A record can match its schema and still be useless: a span past the end of its article highlights nothing
in Label Studio, a claim whose article is missing cannot be shown, and two records with one id make a
release ambiguous. `Consistency` sees the
records one at a time (articles before the claims that point to them, as `builder split` writes them), keeps
only the articles' texts and the ids, and yields one `Problem` per violation, so every one is reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# the field that identifies a record of each kind; records of one kind must not share it
_KEY = {"article": ("id",), "claim": ("claim_id",), "verified": ("claim", "claim_id")}


@dataclass(frozen=True)
class Problem:
    """One violation: which record (file and 1-based record number), where in it (a JSON pointer), what."""

    file: str
    record: int
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.record}: {self.pointer or '/'}: {self.message}"


def _offsets(item: Any) -> tuple[int, int] | None:
    """(start, end) of an offset item; None when it has no integer start and end (a schema violation)."""
    if not isinstance(item, dict):
        return None
    start, end = item.get("start"), item.get("end")
    if type(start) is not int or type(end) is not int:  # True is an int, not an offset
        return None
    return start, end


def _ranges(items: Any, length: int, what: str, *, ordered: bool) -> Iterator[tuple[str, str]]:
    """(pointer suffix, message) for each {start, end} item not inside 0..length with start < end, and, when
    `ordered`, for each that starts before the previous one ends (overlapping or out of order)."""
    previous_end = 0
    for index, item in enumerate(items if isinstance(items, list) else []):
        offsets = _offsets(item)
        if offsets is None:
            continue  # the schema check reports it
        start, end = offsets
        if not 0 <= start < end <= length:  # not compared with the next: one bad item is one line
            yield f"/{index}", f"{what} {start}-{end} is not inside the article's text ({length} characters)"
            continue
        if ordered and start < previous_end:
            yield f"/{index}", f"{what} {start}-{end} starts before the previous one ends ({previous_end}); " \
                               f"{what}s must be in text order and must not overlap"
        previous_end = max(previous_end, end)


def article_problems(article: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, message) for the offsets of one article that do not fit its own text."""
    text = article.get("text")
    if not isinstance(text, str):
        return
    for pointer, message in _ranges(article.get("paragraphs"), len(text), "paragraph", ordered=True):
        yield f"/paragraphs{pointer}", message
    for pointer, message in _ranges(article.get("furniture"), len(text), "furniture", ordered=False):
        yield f"/furniture{pointer}", message


def claim_problems(claim: dict[str, Any], text: str) -> Iterator[tuple[str, str]]:
    """(pointer, message) for the offsets of one claim that do not fit the text of its article: spans inside
    the text, in order, apart, and inside one occurrence of the claim's `sentence`; entities and times inside
    the text (their `text` may differ from it: the splitter joins tokens, 'CanSino' → 'Can Sino')."""
    given = claim.get("spans")
    spans = given if isinstance(given, list) else []
    bad_spans = list(_ranges(spans, len(text), "span", ordered=True))
    for pointer, message in bad_spans:
        yield f"/spans{pointer}", message
    for key, what in (("entities", "entity"), ("time", "time expression")):
        for pointer, message in _ranges(claim.get(key), len(text), what, ordered=False):
            yield f"/{key}{pointer}", message
    sentence = claim.get("sentence")
    offsets = [found for found in map(_offsets, spans) if found is not None]
    if bad_spans or not offsets or len(offsets) < len(spans) or not isinstance(sentence, str) or not sentence:
        return
    if sentence not in text:
        yield "/sentence", "is not in the article's text (it must be the source sentence as written there)"
        return
    first, last = min(start for start, _ in offsets), max(end for _, end in offsets)
    start = text.find(sentence, max(0, last - len(sentence)))
    if start == -1 or start > first or start + len(sentence) < last:
        yield "/spans", f"spans {first}-{last} are not inside the source sentence as it occurs in the article's text"


def _key(kind: str, record: dict[str, Any]) -> Any:
    value: Any = record
    for part in _KEY[kind]:
        value = value.get(part) if isinstance(value, dict) else None
    return value


@dataclass
class Consistency:
    """Cross-record checks over a stream of records of several kinds and files (see the module docstring).

    `check_refs` says whether claims must point to an article seen before them; it is off when no
    articles were given at all (a claims file checked on its own).
    """

    check_refs: bool = True
    texts: dict[str, str | None] = field(default_factory=dict)  # article id → text (None when left out)
    seen: dict[tuple[str, Any], tuple[str, int]] = field(default_factory=dict)  # (kind, id) → first place

    def add(self, kind: str, record: Any, file: str, number: int) -> Iterator[Problem]:
        """The problems of `record` (of schema `kind`, record `number` of `file`) with the records seen so far."""
        if not isinstance(record, dict):
            return
        if kind in _KEY:
            yield from self._unique(kind, record, file, number)
        if kind == "article":
            for pointer, message in article_problems(record):
                yield Problem(file, number, pointer, message)
            if isinstance(record.get("id"), str):
                self.texts.setdefault(record["id"], record.get("text"))
        elif kind == "claim":
            yield from self._claim(record, file, number)

    def _unique(self, kind: str, record: dict[str, Any], file: str, number: int) -> Iterator[Problem]:
        ident = _key(kind, record)
        if ident is None:
            return
        first = self.seen.setdefault((kind, ident), (file, number))
        if first != (file, number):
            yield Problem(file, number, "/" + "/".join(_KEY[kind]),
                          f"{ident!r} occurs twice (first at {first[0]}:{first[1]}); ids must be unique")

    def _claim(self, claim: dict[str, Any], file: str, number: int) -> Iterator[Problem]:
        article_id = claim.get("article_id")
        if not self.check_refs or not isinstance(article_id, str):
            return
        if article_id not in self.texts:
            yield Problem(file, number, "/article_id", f"article {article_id!r} is not among the given articles")
            return
        text = self.texts[article_id]
        if text is not None:
            for pointer, message in claim_problems(claim, text):
                yield Problem(file, number, pointer, message)
