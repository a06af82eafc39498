"""Per-article limits of `builder split`: an article past one is rejected, so that no article stalls a run.

Kept apart from the pipeline so that the command line can show the defaults without loading the splitter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Bounds per article, so that one huge article is rejected instead of stalling the run for hours.

    Splitting time grows with the text and with sentence length (a 5 MB sentence took over ten minutes);
    real news articles stay far below both defaults.
    """

    article_chars: int = 1_000_000
    sentence_words: int = 1_000

    def problem(self, text: str) -> tuple[str, str] | None:
        """(option, reason) when `text` exceeds a limit; None when it is within both."""
        if len(text) > self.article_chars:
            return "--max-article-chars", (f"the text has {len(text):,} characters, more than the limit of "
                                           f"{self.article_chars:,}")
        words = longest_sentence_words(text)
        if words > self.sentence_words:
            return "--max-sentence-words", (f"a sentence runs for {words:,} words without a sentence end, more "
                                            f"than the limit of {self.sentence_words:,}")
        return None


# a full stop, ! ? or … (closing quotes may follow) before white space and what can start a sentence
_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”„‘’)\]]*\s+(?=[\"'»«“”„‘’(\[]*[A-ZÄÖÜ0-9])|\n")


def longest_sentence_words(text: str) -> int:
    """Words of the longest sentence, estimated without the tokenizer (a pass over the text as cheap as a
    copy); it splits where the tokenizer would and rarely elsewhere, so it never overstates by much."""
    longest, start = 0, 0
    for end in _SENTENCE_END.finditer(text):
        longest = max(longest, len(text[start:end.start()].split()))
        start = end.end()
    return max(longest, len(text[start:].split()))
