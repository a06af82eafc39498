"""Sentences that spell out someone's finding: a pattern, principle or law that a scholar found in what they
studied, set out in the present after a colon ("In den Chroniken fand sie stets dasselbe Muster: Städte wachsen an
Flüssen. Ihre Märkte ziehen Händler an. …").

In such an exposition the author restates the scholar's theory in the scholar's terms without a frame: each
sentence is the theory's claim, not a fact the author states, and it is nobody's words a frame attributes either.
The splitter leaves them out, as it leaves out a retold plot (`fiction.py`).
"""

from __future__ import annotations

from collections.abc import Sequence

from builder.language.tagger import past_tense
from builder.split.phrases import is_first_person
from builder.split.sentences import Token
from builder.split.timex import MONTHS

# verbs by which someone comes upon or sets out a regularity ("fand das Muster", "erkannte das Prinzip")
_FINDING_VERBS = frozenset({"finden", "erkennen", "entdecken", "ausmachen", "beschreiben", "sehen", "feststellen"})
# nouns of a regularity found in what was studied
_FINDING_NOUNS = frozenset({"muster", "prinzip", "gesetz", "gesetzmässigkeit", "gesetzmäßigkeit", "schema",
                            "mechanismus", "grundmuster", "struktur"})
# how many sentences after the colon's may go on with the exposition
_REACH = 4


def _states_finding(head: Sequence[Token]) -> bool:
    """Whether the clause before a colon says that someone found or sets out a regularity ("In ihnen fand er das
    immer gleiche Muster abgebildet:", "Deren Tötung beschreibt das wiederkehrende Muster:")."""
    return any(t.finite and t.lemma.lower() in _FINDING_VERBS for t in head) \
        and any(t.pos == "NN" and t.lower.split("-")[-1] in _FINDING_NOUNS for t in head)


def _leaves_exposition(tokens: Sequence[Token]) -> bool:
    """Whether a sentence speaks outside the exposition: in the past (the author narrates the scholar's work
    again), in the first person, with a date, or with a name."""
    return any((t.finite and past_tense(t.text, t.tag)) or is_first_person(t) or t.pos == "NE"
               or (t.lower in MONTHS and t.text[:1].isupper()) or (t.text.isdigit() and len(t.text) == 4)
               for t in tokens)


def expounded_findings(sentences: Sequence[Sequence[Token]]) -> dict[int, int]:
    """The sentences that spell out a finding, each with the token at which the exposition begins (the first
    after the colon of the sentence that names the finding; 0 for the sentences after it, up to `_REACH` of them,
    while none speaks outside it)."""
    found: dict[int, int] = {}
    reach = 0
    for k, tokens in enumerate(sentences):
        colon = next((i for i, t in enumerate(tokens) if t.text == ":"), None)
        names = colon is not None and _states_finding(tokens[:colon])
        if reach and not _leaves_exposition(tokens):
            found[k] = 0  # (a colon inside the exposition opens more of it: "Deren Tötung beschreibt das Muster: …")
            reach = _REACH if names else reach - 1
        elif names and colon is not None:
            found[k] = colon + 1
            reach = _REACH
        else:
            reach = 0
    return found
