"""The tense of each clause of a sentence, from HanTa tags: which way "am Dienstag" points.

German news reports the past mostly in the Perfekt ("Am Dienstag ist ein Mann verunglückt"), whose finite
verb is a present-tense auxiliary; only the verb cluster of the clause shows the tense. And one sentence
can hold a past and a future clause ("Er sagte am Montag, dass er am Freitag kommen werde"), so the tense
is judged per clause.

Clauses: a sentence is cut at commas, brackets, quotes, dashes, colons and coordinating conjunctions; a
piece without a finite verb is no clause of its own but belongs to the clause whose auxiliary still waits
for its participle or infinitive ("Er ist, wie die Polizei sagte, am Montag gestorben"), else to the clause
before it, and pieces before the first finite verb belong to the first clause.

Tense of a clause, first rule that applies:
- past: Perfekt or Plusquamperfekt, active or passive, also in Konjunktiv and as an infinitive — haben or
  sein with a participle ("hat gesagt", "ist gesunken", "sei verhaftet worden", "wäre gekommen", "soll
  gestorben sein"), or haben with a modal's Ersatzinfinitiv ("hat nicht kommen können"); "sein" with the
  participle of a verb listed in STATIVE_PARTICIPLES is a state, not a Perfekt ("ist für Montag geplant");
- past: a finite verb in Präteritum ("kam", "wurde verletzt"), not Konjunktiv II ("käme", "könnte");
- future: werden or a modal with an infinitive ("wird stattfinden", "soll beginnen", "könnte kommen");
- present: any other finite verb (Präsens, Konjunktiv II without a participle);
- past: no finite verb but a participle, a headline's elided Perfekt or passive ("Mann am Dienstag
  verunglückt");
- none: no verb at all; time resolution then takes the nearest day ("Neue Fälle am Dienstag").
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Protocol

from builder.language.tagger import preterite

PERFECT_AUXILIARIES = frozenset({"haben", "sein"})
FUTURE_AUXILIARIES = frozenset({"werden"})
# participles that "sein" takes as a state (Zustandspassiv), mostly of plans and openings: "ist für Montag
# geplant" is about Monday to come; their Perfekt needs "worden" ("ist am Montag geschlossen worden")
STATIVE_PARTICIPLES = frozenset("""planen vorsehen ansetzen terminieren ankündigen sperren schliessen schließen
öffnen verbieten erlauben untersagen befristen beschränken begrenzen verpflichten""".split())
# tags and characters that end a piece of a clause (STTS: "$," comma, "$(" brackets, "$." ; and :)
BOUNDARY_TAGS = frozenset({"$,", "$(", "$."})
BOUNDARY_TEXTS = frozenset("«»‹›„“”\"–—")
COORDINATOR = "KON"
VERB_POS = frozenset({"VV", "VA", "VM"})


class Tense(Enum):
    """What a clause's verbs say about when it happens; only past and not-past change a resolved date."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    NONE = "none"

    @property
    def past(self) -> bool | None:
        """The `past` flag time resolution takes: present and future look ahead (a plain Präsens "Am
        Freitag beginnt das Festival" mostly announces); a verbless fragment has no tense and takes the
        nearest day ("Neue Fälle am Dienstag")."""
        return None if self is Tense.NONE else self is Tense.PAST


class Word(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def tag(self) -> str: ...
    @property
    def lemma(self) -> str: ...


def _pos(word: Word) -> str:
    return word.tag.split("(", 1)[0]


def _finite(word: Word) -> bool:
    return _pos(word) in VERB_POS and word.tag.endswith("(FIN)")


def _participle(word: Word) -> bool:
    return word.tag.endswith("(PP)")


def _infinitive(word: Word) -> bool:
    return word.tag.endswith(("(INF)", "(IZU)"))


def _boundary(word: Word) -> bool:
    return word.tag in BOUNDARY_TAGS or word.text in BOUNDARY_TEXTS or word.tag == COORDINATOR


def pieces(words: Sequence[Word]) -> list[range]:
    """Token ranges between clause boundaries; a boundary token starts the piece after it."""
    cuts = [0, *(i for i in range(1, len(words)) if _boundary(words[i])), len(words)]
    return [range(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _waiting(words: Sequence[Word], clause: list[range]) -> bool:
    """A clause whose finite verbs are all auxiliaries or modals and that has no participle or infinitive
    yet: "Er ist" in "Er ist, wie die Polizei sagte, am Montag gestorben"."""
    members = [words[i] for piece in clause for i in piece]
    finite = [w for w in members if _finite(w)]
    return bool(finite) and all(_pos(w) != "VV" for w in finite) and not any(
        _participle(w) or _infinitive(w) for w in members)


def clauses(words: Sequence[Word]) -> list[list[range]]:
    """Pieces grouped into clauses, one per piece with a finite verb (see the module docstring)."""
    grouped: list[list[range]] = []
    leading: list[range] = []
    for piece in pieces(words):
        if any(_finite(words[i]) for i in piece):
            grouped.append([*leading, piece])
            leading = []
        elif not grouped:
            leading.append(piece)
        else:
            verbal = any(_participle(words[i]) or _infinitive(words[i]) for i in piece)
            host = next((c for c in reversed(grouped) if verbal and _waiting(words, c)), grouped[-1])
            host.append(piece)
    return grouped or ([leading] if leading else [])


def _perfect(members: Sequence[Word]) -> bool:
    """haben/sein (finite, or an infinitive after a participle) with a participle, or haben with a modal's
    Ersatzinfinitiv; "sein" with only stative participles is a state."""
    participles = [w for w in members if _participle(w)]
    after_participle = members[members.index(participles[0]) + 1:] if participles else []
    auxiliaries = {w.lemma for w in members if _finite(w)} | {w.lemma for w in after_participle if _infinitive(w)}
    auxiliaries &= PERFECT_AUXILIARIES
    if "haben" in auxiliaries and (participles or _ersatzinfinitiv(members)):
        return True
    return "sein" in auxiliaries and any(w.lemma not in STATIVE_PARTICIPLES for w in participles)


def _ersatzinfinitiv(members: Sequence[Word]) -> bool:
    """A modal in its infinitive form right after an infinitive: "kommen können", "kommen sollen" (HanTa
    sometimes tags that modal finite)."""
    return any(_pos(b) == "VM" and b.text.lower() == b.lemma and _infinitive(a) for a, b in zip(members, members[1:]))


def tense(members: Sequence[Word]) -> Tense:
    """The tense of one clause's words (rules in the module docstring)."""
    finite = [w for w in members if _finite(w)]
    if _perfect(members):
        return Tense.PAST
    if any(preterite(w.text, w.tag, w.lemma) for w in finite):
        return Tense.PAST
    future = any(w.lemma in FUTURE_AUXILIARIES or _pos(w) == "VM" for w in finite)
    if future and any(_infinitive(w) for w in members):
        return Tense.FUTURE
    if finite:
        return Tense.PRESENT
    if any(_participle(w) and w.lemma not in STATIVE_PARTICIPLES for w in members):
        return Tense.PAST
    return Tense.NONE


def clause_tenses(words: Sequence[Word]) -> list[Tense]:
    """The tense of the clause each word belongs to, word by word."""
    out = [Tense.NONE] * len(words)
    for clause in clauses(words):
        members = [words[i] for piece in clause for i in piece]
        clause_tense = tense(members)
        for piece in clause:
            for i in piece:
                out[i] = clause_tense
    return out
