"""Reported speech: who said it, with which cue, and which part of the sentence is what was said.

German marks reported speech with a small set of frames, matched here on tagged tokens:
  content, sagte X / content, so X / content, hiess es (aus X)   (frame after the content)
  X sagte, (dass) content / X verkündet ...: content             (frame before the content)
  wie X mitteilte,  / laut X / X zufolge                          (frame inside the content)
and with the subjunctive (Konjunktiv I), which continues the previous speaker's report.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from builder.language.first_names import name_gender
from builder.language.lexicon import (
    ADDRESS_VERBS,
    ADVERBIAL_SUBORDINATORS,
    ASSESSMENT_VERBS,
    ATTRIBUTING_PREPOSITIONS,
    CHAINING_ADVERBS,
    COGNITION_VERBS,
    COMPLEMENT_NOUNS,
    CONTINUATION_ADVERBS,
    COORDINATORS,
    DENIAL_VERBS,
    DIRECTIVE_VERBS,
    DOCUMENT_NOUNS,
    EARLIER_OCCASION,
    EVIDENCE_VERBS,
    FIRST_PERSON,
    FUNCTION_WORDS,
    GIVEN_TO_SAY,
    IDIOM_OBJECTS,
    JUDGING_VERBS,
    LET_KNOW_INFINITIVES,
    MODAL_SUBJUNCTIVE_II,
    NEGATIONS,
    NOT_ONLY,
    PROPOSAL_VERBS,
    REACTION_NOUNS,
    RESEARCHER_ENDINGS,
    RESUMING_DEMONSTRATIVES,
    SOURCE_NOUNS,
    SPEAKING_TIME_ADVERBS,
    SPEECH_PARTICLE_VERBS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_VERBS,
    SUBJUNCTIVE_II,
    TRAILING_FRAME_VERBS,
    UNNAMED_SOURCES,
    VIEW_MANNERS,
    VIEW_VERBS,
)
from builder.language.tagger import inflected_noun, past_tense, subjunctive_ii
from builder.split.inflection import verb_number
from builder.split.phrases import (
    DASHES,
    DETERMINERS,
    NOUNS,
    OBJECT_ARTICLES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    TIME_NOUNS,
    article_after_comma,
    clause_start,
    closes_quotation,
    group_voice,
    has_zu_infinitive,
    heads_phrase,
    in_subordinate,
    is_first_person,
    is_noun,
    is_np_word,
    is_time_noun,
    is_year,
    name_extent,
    named_person_subject,
    np_end,
    np_start,
    oblique_determiner,
    opens_subordinate_clause,
    own_source,
    plural_before_singular,
    quote_depth,
    quoted_name_end,
    starts_subordinate,
    subject_of,
    subordinator_at,
    subordinator_opens,
    web_edition,
)
from builder.split.sentences import NUMBER_WORDS, Token, ends_with_full_stop, web_address
from builder.split.tense import VERB_POS, Tense, clause_tenses

_SUBJUNCTIVE_FORMS = frozenset("sei seien habe werde könne müsse solle wolle dürfe möge gebe gelte stehe gehe "
                               "komme liege bleibe wisse".split())
_VERB_REPORTS = frozenset({"bestätigen", "melden", "berichten", "mitteilen", "verkünden", "ankündigen"})


# why a frame stays in its claim, the sentence kept as written (Report.kept)
KEPT_FRAMES = ("completed", "conditioned", "criticised", "denied", "directive", "intended")
# nouns of a plan, hope or reckoning: "so der Plan", "so das Kalkül" marks the words as what is intended or
# expected, by whom the sentence may not say; the noun is no speaker
_AIM_NOUNS = frozenset("""plan pläne planung kalkül kalkulation rechnung hoffnung hoffnungen wunsch ziel idee
absicht vorstellung erwartung erwartungen annahme überlegung überlegungen logik theorie strategie devise motto
credo vorhaben version lesart legende gerücht befürchtung sorge""".split())


@dataclass(frozen=True)
class Report:
    """The attribution of one sentence: content token ranges and the speaker (None: the previous one)."""

    content: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None
    cue: str | None
    quote: str  # "direct" | "indirect"
    inherit: bool = False  # speaker not named here: the discourse's last speaker said it
    document: tuple[int, int] | None = None  # "hiess es in einer Mitteilung": the source when no speaker is known
    reach: int = 2  # how many sentences back an inherited speaker may have spoken
    omit: tuple[int, int] | None = None  # the frame inside the content ("laut X", ", wie X sagte,"): left out
    deed: bool = False  # "X bestätigte/verkündete Y": the sentence says what X did, no words of X's that a
    # Konjunktiv II after it could go on with
    kept: str | None = None  # why the frame must stay in the claim (one of KEPT_FRAMES): "completed" (quoted
    # words after it, behind a dash, complete what it reports: "…, schrieb X – «sich selbst»"), "conditioned" (it adds
    # a condition the words hold under: "…, verspricht X, falls …"), "denied" (it denies or negates what it
    # reports: "X bestreitet, dass …", "sagt nicht, …"), "criticised" (it finds fault with what an indicative
    # "dass" clause says: "X kritisiert, dass …"), "directive" (the words are an instruction without a
    # finite verb: "«Hände waschen», empfiehlt X"), "intended" (the frame names a plan or a hope, no speaker:
    # "…, so der Plan"). (A fear or a guess, "X befürchtet, dass …", is the speaker's hedge, which the
    # attribution carries, as the guidelines have it.)

    def shifted(self, offset: int) -> Report:
        """The same report for token indices `offset` further on (a clause found inside a sentence)."""
        def move(r: tuple[int, int] | None) -> tuple[int, int] | None:
            return (r[0] + offset, r[1] + offset) if r else None

        return dataclasses.replace(self, content=tuple((a + offset, b + offset) for a, b in self.content),
                                   speaker=move(self.speaker), document=move(self.document), omit=move(self.omit))


def _particle_after(tokens: Sequence[Token], depth: list[int], lo: int, end: int) -> bool:
    """Whether the clause goes on past `lo` (a comma after a set-off stretch) to a verb particle before any other
    verb, colon or semicolon: the particle belongs to the verb before the stretch."""
    for j in range(lo + 1, end):
        if depth[j]:
            continue
        if tokens[j].text in {":", ";"} or tokens[j].pos in {"VV", "VA", "VM"} or starts_subordinate(tokens[j]):
            return False
        if tokens[j].pos == "PTKVZ":
            return tokens[j].lower not in {"weiter", "dazu"}
    return False


def _speech(tok: Token, clause: Sequence[Token] = (), verb_last: bool = False) -> bool:
    """A verb of saying; a particle verb ("teilte ... mit") only with its particle in `clause`. In a clause
    whose verb stands last (`verb_last`: "wie X bekannt gab") the particle stands apart before the verb, and
    the tagger calls it an adjective."""
    lemma = tok.lemma.lower()
    if lemma == "geben" and any(a.lower == "zu" and b.lower in GIVEN_TO_SAY for a, b in zip(clause, clause[1:])):
        return True  # "gab zu bedenken", "gibt zu verstehen"
    if lemma == "ziehen" and any(t.lower in _DRAWN_NOUNS for t in clause):
        return True  # "…, zieht X einen Vergleich", "…, zog sie Bilanz": what is drawn is said
    if lemma == "lassen" and any(t.lower in LET_KNOW_INFINITIVES and t.tag == "VV(INF)" for t in clause):
        return True  # "…, ließ X umgehend wissen", "liess die Partei verlauten": what is let known is said
    particles = SPEECH_PARTICLE_VERBS.get(lemma, "").split()
    if lemma == "halten" and any(
            (t.lower == "an" and u.tag in {"ART", "PPOSAT", "PDAT"}) or (t.lower == "am" and not is_time_noun(u))
            for t, u in zip(clause, clause[1:])):
        return False  # "hält an seiner Meinung fest" clings to it; "hielt (am Montag) fest, dass …" states
    if particles:  # "gab ... an", "gab ... bekannt"
        return any(t.lower in particles and (t.pos == "PTKVZ" or (verb_last and t.tag == "ADJ(D)")) for t in clause)
    if any(t.pos == "PTKVZ" and t.lower not in {"weiter", "dazu"} for t in clause):
        return False  # "sagte Konzerte ab" is "absagen", to cancel ("sagte er weiter", "sagte sie dazu" speak)
    if any(t.lower in IDIOM_OBJECTS.get(lemma, ()) for t in clause):
        return False  # "schrieb Geschichte", "schreibt rote Zahlen": an idiom, no words reported
    return lemma in SPEECH_VERBS or tok.lower in {"so", "hiess", "hieß"}


# heads of bodies that speak for their members ("Börsenverein: Läden brauchen Hilfe")
_BODIES = ("verein", "kammer", "gewerkschaft", "regierung", "konzern", "polizei", "partei", "zeitung", "medien")
# heads of institutions whose name goes on with "für" ("Bundesamt für Gesundheit", "Institut für Virologie")
_INSTITUTIONS = ("amt", "institut", "zentrum", "ministerium", "departement", "kommission", "behörde", "stelle",
                 "verband", "stiftung", "akademie", "büro", "rat", "gericht", "agentur", "dienst", "zentrale")


def _institution_end(tokens: Sequence[Token], end: int, stop: int) -> int:
    """The end of a speaker's phrase with the rest of an institution's name ("das Bundesamt für Statistik",
    "der Zentrale für Tourismus"), which is no adverbial of the verb."""
    if end + 1 < stop and tokens[end].lower == "für" and tokens[end - 1].lower.endswith(_INSTITUTION_FORMS):
        return np_end(tokens, end + 1, stop)
    return end


# the heads of institutions in the genitive too ("des Bundesamts für Statistik", "des Institutes für …")
_INSTITUTION_FORMS = tuple(form for head in _INSTITUTIONS for form in (head, head + "s", head + "es"))


# "so" before these gives an example or a like case, not a speaker: "viele Länder, so etwa Italien"
_EXAMPLE_MARKS = frozenset({"auch", "etwa", "zum", "beispielsweise", "unter", "vor", "insbesondere", "namentlich"})


def _speaker_after(tokens: Sequence[Token], k: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase that names the speaker, starting at or after k (adverbs such as "weiter" and a
    reflexive, "freute sich X", skipped)."""
    while k < stop and tokens[k].pos in {"ADV", "PTKNEG", "ADJ(D)", "PROAV", "PRF"}:
        k += 1
    if k + 2 < stop and tokens[k].lower == "unter" and tokens[k + 1].lower in {"anderem", "anderen"} \
            and tokens[k - 1].lemma.lower() not in DIRECTIVE_VERBS:
        k += 2  # "berichtete unter anderem die Zeitung": one speaker among others ("…, forderten unter anderem die
        # Erhöhung": a demand's object)
    if k >= stop:
        return None
    if tokens[k].lower in {"dessen", "deren"} and k + 1 < stop and tokens[k + 1].pos in {"NN", "NE", "ADJ(A)"}:
        k += 1  # "meint deren Sozialsprecher Herbert Kickl": the speaker is the noun phrase the word opens
    elif tokens[k].pos == "PDS" and not (k + 1 < stop and is_np_word(tokens[k + 1])):
        return k, k + 1  # "antwortete dieser (trocken)": resolved against the discourse by the caller
    if tokens[k].pos in {"PPER", "PIS"} and tokens[k].lower not in {"es", "man"}:
        return k, k + 1  # "sagte er": resolved against the discourse by the caller
    if tokens[k].lower in {"es", "man"}:  # "hiess es aus X", "vermutet man in der Behörde"
        # the source is whoever the frame names with "aus", "von", "bei" ("hiess es in einer Mitteilung von X"); after
        # "es", "in" names a document, not a speaker ("hiess es in einer Mitteilung", see `_document`)
        places = _SOURCE_PREPOSITIONS | ({"in"} if tokens[k].lower == "man" else set())
        stop = next((j for j in range(k + 1, stop) if tokens[j].text == ","), stop)  # (not a name in a relative
        # clause on the source: "hiess es vonseiten der Abgeordneten, die bei X dagegen waren")
        source = next((j for j in range(k + 1, stop) if tokens[j].lower in places), None)
        return _source_phrase(tokens, source, stop) if source is not None else None
    end = quoted_name_end(tokens, k, stop) or name_extent(tokens, np_end(tokens, k, stop), stop)  # ("revidiert
    # «Blick»:", a paper's name in quotation marks)
    if end + 3 < stop and tokens[end].text == "," and tokens[end + 1].lower == "genannt":
        comma = next((j for j in range(end + 2, min(stop, end + 6)) if tokens[j].text == ","), None)
        if comma is not None and comma + 1 < stop and tokens[comma + 1].pos in {"NE", "NN"}:
            end = name_extent(tokens, comma + 2, stop)  # "sagt Johannes, genannt Hans, Muster": one name
    # a time after the speaker is no part of it: "teilte die Polizei Mitte Januar mit"
    end = next((j for j in range(k + 1, end) if is_time_noun(tokens[j]) and tokens[j - 1].pos not in PREPOSITIONS
                and not _sunday_paper(tokens, j)
                and not (tokens[j - 1].pos == "CARD" and j + 1 < end and tokens[j + 1].tag == "ADJ(A)")),
               end)  # (a time inside an attribute is the speaker's: "die seit Jahren amtierende Präsidentin", "der
    # 27 Jahre junge Bezirksrat")
    if end + 1 < stop and _sunday_paper(tokens, end + 1):
        end += 2  # "die Welt am Sonntag", "die NZZ am Sonntag": the paper's name, no time of the saying
    end = _two_phrases(tokens, k, end)
    end = next((j for j in range(k + 1, end) if tokens[j].tag == "NNA" and tokens[j - 1].pos in {"NE", "NN"}
                and tokens[j].text.endswith("en") and "-" not in tokens[j].text), end)
    # ("empfiehlt Muster Reisenden, …": an adjective used as a noun after a name or noun is whom the words address)
    end = next((j for j in range(k + 1, end - 1) if tokens[j].lower in {"der", "dem"} and tokens[j].tag == "ART"
                and (tokens[j + 1].text in _PRESS_TITLES or (tokens[j + 1].lower in _MEDIA_NOUNS
                                                              and not tokens[j - 1].lower.endswith(("er", "in"))))),
               end)  # "sagte der CSU-Chef der Welt am Sonntag", "sagte die Polizei der Zeitung X": the newspaper
    # told is no part of the speaker (a spokesman's is: "ein Sprecher der Zeitung")
    if end <= k:
        return None
    if end + 1 < stop and tokens[end].lower == "aus" and tokens[end + 1].pos == "NE" and tokens[end - 1].pos == "NN":
        end = name_extent(tokens, end + 2, stop)  # "stellte der Senator aus Louisiana fest": where the speaker is
        # from tells which one
    end = _institution_end(tokens, end, stop)
    # coordinated speakers: "das US-Aussenministerium und das Gesundheitsministerium"
    while end + 1 < stop and tokens[end].lower == "und" and is_np_word(tokens[end + 1]):
        end = name_extent(tokens, np_end(tokens, end + 1, stop), stop)  # ("A und Ursula von Arx": a name's particle)
        end = next((j for j in range(k + 1, end) if is_time_noun(tokens[j]) and tokens[j - 1].pos not in PREPOSITIONS
                    and tokens[j - 1].tag != "ART"), end)  # (not into a time after the last: "Y und Z Montagabend")
    # a name in apposition closing the frame: "sagt der Vorsitzende der Fraktion, Peter Weiss (CDU)"
    if end + 1 < stop and tokens[end].text == "," and tokens[end + 1].pos == "NE":
        name_end = name_extent(tokens, np_end(tokens, end + 1, stop), stop)
        if name_end >= stop or tokens[name_end].text == "(":
            end = stop if name_end < stop else name_end
    return k, end


# prepositions before the source of an impersonal frame ("hiess es aus der Partei", "Vom Kanton hiess es")
_SOURCE_PREPOSITIONS = frozenset({"aus", "von", "vom", "bei", "beim", "seitens", "vonseiten"})


def _source_phrase(tokens: Sequence[Token], source: int, stop: int) -> tuple[int, int] | None:
    """The source a preposition before `stop` names, as the article names it ("aus dem X" → "X"; "bei der
    Polizei und dem Zoll": both)."""
    lo = source + 1
    article = lo < stop and tokens[lo].lower in {"dem", "der", "den"} and tokens[lo].tag == "ART"  # (not
    # "bei DER Touristik": a name's first word)
    end = np_end(tokens, lo + article, stop)
    listed = end + 1 < stop and tokens[end].lower == "und" and is_np_word(tokens[end + 1])
    while end + 1 < stop and tokens[end].lower == "und" and is_np_word(tokens[end + 1]):
        end = np_end(tokens, end + 1, stop)
    lo += article and not listed
    return (lo, end) if end > lo else None


def _fronted_source(tokens: Sequence[Token], verb: int) -> tuple[int, int] | None:
    """The source an impersonal frame's first phrase names ("Aus der Partei hiess es", "Von der Polizei hiess
    es"): not a time ("Von Anfang an", "Vom ersten Tag an"), a reason ("Aus diesem Grund") or an occasion
    ("Bei der Sitzung", so no "bei" at all); and all of it, or the frame stays in the claim ("Aus A sowie aus B")."""
    if tokens[0].lower in {"bei", "beim"} or tokens[verb - 1].lower == "an":
        return None
    span = _source_phrase(tokens, 0, verb)
    if span is None or span[1] != verb or any(t.tag == "PDAT" or is_time_noun(t) or t.lower in _REASON_NOUNS
                           for t in tokens[span[0]:span[1]]):
        return None
    return span


_REASON_NOUNS = frozenset("grund gründen sicht anlass angst sorge furcht sicherheitsgründen".split())


def _sunday_paper(tokens: Sequence[Token], j: int) -> bool:
    """Whether "Sonntag" at j closes a Sunday paper's name ("Welt am Sonntag", "NZZ am Sonntag")."""
    return j >= 2 and tokens[j].lower == "sonntag" and tokens[j - 1].lower == "am" \
        and tokens[j - 2].text in _PRESS_TITLES


# the first word of newspapers' names that a frame's dative names as whom someone told something ("sagte X der
# Welt am Sonntag", "dem Spiegel"), which a speaker's genitive would not be
_PRESS_TITLES = frozenset({"Welt", "Zeit", "Bild", "taz", "FAZ", "NZZ", "Süddeutschen", "Rheinischen", "Augsburger",
                           "Stuttgarter", "Frankfurter", "Spiegel", "Tagesspiegel", "Handelsblatt"})


# how the names of newspapers end ("Donaukurier", "Stadtanzeiger", "Tagblatt"): after "laut", such a name is the
# whole source
_NEWSPAPER_ENDINGS = ("kurier", "zeitung", "anzeiger", "blatt", "bote", "rundschau", "merkur", "echo", "presse")


# nouns of the media that a frame's dative names as whom someone told something ("der Zeitung X")
_MEDIA_NOUNS = frozenset({"zeitung", "tageszeitung", "wochenzeitung", "zeitschrift", "nachrichtenagentur", "agentur",
                          "magazin", "sender", "radiosender", "fernsehsender", "portal", "onlineportal"})


def _two_phrases(tokens: Sequence[Token], k: int, end: int) -> int:
    """Where a speaker's phrase ends when a plural noun phrase is followed by another noun ("melden einige
    Staaten Höchststände", "laut italienischen Medienberichten Klubchef X"): the first phrase."""
    return next((j for j in range(k + 2, end) if tokens[j - 1].pos == "NN" and tokens[j].pos == "NN"
                 and tokens[j - 2].tag in {"PIAT", "ADJ(A)", "ART"} and tokens[j - 2].lower not in {"der", "des"}
                 and inflected_noun(tokens[j - 1].text)), end)  # (not "Richterin Hörauf", "der Funke Mediengruppe")


# pages that publish what an organisation says, after "auf" ("auf der Website des Flughafens")
_WEB_PAGES = ("website", "webseite", "homepage", "internetseite", "onlineseite", "plattform", "blog", "account")


