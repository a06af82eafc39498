"""Phrase extents and word order on tagged tokens: just enough German syntax to cut and rebuild clauses."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from builder.language.first_names import name_gender
from builder.language.lexicon import (
    COORDINATORS,
    FIRST_PERSON,
    FOCUS_PARTICLES,
    FREQUENCY_ADVERBS,
    GENITIVE_DETERMINERS,
    GOVERNED_ATTRIBUTES,
    HEDGES,
    MEASURE_UNITS,
    MODAL_INFINITIVES,
    SHARED_WORLD_NOUNS,
    SUBORDINATORS,
    TIME_ADVERBS,
)
from builder.language.tagger import inflected_noun, separable_prefix, stem_with_prefix
from builder.split.inflection import plural_form, verb_number
from builder.split.sentences import Token, verb_closes_clause
from builder.split.timex import MONTHS

NOUNS = {"NN", "NE", "NNI", "NNA", "ACR_NE", "ACR_NN", "FM"}
NP_WORDS = NOUNS | {"ART", "ADJ(A)", "CARD", "PPOSAT", "PDAT", "PIAT", "TRUNC", "PIS"}
PREPOSITIONS = {"APPR", "APPRART"}
DETERMINERS = {"ART", "PPOSAT", "PDAT", "PIAT"}
# article forms that cannot open a nominative subject, and nouns of time that head adverbial phrases
# articles of an accusative or dative, and with the genitive's all articles of no nominative
OBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem"})
OBLIQUE_ARTICLES = OBJECT_ARTICLES | {"des", "eines"}
# dashes as they stand between clauses or set off an aside
DASHES = frozenset({"–", "—", "-"})
RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche", "welchem",
                     "welchen", "welches"}
NOMINATIVE_PRONOUNS = {"er", "sie", "es", "wir", "ich", "du", "ihr", "man"}
_SPEAKING_FIRST_PERSON = FIRST_PERSON - {"uns", "mir", "mich"}
TIME_NOUNS = {"ende", "anfang", "mitte", "beginn", "tag", "woche", "monat", "jahr", "stunde", "minute", "abend",
              "morgen", "nacht", "mittag", "zeit", "wochenende", "montag", "dienstag", "mittwoch", "donnerstag",
              "freitag", "samstag", "sonntag"}
NUMBER_HEDGES = {"als", "rund", "etwa", "fast", "knapp", "über", "zu", "circa", "ca.", "gut", "mindestens",
                 "höchstens", "maximal", "insgesamt"}


def is_np_word(tok: Token) -> bool:
    return tok.tag in NP_WORDS or tok.pos in NOUNS or (tok.text[:1].isupper() and tok.pos in {"XY", "ADJ"})


def is_noun(tok: Token) -> bool:
    return tok.pos in NOUNS or tok.tag in NOUNS or tok.pos == "CARD" or tok.text.isupper() and len(tok.text) > 1


def nominalised(tok: Token) -> bool:
    """An adjective written as a noun ("65-Jährige", "Angeklagte"), which HanTa tags an adjective."""
    return tok.tag == "ADJ(A)" and tok.text.split("-")[-1][:1].isupper()


def heads_phrase(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether tokens[lo:hi] has a head: a noun, or an adjective written as a noun after its determiner,
    which ends its phrase ("die 65-Jährige", "der Angeklagte")."""
    return any(is_noun(tokens[j]) for j in range(lo, hi)) or (hi - lo > 1 and nominalised(tokens[hi - 1]))


_NAME_QUOTES = frozenset("„«»\"‚›‹")
_NAME_QUOTES_CLOSE = frozenset("“»«\"‘‹›")


# nouns that, before a genitive, a year or a month, name a point in time ("Anfang dieser Woche", "Mitte Mai")
_TIME_POINTS = frozenset({"anfang", "ende", "mitte", "beginn"})


def _quoted_name(tokens: Sequence[Token], j: int, stop: int) -> int | None:
    """The end of a name in quotation marks that opens at j ("„New York Times“"), or None: a few words
    with no verb among them."""
    if tokens[j].text not in _NAME_QUOTES:
        return None
    close = next((k for k in range(j + 2, min(stop, j + 6)) if tokens[k].text in _NAME_QUOTES_CLOSE), None)
    if close is None:
        return None
    words = tokens[j + 1:close]
    if not all(t.text[:1].isalnum() and not t.finite for t in words) and not (
            len(words) == 1 and words[0].text[:1].isupper()):  # (one word with a capital: a noun, "von „Pfusch“",
        return None  # whatever the tagger guessed)
    return close + 1


def quoted_name_end(tokens: Sequence[Token], j: int, stop: int) -> int | None:
    """`_quoted_name` for a name that opens with a capital or a number ("„New York Times“"): after a noun, or as a
    genitive, a quotation in small letters is someone's words ("eine Lage „ohne Beispiel“"), no name."""
    return _quoted_name(tokens, j, stop) if j + 1 < stop and (tokens[j + 1].text[:1].isupper()
                                                             or tokens[j + 1].text[:1].isdigit()) else None


def _attribute_closes(tokens: Sequence[Token], k: int) -> bool:
    """Whether an extended attribute ends at k: an adjective or participle there, before its noun or another
    adjective ("die auf Münzen | spezialisierte Historikerin", "die als ansteckend | geltende Variante")."""
    return tokens[k].tag == "ADJ(A)" and (tokens[k + 1].pos in {"NN", "NE"} or tokens[k + 1].tag == "ADJ(A)")


# indefinite pronouns that an "andere" after them makes one phrase with ("alles andere", "nichts anderes")
_INDEFINITE_HEADS = frozenset({"alles", "nichts", "etwas", "vieles", "einiges", "manches"})
_OTHER_WORDS = frozenset({"andere", "anderes", "weitere", "weiteres", "übrige", "übriges"})


def _determined_acronym(tokens: Sequence[Token], i: int, k: int) -> bool:
    """Whether the name at k is an acronym right after the determiner that opens the phrase ("das BIP", "das
    EBIT"): a common noun written short, which a genitive attribute may follow as any noun's (not an acronym
    that is a genitive itself: "das Gremium der WHO | der Meinung")."""
    return k - 1 == i and tokens[i].tag in DETERMINERS and len(tokens[k].text) > 1 and tokens[k].text.isupper()


