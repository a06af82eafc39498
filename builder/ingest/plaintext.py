"""Plain-text article files: a first line `date YYYY-MM[-DD]` followed by title and lead run together,
then one paragraph per line. The article id is the file stem.

A file is one article, so a file that cannot be decoded or dated is rejected as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from builder.ingest.dates import parse_date
from builder.ingest.headline import split_headline
from builder.ingest.item import Item
from builder.ingest.normalise import Part, build_article, clean_space, split_paragraphs
from builder.ingest.rejects import BadInput, rejected

_DATE_LINE = re.compile(r"\s*date\s+(\S+)[ \t]*(.*)", re.IGNORECASE)


def read_plaintext(path: Path, name: str) -> Iterator[Item]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_number = data.count(b"\n", 0, exc.start) + 1
        bad_line = data[data.rfind(b"\n", 0, exc.start) + 1:].partition(b"\n")[0]
        reason = f"invalid UTF-8 (byte 0x{data[exc.start]:02x} on line {line_number}); save the file as UTF-8"
        yield "rejected", rejected(name, None, reason, raw=bad_line), None
        return
    first, _, rest = text.partition("\n")
    match = _DATE_LINE.match(first)
    date, headline = match.groups() if match else (None, first)
    if not headline.strip():  # the headline may also come on the line after the date
        headline, _, rest = rest.lstrip().partition("\n")
    try:
        published = parse_date(date, "date")
        title, lead = split_headline(clean_space(headline))
        article = build_article(path.stem, [Part(title, "title"), Part(clean_space(lead), "lead"),
                                            *split_paragraphs(rest, "body")],
                                published=published, source=None, url=None)
    except BadInput as exc:
        line = 1 if exc.field == "date" else None  # a bad date is on the first line; else the whole file
        yield "rejected", rejected(name, line, exc.reason, field=exc.field, raw=first), line
        return
    yield "article", article, None