def _web_page(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """Whether the noun phrase at k is headed by a web page ("der Website", "ihrer Homepage")."""
    head = next((t for t in tokens[k:np_end(tokens, k, stop)] if t.pos == "NN"), None)  # (before a genitive)
    return head is not None and head.lower.endswith(_WEB_PAGES)


def _document(tokens: Sequence[Token], k: int, stop: int) -> tuple[int, int] | None:
    """`es heisst in einer Mitteilung`, `wie sie in einer Mitteilung schreibt`: the document that says
    it, after "in" in the frame."""
    if k >= stop:
        return None
    source = next((j for j in range(k + 1, stop) if tokens[j].lower in {"in", "im"}
                   or (tokens[j].lower == "auf" and _web_page(tokens, j + 1, stop)
                       and any(t.lower == "es" for t in tokens[max(k, 0):j]))), None)  # ("heisst es auf der
    # Website"; not "wurde er auf der Website zitiert": his words, which the page only quotes)
    if source is None:
        return None
    end = np_end(tokens, source + 1, stop)
    if any(t.lower in _NO_DOCUMENT for t in tokens[source + 1:end]):
        return None  # "hiess es im Vorfeld des Fluges": when, not where it was written
    if tokens[source].lower == "in" and tokens[source + 1].pos == "NE":
        return None  # "wie er bei einem Vortrag in Maria Gugging erläuterte", "hiess es in Nürnberg": a name without
        # an article after "in" is a place; a document takes one ("in einer Mitteilung", "in der NYT", "im ORF")
    # where the document appeared belongs to it: "in einem Beitrag auf dem Portal Y"
    while end + 1 < stop and tokens[end].lower in {"auf", "der", "des", "von", "vom"} and is_np_word(tokens[end + 1]):
        end = np_end(tokens, end + 1, stop)
    return (source + 1, end) if end > source + 1 else None


# marks that open or close a quotation (the straight one does both), and those that stand on one side only
_OPENS, _CLOSES = "«„\"‚‹", "»“\"‘›"
_SIDED_OPENS, _SIDED = "«„‚‹", "«„‚‹»“‘›"


def _strip_quotes(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int, bool]:
    while hi > lo and tokens[hi - 1].text in {",", ":"}:
        hi -= 1
    linked = hi - lo > 3 and _links(tokens[lo]) and tokens[lo + 1].text in _OPENS \
        and tokens[hi - 1].text in _CLOSES and not any(t.text in _SIDED for t in tokens[lo + 2:hi - 1])
    lo += linked  # ("Denn «…», sagt er": the conjunction links the author's sentences, the words are the quotation)
    direct = hi - lo >= 2 and tokens[lo].text in _OPENS and tokens[hi - 1].text in _CLOSES
    return (lo + 1, hi - 1, True) if direct else (lo, hi, False)


_SUCH = frozenset({"viel", "viele", "wenig", "wenige"})
# nouns after "im"/"in" that say when or how, not in which document: "im Vorfeld", "im Verlauf", "im Rahmen"
_NO_DOCUMENT = frozenset("""vorfeld verlauf laufe rahmen zuge anschluss nachgang gegenzug vorjahr vergleich
allgemeinen übrigen wesentlichen einzelnen grunde""".split())
_NOT_DATIVE = frozenset({"die", "das", "diese", "dieses", "ein", "eine", "einen"})


# adverbs that, like a conjunction, link a sentence to the one before ("Aber «…», sagt er")
_LINKING_ADVERBS = frozenset({"aber", "doch", "jedoch", "dennoch", "trotzdem", "also", "allerdings"})


def _links(tok: Token) -> bool:
    """Whether the word ties its sentence to the one before, standing outside the words a quotation reports."""
    return tok.pos == "KON" or tok.lower in _LINKING_ADVERBS


def _verb_follows(tokens: Sequence[Token], depth: Sequence[int], close: int, end: int) -> bool:
    """After a frame set off in the prefield the finite verb comes next, or after a conjunct that adds to the
    prefield ("Die Zukunft der Firma, sagt X, aber auch der Branche, liegt in …"): either way the frame
    interrupts its content."""
    if close + 1 < end and tokens[close + 1].finite:
        return True
    if close + 1 >= end or tokens[close + 1].lower not in {"aber", "und", "oder", "sowie", "sondern"}:
        return False
    comma = next((j for j in range(close + 2, end) if tokens[j].text == "," and not depth[j]), None)
    return comma is not None and comma + 1 < end and tokens[comma + 1].finite \
        and not any(t.pos in VERB_POS for t in tokens[close + 1:comma]) \
        and any(t.pos in NOUNS for t in tokens[close + 1:comma])


def _said(tokens: Sequence[Token], depth: list[int], c: int) -> bool:
    """What stands before a trailing frame is something said: a quotation, also after the conjunction that
    links it to the words before ("Denn «…», sagt er"), or a clause (it has a verb)."""
    opening = 1 if len(tokens) > 1 and _links(tokens[0]) else 0
    return tokens[opening].text in _OPENS or any(t.pos in {"VV", "VA", "VM"} and depth[i] == 0
                                              for i, t in enumerate(tokens[:c]))


def _reach(frame: Sequence[Token]) -> int:
    """How far back an indefinite frame ("hiess es", "heisst es weiter") may find its speaker: a frame that
    chains itself to the report before ("weiter", "zudem") up to four sentences, a bare one only the
    sentence right before it, and one that tells of an earlier occasion ("hiess es im Vorfeld", "hiess es
    zuvor") none: who spoke then, the sentences before do not say."""
    if any(t.lower in EARLIER_OCCASION for t in frame):
        return 0
    return 4 if any(t.lower in CHAINING_ADVERBS for t in frame) else 1


def _parenthesis_end(tokens: Sequence[Token], depth: list[int], c: int, end: int) -> int | None:
    """The comma that closes a frame set off inside its content ("Die Lage sei, so X, ernst"), or None when
    the frame runs to the end or what follows its comma belongs to the speaker (a relative clause, a name
    in apposition: "so die Sprecherin, die ...", "sagt der Vorsitzende, Peter Weiss", "sagt X, Präsident des
    Verbands")."""
    nesting = quote_depth(tokens, brackets=True)  # (not a comma in brackets: "sagt X (Tsankov et al., 2020)")
    close = next((j for j in range(c + 2, end) if tokens[j].text == "," and depth[j] == 0 and not nesting[j]), None)
    if close is None or close + 1 >= end or any(tokens[j].text == ":" and not depth[j] for j in range(c + 2, close)):
        return None  # (a colon between the commas: "…, ist die Lage stabil: Es waren X gemeldet, …" sets off no
        # frame)
    after = tokens[close + 1]
    aged = next((j for j in (close + 2, close + 4) if j < end - 1 and tokens[j].text == "," and after.pos == "CARD"
                 and (j == close + 2 or [t.lower for t in tokens[close + 2:j]] == ["jahre", "alt"])), None)
    if aged is not None and not is_year(after):
        return aged  # "…, sagt Anna, 34, sei …", "sagt Anton, 21 Jahre alt, sei …": the speaker's age is the frame's
    if c > 0 and tokens[c - 1].pos in {"NN", "NE", "NNA"} and not any(t.finite for t in tokens[close + 1:end]) \
            and any(t.tag == "VV(PP)" for t in tokens[close + 1:end]):
        return None  # "…, heute war ich der Glücklichere, sagte Thiem, mit einem Sombrero geschmückt": a
        # participle phrase on the speaker after a whole clause, no rest of the words
    if after.lower in {"dass", "ob"} and c > 0 and (tokens[c - 1].tag == "ADJ(D)" or (
            tokens[c - 1].finite and tokens[c - 1].lemma.lower() == "sein"
            and any(t.tag == "ADJ(D)" for t in tokens[:c - 1]))) \
            and not any(t.pos == "PROAV" for t in tokens[c + 1:close]):  # ("berichtete X darüber, dass …")
        return close  # "Es sei denkbar, meint X, dass …", "Wichtig sei, sagte X, dass …": the clause is the
        # subject the adjective needs
    if after.lower in {"dass", "ob"} and _correlate_before(tokens, c) \
            and not any(t.pos == "PROAV" for t in tokens[c + 1:close]):
        return close  # "Sie gehe davon aus, sagt X, dass …": the clause is what "davon" points ahead to
    if after.pos == "KON" and close + 2 < end and not tokens[close + 2].finite \
            and (any(konjunktiv_i(t) for t in tokens[close + 2:end])
                 or (reported_subjunctive_ii(tokens[close + 2:end]) and tokens[c + 2].lower != "es")):
        return close  # "A sei ernst, sagte X, und das Spital sei voll", "…, aber Vorwürfe würden nicht helfen": her
        # words go on after the frame, in the Konjunktiv (not "…, sagte X, und lachte": what the speaker did next;
        # a Konjunktiv II goes on only after a frame that names someone, not after "hiess es")
    if after.pos == "KON" and not any(t.finite for t in tokens[:c]) and _verb_follows(tokens, depth, close, end):
        return close  # "Die Zukunft der Firma, sagt X, aber auch der Branche, liegt in …": the prefield goes on
        # after the frame, up to the verb that waits for it
    if opens_subordinate_clause(tokens, close + 1, end) \
            or (after.pos in {"NE", "KON"} and not starts_subordinate(after)) \
            or (after.lower in RELATIVE_PRONOUNS and not article_after_comma(tokens, close + 1, end)
                and any(t.finite for t in tokens[close + 1:end])) \
            or (after.pos in PREPOSITIONS and close + 2 < end and tokens[close + 2].lower in RELATIVE_PRONOUNS
                and (any(t.finite for t in tokens[close + 3:end])
                     or (tokens[end - 1].pos in {"VV", "VA", "VM"} and tokens[close + 3].pos not in {"NN", "NE"}))):
            # (a relative clause ends in its verb, which the tagger may take for an infinitive or participle: "in
            # der zwei Teams dominieren"; "…, so X, aus der ganzen Schweiz" goes on with an article, and so does
            # "…, seit dem Unfall gesperrt", a noun right after "dem")
        return None
    if is_np_word(after) and any(t.pos == "NN" for t in tokens[close + 1:end]) \
            and not any(t.finite and not in_subordinate(tokens, depth, close + 1, j)
                        for j, t in enumerate(tokens[close + 1:end], close + 1)) \
            and not (after.lower in _OBJECT_CASE_DETERMINERS or (after.pos == "CARD" and not is_year(after))):
        return None  # "sagte Peter Muster, Präsident des Verbands(, der …)": a role in apposition to the speaker
        # (not an object, which no apposition of a speaker in the nominative can be, nor a count: "Die Firma
        # schliesst, so der Plan, zwei Werke" goes on after the frame; nor is "den" with no verb after it a
        # relative pronoun)
    return close


def _correlate_before(tokens: Sequence[Token], c: int) -> bool:
    """Whether the clause before the comma at c holds a pronominal adverb that points ahead to a clause ("davon
    ausgehen", "darauf hoffen", "damit rechnen") with nothing after it but its verb's particle or infinitive."""
    k = c - 1
    while k > 0 and (tokens[k].pos == "PTKVZ" or (tokens[k].pos in {"VV", "VA", "VM"} and not tokens[k].finite)):
        k -= 1
    return k > 0 and tokens[k].pos == "PROAV" and tokens[k].lower.startswith("da")


def _past_conjunction(tokens: Sequence[Token], i: int) -> int:
    """Where the words after a frame start: past the "und" that joins them to the words before it ("A, sagte X,
    und B sei …"), which says nothing."""
    return i + (tokens[i].pos == "KON")


def _main_clause_follows(tokens: Sequence[Token], comma: int, end: int) -> bool:
    """After the comma stands a main clause of its own: its first finite verb is not in a subordinate clause
    ("…, so X, nicht die Verluste, die schmerzen" continues the clause before the frame), nor right after "und"
    with no subject of its own ("A geht auf B zurück, wie X erklärt, und ist C": the verb shares A's)."""
    depth = quote_depth(tokens)
    fin = next((j for j in range(comma + 1, end) if tokens[j].finite and depth[j] == 0), None)
    if fin is not None and tokens[comma + 1].pos == "KON" \
            and all(t.pos in {"ADV", "PTKNEG"} for t in tokens[comma + 2:fin]):
        return False
    return fin is not None and not in_subordinate(tokens, depth, comma, fin) and not any(
        subordinator_opens(tokens, j, end) for j in range(comma + 1, fin))  # ("…, seit 2017 sammelt X": a
    # preposition)


def _set_off(tokens: Sequence[Token], depth: list[int], c: int, close: int, end: int,
             speaker: tuple[int, int] | None, cue: str) -> Report:
    """A frame set off by commas inside its content: the content is the rest of the sentence, the frame
    left out of it; a second clause after the frame ("A sei X, sagte Y, B sei Z") is a content of its own,
    unless the words before the frame are a quotation closed before it and the clause after it bears no mark
    of reported speech ("«A», sagte X, so gross war die Freude"): the author goes on, and only the quotation
    is X's."""
    start = _author_before_colon(tokens, depth, c, tokens[close + 1:end])  # ("Die Lage ist ernst: Die Tests,
    # sagte X, seien positiv": the author's clause before the colon)
    if _main_clause_follows(tokens, close, end) and any(t.finite for t in tokens[start:c]):  # (not after a
        # prefield alone: "Die Lage, sagte X, sei ernst" is one clause around its frame)
        lo, hi, quoted = _strip_quotes(tokens, start, c)  # ("«A», sagte X, B sei …": the marks are no part of A)
        if quoted and not _marked_as_said(tokens, depth, close + 1, end):
            return Report(((lo, hi),), speaker, cue, "direct", inherit=speaker is None)
        return Report(((lo, hi), (_past_conjunction(tokens, close + 1), end)), speaker, cue, "indirect",
                      inherit=speaker is None)
    # a clause closed by its verb before the frame: what follows without a verb belongs to the frame, an
    # apposition of the speaker ("vermieden werden, sagt X, Direktor der Klinik") or an afterthought ("habe in
    # den USA gewirkt, sagte X, darunter A und B"); the content is the clause alone
    lo, hi, quoted = _strip_quotes(tokens, start, c)
    if quoted and all(depth[lo:hi]) and not any(depth[close + 1:end]) and not _main_clause_follows(tokens, close, end):
        return Report(((lo, hi),), speaker, cue, "direct", inherit=speaker is None)  # "«A!», ruft X in einem Lied,
        # einem Werk, bei dem …": words in quotation marks, and after the frame more about it, no clause of its own
    closed = tokens[c - 1].pos == "PTKVZ" or (tokens[c - 1].pos in {"VV", "VA", "VM"} and not tokens[c - 1].finite)
    if closed and not any(t.pos in {"VV", "VA", "VM"} for t in tokens[close + 1:end]):
        return Report(((start, c),), speaker, cue, "indirect", inherit=speaker is None,  # ("…, sagt X, zumindest …")
                      kept="conditioned" if tokens[close + 1].lower in _FRAME_CONDITIONS else None)
    # a fronted clause keeps the comma before the verb it opens the sentence for ("Wenn A, sagt X, springen
    # sie auf" → "Wenn A, springen sie auf")
    fronted = tokens[close + 1].finite and any(t.pos == "KOUS" for t in tokens[:c])
    # and a prefield that goes on after the frame keeps the comma that sets its addition off ("Der Markt, sagt
    # X, und ebenso jener für Y, wächst" → "Der Markt, und ebenso jener für Y, wächst")
    added = tokens[close + 1].pos == "KON" and _verb_follows(tokens, depth, close, end)
    return Report(((start, end),), speaker, cue, "indirect", inherit=speaker is None,
                  omit=(c + 1 if fronted else c, close if added else close + 1))


# nouns after "laut"/"gemäss" that measure, schedule or rule rather than say: "laut Buchwert", "gemäss Fahrplan",
# "gemäss der Verfassung", "laut Gesetz" (a norm by which something holds, no source of words)
_MEASURES = ("wert", "fahrplan", "tarif", "vertrag", "verfassung", "gesetz", "gesetzes", "verordnung", "vorschrift",
             "vorschriften", "satzung", "statuten", "reglement", "richtlinie", "richtlinien")


def _as_frame_verb(tok: Token) -> Token:
    """The word that opens a frame after a comma; HanTa takes a verb's past plural before a noun for an
    adjective ("…, berechneten Forscher der ETH"), which as a verb of saying or finding it is here."""
    if tok.tag == "ADJ(A)" and tok.lower.endswith("ten"):
        lemma = next((v for v in (tok.lower[:-3] + "en", tok.lower[:-3] + "n")
                      if v in SPEECH_VERBS | TRAILING_FRAME_VERBS), None)
        if lemma:
            return dataclasses.replace(tok, tag="VV(FIN)", lemma=lemma)
    return tok


def _agreement_frame(tokens: Sequence[Token], depth: list[int], commas: Sequence[int], end: int) -> Report | None:
    """`content, da sind sich die Experten einig.`: those who agree on it say what precedes the last comma; set
    off inside the content (`Bald, da sind sich die Experten einig, steigen die Preise`), they say the rest."""
    for c in reversed(commas):
        close = next((j for j in commas if j > c), end)
        if not 0 < c < close - 5 or tokens[c + 1].lower not in {"da", "darin", "darüber"} \
                or not tokens[c + 2].finite or tokens[c + 2].lemma.lower() != "sein" or tokens[c + 3].lower != "sich" \
                or tokens[close - 1].lower != "einig":
            continue
        lo = c + 4
        while lo < close - 1 and tokens[lo].pos == "ADV":
            lo += 1  # ("da sind sich alle Experten einig", "da sind sich sogar die Gegner einig")
        hi = np_end(tokens, lo, close - 1)
        if hi != close - 1 or not any(t.pos in {"NN", "NE"} for t in tokens[lo:hi]):
            return None
        if close == end:
            return Report(((0, c),), (lo, hi), "einig", "indirect")
        return _set_off(tokens, depth, c, close, end, (lo, hi), "einig")
    return None


def _source_names(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """Whether "…, ergab/zeigt X" names a study, a survey or data right after the verb ("ergab eine Umfrage der
    Stiftung Y", "zeigen Zahlen des Amts"): a source whose findings the clause before reports, as a verb of
    saying frames a person's words (not "…, zeigt er sich erfreut", "…, bestätigt sie"). The whole phrase must
    fill the frame, or the clause goes on ("…, zeigt die Studie, dass …" is no frame after its content)."""
    if k >= stop or tokens[k].tag not in {"ART", "PIAT", "NN"}:
        return False
    noun = next((t for t in tokens[k:stop] if t.pos == "NN"), None)
    head = noun.lower if noun is not None else ""
    return noun is not None and (head in SOURCE_NOUNS or head.endswith(DOCUMENT_NOUNS + RESEARCHER_ENDINGS)) \
        and np_end(tokens, k, stop) == stop  # ("…, zeigen Marktforscher": researchers report what they found)


def _evidence_source(tokens: Sequence[Token], k: int, verbs: Sequence[int]) -> tuple[int, int] | None:
    """The study, survey or data that "wie X zeigt/ergab" names between "wie" (at k - 1) and its one verb, past
    adverbs before it and a bracketed short name after it ("wie nun eine Auswertung des Amts (X) zeigt")."""
    if len(verbs) != 1 or tokens[verbs[0]].lemma.lower() not in EVIDENCE_VERBS:
        return None
    while k < verbs[0] and tokens[k].pos == "ADV":
        k += 1
    stop = verbs[0]
    if tokens[stop - 1].text == ")":
        stop = next((j for j in range(stop - 1, k, -1) if tokens[j].text == "("), stop)
    return (k, stop) if _source_names(tokens, k, stop) else None


def _named_knower(tokens: Sequence[Token], k: int, stop: int) -> bool:
    """Whether "…, weiss X" names a person right after the verb ("weiss Verteidiger Hans Muster"): then X says
    what precedes (not "weiss man", "weiss im Moment niemand", "wissen Bund und Länder hinter sich")."""
    speaker = _speaker_after(tokens, k, stop)
    return speaker is not None and speaker[0] == k and speaker[1] == stop \
        and any(t.pos == "NE" for t in tokens[speaker[0]:speaker[1]])


def _quoted_person(tokens: Sequence[Token], lo: int, stop: int) -> tuple[int, int] | None:
    """The accusative object after the subject of "zitieren" that starts at lo ("zitierte das Portal den
    Minister Hans Muster"), as its name where it ends in one; None where no article shows an object."""
    obj = np_end(tokens, lo, stop)  # (right after the subject, not in a phrase: "zitierte X Umfragen bei den Y")
    if obj >= stop or tokens[obj].lower not in {"den", "einen"} or tokens[obj].tag != "ART":
        return None
    hi = np_end(tokens, obj, stop)
    name = next((j for j in range(obj + 1, hi) if tokens[j].pos == "NE" and all(t.pos == "NE" for t in tokens[j:hi])),
                None)
    return (name, hi) if name is not None else (obj + 1, hi) if hi > obj + 1 else None


def _trailing_frame(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`content, sagte X.` / `content, so X.` / `content, hatten X mitgeteilt.`, and the same frames set
    off inside the content (`A sei, so X, ernst`)."""
    dashes = [i for i in range(1, end) if depth[i] == 0 and tokens[i].text in {"–", "—"}]
    commas = [i for i in range(1, end) if depth[i] == 0 and (tokens[i].text == "," or (
        i == max(dashes, default=-1) and i + 1 < end and tokens[i + 1].lower == "so"
        and not any(t.finite for t in tokens[i + 1:end])))]  # "… – so die Version." (not "– so eine Lage kommt")
    back = _demonstrative_frame(tokens, depth, end) or _agreement_frame(tokens, depth, commas, end)
    if back:
        return back
    fins = [i for i in range(end) if tokens[i].finite and not depth[i]]
    leading = _past_relative_clause(tokens, depth, fins[0], end) if fins else None
    for c in reversed(commas):
        if c + 1 >= end or tokens[c + 1].lower == "sprich":
            continue  # ("…, sprich in einem Einzelzimmer": "that is", no verb of saying)
        if c + 1 == leading != fins[0]:
            continue  # "X, der Y leitet, sagte: …": the subject and its relative clause stand before the verb
        if c + 2 < end and tokens[c + 1].finite and tokens[c + 2].text == ",":
            continue  # "X lehnt A ab, behauptet, B, und …": a verb with no subject after it shares the one before,
            # and its words are what follows it; a frame after its words names who says them ("…, sagt X")
        first = _as_frame_verb(tokens[c + 1])
        if c + 2 < end and tokens[c + 2].text == ":" and any(t.lower == "wie" for t in tokens[:c]):
            continue  # "wie X, Präsident des Y, sagt: …": a verb with no speaker after it is no frame after its
            # content (the speaker stood before it)
        close = _parenthesis_end(tokens, depth, c, end)
        if close is not None and close + 1 < end and tokens[close + 1].lower == "genannt":
            close = None  # "…, sagt Johannes, genannt Hans, Muster.": the name goes on, nothing is set off
        if not _said(tokens, depth, c) and not (close is not None and all(
                t.pos in {"ADV", "PROAV", "KON"} for t in tokens[:c]) and any(
                t.finite and not depth[j] for j, t in enumerate(tokens[close + 1:end], close + 1))) \
                and not (close is not None and c == min(commas) and _verb_follows(tokens, depth, close, end)
                         and not opens_subordinate_clause(tokens, 0, c)):
            continue  # ("Dennoch, warnt X, seien …": a frame set off after an adverb, the clause after it; "Die
            # Lage, sagte X, sei ernst": after the prefield, before the finite verb it waits for)
        stop = close if close is not None else end
        example = tokens[c + 2].lower in _EXAMPLE_MARKS if c + 2 < end else False
        if example and tokens[c + 2].lower == "auch":  # "…, so auch der Minister." closing the sentence says
            # he said so too; set off inside it ("jedes System, so auch das österreichische, hat …") it is a case
            example = any(t.text == "," and not depth[j] for j, t in enumerate(tokens[c + 3:end], c + 3))
        if first.lower == "so" and c + 2 < end and not example \
                and tokens[c + 2].lower not in {"doch", "aber", "jedoch"}:  # ("wenn nicht A, so doch B")
            after = next((j for j in range(c + 2, end) if tokens[j].text == "," and depth[j] == 0), end)
            said = tokens[c + 2].finite and _speech(tokens[c + 2], tokens[c + 2:after]) \
                and (c + 3 >= end or tokens[c + 3].lower != "sich") and not any(t.text == ":" and not depth[j]
                                                              for j, t in enumerate(tokens[:c]))
            # "so sagt X": the verb of "so X" spelled out (not "so deutet sich an": what emerges, said by nobody;
            # nor after a colon, which may close the author's own clause)
            start = c + 2
            if said:
                start = c + 4 if c + 3 < end and tokens[c + 3].lower == "es" else c + 3  # ("so sagt es X")
            speaker = _speaker_after(tokens, start, after)  # "so X, die ...": a relative clause may follow
            own = next((j for j in range(speaker[1], after) if tokens[j].text == ":"), after) if speaker else after
            if speaker and (any(t.finite for t in tokens[start:own]) or tokens[c + 2].lower in _SUCH
                            or has_zu_infinitive(tokens[speaker[1]:own]) or tokens[speaker[0]].lower == "des"
                            or tokens[c + 2].lower == "nicht"):
                speaker = None  # ("…, so eine Massnahme zu verhängen", "so wenig Kontakte wie möglich": a
                # phrase of degree, whose clause goes on; "so nicht nur des Hauses Ruhe, sondern auch …": an
                # adverb "so" before a genitive, no speaker)
            document = _document(tokens, c + 3, after) if said and start == c + 4 and speaker is None \
                and (close is not None or after == end) else None
            if document is not None:  # "…, so heisst es in der Mitteilung, …": the text that says it
                report = _set_off(tokens, depth, c, close, end, None, tokens[c + 2].text) if close is not None \
                    else Report(((0, c),), None, tokens[c + 2].text, "indirect", inherit=True)
                return dataclasses.replace(report, document=document, reach=_reach(tokens[c:after]))
            if speaker and heads_phrase(tokens, *speaker):
                cue = tokens[c + 2].text if said else "so"
                aim = next((t for t in tokens[speaker[0]:speaker[1]] if t.pos in NOUNS), None)
                if aim is not None and aim.lower in _AIM_NOUNS:  # "A werde B, so das Kalkül": a plan, no one's words
                    return Report(((0, end),), speaker, cue, "indirect", kept="intended")
                if close is not None:
                    return _set_off(tokens, depth, c, close, end, speaker, cue)
                lo, hi, direct = _strip_quotes(tokens, _author_before_colon(tokens, depth, c), c)
                return Report(((lo, hi),), speaker, cue, "direct" if direct else "indirect")
        # the frame's own clause ends at the next comma: a particle after it is another verb's ("…, sagte X,
        # aber: Wir arbeiten zusammen")
        own_end = next((j for j in range(c + 2, stop) if tokens[j].text in {",", ":"} and depth[j] == 0), stop)
        apart = False  # the particle stands after the speaker's apposition
        if own_end + 3 < stop and tokens[stop - 2].text == "," and (tokens[stop - 1].pos == "PTKVZ" or tokens[
                stop - 1].lower in SPEECH_PARTICLE_VERBS.get(first.lemma.lower(), "").split()) \
                and tokens[own_end].text == "," and not any(t.finite for t in tokens[own_end + 1:stop - 2]):
            own_end, apart = stop, True  # "…, teilte X, Geschäftsführer der Klinik, mit": the particle after
            # the speaker's apposition closes the frame's verb (the tagger may call it an adjective: "bekannt")
        frame = tokens[c + 1:own_end]
        # the verb of saying leads the frame ("sagte X"), or an auxiliary does and its participle closes it
        # ("hatten X mitgeteilt")
        closing = first.pos == "VA" and first.lemma.lower() != "sein" and tokens[stop - 1].tag == "VV(PP)" \
            and _speech(tokens[stop - 1], frame) \
            and not (first.lemma.lower() == "werden" and (
                tokens[stop - 1].lemma.lower() in COGNITION_VERBS
                or (any(is_np_word(t) for t in frame[1:-1]) and tokens[stop - 1].lemma.lower() != "zitieren")))
        # (a state is no frame, "…, waren 132 Fälle gemeldet"; nor is a passive of opinion, "…, werden aber vom
        # Immunsystem gefunden", or one with a subject of its own: "…, werde sofort die Öffentlichkeit informiert";
        # but the subject of "wird X zitiert" is the speaker: "…, wurde er auf der Website des Klubs zitiert")
        if first.finite and first.lemma.lower() == "gehen" and len(frame) > 3 and frame[1].lower == "aus" \
                and frame[-1].lower == "hervor" and not any(t.pos == "PTKNEG" for t in frame) \
                and not opens_subordinate_clause(tokens, 0, c):
            # "A, geht aus dem Bericht hervor": the document is the source, as in "wie aus dem Bericht hervorgeht"
            # (not when the words before are its subject clause: "Wie viele es sind, geht aus X nicht hervor")
            lo, hi, direct = _strip_quotes(tokens, _author_before_colon(tokens, depth, c), c)
            return Report(((lo, hi),), (c + 3, own_end - 1), "aus " + first.text, "indirect")
        if first.finite and _particle_after(tokens, depth, own_end, end):
            continue  # "…, sagte er «allen X», einmal mehr den Kampf an": the particle after the set-off words
            # makes another verb ("ansagen"), no frame
        trailing = first.lemma.lower() in TRAILING_FRAME_VERBS and not any(t.pos == "PTKVZ" for t in frame) \
            and _speaker_after(tokens, c + 2, stop) is not None  # (a particle makes another verb: "…, rief X den
        # Notstand aus"; and with nobody after it, the verb goes on with the clause's subject: "X ist entspannt,
        # scherzt mit Y")
        if first.finite and (_speech(first, frame, verb_last=apart) or closing or trailing
                             or (first.lemma.lower() == "wissen" and _named_knower(tokens, c + 2, own_end))
                             or (first.lemma.lower() in EVIDENCE_VERBS and _source_names(tokens, c + 2, own_end))):
            next_comma = next((j for j in commas if j > c), None)
            if opens_subordinate_clause(tokens, 0, c) and next_comma is None and c == min(commas) and (
                    first.lemma.lower() in COGNITION_VERBS or _adverbial_clause(tokens, c, end)):
                continue  # "Wenn A, finden auch Arbeitssuchende einen Job", "Wenn A, empfiehlt sie einen Tee": the
                # main clause, not a frame; a clause of time, reason or condition is no one's words
            if tokens[0].finite and not konjunktiv_i(tokens[0]) and c == min(commas) and next_comma is None:
                continue  # "Sollte es regnen, informiert der Verein die Gäste": a fronted condition in
                # verb-first order is no content; what follows it is the main clause
            if opens_subordinate_clause(tokens, 0, c) and next_comma is not None:
                # "Als X geschah, hiess es, Y": the fronted clause frames the report; Y is what was said
                # (a frame closing the sentence, "Wenn A, müsse B, hatte X gesagt", frames what is before it)
                speaker = _speaker_after(tokens, c + 2, next_comma)
                lo, hi, direct = _strip_quotes(tokens, next_comma + 1, end)
                return Report(((lo, hi),), speaker, first.text, "direct" if direct else "indirect",
                              inherit=speaker is None, reach=_reach(tokens[c + 1:next_comma]))
            if first.lemma.lower() in {"heissen", "heißen"} and tokens[c + 2].lower != "es" \
                    and tokens[c + 2].pos not in PREPOSITIONS | {"ADV"}:  # ("heisst [es] auf der Website")
                continue  # "…, heissen nicht etwa Beauftragte": "X heisst Y" names, only "heisst es" reports
            speaker = _speaker_after(tokens, c + 2, stop)
            if speaker is not None and first.lemma.lower() == "zitieren" and first.pos == "VV":
                speaker = _quoted_person(tokens, speaker[0], stop) or speaker  # "…, zitierte die Zeitung den
                # Minister": the words are the minister's, the paper quotes them
            if speaker is None and own_end + 1 < end and tokens[own_end].text == "," and tokens[c + 2].lower != "es" \
                    and _main_clause_before(tokens, depth, c) and (subject := subject_of(tokens, 0, c)) is not None:
                # "X reagierte gelassen, hielt aber fest, es sei …": a verb of saying with no subject after it
                # shares the one of the main clause before, and its words follow it (what X did before is the
                # author's, and no part of them); "X liess sich A zeigen, kündigte an, A zu prüfen": its object
                # follows it, and nobody's words stand before it
                if tokens[own_end + 1].pos == "KON" or tokens[own_end + 1].lower == "dass" \
                        or not subjunctive(tokens[own_end + 1:end]):
                    continue
                lo, hi, direct = _strip_quotes(tokens, own_end + 1, end)
                return Report(((lo, hi),), subject, first.text, "direct" if direct else "indirect")
            if speaker is not None and (tokens[speaker[0]].lower in _OBJECT_CASE_DETERMINERS or (
                    tokens[speaker[0]].tag == "PDAT" and not any(t.finite for t in tokens[:min(commas)]))):
                continue  # "Das Amt, wo X sitzt, bestätigt diese Angaben": a demonstrative takes up what was said
                # before, the verb's object; its subject stood before the comma, and says no words of its own;
                # "X, Dozent für Y, kommentiert den Film": an accusative or dative is no speaker
            if speaker is not None and not any(t.finite for t in tokens[:c]) \
                    and own_object(tokens, depth, c + 1, own_end, speaker):
                continue  # "Als Rückblende aufgebaut, erzählt X die Geschichte …": a verb with its own object after
                # a phrase without a verb tells the story, and reports no words before it
            before = max((j for j in commas if j < c), default=None)
            start = max((j + 1 for j in range(before) if tokens[j].text in {",", ";", ":"} and not depth[j]),
                        default=0) if before is not None else 0
            bare = speaker is not None and speaker[1] - speaker[0] == 1 and tokens[speaker[0]].pos == "NN" \
                and inflected_noun(tokens[speaker[0]].text) and first.lemma.lower() in _WRITING_VERBS
            if bare and before is not None and tokens[before + 1].finite and not depth[before + 1] \
                    and any(t.finite for t in tokens[start + 1:before]) and not tokens[start].finite \
                    and not any(starts_subordinate(t) or t.lower in {"wer", "was"} for t in tokens[:before]):
                continue  # "dieser bringt Geschenke, macht Ausflüge, schreibt sogar Briefe für ihn": the last of a
                # list of verb phrases that share the subject before them, no frame ("Briefe", a bare noun, is its
                # object; "…, ist aber erfreulich, sagte Generalsekretär X": a speaker with a name or article)
            if speaker is None and first.lemma.lower() in DIRECTIVE_VERBS and any(t.pos == "NN" for t in frame[1:]):
                continue  # "Sie baten um Gespräche, forderten unter anderem mehr Lohn": a demand's object, and the
                # subject shared with the clause before; no frame
            colon = next((i for i in range(1, c) if tokens[i].text == ":" and not depth[i]), None)
            stance = _stance_before(tokens, colon) if colon is not None else None
            if stance and speaker and speaker[1] - speaker[0] == 1 and tokens[speaker[0]].lower in {"er", "sie"}:
                speaker = stance  # "Skeptisch äusserte sich X: …, sagte sie": the pronoun is the person just named
            cue = tokens[stop - 1].text if closing and not _speech(first, frame) else first.text
            if close is not None:
                return dataclasses.replace(_set_off(tokens, depth, c, close, end, speaker, cue), reach=_reach(frame),
                                           document=_document(tokens, c + 2, own_end))
            lo, hi, direct = _strip_quotes(tokens, _author_before_colon(tokens, depth, c), c)
            colon = next((j for j in range(c + 2, end) if tokens[j].text == ":" and depth[j] == 0
                          and not _score_colon(tokens, j)), None)
            opening = next((j for j in range(c + 1) if tokens[j].text == ","), c)
            if colon is not None and any(t.finite for t in tokens[colon + 1:end]) and (
                    (tokens[0].pos in PREPOSITIONS and not any(t.finite for t in tokens[:opening]))
                    or _fronted_occasion(tokens, depth, c)):
                # "Auf die Frage, ob …, sagte sie: Das kann ich mir nicht vorstellen", "Als man ihn fragte, …, sagte
                # er: …": the frame introduces what follows its colon; what stands before it is the occasion, no
                # words of his
                lo, hi, direct = _strip_quotes(tokens, colon + 1, end)
            elif colon is not None and speaker is not None and any(t.finite for t in tokens[colon + 1:end]) \
                    and not any(t.finite or (t.text == "," and not depth[j])
                                for j, t in enumerate(tokens[c + 2:colon], c + 2)):
                # "A sei B, sagte X: «C»": the colon that closes the frame's own clause opens more of X's words, a
                # clause of its own (not a colon after a relative clause or a second verb, "…, sagte X, der …:",
                # "…, analysiert X und fordert: …")
                rest = _strip_quotes(tokens, colon + 1, end)
                return Report(((lo, hi), rest[:2]), speaker, cue, "indirect",
                              document=_document(tokens, c + 2, own_end), reach=_reach(frame))
            return Report(((lo, hi),), speaker, cue, "direct" if direct else "indirect", inherit=speaker is None,
                          document=_document(tokens, c + 2, own_end), reach=_reach(frame),
                          kept="conditioned" if _condition_after(tokens, depth, c + 2, end) else None)
    return None


def _score_colon(tokens: Sequence[Token], j: int) -> bool:
    """Whether the colon at j is a score's ("nach dem 2:0", "nach 0:3-Niederlage"), no mark of a clause."""
    return 0 < j < len(tokens) - 1 and tokens[j - 1].end == tokens[j].start == tokens[j + 1].start - 1 \
        and tokens[j - 1].text[-1:].isdigit()


def _fronted_occasion(tokens: Sequence[Token], depth: Sequence[int], c: int) -> bool:
    """Whether all before the frame's verb at c + 1 is a fronted clause of its own ("Als man sie fragte, wie …,"
    "Kürzlich darauf angesprochen, ob …,"): the frame's prefield, not its content (nor its subject, "X, der …,
    sagt:")."""
    first = 1 if tokens[0].pos == "KON" else 0
    comma = next((j for j in range(first, c + 1) if tokens[j].text == ","), c)
    opener = tokens[subordinator_at(tokens, first)]
    fronted = (opener.lower in ADVERBIAL_SUBORDINATORS and tokens[comma - 1].finite) or (
        tokens[comma - 1].tag == "VV(PP)" and not any(t.finite for t in tokens[first:comma]))  # (a clause that
    # ends in its finite verb, not "Bis Sommer soll eine Gruppe …")
    return fronted and not any(tokens[j].text == "," and not depth[j] and tokens[j + 1].finite
                               for j in range(first, c))


def _adverbial_clause(tokens: Sequence[Token], c: int, end: int) -> bool:
    """Whether [0, c) is one clause of time, reason or condition, its finite verb last ("Wenn jemand Fieber
    hat"), and no colon after the comma opens the words of a frame ("Als er ging, sagte er: …"); not an adverb
    or a preposition that looks like a subordinator ("Damit sei X umgesetzt", "Bis Sommer soll …"), whose
    clause has its finite verb second (the tagger's reading of an opening "Als" is no help)."""
    opener = subordinator_at(tokens, 0)
    finite = [j for j in range(opener + 1, c) if tokens[j].finite]
    return tokens[opener].lower in ADVERBIAL_SUBORDINATORS and finite == [c - 1] \
        and not any(t.text == ":" for t in tokens[c + 1:end])


# verbs of saying that also make a text, which a bare plural after them may be ("schreibt Gedichte")
_WRITING_VERBS = frozenset({"schreiben", "erzählen", "verfassen", "lesen", "singen", "dichten"})


# subordinators of a condition, and adverbs of a restriction, that a frame may add to the words it reports
# ("…, sagt X, zumindest am Vormittag"); "wenn" is left out, after a frame it is as often the occasion of the
# saying ("…, sagt er, wenn man ihn fragt")
_FRAME_CONDITIONS = frozenset({"falls", "sofern", "vorausgesetzt", "zumindest", "wenigstens", "jedenfalls"})


def _condition_after(tokens: Sequence[Token], depth: Sequence[int], k: int, end: int) -> bool:
    """Whether a condition or a restriction is set off after the frame (`"Wir spielen weiter", verspricht X –
    falls alle Tests negativ bleiben`, `…, sagt X, zumindest am Vormittag`): the words hold only under it,
    and a claim of the words alone would state more."""
    return any(not depth[j] and tokens[j].text in {",", "–", "—", "-"} and tokens[j + 1].lower in _FRAME_CONDITIONS
               for j in range(k, end - 1))


# the words that point back to the clause or sentence before as what a frame reports ("das sagte X")
_BACK_POINTERS = frozenset({"das", "dies"})


def _named_speaker(tokens: Sequence[Token], k: int, stop: int) -> tuple[int, int] | None:
    """The speaker a frame after its content names after its verb: a noun phrase, or a personal pronoun that
    is resolved like any speaker's ("Das sagte er."); not "man", "es" or "jemand"."""
    speaker = _speaker_after(tokens, k, stop)
    if speaker is None or tokens[speaker[0]].lower in {"man", "es"} or tokens[speaker[0]].pos == "PIS":
        return None
    phrase = tokens[speaker[0]:speaker[1]]
    return speaker if phrase[0].pos == "PPER" or any(is_np_word(t) for t in phrase) else None


def _demonstrative_frame(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`content – das sagte X am Montag.` / `content, dies teilte X mit.` / `content, so sagte es X.`: a
    demonstrative that takes up the clause before it as the object of a verb of saying, whose subject
    follows the verb. (A relative
    "das" stands before its clause's subject, its verb last: "ein Kind, das Angst hatte".)"""
    marks = [i for i in range(1, end - 3) if depth[i] == 0 and tokens[i].text in {",", "–", "—"}]
    for c in reversed(marks):
        verb = c + 2
        if c + 4 < end and tokens[c + 1].pos == "ADV" and tokens[c + 2].finite \
                and tokens[c + 3].lower in _BACK_POINTERS and _speech(tokens[c + 2], tokens[c + 2:end]) \
                and not any(t.finite or t.text in {",", ":", "–", "—"} for t in tokens[c + 3:end]):
            speaker = _named_speaker(tokens, c + 4, end)  # "…, zumindest fordert das die Regierung": an adverb
            # first, the verb second, then the demonstrative and the speaker
            if speaker is not None:
                lo, hi, direct = _strip_quotes(tokens, 0, c)
                return Report(((lo, hi),), speaker, tokens[c + 2].text, "direct" if direct else "indirect")
        if tokens[c + 1].lower not in _BACK_POINTERS | {"so"} or not tokens[verb].finite \
                or not _said(tokens, depth, c):
            continue
        # after a noun, "das" may be a relative pronoun ("ein Lied, das erzählt …"), or the subject of a main
        # clause whose object follows the verb ("ein Lied, das erzählt die Geschichte"); a name or a pronoun
        # after the verb is its subject, and the clause the frame ("das Aus, das meldet der Guardian")
        relative = tokens[c].text == "," and is_noun(tokens[c - 1]) and tokens[c + 1].lower != "so"
        # "das sagte X", or an auxiliary and the participle that closes the frame: "das hat X bekanntgegeben"
        said = verb if _speech(tokens[verb], tokens[verb:end]) else end - 1
        if said != verb and not (tokens[verb].pos == "VA" and tokens[said].tag == "VV(PP)"
                                 and _speech(tokens[said], tokens[verb:end])):
            continue
        if any(t.finite or t.text in {",", ":", "–", "—"} for t in tokens[verb + 1:end]):
            return None  # another clause follows: "…, das sagte X, sei …"
        after = verb + 2 if tokens[c + 1].lower == "so" and tokens[verb + 1].lower == "es" else verb + 1
        speaker = _named_speaker(tokens, after, end if said == verb else said)  # ("so sagte es X")
        if speaker is None or (relative and tokens[speaker[0]].pos != "PPER"
                               and not any(t.pos == "NE" for t in tokens[speaker[0]:speaker[1]])):
            return None
        lo, hi, direct = _strip_quotes(tokens, 0, c)
        return Report(((lo, hi),), speaker, tokens[said].text, "direct" if direct else "indirect")
    return None


_HEARSAY = frozenset({"hören", "erfahren", "lesen", "vernehmen", "entnehmen"})


def author_mark(tokens: Sequence[Token], depth: Sequence[int], c: int) -> int | None:
    """The mark before c that may close the author's own clause before a trailing frame's words: the first colon
    outside quotations, else the one spaced dash ("Es gab Kritik – der Entscheid sei zu spät gefallen, sagte X")."""
    colon = next((i for i in range(1, c) if tokens[i].text == ":" and not depth[i]), None)
    if colon is not None:
        return colon
    dashes = [i for i in range(1, min(c, len(tokens) - 1)) if tokens[i].text in DASHES and not depth[i]
              and tokens[i - 1].end < tokens[i].start and tokens[i].end < tokens[i + 1].start]
    return dashes[0] if len(dashes) == 1 else None


def _author_before_colon(tokens: Sequence[Token], depth: Sequence[int], c: int, rest: Sequence[Token] = ()) -> int:
    """Where the words a trailing frame reports begin: after a colon that closes the author's own clause
    ("Seit 2019 führt X Regie: Die Produzenten fragten mich, …, sagt X"; the author narrates in the
    indicative, the speaker says "ich" or speaks in the Konjunktiv: "Der Erste war X: Es drohe …, sagte X") or a
    clause with a source of its own ("laut Y"), else at the start. A dash does so only before the Konjunktiv
    ("Es gab Kritik – er sei zu spät gefallen, sagte X"); "Die Lage ist ernst – wir müssen handeln, sagte X" may be
    X's throughout. `rest`: the words after a frame set off inside them ("…: Die Tests, sagte X, seien positiv")."""
    colon = author_mark(tokens, depth, c)
    if colon is None:
        return 0
    dash = tokens[colon].text != ":"
    if not dash and (any(t.lower in ATTRIBUTING_PREPOSITIONS for t in tokens[:colon]) or _stance_before(tokens, colon)):
        return colon + 1  # "X habe laut Y versucht, …: Nach wie vor gelte …, so Z": the clause before the colon
        # has its own source
    if not any(t.finite and not konjunktiv_i(t) for t in tokens[:colon]):
        return 0
    words = [*tokens[colon + 1:c], *rest]
    said = next((t for t in words if t.finite), None)
    reported = said is not None and (konjunktiv_i(said) or said.lower in SUBJUNCTIVE_II) \
        and any(surely_indicative(t) for t in tokens[:colon] if t.finite) \
        and not any(_speech(t) for j, t in enumerate(tokens[:colon])
                    if t.finite and not in_subordinate(tokens, depth, 0, j))  # "Der Erste war X: Es drohe …, sagte X"
    first_person = any(is_first_person(t) for t in words)
    if (dash and first_person) or (not reported and (dash or not first_person)):
        return 0  # (after a dash, "ich habe" is the speaker's indicative, no Konjunktiv)
    return colon + 1


def _hearsay(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """`zu hören ist`, `zu erfahren war`: a source heard, not named as a speaker of its own."""
    return any(tokens[j].lower == "zu" and tokens[j + 1].lower in _HEARSAY for j in range(lo, hi - 1))


def _cue_span(tokens: Sequence[Token], depth: list[int], lo: int, hi: int, end: int,
              closed: bool = False) -> tuple[int, int] | None:
    """The tokens a claim leaves out for the source cue [lo, hi) ("laut der Polizei", "X zufolge", ", wie X
    mitteilte,"), or None when leaving it out could garble the claim. A cue that fills the prefield leaves
    the finite verb first (the claim moves a phrase to the front, see `rules.py`); one in the middle field
    goes when what stands around it is no preposition or conjunction that could belong to it ("laut dem
    Bericht der Kommission für Verkehr": the cue's end is not sure), unless a word closes the cue
    (`closed`: "X zufolge")."""
    if lo == 0:
        if hi < end and tokens[hi].text == ",":
            hi += 1
        return (0, hi) if hi < end and tokens[hi].finite and depth[hi] == 0 else None
    if tokens[lo - 1].text == ",":
        if hi >= end:
            return lo - 1, end
        return (lo - 1, hi + 1) if tokens[hi].text == "," else None
    if hi >= end:
        return lo, end
    if tokens[hi].text == "," and hi + 1 < end and tokens[hi + 1].tag == "PRELS":
        # "laut dem Institut, das nur A zählt, meldeten …": the source's relative clause goes with it, up to its
        # closing comma; one that runs on to the end leaves the cue where it is
        close = next((j for j in range(hi + 2, end) if tokens[j].text == "," and depth[j] == depth[hi]), None)
        return (lo, close + 1) if close is not None else None
    loose = PREPOSITIONS | {"KON", "APPO", "PTKZU"}
    if tokens[lo - 1].pos in loose or tokens[hi].text in {"(", "-", "–"} or (
            not closed and tokens[hi].pos in loose and tokens[hi].lower not in _UNATTACHED_PREPOSITIONS):
        return None
    return lo, hi


def _other_cue_clause(tokens: Sequence[Token], depth: Sequence[int], lo: int, end: int) -> int:
    """Where a clause after a comma opens that names a source of its own ("…, nach Angaben der Stadt handelte es
    sich um …", "…, laut Y …"), or `end`: a cue before it does not cover it."""
    for j in range(lo, end - 2):
        if tokens[j].text != "," or depth[j]:
            continue
        stop = next((k for k in range(j + 1, end) if tokens[k].text == "," and not depth[k]), end)
        clause = tokens[j + 1:stop]
        if any(t.finite for t in clause) and (
                any(t.lower in ATTRIBUTING_PREPOSITIONS for t in clause[:3])
                or (clause[0].lower == "nach" and any(t.lower.endswith("angaben") for t in clause[1:3]))):
            return j
    return end


# prepositions that open an adverbial of time or cause, not an attribute of the noun before them
_UNATTACHED_PREPOSITIONS = frozenset("am seit bis ab wegen trotz während".split())


def _quoted_word_before(tokens: Sequence[Token], depth: Sequence[int], i: int) -> bool:
    """Whether the clause right before ", wie X sagt" (at i) is a subordinate one that quotes X's words in
    quotation marks: the frame vouches for the quoted words, not for the sentence around them."""
    start = max((j + 1 for j in range(i - 1) if tokens[j].text == "," and not depth[j]), default=0)
    return start > 0 and starts_subordinate(tokens[start]) and any(depth[j] for j in range(start, i - 1))


def _inner_frame(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`..., wie X mitteilte[,:] ...` and `laut X ...` / `X zufolge`; the claim leaves the cue out where it
    can (`_cue_span`)."""
    whole: tuple[tuple[int, int], ...] = ((0, end),)
    aside = _apposed_aside(tokens, depth, end)
    for i in range(end):
        if depth[i]:
            continue
        tok = tokens[i]
        if aside is not None and aside[0] < i < aside[1] and (tok.lower in ATTRIBUTING_PREPOSITIONS or (
                tok.lower == "nach" and _nach_source(tokens, i, end) is not None)):
            return Report(whole, None, tok.text, "indirect")  # "Der Film – laut X ein Meisterwerk – läuft ab
            # Mai": the cue covers the apposition it opens; the sentence stays as written
        clause_lo = max((j + 1 for j in range(i) if tokens[j].text in {":", ";"} and not depth[j]), default=0)
        own: tuple[tuple[int, int], ...] = ((clause_lo, end),)  # a cue covers its own clause, after a colon or
        # semicolon ("Neues zeigt die Studie: So hatten laut X …" is the author's before the colon)
        if tok.lower == "wie" and (i == 0 or tokens[i - 1].text == ",") \
                and not any(t.lower in {"so", "genauso", "ebenso"} for t in tokens[max(0, i - 4):i]):
            # (not "nicht so einfach, wie X behauptet": a comparison with what X says, not X's words)
            stop = next((j for j in range(i + 1, end) if tokens[j].text in {",", ":", "."} and depth[j] == 0), end)
            stop = next((j for j in range(i + 2, stop) if tokens[j].text == "(" and tokens[j - 1].finite), stop)
            # ("wie X meldete (Stand: 0 Uhr)": a bracket right after the frame's verb closes it too)
            for _ in range(2):  # "wie X, Präsident des Y, sagt: …": an apposition before the frame's verb
                if any(tokens[j].finite for j in range(i + 1, stop)) or stop >= end or tokens[stop].text != ",":
                    break
                nxt = next((j for j in range(stop + 1, end) if tokens[j].text in {",", ":", "."} and depth[j] == 0),
                           end)
                if not (tokens[stop + 1].pos == "NN" or tokens[stop + 1].tag in {"ART", "PPOSAT"}) \
                        or not (nxt < end and nxt + 1 < end and tokens[nxt + 1].finite):
                    break
                stop = next((j for j in range(nxt + 1, end) if tokens[j].text in {",", ":", "."} and depth[j] == 0),
                            end)
            verbs = [j for j in range(i + 1, stop) if tokens[j].finite]
            if verbs and any(t.pos not in {"VV", "VA", "VM", "PTKVZ"} for t in tokens[verbs[-1] + 1:stop]):
                continue  # verb second, not last: "Wie so viele sagt auch X, …" compares, X is the speaker
            omit = _cue_span(tokens, depth, i, stop, end, closed=True)
            content: tuple[tuple[int, int], ...] = whole
            if i > 0 and stop + 1 < end and _main_clause_follows(tokens, stop, end):
                content, omit = ((0, i - 1), (_past_conjunction(tokens, stop + 1), end)), None  # "A, wie X
                # mitteilt: B": two clauses said
            if verbs and _hearsay(tokens, i + 1, stop):  # "wie aus Verhandlerkreisen zu hören ist"
                source = next((j + 1 for j in range(i + 1, stop) if tokens[j].lower in {"aus", "von", "vom", "bei"}),
                              None)
                if source is None and tokens[i + 1].tag in {"ART", "PPOSAT"} \
                        and tokens[verbs[-1] - 1].lower == "entnehmen":
                    source = i + 1  # "wie einer Mitteilung der Stadt zu entnehmen ist": the dative is the source
                # the source runs up to "zu hören": "aus Kreisen rund um das Ministerium zu hören"
                hi = next((j for j in range(source, stop) if tokens[j].lower == "zu"), None) \
                    if source is not None else None
                if source is not None and hi and hi > source:
                    return Report(content, (source, hi), "zu " + tokens[verbs[-1] - 1].text, "indirect", omit=omit)
                return Report(content, None, "wie", "indirect", inherit=True, omit=omit)
            if verbs and tokens[verbs[-1]].lemma.lower() == "hervorgehen" and tokens[i + 1].lower == "aus" \
                    and verbs[-1] > i + 3:
                return Report(content, (i + 2, verbs[-1]), "aus " + tokens[verbs[-1]].text, "indirect", omit=omit)
                # "wie aus dem Bericht der Notenbank hervorgeht": the document it comes from is the source
            study = _evidence_source(tokens, i + 1, verbs)
            if study is not None:  # "wie (nun) eine Auswertung des Amts zeigt": the study
                return Report(content, study, tokens[verbs[0]].text, "indirect", omit=omit)
            said = verbs[-1] if verbs else None
            if said is not None and tokens[said].lemma.lower() in {"haben", "sein"} \
                    and tokens[said - 1].tag == "VV(PP)":
                said -= 1  # "wie die SBB mitgeteilt hatten"
            if said is not None and tokens[said].lemma.lower() in {"andeuten", "hindeuten"} \
                    and not any(t.pos == "NE" for t in tokens[i + 1:said]) and not _agent_noun(tokens, i + 1, said):
                continue  # "wie Reste von Leinen andeuten": traces hint at it, as "zeigen" would; nobody says it
            if said is not None and tokens[said].lower in {"hiess", "hieß", "heisst", "heißt"} \
                    and tokens[i + 1].lower != "es":
                continue  # "wie die Serie im Original hiess": a name; only "wie es hiess" reports
            if said is not None and _speech(tokens[said], tokens[i + 1:said], verb_last=True):
                speaker = _speaker_after(tokens, i + 1, said)
                if speaker and any(tokens[j].pos in {"PPER", "PDS"} and tokens[j].lower not in {"es", "das"}
                                   for j in range(speaker[1], said)):
                    continue  # "Lockerungen, wie Altmaier sie ankündigte, dürften …": what X announced, no frame
                    # ("wie X es sagte" says how X put it: a frame)
                if speaker is None and tokens[i + 1].lower == "es":  # "wie es in einer Mitteilung heisst"
                    return Report(content, None, tokens[said].text, "indirect", inherit=True, omit=omit,
                                  document=_document(tokens, i + 1, said), reach=_reach(tokens[i:stop]))
                if speaker and _quoted_word_before(tokens, depth, i):
                    continue  # "…, damit es nicht mehr das „Nadelöhr“ ist, wie Huber sagt": X's word, the
                    # author's sentence
                if speaker:
                    return Report(content, speaker, tokens[said].text, "indirect", omit=omit,
                                  document=_document(tokens, i + 1, said))
        if tok.lower in ATTRIBUTING_PREPOSITIONS | {"nach"} and i + 2 < end \
                and tokens[i + 1].lower in {"eigenen", "eigener"} and tokens[i + 2].lower in UNNAMED_SOURCES \
                and not in_subordinate(tokens, depth, 0, i) \
                and not any(t.lower in {"ihm", "ihr", "ihnen"} and t.pos == "PPER" for t in tokens[clause_lo:i]):
            # ("nach eigener Auskunft" too; not "Ihm würde nach eigener Aussage A genügen", his own, not the
            # subject's)
            # "nach/laut eigenen Angaben": the subject's own word (of its own clause: "Der Betrieb ist kleiner: Nach
            # eigenen Angaben beschäftigt die Firma …"; in a relative clause, "filmten Arbeiter, die nach eigenen
            # Angaben …", it is the relative clause's subject's, and the main clause is the author's)
            speaker = subject_of(tokens, clause_lo, end)
            comma = next((j for j in range(i + 3, end) if tokens[j].text == "," and not depth[j]), None)
            if comma is not None and _main_clause_follows(tokens, comma, end):
                return Report(whole, None, tok.text, "indirect")  # "…, seit 2019 sammelt X die Briefe": a main
                # clause of its own after the comma is the author's; the sentence stays as written
            if speaker:
                return Report(own, speaker, " ".join(t.text for t in tokens[i:i + 3]).lower(), "indirect",
                              omit=_cue_span(tokens, depth, i, i + 3, end))
        fronted = starts_subordinate(tokens[0]) and tokens[0].pos not in PREPOSITIONS \
            and not any(tokens[j].text == "," and not depth[j] for j in range(i))  # ("Seit Beginn der Krise haben
        # sich laut X …": a preposition that can be a subordinator opens no clause here)
        if tok.lower in ATTRIBUTING_PREPOSITIONS - {"zufolge"} and tok.pos in PREPOSITIONS | {"APPO"} and not fronted \
                and not in_subordinate(tokens, depth, 0, i) and not (i + 1 < end and own_source(tokens, i + 1)):
            # ("laut X" in a relative or fronted clause is its own; "laut unseren Recherchen" is the author's)
            if _later_conjunct(tokens, depth, i):
                return Report(whole, None, tok.text, "indirect")  # "Sie sass in Haft und hatte laut Berichten
                # … verweigert": the cue covers its own verb's conjunct; the sentence stays as written
            speaker_end = _two_phrases(tokens, i + 1, name_extent(tokens, np_end(tokens, i + 1, end), end))
            if tokens[i + 1].pos in NOUNS and (tokens[i + 1].lower.endswith(_NEWSPAPER_ENDINGS)
                                                or web_address(tokens[i + 1].text)):
                speaker_end = i + 2 + (i + 2 < end and web_edition(tokens, i + 2))  # "laut Stadtanzeiger der
                # nächsten Sitzung …": a paper's name takes no genitive ("laut Tagblatt online": its web edition)
                # ("laut golem.de Unterlassungserklärung": nor does a web address take the object after it)
            if speaker_end + 1 < end and tokens[speaker_end].tag == "PPOSAT" \
                    and tokens[speaker_end].lower.endswith(("er", "es")) \
                    and tokens[speaker_end - 1].lower in SOURCE_NOUNS | UNNAMED_SOURCES:
                # "laut Auskunft ihrer Freundin X": whose word it is names the source
                speaker_end = name_extent(tokens, np_end(tokens, speaker_end, end), end)
            source_lo = i + 1
            if speaker_end + 1 < end and tokens[speaker_end].lower in {"von", "vom"} \
                    and tokens[speaker_end - 1].lower in SOURCE_NOUNS | UNNAMED_SOURCES:
                # "laut den Zahlen von Radio Nord": whose numbers they are is the source
                source_lo = speaker_end + 1 if tokens[speaker_end].lower == "von" else source_lo
                speaker_end = name_extent(tokens, np_end(tokens, speaker_end + 1, end), end)
                while speaker_end < end and tokens[speaker_end].text[:1].isupper() \
                        and tokens[speaker_end - 1].pos in {"NN", "NE"} and (
                        tokens[speaker_end].pos in {"NE", "NN", "NNA"} or (
                            tokens[speaker_end].tag == "ADJ(A)"
                            and (speaker_end + 1 == end or tokens[speaker_end + 1].pos not in NOUNS))):
                    speaker_end += 1  # "von Landrat Hauner": the name after the title the tagger missed (or took
                    # for an adjective, with no noun after it)
            if speaker_end + 1 < end and tokens[speaker_end].lower in {"bei", "beim"} \
                    and tokens[speaker_end - 1].lower.endswith(_INQUIRIES):
                # "laut einer Nachfrage beim Bürgermeister", "laut Anfrage bei der Polizei": who was asked answered
                lo = speaker_end + 1 + (tokens[speaker_end + 1].lower in {"dem", "der", "den"})
                hi = name_extent(tokens, np_end(tokens, lo, end), end)
                if hi > lo:
                    return Report(whole, (lo, hi), tok.text, "indirect", omit=_cue_span(tokens, depth, i, hi, end))
            head = next((t for t in tokens[i + 1:speaker_end] if t.pos in NOUNS), tokens[speaker_end - 1])
            if speaker_end > i + 1 and not head.lower.endswith(_MEASURES):
                other = _other_cue_clause(tokens, depth, speaker_end, end)  # ("Laut X waren es A, nach Angaben von
                # Y B": the clause with a source of its own is not X's)
                return Report(((own[0][0], other),), (source_lo, speaker_end), tok.text, "indirect",
                              omit=_cue_span(tokens, depth, i, speaker_end, other))  # (the speaker of "laut
                # Auskunft von X" is X)
            # ("laut Buchwert", "gemäss Fahrplan": a measure or a schedule, by which, not by whom)
        if tok.lower == "zufolge" and i > 0:
            start = np_start(tokens, i, 0)
            if _later_conjunct(tokens, depth, start):
                return Report(whole, None, tok.text, "indirect")  # "… getestet wurde – Berichten zufolge
                # erfolgreich": the cue covers the afterthought it opens; the sentence stays as written
            # two common nouns side by side are two phrases: "hatten die Infektion RKI-Schätzungen zufolge"
            start = max([j for j in range(start + 1, i) if tokens[j - 1].pos == "NN" and tokens[j].pos == "NN"],
                        default=start)
            while start >= 2 and tokens[start - 1].pos in PREPOSITIONS and tokens[start - 2].pos in NOUNS \
                    and not depth[start - 1]:
                start = np_start(tokens, start - 1, 0)  # "Dem Bericht des Landesamts vom 3. März zufolge",
                # "einer Studie aus dem Jahr 2019 zufolge": the source's attributes belong to it
            if start > 0 and tokens[start].tag == "PIAT" and tokens[start - 1].tag == "ART":
                start -= 1  # "den beiden Forschern zufolge": the article before the quantifier opens the source
            if tokens[start].lower in _NOT_DATIVE:  # "habe diese Verluste Schlederer zufolge": "zufolge" takes a
                # dative, so the phrase before the name is the clause's object, not the source
                start = next((j for j in range(start, i) if tokens[j].pos == "NE"), start)
            if start < i:
                omit = _cue_span(tokens, depth, start, i + 1, end, closed=True)
                if tokens[i - 1].lower in UNNAMED_SOURCES:  # "den Angaben zufolge": whose, the report before says
                    return Report(own, None, tok.text, "indirect", inherit=True, document=(start, i), omit=omit)
                return Report(own, (start, i), tok.text, "indirect", omit=omit)
        noun = _nach_source(tokens, i, end) if tok.lower == "nach" else i + 1
        if noun is not None and noun + 1 < end and (tok.lower == "nach" or (
                tok.lower == "aus" and tokens[i + 1].lower == "sicht" and i == 0)) \
                and not in_subordinate(tokens, depth, 0, i):  # (in a relative clause the cue is that clause's own)
            report = _after_angaben(tokens, depth, i, end, noun)  # ("Aus Sicht der Ärztin ist …": whose view the
            # sentence is; further in, "aus Sicht" may judge one phrase or one conjunct only)
            if report:
                return report
        if tok.lower == "nach" and i + 2 < end and tokens[i + 1].pos in {"NE", "NN"} \
                and _saxon_genitive(tokens[i + 1]) and tokens[i + 2].lower in _NACH_SOURCES \
                and not in_subordinate(tokens, depth, 0, i):
            return Report(((0, end),), (i + 1, i + 2), f"nach {tokens[i + 2].text}", "indirect",
                          omit=_cue_span(tokens, depth, i, i + 3, end))  # "nach Ghadirs Darstellung": the name
            # in the genitive before the noun is the source
        if tok.lower == "nach" and i + 1 < end and "-" in tokens[i + 1].text[1:-1] \
                and tokens[i + 1].text.rsplit("-", 1)[1].lower() in _NACH_SOURCES \
                and tokens[i + 1].text[:1].isupper() and not in_subordinate(tokens, depth, 0, i):
            return Report(((0, end),), (i + 1, i + 2), "nach", "indirect",
                          omit=_cue_span(tokens, depth, i, i + 2, end))  # "nach RKI-Angaben", "nach
            # Polizei-Schätzungen": the source names itself in the compound, as after "laut"
        if tok.lower == "nach" and i >= 2 and tokens[i - 2].lower in {"dem", "der", "den"} \
                and (tokens[i - 1].lower in SOURCE_NOUNS | UNNAMED_SOURCES
                     or tokens[i - 1].lower.endswith(DOCUMENT_NOUNS)) \
                and not in_subordinate(tokens, depth, 0, i) and (i + 1 >= end or tokens[i + 1].pos != "NE"):
            # "Als zweiter Schritt dürfen dem Entwurf nach X öffnen": the document before a postposed "nach"
            # is the source ("den Angaben nach": whose, the report before says)
            if tokens[i - 1].lower in UNNAMED_SOURCES:
                return Report(own, None, "nach", "indirect", inherit=True, omit=_cue_span(tokens, depth, i - 2,
                                                                                         i + 1, end, closed=True))
            return Report(own, (i - 2, i), "nach", "indirect",
                          omit=_cue_span(tokens, depth, i - 2, i + 1, end, closed=True))
        if tok.tag == "PPOSAT" and tok.lower.startswith(("sein", "ihr")) and i + 2 < end \
                and tokens[i + 1].lower in _NACH_SOURCES and tokens[i + 2].lower == "nach" \
                and not in_subordinate(tokens, depth, 0, i):
            return Report(((0, end),), (i, i + 1), f"nach {tokens[i + 1].text}", "indirect",
                          omit=_cue_span(tokens, depth, i, i + 3, end))  # "Seiner Einschätzung nach": the man the
            # possessive refers to ("ihrer" may be a group's or a woman's: `rules._speaker_text` decides)
    return None


# nouns of a question put to someone: after "laut", the one asked ("bei X") is the source
_INQUIRIES = ("nachfrage", "anfrage", "rückfrage")
# nouns after "nach" whose genitive or von-phrase names a source: "nach Angaben der Polizei", "nach Auskunft der
# WHO", "nach Schätzungen von X"
_NACH_SOURCES = frozenset({"angaben", "aussagen", "informationen", "auskunft", "darstellung", "schätzungen",
                           "einschätzung", "erkenntnissen", "berechnungen", "recherchen", "zählung", "ansicht",
                           "meinung", "auffassung", "zahlen", "daten", "statistiken", "erhebungen", "messungen",
                           "hochrechnungen", "prognosen", "bilanz", "zählungen"})


# nouns of a report after "nach" that name a source only without a definite article, which may make them a time
_NACH_REPORTS = frozenset({"bericht", "berichten", "meldung", "meldungen"})


def _saxon_genitive(tok: Token) -> bool:
    """A name in the genitive before its noun ("Müllers Angaben", "Beispiels Darstellung")."""
    return tok.text[:1].isupper() and tok.text.endswith("s") and not tok.text.isupper() and len(tok.text) > 3


def _nach_source(tokens: Sequence[Token], i: int, end: int) -> int | None:
    """Where the noun of a source stands after the "nach" at i, with an article or adjectives before it ("nach
    Angaben", "nach ersten Erkenntnissen", "nach einer vorläufigen Bilanz"); None if no such noun follows."""
    j = i + 1
    while j < min(end, i + 4) and tokens[j].tag in {"ART", "ADJ(A)"} and tokens[j].lower != "eigenen":
        j += 1
    if j == i + 2 and tokens[i + 1].lower in {"den", "der"}:
        return None  # ("nach den Daten von X … Demnach …": a definite source whose "demnach" chain the rules
        # cannot yet render; "nach eigenen Angaben" is the subject's, as `phrases.own_source` reads it)
    if j < end and tokens[j].lower in _NACH_REPORTS and not any(t.lower in {"dem", "den"} for t in tokens[i + 1:j]):
        return j  # "nach einem Bericht der Zeitung", "nach Berichten örtlicher Medien" (not "nach dem Bericht des
        # Ausschusses", which may tell when: after it)
    return j if j < end and tokens[j].lower in _NACH_SOURCES else None


def _after_angaben(tokens: Sequence[Token], depth: list[int], i: int, end: int, noun: int) -> Report | None:
    """`nach Angaben der Polizei` / `nach Angaben von X` / `nach einer ersten Bilanz der Behörden` / `aus Sicht
    der Ärztin`: the source follows the cue's noun (at `noun`) as a genitive or a von-phrase."""
    lo = noun + 1
    if tokens[lo].lower in {"von", "vom"}:
        lo += 1
    elif tokens[lo].tag not in {"ART", "PPOSAT"} and tokens[lo].pos != "NE":
        return None
    hi = _institution_end(tokens, name_extent(tokens, np_end(tokens, lo, end), end), end)
    if hi <= lo or (hi - lo == 1 and tokens[lo].tag in {"ART", "PPOSAT"}):
        return None  # (a lone article: a phrase this analysis cannot delimit)
    return Report(((0, end),), (lo, hi), f"{tokens[i].lower} {tokens[noun].text}", "indirect",
                  omit=_cue_span(tokens, depth, i, hi, end))


# the accusative-only or nominative/accusative determiners: after the subject, they open a direct object
_OBJECT_DETERMINERS = frozenset("ein eine einen kein keine keinen das die dieses diese diesen".split())


def _marked_as_said(tokens: Sequence[Token], depth: list[int], lo: int, end: int) -> bool:
    """What follows a frame's comma carries the marks of reported content: "dass"/"ob", a quotation, or
    a verb in the subjunctive."""
    return tokens[lo].lower in {"dass", "daß", "ob"} or tokens[lo].text in _OPENS or any(
        t.finite and depth[j] == 0 and (konjunktiv_i(t) or t.lower in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II
                                        or (t.pos == "VV" and subjunctive_ii(t.text, t.tag, t.lemma)))
        for j, t in enumerate(tokens[lo:end], lo))  # (a full verb's Konjunktiv II: "…, die Regeln entsprächen …")


# determiners that only an accusative (masculine singular) takes: a phrase they open before the verb is its object
_ACCUSATIVE_DETERMINERS = frozenset({"einen", "keinen", "diesen", "jeden", "solchen"})
# determiners of no nominative: a phrase they open after a verb of saying is no speaker
_OBJECT_CASE_DETERMINERS = _ACCUSATIVE_DETERMINERS | OBJECT_ARTICLES | {"keinem", "diesem"}


def own_object(tokens: Sequence[Token], depth: Sequence[int], verb: int, stop: int, subject: tuple[int, int],
               lo: int = 0) -> bool:
    """The frame's verb already has its direct object in the middle field ("fordern nach dem Unfall einen
    Aktionsplan"): a noun phrase outside the subject whose determiner cannot be dative or genitive and
    that no preposition governs, or an accusative opening the clause at `lo` before the verb and its subject.
    The clause after the comma then is no complement of the verb."""
    if subject[0] > verb and tokens[lo].lower in _ACCUSATIVE_DETERMINERS and tokens[lo].tag in {"ART", "PIAT", "PDAT"}:
        return True  # "Einen Plan fordern X seit Langem, auch Y hatte einen vorgelegt": the object opens the clause
    compared = False  # in a comparison ("hatte ebenso wie die Firma und die Banken erklärt"): no object
    for j in range(verb + 1, stop):
        tok = tokens[j]
        compared = tok.pos == "KOKOM" or (compared and (is_np_word(tok) or tok.pos in {"ART", "KON"}))
        singular_den = tok.lower == "den" and j + 1 < stop and tokens[j + 1].pos == "NN" \
            and not inflected_noun(tokens[j + 1].text)  # ("den Notbetrieb", an accusative; "den Ländern" a dative)
        if subject[0] <= j < subject[1] or depth[j] or (tok.lower not in _OBJECT_DETERMINERS and not singular_den) \
                or tok.tag not in {"ART", "PIAT", "PDAT"} or compared:
            continue
        if tokens[j - 1].pos not in PREPOSITIONS and j + 1 < stop and is_np_word(tokens[j + 1]):
            return True
    topic = _TOPIC_PREPOSITIONS.get(tokens[verb].lemma.lower(), frozenset())
    if any(tokens[j].lower in topic and not depth[j] for j in range(verb + 1, stop - 1)):
        return True  # "Das Amt spricht von zwei, die Zeitung zählt drei": what it speaks of is said
    return _bare_object(tokens, depth, verb, stop, subject)


# verbs of saying whose topic a preposition takes ("spricht von zwei Fällen", "warnt vor einer Krise"): with it,
# a clause after the comma is no content of theirs unless a mark of reported speech shows it
_TOPIC_PREPOSITIONS = {"sprechen": frozenset({"von", "über"}), "reden": frozenset({"von", "über"}),
                       "berichten": frozenset({"von", "über"}), "erzählen": frozenset({"von"}),
                       "warnen": frozenset({"vor"})}


def _bare_object(tokens: Sequence[Token], depth: Sequence[int], verb: int, stop: int, subject: tuple[int, int]
                 ) -> bool:
    """An object without a determiner right after the verb and its adverbs ("fordern strengere Vorgaben"):
    adjectives and a common noun that no preposition governs."""
    j = verb + 1
    while j < stop and (tokens[j].pos in {"ADV", "PTKNEG"} or subject[0] <= j < subject[1]):
        j += 1
    while j < stop and tokens[j].tag in {"ADJ(A)", "CARD"}:
        j += 1
    return j < stop and tokens[j].pos == "NN" and not depth[j] and tokens[j].lower not in TIME_NOUNS \
        and (j + 1 == stop or tokens[j + 1].pos not in {"NN", "NE"})


def _past_relative_clause(tokens: Sequence[Token], depth: Sequence[int], verb: int, end: int) -> int:
    """The finite verb of the main clause when the first one, at `verb`, closes a relative clause on a subject
    with a name ("X, der seit Jahren Y leitet, sagt: …"); else `verb`. (Not a frame set off inside the clause,
    "Die Länder, die A taten, sagte X, kämen …", nor a fronted phrase, "Vor der Wahl, die …, sagte er …".)"""
    opening = verb - 1
    while opening > 0 and not (tokens[opening].text == "," and not depth[opening]):
        opening -= 1
    if opening <= 0 or tokens[opening + 1].pos not in {"PRELS", "PRELAT"} or tokens[0].pos in PREPOSITIONS \
            or not any(t.pos == "NE" for t in tokens[:opening]) \
            or any(t.finite or t.text == ":" for t in tokens[:opening]):
        return verb
    close = next((j for j in range(verb + 1, end) if tokens[j].text in {",", ":"} and not depth[j]), None)
    if close is None or close + 1 >= end or tokens[close].text != "," or not tokens[close + 1].finite:
        return verb
    after = next((j for j in range(close + 2, end) if tokens[j].text in {",", ":"} and not depth[j]), end)
    return verb if after + 1 < end and tokens[after].text == "," and tokens[after + 1].finite else close + 1


def _naming_apposition(words: Sequence[Token]) -> bool:
    """Whether the words are a short apposition that names someone: a name, or a noun and a name, after an
    optional article ("der Arzt Peter Muster", "Hauptmann Urs Frei")."""
    words = words[1:] if words and words[0].tag == "ART" else words
    return 0 < len(words) <= 5 and all(t.text[:1].isupper() for t in words) and any(t.pos == "NE" for t in words)


def _leading_frame(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`X sagte, (dass) content` and `X verkündet ...: content`."""
    fins = [i for i in range(end) if tokens[i].finite and depth[i] == 0]
    if not fins or fins[0] == 0:
        return None
    verb = _past_relative_clause(tokens, depth, fins[0], end)
    stop = next((j for j in range(verb + 1, min(end, verb + 20)) if tokens[j].text in {",", ":"} and depth[j] == 0
                 and not (tokens[j].text == ":" and _score_colon(tokens, j))), None)
    if stop is None or stop + 1 >= end:
        return None
    after = next((j for j in range(stop + 1, end) if tokens[j].text == "," and depth[j] == 0), end)
    if has_zu_infinitive(tokens[stop + 1:after]) and ((tokens[verb].lemma.lower() == "schlagen" and not any(
            t.finite and t.lemma.lower() in SPEECH_VERBS for t in tokens[stop + 1:end])) or (
            tokens[0].pos != "KOUS" and in_subordinate(tokens, depth, 0, verb)
            and not any(t.finite for t in tokens[stop + 1:after]))):
        return None  # "Personen, die ankündigten, X zu tun, kamen …", "X schlägt vor, Y zu testen": what the verb
        # takes is an infinitive (what to do, not what is so), no words reported (unless a verb of saying
        # follows: "X forderte, Y zu tun, und sagte, …")
    # the verb of saying is finite ("X sagte, ...") or a participle closing the frame after its auxiliary
    # ("X hat im Parlament bekräftigt, ...")
    closing = tokens[verb].pos == "VA" and tokens[verb].lemma.lower() not in {"sein", "werden"} \
        and tokens[stop - 1].tag == "VV(PP)" and stop - 1 > verb and _speech(tokens[stop - 1], tokens[verb:stop])
    # ("würde sagen:" is what one would say, no report; "waren drei Schüler krank gemeldet," a state; "wurde der
    # Wert vom Amt mitgeteilt," a passive, whose subject is what was said, not who said it)
    lo = stop + 1
    evidence = tokens[verb].lemma.lower() in EVIDENCE_VERBS and tokens[lo].lower in {"dass", "daß"} \
        and any(t.lower in SOURCE_NOUNS for t in tokens[:verb])  # "Recherchen von X zeigen, dass ..."
    if not (closing or evidence or (_speech(tokens[verb], tokens[verb:stop]) and stop - verb <= 12)):
        return None
    if in_konjunktiv(tokens[verb]):
        return None
    if tokens[lo].pos in {"PWS", "PWAT", "PWAV"}:
        return None  # "X analysierte, welchen Eindruck Y machte": what the words were about, not the words
    if tokens[stop - 1].lower == "dadurch":
        return None  # "Frieden finden sie dadurch, dass …": the clause says how, it is no one's words
    if tokens[verb].lemma.lower() == "sprechen" and tokens[stop - 1].lower != "aus" \
            and any(t.lower in {"dafür", "dagegen"} for t in tokens[verb + 1:stop]):
        return None  # "Die Zahlen sprechen dafür, dass …": they point to it, nobody says it (not "X spricht
        # sich dafür aus, dass …", a proposal)
    if tokens[stop].text == "," and tokens[lo].pos == "KON":
        return None  # "Der Minister widersprach, und die Ministerin schwieg": a second main clause
    answer = next((t for t in tokens[lo:end] if t.finite), None)
    if tokens[stop].text == "," and any(t.lower == "zwar" for t in tokens[verb:stop]) \
            and tokens[lo].lower not in {"dass", "daß", "ob"} and answer is not None and not konjunktiv_i(answer):
        return None  # "X meldete zwar weniger Fälle, dies dürfte aber …": the concession's answer is the author's
        # (not "X glaubt zwar, dass …", "X sagte zwar, Y sei …": what X said)
    if tokens[stop].text == ":" and not any(t.pos in {"VV", "VA", "VM"} for t in tokens[lo:end]) \
            and not any(quote_depth(tokens)[j] for j in range(lo, end)):
        return None  # "X hat ein Album aufgenommen: Lena Vogt von den Stadtmusikanten" names, it quotes nothing
    apposition_end = next((j for j in range(lo, end) if tokens[j].text == "," and not depth[j]), None)
    appositive: tuple[int, int] | None = None
    named = tokens[stop - 1].pos == "NN" and apposition_end is not None \
        and _naming_apposition(tokens[lo:apposition_end]) and (subject_of(tokens, 0, stop) or (0, 0))[1] == stop
    if tokens[stop].text == "," and apposition_end is not None \
            and not any(t.text == "," for t in tokens[:verb]) \
            and (named or (tokens[stop - 1].pos == "NE" and (
                tokens[lo].pos == "NN" or (tokens[lo].tag == "ART" and tokens[lo + 1].pos in NOUNS)))) \
            and not any(t.finite for t in tokens[lo:apposition_end]) \
            and any(t.finite for t in tokens[apposition_end + 1:end]):
        # "So sagte X, Professorin für Y an der Universität Z, A sei …": the words reported start after the
        # speaker's apposition; one that names a speaker the frame only describes names it ("widersprach sein
        # Berater, der Arzt Peter Muster, …")
        appositive, lo = ((lo, apposition_end) if named else None), apposition_end + 1
    fronted = starts_subordinate(tokens[lo]) and tokens[lo].pos == "KOUS" and any(
        tokens[j].text == "," and not depth[j] and tokens[j + 1].finite and konjunktiv_i(tokens[j + 1])
        for j in range(lo, end - 1))  # "sagte, solange A gelte, werde B": a condition, then what was said
    if tokens[stop].text == "," and tokens[lo].lower not in {"dass", "daß", "ob"} and not fronted and (
            starts_subordinate(tokens[lo]) or not any(t.finite for t in tokens[lo:end]) or tokens[lo].finite):
        return None  # "X bestätigte 99 Fälle, die ...": a relative clause, not what was said
    speaker = appositive or subject_of(tokens, 0, stop)
    if speaker is None or (tokens[verb].lemma.lower() in {"heissen", "heißen"} and tokens[speaker[0]].lower != "es"):
        return None  # "Das heisst: …" means, it reports nobody's words
    if tokens[speaker[0]].lower == "es" and tokens[0].lower in _SOURCE_PREPOSITIONS:
        speaker = _fronted_source(tokens, verb) or speaker  # "Aus der Partei hiess es, …": the party
    elif tokens[speaker[0]].lower == "es":
        speaker = _speaker_after(tokens, speaker[0], stop) or speaker  # "Es hiess aus der Partei, …"
    if tokens[stop].text == "," and not _marked_as_said(tokens, depth, lo, end) \
            and own_object(tokens, depth, verb, stop, speaker):
        return None  # "X fordern einen Plan, Y sieht keinen Bedarf": two main clauses, not a frame
    if tokens[lo].lower in {"dass", "daß"}:
        if (tokens[stop - 1] if closing else tokens[verb]).lemma.lower() in DIRECTIVE_VERBS:
            return None  # "X fordert, dass Y transparent abläuft": a demand; the sentence states that it was made
        lo += 1
    if any(t.lower == "zwar" for t in tokens[:stop]):  # "Zwar behaupten X, A, doch B": B is the author's reply
        end = next((j for j in range(lo, end) if tokens[j].text == "," and depth[j] == 0 and j + 1 < end
                    and tokens[j + 1].lower in {"doch", "aber", "jedoch"}), end)
    start, hi, direct = _strip_quotes(tokens, lo, end)
    cue = tokens[stop - 1].text if closing else tokens[verb].text
    # "Im Papier heisst es, dass …": the document that says it
    document = (_document(tokens, verb, stop) or (_document(tokens, -1, verb) if tokens[0].lower in {"in", "im"}
                                                   else None)) if tokens[verb].lemma.lower() in {"heissen", "heißen"} \
        else None  # (after "es", or opening the sentence: not "die im Gesetz verankerte X")
    if document is not None and not any(t.pos == "NN" and (t.lower.endswith(DOCUMENT_NOUNS) or t.lemma.lower().endswith(
            DOCUMENT_NOUNS)) for t in tokens[document[0]:document[1]]):
        document = None  # ("In der Stadt heisst es, …": people there say it, no text; "in dem Bericht des Amtes",
        # "in der Fassung des Konzepts": the text may stand before a genitive)
    return Report(((start, hi),), speaker, cue, "direct" if direct else "indirect", document=document)


def surely_indicative(verb: Token) -> bool:
    """A finite verb whose form no Konjunktiv shares: a present in "-t" ("sieht", "gilt"), a singular past
    ("sah", "lehnte"; reported speech would say "sehe"), or a strong plural past whose Konjunktiv II takes an
    umlaut ("sahen"/"sähen"; not "stiegen", nor the weak "lehnten", which the Konjunktiv II shares)."""
    form = verb.lower
    if konjunktiv_i(verb) or subjunctive_ii(verb.text, verb.tag, verb.lemma) or form in {"haben", "werden"}:
        return False
    if form.endswith("t") or form in {"ist", "sind", "waren"}:
        return True
    past = past_tense(verb.text, verb.tag)
    if past and verb_number(verb) != "pl":
        return True
    return past and not form.endswith("ten") and not set("äöü") & set(form) and bool(set("aou") & set(form))


def indicative_reply(tokens: Sequence[Token], comma: int, end: int) -> bool:
    """Whether what follows a comma after a frame and its content is the author's reply, not more of the
    report: a clause with a subject of its own before a surely indicative verb, after a content whose verb is
    not surely indicative, joined by "aber" ("gaben an, sie kochten täglich, aber nur wenige Mütter sahen das
    so") or right after a frame that closes the content ("Er habe es gesagt, betont X, er ist da nah bei Y")."""
    if tokens[comma].text != "," or comma + 3 >= end:
        return False
    joined = tokens[comma + 1].lower in {"doch", "aber", "jedoch"}
    report = find_report(tokens[:comma])
    if report is None or report.speaker is None or report.inherit or not report.content \
            or not (joined or report.content[-1][1] < report.speaker[0] < comma):
        return False
    depth = quote_depth(tokens)
    lo = report.content[0][0]
    said = next((t for j, t in enumerate(tokens[lo:comma], lo) if t.finite and not depth[j]), None)
    if any(t.lower == "zwar" for t in tokens[lo:comma]):
        return False  # "A sei zwar B, sagt X, allein, C fehlt": the answer to "zwar" is the speaker's own
    subject = comma + 1 + joined
    while subject < end and tokens[subject].pos == "ADV":
        subject += 1  # ("aber nur wenige Väter sahen …")
    # the reply's own subject, then its verb in second place (not a relative clause going on: ", die A sind,
    # aber für B spielen und getestet wurden")
    reply = subject + 1 if tokens[subject].pos == "PPER" else np_end(tokens, subject, end)
    return said is not None and subject < reply < end and tokens[reply].finite and not depth[reply] \
        and not surely_indicative(said) and surely_indicative(tokens[reply])


def dashed_reply(tokens: Sequence[Token], dash: int, end: int) -> bool:
    """Whether "– doch …" after a frame and its content is the author's reply ("X hat angekündigt, eine neue
    Politik zu machen – doch seither hat er mehrere Fehler gemacht"): a contrast after a dash, whose clause has a
    surely indicative verb, after a content that is an infinitive or not surely indicative."""
    if tokens[dash].text not in {"–", "—"} or dash + 3 >= end \
            or tokens[dash + 1].lower not in {"doch", "aber", "jedoch"}:
        return False
    report = find_report(tokens[:dash])
    if report is None or report.speaker is None or report.inherit or not report.content:
        return False
    depth = quote_depth(tokens)
    cue = next((j for j in range(report.speaker[1], dash) if tokens[j].text == report.cue), None)
    lo = max(report.content[0][0], cue + 1 if cue is not None else 0)  # (what the frame's verb reports)
    said = next((t for j, t in enumerate(tokens[lo:dash], lo) if t.finite and not depth[j]), None)
    stop = next((j for j in range(dash + 2, end) if tokens[j].text in {",", ";", ":", "–"}), end)
    reply = next((t for j, t in enumerate(tokens[dash + 2:stop], dash + 2) if t.finite and not depth[j]), None)
    return reply is not None and surely_indicative(reply) and (said is None or not surely_indicative(said))


# what someone draws ("zog den Schluss:", "zog Bilanz:"): what follows the colon is their conclusion
_CONCLUSION_NOUNS = frozenset({"schluss", "schlüsse", "fazit", "bilanz", "lehre", "lehren", "schlussfolgerung"})
# what one draws in words ("zieht einen Vergleich", "zog Bilanz")
_DRAWN_NOUNS = _CONCLUSION_NOUNS | {"vergleich", "parallele", "parallelen"}
# what someone gives others in words before a colon ("Viel Mut machte er nicht:", "X machte Hoffnung:", "X
# dämpfte die Erwartungen:"), with the verb that gives it
_ENCOURAGEMENT = {"machen": frozenset({"mut", "hoffnung", "hoffnungen", "angst"}),
                  "dämpfen": frozenset({"erwartungen", "hoffnungen", "euphorie"})}


def _stance_before(tokens: Sequence[Token], colon: int) -> tuple[int, int] | None:
    """The named subject of a clause before a colon that says they take a stand ("Skeptisch äusserte sich
    Angela Muster:", "X war optimistischer:", "Dem Plan steht X skeptisch gegenüber:"): what follows the colon
    is their view, in any mood or person. A fronted subordinate clause is left out ("Während A …, war X
    optimistischer:"), and so is a main clause before the one that takes the stand ("A sei gut, lobte X und
    warnte: …": X warns, not A's subject)."""
    turns = [j + 1 + (tokens[j + 1].pos == "KON") for j in range(colon - 1) if tokens[j].text == "," and (
        tokens[j + 1].finite or (tokens[j + 1].pos == "KON" and any(t.finite for t in tokens[j + 2:colon])))]
    start = turns[0] if turns and starts_subordinate(tokens[0]) else max(
        (j for j in turns if any(t.finite for t in tokens[:j - 1])), default=0)
    clause = tokens[start:colon]
    verbs = {t.lemma.lower() for t in clause if t.finite}
    if "kommen" in verbs and any(t.lower in REACTION_NOUNS for t in clause):
        return _reaction_source(tokens, start, colon)
    if "ziehen" in verbs and any(t.lower in _CONCLUSION_NOUNS for t in clause):
        subject = subject_of(tokens, start, colon)  # "X zog daraus den Schluss: A ist B": X's conclusion
        return subject if subject and _named_or_pronoun(tokens, subject) else None
    given = next((nouns for verb, nouns in _ENCOURAGEMENT.items()
                  if verb in verbs and any(t.lower in nouns for t in clause)), None)
    if given is not None:
        subject = subject_of(tokens, start, colon)  # "Viel Mut machte der Minister nicht: «…»": his words; a
        # thing that gives hope ("Die Zahlen machen Mut: …") says nothing, unless quoted words follow
        if subject and any(t.lower in given for t in tokens[subject[0]:subject[1]]):
            verb = next(j for j in range(start, colon) if tokens[j].finite)  # the fronted object ("Mut"): the
            after = verb + 1  # subject stands right after the verb, or after the pronoun it is given to ("Mut
            while after < colon and tokens[after].lower in {"ihnen", "ihm", "ihr", "uns", "euch", "mir", "dir"}:
                after += 1  # machte ihnen X:")
            end = np_end(tokens, after, colon)
            subject = (after, end) if end > after else None
        return subject if subject and (_named_or_pronoun(tokens, subject) or (
            colon + 1 < len(tokens) and tokens[colon + 1].text in "«„\"")) else None
    if verbs & ({"verweisen", "hinweisen"} | JUDGING_VERBS) or ("wenden" in verbs and any(
            t.pos == "PRF" for t in clause) and any(t.lower == "gegen" for t in clause)):  # ("wandte sich gegen A:")
        return _named_after(tokens, subject_of(tokens, start, colon), colon)  # "Zudem verweist die Konferenz
        # auf die Löhne: X hatte …": what follows the colon is what the subject points out, a named body or not;
        # so is what it praises, blames or warns of ("Die Ärztin lobt den Plan: Jede Hilfe ist willkommen.")
    if verbs & VIEW_VERBS and not any(t.tag == "PTKVZ" for t in clause) and any(
            not t.finite and (t.lower in VIEW_MANNERS or t.lower in STANCE_ADJECTIVES) for t in clause):
        subject = subject_of(tokens, start, colon)  # "X sieht das anders: A ist B.": X's reading of it (not
        # "Anders sieht es bei Y aus:", whose particle makes it another verb)
        return subject if subject and _named_or_pronoun(tokens, subject) else None
    if not ((verbs & STANCE_VERBS and any(t.pos == "PRF" for t in clause))
            or ((verbs & {"sein", "bleiben"} or _faces(verbs, clause)) and any(
                t.pos == "ADJ" and STANCE_ADJECTIVES & {t.lower, t.lower.removesuffix("er")} for t in clause))):
        return None
    subject = subject_of(tokens, start, colon)
    return subject if subject and _named_or_pronoun(tokens, subject) else None  # (a pronoun, as the discourse
    # resolves it: "…, ist er aber skeptisch: «…»")


def _named_after(tokens: Sequence[Token], subject: tuple[int, int] | None, stop: int) -> tuple[int, int] | None:
    """The name in an apposition right after a subject before `stop` ("der Manager des Vereins, Peter Muster,
    wandte sich …"), which says who the speaker is; else the subject."""
    if subject is None or subject[1] >= stop or tokens[subject[1]].text != ",":
        return subject
    close = next((j for j in range(subject[1] + 1, stop) if tokens[j].text == ","), None)
    return (subject[1] + 1, close) if close is not None and _naming_apposition(tokens[subject[1] + 1:close]) \
        else subject


def _faces(verbs: set[str], clause: Sequence[Token]) -> bool:
    """"steht dem Plan skeptisch gegenüber": a stance toward something, like "ist skeptisch"."""
    return "stehen" in verbs and clause[-1].lower == "gegenüber"


def _named_or_pronoun(tokens: Sequence[Token], span: tuple[int, int], acronyms: bool = True) -> bool:
    """Whether a subject is a name (an acronym too, unless `acronyms` is off: "die SBB" names a body, not a
    person who speaks) or the pronoun "er"/"sie", which the discourse resolves: someone whose words may
    follow without a verb of saying."""
    return any(t.pos == "NE" and (acronyms or not t.text.isupper()) for t in tokens[span[0]:span[1]]) \
        or (span[1] - span[0] == 1 and tokens[span[0]].lower in {"er", "sie"})


def _reaction_source(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The source of "Kritik kam von der Partei X:" or "Lob kam aus Bern:", the phrase after "von"/"aus" that
    runs to the colon: what follows is their view, named or not ("von allen Seiten" is no fact either)."""
    source = next((j + 1 for j in range(lo, hi) if tokens[j].lower in {"von", "vom", "aus"}), None)
    return (source, hi) if source is not None and np_end(tokens, source, hi) == hi else None


def _named_source(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether [lo, hi) names a person or body: a name, or a title in quotation marks ("«Bild»")."""
    if hi - lo > 3 and tokens[lo].tag == "ART":
        lo += 1  # "die «Zeitung»"
    return any(t.pos == "NE" for t in tokens[lo:hi]) or (
        hi - lo >= 3 and tokens[lo].text in "«„\"" and tokens[hi - 1].text in "»“\"")


# nouns of what someone says, which a label before a colon gives a speaker in the genitive or after "von":
# "Begründung des Abgeordneten X: …", "Antwort von X: …"
_SAYING_NOUNS = frozenset("""begründung antwort reaktion kommentar fazit argument erklärung einschätzung botschaft
appell forderung warnung rat tipp vorwurf kritik lob devise credo argumentation argumente position standpunkt
haltung lesart""".split())


# what a body decides or a text lays down, besides documents: a label of one of them quotes it
_DECISION_NOUNS = frozenset("beschluss resolution entscheid entscheidung wortlaut text motto".split())
# documents that the author spells out rather than quotes ("Der Plan: Es soll …"): no label of a speaking text
_SCHEME_NOUNS = ("plan", "konzept", "strategie")


def _document_label(tokens: Sequence[Token], colon: int) -> bool:
    """`Der entsprechende Beschluss: Die Partei lehnt …`: an article, adjectives and a noun of a document, a
    decision or a saying, and nothing else before a colon: what follows is that text's, not the author's."""
    genitive = next((k for k in range(2, colon - 1) if tokens[k].lower in {"des", "der", "von"}
                     and tokens[k - 1].pos == "NN" and np_end(tokens, k + 1, colon) == colon),
                    colon)  # ("Die Begründung der Partei:", "Die Antwort von X:": whose it is, after it)
    head = tokens[genitive - 1].lower
    return colon >= 2 and tokens[0].tag in {"ART", "PDAT", "PPOSAT"} and tokens[genitive - 1].pos == "NN" \
        and all(t.tag == "ADJ(A)" for t in tokens[1:genitive - 1]) \
        and (head in _SAYING_NOUNS | _DECISION_NOUNS or head.endswith(DOCUMENT_NOUNS)) \
        and not head.endswith(_SCHEME_NOUNS)


def _dash_frame(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`Der Verlag hat die Inhalte gesperrt – die Zeitung berichtete.`: a closing dash, then a source and its
    verb of saying with nothing after them but adverbs ("– derStandard.at berichtete darüber"): a frame of what
    stands before the dash, which alone would state it as the author's fact."""
    dashes = [i for i in range(1, end) if tokens[i].text in {"–", "—"} and not depth[i]]
    if len(dashes) != 1 or not any(t.finite for t in tokens[:dashes[0]]):
        return None
    dash = dashes[0]
    verb = next((j for j in range(dash + 1, end) if tokens[j].finite), None)
    if verb is None or verb == dash + 1 or not _speech(tokens[verb], tokens[dash + 1:end], verb_last=True) \
            or any(t.pos not in {"ADV", "PTKVZ", "PROAV", "PTKNEG"} for t in tokens[verb + 1:end]):
        return None
    speaker = _speaker_after(tokens, dash + 1, verb)
    if speaker is None or speaker[1] != verb:
        return None
    return Report(((0, dash),), speaker, tokens[verb].text, "indirect")


def _saying_label(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`Begründung des Gemeinderats Beat Kuster: Es ist kein guter Brauch, …`: a verbless label of a noun of
    saying whose genitive or "von" phrase ends in a name, then a colon and a clause: the named person's words."""
    colon = next((i for i in range(1, min(end, 12)) if tokens[i].text == ":" and not depth[i]), None)
    if colon is not None and _document_label(tokens, colon) and any(t.finite for t in tokens[colon + 1:end]):
        after = find_report(tokens[colon + 1:end])
        if after is not None and after.speaker is not None and not after.deed:
            return after.shifted(colon + 1)  # "Sein Rat: «…», sagt X": the frame after the words names whose
        lo, hi, direct = _strip_quotes(tokens, colon + 1, end)
        return Report(((lo, hi),), (0, colon), None, "direct" if direct else "indirect")
    if colon is None or colon < 3 or any(t.pos in {"VV", "VA", "VM"} for t in tokens[:colon]) \
            or tokens[0].lower not in _SAYING_NOUNS or tokens[1].lower not in {"des", "der", "von", "vom"} \
            or not any(t.finite for t in tokens[colon + 1:end]):
        return None
    name = colon
    while name > 2 and tokens[name - 1].pos == "NE":
        name -= 1
    if name == colon or not all(t.text[:1].isupper() for t in tokens[2:colon]):
        return None
    lo, hi, direct = _strip_quotes(tokens, colon + 1, end)
    return Report(((lo, hi),), (name, colon), None, "direct" if direct else "indirect")


def _dated_label(tokens: Sequence[Token], depth: Sequence[int], end: int) -> int | None:
    """Where the colon after a verbless label that names someone and the day they spoke stands ("Mitterlehner
    am Donnerstag: …", "Schwarze Attacke Mitterlehner am Donnerstag: …" with a subheading run into it), or
    None."""
    colon = next((i for i in range(3, min(end, 8)) if tokens[i].text == ":" and not depth[i]), None)
    if colon is None or tokens[colon - 2].lower != "am" or not is_time_noun(tokens[colon - 1]) \
            or tokens[colon - 3].pos != "NE" or any(t.pos in {"VV", "VA", "VM"} for t in tokens[:colon]) \
            or not any(t.finite for t in tokens[colon + 1:end]):
        return None
    return colon


def _day_label(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`Mitterlehner am Donnerstag: So geht das nicht.`: the named person's words that day."""
    colon = _dated_label(tokens, depth, end)
    if colon is None:
        return None
    name = colon - 3
    while name > 0 and tokens[name - 1].pos == "NE":
        name -= 1
    lo, hi, direct = _strip_quotes(tokens, colon + 1, end)
    return Report(((lo, hi),), (name, colon - 2), None, "direct" if direct else "indirect")


def _colon_voice(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`Granerud war ratlos: Ich habe alles getan.`, `Doch zuvor will Bakalorz etwas loswerden: Wir müssen
    …`: a clause about a named person or "er"/"sie", then a colon and words in the first person, which the
    author does not use: the person's words, without a verb of saying."""
    colon = next((i for i in range(1, end) if tokens[i].text == ":" and not depth[i]), None)
    if colon is None or not any(t.finite for t in tokens[:colon]):
        return None
    stance = _stance_before(tokens, colon)
    if stance and any(t.finite for t in tokens[colon + 1:end]):
        lo, hi, direct = _strip_quotes(tokens, colon + 1, end)
        return Report(((lo, hi),), stance, None, "direct" if direct else "indirect")
    reported = next((t for t in tokens[colon + 1:end] if t.finite), None)
    quoted = any(depth[j] for j in range(colon + 1, end))  # ("Der Lockdown würde zu «…» führen": a quotation's
    # Konjunktiv II is someone's words too)
    if reported is not None and (konjunktiv_i(reported) or (quoted and reported.lower in SUBJUNCTIVE_II)) \
            and not any(t.finite and konjunktiv_i(t) for t in tokens[:colon]):
        # (not after a clause that is itself reported: "X habe nichts gebracht: Y sei gesunken")
        # "Nun widerspricht die «Zeitung»: Sie sei …": a named source, then a colon and a main clause in the
        # Konjunktiv I, the mood of reported words: the source's
        subject = subject_of(tokens, 0, colon)
        named = subject is not None and (_named_source(tokens, *subject) or _agent_noun(tokens, *subject))
        # (or a body or a person named by their role: "Der Verband wandte sich an die Presse: A sei B" is the
        # union's, not that of whoever spoke before)
        if subject is not None and named and not konjunktiv_i(reported):
            return Report(((0, end),), subject, None, "indirect")  # (the clause before the colon states what
            # its subject did, "X nahm die Massnahme zurück: Sie würde «…»": the sentence stays whole, with them)
        if subject is not None and named:
            lo, hi, direct = _strip_quotes(tokens, colon + 1, end)
            return Report(((lo, hi),), subject, None, "direct" if direct else "indirect")
    if not any(is_first_person(t, speaking=True) for t in tokens[colon + 1:end]):
        return None
    subject = subject_of(tokens, 0, colon)
    if subject is None or not _named_or_pronoun(tokens, subject):
        return None
    first = next((i for i in range(colon + 1, end) if tokens[i].text[:1].isalnum()), end)
    if first + 1 < end and tokens[first].pos == "NE" and tokens[first + 1].text == ",":
        return None  # "Sie hatte Nachbarn im Flur stehen: «Jana, wir sind seit Jahren …»": words addressed to him
    return Report(((colon + 1, end),), subject, None, "direct")


def _agent_noun(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a noun phrase's head is a body or a person named by their role ("der Verband", "die Ministerin"):
    someone who may address others."""
    head = next((t.lower for t in reversed(tokens[lo:hi]) if t.pos == "NN"), "")
    return head.endswith((*_SPEAKER_ROLES, *_INSTITUTIONS, *_BODIES))


def _comma_voice(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`Meier nimmt es gelassen, "die Lage ist ernst, aber nicht neu."`: a clause about a named person or
    "er"/"sie", then a comma and a quotation that closes the sentence, with no verb of saying: the person's
    words, as after a colon (`_colon_voice`)."""
    comma = max((i for i in range(2, end - 3) if tokens[i].text == "," and not depth[i]), default=None)
    if comma is None or tokens[comma + 1].text not in "«„\"" \
            or not (depth[end - 1] or tokens[end - 1].text in "»“\"") \
            or any(not depth[j] for j in range(comma + 2, end - 1)) \
            or not any(t.finite for t in tokens[:comma]) or not any(t.finite for t in tokens[comma + 2:end]) \
            or any(t.lemma.lower() in SPEECH_VERBS for t in tokens[:end]) \
            or any(t.finite and (konjunktiv_i(t) or t.lower in SUBJUNCTIVE_II) for t in tokens[:comma]):
        return None  # (a clause in the Konjunktiv goes on with someone else's report: "X hätte das erlaubt, «…»")
    subject = subject_of(tokens, 0, comma)
    if subject is None or not _named_or_pronoun(tokens, subject, acronyms=False):
        return None
    lo, hi, direct = _strip_quotes(tokens, comma + 1, end)
    return Report(((lo, hi),), subject, None, "direct" if direct else "indirect")


def konjunktiv_i(tok: Token) -> bool:
    """A finite verb in the Konjunktiv I ("sei", "habe", "gebe"), the mood of reported speech; Swiss spelling
    too ("schliesse" of "schließen": the lemma may keep the "ß" the text writes "ss")."""
    lemma, form = tok.lemma.lower().replace("ß", "ss"), tok.lower.replace("ß", "ss")
    return tok.lower in _SUBJUNCTIVE_FORMS or (lemma.endswith("en") and form == lemma[:-1] and form != "werde") \
        or (lemma.endswith("eln") and form == lemma[:-3] + "le") \
        or (lemma.endswith(("eln", "ern")) and form == lemma[:-1] + "e")  # "handeln" → "handle" or "handele",
    # "sichern" → "sichere"


def main_konjunktiv(tokens: Sequence[Token]) -> bool:
    """The main clause's own finite verb is in the Konjunktiv I ("Demnach sei …", "Die Zahl sei …"), not
    only a verb of a clause inside it ("…, der die Agenda unterminieren wolle")."""
    depth = quote_depth(tokens)
    first = next((i for i, t in enumerate(tokens) if t.finite and not depth[i]
                  and not in_subordinate(tokens, depth, 0, i)), None)
    return first is not None and konjunktiv_i(tokens[first]) and not starts_subordinate(tokens[0])


# subordinators of a clause whose Konjunktiv I marks reported speech, not the author's ("…, dass alles gut sei",
# "…, als es anderen gelinge", "…, weil es keine Alternative gebe"); not "ob", the author's report of a question
REPORTING_SUBORDINATORS = frozenset("dass daß weil da als wenn obwohl nachdem damit sodass bevor während".split())


def konjunktiv_in_clause(tokens: Sequence[Token]) -> bool:
    """Whether a subordinate clause after a comma has its finite verb in the Konjunktiv I ("…, dass alles in
    Ordnung sei", "…, als es anderen gelinge"), where the author would write the indicative (not "als sei …":
    as if)."""
    depth = quote_depth(tokens)
    for k, t in enumerate(tokens):
        if t.lower in REPORTING_SUBORDINATORS and not depth[k] and k and tokens[k - 1].text == "," \
                and k + 1 < len(tokens) and not tokens[k + 1].finite:
            stop = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in {",", ".", ";", ":"}),
                        len(tokens))
            verb = next((u for u in reversed(tokens[k + 1:stop]) if u.finite), None)
            if verb is not None and konjunktiv_i(verb):
                return True
    return False


def subjunctive(tokens: Sequence[Token]) -> bool:
    """A Konjunktiv I verb outside quotation marks: the mark of indirect speech going on without a new
    frame. It may stand after a fronted clause ("Welche Folgen das hat, sei noch offen"); after "als" or
    "wie" it is a comparison ("als sei nichts geschehen"), not speech."""
    depth = quote_depth(tokens)
    return any(tok.finite and depth[i] == 0 and konjunktiv_i(tok) and not in_subordinate(tokens, depth, 0, i)
               and not (i > 0 and tokens[i - 1].lower in {"als", "wie"}) and not _noun_complement(tokens, depth, i)
               and not _first_person_indicative(tokens, i) and not _framed_here(tokens, depth, i)
               for i, tok in enumerate(tokens[:listed_from(tokens, 0, len(tokens))]))


# verbs whose object clause holds words or thoughts ("sagt, …", "fürchtet, …")
_FRAMING_LEMMAS = SPEECH_VERBS | COGNITION_VERBS


def _framed_here(tokens: Sequence[Token], depth: Sequence[int], i: int) -> bool:
    """Whether the Konjunktiv I at i stands in the object clause of a verb of saying or thinking inside a
    subordinate clause of the same sentence ("…, wo man fürchtet, das Thema könne …"): that verb frames it,
    so it does not go on with the words of the speaker before (not a main clause that goes on with its verb
    after a relative clause: "Mit sechs von zehn, die sich versichern, liege X im Mittelfeld")."""
    comma = max((c for c in range(1, i) if tokens[c].text == "," and depth[c] == 0), default=None)
    return comma is not None and comma + 1 < i and tokens[comma - 1].finite \
        and tokens[comma - 1].lemma.lower() in _FRAMING_LEMMAS and in_subordinate(tokens, depth, 0, comma - 1)


# Konjunktiv I forms that differ from the indicative in the first person singular too ("ich sei", "ich könne";
# but "ich habe", "ich gebe" are indicative)
_FIRST_PERSON_SUBJUNCTIVE = frozenset("sei könne müsse solle wolle dürfe möge wisse".split())


def _first_person_indicative(tokens: Sequence[Token], i: int) -> bool:
    """"Körperlich habe ich keine Probleme": with "ich" as its subject, a form like "habe" is the indicative,
    and no mark of reported speech."""
    return tokens[i].lower not in _FIRST_PERSON_SUBJUNCTIVE \
        and any(0 <= j < len(tokens) and tokens[j].lower == "ich" for j in (i - 1, i + 1))


def _noun_complement(tokens: Sequence[Token], depth: Sequence[int], k: int) -> bool:
    """Whether the verb at k is in a clause after a noun of content (a charge, a claim, a hope) that ends a
    clause of the author's own, with an indicative verb ("Die Behörde prüfte den Vorwurf, der Verein habe
    …"), or opens its subject ("Die Annahme, X sei Y, ist falsch"): the Konjunktiv spells out what the noun
    holds, not the last speaker's words going on."""
    comma = max((c for c in range(k) if tokens[c].text == "," and depth[c] == 0), default=None)
    if comma is None or comma == 0 or tokens[comma - 1].lower not in COMPLEMENT_NOUNS:
        return False
    verb = next((t for t in tokens[:comma] if t.finite), None)
    if verb is None:  # "Die Annahme, es handele sich um X, ist irreführend": the noun opens the subject, and the
        # author's verb follows the clause that spells it out
        close = next((c for c in range(k + 1, len(tokens) - 1) if tokens[c].text == "," and depth[c] == 0), None)
        verb = tokens[close + 1] if close is not None and tokens[close + 1].finite else None
    return verb is not None and not konjunktiv_i(verb) and verb.lower not in SUBJUNCTIVE_II


# the Konjunktiv II of "müssen" stands for its Konjunktiv I, which looks like the indicative ("sie müssen"); so
# does that of "können" before a frame that names who speaks ("Patienten könnten … . X sei …, sagt Y")
REPORTED_MODALS = frozenset({"müsste", "müssten"})
# modals in the Konjunktiv II with which a speaker's reported words go on right after a Konjunktiv I report
HEDGING_MODALS = frozenset({"könnte", "könnten", "dürfte", "dürften", "sollte", "sollten"})
# modals in the Konjunktiv II with which someone advises ("Lieber sollten sie …", "Besser könnte man …")
ADVISING_MODALS = frozenset({"sollte", "sollten", "könnte", "könnten"})
_FRAMED_MODALS = REPORTED_MODALS | {"könnte", "könnten"}


# what closes a clause for the adverbs that belong to its verb
_CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—"})


def reported_subjunctive_ii(tokens: Sequence[Token], modals: frozenset[str] = frozenset()) -> bool:
    """A main clause whose finite verb is a Konjunktiv II of reported speech ("Die USA hätten nichts
    erreicht"): right after someone's reported words, their words going on; elsewhere, the author's
    conditional. News writing uses it where the Konjunktiv I looks like the indicative ("sie hätten") and
    beyond ("es wäre"); a modal only where the caller's context makes it someone's words (`modals`: "müssten"
    in the paragraph of the reported words, REPORTED_MODALS; elsewhere an author hedges with them too)."""
    depth = quote_depth(tokens)
    if not tokens or subordinator_opens(tokens, 0, len(tokens)):
        return False  # (not "Bis Ende Jahr müssten …": "bis" before a phrase with no verb of its own)
    # each main clause's verb (past a relative clause's): "Friseure dürften nicht arbeiten, Einbussen müssten
    # hingenommen werden" is reported as a whole when one of its clauses is
    verbs = [i for i, t in enumerate(tokens) if t.finite and not depth[i] and not in_subordinate(tokens, depth, 0, i)]

    def now(k: int) -> bool:  # "Momentan machten sie …": a past form with an adverb of the present in its
        # clause is the Konjunktiv II of a weak verb, which looks like its Präteritum
        lo = max((j + 1 for j in range(k) if tokens[j].text in _CLAUSE_MARKS and not depth[j]), default=0)
        hi = next((j for j in range(k + 1, len(tokens)) if tokens[j].text in _CLAUSE_MARKS and not depth[j]),
                  len(tokens))
        return any(t.lower in SPEAKING_TIME_ADVERBS for t in tokens[lo:hi])

    def reported(k: int, hedged: bool = False) -> bool:
        verb = tokens[k]
        return verb.lower in SUBJUNCTIVE_II or verb.lower in modals or (hedged and verb.lower in HEDGING_MODALS) \
            or (verb.pos == "VV" and (subjunctive_ii(verb.text, verb.tag, verb.lemma)
                                      or (past_tense(verb.text, verb.tag) and now(k))))

    # ("brächten", "täten": a full verb's Konjunktiv II, which its umlaut shows; a hedging "dürften" opens a
    # reported sentence that a later clause's "müssten" shows, not a condition: "Wird X verurteilt, müsste er …")
    if not verbs or not reported(verbs[0], hedged=True) or not any(reported(k) for k in verbs):
        return False
    return not named_person_subject(tokens, 0, len(tokens))  # "Auch Ilka Hoffmann hätte …": the author's person


def _quotation(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """A quotation with no verb of saying: `Name: «quote»` (the headline form) names its speaker; a sentence
    that is one quotation continues the last speaker's words."""
    closes = end - 1 if end > 1 and tokens[end - 1].text in _CLOSES else None
    if closes is None:
        return None
    if tokens[0].text in _OPENS and all(depth[i] > 0 for i in range(1, closes)):
        # its speaker is the one of the sentence right before, who spoke or addressed someone there
        return Report(((1, closes),), None, None, "direct", inherit=True, reach=1)
    colon = next((i for i in range(1, closes) if tokens[i].text == ":" and depth[i] == 0), None)
    if colon is not None and colon + 1 < closes and tokens[colon + 1].text in _OPENS \
            and not any(t.finite for t in tokens[:colon]) and colon <= 4 and not tokens[0].lower.startswith("kein") \
            and any(t.pos in {"NE", "NN"} and t.text[:1].isupper() for t in tokens[:colon]):  # "Grünen-Chefin:"
        # (not a comment: "Kein Wunder: «…»" names nobody)
        return Report(((colon + 2, closes),), (0, colon), None, "direct")
    return None


def in_konjunktiv(verb: Token) -> bool:
    """Whether a finite verb is in the Konjunktiv I or II. A frame in it ("Heime hätten berichtet, dass …", "X
    habe gesagt, …") is itself reported, by whom the sentences before name, and what it reports is second hand,
    no words of its subject's that a claim could give as theirs; a reason or time clause in it ("…, weil X
    gegen Y verstosse") is someone's account or a supposition, no fact of its own."""
    return konjunktiv_i(verb) or verb.lower in SUBJUNCTIVE_II or subjunctive_ii(verb.text, verb.tag, verb.lemma)


def _verb_report(tokens: Sequence[Token], end: int) -> Report | None:
    """`X bestätigte/meldete/berichtete Y` (also in the Perfekt, "X hatte von Y berichtet"): the claim
    is the sentence, and its subject is the source. A demonstrative prefield is the object ("Dies
    bestätigte das Amt"): the source follows the verb."""
    fins = [i for i in range(end) if tokens[i].finite]
    first = next((i for i in range(end) if tokens[i].pos not in {"ADV", "PTKNEG"}), 0)  # "Auch in X sind …"
    if not fins or fins[0] == 0 or starts_subordinate(tokens[0]) or tokens[first].pos in PREPOSITIONS \
            or any(t.lower in CONTINUATION_ADVERBS for t in tokens[:end]):
        return None  # ("X hatte demnach angekündigt": the report before says it, see `find_report`)
    if any(t.pos in {"PWAV", "KOUS", "PRELS"} for t in tokens[:fins[0]]):
        return None  # "Lockerungen, wie der Minister sie ankündigte, dürften …": the verb is a subordinate clause's
    verb = tokens[fins[0]]
    if in_konjunktiv(verb):
        return None
    clause_end = next((j for j in range(fins[0] + 1, end) if tokens[j].text in {",", ":", ";", "–"}), end)
    if any(tokens[j].lower in COORDINATORS and any(t.finite for t in tokens[j + 1:clause_end])
           for j in range(fins[0] + 1, clause_end)):
        return None  # "X verkündete Y und ist heute zu Gast": the second verb is no report; each conjunct is
        # a deed of X's, not X's words
    closing = next((t for t in reversed(tokens[fins[0] + 1:clause_end]) if t.pos == "VV"), None)
    if verb.lemma.lower() in _VERB_REPORTS:
        cue = verb.text
    elif verb.pos == "VA" and closing is not None and closing.lemma.lower() in _VERB_REPORTS \
            and closing.tag == "VV(PP)":
        cue = closing.text
    else:
        return None
    if verb.lemma.lower() == "sein" or (verb.lemma.lower() == "werden" and tokens[0].lower == "es"):
        return None  # "14 Fälle sind gemeldet", "Es wird von Schäden berichtet": a state, or "von" the topic
    if any(t.lower == "sich" for t in tokens[fins[0] + 1:clause_end]):
        return None  # "Gegendemonstranten haben sich angekündigt", "X hat sich gemeldet": their coming or
        # their call, a deed of theirs that reports nothing
    if any(t.lower in NEGATIONS or t.lower.startswith("kein") for t in tokens[fins[0] + 1:clause_end]):
        return None  # "Zwölf Kreise meldeten keine neuen Zahlen": what was not reported, the author's statement
    if verb.lemma.lower() == "werden":  # the passive ("X wurde dem Blatt aus Ratskreisen bestätigt"): the subject
        # is what was reported; the source, if named, follows "von", "aus" or "durch"
        source = next((j + 1 for j in range(fins[0] + 1, end) if tokens[j].lower in {"von", "vom", "aus", "durch"}
                       and tokens[j].pos in PREPOSITIONS), None)
        hi = np_end(tokens, source, end) if source is not None else 0
        return Report(((0, end),), (source, hi), cue, "indirect", deed=True) \
            if source is not None and hi > source else None
    timed = any((is_time_noun(t) and not t.text.isupper()) or is_year(t) for t in tokens[:fins[0]])  # ("Die
    # ZEIT hat … berichtet": a newspaper's name)
    if ((tokens[0].pos in {"PDS", "ADV", "PROAV"} or tokens[0].tag == "ADJ(D)") and fins[0] == 1) or timed \
            or oblique_determiner(tokens[0]) \
            or plural_before_singular(tokens, 0, fins[0]):  # ("Die meisten Neuinfektionen meldete die Stadt";
        # "Den Rekord meldete die Firma": no nominative)
        # "Dies bestätigte X", "Dennoch berichtete X", "Ende 2019 meldete X": the prefield is no source
        speaker = _speaker_after(tokens, fins[0] + 1, end)
        if speaker and any(is_time_noun(t) for t in tokens[speaker[0]:speaker[1]]):
            return None  # "… hat Mitte September berichtet": a time names no source
        return Report(((0, end),), speaker, cue, "indirect", deed=True) if speaker else None
    if any(tokens[j].text == "," and j + 2 < end and any(t.finite for t in tokens[j + 1:end])
           and not starts_subordinate(tokens[j + 1]) and tokens[j + 1].tag != "PRELS" for j in range(fins[0], end)):
        return None  # "Die Region X meldete 422 Fälle, in Y waren es 268": the clause after the comma is no part of
        # X's report; each clause names its own source, or none
    subject_end = next((j for j in range(1, fins[0]) if tokens[j].text == ","), fins[0])  # ("Portugal, immerhin
    # ein beliebtes Reiseziel, meldet": the apposition is no part of the name)
    if any(t.lower in COORDINATORS for t in tokens[subject_end:fins[0]]):
        return None  # "Auch Chile, Peru und die Niederlande meldeten X": each member's claim names who reported,
        # and the list as a whole is no member's speaker
    return Report(((0, end),), (0, subject_end), cue, "indirect", deed=True)


def _name_label(tokens: Sequence[Token], depth: Sequence[int], end: int) -> int | None:
    """Where the colon after a leading name label stands ("Doyle:", "WHO:", "Anna Muster:"): up to three
    capitalised words, a name or an acronym among them, none a function word ("Hier:" is no name)."""
    colon = next((i for i in range(1, min(end, 4)) if tokens[i].text == ":" and depth[i] == 0), None)
    if colon is None or not all(t.text[:1].isupper() and t.lower not in FUNCTION_WORDS for t in tokens[:colon]) \
            or not any(t.pos == "NE" or (t.text.isupper() and len(t.text) > 1) for t in tokens[:colon]):
        return None
    return colon


def person_label(tokens: Sequence[Token]) -> tuple[str, int] | None:
    """`Lackner: Wird nicht gebucht, …` in running text: the label before the colon and where the words
    after it start, when a sentence opens with one (whose the label is, the caller asks the discourse)."""
    end = len(tokens) - (1 if tokens and tokens[-1].text in {".", "!"} else 0)
    colon = _name_label(tokens, quote_depth(tokens), end) if end > 3 else None
    if colon is None and end > 3 and tokens[1].text == ":" and tokens[0].text[:1].isupper() \
            and tokens[0].lower not in FUNCTION_WORDS:
        colon = 1  # a surname the tagger took for a word ("Stumpf:", "Wolf:"): the caller asks if it is a person's
    if colon is None or not any(t.finite for t in tokens[colon + 1:end]):
        return None
    return " ".join(t.text for t in tokens[:colon]), colon + 1


def _interview_turn(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`Doyle: Ich weiß es nicht.`: a name and a colon open an interview answer, which speaks in the first
    person (a headline such as "Zürich: Polizei fasst Dieb" does not)."""
    colon = _name_label(tokens, depth, end)
    if colon is None or not any(is_first_person(t) for t in tokens[colon + 1:end]):
        return None
    return Report(((colon + 1, end),), (0, colon), None, "direct")


# nouns of people who speak for someone, ending a headline's label ("US-Vertreter:", "Virologin:")
_SPEAKER_ROLES = ("vertreter", "vertreterin", "sprecher", "sprecherin", "experte", "expertin", "minister",
                  "ministerin", "präsident", "präsidentin", "chef", "chefin", "forscher", "forscherin", "virologe",
                  "virologin", "ökonom", "ökonomin", "diplomat", "diplomaten", "insider", "kreise")


def headline_source(tokens: Sequence[Token], names: bool = True) -> Report | None:
    """`WHO: Risiko steigt im Winter`, `Neue Studie: Risiko steigt`, `US-Vertreter: Xi wird …` — in a
    headline, a name, a study, a role or a body before a colon is the source of the clause after it; in
    running text (`names` False) only a study, a role or a body ("Zürich:" is more often a place, a person's
    name the caller's `person_label`)."""
    if not tokens:
        return None
    end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
    depth = quote_depth(tokens)
    colon = _name_label(tokens, depth, end) if names else None
    if colon is None:  # "IIASA-Studie: …", "Neuer Bericht: …": a study says it; "US-Vertreter: …": a role does
        colon = next((i for i in range(1, min(end, 4)) if tokens[i].text == ":" and depth[i] == 0), None)
        if colon is not None and not tokens[colon - 1].lower.endswith((*SOURCE_NOUNS, *_SPEAKER_ROLES,
                                                                       *_INSTITUTIONS, *_BODIES)):
            colon = None
    speaker = (0, colon) if colon is not None else None
    if colon is None and tokens[0].text in QUOTATION_MARKS:  # '"Initiative Religion ist Privatsache": …': a
        # body's name in quotation marks, its first word a body's noun
        close = next((j for j in range(1, min(end - 1, 9)) if tokens[j].text in QUOTATION_MARKS), None)
        if close is not None and close > 1 and tokens[close + 1].text == ":" \
                and tokens[1].lower.endswith((*_INSTITUTIONS, *_BODIES, "initiative", "bündnis", "komitee")):
            colon, speaker = close + 1, (1, close)
    if colon is None or speaker is None or not any(t.finite for t in tokens[colon + 1:end]):
        return None
    return Report(((colon + 1, end),), speaker, None, "indirect")


def _inferred(tokens: Sequence[Token], depth: Sequence[int], at: int) -> bool:
    """Whether the adverb at `at` stands in a main clause after a comma that follows a main clause of its own:
    then "demnach" draws a conclusion from it rather than citing a source."""
    return any(tokens[c].text == "," and not depth[c] and not starts_subordinate(tokens[c + 1])
               and any(t.finite for t in tokens[:c]) and any(t.finite for t in tokens[c + 1:at + 3])
               for c in range(1, at))


# the first person singular, which a group (a plural subject) does not speak in
_SINGULAR_SPEAKER = frozenset({"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines"})


def _one_of_the_group(tokens: Sequence[Token], report: Report) -> bool:
    """Whether a plural frame ("Bauern kritisieren", "sagen Anwohner") reports words in the first person
    singular: one person's words, whom the frame does not name."""
    if report.speaker is None or report.cue is None or not report.content:
        return False
    said = {i for a, b in report.content for i in range(a, b)}
    verb = next((t for i, t in enumerate(tokens) if i not in said and t.text == report.cue and t.finite), None)
    return verb is not None and verb_number(verb) == "pl" and any(tokens[i].lower in _SINGULAR_SPEAKER for i in said)


def _stance_with_object(tokens: Sequence[Token], depth: Sequence[int], report: Report) -> bool:
    """Whether a frame before a colon has an object of its own ("Bauern kritisieren die Regeln: …"): a claim of
    the author's about the group, which a bare frame ("Anwohner sagen: …") is not."""
    colon = report.content[0][0] - 1
    while colon > 0 and tokens[colon].text != ":":
        colon -= 1
    verb = next((i for i in range(colon) if tokens[i].finite and not depth[i]), None)
    return colon > 0 and verb is not None and report.speaker is not None \
        and own_object(tokens, depth, verb, colon, report.speaker)


def _told_to_me(tokens: Sequence[Token], depth: Sequence[int], report: Report) -> bool:
    """Whether a frame tells the first person ("Nachbarn haben mir erzählt, dass …") words that speak of the first
    person ("mein Hof"): that "mein" is the listener's, not the speaker's, and the words cannot go to the
    speaker alone. Words inside quotation marks (`depth`) are the speaker's own ("dass „wir …“")."""
    if report.speaker is None or report.quote == "direct" or not report.content:
        return False  # (in direct words, "«Mein Haus ist weg», sagte mir X", the first person is the speaker)
    said = {i for a, b in report.content for i in range(a, b)}
    speaker = range(*report.speaker)  # (not "Ich sagte ihm, dass mein …": the speaker's own first person)
    lo = min(a for a, _ in report.content)
    if not (tokens[lo].lower == "dass" or (lo and tokens[lo - 1].lower == "dass")
            or any(tokens[i].finite and konjunktiv_i(tokens[i]) for i in said)):
        return False  # ("Einige sagen uns: Wir wussten …": their own words, unmarked but direct)
    return any(tokens[i].lower in FIRST_PERSON and not depth[i] for i in said) and any(
        t.lower in _LISTENER and not depth[i] for i, t in enumerate(tokens) if i not in said and i not in speaker)


# the first person as the one told ("hat mir gesagt", "erzählten uns"), not as a speaker
_LISTENER = frozenset({"mir", "mich", "uns"})


def find_report(tokens: Sequence[Token]) -> Report | None:
    """The reported-speech frame of a sentence, or None when it is the author's own statement. Found once per
    stretch of tokens: the splitter asks it again for the same clause (its attribution, the apposition in its
    frame, whether a sentence after someone's words has a source of its own), and a Report cannot change."""
    return _find_report(tuple(tokens))


def _no_name(tok: Token) -> bool:
    """Whether a word alone can name no speaker: in lower case, and no pronoun, name or number ("drei von vier
    Müttern")."""
    return tok.text.isalpha() and tok.text.islower() and tok.pos not in {"PPER", "PPOSAT", "PDS", "PIS", "PRF", "NE"} \
        and tok.lower not in NUMBER_WORDS


def _names_wording(phrase: Sequence[Token]) -> bool:
    """Whether a phrase names a way of speaking, not a speaker ("das Behördendeutsch", "der Volksmund", "im
    Fachjargon")."""
    head = next((t.lower for t in reversed(phrase) if t.pos == "NN"), "")
    return head.endswith(_WORDING_HEADS) or head in _WORDING_NOUNS


# how the names of ways of speaking end ("Amtsdeutsch", "Juristensprache", "Fachjargon"), and such nouns
_WORDING_HEADS = ("deutsch", "sprache", "jargon", "sprech")
_WORDING_NOUNS = frozenset({"volksmund", "sprachgebrauch", "diktion", "wortlaut", "terminologie"})


@lru_cache(maxsize=4096)
def _find_report(tokens: tuple[Token, ...]) -> Report | None:
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in {".", "!"}:
        end -= 1
    if end == 0:
        return None
    depth = quote_depth(tokens)
    for finder in (_back_frame, _interview_turn, _trailing_frame, _dash_frame, _inner_frame, _hearsay_frame,
                   _leading_frame, _colon_voice, _comma_voice, _saying_label, _day_label):
        report = finder(tokens, depth, end)
        if report and report.speaker is not None and report.speaker[1] - report.speaker[0] == 1 \
                and _no_name(tokens[report.speaker[0]]):
            continue  # ("Mit den Liedern Glaubst i bin bled …": a title's dialect word names no speaker)
        if report and _one_of_the_group(tokens, report):  # "Bauern kritisieren X: „Ich …“": one of them says it,
            if _stance_with_object(tokens, depth, report):
                return None  # the author's clause before the colon states the group's stance, and the sentence
                # with the words of one of them after it is the author's report of what one of them said
            report = dataclasses.replace(report, content=((0, end),), quote="indirect")  # whom the group stands for
        if report and _told_to_me(tokens, depth, report):  # "Nachbarn haben mir erzählt, dass mein Hof …": the
            # words are whom "mir" names; the sentence, frame and all, is theirs
            report = dataclasses.replace(report, content=((0, end),), speaker=None, inherit=False, omit=None)
        if report and report.speaker is not None and report.cue and report.cue.lower() == "so" \
                and _names_wording(tokens[report.speaker[0]:report.speaker[1]]):
            return None  # "«Freizeitliche Aktivitäten», so das Amtsdeutsch, sind untersagt.": the gloss names
            # whose words the term is, not a source of the statement; the sentence is the author's
        if report:
            kept = _kept_frame(tokens, depth, report, end)
            return dataclasses.replace(report, kept=kept) if kept else report
    quoted = _quotation(tokens, depth, end)
    if quoted:
        return quoted
    reported = _verb_report(tokens, end)
    if reported:
        return reported
    colon = next((i for i in range(1, end - 3) if tokens[i].text == ":" and not depth[i]), None)
    label = colon is not None and colon <= 3 and not any(t.finite or t.pos == "NE" or t.text.isupper()
                                                         for t in tokens[:colon])  # "Das Problem: «…», sagt X"
    if colon is not None and (any(t.finite and not t.text.isupper() for t in tokens[:colon]) or label):
        # (not a label in capitals, "ZEIT ONLINE:", whose second word the tagger may take for a verb; a short
        # label of the author's may lead in to someone's framed words, before or after them)
        after = find_report(tokens[colon + 1:end])
        said = [t for a, b in (after.content if after is not None else ()) for t in tokens[colon + 1 + a:colon + 1 + b]]
        if after is not None and after.speaker is not None and not after.deed and after.content \
                and (label or after.content[0][0] >= after.speaker[1]) and said \
                and (said[0].lower in {"dass", "daß", "ob"} or subjunctive(said) or any(quote_depth(said))
                     or (label and after.quote == "direct")):
            return after.shifted(colon + 1)  # "Dort kam das gut an: X sagte, niemand sei …": the author's clause,
            # then a frame of its own after the colon, which reports what follows it only, marked as said (not a
            # deed, "X gab Y bekannt, Z kündigte …", nor a passive's agent, "werden von X gemeldet")
    at = next((i for i, t in enumerate(tokens[:end]) if t.lower in CONTINUATION_ADVERBS), None)
    adverb = tokens[at].text if at is not None else None
    if at is not None and not subjunctive(tokens[:end]) and _inferred(tokens, depth, at):
        adverb = None  # "A beträgt 100 Franken, ein Prozent macht demnach eine Million aus": "accordingly", the
        # author's inference from the clause before, in the indicative
    if adverb or subjunctive(tokens[:end]):
        # "…, wonach Angehörige sagten, im Heim sei …": the sentence frames its content in a subordinate clause,
        # with a source of its own that this analysis cannot name; no earlier speaker said it
        framed = next((t for i, t in enumerate(tokens[:end - 1]) if t.finite and not depth[i]
                       and tokens[i + 1].text == "," and _speech(t, tokens[clause_start(tokens, i, {","}, ()):i + 1])
                       and in_subordinate(tokens, depth, 0, i)), None)
        if framed is not None:
            return Report(((0, end),), None, framed.text, "indirect")
        mark = next((i for i in range(1, end) if not depth[i] and (tokens[i].text in {"–", "—", ":"} or (
            tokens[i].text == "," and _konjunktiv_clause_after(tokens, i, end)))), None)
        if adverb is None and mark is not None and not subjunctive(tokens[:mark]) \
                and any(t.finite for t in tokens[:mark]) and named_person_subject(tokens, 0, mark):
            # "X hat die Regeln verteidigt – es müsse alles getan werden": the person the author just named says
            # what follows, not the last speaker; the sentence stays whole, with its speaker
            subject = subject_of(tokens, 0, mark)
            if subject is not None and subject[0] > 0 and tokens[subject[0] - 1].lower in {"sowohl", "weder"}:
                subject = (subject[0] - 1, subject[1])  # "Sowohl A als auch B": the pair with its first word
            return Report(((0, end),), subject, None, "indirect")
        # "demnach" says so outright and reaches further than the mood
        return Report(((0, end),), None, adverb, "indirect", inherit=not _unreported_frame(tokens, depth, end),
                      reach=4 if adverb else 2)
    return None


def _apposed_aside(tokens: Sequence[Token], depth: Sequence[int], end: int) -> tuple[int, int] | None:
    """The dashes around an apposition with no finite verb right after a noun ("Der Film – laut X ein
    Meisterwerk – läuft ab Mai"): what is set off there describes that noun, while the clause around it is
    the author's. (Dashes after a verb set off a word on the whole clause: "wäre – laut Umfrage – eine …")"""
    dashes = [k for k in range(1, end) if tokens[k].text in {"–", "—"} and not depth[k]]
    for lo, hi in zip(dashes, dashes[1:]):
        if tokens[lo - 1].pos in {"NN", "NE"} and not any(t.finite for t in tokens[lo + 1:hi]) \
                and (any(t.finite for t in tokens[:lo]) or any(t.finite for t in tokens[hi + 1:end])):
            return lo, hi
    return None


def _later_conjunct(tokens: Sequence[Token], depth: Sequence[int], i: int) -> bool:
    """Whether position i stands in a later one of coordinated verb phrases ("A sass in Haft und hatte laut X
    …": a finite verb before a top-level "und"/"oder" before i, and one between that conjunction and i) or in
    an afterthought after a dash that closes a clause."""
    if subjunctive(tokens[:i - 1]) or reported_subjunctive_ii(tokens[:i - 1]):
        return False  # (a report in the Konjunktiv before: the source goes with all of it)
    stop = next((k for k in range(i, len(tokens)) if tokens[k].text in {",", ";", ":"} and not depth[k]), len(tokens))
    for j in range(i - 1, 0, -1):
        if tokens[j].lower in {"und", "oder"} and not depth[j] and any(t.finite for t in tokens[j + 1:stop]) \
                and any(t.finite for t in tokens[:j]):
            return True  # (the conjunct's verb may stand after the cue: "…, da sie X taten, und der Schaden sich
            # laut Y auf Z beläuft")
        if tokens[j].text in {"-", "–", "—"} and not depth[j] and any(t.finite for t in tokens[:j]) \
                and not any(t.text in {"-", "–", "—"} for t in tokens[i:]):
            return True  # an afterthought after a dash ("… getestet wurde – laut X erfolgreich"; not a cue set
            # off between two dashes, "wäre – laut Umfrage – eine Mehrheit")
        if tokens[j].text in {",", ";", ":"}:
            return tokens[j].text == "," and j == i - 1 and not depth[j] and _main_clause_before(tokens, depth, j) \
                and any(t.finite for t in tokens[i:stop])  # "A kann auf B bauen, laut X sind C": a main clause
            # of its own after the comma, the cue's alone
    return False


def _main_clause_before(tokens: Sequence[Token], depth: Sequence[int], comma: int) -> bool:
    """Whether the words before the top-level comma at `comma` are one main clause: a finite verb, no other
    top-level comma, and no subordinator opening them."""
    return not any(t.text == "," and not depth[k] for k, t in enumerate(tokens[:comma])) \
        and any(t.finite for t in tokens[:comma]) and not opens_subordinate_clause(tokens, 0, comma)


def _konjunktiv_clause_after(tokens: Sequence[Token], comma: int, end: int) -> bool:
    """Whether a main clause in the Konjunktiv I follows the comma ("Reda ruft zum Widerstand auf, immerhin
    handle es sich nur um einen Plan", "…, er oder sie solle …"): its verb among the first words (after a
    subject of up to four), no subordinator before it."""
    return comma + 1 < end and not starts_subordinate(tokens[comma + 1]) and any(
        t.finite and konjunktiv_i(t) for t in tokens[comma + 1:min(end, comma + 6)])


# adverbs that negate a frame's verb ("glaubt nicht daran, dass …"), and the marks that end the frame's clause
_FRAME_NEGATIONS = frozenset("nicht nie niemals keineswegs keinesfalls".split())
_CLAUSE_MARKS = frozenset({",", ":", ";", "–", "—", "(", ")"})


def _instruction(words: Sequence[Token]) -> bool:
    """Infinitives closing each item of a list, with no other verb: "Hände waschen, Wasser abkochen, bessere
    Latrinen bauen" (the tagger may take the last for a plural present; a Swiss "schliessen" has the lemma
    "schließen")."""
    items: list[list[Token]] = [[]]
    for tok in words:
        if tok.text in {",", ";"} or tok.lower in {"und", "oder"}:
            items.append([])
        elif tok.text[:1].isalnum():
            items[-1].append(tok)
    items = [item for item in items if item]
    return bool(items) and all(
        item[-1].pos in VERB_POS and item[-1].lower.replace("ß", "ss") == item[-1].lemma.lower().replace("ß", "ss")
        and not any(t.pos in VERB_POS for t in item[:-1]) for item in items)


def _kept_frame(tokens: Sequence[Token], depth: Sequence[int], report: Report, end: int) -> str | None:
    """Why only the sentence as written, frame and all, is faithful (Report.kept): the frame, outside what
    it reports, denies or doubts it ("Der Minister bestreitet, dass …", "X dementierte, …") or negates its
    own verb ("Er glaubt nicht daran, dass …"), so the words are no assertion of the speaker's; or it directs
    ("empfiehlt", "fordert") and the words are an instruction without a finite verb ("«Hände waschen, Wasser
    abkochen», empfiehlt X"), no statement at all."""
    def framing(j: int) -> bool:
        return not depth[j] and not any(a <= j < b for a, b in report.content)

    last = report.cue.split()[-1] if report.cue else None
    cue = next((j for j in range(end) if framing(j) and tokens[j].text == last and tokens[j].pos in VERB_POS), None)
    if cue is None:
        return None
    lemma = tokens[cue].lemma.lower()
    if lemma in DIRECTIVE_VERBS and all(_instruction(tokens[a:b]) for a, b in report.content):
        return "directive"
    # the frame's own clause, not a relative clause on its speaker ("…, glaubt X, der sich nicht beirren lässt")
    lo = max((j + 1 for j in range(cue) if tokens[j].text in _CLAUSE_MARKS or not framing(j)), default=0)
    hi = next((j for j in range(cue + 1, end) if tokens[j].text in _CLAUSE_MARKS or not framing(j)), end)
    negated = any(tokens[j].lower in _FRAME_NEGATIONS and not (tokens[j + 1].lower in NOT_ONLY
                                                               or tokens[j + 1].tag == "ADJ(A)")
                  for j in range(lo, min(hi, end - 1)))  # (not "die nicht vorhandene Kontrolle", "nicht nur")
    if lemma in _COMPLAINT_VERBS and _indicative_dass(tokens, report):
        return "criticised"
    dash = next((j for j in range(cue + 1, end) if framing(j) and (tokens[j].text in {"–", "—"} or (
        tokens[j].text == "-" and tokens[j - 1].end != tokens[j].start))), None)  # (a hyphen with spaces is a dash)
    if dash is not None and any(depth[j] for j in range(dash + 1, end)) \
            and all(depth[j] or not tokens[j].text[:1].isalnum() for j in range(dash + 1, end)):
        return "completed"  # "X sorge sich um «einen Risikopatienten», schrieb die Zeitung – «sich selbst»": the
        # quoted words after the frame complete what it reports; without them the words say something else
    return "denied" if lemma in DENIAL_VERBS or negated else None


# verbs by which someone finds fault with a state of things ("kritisiert, dass …"): what the "dass" clause
# in the indicative says is what they complain of, which the author takes as given, not their assertion
_COMPLAINT_VERBS = frozenset({"kritisieren", "bemängeln", "beklagen", "monieren", "beanstanden", "bedauern"})


def _indicative_dass(tokens: Sequence[Token], report: Report) -> bool:
    """Whether the report's words are one "dass" clause with no Konjunktiv I in it."""
    if len(report.content) != 1:
        return False
    lo, hi = report.content[0]
    return any(t.lower in {"dass", "daß"} for t in tokens[max(0, lo - 1):lo + 1]) \
        and not any(t.finite and konjunktiv_i(t) for t in tokens[lo:hi])


def _unreported_frame(tokens: Sequence[Token], depth: Sequence[int], end: int) -> bool:
    """A verb of saying or thinking that heads the sentence without reporting ("Man könnte meinen, X sei
    ...", "Er wollte sagen, ..."): its subjunctive is what one might think, not the last speaker going on."""
    stop = next((j for j in range(end) if tokens[j].text in {",", ":"} and depth[j] == 0), end)
    # the verb closes the clause that frames ("meinen, …"); "seien Waffen gefunden worden" finds things
    return stop < end and stop > 0 and tokens[stop - 1].pos == "VV" and tokens[stop - 1].tag != "VV(PP)" \
        and tokens[stop - 1].lemma.lower() in SPEECH_VERBS | COGNITION_VERBS  # ("hatte angekündigt, X zu tun")


def announcing_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The subject of a sentence in which someone addresses others without a frame for content ("X sprach
    der Familie sein Beileid aus", "X gratulierte dem Team"): a quotation that follows on its own is theirs."""
    end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
    depth = quote_depth(tokens)
    fins = [i for i in range(end) if tokens[i].finite and depth[i] == 0 and not in_subordinate(tokens, depth, 0, i)]
    if not fins:
        return None
    if in_konjunktiv(tokens[fins[0]]):
        return None  # "Zwar hätten alle Arbeitgeber mit Verständnis reagiert": someone reports that they did
    clause = tokens[fins[0]:end]
    own = next((j for j in range(fins[0], end) if tokens[j].text == "," and not depth[j]), end)
    if any(t.lower in NEGATIONS and not depth[j] for j, t in enumerate(tokens[fins[0]:own], fins[0])):
        return None  # "X hat nie gesagt, dass …": nobody addressed anyone
    particle = next((t.lower for t in clause if t.pos == "PTKVZ"), "")
    verbs = [tokens[fins[0]], *(t for t in clause if t.tag == "VV(PP)")]
    viewing = not any((particle + v.lemma.lower() if v.finite else v.lemma.lower()) in ADDRESS_VERBS | SPEECH_VERBS
                      for v in verbs)
    if viewing and not _views(tokens[fins[0]:own]):
        return None
    subject = subject_of(tokens, 0, end)
    if viewing and (subject is None or subject[0] != 0 or not any(t.pos == "NE" for t in tokens[slice(*subject)])):
        return None  # a view is a named person's, who opens the sentence ("Minister X sieht die Krise als …";
        # not "Die Finanzierung hält X für gut", whose subject stands after the verb)
    if tokens[fins[0]].lemma.lower() == "werden" and any(t.tag == "VV(PP)" for t in clause):
        return None  # "Restaurants würden zum Sündenbock erklärt": the passive's subject is talked about
    return subject if subject and tokens[subject[0]].pos not in PREPOSITIONS | {"PDS", "PPER", "PIS"} else None


# prepositions before whom hearsay comes from ("ist aus der Kammer zu hören", "war vom Verband zu erfahren")
_HEARD_FROM = frozenset({"aus", "von", "vom", "bei", "beim"})


def _hearsay_verb(tokens: Sequence[Token], end: int) -> int | None:
    """Where a verb of hearsay after "zu" stands ("ist … zu hören", "war zu erfahren")."""
    return next((j for j in range(2, end) if tokens[j - 1].lower == "zu" and tokens[j].lower in _HEARSAY), None)


def heard_from(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The source in "Diese Einschätzung ist auch aus der Kammer zu hören" (a verb of hearsay, "zu hören", "zu
    erfahren", with "aus", "von", "bei"): someone speaks there, whose Konjunktiv I may follow."""
    end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
    heard = _hearsay_verb(tokens, end)
    if heard is None:
        return None
    source = next((j for j in range(heard - 2, -1, -1) if tokens[j].lower in _HEARD_FROM),
                  None)
    if source is None or source + 1 >= heard:
        return None
    lo = source + 1 + (tokens[source + 1].tag == "ART")
    hi = np_end(tokens, lo, heard - 1)
    return (lo, hi) if hi > lo else None


def _hearsay_frame(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """`Aus der Partei war zu hören, dass A` / `…, A sei B`: a frame of hearsay that names its source, before
    the words it reports."""
    source, heard = heard_from(tokens), _hearsay_verb(tokens, end)
    if source is None or heard is None or heard + 2 >= end or tokens[heard + 1].text != "," or depth[heard] \
            or tokens[0].lower not in _HEARD_FROM | {"es"} \
            or not any(t.finite and t.lemma.lower() == "sein" for t in tokens[:heard]):
        return None  # (the frame opens the sentence: "Diese Einschätzung ist aus X zu hören, die …" reports none)
    that = tokens[heard + 2].lower in {"dass", "daß"}
    lo = heard + 2 + that
    if not (that or any(konjunktiv_i(t) for t in tokens[lo:end])):
        return None
    return Report(((lo, end),), source, tokens[heard].text, "indirect")


def proposes(tokens: Sequence[Token]) -> bool:
    """Whether the sentence's finite verb proposes, demands or plans ("schlägt vor", "fordert", "plädiert
    für", "spricht sich für X aus"): what comes next in "sollen" may be the plan's detail."""
    particles = {t.lower for t in tokens if t.tag == "PTKVZ"}
    return any(t.finite and (t.lemma.lower() in PROPOSAL_VERBS or any(
        t.lemma.lower() == verb and particle in particles for verb, particle in _PROPOSAL_PARTICLE_VERBS))
        for t in tokens)


def demanding_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The subject of a sentence whose main verb demands that something be done ("X fordert, dass …", "X
    verlangt, dass …", "X empfahl, A zu tun"): a Konjunktiv after it spells out X's demand, not what is so."""
    depth = quote_depth(tokens)
    verb = next((i for i, t in enumerate(tokens) if t.finite and t.lemma.lower() in DIRECTIVE_VERBS and not depth[i]
                 and not in_subordinate(tokens, depth, 0, i)
                 and (any(u.lower in {"dass", "daß"} for u in tokens[i + 1:i + 4]) or _infinitive_object(tokens, i)
                      or _summoned_to(tokens, i))),
                None)
    if verb is None:
        return None
    start = max((j + 1 for j in range(verb) if tokens[j].text in {",", ";", ":"} and not depth[j]), default=0)
    subject = subject_of(tokens, start, next((j for j in range(verb, len(tokens)) if tokens[j].lower in {
        "dass", "daß", ","}), len(tokens)))  # ("forderte X zu Y auf." has neither)
    # (the subject of the verb's own clause: "Diese Frist brauchte er nicht, er forderte, …" names no one)
    return subject if subject and tokens[subject[0]].pos not in PREPOSITIONS | {"PDS", "PPER", "PIS"} else None


# verbs of thinking whose object the author takes for a fact ("Er weiss, dass A"): after them the author goes on
_FACTIVE = frozenset({"wissen", "ahnen"})


def thinking_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The subject of a sentence whose main verb says what someone thinks or estimates, in the indicative
    ("X schätzt, dass A", "Er glaubt, dass A"): the claim keeps the frame, and a Konjunktiv right after it
    goes on with X's view ("B zögen zudem Käufe vor"), not with what is so."""
    depth = quote_depth(tokens)
    verb = next((i for i, t in enumerate(tokens) if t.finite and t.lemma.lower() in COGNITION_VERBS - _FACTIVE
                 and not depth[i]
                 and not in_subordinate(tokens, depth, 0, i) and i + 2 < len(tokens) and tokens[i + 1].text == ","
                 and tokens[i + 2].lower in {"dass", "daß"}), None)
    if verb is None:
        return None
    subject = subject_of(tokens, 0, verb + 1)
    return subject if subject and tokens[subject[0]].pos not in PREPOSITIONS | {"PDS", "PIS"} \
        and tokens[subject[0]].lower not in FIRST_PERSON else None


def _summoned_to(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the directive verb at `verb` summons someone to something ("forderte X zu Y auf"), its particle
    closing the clause after a phrase of "zu": what X is asked to do."""
    end = next((j for j in range(verb + 1, len(tokens)) if tokens[j].text in {",", ";", ":", "."}), len(tokens))
    return tokens[end - 1].lower == "auf" and tokens[end - 1].pos == "PTKVZ" \
        and any(t.lower in {"zu", "zum", "zur"} and t.pos in {"APPR", "APPRART"} for t in tokens[verb + 1:end])


def _infinitive_object(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the directive verb at `verb` closes its clause before a comma and an infinitive clause with
    "zu" ("X empfahl, den Abfall zu sammeln"): what X asks to be done."""
    if verb + 2 >= len(tokens) or tokens[verb + 1].text != ",":
        return False
    end = next((j for j in range(verb + 2, len(tokens)) if tokens[j].text in {",", ";", ":", "."}), len(tokens))
    return not any(t.finite for t in tokens[verb + 2:end]) \
        and any(t.tag == "VV(IZU)" or t.pos == "PTKZU" for t in tokens[verb + 2:end])


# verbs by which someone issues a plan, and the nouns of what is planned: "Die Kommission gab ihre Empfehlungen
# heraus", "Der Bundesrat legte einen Entwurf vor"; what is to be done right after is the plan's
_ISSUING_VERBS = frozenset({"herausgeben", "vorlegen", "vorstellen", "veröffentlichen", "präsentieren",
                            "beschliessen", "beschließen", "verabschieden", "ausarbeiten"})
_PLAN_NOUNS = ("empfehlung", "empfehlungen", "plan", "pläne", "entwurf", "konzept", "strategie", "vorschlag",
               "vorschläge", "leitlinien", "richtlinien", "massnahmen", "maßnahmen", "regeln", "paket")


def issuing_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The subject of a main clause that issues a plan ("X hatte ihre Empfehlungen herausgegeben, wer …"), or
    None: the details of the plan may follow in "sollen"."""
    depth = quote_depth(tokens)
    fins = [i for i, t in enumerate(tokens) if t.finite and not depth[i] and not in_subordinate(tokens, depth, 0, i)]
    if not fins:
        return None
    own = next((j for j in range(fins[0], len(tokens)) if tokens[j].text in {",", ";", ":", "("}), len(tokens))
    clause = tokens[fins[0]:own]
    particle = next((t.lower for t in clause if t.pos == "PTKVZ"), "")
    lemmas = {t.lemma.lower() for t in clause if t.finite or t.tag == "VV(PP)"} | {
        particle + tokens[fins[0]].lemma.lower()}
    if not lemmas & _ISSUING_VERBS or not any(t.pos == "NN" and t.lower.endswith(_PLAN_NOUNS) for t in clause):
        return None
    subject = subject_of(tokens, 0, own)
    return subject if subject and tokens[subject[0]].pos not in PREPOSITIONS | {"PDS", "PPER", "PIS"} else None


def document_of_plan(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """A plan or draft the author's main clause names as where something stands ("Alle weiteren Schritte sind
    im Entwurf an Werte geknüpft", "In dem Papier fehlt diese Passage"): the phrase after the preposition, whose
    details in "dürfen"/"sollen" may follow ("im Entwurf": the noun alone, whose article "im" holds)."""
    depth = quote_depth(tokens)
    for i, t in enumerate(tokens[:-1]):
        if depth[i] or t.lower not in {"in", "im"} or in_subordinate(tokens, depth, 0, i):
            continue
        lo = i + 1
        hi = np_end(tokens, lo, len(tokens))
        head = next((u for u in reversed(tokens[lo:hi]) if u.pos == "NN"), None)
        if head is not None and head.lower.endswith(("entwurf", "papier", "vorlage", "konzept", "plan")) \
                and (t.lower == "im" or tokens[lo].tag == "ART"):
            return lo, hi
    return None


# particle verbs of proposing: the finite stem and its particle ("schlägt … vor", "sieht … vor", "spricht sich … aus")
_PROPOSAL_PARTICLE_VERBS = (("schlagen", "vor"), ("sehen", "vor"), ("sprechen", "aus"), ("regen", "an"))


def judges(tokens: Sequence[Token]) -> bool:
    """Whether the sentence's finite verb judges someone or something: a verb of praise, blame or warning,
    "Worte finden" ("fand lobende Worte für X"), or a view ("sieht X als Y", "hält X für Y")."""
    verbs = {t.lemma.lower() for t in tokens if t.finite}
    return bool(verbs & JUDGING_VERBS) or ("finden" in verbs and any(t.lower == "worte" for t in tokens)) \
        or _views(tokens)


def _states_view(tokens: Sequence[Token]) -> bool:
    """Whether a sentence states its subject's present view ("X findet die Ergebnisse vielversprechend", "X hält
    den Plan für falsch", "X sieht darin eine Chance als …")."""
    verb = next((t for t in tokens if t.finite), None)
    found = len(tokens) > 2 and verb is not None and verb.lemma.lower() == "finden" and tokens[-2].tag == "ADJ(D)"
    return verb is not None and Tense.PAST not in clause_tenses(tokens) and (found or _views(tokens))


def _announces_view(tokens: Sequence[Token]) -> bool:
    """Whether a sentence ends by saying that its subject reads something their own way ("X erklärt den
    Rückgang anders.", "X sieht das ähnlich."): their reading follows in the next sentence."""
    verbs = {t.lemma.lower() for t in tokens if t.finite}
    return len(tokens) > 3 and tokens[-1].text == "." and tokens[-2].lower in VIEW_MANNERS \
        and bool(verbs & VIEW_VERBS) and not any(t.tag == "PTKVZ" or t.text in {":", ","} for t in tokens) \
        and Tense.PAST not in clause_tenses(tokens)


def _spoke_up(tokens: Sequence[Token]) -> bool:
    """Whether a sentence says its subject spoke up without saying what ("Auch auf Twitter äusserte sich X
    versöhnlich", "X meldete sich zu Wort"): the words may follow in the next sentence."""
    verb = next((t for t in tokens if t.finite), None)
    return verb is not None and verb.lemma.lower() in {"äußern", "äussern", "melden"} \
        and any(t.pos == "PRF" for t in tokens) and not any(t.text in {":", ","} for t in tokens) \
        and (verb.lemma.lower() != "melden" or any(t.lower == "wort" for t in tokens))


def _undetermined_subject(tokens: Sequence[Token]) -> bool:
    """Whether a sentence's subject has no determiner: a bare noun said of a kind ("Sprache ist der Schlüssel")
    or a pronoun, not a particular thing the text points to ("Das Urteil des Gerichts")."""
    subject = subject_of(tokens, 0, len(tokens))
    return subject is not None and tokens[subject[0]].tag not in DETERMINERS | {"CARD"}


def _named_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The sentence's subject, if it holds a name or describes a person by their age ("der 19-jährige
    Wiener"), as the author speaks of someone named before."""
    subject = subject_of(tokens, 0, len(tokens))
    return subject if subject is not None and any(t.pos == "NE" or _AGED.match(t.lower)
                                                  for t in tokens[subject[0]:subject[1]]) else None


def _views(clause: Sequence[Token]) -> bool:
    """Whether a clause states someone's view of something: "sieht die Epidemie als Wendepunkt", "hält den
    Plan für falsch", "sieht Gefahren auf das Team zukommen"; a Konjunktiv II after it spells the view out."""
    verbs = {t.lemma.lower() for t in clause if t.finite}
    words = [t for t in clause if t.text[:1].isalnum()]
    return ("sehen" in verbs and (any(t.lower == "als" for t in clause)
                                  or (len(words) > 3 and words[-1].tag == "VV(INF)"))) \
        or ("halten" in verbs and any(t.lower == "für" for t in clause))


_OPENING, _CLOSING = "«„‹", "»“›"
MAX_QUOTED_SENTENCES = 8


def _quote_balance(tokens: Sequence[Token]) -> int:
    """Opening minus closing quotation marks. A straight quote says which by what it is glued to: the next
    word when it opens ('"Die Lage'), the word or stop before when it closes ('ernst."', 'aus",')."""
    balance = 0
    for k, t in enumerate(tokens):
        if t.text == '"':
            closes = closes_quotation(tokens, k)
            opens = not closes and k + 1 < len(tokens) and tokens[k + 1].start == t.end
            balance += opens - closes
        else:
            balance += (t.text in _OPENING) - (t.text in _CLOSING)
    return balance


def long_quotations(sentences: Sequence[Sequence[Token]], paragraphs: Sequence[int]) -> set[int]:
    """Sentences inside a quotation that opens a paragraph and closes sentences or paragraphs later (a
    monologue: '"In Dublin, meiner Heimat, …' up to the closing mark): someone's words throughout, also where
    their frame is too far away to name them. A quotation that never closes may be a stray mark: left out."""
    inside: set[int] = set()
    run: list[int] = []
    balance = 0
    for k, tokens in enumerate(sentences):
        if balance <= 0:
            run, balance = [], 0
            if not (k == 0 or paragraphs[k] != paragraphs[k - 1]) or not tokens \
                    or not (tokens[0].text in _OPENING or tokens[0].text == '"'):
                continue
        run.append(k)
        balance += _quote_balance(tokens)
        if balance <= 0 and len(run) > 1:
            inside.update(run)
    return inside


# endings of nouns that name a person by what they do ("Akkordeonist", "Virologin", "Präsident", "Direktor")
_PERSON_ENDINGS = ("ist", "istin", "in", "ent", "entin", "or", "orin", "eur", "eurin", "loge", "login", "ant", "antin")


def unmarked_voice_lead(sentences: Sequence[Sequence[Token]]) -> int | None:
    """The index of a lead such as "Die Geigerin über das Album mit X" or "Die frühere Ministerin Ana
    Ruiz über ihre Pläne": a sentence without a verb that names a person and what they talk about,
    the teaser of an interview printed without its questions or of a portrait told in the person's words
    without quotation marks. Such an article is that person's words throughout, sentence by sentence
    unmarked. Only when the text after the lead bears it out: it holds no quotation marks, or twice or more
    somebody's first person outside them."""
    for k, tokens in enumerate(sentences[:2]):
        over = next((i for i, t in enumerate(tokens) if t.lower == "über"), None)
        comma = next((i for i, t in enumerate(tokens) if t.text in {",", "–", "-", ":"}), len(tokens))
        if over is None or over < 2 or over > comma or any(t.finite for t in tokens[:comma]) \
                or tokens[0].pos in PREPOSITIONS:
            continue  # (its own clause has no verb: "… über Bidens Chancen, … und warum X das nicht wird")
        head = tokens[over - 1]
        named = head.pos == "NE" and tokens[over - 2].pos == "NE" and name_gender(tokens[over - 2].text)
        if not (named or (head.pos == "NN" and head.lower.endswith(_PERSON_ENDINGS) and len(head.text) > 5)):
            continue
        body = sentences[k + 1:]
        marked = sum(t.text in _OPENING + _CLOSING or t.text == '"' for tokens in body for t in tokens)
        first_person = sum(any(is_first_person(t) and not d for t, d in zip(tokens, quote_depth(tokens)))
                           for tokens in body)
        if marked == 0 or first_person >= 2:
            return k
    return None


# labels of a question-and-answer explainer, whose answers are the author's
_QA_LABELS = frozenset({"frage", "antwort", "f", "a", "q"})


def interviewer_label(label: str) -> bool:
    """Whether an interview's label is the interviewer's ("Frage:", "F:"): the publication asks, in its own
    voice, and no person the article names says it."""
    return label.lower() in _QA_LABELS


def interview_turns(sentences: Sequence[Sequence[Token]], paragraphs: Sequence[int],
                    soft_breaks: frozenset[int] = frozenset()) -> dict[int, tuple[str, int]]:
    """In an interview ("STANDARD: Wie geht es der Branche? Ederer: Gut. Die Exporte steigen."), everything
    after a name label is said by that name until the next label; after the last label, until the end of its
    paragraph (`paragraphs`: the paragraph of each sentence; a box after the interview is the editors'):
    sentence index → (label, index of the
    token after the label's colon in that sentence, -1 in the sentences that follow it). An article is an
    interview when at least two different labels open three sentences or more and one of them comes back;
    one label ("WHO: ...") is a headline source, not a turn. `soft_breaks`: the paragraphs after which the break
    only wraps a full line of a text wrapped at a fixed width, which ends no answer."""
    labels: dict[int, tuple[str, int]] = {}
    for k, tokens in enumerate(sentences):
        if 2 <= len(tokens) <= 4 and tokens[-1].text == ":" and all(
                t.text[:1].isupper() and t.lower not in FUNCTION_WORDS for t in tokens[:-1]):
            labels[k] = (" ".join(t.text for t in tokens[:-1]), len(tokens))  # "Meyer:" on a line of its own
            continue
        if not tokens or tokens[-1].text not in {".", "!", "?", "...", "…"}:
            continue  # "Grünen-Trede: «Grund zur Sorge»": a subheading names the source of one section
        colon = _name_label(tokens, quote_depth(tokens), len(tokens) - 1)
        if colon is None and len(tokens) > 3 and tokens[1].text == ":" and tokens[0].text[:1].isupper() \
                and tokens[0].lower not in FUNCTION_WORDS:
            colon = 1  # a surname the tagger took for a noun: the label's coming back shows it is a speaker
        if colon is not None:
            labels[k] = (" ".join(t.text for t in tokens[:colon]), colon + 1)
    names = [label for label, _ in labels.values()]
    if all(name.lower() in _QA_LABELS for name in names):
        return {}  # "Frage: … Antwort: …": an explainer's questions and the author's answers, no one's turns
        # (with a name, "Frage: … Justin Doyle: …", it is an interview)
    if len(labels) == 2 and len(set(names)) == 2:
        return _labelled_opening(sentences, paragraphs, labels)
    if len(labels) < 3 or len(set(names)) < 2 or len(set(names)) == len(names):
        return {}  # the two sides of an interview take turns: a label comes back
    if not any(any(t.text == "?" for t in sentences[k]) for k in labels) \
            and not any(k + 1 < len(sentences) and sentences[k + 1] and sentences[k + 1][-1].text == "?"
                        for k in labels):
        return {}  # an interviewer asks: labels that never open a question head the items of a digest
        # ("Wahlkampf: Wenn Worte zu Waffen werden.", "Exklusiv: …")
    turns: dict[int, tuple[str, int]] = {}
    current: str | None = None
    for k in range(min(labels), len(sentences)):
        if k in labels:
            current = labels[k][0]
            turns[k] = labels[k]
        elif current is not None and paragraphs[k] != paragraphs[k - 1] and k > max(labels) \
                and not set(range(paragraphs[k - 1], paragraphs[k])) <= soft_breaks \
                and not (k - 1 in labels and labels[k - 1][1] == len(sentences[k - 1])):
            current = None  # (a label on a line of its own, "Meyer:", heads the paragraph after it)
        elif current is not None and paragraphs[k] != paragraphs[k - 1] and sentences[k - 1] \
                and sentences[k - 1][-1].text == "?" \
                and not set(range(paragraphs[k - 1], paragraphs[k])) <= soft_breaks:
            current = None  # a question ends its asker's turn: an unlabelled paragraph after it is no more of it (a
            # box the editors set between question and answer)
        elif current is not None:
            turns[k] = (current, -1)
    return turns


def _labelled_opening(sentences: Sequence[Sequence[Token]], paragraphs: Sequence[int],
                      labels: dict[int, tuple[str, int]]) -> dict[int, tuple[str, int]]:
    """An interview that labels only its first question and answer ("SZ: Herr Graf, wie …? | Helmut Graf:
    Nein, …"), then leaves the labels out: in each later paragraph, what runs up to its last question is the
    interviewer's, the rest the interviewee's. Only when the first label asks, the second follows in the
    next paragraph, and at least two later paragraphs ask again: an interview's shape, not two sources."""
    (ask, asker), (answer, answerer) = sorted(labels.items())
    if paragraphs[answer] != paragraphs[ask] + 1 \
            or not any(sentences[k] and sentences[k][-1].text == "?" for k in range(ask, answer)):
        return {}
    # the last question of each paragraph after the answer's label (a later one overwrites an earlier one)
    last_question = {paragraphs[k]: k for k in range(answer + 1, len(sentences))
                     if sentences[k] and sentences[k][-1].text == "?"}
    if len(last_question.keys() - {paragraphs[answer]}) < 2:
        return {}
    turns = {ask: asker, answer: answerer}
    for k in range(ask + 1, answer):
        turns[k] = (asker[0], -1)
    for k in range(answer + 1, len(sentences)):
        turns[k] = (asker[0] if k <= last_question.get(paragraphs[k], -1) else answerer[0], -1)
    return turns


def _run_source(sentences: Sequence[Sequence[Token]], start: int, last: int) -> int:
    """The sentence whose frame names the speaker of a quotation from `start` to `last`: the closing one
    when its frame names someone or a document, else the opening one."""
    closing = find_report(sentences[last])
    return last if closing and (closing.speaker or closing.document) else start


# prepositions of the occasion of a statement: what follows them is no part of what was said
# prepositions that open the occasion, the audience or the time after which it was said ("nach dem Treffen",
# "gegenüber der Zeitung", "vor den Medien", "auf einer Konferenz")
_OCCASIONS = frozenset({"bei", "beim", "während", "anlässlich", "nach", "gegenüber", "vor", "auf", "rande", "rahmen",
                        "gespräch", "interview"})  # ("am Rande einer Sitzung", "im Gespräch mit der Zeitung")


def _back_frame(tokens: Sequence[Token], depth: list[int], end: int) -> Report | None:
    """A sentence that only says who said the one before it ("So erklärt es Forstchef X.", "Das sagt der
    Förster X.", "So sieht es auch die Gemeinde.") or where it is written ("So steht es im Entwurf."): a
    frame with no content of its own; so is a verb of saying that opens the sentence ("Sagt Iggy Pop.")."""
    if end >= 2 and tokens[0].finite and _speech(tokens[0]) and not any(depth[:end]):
        speaker = _named_speaker(tokens, 1, end)
        if speaker is None or speaker[1] < end - 1:
            return None  # ("Sagt X noch etwas?": more than a frame)
        return Report((), speaker, tokens[0].text, "indirect")
    if end < 3 or tokens[0].lower not in _BACK_POINTERS | {"so"} or _quotes_beyond_names(tokens, depth, end):
        return None
    k = 1
    while k < end and tokens[k].pos in {"ADV", "PTKNEG"}:
        k += 1  # "So jedenfalls sieht es X"
    if k + 2 < end and tokens[k].finite and tokens[k].lemma.lower() == "haben" and tokens[end - 1].tag == "VV(PP)" \
            and _speech(tokens[end - 1], tokens[k:end - 1], verb_last=True):
        return _perfect_back_frame(tokens, k, end)  # "Das hat das Amt am Montag mitgeteilt."
    particle = any(t.pos == "PTKVZ" for t in tokens[k:end])
    if k >= end or not tokens[k].finite \
            or (tokens[k].lemma.lower() not in SPEECH_VERBS | COGNITION_VERBS | {"sehen", "stehen"}
                and not (particle and _speech(tokens[k], tokens[k:end]))) \
            or (particle and not _speech(tokens[k], tokens[k:end])):
        return None  # ("So fand die Verhandlung statt", "So sah das Treiben aus": another verb with its particle;
        # "Das teilte X mit": a particle verb of saying)
    verb = k
    k += 1
    if k < end and tokens[k].lower == "es" and tokens[0].lower == "so":
        k += 1  # "So erklärt es X"
    document = _document(tokens, k - 1, end) if k < end and tokens[k].lower in {"in", "im"} else None
    if document is not None:  # "So steht es in dem Entwurf, der der Zeitung vorliegt.": the document says it
        comma = next((j for j in range(document[1], end) if tokens[j].text == ","), end)
        if any(t.finite for t in tokens[document[1]:comma]) or comma - document[1] > 8 \
                or (comma < end and tokens[comma + 1].tag != "PRELS"):
            return None  # what the document is about, then a relative clause about it ("der der SZ vorliegt")
        return Report((), None, tokens[verb].text, "indirect", document=document)
    if tokens[verb].lemma.lower() == "stehen":
        return None  # ("Das steht fest": no source)
    return _named_back_frame(tokens, k, end, tokens[verb].text)


def _quotes_beyond_names(tokens: Sequence[Token], depth: list[int], end: int) -> bool:
    """Whether a sentence quotes more than names in quotation marks ("Das berichtet die Zeitung «Le Temps»"):
    words of someone's, no bare frame."""
    j = 0
    while j < end:
        if depth[j] and (j == 0 or not depth[j - 1]):  # (the first word inside the marks)
            close = quoted_name_end(tokens, j - 1, end) if j else None
            if close is None:
                return True
            j = close
            continue
        j += 1
    return False


def _perfect_back_frame(tokens: Sequence[Token], aux: int, end: int) -> Report | None:
    """`Das hat X am Dienstag mitgeteilt.`: the back frame in the Perfekt, its participle last."""
    return _named_back_frame(tokens, aux + 1, end - 1, tokens[end - 1].text)


def _named_back_frame(tokens: Sequence[Token], k: int, end: int, cue: str) -> Report | None:
    """The back frame whose speaker is named from k on, before `end`: only where and when it was said may
    follow the name, when also before it ("Das sagte am Dienstag X"), and an apposition that describes the
    speaker ("Das sagte X, Chefin der Bank Y.")."""
    while k + 1 < end and tokens[k].lower in {"am", "an", "im"} and is_time_noun(tokens[k + 1]):
        k += 2  # ("am Dienstag", "im März")
    speaker = _named_speaker(tokens, k, end)
    if speaker is None:
        return None
    if speaker[1] + 2 < end and tokens[speaker[1]].text == "," \
            and tokens[speaker[1] + 1].pos in {"NN", "ADJ", "ART"} \
            and not any(t.finite or t.text in {",", ":", ";", "–", "("} or t.tag == "PRELS"
                        for t in tokens[speaker[1] + 1:end]):
        end = speaker[1]  # "Das sagte X, Chefstratege der Bank Y.": who X is, no more words
    if speaker[1] + 1 < end and tokens[speaker[1]].text == "," and tokens[speaker[1] + 1].tag == "PRELS" \
            and not any(t.text in {":", ";"} for t in tokens[speaker[1]:end]):
        end = speaker[1]  # "Das berichtet X, das seit Monaten dazu recherchiert": the author describes X (and
        # nothing else follows)
    head = next((t for t in reversed(tokens[speaker[0]:speaker[1]]) if t.pos == "NN"), None)
    if tokens[k - 1].finite and verb_number(tokens[k - 1]) == "sg" and tokens[speaker[0]].lower == "die" \
            and head is not None and inflected_noun(head.text):
        return None  # "Das erklärt die Massnahmen": a plural after a singular verb is its object, "das" its
        # subject; the sentence says what explains what, nobody's words
    rest = tokens[speaker[1]:end]
    comma = next((j for j, t in enumerate(rest) if t.text == ","), None)
    if comma is not None and comma + 1 < len(rest) and rest[comma + 1].lower in {"weil", "da"} \
            and all(t.pos in {"ADV", "PROAV", "ADJ", "PTKNEG"} for t in rest[:comma]):
        rest = rest[:comma]  # "Dies betont X deshalb so nachdrücklich, weil …": why X says it, after the frame
    # where and on which occasion it was said ("am Donnerstag bei einer Pressekonferenz mit Y in Bern") closes
    # the frame; "mit", "über", "von" before it tell what was said ("So sprach X mit Y über Z")
    occasion = next((k for k, t in enumerate(rest) if t.lower in _OCCASIONS), len(rest))
    if occasion > 6 or any(t.finite or t.text in {",", ":", ";"} for t in rest) \
            or any(t.lower in {"über", "mit", "von", "vom"} and t.pos != "PTKVZ" for t in rest[:occasion]):
        return None
    return Report((), speaker, cue, "indirect")


def cue_only(tokens: Sequence[Token]) -> bool:
    """Whether a sentence is nothing but a cue and its source ("Gemäss Umfragen.", "Laut Polizei."), no verb."""
    return len(tokens) > 2 and tokens[0].lower in ATTRIBUTING_PREPOSITIONS and tokens[-1].text == "." \
        and not any(t.pos in {"VV", "VA", "VM"} for t in tokens) \
        and np_end(tokens, 1 + (tokens[1].tag == "ART"), len(tokens) - 1) == len(tokens) - 1


def back_frames(sentences: Sequence[Sequence[Token]]) -> dict[int, int]:
    """Sentences whose speaker the next sentence names ("Der Wald leidet. So erklärt es Förster X."):
    sentence index → the frame's index, when the sentence has no frame of its own. "Das" and "so" point
    back to the sentence before, across a paragraph break too, unless that is a heading (no full stop)."""
    found: dict[int, int] = {}
    for i in range(1, len(sentences)):
        tokens = sentences[i]
        if tokens and cue_only(tokens) and sentences[i - 1] and sentences[i - 1][-1].text == "." \
                and find_report(sentences[i - 1]) is None:
            found[i - 1] = i  # "60 Prozent sind dafür. Gemäss Umfragen.": the cue alone names the source of the
            continue  # sentence before it
        if not tokens or (tokens[0].lower not in _BACK_POINTERS | {"so"}
                          and not (tokens[0].finite and _speech(tokens[0]))):
            continue  # (most sentences: no quotation depth to compute)
        end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
        frame = _back_frame(tokens, quote_depth(tokens), end)
        if not ends_with_full_stop(sentences[i - 1]) or frame is None or (
                any(t.lower == "auch" for t in tokens) and sentences[i - 1][-1].text != "."):
            continue  # ("«Wir …» So sieht es auch X.": X shares the view of whoever said the quoted words)
        before = find_report(sentences[i - 1])
        if before is None or (before.inherit and not before.speaker and not before.document):
            found[i - 1] = i  # (a Konjunktiv with nobody named is the frame's speaker's too: "Er könne … . Sagt X.")
            if i > 1 and sentences[i - 1][0].lower == "oder" and ends_with_full_stop(sentences[i - 2]) \
                    and find_report(sentences[i - 2]) is None:
                found[i - 2] = i  # "A steigt. Oder besser: «B.» So erklärt es X.": the correction goes on
                # with the sentence it corrects, and the frame after both names whose they are
    return found


def _closes_quotation_run(tokens: Sequence[Token], report: Report) -> bool:
    """Whether the words a frame reports end a quotation opened in a sentence before ("… vermeiden", sagt
    X."): a quotation as much as one whose both marks the sentence holds."""
    end = report.content[-1][1] if report.content else 0
    return 0 < end < len(tokens) and any(t.text in _CLOSES for t in tokens[end - 1:end + 1]) and not any(
        t.text in _SIDED_OPENS for t in tokens[:end])


def resumed_reports(sentences: Sequence[Sequence[Token]], paragraphs: Sequence[int]) -> set[int]:
    """Sentences after which the next one, in the same paragraph, goes on in the Konjunktiv I with no frame
    of its own ("… sagt sie. Viele suchten neue Stellen. Nun sei die Lage …"): someone's report resumes
    there, so a plural weak past in between, which the Konjunktiv II of reported speech shares, may be
    theirs as well."""
    return {i for i in range(len(sentences) - 1) if sentences[i + 1] and paragraphs[i] == paragraphs[i + 1]
            and main_konjunktiv(sentences[i + 1])
            and ((report := find_report(sentences[i + 1])) is None or (report.inherit and not report.speaker))}


def enumerated_items(sentences: Sequence[Sequence[Token]], quoted: Mapping[int, int]) -> dict[int, int]:
    """A sentence with no frame of its own that opens with the next item of an enumeration ("Zum anderen …",
    "Zweitens …") after an item, up to four sentences before, that someone's frame covers or that belongs to
    someone's words running over sentences (`quoted`: sentence index → the framing one): "Zum einen fehlen
    Steuern, sagte X. Zum anderen steigen die Kosten." counts X's reasons. Sentence index → the framing one."""
    found: dict[int, int] = {}
    for j, tokens in enumerate(sentences):
        if j in quoted or _item_marker(tokens) not in _NEXT_ITEMS or find_report(tokens) is not None:
            continue
        m = next((m for m in range(j - 1, max(-1, j - 5), -1) if _item_marker(sentences[m])), None)
        if m is not None and (m in quoted or m in found):
            found[j] = quoted[m] if m in quoted else found[m]
        elif m is not None and (report := find_report(sentences[m])) is not None and report.speaker is not None \
                and all(t.pos != "PPER" for t in sentences[m][slice(*report.speaker)]):
            found[j] = m  # (a pronoun speaker is resolved where the frame stands, not here)
    return found


def _item_marker(tokens: Sequence[Token]) -> str:
    """The words that number the item a sentence opens with, after a conjunction ("erstens", "zum anderen"), or
    ""."""
    k = 1 if tokens and tokens[0].pos == "KON" else 0
    one = tokens[k].lower if k < len(tokens) else ""
    two = f"{one} {tokens[k + 1].lower}" if k + 1 < len(tokens) else ""
    return two if two in _FIRST_ITEMS | _NEXT_ITEMS else one if one in _FIRST_ITEMS | _NEXT_ITEMS else ""


# the words that open the first item of an enumeration, and those that open a later one
_FIRST_ITEMS = frozenset({"erstens", "zum einen", "zum ersten"})
_NEXT_ITEMS = frozenset({"zweitens", "drittens", "viertens", "zum anderen", "zum andern", "zum zweiten",
                         "zum dritten"})


def _partly_quoted(tokens: Sequence[Token]) -> bool:
    """Whether a sentence that opens with the author's words quotes someone's words with a verb of their own in
    marks inside it ('A lebt davon, «dass es klein ist».')."""
    depth = quote_depth(tokens)
    inside = [j for j in range(len(tokens)) if depth[j] and tokens[j].text[:1].isalnum()]
    return len(inside) >= 3 and not depth[0] and tokens[0].text not in QUOTATION_MARKS \
        and any(tokens[j].finite for j in inside)


def frames_ahead(sentences: Sequence[Sequence[Token]], paragraphs: Sequence[int]) -> dict[int, int]:
    """A sentence in the Konjunktiv of reported speech, or one that quotes words in marks inside the author's
    clause, with no frame of its own, which opens a report continued in the next sentence of its paragraph, whose
    frame names the speaker of words in the Konjunktiv I or in quotation marks ("Patienten könnten einen Besucher
    empfangen. Schwerkranke dürfe man immer besuchen, sagt Sprecherin X."): X says both. Not after a sentence
    that reports indirectly or goes on in the Konjunktiv: that one's speaker may be going on; after someone's
    quotation the Konjunktiv starts a report of its own. Sentence index → the framing one."""
    found: dict[int, int] = {}
    reports: dict[int, Report | None] = {}

    def report_of(j: int) -> Report | None:  # each sentence's own frame, found once
        if j not in reports:
            reports[j] = find_report(sentences[j])
        return reports[j]

    def reported(tokens: Sequence[Token]) -> bool:
        return main_konjunktiv(tokens) or reported_subjunctive_ii(tokens, _FRAMED_MODALS)

    for i in range(len(sentences) - 1):
        tokens, after = sentences[i], sentences[i + 1]
        if not tokens or not after or paragraphs[i] != paragraphs[i + 1] or tokens[-1].text != ".":
            continue
        partly = _partly_quoted(tokens)
        if not (reported(tokens) or partly) or ((own := report_of(i)) is not None and not own.inherit):
            continue  # (a frame of its own names its speaker; a bare Konjunktiv's "inherit" report does not)
        follows = i > 0 and paragraphs[i - 1] == paragraphs[i] and bool(sentences[i - 1])
        before = report_of(i - 1) if follows else None
        if follows and (reported(sentences[i - 1]) or (before is not None and before.quote != "direct"
                                                       and not _closes_quotation_run(sentences[i - 1], before))):
            continue  # (after someone's quotation, words in the Konjunktiv I that the next frame closes are that
            # frame's: "«…», sagt X. Man sei gut vorbereitet. Ausserdem sei Y eingebunden, so Z.")
        earlier = report_of(i - 2) if follows and i > 1 and paragraphs[i - 2] == paragraphs[i] else None
        if before is None and earlier is not None and earlier.speaker is not None and earlier.quote != "direct":
            continue  # "…, wie das Unternehmen mitteilte. Kunden erhielten zudem X. Das Programm solle …, sagte
            # der Chef Y": the Konjunktiv may go on with the report two sentences back as well as open Y's
        marked = quote_depth(tokens) if partly and not reported(tokens) else [0] * len(tokens)  # (a "wir" quoted
        # in the author's sentence is the quoted speaker's)
        if any(is_first_person(t) and not marked[j] for j, t in enumerate(tokens)):
            continue  # "Wir sollten das nicht persönlich nehmen. Denn A dürfte B, berichten Forscher": indirect
            # speech puts a speaker's "wir" in the third person; a "wir" is the author's, with the readers
        if follows and tokens[0].lower in _BACK_POINTERS and tokens[0].pos == "PDS":
            continue  # "X taugt nicht mal zur Lachnummer. Das wäre Y nicht passiert. Z …, meint W": the demonstrative
            # takes up the author's sentence before, whose comment it goes on with
        report = report_of(i + 1)  # its words before its frame, which goes on with them ("…, sagt X"; a frame
        # that opens its sentence, "X sagt, dass …", turns to someone new)
        words = after[:report.content[0][1]] if report is not None and report.content else []
        opens = 1 if partly and after[0].text in QUOTATION_MARKS else 0  # (quoted words begin after their mark)
        if report is not None and report.speaker is not None and (report.quote == "indirect" or partly) \
                and report.content and report.content[0][0] == opens \
                and (main_konjunktiv(words) or _example_going_on(words)
                     or (partly and any(t.text in QUOTATION_MARKS for t in words))):
            found[i] = i + 1  # (and "A lebt davon, «dass es B ist». C sei so, «dass …», sagt X.": the words quoted
            # in the author's sentence are those of whom the next sentence's frame names after quoted words of theirs)
    return found


def _example_going_on(words: Sequence[Token]) -> bool:
    """Words before a frame that go on with the sentence before as an example or a condition in the
    Konjunktiv, with no main clause of their own ("Zum Beispiel, wenn es zu Rückgängen komme, sagte X")."""
    opens = (len(words) > 2 and [t.lower for t in words[:2]] == ["zum", "beispiel"]) \
        or (bool(words) and (words[0].lower in {"etwa", "beispielsweise", "vor", "besonders"}
                             or starts_subordinate(words[0])))
    return opens and any(konjunktiv_i(t) for t in words) and not main_konjunktiv(words)


def quotation_runs(sentences: Sequence[Sequence[Token]]) -> dict[int, int]:
    """A quotation that runs over several sentences is said by whoever its frame names, before it
    ("X sagte: «A. B.»") or after it ("«A. B», so X."): each sentence of the run (the framing one too) →
    the sentence holding the frame (the closing one, else the opening one). Runs that never close are left alone."""
    runs: dict[int, int] = {}
    start: int | None = None
    for k, tokens in enumerate(sentences):
        balance = _quote_balance(tokens)
        if start is not None and tokens and tokens[0].text in _CLOSING and balance < 0:
            # the mark closing the quotation was set at the start of the next sentence ('… aus.“ Doch …'):
            # the quotation ended with the sentence before, whose frame (if any) names its speaker
            runs.update(dict.fromkeys(range(start, k), _run_source(sentences, start, k - 1)))
            start = None
            balance += 1
        if start is None:
            start = k if balance > 0 else None
            continue
        if balance > 0 or k - start >= MAX_QUOTED_SENTENCES:
            start = k if balance > 0 else None  # a new quotation opens before the last one closed
            continue
        if balance < 0:
            runs.update(dict.fromkeys(range(start, k + 1), _run_source(sentences, start, k)))
            start = None
    return runs


_AGED = re.compile(r"\d+-jährig")  # an age that describes someone the author speaks of
QUOTATION_MARKS = frozenset("«»„“”‚‘’‹›\"")
# the marks that may enclose words someone cites, the typewriter's single one too ("'Wir bleiben zu Hause'")
CITING_MARKS = QUOTATION_MARKS | {"'"}


def cited(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether [lo, hi) is words in quotation marks, single ones too ("'Wir bleiben zu Hause'"): what a clause
    after them may name, a motto or a saying, rather than a statement of their own."""
    return hi - lo > 2 and tokens[lo].text in CITING_MARKS and tokens[hi - 1].text in CITING_MARKS
# how many sentences before or after its frame a quotation without marks is looked for
MAX_UNMARKED_SENTENCES = 3
# pronouns of the third person singular: the author speaking of the speaker ("mit denen möchte er sich
# nicht messen"), not the speaker going on ("sie" may be plural, but may as well be the speaker)
_THIRD_PERSON = frozenset("er ihn ihm sein seine seinen seinem seiner seines sie ihr ihre ihren ihrem ihrer "
                          "ihres".split())


# the informal second person: a speaker talking to someone ("dann verlierst du den Faden"), never the
# author of a news report outside a promotion box (furniture)
_SECOND_PERSON = frozenset("du dich dir dein deine deinen deinem deiner deines".split())


def _other_speaker(tokens: Sequence[Token], report: Report | None, speaker: Sequence[Token]) -> bool:
    """Whether a sentence's frame after its words (`report`, from `_unmarked_frame`) names another speaker than
    `speaker`."""
    return report is not None and report.speaker is not None \
        and not _name_words(tokens[report.speaker[0]:report.speaker[1]]) & _name_words(speaker)


def _unmarked_frame(tokens: Sequence[Token]) -> Report | None:
    """`Wir sind vorbereitet, sagte X.`, `Dennoch, warnt X, seien …`, `… habe Y getan, heisst es in dem
    Schreiben.`: with the quotation marks gone (some corpora strip them), someone's words framed after they
    begin; X or the document is named (a pronoun is resolved later, by the discourse)."""
    end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
    report = _trailing_frame(tokens, quote_depth(tokens), end) if end > 2 else None
    source = (report.speaker or report.document) if report is not None else None
    if report is None or source is None or report.content[0][0] != 0 or tokens[source[0]].pos == "PPER":
        return None
    if tokens[0].lower in {"um", "ohne", "statt", "anstatt"} \
            and has_zu_infinitive(tokens[:report.content[0][1]]):
        return None  # "Um A zu vermeiden, empfiehlt X, B": a purpose, no words of X's before the verb
    return report


def _colon_opening(tokens: Sequence[Token], report: Report | None) -> bool:
    """`Zudem verweist X auf Y: Z hatte …`: a named source before a colon, whose words run from the colon to
    the end of the sentence and, with the quotation marks gone, may go on after it."""
    if report is None or report.speaker is None or len(report.content) != 1 or tokens[report.speaker[0]].pos in \
            {"PPER", "PDS"}:
        return False
    (lo, hi), end = report.content[0], len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
    if lo > report.speaker[1] and tokens[lo - 1].text == "," and tokens[report.speaker[1]].text == ",":
        lo = next((i + 1 for i in range(lo, hi) if tokens[i].text == ":"), lo)  # ("X, Berater des Y, verteidigt
        # das Vorgehen: …": the frame took the apposition for the words; they follow the colon)
    return lo > report.speaker[1] and tokens[lo - 1].text == ":" and hi >= end \
        and (any(t.finite for t in tokens[:lo - 1]) or _dated_label(tokens, quote_depth(tokens), end) == lo - 1)
    # (a clause before the colon, or a label that names the day, not an interview's label)


def _same_source(tokens: Sequence[Token], speaker: Sequence[Token]) -> bool:
    """Whether a sentence's own frame, naming its source after the words (`…, so X.`), names the same
    source as `speaker` does (by a capitalised word of the name: "so Muster" after "Hans Muster")."""
    report = _unmarked_frame(tokens)
    source = (report.speaker or report.document) if report is not None else None
    return source is not None and bool(_name_words(speaker) & {t.lower for t in tokens[source[0]:source[1]]})


def _named_before_colon(tokens: Sequence[Token], speaker: Sequence[Token]) -> bool:
    """Whether the source `speaker` names is named before a colon that opens a clause of its own ("X
    begrüsst die Idee: Alles, was …, ist zu unterstützen."): what follows the colon is theirs."""
    depth = quote_depth(tokens)
    colon = next((i for i, t in enumerate(tokens) if t.text == ":" and not depth[i]), None)
    return colon is not None and any(t.finite for t in tokens[colon + 1:]) \
        and bool(_name_words(speaker) & {t.lower for t in tokens[:colon] if t.text[:1].isupper()})


def _name_words(speaker: Sequence[Token]) -> set[str]:
    """The capitalised words of a speaker's name or description, by which a later mention is known."""
    return {t.lower for t in speaker if t.text[:1].isupper() and t.tag not in DETERMINERS}


def listed_from(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """Where a list of things the author names after ", darunter" starts (`hi` when there is none): "Am Zaun
    hingen Transparente, darunter «Anna, sei unsere Trainerin»" lists a banner's words, which are no one's
    voice in the sentence: its first person and its "sei" are not the author's, nor someone's speaking on."""
    return next((j for j in range(max(lo, 1), hi) if tokens[j].lower == "darunter" and tokens[j - 1].text == ","), hi)


def _own_words(tokens: Sequence[Token], report: Report | None) -> bool:
    """A statement with no frame of its own (`report`: the sentence's) in the first person: someone's
    words, and not the author's (a news report does not say "wir"). After a colon the first person may be
    a quotation the author introduces ("Die Firma gab sich ruhig: Wir sind vorbereitet"): not all of the
    sentence is theirs."""
    if not tokens or tokens[-1].text == "?" or report is not None:
        return False
    depth = quote_depth(tokens)
    colon = next((i for i, t in enumerate(tokens) if t.text == ":" and not depth[i]), len(tokens))
    return any((is_first_person(t, speaking=True) and not group_voice(tokens, i)) or t.lower in _SECOND_PERSON
               for i, t in enumerate(tokens[:listed_from(tokens, 0, colon)]))



def _said_on(tokens: Sequence[Token], report: Report | None) -> bool:
    """Someone's words going on: in the first or second person, in the Konjunktiv I with no source of its
    own, or in the Konjunktiv II of reported speech."""
    return _own_words(tokens, report) or (report is not None and report.inherit and report.speaker is None
                                          and report.document is None and subjunctive(tokens)) \
        or (report is None and bool(tokens) and reported_subjunctive_ii(tokens))


def _answers_before(tokens: Sequence[Token], report: Report | None) -> bool:
    """Whether the words a frame reports open by taking up the sentence before them ("Aber …", "Doch …",
    "Denn …", "Das ist …") and speak in the first person: the speaker goes on from that sentence, which is
    theirs too."""
    content = [tokens[i] for a, b in report.content for i in range(a, b)] if report is not None else []
    return bool(content) and (content[0].lower in {"aber", "doch", "denn"} or (
        content[0].lower == "das" and content[0].pos == "PDS")) \
        and any(is_first_person(t, speaking=True) for t in content)


def _picks_up_subject(before: Sequence[Token], tokens: Sequence[Token], report: Report | None,
                      speaker: Sequence[Token]) -> bool:
    """Whether a present statement with no source of its own opens with "er/sie" for someone the sentence
    before names as its subject, who is not the speaker ("Y ist fit. Er hat keine Schmerzen."): it goes on
    in that sentence's voice, whoever's it is."""
    if len(tokens) < 3 or tokens[-1].text == "?" or report is not None or tokens[0].lower not in {"er", "sie"} \
            or not tokens[1].finite or _narrated(tokens) or heard_from(tokens) is not None:
        return False
    subject = subject_of(before, 0, len(before))
    named = {t.lower for t in before[subject[0]:subject[1]] if t.text[:1].isupper() and t.tag not in DETERMINERS} \
        if subject is not None else set()
    return bool(named) and not named & _name_words(speaker) and not _name_words(speaker) & {t.lower for t in tokens}


def _others_go_on(tokens: Sequence[Token], report: Report | None, speaker: Sequence[Token]) -> bool:
    """Whether a sentence with no frame opens ("Aber sie müssen …", "Sie werden …") with "sie" beside a plural
    verb while the speaker is one person (a name, or a bare surname the tagger took for a noun: "sagt
    Schaffer"): it speaks of the others the words before it named, as the speaker may go on to."""
    k = 1 if tokens and tokens[0].lower in {"aber", "doch", "und"} else 0
    return _one_person(speaker, bare=True) and report is None and len(tokens) > k + 2 and tokens[k].lower == "sie" \
        and _plural_verb_beside(tokens, k) and tokens[-1].text != "?" and not _narrated(tokens) \
        and announcing_subject(tokens) is None and heard_from(tokens) is None \
        and not _name_words(speaker) & {t.lower for t in tokens if t.text[:1].isupper()}


def _plain_present(tokens: Sequence[Token], report: Report | None, speaker: Sequence[Token]) -> bool:
    """A statement in the present with no source of its own, no question and no figure (a report's), that does
    not name the speaker, nor describe someone by age as the author speaks of the speaker, and has nobody in it
    address others."""
    return len(tokens) > 2 and tokens[-1].text != "?" and report is None and not _narrated(tokens) \
        and announcing_subject(tokens) is None and heard_from(tokens) is None \
        and not any(t.pos == "CARD" or _AGED.match(t.lower) for t in tokens) \
        and not _name_words(speaker) & {t.lower for t in tokens if t.text[:1].isupper()}


def may_mention(tokens: Sequence[Token], names: set[str], one: bool = False) -> bool:
    """Whether a sentence names someone whose name words are `names`, or may mean them: a third-person pronoun,
    an age ("Der 53-jährige Trainer …"), the author speaking of them. For `one` person, "sie" next to a verb
    in the plural means others ("Sie werden wieder gut spielen")."""
    return any((t.lower in _THIRD_PERSON and t.pos not in {"VA", "VV", "VM"}  # (not the verb "sein")
                and not (one and t.lower == "sie" and _plural_verb_beside(tokens, k)))
               or (t.lower in names and t.text[:1].isupper()) or _AGED.match(t.lower)
               for k, t in enumerate(tokens))


def _plural_verb_beside(tokens: Sequence[Token], k: int) -> bool:
    """Whether a finite verb in the plural stands right before or after position k ("sie müssen", "haben sie")."""
    return any(0 <= j < len(tokens) and tokens[j].finite and verb_number(tokens[j]) == "pl" for j in (k - 1, k + 1))


def _one_person(speaker: Sequence[Token], bare: bool = False) -> bool:
    """Whether a speaker is one named person: a name and no list; with `bare`, also a single capitalised word the
    tagger took for a noun ("sagt Schaffer")."""
    named = any(t.pos == "NE" for t in speaker) or (bare and len(speaker) == 1 and speaker[0].text[:1].isupper())
    return named and not any(t.lower in {"und", "sowie"} for t in speaker)


def _between_words(tokens: Sequence[Token], report: Report | None, speaker: Sequence[Token]) -> bool:
    """A plain statement that may stand between two of someone's sentences and be theirs: no frame, no
    question, and no mention of the speaker (their name, or a pronoun that may be them: the author
    speaking of the speaker), and no one else who addresses others ("Das Amt weist auf X hin") or whose view
    it reports by their name ("Der Didaktiker Y hält das für falsch")."""
    names = _name_words(speaker)
    one = _one_person(speaker, bare=True)
    viewed = any(t.finite and t.lemma.lower() in ASSESSMENT_VERBS | COGNITION_VERBS for t in tokens) \
        and any(t.pos == "NE" and name_gender(t.text) for t in tokens)
    return bool(tokens) and tokens[-1].text != "?" and report is None and announcing_subject(tokens) is None \
        and heard_from(tokens) is None and not viewed \
        and not may_mention(tokens, names, one)


# particles of spoken German that a news author's own sentence seldom has ("Das ist eben so", "Das weiss man ja")
_SPOKEN_PARTICLES = frozenset({"eben", "halt", "eh", "ja"})
# words that grade a predicative adjective, as a judgement does ("völlig unklar", "sehr flexibel", "so absurd")
_GRADING = frozenset({"sehr", "völlig", "so", "ziemlich", "äusserst", "äußerst", "höchst", "total", "absolut",
                      "kaum", "schlicht", "einfach", "wirklich"})


def _judging(tokens: Sequence[Token], graded: bool) -> bool:
    """Whether a sentence judges rather than reports: no figure, and a predicative adjective after a copula
    ("Die Lage ist unübersichtlich"), which with `graded` a grading word or a demonstrative subject must mark
    as a judgement ("Die Lage ist völlig unklar", "Das ist nicht tragbar"; "Das Urteil ist rechtskräftig"
    reports a state), or a particle of spoken German after its first word ("Veränderung ist eben
    unbequem")."""
    if any(t.pos == "CARD" for t in tokens):
        return False
    copula = next((i for i, t in enumerate(tokens) if t.finite and t.lemma.lower() in {"sein", "bleiben"}), None)
    judged = copula is not None and any(
        t.tag == "ADJ(D)" and (not graded or tokens[k - 1].lower in _GRADING or tokens[0].tag == "PDS"
                               or (tokens[0].lower == "es" and copula == 1))
        for k, t in enumerate(tokens[copula + 1:], copula + 1))
    return judged or _spoken(tokens)


def _spoken(tokens: Sequence[Token]) -> bool:
    """Whether a particle of spoken German stands after the sentence's first word ("Man hat ja gesehen, …",
    "Veränderung ist eben unbequem"), as a news author's own sentence seldom has it."""
    return any(t.text in _SPOKEN_PARTICLES and tokens[k + 1].tag != "ADJ(A)" for k, t in enumerate(tokens[1:-1], 1))
    # (in lower case: "ohne Halt" is a noun)


def judging_aside(tokens: Sequence[Token], graded: bool = True) -> bool:
    """Whether a sentence with no source of its own judges in the present (`_judging`, not narrated) or
    comments on what the sentence before spoke of (`_taking_up`): right after someone's words in an article
    without quotation marks, it may be theirs or the author's. Right after a frame that names them (not
    `graded`) any predicative adjective will do."""
    return bool(tokens) and tokens[-1].text != "?" and find_report(tokens) is None and not _narrated(tokens) \
        and (_judging(tokens, graded) or _taking_up(tokens))


# adverbs that point back to what the sentence before spoke of ("Da ist …", "Dabei ist …")
_TAKING_UP = frozenset({"da", "dabei", "darin", "dort"})


def _contrast_on_other(tokens: Sequence[Token], report: Report | None, before: Sequence[Token],
                       speaker: Sequence[Token]) -> bool:
    """Whether a sentence opens "Aber er …"/"Doch sie …" right after first-person words (`before`) that
    name someone besides the speaker: the pronoun is that person (the speaker would say "ich"), and the
    contrast answers the words before it."""
    if len(tokens) < 4 or tokens[0].lower not in {"aber", "doch"} or tokens[1].lower not in {"er", "sie"} \
            or not tokens[2].finite or report is not None or tokens[-1].text == "?":
        return False
    names = _name_words(speaker)
    return any(t.pos == "NE" and t.lower not in names for t in before) and announcing_subject(tokens) is None \
        and heard_from(tokens) is None


def _points_back(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens with a demonstrative or a pronominal adverb right before its finite verb ("Das
    funktioniert so", "Damit wird es möglich"): it takes up what the sentence before said."""
    return len(tokens) > 3 and tokens[1].finite and (
        tokens[0].lower in RESUMING_DEMONSTRATIVES or tokens[0].lower in {"damit", "dabei", "dadurch", "dafür"})


def _generic_present(tokens: Sequence[Token]) -> bool:
    """Whether a sentence states a rule of no one in particular in the present, "man" its subject ("Wenn man
    die Mitte hält, hat man das Spiel in der Hand"): after someone's Konjunktiv, their view as well as the
    author's."""
    return any(t.lower == "man" for t in tokens) and not any(
        t.finite and past_tense(t.text, t.tag) for t in tokens) and tokens[-1].text != "?"


def _comment_goes_on(tokens: Sequence[Token]) -> bool:
    """Whether a sentence takes up the one before with a demonstrative, also after "Aber", "Doch" or "Und"
    ("Doch das heisst, dass …"), its verb in the present and naming nobody."""
    opened = tokens[1:] if tokens and tokens[0].lower in {"aber", "doch", "und"} else tokens
    return _points_back(opened) and not past_tense(opened[1].text, opened[1].tag) \
        and not any(t.pos == "NE" for t in tokens)


def _taking_up(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens with an adverb that points back and a present "sein" ("Da ist oft auch Hass
    dabei", "Dabei ist das Medium auch schuld"): a comment on what the sentence before said."""
    return len(tokens) > 3 and tokens[0].lower in _TAKING_UP and tokens[1].lower in {"ist", "sind"}


def _narrated(tokens: Sequence[Token]) -> bool:
    """A clause in the past tense: the author's narration ("In Aalen starb am Sonntag ein Mädchen"), which
    the Konjunktiv of a source's account may follow without the narration being theirs."""
    return Tense.PAST in clause_tenses(tokens)


def marks_quotations(sentences: Sequence[Sequence[Token]]) -> bool:
    """Whether the article sets any words in quotation marks: where it does not (10kGNAD prints none), a
    speaker's words carry no mark of where they end."""
    return any(c in QUOTATION_MARKS for tokens in sentences for t in tokens for c in t.text)


def _demand(tokens: Sequence[Token]) -> bool:
    """Whether a sentence's main clause demands something in the present ("Das Amt muss dringend dafür sorgen,
    dass …", "Die Regeln sollen endlich gelten"), naming nobody by name."""
    verb = next((t for t in tokens if t.finite), None)
    return verb is not None and verb.lower in {"muss", "müssen", "soll", "sollen"} and tokens[-1].text != "?" \
        and not any(t.pos == "NE" for t in tokens)


def _conditional_subjunctive(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens with a condition and goes on with a main clause in the Konjunktiv II ("Wenn
    sie dazu gezwungen werden, würden sie …"): a reasoning about what would follow, in the voice before it."""
    if not tokens or tokens[0].lower not in {"wenn", "falls", "sollte", "sollten"}:
        return False
    return any(t.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II
               for k, t in enumerate(tokens))


def _hedged_third_person(tokens: Sequence[Token]) -> bool:
    """Whether a sentence's first clause has a modal in the Konjunktiv II and a subject in the third person
    ("Denn die Säuglinge dürften A nicht mit uns verbinden, berichten Forscher"): indirect speech as much as a
    Konjunktiv I, so a sentence in the first person before it is not the speaker's quotation going on."""
    modal = next((k for k, t in enumerate(tokens) if t.finite and t.lower in MODAL_SUBJUNCTIVE_II), None)
    stop = next((k for k, t in enumerate(tokens) if k and t.text in {",", ":", ";"}), len(tokens))
    subject = subject_of(tokens, 0, stop) if modal is not None and modal < stop else None
    return subject is not None and not any(is_first_person(t) for t in tokens[subject[0]:subject[1]])


def unmarked_quotation_runs(sentences: Sequence[Sequence[Token]], paragraphs: Sequence[int]
                            ) -> tuple[dict[int, int], set[int]]:
    """In an article without any quotation marks, the quotation framed by `Wir sind vorbereitet, sagte X.`
    may have begun sentences before and go on after it: sentences in the first person right before the
    frame are X's; after it, sentences in the first or second person or in the Konjunktiv of reported
    speech, and a plain statement between X's words and a sentence that goes on with them ("Unser Ziel ist
    Europa. Das geht mit einem guten Platz. Ich weiss, dass …") or that X frames again; a plain statement
    between X's words after a colon and the frame (`X begrüsst Y: A. B. C, so X.`); and after words that
    follow X's name and a colon (`X verweist auf Y: A. B. C habe …`), the same as after a frame; and a plain
    statement right before X's first-person words that open with "Aber" (`A. Aber wir … B, sagte X.`); and a plain
    statement between X's Konjunktiv, which goes on with what X said, and X's next frame (`…, sagt X. Es gelte A.
    B. C, sagt X.`). All in the
    frame's paragraph, within MAX_UNMARKED_SENTENCES sentences before the frame and, while each sentence goes on
    from the one before, twice as many after it. Each such sentence → the framing one.
    Also the sentences whose voice is unclear (`tails`): a plain statement in the present right after the
    speaker's last sentence, in the same paragraph, that names neither the speaker nor another source ("…, so
    X. Die Lage ist unübersichtlich: …"): with the marks gone it may go on with X's words or be the
    author's, and the rules cannot tell; and the present statements after it that go on with "er/sie" for
    whom it names (`_picks_up_subject`); the statement after "X erklärt den Anstieg anders." or a view "X sieht A
    auf B zukommen"; a judgement, a condition with its Konjunktiv II and a demand after it right after a Konjunktiv
    that goes on from someone's words; a Konjunktiv II right before X's framed words; the present statements after
    the words a named person's colon opens; a statement about no particular thing after X's words ran on past the
    frame; a statement in the present or Perfekt between X's Konjunktiv or framed words and their Konjunktiv going
    on; a comment that takes up a judgement left out so; a report whose speaker is "er" or "sie" right after
    someone's first-person words, which it relays.
    Where the article has marks, they say where a quotation ends, and the caller leaves this rule out."""
    runs: dict[int, int] = {}
    tails: set[int] = set()
    reports: dict[int, Report | None] = {}
    frames: dict[int, Report | None] = {}

    def report_of(j: int) -> Report | None:  # each sentence's own frame, found once
        if j not in reports:
            reports[j] = find_report(sentences[j]) if sentences[j] else None
        return reports[j]

    def frame_of(j: int) -> Report | None:  # each sentence's frame after its words, found once
        if j not in frames:
            frames[j] = _unmarked_frame(sentences[j]) if sentences[j] else None
        return frames[j]

    def near(j: int, k: int) -> bool:
        return 0 <= j < len(sentences) and abs(j - k) <= MAX_UNMARKED_SENTENCES and paragraphs[j] == paragraphs[k]

    def opens_other_run(j: int, speaker: Sequence[Token]) -> bool:
        """Whether sentence j is first-person words right before another speaker's frame."""
        return near(j + 1, j) and _own_words(sentences[j], report_of(j)) \
            and _other_speaker(sentences[j + 1], frame_of(j + 1), speaker)

    def goes_on(j: int, k: int, speaker: Sequence[Token]) -> bool:
        """Whether sentence j, after the frame in sentence k, is still the speaker's."""
        own, nxt = sentences[j], j + 1
        if opens_other_run(j, speaker):
            return False  # "…, erklärte X. A. Uns hat B gestört. C, sagte Y.": the words right before Y's frame
            # open Y's run
        if _own_words(own, report_of(j)) or (report_of(j) is None and _said_on(own, None)):
            return True
        if j - 1 in runs and _own_words(sentences[j - 1], report_of(j - 1)) and _points_back(own) \
                and _between_words(own, report_of(j), speaker) and not _narrated(own):
            return True  # "…, erklärt X. Wir bringen dem System Y bei. Das funktioniert wie Z.": the present
            # statement that takes up the speaker's first-person words goes on with them
        if j - 1 in runs and _own_words(sentences[j - 1], report_of(j - 1)) \
                and _contrast_on_other(own, report_of(j), sentences[j - 1], speaker):
            return True  # "Ich wollte Meier einholen. Doch er lief davon.": the contrast with
            # someone the speaker's first-person words just named goes on in the speaker's voice
        if j == k + 1 and own and (own[0].lower == "denn" or (
                own[0].lower in {"aber", "doch"} and _named_before_colon(sentences[k], speaker)
                and not _narrated(own))) \
                and _between_words(own, report_of(j), speaker):
            return True  # "A ist gut, sagte X. Denn ohne A gäbe es B.": the reason right after the framed words
            # gives them their ground, in the speaker's voice; so does a contrast right after words that close
            # their frame after a colon ("…, sagte X: A ist gut. Aber B ist schlecht."; not the author's narration
            # going on: "Doch die Kritik kam auch von rechts")
        return near(nxt, j) and _between_words(own, report_of(j), speaker) and (
            (_own_words(sentences[nxt], report_of(nxt)) and not opens_other_run(nxt, speaker))
            or ((_said_on(sentences[nxt], report_of(nxt)) or _same_source(sentences[nxt], speaker))
                and not _narrated(own)))

    def goes_on_with(j: int, speaker: Sequence[Token]) -> bool:
        """Whether sentence j goes on with the words of the speaker last named before it in the Konjunktiv, and
        that speaker is this one."""
        own = report_of(j)
        if own is None or own.speaker is not None or not own.inherit or not main_konjunktiv(sentences[j]):
            return False
        last = next(((m, r.speaker) for m in range(j - 1, max(-1, j - 2 * MAX_UNMARKED_SENTENCES), -1)
                     if (r := report_of(m)) is not None and r.speaker is not None), None)
        return last is not None and bool(_name_words(sentences[last[0]][last[1][0]:last[1][1]]) & _name_words(speaker))

    for k, tokens in enumerate(sentences):
        viewer = _named_subject(tokens) if tokens and report_of(k) is None \
            and (_states_view(tokens) or _spoke_up(tokens) or _announces_view(tokens)) else None
        if viewer is not None and near(k + 1, k) and _plain_present(sentences[k + 1], report_of(k + 1),
                                                                    tokens[viewer[0]:viewer[1]]):
            tails.add(k + 1)  # "X findet die Ergebnisse vielversprechend. Sie passen in …": what follows the view
            # may spell it out in X's words as well as be the author's; so may what follows "X äusserte sich
            # versöhnlich."
        elif viewer is not None and near(k + 1, k) and _announces_view(tokens) and report_of(k + 1) is None \
                and sentences[k + 1] and sentences[k + 1][-1].text != "?" \
                and not _name_words(tokens[viewer[0]:viewer[1]]) & {t.lower for t in sentences[k + 1]}:
            tails.add(k + 1)  # "X erklärt den Rückgang anders. Vom Markt her war das Jahr gut.": the reading that
            # the view announces follows, in X's words with the marks gone, in any tense
        report = frame_of(k)
        opening = report is None and bool(tokens) and _colon_opening(tokens, report_of(k))
        report = report_of(k) if opening else report
        source = (report.speaker or report.document) if report is not None else None
        if source is None:
            continue
        speaker = tokens[source[0]:source[1]]
        j = k - 1  # (before a frame of indirect speech, the words in the first person may be another's; before
        # a colon, the words are the author's)
        indirect = not opening and (subjunctive(tokens) or _hedged_third_person(tokens))
        trailing = report is not None and bool(report.content) and report.speaker is not None \
            and report.content[0][0] < report.speaker[0]
        # (the words stand before their frame: "B, sagte X.")
        while not opening and near(j, k) and j not in runs and not indirect and (
                _own_words(sentences[j], report_of(j))
                or (j == k - 1 and near(j - 1, k) and trailing and _own_words(sentences[j - 1], report_of(j - 1))
                    and _between_words(sentences[j], report_of(j), speaker) and not _narrated(sentences[j]))):
            runs[j] = k  # (and "Wir müssen A. Vor allem darf man B nicht. C, sagte X.": a plain statement between
            j -= 1  # X's first-person words and X's frame is X's too)
        if j + 1 < k and j + 1 in runs and sentences[j + 1] and sentences[j + 1][0].lower in {"aber", "doch", "denn"} \
                and near(j, k) and j not in runs and _between_words(sentences[j], report_of(j), speaker) \
                and not _narrated(sentences[j]):
            runs[j] = k  # "A. Aber wir schaffen es. B, sagte X.": the speaker's "aber" answers A, X's words too
        if not opening and j == k - 1 and near(j, k) and j not in runs and _answers_before(tokens, report) \
                and _between_words(sentences[j], report_of(j), speaker) and not _narrated(sentences[j]):
            runs[j] = k  # "Klar ist, dass A. Aber wir kümmern uns auch um B, sagte X.", "Das stimmt nicht. Das ist
            # Spekulation, und ich …, sagte X.": the framed words in the first person take up the statement before
        # "Es sind neue Leute. Ich habe keine Bedenken. Wir wissen, dass …, sagte X.": up to two plain statements
        # in the present right before the first-person words that open X's run may open them as well as be the
        # author's (the author may speak of others there: "er" is no sign of the author)
        if j + 1 < k and _own_words(sentences[j + 1], report_of(j + 1)):
            for m in (j, j - 1):
                if not near(m, k) or m in runs or not _plain_present(sentences[m], report_of(m), speaker):
                    break
                tails.add(m)
        if not opening and j == k - 1 and near(j, k) and j not in runs and report_of(j) is None \
                and (_taking_up(sentences[j]) or _spoken(sentences[j])) \
                and _between_words(sentences[j], report_of(j), speaker):
            tails.add(j)  # "Es geht um viel. Da ist immer Liebe dabei. Sie sind ein Team, beharrt X": a comment
            # right before X's words may open them as well as be the author's; so may words in spoken German
            # ("Man hat ja gesehen, wie schnell es geht. Es hilft nicht, …, sagte X")
        if not opening and j == k - 1 and near(j - 1, k) and j not in runs \
                and _between_words(sentences[j], report_of(j), speaker) and not _narrated(sentences[j]) \
                and _named_before_colon(sentences[j - 1], speaker):
            runs[j] = k  # "X begrüsst Y: A. B. C, so X.": between two of X's statements, B is X's too
        if not opening and trailing and j == k - 1 and near(j, k) and j not in runs and report_of(j) is None \
                and (reported_subjunctive_ii(sentences[j], MODAL_SUBJUNCTIVE_II)
                     or (konjunktiv_in_clause(sentences[j])
                         and not any(t.pos == "VV" and t.lemma.lower() in _FRAMING_LEMMAS for t in sentences[j]))) \
                and _between_words(sentences[j], report_of(j), speaker):
            tails.add(j)  # "Sie könnten Meister werden. Vielleicht sind sie zu sicher, meint X.": a Konjunktiv II
            # right before X's words may open them as well as be the author's guess; so may a Konjunktiv I in a
            # clause of it ("Y verfällt in Affirmationen, dass man der Beste sei. A, sagt X."; not one that a verb
            # of saying of its own frames: "Im Amt wurde betont, dass A sei")
        if not opening and trailing and j == k - 1 and near(j, k) and j not in runs and report_of(j) is None \
                and _named_before_colon(sentences[j], speaker):
            runs[j] = k  # "X wandte sich ab: A. B, meinte X.": the words after X's colon go on to X's frame
        if not opening and not indirect and j == k - 1 and near(j - 1, k) and j not in runs \
                and _between_words(sentences[j], report_of(j), speaker) and goes_on_with(j - 1, speaker) \
                and not (subjunctive(sentences[j]) or reported_subjunctive_ii(sentences[j])):
            runs[j] = k  # "…, sagt X. Es gelte A. B. C, sagt X.": between X's Konjunktiv and X's next frame, B is
            # X's too
        if not opening and not indirect and j == k - 1 and near(j - 2, k) and j not in runs and j - 1 not in runs \
                and reported_subjunctive_ii(sentences[j]) and not _narrated(sentences[j - 1]) \
                and _between_words(sentences[j - 1], report_of(j - 1), speaker) and goes_on_with(j - 2, speaker):
            runs[j] = runs[j - 1] = k  # "…, sagt X. Es gelte A. B. C würde D. E, meinte X.": a plain statement
            # and a Konjunktiv II between X's Konjunktiv and X's next frame are X's too
        j = k + 1  # (a run after the frame goes on while each sentence goes on from the one before, up to twice
        # as far: "…, meinte X. A. Ich B. C. Wir D.")
        while near(j, j - 1) and j - k <= 2 * MAX_UNMARKED_SENTENCES and goes_on(j, k, speaker):
            runs[j] = k
            j += 1
        while opening and _one_person(speaker) and near(j, j - 1) and j - k <= MAX_UNMARKED_SENTENCES \
                and j not in runs and report_of(j) is None and _between_words(sentences[j], None, speaker) \
                and not any(t.finite and past_tense(t.text, t.tag) for t in sentences[j]) \
                and not (near(j + 1, j) and _other_speaker(sentences[j + 1], frame_of(j + 1), speaker)):
            tails.add(j)  # "X verteidigt das Vorgehen: A war richtig. Die Gesichter sind nicht zu sehen. …": with
            # the marks gone, the present statements after the words that X's colon opened may go on with them as
            # well as be the author's (not right before another speaker's frame, whose words open there; and only
            # after a person's: what follows a body's announcement, "Der Bundesrat verkündet: …", is mostly the
            # author's account of it)
            j += 1
        if near(j, j - 1) and j not in runs and ((_between_words(sentences[j], report_of(j), speaker)
                                                  and (judging_aside(sentences[j], graded=False)
                                                       or (report_of(j) is None and reported_subjunctive_ii(
                                                           sentences[j], HEDGING_MODALS))))
                                                 or _others_go_on(sentences[j], report_of(j), speaker)):
            tails.add(j)  # (and "…, sagt X. Sie werden wieder gut spielen.": "sie" with a plural verb takes up
            # whom X's words spoke of, not X; "…, teilte X mit. Es sollte alles getan werden, …": a modal that may
            # be the Konjunktiv II of X's words or the author's past)
            while near(j + 1, j) and j + 1 - k <= 2 * MAX_UNMARKED_SENTENCES \
                    and (_picks_up_subject(sentences[j], sentences[j + 1], report_of(j + 1), speaker)
                         or _others_go_on(sentences[j + 1], report_of(j + 1), speaker)):
                j += 1
                tails.add(j)  # "…, sagte X. Y ist fit. Er hat keine Schmerzen.": the words about Y go on
        m = j + 1 if j in tails else j
        if m - 1 > k and near(m, m - 1) and m not in runs and _plain_present(sentences[m], report_of(m), speaker) \
                and not any(t.pos == "NE" for t in sentences[m]) and _undetermined_subject(sentences[m]):
            tails.add(m)  # "…, sagt X. Aber A ist so wichtig. B ist der erste Schritt.": after X's words ran on
            # past the frame, the next plain statement about no particular thing (a bare noun, "es") may still
            # be X's as well as the author's ("Das Urteil des Gerichts ist rechtskräftig" reports a state)
    for j, tokens in enumerate(sentences):
        relayed = report_of(j)
        if relayed is not None and relayed.speaker is not None and j not in runs and near(j - 1, j) \
                and relayed.speaker[1] - relayed.speaker[0] == 1 and tokens[relayed.speaker[0]].lower in {"er", "sie"} \
                and any(is_first_person(t, speaking=True) for t in sentences[j - 1]):
            tails.add(j)  # "Wir wollten wissen, wie … Er sagte, A sei B.": someone's first-person account relays
            # what "er" said; with the marks gone, the narrator's words, not the author's report
        own = report_of(j) if tokens and main_konjunktiv(tokens) else None
        if own is not None and own.speaker is None and own.inherit and near(j + 1, j) \
                and report_of(j + 1) is None \
                and (judging_aside(sentences[j + 1], graded=False) or _conditional_subjunctive(sentences[j + 1])
                     or _generic_present(sentences[j + 1])
                     or _picks_up_subject(tokens, sentences[j + 1], report_of(j + 1), ())) \
                and not any(t.pos == "NE" for t in sentences[j + 1]):
            if near(j + 2, j) and report_of(j + 2) is None and _demand(sentences[j + 2]):
                tails.add(j + 2)  # "… sei abgelehnt worden. Das ist unverständlich. Das Amt muss handeln.": the
                # demand after the judgement goes on in the same voice
            tails.add(j + 1)  # "Es habe weniger Tests gegeben. Das ist auch gut so.": after words in the
            # Konjunktiv that go on from someone's (their frame in another sentence, or none), a judgement may
            # be theirs as well as the author's; so may a condition and what would follow from it ("Wenn A,
            # würden sie B"), and a present statement that goes on with "er"/"sie" for whom the Konjunktiv named
            # ("Y sei beliebt. Er wird gern gesehen."); not one that names someone, the author's narration ("Y ist
            # bisher Chef der Zeitung")
            m = j + 2
            while near(m, j) and report_of(m) is None and _comment_goes_on(sentences[m]):
                tails.add(m)  # "… Das ist richtig so. Doch das heisst, dass …": the comment that takes
                m += 1  # the judgement up goes on in the same voice
        if own is not None and own.speaker is None and own.inherit and j >= 2 and near(j - 2, j) \
                and j - 1 not in runs and report_of(j - 1) is None and sentences[j - 1] \
                and not subjunctive(sentences[j - 1]) and not reported_subjunctive_ii(sentences[j - 1]) \
                and not any(t.pos == "NE" or (t.finite and past_tense(t.text, t.tag)) for t in sentences[j - 1]) \
                and not may_mention(sentences[j - 1], set(), one=True) \
                and (any(t.finite and konjunktiv_i(t) for t in sentences[j - 2])
                     or ((before := report_of(j - 2)) is not None and before.speaker is not None)):
            tails.add(j - 1)  # "Er nennt A, das B gewesen sei. Das hat C gekostet. D sei gelungen.": a plain
            # statement between someone's Konjunktiv (or framed words) and its going on may be their words, the
            # marks gone, as well as the author's (not one that names someone or speaks of "er" or "sie", nor one
            # in the Präteritum: the author's narration)
    return runs, tails - set(runs)
