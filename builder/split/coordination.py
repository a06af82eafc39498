"""Distribute coordinated noun and prepositional phrases: one claim per conjunct.

"trifft Selenskyj und Kuleba" states two meetings. A conjunct list `A, B und/sowie C` of phrases of one
kind (noun phrases with a determiner or a name, or prepositional phrases) is replaced by each member in
turn. Left alone: symmetric predicates ("zwischen A und B"), bare common nouns that form fixed pairs
("Rentnerinnen und Rentner", "Sicherheit und Zusammenarbeit"), truncated compounds ("Preis- und
Lohnentwicklung"), and anything inside quotation marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from builder.split.draft import Draft
from builder.split.phrases import NOUNS, PREPOSITIONS, is_noun, name_extent, np_end, np_start, quote_depth
from builder.split.sentences import Token

_CONJ = {"und", "sowie"}
_NO_SPLIT_BEFORE = {"zwischen", "sowohl", "beide", "beiden"}
_PLURAL_TO_SINGULAR = {"wurden": "wurde", "sind": "ist", "waren": "war", "haben": "hat", "hatten": "hatte",
                       "werden": "wird", "konnten": "konnte", "können": "kann", "sollen": "soll", "wollen": "will",
                       "müssen": "muss", "dürfen": "darf", "seien": "sei"}


def _kind(tok: Token) -> str | None:
    if tok.pos in PREPOSITIONS:
        return "pp"
    if tok.tag in {"ART", "PPOSAT", "PDAT", "PIAT", "CARD", "ADJ(A)"} or tok.pos in NOUNS or tok.text.isupper():
        return "np"
    return None


def _distributable(tokens: Sequence[Token], lo: int, hi: int, shared: str = "") -> bool:
    """A conjunct worth its own claim: anything but a lone bare common noun."""
    head = tokens[lo]
    if head.pos == "APPRART":
        return True  # "im", "zum": the preposition carries the article
    if head.pos in PREPOSITIONS:
        lo += 1
        if lo >= hi:
            return False
        head = tokens[lo]
    if hi - lo == 1 and head.pos == "NN" and not head.text.isupper() and not shared:
        return False  # a single bare noun: fixed pairs such as "Rentnerinnen und Rentner"
    return True


def _conjuncts(tokens: Sequence[Token], k: int, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The members of the coordination whose conjunction is at k, or None if it is not distributable."""
    right_kind = _kind(tokens[k + 1]) if k + 1 < hi else None
    if right_kind is None or tokens[k - 1].text.endswith("-") or tokens[k - 1].tag == "ADJ(A)":
        return None  # truncated compounds and coordinated adjectives ("digitalen und ökologischen Wandel")
    right_end = np_end(tokens, k + 2, hi) if right_kind == "pp" else np_end(tokens, k + 1, hi)
    if right_end <= k + 1:
        return None
    right_end = name_extent(tokens, right_end, hi)
    members = [(k + 1, right_end)]
    end = k
    while True:
        if right_kind == "pp":
            start = next((j for j in range(end - 1, lo - 1, -1)
                          if tokens[j].pos in PREPOSITIONS or tokens[j].text == ","), lo)
            if tokens[start].pos not in PREPOSITIONS:
                return None
        elif tokens[k + 1].pos == "NN" and not tokens[k + 1].text.isupper() and tokens[k - 1].pos == "NN":
            start = k - 1  # "der Infektiologie und Tropenmedizin": bare nouns pair up inside their phrase
        else:
            start = np_start(tokens, end, lo)
            if tokens[k + 1].tag == "ADJ(A)":
                # "Herren mittleren Alters und gemütlicher Statur": conjuncts of one shape
                start = max([g for g in range(start + 1, end) if tokens[g].tag == "ADJ(A)"
                             and is_noun(tokens[g - 1])], default=start)
                if tokens[start].tag == "ART" and start - 1 > lo and tokens[start - 1].pos == "APPR":
                    # "Suchmassnahmen aus der Luft sowie technische Abklärungen": an article-less conjunct
                    # is not the preposition's object but a sibling of the phrase that holds it
                    start = np_start(tokens, start - 1, lo)
            if tokens[k + 1].lower in {"der", "des"}:
                # "die Folge der Vertuschung und der Reaktion": the conjuncts are the genitives
                start = max([g for g in range(start + 1, end) if tokens[g].lower == tokens[k + 1].lower
                             and tokens[g].tag == "ART"], default=start)
        if start >= end:
            return None
        members.insert(0, (start, end))
        if start - 1 > lo and tokens[start - 1].text == "," and _kind(tokens[start - 2]) is not None:
            end = start - 1
            continue
        break
    first = members[0][0]
    if right_kind == "np" and first > lo and tokens[first - 1].lower in _NO_SPLIT_BEFORE:
        return None
    if _gender_pair(tokens, members):
        return None
    shared = _shared_determiner(tokens, members) if right_kind == "np" else ""
    if not all(_distributable(tokens, a, b, shared) for a, b in members):
        return None
    return members


def _gender_pair(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """"Lehrerinnen und Lehrer", "Rentnerin und Rentner": one group named in both genders."""
    heads = [tokens[b - 1].lower for _, b in members]
    return len(heads) == 2 and any(a.startswith(b[:-1] if b.endswith("en") else b) and a.endswith(("innen", "in"))
                                   for a, b in (heads, heads[::-1]))


def _shared_determiner(tokens: Sequence[Token], members: list[tuple[int, int]]) -> str:
    """The article a bare last conjunct shares with the first: "das Flüchtigste und Unscheinbarste"."""
    first = tokens[members[0][0]]
    return first.lower if first.tag in {"ART", "PPOSAT", "PDAT"} else ""


def _agree(draft: Draft, tokens: Sequence[Token], members: list[tuple[int, int]]) -> Draft:
    """A coordinated subject split into one member takes a singular verb ("wurden" → "wurde")."""
    for verb in (members[-1][1], members[0][0] - 1):  # "A und B wurden", "wollen A und B"
        if 0 <= verb < len(tokens) and tokens[verb].finite and tokens[verb].lower in _PLURAL_TO_SINGULAR:
            return draft.replace(verb, verb + 1, [_PLURAL_TO_SINGULAR[tokens[verb].lower]])
    return draft


def distribute(draft: Draft, tokens: Sequence[Token], depth: Sequence[int] | None = None) -> list[Draft]:
    """All drafts obtained by distributing every distributable coordination in `draft`."""
    depth = depth if depth is not None else quote_depth(tokens)
    for p in draft.pieces:
        if isinstance(p, str):
            continue
        lo, hi = p
        for k in range(lo + 1, hi - 1):
            if tokens[k].lower not in _CONJ or depth[k]:
                continue
            members = _conjuncts(tokens, k, lo, hi)
            if not members:
                continue
            span = (members[0][0], members[-1][1])
            shared = _shared_determiner(tokens, members)
            out: list[Draft] = []
            for a, b in members:
                lone = b - a == 1 and tokens[a].pos in NOUNS and shared
                single = draft.replace(span[0], span[1], [shared, (a, b)] if lone else [(a, b)])
                out.extend(distribute(_agree(single, tokens, members), tokens, depth))
            return out
    return [draft]