def np_end(tokens: Sequence[Token], i: int, stop: int) -> int:
    """End (exclusive) of the noun phrase starting at i: articles, adjectives, nouns, numbers, names, a
    parenthesis right after a noun ("(42)", "(OSZE)"), and genitive attributes ("des Schiffs")."""
    j, seen_noun = i, False
    while j < stop:
        tok = tokens[j]
        if seen_noun and tok.lower == "in" and j + 1 < stop and tokens[j + 1].lower == "spe":
            j += 2  # "der Bürgermeister in spe": the future one, still the noun's phrase
            continue
        if seen_noun and tok.tag == "ADJ(A)" and tok.text[:1].isupper() and tok.lower.endswith("er") \
                and j + 1 < stop and tokens[j + 1].pos == "NN":
            j += 1  # "der Markt Schwabener Brauerei-Chef": a place's adjective of a two-word place name
            continue
        graded = j + 1
        while tok.pos == "ADV" and graded < stop and tokens[graded].pos == "ADV":
            graded += 1  # ("die bereits schon ausgebuchten Shows")
        if (tok.pos == "ADV" or (tok.tag == "ADJ(D)" and j > i)) and not seen_noun and graded < stop \
                and (tokens[graded].tag == "ADJ(A)" or (tokens[graded].tag == "NNA" and j > i
                                                        and tokens[j - 1].tag in DETERMINERS)):
            j = graded  # "ein sehr grosser", "ein elektromotorisch höhenverstellbarer Tisch", "der aktuell
            # Erkrankten": it grades the adjective, or the adjective used as a noun
            # (after the head noun it opens the next phrase: "das Spiel | wieder wachsender Beliebtheit")
            continue
        if not seen_noun and j > i and tok.pos in PREPOSITIONS and tokens[j - 1].tag in DETERMINERS:
            inner = np_end(tokens, j + 1, stop)
            while j + 1 < inner < stop - 1 and tokens[inner].pos in PREPOSITIONS:
                inner = np_end(tokens, inner + 1, stop)  # ("der beim Amt für Seuchen zuständige …": one more)
            if j + 1 < inner < stop - 1 and _attribute_closes(tokens, inner):
                j = inner  # "die auf Münzen spezialisierte Historikerin", "der für Seuchen zuständige Jan Muster":
                continue  # a prepositional phrase inside the attribute (erweitertes Attribut) between the
                # determiner and its adjective
        if not seen_noun and j > i and tok.lower == "als" and tokens[j - 1].tag in DETERMINERS and j + 2 < stop:
            inner = j + 2 if tokens[j + 1].tag in {"ADJ(D)", "ADV"} or (
                tokens[j + 1].tag == "ADJ(A)" and tokens[j + 2].tag == "ADJ(A)") else np_end(tokens, j + 1, stop)
            # ("die als ansteckender geltende Variante": the comparative the tagger reads as an attribute)
            if j + 1 < inner < stop - 1 and _attribute_closes(tokens, inner):
                j = inner  # "die als ansteckend geltende Variante", "der als Favorit gehandelte Kandidat": what the
                continue  # thing counts as, inside its attribute
        if tok.text == "(" and seen_noun:
            close = next((k for k in range(j + 1, min(stop, j + 8)) if tokens[k].text == ")"), None)
            if close is None:
                break
            j = close + 1
            continue
        if seen_noun and (tok.tag == "ART" and tok.lower in {"des", "der", "eines", "einer"}
                          or tok.tag in {"PPOSAT", "PDAT"} and tok.lower.endswith("es")
                          or tok.tag == "PIAT" and tok.lower in GENITIVE_DETERMINERS) and j + 1 < stop \
                and (is_np_word(tokens[j + 1]) or quoted_name_end(tokens, j + 1, stop)
                     or (tokens[j + 1].tag in {"ADJ(D)", "ADV"} and j + 2 < stop
                         and tokens[j + 2].tag in {"ADJ(A)", "NNA"} and tokens[j + 2].text[:1].isupper())) \
                and (tokens[j - 1].pos != "NE" or _determined_acronym(tokens, i, j - 1)) \
                and not (tok.lower == "der" and tokens[j + 1].tag == "ADJ(A)" and tokens[j + 1].lower.endswith("e")):
            # names take a genitive -s ("die Arbeit seines Instituts": a possessive's genitive too; "der „New York
            # Times“": a name in quotation marks), but an acronym after its article is a noun ("das EBIT der
            # ersten Quartale"); "der grösste X" is a nominative, a genitive's adjective ends in -en ("der
            # grössten Firma", "der Berliner Kliniken")
            j += 1
            seen_noun = False  # the genitive attribute is a noun phrase of its own
            continue
        named = (quoted_name_end if seen_noun or j == i else _quoted_name)(tokens, j, stop)
        if named and (seen_noun or j == i or tokens[j - 1].pos == "ART"
                      or (tokens[j - 1].pos == "ADJ" and not nominalised(tokens[j - 1]))):
            j, seen_noun = named, True  # "der „Schwarze Tod“": a name in quotation marks is the head, and after
            continue  # a noun it is that noun's name ("die Zeitung „El País“"); an adjective written as a noun
            # heads its phrase itself ("des bisher Erreichten | „fatale Folgen“")
        if tok.text.endswith("-") and len(tok.text) > 1 and j + 2 < stop and tokens[j + 1].lower in {"und", "oder"}:
            j += 2  # "Industrie- und Handelskammer": a truncated compound shares the noun after the conjunction
            continue
        if seen_noun and tok.tag == "ADJ(A)" and j >= i + 2 and tokens[j - 2].pos == "CARD" \
                and tokens[j - 1].lower in MEASURE_UNITS:
            j += 1  # "ein 61 Jahre alter Mann", "eine 3 Meter hohe Mauer": the measure is the adjective's
            seen_noun = False
            continue
        if not seen_noun and tok.pos == "NE" and tok.text.endswith("s") and j + 2 < stop \
                and tokens[j + 1].tag == "ADJ(A)" and tokens[j + 2].pos in {"NN", "ADJ"} \
                and ((j > 0 and tokens[j - 1].pos in {"APPR", "APPRART"})
                     or (j == i and name_gender(tok.text) is None and (j == 0 or tokens[j - 1].pos != "NE"))):
            j += 1  # "bei Deutschlands größtem Reiseveranstalter", "dass Müllers neues Auto …": a name's genitive
            continue  # before its noun's adjective opens the phrase, it is not its head (a first name in -s is a
            # nominative: "dass Klaus großes Glück hatte")
        if seen_noun and tok.tag == "CARD" and tokens[j - 1].pos == "NE" and tok.text.isdigit() and len(tok.text) <= 2 \
                and (j + 1 >= stop or not (is_np_word(tokens[j + 1]) or tokens[j + 1].text[:1].isdigit())):
            j += 1  # "Nord Stream 2", "Apollo 11": a small number after a name, with no noun after it to count,
            continue  # ends the name
        if not is_np_word(tok) or (seen_noun and tok.tag in {"CARD", "ADJ(A)", "PIAT", "PIS", "PPOSAT", "PDAT", "ART"}):
            break  # after the head noun, a number, adjective or determiner opens the next phrase
        if j > i and tok.tag in {"ART", "PPOSAT", "PDAT"} and nominalised(tokens[j - 1]):
            break  # "der 27-Jährige | einen Vertrag": an adjective used as a noun heads its phrase, and a determiner
            # after it opens the next
        if seen_noun and tok.pos == "NN" and j - 2 > i and tokens[j - 1].pos == "NN" \
                and tokens[j - 2].tag in {"ART", "PPOSAT", "PDAT"} and tokens[j - 2].lower.endswith("es") \
                and tokens[j - 1].lower.endswith("s") and not tok.text.isupper() and not tok.lower.endswith("s") \
                and inflected_noun(tok.text):
            break  # "der Justiz seines Landes | Attentatspläne": a bare plural after a masculine or neuter genitive
            # opens the next phrase (not a name or a title: "des Freisinger Klinikums", "des Hauses VRM")
        if seen_noun and tok.pos == "NN" and j - 2 >= i and tokens[j - 1].pos == "NN" \
                and tokens[j - 2].tag == "ART" and tokens[j - 2].lower in {"der", "die", "das", "den", "dem"} \
                and tokens[j - 1].lower not in MEASURE_UNITS and not tok.text.isupper() \
                and not tok.lower.endswith("en") and inflected_noun(tok.text) \
                and not inflected_noun(tokens[j - 1].text):
            break  # "wo die Regierung | Berichte zensierte": a bare plural after a singular noun with its article
            # opens the next phrase (not one in "-en", which many place names end in: "die Kantonspolizei
            # Ausserrhoden")
        if seen_noun and tok.pos == "NN" and j - 2 >= i and tokens[j - 1].pos == "NN" and not tok.text.isupper() \
                and tokens[j - 2].tag == "ART" and tokens[j - 2].lower in {"der", "des"} and j + 1 < stop \
                and tokens[j + 1].tag in {"ART", "PPOSAT"}:
            break  # "laut Aussendung der Uni | Ausdruck einer Vielfalt": a bare noun with an article of its own
            # after a genitive's noun opens the next phrase
        if seen_noun and tok.pos == "NE" and tokens[j - 1].pos == "NE" and tok.text.endswith("s") \
                and j + 1 < stop and tokens[j + 1].pos == "NN":
            break  # "der Virologe Hakim Muster Koreas Seuchenpolitik": a genitive name opens the next phrase
        if seen_noun and tok.lower in _TIME_POINTS and j + 1 < stop \
                and (tokens[j + 1].tag in {"ART", "PDAT", "PPOSAT", "CARD"} or is_time_noun(tokens[j + 1])):
            break  # "die Regierung Anfang dieser Woche", "der Verein Ende 2019": a time of its own
        if seen_noun and tok.pos == "NE" and tok.text.isalpha() and tok.text.islower() and tokens[j - 1].pos == "NN" \
                and not any(tok.lower in particles for particles in _NAME_PARTICLES):
            break  # "laut einer Sprecherin rundetwa die Hälfte": a word in lower case that the tagger, not knowing
            # it, took for a name (two words run together) is no name of the common noun before it (after a name
            # it may be the name's own: "Eagles of Death Metal", "Gazzetta dello Sport", "Homo sapiens")
        seen_noun = seen_noun or is_noun(tok)
        j += 1
    return j


