"""CSV input with a header naming the JSONL columns (id, title, lead, text, date, url, source).

An empty cell means "not given": CSV cannot tell an empty string from a missing value.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from builder.ingest.fields import article_from_fields
from builder.ingest.rejects import BadInput, rejected
from builder.ingest.rows import Row, read_rows
from builder.ingest.item import Item

REQUIRED = ("id", "text")


def read_csv(path: Path, name: str) -> Iterator[Item]:
    for row in read_rows(path, name, REQUIRED):
        if not isinstance(row, Row):
            yield "rejected", row, row["record"]
            continue
        try:
            yield "article", article_from_fields(row.values), row.line
        except BadInput as exc:
            yield "rejected", rejected(name, row.line, exc.reason, field=exc.field, raw=row.raw), row.line
