"""HanTa's morphological analysis of an unseen word form (`HanoverTagger.analyze_forward`), the same search
in C.

A cold store of analyses (`analyses.py`) spends most of its extra time analysing word forms. HanTa's search
goes, from each state of each position of the word, over every later end of a segment and every morpheme
tag that may follow the state, and calls `lp_m_t(segment, tag)`; most calls answer -inf (the segment is no
morpheme of that tag), a path the search then drops. `_forward.pyx` runs the same search over arrays:

- the states (pairs of morpheme tags) the model can reach are numbered once, and each transition knows the
  state it leads to;
- the scores of the segments that start at one position are worked out once per morpheme tag and shared by
  all states of that position that may go on with the tag (HanTa works them out for each state);
- a tag that admits no unseen morphemes (a closed tag) is tried only on the segments that are a morpheme of
  some tag, found once per word;
- a tag that admits unseen morphemes (an open tag) scores an unseen morpheme as HanTa's `lp_m_t` does,
  `((Int_t + hapax) + length) + suffix` (less 4.6 when the morpheme is the whole word), the first part kept
  per tag and length, the suffix part looked up once per word for each ending of up to four characters.

Each row of the table keeps its states in the order they entered it, which is the order HanTa's dict
iterates in; every pair left out scores -inf, which HanTa drops as well; every sum is the same doubles added
in the same order. The last row's scores are summed per part of speech with numpy's `npy_logaddexp` written
out in C, as `np.logaddexp` computes it, and handed back as numpy floats where HanTa's are.
The analyses are HanTa's bit for bit (`tests/test_language_equivalence.py`, `tests/test_split_digest.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import Any

from HanTa.HanoverTagger import EMPTY, END_UNKNOWN, START, UNKNOWN
from numpy import float64

from builder.language._segments import SegmentSearch

Analysis = list[tuple[int, float]]
Morphemes = list[tuple[int, int]]


@cache
def _search(model: Any) -> SegmentSearch:
    """One search per model: both analyses run on it in turn, so its tables are built once (75 ms at start)."""
    return SegmentSearch(model, EMPTY, START)


def fast_analyze_forward(model: Any) -> Callable[[str], Analysis]:
    """`model.analyze_forward` (HanTa 1.2) as described in the module docstring."""
    search = _search(model)

    def analyze_forward(word: str) -> Analysis:
        results = [(pos, float64(lp) if summed else lp) for pos, lp, summed in search.forward(word)]
        return sorted(results, key=itemgetter(1), reverse=True) or [(UNKNOWN, 0)]

    return analyze_forward


def fast_analyze_viterbi(model: Any) -> Callable[[str, int], Morphemes]:
    """`model.analyze_viterbi` (HanTa 1.2): the most likely morphemes of `word` for the final tag `target`,
    each as (tag, end), with HanTa's answer when none is found."""
    search = _search(model)

    def analyze_viterbi(word: str, target: int) -> Morphemes:
        path = search.viterbi(word, target)
        return [(UNKNOWN, len(word)), (END_UNKNOWN, len(word) + 1)] if path is None else path

    return analyze_viterbi
