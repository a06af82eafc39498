"""Distribute coordinated noun and prepositional phrases: one claim per conjunct.

"trifft Selenskyj und Kuleba" states two meetings. A conjunct list `A, B und/sowie C` of phrases of one
kind (noun phrases with a determiner or a name, or prepositional phrases) is replaced by each member in
turn. Left alone: symmetric predicates ("zwischen A und B"), bare common nouns that form fixed pairs
("Rentnerinnen und Rentner", "Sicherheit und Zusammenarbeit"), truncated compounds ("Preis- und
Lohnentwicklung"), and anything inside quotation marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from builder.language.determiners import nominative_features
from builder.language.first_names import name_gender
from builder.language.lexicon import (
    ADVERBIAL_SUBORDINATORS,
    COLLECTIVE_ADJECTIVE_STEMS,
    COLLECTIVE_ADVERBS,
    COMPANION_NOUNS,
    CONCLUSION_NOUNS,
    CONDITIONAL_PARTICIPLES,
    DEPENDENT_NOUNS,
    DIFFERENCE_ADJECTIVE_STEMS,
    EVIDENCE_VERBS,
    FEMININE_ER_NOUNS,
    GENITIVE_DETERMINERS,
    KINSHIP_NOUNS,
    MEASURE_UNITS,
    MUTUAL_NOUNS,
    MUTUAL_VERBS,
    NOMINALISED_PAIRS,
    PEOPLE_PAIRS,
    PLURAL_BINOMIALS,
    PLURALIA_TANTUM,
    POINTING_VERBS,
    RECIPROCAL_NOUNS,
    RECIPROCAL_VERBS,
    RELATING_VERBS,
    RELATION_NOUNS,
    RESPECTIVE_MARKERS,
    ZERO_PLURAL_PERSON_ENDINGS,
)
from builder.language.tagger import adjective_form, inflected_noun
from builder.split.draft import Draft
from builder.split.inflection import plural_form, plural_of, singular_form, verb_number
from builder.split.phrases import (
    DASHES,
    DETERMINERS,
    NOUNS,
    NUMBER_NOUNS,
    PREPOSITIONS,
    clause_start,
    has_verb,
    has_zu_infinitive,
    is_noun,
    is_np_word,
    is_time_noun,
    is_year,
    name_extent,
    np_end,
    np_start,
    quote_depth,
    subject_of,
)
from builder.split.sentences import NON_FINITE, Token
from builder.split.tense import VERB_POS

_CONJ = {"und", "sowie"}
# "zwischen A und B"; "drei Staaten, nämlich A, B und C" and "darunter A und B" specify a group
_NO_SPLIT_BEFORE = {"zwischen", "sowohl", "beide", "beiden", "nämlich", "darunter"}
# words that except what follows them ("mit Ausnahme von A und B", "ausser A und B", "bis auf A und B")
_EXCEPTING = frozenset({"ausnahme", "ausser", "außer", "ausgenommen", "abgesehen", "bis"})
# particles that make a list exclusive: "nur A und B" is not "nur A" and "nur B"
_EXCLUSIVE = frozenset({"nur", "lediglich", "ausschliesslich", "ausschließlich", "einzig"})
# verbs that with "auf" restrict to what follows: "beschränken sich auf A und B" is not "… auf B"
_RESTRICTING_VERBS = frozenset({"beschränken", "begrenzen", "konzentrieren", "reduzieren", "einschränken"})
# the second word of "vor allem", "unter anderem": a particle, no preposition with its object
_PARTICLE_OBJECTS = {"allem", "anderem"}
# last members that leave a list open: its members are examples
_OPEN_LIST_ENDS = frozenset({"ähnliches", "anderes", "sonstiges", "weiteres", "mehr", "co.", "dergleichen"})
_NAME_PARTICLES = frozenset({"von", "van", "de", "zu", "da", "di", "del"})


# words that grade an attributive adjective ("sehr alten Häusern")
_INTENSIFIERS = frozenset({"sehr", "besonders", "extrem", "äusserst", "äußerst", "ziemlich", "höchst"})


def _kind(tok: Token) -> str | None:
    if tok.pos in PREPOSITIONS:
        return "pp"
    if tok.tag in {"ART", "PPOSAT", "PDAT", "PIAT", "CARD", "ADJ(A)"} or tok.pos in NOUNS or tok.text.isupper():
        return "np"
    return None


def _distributable(tokens: Sequence[Token], lo: int, hi: int, shared: str = "", example: bool = False) -> bool:
    """A conjunct worth its own claim: anything but a lone bare common noun (unless it is an example after
    "wie": "Ursachen wie Gewitter", where a bare noun is the rule)."""
    head = tokens[lo]
    if head.pos == "APPRART":
        return True  # "im", "zum": the preposition carries the article
    if head.pos in PREPOSITIONS:
        lo += 1
        if lo >= hi:
            return False
        head = tokens[lo]
    if not any(t.pos in NOUNS or t.tag in {"CARD", "PPER", "PIS", "PDS"} or t.text[:1].isupper()
               for t in tokens[lo:hi]):
        return False  # "sangen Lieder und skandierten …": a lower-case word alone is no noun phrase
    if hi - lo == 1 and (head.pos == "NN" or head.lower in NOMINALISED_PAIRS) and not head.text.isupper() \
            and not shared and not example and not _bare_plural(head):
        return False  # a single bare noun in the singular: a mass noun or part of a fixed pair ("Grund und
        # Boden", "Gross und Klein"); a bare plural names a group that each member's claim is about ("Bauern
        # und Jäger fordern …")
    return True


_SINGULAR_DETERMINERS = frozenset({"ein", "einen", "einem", "eines", "des", "dem", "seines", "seinem", "ihres",
                                   "ihrem", "meines", "unseres"})


def _bare_member_unclear(tokens: Sequence[Token], members: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether a list with a bare noun in it leaves unclear what each member takes: an attribute before the
    first noun ("klare Vorgaben und Hilfen", "systemrelevante Geschäfte und die Drogerien") may be the first's
    alone; a phrase, genitive or relative clause after the last ("Schulschliessungen und eine Quarantäne für
    Verdachtsfälle", "Bilder und Daten der Geiseln") the last's alone; a singular determiner before a bare
    second noun makes one thing with two names ("einen Forscher und Nobelpreisträger")."""
    first, last = members[0][0], members[-1][1]
    if first > lo and (tokens[first - 1].tag in {"ADJ(A)", "PIAT", "CARD"} or tokens[first - 1].text in "«»„“\""
                       or tokens[first - 1].lower in _SINGULAR_DETERMINERS):
        return True
    if any(t.pos == "CARD" and not is_year(t) for t in tokens[lo:first]):
        return True  # "etwa 350 Anlagen versorgen Schulen und Kitas": the count may be of all members together
    relative = last + 1 if last + 1 < hi and tokens[last + 1].tag == "PRELS" else last + 2
    if last < hi and (tokens[last].pos in PREPOSITIONS or tokens[last].pos == "NE"
                      or (tokens[last].lower in GENITIVE_DETERMINERS and tokens[last].tag != "PRELS")
                      or (tokens[last].text == "," and relative < hi and tokens[relative].tag == "PRELS")):
        return True  # (a relative clause, "…, an die …" too)
    a, b = members[-1]
    if any(tokens[j].lower in GENITIVE_DETERMINERS and tokens[j - 1].pos in NOUNS for j in range(a + 1, b)):
        return True  # "Bilder und persönliche Daten der Geiseln": whose the pictures are, only the last tells
    return tokens[first].lower in _SINGULAR_DETERMINERS and any(
        b - a == 1 and tokens[a].pos in NOUNS for a, b in members[1:])


def _bare_plural(tok: Token) -> bool:
    """Whether a noun without a determiner is surely a plural: it has a plural suffix ("Ärzte", "Staus"), is
    an adjective as a noun ("Grüne"), or a person noun whose singular would need an article ("Kritiker")."""
    if tok.pos not in {"NN", "NNA"} or not tok.text[:1].isupper() or tok.text.isupper():
        return False  # (an abbreviation names one thing: "LTE")
    if tok.pos == "NNA" or adjective_form(tok.text):
        return tok.lower.endswith("e")
    return inflected_noun(tok.text) or tok.lower.endswith(ZERO_PLURAL_PERSON_ENDINGS)


