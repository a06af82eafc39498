"""Discourse memory for self-contained claims: who "er", "sie", "es", "die beiden", "der 27-Jährige" and an
unnamed speaker are, resolved only where the evidence is clear.

A wrong reference poisons a claim (it states something false of someone), an unresolved one only leaves it
less self-contained, so every rule here prefers leaving a pronoun as it stands:

- an antecedent must precede the pronoun and agree with it in gender and number: nouns take the gender
  their article allows in every case it may be in, people the gender of their first name (a name list) or
  of the article's own words about them ("Ministerin Anna Muster", "Li Wenliang war der Arzt");
- the search goes back clause by clause, sentence by sentence (at most two sentences back), and stops at
  the first sentence with an agreeing candidate: one candidate is taken, several only when one of them is
  the subject there and agrees unambiguously; anything else leaves the pronoun;
- a noun phrase of the pronoun's own clause is not its antecedent, and a claim that already names the
  antecedent keeps its pronoun (binding: "bekommt er es mit Maria Schrader zu tun" is not about Schrader);
- "es" is resolved only as the continued subject of the previous sentence ("Das Gericht … Es verurteilte");
- pronouns inside direct quotations and the polite "Sie" are never resolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from builder.language.determiners import determiner_features, nominative_features
from builder.language.first_names import name_gender
from builder.language.lexicon import (
    ADDRESS_VERBS,
    ADVERBIAL_SUBORDINATORS,
    CARE_VERBS,
    COGNITION_VERBS,
    COORDINATORS,
    DIRECTIVE_VERBS,
    DOCUMENT_NOUNS,
    EPICENE_PERSON_NOUNS,
    FEMININE_PERSON_NOUNS,
    FEMININE_SINGULAR_ENDINGS,
    GENITIVE_DETERMINERS,
    JUDGING_VERBS,
    KINSHIP_NOUNS,
    LET_KNOW_INFINITIVES,
    NEGATIONS,
    NEUTER_HEADS,
    PERSON_NOUNS,
    PROPOSAL_VERBS,
    SECOND_PERSON,
    SPEECH_VERBS,
)
from builder.language.tagger import inflected_noun
from builder.split.draft import Draft, Piece
from builder.split.inflection import verb_number
from builder.split.phrases import (
    NOUNS,
    NUMBER_HEDGES,
    OBJECT_ARTICLES,
    OBLIQUE_ARTICLES,
    PREPOSITIONS,
    TIME_NOUNS,
    article_after_comma,
    clause_start,
    dateline_end,
    has_verb,
    is_np_word,
    is_time_noun,
    is_year,
    nominalised,
    np_end,
    particle_surname_end,
    starts_subordinate,
    subject_of,
)
from builder.split.sentences import Token
from builder.split.timex import MONTHS

# determiners of a singular noun phrase only ("der", "die", "den" may open a plural)
_SINGULAR_DETERMINERS = frozenset("ein eine einen einem eines das dem des dieses diesem jedes jeder jede".split())
_PLURAL_FORMS = {"sind", "waren", "haben", "hatten", "werden", "wurden", "seien", "können", "konnten",
                 "sollen", "sollten", "wollen", "wollten", "müssen", "mussten", "dürfen"}
# articles of an object opening the sentence (the article "einer" is dative or genitive; the pronoun of
# "Einer der Männer kam" keeps it out of OBLIQUE_ARTICLES, which `subject_of` reads)
_FRONTED_OBJECTS = OBLIQUE_ARTICLES | {"einer"}
_PRONOUN = {"er": "m", "sie": "f", "es": "n"}  # "sie" with a plural verb is plural
# the personal pronoun that takes up a demonstrative pronoun of the same gender ("Die muss nicht, aber sie …")
_DEMONSTRATIVE_PRONOUNS = {"der": "er", "die": "sie", "das": "es", "dieser": "er", "diese": "sie", "dieses": "es"}
_DEMONSTRATIVES = {"dieser": "m", "dieses": "n", "diese": ""}  # "diese": feminine, or plural by its verb
_DETERMINERS = {"ART", "PDAT", "PPOSAT"}
_NOT_BEFORE_PEOPLE = {"ART", "ADJ(A)", "APPRART", "PPOSAT", "PDAT"}
_PLACE_PREPOSITIONS = {"in", "nach", "aus", "bei", "auf", "über", "durch", "an", "zu", "gegenüber"}
_UNITS = {"prozent", "franken", "euro", "dollar", "millionen", "milliarden", "million", "milliarde", "uhr",
          "kilometer", "meter", "grad", "jahre", "tage", "wochen", "monate", "stunden", "minuten", "mal"}
_CLAUSE_BREAKS = {",", ";", ":", "–", "—", "-", "(", ")"}
# verbs whose subject is someone who speaks, asks or thinks
_ANIMATE_VERBS = SPEECH_VERBS | DIRECTIVE_VERBS | COGNITION_VERBS | ADDRESS_VERBS | JUDGING_VERBS | PROPOSAL_VERBS \
    | {"nennen", "aufzählen"}
# the Konjunktiv of an order or a wish passed on ("sie solle handeln", "er möge kommen")
_DIRECTIVE_SUBJUNCTIVES = frozenset({"solle", "möge", "müsse"})  # (not "sollen", also the indicative)
# surnames with a capital inside ("McMullin", "DeSantis", "DiCaprio", "LaGuardia", "O'Brien")
_PREFIXED_SURNAME = re.compile(r"(Mc|Mac|De|Di|Da|La|Le|O')[A-Z][a-zäöüéèáíóñ]+")
_AGE = re.compile(r"^(\d+)-Jährige[nr]?$")
_AGE_ATTRIBUTE = re.compile(r"^(\d+)-jährige[nr]?$")
# "es" that anticipates a clause, stands for the weather or opens a presentational sentence
_EXPLETIVE_VERBS = {"geben", "gehen", "handeln", "heißen", "heissen", "kommen", "fehlen", "gelten", "regnen",
                    "schneien", "brauchen", "sein", "werden", "bleiben", "stehen", "scheinen", "zeigen", "lohnen",
                    "herrschen", "folgen", "drohen"}
# neuter nouns of a relation or a sum, not a thing that acts: "Das Gegenteil passierte. Es spaltete …" is the event
_NO_AGENT_NOUNS = frozenset("gegenteil gleiche ganze gegenstück".split())
# where a name of a person stands in the text, the words around it tell the person's gender
_TITLES = {"herr": "m", "frau": "f"}
_FEMININE_ROLE = ("in", "frau")
_MASCULINE_ROLE = ("mann", "er", "or", "ent", "ant", "ist", "eur", "ör", "at", "oge", "ekt", "chef", "arzt",
                   "wart", "ot", "ier", "ar")
_NEUTRAL_ROLE = ("star", "mitglied", "model", "opfer", "idol", "talent", "kind", "team", "paar", "duo")
# how many sentences back a frame's "sagt sie" over words in the first person may still take up the last
# speaker, if nobody else was named
_SPEAKER_PRONOUN_REACH = 4
_PERSON_NOUN = ("in", "frau", "mann", "er", "or", "ent", "ist", "chef", "arzt")  # a noun that surely is a person's
# heads of a noun phrase that name a person by role, as the subject of an author's sentence: someone else
# than the last speaker ("-in" also ends a few things, "Termin": at worst a report's run ends early; "der
# Mann", "die Frau" are mostly whom the report is about)
_ROLE_HEADS = ("in", "chef", "arzt", "sprecher", "leiter", "journalist", "präsident", "minister")
_RANK_PREFIXES = ("vize", "ex", "co-", "ko-", "alt", "ehren", "unter", "ober", "stellvertret", "interims", "bundes")
_POLITE = re.compile(r"[a-zäöüß,] (Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
_QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”", "»": "«", "‹": "›"}
_INDEFINITE = {"ein": "der", "eine": "die", "einen": "den", "einem": "dem", "einer": "der", "eines": "des"}
_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem"})
_NAMED_NOUN_REACH = 8  # sentences after "der Kanton St. Gallen" in which "der Kanton" still is St. Gallen
_COUNTRY_NOUNS = frozenset({"land", "staat", "bundesland", "nation", "republik"})  # also the article's country


# indefinite pronouns of a plural group of people: before a plural "sie" in its sentence, they may be meant
_PLURAL_INDEFINITES = frozenset({"viele", "alle", "manche", "einige", "beide", "mehrere", "wenige", "andere"})
# pronouns for anyone, whom an "er"/"sie" later in their sentence takes up ("Wer X betritt, wird gefragt, ob er …")
# determiners that deny their noun ("keine Lösung"): no referent for a later pronoun
_NEGATIVE_DETERMINERS = frozenset(w for w in NEGATIONS if w.startswith("kein"))
_ANYONE = frozenset({"wer", "jeder", "jede", "jedermann", "niemand", "keiner", "keine"})


# heads of noun phrases that name a body that speaks ("die Behörden", "der Verband"), besides persons
_BODY_HEADS = ("amt", "ämter", "behörde", "behörden", "regierung", "ministerium", "polizei", "partei", "parteien",
               "verband", "verbände", "bund", "verein", "gericht", "firma", "konzern", "unternehmen", "kommission",
               "institut", "zeitung", "agentur", "gewerkschaft", "rat", "team", "klub", "club", "bank", "stadt",
               "gemeinde", "kanton", "staat", "staaten", "land", "länder", "fraktion", "organisation",
               # and persons whose noun has no ending of a person's: "der Fussballprofi", "die Experten"
               "profi", "profis", "star", "stars", "person", "personen", "mensch", "menschen", "kollege",
               "kollegen", "experte", "experten", "leute", "mitglied", "mitglieder", "gast", "gäste", "kandidat",
               "kandidaten", "coach", "boss", "opfer", "kind", "kinder", "eltern", "familie", "paar")


def _list_goes_on(tokens: Sequence[Token], end: int) -> bool:
    """Whether a comma at `end` goes on with a list that "und" or "oder" closes before the clause's finite verb
    ("Forschung, Lehre und Praxis prägen …"): the phrase before it is its first member only."""
    if end >= len(tokens) or tokens[end].text != ",":
        return False
    verb = next((j for j in range(end, len(tokens)) if tokens[j].finite), len(tokens))
    return any(t.lower in COORDINATORS for t in tokens[end:verb])


def _cared_for(clause: Sequence[Token]) -> bool:
    """Whether the words after a subject pronoun let something be done to its body ("Sie können sich impfen
    lassen"): the pronoun stands for people, as the subject of a verb of saying does."""
    lemmas = {t.lemma.lower() for t in clause}
    return "lassen" in lemmas and bool(lemmas & CARE_VERBS) and any(t.lower == "sich" for t in clause)


def _speaking_head(head: str) -> bool:
    """Whether a noun phrase's head can be someone who speaks: a person noun, a body or a document."""
    return head.endswith(_PERSON_NOUN + ("innen",) + _BODY_HEADS + DOCUMENT_NOUNS) or role_gender(head) is not None


def _untagged_first_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether a first name the tagger took for a noun or adjective opens a person's name ("Marguerite Duras"):
    the name list knows its gender, a capitalised noun or name follows, and no determiner, adjective or
    preposition with an article stands before it (which would make it a noun: "eine Chance", "zum Wolf")."""
    tok = tokens[k]
    return tok.pos in {"NN", "ADJ"} and tok.text.isalpha() and tok.lower not in MONTHS \
        and name_gender(tok.text) is not None \
        and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and tokens[k + 1].pos in {"NN", "NE"} \
        and not (k > 0 and tokens[k - 1].tag in _DETERMINERS | {"ADJ(A)", "APPRART"})


def _plural_verb(tok: Token) -> bool:
    return tok.lower in _PLURAL_FORMS or (tok.finite and tok.lower.endswith("en") and tok.lower != tok.lemma.lower()
                                          [:-2] + "et" and not _singular_past_in_en(tok)) \
        or (tok.finite and tok.lower.endswith(("eln", "ern")) and tok.lower == tok.lemma.lower())  # ("ermitteln")


def _singular_past_in_en(tok: Token) -> bool:
    """"schien", "erschien": the singular past of "scheinen", whose stem ends in the "-en" of a plural
    ("schienen" is the plural)."""
    return tok.lower.endswith("ien") and tok.lemma.lower().endswith("einen")


# pronouns that are only ever nominative: before the finite verb, the subject itself
_NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "du", "wir", "ihr"})


def _left_subject_gender(tokens: Sequence[Token], i: int) -> str | None:
    """The gender of a subject pronoun at i that may stay as written and still compete as a mention: "er",
    and "sie" with a singular verb (not the plural "sie", nor the "sie" of anyone in "er oder sie")."""
    if tokens[i].lower == "er":
        return "m"
    generic = i > 1 and tokens[i - 1].lower in {"oder", "und"} and tokens[i - 2].lower == "er"
    verb = _clause_verb(tokens, i) if tokens[i].lower == "sie" and not generic else None
    return "f" if verb is not None and verb_number(verb) == "sg" else None


def _subject_position(tokens: Sequence[Token], i: int) -> bool:
    """Whether the pronoun at i is a subject ("sie" is also an object): first in its clause, or right
    after a finite verb that has a prefield before it ("Dennoch vermitteln sie")."""
    if i == 0 or tokens[i - 1].text in {",", ":", ";", "–", "«", "„", '"'} or tokens[i - 1].pos == "KON" \
            or starts_subordinate(tokens[i - 1]):
        return True
    verb = tokens[i - 1]
    if tokens[i].lower in {"sie", "es"} and _subject_after(tokens, i + 1, verb):
        return False  # "Arrangiert hat sie Gerrit Wunder": a pronoun comes before a noun phrase whatever its case,
        # and the name after it may be the subject
    return verb.finite and i >= 2 and tokens[i - 2].text not in {",", ":", ";"} and tokens[i - 2].pos != "KON" \
        and tokens[i - 2].lower not in _NOMINATIVE_PRONOUNS  # ("Er soll sie spüren": the subject came first)


def _subject_after(tokens: Sequence[Token], k: int, verb: Token) -> bool:
    """Whether the noun phrase opening at k may be the subject of `verb`: a name, or a phrase with an article
    whose number the verb's does not contradict ("Dann legten sie die Arbeit nieder": a singular is no subject
    of "legten")."""
    if k >= len(tokens) or not verb.finite:
        return False
    first = tokens[k]
    if first.pos == "NE":
        return True
    if first.tag != "ART" or first.lower not in {"der", "die", "das", "ein", "eine"}:
        return False
    head = next((t for t in tokens[k + 1:k + 4] if t.pos in {"NN", "NNA"}), None)
    plural = first.lower == "die" and head is not None and inflected_noun(head.text)
    return verb_number(verb) != ("sg" if plural else "pl")


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


def _untitled(name: str) -> set[str]:
    """A name's words without a title ("Frau Anna Muster" → Anna, Muster)."""
    return {w for w in name.split() if w.lower() not in _TITLES}


