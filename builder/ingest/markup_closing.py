"""Markup that does not close, found before the markup is parsed.

Python's HTML parser forgives what it cannot close: a comment opened and never ended comes out as text
("<!-- Notiz <p>Absatz" becomes the words of the paragraph), a tag missing its '>' eats the text up to the
next tag's '>', and an unclosed `<script>` or `<style>` takes the rest of the article as code. Each of
these would turn markup into claims or lose text without a word, so the scan names the first one and
the reader rejects the article with that reason.
"""

from __future__ import annotations

import re

# one complete construct at a '<' that starts markup; quoted attribute values may hold '>' but not '<'
_CONSTRUCTS = re.compile(r"""
      <!--.*?-->
    | <!\[CDATA\[.*?\]\]>
    | <[!?][^<>]*>
    | </?[A-Za-z](?:[^"'<>]|"[^"<]*"|'[^'<]*')*>
""", re.S | re.X)
_MARKUP_START = re.compile(r"<(?:[A-Za-z!?]|/[A-Za-z])")
_RAW_TEXT = re.compile(r"<(script|style)\b", re.I)  # the parser reads everything up to its end tag as code
_SHOWN = 30


def unclosed_markup(markup: str) -> str | None:
    """Why `markup` holds a construct that does not close, or None when every one closes."""
    position = 0
    while (start := _MARKUP_START.search(markup, position)) is not None:
        at = start.start()
        whole = _CONSTRUCTS.match(markup, at)
        if whole is None:
            return never_closed(_kind(markup, at), markup, at)
        position = whole.end()
        raw = _RAW_TEXT.match(markup, at)
        if raw is not None:  # its content is code, not markup: skip to its end tag
            end = re.compile(rf"</{raw.group(1)}\s*>", re.I).search(markup, position)
            if end is None:
                return never_closed(f"<{raw.group(1).lower()}>", markup, at)
            position = end.end()
    return None


def never_closed(what: str, markup: str, at: int, effect: str = "") -> str:
    """The reason given for construct `what` opened at character `at` of `markup` and never closed."""
    return f"{what} at character {at} of the markup is never closed ({_excerpt(markup, at)}){effect}; close it " \
           "or remove it in the source"


def _kind(markup: str, at: int) -> str:
    if markup.startswith("<!--", at):
        return "a comment"
    if markup.startswith("<![CDATA[", at):
        return "a CDATA section"
    return "a declaration" if markup[at + 1] in "!?" else "a tag"


def _excerpt(markup: str, at: int) -> str:
    shown = " ".join(markup[at:at + _SHOWN].split())
    return repr(shown + ("…" if len(markup) > at + _SHOWN else ""))
