"""Swissdox@LiRI TSV exports: id, content_id, pubtime, article_link, medium_code, medium_name, language,
char_count, head, subhead, content (tagged text).

The title is `head`; `subhead` opens the lead, followed by the `<ld>` text; author lines and captions the
markup marks become furniture of their own kind. An empty or missing `language` is detected from the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from builder.ingest.dates import parse_date
from builder.ingest.item import Item
from builder.ingest.language import declared_language
from builder.ingest.normalise import Part, build_article, clean_space
from builder.ingest.rejects import BadInput
from builder.ingest.rows import articles_from_rows
from builder.ingest.swissdox_markup import content_parts
from builder.records.types import Article

REQUIRED = ("id", "pubtime", "head", "content")


def read_swissdox(path: Path, name: str) -> Iterator[Item]:
    return articles_from_rows(path, name, REQUIRED, _article, delimiter="\t")


def _article(values: dict[str, str]) -> Article:
    article_id = values["id"].strip()
    if not article_id:
        raise BadInput("the row has an empty 'id'; give every article a unique id", "id")
    language = declared_language(values.get("language"), "language")
    parts = [Part(clean_space(values["head"]), "title"), Part(clean_space(values.get("subhead")), "lead"),
             *content_parts(values["content"])]
    return build_article(article_id, parts, published=parse_date(values["pubtime"], "pubtime"),
                         source=clean_space(values.get("medium_name")),
                         url=clean_space(values.get("article_link")),
                         language=language)