def _same_person(one: str, other: str) -> bool:
    """Whether two full names may be one person's: the words of one, titles aside, are among the other's
    ("Herr Muster" and "Hans Muster", "Hans Muster" and "Hans Peter Muster")."""
    words, others = _untitled(one), _untitled(other)
    return words <= others or others <= words


def _name_length(name: str) -> tuple[bool, int]:
    """How a claim had best name a person of two forms of the name: a first name and surname ("Anna Muster")
    before a surname alone or with a title ("Muster", "Frau Muster"), and the shorter of two full forms, since
    a longer run may have taken in words after the name ("Anna Muster Anfang Mai")."""
    return len(_untitled(name)) < 2, len(name.split())


def _named_after_colon(tokens: Sequence[Token], i: int) -> bool:
    """Whether a colon after the pronoun at i opens a person's name ("…, und er wird X tun: Anna Muster, …"),
    which the pronoun points ahead to."""
    colon = next((j for j in range(i + 1, len(tokens)) if tokens[j].text == ":"), None)
    return colon is not None and colon + 2 < len(tokens) and tokens[colon + 1].pos == "NE" \
        and tokens[colon + 2].pos == "NE" and name_gender(tokens[colon + 1].text) is not None


def role_gender(noun: str) -> str | None:
    """The gender a person noun next to a name gives its bearer: "Ministerin" f., "Aussenminister" m.;
    "Star", "Mitglied" say nothing."""
    low = noun.lower()
    if low.endswith(_NEUTRAL_ROLE):
        return None
    if low.endswith(_FEMININE_ROLE) and len(low) > 5:
        return "f"
    return "m" if low.endswith(_MASCULINE_ROLE) else None


# nouns of a group of people, whose members a plural "sie" may name ("Das Team … Sie …")
_COLLECTIVES = ("team", "gruppe", "crew", "kollegium", "mannschaft", "duo", "trio", "familie", "ehepaar")


@dataclass(frozen=True)
class Mention:
    """Something a sentence names that a later pronoun may refer to."""

    text: str  # how a claim may name it: a nominative phrase or a name ("" where its case forbids reuse)
    features: frozenset[str]  # genders "m"/"f"/"n" and "pl" it may have
    start: int  # its first token in its sentence
    subject: bool = False
    person: str | None = None  # the full name of a named person
    named: bool = False  # a bare name of unknown kind ("Müller", "Aldi") as a subject
    reporter: bool = False  # the subject of a verb of saying ("sagte Minister Chen"): not what "er" continues
    voiced: bool = False  # the subject of a verb of saying or thinking ("meint ein Experte")
    proper: bool = False  # a phrase with a name in it ("die FPÖ")
    fronted: bool = False  # an object opening the sentence ("Den Männern werden … vorgeworfen"): its topic
    head: str = ""  # a noun phrase's head noun, lower case
    as_subject: str = ""  # an object's phrase in the nominative, where its form tells it ("den Absatz" → "der
    # Absatz"): what a demonstrative, which takes up the last thing named, may stand for
    owned: bool = False  # a subject whose copula's predicate has "sein" ("Der Hunger ist seine Schwäche"), or a
    # person named as "sein" someone ("zu seinem Kollegen X"): the possessor is someone else, who "er" in the
    # next sentence may as well mean
    kin: bool = False  # a kinship noun with a definite article and no possessor ("Der Opa leitete die Kapelle"):
    # someone's kin, who "er" next may as well mean, and whom the claim would not name
    in_full: bool = False  # a person named here by first name and surname, not by surname or pronoun alone


@dataclass
class Person:
    """A named person: the gender evidence and the descriptors ("unternehmerin", "bündner", an age) that the
    article attaches to the name."""

    name: str
    listed: str | None = None  # the first name's gender in the name list
    said: set[str] = field(default_factory=set)  # genders the article's own words give ("der Neffe", "er")
    descriptors: set[str] = field(default_factory=set)
    age: str | None = None

    @property
    def gender(self) -> str | None:
        """The article's word first (the list calls Andrea Casiraghi "f"; "der Neffe" knows better), the
        name list otherwise; evidence that contradicts itself gives no gender."""
        if self.said:
            return next(iter(self.said)) if len(self.said) == 1 else None
        return self.listed


@dataclass(frozen=True)
class Subject:
    """A clause's subject: its tokens, number, and whether it is the speaker of a verb of saying."""

    start: int
    end: int
    plural: bool
    reporter: bool
    voiced: bool = False  # its verb says or thinks ("meint", "glaubt"), which "reporter" leaves out
    modal: bool = False  # its clause has a modal verb: "kann ein Vize ausgewählt werden" is anyone, no one


Replacement = tuple[int, Sequence[Piece], str]  # end of the replaced tokens, new pieces, whom they name


def _frame_verb(tok: Token) -> bool:
    """A finite verb of saying or thinking, which after a comma opens a frame set off in the sentence ("X,
    meint ein Experte, sei …", "…, sagt der Sprecher"): its subject follows it."""
    return tok.finite and tok.lemma.lower() in SPEECH_VERBS | COGNITION_VERBS


def _framed_after(tokens: Sequence[Token], i: int) -> str | None:
    """The gender of the person whom a frame set off by a comma after position i names as the speaker ("…,
    sagte der Stadtpräsident Paul Meier", "…, ließ Anna Muster wissen"), or None."""
    let_know = len(tokens) > 1 and tokens[-2].lower in LET_KNOW_INFINITIVES
    j = next((j for j in range(i + 1, len(tokens) - 1) if tokens[j].text == "," and (
        _frame_verb(tokens[j + 1]) or (let_know and tokens[j + 1].lemma.lower() == "lassen"))), None)
    if j is None:
        return None
    stop = next((k for k in range(j + 2, len(tokens)) if tokens[k].text in {",", ".", "!"}), len(tokens))
    words = [t for t in tokens[j + 2:stop] if t.pos not in {"ADV", "APPR", "APPRART", "VV"}]
    first = next((t for t in words if t.pos == "NE" and name_gender(t.text)), None)
    return name_gender(first.text) if first is not None else _speaker_gender(" ".join(t.text for t in words))


def _speaker_gender(speaker: str) -> str | None:
    """The gender a speaker named by a noun phrase shows: "der Salzburger" is a man, "die Ärztin" a woman (a
    "die" phrase may be plural, "die Forscher", so only a feminine ending tells); a list has none."""
    words = speaker.split()
    if len(words) < 2 or "und" in words or words[0].lower() not in {"der", "die"}:
        return None
    if words[0].lower() == "der":
        return "m"
    return "f" if words[-1].lower().endswith(_FEMININE_ROLE) else None