# particles inside a surname: "Ursula von der Leyen", "Rafael van der Vaart", "Charles de Gaulle"
_NAME_PARTICLES = (("von", "der"), ("van", "der"), ("von", "dem"), ("van", "den"), ("von",), ("van",), ("de",),
                   ("zu",))
# the particles of foreign surnames, which open no German phrase: a name may start with them ("sagt van der Marel")
_FOREIGN_PARTICLES = frozenset({"van", "de"})


def particle_surname_end(tokens: Sequence[Token], end: int, hi: int) -> int:
    """Where a surname with particles ends that follows a first name ending at `end` ("Ursula | von der
    Leyen"), or opens at `end` with a particle no German phrase opens with ("van der Marel", "de Gaulle"); `end`
    itself when none does. (A first name the lexicon does not know takes such a particle too: "Nienke van der
    Marel".)"""
    if not 0 <= end < hi:
        return end
    named = end > 0 and (tokens[end - 1].pos == "NE" or (tokens[end - 1].text[:1].isupper()
                                                          and name_gender(tokens[end - 1].text) is not None))
    # (a first name the tagger took for a noun: "Kai von Carnap")
    for particles in _NAME_PARTICLES:
        if not ((named and (particles[0] in _FOREIGN_PARTICLES or name_gender(tokens[end - 1].text)))
                or (particles[0] in _FOREIGN_PARTICLES and (end == 0 or not tokens[end - 1].text[:1].isupper()))):
            continue
        k = end + len(particles)
        if k < hi and tuple(t.text for t in tokens[end:k]) == particles and tokens[k].text[:1].isupper() \
                and tokens[k].pos in {"NE", "NN"} and not tokens[k].text.isupper() \
                and (k + 1 >= hi or not tokens[k + 1].text[:1].isupper()):
            return k + 1
    return end


def web_edition(tokens: Sequence[Token], k: int) -> bool:
    """Whether tokens[k] is the "online" of a medium's web edition, part of its name ("Spiegel online", "Zeit
    Online"), not an adverb."""
    return tokens[k].lower == "online" and k > 0 and tokens[k - 1].text[:1].isupper()


def name_extent(tokens: Sequence[Token], end: int, hi: int) -> int:
    """Extend a noun phrase over the rest of a name: a surname with its particles after a first name
    ("Ursula von der Leyen"), or what an acronym in brackets closes ("Organisation für Sicherheit und
    Zusammenarbeit in Europa (OSZE)", "Bundesagentur für Arbeit (BA)")."""
    start = end - 1 if 0 < end and tokens[end - 1].lower in _FOREIGN_PARTICLES else end  # (the tagger may take
    # the particle for a name of its own: "Nienke van | der Marel")
    if (surname := particle_surname_end(tokens, start, hi)) > end:
        return surname
    if end < hi and web_edition(tokens, end):
        return end + 1
    if end + 1 < hi and tokens[end].lower == "ohne" and tokens[end + 1].text == "Grenzen" \
            and tokens[end - 1].text[:1].isupper():
        return end + 2  # "Reporter ohne Grenzen", "Ärzte ohne Grenzen": the name of a body, not "without"
    for j in range(end, min(hi, end + 10)):
        tok = tokens[j]
        if tok.text == "(" and j + 2 < hi and tokens[j + 1].text.isupper() and tokens[j + 2].text == ")":
            return j + 3
        if tok.text in {",", ".", ":"} or tok.pos in {"VV", "VA", "VM", "ADV"}:
            break
    return end


def np_start(tokens: Sequence[Token], end: int, floor: int) -> int:
    """Start of the noun phrase that ends (exclusive) at `end`, not before `floor`."""
    j = end
    while j > floor:
        tok = tokens[j - 1]
        if tok.text == ")":
            open_ = next((k for k in range(j - 2, max(floor - 1, j - 9), -1) if tokens[k].text == "("), None)
            if open_ is None:
                break
            j = open_
            continue
        if tok.text in _NAME_QUOTES_CLOSE:  # "der „Neuen Zeitung“ zufolge": a name in quotation marks
            open_ = next((k for k in range(j - 3, max(floor - 1, j - 7), -1) if tokens[k].text in _NAME_QUOTES), None)
            if open_ is None or quoted_name_end(tokens, open_, j) != j:
                break
            j = open_
            continue
        if tok.tag in DETERMINERS:
            # a determiner opens the phrase, unless it opens a genitive attribute of the noun before it
            if tok.lower in {"des", "der"} and j - 2 >= floor and tokens[j - 2].pos in NOUNS:
                j -= 1
                continue
            if _extended_attribute(tokens, j - 2, floor, end):
                j -= 2  # "den [in der Unglücksnacht] diensthabenden Maschinisten"
                continue
            return j - 1
        if tok.pos in PREPOSITIONS and _extended_attribute(tokens, j - 1, floor, end):
            j -= 1  # "den [aus Neuseeland] stammenden Kapitän"
            continue
        if is_np_word(tok) or (tok.pos == "ADV" and j < end and tokens[j].tag == "ADJ(A)"):
            j -= 1
            continue
        if j < end and tokens[j].pos == "CARD" and tok.lower in NUMBER_HEDGES:
            # "mehr als 300", "rund 1672", "bis zu 70": the hedge belongs to the number
            j -= 1
            if tok.lower == "als" and j > floor and tokens[j - 1].lower in {"mehr", "weniger"}:
                j -= 1
            elif tok.lower == "zu" and j > floor and tokens[j - 1].lower == "bis":
                j -= 1
            continue
        break
    return j


