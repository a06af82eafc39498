"""CSV input with a header naming the JSONL columns (id, title, lead, text, date, url, source).

An empty cell means "not given": CSV cannot tell an empty string from a missing value.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from builder.ingest.fields import article_from_fields
from builder.ingest.item import Item
from builder.ingest.rows import articles_from_rows

REQUIRED = ("id", "text")


def read_csv(path: Path, name: str) -> Iterator[Item]:
    return articles_from_rows(path, name, REQUIRED, article_from_fields)