@dataclass
class Discourse:
    """What the article has said so far, as far as reference resolution needs it."""

    text: str
    people: dict[str, Person] = field(default_factory=dict)  # full name → person
    parts: dict[str, str] = field(default_factory=dict)  # name part → full name ("Blinken" → "Antony Blinken")
    shared: set[str] = field(default_factory=set)  # name parts of two people, which stand for themselves
    mentions: list[list[Mention]] = field(default_factory=list)  # per observed sentence
    sentence: int = 0
    speaker: str | None = None
    counted: str | None = None  # the noun last counted ("400 US-Bürger"), for "44 waren positiv"
    speaker_sentence: int = -10  # the sentence in which `speaker` last reported
    subjunctive_sentence: int = -10  # the last sentence that reported the speaker's words in the Konjunktiv
    deed_sentence: int = -10  # the last sentence that reported what the speaker did ("X verkündete Y"), no words
    quoted_sentence: int = -10  # the last sentence that quoted the speaker's words in quotation marks
    unknown_sentence: int = -10  # the last sentence that reported someone the article does not make clear
    source_sentence: int = -10  # the last sentence that, reporting nothing, named a source (a study, a report)
    newcomer_sentence: int = -10  # the last of the author's sentences about a person other than the speaker
    figures_sentence: int = -10  # the last sentence that reported someone's figures
    hypothetical_sentence: int = -10  # the last sentence given to a speaker for its Konjunktiv II alone
    condition_sentence: int = -10  # the last sentence with a Konjunktiv II under a condition ("Ohne X wäre Y")
    imagined_sentence: int = -10  # the last sentence in a Konjunktiv II with no condition and no speaker
    relayed_sentence: int = -10  # the last answer that relayed unnamed others' words ("Einige sagen uns: …")
    inner_voice: tuple[str, int] | None = None  # whose words a reported frame's colon opened ("…, habe X
    # geantwortet: …"), and in which sentence
    seen_people: set[str] = field(default_factory=set)  # the people named in the sentences before this one
    folded: int = 0  # how many sentences' mentions `seen_people` holds
    # who addressed others without a frame ("sprach sein Beileid aus"), in which sentence, and whether judging
    announcer: tuple[str, int, bool] | None = None
    planner: tuple[str, int] | None = None  # who proposed or demanded something ("schlägt X vor"), and where
    replacements: dict[int, Replacement] = field(default_factory=dict)  # this sentence's, by first token
    quoted: list[tuple[int, int]] = field(default_factory=list)  # offsets of direct quotations
    polite: bool = False  # the article addresses its reader ("Sie", "Ihnen" mid-sentence)
    narrator: bool = False  # the author is someone's addressee ("X erzählte mir, …"): "ich" is the author's
    demonstrative: tuple[int, str] | None = None  # a sentence that opened with "Diese"/"Dieser" as its subject,
    # and the gender it asked for ("" for "diese": feminine or plural)
    named_nouns: dict[str, dict[str, int]] = field(default_factory=dict)  # "kanton" → {"St. Gallen": sentence}:
    # the names a common noun stood before ("der Kanton St. Gallen"), with where it last did
    name_openers: set[str] = field(default_factory=set)  # common nouns seen as a name's first word, with no article
    # ("zu Mafia Capitale"): alone later they are not that name
    places: dict[str, int] = field(default_factory=dict)  # places named after "in" or "nach" ("in Genf"),
    # with the sentence in which each last was
    named_source: str | None = None  # the study or survey the sentence at `source_sentence` named
    framed: tuple[int, str, str] | None = None  # a frame's "sagt er" that took up the last speaker: the
    # sentence, the pronoun and the speaker's name, whom the sentence's mentions then hold as its subject

    def __post_init__(self) -> None:
        self.quoted = list(_quotations(self.text))
        self.polite = bool(_POLITE.search(self.text))

    def phrase(self, tokens: Sequence[Token], lo: int, hi: int, gender: str | None = None) -> str:
        """A noun phrase as text, second mention style: "Ein weiterer Patient" → "der weitere Patient"
        (`gender` picks "der" or "das" for "ein")."""
        while hi > lo and tokens[hi - 1].text in {",", "."}:
            hi -= 1
        while hi - lo > 1 and tokens[lo].pos in {"ADV", "PTKNEG", "KON"} \
                and not (tokens[lo].lower in {"sowohl", "weder"} and any(t.lower in {"auch", "noch"}
                                                                          for t in tokens[lo + 1:hi])) \
                and not (tokens[lo].lower in NUMBER_HEDGES and tokens[lo + 1].pos == "CARD"):
            lo += 1  # "Auch Taiwan" → "Taiwan" (not the first word of a pair: "sowohl A als auch B"; nor a number's
            # hedge: "fast 24 Prozent")
        if hi - lo > 2 and tokens[lo].lower == "unter" and tokens[lo + 1].lower in {"anderem", "anderen"}:
            lo += 2  # "unter anderem das Bundesamt" → "das Bundesamt": one source among others
        words = [self.text[t.start:t.end] for t in tokens[lo:hi]]
        # the source's spacing between words, a line break of a wrapped text as one space
        gaps = [" " if gap and gap.isspace() else gap
                for gap in (self.text[a.end:b.start] for a, b in zip(tokens[lo:hi], tokens[lo + 1:hi]))] + [""]
        first = tokens[lo].lower
        if first in _INDEFINITE:
            neuter = first == "ein" and (gender == "n" or (gender is None and self._neuter(tokens, lo + 1, hi)))
            words[0] = "das" if neuter else _INDEFINITE[first]
            if first == "ein":  # the strong adjective ending turns weak: "ein neuer" → "der neue"
                words[1:] = [w[:-1] if t.tag == "ADJ(A)" and w.endswith(("er", "es")) else w
                             for t, w in zip(tokens[lo + 1:hi], words[1:])]
        elif tokens[lo].tag in _DETERMINERS | {"ADJ(A)", "PIAT"} \
                and (lo == 0 or not tokens[lo - 1].text[:1].isalnum()) \
                and not (tokens[lo].tag == "ADJ(A)" and lo + 1 < hi and tokens[lo + 1].pos not in {"NN", "NNA"}):
            words[0] = words[0].lower()  # a sentence's first word inside a claim: "rechnen zahlreiche Banken" (not
            # a name the tagger took for an adjective: "Kötter Security")
        return "".join(w + g for w, g in zip(words, gaps))

    def _neuter(self, tokens: Sequence[Token], lo: int, hi: int) -> bool:
        """Whether the noun after "ein" is neuter, which "ein" does not tell from a masculine: by its adjective's
        strong ending ("ein neues Gericht"), by a head that is neuter ("ein Bezirksgericht", `NEUTER_HEADS`) or
        by "das" before the same noun elsewhere in the article and never "der" or "den" ("ein Blatt" where the
        article also says "das Blatt")."""
        noun = next((t for t in tokens[lo:hi] if t.pos in {"NN", "NE"}), None)
        adjectives = [t for t in tokens[lo:hi] if t.tag == "ADJ(A)"]
        if noun is None or adjectives:
            return bool(adjectives) and adjectives[0].lower.endswith("es")
        if noun.lower.endswith(NEUTER_HEADS):
            return True
        said = {m.lower() for m in re.findall(r"\b([Dd](?:as|er|en)) " + re.escape(noun.text) + r"\b", self.text)}
        return said == {"das"}

    def reference(self, tokens: Sequence[Token], lo: int, hi: int) -> str | None:
        """A phrase of the sentence just observed as text, a pronoun as what `observe` resolved it to
        (None where it did not)."""
        if hi - lo == 1 and tokens[lo].pos == "PPER":
            found = self.replacements.get(lo)
            return found[2] if found else None
        return self.phrase(tokens, lo, hi)

    def pronoun(self, word: str, plural: bool = False, first_person: bool = False, chained: bool = False) -> str | None:
        """What a subject pronoun ("er", "sie") before this sentence's own mentions refers to (a speaker's
        "sagte er"), or None when the previous sentences do not make it clear. Words in the first person
        (`first_person`) are someone's, so a thing named since is no candidate, and the last speaker is taken
        up from further back; a frame that says the words go on (`chained`: "erklärte er weiter") takes up
        the speaker of the sentence right before, whoever their words named."""
        if word not in {"er", "sie"}:
            return None
        wanted = "pl" if plural else _PRONOUN[word]
        if self.demonstrative and self.demonstrative[0] == self.sentence - 1 \
                and self.demonstrative[1] in {"", wanted} and wanted != "n":
            return None  # "Die Frau … Diese wurde als Kind Opfer. «…», sagte sie": the demonstrative's referent,
            # whom the sentence before made its topic, may speak as well as the last speaker
        again = self._speaker_again(wanted, _SPEAKER_PRONOUN_REACH if first_person else 2)
        if again:
            self.framed = (self.sentence, word, again)
            return again  # "X sei …, sagte sie. … , erklärte sie": the speaker goes on, not the subject of her words
        reporter = self._reporter_before(wanted)
        if reporter and chained:
            return reporter  # "…, sagte X. Y und Z hätten gut gearbeitet, sagte er weiter": X's words go on (a
            # pronoun in them may still mean Y or Z: it is not taken for X)
        if reporter:
            return None  # "…, sagte X. Y habe nun die Möglichkeit … . Dazu sagte er: …": right after X's reported
            # words, X may go on as well as the person those words named
        found = self._search(wanted, [], continued=True, animate=True, speaker=True)  # (a speaker is someone)
        if found is not None and not (found.person or found.proper or found.named or _speaking_head(found.head)):
            return None  # "X beeinflusst Y, berechneten Forscher. …, berichten sie": a thing does not report
        return found.text if found else None

    def _reporter_before(self, wanted: str) -> str | None:
        """The person whose reported words the sentence right before holds, when they are of the pronoun's
        gender: a frame's pronoun may mean them as well as someone their words named."""
        last = self.current_speaker(window=1) if self.speaker_sentence == self.sentence - 1 else None
        known = self._known(last.split()[-1]) if last else None
        return known if known and self.people[known].gender == wanted else None

    def _speaker_again(self, wanted: str, reach: int) -> str | None:
        """"sagt Egger. … , fügt er hinzu": the last speaker goes on, if they are of the pronoun's gender and
        nobody else has been named since, within `reach` sentences ("sagt Wright. Die Staffel läuft ab heute.
        Eine Folge kostet … . Wir waren …, sagt sie": a thing named in between does not say "wir")."""
        speaker = self.current_speaker(window=reach, chained=True)  # (it checks who was named since itself)
        name = self._known(speaker.split()[-1]) if speaker else None
        since = self.sentence - self.speaker_sentence
        others = {m.person for sentence in self.mentions[-max(since, 1):] for m in sentence
                  if m.person and self.people[m.person].gender in {wanted, None}} - {name}
        # (named since the report: in its own sentence or after it; a man named does not compete for "sie")
        if name and self.people[name].gender == wanted and not others:
            return name
        if speaker and name is None and since <= 1 and not others and _speaker_gender(speaker) == wanted \
                and not any(m.subject and wanted in m.features and m.text.lower() != speaker.lower()
                            for m in (self.mentions[-1] if self.mentions else [])):
            return speaker  # "…, glaubt der Salzburger. Ich weiss …, erinnerte er": a speaker named by a noun
            # goes on right after, if nobody was named since, the article tells the gender and no other subject
            # of that gender competes ("Der Clip sei gelöscht, sagt der Sprecher. Und er betont …")
        return None

    def resolve(self, draft: Draft, tokens: Sequence[Token], quoted: Sequence[int] = (),
                indicative: bool = False) -> Draft:
        """Put the references that `observe` resolved for this sentence into a draft, unless the draft
        already names what they refer to. `quoted` (depth > 0) marks tokens inside quotation marks: only
        "die beiden" is resolved there, from the two people named just before, and so in the later sentences
        of a quotation that runs over several. In someone's direct words without marks (an interview's answer,
        a quotation's later sentence) and in words a set-off frame gives in the indicative (`indicative`), "er"
        is not the speaker, who would say "ich" ("Denn er war, so Luther, …": the tree he spoke of)."""
        used = set(draft.indices())
        # someone's words that address a "du" without quotation marks ("Du verliebst dich in sie, sie …, so X"):
        # their pronouns point into the scene they speak of, not into the article
        voiced = draft.speaker is not None and any(tokens[j].lower in SECOND_PERSON for j in used)
        for lo, (hi, pieces, target) in sorted(self.replacements.items()):
            if draft.speaker and target and draft.speaker == self.phrase(tokens, lo, hi):
                draft = replace(draft, speaker=target)  # "Der 61-Jährige hat angekündigt …": the speaker too
            if not set(range(lo, hi)) <= used or ((quoted and quoted[lo]) or self._in_quotation(tokens[lo])) \
                    and target != "die beiden":
                continue  # (a quotation's later sentences carry no mark of their own: the article's offsets tell)
            if voiced and tokens[lo].pos in {"PPER", "PDS"}:
                continue
            if (indicative or (draft.quote == "direct" and tokens[lo].pos == "PPER")) and target and draft.speaker \
                    and target.split()[-1].lower() == draft.speaker.split()[-1].lower():
                continue
            if target and _names_already(draft, tokens, lo, hi, target):
                continue
            draft = draft.replace(lo, hi, pieces)
        return draft

    def observe(self, tokens: Sequence[Token]) -> None:
        """Remember what this sentence names, and resolve its references against what came before it."""
        self.replacements = {}
        runs = list(self._name_runs(tokens))
        mentions = self._mentions(tokens, runs)
        for i, tok in enumerate(tokens):
            demonstrative = tok.lower in _DEMONSTRATIVES and tok.pos == "PDS"
            if (tok.lower in _PRONOUN and tok.pos == "PPER") or demonstrative:
                start = clause_start(tokens, i, _CLAUSE_BREAKS)
                earlier = [m for m in mentions if m.start < start]
                if demonstrative:
                    found = self._demonstrative(tokens, i, earlier)
                else:
                    found = self._framed_speaker(tok, i) or self._personal(tokens, i, earlier)
                if found is not None:
                    self.replacements[i] = (i + 1, [found.text], found.person or found.text)
                    if found.person and tok.lower in {"er", "sie"}:  # the article's own "er"/"sie" for the name
                        self.people[found.person].said.add(_PRONOUN[tok.lower])
                    mentions.append(replace(found, start=i, subject=True, in_full=False))
                elif (gender := _left_subject_gender(tokens, i)) and not demonstrative \
                        and _subject_position(tokens, i) \
                        and not self._in_quotation(tok) and not any(gender in m.features for m in earlier) \
                        and not any(t.finite and t.lemma.lower() in SPEECH_VERBS and t is not _clause_verb(tokens, i)
                                    for t in tokens):
                    mentions.append(Mention("", frozenset({gender}), i, subject=True))  # a subject "er" left as
                    # written, with no man named before it, still competes: "Und er hat X mit Y beraten. Er
                    # erläuterte …" is not Y, nor is "Er warnt vor Y. … sagt er" (in reported words, "Er sei …,
                    # sagt der Koch", the speaker goes on); so does a "sie" of a singular verb: "Sie schilderte,
                    # wie sie …" is one woman, whom the second "sie" cannot name alone
            elif tok.tag == "PPOSAT":
                self._possessor(tokens, i, mentions)
            else:
                self._descriptor(tokens, i, runs)
                if i - 1 not in self.replacements:
                    self._named_noun(tokens, i)
                elif self._opens_clause(tokens, i - 1):
                    # "Der 22-Jährige hielt …": the person a descriptor opening the clause stands for is its
                    # subject, whom a later "er" may continue
                    end, _, name = self.replacements[i - 1]
                    if name in self.people and end < len(tokens) and tokens[end].finite:
                        gender = self.people[name].gender
                        mentions = [m for m in mentions if m.start != i - 1]
                        mentions.append(Mention(name, frozenset({gender} if gender else {"m", "f"}), i - 1, True,
                                                name, reporter=tokens[end].lemma.lower() in SPEECH_VERBS))
        self._name_nouns(tokens, runs)
        self.mentions.append(mentions)
        self._counted(tokens)
        if len(tokens) > 1 and tokens[0].lower in _DEMONSTRATIVES and tokens[0].pos == "PDS" \
                and (tokens[1].finite or (len(tokens) > 2 and tokens[2].finite)):
            self.demonstrative = (self.sentence, _DEMONSTRATIVES[tokens[0].lower])

    def full_name(self, label: str) -> str:
        """A person's name as the article introduced it, for a surname label ("Ederer:" → "Brigitte Ederer")."""
        return self._known(label) or label

    def speaker_pronouns(self, speaker: str) -> frozenset[str]:
        """The pronouns that may stand for a speaker: of their gender, as the article tells it or their name or
        role noun ("der Sprecher"); either, for a person the article introduced without telling ("Iggy Pop")."""
        known = self._known(speaker.split()[-1]) if speaker else None
        gender = self.people[known].gender if known else _speaker_gender(speaker)
        return frozenset({"er"} if gender == "m" else {"sie"} if gender == "f" else {"er", "sie"} if known else ())

    def known_person(self, label: str) -> str | None:
        """The full name of a person the article introduced, for their surname ("Lackner"), else None."""
        return self._known(label) if " " not in label else (label if label in self.people else None)

    def report(self, speaker: str, subjunctive: bool = False, deed: bool = False, quoted: bool = False) -> None:
        """Note that this sentence was said by `speaker`, for the reports that continue it; `subjunctive`:
        in the Konjunktiv of indirect speech, which a hedging modal right after goes on with; `deed`: it says
        what the speaker announced or confirmed ("X verkündete die Entscheidung"), in no words of theirs;
        `quoted`: in the speaker's own words, in quotation marks."""
        same = speaker.split()[-1:] == (self.speaker or "").split()[-1:]  # ("Direktor Paul Roth", then "Roth")
        self.speaker, self.speaker_sentence = speaker, self.sentence
        if subjunctive or not (quoted and same):  # (the speaker's quotation after their Konjunktiv I leaves it
            self.subjunctive_sentence = self.sentence if subjunctive else -10  # in place: `quoted_within_report`)
        self.deed_sentence = self.sentence if deed else -10
        self.quoted_sentence = self.sentence if quoted else -10

    def continue_hypothetically(self) -> None:
        """Note that this sentence went to the last speaker for its Konjunktiv II alone ("…, räumt X ein. Dann
        bliebe nur Y.")."""
        self.hypothetical_sentence = self.sentence

    def hypothetical_before(self) -> bool:
        """Whether the sentence right before went to its speaker for its Konjunktiv II alone: a second one
        after it ("Die wäre nicht neu.") may be the author's comment as well as the speaker's."""
        return self.hypothetical_sentence == self.sentence - 1

    def note_relayed(self) -> None:
        """Note that this answer relays words of people it does not name ("Einige sagen uns: Wir wussten …")."""
        self.relayed_sentence = self.sentence

    def note_inner_voice(self, speaker: str) -> None:
        """Note that this sentence, someone's report, quotes another's words after a colon ("X habe geantwortet:
        Das ist …"): a first person right after it is that other's, not the reporter's."""
        self.inner_voice = (speaker, self.sentence)

    def inner_voice_before(self) -> str | None:
        """The person whose words the sentence right before opened after a reported frame's colon."""
        return self.inner_voice[0] if self.inner_voice and self.inner_voice[1] == self.sentence - 1 else None

    def relayed_before(self) -> bool:
        """Whether the sentence right before relayed unnamed others' words, which may go on in this one."""
        return self.relayed_sentence == self.sentence - 1

    def note_condition(self) -> None:
        """Note that this sentence states what would be under a condition ("Ohne Reform wäre die Sendung zu
        Ende"), which a Konjunktiv II right after goes on with."""
        self.condition_sentence = self.sentence

    def note_imagined(self) -> None:
        """Note that this sentence states, in the Konjunktiv II, what would be or have been with no condition
        and no speaker ("Ein Heer hätte A gefunden"): a Konjunktiv II right after ("Der Krieg wäre nicht
        besiegt") goes on in the same imagined case, unless someone says it or it gives figures (a poll's "Die
        Partei käme auf 6 Prozent")."""
        self.imagined_sentence = self.sentence

    def imagined_before(self) -> bool:
        """Whether the sentence right before stated, in the Konjunktiv II, what would be with no condition."""
        return self.imagined_sentence == self.sentence - 1

    def condition_before(self) -> bool:
        """Whether the sentence right before stated what would be under a condition."""
        return self.condition_sentence == self.sentence - 1

    def report_figures(self) -> None:
        """Note that this sentence's report gives figures ("Wie X berichtete, starben 20 Menschen")."""
        self.figures_sentence = self.sentence

    def figures_before(self) -> str | None:
        """Who reported figures in the sentence right before this one: a count that goes on ("Weitere 25 Tote
        gab es …") is still theirs, in the indicative too."""
        return self.current_speaker(window=1) if self.figures_sentence == self.sentence - 1 else None

    def deed_before(self) -> bool:
        """Whether the sentence right before reported a deed of its speaker's, not words: a Konjunktiv II
        after it is the author's ("X verkündete das Urteil. Dafür wäre … nötig gewesen")."""
        return self.deed_sentence == self.sentence - 1

    def quoted_within_report(self) -> bool:
        """Whether the sentence right before quoted the speaker whose Konjunktiv I the sentence before it
        reported ("X habe A getan. Y steht X skeptisch gegenüber: «…» Gerade Kinder brauchten B."): the
        report goes on around the quotation."""
        return self.quotation_before() and self.subjunctive_sentence == self.sentence - 2

    def quotation_before(self) -> bool:
        """Whether the sentence right before quoted someone's words in quotation marks, the speaker's or words whose
        speaker is not clear ("«…», sagt X. Nur so könnte …": the hedge after it may be theirs or the author's
        comment on them)."""
        return self.quoted_sentence == self.sentence - 1

    def subjunctive_before(self) -> bool:
        """Whether the sentence right before reported someone's words in the Konjunktiv ("Davon seien 200 im
        Bau. Projekte könnten nun …": the "könnten" is still theirs)."""
        return self.subjunctive_sentence == self.sentence - 1

    def carry_report(self) -> None:
        """Note that this sentence, an elliptical piece with no clause of its own ("Oder, sobald X, Fieber
        messen.", "Ebenso die Bezahlung, die …"), goes on with the report right before it: the words after it are
        still that speaker's, and a plan's details still the plan's ("X gab ihre Empfehlungen heraus. Nämlich A
        und B. So sollen …")."""
        if self.speaker_sentence == self.sentence - 1:
            self.speaker_sentence = self.sentence
            if self.subjunctive_sentence == self.sentence - 1:
                self.subjunctive_sentence = self.sentence
        if self.planner and self.planner[1] == self.sentence - 1:
            self.planner = self.planner[0], self.sentence

    def report_unknown(self, quoted: bool = False) -> None:
        """Note that this sentence reports words whose speaker is not clear ("…", sagte sie, with "sie"
        unresolved): a Konjunktiv II right after it is more of those words, not the author's; `quoted`: in
        quotation marks."""
        self.unknown_sentence = self.sentence
        self.quoted_sentence = self.sentence if quoted else self.quoted_sentence

    def source_named(self, phrase: str | None) -> None:
        """Note that this sentence, which reports nothing, named a source: words after it may be the
        source's ("Die Behörde legte einen Bericht vor. Demnach …"), no longer the last speaker's; a study
        or survey named by its noun (`phrase`) is who says them."""
        self.source_sentence = self.sentence
        self.named_source = phrase

    def note_newcomer(self) -> None:
        """Note, for an indicative sentence of the author's that reports nobody, whether its subject is a
        person other than the last speaker, or it introduces one: the speaker's words do not go on past it
        ("…, so X. Ähnlich sieht es Y. Was komme, sei offen": whose words?)."""
        speaker = set((self.speaker or "").split())
        if any(m.person and m.person.split()[-1] not in speaker
               and (m.subject or m.person not in self.seen_people or m.in_full)
               for m in self.mentions[-1]):  # (or introduced here, or named again in full, in any role: "…, wo
            # sich Y … wähnt")
            self.newcomer_sentence = self.sentence
        lowered = {w.lower() for w in speaker}
        if any(m.subject and not m.person and m.head.endswith(_ROLE_HEADS) and m.head not in lowered
               and m.text.split()[:1] in (["der"], ["die"], ["ein"], ["eine"]) for m in self.mentions[-1]):
            # a person the role names ("Die Journalistin fasste … zusammen"; not a headline's bare noun)
            self.newcomer_sentence = self.sentence
        if any(m.subject and m.proper and not m.person and m.text and not set(m.text.split()) & speaker
               for m in self.mentions[-1]):  # a body by its name ("Der Konzern Novachem will …"): whose words
            # come after it is no longer clear
            self.newcomer_sentence = self.sentence

    def cited_source(self) -> str | None:
        """The study or survey the sentence right before this one named, which a "demnach" here cites."""
        return self.named_source if self.source_sentence == self.sentence - 1 else None

    def source_since_speaker(self) -> bool:
        """Whether a source was named after the last speaker spoke: "demnach" points back to it."""
        return self.source_sentence > self.speaker_sentence

    def unknown_before(self) -> bool:
        return self.unknown_sentence == self.sentence - 1

    def announce(self, speaker: str, judging: bool = False) -> None:
        """Note that `speaker` addressed others in this sentence without a frame for content; `judging`: by
        praising, blaming or warning ("X lobte Y", "X fand lobende Worte")."""
        self.announcer = speaker, self.sentence, judging

    def plan(self, speaker: str) -> None:
        """Note that `speaker` proposed, demanded or planned something in this sentence."""
        self.planner = speaker, self.sentence

    def planned(self) -> str | None:
        """Who proposed, demanded or planned something in the sentence right before this one: a plan's details
        in "sollen" after "…, schlägt X vor" are X's ("Kitas sollen öffnen"), not what is so."""
        return self.planner[0] if self.planner and self.planner[1] == self.sentence - 1 else None

    def announced(self, judging: bool = False) -> str | None:
        """Who addressed others in the sentence right before this one: a quotation standing alone after
        "X sprach der Familie sein Beileid aus." is X's; with `judging`, only someone who praised, blamed or
        warned ("X lobte Y. Sie wäre eine gute Wahl": the Konjunktiv II spells out the praise)."""
        if not self.announcer or self.announcer[1] != self.sentence - 1 or (judging and not self.announcer[2]):
            return None
        return self.announcer[0]

    def current_speaker(self, window: int = 2, chained: bool = False) -> str | None:
        """The speaker a continuing report (Konjunktiv I, "hiess es weiter") belongs to: the last one, if
        their report was at most `window` sentences ago; a report does not run on across a paragraph of
        the author's own sentences, nor past one about someone else (`note_newcomer`), unless `chained`: a
        frame that says its words go on ("hiess es weiter", "fügt er hinzu")."""
        if self.interrupted() and not chained:
            return None
        return self.speaker if self.sentence - self.speaker_sentence <= window else None

    def interrupted(self) -> bool:
        """Whether the last speaker's words would go on here but for a sentence about someone else in
        between: a Konjunktiv after it is someone's words, whose is not clear."""
        return self.speaker_sentence < self.newcomer_sentence and self.sentence - self.speaker_sentence <= 2

    def next_sentence(self) -> None:
        for mentions in self.mentions[self.folded:]:  # (the people this sentence named, for `note_newcomer`)
            self.seen_people.update(m.person for m in mentions if m.person)
        self.folded = len(self.mentions)
        self.sentence += 1

    # --- personal pronouns ---------------------------------------------------------------------------

    def _framed_speaker(self, tok: Token, i: int) -> Mention | None:
        """The last speaker, as the subject mention of a frame's pronoun at i that `pronoun` took them up for
        ("…, sagt er. An Müllers Plan gerichtet sagt er …", "Sie betonte, dass …" after her words): beside them
        a name in a phrase is no clear antecedent, nor a place that was the subject of their words."""
        if self.framed is None or self.framed[:2] != (self.sentence, tok.lower) or self.framed[2] not in self.people:
            return None
        name = self.framed[2]
        return Mention(name, frozenset({_PRONOUN[tok.lower]}), i, subject=True, person=name, reporter=True)

    def _personal(self, tokens: Sequence[Token], i: int, before: list[Mention]) -> Mention | None:
        """The antecedent of the subject pronoun at i, or None where it is not clear."""
        tok = tokens[i]
        if self._in_quotation(tok) or not _subject_position(tokens, i):
            return None
        if any(0 <= j < len(tokens) and tokens[j].lower in {"oder", "und", "bzw."} for j in (i - 1, i + 1)) \
                and any(0 <= j < len(tokens) and tokens[j].pos == "PPER" for j in (i - 2, i + 2)):
            return None  # "wenn er oder sie ...": anyone, of either gender
        verb = _clause_verb(tokens, i)
        if tok.text == "Sie" and (self.polite or (i > 0 and tokens[i - 1].text not in {"«", "„", '"', ":"})) \
                and not (verb is not None and verb_number(verb) == "sg"):
            return None  # the polite "Sie", or in an article that uses it, possibly so (not with a verb in the
            # singular: "Sie hat …" is she)
        if verb is None:
            return None
        if tok.lower == "es":
            return self._continued_es(tokens, i, verb)
        wanted = "pl" if tok.lower == "sie" and _plural_verb(verb) else _PRONOUN[tok.lower]
        if wanted == "pl" and any(t.tag == "PIS" and t.lower in _PLURAL_INDEFINITES for t in tokens[:i]):
            return None  # "… war für viele nicht denkbar, jetzt sind sie gezwungen": "viele" may be meant
        if wanted != "pl" and any(t.pos in {"PWS", "PIS", "PRELS"} and t.lower in _ANYONE for t in tokens[:i]):
            return None  # "Wer den Saal betritt, wird gefragt, ob er …", "Jeder darf, was er will": anyone
        if _named_after_colon(tokens, i):
            return None  # "Dann wird er da sein und die Partei führen: Anna Muster, 35, …": whom the pronoun
            # means the sentence names after it
        if any(t.pos == "PDS" and _DEMONSTRATIVE_PRONOUNS.get(t.lower) == tok.lower
               and any(u.text == "," or u.pos == "KON" for u in tokens[j + 1:i]) for j, t in enumerate(tokens[:i])):
            return None  # "Die muss nicht, aber sie kann …": the pronoun takes up the demonstrative before it,
            # whatever that points to
        start = clause_start(tokens, i, _CLAUSE_BREAKS)
        boundary = max((j for j in range(i) if tokens[j].text in {":", ";"}), default=-1)
        found = self._search(wanted, before, continued=start == 0,
                             animate=verb.lemma.lower() in _ANIMATE_VERBS or _cared_for(tokens[i:]),
                             compared="wie" in {tokens[start].lower, tokens[start - 1].lower if start else ""},
                             boundary=boundary)
        if found is not None and found.person is None and wanted != "pl" and _framed_after(tokens, i) == wanted:
            return None  # "Der Vertrag wurde unterschrieben. Er sei zufrieden, sagte Stadtpräsident X.": in words
            # whose frame follows, "er" of the speaker's gender is the speaker as likely as the thing named before
        reporter = self._reporter_before(wanted) if found is not None and _frame_verb(verb) else None
        if reporter is not None and found is not None and found.person != reporter:
            return None  # "…, sagte X. Y habe … . Dazu sagte er nur: …": X may go on as well as Y
        if found is not None and _amount_clause(tokens, start, verb) and _person_like(found):
            return None  # "Die Manager erhalten hohe Boni. Sie liegen 48 Prozent unter …": an amount is no person's
        if found is not None and verb.lower in _DIRECTIVE_SUBJUNCTIVES \
                and any(wanted in m.features and not m.subject for m in before):
            return None  # "X sagte der Regierung, sie solle handeln": an order's subject is whom it addresses as
            # much as its speaker
        if found is not None and wanted != "pl" and _paired(tokens, found, before):
            return None  # "A und B sagten, sie solle …": one of a pair of subjects is no one "sie" alone names
        return found

    def _demonstrative(self, tokens: Sequence[Token], i: int, before: list[Mention]) -> Mention | None:
        """The antecedent of "dieser", "diese", "dieses" opening its clause before the finite verb ("Diese
        führte zum Wohnort"): it takes up the most recent of what agrees, often no subject; so only where one
        thing agrees, in this sentence or the one before, and that is a subject whose phrase can stand in."""
        if self._in_quotation(tokens[i]) or not (i == 0 or tokens[i - 1].pos == "KON" or tokens[i - 1].text == ",") \
                or i + 1 >= len(tokens) or not tokens[i + 1].finite:
            return None
        wanted = _DEMONSTRATIVES[tokens[i].lower] or ("pl" if _plural_verb(tokens[i + 1]) else "f")
        for level in (before, *self.mentions[-1:-2:-1]):
            agreeing = [m for k, m in enumerate(level) if wanted in m.features and not _names_next(m, level[k + 1:])]
            if agreeing:
                one, last = agreeing[0], agreeing[-1]
                if len(agreeing) == 1 and one.subject and one.text and self._agrees(one, wanted, False):
                    return one
                objects = [m for m in agreeing if m.as_subject]
                if objects == [last] and last.features == {wanted} and not any(m.person for m in agreeing):
                    return replace(last, text=last.as_subject)  # "Die Polizei befragte die Zeugin. Diese
                    # hatte …": the demonstrative takes up the last thing named, not the subject
                return None
        return None

    def _possessor(self, tokens: Sequence[Token], i: int, mentions: list[Mention]) -> None:
        """"Von Ballmoos musste passen, da seine Schulter nicht fit war": a "sein-"/"ihr-" in a later clause of
        the sentence whose subject, a person named at its start, is the one thing before it of that gender; cut
        off, the clause names the possessor with a genitive ("Von Ballmoos' Schulter war nicht fit"); only
        before a noun, since an adjective after the genitive would take other endings ("seine harten" → "Xs
        harte")."""
        gender = "m" if tokens[i].lower.startswith("sein") else "f" if tokens[i].lower.startswith("ihr") else None
        before = [m for m in mentions if m.start < i]
        owner = next((m for m in before if m.person), None)
        if gender is None or owner is None or owner.person is None or not owner.subject \
                or self._in_quotation(tokens[i]) \
                or any(not t.text[:1].isalnum() for t in tokens[:owner.start]) \
                or i + 1 >= len(tokens) or tokens[i + 1].pos not in NOUNS \
                or not any(t.text == "," for t in tokens[owner.start:i]):
            return  # (a role noun may stand before the name: "Der Läufer Marco Keller")
        genders = {"m", "n"} if gender == "m" else {"f", "pl"}
        if self.people[owner.person].gender != gender or any(
                genders & m.features or m.person for m in before if m.start > owner.start):
            return  # (another person or thing of a gender "sein-"/"ihr-" stands for may be the possessor)
        name = owner.text
        self.replacements[i] = (i + 1, [name + ("'" if name.endswith(("s", "ß", "x", "z")) else "s")],
                                owner.person)

    def _continued_es(self, tokens: Sequence[Token], i: int, verb: Token) -> Mention | None:
        """"Das Kantonsgericht … Es verurteilte den Mann": "es" opening a sentence with a full verb of its
        own continues a neuter subject of the previous sentence; "es gibt", "es wurde", "es ist …, dass"
        and the like are no references."""
        if i != 0 or verb.lemma.lower() in _EXPLETIVE_VERBS or _plural_verb(verb) \
                or any(t.lower in {"dass", "ob"} or t.pos == "PTKZU" for t in tokens) \
                or any(a.text == "," and b.lower == "als" and (c.finite or c.lower in {"ob", "wenn"})
                       for a, b, c in zip(tokens, tokens[1:], tokens[2:])):
            return None  # ("Es sieht danach aus, als sei …", "Es wirkt, als ob …": the "es" of an unreal
            # comparison; not a clause of time, "Es entstand, als Polizisten …", which "es" may go on before)
        before = self.mentions[-1] if self.mentions else []
        subjects = [m for m in before if m.subject and m.text]
        if len(subjects) == 1 and subjects[0].features == {"n"} and not (subjects[0].person or subjects[0].named) \
                and subjects[0].text.split()[-1].lower() not in _NO_AGENT_NOUNS \
                and not any(m is not subjects[0] and "n" in m.features and "pl" not in m.features for m in before):
            return subjects[0]  # (not when another neuter phrase could be meant: "Das RKI gibt das R an. Es …")
        return None

    def _search(self, wanted: str, before: list[Mention], continued: bool, animate: bool = False,
                speaker: bool = False, compared: bool = False, boundary: int = -1) -> Mention | None:
        """Back through this sentence and the two before it: the first place where something agrees with
        `wanted` decides. One agreeing candidate is taken, of several only the one subject that agrees
        beyond doubt and competes with no other person; otherwise, or if the candidate's case forbids
        repeating it, nothing is. The subject of a verb of saying, asking or thinking (`animate`) is someone:
        where a person agrees, a common noun that is neither a subject nor a name ("die Wirtschaft" in a
        phrase) does not compete. A frame's speaker pronoun (`speaker`) is the one person who agrees when
        that person is the subject there. In a "wie" clause (`compared`) a thing named after the subject competes
        with it, and so does one after a colon or semicolon (`boundary`) that the subject stands before."""
        for depth, level in enumerate([before, *self.mentions[-1:-3:-1]]):
            agreeing = [m for m in level if wanted in m.features]
            people = [m for m in agreeing if m.person]
            if speaker and len(people) == 1 and people[0].subject and self._agrees(people[0], wanted, False) \
                    and not any(m.subject and (m.reporter or m.voiced) for m in agreeing if m is not people[0]):
                # ("X werde …, betonte der Anwalt. Er bestätigte": the reporter goes on; "X, meint ein Experte,
                # sei …, schätzt er": so may anyone else who says or thinks)
                return people[0]  # "Merkel hat sich bedankt, was die Beschränkungen angeht. «…», sagte sie": the
                # speaker is the one person named, as the subject (not a person in passing: "Er warnt vor Gates")
            if animate and people:
                agreeing = [m for m in agreeing if m.person or m.subject or m.proper or m.named]
            if wanted == "pl" and any(m.head.endswith(_COLLECTIVES) for m in level):
                return None  # "…, wie ein Forscherteam nachwies. Sie führten …": a group's members may be meant
            if not agreeing:
                continue
            if depth == 0 and len(agreeing) > 1 and any(m.proper and not m.subject and len(m.features) < 4
                                                        for m in agreeing):
                return None  # "Relevant war die Sache für die FPÖ, als sie …": a name in the pronoun's own
                # sentence competes with its subject
            sure = [m for m in agreeing if m.subject and not (m.reporter and depth > 0)  # "sagte X, er habe"
                    and self._agrees(m, wanted, continued and depth == 1)]
            if len(sure) == 1 and any(m.person or m.named or m.subject or m.fronted or m.head in _PEOPLE_GENITIVES
                                      for m in agreeing if m is not sure[0]):
                sure = []  # "X klagt Y. Er …", "Der Clip sei gelöscht, sagt der Sprecher. Er betont …": another
                # person or subject could be meant as well, or the object that opens the sentence ("Den
                # Männern werden X und Y vorgeworfen. Sie sollen …"), or the people a genitive pronoun names
                # ("Die Ersparnisse vieler seien weg. Sie müssten …")
            chosen = agreeing[0] if len(agreeing) == 1 else (sure[0] if len(sure) == 1 else None)
            if animate and not any(m.person or m.proper or m.named or m.subject or _speaking_head(m.head)
                                   for m in agreeing) and not any(m.person for m in level):
                continue  # "Worauf X setzen müsste: einen Tourismus, der … Als Beispiele nennt er …": no thing
                # named in passing, of whatever number, is who names or says something; the sentence before may
                # name who (several subjects that may be meant leave it open: "Die A wollen …, die B haben …")
            if chosen is None or not chosen.text or not self._agrees(chosen, wanted, continued and depth == 1) \
                    or (chosen.owned and wanted in {"m", "n"}) or chosen.kin:
                return None
            if animate and not (chosen.person or chosen.proper or chosen.named or _speaking_head(chosen.head)):
                if any(m.person for m in level):
                    return None  # "Die Zone werde geöffnet, sagte X. Sie betonte …": no thing that cannot speak
                    # says or thinks
                continue  # "X plädierte für A. Die Vielfalt sei B. Sie nannte …": nor is it the one meant where
                # no one else stands beside it; the sentence before may name who
            if depth == 0 and compared and not chosen.person and any(m.start > chosen.start for m in agreeing):
                return None  # "Die EU hat sich gegen eine Notzulassung entschieden, wie sie in X durchgezogen wurde":
                # a "wie" clause compares with a thing just named, which may be meant as well as the subject
            if depth == 0 and not animate and not (chosen.person or chosen.proper) \
                    and (chosen.start < boundary
                         or any(m.subject and m.start > chosen.start and m.text != chosen.text for m in level)) \
                    and any(m.start > chosen.start and m.text != chosen.text and not (m.proper or m.person)
                            and len(m.features) < 4 for m in agreeing):
                return None  # "Der Autor findet ein Bild: Tausende geraten in einen Stau; er hält sie fest": after
                # a clause with a subject of its own, a thing named there may be meant as well
            return chosen
        return None

    def _agrees(self, mention: Mention, wanted: str, continued: bool) -> bool:
        """Agreement beyond doubt: a phrase whose determiner leaves one reading besides the wanted one only
        in another number, a person whose gender the article or the name list tells; a name of unknown
        gender only as the subject that the pronoun continues (the article's own "er"/"sie")."""
        if mention.person or mention.named:
            gender = self.people[mention.person].gender if mention.person else None
            return gender == wanted or (gender is None and wanted != "pl" and continued and mention.subject)
        if mention.features == {wanted}:
            return True
        # "Ein Wanderer kam. Er …": an indefinite subject only right before the pronoun that continues it, and
        # only as the sentence's first phrase ("…, bis ein Neubau bezugsfertig sei. Er mahnte" is the speaker)
        return mention.subject and mention.features == {"m", "n"} and wanted == "m" and continued \
            and mention.start == 0

    def _in_quotation(self, tok: Token) -> bool:
        return any(lo < tok.start < hi for lo, hi in self.quoted)

    # --- descriptors: "die beiden", "der 27-Jährige", "die Unternehmerin" -------------------------------

    def _descriptor(self, tokens: Sequence[Token], i: int, runs: list[tuple[int, int, str]]) -> None:
        """A definite noun phrase that stands for people the article named: replace it by their names."""
        tok = tokens[i]
        if i == 0 or tokens[i - 1].tag != "ART" or \
                (i + 1 < len(tokens) and (tokens[i + 1].pos in NOUNS or tokens[i + 1].tag == "ADJ(A)")):
            return  # "die beiden Länder", "der Bündner Regierungsrat": an attribute, not the whole phrase
        article = tokens[i - 1]
        age = _AGE.match(tok.text)  # tagged a noun or an adjective
        genitive = i >= 2 and tokens[i - 2].pos in NOUNS and article.lower in {"der", "des"}
        if genitive and not (age and tok.text.endswith("en")):
            return  # a genitive attribute ("die Firma der Unternehmerin") would need the genitive name; an age's
            # takes "von" and the name: "die Frau des 27-Jährigen" → "die Frau von Anna Muster"
        start = clause_start(tokens, i - 2, _CLAUSE_BREAKS)
        if i >= 3 and tokens[i - 2].finite and tokens[i - 2].lemma.lower() in {"sein", "werden", "bleiben"} \
                and start < i - 2 and tokens[start].pos in {"PPER", "NE", "NN", "ART"} \
                and not any(t.pos in PREPOSITIONS for t in tokens[start:i - 2]):
            return  # after its subject and copula a phrase is the predicate ("Ich bin die Leiterin des Chors"):
            # it says what someone is, and names no one (not "Am Freitag ist der 64-Jährige abgereist")
        recent = self._recent_people(runs, i)
        if tok.lower == "beiden" and article.lower == "die":
            # two people, and no other name the article gave just before ("Wałęsa und Kaczynski …: Jaroslaw
            # und Lech …" names more than two, some of them unrecognised as people)
            named = [m for sentence in self.mentions[-1:] for m in sentence if m.named and not m.person]
            surnames = {name.split()[-1] for name in recent}
            if any(t.text in surnames for t in tokens[i + 1:]):
                return  # "… stellten sich die beiden hinter X": X, named apart, is not one of the two
            if len(recent) == 2 and not named:
                pair = " und ".join(name.split()[-1] for name in reversed(recent))
                self.replacements[i - 1] = (i + 1, [pair], "die beiden")
            return
        if not (age or tok.pos in NOUNS) or article.lower not in {"der", "die", "den", "dem", "des"}:
            return
        if tok.lower.endswith("innen"):
            return  # "die Spielerinnen": women, plural, none of whom the noun picks out
        genders = determiner_features(article.text) - {"pl"}
        if genitive:
            genders = frozenset({"m"} if article.lower == "des" else {"f"})
        elif age and article.lower == "der":
            # the adjective's ending tells the case: "der 29-Jährige" is a man (nominative), "der
            # 29-Jährigen" a woman (dative or genitive)
            genders = frozenset({"m"} if tok.text.endswith("e") else {"f"})
        if age:
            fitting = [name for name, p in self.people.items() if p.age == age.group(1) and p.gender in genders]
            # an age the article did not state: of the one person it has just named, in this sentence or as
            # the subject of the one before, else of the one person in the three before (a person the
            # sentence before names in passing, "zu Ehren der Schutzpatronin, Sainte Dévote", is not whom the
            # article goes on about)
            for window in (1, 3) if not fitting else ():
                fitting = [name for name in self._recent_people(runs, i, window=window)
                           if self.people[name].age is None and self.people[name].gender in genders | {None}]
                if len(fitting) == 1 and window > 1 and self._unnamed_person(window, genders):
                    fitting = []  # "Anwalt X sprach. Sein Mandant … Der 29-Jährige …": someone the article leaves
                    break  # unnamed may be whom the age describes
                if len(fitting) == 1 and (window > 1 or any(lo < i and name == fitting[0] for lo, _, name in runs)
                                          or any(m.subject and m.person == fitting[0] for m in self.mentions[-1])):
                    break
        else:
            fitting = [name for name, p in self.people.items()
                       if p.gender in genders and any(_describes(d, tok.lower) for d in p.descriptors)]
            recent = self._recent_people(runs, i, window=3)
            if fitting and fitting[0] not in recent and any(self.people[name].gender in genders for name in recent):
                return  # "…, sagt der Kinderarzt" long after "der Kinderarzt X" and right after Y, another
                # doctor, spoke: the one the article talks about now may be meant
        if len(fitting) == 1:
            end = i + 1
            if end + 1 < len(tokens) and tokens[end].lower in {"aus", "von", "vom"} and tokens[end + 1].pos == "NE" \
                    and not age:
                return  # "der Senator aus Louisiana": an attribute that tells which one, which the person named
                # before need not fit (another senator)
            if end + 1 < len(tokens) and tokens[end].lower in {"des", "der"} and tokens[end].tag == "ART":
                end = max(end + 1, np_end(tokens, end + 1, len(tokens)))  # "der Leiter des Amts" is the person
            self.replacements[i - 1] = (end, [f"von {fitting[0]}" if genitive else fitting[0]], fitting[0])

    @staticmethod
    def _opens_clause(tokens: Sequence[Token], i: int) -> bool:
        """Whether the token at i opens its sentence or a clause after a comma, colon or conjunction."""
        return i == 0 or tokens[i - 1].text in {",", ":", ";"} or tokens[i - 1].pos == "KON"

    def _named_noun(self, tokens: Sequence[Token], i: int) -> None:
        """A definite noun the article put before one name ("der Kanton St. Gallen") and now uses alone ("Der
        Kanton fordert …") stands for that name: the claim gets it back. Not after an adjective ("der neue
        Kanton"), nor before a name (a capitalised word, a quotation mark) or a genitive of its own, nor when the
        noun stood before two names."""
        tok = tokens[i]
        names = self.named_nouns.get(tok.lower)
        if names is None or len(names) != 1 or tok.lower in self.name_openers or i == 0 or tok.pos != "NN" \
                or self.sentence - max(names.values()) > _NAMED_NOUN_REACH \
                or not (tokens[i - 1].lower in _DEFINITE_ARTICLES or tokens[i - 1].tag == "APPRART"):
            return
        if i + 1 < len(tokens) and (tokens[i + 1].pos in NOUNS or tokens[i + 1].lower in {"der", "des"}
                                    or tokens[i + 1].text[:1].isupper() or tokens[i + 1].text in {"(", "«", "„", '"'}):
            return  # (a name of its own goes on: "die Stiftung Preussischer Kulturbesitz", "die Stiftung «X»")
        name = next(iter(names))
        if any(seen > names[name] and place not in name for place, seen in self.places.items()):
            return  # after "landete am Flughafen X" and then "in Y", "am Flughafen" may be Y's
        self.replacements[i] = (i + 1, [(i, i + 1), name], f"{tok.text} {name}")  # (a speaker "Landratsamt" is
        # "Landratsamt München")

    def _name_nouns(self, tokens: Sequence[Token], runs: list[tuple[int, int, str]]) -> None:
        """Remember the names a common noun stands before in this sentence ("Gemeinde Unterhaching"); a
        person's name is the people's business ("Sängerin Anna Muster")."""
        people = {lo for lo, _, _ in runs}
        for k in range(len(tokens) - 1):
            if tokens[k].pos != "NN" or tokens[k + 1].pos != "NE" or k + 1 in people \
                    or not tokens[k].text[1:].islower() or tokens[k].lower in _COUNTRY_NOUNS \
                    or is_time_noun(tokens[k]) or tokens[k].lower in MONTHS or role_gender(tokens[k].text) \
                    or name_gender(tokens[k + 1].text) \
                    or self._known(tokens[k + 1].text):
                continue  # (people are named by `_descriptor`; "das Land" may be the country as well as a state; "am
                # Donnerstag Berlin und Hamburg" is a time and a subject, no name of the day)
            end = k + 1
            while end < len(tokens) and end - k <= 3 and tokens[end].pos == "NE":
                end += 1
            if end < len(tokens) and tokens[end].pos in NOUNS:
                continue  # the name goes on past what can be told ("Kanton Zürich Tourismus")
            name = self.text[tokens[k + 1].start:tokens[end - 1].end]
            self.named_nouns.setdefault(tokens[k].lower, {})[name] = self.sentence
            if k > 0 and tokens[k - 1].pos in {"APPR", "KON"}:
                self.name_openers.add(tokens[k].lower)  # "zu Mafia Capitale": with no article, the noun is the
                # name's first word, and "die Mafia" alone is not that name
        for k in range(len(tokens) - 1):
            if tokens[k].lower in {"in", "nach"} and tokens[k + 1].pos == "NE" and k + 1 not in people \
                    and not (k + 2 < len(tokens) and tokens[k + 2].pos in NOUNS):  # (not "nach Amirabadis Angaben")
                self.places[tokens[k + 1].text] = self.sentence  # where the article goes next

    def _unnamed_person(self, window: int, genders: frozenset[str]) -> bool:
        """Whether the `window` sentences before name a person of one of `genders` by a noun alone ("sein
        Mandant", "der Angeklagte", "die Frau"), whom a descriptor may describe as well as anyone named."""
        return any(m.person is None and m.head in PERSON_NOUNS and _person_genders(m) & genders
                   for sentence in self.mentions[:-window - 1:-1] for m in sentence)

    def _recent_people(self, runs: list[tuple[int, int, str]], i: int, window: int = 1) -> list[str]:
        """People named in this sentence before i and in the `window` sentences before it, latest first."""
        names = [name for lo, _, name in reversed(runs) if lo < i]
        names += [m.person for sentence in self.mentions[:-window - 1:-1] for m in reversed(sentence) if m.person]
        return list(dict.fromkeys(names))

    # --- what a sentence names --------------------------------------------------------------------------

    def _name_runs(self, tokens: Sequence[Token]) -> Iterator[tuple[int, int, str]]:
        """(start, end, full name) of each person the sentence names. A person is introduced with first
        name and surname and later named by the surname alone; a name after an article, adjective or place
        preposition names a place or an organisation."""
        run: list[int] = []
        surname_end = 0  # past the particles and the surname of "Ursula von der Leyen"
        for k, tok in enumerate([*tokens, Token(".", 0, 0, "$.")]):
            if k < surname_end:
                continue
            if run and (surname_end := particle_surname_end(tokens, k, len(tokens))) > k:
                run.extend(range(k, surname_end))  # (after one first name or two: "Anna Lea von Arx")
                continue
            capital = tok.text[:1].isupper() and (tok.text[1:].islower() or "-" in tok.text
                                                  or _PREFIXED_SURNAME.fullmatch(tok.text) is not None)
            if len(run) >= 2 and tok.pos == "NN" and k + 1 < len(tokens) and tokens[k + 1].pos == "NE" \
                    and len(tok.text) > 5 and role_gender(tok.text):
                # "Trifft Marco Rossi Ministerin Lea Huber heute?": a role noun between two names starts the
                # second person's name
                full = " ".join(tokens[r].text for r in run)
                if not self._place_or_organisation(tokens, run[0]):
                    self._introduce(tokens, run[0], run[-1] + 1, full)
                    yield run[0], run[-1] + 1, full
                run = []
                continue
            if capital and k < len(tokens) and (tok.pos == "NE" or (run and (tok.pos in NOUNS or tok.tag == "XY"))
                                                or (not run and _untagged_first_name(tokens, k))):
                # (a surname the tagger did not know, "Netanel Ben Ari", tagged XY)
                if len(run) >= 2 and not name_gender(tokens[run[-1]].text) and self._known(tok.text):
                    # "warf Alice Weidel Merkel vor": a complete name, then a person the article knows
                    full = " ".join(tokens[r].text for r in run)
                    self._introduce(tokens, run[0], run[-1] + 1, full)
                    yield run[0], run[-1] + 1, full
                    run = []
                run.append(k)
                continue
            # a common noun continues a name only after a first name ("Hans Muster", not "Merz Favorit")
            name = run[_role_compound(tokens, run):]
            named = len(name) < 2 or all(tokens[r].pos == "NE" for r in name[1:]) or name_gender(tokens[name[0]].text)
            if (len(run) >= 2 or (run and _titled(tokens, run[0]))) \
                    and not self._place_or_organisation(tokens, run[0]) and named \
                    and not any(tokens[r].text.endswith("s") and tokens[r + 1].pos != "NE"
                                and not name_gender(tokens[r].text) for r in run[:-1]):
                full = " ".join(tokens[r].text for r in name)  # not "Charlènes Rolle", a genitive (but "Doris
                # Tausch", "Andreas Koch": a first name may end in "s")
                self._introduce(tokens, run[0], run[-1] + 1, full)
                yield run[0], run[-1] + 1, full
            elif len(run) == 1 and (known := self._known(tokens[run[0]].text)):
                yield _particles_before(tokens, run[0], known), run[0] + 1, known
            elif not run and capital and (tok.pos in NOUNS or tok.tag == "ADJ(D)") and (known := self._known(tok.text)):
                # (a surname the tagger took for an adjective: "Utschig übt sich …")
                yield _particles_before(tokens, k, known), k + 1, known
            run = []

    def _claim_part(self, part: str, full: str) -> None:
        """Let a name part stand for a person, unless it already stands for another: where the article names
        two people "Muster" ("Lech Kaczyński", "Jarosław Kaczyński"), the surname alone is one of them and the
        claim keeps it as written, since putting a first name to it would guess. Two forms of one name ("Frau
        Muster", "Anna Muster") are one person, whom the part names by the better form."""
        other = self.parts.get(part)
        if other is None:
            self.parts[part] = full
        elif part in self.shared:
            return
        elif _same_person(other, full):
            self.parts[part] = min(other, full, key=_name_length)
        else:
            self._share(part, other, full)

    def _share(self, part: str, one: str, other: str) -> None:
        """Let a name part that two people share stand for itself, with a gender only where both have it."""
        genders = {self.people[one].gender, self.people[other].gender}
        self.shared.add(part)
        self.parts[part] = part
        self.people[part] = Person(part, listed=genders.pop() if len(genders) == 1 else None)

    def _known(self, word: str) -> str | None:
        """The person a surname or first name stands for ("Blinken", genitive "Blinkens")."""
        return self.parts.get(word) or (self.parts.get(word[:-1]) if word.endswith("s") else None)

    @staticmethod
    def _place_or_organisation(tokens: Sequence[Token], lo: int) -> bool:
        """A name after an article, adjective or place preposition ("die Schweiz", "in Zürich"), or after a
        noun that names no person ("den Club Atlantis Nord", "die Firma Muster Bau"): no person, unless the
        name opens with a first name ("dem Model Anna Muster")."""
        before = tokens[lo - 1] if lo > 0 else None
        if before is None:
            return False
        if before.tag in _NOT_BEFORE_PEOPLE or before.lower in _PLACE_PREPOSITIONS:
            return True
        return before.pos == "NN" and lo >= 2 and tokens[lo - 2].tag in _NOT_BEFORE_PEOPLE \
            and before.lower not in _TITLES and role_gender(before.text) is None \
            and not before.lower.endswith(_NEUTRAL_ROLE) and not name_gender(tokens[lo].text)

    def _introduce(self, tokens: Sequence[Token], lo: int, hi: int, full: str) -> None:
        """Record a person and what the words around the name say about them: a title or role noun before
        it ("Ministerin Anna Muster", "Frau Muster"), an age ("Anna Muster (27)", "die 27-jährige Anna
        Muster", "Anna Muster, 27,"), an apposition or a predicate after it ("Anna Muster, Unternehmerin
        aus Chur", "Li Wenliang war der Arzt")."""
        person = self.people.setdefault(full, Person(full))
        person.listed = name_gender(full.split()[0])
        for part in full.split():
            if part[:1].isupper():  # (not the particles of "Ursula von der Leyen")
                self._claim_part(part, full)
        if tokens[lo].text not in full.split():  # a role compound before the name ("PiS-Chef X Y"): the article
            self.parts[tokens[lo].text] = full  # may name the person by it ("des PiS-Chefs")
            person.descriptors.add(tokens[lo].lower)
        evidence: list[str | None] = []
        if lo > 0 and tokens[lo - 1].pos == "NN":
            role = tokens[lo - 1].text
            evidence.append(_TITLES.get(role.lower()) or role_gender(role))
            if role.lower() not in _TITLES:
                person.descriptors.add(role.lower())
        person.age = next((m.group(1) for t in tokens[max(0, lo - 2):lo] if (m := _AGE_ATTRIBUTE.match(t.text))),
                          person.age)
        after = tokens[hi:hi + 4]
        if len(after) >= 3 and after[0].text == "(" and after[1].pos == "CARD" and after[2].text == ")":
            person.age = after[1].text
            hi += 3  # "Marco Rossi (41), der Bruder der Ministerin"
            after = tokens[hi:hi + 4]
        if after and (after[0].text == "," or (after[0].finite and after[0].lemma.lower() == "sein"
                                                and not _governed(tokens, lo))):
            k = hi + 1  # (a name a preposition governs is no copula's subject: "Vor dem Spiel gegen Meister X
            # ist der Rasen …" says nothing of X)
            article = tokens[k] if k < len(tokens) and tokens[k].tag == "ART" else None
            k += article is not None
            while k < len(tokens) and tokens[k].tag == "ADJ(A)":
                k += 1
            ends = np_end(tokens, k, len(tokens)) if k < len(tokens) else k
            stop = next((j for j in range(k, len(tokens)) if tokens[j].text in {",", ".", ";", "–", ")"}), len(tokens))
            closed = after[0].text != "," or not has_verb(tokens, k, stop)
            if k < len(tokens) and tokens[k].pos == "NN" and tokens[k].text[:1].isupper() and closed \
                    and not (article is not None and article.lower in OBJECT_ARTICLES) \
                    and not (ends < len(tokens) and tokens[ends].finite):  # not "Chen, der Mann sei …"
                # (an apposition has no verb before its closing comma and is no object: not "des Parteilinken X,
                # den Mindestlohn am Freitag … aufzunehmen")
                person.descriptors.add(tokens[k].lower)
                said = nominative_features(article.text, False) if article else frozenset()
                evidence.append(next(iter(said)) if len(said) == 1 else role_gender(tokens[k].text))
            elif k < len(tokens) and tokens[k].pos == "CARD" and after[0].text == "," and article is None:
                person.age = tokens[k].text
        person.said.update(g for g in evidence if g)

    def _mentions(self, tokens: Sequence[Token], runs: list[tuple[int, int, str]]) -> list[Mention]:
        """The people and noun phrases of a sentence with the genders their determiners allow; each clause's
        subject with its nominative reading (the one case whose phrase may stand in for a subject pronoun)."""
        people = {lo: (hi, name) for lo, hi, name in runs}
        subjects = {next((p for p in people if s.start <= p < s.end), s.start): s  # "Minister Anna Muster"
                    for s in self._subjects(tokens)}
        out: list[Mention] = []
        k = dateline_end(tokens)  # "Wien – Die Inflationsrate …. Sie blieb …": the place is no antecedent
        while k < len(tokens):
            tok = tokens[k]
            if k in people and k >= 2 and tokens[k - 1].text == "(" and tokens[k - 2].pos == "NE" \
                    and people[k][0] < len(tokens) and tokens[people[k][0]].text == ")":
                k = people[k][0]  # "James B. Donovan (Tom Hanks)": the actor who plays the one named before the
                continue  # bracket, whom the text goes on about
            if k in people:
                hi, name = people[k]
                gender = self.people[name].gender
                subject = subjects.get(k)
                if subject is None and (k == 0 or tokens[k - 1].text in {",", ":", ";"}) and hi < len(tokens) \
                        and tokens[hi].finite and not _plural_verb(tokens[hi]):
                    # "Utschig übt sich …": a name the tagger did not take for a noun, before its verb
                    subject = Subject(k, hi, False, tokens[hi].lemma.lower() in SPEECH_VERBS)
                if tokens[hi - 1].text.endswith("s") and not name.endswith("s") and hi < len(tokens) \
                        and (tokens[hi].pos == "NN" or tokens[hi].tag == "ADJ(A)"):
                    subject = None  # "Trumps Anhänger haben …": a genitive before its noun is not the subject
                out.append(Mention(name, frozenset({gender} if gender else {"m", "f"}), k, subject is not None, name,
                                   reporter=subject is not None and subject.reporter,
                                   voiced=subject is not None and subject.voiced,
                                   owned=subject is None and k > 1 and tokens[k - 1].pos == "NN"
                                   and tokens[k - 2].tag == "PPOSAT"
                                   and tokens[k - 2].lower.startswith("sein"),
                                   in_full=" ".join(t.text for t in tokens[k:hi]).endswith(name)))
                k = hi
                continue
            if tok.lower in MONTHS:
                k += 1  # "seit Juli", "am 18. Dezember der höchste Wert": a month is no antecedent, what follows may be
                continue
            opens = (tok.tag in _DETERMINERS | {"ADJ(A)", "CARD", "PIAT"}
                     or (tok.pos in NOUNS and tok.text[:1].isupper()))
            end = min([np_end(tokens, k, len(tokens)) if opens else k, *(p for p in people if p > k)])
            head = next((t for t in tokens[k:end] if t.pos in NOUNS), None)
            if head is None and end - 1 > k and nominalised(tokens[end - 1]):
                head = tokens[end - 1]  # "die 40-Jährige", "der Verletzte": an adjective used as a noun heads it
            if head is None or head.lower in TIME_NOUNS | _UNITS:
                k = max(end, k + 1)
                continue
            named = people.get(end + 1, (0, ""))[0] if end + 1 < len(tokens) and tokens[end].text == "," else 0
            if k in subjects and named + 1 < len(tokens) and tokens[named].text == "," and tokens[named + 1].finite:
                subjects[end + 1] = subjects[k]  # "Der Direktor der Behörde, Peter Muster, warnte": the apposed
                k = end  # name is the subject; the phrase before it names the same person, no second candidate
                continue
            mention = self._noun_mention(tokens, k, subjects.get(k))
            extent = subjects[k].end if k in subjects else end
            if "pl" in mention.features and head.pos == "NN" and head.lower.endswith(FEMININE_SINGULAR_ENDINGS) \
                    and tokens[k].lower == "die" and not any(t.lower in COORDINATORS for t in tokens[k:extent]):
                # "die Freiheit" is singular: not what a plural "sie" takes up
                mention = replace(mention, features=mention.features - {"pl"})
            out.append(replace(mention,
                               proper=any(t.pos == "NE" for t in tokens[k:end]), head=head.lower,
                               owned=k in subjects and _owned_predicate(tokens, end),
                               kin=head.lower in KINSHIP_NOUNS and tokens[k].lower in {"der", "die", "das"}
                               and tokens[end - 1] is head))
            out.extend(_genitive_mentions(tokens, k, end))
            k = end
        covered = {j for subject in subjects.values() for j in range(subject.start, subject.end)}
        return out + [m for m in _relative_plurals(tokens) if m.start - 2 not in covered]  # (a subject's own
        # relative clause, "14 Menschen, die … getestet wurden", names no one else)

    def _noun_mention(self, tokens: Sequence[Token], lo: int, subject: Subject | None) -> Mention:
        """A noun phrase: only a subject's text may stand in for a pronoun, the rest only competes with it.
        A bare name as subject ("Müller") is of unknown gender."""
        tok = tokens[lo]
        determined = tok.tag in _DETERMINERS
        if tok.lower in _NEGATIVE_DETERMINERS:  # "A und B sind keine getrennten Welten; sie …": what "kein"
            # denies is nobody a pronoun takes up; it competes, so that "sie" stays as it is
            return Mention("", frozenset({"m", "f", "n", "pl"}), lo)
        if subject is None or tok.tag == "PPOSAT" or (subject.modal and tok.lower in _INDEFINITE):
            # a bare phrase ("Kollegen", "ungemeine Ruhe") may be of any gender or number; "sein Engagement"
            # hides its gender (m. or n.) behind the possessor's; "ein Vize kann gewählt werden" is anyone: they
            # compete
            features = determiner_features(tok.text) if determined else frozenset({"m", "f", "n", "pl"})
            if tok.lower == "der" and lo > 0 and tokens[lo - 1].pos in PREPOSITIONS:
                features -= {"m"}  # "auf der B125": a preposition's "der" is feminine or plural, never "er"
            nominative = self._object_nominative(tokens, lo) if subject is None else None
            fronted = lo == 0 and tok.lower in _FRONTED_OBJECTS
            if nominative is not None:
                return Mention("", nominative[1], lo, fronted=fronted, as_subject=nominative[0])
            return Mention("", features, lo, fronted=fronted)
        if subject.plural and (all(t.pos == "NE" for t in tokens[lo:subject.end]) or (
                subject.end < len(tokens) and tokens[subject.end].lower in COORDINATORS)
                               or _list_goes_on(tokens, subject.end)):
            # "Xi und sein Amtskollege Obama hatten …": a name with a plural verb is one of a coordination
            # that its phrase does not hold; "sie" is the pair, not the name (so is a phrase the list goes on
            # after: "werden Betrug und Geldwäsche vorgeworfen", or past a comma: "A, B und C sind …")
            return Mention("", frozenset({"pl"}), lo)
        if determined:
            features = nominative_features(tok.text, subject.plural)
        elif subject.plural and any(t.lower in COORDINATORS for t in tokens[lo:subject.end]) and all(
                t.pos in {"NN", "KON"} for t in tokens[lo:subject.end]) and not any(
                t.pos == "NN" and inflected_noun(t.text) for t in tokens[lo:subject.end]):
            # bare singular nouns joined ("Leichtigkeit und Spaß sind wichtig"): things, which a later "sie"
            # that acts hardly means; they compete, and are not taken
            return Mention("", frozenset({"pl"}), lo)
        else:
            features = frozenset({"pl"}) if subject.plural else frozenset()
        named = not determined and not subject.plural and all(t.pos == "NE" for t in tokens[lo:subject.end])
        # (a name the person lexicon does not know, of one word or more: "Evan McMullin" competes as someone)
        gender = "m" if features == {"m", "n"} else next(iter(features), None)
        return Mention(self.phrase(tokens, lo, subject.end, gender),
                       features | ({"m", "f"} if named else frozenset()), lo, True, named=named,
                       reporter=subject.reporter, voiced=subject.voiced)

    def _object_nominative(self, tokens: Sequence[Token], lo: int) -> tuple[str, frozenset[str]] | None:
        """An object of article and noun alone ("die Zeugin", "den Absatz", "das Spiel") in the nominative,
        with the one gender or number its form leaves; None where the form does not tell (an adjective's
        ending, "dem" of two genders, a weak noun: "den Patienten"; a preposition's object, "für die Zeugin",
        more often a circumstance than what is taken up)."""
        if lo + 2 > len(tokens) or tokens[lo].lower not in {"den", "die", "das"} or tokens[lo + 1].pos != "NN" \
                or (lo + 2 < len(tokens) and (tokens[lo + 2].pos in NOUNS or tokens[lo + 2].text == "(")) \
                or (lo > 0 and tokens[lo - 1].pos in PREPOSITIONS):
            return None
        noun = tokens[lo + 1]
        plural = inflected_noun(noun.text)
        if tokens[lo].lower == "den":
            return None if plural else (self.phrase(tokens, lo, lo + 2).replace(tokens[lo].text, "der", 1),
                                        frozenset({"m"}))
        if tokens[lo].lower == "das":
            return self.phrase(tokens, lo, lo + 2), frozenset({"n"})
        return self.phrase(tokens, lo, lo + 2), frozenset({"pl" if plural else "f"})

    @staticmethod
    def _subjects(tokens: Sequence[Token]) -> Iterator[Subject]:
        """The subject of each comma-separated clause that has a finite verb, as far as its noun phrase (and
        the phrases coordinated with it) goes. A clause that opens with its finite verb goes on from before
        a comma ("Der Tunnel, der …, ist eine Baustelle"): what follows its verb is no subject."""
        cuts = [0, *(k + 1 for k, t in enumerate(tokens) if t.text in {",", ";", ":", "–"}), len(tokens) + 1]
        clauses = [(dateline_end(tokens), len(tokens) + 1)]  # the main clause's subject may span an apposition
        # ("X, der Sohn, kam"); a dateline ("Wien – …") is no part of it
        for before, lo, hi in zip([0, *cuts], cuts, cuts[1:]):
            set_off = lo < len(tokens) and _frame_verb(tokens[lo])
            if lo == 0 or set_off or any(t.finite for t in tokens[before:lo]):  # else the comma is inside a phrase
                clauses.append((lo, hi))  # "Jacques, Gabriella und Albert"; but "X, meint ein Experte, sei …" sets
                # off a frame
        # after a fronted subordinate clause the main clause opens with its verb, and its subject follows ("Weil
        # die Schulen zu sind, bleiben die Kinder zu Hause"); where that subject cannot be found, the fronted
        # clause's subject is no safe antecedent either ("Seitdem die Schulen …, sind auf dem Campus nur eine
        # Handvoll Kinder …. Sie …")
        main = next((k + 1 for k, t in enumerate(tokens) if t.text == ","), -1) \
            if tokens and tokens[0].pos in {"KOUS", "PWAV"} else -1
        unknown_main = False
        if 0 < main < len(tokens) and tokens[main].finite:
            main_end = next((k for k in range(main, len(tokens)) if tokens[k].text in {",", ";", ":", "–"}),
                            len(tokens))
            unknown_main = subject_of(tokens, main, main_end) is None
        for lo, hi in clauses:
            if unknown_main and lo == 0:
                continue
            hi = min(hi - 1, len(tokens))
            if 0 < lo < hi and tokens[lo - 1].text == "," and tokens[lo].lower in ADVERBIAL_SUBORDINATORS:
                continue  # "…, weil Papiere fehlten. Sie kamen …": the subject of a clause of cause, time or
                # condition after the main clause is not whom the next sentence goes on about (one that opens
                # the sentence or follows a colon sets its topic, "Weil Merz kein Amt hat, …"; so may what was
                # said, "dass X …")
            if 0 < lo < hi and tokens[lo - 1].text == "," and tokens[lo].lower in {"der", "die", "das"} \
                    and not article_after_comma(tokens, lo, hi):
                continue  # "…, die Medizin und Medien herausgefordert haben": a relative pronoun is the clause's
                # subject; the phrase after it is its object, whatever the tagger said
            while lo < hi and (starts_subordinate(tokens[lo]) or tokens[lo].pos == "KON"):
                lo += 1
            # a clause led by its finite verb goes on from before a comma, unless it is a speech frame ("…,
            # sagt der Sprecher"), whose subject is the reporter, or the main clause after a fronted one
            frame = lo < hi and _frame_verb(tokens[lo]) and lo > 0  # ("…, meint ein Experte, …": who thinks it)
            found = subject_of(tokens, lo, hi) if lo < hi and (not tokens[lo].finite or frame or lo == main) \
                else None
            if found is None or tokens[found[0]].pos in {"PPER", "PIS", "PDS"} \
                    or (found[0] > 0 and tokens[found[0] - 1].lower in {"als", "wie"}):
                continue  # ("die als totale Loser … befreien": a phrase after "als" says what someone is)
            start, end = found[0], np_end(tokens, found[0], found[1])
            while end + 1 < found[1] and tokens[end].lower == "und":
                end = np_end(tokens, end + 1, found[1])
            if end < found[1] < len(tokens) and found[1] - start <= 6 and tokens[found[1]].finite \
                    and tokens[end].pos in PREPOSITIONS \
                    and all(is_np_word(t) or t.pos in PREPOSITIONS for t in tokens[end:found[1]]):  # (not "dass
                # die Helme in dem Alter schädlich sind": a predicate before a verb-final clause's verb; nor a
                # comma)
                end = found[1]  # a short prefield whole: "Herkömmliche Bildschirme für Blinde nutzen …"
            verb = next((t for t in tokens[lo:hi] if t.finite), None)
            if end <= start or end - start > 10 or verb is None:
                continue
            plural = _plural_verb(verb)
            listed = any(t.lower == "und" and not tokens[j - 1].text.endswith("-")  # (not "Berg- und Talfahrt")
                         for j, t in enumerate(tokens[start:end], start) if j > start)
            if plural and not listed and tokens[start].lower in _SINGULAR_DETERMINERS:
                continue  # "Eine Berg- und Talfahrt legten die Aktien hin": a singular phrase before a plural verb
                # is its object; a singular verb ("Die Zahl der Mitarbeiter und Mitarbeiterinnen ist gesunken")
                # makes the subject singular whatever "und" its attributes hold
            lemma = verb.lemma.lower()
            yield Subject(start, end, plural, reporter=lemma in SPEECH_VERBS - COGNITION_VERBS,  # not "fanden"
                          voiced=lemma in SPEECH_VERBS | COGNITION_VERBS,
                          modal=any(t.pos == "VM" for t in tokens[lo:hi]))

    def _counted(self, tokens: Sequence[Token]) -> None:
        """A sentence opening with a bare number and a plural verb ("12 wurden verletzt") counts what the
        article counted last ("200 Pendler"); a year ("2016 startet …") counts nothing."""
        if len(tokens) > 1 and tokens[0].pos == "CARD" and not is_year(tokens[0]) and self.counted \
                and tokens[1].finite and _plural_verb(tokens[1]):
            self.replacements[0] = (1, [(0, 1), self.counted], "")
        for number, noun in zip(tokens, tokens[1:]):
            if number.pos == "CARD" and noun.pos in {"NN", "NE"} and noun.text[:1].isupper() \
                    and noun.lemma.lower() not in TIME_NOUNS | _UNITS:
                self.counted = noun.text


