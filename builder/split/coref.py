"""Discourse memory for self-contained claims: who "er", "sie", "die beiden" and an unnamed speaker are.

A deliberately small model of news discourse: the most recent subject (with its number) is what a
subject pronoun refers to, the two most recently named people are "die beiden", and a report without a
named speaker ("hiess es weiter", Konjunktiv I) continues the last named speaker.
"""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import dataclass, field

from builder.split.draft import Draft
from builder.split.phrases import NOUNS, TIME_NOUNS, starts_subordinate, subject_of
from builder.split.sentences import Token

_DEFINITE = {"ein": "der", "eine": "die", "einen": "den", "einem": "dem", "einer": "der", "eines": "des"}
_PLURAL_FORMS = {"sind", "waren", "haben", "hatten", "werden", "wurden", "seien", "können", "konnten",
                 "sollen", "sollten", "wollen", "wollten", "müssen", "mussten", "dürfen"}


def _plural_verb(tok: Token) -> bool:
    return tok.lower in _PLURAL_FORMS or (tok.finite and tok.lower.endswith("en") and tok.lower != tok.lemma.lower()
                                          [:-2] + "et")


def _subject_position(tokens: Sequence[Token], i: int) -> bool:
    """Whether the pronoun at i is a subject ("sie" is also an object): first in its clause, or right
    after a finite verb that has a prefield before it ("Dennoch vermitteln sie")."""
    if i == 0 or tokens[i - 1].text in {",", ":", ";", "–", "«", "„"} or tokens[i - 1].pos == "KON" \
            or starts_subordinate(tokens[i - 1]):
        return True
    verb = tokens[i - 1]
    return verb.finite and i >= 2 and tokens[i - 2].text not in {",", ":", ";"} and tokens[i - 2].pos != "KON"


def _clause_verb(tokens: Sequence[Token], i: int) -> Token | None:
    """The finite verb agreeing with a subject pronoun at i: right before it (inversion) or later in its
    clause (verb-second or verb-final)."""
    if i > 0 and tokens[i - 1].finite:
        return tokens[i - 1]
    for tok in tokens[i + 1:]:
        if tok.finite:
            return tok
        if tok.text in {",", ".", ":", ";"}:
            break
    return None


_GENDER = {"der": "m", "ein": "m", "dieser": "m", "kein": "m", "jener": "m", "die": "f", "eine": "f", "diese": "f",
           "keine": "f", "das": "n", "dieses": "n"}
_PRONOUN_GENDER = {"er": {"m", None}, "sie": {"f", None}}
_NOT_BEFORE_PEOPLE = {"ART", "ADJ(A)", "APPRART", "PPOSAT", "PDAT"}
_PLACE_PREPOSITIONS = {"in", "nach", "aus", "bei", "auf", "über", "durch", "an", "zu", "gegenüber"}
_UNITS = {"prozent", "franken", "euro", "dollar", "millionen", "milliarden", "million", "milliarde", "uhr",
          "kilometer", "meter", "grad", "jahre", "tage", "wochen", "monate", "stunden", "minuten", "mal"}
_AGE = re.compile(r"^\d+-[Jj]ährige[nr]?$")


@dataclass
class Mention:
    """A subject the article has named: its text (second-mention style), number and grammatical gender."""

    text: str
    plural: bool
    gender: str | None  # m/f/n from its article, None for bare names


