"""The language of an article whose input format has no field for it (plain text; JSONL, CSV or Swissdox
without a `language` column), detected offline with lingua, whose n-gram models ship inside its wheel.

Only a clear case counts: a text of at least `MIN_WORDS` words that lingua gives to one language other
than German with at least `MIN_CONFIDENCE`. Anything shorter or less certain stays German, because a
German article wrongly refused is lost while a foreign one let through is refused by nothing later.
The thresholds come from German corpus texts (10kGNAD, FANG-COVID, 20 Minuten: 624 articles cut to their
first N words): with fewer than 20 words lingua puts a name-heavy German headline into English, Dutch or
Norwegian now and then, from 20 words on none of them is given to another language with 0.9.

Low-accuracy mode (trigrams only) over the languages an article fed to a Swiss news pipeline is likely
to be in takes about 0.5 s and 130 MiB once per process; the high-accuracy models would take 6 s and
0.5 GiB for these languages and 20 s and 1.2 GiB for all, for no gain at article length. A language
outside the set is told apart from German all the same, under the name of the nearest one in it.

Only the first `SAMPLE_CHARS` (1,000) characters are looked at, about 140 words, seven times `MIN_WORDS`:
lingua's time grows with the length of the text, and at 5,000 characters it took a tenth of the splitter's
time. On the 638 articles of ../shared/corpus (624 German, 14 French) the first 600, 1,000, 1,500 and 2,000
characters give the decision that 5,000 gave, and at each of these lengths lingua ranks German first for
every German article.
"""

from __future__ import annotations

import re
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from builder.ingest.rejects import BadInput

MIN_WORDS = 20
MIN_CONFIDENCE = 0.9
SAMPLE_CHARS = 1000  # the start of the text: see the module docstring
GERMAN = "de"
_LANGUAGES = (
    Language.GERMAN, Language.FRENCH, Language.ITALIAN, Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE,
    Language.CATALAN, Language.DUTCH, Language.AFRIKAANS, Language.DANISH, Language.SWEDISH, Language.BOKMAL,
    Language.NYNORSK, Language.ICELANDIC, Language.FINNISH, Language.ESTONIAN, Language.LATVIAN,
    Language.LITHUANIAN, Language.POLISH, Language.CZECH, Language.SLOVAK, Language.SLOVENE, Language.CROATIAN,
    Language.BOSNIAN, Language.SERBIAN, Language.MACEDONIAN, Language.BULGARIAN, Language.ALBANIAN,
    Language.ROMANIAN, Language.HUNGARIAN, Language.GREEK, Language.TURKISH, Language.RUSSIAN, Language.UKRAINIAN,
    Language.ARABIC,
)
_TAG = re.compile(r"([a-z]{2})(?:[-_][a-z0-9]{1,8})*")  # "de", "de-CH", "fr_ch": the ISO 639-1 code leads


def declared_language(value: object, field: str) -> str | None:
    """The ISO 639-1 code a `language` field declares ("de-CH" declares "de"), or None when the field is
    missing or empty, so that the language is detected. Raises BadInput for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    tag = _TAG.fullmatch(value.strip().lower()) if isinstance(value, str) else None
    if tag is None:
        raise BadInput(f"'{field}' is {value!r}, not a language code; write an ISO 639-1 code such as \"de\", "
                       "or leave it empty to have the language detected", field)
    return tag.group(1)


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """The ISO 639-1 code of `text`'s language when it is clearly not German, else "de" (see the module
    docstring for what counts as clear)."""
    sample = text[:SAMPLE_CHARS]
    if sum(any(c.isalpha() for c in token) for token in sample.split()) < MIN_WORDS:  # words: tokens with a letter
        return GERMAN
    best = _detector().compute_language_confidence_values(sample)[0]
    if best.value < MIN_CONFIDENCE:
        return GERMAN
    return best.language.iso_code_639_1.name.lower()