# the genders and numbers a genitive determiner leaves ("der Partei": feminine or plural)
_GENITIVE_FEATURES = {"des": frozenset({"m", "n"}), "eines": frozenset({"m", "n"}), "der": frozenset({"f", "pl"}),
                      "einer": frozenset({"f", "pl"})}


# verbs that say how much something is, and verbs of a level or its change that do so with a share or figure
_AMOUNT_VERBS = frozenset({"betragen", "kosten", "belaufen", "ausmachen"})
_LEVEL_VERBS = frozenset({"liegen", "steigen", "sinken", "fallen", "wachsen", "zunehmen", "abnehmen", "schrumpfen",
                          "klettern", "zulegen"})
# endings of plural nouns of people ("Manager", "Vorstandsmitglieder", "Ärztinnen", "Patienten", "Direktoren")
_PEOPLE_ENDINGS = ("er", "mitglieder", "leute", "innen", "enten", "anten", "oren", "isten", "logen", "ärzte")


def _amount_clause(tokens: Sequence[Token], start: int, verb: Token) -> bool:
    """Whether the clause from `start` says an amount of its subject: a verb of amount, or of a level with a
    share ("liegen 48 Prozent unter …", "stiegen um 3 %")."""
    lemma = verb.lemma.lower()
    end = next((j for j in range(start + 1, len(tokens)) if tokens[j].text in {",", ";", ":"}), len(tokens))
    return lemma in _AMOUNT_VERBS or (lemma in _LEVEL_VERBS
                                      and any(t.lower in {"prozent", "%", "prozentpunkte"} for t in tokens[start:end]))