@dataclass
class Discourse:
    """What the article has said so far, as far as reference resolution needs it."""

    text: str
    subjects: list[Mention] = field(default_factory=list)
    people: dict[str, str] = field(default_factory=dict)  # name part → full name, in order of last mention
    last_seen: dict[str, int] = field(default_factory=dict)  # full name → sentence of its last mention
    sentence: int = 0
    speaker: str | None = None
    counted: str | None = None  # the noun last counted ("400 US-Bürger"), for "44 waren positiv"
    speaker_sentence: int = -10  # the sentence in which `speaker` last reported

    def phrase(self, tokens: Sequence[Token], lo: int, hi: int) -> str:
        """A noun phrase as text, second mention style: "Ein Mann (42)" → "der Mann (42)"."""
        while hi > lo and tokens[hi - 1].text in {",", "."}:
            hi -= 1
        while hi - lo > 1 and tokens[lo].pos in {"ADV", "PTKNEG", "KON"}:  # "Auch Taiwan" → "Taiwan"
            lo += 1
        words = self.text[tokens[lo].start:tokens[hi - 1].end]
        first = tokens[lo].lower
        if first in _DEFINITE:
            words = _DEFINITE[first] + words[len(first):]
        elif tokens[lo].tag == "ART":
            words = first + words[len(first):]
        return words

    def antecedent(self, plural: bool, genders: set[str | None] | None = None) -> str | None:
        return next((m.text for m in reversed(self.subjects)
                     if m.plural == plural and (genders is None or m.gender in genders)), None)

    def recent_person(self, window: int = 3) -> str | None:
        """The person named last, if named within the last `window` sentences: news text keeps "er" for its
        protagonist even when other subjects come between."""
        if not self.last_seen:
            return None
        name = max(self.last_seen, key=self.last_seen.__getitem__)
        return name if self.sentence - self.last_seen[name] <= window else None

    def pronoun(self, word: str, plural: bool = False) -> str | None:
        """What a subject pronoun ("er", "sie") refers to: for "er" the person named last, else the last
        subject that agrees in number and gender."""
        if word not in _PRONOUN_GENDER:
            return None
        if plural:
            return self.antecedent(True)
        return (self.recent_person() if word == "er" else None) or self.antecedent(False, _PRONOUN_GENDER[word])

    def resolve(self, draft: Draft, tokens: Sequence[Token], quoted: Sequence[int] = ()) -> Draft:
        """Replace subject pronouns, "die beiden" and "der 27-Jährige" in a draft by what they refer to.
        Pronouns inside quotation marks (`quoted` depth > 0) belong to the quoted speaker's situation and stay."""
        names = sorted(self.last_seen, key=self.last_seen.__getitem__)
        for i in draft.indices():
            tok = tokens[i]
            if tok.lower in _PRONOUN_GENDER and tok.pos == "PPER" and not (quoted and quoted[i]) \
                    and _subject_position(tokens, i):
                verb = _clause_verb(tokens, i)
                if verb is None:
                    continue
                target = self.pronoun(tok.lower, plural=tok.lower == "sie" and _plural_verb(verb))
                if target and target.lower() != tok.lower:
                    return self.resolve(draft.replace(i, i + 1, [target]), tokens, quoted)
            if tok.lower == "beiden" and i > 0 and tokens[i - 1].lower == "die" and len(names) >= 2:
                pair = f"{names[-2].split()[-1]} und {names[-1].split()[-1]}"
                return self.resolve(draft.replace(i - 1, i + 1, [pair]), tokens, quoted)
            if _AGE.match(tok.text) and i > 0 and tokens[i - 1].lower in {"der", "die", "dem", "den", "des"} and names:
                return self.resolve(draft.replace(i - 1, i + 1, [names[-1]]), tokens, quoted)
            if tok.pos == "CARD" and i == 0 and i + 1 < len(tokens) and tokens[i + 1].finite and self.counted:
                # a number standing for a noun phrase names what the article counted last
                return draft.replace(i, i + 1, [(i, i + 1), self.counted])
        return draft

    def observe(self, tokens: Sequence[Token]) -> None:
        """Remember this sentence's subject and the people it names."""
        run: list[Token] = []
        before: Token | None = None
        before_run: Token | None = None
        for tok in list(tokens) + [Token(".", 0, 0, "$.")]:
            capital = tok.text[:1].isupper() and tok.text[1:].islower()
            if capital and (tok.pos == "NE" or (run and tok.pos in NOUNS)):
                if not run:
                    before_run = before
                run.append(tok)
                before = tok
                continue
            before = tok
            # a person is introduced with first name and surname, and later named by the surname alone;
            # a name after an article, adjective or place preposition names a place or an organisation
            if len(run) >= 2 and not (before_run is not None and (before_run.tag in _NOT_BEFORE_PEOPLE
                                                                  or before_run.lower in _PLACE_PREPOSITIONS)):
                self._mention(" ".join(t.text for t in run))
            elif len(run) == 1 and run[0].text in self.people:
                self._mention(self.people[run[0].text])
            elif capital and tok.text in self.people:
                self._mention(self.people[tok.text])
            run = []
        for number, noun in zip(tokens, tokens[1:]):
            if number.pos == "CARD" and noun.pos in {"NN", "NE"} and noun.text[:1].isupper() \
                    and noun.lemma.lower() not in TIME_NOUNS | _UNITS:
                self.counted = noun.text
        subject = subject_of(tokens, 0, len(tokens))
        if subject:
            lo, hi = subject
            nominal = any(t.pos in {"NN", "NE", "NNA", "NNI"} for t in tokens[lo:hi])
            if nominal and hi - lo <= 10:
                verb = next((t for t in tokens if t.finite), None)
                plural = any(t.lower == "und" for t in tokens[lo:hi]) or (verb is not None and _plural_verb(verb))
                gender = _GENDER.get(tokens[lo].lower) if tokens[lo].tag == "ART" else None
                self.subjects.append(Mention(self.phrase(tokens, lo, hi), plural, gender))

    def report(self, speaker: str) -> None:
        """Note that this sentence was said by `speaker`, for the reports that continue it."""
        self.speaker, self.speaker_sentence = speaker, self.sentence

    def current_speaker(self, window: int = 2) -> str | None:
        """The speaker a continuing report (Konjunktiv I, "hiess es weiter") belongs to: the last one, if
        their report was at most `window` sentences ago; a report does not run on across a paragraph of
        the author's own sentences."""
        return self.speaker if self.sentence - self.speaker_sentence <= window else None

    def next_sentence(self) -> None:
        self.sentence += 1

    def _mention(self, full: str) -> None:
        for part in full.split():  # "Li Wenliang" is later "Li", "Antony Blinken" later "Blinken"
            self.people[part] = full
        self.last_seen[full] = self.sentence
