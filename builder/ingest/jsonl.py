"""JSON Lines input: one article object per line (id, title, text, optional lead, date, url, source).

Lines are decoded one at a time from bytes, so invalid UTF-8 or broken JSON (also NaN, lone surrogate
escapes, deep nesting: see `builder.io.strict_json`) costs only its own line.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from builder.ingest.fields import article_from_fields
from builder.ingest.item import Item
from builder.ingest.rejects import BadInput, rejected
from builder.io.strict_json import MalformedJSON, parse_line


def read_jsonl(path: Path, name: str) -> Iterator[Item]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield "rejected", rejected(
                    name, number, f"invalid UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of "
                    f"the line); save the file as UTF-8", raw=raw), number
                continue
            try:
                data = parse_line(line)
            except MalformedJSON as exc:
                yield "rejected", rejected(name, number, f"malformed JSON ({exc.problem}); "
                                           f"{exc.fix or 'make the line one complete JSON object'}",
                                           raw=line), number
                continue
            if not isinstance(data, dict):
                yield "rejected", rejected(name, number, f"the line is a JSON {type(data).__name__}, not an "
                                           f"object; write one article object per line", raw=line), number
                continue
            try:
                yield "article", article_from_fields(data), number
            except BadInput as exc:
                yield "rejected", rejected(name, number, exc.reason, field=exc.field, raw=line), number