def _person_like(mention: Mention) -> bool:
    """Whether the mention may be people: a named person, or a noun of people by its head."""
    return bool(mention.person or mention.named or mention.head in PERSON_NOUNS or role_gender(mention.head)
                or mention.head.endswith(_PEOPLE_ENDINGS))


# genitive pronouns after a noun that name people ("die Rücklagen vieler", "das Wohl aller")
_PEOPLE_GENITIVES = frozenset({"vieler", "aller", "einiger", "mancher", "mehrerer", "beider"})


def _genitive_mentions(tokens: Sequence[Token], lo: int, hi: int) -> list[Mention]:
    """The genitive attributes inside a noun phrase ("die Schliessung einiger Branchen") and a genitive pronoun
    right after it ("die Rücklagen vieler", of many people): things a later pronoun may mean as well, which
    compete with the phrase's head; their case forbids reusing their text."""
    inside = [Mention("", _GENITIVE_FEATURES.get(tokens[j].lower, frozenset({"pl"})), j, head=tokens[j + 1].lower)
              for j in range(lo + 1, hi - 1) if tokens[j - 1].pos in NOUNS and tokens[j].lower in GENITIVE_DETERMINERS
              and tokens[j].tag in {"ART", "PIAT"}]
    after = hi < len(tokens) and tokens[hi].tag == "PIS" and tokens[hi].lower in _PEOPLE_GENITIVES \
        and tokens[hi - 1].pos in NOUNS
    return inside + ([Mention("", frozenset({"pl"}), hi, head=tokens[hi].lower)] if after else [])


