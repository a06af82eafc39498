"""A claim under construction: pieces of its sentence (token ranges) and words brought in from elsewhere.

Keeping token ranges instead of strings until the end is what lets every claim carry exact spans: the
rendered text may be rearranged or completed (a subject copied into a coordinated verb phrase, a pronoun
replaced by its antecedent), but each range still points at the source text that supports it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from builder.language.lexicon import FUNCTION_WORDS
from builder.split.sentences import Token

Piece = tuple[int, int] | str


@dataclass(frozen=True)
class Draft:
    """Pieces of a claim, its attribution, and the rules that made it (`builder show --trace`)."""

    pieces: tuple[Piece, ...]
    speaker: str | None = None
    cue: str | None = None
    quote: str | None = None
    rules: tuple[str, ...] = ()

    def by(self, rule: str) -> Draft:
        """The same draft, noting that `rule` shaped it."""
        return self if rule in self.rules else dataclasses.replace(self, rules=(*self.rules, rule))

    def indices(self) -> list[int]:
        """Sentence token indices in the order the claim uses them."""
        return [i for p in self.pieces if isinstance(p, tuple) for i in range(*p)]

    def replace(self, lo: int, hi: int, new: Sequence[Piece]) -> Draft:
        """Replace the tokens [lo, hi) wherever they occur in the pieces by `new`."""
        out: list[Piece] = []
        done = False
        for p in self.pieces:
            if isinstance(p, str) or p[1] <= lo or p[0] >= hi:
                out.append(p)
                continue
            if p[0] < lo:
                out.append((p[0], lo))
            if not done:
                out.extend(new)
                done = True
            if p[1] > hi:
                out.append((hi, p[1]))
        return self.with_pieces(out)

    def with_pieces(self, pieces: Sequence[Piece]) -> Draft:
        return dataclasses.replace(self, pieces=tuple(p for p in pieces if isinstance(p, str) or p[0] < p[1]))


_OPEN = "«„‚‹(["
_CLOSE = "»“‘›)]"
_TRIM = ",;:–—-"
_QUOTES = frozenset('"«»„“‚‘')
_CLOSING = {'"': '"', "«": "»", "„": "“", "‚": "‘"}  # the mark that closes a quotation an opening one began


def _text(word: Token | str) -> str:
    return word if isinstance(word, str) else word.text


def _balanced(words: list[Token | str]) -> list[Token | str]:
    """Drop quotation marks and brackets whose partner the claim left out. A quotation that resumes after its
    frame and runs past the claim's end ('"Wenn …", sagte X, "bloss nie …!' with the rest in the next sentence)
    is closed instead: without its mark the frame would state the speaker's words as the author's."""
    keep = [True] * len(words)
    stack: list[tuple[int, str]] = []
    closed_before = False
    for i, w in enumerate(words):
        s = _text(w)
        if s == '"' and stack and stack[-1][1] == '"':
            stack.pop()
            closed_before = True
        elif s in _OPEN or s == '"':
            stack.append((i, s))
        elif s in _CLOSE:
            if stack and stack[-1][1] != '"':
                stack.pop()
                closed_before = closed_before or s in _QUOTES
            else:
                keep[i] = False
    resumed = stack[-1] if len(stack) == 1 and closed_before and stack[-1][1] in _QUOTES and stack[-1][0] \
        and _text(words[stack[-1][0] - 1]) == "," else None  # (after the frame's comma: not a stray mark)
    for entry in stack:
        keep[entry[0]] = entry == resumed
    out = [w for w, k in zip(words, keep) if k]
    return out + [_CLOSING[resumed[1]]] if resumed else out


def _rejoined_quotes(words: list[Token | str], tokens: Sequence[Token]) -> list[Token | str]:
    """Drop a closing and an opening quotation mark that meet where a frame set off by commas between them
    was left out ('"Bisher", sagt X, "wiegen …"' → '"Bisher wiegen …"'): one quotation, not two. A comma
    joins them unless the second part goes on with the first part's verb ('"Hallo", sagt sie, "endlich geht
    es los"' → '"Hallo, endlich geht es los"')."""
    at = {t.start: i for i, t in enumerate(tokens)}
    out: list[Token | str] = []
    for k, w in enumerate(words):
        prev = out[-1] if len(out) > 1 else None
        if isinstance(w, Token) and isinstance(prev, Token) and w.text in _QUOTES and prev.text in _QUOTES \
                and prev.end < w.start and tokens[at[prev.start] + 1].text == "," \
                and tokens[at[w.start] - 1].text == ",":
            out.pop()
            following = words[k + 1] if k + 1 < len(words) else None
            if not (isinstance(following, Token) and following.finite):
                out.append(",")
            continue
        out.append(w)
    return out


def omission_at(words: Sequence[Token | str], i: int) -> bool:
    """Whether the mark of words left out of a quoted text ("(...)", "[…]") begins at i."""
    return i + 2 < len(words) and _text(words[i]) in {"(", "["} and _text(words[i + 1]) in {"...", "…"} \
        and _text(words[i + 2]) in {")", "]"}


def _without_omissions(words: list[Token | str]) -> list[Token | str]:
    """Drop the marks of an omission in a quotation ("(...)", "[…]"): they stand for words the article left
    out, not for anything the claim states."""
    out: list[Token | str] = []
    i = 0
    while i < len(words):
        if omission_at(words, i):
            i += 3
            continue
        out.append(words[i])
        i += 1
    return out


