"""SoMaJo's character offsets of tokens (`somajo.alignment.token_offsets`), the same offsets for less work.

SoMaJo finds where each token sits in the raw text by slicing the rest of the text for every token
(`raw[raw_i:].startswith(text)`: quadratic in a paragraph's length), by looking up `regex.sub(r"\\s", ...)`
by its pattern's source in the `regex` module's cache for every token, and by building three dicts with an
entry per character that map NFC positions to raw ones. That was a third of its time on news paragraphs.

For text that is already in NFC and not XML (news text almost always is; the splitter never passes XML)
those maps are the identity, so `token_offsets` here skips them and compares in place
(`raw.startswith(text, raw_i)`), with a compiled pattern; any other input goes to SoMaJo's own function. The
offsets are SoMaJo's (`tests/test_language_equivalence.py`, `tests/test_split_digest.py`).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import Any

import regex
from somajo import alignment

_WHITESPACE = regex.compile(r"\s")  # the pattern SoMaJo replaces by " " in the raw text and in each token

Offsets = list[tuple[int, int]]


def _determine_offsets(tokens: list[Any], raw: str, position: int) -> Offsets:
    """`alignment._determine_offsets` with in-place comparisons and a compiled pattern."""
    offsets: Offsets = []
    raw_i = 0
    raw = _WHITESPACE.sub(" ", raw)
    skipable = alignment._skipable_characters
    for token in tokens:
        if token.markup:
            start, end = token.character_offset
            start -= position
            end -= position
        else:
            text = token.text if token.original_spelling is None else token.original_spelling
            text = _WHITESPACE.sub(" ", text)
            if raw.startswith(text, raw_i):
                start = raw_i
                end = start + len(text)
            elif raw.startswith(" " + text, raw_i):
                start = raw_i + 1
                end = start + len(text)
            else:  # SoMaJo's character by character search past skippable characters
                raw_start = raw_i
                for i, char in enumerate(text):
                    for j in range(raw_start, len(raw)):
                        if raw[j] == char:
                            if i == 0:
                                start = j
                            if i == len(text) - 1:
                                end = j + 1
                            break
                        if raw[j] not in skipable:
                            raise AssertionError(f"{raw[j]!r} is not a skipable character; token: {text!r}")
                    raw_start = j + 1
        offsets.append((start, end))
        raw_i = end
    return offsets


def fast_token_offsets(original: Callable[..., Offsets]) -> Callable[..., Offsets]:
    """`token_offsets` computed here for NFC text that is not XML, by `original` (its `__wrapped__`) otherwise."""

    @functools.wraps(original)
    def token_offsets(token_list: list[Any], raw: str, position: int, xml_input: bool, tokens: list[Any]) -> Offsets:
        if xml_input or not raw or not unicodedata.is_normalized("NFC", raw):
            return original(token_list, raw, position, xml_input, tokens)
        return [(start + position, end + position) for start, end in _determine_offsets(tokens, raw, position)]

    return token_offsets


def install() -> None:
    """Make SoMaJo use `fast_token_offsets` (once; its offsets are SoMaJo's own for any input)."""
    if not hasattr(alignment.token_offsets, "__wrapped__"):
        alignment.token_offsets = fast_token_offsets(alignment.token_offsets)