def _relative_plurals(tokens: Sequence[Token]) -> list[Mention]:
    """The subjects of relative clauses with a plural verb ("…, die Vertreter wählten"): the relative pronoun
    stands for the noun before its comma, a group that a later "sie" may mean as well as the sentence's
    subject. They compete, and are not taken (the phrase after the pronoun is its object)."""
    out = []
    for lo in range(1, len(tokens) - 2):
        if tokens[lo - 1].text != "," or tokens[lo].lower != "die" or article_after_comma(tokens, lo, len(tokens)) \
                or tokens[lo + 1].tag in {"ART", "PDAT", "PPOSAT", "PPER"}:
            continue  # (", die das Ministerium veröffentlichte": a phrase with its own article is the subject)
        verb = next((t for t in tokens[lo + 1:] if t.finite or t.text in {",", ";", ":"}), None)
        if verb is not None and verb.finite and _plural_verb(verb):
            out.append(Mention("", frozenset({"pl"}), lo, subject=True))
    return out


def _owned_predicate(tokens: Sequence[Token], end: int) -> bool:
    """Whether the subject ending at `end` is followed by a form of "sein" whose predicate opens with a
    possessive "sein-" ("Der Hunger ist seine Schwäche"): the possessor is not the subject but someone else."""
    return end + 1 < len(tokens) and tokens[end].finite and tokens[end].lemma.lower() == "sein" \
        and tokens[end + 1].tag == "PPOSAT" and tokens[end + 1].lower.startswith("sein")


