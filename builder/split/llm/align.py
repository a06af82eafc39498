"""Provenance and faithfulness of a model's claim, checked against the article instead of trusted.

A claim is aligned to character spans of the sentence it names: the sentence's words that it shares,
matched with room for inflection ("russischen" ~ "russische", "wünscht" ~ "Wunsch") and compounding
("Telefongespräch" ~ "Gesprächs"). Words it takes from elsewhere in the article (a name that resolves
"er") need no span but must occur in the article. A claim is made up when a number or a name (HanTa's
proper-noun tags) in it occurs nowhere in the article, or when a third of its content words do. Other
missing words are let through: rewriting a sentence into claims needs verbs and nouns of its own ("gab
es", "Herkunft", "erlitt"), as the human-written gold claims show (a check that refused every missing
word refused 35 of their 397). The speaker is checked the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from builder.split.sentences import tag_tokens, tokenize

WORD = re.compile(r"\w+", re.UNICODE)
FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "à": "a", "ç": "c"})

# German function words: they carry no content of their own, so they neither need a source nor make a span
FUNCTION_WORDS = frozenset("""
der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen
und oder aber sondern denn doch sowie als wie wenn weil dass ob damit sodass obwohl während nachdem bevor
in im ins an am ans auf aus bei beim mit nach seit von vom vor zu zum zur über unter um durch für gegen ohne
bis zwischen hinter neben ab pro per laut trotz wegen dank
ich du er sie es wir ihr man sich mich mir dich dir uns euch ihn ihm ihnen
sein seine seiner seines seinem seinen ihre ihrer ihres ihrem ihren unser unsere dessen deren
dieser diese dieses diesem diesen jener jene welche welcher welches welchem welchen
ist sind war waren wird werden wurde wurden worden hat haben hatte hatten habe sei seien wäre wären gewesen
kann können konnte konnten soll sollen sollte sollten muss müssen musste will wollen wollte darf dürfen
nicht auch noch schon nur so da dort hier es sehr mehr weiter bereits etwa jedoch zudem dabei dazu davon
alle allen aller alles andere anderen anderer
""".translate(FOLD).split())  # folded, as the words compared with them
NAME_TAGS = frozenset({"NE", "FM"})  # proper nouns, foreign material


def fold(word: str) -> str:
    """Lower case without diacritics, so that "Präsident" and "Prasident" (or "Aussen"/"Außen") compare."""
    return word.lower().translate(FOLD)


def _stem(word: str) -> str:
    """The word without up to three letters of ending, at least five letters: what inflection keeps."""
    return word[:max(5, len(word) - 3)]


def related(a: str, b: str) -> bool:
    """Whether two folded words are forms of one word or one is part of the other (a compound).

    Same word; a shared beginning that leaves at most three letters of ending ("russischen"/"russische",
    "wunscht"/"wunsch", "teuerungsanpassung"/"teuerung"); a participle with "ge-"; or the stem of one,
    five letters at least, inside the other ("telefongesprach"/"gesprachs")."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False  # numbers must be the same numbers
    shared = 0
    for x, y in zip(a, b):
        if x != y:
            break
        shared += 1
    if shared >= 4 and shared >= min(len(a), len(b)) - 3:
        return True
    if a.startswith("ge") and len(a) > 6 and related(a[2:], b) or b.startswith("ge") and len(b) > 6 and \
            related(a, b[2:]):
        return True
    return (len(b) >= 5 and _stem(b) in a) or (len(a) >= 5 and _stem(a) in b)


def content_words(text: str) -> list[str]:
    """The folded words of `text` that need a source: every number, and every other word that is not a
    function word and has more than one letter."""
    return [w for w in (fold(m.group()) for m in WORD.finditer(text))
            if w.isdigit() or (len(w) > 1 and w not in FUNCTION_WORDS)]


@dataclass(frozen=True)
class ArticleWords:
    """The folded words of one article, for the question whether a claim's word occurs in it at all."""

    text: str

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(fold(m.group()) for m in WORD.finditer(self.text))

    def missing(self, words: Iterable[str]) -> list[str]:
        """The words that neither occur in the article nor are related to a word of it, in order, once."""
        absent: list[str] = []
        for word in words:
            if word in absent or word in self.vocabulary:
                continue
            if not any(related(word, known) for known in self.vocabulary):
                absent.append(word)
        return absent


def made_up(text: str, words: ArticleWords) -> list[str]:
    """The words that make `text` (a claim or a speaker) made up, or none: its missing numbers and names,
    or all its missing words when they are a third of its content words or more."""
    wanted = content_words(text)
    missing = words.missing(wanted)
    if not missing or len(missing) * 3 >= len(wanted):
        return missing
    names = {fold(w) for sentence in tokenize(text) for token in tag_tokens(sentence) if token.pos in NAME_TAGS
             for w in WORD.findall(token.text)}
    return [w for w in missing if w.isdigit() or w in names]


def align(claim: str, sentence_text: str, offset: int) -> list[dict[str, int]]:
    """Character spans (offsets into the article: `offset` is where the sentence starts) of the sentence's
    words that the claim shares; a run of function words between two shared words is bridged when the
    claim has those words too. Empty when the claim shares no content word with the sentence."""
    wanted = content_words(claim)
    claim_words = {fold(m.group()) for m in WORD.finditer(claim)}
    words = [(fold(m.group()), m.start(), m.end()) for m in WORD.finditer(sentence_text)]
    hit = [any(related(w, c) for c in wanted) if (w.isdigit() or w not in FUNCTION_WORDS) and len(w) > 1
           else False
           for w, _, _ in words]
    marked = [i for i, h in enumerate(hit) if h]
    for a, b in zip(marked, marked[1:]):
        if all(words[i][0] in claim_words for i in range(a + 1, b)):
            for i in range(a + 1, b):
                hit[i] = True
    return _merge([(offset + start, offset + end) for (_, start, end), h in zip(words, hit) if h], sentence_text,
                  offset)


def _merge(ranges: Sequence[tuple[int, int]], sentence_text: str, offset: int) -> list[dict[str, int]]:
    """Adjacent word ranges separated only by spaces or a hyphen as one span, in text order."""
    spans: list[dict[str, int]] = []
    for start, end in ranges:
        gap = sentence_text[spans[-1]["end"] - offset:start - offset] if spans else None
        if gap is not None and gap.strip(" -") == "":
            spans[-1]["end"] = end
        else:
            spans.append({"start": start, "end": end})
    return spans
