"""What a German determiner's ending says about the noun phrase it opens: the genders and number it allows.

"dieser", "jener", "welcher", "der" share the ending "-er"; "ein", "kein", "mein" the bare stem. The ending
fixes which genders are possible in which case, so both the reference resolution (`split/coref.py`) and the
tagger's corrections (`split/sentences.py`) read the same table.
"""

from __future__ import annotations

_DEFINITE = {"der": "er", "die": "e", "das": "es", "den": "en", "dem": "em", "des": "es"}
_STEMS = ("dies", "jen", "welch", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur", "ein")
# what a determiner's ending allows in any case, and in the nominative (the case of a subject)
_ANY_CASE = {"er": "m f pl", "e": "f pl", "es": "m n", "en": "m pl", "em": "m n", "": "m n"}
_NOMINATIVE = {"er": "m", "e": "f", "es": "n", "": "m n"}


def _ending(word: str) -> str:
    """The inflection ending of a determiner ("dieser" → "er", "ein" → ""), "?" for other words."""
    word = word.lower()
    if word in _DEFINITE:
        return _DEFINITE[word]
    stem = next((s for s in _STEMS if word.startswith(s)), None)
    return "?" if stem is None else word[len(stem):]


def determiner_features(word: str) -> frozenset[str]:
    """Genders ("m", "f", "n") and plural ("pl") a determiner allows in any case: "der" is m. nominative,
    f. dative or genitive and plural genitive; "dem" is m. or n.; "ein" m. or n."""
    return frozenset(_ANY_CASE.get(_ending(word), "m f n pl").split())


def nominative_features(word: str, plural: bool) -> frozenset[str]:
    """Gender or number of a subject from its determiner: a subject is nominative, which leaves "der" m.,
    "das" n., "ein" m. or n., "die" f. or plural as its verb says. A plural verb after a determiner that has
    no plural nominative ("Der Fluggast in X und die Begleiter sollten") shows a subject larger than the
    phrase: it has no features."""
    if plural:
        return frozenset({"pl"}) if _ending(word) in {"e", "?"} else frozenset()  # ("die", "diese", "keine")
    return frozenset(_NOMINATIVE.get(_ending(word), "").split())
