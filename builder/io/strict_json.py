"""One JSON value per line, parsed as the JSON standard says and failing in one way only.

`json.loads` accepts `NaN` and `Infinity` (not JSON; other tools reject our output then), lets lone
surrogate escapes such as "\\ud800" through (they cannot be written as UTF-8, so one such record used to end
a whole run at write time) and fails on hostile input with errors other than `JSONDecodeError`
(`RecursionError` for deep nesting, `ValueError` for integers of thousands of digits). Every reader of
JSON lines parses here, so each of these is one `MalformedJSON` that costs its line only.
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn

# an escape of a UTF-16 surrogate; only a pair of them (high then low) stands for a character
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class MalformedJSON(ValueError):
    """A line that is not one standard JSON value: `problem` says why in a few words (with the column where
    json names one), `fix` what to write instead when there is more to say than "one JSON object"."""

    def __init__(self, problem: str, fix: str | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix


def _no_constant(name: str) -> NoReturn:
    raise MalformedJSON(f"{name} is not a JSON number", "write null or a finite number")


def parse_line(line: str) -> Any:
    """The JSON value of `line`; raises `MalformedJSON` for anything standard JSON does not allow."""
    try:
        value = json.loads(line, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise MalformedJSON(f"{exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise MalformedJSON("nested too deeply (arrays or objects inside each other)") from None
    except MalformedJSON:
        raise
    except ValueError as exc:  # e.g. an integer longer than Python converts (sys.get_int_max_str_digits)
        raise MalformedJSON(str(exc).split(";")[0]) from None
    if _SURROGATE_ESCAPE.search(line):  # rare: only then pay for the check that the pairs are whole
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start]
            raise MalformedJSON(f"the lone surrogate escape \\u{ord(bad):04x} is not a character",
                                "escape both halves of the UTF-16 pair or write the character itself") from None
    return value
