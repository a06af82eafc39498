"""Rows of a delimited file with a header line (CSV, Swissdox TSV), streamed, with bad rows as data.

Undecodable bytes are kept as surrogates while reading, so one bad row is rejected on its own instead of
ending the whole file; row numbers are the physical line where the row starts, what an editor shows.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.ingest.item import Item
from builder.ingest.rejects import BadInput, rejected

_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class Row:
    """One good row: its first line in the file, its values by (lower-case) column name, the raw text."""

    line: int
    values: dict[str, str]
    raw: str


def read_rows(path: Path, name: str, required: Sequence[str],
              delimiter: str | None = None) -> Iterator[Row | dict[str, Any]]:
    """`Row`s, or rejected records for rows that cannot be used (and for the file if its header is wrong).

    `delimiter=None` picks the one of `,` `;` tab that occurs most in the header line.
    """
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))  # Swissdox content fields run long
    with io.TextIOWrapper(path.open("rb"), encoding="utf-8-sig", errors="surrogateescape",
                          newline="") as fh:
        first = fh.readline()
        if delimiter is None:
            delimiter = max(_DELIMITERS, key=first.count)
        reader = csv.reader(itertools.chain([first], fh), delimiter=delimiter)
        header = [h.strip().lower() for h in next(reader, [])]
        missing = [c for c in required if c not in header]
        if missing:
            yield rejected(name, None, f"the header line lacks the column(s) {', '.join(missing)}; "
                           f"the first line must name the columns, including {', '.join(required)}",
                           raw=first)
            return
        start = reader.line_num + 1
        while True:
            try:
                values = next(reader, None)
            except csv.Error as exc:
                yield rejected(name, start, f"unreadable row ({exc}); fix the quoting of this row")
                if reader.line_num + 1 == start:  # no progress: the rest of the file is unreadable
                    return
                start = reader.line_num + 1
                continue
            if values is None:
                return
            line, start = start, reader.line_num + 1
            raw = delimiter.join(values)
            if not any(v.strip() for v in values):
                continue
            if _undecodable(raw):
                yield rejected(name, line, "the row has bytes that are not valid UTF-8; "
                               "save the file as UTF-8", raw=raw)
            elif len(values) != len(header):
                few = "few" if len(values) < len(header) else "many"
                yield rejected(name, line, f"the row has too {few} columns ({len(values)}, the header has "
                               f"{len(header)}); check its delimiters and quoting (quote fields that "
                               f"contain the delimiter or line breaks, double quotes inside quotes)",
                               raw=raw)
            else:
                yield Row(line, dict(zip(header, values)), raw)


def _undecodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def articles_from_rows(path: Path, name: str, required: Sequence[str], build: Callable[[dict[str, str]], dict],
                       delimiter: str | None = None) -> Iterator[Item]:
    """Items of a table file: `build(row values)` for every good row, a rejected record for every bad one."""
    options = {"delimiter": delimiter} if delimiter else {}
    for row in read_rows(path, name, required, **options):
        if not isinstance(row, Row):
            yield "rejected", row, row["record"]
            continue
        try:
            yield "article", build(row.values), row.line
        except BadInput as exc:
            yield "rejected", rejected(name, row.line, exc.reason, field=exc.field, raw=row.raw), row.line

