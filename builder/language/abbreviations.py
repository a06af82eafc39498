"""SoMaJo's search for abbreviations (`Tokenizer.abbreviation`), tried only where a match can start.

SoMaJo looks for its 1,100 German abbreviations with one expression, an alternation of all of them, which
it runs over every paragraph at every position: a quarter of its time on news text. Every alternative holds
a full stop (`(?:\\p{L}\\.){2,}` and the listed abbreviations, none longer than `reach` characters), and it
matches case-insensitively by simple case folding, one character for one, so a match starts at most
`reach - 1` characters before a full stop. `DotAnchored.finditer` tries the expression only at those
positions, left to right, going on after each match as `finditer` does: the same matches, found with the
same expression at the same positions, the lookbehind seeing the text before each position as it does in
a search (`tests/test_language_equivalence.py`, `tests/test_split_digest.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex
from somajo import utils


class DotAnchored:
    """A stand-in for SoMaJo's abbreviation expression with a `finditer` that skips positions too far from
    any full stop to start a match; everything else is the expression's own."""

    def __init__(self, pattern: regex.Pattern[str], reach: int) -> None:
        self._pattern = pattern
        self._reach = reach

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches of `pattern.finditer(text)`."""
        match, reach = self._pattern.match, self._reach
        position = 0  # the first position not yet tried (or inside the last match)
        dot = text.find(".")
        while dot != -1:
            position = max(position, dot - reach + 1)
            while position <= dot:
                found = match(text, position)
                if found is None:
                    position += 1
                    continue
                yield found
                position = max(found.end(), position + 1)  # (a match is never empty: one abbreviation or more)
            dot = text.find(".", position)


def install(tokenizer: Any, language: str) -> None:
    """Give SoMaJo's tokenizer for `language` (`de_CMC`) the dot-anchored abbreviation search, when its
    expression is the one this module was written for (IGNORECASE without full case folding)."""
    pattern = tokenizer.abbreviation
    if isinstance(pattern, DotAnchored) or pattern.flags & (regex.FULLCASE | regex.V1) \
            or not pattern.flags & regex.IGNORECASE or not pattern.pattern.startswith(r"(?<![\p{L}.])(?:"):
        return
    listed = utils.read_abbreviation_file(f"abbreviations_{language[:2]}.txt", to_lower=True)
    if all("." in a for a in listed):
        tokenizer.abbreviation = DotAnchored(pattern, max(2, *map(len, listed)))
