"""SoMaJo's tokens and sentences of a stretch of text, computed once per distinct stretch.

Tokenising is half of the splitter's time, and the same stretch is tokenised more than once: furniture
detection looks at a paragraph's sentences before the splitter does (and at its first 400 characters, which
for most paragraphs are the whole paragraph). So the sentences of the last stretches are memoised by their
text, which gives the same tokens as tokenising again: SoMaJo is a function of the text alone.

SoMaJo itself spends a third of its time on looking for emoji: for each grapheme of every token it looks
up a regular expression by its source text in the `regex` module's cache. `_without_emoji_search` first
asks one compiled expression whether the token holds any character that the per-grapheme test can match;
when it holds none (almost every token of news text), that test would find nothing, so it is skipped. The
tokens are the same; `tests/test_split_digest.py` holds the claims of a fixed corpus to that. Its character
offsets are computed with less work too (`offsets.py`), and abbreviations are looked for only near a full
stop (`abbreviations.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

import regex
from somajo import SoMaJo

from builder.language import abbreviations, offsets

# every character that SoMaJo's `Tokenizer._split_emojis` (2.4, 2.5) tests a grapheme for: Extended_Pictographic
# and Emoji_Presentation for a single character, and also the emoji variation selector in longer graphemes
_EMOJI_CHARACTER = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")

_LANGUAGE = "de_CMC"

# (token text, start, end) per token, per sentence, with offsets into the tokenised string
Sentences = tuple[tuple[tuple[str, int, int], ...], ...]


def _without_emoji_search(split_emojis: Callable[..., None]) -> Callable[..., None]:
    """SoMaJo's emoji splitting of one token node, skipped for a token without any emoji character."""

    def split(node: Any, token_class: str = "emoticon") -> None:
        if _EMOJI_CHARACTER.search(node.value.text) is not None:
            split_emojis(node, token_class)

    return split


@cache
def _somajo() -> SoMaJo:
    tokenizer = SoMaJo(_LANGUAGE, split_camel_case=True, character_offsets=True)
    inner = tokenizer._tokenizer
    inner._split_emojis = _without_emoji_search(inner._split_emojis)
    abbreviations.install(inner, _LANGUAGE)
    offsets.install()
    return tokenizer


@lru_cache(maxsize=512)
def sentences(text: str) -> Sentences:
    """SoMaJo's sentences of `text` as (token, start, end) with offsets into `text`; memoised for the last
    512 distinct texts (an article's paragraphs are looked at by furniture detection and by the splitter)."""
    return tuple(tuple(piece for t in sent for piece in _unspaced(text, t.text, *t.character_offset))
                 for sent in _somajo().tokenize_text([text]))


_NON_SPACE = regex.compile(r"\S+")


def _unspaced(text: str, token: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    """SoMaJo joins an emoticon over a space ("Grundhoff: (lacht)" gives ":(" and "lacht"); in edited text
    such a token is a colon and a bracket, one token per stretch without space."""
    if end - start == len(token) or not any(c.isspace() for c in text[start:end]):
        return ((token, start, end),)
    return tuple((m.group(), start + m.start(), start + m.end()) for m in _NON_SPACE.finditer(text[start:end]))


# characters left between the first token after an opening and the end of its window: far more than any of
# SoMaJo's patterns or its look past a full stop reaches, so the cut at the window changes nothing before it
_SLACK = 100

Tokens = tuple[tuple[str, int, int], ...]


def opening(text: str, window: int, count: int) -> Tokens:
    """`sentences(text[:window])[0][:count]` (empty when there is no sentence): the first `count` tokens of
    the first sentence of the first `window` characters.

    Taken from the sentences of the whole `text` when those tokens and the token after them end well before
    the window does: SoMaJo decides a token and a sentence end from a few characters around them, so
    the text after the window cannot change them. The whole text is tokenised (and memoised) for the
    splitter anyway; tokenising its start again was a fifth of the tokeniser's work."""
    if len(text) > window:
        whole = sentences(text)
        first = whole[0] if whole else ()
        used = min(count, len(first))
        after = first[used] if used < len(first) else whole[1][0] if len(whole) > 1 else None
        if after is not None and after[2] + _SLACK <= window:
            return first[:used]
    head = sentences(text[:window])
    return head[0][:count] if head else ()
