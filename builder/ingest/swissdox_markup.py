"""Parts of an article from the tagged `content` field of a Swissdox@LiRI export.

The markup says what each stretch of text is: `<ld>` lead, `<p>` paragraph, `<zt>` subheading, `<au>`
author, `<lg>` caption (Legende), `<ka>` box; `<a>` links and any unknown inline tags keep their text.
The export drops the spaces around links ("für<a>Rentnerinnen</a>"), so a space is put back wherever an
inline tag boundary sits between two words.
"""

from __future__ import annotations

from html.parser import HTMLParser

from builder.ingest.normalise import Part, Segment

# tags that start and end a paragraph-level unit; text outside any of them forms a unit of its own
_BLOCK_TAGS = frozenset({"tx", "ld", "p", "zt", "lg", "ka", "br", "div", "li", "ul", "ol", "h1", "h2", "h3"})
_HEADING_TAGS = frozenset({"zt", "h1", "h2", "h3"})
_BLOCK_FURNITURE = {"lg": "caption", "ka": "caption"}
_INLINE_FURNITURE = {"au": "author"}
_VOID_TAGS = frozenset({"br"})
# a tag boundary between these two characters sits between two words
_WORD_END = ".,;:!?»)"
_WORD_START = "«("


def content_parts(markup: str) -> list[Part]:
    """The lead, body and heading parts of one `content` field, in document order."""
    parser = _ContentParser()
    parser.feed(markup)
    parser.close()
    parser.finish_block()
    return parser.parts


class _ContentParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[Part] = []
        self._open: list[str] = []  # open block-level tags, innermost last
        self._text = ""
        self._segments: list[Segment] = []
        self._segment_start: dict[str, int] = {}
        self._at_boundary = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.finish_block()
            if tag not in _VOID_TAGS:
                self._open.append(tag)
        else:
            self._at_boundary = True
            if tag in _INLINE_FURNITURE:
                self._segment_start[tag] = len(self._text)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.finish_block()
        else:
            self._at_boundary = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.finish_block()
            if tag in self._open:  # tolerate stray or unbalanced end tags
                del self._open[len(self._open) - 1 - self._open[::-1].index(tag):]
        else:
            self._at_boundary = True
            start = self._segment_start.pop(tag, None)
            if start is not None:
                self._add_segment(_INLINE_FURNITURE[tag], start, len(self._text))

    def handle_data(self, data: str) -> None:
        words = " ".join(data.split())
        if self._text and not self._text.endswith(" "):
            glued = words and self._at_boundary and _between_words(self._text[-1], words[0])
            if data[:1].isspace() or glued:
                self._text += " "
        if words:
            self._text += words + (" " if data[-1].isspace() else "")
            self._at_boundary = False

    def finish_block(self) -> None:
        """Close the unit being collected, if it has any text, as one part."""
        for tag, start in self._segment_start.items():  # an inline tag left open by the block's end
            self._add_segment(_INLINE_FURNITURE[tag], start, len(self._text))
        self._segment_start.clear()
        stripped = self._text.rstrip()
        if stripped:
            segments = [s for s in self._segments if s.start < len(stripped)]
            segments = [Segment(s.kind, s.start, min(s.end, len(stripped))) for s in segments]
            block_furniture = next((_BLOCK_FURNITURE[t] for t in self._open if t in _BLOCK_FURNITURE), None)
            if block_furniture:
                segments = [Segment(block_furniture, 0, len(stripped))]
            self.parts.append(Part(stripped, self._kind(), tuple(segments)))
        self._text, self._segments, self._at_boundary = "", [], False

    def _kind(self) -> str:
        if any(t in _HEADING_TAGS for t in self._open):
            return "heading"
        return "lead" if "ld" in self._open else "body"

    def _add_segment(self, kind: str, start: int, end: int) -> None:
        while start < end and self._text[start] == " ":
            start += 1
        while end > start and self._text[end - 1] == " ":
            end -= 1
        if end > start:
            self._segments.append(Segment(kind, start, end))


def _between_words(left: str, right: str) -> bool:
    return (left.isalnum() or left in _WORD_END) and (right.isalnum() or right in _WORD_START)