def _names_next(mention: Mention, after: Sequence[Mention]) -> bool:
    """Whether a noun phrase is the title of the person named right after it ("die Polizeihündin Puna",
    "Ministerin Anna Muster"): one thing, not two."""
    return not mention.person and bool(after) and after[0].person is not None and after[0].start - mention.start <= 3 \
        and after[0].features <= mention.features


def _person_genders(mention: Mention) -> frozenset[str]:
    """The sex a person noun gives its person: its own ("die Frau", "der Täter", "die Täterin"), or, for a noun of
    either ("das Opfer", "die Angeklagte"), what its article tells."""
    if mention.head in EPICENE_PERSON_NOUNS:
        return mention.features & {"m", "f"}
    feminine = mention.head in FEMININE_PERSON_NOUNS or mention.head.endswith("in")
    return frozenset({"f"} if feminine else {"m"})


def _describes(descriptor: str, noun: str) -> bool:
    """Whether a later "der/die NOUN" repeats a descriptor: the same noun, or its head ("Aussenminister"
    for "US-Aussenminister", "Minister" for "Gesundheitsminister"); a rank prefix makes another office
    ("Vizepräsident" is not "der Präsident")."""
    prefix = descriptor[:-len(noun)] if descriptor.endswith(noun) else None
    return prefix == "" or (prefix is not None and len(noun) > 4 and not prefix.startswith(_RANK_PREFIXES))


