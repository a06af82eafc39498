"""The one place where an article record is assembled from its parts, whatever the input format.

Every offset downstream (paragraphs, furniture, claim spans) points into `text`, so the readers only say
what the parts are (title, lead, body paragraphs, subheadings, segments the format marks as furniture)
and this module alone decides how they are joined and where each one lands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from builder.ingest.language import detect_language
from builder.ingest.rejects import BadInput
from builder.records.types import Article, Furniture, FurnitureKind, Paragraph, ParagraphKind, Published

SEPARATOR = "\n\n"
_ORDER = {"title": 0, "lead": 1, "body": 2, "heading": 2}

# a subheading is short and has no final punctuation and no sentence end inside
MAX_HEADING_WORDS = 15
_FINAL = ".!?:;,…"
_CLOSING = "\"'»«“”„‘’)]"
_SENTENCE_INSIDE = re.compile(r"[a-zäöüß]{2}[.!?:]\s")


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of a part that the input format itself marks as page furniture (offsets within the part)."""

    kind: FurnitureKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Part:
    """One paragraph-level unit of an article, already whitespace-clean."""

    text: str
    kind: ParagraphKind
    furniture: tuple[Segment, ...] = ()


def clean_space(text: str | None) -> str:
    """Runs of white space (tabs, newlines, no-break spaces) become one space; ends are stripped."""
    return " ".join(text.split()) if text else ""


def is_heading(line: str) -> bool:
    """Subheadings ("Über 500 Verletzte in Kalabrien") are short lines without final punctuation."""
    end = line.rstrip(_CLOSING)
    return (bool(end) and end[-1] not in _FINAL and len(line.split()) <= MAX_HEADING_WORDS
            and _SENTENCE_INSIDE.search(line) is None)


def split_paragraphs(text: str | None, kind: ParagraphKind) -> list[Part]:
    """One part per non-blank line; in the body, a line that reads like a subheading gets kind `heading`."""
    parts = []
    for line in (text or "").splitlines():
        line = clean_space(line)
        if line:
            parts.append(Part(line, "heading" if kind == "body" and is_heading(line) else kind))
    return parts


# control characters no article text holds (tab, line feed and carriage return are whitespace)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def build_article(article_id: str, parts: Iterable[Part], *, published: Published,
                  source: str | None, url: str | None, language: str | None = None) -> Article:
    """The article record: `text` is title, lead and body parts in that order, joined by blank lines.
    `language` is the one the input declares; without one it is detected from the text (`language`).

    Raises `BadInput` (field `text`) when no part has any text, since such an article has nothing to
    split and would fail the schema.
    """
    ordered = sorted((p for p in parts if p.text), key=lambda p: _ORDER[p.kind])
    if not ordered:
        raise BadInput("the article has no text (title, lead and text are all empty); "
                       "fill in its title or text, or remove it", "text")
    control = next((m for p in ordered if (m := _CONTROL.search(p.text))), None)
    if control:  # text with a NUL or a bell is a binary file or a broken export, never an article
        raise BadInput(f"the text holds the control character U+{ord(control.group()):04X}, so the input is "
                       "binary or not plain text; convert it to UTF-8 text or remove it", "text")
    pieces: list[str] = []
    paragraphs: list[Paragraph] = []
    furniture: list[Furniture] = []
    offset = 0
    for part in ordered:
        if pieces:
            offset += len(SEPARATOR)
        pieces.append(part.text)
        paragraphs.append({"start": offset, "end": offset + len(part.text), "kind": part.kind})
        furniture.extend({"kind": seg.kind, "start": offset + seg.start, "end": offset + seg.end,
                          "text": part.text[seg.start:seg.end]} for seg in part.furniture)
        offset += len(part.text)
    return {
        "id": article_id,
        "source": source or None,
        "url": url or None,
        "published": published,
        "title": SEPARATOR.join(p.text for p in ordered if p.kind == "title"),
        "lead": SEPARATOR.join(p.text for p in ordered if p.kind == "lead") or None,
        "text": SEPARATOR.join(pieces),
        "paragraphs": paragraphs,
        "furniture": furniture,
        "language": language or detect_language(SEPARATOR.join(pieces)),
    }
