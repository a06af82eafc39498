"""Parts of an article from the tagged `content` field of a Swissdox@LiRI export.

The markup says what each stretch of text is: `<ld>` lead, `<p>` paragraph, `<zt>` subheading, `<au>`
author, `<lg>` caption (Legende), `<ka>` box; `<a>` links and any unknown inline tags keep their text.
The export drops the spaces around links ("für<a>Rentnerinnen</a>"), so a space is put back wherever an
inline tag boundary sits between two words.

Markup that does not close is rejected with its reason, never guessed at: a comment, tag or `<script>` left
open (`markup_closing`), and a lead, caption, box or heading tag that only the end of an enclosing tag or of
the field ends, which would make all the text after it lead, caption or heading. A `<p>` left open is
harmless (the next block starts a new unit) and an inline author tag left open ends with its paragraph.
"""

from __future__ import annotations

from html.parser import HTMLParser
from itertools import accumulate

from builder.ingest.markup_closing import never_closed, unclosed_markup
from builder.ingest.normalise import Part, Segment
from builder.ingest.rejects import BadInput
from builder.records.types import FurnitureKind, ParagraphKind

# tags that start and end a paragraph-level unit; text outside any of them forms a unit of its own
_BLOCK_TAGS = frozenset({"tx", "ld", "p", "zt", "lg", "ka", "br", "div", "li", "ul", "ol", "h1", "h2", "h3"})
_HEADING_TAGS = frozenset({"zt", "h1", "h2", "h3"})
_BLOCK_FURNITURE: dict[str, FurnitureKind] = {"lg": "caption", "ka": "caption"}
_INLINE_FURNITURE: dict[str, FurnitureKind] = {"au": "author"}
_VOID_TAGS = frozenset({"br"})
# block tags that make every unit inside them lead, heading or furniture: each must close explicitly
_KIND_TAGS = {"ld": "lead", **dict.fromkeys(_HEADING_TAGS, "heading"), "lg": "caption", "ka": "box"}
_SKIPPED = frozenset({"script", "style"})  # code, never text
# a tag boundary between these two characters sits between two words
_WORD_END = ".,;:!?»)"
_WORD_START = "«("


def content_parts(markup: str) -> list[Part]:
    """The lead, body and heading parts of one `content` field, in document order.

    Raises BadInput (field `content`) for markup that does not close (see the module docstring)."""
    reason = unclosed_markup(markup)
    if reason is not None:
        raise BadInput(reason, "content")
    parser = _ContentParser(markup)
    parser.feed(markup)
    parser.close()
    parser.finish_block()
    parser.check_closed(0)
    return parser.parts


class _ContentParser(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[Part] = []
        self._markup = markup
        self._line_starts = [0, *accumulate(len(line) for line in markup.splitlines(keepends=True))]
        self._open: list[str] = []  # open block-level tags, innermost last
        self._opened_at: list[int] = []  # the character where each of them starts
        self._skipping = 0  # inside <script> or <style>
        self._text = ""
        self._segments: list[Segment] = []
        self._segment_start: dict[str, int] = {}
        self._at_boundary = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.finish_block()
            if tag not in _VOID_TAGS:
                self._open.append(tag)
                line, column = self.getpos()
                self._opened_at.append(self._line_starts[line - 1] + column)
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
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.finish_block()
            if tag in self._open:  # tolerate stray end tags; the tags it closes on the way must be harmless
                at = len(self._open) - 1 - self._open[::-1].index(tag)
                self.check_closed(at + 1)
                del self._open[at:], self._opened_at[at:]
        else:
            self._at_boundary = True
            start = self._segment_start.pop(tag, None)
            if start is not None:
                self._add_segment(_INLINE_FURNITURE[tag], start, len(self._text))

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
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

    def check_closed(self, depth: int) -> None:
        """Raise BadInput for the first tag open from `depth` on (closed by an enclosing tag's end or by the
        field's end, not its own) that makes the text inside it lead, heading or furniture."""
        for tag, at in zip(self._open[depth:], self._opened_at[depth:]):
            if tag in _KIND_TAGS:
                kind = _KIND_TAGS[tag]
                raise BadInput(never_closed(f"<{tag}> ({kind})", self._markup, at,
                                            f", so all the text after it would be {kind}"), "content")

    def _kind(self) -> ParagraphKind:
        if any(t in _HEADING_TAGS for t in self._open):
            return "heading"
        return "lead" if "ld" in self._open else "body"

    def _add_segment(self, kind: FurnitureKind, start: int, end: int) -> None:
        while start < end and self._text[start] == " ":
            start += 1
        while end > start and self._text[end - 1] == " ":
            end -= 1
        if end > start:
            self._segments.append(Segment(kind, start, end))


def _between_words(left: str, right: str) -> bool:
    return (left.isalnum() or left in _WORD_END) and (right.isalnum() or right in _WORD_START)
