"""JSON Lines input: one article object per line (id, title, text, optional lead, date, url, source).

Lines are decoded one at a time from bytes, so invalid UTF-8 or broken JSON (also NaN, lone surrogate
escapes, deep nesting: see `builder.io.strict_json`) costs only its own line. A file that is one JSON list of
article objects (what many tools write as `.json`) is read element by element, each element a record.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from builder.ingest.fields import article_from_fields
from builder.ingest.item import Item
from builder.ingest.rejects import BadInput, rejected
from builder.io.strict_json import MalformedJSON, parse_line


def read_jsonl(path: Path, name: str) -> Iterator[Item]:
    listed = _json_list(path)
    if isinstance(listed, str):
        yield "rejected", rejected(name, None, f"the file opens a JSON list that does not parse ({listed}); make "
                                   "it one valid JSON list of article objects in UTF-8, or write one article "
                                   "object per line"), None
        return
    if listed is not None:
        yield from _list_items(listed, name)
        return
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
            yield _item(data, name, number, line, ("the line", "write one article object per line"))


def _json_list(path: Path) -> list[Any] | str | None:
    """The file's JSON list, when the whole file is one (a `[` first): its articles would otherwise all be
    lost as lines that are no JSON object. None for JSON lines, and for a file whose first line alone is JSON
    (a list line among object lines, which the line reader takes line by line); the problem, when the file
    opens a list over several lines that is no valid JSON or no valid UTF-8."""
    with path.open("rb") as fh:
        if fh.read(64).removeprefix(codecs.BOM_UTF8).lstrip()[:1] != b"[":
            return None
        fh.seek(0)
        raw = fh.read().removeprefix(codecs.BOM_UTF8)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"invalid UTF-8, byte 0x{raw[exc.start]:02x} at byte {exc.start + 1}"
    try:
        value = parse_line(text)
    except MalformedJSON as exc:
        try:
            parse_line(text.lstrip().split("\n", 1)[0])
        except MalformedJSON:
            return exc.problem
        return None
    return value if isinstance(value, list) else None


def _list_items(listed: list[Any], name: str) -> Iterator[Item]:
    for number, data in enumerate(listed, 1):
        yield _item(data, name, number, json.dumps(data, ensure_ascii=False),
                    (f"element {number} of the JSON list", "make every element one article object"))


def _item(data: Any, name: str, number: int, raw: str, where: tuple[str, str]) -> Item:
    """Record `number` as an article, or its rejection: `where` names it and says what to write instead when it
    is no JSON object."""
    if not isinstance(data, dict):
        return "rejected", rejected(name, number, f"{where[0]} is a JSON {type(data).__name__}, not an object; "
                                    f"{where[1]}", raw=raw), number
    try:
        return "article", article_from_fields(data), number
    except BadInput as exc:
        return "rejected", rejected(name, number, exc.reason, field=exc.field, raw=raw), number
