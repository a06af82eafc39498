"""Rows of a delimited file with a header line (CSV, Swissdox TSV), streamed, with bad rows as data.

Undecodable bytes are kept as surrogates while reading, so one bad row is rejected on its own instead of
ending the whole file; row numbers are the physical line where the row starts, what an editor shows.

Rows are cut from the physical lines here, not by the csv module alone: a field that opens a quotation
mark and never closes it makes csv read the following rows as part of that field, which pasted them into
one article's text without a word. A line met inside an open quote that reads as a row of its own ends
the damaged row instead: the lines before it are rejected, and reading goes on with it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from builder.ingest.dates import parse_date
from builder.ingest.item import Item
from builder.ingest.rejects import BadInput, rejected
from builder.records.types import Article, Rejected

_DELIMITERS = (",", ";", "\t")
_QUOTE = '"'
# an id as a row starts with it: one token with a digit in it (prose in a quoted field rarely has one)
_ID = re.compile(r"[^\s\"]*\d[^\s\"]*")
_DATE_COLUMNS = ("date", "pubtime")
_QUOTE_FIX = ("close the quotation mark or double it (\"\") inside a quoted field; quote a field that "
              "contains the delimiter or a line break as a whole")


@dataclass(frozen=True, slots=True)
class Row:
    """One good row: its first line in the file, its values by (lower-case) column name, the raw text."""

    line: int
    values: dict[str, str]
    raw: str


@dataclass(frozen=True, slots=True)
class _Table:
    """What a row of this file looks like: its columns and delimiter."""

    header: list[str]
    delimiter: str

    def parse(self, lines: Sequence[str]) -> list[str]:
        """The values of one row made of `lines` (raises csv.Error)."""
        return next(csv.reader(lines, delimiter=self.delimiter), [])

    def starts_row(self, line: str) -> bool:
        """Whether `line` reads as a row of its own: as many values as columns, an id-like first token in
        the id column, and a date that parses in a date column. Checked only inside an open quote."""
        if line.count(self.delimiter) < len(self.header) - 1:
            return False
        try:
            values = dict(zip(self.header, self.parse([line]), strict=True))
        except (csv.Error, ValueError):
            return False
        if not _ID.fullmatch(values.get("id", "").strip()):
            return False
        try:
            for column in _DATE_COLUMNS:
                parse_date(values.get(column), column)
        except BadInput:
            return False
        return True


def _open_quote_after(line: str, delimiter: str, inside: bool) -> bool:
    """Whether a quoted field is open at the end of `line`, given whether one was open at its start.

    The csv module's default dialect: a field is quoted when it starts with a quotation mark, "" inside
    it stands for one, and the next single one closes it.
    """
    position = 0
    while (quote := line.find(_QUOTE, position)) >= 0:
        if inside:
            if line.startswith(_QUOTE, quote + 1):
                position = quote + 2
                continue
            inside = False
        elif quote == 0 or line[quote - 1] == delimiter:
            inside = True
        position = quote + 1
    return inside


def _records(lines: Iterable[str], first: int, table: _Table) -> Iterator[tuple[int, list[str], str | None]]:
    """(first line number, physical lines, cut) per row. `cut` is None for a whole row; for lines held
    together by an unbalanced quotation mark it says where they were cut off: at "the next row" (a line
    that starts a row of its own) or at "the end of the file"."""
    pending: list[str] = []
    start, inside = first, False
    for number, line in enumerate(lines, first):
        if pending and table.starts_row(line):
            yield start, pending, "the next row"
            pending = []
        if not pending:
            start, inside = number, False
        pending.append(line)
        inside = _open_quote_after(line, table.delimiter, inside)
        if not inside:
            yield start, pending, None
            pending = []
    if pending:
        yield start, pending, "the end of the file"


def read_rows(path: Path, name: str, required: Sequence[str],
              delimiter: str | None = None) -> Iterator[Row | Rejected]:
    """`Row`s, or rejected records for rows that cannot be used (and for the file if its header is wrong).

    `delimiter=None` picks the one of `,` `;` tab that occurs most in the header line.
    """
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))  # Swissdox content fields run long
    with io.TextIOWrapper(path.open("rb"), encoding="utf-8-sig", errors="surrogateescape",
                          newline="") as fh:
        first = fh.readline()
        if delimiter is None:
            delimiter = max(_DELIMITERS, key=first.count)
        table = _Table([h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter), [])], delimiter)
        missing = [c for c in required if c not in table.header]
        if missing:
            yield rejected(name, None, f"the header line lacks the column(s) {', '.join(missing)}; "
                           f"the first line must name the columns, including {', '.join(required)}",
                           raw=first)
            return
        for line, lines, cut in _records(fh, 2, table):
            row = _row(name, line, lines, cut, table)
            if row is not None:
                yield row


def _row(name: str, line: int, lines: list[str], cut: str | None, table: _Table) -> Row | Rejected | None:
    """The row starting on `line`, or its rejection; None for a blank line."""
    raw = "".join(lines)
    if cut is not None:
        end = line + len(lines) - 1
        span = f"line {line}" if end == line else f"lines {line}–{end}"
        return rejected(name, line, f"unbalanced quotation mark: the quoted field opened on line {line} is not "
                        f"closed before {cut} ({span} rejected); {_QUOTE_FIX}", raw=raw)
    try:
        values = table.parse(lines)
    except csv.Error as exc:
        return rejected(name, line, f"unreadable row ({exc}); fix the quoting of this row", raw=raw)
    joined = table.delimiter.join(values)
    if not any(v.strip() for v in values):
        return None
    if _undecodable(joined):
        return rejected(name, line, "the row has bytes that are not valid UTF-8; save the file as UTF-8", raw=joined)
    if len(values) != len(table.header):
        few = "few" if len(values) < len(table.header) else "many"
        return rejected(name, line, f"the row has too {few} columns ({len(values)}, the header has "
                        f"{len(table.header)}); check its delimiters and quoting (quote fields that contain the "
                        f"delimiter or line breaks, double quotes inside quotes)", raw=joined)
    return Row(line, dict(zip(table.header, values)), joined)


def _undecodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def articles_from_rows(path: Path, name: str, required: Sequence[str], build: Callable[[dict[str, str]], Article],
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