def _extended_attribute(tokens: Sequence[Token], prep: int, floor: int, end: int) -> bool:
    """Whether the preposition at `prep` opens a phrase inside an extended participle attribute: a
    determiner stands before it and a participle (adjective) after a noun follows it."""
    return prep - 1 >= floor and tokens[prep].pos in PREPOSITIONS and tokens[prep - 1].tag in DETERMINERS \
        and any(tokens[k].tag == "ADJ(A)" and tokens[k - 1].pos in NOUNS for k in range(prep + 2, end))


def phrase_end(tokens: Sequence[Token], i: int, stop: int) -> int:
    """End of the noun or prepositional phrase starting at i."""
    if tokens[i].pos in PREPOSITIONS:
        return np_end(tokens, i + 1, stop)
    return np_end(tokens, i, stop)


def finite_verbs(tokens: Sequence[Token], lo: int, hi: int) -> list[int]:
    return [k for k in range(lo, hi) if tokens[k].finite]


def has_verb(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    return any(tokens[k].pos in {"VV", "VA", "VM"} for k in range(lo, hi))


def is_time_noun(tok: Token) -> bool:
    """A noun of time, also in the plural the tagger does not lemmatise ("Stunden", "Monate", "Tagen"); not a
    name in capitals ("ZEIT ONLINE")."""
    return not (len(tok.text) > 1 and tok.text.isupper()) and (
        tok.lemma.lower() in TIME_NOUNS or any(tok.lower[:n] in TIME_NOUNS for n in (None, -1, -2))
        or _DAYTIME.match(tok.lower) is not None)


# a weekday's part ("Donnerstagabend", "Montagmorgen")
_DAYTIME = re.compile(r"^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
                      r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)s?$")


_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def is_year(tok: Token) -> bool:
    """A number that reads as a year ("2019"), not a count."""
    return bool(_YEAR.match(tok.text))


def double_infinitive(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i is a modal's infinitive after another infinitive ("hätte fertig werden sollen", "hat
    nicht helfen können"), which closes a perfect: the tagger reads its form, that of the plural present, as
    finite."""
    return i > 0 and tokens[i].lower in MODAL_INFINITIVES and tokens[i - 1].tag.endswith("(INF)")


def has_zu_infinitive(tokens: Sequence[Token]) -> bool:
    """Whether the tokens hold a zu-infinitive ("zu verhängen", "anzupassen"): an infinitive clause."""
    return any(t.pos == "PTKZU" or t.tag == "VV(IZU)" for t in tokens)


def is_first_person(tok: Token, speaking: bool = False) -> bool:
    """A pronoun or possessive of the first person ("wir", "unser"), not the verb "meinen"; `speaking`: one
    a speaker uses of themself, not the "uns" an author may say of everyone ("wie uns die Forscher sagen")."""
    return tok.lower in (_SPEAKING_FIRST_PERSON if speaking else FIRST_PERSON) and tok.pos not in {"VV", "VA", "VM"}


def group_voice(tokens: Sequence[Token], i: int) -> bool:
    """"wir Eltern", "uns Steuerzahlern": a first person with its group named after it, the author speaking
    as one of a community, not a speaker's words; so is "unsere Galaxie" (`shared_world`)."""
    return (tokens[i].lower in {"wir", "uns"} and i + 1 < len(tokens) and tokens[i + 1].pos == "NN") \
        or shared_world(tokens, i)


def shared_world(tokens: Sequence[Token], i: int) -> bool:
    """"unsere Galaxie", "unser Immunsystem": what every reader shares, the author's first person for all of
    us, which states a fact like the third person would."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and tokens[i].lower.startswith("unser") and after.pos in {"NN", "NE"} \
        and after.lower.endswith(SHARED_WORLD_NOUNS)


def own_source(tokens: Sequence[Token], i: int) -> bool:
    """"laut unseren Recherchen", "nach unseren Informationen": the paper's own source, whose "unser" is the
    author's, stated in the author's voice; no one else's words."""
    return tokens[i].lower.startswith("unser") and tokens[i].tag == "PPOSAT" and i > 0 \
        and tokens[i - 1].lower in {"laut", "nach", "gemäss", "gemäß"}


def closes_quotation(tokens: Sequence[Token], k: int) -> bool:
    """A straight quote glued to the word or full stop before it and not to a word after it closes a
    quotation ('ernst."', 'aus",')."""
    return k > 0 and tokens[k - 1].end == tokens[k].start \
        and not (k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].text[:1].isalnum())


def quote_depth(tokens: Sequence[Token], brackets: bool = False) -> list[int]:
    """Nesting depth of quotation marks (and with `brackets` of parentheses) at each token (0 = outside):
    what stands inside them is not part of the sentence's own clause structure."""
    opening, closing = ("«„‚‹(", "»“‘›)") if brackets else ("«„‚‹", "»“‘›")
    depth, out, straight_open = 0, [], False
    for k, tok in enumerate(tokens):
        if tok.text == '"' and closes_quotation(tokens, k) and not straight_open:
            out.append(depth)  # closes a quotation opened in a sentence before: 'aus", sagte sie.'
            continue
        if tok.text == '"':
            if straight_open:
                depth -= 1
                out.append(depth)
                straight_open = False
                continue
            out.append(depth)
            depth += 1
            straight_open = True
            continue
        if tok.text in opening:
            out.append(depth)
            depth += 1
            continue
        if tok.text in closing and depth > 0:
            depth -= 1
        out.append(depth)
    return out


# personal pronouns that can only be a subject: before the finite verb they are the prefield's subject, and a
# pronoun after the verb is an object ("Er hat es nie bereut")
_NOMINATIVE_ONLY = frozenset({"er", "ich", "wir", "du", "man"})
# determiners other than articles: those in "-en" or "-em" are never nominative ("diesen", "jedem", "seinen",
# "allen"), so a phrase they open is an object
_DETERMINER_TAGS = frozenset({"PDAT", "PPOSAT", "PIAT", "PIDAT"})


def plural_before_singular(tokens: Sequence[Token], lo: int, fin: int) -> bool:
    """Whether the prefield [lo, fin) is headed by a noun with a plural suffix and the finite verb at fin is not
    plural ("Die meisten Neuinfektionen meldete die Stadt", "Zahlen zum Jahr hatte die Firma vorgelegt"): a
    plural is no subject of a singular verb, so the prefield is its object."""
    if lo >= fin or not is_np_word(tokens[lo]):
        return False  # (a phrase a preposition governs, or an adverb, is no subject or object: "In den Kantonen
        # legte X vor", "Manchmal, in unbedachten Momenten, ertappt sich X")
    head = next((t for t in tokens[lo:np_end(tokens, lo, fin)] if t.pos == "NN"), None)  # (not a genitive's)
    return head is not None and inflected_noun(head.text) and not plural_form(tokens[fin])


_SCOPE_ADVERBS = TIME_ADVERBS | FREQUENCY_ADVERBS | HEDGES


def scope_adverb(tok: Token) -> bool:
    """Whether the word is an adverb of time, frequency or likelihood ("künftig", "mittelfristig", "oft",
    "vermutlich"): it holds of all the verbs of its clause after it, so a conjunct cut from it says less."""
    return tok.lower in _SCOPE_ADVERBS or tok.lower.endswith("fristig")


def oblique_determiner(tok: Token) -> bool:
    """Whether the word opens a noun phrase in a case other than the nominative ("den", "diesem", "seinen"):
    in the prefield, it is no subject ("Diesen Satz wiederholte der Präsident …")."""
    return tok.lower in OBLIQUE_ARTICLES or (tok.tag in _DETERMINER_TAGS and tok.lower.endswith(("en", "em")))


def _attributed_noun_phrase(tokens: Sequence[Token], lo: int, fin: int) -> bool:
    """Whether the prefield [lo, fin) is a noun phrase whose extended attribute opens with a prepositional
    phrase ("In Biologie ausgebildete Lehrer", "Mit dem Zug angereiste Fans"): after the phrase's noun come an
    attributive adjective or participle and a noun, and only one constituent stands before the finite verb."""
    j = lo + 1
    while j < fin and tokens[j].tag in {"ART", "ADJ(A)", "CARD", "PPOSAT", "PDAT", "PIAT"}:
        j += 1
    if j >= fin or tokens[j].pos not in NOUNS:
        return False
    j += 1
    while j < fin and (tokens[j].pos == "ADV" or tokens[j].tag == "ADJ(D)"):
        j += 1
    return fin - j >= 2 and tokens[j].tag == "ADJ(A)" and tokens[j].text.islower() \
        and tokens[j].lower.endswith(("e", "er", "es")) \
        and all(t.tag == "ADJ(A)" for t in tokens[j:fin - 1]) and tokens[fin - 1].pos in NOUNS
    # (with no article before it, the adjective of a nominative ends in -e, -er or -es: "bei einem 17 Jahre
    # alten Verdächtigen" is one phrase of the preposition)


def subject_of(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause [lo, hi): the prefield before a verb-second finite verb when it is a noun
    phrase, otherwise the noun phrase or pronoun right after the finite verb."""
    fins = finite_verbs(tokens, lo, hi)
    if not fins:
        return None
    fin = fins[0]
    if lo < fin and tokens[lo].pos == "KON":  # "Und Magdalena Kita erntet ...": the conjunction is outside
        lo += 1
    if lo + 1 < fin and tokens[lo].lower in FOCUS_PARTICLES and is_np_word(tokens[lo + 1]):
        lo += 1  # "Auch die Ministerin sagt ...": a focus particle stands outside the noun phrase it marks
    first = tokens[lo]
    oblique = oblique_determiner(first) or first.pos in PREPOSITIONS | {"ADV", "ADJ(D)", "PROAV"} \
        or first.lower in {"wie", "als"} \
        or (first.lower in {"während", "seit", "bis"} and tokens[lo + 1].tag in {"ART", "PPOSAT", "CARD"}) \
        or first.tag == "ADJ(D)" or (first.pos == "CARD" and fin == lo + 1) \
        or any(is_time_noun(t) for t in tokens[lo:min(fin, lo + 3)]) \
        or (fin + 1 < hi and tokens[fin + 1].lower in NOMINATIVE_PRONOUNS
            and first.lower not in _NOMINATIVE_ONLY
            and not (tokens[fin + 1].lower == "ihr" and tokens[fin].lower.endswith("en"))) \
        or any(t.lower in {"zufolge", "gegenüber", "entlang", "betreffend", "halber", "zuliebe", "entsprechend"}
               for t in tokens[lo:fin])
    # "2018 gab X", "Ende 2019 verfügte sie", "Den Instituten zufolge kam X", "Die Impfungen betreffend gibt X
    # an": no subject in the prefield ("Alle wollen ihr helfen": after a plural in -en "ihr" is her, not you)
    if oblique and first.pos in PREPOSITIONS and _attributed_noun_phrase(tokens, lo, fin):
        return lo, fin  # "In Biologie ausgebildete Lehrer besuchen …": the phrase is an attribute of the subject
    if fin > lo and fin - lo <= 12 and not oblique and (is_np_word(first) or first.pos in {"PPER", "PIS", "PDS"}) \
            and any(t.pos in NOUNS | {"PPER", "PIS", "PDS"} for t in tokens[lo:fin]):
        # an apposition after a comma is not part of what later references repeat
        comma = next((j for j in range(lo + 1, fin) if tokens[j].text == "," or (
            tokens[j].text in {"–", "—"} and any(t.text == tokens[j].text for t in tokens[j + 1:fin]))), fin)
        # (or an aside between dashes: "Die Tasten – links zwei, rechts eine – sitzen gut"; one dash may
        # follow a dateline: "Bern – Der Verband teilte mit")
        return lo, comma
    if fin > lo and not oblique and is_np_word(first):
        end = np_end(tokens, lo, fin)  # a long prefield: its head noun phrase, coordinated ones included
        while end + 1 < fin and tokens[end].lower == "und" and is_np_word(tokens[end + 1]):
            end = np_end(tokens, end + 1, fin)
        return (lo, end) if end > lo else None
    if fin > lo and not oblique:
        return None  # the prefield is the subject, but not one a reference could repeat
    k = fin + 1
    while k < hi and tokens[k].pos in {"ADV", "PTKNEG", "PRF"}:  # ("zeigte sich hingegen die Ministerin")
        k += 1
    named = quoted_name_end(tokens, k, hi) if k < hi else None
    if named:
        return k, named  # "Nun widerspricht «Blick»": a name in quotation marks
    if k < hi and (tokens[k].pos in {"PPER", "PIS"} or is_np_word(tokens[k])):
        end = np_end(tokens, k, hi) if tokens[k].pos not in {"PPER", "PIS"} else k + 1
        if tokens[k].tag in {"ART", "PDAT", "PPOSAT"}:  # "sammelt der Verein Spenden": the object follows
            end = next((j for j in range(k + 2, end) if tokens[j - 1].pos == "NN" and tokens[j].pos == "NN"
                        and all(part[1:].islower() for part in tokens[j].text.split("-") if part)
                        and not (j + 1 < end and tokens[j + 1].pos == "NE")), end)
            # (a hyphenated compound too: "haben die Forscher Quanten-Ferrofluide hergestellt"; but a name goes
            # on over a place after it: "fordert die Initiative Schulkrise Zürich")
        while verb_number(tokens[fin]) == "pl" and end + 1 < hi \
                and (tokens[end].lower in {"und", "sowie"} or listed(tokens, end, hi)) \
                and is_np_word(tokens[end + 1]) and tokens[end + 1].lower not in OBLIQUE_ARTICLES:
            after = np_end(tokens, end + 1, hi)
            if after < hi and tokens[after].finite:
                break  # "kamen die Gäste und die Musik begann": a clause of its own
            end = after  # "sitzen Männer und Frauen auf Bänken": a plural verb's coordinated subject
        return k, max(end, k + 1)
    return None


def listed(tokens: Sequence[Token], comma: int, hi: int) -> bool:
    """Whether the comma at `comma` goes on with a list of noun phrases that "und" or "sowie" closes ("zogen
    auch A, B und C nach"), not with another phrase of the clause, nor with the subject of a clause of its own
    ("…, A und B marschieren ab": a verb follows the last member)."""
    j, closed = comma, False
    while j < hi and (tokens[j].text == "," or tokens[j].lower in {"und", "sowie"}):
        nxt = np_end(tokens, j + 1, hi) if j + 1 < hi and is_np_word(tokens[j + 1]) else j + 1
        if nxt == j + 1 and closed:
            break  # "… sowie C und kann …": the list closed, a conjunct of the clause follows
        if nxt == j + 1:
            return False
        closed = closed or tokens[j].text != ","
        j = nxt
    return closed and (j >= hi or tokens[j].pos not in {"VV", "VA", "VM"})


# adverbs that grade or focus the phrase right after them ("fast jeder Dritte", "nur zwei Personen")
_DEGREE = FOCUS_PARTICLES | frozenset("""fast beinahe nahezu knapp rund etwa ungefähr annähernd kaum lediglich bloss
bloß höchstens mindestens wenigstens bis""".split())


# nouns that name a part of the month after them ("Ende März", "Mitte Juni")
_MONTH_PARTS = frozenset({"anfang", "mitte", "ende", "beginn"})
# nouns that count the noun after them ("250 Millionen Euro", "ein Dutzend Dörfer", "Hunderte Menschen")
NUMBER_NOUNS = frozenset("""tausend tausende zehntausende hunderttausende hundert hunderte million millionen mio.
milliarde milliarden mrd. billion billionen dutzend dutzende""".split())


def first_phrase(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The first noun phrase, pronoun or prepositional phrase in [lo, hi), past reflexives, adverbs and
    negations (which do not move to the front without changing what is negated): the phrase that can fill
    an emptied prefield."""
    k = lo
    while k < hi and tokens[k].pos in {"PRF", "ADV", "PTKNEG", "PROAV"}:
        if tokens[k].pos == "ADV" and k + 1 < hi and (tokens[k + 1].pos == "CARD" or tokens[k].lower in _DEGREE):
            return None  # "rund sechs Millionen", "fast jeder Dritte": the adverb belongs to the phrase after
            # it, which cannot move alone
        k += 1
    if k >= hi:
        return None
    if tokens[k].pos in {"PIS", "PDS"} and k + 1 < hi and tokens[k + 1].pos in NOUNS | {"ADJ"}:
        return k, np_end(tokens, k + 1, hi)  # "dieser Wert": a demonstrative before a noun is its determiner
    if tokens[k].pos in {"PIS", "PDS"} and k + 2 < hi and tokens[k + 1].lower in _GENITIVE_PLURAL_DETERMINERS:
        return k, np_end(tokens, k + 1, hi)  # "viele der Fälle", "einer dieser Tests": a part of what the genitive
        # names, one phrase with it
    if tokens[k].pos in {"PPER", "PIS", "PDS"}:
        return k, k + 1
    if tokens[k].pos in PREPOSITIONS or is_np_word(tokens[k]):
        end = name_extent(tokens, phrase_end(tokens, k, hi), hi)
        # two common nouns side by side are two phrases ("am Wochenende Schnee"), unlike "Präsident Macron"
        end = next((j + 1 for j in range(k, end - 1) if tokens[j].pos == "NN" and tokens[j + 1].pos == "NN"
                    and tokens[j].lower not in NUMBER_NOUNS  # (not "250 Millionen Euro")
                    and not (tokens[j].lower in _MONTH_PARTS and tokens[j + 1].lower in MONTHS)), end)
        # (nor "bis Mitte Juni")
        timed = is_time_noun(tokens[end - 1])
        if end + 1 < hi and tokens[end].lower in {"nach", "vor"} and timed:
            end = np_end(tokens, end + 1, hi)  # "zwei Monate nach ihrem Start" is one phrase of time
        if end < hi and tokens[end].text == ",":
            return None  # "neben Mitte, Neukölln und …": a list or an apposition goes on after the comma
        if end + 1 < hi and tokens[end].lower in COORDINATORS:
            return None  # "alle Bewohnerinnen und Bewohner": the phrase is a list, which moves as a whole or not
        if not any(is_noun(t) or t.pos in {"CARD", "PIS", "PDS", "PPER"} for t in tokens[k:end]):
            return None  # "die in Portugal als ansteckender geltende Variante": the noun lies beyond this analysis
        return (k, end) if end > k + (1 if tokens[k].pos in PREPOSITIONS else 0) else None
    return None


# determiners that open a genitive after a pronoun of quantity ("viele der", "einer dieser", "keine unserer")
_GENITIVE_PLURAL_DETERMINERS = frozenset("der des dieser jener meiner deiner seiner ihrer unserer eurer".split())


# focus particles that cannot be read as adverbs of time or manner ("gerade" may be "just now", "allein"
# "alone")
_SCOPE_PARTICLES = FOCUS_PARTICLES - {"gerade", "allein"}


# what follows a clause-final verb: a mark that ends its clause
_VERB_LAST_MARKS = frozenset({",", ".", ";", ":", "–", ")", "»", "“", '"'})


def article_after_comma(tokens: Sequence[Token], i: int, hi: int) -> bool:
    """`, die Aufnahmen sahen ...`: "die" before a noun and a finite verb is an article, whatever the tagger
    said; a relative pronoun would put the finite verb last."""
    if tokens[i].lower not in {"der", "die", "das"}:
        return False
    end = np_end(tokens, i + 1, hi)
    return end > i + 1 and end + 1 < hi and tokens[end].finite and tokens[i + 1].pos in {"NN", "NE", "ADJ"} \
        and tokens[end + 1].text not in _VERB_LAST_MARKS  # (", die Mitglied des Verbands sind.": its verb closes it)


def to_main_clause(tokens: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int] | str]:
    """Reorder a verb-final clause [lo, hi) (its subordinator already left out) into verb-second order:
    subject, finite verb, then the rest as it stood ("der Bergsteiger sich nicht meldete" →
    "der Bergsteiger meldete sich nicht")."""
    fins = finite_verbs(tokens, lo, hi) or [k for k in range(lo, hi) if tokens[k].pos in {"VV", "VA", "VM"}]
    if not fins or len(finite_verbs(tokens, lo, hi)) > 1 or any(
            tokens[j].lower in COORDINATORS and any(t.pos in {"VV", "VA", "VM"} for t in tokens[j + 1:hi])
            and any(t.pos in {"VV", "VA", "VM"} for t in tokens[lo:j]) for j in range(lo, hi)):
        return [(lo, hi)]  # "weil sie steht und nicht protestiert": two clauses, no one order for both
    fin = fins[-1]  # verb-final: the tagger may miss finiteness there ("berappt"), the position does not
    k = lo
    while k < fin and (tokens[k].pos in {"PRF", "ADV", "PTKNEG", "PROAV"} or tokens[k].pos in PREPOSITIONS) \
            and not (tokens[k].lower == "so" and k + 1 < fin and tokens[k + 1].lower in {"etwas", "ein", "eine"}):
        # ("wo so etwas wie Karneval gefeiert wird": "so etwas" is one phrase, the subject)
        # "dass sich in der Garage ein Auto befindet": adverbials before the subject stay where they are
        k = np_end(tokens, k + 1, fin) if tokens[k].pos in PREPOSITIONS else k + 1
        while k + 1 < fin and tokens[k].lower in COORDINATORS and is_np_word(tokens[k + 1]):
            k = np_end(tokens, k + 1, fin)  # "dass in Bern und Zürich Sperren gelten": the phrase's own list
    if k >= fin or tokens[k].pos == "KON":
        return [(lo, hi)]
    if tokens[k].pos in {"PPER", "PIS", "PDS"} or (tokens[k].pos == "CARD" and k + 1 < fin
                                                   and tokens[k + 1].tag in {"PPOSAT", "PDAT"}):
        other = k + 1 < fin and tokens[k].lower in _INDEFINITE_HEADS and tokens[k + 1].lower in _OTHER_WORDS
        if other and k + 2 < fin and tokens[k + 2].lower == "als":
            return [(lo, hi)]  # "dass alles andere als A in B eine Überraschung wäre": where the comparison ends,
            # this analysis cannot tell
        s_end = k + 2 if other else k + 1  # ("dass alles andere eine Überraschung wäre": one phrase)
        if tokens[k].pos in {"PIS", "CARD"} and s_end < fin and tokens[s_end].tag in {"PPOSAT", "ART", "PDAT"} \
                and tokens[s_end].lower.endswith(("er", "es")):
            s_end = np_end(tokens, s_end, fin)  # "mehrere seiner Gemeinderäte", "einer der Täter", "zwei ihrer
            # Korrespondenten": the group
    else:
        # ("dass 39 weitere Menschen … getestet wurden": a count opens the subject it determines)
        counted = tokens[k].pos == "CARD" and not is_year(tokens[k]) and tokens[k + 1].tag in {"ADJ(A)", "NN", "NNA"}
        s_end = np_end(tokens, k + 1 if counted else k, fin)
    while s_end + 1 < fin and tokens[s_end].lower in {"und", "oder"} and is_np_word(tokens[s_end + 1]):
        s_end = np_end(tokens, s_end + 1, fin)  # "als Harris und Obama redeten", "nachdem mehrere seiner Räte und
        # Beamten … geraten sind": a coordinated subject
    if s_end <= k:
        return [(lo, hi)]
    s_end = _governed_attribute(tokens, s_end, fin)
    s_end = _attribute_before_predicate(tokens, k, s_end, fin)
    if k > lo and (tokens[k - 1].lower in _SCOPE_PARTICLES
                   or (tokens[k - 1].lower in {"eben", "genau"} and tokens[k].tag == "PDAT")):
        k -= 1  # "weil nur diese maßgeblich ist" → "Nur diese ist …", "dass eben jenes Fenster sich schliesse" →
        # "Eben jenes Fenster schliesse sich": the particle stays with what it focuses
    verb, particle = verb_second(tokens, fin)
    return [(k, s_end), verb, (lo, k), (s_end, fin), *particle, (fin + 1, hi)]


# prepositions whose phrase right after a noun is its attribute as readily as an adverbial ("die Daten aus China")
_ATTRIBUTE_PREPOSITIONS = frozenset({"aus", "von", "vom", "in", "im", "für", "zum", "zur", "über", "bei", "beim"})


# words that close a prepositional phrase after its noun ("vom Konzept her", "von Beginn an", "von innen heraus")
_CIRCUMPOSITION_ENDS = frozenset({"her", "hin", "an", "aus", "heraus", "hinaus", "weg", "zufolge", "gegenüber"})


def _governed_attribute(tokens: Sequence[Token], s_end: int, fin: int) -> int:
    """The subject's end with the prepositional phrase its head noun governs ("der Mord an X", "die Suche nach
    Y"): verb-second order keeps it with its noun ("Der Mord an X hatte Unruhen ausgelöst"), where after the
    verb it would read as the verb's ("Der Mord hatte an X Unruhen ausgelöst"). Not a time ("der Streit um 10
    Uhr")."""
    if s_end >= fin or tokens[s_end - 1].pos != "NN" \
            or tokens[s_end - 1].lower.rsplit("-", 1)[-1] not in GOVERNED_ATTRIBUTES.get(tokens[s_end].lower, ()):
        return s_end
    end = np_end(tokens, s_end + 1, fin)
    if end <= s_end + 1 or end >= fin or any(is_time_noun(t) or t.pos == "CARD" for t in tokens[s_end + 1:end]):
        return s_end
    return end


def _attribute_before_predicate(tokens: Sequence[Token], k: int, s_end: int, fin: int) -> int:
    """The subject's end with a prepositional phrase right after its noun, when the clause is the subject, that
    phrase and a copula with its adjective ("weil die Daten aus China ungenau sind"): verb-second order puts the
    phrase in the prefield with its noun ("Die Daten aus China sind ungenau"), not between verb and adjective
    ("Die Daten sind aus China ungenau"). (A participle keeps the phrase as its adverbial: "weil der Mann im
    Spital gestorben ist" says where he died.)"""
    if tokens[k].pos not in {"ART", "PDAT", "PPOSAT", "PIAT", "NN", "ADJ(A)"} or tokens[s_end - 1].pos != "NN" \
            or tokens[s_end].lower not in _ATTRIBUTE_PREPOSITIONS or tokens[fin - 1].tag != "ADJ(D)" \
            or tokens[fin].lemma.lower() not in {"sein", "bleiben"}:
        return s_end
    end = np_end(tokens, s_end + 1, fin)
    if tokens[end].pos == "APZR" or tokens[end].lower in _CIRCUMPOSITION_ENDS:
        return s_end  # "dass das Vakzin vom Konzept her … sei": the phrase closes after its noun, an adverbial
    return end if s_end + 1 < end <= fin - 1 else s_end


def verb_second(tokens: Sequence[Token], fin: int) -> tuple[tuple[int, int] | str, list[str]]:
    """A verb-final finite verb moved to second position, and the separable particle it leaves at the end
    of the clause ("eintrat" → "trat" … "ein")."""
    particle = separable_particle(tokens[fin])
    if particle:
        return tokens[fin].text[len(particle):], [particle]
    return (fin, fin + 1), []


SEPARABLE_PARTICLES = ("zuteil", "auseinander", "hinweg", "hinterher", "hindurch", "hinüber", "herüber", "hinab",
                       "herab", "vorüber", "umher", "empor", "beiseite", "überein", "wieder", "inne",
                       "herunter", "hinunter", "hinauf", "herauf", "voraus", "vorweg", "zurecht", "entlang", "bereit",
                       "kennen", "offen", "klar", "hoch", "fern", "wahr", "stand",
                       "zurück", "zusammen", "heraus", "herein", "hinaus", "voran", "vorbei", "weiter", "fest",
                       "gegenüber", "entgegen", "hervor", "heran", "herum", "hinzu", "fort", "frei", "dar", "nieder",
                       "statt", "teil", "bekannt", "ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor",
                       "weg", "zu", "los", "her", "hin")


_INSEPARABLE_WIEDER = ("wiederhol", "wiederkäu")  # "wiederholte" keeps its "wieder"


# the consonants a German word may begin with ("schr", "pfl"): a rest after a particle that begins otherwise
# ("her|rschte") is no verb of its own
_ONSETS = frozenset("""b bl br c ch chr d dr f fl fr g gl gn gr h j k kl kn kr l m n p pf pfl pfr ph pl pr qu r s
    sch schl schm schn schr schw sk sl sm sn sp sph spl spr st str t th tr ts tsch v w wr z zw""".split())


def _one_stem(form: str, particle: str) -> bool:
    """Whether a verb form that begins like a particle is one stem ("herrschte", "einigte"): the rest after
    the particle cannot begin a word, or it begins with a vowel and HanTa reads the whole as one stem (not
    "an|erkannte")."""
    rest = form[len(particle):]
    onset = rest[:next((k for k, ch in enumerate(rest) if ch in "aeiouäöüy"), len(rest))]
    return onset not in _ONSETS if onset else stem_with_prefix(form, particle)


def separable_particle(verb: Token) -> str | None:
    """The separable prefix of a verb-final finite verb ("eintrat" → "ein"), which verb-second order
    puts at the end of the clause; None for inseparable or unprefixed verbs."""
    lemma, form = verb.lemma.lower(), verb.lower
    for particle in SEPARABLE_PARTICLES:
        if lemma.startswith(particle) and form.startswith(particle) and len(form) > len(particle) + 2 \
                and not form.startswith(particle + "ge") and not lemma.startswith(_INSEPARABLE_WIEDER):
            return None if _one_stem(form, particle) else particle  # ("herrschte", "einigte": one stem)
    tagged = separable_prefix(form) if verb.tag == "VV(FIN)" else None
    return tagged if tagged and lemma.startswith(tagged) else None


def named_person_subject(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the clause's subject is a person's full name ("Auch Komiker Dieter Hallervorden …"): someone
    the author introduces and speaks about, not a speaker going on. A name further in the phrase ("die
    Menschen in Kara Tepe", "die Leistung vom Dominic") does not count."""
    subject = subject_of(tokens, lo, hi)
    named = tokens[subject[0]:subject[1]] if subject else []
    head = next((k for k, t in enumerate(named) if t.pos in PREPOSITIONS or t.text == ","), len(named))
    return any(a.pos == b.pos == "NE" and name_gender(a.text) for a, b in zip(named[:head], named[1:head]))


def dateline_end(tokens: Sequence[Token]) -> int:
    """Where a dateline ends ("Wien – Die Regierung ...", "Los Angeles / Wien – ...", "Berlin (dpa) – ..."):
    the place and agency are context of the whole article, not part of the first sentence's claims. 0 when
    the sentence has none."""
    dash = next((i for i, t in enumerate(tokens[:7]) if t.text in {"–", "—", "-"}), None)  # ("London - …": a
    # hyphen set off by spaces stands for the dash)
    if dash is None or dash == 0 or dash + 1 >= len(tokens) or not (tokens[dash + 1].text[:1].isupper()
                                                                     or tokens[dash + 1].text[:1].isdigit()):
        return 0  # (a sentence may open with a year: "Wien – 2016 beginnt mit …")
    inside = 0
    for t in tokens[:dash]:
        inside += (t.text == "(") - (t.text == ")")
        if inside == 0 and not (t.pos == "NE" or t.text in {"/", ")"}):
            return 0  # "Mehr Geld – das fordern die Bauern": a phrase, not a place
    return dash + 1


def clause_start(tokens: Sequence[Token], i: int, marks: Collection[str],
                 classes: Collection[str] = frozenset({"KON"})) -> int:
    """First token of the clause that holds position i: after the last punctuation mark of `marks` or word
    of the classes `classes` before it (0 when there is none)."""
    return next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].text in marks or tokens[k].pos in classes), 0)


def starts_subordinate(tok: Token) -> bool:
    return tok.pos in {"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"} or tok.lower in SUBORDINATORS


# subordinators that are prepositions too: with no verb after them they open a phrase ("bis zum Sommer")
_PREPOSITIONAL_SUBORDINATORS = frozenset({"bis", "seit", "während", "statt", "anstatt"})
# adverbs that grade a subordinate clause from before its subordinator: "kurz bevor", "erst als", "nur wenn"
_GRADING_ADVERBS = frozenset("""kurz lange noch erst gleich schon bereits gerade nur auch selbst sogar unmittelbar
direkt spätestens frühestens eben just""".split())


def subordinator_at(tokens: Sequence[Token], i: int) -> int:
    """Where the subordinator of a clause that opens at i stands: after an adverb that grades its time or
    condition ("kurz bevor", "erst als", "nur wenn"), else at i."""
    graded = tokens[i].lower in _GRADING_ADVERBS and i + 1 < len(tokens) and starts_subordinate(tokens[i + 1])
    return i + 1 if graded else i


def opens_subordinate_clause(tokens: Sequence[Token], i: int, hi: int) -> bool:
    """Whether tokens[i] opens a subordinate clause that ends before hi: "bis", "seit", "während" do so only
    with a finite verb after them; without one they are prepositions ("…, so X, seit dem Unfall gesperrt").
    An adverb that grades the clause's time or condition may stand before its subordinator ("Kurz bevor die
    Nachricht kam, …", "Erst als …", "Nur wenn …") where the clause ends in its finite verb."""
    if tokens[hi - 1].finite:
        i = subordinator_at(tokens, i)
    return subordinator_opens(tokens, i, hi)


def subordinator_opens(tokens: Sequence[Token], i: int, hi: int) -> bool:
    """Whether the subordinator at i opens a clause before hi: "bis", "seit", "während" only when their clause
    ends in its finite verb ("seit er hier wohnt,"); with a verb that goes on with its clause they are
    prepositions that open a main clause ("…, seit 2017 sammelt das Museum Briefe")."""
    if not starts_subordinate(tokens[i]):
        return False
    if tokens[i].lower not in _PREPOSITIONAL_SUBORDINATORS:
        return True
    fin = next((j for j in range(i + 1, hi) if tokens[j].finite), None)
    return fin is not None and verb_closes_clause(tokens, fin, hi)


def in_subordinate(tokens: Sequence[Token], depth: Sequence[int], lo: int, k: int) -> bool:
    """Whether position k lies in a subordinate clause opened after the last top-level comma before it, or
    after a later dash that opens a subordinate clause ("… – was X so sah und …") or a conjunct of the main
    clause ("…, dass A gilt – und B verweist …"); a dash before anything else sets off an aside."""
    comma = max((c for c in range(lo, k) if tokens[c].text == "," and depth[c] == 0), default=None)
    dash = max((c for c in range(lo, k) if tokens[c].text in {"–", "—"} and depth[c] == 0), default=None)
    if dash is not None and (comma is None or dash > comma) \
            and (starts_subordinate(tokens[dash + 1]) or tokens[dash + 1].lower in {"und", "aber", "doch"}):
        return starts_subordinate(tokens[dash + 1])  # (a dash that closes an aside, "A – der B ist – hat C",
        # leaves the comma to decide)
    if comma is None or comma + 1 >= k:
        return False
    opener = tokens[comma + 1]
    return subordinator_opens(tokens, comma + 1, len(tokens)) or (opener.pos in PREPOSITIONS and comma + 2 < k
                                          and tokens[comma + 2].lower in RELATIVE_PRONOUNS)  # ", mit der ..."
