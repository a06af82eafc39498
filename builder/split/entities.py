"""Named entities and numbers of a sentence, with offsets, from the tagger's proper-noun runs.

Labels come from the shape of the phrase (organisation suffixes, locative prepositions, first-name +
surname pairs); it is a cheap annotation for reviewers and filters, not a trained recogniser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.split.sentences import Token

_ORG = re.compile(r"(ministerium|polizei|regierung|rat$|amt$|gericht|partei|verband|bank|kommission|agentur|"
                  r"organisation|staatsanwaltschaft|gendarmerie|bundesrat|nato|uno|eu$|ag$|gmbh|news|zeitung|"
                  r"sender|institut|universität|spital|klinik)", re.IGNORECASE)
_LOCATIVE = {"in", "nach", "aus", "im", "bei", "von", "vom", "am"}


def _label(run: Sequence[Token], before: Token | None) -> str:
    words = " ".join(t.text for t in run)
    if _ORG.search(words) or (len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1):
        return "ORG"
    if before is not None and before.lower in _LOCATIVE:
        return "LOC"
    if len(run) >= 2 and all(t.text[:1].isupper() for t in run):
        return "PER"
    return "MISC"


def entities(tokens: Sequence[Token], text: str) -> list[dict]:
    """Proper-noun runs (PER/ORG/LOC/MISC) and numbers (NUM) as `{text, start, end, label}`; the text is
    the article's own between the offsets ("CanSino", which the tokenizer splits at the capital)."""
    out: list[dict] = []
    run: list[Token] = []
    for i, tok in enumerate(list(tokens) + [Token("", 0, 0)]):
        if tok.text and tok.text[:1].isupper() and (tok.pos == "NE" or tok.tag.startswith("ACR")):
            run.append(tok)
            continue
        if run:
            before = tokens[i - len(run) - 1] if i - len(run) - 1 >= 0 else None
            out.append({"text": text[run[0].start:run[-1].end], "start": run[0].start, "end": run[-1].end,
                        "label": _label(run, before)})
            run = []
        if tok.text and tok.pos == "CARD" and any(c.isdigit() for c in tok.text):
            out.append({"text": tok.text, "start": tok.start, "end": tok.end, "label": "NUM"})
    return out
