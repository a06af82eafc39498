"""HanTa's sentence Viterbi (`HanoverTagger.tag_sent_viterbi`), the same search with its inner loop trimmed,
run in C (`_tag_path.pyx`).

HanTa's loop goes, for each of the (up to six) best states before a word, over every tag its trigram model
can move to (all 56 of them) and skips each tag the word cannot have: nine tenths of the tagger's time went
to skipping. Here the loop goes over the word's own tags (one to five, from HanTa's `_tag_word`, memoised
per word form) in the order HanTa's loop meets them, so that every sum is the same float added in the same
order, every state enters a row in the same order, and ties are broken the same way: the tags are HanTa's,
bit for bit (`tests/test_split_digest.py`; `tests/test_language_equivalence.py` compares the two searches).

The order HanTa meets tags in is the key order of its transition rows, which is one order for all rows in
the shipped model; a model whose rows differ in order is searched by HanTa's own method.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from HanTa.HanoverTagger import EMPTY, END, START, UNKNOWN

from builder.language._tag_path import TagPath

# a word's tags as (tag, log probability) in HanTa's loop order
Emissions = tuple[tuple[int, float], ...]


class SentenceViterbi:
    """`tag_sent_viterbi(tokens)` of one HanTa model (case-sensitive, as the splitter calls it)."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self._transitions: dict[tuple[int, int], dict[int, float]] = model.LP_trans_word
        orders = {tuple(row) for row in self._transitions.values()}
        self._position = {tag: i for i, tag in enumerate(next(iter(orders)))} if len(orders) == 1 else None
        self._all_tags: Emissions = tuple((tag, 0) for tag in next(iter(self._transitions.values())) if tag != END) \
            if self._position is not None else ()
        self.emissions = lru_cache(maxsize=200_000)(self._emissions)
        self._path = TagPath(self._transitions, EMPTY, START, END) if self._position is not None else None

    def _emissions(self, word: str, case_sensitive: bool) -> Emissions | None:
        """The word's tags that HanTa's loop keeps, with their conditional log probabilities, in loop order
        (END, which no word inside a sentence has, left out); None for a word HanTa knows no tag of, which
        may have any."""
        probs = dict(self._model._tag_word(word, cutoff=5, casesensitive=case_sensitive, conditional=True))
        if not probs or (len(probs) == 1 and UNKNOWN in probs):
            return None
        assert self._position is not None
        return tuple(sorted(((tag, lp) for tag, lp in probs.items() if tag != END and tag in self._position),
                            key=lambda pair: self._position[pair[0]]))  # type: ignore[index]

    def tag_ids(self, sent: Sequence[str]) -> list[int]:
        """HanTa's tag ids for the tokens of one sentence (not empty)."""
        if self._path is None:
            return list(self._model.tag_sent_viterbi(list(sent)))
        candidates = [self.emissions(word, i > 0) for i, word in enumerate(sent)]
        return self._path.tag_ids([self._all_tags if tags is None else tags for tags in candidates])
