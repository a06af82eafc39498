"""Publication dates: every supported spelling, its precision, and dates that must be rejected."""

from __future__ import annotations

import pytest

from builder.ingest.dates import parse_date
from builder.ingest.rejects import BadInput


@pytest.mark.parametrize(("raw", "value", "precision"), [
    ("2022", "2022", "year"),
    ("2022-01", "2022-01", "month"),
    ("2022-1", "2022-01", "month"),
    ("2022-01-18", "2022-01-18", "day"),
    (" 2022-01-18 ", "2022-01-18", "day"),
    ("18.01.2022", "2022-01-18", "day"),
    ("2020-02-17T13:01:15", "2020-02-17T13:01:15", "datetime"),
    ("2020-02-17T13:01", "2020-02-17T13:01:00", "datetime"),
    ("2020-02-17T13:01:15.123Z", "2020-02-17T13:01:15Z", "datetime"),
    ("2024-03-12 08:05:10+01", "2024-03-12T08:05:10+01:00", "datetime"),
    ("2024-08-28 14:44:12+0200", "2024-08-28T14:44:12+02:00", "datetime"),
    ("2024-01-05T08:00:00-05:30", "2024-01-05T08:00:00-05:30", "datetime"),
])
def test_dates_parse_with_their_precision(raw: str, value: str, precision: str) -> None:
    assert parse_date(raw) == {"value": value, "precision": precision}


@pytest.mark.parametrize("missing", [None, "", "   "])
def test_a_missing_date_is_null_with_null_precision(missing: str | None) -> None:
    assert parse_date(missing) == {"value": None, "precision": None}


@pytest.mark.parametrize("raw", ["gestern", "2022-13", "2022-02-30", "2022/01/18", "18 January 2022",
                                 "2022-01-18T25:00"])
def test_unparseable_dates_raise_naming_the_field_and_the_fix(raw: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_date(raw, "pubtime")
    assert caught.value.field == "pubtime"
    assert raw.strip() in caught.value.reason and "YYYY-MM-DD" in caught.value.reason


def test_a_date_that_is_not_a_string_is_rejected() -> None:
    with pytest.raises(BadInput) as caught:
        parse_date(20220118)
    assert caught.value.field == "date" and "int" in caught.value.reason
