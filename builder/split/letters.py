"""Readers' letters: a page of letters to the editor, each signed by its writer.

A letters page prints one letter after another, each opened by the article it answers ('Zu «Titel» vom 23.
Dezember: …') and closed by its writer's name and home town on a line of their own ("Anna Muster, Olten").
What a letter says is its writer's opinion, not the paper's report: read without its signature, "Die
Sparer werden seit Jahren bestohlen!" is a statement of fact. Every sentence of a letter is its writer's,
like an answer in an interview; the shape is that of `speech.interview_turns` (sentence index → writer and
the token after the opening's colon, -1 in the sentences after it), so the splitter treats both alike. A
block with an opening but no signature before the next opening is no letter: whose it is, nothing tells.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import dropwhile

from builder.split.phrases import quote_depth
from builder.split.sentences import Token

_MARKS = frozenset('"«»„“”‹›‚‘')
# titles a writer signs with, before the name ("Dr. Anna Muster")
_TITLES = frozenset({"dr.", "prof.", "dipl.-ing.", "mag.", "lic."})
# the words that may stand between the quoted title a letter answers and the colon ("vom 23. Dezember", "in
# der Ausgabe vom …", "im Feuilleton")
_OPENING_WORDS = 12


def _opening(tokens: Sequence[Token]) -> int | None:
    """The index after the colon of a letter's opening ('Zu «Titel» vom 3. Mai:'), if the sentence opens so: "Zu",
    a quoted title, then within a few words a colon outside quotation marks."""
    if len(tokens) < 5 or tokens[0].text != "Zu":
        return None
    depth = quote_depth(tokens)
    if tokens[1].text not in _MARKS:
        return None
    closed = next((k for k in range(2, len(tokens)) if not depth[k] and tokens[k].text not in _MARKS), None)
    if closed is None:
        return None
    colon = next((k for k in range(closed, min(closed + _OPENING_WORDS, len(tokens)))
                  if tokens[k].text == ":" and not depth[k]), None)
    return colon + 1 if colon is not None and colon + 1 < len(tokens) else None


def _signature(tokens: Sequence[Token]) -> str | None:
    """The writer's name, if the sentence is a signature: titles, two to four capitalised names, a comma, and a
    place of one to three capitalised words, with no verb ("Dr. Anna Muster, Bad Ragaz")."""
    words = tokens[:-1] if tokens and tokens[-1].text == "." else tokens
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or any(t.finite for t in words):
        return None
    name, place = words[:comma], words[comma + 1:]
    names = list(dropwhile(lambda t: t.lower in _TITLES, name))
    capital = all(t.text[:1].isupper() for t in [*names, *place])
    if not (2 <= len(names) <= 4 and 1 <= len(place) <= 3 and capital):
        return None
    return " ".join(t.text for t in names)


def letter_turns(sentences: Sequence[Sequence[Token]], paragraphs: Sequence[int]) -> dict[int, tuple[str, int]]:
    """The writer of each sentence of a readers' letter (`paragraphs`: the paragraph of each sentence), as
    `speech.interview_turns` gives an interview's speakers."""
    turns: dict[int, tuple[str, int]] = {}
    start: tuple[int, int] | None = None  # the opening sentence of the letter under way, and its colon
    for k, tokens in enumerate(sentences):
        first = k == 0 or paragraphs[k] != paragraphs[k - 1]
        alone = first and (k + 1 == len(sentences) or paragraphs[k + 1] != paragraphs[k])
        opened = _opening(tokens) if first else None
        if opened is not None:
            start = (k, opened)
            continue
        writer = _signature(tokens) if alone and start is not None else None
        if writer is not None and start is not None:
            turns.update({j: (writer, start[1] if j == start[0] else -1) for j in range(start[0], k)})
            start = None
    return turns
