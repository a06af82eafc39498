"""HanTa's morphological analysis of an unseen word form (`HanoverTagger.analyze_forward`), the same search
with less work per path.

A cold store of analyses (`analyses.py`) spends most of its extra time analysing word forms. HanTa's search
goes, from each state of each position of the word, over every later end of a segment and every morpheme
tag that may follow the state, and calls `lp_m_t(segment, tag)`; most calls answer -inf (the segment is no
morpheme of that tag), a path the search then drops. Here:

- the scores of the segments that start at one position are worked out once per morpheme tag and shared by
  all states of that position that may go on with the tag (HanTa works them out for each state);
- a tag that admits no unseen morphemes (a closed tag) is tried only on the segments that are a morpheme of
  some tag, found once per position;
- a tag that admits unseen morphemes (an open tag) scores an unseen morpheme as HanTa's `lp_m_t` does,
  `((Int_t + hapax) + length) + suffix` (less 4.6 when the morpheme is the whole word): the first part is
  kept per tag and length, the suffix part per tag and last four characters for morphemes longer than four,
  and a morpheme of at most four characters is scored by `lp_m_t` itself, memoised across words.

A path is expanded by one state, one tag and the segments with a finite score, in an order that differs from
HanTa's only across different ends (each end's row is a dict of its own), so that for each end the states
enter its row in HanTa's order; every pair left out scores -inf, which HanTa drops as well; every sum is the
same floats added in the same order. The analyses are HanTa's bit for bit (`tests/test_language_equivalence.py`,
`tests/test_split_digest.py`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from HanTa.HanoverTagger import EMPTY, START, UNKNOWN
from numpy import logaddexp

_LOWER_BOUND = -1e6  # HanTa's floor below which a path is dropped
_BEAM = 3  # HanTa goes on from the states scoring within 1 of the fourth best only
_MEMO = 400_000  # entries of a memo of scores before it starts afresh
_LONG = 5  # morphemes of this length and more are scored by length and last four characters

Analysis = list[tuple[int, float]]
_Row = dict[tuple[int, int], float]


class _SuffixScores(dict[str, float]):
    """HanTa's suffix score of an unseen morpheme longer than four characters of one tag, by its last four
    characters: the score of its longest ending of at most four characters in the tag's table, else of ''."""

    def __init__(self, lp_s: dict[str, float]) -> None:
        super().__init__()
        self.lp_s = lp_s

    def __missing__(self, end: str) -> float:
        if len(self) >= _MEMO:
            self.clear()
        lp_s = self.lp_s
        for k in (4, 3, 2, 1):
            if end[-k:] in lp_s:
                lp = self[end] = lp_s[end[-k:]]
                return lp
        lp = self[end] = lp_s[""]
        return lp


def fast_analyze_forward(model: Any) -> Callable[[str], Analysis]:
    """`model.analyze_forward` (HanTa 1.2) as described in the module docstring."""
    morphemes: dict[int, dict[str, float]] = model.LP_m_t
    nonfinal: dict[tuple[int, int], list[tuple[int, float]]] = model.LP_trans_nonfinal
    final: dict[tuple[int, int], list[tuple[int, float]]] = model.LP_trans_final
    open_tags = frozenset(t for t in model.LP_hapax_t if t in model.LP_s_t) if not model.strict else frozenset()
    guess = model.lp_m_t
    known = {m for tag_morphemes in morphemes.values() for m in tag_morphemes}  # a morpheme of some tag
    longest = max(map(len, known), default=0)
    # HanTa's Int_t + LP_hapax_t[t] + LP_len_t[t][min(length, 24)], added in its order, by tag and length
    # (grown for longer words)
    bases: dict[int, list[float]] = {t: [] for t in open_tags}
    suffixes = {t: _SuffixScores(model.LP_s_t[t]) for t in open_tags}
    # lp_m_t of morphemes of at most four characters by morpheme, tag, and what of the word it looks at:
    # whether the word is shorter than four characters, whether the morpheme is the whole word
    short_scores: dict[tuple[str, int, bool, bool], float] = {}

    def grow_bases(wlen: int) -> None:
        for t, base in bases.items():
            lengths = model.LP_len_t[t]
            base.extend(model.Int_t + model.LP_hapax_t[t] + lengths[min(n, 24)] for n in range(len(base), wlen + 1))

    def analyze_forward(word: str) -> Analysis:
        wlen = len(word)
        if bases and len(next(iter(bases.values()))) <= wlen:
            grow_bases(wlen)
        start: _Row = {(EMPTY, START): 0}  # HanTa's int 0
        table: list[_Row] = [start, *({} for _ in range(wlen + 1))]
        short = wlen < 4
        for i in range(wlen + 1):
            row = table[i]
            if not row:
                continue
            rowbound = sorted(row.values(), reverse=True)[_BEAM] - 1 if len(row) > _BEAM else _LOWER_BOUND
            by_tag: dict[int, list[tuple[_Row, float]]] = {}  # tag: (row of the segment's end, its score)
            segments: list[tuple[int, str]] | None = None  # (end, segment) of the morphemes of some tag
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                followup = nonfinal.get(state)
                if not followup:
                    continue
                previous = state[1]
                for tag1, lpt in followup:
                    scored = by_tag.get(tag1)
                    if scored is None:
                        if segments is None:
                            segments = [(j, s) for j in range(i + 1, min(wlen, i + longest) + 1)
                                        if (s := word[i:j]) in known]
                        scored = by_tag[tag1] = []
                        tag_morphemes = morphemes[tag1]
                        if tag1 in open_tags:
                            for j in range(i + 1, min(i + _LONG, wlen + 1)):
                                segment = word[i:j]
                                key = (segment, tag1, short, j - i == wlen)
                                lpm = short_scores.get(key)
                                if lpm is None:
                                    if len(short_scores) >= _MEMO:
                                        short_scores.clear()
                                    lpm = short_scores[key] = guess(segment, tag1, wlen, False)
                                if lpm != -math.inf:
                                    scored.append((table[j], lpm))
                            if wlen - i >= _LONG:
                                base, ends = bases[tag1], suffixes[tag1]
                                lpms = [base[j - i] + ends[word[j - 4:j]] for j in range(i + _LONG, wlen + 1)]
                                if i == 0:  # the whole word as one unseen morpheme: HanTa's penalty
                                    lpms[-1] -= 4.6
                                for j, segment in segments:  # a seen morpheme of the tag: its own score
                                    if j - i >= _LONG and (lpm := tag_morphemes.get(segment)) is not None:
                                        lpms[j - i - _LONG] = lpm
                                scored.extend(zip(table[i + _LONG:], lpms))
                        else:
                            for j, segment in segments:
                                lpm = tag_morphemes.get(segment)
                                if lpm is not None:
                                    scored.append((table[j], lpm))
                    if not scored:
                        continue
                    lp0 = lp + lpt
                    newstate = (previous, tag1)
                    for target, lpm in scored:  # every pair left out scores -inf, which HanTa drops
                        lp1 = lp0 + lpm
                        if lp1 > _LOWER_BOUND:
                            old = target.get(newstate)
                            if old is None or lp1 > old:
                                target[newstate] = lp1
        last = table[-1]
        for state, lp in table[-2].items():
            for tag1, lpt in final.get(state, []):
                lp1 = lp + lpt
                if lp1 > _LOWER_BOUND:
                    newstate = (state[1], tag1)
                    if newstate not in last or lp1 > last[newstate]:
                        last[newstate] = lp1
        results: dict[int, float] = {}
        for state, lp in last.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
        return result_list or [(UNKNOWN, 0)]

    return analyze_forward