def _titled(tokens: Sequence[Token], lo: int) -> bool:
    """Whether a single name at lo follows a title or a person noun: "Frau Muster", "Fürstin Charlène",
    "Trainer Wicky" (not "das Kloster Einsiedeln")."""
    if lo < 1 or tokens[lo - 1].pos != "NN" or (lo >= 2 and tokens[lo - 2].lower in {"das", "dem", "des"}):
        return False
    role = tokens[lo - 1].text
    return role.lower() in _TITLES or role.lower().endswith(_PERSON_NOUN)


def _names_already(draft: Draft, tokens: Sequence[Token], lo: int, hi: int, target: str) -> bool:
    """Whether the claim, outside the words to be replaced, already names the target: then the pronoun's
    antecedent is inside the claim (or the pronoun is not about the target at all)."""
    words = {tokens[k].text.lower() for k in draft.indices() if not lo <= k < hi}
    words |= {w.lower() for p in draft.pieces if isinstance(p, str) for w in p.split()}
    names = [w.lower() for w in re.findall(r"[\w-]+", target) if w[:1].isupper() and len(w) > 2]
    return any(n in words or n + "s" in words for n in names)


def _role_compound(tokens: Sequence[Token], run: Sequence[int]) -> int:
    """1 where a name's run opens with a compound the tagger took for a name, before a first name and a surname
    ("YB-Goalie David von Ballmoos", "Wildbräu-Chef Gregor Muster"): a role, which belongs to the mention but
    not to the name; else 0."""
    return int(len(run) >= 3 and "-" in tokens[run[0]].text and not name_gender(tokens[run[0]].text)
               and tokens[run[1]].pos == "NE" and name_gender(tokens[run[1]].text) is not None)


def _particles_before(tokens: Sequence[Token], k: int, full: str) -> int:
    """Where a surname at k starts with the particles its full name has before it ("Von Ballmoos musste passen"
    after "David von Ballmoos"): the particles belong to the name, not to a prepositional phrase, so the name
    can be the clause's subject."""
    words = full.split()
    if tokens[k].text not in words:
        return k  # (a genitive, "Ballmoos'", or a first name)
    particles = [w.lower() for w in words[1:words.index(tokens[k].text)] if not w[:1].isupper()]
    lo = k - len(particles)
    if particles and lo >= 0 and [t.lower for t in tokens[lo:k]] == particles:
        return lo
    return k


def _governed(tokens: Sequence[Token], lo: int) -> bool:
    """Whether the name at lo, past its title and article ("gegen Europameister X", "mit der Ministerin X"), stands
    in a preposition's phrase."""
    j = lo - 1
    while j >= 0 and (tokens[j].pos in {"NN", "ADJ"} or tokens[j].tag in {"ART", "CARD"}):
        j -= 1
    return j >= 0 and tokens[j].pos in PREPOSITIONS


def _quotations(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of direct quotations: «…», „…“, ‹…› and "…" paired within a paragraph (a quotation may run
    over several sentences, so this is worked out on the article, not per sentence)."""
    for para in re.finditer(r"[^\n]+", text):
        chunk, base = para.group(), para.start()
        open_at: int | None = None
        closer = ""
        for k, ch in enumerate(chunk):
            if open_at is None and (ch in _QUOTE_PAIRS or ch == '"'):
                open_at, closer = k, _QUOTE_PAIRS.get(ch, '"')
            elif open_at is not None and ch == closer:
                yield base + open_at, base + k
                open_at = None


def _paired(tokens: Sequence[Token], found: Mention, before: Sequence[Mention]) -> bool:
    """Whether the person `found`, named in this sentence (`before`), is one of two people joined as subjects
    ("Anna und Urs sagten", "sowohl A als auch B"): a coordinating word between them."""
    return found.person is not None and found.subject and any(m is found for m in before) and any(
        m.person and m is not found and abs(m.start - found.start) <= 6
        and any(t.pos == "KON" or (t.lower == "als" and j + 1 < len(tokens) and tokens[j + 1].lower == "auch")
                for j, t in enumerate(tokens[:max(m.start, found.start)]) if j >= min(m.start, found.start))
        for m in before)
