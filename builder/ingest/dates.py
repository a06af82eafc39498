"""Publication dates as ISO 8601 strings with an explicit precision.

Time expressions in claims ("am Freitag") are resolved against this date only as far as its precision
allows, so "2022-01" must stay a month and never silently become the first of January.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from builder.ingest.rejects import BadInput
from builder.records.types import Published

FIX = "write it as YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time such as 2022-01-18T14:30:00+01:00"
# news from the first printed papers to well ahead; outside, a date is a typo or a placeholder
# (0001-01-01, 9999-12-31) and time expressions ("gestern", "in 100 Jahren") resolved against it overflow
EARLIEST_YEAR, LATEST_YEAR = 1500, 2500

_ISO = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?", re.ASCII)  # ASCII: \d would take "٢٠٢٤" and keep it
_SWISS = re.compile(r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})", re.ASCII)


def parse_date(value: Any, field: str = "date") -> Published:
    """`{"value", "precision"}` for a date given as ISO (any precision) or as Swiss `17.02.2020`.

    A missing date is allowed (value and precision null); one that is present but does not parse is
    the user's to fix, so it raises `BadInput` naming `field`.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return {"value": None, "precision": None}
    if not isinstance(value, str):
        raise BadInput(f"{field} {value!r} is a {type(value).__name__}, not a string; {FIX}", field)
    text = value.strip()
    match = _ISO.fullmatch(text) or _SWISS.fullmatch(text)
    if match is None:
        raise BadInput(f"{field} {text!r} does not parse as a date; {FIX}", field)
    parts = match.groupdict()
    y, m, d = parts["y"], parts["m"], parts.get("d")
    try:
        datetime(int(y), int(m or 1), int(d or 1), int(parts.get("H") or 0), int(parts.get("M") or 0),
                 int(parts.get("S") or 0))
    except ValueError as exc:
        raise BadInput(f"{field} {text!r} is not a calendar date ({exc}); {FIX}", field) from None
    if not EARLIEST_YEAR <= int(y) <= LATEST_YEAR:
        raise BadInput(f"{field} {text!r} lies outside the years {EARLIEST_YEAR} to {LATEST_YEAR}, so it is a "
                       f"placeholder or a typo; write the real publication date or leave it empty", field)
    if m is None:
        return {"value": y, "precision": "year"}
    if d is None:
        return {"value": f"{y}-{int(m):02d}", "precision": "month"}
    day = f"{y}-{int(m):02d}-{int(d):02d}"
    if parts.get("H") is None:
        return {"value": day, "precision": "day"}
    clock = f"{int(parts['H']):02d}:{parts['M']}:{parts['S'] or '00'}"
    return {"value": f"{day}T{clock}{_offset(parts['tz'])}", "precision": "datetime"}


def _offset(tz: str | None) -> str:
    """`+02` and `+0200` → `+02:00`; `Z` and no zone stay as they are."""
    if not tz or tz == "Z":
        return tz or ""
    digits = tz[1:].replace(":", "")
    return f"{tz[0]}{digits[:2]}:{digits[2:4] or '00'}"