def _examples(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether the list that starts at `first` gives examples of the noun before "wie" ("Ursachen wie
    Gewitter, Streiks oder den Ausfall"): each member is one of them, so a claim holds of each alone, with "oder"
    as with "und"."""
    return first - 2 >= lo and tokens[first - 1].lower == "wie" and tokens[first - 2].pos == "NN"


def _inside_examples(tokens: Sequence[Token], lo: int, first: int) -> bool:
    """Whether the members that start at `first` stand inside a list of examples after "wie" that a comma has
    already gone on with ("Filmen wie A, B für C und D"), with no verb between: the list's items, not the
    members, are what the conjunction joins."""
    opener = next((j for j in range(first - 1, lo, -1) if tokens[j].lower == "wie" and tokens[j - 1].pos in NOUNS
                   or tokens[j].finite), None)
    return opener is not None and tokens[opener].lower == "wie" \
        and any(t.text == "," for t in tokens[opener + 1:first])


def _conjuncts(tokens: Sequence[Token], k: int, lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The members of the coordination whose conjunction is at k, or None if it is not distributable."""
    right_kind = _kind(tokens[k + 1]) if k + 1 < hi else None
    if right_kind is None or tokens[k - 1].text.endswith("-") or tokens[k - 1].tag == "ADJ(A)" \
            or tokens[k + 1].text.startswith("-"):
        return None  # truncated compounds and coordinated adjectives ("digitalen und ökologischen Wandel")
    right_end = np_end(tokens, k + 2, hi) if right_kind == "pp" else np_end(tokens, k + 1, hi)
    attribute = next((j for j in range(k + 2, min(right_end, hi - 1)) if tokens[j].pos in NOUNS
                      and tokens[j + 1].tag == "ADJ(A)"), None) if right_kind == "pp" else None
    if attribute is not None:
        right_kind, right_end = "np", max(right_end, np_end(tokens, attribute + 1, hi))  # "Kritiker und von
        # Anwohnern beauftragte Anwälte": a phrase in a bare extended attribute, whose participle and noun follow
    if right_end <= k + 1:
        return None
    right_end = name_extent(tokens, right_end, hi)
    if right_end < hi and tokens[right_end].text[:1].isupper() and tokens[right_end].pos in {"VV", "VA", "VM"}:
        return None  # "und Julia Schimpf gerade": a capitalised "verb" inside a sentence is a name the tagger
        # missed, so where the member ends is unclear
    if tokens[right_end - 1].tag in {"ART", "PPOSAT", "PDAT", "PIAT"} or (
            right_end < hi and tokens[right_end].text == ":" and tokens[right_end].start == tokens[right_end - 1].end):
        return None  # the phrase goes on past what this analysis can delimit ("den darauf folgenden Protesten",
        # a score "4:0")
    if tokens[k + 1].pos in {"NN", "NE", "CARD"}:  # "bei SBB und BLS der Fahrplan": a bare name has no genitive
        right_end = next((j for j in range(k + 2, right_end) if tokens[j].tag == "ART"), right_end)
    if tokens[k + 1].pos == "NE" and tokens[k - 1].pos == "NE":  # "dass in Bern und Zürich Sperren gelten":
        # a bare noun after the second name is the clause's next phrase, not part of the name
        right_end = next((j for j in range(k + 2, right_end) if tokens[j].pos == "NN" and tokens[j - 1].pos == "NE"
                          and tokens[j].text[1:].islower() and inflected_noun(tokens[j].text)), right_end)
    members = [(k + 1, right_end)]
    if _modified_last(tokens, right_end, hi):
        return None
    infinitive = _infinitive_after(tokens, right_end, hi)
    if right_end < hi and tokens[right_end].pos in PREPOSITIONS and tokens[k + 1].pos == "NE" \
            and tokens[k - 2].tag in {"ART", "APPRART"}:
        return None  # "Meier in der Türkei und Huber in Kanada": the right member is larger than the left
    if right_end < hi and tokens[right_end].pos in PREPOSITIONS \
            and any(t.lower == tokens[right_end].lower for t in tokens[lo:k]):
        return None  # "kommt die SP auf 39 Prozent und die FDP auf 30 Prozent": a phrase and its own "auf …"
        # repeat the clause's pattern with the verb left out (gapping), no list of phrases
    if right_kind == "pp" and right_end + 1 < hi and tokens[right_end].pos in {"APPR", "APPRART"} \
            and tokens[right_end].lower not in {"als", "wie"} and tokens[right_end - 1].pos in NOUNS:
        return None  # "träumt von der Bar und vom Kaffee in der Altstadt": a phrase after a prepositional member's
        # noun may be that noun's attribute or the verb's; given to each member it may be false
    if right_kind == "np" and tokens[k + 1].pos in NOUNS - {"NE"} and tokens[k - 1].pos in NOUNS - {"NE"} \
            and _attached_phrase(tokens, right_end, hi):
        return None  # "Tätigkeiten wie Velofahren und Schwimmen im Hallenbad werden …": a phrase after bare nouns
        # may be the last one's or all of theirs; given to each, or to the last alone, it may state a falsehood
    if right_kind == "np" and tokens[k + 1].tag in {"ART", "PPOSAT", "PDAT"} \
            and _attached_phrase(tokens, right_end, hi):
        right_end = np_end(tokens, right_end + 1, hi)
        members = [(k + 1, right_end)]
    end = k
    while True:
        if right_kind == "pp":
            start = next((j for j in range(end - 1, lo - 1, -1)
                          if tokens[j].pos in PREPOSITIONS or tokens[j].text == ","), lo)
            if tokens[start].pos not in PREPOSITIONS or tokens[start + 1].lower in _PARTICLE_OBJECTS:
                return None  # ("vor allem A und B", "unter anderem A und B": no prepositional phrases)
        elif tokens[k + 1].pos in {"NN", "NNA"} and not tokens[k + 1].text.isupper() and tokens[end - 1].pos == "NN":
            start = end - 1  # "der Infektiologie und Tropenmedizin": bare nouns pair up inside their phrase (and
            # so does each before a comma of a longer list: "Käse, Milch und Butter")
            before = start - 1
            while before > lo and tokens[before].tag == "ADJ(A)":
                before -= 1
            if (before < start - 1 and tokens[before].pos == "NN") or (
                    before > lo and tokens[before].pos in PREPOSITIONS and tokens[before - 1].pos == "NN"):
                return None  # "Besuche japanischer Politiker und Opfergaben", "Schüsse mit Waffen und Alkohol": the
                # bare noun may be the sibling of the noun the attribute depends on
        else:
            start = np_start(tokens, end, lo)
            if start - 2 >= lo and tokens[start].tag == "ADJ(A)" and tokens[start - 2].pos in PREPOSITIONS and (
                    tokens[start - 1].tag == "ADJ(D)" or tokens[start - 1].lower in _INTENSIFIERS):
                start -= 1  # "von leer gekauften Regalen und langen Schlangen": the word that grades the
                # attribute of a bare phrase is the member's, not shared by the next one (after an article or an
                # attribute of its own, "dem arglos wirkenden X", the member is larger)
            start = next((j for j in range(start + 1, end - 1) if tokens[j].pos == "CARD" and not is_year(tokens[j])
                          and tokens[j - 1].pos in NOUNS and tokens[j + 1].pos in NOUNS), start)  # "binnen eines
            # Tages 20 Soldaten sowie 19 Rebellen": a count after a noun opens the member, the genitive before
            # it is the preposition's
            if tokens[k + 1].tag == "ADJ(A)":
                # "Damen höheren Alters und guter Laune": conjuncts of one shape
                start = max([g for g in range(start + 1, end) if tokens[g].tag == "ADJ(A)"
                             and is_noun(tokens[g - 1])], default=start)
                if tokens[start].tag == "ART" and start - 2 >= lo and tokens[start - 1].pos == "APPR" \
                        and tokens[start - 1].lower not in _NO_SPLIT_BEFORE \
                        and is_noun(tokens[start - 2]):  # (not "wurde von der Presse und anderen gelobt", nor
                    # "Gefechte zwischen der Armee und kurdischen Rebellen", whose "zwischen" takes both)
                    # "Kontrollen an der Grenze sowie mobile Patrouillen": an article-less conjunct
                    # is not the preposition's object but a sibling of the phrase that holds it
                    start = np_start(tokens, start - 1, lo)
            if tokens[k + 1].lower in {"der", "des"}:
                # "die Folge der Vertuschung und der Reaktion": the conjuncts are the genitives
                genitives = [g for g in range(start + 1, end) if tokens[g].lower == tokens[k + 1].lower
                             and tokens[g].tag == "ART"]
                if not genitives and tokens[start].tag != "ART":
                    return None  # "Kritiker der Regierung und des Chefs": no genitive on the left to pair with
                if genitives and tokens[k + 1].lower == "der" and (tokens[start].lower in _DATIVE_OPENERS or (
                        start > lo and tokens[start - 1].pos in PREPOSITIONS and tokens[start].lower == "der")):
                    return None  # "nach dem Besuch der Ministerin und der Debatte": "der" may as well be
                    # a dative, the sibling of the phrase that holds the genitive
                start = max(genitives, default=start)
        if start >= end or tokens[start].lower in _PARTICLE_OBJECTS:
            return None  # "vor allem A und B": the list belongs to the particle "vor allem"
        if members and not _same_case(tokens[start], tokens[members[0][0]],
                                      start > lo and tokens[start - 1].pos in PREPOSITIONS):
            break  # "auf einen Termin, dem ersten Treffen": an apposition in another case is no list member
        if len(members) > 1 and right_kind == "np" and start > lo and tokens[start - 1].pos in PREPOSITIONS:
            break  # "Überlegungen in Berlin, die Regelung und die Hilfen zu verlängern": another phrase
        members.insert(0, (start, end))
        if start - 1 > lo and tokens[start - 1].text == "," and _kind(tokens[start - 2]) is not None \
                and not infinitive:
            end = start - 1
            continue
        break
    first = members[0][0]
    example = _examples(tokens, first, lo)
    if _inside_examples(tokens, lo, first):
        return None  # "Filme wie Sommerhaus, Lieder für Jakob und Kaiserin Sisi": the conjunction joins the list's
        # last items, titles whose words the members would cut apart
    if tokens[k].lower == "oder" and not example:
        return None  # "A oder B" offers a choice; only examples after "wie" are each one of the noun before it
    if first > lo and tokens[first - 1].pos in PREPOSITIONS and members[0][1] - first > 1 \
            and all(t.pos == "NE" for t in tokens[first:members[0][1]]) and any(b - a == 1 for a, b in members[1:]):
        return None  # "verkündeten in Wien Tschechien und Ungarn ihre Einwände": the preposition's name may end before
        # the list starts, whose first member is then the clause's subject
    if first - 2 >= lo and tokens[first - 1].lower in _NAME_PARTICLES and tokens[first - 2].pos == "NE":
        return None  # "Sophie von Tann und Lea Martin": "von Tann" is the end of a name, no object of "von"
    if any(tokens[j].pos in {"VV", "VA", "VM"} or (tokens[j].pos == "NN" and tokens[j].text.isalpha()
                                                   and tokens[j].text.islower())
           for a, b in members for j in range(a, b)):
        return None  # "in X falsch wiedergegeben und in Y …": the conjunction joins verb phrases, not phrases
        # (a noun is capitalised: a lower-case "noun" is the tagger's guess at an unknown verb, "das prüfen")
    if tokens[k + 1].tag == "ADJ(A)" and (tokens[first].tag in {"PPOSAT", "PDAT"} or (
            tokens[first].tag == "ART" and (tokens[first].lower in _ARTICLE_CASES and tokens[first].lower[0] == "d"
                                            or tokens[k + 1].lower.endswith("en")))):
        return None  # "seinen Vorgänger und aktuellen Leader X": one determiner for both, often one person (an
        # adjective of its own ending shows its own phrase: "einen Plan und klare Werte")
    if any(t.lower in _EXCEPTING for t in tokens[max(lo, first - 3):first]):
        return None  # "mit Ausnahme von Hongkong und Macao": the exception is the whole list, one member alone would
        # include the other
    if any(t.lower in _EXCLUSIVE for t in tokens[max(lo, first - 2):first]) or (
            first > lo and tokens[first - 1].lower == "auf"
            and any(t.lemma.lower() in _RESTRICTING_VERBS for t in tokens[lo:first - 1])):
        return None  # "nur zum Essen und Trinken", "beschränken sich auf A und B": each member alone would
        # exclude the other
    quoted = first >= lo + 3 and tokens[first - 2].text in "“”\"»«"  # ('die „soziale Fraktion“ aus A und B')
    head = first - 3 if quoted else first - 2
    if head >= lo and tokens[first - 1].lower in {"aus", "mit", "von"} \
            and tokens[head].lower.endswith(_COMPOSITION_NOUNS):
        return None  # "eine Kreuzung aus Amazon und eBay", "die Fraktion aus SPD und Linke", "ein Bündnis mit A und
        # B": what the thing is made of, all members together (not where they come from: "Kollegen aus Japan und
        # Indonesien")
    if first > lo and tokens[first - 1].lower == "aus" \
            and any(t.lemma.lower() in _COMPOSITION_VERBS for t in tokens[lo:first - 1]):
        return None  # "X besteht aus A und B", "setzt sich aus A und B zusammen": each member alone is not all of it
    if tokens[members[-1][1] - 1].lower in _OPEN_LIST_ENDS or (
            first >= lo + 2 and tokens[first - 2].lower == "allen" and tokens[first - 1].lower == "voran"):
        return None  # "Twitter, Facebook und Ähnliches", "allen voran A und B": examples of what comes before,
        # not members a predicate holds of one by one
    if right_kind == "np" and first > lo and tokens[first - 1].pos in PREPOSITIONS \
            and tokens[first].pos == "NN" and tokens[members[-1][0]].tag in {"ART", "PPOSAT", "PDAT", "PIAT"}:
        return None  # "verweist auf die Vereinbarung für Investitionen der Bahn und das Programm": a member with
        # its article is more likely the sibling of the phrase that holds the bare noun than its partner (a bare
        # name takes no article: "von Deutschland und den Niederlanden" is a list)
    if first > lo and tokens[first - 1].text == "/":
        return None  # "Pfizer/Biontech und Astra Zeneca": the slash pair is one member
    last = members[-1][1]
    if first > lo and tokens[first - 1].text in {"–", "—"} and last < hi and tokens[last].text in {"–", "—"}:
        return None  # "Drei ihrer Chefs – A, B und C – hat die Partei verschlissen": the list spells out a phrase
    if last + 1 < hi and tokens[last].text == "," and tokens[last + 1].pos != "KOUI" and has_zu_infinitive(
            tokens[last + 1:next((j for j in range(last + 1, hi) if tokens[j].text == ","), hi)]):
        return None  # "der Ausbruch und die Unfähigkeit, die Lage zu meistern, hat …": the infinitive clause is
        # the last member's, which the first would take alone (not a purpose, ", um … zu …", the clause's own)
    if right_kind == "np" and first > lo and tokens[first - 1].lower in KINSHIP_NOUNS \
            and tokens[first].lower in GENITIVE_DETERMINERS | {"eines", "einer"}:
        return None  # "als Sohn einer Bernerin und eines Vaters aus Chile": of both parents
    if right_kind == "np" and first > lo and (tokens[first - 1].lower in _NO_SPLIT_BEFORE | _CONJ | {"oder"}
                                              or tokens[first - 1].text == ","):
        return None  # "zwischen A und B"; "A und B und C", whose grouping is unclear; a list after a comma
        # is an afterthought to a phrase before it ("lagen ganze Branchen darnieder, der Handel, ...")
    if _counted(tokens, members, lo, hi) or _shared_noun(tokens, members) or _attribute_after(tokens, members, hi) \
            or _figure_after(tokens, members, hi) \
            or _compound_amount(tokens, members) \
            or any(b - a == 1 and tokens[a].pos == "CARD" and (tokens[a].text[:1].isdigit() or tokens[a].text.islower())
                   for a, b in members) \
            or any(tokens[a].tag == "PPOSAT" for a, _ in members[1:]):  # "ihres Vaters X und seiner Partnerin Y"
        return None  # (a bare number in a list is a year or a count of its noun: "in den Jahren 1998 und 1999",
        # "fünf sowie ein Prozent")
    if _gender_pair(tokens, members) or _genitive_names(tokens, members) or _case_clash(tokens, members) \
            or _next_step(tokens, members) \
            or _genitive_last(tokens, members) or _nested_genitive(tokens, members) \
            or any(_elliptic(tokens, a, b) for a, b in members):
        return None
    if any(tokens[j].pos == "PROAV" and tokens[j].lower.startswith("da") for a, b in members[1:] for j in range(a, b)):
        return None  # "dem Tod von X und den darauf folgenden Protesten": "darauf" is the first member
    if tokens[members[-1][1] - 1].lower.endswith(DEPENDENT_NOUNS):
        return None  # "für eine Erkrankung und mögliche Folgen": the consequences of the first member
    if members[-1][1] < hi and tokens[members[-1][1]].pos in PREPOSITIONS and _shared_attribute(
            tokens, members[-1][1], hi):
        return None  # "den vier Schülern und zwei Lehrern aus A, B und C": where the group is from, together
    if right_kind == "pp" and any(tokens[j].pos == "NN" and _bare_plural(tokens[j + 1])
                                  for j in range(members[-1][0], members[-1][1] - 1)):
        return None  # "im Wartebereich der Verwaltung Masken tragen": a bare plural after a noun is the clause's
        # next phrase, which the last member swallowed
    if right_kind == "pp" and any(_second_phrase(tokens, a, b) or (a > lo and tokens[a].text[:1].isupper())
                                  for a, b in members):
        return None  # "kommt mit X ein Spieler und mit Y eine Macht": a member with a second noun phrase repeats
        # the clause with its verb left out; "in den Sendungen A und Im Zentrum": a capital preposition opens a name
    count = _COUNT_WORDS.get(len(members))
    if count and any((tokens[j].lower in count or tokens[j].text == str(len(members)))
                     and not (j + 1 < hi and (tokens[j + 1].lower in MEASURE_UNITS or is_time_noun(tokens[j + 1])))
                     and tokens[j - 1].lower not in {"jeweils", "je"}
                     for j in [*range(lo, members[0][0]), *range(members[-1][1], hi)]):
        return None  # "Mit der G5 und der G9 sollen zwei neue Kameras kommen": the clause counts the members
        # together, which one member alone would make false (not a measure, "von zwei Stunden", nor each
        # member's count, "jeweils zwei Sitze")
    if any(tokens[a].text.startswith("-") for a, _ in members):
        return None  # "vor dem 5G-Mobilfunknetz und X": the tokeniser cut the compound; "-Mobilfunknetz" is no member
    if tuple(tokens[b - 1].lower for _, b in members) in PLURAL_BINOMIALS:
        return None  # "Mittel und Wege": one idiom
    if any(tokens[a].lower.startswith("ander") for a, _ in members[1:]) \
            or all(is_time_noun(tokens[b - 1]) for _, b in members):
        return None  # "Hotels und andere Betriebe": the others are others than the first; "in den kommenden Wochen
        # und Monaten": one span of time
    if any(b - a == 1 and tokens[a].pos in {"NN", "NNA"} and not tokens[a].text.isupper() for a, b in members) \
            and _bare_member_unclear(tokens, members, lo, hi):  # (a name or an abbreviation is no bare noun)
        return None
    if members[0][0] > lo and tokens[members[0][0] - 1].tag == "APPRART" \
            and any(tokens[a].tag not in {"ART", "PPOSAT", "PDAT", "PIAT"} and tokens[a].pos != "NE"
                    for a, _ in members[1:]):
        return None  # "zur Zahl der Filialen und neuen Kosten": the article fused into "zur"
        # is the first member's; a member without one of its own would take it in a form that may not fit it
    if all(b - a == 1 and tokens[a].pos == "NN" for a, b in members[:-1]) and members[-1][1] - members[-1][0] > 1 \
            and tokens[members[-1][1] - 1].pos == "NE":
        return None  # "Kanzler und SPÖ-Chef Werner Faymann": titles of the one person named after the last
    a, b = members[0]
    if right_kind == "np" and first > lo and tokens[first - 1].pos in PREPOSITIONS and b - a > 1 \
            and tokens[a].pos == "NN" and tokens[a + 1].pos == "NN":
        return None  # "in Sachen Technik und gutem Design", "im Bereich Bildung und Forschung": a noun that
        # names the field before its list, which the preposition governs (a member alone would lose it)
    if any(b - a == 1 and tokens[a].lower in COMPANION_NOUNS for a, b in members[1:]):
        return None  # "Meier und Kollegen": Meier's colleagues, whom a claim of their own would not name
    shared = _shared_determiner(tokens, members) if right_kind == "np" else ""
    if not all(_distributable(tokens, a, b, shared, example) for a, b in members):
        return None
    if right_kind == "pp" and first - 1 > lo and tokens[first - 1].pos == "NN" \
            and tokens[first - 2].pos in PREPOSITIONS and inflected_noun(tokens[first - 1].text):
        return None  # "mit Konzerten am Montag und am Dienstag": a bare plural counts over all the members
    prepositions = {_PREPOSITION_BASE.get(tokens[a].lower, tokens[a].lower) for a, _ in members[-2:]}
    if right_kind == "pp" and len(prepositions) > 1:
        return None  # "in Polen bei 3,1 und in Irland unter 2": parallel clauses, not one phrase
    return members


def _second_phrase(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether the prepositional member [a, b) holds a second noun phrase after its object, opened by a
    determiner ("mit X ein Spieler"): the clause repeated with its verb left out."""
    end = np_end(tokens, a + 1, b)
    return end < b and tokens[end].tag in DETERMINERS


def _shared_attribute(tokens: Sequence[Token], prep: int, hi: int) -> bool:
    """Whether the prepositional phrase at `prep` after a list's last member may belong to the whole list, so
    that no member alone may take it: an origin ("den Präsidenten und die Ministerin aus Frankreich": both, or
    only she?), or a phrase that lists places itself ("aus A, B und C": where the group is from, together); not a
    place or time of the event ("traf A und B in Paris")."""
    j = prep + 1
    while j < hi and (is_np_word(tokens[j]) or tokens[j].text == "," or tokens[j].lower in {"und", "oder", "sowie"}):
        j += 1
    return tokens[prep].lower == "aus" or any(t.lower in {"und", "oder", "sowie"} for t in tokens[prep + 1:j])


# the number words that may count a list of two, three or four members in its clause
_COUNT_WORDS = {2: frozenset({"zwei", "beide", "beiden", "beider"}), 3: frozenset({"drei"}), 4: frozenset({"vier"})}
# nouns of a whole made of the members of the list after "aus" ("eine Mischung aus A und B")
_COMPOSITION_NOUNS = ("kreuzung", "mischung", "fraktion", "koalition", "bündnis", "kombination", "verbindung",
                      "mix", "allianz", "duo", "trio", "gemisch", "zusammenschluss", "synthese", "hybrid")
# verbs whose "aus" phrase lists what the subject is made of ("besteht aus A und B")
_COMPOSITION_VERBS = frozenset({"bestehen", "zusammensetzen"})
# determiners of a dative phrase: a "der" after its genitive may be a feminine dative, the phrase's sibling
_DATIVE_OPENERS = frozenset({"dem", "einem", "im", "am", "vom", "zum", "zur", "beim"})
# nouns of a phrase that names what it follows: "mit dem Namen X", "mit dem Titel Y"
_NAMING_NOUNS = frozenset({"namen", "titel", "bezeichnung", "motto", "slogan"})


def _modified_last(tokens: Sequence[Token], end: int, hi: int) -> bool:
    """Whether what follows the last conjunct may belong to it alone, or pair with each member, so that
    giving it to every member could state something false: names in apposition, a further conjunction
    ("A und B und C", "seiner Frau und den Töchtern Lea und Mia": the list is nested and its members
    unclear), an aside between dashes or brackets, or a relative clause, directly or after a prepositional
    phrase ("eine Jacke und eine Hose mit weitem Bein, die ... betont": the clause may describe the last member
    only)."""
    if end >= hi:
        return False
    if tokens[end].lower in _CONJ | {"oder", "&", "+"} or (end + 1 < hi and tokens[end].text == ","
                                                           and tokens[end + 1].pos == "NE"):
        return True  # "A und B, Hans X und Eva Y, ...": the names after the comma pair with the members; "&"
        # joins a name ("Curevac und Johnson & Johnson")
    if tokens[end].lower in {"von", "vom"} and end + 1 < hi and tokens[end + 1].pos != "CARD" \
            and not any(t.lower in {"auf", "bis", "zu"} for t in tokens[end + 1:end + 6]):
        return True  # "den Bahnverkehr und die Anreise von Touristen": "von" most often modifies its noun
        # (not a range: "bei SBB und BLS von 310 auf 330 Franken")
    if tokens[end].text in {"–", "—", "("}:
        return True  # "für A und für B – statt X kann man Y – sind …": an aside after the last member explains
        # that member
    if tokens[end].lower == "namens" or (tokens[end].lower == "mit" and any(
            t.lower in _NAMING_NOUNS for t in tokens[end + 1:end + 4])):
        return True  # "Garantien sowie das Programm mit dem Namen «Sure»": a name is its own noun's
    if tokens[end].pos in PREPOSITIONS:
        end = np_end(tokens, end + 1, hi)
    while end < hi and (tokens[end].tag == "PTKVZ" or (tokens[end].pos in VERB_POS and not tokens[end].finite)):
        end += 1  # the clause may close first: "Spannungen mit A sowie B aus, gegen die …"
    relative = end + 2 if end + 2 < hi and tokens[end + 1].pos in PREPOSITIONS else end + 1  # (", mit denen …")
    return relative < hi and tokens[end].text == "," and tokens[relative].tag in {"PRELS", "PRELAT"}


def _attached_phrase(tokens: Sequence[Token], end: int, hi: int) -> bool:
    """Whether the prepositional phrase after the last conjunct is that conjunct's own ("ein kalter April
    sowie der Streit um die Preise setzten den Bauern zu"), so that the other members must not take it.

    A phrase followed by more of the middle field or by the finite verb (the list then fills the Vorfeld, one
    constituent) is read as the last noun's attribute; the other members then only lose a phrase that
    might have been shared, which keeps them true. A phrase right before the verb cluster or the clause's
    end is more often the verb's own ("brachte den Fahrer und die Beifahrerin ins Spital") and stays
    shared."""
    if end >= hi or tokens[end].pos not in PREPOSITIONS or tokens[end].lower in {"als", "wie"}:
        return False
    after = np_end(tokens, end + 1, hi)
    if after <= end + 1 or after >= hi:
        return False
    following = tokens[after]
    return following.tag in {"VV(FIN)", "VA(FIN)", "VM(FIN)"} or (
        following.tag not in _VERB_CLUSTER and following.text.isalnum() and following.lower not in _CONJ | {"oder"})


# what closes a middle field: a non-finite verb, its particle or "zu", a predicative adjective
_VERB_CLUSTER = NON_FINITE | {"VV(IZU)", "PTKVZ", "PTKZU", "ADJ(D)", "PTKNEG"}


def _infinitive_after(tokens: Sequence[Token], end: int, hi: int) -> bool:
    """Whether the list stands in an infinitive clause ("der Versuch, Stil und Können auf ein Niveau zu
    bringen, ist …"): its comma opens the clause, and a list across it would take the noun before the
    clause for a member. A finite verb before the "zu" shows a main clause whose subject the list is
    ("Gewitter, Engpässe und die IT machten ihr zu schaffen")."""
    stop = next((j for j in range(end, hi) if tokens[j].text in {",", ";", ":", "–", "(", ")"} or tokens[j].finite),
                hi)
    return has_zu_infinitive(tokens[end:stop])


# a preposition fused with its article is the preposition ("im" is "in") when members are compared
_PREPOSITION_BASE = {"im": "in", "ins": "in", "am": "an", "ans": "an", "zum": "zu", "zur": "zu", "beim": "bei",
                     "vom": "von"}
# the cases each article form can mark (any gender or number): list members share one
_ARTICLE_CASES = {"der": "ngd", "die": "na", "das": "na", "den": "ad", "dem": "d", "des": "g", "ein": "na",
                  "eine": "na", "einen": "a", "einem": "d", "einer": "gd", "eines": "g"}


def _same_case(a: Token, b: Token, governed: bool = False) -> bool:
    """Whether two article-led noun phrases can stand in one case (unknown: yes); `governed`: a preposition
    governs the first, which is then no nominative ("in der Slowakei sowie die Hauptstadt …")."""
    cases_a, cases_b = _ARTICLE_CASES.get(a.lower), _ARTICLE_CASES.get(b.lower)
    if cases_a is not None and governed:
        cases_a = cases_a.replace("n", "")
    return cases_a is None or cases_b is None or bool(set(cases_a) & set(cases_b))


# words that take a share of a whole: how many of it is where is counted over all the places together
_PROPORTIONS = frozenset({"meisten", "hälfte", "drittel", "viertel", "mehrheit", "grossteil", "großteil", "gros",
                          "minderheit", "löwenanteil", "alle", "sämtliche", "insgesamt"})
_ORDINALS = ("zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht")


# nouns of a toll or a crowd, which a number after a list of places or causes counts over all of them ("Bei A
# und B sind vier Menschen gestorben"), unlike an amount ("steigt bei A und B von 10 auf 12 Franken")
_COUNTED_PEOPLE = frozenset({"menschen", "personen", "leute", "tote", "toten", "todesopfer", "opfer", "verletzte",
                             "verletzten", "infizierte", "fälle", "teilnehmer", "teilnehmende", "besucher"})


def _counted(tokens: Sequence[Token], members: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """A number that counts over the whole list: "18 Friedhöfe in A, B und C" (the 18 are in all three
    together) or, of a subject list, "A und B meldeten 300 Fälle" (together or each?). Distributing would
    give each member the whole number."""
    def counts(i: int) -> bool:
        if tokens[i].tag == "ADJ(A)" and tokens[i].lower.startswith(_ORDINALS):
            return True  # "Neben A und B macht er noch einen dritten Brennpunkt": the third counts A and B
        if tokens[i].pos != "CARD" and tokens[i].lower not in NUMBER_NOUNS:
            return False  # (a number noun counts too: "ein Dutzend Dörfer in A und B")
        noun = next((n for n in range(i + 1, min(hi, i + 4)) if tokens[n].tag != "ADJ(A)"), hi)
        return noun < hi and tokens[noun].pos == "NN" and tokens[noun].lower not in {"uhr", "jahr", "jahre", "jahren",
                                                                                      "prozent"}

    if tokens[members[0][0]].pos == "CARD" and not any(tokens[a].pos == "CARD" for a, _ in members[1:]):
        return True  # "300 bis 400 Sänger und Musiker": the first member's number counts all of them
    def counts_people(i: int) -> bool:
        return counts(i) and i + 1 < hi and tokens[i + 1].lower in _COUNTED_PEOPLE

    def share(i: int) -> bool:  # "zu 90 Prozent", "zur Hälfte", "zu zwei Dritteln": how much of the whole
        # (not of each, "jeweils 52 zu 48 Prozent")
        return tokens[i].lower in {"zu", "zur"} and tokens[i - 1].lower not in {"je", "jeweils"} and not (
            tokens[i - 1].pos == "CARD" and i > 1 and tokens[i - 2].lower in {"je", "jeweils"}) and any(
            tokens[j].lower in {"prozent", "%"} or tokens[j].lower.rstrip("n") in _PROPORTIONS
            for j in range(i + 1, min(hi, i + 4)))

    first, last = members[0][0], members[-1][1]
    if (tokens[first].pos in PREPOSITIONS or (first > lo and tokens[first - 1].pos in PREPOSITIONS)) and (any(
            (counts(i) and not is_year(tokens[i])) or tokens[i].lower in _PROPORTIONS for i in range(lo, first))
            or any(counts_people(i) or share(i) for i in range(last, hi))):
        return True  # "Rund 300 Menschen demonstrierten in A und B", "Die meisten Fälle werden in A und B
        # registriert", "Bei A und B kamen vier Menschen ums Leben", "sammelt in A und B zu 90 Prozent …": where
        # or when a counted group or a share is, is where all its members are together
    j = members[0][0] - 1
    while j >= lo and not tokens[j].finite and not tokens[j].tag.startswith("$") and tokens[j].text != "–":
        if counts(j) or tokens[j].lower in _PROPORTIONS:
            return True  # ("die Hälfte der Bewohner und Mitarbeiter": a share of all of them together)
        j -= 1
    after = members[-1][1]
    if after < hi and tokens[after].finite and (members[0][0] == 0 or tokens[members[0][0] - 1].pos
                                                not in PREPOSITIONS):  # a subject list: its verb follows
        return any(counts(i) for i in range(after, hi)) and not any(t.lower in {"je", "jeweils"}
                                                                    for t in tokens[after:hi])
    return False


def _shared_noun(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Numbers that share the last member's noun ("mit Flügen von zwei und vier Stunden"): one each,
    not a list of phrases."""
    _, b = members[0]  # (the first member may hold more before its number: "die Tiefe vier und fünf Meter")
    return tokens[b - 1].pos == "CARD" and tokens[members[-1][0]].pos == "CARD" \
        and members[-1][1] - members[-1][0] > 1


def _compound_amount(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Numbers of different units that add up ("bei 20 Franken und 30 Rappen", "nach 2 Stunden und 15
    Minuten"): each member alone would state a wrong amount."""
    units = []
    for a, b in members:
        start = a + (tokens[a].pos in PREPOSITIONS)
        if b - start < 2 or tokens[start].pos != "CARD" or tokens[start + 1].lower not in MEASURE_UNITS:
            return False
        units.append(tokens[start + 1].lower)
    return len(set(units)) == len(units)


def _figure_after(tokens: Sequence[Token], members: list[tuple[int, int]], hi: int) -> bool:
    """"A (2,8) und B mit 2,7 Prozent": a figure with "mit" right after the last member is that member's own
    (not with "je" or "jeweils", which gives it to each)."""
    end = members[-1][1]
    return end + 1 < hi and tokens[end].lower == "mit" and (
        tokens[end + 1].pos == "CARD" or (end + 2 < hi and tokens[end + 1].pos == "ADV"
                                          and tokens[end + 1].lower not in {"je", "jeweils"}
                                          and tokens[end + 2].pos == "CARD"))


def _attribute_after(tokens: Sequence[Token], members: list[tuple[int, int]], hi: int) -> bool:
    """A prepositional phrase right after a list that is itself a preposition's object ("wegen
    Körperverletzung und Eingriffen in den Verkehr"): it most often belongs to the last member alone;
    one that opens with a number is an adverbial of the clause ("bei SBB und BLS von 310 auf 330"), and
    "als" names a role of each ("von A und B als Schulden abgelehnt")."""
    first, end = members[0][0], members[-1][1]
    return first > 0 and tokens[first - 1].pos in PREPOSITIONS and end + 1 < hi and tokens[end].pos in PREPOSITIONS \
        and tokens[end + 1].pos != "CARD" and tokens[end].lower not in {"als", "wie"}


_DATIVE_PREPOSITIONS = frozenset({"mit", "von", "bei", "aus", "nach", "zu", "seit", "gegenüber"})
# the case a preposition governs, where it governs only one
_PREPOSITION_CASES = {**dict.fromkeys(_DATIVE_PREPOSITIONS, "d"), **dict.fromkeys(("für", "durch", "gegen", "ohne",
                                                                                    "um"), "a")}


# adjectives of sequence, whose phrase names the next step of a process ("Zufuhr von A und anschließender
# Erhitzung"), not another object of the preposition before the list
_SEQUENCE_ADJECTIVE_STEMS = ("anschließend", "anschliessend", "nachfolgend", "darauffolgend", "nachträglich")


def _next_step(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Whether a later member opens with an adjective of sequence: the list is the steps of a process, each
    member governed by what governs the whole, not the objects of the word right before the first."""
    return any(tokens[a].tag == "ADJ(A)" and tokens[a].lower.startswith(_SEQUENCE_ADJECTIVE_STEMS)
               for a, _ in members[1:])


def _case_clash(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Later members in a case the preposition before the first cannot govern ("an Möglichkeiten für
    Covid-19 und einem Impfstoff": "einem" is dative, the object of "an", not of "für"; "mit seiner Hauptstadt
    und die Marken"): they are siblings of a larger phrase, and the list is not that object's. An
    article-less member shows its case by its adjective ("Kinder mit leichten Allergien und ältere
    Kinder"; strong dative endings are -em, -er and -en), "den" by its noun: before a singular noun it is
    accusative ("bei der Flugsicherung und den IT-Ausfall")."""
    first = members[0][0]
    cases = _PREPOSITION_CASES.get(tokens[first - 1].lower) if first > 0 else None
    if cases is None:
        return False
    for a, b in members[1:]:
        word = tokens[a].lower
        if cases == "d" and ((tokens[a].tag == "ADJ(A)" and word.endswith(("e", "es")))
                             or (word == "den" and not tokens[b - 1].lower.endswith(("n", "s")))):
            return True
        if tokens[a].tag == "ART" and word in _ARTICLE_CASES and cases not in _ARTICLE_CASES[word]:
            return True
    return False


def _elliptic(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A member whose article stands for a noun left out, with only a genitive after it ("seine Meinung und
    die der Kollegen", "die anderer Menschen"), or a determiner alone, whose noun follows the last member
    ("jedes und jeder Einzelnen"): alone, the member names nothing."""
    if b - a == 1 and tokens[a].tag in {"ART", "PIAT", "PDAT", "PPOSAT"}:
        return True
    if b - a < 2 or tokens[a].tag != "ART" or tokens[a].lower not in _ARTICLE_CASES:
        return False
    after = tokens[a + 1]
    return after.tag == "ART" or (after.tag in {"ADJ(A)", "PIAT"} and after.lower.endswith("er")
                                  and tokens[a].lower.startswith("d"))


def _genitive_last(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """A genitive after the last member only ("den Bau und den Betrieb der Halle", "die Mutter und der Bruder
    des Opfers", "ein Aquarell und ein Ölbild Hodlers") may belong to every member: given to the last alone, the
    others lose what they are of."""
    def genitive(a: int, b: int) -> bool:
        return any((tokens[j].lower in {"der", "des"} and tokens[j].tag == "ART" and tokens[j - 1].pos == "NN")
                   or (j == b - 1 and tokens[j].pos == "NE" and tokens[j].text.endswith("s")
                       and tokens[j - 1].pos == "NN")  # ("ein Aquarell und ein Ölbild Hodlers": a name's genitive)
                   for j in range(a + 1, b))
    return all(tokens[a].tag in {"ART", "PPOSAT"} for a, _ in members) and genitive(*members[-1]) \
        and not any(genitive(a, b) for a, b in members[:-1])


def _nested_genitive(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Genitives in a chain ("Ärzte der Klinik der Stadt und der Hochschule Basel"): the list may
    join the inner genitives or the outer ones, and distributed at the wrong level it names a body that does
    not exist ("die Klinik der Hochschule Basel")."""
    first = members[0][0]
    return first >= 3 and tokens[first].lower in {"der", "des"} and tokens[first - 1].pos in {"NN", "NE"} \
        and tokens[first - 2].lower in {"der", "des"} and tokens[first - 2].tag == "ART" \
        and all(tokens[a].lower in {"der", "des"} for a, _ in members)


def _genitive_names(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Names in the s-genitive after a phrase with a genitive attribute ("Teilen der Steiermark, Vorarlbergs
    und Oberösterreichs"): the names pair with the genitive, not with the phrase that holds it."""
    first_lo, first_hi = members[0]
    if first_hi - first_lo >= 2 and tokens[first_hi - 1].pos == "NE" and tokens[first_hi - 1].text.endswith("s") \
            and tokens[first_hi - 2].pos == "NN" and any(tokens[a].lower in {"der", "des"} for a, _ in members[1:]):
        return True  # "dem Beispiel Kataloniens und der Extremadura": the genitive after "und" pairs with the name
    return any(b - a == 1 and tokens[a].pos == "NE" and tokens[a].text.endswith("s") for a, b in members[1:]) \
        and any(t.lower in {"der", "des"} and t.tag == "ART" for t in tokens[first_lo + 1:first_hi])


_UMLAUTS = str.maketrans("äöü", "aou")


def _gender_pair(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """"Lehrerinnen und Lehrer", "Kundinnen und Kunden", "Bäuerinnen und Bauern", "Wählerinnen und Wählern": one
    group named in both genders (the masculine may add a plural or dative ending, the feminine an umlaut)."""
    heads = [tokens[b - 1].lower.translate(_UMLAUTS) for _, b in members]
    if len(heads) != 2:
        return False
    for feminine, masculine in (heads, heads[::-1]):
        stem = feminine[:-5] if feminine.endswith("innen") else feminine[:-2] if feminine.endswith("in") else None
        if stem and len(stem) > 2 and masculine.startswith(stem) and len(masculine) - len(stem) <= 2:
            return True
    return False


def _shared_determiner(tokens: Sequence[Token], members: list[tuple[int, int]]) -> str:
    """The article a bare last conjunct shares with the first: "das Flüchtigste und Unscheinbarste"."""
    first = tokens[members[0][0]]
    return first.lower if first.tag in {"ART", "PPOSAT", "PDAT"} else ""


# the words of a noun phrase chain ("ein Austausch von jungen Leuten aus …")
_PHRASE_TAGS = frozenset({"ART", "ADJ(A)", "PPOSAT", "PDAT", "PIAT", "CARD"})
# what opens a list member that has a determiner of its own ("viele Kreise und die Länder"); a bare member
# after "die meisten", "viele" shares the quantifier ("die meisten Infizierten und Toten")
_OWN_DETERMINERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "CARD", "PIDAT"})
_SINGULAR_ARTICLES = {"der", "das", "ein", "eine", "einer", "eines", "dieser", "dieses", "sein", "ihr"}
# endings a noun shares between its singular and its plural ("der Lehrer", "die Lehrer"; "das Mädchen")
_ZERO_PLURAL_ENDINGS = ("er", "el", "chen", "lein")


_PLURAL_DETERMINERS = frozenset({"die", "diese", "keine", "seine", "ihre", "meine", "unsere"})


def _number(tokens: Sequence[Token], a: int, b: int, shared: str = "") -> str | None:
    """Grammatical number of a conjunct as a subject: "sg", "pl", or None where German leaves it open
    ("die Lehrer" and "die Mutter" look alike). A bare member that shares the first member's determiner
    ("die Ärzte und Pfleger") is read with that determiner."""
    first = tokens[a]
    if first.pos in PREPOSITIONS:  # a bare extended attribute ("von X beauftragte Anwälte"): without a
        # determiner, the participle's strong ending tells ("-e" a plural, "-er"/"-es" a singular)
        participle = next((tokens[j + 1] for j in range(a + 1, b - 1) if tokens[j].pos in NOUNS
                           and tokens[j + 1].tag == "ADJ(A)"), None)
        ending = participle.lower[-2:] if participle else ""
        return "pl" if ending.endswith("e") else "sg" if ending in {"er", "es"} else None
    determiner = shared or first.lower
    # the head ends before a genitive or an attached phrase ("die Mitglieder des Vereins", "die Maßnahmen
    # zur Bekämpfung des Virus"); in a close apposition it is the last noun ("die Polizei Wallis")
    b = next((j for j in range(a + 1, b) if tokens[j].pos in PREPOSITIONS
              or (tokens[j].tag == "ART" and tokens[j - 1].pos in NOUNS)), b)
    head = next((t for t in reversed(tokens[a:b]) if t.pos == "NN"), tokens[b - 1])
    if head.lower in PLURALIA_TANTUM:
        return "pl"  # ("die USA", "die Niederlande")
    if b == a + 1 and not shared and first.text[:1].isupper() and first.text[1:].islower() \
            and first.lower.endswith("e") and (first.pos == "NNA"
                                               or (first.pos == "NE" and adjective_form(first.text))):
        return "pl"  # an adjective as a noun without a determiner ("Grüne", "Linke", "Angestellte"): the
        # singular needs one ("die Grüne", "ein Linker"), so alone it is a plural, even tagged a name
    if b == a + 1 and not shared and _bare_plural(first):
        return "pl"  # "Kritiker und Anwälte": a bare person noun or plural form
    if first.tag == "CARD" and first.lower not in {"1", "ein", "eine", "einer"} and head.pos in {"NN", "NNA"}:
        return "pl"  # "zwei Kellner", "20 Personen"
    if first.pos == "NE" or determiner in _SINGULAR_ARTICLES or (head.text.isupper() and len(head.text) > 1):
        return "sg"  # (an abbreviation in capitals, "SVP", "UNO", names one body; "AKWs" marks its plural)
    if head.pos == "NN" and inflected_noun(head.text):
        return "pl"
    if head.pos not in {"NN", "NNA"} or determiner not in _PLURAL_DETERMINERS:
        return None  # a bare noun: "Gewitter" may be either
    # "die" is feminine singular or plural: "die Angestellten" (an adjective as a noun, NNA) is a plural and
    # "die Angestellte" a singular; "die Lehrer", "die Mädchen" (no feminine nouns) are plurals, "die Mutter"
    # and "die Regel" singulars, "die Enkel" a plural: a noun in -el or a feminine one in -er is left open
    if head.lower.endswith("en"):
        return "pl"
    if head.pos == "NNA" or not head.lower.endswith(_ZERO_PLURAL_ENDINGS):
        return "sg"
    return None if head.lower.endswith(("el", *FEMININE_ER_NOUNS)) else "pl"


def _agree(draft: Draft, tokens: Sequence[Token], members: list[tuple[int, int]], member: tuple[int, int],
           shared: str = "") -> Draft | None:
    """A coordinated subject split into one member takes the verb form of that member ("A und B wurden" →
    "A wurde"); None when the number of the member or the singular form is not certain (then the subject
    is not distributed: a claim left whole is better than one with a wrong verb)."""
    before = members[0][0] - 1
    after = members[-1][1]
    if after < len(tokens) and tokens[after].finite and verb_number(tokens[after]) == "sg" \
            and tokens[members[0][0]].pos not in PREPOSITIONS and (before < 0 or tokens[before].text in {",", ":"}):
        return None  # "Landesparteiobmann und Klubobmann X bestätigt …": a list before a singular verb is one
        # subject, often one person with two titles
    if before >= 0 and tokens[before].pos in PREPOSITIONS and after < len(tokens) and tokens[after].finite \
            and plural_form(tokens[after]) and _singular_opening(tokens, before):
        return None  # "Der Fluggast in Hannover und die Begleiter sollten …": a singular subject with a plural
        # verb is one of coordinated subjects, the last member is no object of the preposition
    if all(tokens[a].pos in PREPOSITIONS for a, _ in members):
        return draft  # "müssen in den Büros und im Wartebereich …": prepositional phrases are no subject
    if before >= 0 and (tokens[before].pos in PREPOSITIONS or (
            tokens[before].lower == "wie" and before > 0 and tokens[before - 1].pos in NOUNS) or (
            tokens[before].pos in NOUNS and tokens[members[0][0]].lower in GENITIVE_DETERMINERS)):
        return draft  # "seine Kollegen aus Japan und Indonesien wollen", "Forscher der Universität und der ETH
        # haben", "Sammler wie A und B haben": the members are no subject, the noun before them is
    while before > 0 and (_adverbial(tokens[before]) or _phrase_start(tokens, before) > 0
                          or tokens[before].text == ")"):
        # "spielen noch A und B", "haben sich A und B", "wurden von ihr A und B", "arbeiten deshalb A und B":
        # adverbs and a prepositional phrase stand between the verb and its subject, and so may an aside in
        # brackets ("waren (neben X) A und B verschwunden")
        if tokens[before].text == ")":
            opening = next((j for j in range(before - 1, -1, -1) if tokens[j].text == "("), None)
            if opening is None:
                break
            before = opening - 1
            continue
        before = before - 1 if _adverbial(tokens[before]) else _phrase_start(tokens, before) - 1
    if before > 0 and tokens[before - 1].tag == "PPER" and tokens[before - 1].lower in {"wir", "ihr", "sie"}:
        return draft  # "wir müssen A und B verkaufen": the pronoun before the verb is its subject
    number = _number(tokens, *member, shared)
    if (number == "pl" or (number is None and (shared or tokens[member[0]].lower) in _PLURAL_DETERMINERS)) \
            and all("n" in _ARTICLE_CASES.get(tokens[a].lower, "n") for a, _ in members) \
            and _singular_verb_before(tokens, before):  # (no member in another case: "trifft A den B und den C")
        # "Am Treffen nahm A sowie die Ministerinnen teil": the verb agrees with the first member alone, a plural
        # member takes the plural, one that may be either ("die Mittel") is left whole, and so is one behind an
        # object pronoun ("hat es A sowie die Filialen im Angebot"), where "es" may be the subject
        plural = plural_of(tokens[before]) if tokens[before].finite and number == "pl" else None
        return draft.replace(before, before + 1, [plural]) if plural else None
    following = next((i for i in draft.indices() if i >= members[-1][1]), members[-1][1])  # (in a verb's
    # conjunct the subject's verb is that conjunct's: "A und B haben X getan und wollen Y" → "A will Y")
    for verb in (following, before):  # "A und B wurden", "wollen A und B"
        # a plural present may be tagged as the infinitive it looks like ("dass A und B sich normalisieren"),
        # but not after a finite verb, whose cluster it ends ("wir werden A und B nachreichen")
        if 0 <= verb < len(tokens) and (tokens[verb].finite or (
                tokens[verb].tag.endswith("(INF)") and not _finite_before(tokens, members[0][0]))) \
                and plural_form(tokens[verb]):
            number = _number(tokens, *member, shared)
            if number == "pl":
                return draft
            if verb == before and _nominative_before(tokens, before):
                return None  # "Die Eltern müssen A und B verkaufen": the subject may be the phrase before the verb
            if tokens[verb].lemma.lower() in {"sein", "werden", "bleiben"} \
                    and _predicate_noun(tokens, max(verb, members[-1][1]) + 1):
                return None  # "A und B waren Vertraute": the predicate noun is plural too
            singular = singular_form(tokens[verb]) if number == "sg" else None
            if any(tokens[i].tag == "PPOSAT" and tokens[i].lower.startswith("ihr") for i in draft.indices()
                   if not members[0][0] <= i < members[-1][1]):
                return None  # "A und B kündigten an, ihre Flughäfen zu sperren", "Mit ihrem Plan sind A und B
                # allein": "ihr" would need "sein"
            return draft.replace(verb, verb + 1, [singular]) if singular else None
    after = members[-1][1]
    if after < len(tokens) and tokens[after].pos in {"VV", "VA", "VM"} and plural_form(tokens[after]) \
            and _number(tokens, *member, shared) != "pl" and (members[0][0] == 0 or tokens[members[0][0] - 1].text in
                                                      {":", ";", "–", ","}):
        return None  # "Das Elend und die Not hinterlassen Spuren": a verb the tagger missed as finite
    opener = members[0][0] - 1
    while opener > 0 and tokens[opener].pos in {"PPER", "PRF", "ADV", "PTKNEG"}:
        opener -= 1  # ("dass ihm A und B nachfolgen sollten": a pronoun object may stand before the subject)
    if members[0][0] == 0 or tokens[members[0][0] - 1].text in {":", ";", "–", ","} \
            or tokens[members[0][0] - 1].pos in {"KOUS", "KON"} or tokens[opener].pos == "KOUS":  # a clause-initial
        # subject: its verb stands apart
        if tokens[opener].pos == "KOUS":
            # a subordinate clause ends on its finite verb, whose plural the tagger may read as an infinitive
            # ("bevor A und B ihr Vorgehen koordiniert haben")
            stop = next((i for i in range(members[-1][1], len(tokens)) if tokens[i].text in {",", ";", ":", "–"}),
                        len(tokens))
            later = [i for i in range(stop - 1, members[-1][1] - 1, -1) if tokens[i].pos in {"VV", "VA", "VM"}][:1]
        else:
            later = [i for i in draft.indices() if i >= members[-1][1] and tokens[i].finite]
        if later and plural_form(tokens[later[0]]) and _number(tokens, *member, shared) != "pl":
            return None
    return draft


def _adverbial(tok: Token) -> bool:
    """An adverb, a pronominal adverb ("deshalb"), "nicht", a reflexive or an adverbial adjective
    ("fieberhaft"): a word that may stand between a finite verb and the subject after it."""
    return tok.pos in {"ADV", "PTKNEG", "PRF", "PROAV"} or tok.tag == "ADJ(D)"


def _phrase_start(tokens: Sequence[Token], end: int) -> int:
    """The preposition of a prepositional phrase that ends at `end` ("von ihr", "von der Ministerin", "im
    Kanton"), or -1."""
    j = end - 1 if tokens[end].pos in {"PPER", "NN", "NE"} else -1
    while j >= 0 and tokens[j].tag in {"ART", "ADJ(A)", "PPOSAT"}:
        j -= 1
    return j if j >= 0 and tokens[j].pos in PREPOSITIONS else -1


def _predicate_noun(tokens: Sequence[Token], start: int) -> bool:
    """Whether a noun follows a copula at `start` outside a prepositional phrase: "waren Vertraute" has a
    predicate noun, whose number a split subject would contradict; "waren vor Ort" has none."""
    for j in range(start, min(len(tokens), start + 8)):
        if tokens[j].pos in {"$,", "$.", "$("}:
            return False
        if tokens[j].pos in NOUNS:
            k = j - 1
            while k >= start and tokens[k].tag in _PHRASE_TAGS:
                k -= 1  # back over the noun's determiner and adjectives ("vor dem neuen Rathaus")
            if k < start or tokens[k].pos not in PREPOSITIONS:
                return True
    return False


def _finite_before(tokens: Sequence[Token], start: int) -> bool:
    """Whether a finite verb stands before `start` in its clause (back to a comma, colon or subordinator)."""
    for i in range(start - 1, -1, -1):
        if tokens[i].finite:
            return True
        if tokens[i].text in {",", ":", ";", "–"} or tokens[i].pos in {"KOUS", "PRELS", "PWAV"}:
            return False
    return False


# where the clause of a subject before its verb begins: after a comma, colon, semicolon or dash, a
# conjunction or a subordinator
_CLAUSE_MARKS = frozenset({",", ":", ";", "–"})
_CLAUSE_CLASSES = frozenset({"KON", "KOUS"})


def _singular_opening(tokens: Sequence[Token], k: int) -> bool:
    """Whether the clause of k opens with a determiner that has no plural nominative ("der", "ein")."""
    start = clause_start(tokens, k, _CLAUSE_MARKS, _CLAUSE_CLASSES)
    return tokens[start].tag in {"ART", "PDAT", "PPOSAT"} and not nominative_features(tokens[start].text, True)


def _singular_verb_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether k is a singular finite verb, or an object pronoun right after one, that a subject after it
    follows, and no subject stands before it ("Am Treffen nahm A sowie B teil"; not "Der Bund zahlt A und B",
    whose members are objects)."""
    pronoun = k > 0 and tokens[k].lower in _OBJECT_PRONOUNS and tokens[k].tag in {"PPER", "PRF"}
    k -= pronoun
    if k <= 0 or not tokens[k].finite or verb_number(tokens[k]) != "sg" or _nominative_before(tokens, k):
        return False
    start = clause_start(tokens, k, _CLAUSE_MARKS, _CLAUSE_CLASSES)
    if "es" in {tokens[start].lower, tokens[k + 1].lower} and tokens[k].lemma.lower() == "geben":
        return False  # "es gibt A und B", "gab es A und B": "es" is the subject, A and B the objects
    if start == k - 1 and tokens[start].lower == "es":
        return True  # "Es fehlte A und B": an expletive "es"
    return start < k and tokens[start].tag not in {"PPER", "PDS", "PIS", "PRELS", "PWS"}  # (a verb that opens
    # its clause may share the subject of a verb before it: "Es sorgt für A und generiert B und C"; a pronoun
    # before the verb is its subject: "Er kauft A und B")


# pronouns that may stand between a verb and its subject: "hat es A sowie B", "gab ihm A und B"
_OBJECT_PRONOUNS = frozenset({"es", "ihn", "ihm", "ihr", "ihnen", "uns", "euch", "mich", "dich", "mir", "dir",
                              "sich"})


def _nominative_before(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the phrase before the finite verb at `verb` (its Vorfeld) is a noun phrase that can be a
    nominative: then it, and not the phrase after the verb, may be the subject ("Am Treffen nahmen A und B
    teil" has a prepositional phrase there, "Den Preis erhielten A und B" an accusative)."""
    start = clause_start(tokens, verb - 1, _CLAUSE_MARKS, _CLAUSE_CLASSES)
    first = tokens[start] if start < verb else None
    if first is None or is_time_noun(tokens[verb - 1]):
        return False  # "Diese Woche reisten A und B": a phrase of time is an adverbial
    return first.pos in {"NN", "NE", "CARD"} or first.tag == "ADJ(A)" or (
        first.tag in {"ART", "PDAT", "PIAT", "PPOSAT"} and "n" in _ARTICLE_CASES.get(first.lower, "n"))
    # (a count or an adjective opens a bare plural: "Zwei Männer stahlen A und B", "Konkrete Zahlen sollen A
    # und B mitgeteilt werden")




def _in_reason_of(draft: Draft, tokens: Sequence[Token], depth: Sequence[int], k: int) -> bool:
    """Whether the conjunction at k stands in an adverbial clause (of reason, time, condition) whose main clause
    the draft holds too: the main clause's fact depends on the whole of it."""
    used = draft.indices()
    if not used:
        return False
    start = used[0] + (tokens[used[0]].pos == "KON")
    if start < k and tokens[start].lower in ADVERBIAL_SUBORDINATORS and tokens[start].pos == "KOUS":
        main = next((j for j in used if j > k and tokens[j - 1].text == "," and tokens[j].finite and not depth[j]),
                    None)  # ("Weil A und B …, soll X": the main clause's verb right after the comma)
        return main is not None
    comma = max((j for j in used if j < k and tokens[j].text == "," and not depth[j]), default=None)
    if comma is None or comma + 1 >= len(tokens):
        return False
    opener = tokens[comma + 1]
    return opener.lower in ADVERBIAL_SUBORDINATORS \
        and (opener.pos == "KOUS" or opener.lower in CONDITIONAL_PARTICIPLES) \
        and any(tokens[j].finite for j in used if j < comma)


def _said_of_all(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Whether a bracket closing the last member, or right after it, speaks of all of them ("Krainer und
    Klasnic (beide ÖVP)", "A, B und C (alle drei aus Bern)"): given to one member, "beide" would be false."""
    a, b = members[-1]
    return any(tokens[j].text == "(" and tokens[j + 1].lower in {"beide", "beides", "alle", "allesamt", "jeweils"}
               for j in range(a + 1, min(b + 1, len(tokens) - 1)))


def _shared_surname(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Whether the members but the last are first names alone and the last ends in a surname ("Ines Christine und
    Kirsten Carina Geisser", "Hans und Peter Muster"): the siblings share it, and the first alone has none."""
    *firsts, last = members
    return all(all(t.pos in {"NE", "NN"} and name_gender(t.text) for t in tokens[a:b]) for a, b in firsts) \
        and last[1] - last[0] >= 2 and bool(name_gender(tokens[last[0]].text)) \
        and not name_gender(tokens[last[1] - 1].text) and tokens[last[1] - 1].pos in {"NE", "NN"}


def _appositive_names(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Names listed after a common noun ("in den Märkten Spanien und Dänemark") specify it; each name is
    no conjunct of its own."""
    a, b = members[0]

    def outside_brackets(x: int, y: int) -> list[Token]:  # ("Burgenland (plus 9,9 Prozent)": a figure set off)
        depth, kept = 0, []
        for t in tokens[x:y]:
            depth += (t.text == "(") - (t.text == ")")
            if not depth and t.text != ")":
                kept.append(t)
        return kept

    return any(tokens[i].pos == "NN" and tokens[i + 1].pos == "NE" for i in range(a, b - 1)) \
        and all(all(t.text[:1].isupper() or not t.text[:1].isalpha() for t in outside_brackets(x, y))  # "Mia (9)"
                and any(t.pos == "NE" for t in tokens[x:y])
                for x, y in members[1:])


# superlatives that order in time, sequence or rank, not by degree ("die ersten Fälle in A und B" are each
# one's; "dem obersten Experten" is a title)
_ORDERING_SUPERLATIVES = ("erst", "letzt", "nächst", "jüngst", "meist", "oberst")


def _superlative(words: Sequence[Token]) -> bool:
    """Whether a clause compares by a superlative: "am geringsten", or an attributive one after a definite
    article that no preposition governs ("die höchsten Preise"; "zu den wichtigsten Faktoren zählen A und B"
    says each is among them)."""
    for k, (before, word) in enumerate(zip(words, words[1:])):
        if before.lower == "am" and word.text.islower() and word.lower.endswith("sten"):  # (also "am wenigsten")
            return True
        if before.lower in {"der", "die", "das", "den", "dem", "des"} and word.tag == "ADJ(A)" \
                and word.lower.rstrip("nmrs").endswith("ste") and not word.lower.startswith(_ORDERING_SUPERLATIVES) \
                and not (k and words[k - 1].pos in PREPOSITIONS):
            return True
    return False


# places in a ranking, which a list after them shares in order, not each
_RANK_NOUNS = frozenset({"rang", "platz", "position"})
# nouns of a pair or a small group that a list of its members forms ("fällt ein Sturm-Duo aus")
_GROUP_NOUNS = ("duo", "trio", "quartett", "paar", "gespann", "doppel", "tandem")


def _group_phrase(words: Sequence[Token], k: int) -> bool:
    """Whether the group noun at k heads a noun phrase of the clause ("ein zentrales Duo"), not a preposition's
    object ("im Duo mit X")."""
    j = k - 1
    while j >= 0 and words[j].pos in {"ADJ", "ADV"}:
        j -= 1
    return j >= 0 and words[j].pos == "ART" and not (j and words[j - 1].pos in PREPOSITIONS)


def _subject_list(draft: Draft, tokens: Sequence[Token], first: int) -> bool:
    """Whether the list at `first` is (in) the subject of the draft's clause."""
    used = draft.indices()
    subject = subject_of(tokens, min(used), max(used) + 1) if used else None
    return subject is not None and subject[0] <= first < subject[1]


def _compared(tokens: Sequence[Token], first: int) -> bool:
    """Whether an adjective of difference opens the phrase whose attribute the list at `first` is ("die
    unterschiedlichen Massnahmen in A und B"): no verb or comma between them."""
    for j in range(first - 1, max(-1, first - 6), -1):
        if tokens[j].finite or tokens[j].text in {",", ":", ";"}:
            return False
        if tokens[j].tag == "ADJ(A)" and tokens[j].lower.startswith(DIFFERENCE_ADJECTIVE_STEMS):
            return True
    return False


def _collective(draft: Draft, tokens: Sequence[Token], first: int) -> bool:
    """A predicate that holds of the group, not of each member: reciprocal verbs with "sich" ("A und B
    einigten sich"), "gemeinsam", "miteinander", "eine gemeinsame Basis"; and "Das waren A und B" (the
    coordination right after a copula and its demonstrative or "es" subject, in either order: "Erst waren es A und
    B"), which names a group."""
    used = [tokens[i] for i in draft.indices()]
    lemmas = {t.lemma.lower() for t in used}
    lemmas |= {p.lower + v.lemma.lower() for p in used if p.tag == "PTKVZ" for v in used if v.finite}  # ("winkten
    # sich zu": the particle verb "zuwinken")
    if any(t.lower in COLLECTIVE_ADVERBS or t.lower in RESPECTIVE_MARKERS
           or (t.tag == "ADJ(A)" and t.lower.startswith(COLLECTIVE_ADJECTIVE_STEMS)) for t in used):
        return True
    if lemmas & RELATING_VERBS:
        return True  # "Jäger und Gejagte unterscheiden", "vergleicht A und B": one act on all of them
    if _compared(tokens, first):
        return True  # "die unterschiedlichen Regeln in A und B": the difference is between the members
    if lemmas & MUTUAL_VERBS:
        return True  # "Seit Jahren streiten die Stadt und der Kanton": with each other
    if any(t.pos == "NN" and t.lower.endswith(MUTUAL_NOUNS) for t in used) and _subject_list(draft, tokens, first):
        return True  # "A und B waren Widersacher", "hatten Konflikte zu begleichen": between each other
    if _inferred_from_all(draft, tokens, first):
        return True  # "Scherben aus A und B lassen den Schluss zu, dass …": the finds together support it
    if any(t.pos == "NN" and t.lower in _RANK_NOUNS and k and used[k - 1].pos in PREPOSITIONS
           for k, t in enumerate(used)):
        return True  # "Auf Rang zehn folgen A und B": a ranking gives the place to the first, the next goes after
    if any(t.pos == "NN" and t.lower.split("-")[-1] in _GROUP_NOUNS and _group_phrase(used, k)
           for k, t in enumerate(used)):
        return True  # "Mit A und B fällt ein Duo aus": the list is the group (not "im Duo mit X", a phrase of its
        # own)
    if _superlative(used):
        return True  # "am geringsten ist die Kluft in A und B", "die höchsten Preise zahlen sie in A und B": the
        # extreme is the members' together; each alone would be false
    if any(t.lower == "sich" for t in used) and (lemmas & RECIPROCAL_VERBS or any(
            t.pos == "NN" and t.lower.endswith(RECIPROCAL_NOUNS) and k >= 1 and used[k - 1].tag in {"ART", "ADJ(A)"}
            for k, t in enumerate(used))):
        return True  # ("lieferten sich einen Schlagabtausch"; not "im Vorwahlkampf", a time)
    j = first - 1 if tokens[first].pos not in PREPOSITIONS else -1  # (prepositional members each modify it:
    # "Verhandlungen zwischen A und B, im Rat sowie in der OSZE" are three negotiations)
    while j >= max(first - 7, 0) and (tokens[j].pos in PREPOSITIONS | NOUNS or tokens[j].tag in _PHRASE_TAGS):
        if tokens[j].pos == "NN" and tokens[j].lower.endswith(RELATION_NOUNS):
            return True  # "ein Austausch von Jugendlichen aus A und B": a relation between the members
        j -= 1
    if first < 2 or tokens[first].pos == "CARD":
        return False  # ("Vor einer Woche waren es 90 Fälle und 5 Tote": counts, each a fact of its own)
    a, b = tokens[first - 2], tokens[first - 1]  # "Das waren A und B", "Erst waren es A und B": either order
    return any(copula.finite and copula.lemma.lower() == "sein" and pronoun.lower in {"das", "dies", "es"}
               for copula, pronoun in ((b, a), (a, b)))


def _subject_and_predicates(draft: Draft, tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Whether a list after a copula opens with a definite phrase and goes on with indefinite ones: no list of
    subjects, but the subject and what the copula says it is, each of which holds of that subject alone."""
    verb = next((i for i in draft.indices() if tokens[i].finite), None)
    if verb is None or verb > members[0][0] or tokens[verb].lemma.lower() not in {"sein", "werden", "bleiben"}:
        return False
    first = tokens[members[0][0]]
    definite = first.tag in {"PPOSAT", "PDAT", "NE"} or first.lower in {"der", "die", "das", "den", "dem", "des"}
    return definite and any(tokens[a].tag == "ART" and tokens[a].lower.startswith("ein") for a, _ in members[1:])


def _inferred_from_all(draft: Draft, tokens: Sequence[Token], first: int) -> bool:
    """Whether the members stand in the subject of findings that point to a conclusion ("Daten aus A und B zeigen,
    dass …", "Funde in A und B deuten darauf hin"): the conclusion is drawn from all of them, and a member alone
    need not support it. The members must come before the clause's finite verb, in the findings' own phrase; a
    place of the finding after the verb ("In A und B wurden Spuren gefunden, die … hindeuten") still splits."""
    verb = next((i for i in draft.indices() if tokens[i].finite), None)
    if verb is None or verb < first:
        return False
    used = [tokens[i] for i in draft.indices()]
    lemmas = {t.lemma.lower() for t in used}
    pointing = bool(lemmas & POINTING_VERBS) and any(t.lower == "hin" for t in used)
    concluding = any(t.pos == "NN" and t.lower in CONCLUSION_NOUNS for t in used)
    return tokens[verb].lemma.lower() in EVIDENCE_VERBS or pointing or concluding


def _each_alone(draft: Draft, tokens: Sequence[Token]) -> Draft:
    """A member's claim without the "jeweils" that shared an amount out among the members ("A und B verloren
    jeweils einen Sitz" → "A verlor einen Sitz"); before a preposition it means "each time" and stays
    ("jeweils am Montag")."""
    for i in draft.indices():
        if tokens[i].lower == "jeweils" and i + 1 < len(tokens) and tokens[i + 1].tag in {"ART", "CARD", "PIAT"}:
            return draft.replace(i, i + 1, [])
    return draft


def _lead_in(tokens: Sequence[Token], lo: int, first: int) -> bool:
    """Whether a verbless list set off by a dash opens the clause before the coordination at `first` (not a
    dateline, "Wien – Die ÖVP und die SPÖ …", which lists nothing)."""
    dash = next((j for j in range(lo + 1, first) if tokens[j].text in DASHES), None)
    return dash is not None and not has_verb(tokens, lo, dash) and any(t.text == "," for t in tokens[lo:dash])


def _verbless_stretch(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> bool:
    """Whether the list [lo, hi) stands in a stretch between commas, colons or dashes with no verb of its own
    while a clause with a verb follows."""
    marks = {",", ":", ";", "–", "—"}
    start = max((j + 1 for j in range(lo) if tokens[j].text in marks and not depth[j]), default=0)
    end = next((j for j in range(hi, len(tokens)) if tokens[j].text in marks and not depth[j]), len(tokens))
    return end < len(tokens) and not any(t.pos in {"VV", "VA", "VM"} for t in tokens[start:end]) \
        and any(t.finite for t in tokens[end:])


# nouns of a part or share of a whole
_PART_NOUNS = frozenset("""teil teils großteil grossteil hälfte drittel viertel mehrheit minderheit anteil anteils
    prozent rest""".split())


def _part_of_a_whole(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """Whether the members stand in a relative clause that defines a whole of which a noun before it names a
    part ("ein Teil dessen, was bei A und B …", "die Hälfte der Läden, die in A und B …")."""
    comma = next((j for j in range(span[0] - 1, 0, -1) if tokens[j].text in {",", ";", ":", "(", "–"}), None)
    if comma is None or tokens[comma].text != "," or comma + 1 >= span[0] \
            or tokens[comma + 1].tag not in {"PRELS", "PWS"} and tokens[comma + 1].lower != "was":
        return False
    return any(t.lower in _PART_NOUNS for t in tokens[max(0, comma - 5):comma])


# verbs that take an object and a predicate for it after "für" or "als" ("hält A für B", "bezeichnet A als B")
_PREDICATING_VERBS = frozenset("halten erachten bezeichnen sehen betrachten ansehen einstufen werten".split())


def _gapped(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """Whether the members follow the "für" or "als" of a verb that predicates of its object, and that word comes
    again after them in the same clause ("hält X für A und Y für B"): the last member is a second object with a
    predicate of its own, whose verb is left out."""
    before = span[0] - 1
    if before < 0 or tokens[before].lower not in {"für", "als"} \
            or not any(t.pos == "VV" and t.lemma.lower() in _PREDICATING_VERBS for t in tokens):
        return False
    for j in range(span[1], len(tokens)):
        if tokens[j].text in {",", ";", ":", ".", "–", "—"}:
            return False
        if tokens[j].lower == tokens[before].lower:
            return True
    return False


def _within_a_name(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """Whether the coordination is part of an institution's name: its abbreviation in brackets follows it
    ("… für Arbeit und Soziales (BMAS)"), or it is the phrase after a noun that a capitalised adjective inside
    the sentence opens ("das Europäische Zentrum für A und B": adjectives are capitalised in names)."""
    lo, hi = span
    abbreviated = hi + 2 < len(tokens) and tokens[hi].text == "(" and tokens[hi + 2].text == ")" \
        and len(tokens[hi + 1].text) > 1 and tokens[hi + 1].text.isupper()
    named = lo >= 4 and tokens[lo - 1].pos in PREPOSITIONS and tokens[lo - 2].pos == "NN" \
        and tokens[lo - 3].tag == "ADJ(A)" and tokens[lo - 3].text[:1].isupper() \
        and tokens[lo - 4].tag == "ART"
    return abbreviated or named


def _names_of_a_genitive(tokens: Sequence[Token], members: list[tuple[int, int]]) -> bool:
    """Whether a list's first member ends in a genitive that names ("der Klubs FC A 07") and the other members are
    bare names like it, which go on that genitive rather than stand beside the whole phrase."""
    a, b = members[0]
    genitive = next((j for j in range(a + 1, b) if tokens[j].lower in {"der", "des"} and tokens[j].tag == "ART"), None)
    return genitive is not None and genitive + 2 < b and tokens[genitive + 1].tag in {"NN", "ADJ(A)"} \
        and tokens[b - 1].pos in {"NE", "CARD"} and all(  # (a head noun, then the names: not "der Bank")
        tokens[lo].pos in {"NE", "FM"} and not any(t.tag in DETERMINERS for t in tokens[lo:hi])
        for lo, hi in members[1:])


def _genitive_capable(tok: Token) -> bool:
    """Whether a determiner after a list may open a genitive that the last member takes ("die Ministerin und
    der Präsident des Landes", "… ihres Vereins"): an article, or a possessive or demonstrative in -es or -er (not
    "sein Beileid", "seine Hilfe", which no noun before them takes)."""
    return tok.tag == "ART" or (tok.tag in {"PPOSAT", "PDAT"} and tok.lower.endswith(("es", "er")))


def _paired_list(draft: Draft, tokens: Sequence[Token], depth: Sequence[int], span: tuple[int, int],
                 size: int) -> bool:
    """Whether the draft holds, besides the list at `span`, another list of `size` members."""
    return any(tokens[k].lower in _CONJ and not depth[k] and not span[0] <= k < span[1]
               and len(_conjuncts(tokens, k, lo, hi) or ()) == size
               for lo, hi in (p for p in draft.pieces if not isinstance(p, str)) for k in range(lo + 1, hi - 1))


def distribute(draft: Draft, tokens: Sequence[Token], depth: Sequence[int] | None = None) -> list[Draft]:
    """All drafts obtained by distributing every distributable coordination in `draft`."""
    depth = depth if depth is not None else quote_depth(tokens)
    for p in draft.pieces:
        if isinstance(p, str):
            continue
        lo, hi = p
        for k in range(lo + 1, hi - 1):
            if depth[k] or tokens[k].lower not in _CONJ | {"oder"}:  # ("oder" only in a list of examples)
                continue
            members = _conjuncts(tokens, k, lo, hi)
            if not members:
                continue
            if _lead_in(tokens, lo, members[0][0]) or _verbless_stretch(tokens, depth, members[0][0], members[-1][1]):
                return [draft]  # "Leere Zimmer, stornierte Feiern - Hotels und Restaurants leiden": the list
                # before the dash may speak of one member only; "Prellungen am Knie und an der Schulter, trotzdem …":
                # a verbless head has no predicate to give each member
            span = (members[0][0], members[-1][1])
            if _part_of_a_whole(tokens, span):
                return [draft]  # "einen großen Teil dessen, was bei A und B verloren geht": a part of what the
                # members lose together need not be a part of what each loses
            if _gapped(tokens, span):
                return [draft]  # "hält X für den Besten und ein Abwarten für die bessere Entscheidung": two pairs
                # of object and predicate, not one list
            if _within_a_name(tokens, span):
                return [draft]  # "Das Europäische Institut für die Forschung und die Lehre (EIFL)": the members
                # are a name's words, and a name cut is another name
            if _names_of_a_genitive(tokens, members):
                return [draft]  # "die Fans der Klubs FC A 07 und Borussia B": the names are the genitive's, and
                # "Borussia B" alone is not the subject
            if _paired_list(draft, tokens, depth, span, len(members)):
                return [draft]  # "A und B kamen auf Rang 4 und Rang 9": two lists as long as each other may
                # pair member by member, and every other pairing would be false
            if len(members) == 2 and (tokens[members[0][1] - 1].lower, tokens[members[1][1] - 1].lower) in PEOPLE_PAIRS:
                return [draft]  # "Männer und Frauen debattieren": people do
            if tokens[span[0] - 1].lower in {"der", "die", "das"} \
                    and any(tokens[a].lower in {"der", "die", "das"} for a, _ in members[1:]):
                return [draft]  # "…, die X Sisters, Y, Z und die W Brothers": the article before the first member
                # is its own, as the last member's shows; given to every member it would make "die Y"
            if _in_reason_of(draft, tokens, depth, k):
                continue  # "Weil es A und B nicht gelungen ist, …, soll X": the main clause's reason is both
                # members' failure; a claim with one of them would give it another reason
            if _subject_and_predicates(draft, tokens, members):
                return [draft]  # "Peinlich sei das Verhalten, eine Beleidigung und eine Schande": after a copula,
                # a definite first member is the subject and the indefinite ones its predicate nouns
            if _said_of_all(tokens, members) or _shared_surname(tokens, members):
                return [draft]  # "A und B (beide ÖVP)": the bracket speaks of both; "Ines und Kirsten Geisser":
                # the surname is the first's too
            shared = _shared_determiner(tokens, members)
            if _collective(draft, tokens, span[0]) or _appositive_names(tokens, members) \
                    or all(tokens[a].pos == "CARD" and b - a == 1 for a, b in members) \
                    or (tokens[span[0] - 1].pos == "NN" and tokens[span[0]].tag not in {"ART", "PPOSAT", "PDAT"}
                        and (tokens[span[0]].text[:1].isupper() or tokens[span[0]].pos == "CARD")) \
                    or tokens[span[0]].tag == "ADJ(A)" and not all(tokens[a].tag == "ADJ(A)" for a, _ in members) \
                    or tokens[span[0]].tag == "PIAT" and any(tokens[a].tag not in _OWN_DETERMINERS
                                                             for a, _ in members[1:]) \
                    or (tokens[span[0]].lower in {"der", "die", "das", "den", "dem", "des"}
                        and any(tokens[a].tag == "ADJ(A)" for a, _ in members[1:])) \
                    or (span[1] < len(tokens) and (tokens[span[1]].pos in NOUNS | {"CARD", "ADV"}
                                                   or tokens[span[1]].tag in {"ADJ(A)", "ADJ(D)"}
                                                   or (_genitive_capable(tokens[span[1]])
                                                       and members[-1][1] - members[-1][0] > 1
                                                       and (tokens[members[-1][0]].pos not in PREPOSITIONS
                                                            or tokens[span[1]].lower in GENITIVE_DETERMINERS
                                                            or tokens[span[1]].tag != "ART")
                                                       and not any(tokens[j].pos in PREPOSITIONS for j in
                                                                   range(members[-1][0] + 1, members[-1][1]))))):
                # ...; or a last member whose phrase goes on with names ("die Ligisten 1. FC X, Y und Z") or a
                # genitive (after prepositional phrases only an article that can be one: "in den Büros und im
                # Wartebereich die Abstände" goes on with the object)
                # a group predicate; names that specify a noun ("den Gaunern Joe und Terry"); a list of
                # bare numbers, which "zum dritten Mal" and the like count together
                return [draft]
            out: list[Draft] = []
            for a, b in members:
                lone = b - a == 1 and tokens[a].pos in NOUNS and shared
                if lone and ((tokens[a].pos == "NE" and tokens[a].text[1:].islower())
                             or members[0][1] - members[0][0] > 2):
                    return [draft]  # "aus dem Jemen und Somalia", "der Schweiz und Österreich": a name may
                    # take no article or another one (an abbreviation takes it: "die SVP und FDP"); and "die
                    # meisten Infizierten und Toten" shares more than its article: "die Toten" would say all
                single = _agree(draft.replace(span[0], span[1], [shared, (a, b)] if lone else [(a, b)]), tokens,
                                members, (a, b), shared if lone else "")
                if single is None:
                    return [draft]
                out.extend(distribute(_each_alone(single, tokens).by("coordination"), tokens, depth))
            return out
    return [draft]
