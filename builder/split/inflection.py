"""Third person singular from plural of German finite verbs, and back, for a coordinated subject split into members.

Weak verbs are regular ("machten" → "machte", "fordern" → "fordert"); strong verbs in the past only drop
their ending ("gingen" → "ging"); strong verbs whose present changes its vowel ("nehmen" → "nimmt") and the
few irregular ones are listed. Anything else gets None: better a claim left whole than a wrong verb form.
"""

from __future__ import annotations

from builder.split.sentences import Token

IRREGULAR = {"sind": "ist", "waren": "war", "haben": "hat", "hatten": "hatte", "werden": "wird", "wurden": "wurde",
             "können": "kann", "konnten": "konnte", "sollen": "soll", "sollten": "sollte", "wollen": "will",
             "wollten": "wollte", "müssen": "muss", "mussten": "musste", "dürfen": "darf", "durften": "durfte",
             "mögen": "mag", "mochten": "mochte", "seien": "sei", "hätten": "hätte", "wären": "wäre",
             "würden": "würde", "könnten": "könnte", "müssten": "müsste", "dürften": "dürfte", "wissen": "weiss",
             "tun": "tut", "gehen": "geht", "stehen": "steht"}
# the plural of a listed singular ("ist" → "sind"); "weiß" is the spelling outside Switzerland
IRREGULAR_PLURAL = {singular: plural for plural, singular in IRREGULAR.items()} | {"weiß": "wissen"}
# present stems whose vowel changes in the singular ("sie nehmen" / "er nimmt"): not formed by rule
VOWEL_CHANGE = ("nehmen", "geben", "sehen", "sprechen", "treffen", "helfen", "lesen", "essen", "werfen", "sterben",
                "brechen", "empfehlen", "gelten", "messen", "stehlen", "treten", "fahren", "tragen", "fallen",
                "halten", "laufen", "lassen", "schlafen", "wachsen", "schlagen", "raten", "fangen", "laden",
                "stossen", "stoßen", "vergessen", "befehlen", "erschrecken", "verderben", "werden", "werben",
                "bergen", "stechen", "schmelzen", "schelten", "blasen", "graben", "backen", "saufen", "geschehen",
                "dreschen", "flechten", "fechten", "schwellen", "quellen", "gebären")


def plural_form(verb: Token) -> bool:
    """Whether a finite verb is in the first/third person plural (ends in -en/-n, or a listed form; not "kann",
    "gewann", "begann", whose "-nn" is the stem's)."""
    form = verb.lower
    return form in IRREGULAR or (form.endswith("n") and not form.endswith(("in", "ein", "nn")) and len(form) > 3)


def verb_number(verb: Token) -> str | None:
    """The number a third-person finite verb surely has: "pl" for one in "-en" or a listed plural ("sind"),
    "sg" for one ending in anything but "n" ("zog", "steht"); None where the ending allows both ("kann",
    "gewann", "schien")."""
    form = verb.lower
    if form in IRREGULAR or (form.endswith("en") and not form.endswith("ien")) \
            or (form.endswith(("eln", "ern")) and form == verb.lemma.lower()):  # "sie ermitteln", "sie ändern"
        return "pl"
    return None if form.endswith("n") else "sg"


def singular_form(verb: Token) -> str | None:
    """The third person singular of a plural finite verb, or None when no rule forms it safely."""
    form, lemma = verb.lower, verb.lemma.lower()
    if form in IRREGULAR:
        return IRREGULAR[form]
    if not lemma.endswith("n") or not form.endswith("n"):
        return None
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]  # "machen" → "mach", "fordern" → "forder"
    if form == lemma:  # present
        if lemma.endswith(VOWEL_CHANGE):
            return None
        return stem + ("et" if stem.endswith(("t", "d")) else "t")
    if form in {stem + "ten", stem + "eten"}:  # weak past
        return form[:-1]
    if form.endswith("en") and not form.endswith("ten"):  # strong past: "gingen" → "ging"
        return form[:-2]
    return None


def plural_of(verb: Token) -> str | None:
    """The third person plural of a singular finite verb ("nahm" → "nahmen", "kauft" → "kaufen", "hätte" →
    "hätten"), or None where the form does not tell it: a present whose vowel changed ("hält") and a strong
    past in "-t" ("hielt") look alike, and a wrong form is worse than a claim left whole."""
    form, lemma = verb.lower, verb.lemma.lower()
    if form in IRREGULAR_PLURAL:
        return IRREGULAR_PLURAL[form]
    if form.endswith("e"):  # a weak past or a Konjunktiv: "machte", "brachte", "habe", "würde"
        return form + "n"
    if form.endswith("t"):  # a present from the infinitive's stem ("kauft" of "einkaufen", "arbeitet",
        # "ändert"); the stem is the end of the lemma, which may hold a particle
        base = form[:-1]
        for plural in (base + "en", base[:-1] + "en" if base.endswith("e") else "", base + "n"):
            if plural and lemma.endswith(plural):
                return plural
        return None
    if form.endswith("n") or form == lemma:
        return None
    return form + "en"  # a strong past: "nahm", "ging", "las"
