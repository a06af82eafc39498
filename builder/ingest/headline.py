"""Where a headline ends and the lead begins when both were run together on one line.

German headlines have no final punctuation, and a German lead sentence usually opens with a function
word (preposition, article, pronoun, conjunction, adverb). So the lead starts at the first capitalised
word that, written in lower case, is such a word: "… trifft Amtskollegen in Genf Angesichts der …".
Mid-headline capitals are nouns and names; the tagger tells which capitalised words are function words.
"""

from __future__ import annotations

import re

from builder.language.tagger import tag

# function words: the lead may start with one of these (HanTa/STTS tags of the lower-cased word)
_CLOSED = frozenset({"APPR", "APPRART", "ART", "PPER", "PPOSAT", "PDAT", "PDS", "PIAT", "PIS", "PRF", "KON",
                     "KOUS", "KOKOM", "PWAV", "PWS", "PWAT", "PROAV"})
# adverbs are only a little less closed: "morgen" is an adverb, "Morgen" in a headline a noun
_ADVERB = "ADV"
# a word tagged like this needs a following word of the same phrase: no boundary right after it
_NEEDS_MORE = frozenset({"APPR", "APPRART", "ART", "PDAT", "PIAT", "PPOSAT", "PWAT", "ADJ(A)"})
# after these marks a capitalised word still belongs to the headline ("Krise: Die Schweiz …")
_OPENING = frozenset(":–—-«„“\"'(/,")
_TOKEN = re.compile(r"\w(?:[\w’'.-]*\w)?|[^\w\s]")
_MAX_TOKENS = 60  # a headline with its first lead sentence fits; longer lines are not scanned further


def split_headline(line: str) -> tuple[str, str | None]:
    """(title, lead); lead is None when no boundary is found, and then the whole line is the title."""
    matches = list(_TOKEN.finditer(line))[:_MAX_TOKENS]
    words = [m.group() for m in matches]
    if len(words) < 2:
        return line.strip(), None
    as_written = tag(words)
    lowered = tag([w.lower() for w in words])
    for i in range(1, len(words)):
        word, before = words[i], words[i - 1]
        if before == "." and len(words[i - 2]) > 3 and words[i - 2].isalpha():
            break  # a sentence ended: the headline has no final punctuation, so it ended before that
        if not word[0].isupper() or before in _OPENING or before == ".":
            continue
        if before in "?!" or (lowered[i - 1].tag not in _NEEDS_MORE and _function_word(
                lowered[i].tag, as_written[i].tag)):
            cut = matches[i].start()
            return line[:cut].strip(), line[cut:].strip()
    return line.strip(), None


def _function_word(lower_tag: str, written_tag: str) -> bool:
    return lower_tag in _CLOSED or (lower_tag == _ADVERB and written_tag not in ("NN", "NE"))
