"""The definite article a headline leaves out before its subject ("Regierung prüft Verlängerung" → "Die
Regierung prüft Verlängerung"): a claim is a sentence of running German, and a bare singular noun as a
subject is headline style. The article's gender comes from the article itself ("die Regierung" further down,
or "die Bundesregierung" with the same head), else from a suffix that fixes it ("-ung", "-heit", "-tät" are
feminine); where neither tells, the headline stays as written."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from builder.language.determiners import determiner_features
from builder.language.first_names import name_gender
from builder.language.lexicon import ZERO_PLURAL_ENDINGS
from builder.split.coref import role_gender
from builder.split.draft import Draft
from builder.split.inflection import verb_number
from builder.split.sentences import Token

# determiners whose form says the gender of a singular noun after them, in some case
_DETERMINERS = "der die das den dem ein eine einen einem einer".split()
# a determiner and the capitalised noun right after it ("Das Rathaus"), or after one or two adjectives of a
# lower-case determiner ("die neue Regierung"; "Das sagte Bundespräsident X" is a pronoun and a verb)
_EVIDENCE = re.compile(r"\b((?i:" + "|".join(_DETERMINERS) + r"))\s+([A-ZÄÖÜ][\w-]*)\b"
                       r"|\b(" + "|".join(_DETERMINERS) + r")\s+(?:[a-zäöüß][\w-]*e[mnrs]?\s+){1,2}([A-ZÄÖÜ][\w-]*)\b")
# a person noun right before a first name and a surname ("Bundeskanzler Werner Muster"): its gender is the
# person's where the name and the noun's ending agree on it
_NAMED_ROLE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+([A-ZÄÖÜ][a-zäöüéèë]+)\s+[A-ZÄÖÜ]")
# suffixes that fix a noun's gender (of the head of a compound too)
_SUFFIX_GENDERS = (("ung", "f"), ("heit", "f"), ("keit", "f"), ("schaft", "f"), ("tion", "f"), ("sion", "f"),
                   ("tät", "f"), ("chen", "n"), ("lein", "n"), ("ismus", "m"))
_ARTICLES = {"m": "der", "f": "die", "n": "das"}
# singular modals whose ending does not show their number ("kann" like "kannten"'s stem)
_SINGULAR_MODALS = frozenset({"kann", "muss", "muß", "will", "soll", "darf", "mag"})
# the shortest head a compound may share with another noun of the article ("Branche" in "Klassikbranche")
_MIN_HEAD = 5


@lru_cache(maxsize=4)
def article_genders(text: str) -> Mapping[str, frozenset[str]]:
    """For each capitalised word after a determiner (or after its adjectives, "die neue Regierung"), the
    genders and number its determiners allow, intersected over the article ("der" is m., f. or plural; with
    "die" elsewhere it is f. or plural); and for a person noun before a name, its bearer's gender
    ("Gesundheitsminister Jens Muster" is masculine). Read once per article: each draft of its headlines asks."""
    genders: dict[str, frozenset[str]] = {}

    def allow(noun: str, allowed: frozenset[str]) -> None:
        genders[noun] = genders[noun] & allowed if noun in genders else allowed

    for match in _EVIDENCE.finditer(text):
        determiner, noun = (match.group(1) or match.group(3)).lower(), match.group(2) or match.group(4)
        allow(noun, frozenset({"n"}) if determiner == "das" else determiner_features(determiner))
    for match in _NAMED_ROLE.finditer(text):
        role, first = match.group(1), match.group(2)
        person = name_gender(first)
        if person is not None and role_gender(role) == person:
            allow(role, frozenset({person}))
    return genders


def _singular_gender(noun: str, allowed: frozenset[str]) -> str | None:
    """The one gender the determiners leave to the noun in the singular: "die Polizei" is feminine, but "die
    Lehrer" may be the plural of a noun whose plural has no ending of its own ("-er", "-el", "-en", "-chen",
    "-lein" are masculine or neuter in the singular), which no feminine noun has."""
    if "pl" in allowed and noun.lower().endswith(ZERO_PLURAL_ENDINGS):
        return None
    genders = allowed - {"pl"}
    return next(iter(genders)) if len(genders) == 1 else None


def noun_gender(noun: str, genders: Mapping[str, frozenset[str]]) -> str | None:
    """The gender of a headline's noun: its own determiners in the article, else those of a noun with the
    same head ("Bundesregierung" for "Regierung", "Branche" for "Klassikbranche"), else its suffix."""
    own = genders.get(noun)
    if own is not None and (gender := _singular_gender(noun, own)) is not None:
        return gender
    lower = noun.lower()
    shared = {_singular_gender(other, g) for other, g in genders.items()
              if other != noun and min(len(other), len(lower)) >= _MIN_HEAD
              and (lower.endswith(other.lower()) or other.lower().endswith(lower))}
    if len(shared) == 1 and None not in shared and (own is None or shared <= own):
        return shared.pop()  # (where its own determiners leave it open, "der Kanzler" m. or a plural, the same
        # head's gender decides: "Bundeskanzler Werner Muster")
    if own is not None:
        return None
    return next((g for suffix, g in _SUFFIX_GENDERS if lower.endswith(suffix) and len(lower) > len(suffix) + 2),
                None)


def with_article(draft: Draft, tokens: Sequence[Token], text: str) -> Draft:
    """The headline draft with the definite article before a bare singular noun that opens it (or its part
    after a label's colon) as the subject of the finite verb right after it; unchanged where the noun's gender
    is not clear, or it is plural, a name or has a word before it. The article's `text` is read for the noun's
    determiners only when the draft opens so."""
    pieces = draft.pieces
    if not pieces or not isinstance(pieces[0], tuple) or pieces[0][1] - pieces[0][0] < 2:
        return draft
    start = pieces[0][0]
    if start and tokens[start - 1].text != ":":
        return draft  # (the line's start, or the start after a source's label: "Zeitung: Anklageschrift umfasst …")
    noun, verb = tokens[start], tokens[start + 1]
    if noun.tag != "NN" or not noun.text[:1].isupper() or noun.text.isupper() \
            or not verb.finite or not (verb_number(verb) == "sg" or verb.lower in _SINGULAR_MODALS):
        return draft
    gender = noun_gender(noun.text, article_genders(text))
    if gender is None:
        return draft
    return draft.with_pieces([_ARTICLES[gender], *pieces]).by("headline_article")