# conjunctions that tie a sentence to the one before it ("Und …", "Denn …", "Doch …", "Aber …")
_LINKING_CONJUNCTIONS = frozenset({"und", "denn", "doch", "aber"})


def without_link(draft: Draft, tokens: Sequence[Token]) -> Draft:
    """The draft without a conjunction that opens its sentence or quotation ("Denn die Steuern sinken" → "Die
    Steuern sinken", "«Aber unser Spital ist bereit»"): a claim stands alone, with no sentence before it to tie
    to. "Doch"/"Aber" right before the finite verb fill the prefield as adverbs ("Doch ist die Lage ernst") and
    stay: the verb would open it. The word after it may be a pronoun's referent ("Aber sie erlaubt …" → "Die
    Krise erlaubt …")."""
    first = draft.pieces[0] if draft.pieces else None
    if not isinstance(first, tuple) or len(draft.indices()) < 3:
        return draft
    start = first[0]
    if tokens[start].lower not in _LINKING_CONJUNCTIONS or (start and tokens[start - 1].text not in _OPEN + '"'):
        return draft
    rest = ((start + 1, first[1]),) if first[1] > start + 1 else ()
    after = next(iter((*rest, *draft.pieces[1:])), None)
    if after is None or (isinstance(after, tuple) and (tokens[after[0]].finite
                                                        or not tokens[after[0]].text[:1].isalnum())):
        return draft
    return dataclasses.replace(draft, pieces=(*rest, *draft.pieces[1:]))


# conjunctions that a comma sets off from the clause before them
_CONTRASTING = frozenset({"aber", "sondern", "jedoch", "doch"})


def _comma_lost(prev: Token | str | None, w: Token | str, tokens: Sequence[Token], position: dict[int, int]) -> bool:
    """Whether words left out between two pieces took the comma that sets off a contrasting conjunction ("…, sagt
    X, aber …"): the claim joins the clauses and needs it."""
    if not isinstance(prev, Token) or not isinstance(w, Token) or w.lower not in _CONTRASTING:
        return False
    k, j = position.get(id(w)), position.get(id(prev))
    return k is not None and j is not None and k > j + 1 and tokens[k - 1].text == "," and prev.text[-1:].isalnum()


def render(draft: Draft, tokens: Sequence[Token], text: str) -> str:
    """Claim text: source spacing inside pieces, single spaces between them, one final full stop."""
    words: list[Token | str] = []
    for p in draft.pieces:
        words.extend([p] if isinstance(p, str) else tokens[p[0]:p[1]])
    words = _balanced(_rejoined_quotes(_without_omissions(words), tokens))
    while words and _text(words[0]) in _TRIM:
        words.pop(0)
    while words and _text(words[-1]) in _TRIM + ".!":
        words.pop()
    out: list[str] = []
    prev: Token | str | None = None
    position = {id(t): k for k, t in enumerate(tokens)} if any(
        isinstance(w, Token) and w.lower in _CONTRASTING for w in words) else {}
    for w in words:
        s = _text(w)
        if _comma_lost(prev, w, tokens, position):
            out.append(",")  # "A müsse geklärt werden, sagt X, aber B …" → "A müsse geklärt werden, aber B …"
        if prev is not None:
            glued = (isinstance(prev, Token) and isinstance(w, Token) and prev.end == w.start) or (
                isinstance(w, str) and w is words[-1] and w in _CLOSING.values())  # (a quotation closed at the end)
            # (a mark the source sets off before a word it opens, "auf .ru", keeps its space)
            opens_word = isinstance(prev, Token) and isinstance(w, Token) and prev.end < w.start \
                and text[w.end:w.end + 1].isalnum()
            if not glued and (opens_word or not (s in ",.:;!?)»“" or (out and out[-1] in "(«„"))):
                out.append(" ")
        word = text[w.start:w.end] if isinstance(w, Token) else s
        if out and w is tokens[0] and (word.lower() in FUNCTION_WORDS or w.finite):
            word = word.lower()  # a sentence's first word moved inside the claim: "Mann (42) am Grat abgestürzt",
            # "Hatte X doch …" → "X hatte …"
        elif isinstance(prev, Token) and prev.text == ":" and isinstance(w, Token) and text[prev.end:w.start].strip() \
                and word.lower() in FUNCTION_WORDS:
            word = word[:1].upper() + word[1:]  # a later list member moved to open the clause after a colon
        out.append(word)
        prev = w
    claim = "".join(out).strip()
    if not claim:
        return ""
    claim = claim[0].upper() + claim[1:]
    # a quotation or title at the end keeps the full stop of the sentence around it ("… das Album «Rausch».");
    # only a quoted sentence closes with its own ("… sagte sie: «Wir kommen.»")
    closed = claim[-1] in ".!?" or (claim[-1] in "»“”\"" and claim.rstrip("»“”\"")[-1:] in {".", "!", "?", "…"})
    return claim if closed else claim + "."


def spans(draft: Draft, tokens: Sequence[Token]) -> list[dict[str, int]]:
    """Merged character spans of the pieces taken from the sentence, in text order."""
    ranges = sorted((tokens[a].start, tokens[b - 1].end) for a, b in
                    (p for p in draft.pieces if isinstance(p, tuple)) if b > a)
    merged: list[list[int]] = []
    for s, e in ranges:
        if merged and s <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [{"start": s, "end": e} for s, e in merged]
