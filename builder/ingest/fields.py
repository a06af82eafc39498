"""Articles from the flat column set shared by JSONL and CSV input: id, title, lead, text, date, url, source,
language (optional: without it the language is detected from the text). The date may also come as
"published", "published_at", "publication_date", "pubtime" or "datum".

Both formats carry the same columns, so both readers hand their key→value mapping here; what counts as a
missing id or a wrongly typed field is then the same whichever format the user chose.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from builder.ingest.dates import parse_date
from builder.ingest.language import declared_language
from builder.ingest.normalise import Part, build_article, clean_space, split_paragraphs
from builder.ingest.rejects import BadInput
from builder.records.types import Article

_TEXT_FIELDS = ("title", "lead", "text", "url", "source")
# other names exports give the publication date; read when "date" is absent, so the date is not dropped
# unseen (times would then be anchored to nothing)
_DATE_FIELDS = ("date", "published", "published_at", "publication_date", "pubtime", "datum")


def article_from_fields(fields: Mapping[str, Any]) -> Article:
    """The article record for one input record; raises `BadInput` naming the field that is wrong."""
    article_id = fields.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        raise BadInput("the record has no 'id'; give every article a unique, non-empty id", "id")
    for name in _TEXT_FIELDS:
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            raise BadInput(f"'{name}' is a {type(value).__name__}, not a string; "
                           f"write it as a string or null", name)
    parts = [Part(clean_space(fields.get("title")), "title"),
             *split_paragraphs(fields.get("lead"), "lead"),
             *split_paragraphs(fields.get("text"), "body")]
    date_field = next((name for name in _DATE_FIELDS if fields.get(name) is not None), "date")
    return build_article(article_id.strip(), parts, published=parse_date(fields.get(date_field), date_field),
                         source=clean_space(fields.get("source")), url=clean_space(fields.get("url")),
                         language=declared_language(fields.get("language"), "language"))
