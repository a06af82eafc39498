"""HanTa's morphological analysis of an unseen word form (`HanoverTagger.analyze_forward`), the same search
with fewer calls.

A cold store of analyses (`analyses.py`) spends a third of the split analysing word forms: HanTa's search
calls `lp_m_t(segment, tag)` for every segment of the word, every state and every morpheme tag that may
follow it, and most calls find that the segment is no morpheme of that tag and answer -inf, a path that
the search then drops. Here a segment that is no morpheme of any tag is tried with the open tags only
(those that admit unseen morphemes, when the segment is long enough), any other segment is looked up in
each tag's morphemes directly, and `lp_m_t` is asked only for an unseen morpheme of an open tag, once per
segment and tag. Every pair left out is -inf, which HanTa would drop as well. The paths kept, the order
they enter each row and every sum are HanTa's, so the analyses are the same bit for bit
(`tests/test_language_equivalence.py`, `tests/test_split_digest.py`). About a quarter faster.
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

Analysis = list[tuple[int, float]]


def fast_analyze_forward(model: Any) -> Callable[[str], Analysis]:
    """`model.analyze_forward` (HanTa 1.2) as described in the module docstring."""
    morphemes: dict[int, dict[str, float]] = model.LP_m_t
    nonfinal: dict[tuple[int, int], list[tuple[int, float]]] = model.LP_trans_nonfinal
    final: dict[tuple[int, int], list[tuple[int, float]]] = model.LP_trans_final
    open_tags = frozenset(t for t in model.LP_hapax_t if t in model.LP_s_t) if not model.strict else frozenset()
    guess = model.lp_m_t
    known = {m for tag_morphemes in morphemes.values() for m in tag_morphemes}  # a morpheme of some tag
    # the followers of each state that admit unseen morphemes, in HanTa's order
    open_followup = {state: [(t, lp) for t, lp in followers if t in open_tags] for state, followers in nonfinal.items()}

    def analyze_forward(word: str) -> Analysis:
        wlen = len(word)
        start: dict[tuple[int, int], float] = {(EMPTY, START): 0}  # HanTa's int 0
        table = [start, *({} for _ in range(wlen + 1))]
        guesses: dict[tuple[str, int], float] = {}

        def guessed(segment: str, tag: int) -> float:
            """`lp_m_t` of an unseen morpheme of an open tag, once per segment and tag of the word."""
            lp = guesses.get((segment, tag))
            if lp is None:
                lp = guesses[segment, tag] = guess(segment, tag, wlen, False)
            return lp

        for i in range(wlen + 1):
            row = table[i]
            rowbound = sorted(row.values(), reverse=True)[_BEAM] - 1 if len(row) > _BEAM else _LOWER_BOUND
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                followup = nonfinal.get(state, [])
                if not followup:
                    continue
                previous = state[1]
                for j in range(i + 1, wlen + 1):
                    segment = word[i:j]
                    guessable = wlen < 4 or j - i > 2
                    scored: list[tuple[int, float, float]] = []
                    if segment in known:
                        for tag1, lpt in followup:
                            lpm = morphemes[tag1].get(segment)
                            if lpm is not None:
                                scored.append((tag1, lpt, lpm))
                            elif guessable and tag1 in open_tags:
                                scored.append((tag1, lpt, guessed(segment, tag1)))
                    elif guessable:  # no morpheme of any tag: a score for the open tags only
                        scored = [(tag1, lpt, guessed(segment, tag1)) for tag1, lpt in open_followup[state]]
                    target = table[j]
                    for tag1, lpt, lpm in scored:  # every pair left out scores -inf, which HanTa drops
                        lp1 = lp + lpt + lpm
                        if lp1 > _LOWER_BOUND:
                            newstate = (previous, tag1)
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
