"""Bad input as data: one record that could not become an article, with where it came from and why.

Readers never raise for what a user fed them; they turn each bad record into a `rejected` record so that
every good record still comes out and the user gets the whole list of problems in one run.
"""

from __future__ import annotations

import re

from builder.records.types import Rejected

RAW_LIMIT = 300
_SURROGATE = re.compile("[\ud800-\udfff]")


class BadInput(Exception):
    """One record is unusable; raised inside a reader and turned into a rejected record right there."""

    def __init__(self, reason: str, field: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.field = field


def rejected(file: str, record: int | None, reason: str, *, field: str | None = None,
             raw: str | bytes | None = None) -> Rejected:
    """A record per schemas/rejected.schema.json; `raw` is shortened and made valid UTF-8 for writing."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    if raw is not None:
        raw = _writable(raw).strip()
        raw = raw if len(raw) <= RAW_LIMIT else raw[:RAW_LIMIT] + "…"
    return {"file": file, "record": record, "field": field, "reason": _writable(" ".join(reason.split())),
            "raw": raw}


def _writable(text: str) -> str:
    """`text` with each lone surrogate as U+FFFD: undecodable bytes survive reading as surrogates
    (errors="surrogateescape"), JSON escapes such as "\ud800" make them too, and UTF-8 cannot hold them."""
    return _SURROGATE.sub("\ufffd", text)
