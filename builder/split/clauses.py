"""One proposition per main verb: cut a sentence's content into clause drafts.

Rules, each a fact of German clause structure:
- headline colons/dashes join a label or restatement to a clause: a verbless side is a label (dropped)
  unless it is a participle phrase ("Am Grat abgestürzt: Mann stirbt"), which takes the other side's subject;
- a comma followed by a constituent and a finite verb starts a new main clause (asyndetic coordination); a
  verbless comma conjunct that mirrors the previous clause's subject elides its verb (gapping);
- "und"/"sowie" followed by a finite verb coordinates verb phrases sharing the first clause's subject;
- coordinated zu-infinitives share the frame that governs them ("Ziel sei es, A zu tun und B zu tun");
- temporal and causal subordinate clauses (als, nachdem, weil, während) state facts of their own; a "seit"
  clause stays with its main clause, whose change it dates.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from builder.language.first_names import name_gender
from builder.language.lexicon import (
    ACCUSATIVE_VERBS,
    ASSESSMENT_VERBS,
    ATTRIBUTING_PREPOSITIONS,
    CHANGE_NOUNS,
    CLAUSE_ADJECTIVES,
    COGNITION_VERBS,
    COMPLEMENT_NOUNS,
    COORDINATORS,
    COPULA_VERBS,
    DOCUMENT_NOUNS,
    EXPECTATION_PARTICIPLES,
    FEMININE_SINGULAR_ENDINGS,
    FOCUS_PARTICLES,
    FREQUENCY_ADVERBS,
    GENITIVE_DETERMINERS,
    GENITIVE_ONLY_DETERMINERS,
    HEDGES,
    IDIOM_PLACE_NOUNS,
    IMAGINATION_VERBS,
    LIKELIHOOD_ADJECTIVES,
    MEASURE_UNITS,
    MODAL_SUBJUNCTIVE_II,
    NEGATIONS,
    NOMINATIVE_ARTICLES,
    NOMINATIVE_PRONOUNS,
    NOT_ONLY,
    OBJECT_CLAUSE_VERBS,
    OPPOSITE_VERBS,
    REACTION_NOUNS,
    RELATIVE_ADVERBS,
    RESTRICTIVE_DETERMINERS,
    RESUMING_DEMONSTRATIVES,
    SEIN_PARTICIPLES,
    SPEECH_VERBS,
    STATE_PARTICIPLES,
    SUBJECT_PRONOUNS,
    SUBJECTLESS_PASSIVE_VERBS,
    SUBJUNCTIVE_II,
    SUBORDINATORS,
    TIME_ADVERBS,
    UNNAMED_SOURCES,
    WHEN_BOUND_ADVERBS,
    WHEN_BOUND_VERBS,
    WORDING_NOUNS,
)
from builder.language.tagger import dative_plural, inflected_noun, past_tense, preterite, subjunctive_ii
from builder.split.draft import Draft, Piece
from builder.split.inflection import plural_form, verb_number
from builder.split.phrases import (
    DASHES,
    NOUNS,
    OBLIQUE_ARTICLES,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    article_after_comma,
    finite_verbs,
    has_verb,
    has_zu_infinitive,
    in_subordinate,
    is_np_word,
    is_time_noun,
    is_year,
    name_extent,
    nominalised,
    np_end,
    np_start,
    phrase_end,
    plural_before_singular,
    quote_depth,
    scope_adverb,
    starts_subordinate,
    subject_of,
    subordinator_opens,
    to_main_clause,
    verb_second,
)
from builder.split.sentences import INSEPARABLE_PREFIXES, MAGNITUDES, Token
from builder.split.speech import cited, in_konjunktiv, konjunktiv_i, own_object

# subordinators whose clause the sentence asserts ("bevor", "bis", "falls", "ob" do not)
# ("seit" is not among them: the main clause's state or change holds since the clause's event, "ist um 50
# Prozent gesunken, seit es die Sperrstunde gibt", and without it the claim would say more than the article)
_FACT_SUBORDINATORS = {"als", "nachdem", "weil", "während", "da"}
_COORDINATORS = {"und", "sowie", "aber", "doch", "sondern"}
_CLAUSECOORDINATORS = {"denn", "doch", "aber", "sondern", "und", "oder", "jedoch"}
# finite verbs that make their clause a possibility or a hypothesis, and what it contains with it
_HYPOTHETICAL = SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II | {"sollte", "sollten", "soll", "sollen"}
# words that open a noun phrase or a relative clause alike, and what may close a clause
_D_WORDS = {"der", "die", "das", "den", "dem", "denen", "deren", "dessen"}
_CLAUSE_ENDS = {",", ".", ";", ":", "–", ")", "»", "“", '"'}


def _top(depth: Sequence[int], i: int) -> bool:
    return depth[i] == 0


def _verb_second(tokens: Sequence[Token], lo: int, fin: int) -> bool:
    """A main clause: at most one constituent (a phrase) before its finite verb."""
    if fin == lo:
        return True
    return _constituent_end(tokens, lo, fin) == fin or (fin - lo == 1 and tokens[lo].pos in {"ADV", "PPER", "PDS"})


def _constituent_end(tokens: Sequence[Token], lo: int, stop: int, conjuncts: bool = True) -> int:
    """End of the phrase at lo with its attributes (and `conjuncts`), as one constituent before a finite
    verb: "Der Kabelsalat an den Beschleunigern ist", "Grüne und Kantonschemiker fordern"."""
    joining = COORDINATORS if conjuncts else set()
    end = name_extent(tokens, phrase_end(tokens, lo, stop), stop)
    while lo < end < stop and (tokens[end].pos in PREPOSITIONS or tokens[end].lower in joining or (
            tokens[end].tag == "ADJ(A)" and tokens[end - 1].pos in NOUNS)):
        # (an inflected adjective after a noun heads the next noun: the noun closed a prepositional phrase
        # inside an extended attribute, "von Bankmitarbeitern engagierte Juristen")
        nxt = phrase_end(tokens, end + (tokens[end].lower in joining), stop)
        if nxt <= end + 1:
            break
        end = name_extent(tokens, nxt, stop)
    return end


# nouns that, indefinite before a colon, announce what follows it ("hat damit so viel zu tun wie eine simple
# Tatsache: …"): cut there, the clause says nothing
_ANNOUNCING_NOUNS = frozenset("tatsache umstand sache erkenntnis grund ursache faktor punkt".split())


def opens_colon(tokens: Sequence[Token], lo: int, i: int) -> bool:
    """Whether the clause before a colon ends in its finite verb ("Der Marsch zeigt:"), in a copula or verb of
    saying with adverbs after it ("Das Problem ist nur:", "Er sagt immer:"), or in the infinitive of a verb of
    saying, thinking or assent ("Experten werden ihm zustimmen:"), or in a verb with its reflexive or with a
    particle that takes its subject from the colon ("zeigt sich:", "fällt auf:"): the colon opens what the verb
    needs.
    (Another verb with an adverb is whole: "Die Firma investiert weiter:")"""
    k = i - 1
    while k > lo and (tokens[k].pos in {"ADV", "PTKNEG"} or tokens[k].tag == "PTKA"):
        k -= 1
    particle = tokens[k].lower if k > lo and tokens[k].tag == "PTKVZ" else ""
    reflexive = k - bool(particle) > lo and tokens[k - bool(particle)].tag == "PRF"
    verb = tokens[k - bool(particle) - reflexive]
    if (particle or reflexive) and verb.finite \
            and (reflexive or particle + verb.lemma.lower() in _SUBJECT_AFTER_COLON) \
            and not (reflexive and not particle and _names_own_subject(tokens, lo, i)):
        return True  # "fällt auf: …", "zeigt sich: …", "stellt sich heraus: …": what follows is the subject
        # (not of "Die Zahlen verbessern sich: …", whose subject stands before the colon)
    if tokens[k].tag == "VV(PP)" and tokens[k].lemma.lower() in _SUBJECT_AFTER_COLON:
        return True  # "… ist ihm eingefallen: …", "ist aufgefallen: …": the participle's subject follows too
    if tokens[k].pos in {"VV", "VM"} and not tokens[k].finite \
            and tokens[k].lemma.lower() in SPEECH_VERBS | COGNITION_VERBS | OBJECT_CLAUSE_VERBS | _ASSENTING_VERBS \
            | _READING_VERBS:
        return True  # "Die meisten Experten werden ihm zustimmen: …", "Er wird sagen: …": what they say or think;
        # "Man kann das als Protest verstehen: …": the reading, which is no fact of its own
    return tokens[k].finite and (k == i - 1 or tokens[k].lemma.lower() in SPEECH_VERBS | {"sein", "bleiben", "lauten"})


def _names_own_subject(tokens: Sequence[Token], lo: int, i: int) -> bool:
    """Whether the clause before a colon has a subject of its own with a noun ("Die Hinweise verdichten sich:"),
    not a pronoun that points to what the colon opens ("Es zeigt sich:", "Das zeigt sich schon jetzt:")."""
    subject = subject_of(tokens, lo, i)
    return subject is not None and any(t.pos in NOUNS for t in tokens[subject[0]:subject[1]])


# particle verbs whose subject is what follows their colon ("Beim zweiten Blick fällt auf: Das Horn fehlt")
_SUBJECT_AFTER_COLON = frozenset({"auffallen", "feststehen", "herauskommen", "einfallen"})


# verbs by which someone takes another's view as their own: what follows their colon is that view
_ASSENTING_VERBS = frozenset({"zustimmen", "beipflichten", "beistimmen"})
# verbs of reading something as something ("als Protest verstehen"): what follows their colon is the reading
_READING_VERBS = frozenset({"verstehen", "deuten", "interpretieren", "auslegen", "werten", "lesen"})


# participles that with an adverb make a comment on the wording before a colon ("Anders ausgedrückt:", "Kurz
# gesagt:", "So gesehen:", "Genau genommen:"): no subject's deed, no part of a claim
_WORDING_PARTICIPLES = frozenset("""ausdrücken sagen sehen nehmen formulieren bemerken zusammenfassen sprechen
    betrachten gestehen erwähnen""".split())


def wording_comment(tokens: Sequence[Token], lo: int, colon: int) -> bool:
    """Whether [lo, colon) is an adverb and a participle of wording before a colon ("Anders ausgedrückt:")."""
    words = tokens[lo + (tokens[lo].pos == "KON"):colon]  # ("Oder anders gesagt:")
    return 0 < len(words) <= 3 and words[-1].lemma.lower() in _WORDING_PARTICIPLES \
        and words[-1].lower.endswith(("t", "en")) and words[-1].lower != words[-1].lemma.lower() \
        and all(t.pos == "ADV" or t.tag == "ADJ(D)" for t in words[:-1])


# verbs of a "was" clause before a colon that points to a fact the clause after it states ("Was feststeht:",
# "Was bleibt:", "Was daran erinnert:"), not to a belief ("Was manche glauben:")
_FACT_LABEL_VERBS = frozenset("feststehen bleiben erinnern auffallen hinzukommen dazukommen zählen".split())


def _fact_label(tokens: Sequence[Token], lo: int, colon: int) -> bool:
    """Whether [lo, colon) is a free relative clause that announces the fact after the colon ("Was feststeht:
    …", "Was daran erinnert: …"): a label with no claim of its own, whose fact the clause after it states."""
    return colon - lo >= 2 and tokens[lo].lower == "was" and tokens[colon - 1].finite \
        and tokens[colon - 1].lemma.lower() in _FACT_LABEL_VERBS and not any(t.text == "," for t in tokens[lo:colon])


# participles that say how what follows a colon is put ("In Zahlen ausgedrückt:", "Anders gesagt:", "Genau
# genommen:"), not what happened to someone
_PUTTING_PARTICIPLES = frozenset("""ausgedrückt gesagt formuliert genommen gesehen gefasst betrachtet
zusammengefasst übersetzt""".split())


def _after_data_value(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> int:
    """Where the clause after a data box's label starts: "Kosten: 25 Franken, die Anmeldung ist offen" gives the
    label's value before the comma, which without its label is a fragment ("25 Franken, die Anmeldung …"), and
    the clause after it, which is the sentence's claim. lo itself when no verbless value and comma open the
    part after the label, or when what follows the comma is no main clause of its own (a relative clause, a
    conjunct), or when the value opens with an article ("Neu: Ein Bus, ein Zug fahren …" lists subjects)."""
    comma = next((j for j in range(lo + 1, hi) if tokens[j].text == "," and _top(depth, j)), None)
    if comma is None or has_verb(tokens, lo, comma) or comma + 2 >= hi \
            or tokens[lo].tag in {"ART", "PIAT", "PPOSAT", "PDAT"} \
            or tokens[comma + 1].pos in {"PRELS", "PRELAT", "KON", "KOUS", "PWS", "PWAV"}:
        return lo
    verb = next((j for j in range(comma + 1, hi) if tokens[j].finite), hi)
    return comma + 1 if verb < hi and not any(t.text == "," or t.pos == "KON" for t in tokens[comma + 1:verb]) else lo


def _dashed_items(tokens: Sequence[Token], depth: Sequence[int], lo: int, dashes: Sequence[int], hi: int) -> bool:
    """Whether dashes separate the items of a teaser rather than bracket an aside ("«Kein System erfunden» – Rat
    am 6. Oktober – X plant keine Untersuchung"): nothing before the first dash has a finite verb that a clause
    could go on from after the last, and a main clause of its own, its verb second, follows the last."""
    after = dashes[-1] + 1
    verb = next((j for j in range(after, min(after + 4, hi)) if tokens[j].finite and _top(depth, j)), None)
    return verb is not None and verb > after and tokens[after].text[:1].isupper() \
        and tokens[after].pos not in {"KON", "KOUS", "PRELS", "PWS", "PWAV"} and not finite_verbs(tokens, lo, dashes[0])


def _subordinate_lead_in(tokens: Sequence[Token], depth: Sequence[int], lo: int, colon: int, hi: int) -> bool:
    """Whether the words before a colon are a subordinate clause of reason, concession or time alone ("Nicht nur
    weil sie nicht wollen: Auch Kranke können …"): a lead-in, no claim of its own, before a main clause with its
    finite verb that holds without it."""
    start = lo
    while start < colon and tokens[start].lower in _LEAD_IN_PARTICLES:
        start += 1
    return start < colon and tokens[start].lower in _FACT_LEAD_INS and tokens[colon - 1].finite \
        and not any(tokens[j].text == "," and _top(depth, j) for j in range(start, colon)) \
        and tokens[colon + 1].text[:1].isalnum() and bool(finite_verbs(tokens, colon + 1, hi))
    # (not a quotation after the colon, which may be the subordinate clause's own: "Obwohl X sagte: «…» hat Y …")


# subordinators of a lead-in whose main clause holds as a fact (not "Wenn es regnet: Das Fest fällt aus", whose
# main clause holds only under the condition)
_FACT_LEAD_INS = frozenset({"weil", "da", "obwohl", "obgleich", "nachdem", "seit", "seitdem"})
# particles before a subordinate lead-in ("Nicht nur weil …:", "Gerade weil …:")
_LEAD_IN_PARTICLES = frozenset({"nicht", "nur", "gerade", "eben", "auch", "vor", "allem", "schon", "und", "aber"})


def _split_headline(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    dashes = [i for i in range(lo + 1, hi - 1) if tokens[i].text in DASHES and _top(depth, i)]
    for i in range(lo + 1, hi - 1):
        if tokens[i].text == ":" and (wording_comment(tokens, lo, i) or _fact_label(tokens, lo, i)
                                      or _subordinate_lead_in(tokens, depth, lo, i, hi)):
            return _split_headline(tokens, depth, i + 1, hi)
        if tokens[i].text not in DASHES | {":"} or not _top(depth, i) or tokens[i].end == tokens[i + 1].start \
                or (tokens[i].text == "-" and tokens[i - 1].end == tokens[i].start):
            continue  # "2:0" is a score, not a headline colon (a hyphen with spaces around it is a dash: "X - Y";
            # "der 18- bis 64-Jährigen" is a word's)
        if tokens[i].text != ":" and len(dashes) > 1 and not _dashed_items(tokens, depth, lo, dashes, hi):
            continue  # "X sind – wie erwartet – im Kader": a pair of dashes brackets an aside
        if tokens[i].text != ":" and (tokens[lo].lower in _CONDITIONAL or tokens[lo].lower == "wer"):
            continue  # "Wer alles richtig macht, hat Ruhe – das Virus hat gewonnen": the clause after the dash
            # holds under the condition too
        if opens_colon(tokens, lo, i) or (any(t.lemma.lower() in OBJECT_CLAUSE_VERBS for t in tokens[_last_conjunct(
                tokens, depth, lo, i):i] if t.pos in {"VV", "VA", "VM"}) and tokens[i - 1].pos != "PTKVZ") \
                or (tokens[i].text == ":" and (tokens[i - 1].lower in CLAUSE_ADJECTIVES or (
                    any(t.lower in CLAUSE_ADJECTIVES for t in tokens[lo:i])  # "Klar ist jedenfalls schon heute:"
                    and any(t.finite and t.lemma.lower() == "sein" for t in tokens[lo:i])))) \
                or (tokens[i].text == ":" and tokens[i - 1].lower in COMPLEMENT_NOUNS  # "Es herrscht Einigkeit:"
                    and bool(finite_verbs(tokens, lo, i))) \
                or (tokens[i].text == ":" and tokens[i - 1].lower in _ANNOUNCING_NOUNS and bool(finite_verbs(
                    tokens, lo, i)) and any(t.lower.startswith("ein") and t.tag == "ART"
                                            for t in tokens[max(lo, i - 4):i])):
            continue  # "Der Marsch zeigt: ...", "Daran sieht man: ...", "Da war klar: ...": the clause is the object
        # (a verb inside quotation marks on the left is a title's: 'Zu "Die Stadt wächst weiter" vom 4. März:')
        left_verb = any(tokens[j].pos in {"VV", "VA", "VM"} and _top(depth, j) for j in range(lo, i))
        right_verb = has_verb(tokens, i + 1, hi)
        left_fin = [j for j in finite_verbs(tokens, lo, i) if _top(depth, j) and not _in_relative(tokens, lo, j)]
        right_fin = finite_verbs(tokens, i + 1, hi)
        if not right_fin and right_verb and tokens[i + 1].lower in _RELATIVE_ADVERBS:
            right_fin = [hi - 1]
        if left_fin and not right_verb:
            # a label ("– Video") or a restating noun phrase ("– ein Anstieg um 4,1 Prozent") goes; an
            # afterthought ("– allerdings unter strengen Auflagen") qualifies the clause and stays
            words = [t for t in tokens[i + 1:hi] if t.text[:1].isalnum()]
            restating = tokens[i + 1].tag in {"ART", "CARD", "PIAT", "PPOSAT"} or (
                tokens[i + 1].tag == "NN" and tokens[i].text in DASHES) or (
                tokens[i + 1].tag == "ADJ(A)" and i + 2 < hi and tokens[i + 2].pos == "NN"
                and tokens[i].text in DASHES) or (
                len(words) <= 2 and tokens[i + 1].pos != "ADV" and tokens[i + 1].pos not in PREPOSITIONS
                and tokens[i].text != ":") or (
                tokens[i + 1].lower == "auch" and tokens[i].text != ":" and i + 2 < hi
                and tokens[i + 2].pos not in PREPOSITIONS)  # ("– zunächst", "– auch in X": a qualifier of the
            # clause; "– Auch scharfe Kritik der Grünen": a second fact, elliptical)
            return [[(lo, i)]] if restating else [[(lo, hi)]]
        opener = next((j for j in range(lo, i) if tokens[j].lower not in {"ob", "wie"} and (
            tokens[j].pos == "KOUS" or (tokens[j].lower in SUBORDINATORS and tokens[j + 1].pos in PREPOSITIONS))),
            None)  # ("seit in X", which the tagger reads as two prepositions; not "Ob A oder B:", a concession)
        if opener is not None and not left_verb and right_fin and tokens[i].text == ":":
            return [[(lo, hi)]]  # "Seit in Asterix: Der Film die Römer … stellten, weiss man …": the colon is a
            # title's, inside the subordinate clause whose verb follows it
        framing = tokens[lo].pos == "KOUS" and not any(tokens[j].text == "," and _top(depth, j) for j in range(lo, i))
        if tokens[i].text == ":" and tokens[i - 1].text.isupper() and len(tokens[i - 1].text) <= 5 \
                and i + 2 < hi and tokens[i + 2].text == "," and tokens[i - 2].text == ",":
            return [[(lo, hi)]]  # "Die Anleihe X, ISIN: DE0001, kann noch gezeichnet werden": a code's label set
            # off inside the subject, no headline
        if not left_verb and tokens[lo].pos == "KON" and tokens[i].text in DASHES:
            return [[(lo, hi)]]  # "Und in Nordwand – Der Aufstieg zeigt X …": a sentence that goes on
            # from the one before opens no label; the dash is a title's
        if not left_verb and right_fin and tokens[lo].pos in {"APPR", "APPRART"} \
                and any(t.tag == "ART" for t in tokens[lo:i]):  # (a bare label: "Nach Herzinfarkt: X ist tot")
            return [[(lo, hi)]]  # "Bei der Frage nach X: …", "In der Stadt Y: …": the phrase limits what follows
        if not left_fin and tokens[i].text in DASHES and tokens[i + 1].lower in {"und", "oder"} \
                and not any(t.text == ":" for t in tokens[i + 1:hi]):
            return [[(lo, hi)]]  # "Per Mausklick die Daten abrufen – und sofort handeln können, wenn …": the
            # phrase after the dash goes on with the one before it
        if (not left_fin or cited(tokens, lo, i)) and right_fin and tokens[i].text in DASHES \
                and tokens[i + 1].lower in RESUMING_DEMONSTRATIVES | {"daran", "darum", "dafür"} \
                and tokens[i + 2].finite:
            return [[(lo, hi)]]  # "Reis mit Mandeln – das ist sein Lieblingsgericht": the demonstrative takes up
            # the phrase before the dash, which the claim needs; so it does words cited in quotation marks ("«Wir
            # bleiben zu Hause» – das muss das Motto sein"), which are no statement of their own
        if not left_verb and right_fin and all(is_year(t) or not t.text[:1].isalnum() for t in tokens[lo:i]):
            return [[(lo, hi)]]  # "1865 – In Wien wird die erste Strassenbahn eröffnet": a chronicle's year is
            # the event's time, no label to drop (without it the present reads as today's news)
        if (not left_verb or framing) and right_fin:
            return _split_headline(tokens, depth, _after_data_value(tokens, depth, i + 1, hi), hi)  # ("Bevor nun
            # die Heugabeln gezückt werden: …": a clause that frames, no fact; "A, B – und nun C: X gilt als …":
            # the label may have a colon too)
        participle = any(tokens[j].tag in {"VV(PP)", "VA(PP)"} for j in range(lo, i)) \
            and not any(tokens[j].text == "," for j in range(lo, i))
        if left_verb and not left_fin and right_fin and not participle:
            return [[(i + 1, hi)]]  # a label whose verbs sit in its relative clauses
        if left_verb and not left_fin and right_fin and (tokens[lo].pos in NOUNS or tokens[lo].tag in _ATTRIBUTE_OPEN):
            return [[(i + 1, hi)]]  # "40 Häuser beschädigt – Gemeinde will …": the label names its own subject,
            # which the clause after it is not
        if left_verb and not left_fin and right_fin and tokens[i - 1].lower in _PUTTING_PARTICIPLES:
            return [[(i + 1, hi)]]  # "In Zahlen ausgedrückt: …", "Anders gesagt: …": a participle phrase that says
            # how the clause after it is put, no label with a subject of its own
        if left_verb and not left_fin and right_fin:
            subject = subject_of(tokens, i + 1, hi)
            first: list[Piece] = [subject, (lo, i)] if subject else [(lo, i)]
            return [first, [(i + 1, hi)]]
        if left_fin and tokens[left_fin[0]].pos in {"VA", "VM"} and tokens[i].text == ":" \
                and not any(t.pos in {"VV", "VA", "VM"} and not t.finite for t in tokens[left_fin[0] + 1:i]) \
                and any(t.lower in _TITLED_NOUNS for t in tokens[max(lo, i - 8):i]) \
                and _closes_bracket(tokens, i + 1, hi):
            return [[(lo, hi)]]  # "hatte im Buch Am Ende des Tages: Die Nacht … argumentiert, dass …": the colon
            # is a title's, inside the verb bracket that the participle after it closes
        if left_fin and right_fin and tokens[i].text == ":" and tokens[lo].lower in _CONDITIONAL | {"wo"} \
                and tokens[lo].pos in {"KOUS", "PWAV"}:
            return [[(lo, hi)]]  # "Wo X schon vorher mehr tat, tut er jetzt noch mehr: Y verschiebt sich …": what
            # follows the colon spells out the clause that holds only where or when the fronted clause says
        if left_fin and right_fin and _hedged_consequence(tokens, lo, i, hi):
            return [[(lo, hi)]]  # "X wird wohl gekippt: Y gilt dann nur noch …": what follows holds only if the
            # hedged clause comes true
        if left_fin and right_fin and (_verb_second(tokens, i + 1, right_fin[0])
                                       or _fronted_subordinate(tokens, depth, i + 1, hi)):
            first = _without_pair_opener(tokens, lo, i)
            opening = first[0][0] if first and isinstance(first[0], tuple) else lo
            if first != [(lo, i)] and (tokens[opening].finite
                                       or not any(t.lower in {"auch", "sondern"} for t in tokens[i + 1:hi])):
                return [[(lo, hi)]]  # "Nicht nur hat X …: …" would open its claim with the verb once "nicht nur"
                # is cut, and a "nicht nur" that nothing after the colon takes up promises what is missing
            first = _without_pair_opener(tokens, lo, i, hi)  # ("X wird zwar Y nachgesagt – was X leistet, zeigt
            # nun aber Z": the "zwar" whose "aber" stands after the dash goes with it)
            return [first, *_split_headline(tokens, depth, i + 1, hi)]  # ("Nicht nur X war Y: Z war auch W")
    return [[(lo, hi)]]


def _in_relative(tokens: Sequence[Token], lo: int, j: int) -> bool:
    """Whether the finite verb at j closes a relative clause ("Ein Argument, das X als schwach ansieht:"): its
    stretch since the last comma opens with a relative pronoun, after a preposition or not."""
    comma = max((c for c in range(lo, j) if tokens[c].text == ","), default=None)
    if comma is None or comma + 1 >= j:
        return False
    opener = tokens[comma + 2] if tokens[comma + 1].pos in PREPOSITIONS else tokens[comma + 1]
    return opener.tag in {"PRELS", "PRELAT"} and tokens[j - 1].text != ","


def _last_conjunct(tokens: Sequence[Token], depth: Sequence[int], lo: int, i: int) -> int:
    """Where the last of coordinated verb phrases before i starts ("hatte X gefordert und Y angeklagt:"): the
    colon completes that one's verb, not a verb of saying in an earlier conjunct; lo when there is none."""
    k = max((j for j in range(lo, i) if tokens[j].lower in {"und", "sowie"} and _top(depth, j)), default=lo)
    return k if has_verb(tokens, k + 1, i) else lo


# nouns of works whose title may follow them with a colon of its own ("im Buch X: Y")
_TITLED_NOUNS = frozenset("""buch buches roman romans film films studie artikel werk werks album song lied stück
    serie essay aufsatz titel""".split())


def _closes_bracket(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the stretch from lo ends its clause, before a comma or the end, in a participle or an infinitive
    (a participle in -t may be tagged a finite verb) and has no other verb."""
    end = next((j for j in range(lo, hi) if tokens[j].text in {",", ";", ".", "–"}), hi)
    verbs = [t for t in tokens[lo:end] if t.pos in {"VV", "VA", "VM"}]
    return len(verbs) == 1 and verbs[0] is tokens[end - 1] and (
        not verbs[0].finite or (verbs[0].pos == "VV" and verbs[0].lower.endswith("t")))


def _hedged_consequence(tokens: Sequence[Token], lo: int, colon: int, hi: int) -> bool:
    """Whether the clause before a colon is hedged or hypothetical ("wohl", "dürfte", "soll") and the one after
    it draws its consequence with "dann": cut off, the consequence would read as a fact."""
    hedged = any(t.lower in HEDGES | MODAL_SUBJUNCTIVE_II | SUBJUNCTIVE_II
                 or (t.finite and t.lemma.lower() == "sollen") for t in tokens[lo:colon])
    fins = finite_verbs(tokens, colon + 1, hi)
    # "dann" opening the clause or right after its verb (and a pronoun): the consequence, not a sequence ("2017
    # dann weitere neun")
    then = fins and any(tokens[k].lower == "dann" for k in (colon + 1, fins[0] + 1, fins[0] + 2) if k < hi)
    return hedged and bool(then)


def _fronted_subordinate(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> bool:
    """Whether [lo, hi) opens with a subordinate clause whose main clause follows its comma, finite verb first
    ("Während im Osten 36 Prozent X tun, sind es im Westen 24"): a main clause after all."""
    if not starts_subordinate(tokens[lo]) or tokens[lo].pos in {"PRELS", "PRELAT"}:
        return False
    commas = [c for c in range(lo + 1, hi - 1) if tokens[c].text == "," and _top(depth, c)]
    for c, nxt in zip(commas, [*commas[1:], hi]):
        if tokens[c + 1].finite:
            return True
        if not has_zu_infinitive(tokens[c + 1:nxt]):
            return False  # (an infinitive clause of the subordinate one is skipped: "Während 36 Prozent angaben,
            # täglich Fleisch zu essen, lag …")
    return False


def _bare_after_pronoun(tokens: Sequence[Token], d: int, fin: int, hi: int) -> bool:
    """`, die abstruse Theorien verbreiten.`: "die" before an adjective with the strong ending and a plural
    noun is no article ("die abstrusen Theorien" would be), so it is a relative pronoun, and its verb
    stands last."""
    verb_last = fin + 1 >= hi or tokens[fin + 1].text in _CLAUSE_ENDS
    return tokens[d].lower == "die" and verb_last and d + 2 < fin and tokens[d + 1].tag == "ADJ(A)" \
        and tokens[d + 1].lower.endswith("e") and tokens[d + 2].pos == "NN" and inflected_noun(tokens[d + 2].text)


def _shared_attributes(tokens: Sequence[Token], subject: tuple[int, int], fin: int, c: int,
                       remnant_end: int) -> list[Piece]:
    """Gapping keeps what the remnant does not replace: "Der Preis für Brot steigt von 310 auf
    330, der für Milch von 150 auf 165" — the remnant's "von" mirrors the verb's argument, so the
    subject's attribute "bei AHV und IV" holds for the Maximalrente too."""
    head_end = np_end(tokens, subject[0], subject[1])
    if head_end >= subject[1] or tokens[head_end].pos not in {"APPR", "APPRART"}:
        return []
    arguments = {t.lower for t in tokens[fin + 1:c] if t.pos in {"APPR", "APPRART"}}
    return [(head_end, subject[1])] if tokens[remnant_end].lower in arguments else []


def _shared_subject(tokens: Sequence[Token], lo: int, c: int, fins: Sequence[int]) -> Piece | None:
    """The subject that a verb-first clause after the comma at c shares with the main clause before it ("Er
    konnte nichts dafür, zeigte aber Paraden" → "Er zeigte aber Paraden"): the clause before must be one
    verb-second main clause with a subject, and the second verb must agree with it in number; a question or
    a command has no such subject."""
    if len(fins) != 1 or tokens[-1].text in {"?", "!"} or not lo < fins[0] < c - 1 \
            or not _verb_second(tokens, lo, fins[0]) or tokens[c - 1].tag == "VV(IZU)" \
            or any(t.lower == "zwar" or t.text in {",", ":", ";", "–", "—"} for t in tokens[lo:c]):
        # a verb-first head is a condition ("Kommt er, ..."); "zwar" needs its "aber" clause; after an
        # earlier comma or dash the verb may belong to a subject in between ("A war gestern, B ... ist ...")
        return None
    subject = subject_of(tokens, lo, c)
    if subject is not None and subject[1] <= fins[0] and verb_number(tokens[fins[0]]) == "sg" \
            and tokens[subject[0]].lower in {"die", "meisten", "alle", "viele"} and tokens[subject[1] - 1].pos == "NN" \
            and inflected_noun(tokens[subject[1] - 1].text):
        return None  # "Die meisten Tore schoss der Stürmer, …": a plural prefield before a singular verb is its
        # object; the subject comes after the verb
    end = next((j for j in range(c + 1, len(tokens)) if tokens[j].text == ";"), len(tokens))  # (a semicolon
    # closes the clauses that share the subject: "Er lebt in X, ist Y; er ist auch …")
    after = finite_verbs(tokens, c + 1, end)
    if subject is None or len(after) != 1 or plural_form(tokens[after[0]]) != plural_form(tokens[fins[0]]):
        return None  # a further verb ("..., nahm X mit und floh") would be read without the subject
    verb = tokens[after[0]]
    nxt = tokens[after[0] + 1] if after[0] + 1 < len(tokens) else verb
    if verb.lemma.lower() in SPEECH_VERBS or nxt.pos in {"NE", "PDS"} or nxt.lower in NOMINATIVE_PRONOUNS \
            or nxt.tag == "ART" and nxt.lower in {"der", "die", "das"}:
        return None  # a subject of its own after the verb: "..., erzählt Schädler", "..., wird sie ..." (not
        # an object pronoun: "..., verehren ihn sogar")
    return subject


def _sharing(tokens: Sequence[Token], lo: int, fin: int, subject: Piece, pieces: list[Piece]) -> list[Piece]:
    """A second conjunct that opens with its finite verb, given the first one's subject and, when the first
    clause fronts a time or a condition before its verb, that too ("Bis zum Frühling ging sie einkaufen und
    ging allein zum Arzt" → "Bis zum Frühling ging sie allein zum Arzt": dropped, the time would state
    something else), unless the conjunct has a time of its own ("Am Montag kam er an und reiste am Dienstag
    ab"); so does a fronted hedge ("Theoretisch mussten wir A und durften B") and the text or talk both are
    said in ("Im Interview lobte sie A und kritisierte B")."""
    first = pieces[0] if pieces and not isinstance(pieces[0], str) else None
    before = isinstance(subject, tuple) and subject[0] > fin and lo < fin and tokens[fin].finite \
        and not plural_before_singular(tokens, lo, fin)  # (not a fronted object: "Zahlen zum Jahr legte X vor")
    condition = before and (tokens[lo].lower in {"ohne", "bei"}
                            or tokens[fin].lower in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II
                            or any(t.lower in FREQUENCY_ADVERBS for t in tokens[lo:fin]))  # ("Manchmal singt
    # sie und hört dann auf": how often holds of both, even with a "dann" of the second's own)
    framed = before and tokens[lo].lower in {"in", "im"} and any(
        t.pos == "NN" and t.lower.endswith((*DOCUMENT_NOUNS, *_SPOKEN_MEDIA)) for t in tokens[lo:fin])  # "In dem
    # Brief beklagte er A und kritisierte B": what the letter says, both conjuncts
    fronted = condition or framed or before and (any(is_time_noun(t) or t.lower in TIME_ADVERBS | HEDGES or is_year(t)
                                           for t in tokens[lo:fin]) or tokens[lo].lower in {"bis", "seit", "ab"}
                                       or (tokens[lo].lower in _TIME_PREPOSITIONS and not any(
                                           t.lower in UNNAMED_SOURCES | _VIEW_NOUNS for t in tokens[lo:fin])))
    # ("Nach der Verlesung des Urteils stand er auf und blickte zu Boden": an event before both; not "Nach
    # Angaben der Polizei", a source, nor "nach Ansicht von X", a view)
    # a time, not "für X konnte"; a hedge holds of both conjuncts: "Theoretisch mussten wir A und durften B"; so
    # does a condition: "Ohne Corona wären wir A und würden B", whose second conjunct alone would state B as fact
    if first is None or not fronted or not tokens[first[0]].finite:
        return [subject, *pieces]
    own = [i for p in pieces if not isinstance(p, str) for i in range(*p)]
    own = own[:next((n for n, i in enumerate(own) if tokens[i].text == ","), len(own))]  # (a time in a clause
    # after the conjunct's comma is that clause's: "knipst das Licht aus, um dann am 1. Mai neu zu starten")
    if not (condition or framed) and any(is_time_noun(tokens[i]) or tokens[i].lower in TIME_ADVERBS for i in own):
        return [subject, *pieces]
    verb = tokens[first[0]]
    if any(tokens[i].lower in _NOW for i in range(lo, fin)) and preterite(verb.text, verb.tag, verb.lemma):
        return [subject, *pieces]  # "Nun findet es wieder statt und wurde vermisst": the time of the present is
        # not the past conjunct's
    return [(lo, fin), (first[0], first[0] + 1), subject, (first[0] + 1, first[1]), *pieces[1:]]


# adverbs of the time of writing, which a conjunct in a past tense does not share
_NOW = frozenset("nun jetzt heute derzeit aktuell momentan inzwischen mittlerweile".split())


# prepositions whose phrase before the finite verb orders the clause after or before an event ("nach der Wahl",
# "vor dem Spiel"), which holds of each conjunct (not "während": what happened during it may be followed by
# what happened after it, "bricht während des Spiels zusammen und wird ins Spital gebracht")
_TIME_PREPOSITIONS = frozenset({"nach", "vor"})
_VIEW_NOUNS = frozenset({"ansicht", "meinung", "auffassung", "einschätzung", "überzeugung", "worten"})
# what someone says things in, besides a document ("im Interview", "in seiner Rede")
_SPOKEN_MEDIA = ("interview", "gespräch", "rede", "video", "podcast", "sendung", "talkshow", "ansprache")


def _present_form(verb: Token) -> bool:
    """Whether a verb has the form of the third person singular present: the stem with "-t" ("vereint" of
    "vereinen", "überrascht" of "überraschen"; not "berät" of "beraten")."""
    lemma = verb.lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return verb.lower in {stem + "t", stem + "et"}


def _participle_form(verb: Token) -> bool:
    """Whether a verb tagged finite has the form of its weak participle too: an inseparable prefix and the
    present form ("vereint" of "vereinen")."""
    return verb.lemma.lower().startswith(INSEPARABLE_PREFIXES) and _present_form(verb)


def _verb_cluster_open(tokens: Sequence[Token], fin: int, k: int, j: int) -> bool:
    """Whether the finite modal or "werden" at `fin` still waits for its infinitive, or "sein"/"haben" for its
    participle, which the tagger took for a finite verb at j after a particle "aber" or a conjunct at k
    ("würde ich aber meinen", "konnten nach A und B ziehen"; not "will wachsen und sucht", whose infinitive
    came before)."""
    waiting = ((tokens[fin].pos == "VM" or tokens[fin].lemma.lower() == "werden")
               and tokens[j].lower == tokens[j].lemma.lower()) \
        or (tokens[fin].lemma.lower() in {"sein", "haben"} and _participle_form(tokens[j])
            and (j + 1 == len(tokens) or not tokens[j + 1].text[:1].isalnum()))  # "sind in X Mut und
    # Angst vereint": the participle, which looks like a present, closes the auxiliary's clause
    return waiting and not any(t.pos in {"VV", "VA", "VM"} and not t.finite for t in tokens[fin + 1:k])


def _concession(tokens: Sequence[Token], lo: int, k: int) -> bool:
    """Whether the conjunction at k is the "aber" of a "zwar": "Zwar A, aber B" holds A only together with B."""
    return tokens[k].lower in {"aber", "doch", "jedoch"} and any(t.lower == "zwar" for t in tokens[lo:k])


def _object_taken(tokens: Sequence[Token], depth: Sequence[int], start: int, c: int, fin: int) -> bool:
    """The verb of saying before the comma has a direct object of its own ("fordern einen Aktionsplan, die
    SVP sieht ..."), so the clause after the comma is no object of it."""
    subject = subject_of(tokens, start, c)
    return subject is not None and own_object(tokens, depth, fin, c, subject, start)


def _verb_last(tokens: Sequence[Token], fin: int, hi: int) -> bool:
    """The finite verb closes its clause: verb-final order, the order of a subordinate clause."""
    return fin + 1 >= hi or tokens[fin + 1].text in {",", ".", ";", ":", "–"} or tokens[fin + 1].pos == "KON"


def _continues_subordinate(tokens: Sequence[Token], depth: Sequence[int], lo: int, c: int) -> bool:
    """The clauses before the comma at c, back to a subordinator or relative pronoun, all end in their
    finite verb: a clause after c that ends in its verb continues them ("ein Verein, der Kurse
    anbietet, Feste organisiert und Spenden sammelt"), it is no main clause of its own."""
    starts = [p + 1 for p in range(lo, c) if tokens[p].text == "," and _top(depth, p)]
    end = c
    for start in reversed([lo, *starts]):
        opener = start
        while opener < end and tokens[opener].pos in {"KON", "ADV"}:
            opener += 1  # "Doch bis ein Team …"
        if opener < end and starts_subordinate(tokens[opener]):
            return True
        fins = finite_verbs(tokens, start, end)  # (a present in -t may be tagged a participle: "verteidigt")
        if fins != [end - 1] and (fins or tokens[end - 1].pos not in {"VV", "VA", "VM", "NN", "NE", "$("}):
            return False  # (a clause that ends in its verb goes on the chain, and so does a list member)
        end = start - 1
    return False


_RESUMPTIVE = frozenset({"der", "die", "das", "den", "dem", "dessen", "deren", "dann", "so"})


def _open_relative(tokens: Sequence[Token], k: int, c: int) -> bool:
    """Whether [k, c) is the start of a relative clause that has not reached its verb: a relative pronoun,
    after a preposition or not, that no noun follows (then it would be an article: "auf die Schulden"), and no
    verb before c."""
    if k < c and tokens[k].pos in PREPOSITIONS:
        k += 1
    relative = k + 1 < c and (tokens[k].tag == "PRELS" or (
        tokens[k].lower in RELATIVE_PRONOUNS and tokens[k - 1].pos in PREPOSITIONS
        and tokens[k + 1].pos in {"PPER", "PIS", "ART", "NE"}))
    return relative and not any(t.pos in {"VV", "VA", "VM"} for t in tokens[k:c])


# participles that open a condition with a comma after them ("vorausgesetzt, …", "angenommen, …")
_CONDITION_PARTICIPLES = frozenset({"vorausgesetzt", "angenommen", "gesetzt"})


def _consequence_head(tokens: Sequence[Token], start: int, fin: int) -> bool:
    """Whether a clause states a case that holds only under a condition or a plan: it opens with "dann",
    "sonst" or "andernfalls" (of a condition before it), or its finite verb is "sollen" ("Dann soll …", "Nun
    soll …"). A clause after it in the indicative would read as a fact, one in the Konjunktiv II as a case
    without its condition; one in the Konjunktiv I is someone's words, in their own mood."""
    return tokens[start].lower in {"dann", "sonst", "andernfalls"} or tokens[fin].lemma.lower() == "sollen"


# predicative adjectives of someone's certainty, whose content the clause after them gives ("ist überzeugt, …")
_CERTAINTY_ADJECTIVES = frozenset({"überzeugt", "sicher", "gewiss", "zuversichtlich", "optimistisch", "bewusst"})


def _stance_head(tokens: Sequence[Token], start: int, c: int, head_fins: Sequence[int]) -> bool:
    """Whether the clause [start, c) before a comma ends in a stance whose content the next clause gives (or is an
    adjective's judgement of it in the Konjunktiv II, with "es" standing for it): a noun of content with its
    article ("ist der Auffassung", "vertritt die Ansicht", "hat den Eindruck"), a predicative adjective of
    certainty ("ist überzeugt", "ist sicher"), or "davon aus(gehen)"."""
    if not head_fins or c - start < 2:
        return False
    head = tokens[start:c]
    if any(t.lower == "es" for t in head) and any(t.tag == "ADJ(D)" for t in head) \
            and any(t.finite and t.lower in {"wäre", "wären", "würde"} for t in head) \
            and all(t.lower == "es" or t.tag in {"ADJ(D)", "ADV", "KON", "PTKNEG", "VA(FIN)", "VA(PP)", "VA(INF)"}
                    for t in head):
        return True  # "Einfacher wäre es gewesen, wir hätten früher begonnen": "es" stands for the clause after
        # the comma, which the adjective judges as the better case (not "Es war spät, wir gingen")
    last, before = tokens[c - 1], tokens[c - 2]
    return (last.lower in COMPLEMENT_NOUNS and before.tag == "ART") \
        or (last.lower in _CERTAINTY_ADJECTIVES and last.tag in {"ADJ(D)", "VV(PP)"}
            and any(tokens[f].lemma.lower() in COPULA_VERBS for f in head_fins)) \
        or (last.lower == "aus" and before.lower == "davon")


# subjects that speak of all or none ("niemand darf", "alle tragen"), whose claim a lost place or time widens
# (standing alone: "keiner der Passagiere", "alle Gruppen" name whom they count)
_QUANTIFIED_SUBJECTS = frozenset("niemand keiner keine kein nichts alle alles jeder jede jedes man".split())


def _scoped_prefield(tokens: Sequence[Token], start: int, fin: int) -> bool:
    """Whether the clause before `fin` opens with a place or a time ("Dort", "Im Saal", "Am Montag") that the
    next clause, cut off, would lose."""
    first = tokens[start + 1] if tokens[start].pos == "KON" and start + 1 < fin else tokens[start]
    return start < fin and (first.lower in _SCOPE_ADVERBS or first.lower in _SCOPE_PREPOSITIONS
                            or any(is_time_noun(t) for t in tokens[start:fin]))


def _placed_by_first(tokens: Sequence[Token], start: int, lo: int, fin: int, hi: int) -> bool:
    """Whether the clause at `start` opens with a word that points to a place ("Dort", "Hier"), or with a
    preposition and a pronoun that takes up what the text named before ("Mit ihm", "Ohne sie": the means or the
    condition), and the next main clause [lo, hi), whose finite verb is at `fin`, names no place or time of its
    own: neither before its verb (only its subject stands there) nor after it."""
    at = start + 1 if tokens[start].pos == "KON" else start
    first = tokens[at]
    pointing = first.lower in _PLACE_ADVERBS or (
        first.pos in PREPOSITIONS and at + 1 < fin and tokens[at + 1].pos in {"PPER", "PDS"}
        and tokens[at + 1].lower not in {"ich", "mir", "mich", "wir", "uns", "du", "dir", "dich"})
    if not pointing or not all(
            t.tag in _SUBJECT_TAGS or (j > lo and t.pos in PREPOSITIONS and tokens[j - 1].pos in NOUNS)
            for j, t in enumerate(tokens[lo:fin], lo)):
        return False  # (a subject may have a phrase of its own: "das Rad mit dem besseren Halt")
    for j in range(fin, hi):
        noun = next((t for t in tokens[j + 1:min(hi, j + 4)] if t.pos in NOUNS), None)
        if tokens[j].lower in _PLACE_ADVERBS or (tokens[j].lower in _PLACE_PREPOSITIONS and noun is not None
                                                 and not is_time_noun(noun)):
            return False  # (a place of its own: "…, in der Stadt staut sich der Verkehr"; not a time: "seit Jahren")
    return True


# adverbs that point to a place the text named before; prepositions of a place; the words of a subject before its
# verb
_PLACE_ADVERBS = frozenset("dort hier dorthin drinnen draussen draußen".split())
_PLACE_PREPOSITIONS = frozenset("in im ins an am auf aus bei beim nach vor hinter über unter neben zwischen zum zur "
                                "durch gegenüber".split())
_SUBJECT_TAGS = frozenset({"ART", "ADJ(A)", "NN", "NE", "CARD", "PIAT", "PPOSAT", "PDAT"})
# adverbs and prepositions that set where or when a clause holds
_SCOPE_ADVERBS = frozenset("dort hier da damals dabei darin drinnen draussen draußen heute jetzt nun".split())
_SCOPE_PREPOSITIONS = frozenset("in im an am auf bei beim seit vor nach während bis ab".split())


def _denied_after(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> bool:
    """Whether a clause after ", aber"/", doch" denies what stands before it ("Man könnte meinen, A sei leicht,
    aber dem ist nicht so", "…, doch das stimmt nicht"): apart, the first clause would state what the sentence
    denies."""
    for c in range(lo + 1, hi - 3):
        if tokens[c].text == "," and _top(depth, c) and tokens[c + 1].lower in {"aber", "doch", "jedoch"}:
            words = [t.lower for t in tokens[c + 2:hi] if t.text[:1].isalnum()]
            if words[:4] in (["dem", "ist", "nicht", "so"], ["das", "ist", "nicht", "so"]) \
                    or (words[:1] in (["das"], ["dies"]) and words[1:2] in (["stimmt"], ["trifft"])
                        and "nicht" in words[2:5]) or words[:2] == ["weit", "gefehlt"]:
                return True
    return False


def _whatever(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> bool:
    """Whether a clause with "können" closes on a free relative with "wollen" ("ich kann machen, was ich will",
    "man kann sagen, was man will"): "no matter what", a concession to the clause before, which alone it would turn
    into a freedom."""
    for c in range(lo + 2, hi - 2):
        if tokens[c].text == "," and _top(depth, c) and tokens[c + 1].lower in {"was", "wie", "wo", "wann", "wohin"} \
                and any(t.finite and t.lemma.lower() == "wollen" for t in tokens[c + 2:hi]) \
                and any(t.finite and t.lemma.lower() == "können" for t in tokens[lo:c]):
            return True
    return False


def _comma_clauses(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """Asyndetic main clauses and gapped conjuncts after top-level commas."""
    if _conditioned(tokens, lo, hi) or _denied_after(tokens, depth, lo, hi) or _whatever(tokens, depth, lo, hi):
        return [[(lo, hi)]]
    out: list[list[Piece]] = []
    start = lo
    aside = _dash_pair(tokens, depth, lo, hi) or (hi, hi)  # its commas are its own: `_dash_aside` sets it off
    dashes = [d for d in range(lo + 1, hi - 1) if tokens[d].text in DASHES and _top(depth, d)]
    for c in range(lo + 1, hi - 1):
        if tokens[c].text != "," or not _top(depth, c) or aside[0] < c < aside[1] \
                or (subordinator_opens(tokens, c + 1, hi) and not article_after_comma(tokens, c + 1, hi)):
            continue  # (", seit 2017 sammelt X": a preposition opens the next main clause)
        if any(a < c < b for a, b in zip(dashes[::2], dashes[1::2])):
            continue  # "… die üblichen Ratschläge – Hände waschen, Abstand halten – , jedoch …": a list set off
            # between dashes, whose commas part its items, not clauses
        fins = finite_verbs(tokens, c + 1, hi)
        if tokens[c - 1].lower in _CONDITION_PARTICIPLES and (c < 2 or not tokens[c - 2].text[:1].isalnum()):
            continue  # "…, vorausgesetzt, die Inzidenz bleibt stabil": the clause after the comma is the condition
        if start == lo and tokens[c + 1].lower == "denn" and fins and not has_verb(tokens, start, c):
            start = c + 2  # "Nur auf dem Papier, denn im Alltag hakt es": the verbless head answers the
            continue  # sentence before and states nothing; the reason after "denn" is the claim
        head_fins = finite_verbs(tokens, start, c)
        opened = max((j for j in range(start, c) if tokens[j].text == "," and _top(depth, j)), default=None)
        if opened is not None and _open_relative(tokens, opened + 1, c):
            continue  # ", in dem sie auf ihr Leben in Sicherheit, aber ohne Freiheit blickt": the comma stands in
            # a relative clause whose verb is still to come
        verbs = [t for t in tokens[start:c] if t.pos in {"VV", "VA", "VM"}]
        saying = [f for f in head_fins if tokens[f].lemma.lower() in SPEECH_VERBS | COGNITION_VERBS]
        # the verb of saying closes the clause, or its participle does before an auxiliary and what follows
        # is in the Konjunktiv I ("in der behauptet wurde, X habe …", not "für tot erklärt worden, die …")
        said = verbs[-1:] + (verbs[-2:-1] if fins and konjunktiv_i(tokens[fins[0]]) else [])
        if not head_fins or (any(v.lemma.lower() in SPEECH_VERBS | COGNITION_VERBS for v in said)
                             and not _object_taken(tokens, depth, start, c, head_fins[-1])) \
                or (saying and not _object_taken(tokens, depth, start, c, saying[0])) \
                or (tokens[c - 1].pos == "VV" and tokens[c - 1].finite and fins and konjunktiv_i(tokens[fins[0]])):
            # "Anfangs dachte ich, das Tal ist leer", "Man könnte meinen, ...", "in dem sie verlangten, X
            # müsse ...", "sagten – als ... waren – 87 Prozent, sie ...": the comma clause is the verb's object
            continue
        colon = max((j for j in range(start, c) if tokens[j].text == ":" and _top(depth, j)
                     and tokens[j].end != tokens[j + 1].start), default=None)  # (not a score's: "mit 4:2")
        if colon is not None and not any(t.finite for t in tokens[colon + 1:c]):
            continue  # "Es bleibt ein Spagat: A sein und B übersetzen, C verkaufen, D basteln – das ist …": the comma
            # goes on with a verbless list after the colon, no clause of its own
        if _stance_head(tokens, start, c, head_fins):
            continue  # "X ist der Meinung, A gilt", "X vertritt die Ansicht, …", "X ist überzeugt, …", "X geht davon
            # aus, …": the clause after the comma is the view, which alone the claim would state as fact
        if all(tokens[f + 1].text == "," for f in head_fins) and tokens[start].pos not in {"KOUS", "PRELS"} \
                and (len(head_fins) > 1 or any(t.tag == "VV(INF)" for t in tokens[start:c - 1])):
            continue  # "Ressourcen abbauen, Gebäude craften, … muss man": infinitive phrases before their modal,
            # the last one's verb taken for finite, make no clause
        if all(t.pos in {"VV", "VA", "VM", "ADV", "PTKVZ", "PTKNEG"} for t in tokens[start:c]):
            continue  # "Entstanden ist, das zeigt X, ein Flickenteppich": a verb cluster waiting for its subject,
            # which comes after an aside
        if fins and any(tokens[f].pos == "VM" for f in head_fins) and tokens[c - 1].tag == "VV(INF)" \
                and tokens[fins[0]].lower == tokens[fins[0]].lemma.lower() and _verb_last(tokens, fins[0], hi):
            continue  # "müsse Regeln einhalten, Räume lüften und Masken tragen": more infinitives of the modal (after a
            # fronted clause too: "Wer sich anmeldet, kann A spielen, B basteln oder C")
        if tokens[c + 1].lower in _REASON_OPENERS and any(tokens[f].lemma.lower() in _EXPECTING for f in head_fins):
            continue  # "X rechnet mit einem Minus, schliesslich fallen die Feste aus": the reason is X's, part
            # of the expectation; alone it reads as the author's fact
        nxt = tokens[c + 1]
        if fins and nxt.lower not in _CLAUSECOORDINATORS and (is_np_word(nxt) or nxt.pos == "PPER") \
                and _consequence_head(tokens, start, head_fins[0]) and not konjunktiv_i(tokens[fins[0]]):
            return [[(lo, hi)]]  # "Dann soll nur X stattfinden, die Kita ist nur Stunden offen": the clause after
            # the comma spells out the planned or conditional case, and holds only in it; so does a Konjunktiv II
            # ("Dann würde A geschlossen, es gäbe nur B": alone, "es gäbe nur B" has lost its condition)
        if fins and tokens[fins[0]].lower in {"sollte", "sollten"} and not konjunktiv_i(tokens[head_fins[0]]) \
                and (fins[0] > c + 1 or _verb_second(tokens, start, head_fins[0])):
            return [[(lo, hi)]]  # "Nur die Bäder blieben offen, die Familien sollten Abwechslung haben": the clause
            # says what was meant to be, the purpose of the one before; alone it reads as the author's advice; and
            # after a whole main clause, "…, sollte ein Fehler passieren" is its condition (not "Die Schau, zu der
            # X gehört, sollte eröffnen": the main clause's own verb after its subject's relative clause)
        answer = tokens[c + 1:_clause_end(tokens, depth, c + 1, hi)]  # (the next clause must add it, not a later one)
        if _without_pair_opener(tokens, start, c) != [(start, c)] and not any(t.lower in {"auch", "sondern"}
                                                                              for t in answer):
            continue  # "Es ist nicht nur X, wir …": alone, "nicht nur" promises what the next clause must add
        opener = tokens[start + 1] if tokens[start].pos == "KON" else tokens[start]  # ("Und wer …, den …")
        if opener.pos in {"PWS", "PWAV"} and nxt.lower in _RESUMPTIVE:
            continue  # ("Wer sich hinübertraute, der kam …": the free relative and the word that takes it up)
        if nxt.lower in _CLAUSECOORDINATORS and c + 3 < hi:
            nxt, c_body = tokens[c + 2], c + 2  # ", denn der Aufwand sinkt", ", doch jemand postete ..."
        else:
            c_body = c + 1
        if nxt.pos == "PDS" and nxt.lower in {"der", "die"} and c_body == c + 1 and tokens[c - 1].pos in NOUNS:
            continue  # ", an die Verbände, die müssten X haben": a demonstrative that takes up the noun before the
            # comma, in a clause that is often the words of someone the sentence names (left in its sentence;
            # ", das entspricht …" takes up the whole clause and stands alone)
        if (nxt.pos in {"PPER", "PDS"} and nxt.lower not in {"ihm", "ihn", "ihnen"}) or (nxt.pos == "PIS"
                                                                                      and c_body > c + 1):
            first_end = c_body + 1  # ", doch jemand postete": after a conjunction a pronoun is the subject
            if nxt.pos == "PIS" and first_end + 1 < hi and (tokens[first_end].pos == "APPR" or (
                    tokens[first_end].lower in {"der", "des"} and tokens[first_end].tag == "ART")):
                # with its attribute: ", doch jemand aus der Crew postete", ", aber keiner der Zeugen sah"
                first_end = np_end(tokens, first_end + (tokens[first_end].pos == "APPR"), hi)
        elif nxt.pos in {"ADV", "PROAV"} and nxt.lower not in _CONSEQUENCES | {"ja"} \
                and (first_end := _adverbs_end(tokens, c_body, hi)) < hi \
                and tokens[first_end].finite and (first_end == c_body + 1 or (
                    nxt.lower not in _CORRELATIVES and _verb_second(tokens, start, head_fins[0]))):
            pass  # ", ausserdem zeichnet sie ... auf", ", immer wieder müssen …": adverbs as the prefield
        elif nxt.lower in FOCUS_PARTICLES and c_body + 1 < hi and tokens[c_body + 1].tag in {"ART", "NE"}:
            first_end = np_end(tokens, c_body + 1, hi)  # ", auch die Stiftung hatte …": a focus particle before
            # the noun phrase that opens the clause
        elif (is_np_word(nxt) and (nxt.pos != "PIS" or c_body > c + 1)) or article_after_comma(tokens, c_body, hi):
            first_end = np_end(tokens, c_body, hi)
            if fins and _constituent_end(tokens, c_body, hi, conjuncts=False) == fins[0] \
                    and fins[0] + 1 < hi and tokens[fins[0] + 1].text not in {",", ".", ";", ":", "–"} \
                    and not any(t.text.endswith(".") for t in tokens[c_body:fins[0]]):
                # ", denn der Bedarf an neuen Wohnungen wächst": the phrase's attributes (but a list after a
                # comma may be the rest of an enumeration: "auf die Farben rot, gelb und blau setzt"; and
                # a verb closing the clause is a subordinate one's: ", ihre erste Spritze mit X bekam.")
                first_end = fins[0]
        elif nxt.pos in {"APPR", "APPRART"} and c_body + 1 < hi and tokens[c_body + 1].tag != "PRELS":
            first_end = np_end(tokens, c_body + 1, hi)  # ", in diesem Jahr gewann er ...": a fronted phrase
        elif c_body == c + 1 and (nxt.finite or (nxt.lower == "ja" and c + 2 < hi and tokens[c + 2].finite)):
            # (", ja verehren ihn sogar": "ja" heightens what the verb after it adds, and fills no place of its
            # own; the verb shares the subject as much as one right after the comma)
            subject = _shared_subject(tokens, start, c, head_fins)
            if subject is None or any(depth[j] > 0 for j in range(*subject)):
                continue  # (a verb after a quotation is its frame: "„Mit X ist Y möglich“, lautet sein Slogan")
            out.append(_without_pair_opener(tokens, start, c, hi))
            rest = _comma_clauses(tokens, depth, c + 1 + (not nxt.finite), hi)
            return [*out, _sharing(tokens, start, head_fins[0], subject, rest[0]), *rest[1:]]
        else:
            continue
        hypothetical = bool(fins) and fins[0] == first_end and tokens[c - 1].lower in COMPLEMENT_NOUNS and (
            konjunktiv_i(tokens[fins[0]]) or subjunctive_ii(tokens[fins[0]].text, tokens[fins[0]].tag,
                                                             tokens[fins[0]].lemma))
        relative = bool(fins) and (_bare_after_pronoun(tokens, c_body, fins[0], hi) or (
            _verb_last(tokens, fins[0], hi) and _continues_subordinate(tokens, depth, lo, c)))
        if fins and fins[0] == first_end and not any(t.text == "," for t in tokens[c + 1:fins[0]]) \
                and not hypothetical and not relative and not _listed_subject(tokens, depth, start, c, c_body):
            # ("Anzeichen, dort würden ... vorbereitet": a complement, not a fact; ", die abstruse Theorien
            # verbreiten." is a relative clause, whatever the tagger called "die")
            if nxt.lower in _QUANTIFIED_SUBJECTS and tokens[c_body + 1].finite \
                    and _scoped_prefield(tokens, start, head_fins[0]):
                return [[(lo, hi)]]  # "Dort bleibt ein Sitz frei, und niemand darf …": the place or time before
                # the first verb bounds "niemand" too; alone, the claim would speak of everyone everywhere
            if c_body == c + 1 and _placed_by_first(tokens, start, c_body, fins[0],
                                                    _clause_end(tokens, depth, c_body, hi)):
                return [[(lo, hi)]]  # "Dort besetzen Bauern die Strasse, Lastwagen können nicht fahren": the
                # place (or the means, "Mit ihm …") the first clause opens with holds for the second, set beside
                # it with a comma alone; apart, the second would hold everywhere
            out.append(_without_pair_opener(tokens, start, c, hi))
            start = c_body
        elif not has_verb(tokens, c + 1, hi) and nxt.tag == "ART" and first_end < hi \
                and tokens[first_end].pos in {"APPR", "APPRART", "CARD"} \
                and any(t.lower == tokens[first_end].lower or (t.pos == "CARD" and tokens[first_end].pos == "CARD")
                        for t in tokens[start:_clause_end(tokens, depth, head_fins[0], c)]):
            # gapping mirrors the clause of the finite verb: "steigt von 1225 auf 1260, die Maximalrente von
            # 2450 ..."; "fuhr in die Stadt, ein Abenteuer für ..." is an apposition, and so is a member of a
            # list after that clause: "war alles drin, A gegen B, die kleine Geschichte um X, die große um Y"
            subject = subject_of(tokens, start, c)
            listed = any(t.text == "," for t in tokens[_clause_end(tokens, depth, head_fins[0], c):c]) \
                or any(t.lower in {"und", "oder", "sowie"} for t in tokens[first_end:hi])
            if subject and subject[0] == start and not listed:  # ("meldete 43 Fälle, B 33, C 13 und D 4": a list
                # of gapped pairs, whose verb would have to agree with each subject, stays whole)
                fin = head_fins[0]
                out.append(_without_pair_opener(tokens, start, c, hi))
                out.append([(c + 1, first_end), *_shared_attributes(tokens, subject, fin, c, first_end),
                            (fin, fin + 1), (first_end, hi)])
                return out
        elif c_body == c + 1 and nxt.pos in {"APPR", "APPRART"} and not has_verb(tokens, c + 1, hi) \
                and (gapped := _gapped_phrases(tokens, depth, start, head_fins, c, first_end, hi)):
            out.append(_without_pair_opener(tokens, start, c, hi))
            out.append(gapped)
            return out
    out.append([(start, hi)])
    return out


# last parts of compound nouns of time ("Vorjahr", "Vormonat", "Sommerquartal")
_TIME_ENDINGS = ("jahr", "jahres", "monat", "monats", "woche", "tag", "tages", "quartal", "quartals", "sommer",
                 "winter", "herbst", "frühling", "saison")


def _gapped_phrases(tokens: Sequence[Token], depth: Sequence[int], start: int, fins: Sequence[int], c: int,
                    remnant: int, hi: int) -> list[Piece]:
    """Gapping after a fronted phrase: "In Bern stieg die Zahl auf 40, in Zürich auf 55" repeats the clause
    with its verb and subject left out. The remnant's two phrases mirror the clause's first one (the same
    preposition) and its last one (the same preposition again, running to the comma); the rest of the clause
    ("stieg die Zahl") is shared: "In Zürich stieg die Zahl auf 55". Empty when the clause does not mirror so."""
    if len(fins) != 1 or tokens[start].lower != tokens[c + 1].lower or np_end(tokens, start + 1, fins[0]) != fins[0]:
        return []
    fin = fins[0]
    end = hi - (1 if tokens[hi - 1].text in {".", "!"} else 0)
    if not remnant < end or tokens[remnant].pos not in {"APPR", "APPRART"} \
            or np_end(tokens, remnant + 1, end) != end or any(depth[j] for j in range(start, end)):
        return []
    def timely(lo: int, hi: int) -> bool:  # (a compound's last part counts: "Vorjahr", "Sommerhalbjahr")
        return any(is_time_noun(t) or is_year(t) or (t.pos == "NN" and t.lower.endswith(_TIME_ENDINGS))
                   for t in tokens[lo:hi])

    if timely(start, fin) != timely(c + 1, remnant):
        return []  # ("In Bern stieg sie auf 40, im Vorjahr auf 30": a time against a place contrasts no like
        # phrases; the remnant keeps the place of the clause)
    mirrored = [j for j in range(fin + 1, c) if tokens[j].lower == tokens[remnant].lower]
    if len(mirrored) != 1 or np_end(tokens, mirrored[0] + 1, c) != c or mirrored[0] == fin + 1:
        return []
    return [(c + 1, remnant), (fin, mirrored[0]), (remnant, hi)]


def _listed_subject(tokens: Sequence[Token], depth: Sequence[int], lo: int, c: int, body: int) -> bool:
    """Whether the verbless phrase between the comma before c and c opens with the determiner of the phrase
    after c ("hat kaum Unterstützer, keine Vereinigung, kein Verband steht hinter ihm"): both are subjects of
    the clause after c, and the clause before ends at the earlier comma."""
    before = max((j for j in range(lo, c) if tokens[j].text == "," and _top(depth, j)), default=None)
    if before is None or has_verb(tokens, before + 1, c) or c - before < 3:
        return False
    first, other = tokens[before + 1], tokens[body]
    return first.tag in {"PIAT", "ART"} and other.tag in {"PIAT", "ART"} and first.lower[:3] == other.lower[:3]


def _clause_end(tokens: Sequence[Token], depth: Sequence[int], fin: int, stop: int) -> int:
    """Where the clause of the finite verb at `fin` ends: at its first top-level comma, or at `stop`."""
    return next((j for j in range(fin, stop) if tokens[j].text == "," and _top(depth, j)), stop)


# what "sondern" adds to a "nicht nur" clause when the clause after it is one more fact ("…, sondern auch …")
_ADDING_AFTER_SONDERN = frozenset({"auch", "ebenso", "zudem", "gleichzeitig", "zugleich", "ausserdem", "außerdem"})
# phrases that make a clause's fact unique in time, which "nicht nur …, sondern" then moves to the second part
_UNIQUE_TIMES = frozenset({"erstmals", "erstmal", "ersten", "letzten", "zuletzt"})


def _escalating(tokens: Sequence[Token], lo: int, k: int, hi: int) -> bool:
    """Whether "nicht nur A, sondern B" builds up to B rather than adding it: no "auch" after "sondern" ("stand
    nicht nur vor dem Publikum, sondern leitete selbst den Chor"), or a first or last time that the pair as a
    whole is about ("Zum ersten Mal stand er nicht nur X, sondern …"), or a "dürfen" that the "nicht" negates:
    cut apart, A would state what the sentence denies."""
    pair = next((j for j in range(lo, k - 1) if tokens[j].lower == "nicht" and tokens[j + 1].lower in NOT_ONLY),
                None)
    if pair is None:
        return False
    return not any(t.lower in _ADDING_AFTER_SONDERN for t in tokens[k + 1:hi]) \
        or any(t.lower in _UNIQUE_TIMES for t in tokens[lo:k]) \
        or any(t.lemma.lower() == "dürfen" for t in tokens[lo:pair])  # "Wir dürfen nicht nur A suchen, sondern
    # müssen auch B": "dürfen nicht" forbids, so without "nicht nur" A would read as a permission


def _first_conjunct(tokens: Sequence[Token], lo: int, k: int) -> list[Piece]:
    """The clause before the conjunction at k; before "sondern", without the "nicht nur" that promised more
    ("trifft nicht nur den Bund, sondern gilt auch für …" → "trifft den Bund")."""
    return _without_pair_opener(tokens, lo, k) if tokens[k].lower == "sondern" else [(lo, k)]


# adverbs that take up a clause before them ("je …, desto …", "so lange …, so lange …"): no main clause
_CORRELATIVES = frozenset({"desto", "umso", "da", "darum", "deshalb"})  # (and `_CONSEQUENCES`)


def _adverbs_end(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """The end of the run of adverbs from lo ("immer wieder", "dann aber")."""
    while lo < hi and tokens[lo].pos in {"ADV", "PROAV"}:
        lo += 1
    return lo


def _without_pair_opener(tokens: Sequence[Token], lo: int, k: int, hi: int | None = None) -> list[Piece]:
    """The clause [lo, k) without a "nicht nur" that promises the clause after it ("ist nicht nur renoviert
    worden, zudem werden laufend Fenster erneuert" → "ist renoviert worden"): alone, the claim would
    deny what the next clause adds; and without a "zwar" whose "aber" stands in the rest up to `hi` ("hat
    zwar den Umsatz erhöht, beim Export aber …" → "hat den Umsatz erhöht"), which alone dangles, nor an
    "einerseits" whose "andererseits" does."""
    cut = {j for j in range(lo, k - 1) if tokens[j].lower == "nicht" and tokens[j + 1].lower in NOT_ONLY
           and not any(t.pos == "CARD" for t in tokens[j + 2:min(k, j + 6)])}  # ("plant nicht nur auf fünf
    # Jahre, sondern …": without the pair, an amount that the sentence exceeds would read as the whole)
    cut |= {j + 1 for j in cut}
    if hi is not None and any(t.lower in {"aber", "doch", "jedoch", "dagegen", "hingegen"} for t in tokens[k:hi]):
        cut |= {j for j in range(lo + 1, k) if tokens[j].lower == "zwar"}  # (not opening it: "Zwar gibt es …")
    if hi is not None and any(t.lower == "andererseits" for t in tokens[k:hi]):
        cut |= {j for j in range(lo + 1, k) if tokens[j].lower == "einerseits"}  # "hatte einerseits mit A zu tun,
        # andererseits …": the one side promises the other, which the claim leaves out
    pieces: list[Piece] = []
    start = lo
    for j in sorted(cut):
        if j > start:
            pieces.append((start, j))
        start = j + 1
    return [*pieces, (start, k)] if start < k else pieces


def _subordinate_conjunct(tokens: Sequence[Token], depth: Sequence[int], lo: int, k: int, j: int, hi: int) -> bool:
    """Whether the finite verb at j after the conjunction at k is a second verb of the subordinate clause the
    conjunction stands in: that clause puts its verbs last ("…, dass sie von X ausgeht und verkennt, wie …",
    "…, als festige und verstärke X …"); a verb with its objects after it goes on with the main clause
    ("…, dass X müsse, und rief den Notstand aus"), and so does one after a dash that closed the clause."""
    if not in_subordinate(tokens, depth, lo, k):
        return False
    comma = max(c for c in range(lo, k) if tokens[c].text == "," and depth[c] == 0)
    if any(t.text in {"–", "—"} for t in tokens[comma:k]):
        return False
    return j + 1 >= hi or tokens[j + 1].text in {",", ";", ":", "–", "—", "."} \
        or (tokens[comma + 1].lower == "als" and tokens[comma + 2].finite)


# adverbs opening a clause that follows from the one before ("…, dann müssen …", "…, sonst könne man …"):
# alone it would drop what it depends on
_CONSEQUENCES = frozenset({"so", "dann", "sonst", "ansonsten", "andernfalls"})
# adverbs and conjunctions that open a main clause giving the reason for the one before it
_REASON_OPENERS = frozenset({"schliesslich", "schließlich", "denn", "zumal", "immerhin"})
# verbs of expecting, fearing and believing: a reason after them belongs to whoever expects
_EXPECTING = COGNITION_VERBS | frozenset({"erwarten", "rechnen", "prognostizieren", "vorhersagen", "befürchten"})
# subordinators of a condition: fronted, it holds for every main clause after it
_CONDITIONAL = frozenset({"wenn", "falls", "sofern", "sobald", "solange", "soweit"})


def _conditioned(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the clauses from lo open with a condition that all of them stand under: "Wenn es regnet, …",
    "Sind Kontakte nicht nachvollziehbar, springt … und …" (a verb-first clause before a comma); cut off
    from it, a later clause would state as fact what holds only if it is met."""
    first = lo + (tokens[lo].pos == "KON")
    comma = next((j for j in range(first + 1, hi - 1) if tokens[j].text == ","), None)
    if comma is not None and _generic_condition(tokens, first, comma):
        return True
    if comma is None or not tokens[comma + 1].finite:  # the main clause opens with its verb after it
        return False
    opens = first == 0 or tokens[first - 1].text in {":", "«", "»", "„", "“", '"'}  # (not a conjunct's own
    # verb after a comma: "X leitet A, organisiert B, lässt C")
    return tokens[first].lower in _CONDITIONAL or (opens and tokens[first].finite and tokens[-1].text != "?")


def _generic_condition(tokens: Sequence[Token], first: int, comma: int) -> bool:
    """Whether the clause opens with "bei" or "ohne" and a phrase without a definite article before its finite
    verb, and the clause after the comma goes on with a pronoun ("Bei sehr hohen Drücken ist das Gas kaum zu
    komprimieren, es verhält sich …"): a condition, which that clause stands under too (not a definite event: "Beim
    Unfall …"; nor a new subject: "Bei A dürfen sieben kommen, bei B …")."""
    if tokens[first].lower not in {"bei", "ohne"}:
        return False
    end = np_end(tokens, first + 1, comma)
    return first + 1 < end < comma and tokens[end].finite and tokens[comma + 1].tag == "PPER" \
        and not any(t.tag in {"ART", "PPOSAT"} and t.lower.startswith("d") for t in tokens[first + 1:end])


# adverbs by which a conjunct says it follows from the one before ("und müssen deshalb …")
_CONSEQUENCE_ADVERBS = frozenset("deshalb daher darum deswegen somit folglich".split())
# particles that make "dann"/"so" point back to a condition or a manner: "nur dann", "erst so"
_RESTRICTING = frozenset("nur erst genau eben auch".split())


def _verb_coordination(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """`S V1 ... und V2 ...` → [S V1 ...], [S V2 ...]; `S V1 ... und S2 V2` → two clauses."""
    fins = finite_verbs(tokens, lo, hi)
    if not fins or (fins[0] + 1 < hi and tokens[fins[0] + 1].pos in NOUNS
                    and any(tokens[a].tag == "ART" and tokens[a + 1].pos in PREPOSITIONS for a in range(lo, fins[0]))):
        return [[(lo, hi)]]  # ("Die aus der Serie X bekannte Sängerin": the "verb" closes an extended attribute)
    complement = next((c for c in range(lo + 1, hi - 1) if tokens[c].text == "," and _top(depth, c)
                       and tokens[c - 1].lower in COMPLEMENT_NOUNS and not starts_subordinate(tokens[c + 1])), None)
    coordinator = next((k for k in range(complement + 1, hi - 1) if tokens[k].lower in _COORDINATORS
                        and _top(depth, k)), None) if complement is not None else None
    if complement is not None and coordinator is not None \
            and any(t.finite for t in tokens[complement + 1:coordinator]):
        return [[(lo, hi)]]  # "Es geht um die Auffassung, X seien A und lenkten B ab": the second conjunct is
        # part of the view the noun names, not a fact of its own
    summed = next((j for j in range(lo + 1, hi - 2) if tokens[j].text == ":" and _top(depth, j) and (
        tokens[j + 1].lower in _SUMMING_WORDS or (tokens[j + 1].tag == "PDS" and tokens[j + 2].finite))), None)
    if summed is not None and any(tokens[k].lower in _COORDINATORS for k in range(lo + 1, summed)):
        return [[(lo, hi)]]  # "A erschaffen, B lernen und C erstellen: All das bietet X", "Die Stadt baut und
        # saniert: Das kostet": what the words after the colon sum up is the list as a whole
    for k in range(fins[0] + 1, hi - 1):
        if tokens[k].lower == "sondern" and _top(depth, k) and _escalating(tokens, lo, k, hi):
            return [[(lo, hi)]]
        if tokens[k].lower not in _COORDINATORS or not _top(depth, k) or _concession(tokens, lo, k) \
                or (tokens[k - 1].text.endswith("-") and len(tokens[k - 1].text) > 1):  # ("Facebook- und
            # WhatsApp-Gruppen": one truncated compound; not a hyphen as a dash, "gut - und seither …")
            continue
        j = k + 1
        while j < hi and tokens[j].pos in {"ADV", "PTKNEG"}:
            j += 1
        if j < hi and tokens[j].finite and _verb_cluster_open(tokens, fins[0], k, j):
            continue  # "würde ich aber meinen, ...": "aber" is a particle before the auxiliary's own verb
        if k - 2 > fins[0] and tokens[k - 1].finite and tokens[k - 2].text == "," and j < hi and tokens[j].finite:
            return [[(lo, hi)]]  # "X vergleicht A, beschreibt und misst die Unterschiede": a verb alone before
            # "und" shares the object of the next
        if k - 1 == fins[0] and j < hi and tokens[j].finite and (
                tokens[k - 1].pos in {"VA", "VM"} or tokens[k - 1].lemma.lower() in COPULA_VERBS
                or tokens[k - 1].lemma.lower() == tokens[j].lemma.lower()):
            return [[(lo, hi)]]  # "Der Preis war und ist zu hoch", "X sei und bleibe Y", "galt und gilt als": an
            # auxiliary, copula or modal right before "und" shares what follows the second verb, and alone has
            # nothing (not "Die Firma wächst und wird erweitert": an intransitive verb is a clause of its own)
        if k - 1 == fins[0] and j + 1 < hi and tokens[j].finite and tokens[j].pos == "VV" \
                and tokens[j + 1].text not in _CLAUSE_ENDS and tokens[k - 1].lemma.lower() in ACCUSATIVE_VERBS:
            return [[(lo, hi)]]  # "Die Firma kauft und verkauft Aktien": a verb that needs an object, alone before
            # "und", shares the next one's ("Die Firma kauft." would cut it off; not "putscht und bringt X an die
            # Macht": an intransitive verb is a clause of its own)
        if j < hi and tokens[j].finite and j > k + 1 and tokens[k + 1].pos == "ADV" \
                and (j + 1 >= hi or tokens[j + 1].text in _CLAUSE_ENDS or tokens[j + 1].lower in _COORDINATORS):
            continue  # "…, die nicht im Dorf wohnen, aber dort arbeiten und …": the verb closes its clause, a
            # relative clause going on
        if j < hi and tokens[j].finite and j > k + 1 and tokens[k + 1].pos == "ADV":
            # "– und seither wird dort Bier gebraut": the adverb fills the first place of a clause of its own,
            # whose subject (if any) follows its verb; the subject before "und" is not shared
            if _conditioned(tokens, lo, hi):
                return [[(lo, hi)]]
            return [[(lo, k)], *_verb_coordination(tokens, depth, k + 1, hi)]
        after = next((a for a in range(j + 1, hi) if tokens[a].pos not in {"ADV", "PTKNEG"}), hi)
        if j == k + 1 and after + 1 < hi and tokens[j].finite and tokens[k].lower in {"doch", "jedoch"} \
                and (tokens[after].lower in NOMINATIVE_ARTICLES | {"er", "sie", "es", "wir", "ich"}
                     or tokens[after].pos == "NE"):
            continue  # "…, doch symbolisiert die Stadt X": "doch" fills the prefield, the subject follows the verb
            # (after a negation or an adverb too: "doch ist nicht die ganze Lieferung eingetroffen")
        if j < hi and tokens[j].finite and _subordinate_conjunct(tokens, depth, lo, k, j, hi):
            continue  # "…, dass sie von X ausgeht und verkennt, …": the verbs share the subordinate clause's subject
        if j < hi and tokens[j].finite:
            # "Das Problem ist: X sind A und haben B" → X; "Es ist nicht nur A, wir spielen B und müssen C" → wir
            dashes = [d for d in range(lo, k) if tokens[d].text in {"–", "—"} and _top(depth, d)]
            marks = [c for c in range(lo, k) if tokens[c].text in {":", ","} and _top(depth, c)
                     and not any(a < c < b for a, b in zip(dashes[::2], dashes[1::2]))]  # (not a comma of an
            # aside between dashes: "Die Tasten – links zwei, rechts eine – sitzen gut und wackeln nicht")
            # a clause of its own after the mark: its finite verb before the next mark, not first (not "X kam,
            # wurde … und stiess", whose verb phrases share the first subject; nor "X, eine Spielerin, traf")
            mark = max((c for c, nxt in zip(marks, [*marks[1:], k]) if finite_verbs(tokens, c + 1, nxt)
                        and not tokens[c + 1].finite and not starts_subordinate(tokens[c + 1])
                        and not (tokens[c - 1].finite and tokens[c - 2].text == ",")), default=None)  # (nor
            # the object clause of a verb alone between commas: "X lehnt A ab, behauptet, ihm sei B geschehen, und
            # verbietet C": X verbietet)
            frame = max((c for c in marks if tokens[c].text == "," and tokens[c + 1].finite
                         and tokens[c + 1].lemma.lower() in SPEECH_VERBS
                         and not any(tokens[x].text == "," and _top(depth, x) for x in range(c + 1, k))),
                        default=None)
            clause_lo = frame + 1 if frame is not None else mark + 1 if mark is not None else lo
            # ("X „nimmt zu“, schreibt das Amt – und gibt Y heraus": the frame's speaker does the next thing too;
            # not a frame set off inside the words, "X, sagt Y, sei A und werde B", whose subject is the words')
            if clause_lo == lo and any(c > fins[0] and tokens[c + 1].lower in {"der", "die", "das"}
                                       and tokens[c + 2].pos in NOUNS
                                       and any(t.pos in {"VV", "VA", "VM"} and not t.tag.endswith(("(IZU)", "(INF)"))
                                               for t in tokens[c + 2:nxt])
                                       for c, nxt in zip(marks, [*marks[1:], k])):
                return [[(lo, hi)]]  # "Der Scanner tastet X ab, der Computer erstellt und berechnet Y": a clause
                # with a subject of its own, or a relative clause, whose verb the next conjunct may share; never
                # the first subject's
            subject = subject_of(tokens, clause_lo, k)
            if subject is not None and subject[1] == fins[0] and plural_before_singular(tokens, subject[0], fins[0]) \
                    and tokens[fins[0] + 1].lower in NOMINATIVE_ARTICLES:
                subject = (fins[0] + 1, np_end(tokens, fins[0] + 1, k))  # "Zahlen legte die Firma vor und …": a
                # plural before a singular verb is its object, the subject follows the verb
            if subject == (fins[0] + 1, fins[0] + 2) and tokens[fins[0] + 1].lower in {"es", "sie"} \
                    and fins[0] > clause_lo and tokens[clause_lo].tag in {"ART", "PDAT", "PPOSAT", "NE"} \
                    and tokens[clause_lo].lower not in OBLIQUE_ARTICLES \
                    and np_end(tokens, clause_lo, fins[0]) == fins[0]:
                subject = (clause_lo, fins[0])  # "Der Komponist erträgt es … und bedient …": "es" is the object
            own = tokens[next(f for f in fins if f >= clause_lo)]
            if subject is not None and tokens[subject[0]].lower in NEGATIONS:
                return [[(lo, hi)]]  # "Keiner wacht auf und weiss die Antwort schon": nobody does both, which
                # is not that nobody does each
            if subject is None or tokens[fins[0]].lemma.lower() in IMAGINATION_VERBS \
                    or (tokens[clause_lo].finite and frame is None) \
                    or {verb_number(own), verb_number(tokens[j])} == {"sg", "pl"}:
                continue  # "Da wähnte er sich im Laden und blickte ...": both happen in the imagined scene;
                # "Überkreuzt man die Arme und wird berührt, spürt man …": a condition without "wenn"; "erheben
                # sich keine Stürme und wird kein Mensch …": a verb of another number has a subject of its own
            if any((tokens[i].lower in _CONSEQUENCE_ADVERBS and i + 1 < hi and tokens[i + 1].text[:1].isalnum())
                   or (tokens[i].lower in {"dann", "so"} and tokens[i - 1].lower in _RESTRICTING)
                   for i in range(j, hi)):  # (not a particle closing the clause: "kommt … daher")
                continue  # "Sie seien verpflichtet und müssten es deshalb anhören": the second verb's reason is the
                # first conjunct, which "deshalb" points to; cut from it, the claim points nowhere; so is the
                # condition "nur dann" points to ("erkennt, ob A – und hält nur dann die Werte ein")
            if _subjectless_passive(tokens, depth, j, hi):
                return [[(lo, hi)]]  # "X ist in Betrieb und wird für sie geworben": nothing is what is advertised
            if any(t.lower in HEDGES or t.lower == "wahrscheinlichkeit" for t in tokens[fins[0] + 1:k]):
                return [[(lo, hi)]]  # "X stammt mit hoher Wahrscheinlichkeit von A und ist von dort …": the hedge
                # may hold of both verbs; the second alone would state as certain what is only likely
            rest = _verb_coordination(tokens, depth, j, hi)
            main = next((f for f in fins if clause_lo <= f < k and not in_subordinate(tokens, depth, clause_lo, f)),
                        None)  # (not the verb of a relative clause on the subject: "X, der A tat, war B und …")
            listed = _listed_verbs(tokens, depth, main, k, own) if main is not None and tokens[k].lower in {
                "und", "sowie"} else []
            first: list[Piece] = [(lo, listed[0])] if listed else _first_conjunct(tokens, lo, k)
            members: list[list[Piece]] = [[(c + 1, end)] for c, end in zip(listed, [*listed[1:], k])]
            return [first, *[_sharing(tokens, clause_lo, fins[0], subject, pieces) for pieces in [*members, *rest]]]
        end = np_end(tokens, k + 1, hi) if is_np_word(tokens[k + 1]) \
            else k + 2 if tokens[k + 1].pos == "PPER" and tokens[k + 1].lower in NOMINATIVE_PRONOUNS else k + 1
        while k + 1 < end < hi - 1 and not tokens[end].finite and is_np_word(tokens[end + 1]) \
                and not tokens[end + 1].finite and (tokens[end].lower in {"und", "oder", "sowie"}
                                                    or tokens[end].lower in GENITIVE_DETERMINERS):
            # "und die Räder mehrerer Nachbarn und eines Lehrers waren": the subject goes on with a genitive
            # attribute or a coordinated phrase
            end = np_end(tokens, end if tokens[end].lower in GENITIVE_DETERMINERS else end + 1, hi)
        opener = next((j for j in range(k - 1, lo - 1, -1) if tokens[j].pos in PREPOSITIONS or tokens[j].finite
                       or tokens[j].text in {",", ";", ":"} or tokens[j].lower in _COORDINATORS), None)
        if end == k + 2 and tokens[k + 1].pos == "NN" and opener is not None and tokens[opener].pos in PREPOSITIONS:
            continue  # "in den Zonen mit den höchsten Fallzahlen und Todeszahlen sind …": a bare noun after "und"
            # goes on with the preposition's object, it is no subject of a clause of its own
        colon = max((c for c in range(lo, k) if tokens[c].text in {":", ";"} and _top(depth, c)), default=lo - 1)
        if end > k + 1 and end < hi and tokens[end].finite and not in_subordinate(tokens, depth, lo, k) \
                and tokens[k + 1].lower not in GENITIVE_ONLY_DETERMINERS | OBLIQUE_ARTICLES \
                and not (end == k + 2 and tokens[k + 1].pos == "NN" and verb_number(tokens[end]) == "pl"
                         and not inflected_noun(tokens[k + 1].text)) \
                and not (verb_number(tokens[end]) == "pl" and tokens[k + 1].tag == "ART"
                         and not any(t.lower in _COORDINATORS for t in tokens[k + 1:end])
                         and _singular_phrase(tokens, k + 1, end, ("e",))) \
                and (colon < lo or finite_verbs(tokens, colon + 1, k)) \
                and not (_verb_last(tokens, end, hi) and _continues_subordinate(tokens, depth, lo, k)) \
                and not (_verb_cluster_open(tokens, max(f for f in fins if f < k), k, end)
                         and (end + 1 == hi or tokens[end + 1].text in {",", ";", ":", "–", "("})):
            # ("konnten nicht nach A und B ziehen": the modal's infinitive closing the clause, taken for a plural
            # verb, is shared; "Klar ist: A und B fordern …": a clause after a colon with no verb before the
            # conjunction has a coordinated subject)
            if _conditioned(tokens, lo, hi):
                return [[(lo, hi)]]  # "Wenn es regnet, wird A verschoben und B bleibt leer": B only if it rains
            if _imagined(tokens[fins[0]]) and not _imagined(tokens[end]):
                return [[(lo, hi)]]  # "Dann kämen Sponsoren dazu und du musst in Bern drehen": the indicative goes
                # on in the scene the Konjunktiv II imagines; alone it would state an obligation
            if tokens[lo + (tokens[lo].pos == "KON")].pos in PREPOSITIONS \
                    and tokens[end].lower in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II:
                return [[(lo, hi)]]  # "Ohne die Hilfe wäre X geschlossen und die Patienten müssten nach Bern": the
                # fronted phrase is the condition of both, whose second alone would state what holds only under it
            if tokens[k + 1].lower in _QUANTIFIED_SUBJECTS and end == k + 2 and _scoped_prefield(tokens, lo, fins[0]):
                return [[(lo, hi)]]  # "Dort bleibt ein Sitz frei und niemand darf …": see `_comma_clauses`
            return [[(lo, k)], *_verb_coordination(tokens, depth, k + 1, hi)]  # "A kocht und B backt"
    return [[(lo, hi)]]


def _imagined(verb: Token) -> bool:
    """Whether a finite verb is in the Konjunktiv II ("kämen", "wäre", "müsste"): a clause of an imagined case."""
    return verb.lower in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II or subjunctive_ii(verb.text, verb.tag, verb.lemma)


# words after a colon that sum up the list before it ("…: All das steht auf dem Programm", "…: Alles …"); so
# does a demonstrative before its verb ("…: Das kostet viel Geld")
_SUMMING_WORDS = frozenset({"all", "alles", "beides"})


def _subjectless_passive(tokens: Sequence[Token], depth: Sequence[int], j: int, hi: int) -> bool:
    """Whether the conjunct whose finite verb stands at j is a passive of a verb without an accusative object
    ("… und wird seit Jahren für sie geworben"): it has no subject, so the first conjunct's is not its own."""
    if tokens[j].lemma.lower() != "werden":
        return False
    end = next((m for m in range(j + 1, hi) if tokens[m].text in _CLAUSE_ENDS and _top(depth, m)), hi)
    return any(t.tag == "VV(PP)" and t.lemma.lower() in SUBJECTLESS_PASSIVE_VERBS for t in tokens[j + 1:end])


def _listed_verbs(tokens: Sequence[Token], depth: Sequence[int], fin: int, k: int, own: Token) -> list[int]:
    """The commas that open further verb phrases of a list before its last "und" ("wird aktiviert, sorgt für
    A und erzeugt B"): each opens with a finite verb of the first one's number and runs to the next comma,
    with no clause of its own after it ("behauptet, ihm sei …" opens its object), no verb of saying (the
    frame of the words before) and the same mood. Empty when any comma
    between the first verb and the conjunction is another kind."""
    commas = [c for c in range(fin + 1, k) if tokens[c].text == "," and _top(depth, c)]
    listed = [c for c in commas if tokens[c + 1].finite and verb_number(tokens[c + 1]) == verb_number(own)
              and not starts_subordinate(tokens[c + 1]) and tokens[c + 1].lemma.lower() not in SPEECH_VERBS
              and konjunktiv_i(tokens[c + 1]) == konjunktiv_i(own)]  # ("A habe B getan, sagt X und …": a frame)
    if not listed or any(c > listed[0] and c not in listed for c in commas):
        return []
    return listed


def _infinitive_coordination(tokens: Sequence[Token], depth: Sequence[int], lo: int,
                             hi: int) -> list[list[Piece]]:
    """`Ziel sei es, A fortzusetzen und B zu bringen` → frame + each infinitive clause."""
    for k in range(lo + 1, hi - 1):
        if tokens[k].lower not in {"und", "sowie"} or not _top(depth, k) or tokens[k - 1].tag != "VV(IZU)" \
                and not (tokens[k - 1].pos in {"VV", "VA"} and tokens[k - 2].lower == "zu"):
            continue
        comma = max((c for c in range(lo, k) if tokens[c].text == "," and _top(depth, c)), default=None)
        if comma is None or in_subordinate(tokens, depth, lo, k) or any(t.finite for t in tokens[comma + 1:k]):
            continue  # (an infinitive clause has no finite verb: "…, lauten die Forderungen – um A und B zu tun")
        stop = next((c for c in range(k + 1, hi) if tokens[c].text == "," and _top(depth, c)
                     and any(t.tag == "VV(IZU)" or t.lower == "zu" for t in tokens[k + 1:c])), hi)
        if not any(t.tag == "VV(IZU)" or t.lower == "zu" for t in tokens[k + 1:stop]):
            continue
        infinitive = next(j for j in range(k + 1, stop) if tokens[j].tag == "VV(IZU)" or tokens[j].lower == "zu")
        if any(t.text == "," for t in tokens[k + 1:infinitive]):
            continue  # "mit dem Ziel, A zu tun, sowie wegen des Versuchs, B zu tun": the second infinitive belongs to
            # a phrase of its own after "sowie", not to the first one's frame
        if any(t.pos in {"PDS", "PPER"} and t.lower not in {"ich", "wir", "du"} for t in tokens[k + 1:stop]):
            continue  # "Geld zu verdienen und dieses gleich auszugeben": the second takes up the first one's object
        if tokens[k + 1].lower in _CONSEQUENCE_ADVERBS | {"so", "dadurch", "damit"}:
            continue  # "im Verbund Strom zu kaufen und so einen Preiskampf zu verhindern": the second is what the
            # first achieves, which "so" points back to
        frame: Piece = (lo, comma + 1)
        if _ungoverned_phrase(tokens, comma + 1, k, True) and not _ungoverned_phrase(tokens, k + 1, stop, True):
            # "die Brücken zu sanieren und zu verbreitern": a bare second infinitive shares the first one's object,
            # which its claim repeats; one with phrases of its own may not take an object at all ("die Fenster zu
            # schliessen und im Keller zu warten"), and one before a comma may have its object clause there
            verb = k - 1 if tokens[k - 1].tag == "VV(IZU)" else k - 2
            bare = [t.tag for t in tokens[k + 1:stop]] in (["VV(IZU)"], ["PTKZU", "VV(INF)"])
            if not bare or stop < hi or any(t.pos in {"VV", "VA", "VM"} or t.text == ","
                                            for t in tokens[comma + 1:verb]):
                continue  # (nor where the object's phrase holds a verb or a comma of its own)
            return [[(lo, k)], [frame, (comma + 1, verb), (k + 1, hi)]]
        if not _ungoverned_phrase(tokens, k + 1, stop):
            continue  # "gut zu essen und zu trinken": nothing to tell the conjuncts apart by
        commas = _infinitive_list(tokens, depth, lo, comma)
        if len(commas) > 1:  # "bat sie, A zu tun, B zu tun und C zu tun": the frame takes each of the list
            frame = (lo, commas[0] + 1)
            members: list[Piece] = [(a + 1, b) for a, b in zip(commas, commas[1:])]
            return [[frame, member] for member in [*members, (commas[-1] + 1, k), (k + 1, hi)]]
        return [[(lo, k)], [frame, (k + 1, hi)]]
    return [[(lo, hi)]]


def _infinitive_list(tokens: Sequence[Token], depth: Sequence[int], lo: int, comma: int) -> list[int]:
    """The commas that open the infinitive clauses of a list ending after `comma`: each clause before it that
    ends in a "zu" infinitive and has no finite verb opens one more."""
    commas = [comma]
    while True:
        before = max((c for c in range(lo, commas[0]) if tokens[c].text == "," and _top(depth, c)), default=None)
        if before is None or commas[0] - before < 3:
            return commas
        clause = tokens[before + 1:commas[0]]
        if any(t.finite for t in clause) or not (clause[-1].tag == "VV(IZU)" or (
                clause[-2].lower == "zu" and clause[-1].tag.endswith("(INF)"))):
            return commas
        commas.insert(0, before)


def _ungoverned_phrases(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """How many noun phrases (or pronouns) in [lo, hi) no preposition governs."""
    count, j = 0, lo
    while j < hi:
        if tokens[j].pos in PREPOSITIONS:
            j = max(j + 1, np_end(tokens, j + 1, hi))
        elif tokens[j].tag in _ATTRIBUTE_OPEN or tokens[j].pos in NOUNS | {"PPER", "PDS", "PIS"}:
            count += 1
            j = max(j + 1, np_end(tokens, j, hi))
        else:
            j += 1
    return count


def _ungoverned_phrase(tokens: Sequence[Token], lo: int, hi: int, objects_only: bool = False) -> bool:
    """A noun or pronoun in [lo, hi), with `objects_only` one that no preposition governs (an object, not
    "für andere Zwecke")."""
    for j in range(lo, hi):
        if tokens[j].pos not in NOUNS | {"PPER", "PDS", "PIS", "PRF"}:
            continue
        if not objects_only:
            return True
        i = j - 1
        while i >= lo and tokens[i].tag in {"ART", "ADJ(A)", "PIAT", "PPOSAT", "PDAT", "CARD", "ADV", "NN", "NE"}:
            i -= 1
        if i < lo or tokens[i].pos not in PREPOSITIONS:
            return True
    return False


_COMPARATIVES = frozenset("mehr weniger eher lieber anders früher später besser schlechter weiter".split())


def _comparative(tokens: Sequence[Token], lo: int, c: int) -> bool:
    """A comparative before "als" ("weiter zurück, als man annahm") makes it a comparison, not a time."""
    return any(t.lower in _COMPARATIVES or (t.tag == "ADJ(D)" and t.lower.endswith("er")) for t in tokens[lo:c])


# adverbs that end a main clause to announce the subordinate clause after the comma, which completes it
_CORRELATES = frozenset("insofern insoweit deshalb deswegen darum daher dadurch dann nur erst so".split())


# nouns of a time that an "als" or "wo" clause after them specifies ("in einer Phase, wo …")
_TIME_HEADS = ("zeitpunkt", "moment", "augenblick", "phase", "zeiten", "epoche", "ära")


# nouns of a span of time that a "nachdem"/"bevor" clause after them measures from ("wenige Tage, nachdem …")
_SPAN_NOUNS = frozenset("""sekunden minuten stunden tage tag wochen woche monate monat jahre jahr""".split())


# quantifiers that a word before them binds as a part of their phrase: "nicht alle", "nicht jeder" (the scope
# the word order shows), "immer mehr", "noch weniger"
_BOUND_QUANTIFIERS = {"nicht": frozenset("alle allen jede jeder jedes jeden jedem viele vielen beide beiden".split()),
                      "immer": frozenset({"mehr", "weniger"}), "noch": frozenset({"mehr", "weniger"})}


def _bound_quantifier(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a word in [lo, hi) binds the quantifier right after it ("nicht alle Behörden", "immer mehr
    Geräte"): main-clause order would move the word behind the verb, where "nicht" denies the whole and "immer"
    means "always"."""
    return any(tokens[j + 1].lower in _BOUND_QUANTIFIERS.get(tokens[j].lower, ()) for j in range(lo, hi - 1))


def _bare_plural_subject(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the clause's subject is a plural noun without an article or a number ("Kinder lernen …",
    "Junge Leute ziehen …"): a generic subject, said of a kind, not of people the text points to."""
    subject = subject_of(tokens, lo, hi)
    verb = next((t for t in tokens[lo:hi] if t.finite), None)
    return subject is not None and verb is not None and verb_number(verb) == "pl" \
        and tokens[subject[1] - 1].pos == "NN" \
        and all(t.tag in {"ADJ(A)", "NN"} for t in tokens[subject[0]:subject[1]])


def _subordinate_facts(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """Split off `, als/nachdem/weil ... V` clauses as claims of their own, in main-clause order."""
    for c in range(lo + 1, hi - 2):
        if tokens[c].text != "," or not _top(depth, c) or tokens[c + 1].lower not in _FACT_SUBORDINATORS \
                or tokens[c + 1].pos not in {"KOUS", "APPR", "KOKOM", "ADV"}:
            continue
        if any(tokens[j].text == "," and _top(depth, j) for j in range(c + 2, hi)):
            continue  # what follows a comma inside may still belong to the subordinate clause
        if tokens[c + 1].lower == "während" and tokens[c + 2].tag in {"CARD", "ART", "PPOSAT", "NN"}:
            continue  # ", während der Ferien bleibt das Museum zu": a preposition opening a main clause
        if not finite_verbs(tokens, c + 2, hi) or not finite_verbs(tokens, lo, c):
            continue
        if tokens[c - 1].lower in _CORRELATES or (tokens[c - 1].pos == "PDS" and tokens[c + 1].lower == "als"):
            continue  # "insofern, als …", "deshalb, weil …", "Im März war das, als …": the main clause announces
            # the clause, its content
        if tokens[c + 1].lower in {"als", "wo"} and tokens[c - 1].pos == "NN" and (
                is_time_noun(tokens[c - 1]) or tokens[c - 1].lower.endswith(_TIME_HEADS)):
            continue  # "zu einem Zeitpunkt, als man …": the clause says which time, the noun is nothing without it
        if tokens[c + 1].lower in {"nachdem", "bevor", "ehe"} and (
                tokens[c - 1].lower in _SPAN_NOUNS or tokens[c - 1].lower in {"kurz", "gleich", "erst", "lange"}):
            continue  # "kam nur wenige Tage, nachdem X …": the span is measured from the clause, nothing without it
        if tokens[c + 1].lower == "als" and (not any(past_tense(t.text, t.tag) for t in tokens[c + 2:hi] if t.finite)
                                             or _comparative(tokens, lo, c) or _set_by_when(tokens, lo, c)):
            continue  # temporal "als" is past; "schneller, als es X gelingt" compares
        if any(t.lower in HEDGES - {"kaum"} for t in tokens[lo:c]):  # ("kaum jemand": how many, no hedge)
            continue  # "Womöglich verliert die Stadt ihren Präsidenten, weil er in die Regierung wechselt": the
            # clause belongs to what the hedge holds possible
        if tokens[c + 1].lower in _CAUSAL and any(t.lower in NEGATIONS and not depth[j]
                                                  for j, t in enumerate(tokens[lo:c], lo)):
            continue  # "X sitzt nicht im Amt, weil die Leute ihn mögen": the negation may deny the reason, not the
            # clause before it, which alone would state the opposite of what is meant
        if _bound_quantifier(tokens, c + 2, hi):
            continue  # "…, weil nicht alle Ämter melden", "weil immer mehr Geräte gebaut werden": put in main-clause
            # order, "nicht" would follow the verb and deny of all what the clause denies of some
        if tokens[c + 1].lower in _CAUSAL and any(konjunktiv_i(t) for t in tokens[c + 2:hi] if t.finite) \
                and not any(t.finite and in_konjunktiv(t) for t in tokens[lo:c]) and not _judged(tokens, lo, c):
            return [[(lo, c)]]  # "Die Leitung plant A, da genug Aufträge vorhanden seien": the author states the
            # plan, the reason in the Konjunktiv I is someone's words, which no frame here attributes
        if any(t.finite and in_konjunktiv(t) for t in tokens[c + 2:hi]) \
                or (tokens[c + 1].lower in _CAUSAL and _judged(tokens, lo, c)):
            continue  # "weil sie die Freiheit einschränke": someone's reason, reported (or supposed, "weil X im
            # Zusammenhang mit Y stünden"); "X halten die Gefahr für
            # gering, weil sie die Regeln befolgten": the reason of a judgement or a belief is part of it
        before = max((j for j in range(lo, c) if tokens[j].text == "," and _top(depth, j)), default=lo)
        if not finite_verbs(tokens, before, c):
            continue  # "von der Vorzeit zu erzählen, als keiner ...": it belongs to an infinitive
        if tokens[c + 1].lower in _CAUSAL and tokens[c + 2].lower == "sie" \
                and _bare_plural_subject(tokens, before + (before > lo), c):
            continue  # "Menschen gehen fremd, weil sie sich nach X sehnen": "sie" are those who do what the clause
            # before says; alone, "Menschen sehnen sich nach X" would hold of everyone
        clause = to_main_clause(tokens, c + 2, hi)
        if len(clause) < 2:
            continue
        return [[(lo, c)], clause]
    return [[(lo, hi)]]


def _fronted_facts(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """`Nachdem X festsass, da X nicht fliegen durfte, lässt sich Y …` → [X sass fest], [X durfte nicht
    fliegen], [Y lässt sich …]: temporal and causal clauses before the main clause state facts of their own
    (as they do after it), and the main clause, which opened with its verb, takes its subject first."""
    facts: list[list[Piece]] = []
    a = lo
    while a < hi and tokens[a].pos in {"KOUS", "KOKOM", "APPR"} and tokens[a].lower in _FACT_SUBORDINATORS \
            and _top(depth, a):  # (the tagger reads an opening "Als" or "Seit" as a particle or a preposition;
        # the clause's verb before the comma tells)
        c = next((j for j in range(a + 2, hi - 1) if tokens[j].text == "," and _top(depth, j)), None)
        if c is None or len(finite_verbs(tokens, a + 1, c)) != 1 or tokens[c - 1].pos not in {"VV", "VA", "VM"}:
            return [[(lo, hi)]]  # ("Als erste Kommune lockert …": no clause; one with a comma inside: unclear)
        if any(t.finite and in_konjunktiv(t) for t in tokens[a + 1:c]) \
                or (tokens[a].lower in _CAUSAL and _judged(tokens, c + 1, hi)) \
                or (tokens[a].lower == "als" and (not any(
                past_tense(t.text, t.tag) for t in tokens[a + 1:c] if t.finite) or _set_by_when(tokens, c + 1, hi))):
            return [[(lo, hi)]]  # someone's reason, reported; a temporal "als" is past
        if _bound_quantifier(tokens, a + 1, c):
            return [[(lo, hi)]]  # (see `_subordinate_facts`)
        clause = to_main_clause(tokens, a + 1, c)
        first = clause[0]
        if len(clause) < 2 or isinstance(first, str) or not _plain_subject(tokens, *first, c) \
                or any(t.pos in {"ADV", "CARD", "PIAT"} for t in tokens[a + 1:first[0]]) \
                or (first[1] == c - 1 and tokens[c - 1].lemma.lower() in {"sein", "werden", "bleiben"}):
            return [[(lo, hi)]]  # ("Seit X Präsident der SRG ist": where the subject ends, the order does not show)
        facts.append(clause)
        a = c + 1
    if not facts or a >= hi or not tokens[a].finite or any(
            _top(depth, j) and tokens[j].pos == "KON" and finite_verbs(tokens, j + 1, hi) for j in range(a + 1, hi)):
        return [[(lo, hi)]]  # (a main clause coordinated with another is left to the rules after this one)
    if any(t.lower in ATTRIBUTING_PREPOSITIONS or (t.lower == "angaben" and tokens[j - 1].lower == "nach")
           for j, t in enumerate(tokens[a:hi], a)):
        return [[(lo, hi)]]  # "Seit X geschah, dürfen laut Verordnung Y …": whose the fronted fact is, the source
        # of the main clause or the author, is not clear
    subject = subject_of(tokens, a, hi)
    if subject is None or subject[0] != a + 1 or not _plain_subject(tokens, *subject, hi) \
            or (tokens[subject[0]].pos == "PPER" and tokens[subject[0]].lower != "es"):
        return [[(lo, hi)]]  # "…, wurde später bekannt, dass …": no subject right after the verb to open with;
        # "Als der Arzt kam, war er tot": who "er" is, only the clause before tells, and not for sure
    rest: list[Piece] = [(subject[1], hi)] if subject[1] < hi else []
    return [*facts, [subject, (a, a + 1), *rest]]


_CAUSAL = frozenset({"weil", "da"})


def _set_by_when(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the main clause [lo, hi), which a temporal "als" clause dates, says nothing checkable without it,
    so that cutting the clause off would leave an empty or a false claim: a particle measures its time against
    the clause ("Sie kehrten erst zurück, als …"), "es" or "das" stands for what the clause tells ("Es war ein
    Schock, als …", "Das war kurz vor der Wahl, als …"), or it reacts to the clause's event ("Er sorgte für
    Aufsehen, als …")."""
    clause = tokens[lo:hi]
    lemmas = {t.lemma.lower() for t in clause if t.pos in {"VV", "VA", "VM"}}
    lemmas |= {p.lower + lemma for p in clause if p.tag == "PTKVZ" for lemma in lemmas}  # "sahen zu"
    return any(t.lower in WHEN_BOUND_ADVERBS for t in clause) or bool(lemmas & WHEN_BOUND_VERBS) \
        or any(t.lower in {"es", "das", "dies"} and t.pos in {"PPER", "PDS"} for t in clause)


def _judged(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the clause [lo, hi) says, believes or judges something (its finite verb one of saying,
    thinking or assessing): a reason given with it is the holder's."""
    return any(t.finite and t.lemma.lower() in SPEECH_VERBS | COGNITION_VERBS | ASSESSMENT_VERBS
               for t in tokens[lo:hi])


def _plain_subject(tokens: Sequence[Token], lo: int, hi: int, stop: int) -> bool:
    """Whether [lo, hi) is a subject this analysis can move with confidence: it opens with a determiner, a
    name, a pronoun or a noun, holds no number, adverb or time ("vergangene Woche Tausende Studenten", "rund
    240 Menschen"), and no list goes on after it ("Medien und Politik")."""
    if hi <= lo or not (tokens[lo].tag in {"ART", "PDAT", "PPOSAT", "NE", "PPER", "PIS"}
                        or (tokens[lo].pos == "NN" and tokens[lo].text[:1].isupper())):
        return False
    if any(t.pos in {"CARD", "ADV"} or is_time_noun(t) for t in tokens[lo:hi]):
        return False
    if hi >= stop:
        return True
    after = tokens[hi]
    if after.lower in COORDINATORS or after.pos in {"NE", "NN"} or after.lower in _GENITIVE_OPENERS \
            or (after.tag == "ADJ(D)" and hi + 1 < stop and tokens[hi + 1].tag == "ADJ(A)") \
            or (after.lower == "von" and hi + 1 < stop and tokens[hi + 1].pos == "NE"):
        return False  # the phrase goes on: a list, a genitive ("die Verbreitung illegal kopierter Inhalte"), a name
    # a noun of an act or a claim takes its object in a phrase ("die Forderung nach Tests", "die Wahl zum Chef"),
    # which the moved verb would cut off
    return not (after.pos in PREPOSITIONS and tokens[hi - 1].lower.endswith(_PHRASE_TAKING_NOUNS))


_GENITIVE_OPENERS = GENITIVE_DETERMINERS | {"dieses", "dieser", "seines", "ihres"}
_PHRASE_TAKING_NOUNS = ("ung", "wahl", "kritik", "angst", "suche", "frage", "zahl", "anteil", "antrag", "verbot",
                        "pflicht", "hoffnung", "bitte", "wunsch", "aufruf", "appell", "streit", "debatte")


def _place_relative(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """`reist nach Berlin, wo er X trifft` → [reist nach Berlin], [er trifft in Berlin X]."""
    for c in range(lo + 2, hi - 2):
        if tokens[c].text != "," or tokens[c + 1].lower != "wo" or not _top(depth, c):
            continue
        place_lo = np_start(tokens, c, lo)
        if place_lo >= c or not any(t.pos in {"NE", "NN"} for t in tokens[place_lo:c]) \
                or tokens[place_lo - 1].lower in COORDINATORS:
            continue  # ("Thun und Spiez, wo …": "wo" is in either place, which one claim cannot name)
        if tokens[c - 1].pos == "NE" and tokens[place_lo].pos == "NN":  # "als Beispiel Indien, wo": the name
            place_lo = next(j for j in range(c - 1, place_lo - 1, -1) if tokens[j - 1].pos != "NE")
        end = next((j for j in range(c + 2, hi) if tokens[j].text == "," and _top(depth, j)), hi)
        clause = to_main_clause(tokens, c + 2, end)
        if len(clause) < 2:
            continue
        before = tokens[place_lo - 1].lower if place_lo > 0 else ""
        indefinite = tokens[place_lo].pos in {"NN", "ADJ"} or (
            tokens[place_lo].tag == "ART" and tokens[place_lo].lower.startswith("ein"))
        if indefinite and tokens[c - 1].pos == "NN" and before not in {"im", "am", "beim", "ins", "nach"} \
                and not any(t.pos == "NE" for t in tokens[place_lo:c]):
            continue  # "in Dörfern, wo es keinen Arzt gibt", "in einem Land, wo …": the clause says which places;
            # without it the place says nothing ("nach Zug" names a place)
        if (place_lo > lo and before not in _DATIVE_PLACE | {"ins", "nach"}
                and not all(t.pos == "NE" for t in tokens[place_lo:c])) or tokens[c - 1].lower in IDIOM_PLACE_NOUNS:
            continue  # "am Zentrum für die Geschichte der Alpen (ZGA), wo": the place starts further back
        if before not in _DATIVE_PLACE | {"ins", "nach"} and tokens[place_lo].tag in {"ART", "PPOSAT", "PDAT"}:
            continue  # "Das Amt, wo X sitzt, …": "in" needs the dative its article does not show ("in das Amt")
        outer = np_start(tokens, place_lo - 1, lo) if place_lo > 1 else lo
        if before in _DATIVE_PLACE and tokens[place_lo - 2].pos in {"NN", "NE"} and outer > lo \
                and tokens[outer - 1].lower in {"im", "in", "am", "bei", "beim"}:
            continue  # "eine Schule im Bundesstaat Maine an der Küste, wo …": a place inside a place named before
            # it, either of which (or the school) "wo" may mean; not the whole coast for sure
        if before in {"auf", "an", "in"} and _accusative(tokens, place_lo, c):
            continue  # "verweist auf die Seite X, wo man …", "reisten in den Schrein, wo …", "nahm sie mit in
            # seine Wohnung, wo …": a direction, whose accusative the place of "wo" cannot take ("auf der Seite")
        main: list[Piece] = [(lo, c), (end + 1, hi)] if end < hi else [(lo, c)]  # (both commas go with it)
        where: list[Piece] = ["im" if before == "ins" else before if before in _DATIVE_PLACE else "in"]
        # after the pronouns and adverbs that stood before the subject: "trafen sich in Bern"
        head, rest = clause[:3], clause[3:]
        if rest and isinstance(rest[0], tuple):  # "Er bereitet sich dort vor": a reflexive or a pronoun object
            a, b = rest[0]  # stands before the place
            k = next((j for j in range(a, b) if tokens[j].pos not in {"PRF", "PPER"}), b)
            head, rest = [*head, (a, k)] if k > a else head, [(k, b), *rest[1:]] if k < b else rest[1:]
        return [main, [*head, *where, (place_lo, c), *rest]]
    return [[(lo, hi)]]


_DATIVE_PLACE = {"im", "am", "beim", "in", "bei", "auf", "an"}


def _accusative(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the noun phrase [lo, hi) after a preposition of place shows the accusative of a direction by
    its determiner: a dative ends in -m or -r ("dem", "seiner"), or in -n before a plural ("den Bergen"); the
    other forms ("die", "das", "eine", "seine", "sein") are no dative."""
    det = tokens[lo]
    if det.tag not in {"ART", "PPOSAT", "PDAT", "PIAT"}:
        return False
    if det.lower.endswith(("m", "r")):
        return False
    return _singular_head(tokens, lo + 1, hi) if det.lower.endswith("n") else True


def _singular_head(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the first noun in [lo, hi) after "den" is singular, so "den" is an accusative: a plural's dative
    ends in -en, -rn, -ln or -s ("den Bergen", "Tälern", "Inseln", "Autos"); a name's number is not shown."""
    head = next((t for t in tokens[lo:hi] if t.pos in {"NN", "NE"}), None)
    return head is not None and head.pos == "NN" and not head.lower.endswith(("en", "rn", "ln", "s"))


# the relative adverbs whose clause states a fact of its own about the clause before (not "worum", "woran":
# mostly what a verb of the clause asks for)
_RELATIVE_ADVERBS = {word: RELATIVE_ADVERBS[word] for word in
                     ("wovon", "wobei", "womit", "wodurch", "woraufhin", "worauf", "wofür")}


def _relative_adverb(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """`..., wovon der Kanton 40 Millionen zahlt` → [...], [der Kanton zahlt davon 40 Millionen]."""
    for c in range(lo, hi - 2):
        if tokens[c].lower not in _RELATIVE_ADVERBS or not _top(depth, c) or (c > lo and tokens[c - 1].text
                                                                           not in {",", "–", "—"}):
            continue
        if c == lo and any(tokens[j].text == ":" for j in range(c + 1, hi)):
            continue  # "Worauf die Stadt setzen müsste: günstigen Wohnraum": a question the colon answers, no
            # relative clause
        end = next((j for j in range(c + 1, hi) if tokens[j].text == "," and _top(depth, j)), hi)
        clause = to_main_clause(tokens, c + 1, end)
        if len(clause) < 2 or not has_verb(tokens, c + 1, end):
            continue
        if c >= 2 and tokens[c - 1].text == "," and tokens[c - 2].pos not in {"NN", "NE", "CARD", "$("}:
            continue  # "weiss genau, worauf es ankommt": after a verb it asks, it relates nothing
        reference: list[Piece] = [_RELATIVE_ADVERBS[tokens[c].lower]]
        ante_lo = np_start(tokens, c - 1, 0) if c > 0 and tokens[c - 1].text in {",", "–", "—"} else c
        if tokens[c].lower == "wovon" and ante_lo < c - 1 and tokens[ante_lo].tag not in {"ART", "PPOSAT", "PDAT"}:
            reference = ["von", (ante_lo, c - 1)]  # an article-less antecedent needs no case change
        dependent: list[Piece] = []
        if end + 1 < hi and (tokens[end + 1].lower in {"dass", "daß", "ob"}
                             or (tokens[end + 1].pos in {"PWS", "PWAV", "PWAT"} and tokens[end - 1].pos in {
                                 "VV", "VA", "VM"})):
            # "Wobei alle darauf hinweisen, dass …", "wobei X nicht beziffern kann, wie viel …": the clause's
            # object clause goes with it
            after = next((j for j in range(end + 2, hi) if tokens[j].text in {";", "–", "—"} and _top(depth, j)), hi)
            dependent, end = [(end, after)], after
        converted = [clause[0], clause[1], *reference, *clause[2:], *dependent]
        if c == lo:
            return [converted]
        main: list[Piece] = [(lo, c - 1), (end, hi)] if end < hi else [(lo, c - 1)]
        return [main, converted]
    return [[(lo, hi)]]


_ARTICLE_GENDERS = {"der": "mf", "den": "mp", "dem": "mn", "des": "mn", "die": "fp", "das": "n", "ein": "mn",
                    "einen": "m", "einem": "mn", "eines": "mn", "eine": "f", "einer": "f"}
_RELATIVE_GENDERS = {"der": "m", "die": "fp", "das": "n"}




def _number_clash(tokens: Sequence[Token], lo: int, hi: int, rel_fins: Sequence[int]) -> bool:
    """A plural relative verb after a singular antecedent ("Investitionen in die Infrastruktur, die
    gefährdet wären"): the relative clause belongs to a noun further back."""
    if not rel_fins or not plural_form(tokens[rel_fins[-1]]) or tokens[rel_fins[-1]].lower in {"sei", "habe"}:
        return False
    return _singular_phrase(tokens, lo, hi)


def _singular_phrase(tokens: Sequence[Token], lo: int, hi: int, endings: tuple[str, ...] = ()) -> bool:
    """Whether the noun phrase [lo, hi) is singular: its last noun has no plural ending, and its article has no
    plural ("den Ausbau": a dative plural would end in -n) or is "die" before a feminine suffix ("die
    Infrastruktur"; `endings` adds endings a caller may take as feminine too)."""
    head = next((t for t in reversed(tokens[lo:hi]) if t.pos == "NN"), None)
    if head is None or inflected_noun(head.text.rsplit("-", 1)[-1]):
        return False
    return tokens[lo].lower in {"der", "das", "dem", "den", "des", "ein", "eine", "einem", "einer", "eines"} \
        or (tokens[lo].lower == "die" and head.lower.endswith((*FEMININE_SINGULAR_ENDINGS, *endings)))


def _genitive_ambiguous(tokens: Sequence[Token], lo: int, hi: int, relative: str) -> bool:
    """The antecedent phrase holds a genitive attribute the relative pronoun agrees with as well ("die Liste
    der Schulen, die … müssen", "der Chef des Vereins, der …"): which noun the clause is about, the grammar
    leaves open (not "der Chef der Firma, der …": "der" is no pronoun of "Firma")."""
    return any(tokens[g].tag == "ART" and tokens[g - 1].pos == "NN" and (
        (tokens[g].lower == "der" and relative == "die") or (tokens[g].lower == "des" and relative in {"der", "das"}))
        for g in range(lo + 1, hi))


def _agrees(relative: str, first: Token) -> bool:
    """Whether a subject relative pronoun can refer to a noun phrase opening with `first` (gender, number);
    a number above one opens a plural ("zwei Prozent, der Gewinn sank": "der" is an article)."""
    plural = first.pos == "CARD" and first.lower not in {"1", "ein", "eine", "einen", "einem", "einer"}
    article = "p" if plural else _ARTICLE_GENDERS.get(first.lower)
    pronoun = _RELATIVE_GENDERS.get(relative)
    return article is None or pronoun is None or bool(set(article) & set(pronoun))


def _object_relative(tokens: Sequence[Token], pronoun: int, fin: int) -> bool:
    """Whether the relative pronoun at `pronoun` may not be its clause's subject: a phrase that can be the
    subject follows it ("die der Bund trägt", "die er behandelte"), or, after "die"/"das", which may be
    accusatives, a phrase the plural verb may agree with ("die diese Varianten tragen", "die Forscher
    untersuchen"; not "die Gastfamilien sucht")."""
    k = pronoun + 1
    while k < fin and (tokens[k].tag == "PRF" or tokens[k].lower in _OBLIQUE_PRONOUNS):
        k += 1  # "die sich die Bewohner zugefügt hätten": a reflexive or dative pronoun before the subject
    nxt = tokens[k]
    if nxt.tag in {"ART", "PPOSAT", "PPER", "PIS", "NE"}:
        return True
    return tokens[pronoun].lower in {"die", "das"} and plural_form(tokens[fin]) \
        and (nxt.pos == "NN" or nxt.tag in {"ADJ(A)", "PDAT", "PIAT", "PIDAT"})


# pronouns of the dative or accusative only, which may stand before a relative clause's subject ("die mir der Arzt …")
_OBLIQUE_PRONOUNS = frozenset({"mir", "dir", "ihm", "uns", "euch", "ihnen", "mich", "dich", "ihn"})
# relative pronouns in the dative or genitive: the antecedent, in its own case, cannot stand in their place
_OBLIQUE_RELATIVES = frozenset({"dem", "denen", "deren", "dessen", "welchem"})
# pronouns that take a part of a group named in the genitive after them: "eine der Ersten", "viele der Gäste"
_PARTITIVE = frozenset("""ein eine einer eines einen einem keine keiner keines keinen keinem viele vielen wenige
wenigen einige einigen manche manchen meisten jede jeder jedes jeden jedem""".split())


# stems of ordinals and words of rank, whose noun a relative clause restricts ("die ersten Patienten, die …")
_RANK_STEMS = ("erst", "zweit", "dritt", "viert", "fünft", "letzt", "einzig", "nächst", "meist")


def _ranking(tok: Token) -> bool:
    """An ordinal or a superlative before the noun ("ersten", "einzige", "grössten", "wichtigste")."""
    word = tok.lower
    return tok.tag == "ADJ(A)" and (word.startswith(_RANK_STEMS) or (
        len(word) >= 7 and word.endswith(("ste", "sten", "ster", "stes", "stem"))))


def _partitive(tokens: Sequence[Token], lo: int, ante_lo: int) -> bool:
    """Whether the noun phrase at `ante_lo` is the genitive group of a partitive pronoun before it, or a part
    that "darunter" or "davon" takes from a group named before ("… stieg auf neun, darunter auch zwei Ärzte,
    die …"): the relative clause says which part, and without it the part says nothing."""
    k = ante_lo - 1
    while k > lo and tokens[k].lower in FOCUS_PARTICLES | {"etwa", "insbesondere"}:
        k -= 1
    return (ante_lo - 1 >= lo and tokens[ante_lo - 1].lower in _PARTITIVE and tokens[ante_lo].lower in {"der", "des"}) \
        or (k >= lo and tokens[k].lower in {"darunter", "davon"})


# verbs whose object need not exist: a relative clause on an indefinite object of theirs describes what is
# sought, not a thing that does what the clause says
_INTENSIONAL_VERBS = frozenset("suchen brauchen benötigen wünschen erhoffen erwarten planen vermissen".split())
# predicates of what is wanted ("ist eine Lösung gefragt, die …", "wäre ein Gesetz nötig, das …")
_WANTED = frozenset("gefragt gesucht gefordert gewünscht verlangt benötigt nötig notwendig erforderlich".split())


def _final_relative(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """A relative clause closing the sentence after a full predicate adds a fact about its antecedent:
    `X ausfliegen lassen, die zuvor ... standen` → [X ausfliegen lassen], [X standen zuvor ...]."""
    for c in range(lo + 2, hi - 3):
        if tokens[c].text != "," or not _top(depth, c) or tokens[c + 1].tag != "PRELS":
            continue
        if any(tokens[j].text == "," and _top(depth, j) for j in range(c + 1, hi)) \
                or tokens[c + 1].lower not in RELATIVE_PRONOUNS - _OBLIQUE_RELATIVES:
            return [[(lo, hi)]]  # (", was ...": the clause is about all that precedes, not a noun; ", dem diese
            # Ehre zuteil wurde": the antecedent would need the pronoun's dative)
        fins = finite_verbs(tokens, lo, c)
        if not fins:
            return [[(lo, hi)]]
        described = None  # the subject a copula's predicate noun describes ("X ist ein Arzt, der …")
        if tokens[fins[0]].lemma.lower() == "sein" and not has_verb(tokens, fins[0] + 1, c):
            described = _copula_subject(tokens, lo, fins[0], c)
            if described is None:
                return [[(lo, hi)]]  # "seien 14 Menschen, die ...": the relative clause is what is said
        if any(tokens[j].lower in NEGATIONS and not depth[j] for j in range(lo, c)):
            return [[(lo, hi)]]  # "Nicht beziffern lässt sich der Schaden, der den Bauern entstand": what is denied
            # holds of the noun as the clause restricts it; without the clause the claim denies more
        if tokens[fins[0]].lower in _HYPOTHETICAL or any(t.lower in HEDGES for t in tokens[lo:c]) or (
                tokens[fins[0]].lemma.lower() == "werden" and any(t.tag.endswith("(INF)") for t in tokens[fins[0]:c])):
            return [[(lo, hi)]]  # "könnte in eine Krise schlittern, die sich nicht beherrschen lässt": so is it;
            # "wird ein Werk bauen, das 500 Stellen schafft": a thing of the future
        if (any(t.lemma.lower() in _INTENSIONAL_VERBS and t.finite and not past_tense(t.text, t.tag)
                for t in tokens[lo:c] if t.pos == "VV") or any(t.lower in _WANTED for t in tokens[lo:c])) \
                and any(t.tag == "ART" and t.lower.startswith("ein") for t in tokens[lo:c]):
            return [[(lo, hi)]]  # "sucht noch einen Koch, der gut kocht": a cook wanted, not one who exists (in
            # the past, "suchte ein Kind, das Angst hatte", most often one who did; so is "ist eine Lösung gefragt,
            # die …": one wanted)
        rel_fins = finite_verbs(tokens, c + 2, hi)
        if not rel_fins or any(_object_relative(tokens, c + 1, f) for f in rel_fins):
            return [[(lo, hi)]]
        if any(tokens[f].lower in MODAL_SUBJUNCTIVE_II for f in rel_fins):
            return [[(lo, hi)]]  # "sucht Gäste, die sich angesteckt haben könnten": which ones may be, no fact of
            # its own, and the clause before would lose what it is about
        if any(konjunktiv_i(tokens[f]) for f in rel_fins) and not konjunktiv_i(tokens[fins[0]]) \
                and tokens[fins[0]].lemma.lower() != "geben":  # ("Es gibt Kinder, die anfälliger seien, sagt X":
            # the existential's relative clause is the predication, said as a whole)
            return [[(lo, hi)]]  # "X verweist auf das Programm, das kleine Bahnhöfe attraktiver machen solle":
            # the clause in the Konjunktiv I is what X says of it; alone, nobody would say it
        spans = _relative_spans(tokens, c + 2, hi, rel_fins)
        if tokens[c - 1].pos == "CARD" or spans is None:
            return [[(lo, hi)]]  # "Mhasin Ahmed, 24, die …": the age is no antecedent
        ante_end = c
        while ante_end > lo and tokens[ante_end - 1].pos in {"VV", "VA", "VM", "PTKVZ"}:
            ante_end -= 1
        ante_lo = np_start(tokens, ante_end, lo)
        if ante_lo - 2 >= lo and tokens[ante_lo].pos == "CARD" and tokens[ante_lo - 1].lower in {"bis", "und", "oder"} \
                and tokens[ante_lo - 2].pos == "CARD":
            return [[(lo, hi)]]  # "um 300 bis 500 Menschen, die …": the count is a range, which the antecedent
            # cut at "bis" would lose
        if ante_end - 1 > ante_lo and _compound_plural(tokens[ante_end - 1]) and tokens[ante_end - 2].pos in NOUNS:
            ante_lo = ante_end - 1  # "die Labore PCR-Tests": no name after a noun, but a bare plural of its own
        determined = any(t.tag in {"ART", "PPOSAT", "PDAT", "PIAT"} or (t.tag == "CARD" and not t.text[:1].isupper())
                         for t in tokens[ante_lo:ante_end])  # (a count, not a name like "Covid-19")
        if ante_lo >= ante_end or not (determined or any(t.pos == "NE" and not _compound_plural(t)
                                                         for t in tokens[ante_lo:ante_end])) \
                or not any(t.pos in NOUNS for t in tokens[ante_lo:ante_end]) \
                or ((tokens[ante_end - 1].pos == "NN" or _compound_plural(tokens[ante_end - 1])) and not determined):
            return [[(lo, hi)]]  # "für Menschen, die ...": a bare noun's relative clause says which ones (so does
            # "durch Covid-19 Lieferengpässe, die": a name before the noun is no determiner), and "nur 13, die …"
            # names no noun at all
        if ante_lo > lo and tokens[ante_lo - 1].lower in COORDINATORS and plural_form(tokens[rel_fins[-1]]):
            return [[(lo, hi)]]  # "in München und Nürnberg, die … können": the clause may be about all the
            # conjuncts (a singular verb is about the last: "ein Buch und eine Broschüre, die … erscheint")
        if _restricted(tokens, lo, ante_lo, ante_end) or _partitive(tokens, lo, ante_lo):
            return [[(lo, hi)]]  # "jene Schüler, die ...": so does a determiner that points ahead to it, and
            # a part of a group ("einer der Ersten, die befördert werden"): the clause says which group; and a rank
            # ("die ersten Patienten, die sich infiziert hatten", "die grösste Anlage, die …") holds within it
        if tokens[fins[0]].lemma.lower() in OBJECT_CLAUSE_VERBS - SPEECH_VERBS and ante_end - ante_lo == 2 \
                and tokens[ante_lo].tag == "ART" and not tokens[ante_lo].lower.startswith("ein"):
            return [[(lo, hi)]]  # "sah die Möglichkeiten, die sich daraus ergaben": a bare definite noun that a
            # verb of seeing or knowing takes points ahead to its clause, which says what was seen; cut, "sah die
            # Möglichkeiten" names nothing (a report's object is a thing of its own: "bestätigte den Unfall, der …")
        if tokens[fins[0]].lemma.lower() in _HOLDING_VERBS and not has_verb(tokens, fins[0] + 1, c) \
                and (any(t.pos == "CARD" and not is_year(t) for t in tokens[ante_lo:ante_end])
                     or (tokens[fins[0]].lemma.lower() == "geben" and tokens[ante_lo].tag == "ART"
                         and tokens[ante_lo].lower in {"ein", "eine", "einen"}
                         and any(t.lower == "es" for t in tokens[max(lo, fins[0] - 1):fins[0] + 2]))):
            return [[(lo, hi)]]  # "Wir haben vier Spieler, die gewinnen können", "Es gibt drei Spitäler, die …":
            # the count is of those the clause describes; without it the claim counts all there are; and "es gibt
            # eine Initiative, die Familien sucht" says that one of its kind exists, which alone says nothing
        if ante_lo > lo and tokens[ante_lo - 1].lower in {"wie", "als"}:
            return [[(lo, hi)]]  # "eine Stimme wie ein Kessel, der gleich pfeift": an image, no fact
        if ante_lo > lo and tokens[ante_lo - 1].text in DASHES | {","} and tokens[ante_lo].lower.startswith("ein") \
                and tokens[ante_lo].tag == "ART":
            return [[(lo, hi)]]  # "…, eine Zahl, die nirgends erreicht wird", "… an – eine Kritik, die …": an
            # indefinite phrase set off after the clause comments on all of it; cut from its relative clause it
            # would dangle
        if ante_lo - 1 > lo and tokens[ante_lo - 1].pos in PREPOSITIONS and (
                tokens[ante_lo - 2].pos in NOUNS or (ante_lo - 3 >= lo and nominalised(tokens[ante_lo - 2]))):
            return [[(lo, hi)]]  # "den Kadaver aus dem Jahr 2007, der 600 Geier tötete", "einen 25-Jährigen aus dem
            # Landkreis X, der erkrankt war": which noun it is, the grammar leaves open
        if not _agrees(tokens[c + 1].lower, tokens[ante_lo]) \
                or _number_clash(tokens, ante_lo, ante_end, rel_fins) \
                or _genitive_ambiguous(tokens, ante_lo, ante_end, tokens[c + 1].lower):
            return [[(lo, hi)]]  # the relative clause belongs to another noun ("ein Tourist ..., der")
        if described is not None:
            if not _describes_subject(tokens, fins[0], ante_lo, rel_fins[-1]):
                return [[(lo, hi)]]
            return [[(lo, c)], *_relative_claims(tokens, [described], spans, rel_fins)]
        antecedent: list[Piece] = [(ante_lo, ante_end)]
        if tokens[ante_lo].tag not in {"ART", "CARD", "PPOSAT", "PDAT", "PIAT"} and tokens[ante_lo].pos != "NE":
            return [[(lo, hi)]]  # "im vereinfachten Verfahren, das": the adjective shows another case
        if tokens[ante_lo].pos == "NE" and ante_lo > lo and tokens[ante_lo - 1].pos in {"APPR", "APPRART"}:
            return [[(lo, hi)]]  # "Miller, Abgeordneter aus New Mexico, der ...": the name may be the place's
        if (tokens[ante_lo].tag in {"PPOSAT", "PDAT", "PIAT"}
                and tokens[ante_lo].lower.endswith(("en", "em", "es", "er"))):
            return [[(lo, hi)]]  # "angesichts ihres Einflusses, die": an oblique form, and maybe another noun's
        if tokens[ante_lo].tag in {"ART", "CARD"}:  # "eine Tasche, die ..." → "die Tasche": the pronoun's case
            as_subject = _as_subject(tokens, ante_lo, ante_end, tokens[c + 1].lower) if tokens[ante_lo].tag == "ART" \
                else _counted_subject(tokens, ante_lo, ante_end)
            if as_subject is None:
                return [[(lo, hi)]]
            antecedent = as_subject
        return [[(lo, c)], *_relative_claims(tokens, antecedent, spans, rel_fins)]
    return [[(lo, hi)]]


def _compound_plural(tok: Token) -> bool:
    """Whether a word tagged a name is a compound whose head is a common noun in the plural ("PCR-Tests",
    "EU-Staaten"): a bare plural, which a relative clause restricts, not a name."""
    head = tok.text.rsplit("-", 1)[-1]
    return tok.pos == "NE" and "-" in tok.text and head[:1].isupper() and head[1:].islower() \
        and inflected_noun(head)


def _relative_spans(tokens: Sequence[Token], body: int, end: int, rel_fins: Sequence[int]
                    ) -> list[tuple[int, int]] | None:
    """The stretches of a relative clause body [body, end) that give a claim each: two verb-final clauses joined
    by "und" that both have all they need (`_relative_conjuncts`), else the body whole; None when another
    coordination of verbs leaves unclear what each verb takes ("die ihre Fans berührt und bewegt": the finite
    verb is the first conjunct's, moved to second place it would take both)."""
    conjuncts = _relative_conjuncts(tokens, body, end, rel_fins)
    if conjuncts is None and any(tokens[j].lower in COORDINATORS and has_verb(tokens, j + 1, end)
                                 for j in range(rel_fins[0] + 1, end)):
        return None
    return conjuncts or [(body, end)]


def _relative_claims(tokens: Sequence[Token], subject: list[Piece], spans: Sequence[tuple[int, int]],
                     rel_fins: Sequence[int]) -> list[list[Piece]]:
    """Each relative clause body in `spans` in main-clause order, the antecedent its subject: the clause's last
    finite verb goes to second place, its particle to the end."""
    claims: list[list[Piece]] = []
    for start, end in spans:
        fin = max(f for f in rel_fins if start <= f < end)
        verb, particle = verb_second(tokens, fin)
        claims.append([*subject, verb, (start, fin), *particle, (fin + 1, end)])
    return claims


# determiners of a phrase that cannot be a subject: no nominative has them
_NON_NOMINATIVE = frozenset({"den", "dem", "des", "einen", "einem", "eines"})
# determiners of a plural, which a singular verb cannot have as its subject
_PLURAL_QUANTIFIERS = frozenset({"viele", "mehrere", "einige", "zahlreiche", "wenige", "zwei", "drei", "vier", "fünf"})


def _relative_conjuncts(tokens: Sequence[Token], body: int, hi: int, rel_fins: Sequence[int]
                        ) -> list[tuple[int, int]] | None:
    """`…, die in die Atmosphäre eingetreten sind und dann verglühten` → the two verb-final clauses joined by
    "und" that both have the relative pronoun as their subject, each of which then gives a claim; None unless
    the body is just that. The second clause must have no subject of its own ("und die Feuerwehr löschte"),
    and, when it has nothing but its verb and adverbs, the first must have no object it could share ("die
    ihre Fans berührt und bewegt": "bewegt" alone would lose whom)."""
    if len(rel_fins) != 2 or rel_fins[1] != hi - 1 or tokens[rel_fins[0] + 1].lower != "und" \
            or {verb_number(tokens[f]) for f in rel_fins} == {"sg", "pl"}:
        return None
    first, k, fin = rel_fins[0], rel_fins[0] + 1, rel_fins[1]
    if any(t.lower in COORDINATORS | _CLAUSECOORDINATORS or t.text in {",", ";", ":", "(", "–"}
           or t.tag in {"PRELS", "PRELAT", "PWS", "PWAV"} for t in tokens[k + 1:fin]):
        return None

    def phrases(lo: int, stop: int, second: bool) -> tuple[int, int] | None:
        """The phrases of their own [lo, stop) holds (objects, prepositional phrases, "sich") and how many
        of them are noun phrases an object of the other verb could be; None when one may be a subject."""
        found = free = 0
        j = lo
        while j < stop:
            tok = tokens[j]
            if tok.pos in PREPOSITIONS:
                j, found = max(np_end(tokens, j + 1, stop), j + 1), found + 1
                continue
            if tok.tag == "PRF" or (tok.pos == "PPER" and tok.lower in {"ihn", "ihm", "ihnen", "uns", "mich"}):
                found, free = found + 1, free + (tok.tag != "PRF")
            elif is_year(tok):
                pass  # a date, no object ("die 1200 erbaut wurde und bis heute steht")
            elif is_np_word(tok) and tok.tag not in {"ADJ(D)", "ADV"}:
                if second and tok.lower not in _NON_NOMINATIVE and not (
                        (tok.lower in _PLURAL_QUANTIFIERS or (tok.tag == "CARD" and tok.lower not in {"1", "ein"}))
                        and not plural_form(tokens[fin])):  # ("und 50 Leute beschäftigt": no subject of "-t")
                    return None
                j, found, free = max(np_end(tokens, j, stop), j + 1), found + 1, free + 1
                continue
            elif tok.tag not in {"ADV", "ADJ(D)", "PTKNEG", "PTKZU", "PTKVZ", "PROAV"} and not (
                    tok.pos in {"VV", "VA", "VM"} and not tok.finite):
                return None
            j += 1
        return found, free

    own = phrases(k + 1, fin, second=True)
    shared = phrases(body, first, second=False)
    if own is None or shared is None or (not own[0] and shared[1]):
        return None
    return [(body, k), (k + 1, hi)]


# a subject before a copula that a predicate noun can describe: a definite phrase, a name, a third person
_DESCRIBED_OPENERS = frozenset({"der", "die", "das", "er", "sie"})
_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "eines"})


def _copula_subject(tokens: Sequence[Token], lo: int, copula: int, c: int) -> tuple[int, int] | None:
    """The subject in the prefield of "X ist ein N, der …", whose relative clause then says something of X
    (an N that does something is X doing it); None when the prefield is no such phrase ("Unter den Toten
    seien 14 Menschen, die …", "Das ist ein Problem, das …", "Ein Problem ist die Hitze, die …")."""
    if copula <= lo or tokens[copula].lower in _HYPOTHETICAL or any(t.pos in PREPOSITIONS for t in tokens[lo:copula]) \
            or any(t.lower in HEDGES for t in tokens[lo:c]):
        return None
    first = tokens[lo]
    if first.tag in {"PDS", "PIS"} or not (first.lower in _DESCRIBED_OPENERS or first.tag in {"NE", "NN", "PPOSAT"}):
        return None
    if first.tag == "PPER" and copula != lo + 1:
        return None
    if first.tag != "PPER" and np_start(tokens, copula, lo) != lo:
        return None
    return (lo, copula)


def _describes_subject(tokens: Sequence[Token], copula: int, ante_lo: int, rel_fin: int) -> bool:
    """Whether the relative clause's antecedent is the copula's indefinite predicate noun, after nothing but
    adverbs and with the copula's number ("Die Stoffe sind eine Klasse von Salzen, die … können"; not "ist kein
    Arzt, der", "ist einer der Ärzte, die")."""
    between = tokens[copula + 1:ante_lo]
    return tokens[ante_lo].lower in _INDEFINITE_ARTICLES and all(
        t.pos == "ADV" and t.lower not in NEGATIONS | HEDGES for t in between) \
        and plural_form(tokens[copula]) == plural_form(tokens[rel_fin])


_DEFINITE = {"der", "die", "das", "den", "dem", "des"}
_FUSED = {"zum": "m", "zur": "f", "im": "m", "am": "m", "beim": "m", "vom": "m", "ins": "n"}


def _as_subject(tokens: Sequence[Token], lo: int, hi: int, relative: str) -> list[Piece] | None:
    """An article-led antecedent [lo, hi) as the subject of its relative clause: the relative pronoun
    (nominative) takes the article's place ("einer Tasche, die" → "die Tasche") where the rest of the phrase
    keeps its form in the nominative. Adjectives and weak nouns show their case ("dem jungen Baum", "dem
    Patriarchen"): then only a name closing the phrase can stand ("dem Schauspieler Udo Kier" → "Udo
    Kier"), or nothing (None)."""
    same_form = tokens[lo].lower == relative
    inflected = any(t.tag == "ADJ(A)" for t in tokens[lo:hi]) and not same_form
    head = next((t for t in reversed(tokens[lo:hi]) if t.pos == "NN"), None)
    if not same_form and head is not None and (inflected_noun(head.text) or (
            tokens[lo].lower in {"des", "eines"} and head.lower.endswith("s"))):
        inflected = True  # "dem Patriarchen, der", "den Helfern, die", "des Wanderers, der": the ending shows
        # the case
    if not inflected:
        return [relative, (lo + 1, hi)]
    start = hi
    while start > lo + 1 and tokens[start - 1].pos == "NE":
        start -= 1
    return [(start, hi)] if start < hi and tokens[start - 1].pos not in PREPOSITIONS else None  # (a name after a
    # preposition is an attribute's, "dem Patienten aus Basel", not the head's)


# prepositions that never govern the dative: a counted noun after them is no dative plural
_ACCUSATIVE_PREPOSITIONS = frozenset({"für", "durch", "gegen", "ohne", "um", "bis"})


def _counted_subject(tokens: Sequence[Token], lo: int, hi: int) -> list[Piece] | None:
    """A counted antecedent [lo, hi) ("zwei Männern, die") as the subject of its relative clause: a dative
    plural takes its nominative ("Zwei Männer"); None where the case is unclear, an adjective inflected for it
    ("drei jungen Männern") or a noun in "-n" after a preposition that may govern the dative ("bei drei
    Unfällen": "Unfälle" or "Unfällen", the form does not tell). An adjective as a noun after a number has
    the strong ending, "-en" only in the dative ("mit drei Jugendlichen" → "Drei Jugendliche")."""
    head = max((j for j in range(lo, hi) if tokens[j].pos == "NN"), default=None)
    adjectival = hi - 1 if hi - lo > 1 and (tokens[hi - 1].tag == "NNA" or nominalised(tokens[hi - 1])) else None
    if adjectival is not None and tokens[adjectival].lower.endswith("en"):
        if head is not None or any(t.pos == "ADJ" for t in tokens[lo:adjectival]):
            return None  # ("drei jungen Angestellten": the adjective before it would change too)
        return [(lo, adjectival), tokens[adjectival].text[:-1]]
    if head is None:
        return [(lo, hi)]
    nominative = dative_plural(tokens[head].text)
    if nominative is not None:
        if any(t.tag == "ADJ(A)" for t in tokens[lo:hi]):
            return None
        return [(lo, head), nominative, (head + 1, hi)]
    if tokens[head].lower.endswith("n") and lo > 0 and tokens[lo - 1].pos in PREPOSITIONS \
            and tokens[lo - 1].lower not in _ACCUSATIVE_PREPOSITIONS:
        return None
    return [(lo, hi)]


def _restricted(tokens: Sequence[Token], lo: int, ante_lo: int, ante_end: int) -> bool:
    """Whether the antecedent tokens[ante_lo:ante_end] (or the word before it, "all die Seiten") has a
    determiner that points ahead to its relative clause ("jene Schüler, die …", "alle, die …") or a rank
    ("die ersten Patienten, die …"), or an exclusive particle before it ("nur ein Mann, der …"), or is an
    indefinite pronoun alone ("Einer, der …", "Viele, die …"): the clause then says which ones are meant, no
    fact of its own."""
    return any(t.lower in RESTRICTIVE_DETERMINERS or _ranking(t) for t in tokens[max(lo, ante_lo - 1):ante_end]) \
        or (ante_lo > lo and tokens[ante_lo - 1].lower in _EXCLUSIVE_PARTICLES) \
        or (ante_end - ante_lo == 1 and tokens[ante_lo].tag == "PIS")


# verbs that say what exists or is held ("haben", "es gibt", "zählen"): a count of their object is of those a
# relative clause after it describes
_HOLDING_VERBS = frozenset({"haben", "geben", "besitzen", "zählen", "umfassen", "kennen"})


# particles that single out their noun phrase as the only one: its relative clause says which one ("nur ein
# Mann, der …": whoever wrote it is such a man, not that some man is)
_EXCLUSIVE_PARTICLES = frozenset({"nur", "bloss", "bloß", "allein", "einzig", "ausschliesslich", "ausschließlich"})


def _medial_relative(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """A relative clause between commas after a definite noun phrase or a name adds a fact about it, and
    the sentence holds without it: `Der Tunnel, der 2008 eröffnet wurde, ist gesperrt` → [Der Tunnel ist
    gesperrt], [der Tunnel wurde 2008 eröffnet]. Only subject relatives (the pronoun agrees with the noun
    and no other subject follows it); indefinite and bare nouns are restricted by theirs and stay whole."""
    for c in range(lo + 1, hi - 3):
        if tokens[c].text != "," or not _top(depth, c) or tokens[c + 1].lower not in _RELATIVE_GENDERS:
            continue
        close = next((j for j in range(c + 2, hi) if tokens[j].text == "," and _top(depth, j)), None)
        if close is None or close + 1 >= hi or tokens[close - 1].pos not in {"VV", "VA", "VM"} \
                or tokens[close + 1].lower in {"wie", "als", "sondern", "und", "oder", "aber", "doch", "jedoch"} \
                or tokens[close + 1].pos == "KOUI":
            # ", die ... ausfielen, wie ...", ", der nicht nur A tat, sondern auch B", ", der X tat, um Y zu tun":
            # the relative clause goes on
            return [[(lo, hi)]]
        # the tagger may call the pronoun an article; the main clause's finite verb right after the closing
        # comma, with none before the first, shows the stretch between the commas is embedded
        if tokens[c + 1].tag != "PRELS" and not (tokens[close + 1].finite and not finite_verbs(tokens, lo, c)):
            return [[(lo, hi)]]
        if tokens[c + 1].tag != "PRELS" and any(t.pos == "NE" for t in tokens[c + 2:np_end(tokens, c + 2, close)]):
            return [[(lo, hi)]]  # ", der Stürmerin Lea Kunz (22) oder …": a list of names, no relative clause
        rel_fins = finite_verbs(tokens, c + 2, close)
        if not rel_fins or not (finite_verbs(tokens, lo, c) or finite_verbs(tokens, close + 1, hi)) \
                or tokens[c + 2].tag in {"PRF", "PDS"} or _object_relative(tokens, c + 1, rel_fins[-1]) \
                or any(tokens[f].lemma.lower() in {"heißen", "heissen"} for f in rel_fins):
            return [[(lo, hi)]]  # (", die eigentlich anders heisst,": without it the name would read as real)
        after = finite_verbs(tokens, close + 1, hi)
        if after and after[0] > close + 1 and _verb_last(tokens, after[0], hi):
            return [[(lo, hi)]]  # ", der Zahlungen abwickelt, Kredite vergibt und …": the relative clause goes on
        if any(t.lower == "seit" for t in tokens[c + 2:close]) and not past_tense(tokens[rel_fins[-1]].text,
                                                                              tokens[rel_fins[-1]].tag) \
                and any(past_tense(tokens[f].text, tokens[f].tag) or tokens[f].lemma.lower() in {"haben", "sein"}
                        for f in after[:1]):
            return [[(lo, hi)]]  # "Die Asylwerber, die seit Monaten im Zeltlager ausharren, sind übersiedelt": the
            # state lasts up to the event told after it, which may end it; alone its present would say it goes on
        main = finite_verbs(tokens, lo, c)
        if main and tokens[main[-1]].pos == "VV" and not in_subordinate(tokens, depth, lo, c) \
                and any(t.pos in {"VV", "VA", "VM"} for t in tokens[close + 1:hi]):
            return [[(lo, hi)]]  # "gründete den Verein, der Spenden sammelt, Essen verteilt und …": after a full
            # finite verb the main clause waits for no verb, so a verb after the commas is the relative clause's
        ante_lo = np_start(tokens, c, lo)
        while ante_lo - 2 >= lo and tokens[ante_lo - 1].pos == "APPR" and tokens[ante_lo - 2].pos in {"NN", "NE"}:
            if tokens[ante_lo].tag in {"ART", "PPOSAT", "PDAT", "PIAT"}:
                return [[(lo, hi)]]  # "das Buch über einen Arzt, der …": either noun may be meant
            ante_lo = np_start(tokens, ante_lo - 1, lo)  # "das Fest in Pullach, das ...": the head noun's phrase
        if ante_lo == lo and tokens[lo].lower in {"den", "dem"}:
            return [[(lo, hi)]]  # "Den Mut, der im Mai geherrscht habe, brauche man wieder": a fronted object
            # with its relative clause is picked out by it; alone it names nothing
        negated = any(t.lower in NEGATIONS for t in tokens[c + 2:close])
        if ante_lo >= c or _restricted(tokens, lo, ante_lo, c) or (
                negated and tokens[ante_lo].lower in _DEFINITE
                and not any(t.pos in {"NE", "CARD"} for t in tokens[ante_lo:c])):
            return [[(lo, hi)]]  # ("all die Gäste, die nicht fotografiert werden wollen, …": which ones; so does a
            # negation on a common noun with its article: "den Raum, der nicht mehr gebraucht wird, …" is the
            # unused space; not a date or a name, "zum Januar 2020, der noch nicht …", which is one)
        first, before = tokens[ante_lo], tokens[ante_lo - 1] if ante_lo > lo else None
        relative = tokens[c + 1].lower
        if _genitive_ambiguous(tokens, ante_lo, c, relative):
            return [[(lo, hi)]]
        nominative = _as_subject(tokens, ante_lo, c, relative)
        if first.lower in _DEFINITE and nominative is not None and _agrees(relative, first):
            antecedent: list[Piece] = nominative
        elif before is not None and before.lower in _FUSED and first.pos == "NN" \
                and _RELATIVE_GENDERS.get(relative) == _FUSED[before.lower] \
                and not (ante_lo - 2 >= lo and (tokens[ante_lo - 2].pos == "NE"
                                                or tokens[ante_lo - 2].text in {'"', "»", "«", "“", "”"})):  # (not
            # 'das «Eck» am Rand der Stadt, der …': after a name either may be meant)
            antecedent = [relative, (ante_lo, c)]  # "zum Januar, der ..." → "der Januar"
        elif (name := _titled_name(tokens, ante_lo, c)) is not None and relative != "das" \
                and (before is None or before.pos not in {"APPR", "APPRART"}):
            antecedent = [(name, c)]  # "Stürmer Marc Janko, der verletzt ist, …" → "Marc Janko ist verletzt"
        else:
            return [[(lo, hi)]]
        spans = _relative_spans(tokens, c + 2, close, rel_fins)
        if spans is None or (len(spans) > 1 and _object_relative(tokens, c + 1, rel_fins[0])):
            return [[(lo, hi)]]
        return [[(lo, c), (close + 1, hi)], *_relative_claims(tokens, antecedent, spans, rel_fins)]
    return [[(lo, hi)]]


def _titled_name(tokens: Sequence[Token], lo: int, hi: int) -> int | None:
    """Where the name starts in a phrase [lo, hi) that is a name, or a bare role noun before one ("Marc Janko",
    "Stürmer Marc Janko", "Basel-Legionär Marc Janko"); None for any other phrase."""
    if not all(t.text[:1].isupper() for t in tokens[lo:hi]):
        return None
    name = next((k for k in range(lo, hi) if tokens[k].pos == "NE" or name_gender(tokens[k].text)), None)
    if name is None or name - lo > 2 or not all(t.pos == "NN" for t in tokens[lo:name]):
        return None
    return name  # (a first name the tagger calls a noun is the name's start: "Leonie Kapell")


def _name_span(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A person's or organisation's name: capitalised words with a proper noun among them, and an age or
    party in brackets ("Anna Muster (37)")."""
    words = [t for t in tokens[lo:hi] if t.text not in {"(", ")"} and not t.text.isdigit()]
    return bool(words) and any(t.pos == "NE" for t in words) and all(t.text[:1].isupper() for t in words) \
        and not any(t.lower == "und" for t in tokens[lo:hi])


def _role_span(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A descriptive noun phrase without a verb ("der Präsident des Verbandes", "Chefin der Bank")."""
    return hi > lo and (tokens[lo].lower in {"der", "die"} or tokens[lo].pos == "NN") \
        and any(t.pos == "NN" for t in tokens[lo:hi]) and not has_verb(tokens, lo, hi)


def _apposition(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """An apposition in the prefield says who the subject is: `Der Chef der Bank, Peter Muster, trat
    zurück` and `Peter Muster, Chef der Bank, trat zurück` → [Peter Muster trat zurück], [Peter Muster
    ist (der) Chef der Bank]. The prefield before the finite verb is the subject, so the apposition is in
    the nominative and "ist" joins it to the name."""
    start = lo + 1 if tokens[lo].lower in FOCUS_PARTICLES | {"und", "doch", "aber"} else lo
    commas = [j for j in range(start + 1, hi - 1) if tokens[j].text == "," and _top(depth, j)]
    if (len(commas) < 2 or tokens[start].pos in {"APPR", "APPRART", "ADV", "KOUS", "PROAV"}
            or finite_verbs(tokens, start, commas[1]) or not tokens[commas[1] + 1].finite):
        return _inner_apposition(tokens, commas, lo, hi)
    c, close = commas[0], commas[1]
    if _name_span(tokens, c + 1, close) and _role_span(tokens, start, c):
        if any(t.pos in PREPOSITIONS for t in tokens[start + 1:c]):
            return [[(lo, hi)]]  # "Die Feier zu Ehren der Patronin, Sainte Dévote, ...": the name may be the
            # nearer noun's
        name, role = (c + 1, close), (start, c)
    elif _name_span(tokens, start, c) and _role_span(tokens, c + 1, close):
        name, role = (start, c), (c + 1, close)
    else:
        return [[(lo, hi)]]
    return [[(lo, start), name, (close + 1, hi)], [name, "ist", *_described(tokens, role)]]


def _described(tokens: Sequence[Token], role: tuple[int, int]) -> list[Piece]:
    """The role as the predicate of "ist": a capitalised determiner that opened the sentence is lower-cased
    ("Streit: Der Chef der Bank, Peter Muster, …" → "Peter Muster ist der Chef der Bank"; one at the very
    start is lower-cased anyway)."""
    if role[0] > 0 and tokens[role[0]].tag in {"ART", "PPOSAT", "PDAT"} and tokens[role[0]].text[:1].isupper():
        return [tokens[role[0]].lower, (role[0] + 1, role[1])]
    return [role]


def speaker_apposition(tokens: Sequence[Token], depth: Sequence[int], speaker: tuple[int, int],
                       hi: int) -> list[Piece] | None:
    """The author's statement of who a speaker is, made in the frame of the speaker's words: `…, sagte Anna
    Muster, Chefin der Bank` and `Die Chefin der Bank, Anna Muster, sagte, …` → [Anna Muster ist (die) Chefin
    der Bank]. The frame is no claim, but its apposition is a fact the article states, not the speaker's
    words. The speaker's phrase is the subject of the frame's verb, so the apposition next to it is in the
    nominative; a name and a role on the two sides of one comma, the second closed by a comma or the clause's
    end. `speaker` is the phrase the frame names, which may hold both ("sagte die Chefin der Bank, Anna
    Muster"). None when no such apposition stands there."""
    lo, end = speaker
    inner = next((j for j in range(lo + 1, end - 1) if tokens[j].text == "," and _top(depth, j)), None)
    if inner is not None:
        first, second = (lo, inner), (inner + 1, end)
    elif end + 1 < hi and tokens[end].text == "," and _top(depth, end):
        close = next((j for j in range(end + 1, hi) if tokens[j].text in _CLAUSE_ENDS and _top(depth, j)), hi)
        if close < hi and tokens[close].text != ",":
            return None  # (a role cut by a colon or a bracket is no plain apposition)
        first, second = (lo, end), (end + 1, close)
    else:
        return None
    if second[1] < hi and tokens[second[1]].text == "," and starts_subordinate(tokens[second[1] + 1]):
        return None  # ("sagt Anna Muster, die Frau, die …": the relative clause says which one)
    for name, role in ((first, second), (second, first)):
        head = role[0] + (tokens[role[0]].tag == "ART")
        if _speaker_name(tokens, *name) and _role_span(tokens, *role) and role[1] - head > 1 \
                and tokens[role[0]].lower not in {"dem", "den", "des"}:
            return [name, "ist", *_described(tokens, role)]
    return None  # (nor a bare noun, "sagt Anna Muster, die Ökonomin": the article named her so before)


def _speaker_name(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A name, or a name after its title noun and article ("die Ärztin Anna Muster"), ending on the name."""
    start = lo + 1 if tokens[lo].lower in {"der", "die"} else lo
    return hi > start and _name_span(tokens, start, hi) and (tokens[hi - 1].pos == "NE" or tokens[hi - 1].text == ")")


# the singular nominative determiners that may open either side of a verbless "X – das Y" (not "die", which may
# be a plural's: "Die Grünen – die Partei der Stunde" is no "ist")
_SINGULAR_NOMINATIVE = frozenset({"der", "das", "ein", "eine"})


def _verbless_equation(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """A verbless heading or sentence that names a thing and then says what it is, `Tschechien – das Land
    mit den meisten Fällen` → [Tschechien ist das Land mit den meisten Fällen]: the dash stands for the
    copula. Only where the thing is a name or a singular noun phrase, and the predicate a noun phrase whose
    article shows the nominative singular, with no other clause mark."""
    dashes = [j for j in range(lo + 1, hi - 1) if tokens[j].text in DASHES]
    if len(dashes) != 1 or has_verb(tokens, lo, hi) or any(
            t.text in DASHES | {",", ";", ":", "("} or depth[j] for j, t in enumerate(tokens[lo:hi], lo)
            if j != dashes[0]):
        return [[(lo, hi)]]
    d = dashes[0]
    name = all(t.pos == "NE" for t in tokens[lo:d])
    thing = tokens[lo].lower in _SINGULAR_NOMINATIVE and np_end(tokens, lo, d) == d \
        and tokens[d - 1].pos in NOUNS
    head = next((t for t in tokens[d + 1:hi] if t.pos == "NN"), None)
    singular = tokens[d + 1].lower in _SINGULAR_NOMINATIVE or (
        tokens[d + 1].lower == "die" and head is not None and head.lower.endswith(FEMININE_SINGULAR_ENDINGS))
    if not (name or thing) or not singular or tokens[d + 1].tag != "ART" or head is None \
            or not tokens[d + 1].text.islower() \
            or tokens[hi - 1].pos in PREPOSITIONS:
        return [[(lo, hi)]]
    return [[(lo, d), "ist", (d + 1, hi)]]


# words in a subject that make it plural ("Tausende Menschen", "mehrere Häuser")
_PLURAL_QUANTIFIERS = frozenset("""millionen tausende hunderte dutzende mehrere viele zahlreiche einige alle beide
etliche""".split())
# adverbs by which a heading's participle tells a state that still holds ("15 Menschen noch immer vermisst")
_STILL = frozenset({"immer", "weiterhin", "derzeit", "seit"})


def _subject_number(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """"sg" or "pl" for a heading's subject [lo, hi), or None where its form leaves it open ("die Mitarbeiter",
    a bare singular noun without the article a sentence needs)."""
    words = tokens[lo:hi]
    if any((t.pos == "CARD" and t.lower not in {"1", "ein", "eine"}) or t.lower in _PLURAL_QUANTIFIERS
           for t in words):
        return "pl"
    head = words[-1]
    if head.pos == "NE":
        return "sg" if all(t.pos == "NE" for t in words) and not inflected_noun(head.text) else None
    if head.pos != "NN":
        return None
    if inflected_noun(head.text):
        return "pl" if words[0].lower not in {"der", "das", "ein", "eine", "des"} else None
    if words[0].lower in {"der", "das", "ein", "eine"} or (
            words[0].lower == "die" and head.lower.endswith(FEMININE_SINGULAR_ENDINGS)):
        return "sg"
    return None


def _verbless_participle(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """A heading that names what happened by a participle and leaves out its auxiliary, `16 Arbeiter nach der
    Explosion festgenommen` → [16 Arbeiter wurden nach der Explosion festgenommen]: the auxiliary after the
    subject makes it a sentence. "sein" for a verb of change ("Acht Millionen Masken angekommen" → "sind
    angekommen"), for a state that holds ("Tausende Menschen betroffen") and for what "noch immer" or "seit"
    says still holds; the present passive for an expectation ("Anstieg erwartet"), and for what still goes on
    ("noch immer vermisst"); else the past passive. Only where the subject's number is clear and nothing
    after it may be its attribute ("Folgen von X behoben": "von" may name the agent), nor a time run into it
    ("200 Menschen vergangenes Jahr getötet")."""
    stop = hi - 1 if tokens[hi - 1].text in {".", "!"} else hi
    if stop - lo < 3 or tokens[stop - 1].tag not in {"VV(PP)", "VA(PP)"} or lo > 0 \
            or any(t.pos in {"VV", "VA", "VM"} for t in tokens[lo:stop - 1]) \
            or any(t.text in DASHES | {",", ";", ":", "(", "?"} or depth[j] for j, t in enumerate(tokens[lo:hi], lo)) \
            or tokens[lo].tag not in {"CARD", "ART", "PIAT", "NE", "NN", "ADJ(A)"} \
            or tokens[lo].lower in OBLIQUE_ARTICLES:
        return [[(lo, hi)]]
    end = np_end(tokens, lo, stop - 1)
    if end <= lo or any(is_time_noun(t) for t in tokens[lo:end]) or any(
            tokens[j].pos in NOUNS and tokens[j + 1].tag in {"ADJ(A)", "ART", "PIAT", "CARD"}
            for j in range(lo, end - 1)) or tokens[end].lower == "von" or tokens[end].lower in GENITIVE_DETERMINERS \
            or tokens[end].pos not in PREPOSITIONS | {"ADV", "VV"}:
        return [[(lo, hi)]]
    number = _subject_number(tokens, lo, end)
    if number is None or (number == "sg" and _present_form(tokens[stop - 1])):
        return [[(lo, hi)]]  # ("Die Polizei ermittelt.": a present the tagger read as a participle)
    participle = tokens[stop - 1].lower
    still = any(t.lower in _STILL for t in tokens[end:stop - 1])
    if participle in SEIN_PARTICIPLES or participle in STATE_PARTICIPLES or (
            still and participle not in EXPECTATION_PARTICIPLES):
        auxiliary = "ist" if number == "sg" else "sind"
    elif participle in EXPECTATION_PARTICIPLES or still:
        auxiliary = "wird" if number == "sg" else "werden"
    else:
        auxiliary = "wurde" if number == "sg" else "wurden"
    return [[(lo, end), auxiliary, (end, hi)]]


def _verbless_assessment(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """A sentence that opens with a bare predicative adjective before its "dass", "ob" or "wie" clause, `Gut
    möglich, dass X` → [Es ist gut möglich, dass X]: the copula and its "es" are left out, and the clause
    alone would state X as fact. Only adjectives that judge how likely or certain the clause is (not a
    verdict on it: "Schade, dass …" is an opinion)."""
    comma = next((j for j in range(lo + 1, min(hi, lo + 4)) if tokens[j].text == ","), None)
    if comma is None or comma + 2 >= hi or lo > 0 or tokens[comma - 1].lower not in LIKELIHOOD_ADJECTIVES \
            or any(t.pos not in {"ADV", "PTKNEG"} for t in tokens[lo:comma - 1]) \
            or not (tokens[comma + 1].lower in {"dass", "daß", "ob"} or tokens[comma + 1].tag == "PWAV"):
        return [[(lo, hi)]]
    return [["es ist", tokens[lo].text.lower(), (lo + 1, hi)]]


def _inner_apposition(tokens: Sequence[Token], commas: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """An apposition after the finite verb: `wurde Anna Muster (37), die Nichte des Fürsten, gesichtet` →
    [wurde Anna Muster (37) gesichtet], [Anna Muster (37) ist die Nichte des Fürsten]. Only a name of two
    words or more that no preposition or article governs (a dative name would need "der" in the dative), and
    an apposition in the nominative form "der/die/das ..."."""
    fins = finite_verbs(tokens, lo, hi)
    for c, close in zip(commas, commas[1:]):
        if not fins or c < fins[0] or finite_verbs(tokens, c, close) \
                or tokens[c + 1].lower not in {"der", "die", "das"} or not _role_span(tokens, c + 1, close) \
                or close + 1 >= hi:
            continue
        first = c
        while first > fins[0] + 1 and (tokens[first - 1].pos == "NE" or tokens[first - 1].text in {"(", ")"}
                                        or tokens[first - 1].text.isdigit()):
            first -= 1
        words = [t for t in tokens[first:c] if t.text[:1].isalpha()]
        if len(words) < 2 or not _name_span(tokens, first, c) or tokens[first - 1].pos in PREPOSITIONS \
                or tokens[first - 1].tag in {"ART", "PPOSAT", "PDAT"} \
                or any(t.text == ":" or (t.text == "(" and tokens[j + 1].text[:1].isalpha())
                       for j, t in enumerate(tokens[first - 1:c], first - 1)):
            continue  # ("in X (Regie: Anna Muster), der Verfilmung …": a name inside brackets is an aside, and the
            # apposition describes what stands before them)
        later = finite_verbs(tokens, close + 1, hi)
        if later and all(not t.text[:1].isalnum() for t in tokens[later[0] + 1:hi]) \
                and tokens[c + 2].pos not in NOUNS | {"ADJ", "CARD"}:
            continue  # "Da ist X, die in ihrem Leben schon Kellnerin, Lehrerin und Professorin war": a "die" that
            # no noun phrase follows opens a relative clause, whose list the commas part, closed by its verb (not
            # "als X, die alte Bewohnerin, eine Spritze bekam": the verb closes the clause around the apposition)
        head = next((t for t in tokens[c + 2:close] if t.pos == "NN"), None)
        if tokens[c + 1].lower == "der" and head is not None \
                and head.lower.endswith(("in", "frau", *FEMININE_SINGULAR_ENDINGS)):
            continue  # "gab Anna Keller, der Chefin der Firma, ...": "der" of a woman (or of "Verfilmung", a
            # feminine noun) is dative or genitive here, no nominative to join with "ist"
        rest = close if starts_subordinate(tokens[close + 1]) else close + 1  # ", der in der Zeitung ..."
        return [[(lo, c), (rest, hi)], [(first, c), "ist", (c + 1, close)]]
    return [[(lo, hi)]]


def _object_after(tokens: Sequence[Token], depth: Sequence[int], end: int, hi: int) -> bool:
    """Whether a noun phrase with a determiner follows the verb at `end - 1`, after an aside between commas
    at most: the verb cluster closes a clause, so a phrase after it makes the verb a finite one."""
    if end < hi and tokens[end].text == ",":
        close = next((j for j in range(end + 1, hi) if tokens[j].text == "," and _top(depth, j)), None)
        if close is None or tokens[end + 1].pos not in PREPOSITIONS:
            return False
        end = close + 1
    return end + 1 < hi and tokens[end].tag in {"ART", "PIAT", "PPOSAT"} and tokens[end + 1].pos in NOUNS | {"ADJ"}


# words that open an object clause after a verb ("analysiert, was geschah", "geprüft, ob …")
_OBJECT_CLAUSE_OPENERS = frozenset("dass ob was wie wer wo warum wann weshalb welche welcher welches".split())


def _participle_coordination(tokens: Sequence[Token], depth: Sequence[int], lo: int,
                             hi: int) -> list[list[Piece]]:
    """`werden ab Mai dem Index angeglichen und um 1,5 Prozent gesenkt`: coordinated participles share
    the clause before them; the left conjunct takes as many phrases as the right one has (parallelism)."""
    for k in range(lo + 2, hi - 1):
        v = k - 2 if _emphatic_dash(tokens, depth, k, hi) else k - 1  # the first conjunct's participle
        if tokens[k].lower not in {"und", "sowie"} or not _top(depth, k) or tokens[v].pos not in {"VV", "VA"} \
                or tokens[v].finite or tokens[v - 1].text == "," or tokens[v - 1].lower in {"oder", "und", "zu"}:
            continue  # (a list "getrunken, getanzt und gefeiert" or "ausgebeutet oder zerstört" belongs together;
            # "zu bauen und instand zu halten" are infinitive clauses)
        right_end = next((j + 1 for j in range(k + 1, hi) if tokens[j].tag in {"VV(PP)", "VV(INF)", "VA(PP)"}
                          and (j + 1 == hi or tokens[j + 1].pos not in {"VV"})), None)
        if right_end is None or (right_end < hi and tokens[right_end].lower in {"und", "oder", "sowie"}):
            continue  # ("in eine Klinik gebracht und dort untergebracht und behandelt werden": a list of three, whose
            # "werden" after the last member is every member's)
        if right_end < hi and (tokens[right_end].tag in {"VM(INF)", "VA(INF)"} or tokens[right_end].lower == "zu"
                               or tokens[right_end - 1].tag == "VV(IZU)"):
            continue  # "stehen und vermeiden zu wollen": the cluster after the last conjunct is shared
        if any(tokens[j].lower == "zu" and tokens[j + 1].tag in {"VA(INF)", "VM(INF)"}
               for j in range(right_end, hi - 1)):
            continue  # "X wiedergegeben und Y gemacht und Z versichert zu haben": "zu haben" is every conjunct's
        if any(t.pos in {"KOUI", "PTKZU"} or t.tag == "VV(IZU)" for t in tokens[k + 1:right_end]):
            continue  # "ausgeschlossen und um die Reform zu blockieren, hatte X …": an infinitive clause follows
        if right_end < hi and tokens[right_end].text == "," and has_zu_infinitive(tokens[right_end + 1:hi]) \
                and tokens[v].tag.endswith("(PP)") and tokens[right_end + 1].lower not in {"um", "ohne", "statt"}:
            continue  # "wurde auf X hingewiesen sowie aufgerufen, Y nicht zu trauen": the second verb has a complement
            # of its own, and the phrases before the first may be that verb's object alone
        if any(tokens[j].finite for j in range(k + 1, right_end - 1)):
            continue  # "… erklärt worden und in den Zonen sind wieder alle Massnahmen in Kraft": a clause of its own
        if right_end == k + 2 and frozenset({tokens[v].lemma.lower(), tokens[k + 1].lemma.lower()}) in OPPOSITE_VERBS:
            continue  # "wird das Spiel gewonnen und verloren": decided, neither alone (not one after the other,
            # "war gesunken und im Juli wieder gestiegen")
        if tokens[k + 1].pos == "CARD" and not is_year(tokens[k + 1]) and tokens[k + 2].pos not in NOUNS:
            continue  # "800 Menschen erkrankt und 70 gestorben": the number's noun is left out, the first conjunct's
        participle_end = right_end
        while right_end < hi and tokens[right_end].pos in {"VA", "VM"} and not tokens[right_end].finite:
            right_end += 1  # "getestet und gebracht worden"
        if _object_after(tokens, depth, right_end, hi) or (
                right_end == participle_end < hi and tokens[right_end].pos in PREPOSITIONS
                and _present_form(tokens[right_end - 1])):
            continue  # "ist vorbereitet und erwartet, trotz X, ein Aufblühen": a finite verb with its object; "ist
            # aufwendig produziert und überrascht mit X": one that is a participle in form only, before its phrase
        relative = right_end + 2 if right_end + 2 < hi and tokens[right_end + 1].pos in PREPOSITIONS else right_end + 1
        if relative < hi and tokens[right_end].text == "," and tokens[relative].tag == "PRELS":
            continue  # "wurden dort die ersten Patienten aufgenommen und behandelt, die sich infiziert hatten": a
            # relative clause moved behind the verbs restricts a noun of the shared clause, for every participle
        phrases, j = 0, k + 1
        while j < right_end and tokens[j].pos not in {"VV", "VA"}:
            j = max(j + 1, phrase_end(tokens, j, right_end))
            phrases += 1
        if phrases and right_end + 1 < hi and tokens[right_end].text == "," \
                and tokens[right_end + 1].lower in _OBJECT_CLAUSE_OPENERS:
            continue  # "hat Ratten verfüttert und genau analysiert, was dabei geschah": the last verb's object is
            # the clause after it, and the phrases before it are not the first verb's
        fins = finite_verbs(tokens, lo, k)
        if not fins or in_subordinate(tokens, depth, lo, k) or any(t.text == ":" for t in tokens[fins[-1]:k]):
            continue  # ("Es bleibt ein Spagat: Mutter sein und gleichzeitig kochen": the verbs after a colon are
            # no part of the finite verb's cluster)
        comma = max((j for j in range(fins[-1], k) if tokens[j].text == "," and _top(depth, j)), default=None)
        if comma is not None and (tokens[comma + 1].pos in {"PRELS", "KON", "KOUS"}
                                  or not has_zu_infinitive(tokens[comma + 1:hi])):
            continue  # "wolle X steigern, Y senken und Z verkleinern": a longer list; "Spieler, die … sind, aber
            # spielen und getestet wurden": the verbs of a relative clause, which restricts by all of them (the
            # comma before an infinitive clause opens it: "wird vorgeworfen, X getan und Y gesagt zu haben")
        if any(t.pos == "PRF" or t.lower in {"mich", "dich", "uns", "euch"} for t in tokens[fins[-1]:k]):
            continue  # "hat sich bedankt und um Geduld gebeten": the reflexive may be the first verb's alone (so
            # may a first or second person's: "habe mich verliebt und beschlossen")
        # the subject of the finite verb's own clause ("Bei X entfällt Y, dann müssen die Schulen A und B")
        clause_lo = max((j + 1 for j in range(lo, fins[-1]) if tokens[j].text == "," and _top(depth, j)
                         and finite_verbs(tokens, lo, j)), default=lo)  # (not a list's comma: "Mit A, B und C soll")
        if tokens[clause_lo].finite:
            clause_lo = lo  # a verb-first conjunct shares the subject before it: "X leitet A, lässt B verteilen
            # und C mobilisieren" (and so does the main clause after a fronted one: "Wenn A, würden B …")
        subject = subject_of(tokens, clause_lo, k)
        if subject and subject[1] - subject[0] == 1 and tokens[subject[0]].pos in {"PPER", "PDS"} \
                and tokens[subject[0]].lower not in SUBJECT_PRONOUNS:
            continue  # "könnte ihm die Firma helfen und …": a dative first, the subject further on
        s_lo, s_hi = subject if subject else (-1, -1)
        inverted = s_lo > fins[-1]
        if not inverted and s_hi == fins[-1] and plural_before_singular(tokens, s_lo, fins[-1]):
            continue  # "Zahlen zum Jahr hatte die Firma vorgelegt und die Prognose erhöht": a plural before a
            # singular verb is its object, the subject follows the verb; which conjunct the object is, is open
        after = s_hi if inverted else fins[-1] + 1  # skip an inverted subject
        fronted = 0 <= s_hi <= fins[-1] and not any(
            t.text == "," for t in tokens[s_hi:fins[-1]])  # "Der Kanton will das ablehnen": "das" is its object
        if not inverted and not fronted and tokens[after].lower in SUBJECT_PRONOUNS \
                and not (tokens[after + 1].pos in NOUNS or tokens[after + 1].tag == "ADJ(A)"):  # (not "das Land")
            after += 1  # "könnte das der Wirtschaft schaden und …": a pronoun right after the verb is its subject
        cluster = [(participle_end, right_end)] if right_end > participle_end else []  # "worden": both take it
        passive = tokens[v].tag == "VV(PP)" and (tokens[fins[-1]].lemma.lower() == "werden" or any(
            tokens[j].lower == "worden" for j in range(participle_end, right_end)))
        if passive and tokens[k + 1].lower in NOMINATIVE_ARTICLES:
            continue  # "Der Schutt wurde weggeschafft und der Platz betoniert", "werden Fälle erkannt und die
            # Personen isoliert": the passive's second subject
        if tokens[k + 1].lower in NOMINATIVE_ARTICLES and _ungoverned_phrases(tokens, k + 1, participle_end - 1) >= 2:
            continue  # "soll abgeschlossen sein und die Jury aus A einen Sieger wählen": a phrase and an object
            # after it, so the first is the second verb's own subject
        if any(tokens[j].lower in COORDINATORS and _top(depth, j) and has_verb(tokens, fins[-1] + 1, j)
               for j in range(fins[-1] + 1, k)):
            continue  # "… weggeschafft und der Platz betoniert und mit Grün verziert": after a first pair of verbs
            # the last ones may have another subject
        if passive and phrases == 0:
            return [[(lo, v + 1), *cluster], [(lo, v), (k + 1, hi)]]  # "wurden mehr Massnahmen geplant und
            # getroffen", "waren Brände entfacht und beobachtet worden": the phrase before the participles is
            # the passive's subject, which both share
        start = _first_object(tokens, after, k)
        if start is None and _ungoverned_phrase(tokens, k + 1, participle_end, objects_only=True):
            start = next((j for j in range(after, v) if tokens[j].pos == "PPER"
                          and (subject or tokens[j].lower not in SUBJECT_PRONOUNS)), None)  # "hatte ihn beleidigt
            # und das Auto verfolgt": when the right conjunct has an object of its own, a pronoun object is the left's
        if (start is not None or (_ungoverned_phrase(tokens, after, v, objects_only=True)
                                  and not any(tokens[j].pos == "PPER" for j in range(after, v)))) \
                and phrases and not passive \
                and tokens[participle_end - 1].lemma in ACCUSATIVE_VERBS \
                and not _ungoverned_phrase(tokens, k + 1, participle_end, objects_only=True):
            continue  # "hat den Mann angehalten und zur Wache gebracht": the second verb takes the first one's
            # object (not one that goes without: "hat ein Auto gekauft und in Bern gewohnt"); left whole; so does a
            # bare one: "haben grosse Mengen an Daten gesammelt und mit der WHO geteilt"
        if phrases == 0 and (start is not None or _ungoverned_phrase(tokens, after, v, objects_only=True)) and (
                all(t.text not in {":", ","} and not t.text[:1].isalnum() for t in tokens[right_end:hi])
                or (right_end < hi and tokens[right_end].lower in COORDINATORS)):  # (or another conjunct follows:
            # "hat X gewählt und vertraut und Y bereut")
            continue  # "hat den Mann kontrolliert und befragt": the bare participle may share the object or not
            # ("hat ein Buch gelesen und geschlafen"); left whole (not when it has an object of its own after it:
            # "… abgeglichen und festgestellt: «…»")
        head = next((t for t in tokens[clause_lo:fins[-1]] if t.pos in NOUNS), None)  # (not a genitive's or an
        # attribute's noun: "Zahlen zum letzten Jahr" are no time)
        if inverted and phrases and tokens[clause_lo].pos not in PREPOSITIONS | {"ADV", "PROAV", "ADJ", "CARD"} \
                and not (head is not None and (is_time_noun(head) or head.lower in {"anfang", "mitte", "ende"})):
            # (a time is no object: "Anfang der Woche")
            continue  # "Dies wolle man ändern und die Nutzung attraktiver machen": a fronted object is the first
            # conjunct's; the second has an object of its own
        if start is None:  # no object: take as many phrases as the right conjunct has (parallelism)
            start = v
            while start > fins[-1] + 1 and tokens[start - 1].pos in {"VV", "VA"}:
                start -= 1
            if start <= after and phrases:
                continue  # "Pläne wurden umstrukturiert und Teams getrennt": the right one has its own subject
            for _ in range(max(phrases, 1)):
                if start <= max(fins[-1] + 1, after):  # (not into an inverted subject: "hatten die Schüler an
                    break  # einen Witz geglaubt und sich … fotografieren lassen")
                previous = _phrase_start(tokens, start, max(fins[-1] + 1, after))
                if previous + 1 == start and tokens[previous].pos in {"PPER", "PRF"}:
                    break  # "hat sie angerufen und nach Hause gefahren": a pronoun object is shared by both
                start = previous
        governor = _zu_clause_governor(tokens, depth, fins[-1], v, participle_end)
        if governor is not None:
            start = governor  # "muss versuchen, X abzuwehren und Y sorgen" → "muss Y sorgen"
        pronoun = tokens[k + 1].pos in {"PRF", "PPER"}
        if pronoun and start > after:
            start = after  # "habe zu Hause X bekommen und sich untersuchen lassen": "zu Hause" may be the first's
            # alone; the second conjunct takes none of its phrases
        if tokens[start - 1].tag == "PTKA" and start - 1 > max(fins[-1], after - 1):
            start -= 1  # "zu sechst dasitzen und …": the particle grades the word after it, in the same phrase
        if tokens[start - 1].tag in {"ART", "PIAT", "PPOSAT", "PDAT", "ADJ(A)", "APPR", "APPRART", "PTKA"} or (
                tokens[start - 1].pos == "CARD" and tokens[start - 2].tag in {"ART", "PPOSAT", "PDAT"}):
            continue  # the first conjunct's own material would start inside a phrase ("von den fünf | bereits
            # ausgebuchten Shows erfahren und …"; not after "ab 2025")
        shared = start
        while start < v and scope_adverb(tokens[start]):
            start += 1  # "soll X mittelfristig günstiger sein und Y einsparen": a time or hedge before the first
            # conjunct's phrases holds of both; the second without it would state something else
        if pronoun and start > shared:  # "müssen nun bleiben und sich testen lassen" → "müssen sich nun testen
            # lassen": a pronoun stands before the adverbs
            return [[(lo, v + 1), *cluster], [(lo, shared), (k + 1, k + 2), (shared, start), (k + 2, hi)]]
        return [[(lo, v + 1), *cluster], [(lo, start), (k + 1, hi)]]  # ("sei A entnommen und B nachgezüchtet
        # worden" → "sei A entnommen worden": the auxiliary after the last participle is both conjuncts')
    return [[(lo, hi)]]


def _zu_clause_governor(tokens: Sequence[Token], depth: Sequence[int], fin: int, v: int, end: int) -> int | None:
    """Where the infinitive that governs the left conjunct's infinitive clause stands, when the right conjunct
    is a bare infinitive: "muss versuchen, X abzuwehren und Y sorgen" coordinates "sorgen" with "versuchen"
    under the modal, not with "abzuwehren"; the right claim keeps the modal and leaves "versuchen" out."""
    if tokens[end - 1].tag != "VV(INF)" or tokens[end - 2].lower == "zu" \
            or not (tokens[v].tag == "VV(IZU)" or tokens[v - 1].lower == "zu"):
        return None
    return next((j - 1 for j in range(fin + 2, v) if tokens[j].text == "," and _top(depth, j)
                 and tokens[j - 1].tag in {"VV(INF)", "VM(INF)", "VA(INF)"}), None)


# a dash between words: the typographic ones, and a hyphen standing alone


def _emphatic_dash(tokens: Sequence[Token], depth: Sequence[int], k: int, hi: int) -> bool:
    """Whether the dash before the "und" at k only stresses the second conjunct ("hat X vorgestellt – und sich
    Y gezeigt"): a lone dash, not one of a pair around an aside, nor "– und zwar", which specifies the first,
    nor "– und wenn", a concession."""
    return tokens[k - 1].text in DASHES and k + 1 < hi and tokens[k + 1].lower != "zwar" \
        and tokens[k + 1].pos != "KOUS" \
        and not any(t.text in DASHES for t in tokens[k + 1:hi]) and _top(depth, k - 1)


_ATTRIBUTE_OPEN = frozenset({"ART", "CARD", "PIAT", "PPOSAT", "PDAT", "ADJ(A)"})


def _adverbs_start(tokens: Sequence[Token], j: int, floor: int) -> int:
    """Where the run of adverbs right before j begins."""
    while j > floor + 1 and tokens[j - 1].pos == "ADV":
        j -= 1
    return j


def _first_object(tokens: Sequence[Token], lo: int, hi: int) -> int | None:
    """Where the left participle's own material starts: its first object (a noun phrase no preposition
    governs) or a predicative/negation; adverbial phrases before it scope over both conjuncts."""
    j = lo
    while j < hi:
        tok = tokens[j]
        if tok.pos in {"APPR", "APPRART"}:
            j = max(j + 1, np_end(tokens, j + 1, hi))
            continue
        if tok.pos in {"ADV", "PTKA"} or tok.pos == "PRF":
            j += 1
            continue
        if tok.tag in {"ART", "PPOSAT", "PDAT", "PIAT"} or tok.pos in {"NN", "NE"} or tok.tag == "ADJ(D)" \
                or tok.pos == "PTKNEG" or (tok.tag == "ADJ(A)" and np_end(tokens, j, hi) > j + 1
                                           and tokens[_adverbs_start(tokens, j, lo) - 1].tag not in _ATTRIBUTE_OPEN):
            return j  # (a bare plural with its adjective is an object too: "weitere Verfahren"; not one that goes
            # on a phrase left open, "von den fünf bereits ausgebuchten Shows")
        return None
    return None


def _phrase_start(tokens: Sequence[Token], end: int, floor: int) -> int:
    start = np_start(tokens, end, floor)
    if start == end:
        return end - 1
    if start > floor and tokens[start - 1].pos in {"APPR", "APPRART"}:
        start -= 1
    return start


# verbs by which someone says, describes or judges what a bracket after its object quotes
_DESCRIBING = SPEECH_VERBS | frozenset({"beschreiben", "darstellen", "nennen", "aufzählen", "auflisten"})


def _stage_direction(tokens: Sequence[Token], i: int, close: int) -> bool:
    """Whether the bracket from i to close is a stage direction in an interview or a quotation ("(lacht)",
    "(zögert lange)", "(zeigt auf die Bühne)"): a verb in the third person with no subject, what the speaker
    did, no words of theirs and no statement of the author's; the claim leaves it out."""
    first = tokens[i + 1] if i + 1 < close else None
    return first is not None and first.finite and first.text.islower() and first.lemma.lower() in STAGE_VERBS \
        and not any(t.pos in {"PPER", "PIS"} or t.finite for t in tokens[i + 2:close])


# what a speaker does in a stage direction of an interview ("(lacht)", "(zögert)", "(zeigt auf X)")
STAGE_VERBS = frozenset("""lachen lächeln schmunzeln grinsen kichern seufzen zögern stocken schweigen überlegen
nicken zeigen deuten winken dirigieren singen summen klopfen räuspern atmen stöhnen flüstern zwinkern""".split())


def _bracket_clause(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """A clause in brackets is a statement of its own, and the sentence holds without it: `Die Partei (sie
    regiert seit 2010) verliert Stimmen` → [Die Partei verliert Stimmen], [sie regiert seit 2010]."""
    for i in range(lo + 1, hi - 2):
        if tokens[i].text != "(" or depth[i] != 0:
            continue
        close = next((j for j in range(i + 1, hi) if tokens[j].text == ")" and depth[j] == 0), None)
        if close is None:
            return [[(lo, hi)]]
        if _stage_direction(tokens, i, close):
            return [[(lo, i), (close + 1, hi)]]
        inner = [t for t in tokens[i + 1:close] if t.text[:1].isalnum()]
        outside = finite_verbs(tokens, lo, i) + finite_verbs(tokens, close + 1, hi)
        if outside and (any(tokens[f].lemma.lower() in _DESCRIBING for f in outside)
                        or any(t.pos == "NN" and t.lower in WORDING_NOUNS | REACTION_NOUNS
                               for t in tokens[np_start(tokens, i, lo):i])):
            return [[(lo, hi)]]  # "Aslan analysiert die Sprachförderung (Es ist fast unmöglich, …)": the
            # bracket gives the words of whoever speaks, writes or judges in the sentence, not the author's; so
            # does one after a noun of wording ("mit spitzen Sätzen (Das Geld ist sicher)", "die Überschrift des
            # Artikels (X beleidigt Y)", a genitive after it) or of a reaction ("üben heftige Kritik (schändlich, …)")
        if len(inner) >= 3 and finite_verbs(tokens, i + 1, close) and not starts_subordinate(tokens[i + 1]) \
                and outside:
            return [[(lo, i), (close + 1, hi)], [(i + 1, close)]]
    return [[(lo, hi)]]


def _comparison_afterthought(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """A verbless phrase after the last comma or dash that compares the clause's number with another (`kamen
    8'210 Besucher, so viele wie nie zuvor`, `auf 71 Prozent, fünf Prozent mehr als im Vorjahr`, `…, ein
    Plus von 2 Prozent`, `… – der niedrigste Wert seit 2008`) is a second fact about the number, stated
    elliptically: the clause holds without it, the phrase alone holds nothing. A source's frame after it
    (", wie sie in einer Mitteilung schreibt") is no part of the comparison; the claims leave it out."""
    def last_mark(stop: int) -> int | None:
        return max((c for c in range(lo + 1, stop - 1) if tokens[c].text in {",", "–", "—", "-"} and _top(depth, c)),
                   default=None)

    end = hi
    comma = last_mark(end)
    if comma is not None and tokens[comma + 1].lower == "wie" and any(
            t.lemma.lower() in SPEECH_VERBS for t in tokens[comma + 2:end] if t.pos == "VV"):
        end = comma
        comma = last_mark(end)
    if comma is None or not any(t.pos == "CARD" for t in tokens[lo:comma]) or not finite_verbs(tokens, lo, comma):
        return [[(lo, hi)]]
    tail = tokens[comma + 1:end]
    if len(tail) < 2 or any(t.pos in {"VV", "VA", "VM"} or t.text in {",", ";", ":", "–", "—", "-"} for t in tail):
        return [[(lo, hi)]]
    compared = any(t.tag == "KOKOM" and t.lower in {"als", "wie"} for t in tail) and any(
        t.lower in {"mehr", "weniger", "so", "doppelt", "halb"} or (t.tag == "ADJ(D)" and t.lower.endswith("er"))
        for t in tail)
    change = tail[0].lower in {"ein", "eine"} and tail[1].lower in CHANGE_NOUNS
    record = tail[0].tag == "ART" and tail[1].tag == "ADJ(A)" and tail[1].lower.endswith(("ste", "sten"))  # "– der
    # niedrigste Wert seit 2008"
    if not (compared or change or record):
        return [[(lo, hi)]]
    return [[(lo, comma)], *_compared_amount(tokens, lo, comma, end)]


def _compared_amount(tokens: Sequence[Token], lo: int, comma: int, hi: int) -> list[list[Piece]]:
    """The comparison's own claim where the clause ends on a counted noun and the afterthought says how many
    more or fewer there were (`zählte 12'500 Eintritte, rund zehn Prozent mehr als im Vorjahr` →
    `zählte rund zehn Prozent mehr Eintritte als im Vorjahr`): the noun goes after "mehr"/"weniger"."""
    head = comma - 1
    count = head - 1
    while count > lo and tokens[count].lower in MAGNITUDES:
        count -= 1
    while count - 1 > lo and (tokens[count - 1].pos == "CARD" or tokens[count - 1].text in {"'", "’"}) \
            and tokens[count - 1].end == tokens[count].start:
        count -= 1  # "12'500", cut into "12", "'" and "500"
    more = next((j for j in range(comma + 1, hi - 1) if tokens[j].lower in {"mehr", "weniger"}
                 and tokens[j + 1].lower == "als"), None)
    if more is None or tokens[head].pos != "NN" or tokens[head].lower in MEASURE_UNITS | {"prozent", "mal"} \
            or tokens[count].pos != "CARD" or count <= lo \
            or tokens[count - 1].tag in {"ART", "PIAT", "ADV", "APPR", "APPRART"} \
            or not tokens[comma + 1].text[:1].isalnum():
        return []  # (not "auf 71 Prozent, vier Prozent mehr als …", nor "um etwa 3 Prozent", whose number is
        # a rate)
    return [[(lo, count), (comma + 1, more + 1), tokens[head].text, (more + 1, hi)]]



def _dash_pair(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> tuple[int, int] | None:
    """The dashes around main clauses set off as an aside inside a clause, which goes on after the second
    dash: `Also eilt X – spät ist er dran, eben war er im Rathaus – in sein Büro`. It goes on when what
    follows the second dash, up to the next comma, has no finite verb of its own ("A ist gut – B ist
    schlecht – C ist mittel" is a list of clauses, no aside)."""
    dashes = [i for i in range(lo + 1, hi - 1) if tokens[i].text in {"–", "—"} and _top(depth, i)]
    for i, close in zip(dashes, dashes[1:]):
        after = next((j for j in range(close + 1, hi) if tokens[j].text == "," and _top(depth, j)), hi)
        inner = [t for t in tokens[i + 1:close] if t.text[:1].isalnum()]
        if len(inner) >= 3 and finite_verbs(tokens, i + 1, close) and not starts_subordinate(tokens[i + 1]) \
                and finite_verbs(tokens, lo, i) and close + 1 < after and not finite_verbs(tokens, close + 1, after):
            return i, close
    return None


# words by which an aside names an exception to the clause around it ("– X ist da eine Ausnahme –")
_EXCEPTION_WORDS = frozenset({"ausnahme", "ausnahmen", "ausgenommen", "abgesehen", "ausser", "außer"})


def _dash_aside(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """The aside between a pair of dashes is a statement of its own, and the clause holds without it:
    [Also eilt X in sein Büro], [spät ist er dran, eben war er im Rathaus]. Not an aside that names an
    exception ("Die Rückreise muss – X ist da eine Ausnahme – kein Ärgernis sein"): without it the clause
    would hold for all."""
    pair = _dash_pair(tokens, depth, lo, hi)
    if pair is None or any(t.lower in _EXCEPTION_WORDS for t in tokens[pair[0] + 1:pair[1]]):
        return [[(lo, hi)]]
    return [[(lo, pair[0]), (pair[1] + 1, hi)], [(pair[0] + 1, pair[1])]]


def _neither_nor(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """`wollten es weder bestätigen noch dementieren` → [wollten es nicht bestätigen], [wollten es nicht
    dementieren]: "weder A noch B" denies each member, so each claim negates one. Only members of one word (a
    verb, a predicative adjective) or one prepositional phrase ("weder in Bern noch in Genf"); a noun phrase
    would need "kein" ("weder Geld noch Zeit")."""
    for k in range(lo + 1, hi - 3):
        if tokens[k].lower != "weder" or not _top(depth, k):
            continue
        first_end = _paired_member_end(tokens, k + 1, hi)
        if first_end is None or first_end >= hi - 1 or tokens[first_end].lower != "noch":
            return [[(lo, hi)]]
        second_end = _paired_member_end(tokens, first_end + 1, hi)
        if second_end is None or (second_end < hi and tokens[second_end].lower in {"noch", "und", "oder"}):
            return [[(lo, hi)]]  # "weder A noch B noch C": a longer list, left whole
        return [[(lo, k), "nicht", (k + 1, first_end), (second_end, hi)], [(lo, k), "nicht", (first_end + 1, hi)]]
    return [[(lo, hi)]]


def _both_and(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int) -> list[list[Piece]]:
    """`war sowohl bei A als auch bei B geladen` → [war bei A geladen], [war bei B geladen]: "sowohl A als auch
    B" states each member; members as `_paired_member_end` allows (a noun phrase may be the subject, whose verb
    would have to agree with each member alone)."""
    for k in range(lo + 1, hi - 4):
        if tokens[k].lower != "sowohl" or not _top(depth, k):
            continue
        first_end = _paired_member_end(tokens, k + 1, hi)
        if first_end is None or first_end >= hi - 2 or tokens[first_end].lower not in {"als", "wie"} \
                or tokens[first_end + 1].lower != "auch":
            return [[(lo, hi)]]
        second_end = _paired_member_end(tokens, first_end + 2, hi)
        if second_end is None or (second_end < hi and tokens[second_end].lower in COORDINATORS) \
                or any(t.text == "," for t in tokens[second_end:hi]):
            return [[(lo, hi)]]  # "sowohl A als auch B und C": a longer list, left whole; so is a phrase after a
            # comma, which may be the last member's ("im Browser als auch auf dem Handy, etwa mit der App X")
        return [[(lo, k), (k + 1, first_end), (second_end, hi)], [(lo, k), (first_end + 2, hi)]]
    return [[(lo, hi)]]


def _paired_member_end(tokens: Sequence[Token], j: int, hi: int) -> int | None:
    """Where a member of "weder … noch …" or "sowohl … als auch …" that starts at j ends: after one verb or
    adjective, or after one prepositional phrase; None for anything else."""
    if j >= hi:
        return None
    if tokens[j].pos in {"VV", "VA", "VM", "ADJ"} and tokens[j].text.isalpha() and tokens[j].text.islower():
        return j + 1
    if tokens[j].pos in PREPOSITIONS and tokens[j].pos != "APZR":
        end = np_end(tokens, j + 1, hi)
        return end if end > j + 1 and tokens[end - 1].pos in NOUNS else None  # (not "auf deutscher noch auf
        # österreichischer Seite": the first member's noun is left out)
    return None


# a clause rule: (tokens, depth, lo, hi) → the drafts (lists of pieces) it makes of the range [lo, hi)
ClauseRule = Callable[[Sequence[Token], Sequence[int], int, int], list[list[Piece]]]

# the clause rules in the order they run; each takes the last token range of a draft and returns the drafts
# it becomes (itself when it does not apply)
CLAUSE_RULES: tuple[ClauseRule, ...] = (
    _verbless_equation, _verbless_participle, _verbless_assessment, _comparison_afterthought, _apposition,
    _relative_adverb, _fronted_facts, _subordinate_facts, _place_relative, _final_relative,
    _comma_clauses, _verb_coordination, _infinitive_coordination, _participle_coordination, _neither_nor, _both_and,
    _medial_relative, _bracket_clause, _dash_aside)


def clause_drafts(tokens: Sequence[Token], content: Sequence[tuple[int, int]], base: Draft) -> list[Draft]:
    """The clause-level drafts of one sentence's content ranges."""
    depth = quote_depth(tokens, brackets=True)
    drafts: list[Draft] = []
    for lo, hi in content:
        while lo < hi and tokens[lo].text in {",", ":", "–"}:
            lo += 1
        if hi - lo < 2:
            continue
        if lo > 0 and tokens[lo - 1].lower in {"dass", "daß"}:  # what was said, in main-clause order
            comma = next((j for j in range(lo, hi) if tokens[j].text == "," and not depth[j]), None)
            tail = comma is not None and has_zu_infinitive(tokens[comma:hi]) \
                and not any(t.finite and not depth[j] for j, t in enumerate(tokens[comma:hi], comma)) \
                and tokens[comma - 1].pos in {"VV", "VA", "VM"}  # "dass man X nutzen wolle, um Y zu tun"
            pieces = to_main_clause(tokens, lo, comma) if tail and comma is not None else []
            if comma is not None and pieces and pieces != [(lo, comma)]:
                drafts.append(base.with_pieces([*pieces, (comma, hi)]).by("dass_content"))  # the infinitive
                # clause stays after the reordered one
            elif comma is not None:
                end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
                drafts.append(base.with_pieces([(0, end)]).by("dass_content_whole"))  # several clauses: as said
            else:
                pieces = to_main_clause(tokens, lo, hi)
                end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
                # a clause that does not go into main-clause order ("dass X müsse und fügt hinzu") stays in its sentence
                drafts.append(base.with_pieces(pieces).by("dass_content") if pieces != [(lo, hi)]
                              else base.with_pieces([(0, end)]).by("dass_content_whole"))
            continue
        heads = _split_headline(tokens, depth, lo, hi)
        for head in heads:
            stages: list[tuple[list[Piece], tuple[str, ...]]] = [(head, ("split_headline",) if len(heads) > 1 else ())]
            for rule in CLAUSE_RULES:
                stages = [(prefix + out, made + (rule.__name__.lstrip("_"),) if changed else made)
                          for pieces, made in stages
                          for changed, (prefix, out) in _applied(rule, tokens, depth, pieces)]
            drafts.extend(dataclasses.replace(base.with_pieces(p), rules=(*base.rules, *made)) for p, made in stages)
    return drafts


def _applied(rule: ClauseRule, tokens: Sequence[Token], depth: Sequence[int], pieces: list[Piece]
             ) -> list[tuple[bool, tuple[list[Piece], list[Piece]]]]:
    """The rule's drafts, each marked with whether the rule changed anything (for the trace)."""
    outs = _apply(rule, tokens, depth, pieces)
    changed = len(outs) > 1 or outs[0][0] + outs[0][1] != pieces
    return [(changed, out) for out in outs]


def _apply(rule: ClauseRule, tokens: Sequence[Token], depth: Sequence[int],
           pieces: list[Piece]) -> list[tuple[list[Piece], list[Piece]]]:
    """Run a clause rule on the last token range of a draft, keeping what comes before it as a prefix of the
    drafts that go on from the range's start; a later clause the rule cuts out stands on its own ("Melanie
    Leupolz [, die Kapitänin,] lebt …, aber die Nationalspielerin kann …": the subject before the aside is
    not the second clause's)."""
    last = pieces[-1]
    if isinstance(last, str) or last[1] - last[0] < 3:
        return [([], pieces)]
    return [(list(pieces[:-1]) if k == 0 or any(isinstance(p, tuple) and p[0] <= last[0] < p[1] for p in out)
             else [], out) for k, out in enumerate(rule(tokens, depth, last[0], last[1]))]
