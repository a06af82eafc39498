"""Do no harm: the check every draft passes before it becomes a claim.

A verification dataset can live with a claim that is not atomic (an annotator splits it) but not with one
that says something the article does not: a fragment, a clause in the wrong word order, a verb torn from
its particle, a dropped "nicht". Each check below names such a fault; a draft with a fault is not emitted,
and the splitter falls back to the larger unit the draft came from (see `rules.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import cast

from builder.language.lexicon import (
    ADVERBIAL_SUBORDINATORS,
    COGNITION_VERBS,
    COMPLEMENT_NOUNS,
    CONCESSION_ANSWERS,
    COPULA_VERBS,
    FOCUS_PARTICLES,
    HEDGES,
    IMAGINED_NOUNS,
    INTERJECTIONS,
    MESSAGE_NOUNS,
    MODAL_SUBJUNCTIVE_II,
    NEGATIONS,
    NOMINATIVE_ARTICLES,
    NOT_ONLY,
    PLURALIA_TANTUM,
    PROFESSED_NOUNS,
    RELATIVE_ADVERBS,
    REPUTATION_NOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    SUBJUNCTIVE_II,
    ZERO_PLURAL_ENDINGS,
)
from builder.language.tagger import inflected_noun
from builder.split.draft import Draft
from builder.split.inflection import verb_number
from builder.split.phrases import (
    DASHES,
    DETERMINERS,
    OBLIQUE_ARTICLES,
    PREPOSITIONS,
    SEPARABLE_PARTICLES,
    in_subordinate,
    listed,
    np_end,
    quote_depth,
    scope_adverb,
    subject_of,
)
from builder.split.sentences import Token
from builder.split.speech import QUOTATION_MARKS, own_object
from builder.split.timex import MONTHS, WEEKDAYS

NO_MAIN_CLAUSE = "no main clause: its verbs stand in relative or subordinate clauses"
NO_VERB = "no verb"
SUBORDINATE_START = "starts like a subordinate clause"
UNFINISHED_END = "ends in"
INFINITIVE_CLAUSE = "an infinitive clause, no statement"
VERB_FINAL = "verb last after its own verbs or a negation: the end of a clause cut off"
VERB_AFTER_ADVERBIAL = "verb last after an adverbial: a subordinate clause without its subordinator"
IMPERATIVE = "an imperative"
TOPIC_HEADING = "a heading without a verb, a number or a name: a topic, no fact"
VERBLESS_HEADLINE = "a headline's fragment without a finite verb (or a participle's, with no subject): no sentence, " \
    "whatever fact it names"
DATA_LINE = "a label and its values with no verb ('Preis: A ab 10 Euro, B ab 12 Euro'): a data box's line, no " \
    "sentence"
VERBLESS_EXAMPLE = "an example without a verb ('So in X, etwa bei Y'): a piece of the sentence before"
# adverbs that open an example whose clause the sentence before holds
_EXAMPLE_OPENERS = frozenset({"so", "etwa", "beispielsweise", "insbesondere", "namentlich"})
BARE_INFINITIVE = "an infinitive and no finite verb: an instruction or a clause cut from its verb"
SINGULAR_CLASH = "a singular prefield before a plural verb with no subject after it"
NO_SUBJECT = "a conjunction and a finite verb: the subject was left in the sentence before"
ALTERNATIVE = "an alternative to what came before ('Oder …'), no statement"
LABEL_VERB_FIRST = "verb first after a label's colon"
TOPIC_DROP = "verb first with no clause after it: its subject or object was left out"
LOWER_VERB_START = "opens with a verb in lower case: a piece cut from a clause"
ANNOUNCED_QUESTION = "a label and an indirect question after it: a teaser, no statement"
INTERJECTION_AFTER_COLON = "an interjection alone after a colon: a sound, no statement"
INFINITIVE_INSTRUCTION = "infinitives, no finite verb, that open the sentence: an instruction or a list, no statement"
OPEN_CONJUNCT = "a last conjunct that opens like a subordinate clause: its main clause was cut off"
_SUBORDINATE_OPENERS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT"})
# adverbs that open a relative clause on a whole clause before them, never a statement of its own
_RELATIVE_ADVERBS = frozenset(RELATIVE_ADVERBS) | {"weshalb", "weswegen"}  # (as questions they end in "?", no
# claims)
_ALSO_PREPOSITIONS = frozenset({"während", "seit", "bis", "als", "wie", "damit", "da", "so", "statt", "anstatt"})
# word classes a German sentence cannot end with (the tagger tells a particle "ein" from an article, and an
# attributive adjective, which needs its noun, from a predicative one)
_UNFINISHED_TAGS = frozenset({"ART", "APPR", "APPRART", "KON", "KOUS", "KOKOM", "PPOSAT", "PRELS", "PIAT"})
_VERBS = frozenset({"VV", "VA", "VM"})
# words that open a noun phrase and need its noun: none stands right before another phrase's article, nor does
# a number whose phrase went on
_DETERMINERS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT"})
_NUMBER_GOES_ON = frozenset({"PPOSAT", "PDAT", "PIAT", "PIDAT", "PPER", "PDS", "PIS", "ADJ", "NN", "NE"})
# prepositions that need a noun phrase after them (unlike "für"/"als" with a predicative adjective)
_NOUN_PREPOSITIONS = frozenset({"mit", "bei", "durch", "ohne", "gegen", "aus", "unter", "zwischen"})
# where a clause region ends: its material is on one side, another clause's on the other
_BOUNDARIES = frozenset({",", ";", ":", "–", "—", "(", ")", "und", "oder", "aber", "sondern", "sowie", "doch"})
# words that may stand before a subordinate clause's opener after a comma or dash
_BEFORE_OPENER = frozenset({"als", "und", "oder", "aber"})


def _words(draft: Draft, tokens: Sequence[Token]) -> list[Token | str]:
    words: list[Token | str] = []
    for p in draft.pieces:
        words.extend([p] if isinstance(p, str) else tokens[p[0]:p[1]])
    words = [w for w in words if not (isinstance(w, Token) and w.text in {".", "!", "«", "»", "„", "“", '"'})]
    while words and _text(words[-1]) in {",", ";", ":", "–", "—", "-"}:
        words.pop()  # rendering trims what closes a clause: only what stays is judged
    return words


def _fronted_clause(words: list[Token | str]) -> bool:
    """A subordinate or verb-first clause fronted before its main clause: "Nachdem X geschah, tat Y ...",
    "Sollte X scheitern, bleibt Y": a comma followed by the main clause's finite verb."""
    return any(_text(w) == "," and isinstance(n, Token) and n.finite for w, n in zip(words, words[1:]))


def _text(word: Token | str) -> str:
    return word if isinstance(word, str) else word.text


def _region(tokens: Sequence[Token], depth: Sequence[int], i: int) -> range:
    """The stretch of the sentence around token i that no clause boundary cuts."""
    lo, hi = i, i + 1
    while lo > 0 and tokens[lo - 1].lower not in _BOUNDARIES and depth[lo - 1] == depth[i]:
        lo -= 1
    while hi < len(tokens) and tokens[hi].lower not in _BOUNDARIES and depth[hi] == depth[i]:
        hi += 1
    return range(lo, hi)


@lru_cache(maxsize=64)
def _sentence(tokens: tuple[Token, ...]) -> tuple[dict[int, int], list[int], bool, bool]:
    """What every draft of a sentence is checked against, computed once per sentence: each token's place
    (by start offset), the quotation depth, whether a finite verb stands outside quotations, and whether one
    stands outside subordinate clauses too (a main clause's)."""
    depth = quote_depth(tokens)
    finite = [i for i, t in enumerate(tokens) if t.finite and depth[i] == 0]
    return ({t.start: i for i, t in enumerate(tokens)}, depth, bool(finite),
            any(not in_subordinate(tokens, depth, 0, i) for i in finite))


def _number_clash(words: Sequence[Token | str], fin: int) -> bool:
    """Whether a prefield "die" + plural noun stands before a singular finite verb, and nothing after the verb
    could be its subject instead (a pronoun, a name, a phrase no preposition governs): no subject agrees."""
    verb, head = words[fin], words[fin - 1] if fin > 1 else None
    if not isinstance(verb, Token) or verb_number(verb) != "sg" or not isinstance(head, Token) \
            or _text(words[0]).lower() != "die" or head.pos != "NN" \
            or not inflected_noun(head.text.rsplit("-", 1)[-1]) \
            or not all(isinstance(w, Token) and w.tag == "ADJ(A)" for w in words[1:fin - 1]):  # (its head noun:
        # not "die Zahl der Todesfälle")
        return False
    return not _subject_after([w for w in words[fin + 1:] if isinstance(w, Token)], anywhere=True)


def _singular_clash(words: Sequence[Token | str], fin: int) -> bool:
    """Whether a prefield "ein"/"eine" + noun stands before a finite verb in the plural, and no phrase after the
    verb that no preposition governs could be its subject: no subject agrees. So does a prefield "die" + a noun
    with no plural's ending, a prepositional phrase after it or not, before a plural verb that ends the draft
    ("Die engen Kontakt mit X hatten.": a relative clause cut from its noun; "die Lehrer", "die Äpfel" may be
    plurals, "die Kontakt" is none)."""
    lo = 1 if isinstance(words[0], Token) and words[0].pos == "KON" else 0  # ("Und ein …")
    verb, head = words[fin], words[fin - 1] if fin > lo + 1 else None
    if isinstance(verb, Token) and verb_number(verb) == "pl" and _text(words[lo]).lower() == "die" \
            and all(not isinstance(w, Token) or not w.text[:1].isalnum() for w in words[fin + 1:]):
        k = next((k for k, w in enumerate(words[:fin]) if k > lo and not (isinstance(w, Token)
                                                                         and w.tag in {"ADJ(A)", "ADV"})), fin)
        head, rest = words[k], words[k + 1:fin]
        return k < fin and isinstance(head, Token) and head.pos == "NN" \
            and not inflected_noun(head.text.rsplit("-", 1)[-1]) and head.lower not in PLURALIA_TANTUM \
            and not head.lower.endswith(ZERO_PLURAL_ENDINGS) \
            and (not rest or (isinstance(rest[0], Token) and rest[0].pos in {"APPR", "APPRART"}
                              and all(isinstance(w, Token) and w.pos in _PHRASE_POS for w in rest)))
    if not isinstance(verb, Token) or verb_number(verb) != "pl" or not isinstance(head, Token) \
            or _text(words[lo]).lower() not in {"ein", "eine"} or head.pos != "NN" \
            or not all(isinstance(w, Token) and w.tag == "ADJ(A)" for w in words[lo + 1:fin - 1]):
        return False
    comma = next((k for k in range(fin + 1, len(words)) if _text(words[k]) == ","), len(words))
    return not _subject_after([w for w in words[fin + 1:comma] if isinstance(w, Token)], anywhere=False)  # (the
    # verb's own clause)


# words after which a noun or pronoun is inside a phrase, no subject of its own
_GOVERNING = PREPOSITIONS | DETERMINERS | {"ADJ(A)", "CARD"}


def _subject_after(rest: Sequence[Token], anywhere: bool) -> bool:
    """Whether a word after a finite verb may be its subject: a noun, an article, a pronoun or a name that no
    preposition, article or adjective governs; with `anywhere`, a pronoun, a name or an adjective used as a noun
    wherever it stands."""
    def governed(k: int) -> bool:
        return k > 0 and (rest[k - 1].tag in _GOVERNING or rest[k - 1].pos in _GOVERNING)
    return any((anywhere and (w.pos in {"PPER", "PIS", "PDS", "NE"} or w.tag == "NNA"))
               or ((w.pos in {"PPER", "PIS", "PDS", "NE", "NN"} or w.tag in DETERMINERS | {"NNA"}) and not governed(k))
               for k, w in enumerate(rest))


def _bare_stem(verb: Token, words: Sequence[Token | str]) -> bool:
    """Whether a finite verb is its bare stem ("mach", "scheiß") with no "ich" or "du" in the words: an
    imperative or a clipped word of speech ("…, scheiß Leben"), no verb of a statement (a past in the stem's
    vowel has an ending: "machte")."""
    lemma = verb.lemma.lower()
    return (verb.finite or verb.tag == "VV(IMP)") and verb.pos == "VV" and lemma.endswith("en") \
        and verb.lower == lemma[:-2] \
        and not any(_text(w).lower() in {"ich", "du"} for w in words)


def _in_brackets(words: Sequence[Token | str], k: int) -> bool:
    """Whether the word at k stands inside round brackets of the draft."""
    return sum((_text(w) == "(") - (_text(w) == ")") for w in words[:k]) > 0


def _subordinate(tokens: Sequence[Token], depth: Sequence[int], i: int, used: set[int]) -> bool:
    """Whether the finite verb at i stands in a clause opened by a subordinator or relative pronoun after a
    comma that the draft keeps (a rule that drops the opener has put the clause into main-clause order), or
    right after the "als" of an unreal comparison ("…, als käme es darauf an")."""
    if i > 0 and tokens[i - 1].lower == "als" and i - 1 in used:
        return True
    end = i + 1
    while end < len(tokens) and tokens[end].pos in _VERBS:
        end += 1
    last = not tokens[i].finite or end == len(tokens) or tokens[end].pos.startswith("$") \
        or tokens[end].lower in {"und", "oder", "aber", "sowie", "als", "wie"}  # (the verb cluster closes its
    # clause, or the clause's conjunct or comparison follows it)

    def opens(lo: int) -> bool:  # (", als dass man …", "– und warum sie …")
        if tokens[lo].lower == "als" and lo + 1 < i and tokens[lo + 1].finite:
            return True  # "…, als sei es dort entstanden": an unreal comparison, whose participle closes it
        while lo < i and tokens[lo].lower in _BEFORE_OPENER:
            lo += 1
        if lo + 1 < i and tokens[lo].pos in {"APPR", "APPRART"} and tokens[lo + 1].tag == "PRELS" and last:
            return True  # ", auf denen sie … ausgeben können": a relative clause after its preposition
        return (tokens[lo].pos in _SUBORDINATE_OPENERS and (tokens[lo].pos != "PRELS" or last)) \
            or (tokens[lo].pos == "PWAV" and lo < i and last)
        # (a relative clause and an indirect question put their verbs last: "…, warum sie das nicht wird.";
        # "…, das Spital B und die Klinik C halten an X fest": a list's article the tagger took for a relative)

    dashes = [j for j, t in enumerate(tokens[:i]) if t.text in DASHES and depth[j] == depth[i]]
    lo = i
    while lo > 0:
        if depth[lo - 1] == depth[i] and lo - 1 in dashes and dashes.index(lo - 1) % 2:
            lo = dashes[dashes.index(lo - 1) - 1]  # an aside between dashes: the verb after it is the clause's
            continue  # before it ("Die Biografie – die auf Quellen beruht – erregte Aufsehen")
        if depth[lo - 1] == depth[i] and tokens[lo - 1].text == "," and not opens(lo) \
                and (inner := _embedded_clause(tokens, depth, lo - 1)) is not None:
            lo = inner  # "…, dass er den Politiker, der dort lebte, einen Experten nannte": a relative clause
            continue  # closed before the verb sits inside the clause that goes on after it
        if depth[lo - 1] == depth[i] and (tokens[lo - 1].text == "," or (tokens[lo - 1].text in DASHES and opens(lo))):
            break  # (a dash opens a clause only before a subordinator: "X, der … – und viele bewegte" goes on)
        if depth[lo - 1] < depth[i] and last and opens(lo):
            break  # 'Und dazu die Hoffnung, "dass alle gesund sind"': a quotation that opens with a subordinator
            # and puts its verb last
        lo -= 1
    return lo > 0 and lo in used and opens(lo)


def _embedded_clause(tokens: Sequence[Token], depth: Sequence[int], comma: int) -> int | None:
    """Where the relative clause that this comma closes opens (its own comma), when the clause before that comma
    goes on after this one: a relative pronoun after the opening comma, its verb right before this comma, and a
    word of a noun phrase before the opening comma (the noun the clause describes). None otherwise."""
    if comma < 1 or tokens[comma - 1].pos not in _VERBS:
        return None
    opening = next((j for j in range(comma - 1, 0, -1) if tokens[j].text == "," and depth[j] == depth[comma]), None)
    if opening is None or opening + 1 >= comma or tokens[opening + 1].tag != "PRELS" \
            or tokens[opening - 1].pos not in {"NN", "NE"}:
        return None
    return opening


def _source_clause_has_verb(tokens: Sequence[Token], depth: Sequence[int], comma: int) -> bool:
    """Whether the sentence's stretch from this comma to the next one has a finite verb."""
    end = next((j for j in range(comma + 1, len(tokens)) if tokens[j].text == "," and depth[j] == depth[comma]),
               len(tokens))
    return any(t.finite for t in tokens[comma + 1:end])


# the first half of a paired conjunction → its second halves; `True`: the second half must stand in the claim
# wherever the sentence has it ("weder X noch Y", "entweder X oder Y": one half alone says the opposite or
# nothing), `False`: only when the claim leaves it out from between its words ("zwar X, aber Y" → "zwar X,
# Y" is broken; a "zwar" clause cut from the "aber" clause is fine: the claim leaves the "zwar" out,
# `rules._without_inner_concession`)
_PAIRED: dict[str, tuple[frozenset[str], bool]] = {
    "weder": (frozenset({"noch"}), True),
    "entweder": (frozenset({"oder"}), True),
    "zwar": (CONCESSION_ANSWERS, False),
    "einerseits": (frozenset({"andererseits"}), False),
    "zum einen": (frozenset({"anderen"}), False),
    "sowohl": (frozenset({"als"}), False),
    "nicht nur": (frozenset({"sondern", "auch"}), False),
}


def _cut_condition(tail: list[Token | str], tokens: Sequence[Token], index: dict[int, int]) -> bool:
    """The draft's last stretch is a subordinate clause ("und wenn es einen Heizer gebe") that in the
    sentence opens the main clause after it (", dann fehlte der Strom"): cut from what it conditions."""
    words = [w for w in tail if isinstance(w, Token)]
    joined = bool(words) and words[0].pos == "KON"
    if joined:  # "…, und wenn …"
        words = words[1:]
    if not words or words[0].pos != "KOUS" or words[0].lower in {"als", "wie"} \
            or (not joined and words[0].lower in {"dass", "daß", "ob"}):
        return False  # ("Wir wissen, dass X gut ist[, sagte Y]": the object clause of the verb before it)
    after = index[words[-1].start] + 1
    return after + 1 < len(tokens) and tokens[after].text == "," and (
        tokens[after + 1].finite or tokens[after + 1].lower in {"dann", "so"})


def _to_the_end(words: list[Token | str], tokens: Sequence[Token]) -> bool:
    """Whether the draft runs to the end of its sentence (its closing punctuation aside)."""
    last = next((w for w in reversed(words) if isinstance(w, Token)), None)
    rest = [t for t in tokens if last is not None and t.start >= last.end]
    return all(not t.text[:1].isalnum() for t in rest)


def _unpaired(words: list[Token | str], tokens: Sequence[Token]) -> list[str]:
    """The first half of a paired conjunction without its second half."""
    found = []
    for k, word in enumerate(words):
        if not isinstance(word, Token):
            continue
        before = _text(words[k - 1]).lower() if k > 0 else ""
        key = f"{before} {word.lower}" if before in {"zum", "nicht"} else word.lower  # ("zum einen … zum
        # anderen", "nicht nur … sondern/auch")
        if key not in _PAIRED:
            continue
        seconds, always = _PAIRED[key]
        if any(_text(w).lower() in seconds for w in words[k + 1:]):
            continue
        last = max(w.start for w in words if isinstance(w, Token))
        opening = k - (key == "nicht nur")
        if always or (opening == 0 and any(t.lower in seconds and t.start > word.start for t in tokens)) \
                or any(t.lower in seconds and word.start < t.start < last for t in tokens):  # ("Zwar steigt X."
            # opening its claim announces the "aber" clause it was cut from)
            found.append(f"{word.text!r} without its {'/'.join(sorted(seconds))!r}")
    return found


def _ambiguous_subordinator(words: list[Token | str]) -> bool:
    """A clause opened by a word that is an adverb too, read as its subordinator: "als" with the verb right
    after it ("Als käme es darauf an": as if), "damit" whose clause ends in its verb ("Damit niemand warten
    muss, …": so that)."""
    tokens = [w for w in words if isinstance(w, Token)]
    if len(tokens) < 3 or len(tokens) != len(words):
        return False
    if tokens[0].lower == "als":
        return tokens[1].finite
    if tokens[0].lower != "damit":
        return False
    stop = next((k for k, t in enumerate(tokens) if t.text in {",", ":", ";"}), len(tokens))
    return stop > 2 and tokens[stop - 1].finite and not any(t.finite for t in tokens[1:stop - 1])


def _elliptical_subject(words: list[Token | str]) -> bool:
    """A claim that opens with an article or a quantifier and a lower-case adjective right before its finite
    verb ("Die rechte ruht", "Der erste kam"): the noun the adjective belongs to is elsewhere in the sentence."""
    if len(words) < 4 or not all(isinstance(w, Token) for w in words[:2]):
        return False
    article, adjective, verb = cast(Token, words[0]), cast(Token, words[1]), words[2]
    # ("Mehrere überregionale dürfen …": a quantifier, "mehrere Lizenzen", is such an article too)
    return article.tag in {"ART", "PIAT", "PIDAT"} and adjective.tag in {"ADJ(A)", "ADJ(D)"} \
        and adjective.text.islower() \
        and (verb.finite if isinstance(verb, Token) else verb[:1].islower())  # (a verb moved to second place)


def _open_conjunct(words: list[Token | str]) -> bool:
    """Whether the claim ends in a conjunct after "und"/"oder" that opens with a w-word or "dass" and whose
    finite verb is the claim's last word: a clause that waits for the main clause it belongs to."""
    tokens = [w for w in words if isinstance(w, Token)]
    if len(tokens) < 4 or len(tokens) != len(words) or not tokens[-1].finite:
        return False
    k = max((j for j, t in enumerate(tokens[:-2]) if t.lower in {"und", "oder"}), default=None)
    return k is not None and k > 0 and (tokens[k + 1].pos in {"PWS", "PWAV"} or tokens[k + 1].lower == "dass") \
        and not any(t.text in {",", ":", ";"} for t in tokens[k + 1:])


# what a noun phrase is made of, a truncated compound's "Lauf- und" included
_PHRASE_TAGS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "ADJ(A)", "NN", "NE", "NNA", "CARD", "TRUNC",
                          "KON"})


def _verbless_conjunct_end(words: list[Token | str], tokens: Sequence[Token], index: dict[int, int]) -> bool:
    """Whether the claim ends, before its sentence does, in ", und"/", oder" and a bare noun phrase, with its
    verb before the comma: the phrase opened the next clause as its subject ("…, und eine Freude, ein Glück
    erfasst sie"), which the claim cut off; or in "– und" and words without a verb before a colon ("… – und
    noch schlimmer: Er …"), which announce what the colon says."""
    toks = [w for w in words if isinstance(w, Token)]
    comma = max((j for j, t in enumerate(toks) if t.text in {",", "–", "—"}), default=None)
    if comma is None or comma + 2 >= len(toks) or toks[comma + 1].lower not in {"und", "oder"} \
            or not any(t.finite for t in toks[:comma]) or index[toks[-1].start] + 2 >= len(tokens):
        return False
    rest = toks[comma + 2:]
    if toks[comma].text != ",":  # "… – und noch viel schlimmer:": a verbless head cut from the colon it opens
        return tokens[index[toks[-1].start] + 1].text == ":" and not any(t.pos in {"VV", "VA", "VM"} for t in rest)
    return all(t.tag in _PHRASE_TAGS or t.text.endswith("-") for t in rest) and any(t.pos in {"NN", "NE"} for t in rest)


def _verb_final(words: list[Token | str]) -> bool:
    """One clause whose verbs all stand at its end, the finite one last ("Grabstellen erweitert wurde",
    "eine Maske tragen müssen", "nicht ausschließe"): the word order of a subordinate clause, here the end
    of a sentence that a line break cut off. (The tagger may call a plural present an infinitive, so an
    auxiliary or modal last counts when nothing else is finite.)"""
    tokens = [w for w in words if isinstance(w, Token)]
    if len(tokens) < 3 or len(tokens) != len(words) or any(t.text in {",", ":", ";", "–"} for t in tokens):
        return False
    last, before = tokens[-1], tokens[-2]
    finite = [t for t in tokens if t.finite]
    if not (finite == [last] or (not finite and last.pos in {"VA", "VM"})):
        return False
    if before.pos not in _VERBS and before.pos != "PTKNEG":
        return False
    return not any(t.pos in _VERBS for t in tokens[:-2])


def ellipsis_end(words: Sequence[Token | str]) -> list[Token]:
    """The words of a draft or sentence, without quotation marks and its full stop, when they stop on an
    ellipsis ("…, dann ..."); empty otherwise."""
    spoken = [w for w in words if isinstance(w, Token) and w.text not in QUOTATION_MARKS | {".", "!"}]
    return spoken if spoken and spoken[-1].text in {"...", "…"} else []


def _imagined_before(clause: Sequence[Token]) -> bool:
    """A clause before a colon whose subject is a scenario, hope or calculation and whose only verb is a copula
    ("Das Kalkül der Partei ist offensichtlich:"): what follows is what someone imagines, no fact."""
    finite = [t for t in clause if t.finite]
    return len(finite) == 1 and finite[0].lemma.lower() in COPULA_VERBS and any(
        t.pos == "NN" and t.lower in IMAGINED_NOUNS and not (j and clause[j - 1].lower in {"dem", "einem"})
        for j, t in enumerate(clause[:clause.index(finite[0])]))  # (not a dative: "Dem Plan steht X skeptisch
    # gegenüber:" is X's stance, no plan's content)


def _message_before(clause: Sequence[Token]) -> bool:
    """A clause before a colon that names someone's message or stand ("Seine Botschaft an alle, die kommen:",
    "Die Forderung der Bauern ist klar:") with no verb of its own but a copula (a relative clause's aside) and
    says whose it is: what follows are the words of that message, which the article reports, not states."""
    start = max((j + 1 for j, t in enumerate(clause) if t.text in {".", ";"}), default=0)
    main = [t for j, t in enumerate(clause) if j >= start and t.finite
            and not any(u.tag == "PRELS" and clause[m - 1].text == "," for m, u in enumerate(clause[start:j], start))]
    noun = next((j for j in range(start, len(clause)) if clause[j].pos == "NN" and clause[j].lower in MESSAGE_NOUNS
                 and _owned(clause, j)), None)
    return noun is not None and (not main or (len(main) == 1 and main[0].lemma.lower() in COPULA_VERBS
                                               and clause.index(main[0]) > noun))


def _owned(clause: Sequence[Token], j: int) -> bool:
    """Whether the noun at j says whose it is: a possessive before it or a genitive or "von" after it (a bare
    "Antwort:" or "Fazit:" labels the author's own lines)."""
    return (j > 0 and clause[j - 1].tag == "PPOSAT") or (
        j + 1 < len(clause) and clause[j + 1].lower in {"des", "der", "von", "vom", "eines", "einer"})


_UNMARKED_OPENERS = ADVERBIAL_SUBORDINATORS | {"dass", "ob"}  # subordinators a comma may be missing before


def _unmarked_subordinate(words: Sequence[Token | str], a: int, b: int) -> bool:
    """Whether the finite verb at b closes a subordinate clause that a subordinator opens after the one at a,
    without the comma German asks for ("Der Bus wartet bis der Zug kommt"); not right after an
    auxiliary that still waits for its verb ("hatte dass …": a clause cut from its frame), nor across a
    quotation's end."""
    opener = next((k for k in range(a + 1, b - 1) if _text(words[k]).lower() in _UNMARKED_OPENERS), None)
    verb = words[a]
    return opener is not None and (opener > a + 1 or (isinstance(verb, Token) and verb.pos == "VV")) \
        and not any(_text(w) in QUOTATION_MARKS for w in words[a + 1:b]) \
        and (b + 1 == len(words) or _text(words[b + 1]) in {".", ",", ";", ":", "!", "?"})


def _predicate_only(words: Sequence[Token | str], verb: int) -> bool:
    """Whether a clause of "sein" holds one noun phrase, at its end, after nothing but adverbs ("Und ist nun der
    grosse Verlierer"): the predicate, whose subject the sentence before had."""
    head = words[verb]
    if not isinstance(head, Token) or head.lemma.lower() != "sein":
        return False
    rest = [w for w in words[verb + 1:] if isinstance(w, Token) and w.text[:1].isalnum()]
    while rest and rest[0].pos in {"ADV", "PTKNEG"}:
        rest.pop(0)
    return bool(rest) and rest[0].lower in NOMINATIVE_ARTICLES and len(rest) > 1 \
        and all(w.tag == "ADJ(A)" for w in rest[1:-1]) and rest[-1].pos == "NN"


def _nominative_in_clause(words: Sequence[Token | str]) -> bool:
    """Whether the clause (up to its first comma) holds a word that may open its subject: a nominative
    pronoun, an article that may be nominative, a name."""
    for w in words:
        if _text(w) in {",", ":", ";"}:
            return False
        if isinstance(w, Token) and (w.lower in SUBJECT_PRONOUNS | NOMINATIVE_ARTICLES or w.pos == "NE"):
            return True
    return False


_PRESENT_PARTICIPLE = re.compile(r"[a-zäöü]end(e[mnrs]?)?$")


def _zu_infinitive(word: Token, before: Token | str) -> bool:
    """Whether a verb is an infinitive with "zu": fused ("anzurufen") or after a separate "zu"."""
    return word.tag == "VV(IZU)" or (_text(before).lower() == "zu" and word.pos in _VERBS)


def _modal_infinitive(words: Sequence[Token | str], k: int) -> bool:
    """A zu-infinitive with a finite "sein" or "haben" right after it ("nicht zu erkennen sind", "zu tun hat"):
    the verb of a clause that has its finite verb, no infinitive clause."""
    after = words[k + 1] if k + 1 < len(words) else None
    return isinstance(after, Token) and after.finite and after.lemma.lower() in {"sein", "haben"}


# endings of nouns whose plural adds "-en": a noun with one of them is singular
_SINGULAR_ONLY = ("ung", "heit", "keit", "schaft", "ion", "tät")


def _bare_infinitive(words: Sequence[Token | str]) -> bool:
    """Whether the draft's only verbs are infinitives that close it with no subject before them: no noun or
    pronoun, or a phrase whose determiner shows the accusative or genitive ("Einfach mal rauskommen.", "Den
    Arbeitgeber darauf ansprechen."). A plural present looks like an infinitive, but after a noun or pronoun
    that may be its subject ("Die Zahlen steigen", "Kritiker befürchten, …") it is a main clause's verb. A
    subordinate clause after a comma is left out ("Sofort eingreifen können, wenn es hakt.")."""
    label = next((k for k in (1, 2) if k < len(words) - 1 and _text(words[k]) == ":"
                  and all(isinstance(w, Token) and w.pos == "NE" for w in words[:k])), None)
    if label is not None:
        words = words[label + 1:]  # "Söder: Die Bewegung in den Blick nehmen": a headline's name label, then its
        # words
    cut = next((k for k in range(1, len(words) - 1) if _text(words[k]) == ","
                and isinstance(words[k + 1], Token) and cast(Token, words[k + 1]).pos == "KOUS"), len(words))
    if any(isinstance(w, Token) and w.pos in _VERBS for w in words[:cut]):
        words = words[:cut]  # (a head without a verb is judged with its clause: "Und das, obwohl X arbeiten dürfen")
    verbs = [k for k, w in enumerate(words) if isinstance(w, Token) and w.pos in _VERBS]
    if not verbs or not all(cast(Token, words[k]).tag.endswith("(INF)") for k in verbs) \
            or any(isinstance(w, Token) and w.text[:1].isalnum() for w in words[verbs[-1] + 1:]):
        return False
    if [cast(Token, words[k]).lower for k in verbs] == ["sein"]:
        return True  # "Dann doch lieber Onkel sein.": "sein" is no finite form of a third person, whatever stands
        # before it
    before = [w for w in words[:verbs[0]] if isinstance(w, Token)]
    opening = before[1:] if before and before[0].pos == "KON" else before  # (after an opening "Und")
    if opening and opening[0].pos in {"APPR", "APPRART"}:
        phrase_end = np_end(opening, 1, len(opening))
        if phrase_end < len(opening) and any(t.pos in {"NN", "NE"} for t in opening[1:phrase_end]):
            return True  # "Per Knopfdruck alle Daten abrufen": after a fronted phrase (of a noun: "Vor allem" is
            # none), a finite verb would come next; words between them leave the verb at the end, an infinitive's
            # place
    subjects = [k for k, w in enumerate(before) if w.pos in _NOUNS_AND_PRONOUNS and not _in_phrase(before, k)
                and not (w.lower == "mal" and k and before[k - 1].pos in {"CARD", "PIAT"})]  # ("ein paar Mal": how
    # often, no subject)
    if subjects and before[subjects[0]].pos == "NN" and before[subjects[0]].lower.endswith(_SINGULAR_ONLY) \
            and not any(w.pos == "KON" for w in before[1:]):  # (not "Die Regierung und die Partei streiten")
        return True  # "Neue Bewegung der Gegner in den Blick nehmen": a noun in "-ung" or "-heit" is singular, no
        # subject of a plural verb (its plural ends in "-en")
    return not subjects or (
        before[0].lower in _OBLIQUE_OPENERS and before[0].tag in {"ART", "PIAT", "PDAT", "PPOSAT"}) or (
        before[0].lower in _ENUMERATORS and not _possible_subject(before[1:])) or any(
        w.tag in {"ADJ(D)", "PTKNEG"} for w in before[subjects[0] + 1:])
    # (a subject and its plural verb stand side by side; "Sie noch genauer beobachten", "Die Preise nicht
    # erhöhen" have an adverb after the noun or pronoun: the verb closes an infinitive, no main clause)


def _in_phrase(words: Sequence[Token], k: int) -> bool:
    """Whether the noun at k is a preposition's object ("vom Sofa aus", "im Sommer"), which no verb takes
    for its subject: only determiners, adjectives, numbers and prepositions stand between them."""
    j = k - 1
    while j >= 0 and words[j].pos in {"ART", "ADJ", "CARD", "PPOSAT", "PIAT"}:
        j -= 1
    return j >= 0 and words[j].pos in {"APPR", "APPRART"}


def _correlate_before_frame(words: Sequence[Token | str], fin: int) -> bool:
    """Whether the draft is a pronominal adverb ("daran", "darauf"), a comma and the clause it announces, then a
    frame after a comma that closes the draft ("…, schreibt X."): no verb governs the adverb, whose verb the
    sentence before had ("Das liegt auch daran, dass … Und auch daran, dass …")."""
    verb = words[fin]
    k = next((k for k, w in enumerate(words) if not (isinstance(w, Token) and w.pos in {"KON", "ADV"})), len(words))
    head, opener = (words[k], words[k + 2]) if k + 2 < fin else (None, None)
    return isinstance(verb, Token) and verb.lemma.lower() in SPEECH_VERBS and _text(words[fin - 1]) == "," \
        and isinstance(head, Token) and head.pos == "PROAV" and _text(words[k + 1]) == "," \
        and isinstance(opener, Token) and opener.pos in {"KOUS", "PWAV", "PWS"} \
        and not any(isinstance(w, Token) and w.tag == "PTKVZ" for w in words[fin:]) \
        and not any(_text(w) in {",", ":"} for w in words[fin:])


def _singular_before_plural(words: Sequence[Token | str]) -> bool:
    """Whether the draft is a bare singular noun (adjectives before it), or one after "ein", and a verb in
    "-en" closing it ("Anlaufzeit geben", "Mehr Geld sparen", "Ein Spiel fertig spielen"): the noun cannot be
    the subject of a plural, so the verb is an infinitive, an instruction (not "Lehrer streiken", "Eltern
    protestieren": a plural without an ending). Prepositional phrases may stand between the noun and the
    verb ("Kurzarbeit mit Fortbildung verknüpfen"): their nouns are no subject."""
    tokens = [w for w in words if isinstance(w, Token) and w.text[:1].isalnum()]
    if not 2 <= len(tokens) <= 9 or len(tokens) != len([w for w in words if _text(w)[:1].isalnum()]):
        return False
    *before, verb = tokens
    preposition = next((k for k, t in enumerate(before) if t.pos in {"APPR", "APPRART"}), len(before))
    if preposition < len(before):
        if preposition == 0 or not all(t.pos in _PHRASE_POS for t in before[preposition:]):
            return False
        before = before[:preposition]
    elif len(tokens) > 5:
        return False
    if not (verb.pos == "VV" and verb.text.endswith("en") and verb.text.islower()) or verb.tag == "VV(PP)":
        # ("Arbeitslosigkeit leicht gestiegen": a participle, a headline's fact)
        return False
    if before[0].lower in {"ein", "eine"} and before[0].tag == "ART":  # "Ein Spiel fertig spielen": "ein" makes
        # the one noun singular
        return sum(t.pos == "NN" for t in before[1:]) == 1 and all(
            t.pos == "NN" or t.tag in {"ADJ(A)", "ADJ(D)", "ADV"} for t in before[1:])
    noun = before[-1]
    return all(t.tag in {"ADJ(A)", "PIAT", "ADV"} for t in before[:-1]) and noun.pos == "NN" \
        and not inflected_noun(noun.text) and noun.lower not in PLURALIA_TANTUM \
        and not noun.lower.endswith(ZERO_PLURAL_ENDINGS)


# what a prepositional phrase between a noun and an infinitive may hold
_PHRASE_POS = frozenset({"APPR", "APPRART", "ART", "ADJ", "NN", "NE", "CARD", "PPOSAT", "PIAT", "ADV"})


# adverbs that number the items of a list ("Zweitens per Spülung den Mund desinfizieren."): what follows is an
# item, an instruction when its verb is a bare infinitive
_ENUMERATORS = frozenset("erstens zweitens drittens viertens fünftens zuerst danach schliesslich schließlich".split())


def _possible_subject(words: Sequence[Token]) -> bool:
    """Whether a noun or pronoun among `words` could be the subject of a plural verb that looks like an
    infinitive: none that a preposition governs or whose determiner shows another case ("per Spülung den
    Mund"), nor a bare singular ("Abstand halten")."""
    governed, bare = False, True
    for w in words:
        if w.pos in {"APPR", "APPRART"} or (w.lower in _OBLIQUE_OPENERS and w.tag in DETERMINERS):
            governed = True
        elif w.tag in DETERMINERS:
            bare = False
        elif w.pos in _NOUNS_AND_PRONOUNS:
            if not governed and not (bare and w.pos == "NN" and not inflected_noun(w.text)):
                return True
            governed, bare = False, True
    return False


# determiners that open no subject: "den", "einen", "des", "eines" (a plural "den" is a dative)
_OBLIQUE_OPENERS = OBLIQUE_ARTICLES | {"keinen"}
_NOUNS_AND_PRONOUNS = frozenset({"NN", "NE", "NNA", "NNI", "PPER", "PDS", "PIS", "FM"})


def _definite_label(words: Sequence[Token | str]) -> bool:
    """A verbless line that is one definite noun phrase and names nobody ("Die Zahl der gemeldeten Fälle pro
    100.000 Einwohner"): a chart's or a table's label, whose numbers describe what is counted, not a count."""
    first = words[0]
    return isinstance(first, Token) and first.tag == "ART" and first.lower in {"der", "die", "das"} \
        and all(isinstance(w, Token) and (w.tag in _LABEL_TAGS or not w.text[:1].isalnum()) for w in words) \
        and not any(isinstance(w, Token) and w.tag == "ADJ(A)" and _PRESENT_PARTICIPLE.search(w.lower)
                    for w in words)  # ("die verglühenden Satelliten": an event)


# the tags of a noun phrase with its attributes, numbers and prepositional phrases, and nothing else (no adverb or
# predicative adjective, which a verb the tagger missed may be: "Die Pandemie verstärkt X")
_LABEL_TAGS = frozenset({"ART", "ADJ(A)", "NN", "NNA", "CARD", "APPR", "APPRART", "PIAT", "PPOSAT", "KON", "TRUNC"})


def _present_reading(words: Sequence[Token | str], verb: Token) -> bool:
    """Whether a word tagged a participle (or an adjective in "-t") may be the present of a verb with no "ge-"
    ("ermittelt", "verstärkt") after a subject with a determiner, a pronoun or a name ("Die Polizei
    ermittelt"): a headline's bare noun before it ("Schnee in tiefen Lagen erwartet") makes it the participle."""
    first = words[0]
    return (verb.tag.endswith("(PP)") or (verb.tag == "ADJ(D)" and verb.lower.endswith("t"))) \
        and "ge" not in verb.lower[:7] and isinstance(first, Token) and verb is not first \
        and (first.tag in {"ART", "PPOSAT", "PDAT", "PIAT", "PPER", "PDS", "PIS"} or first.pos == "NE")


def _factual(tok: Token) -> bool:
    """A word that makes a heading without a finite verb state a fact: a verb or a participle ("Mann am Grat
    abgestürzt", "die verglühenden Satelliten": an event), a number, a date ("ab Dienstag") or a name."""
    return tok.pos in _VERBS | {"NE", "CARD"} or any(ch.isdigit() for ch in tok.text) or tok.lower in WEEKDAYS \
        or tok.lower in MONTHS \
        or (tok.tag == "ADJ(A)" and bool(_PRESENT_PARTICIPLE.search(tok.lower)))


def _verb_first_clause(words: Sequence[Token | str]) -> bool:
    """A verb-first clause that is whole: a condition with its main clause after a comma ("Sollte X siegen,
    trifft er …", "Wird X verschoben, so hat er …"), a reason with "doch" ("Hatte der Gerichtshof doch …"), or
    a name the tagger took for a verb before the real one ("Kürten gibt an, …")."""
    texts = [_text(w).lower() for w in words]
    if len(words) > 1 and isinstance(words[1], Token) and words[1].finite:
        return True
    if any(texts[k] == "doch" and texts[k - 1] != "aber" and k + 2 < len(texts) for k in range(1, min(5, len(texts)))):
        return True  # (not "Blieb sie aber doch.", a contrast whose prefield, what stayed, was left out)
    commas = [k for k in range(1, len(words)) if texts[k] == ","]
    for k, end in zip(commas, [*commas[1:], len(words)]):
        segment = [w for w in words[k + 1:end] if isinstance(w, Token)]
        if segment and segment[0].pos not in _SUBORDINATE_OPENERS | {"PWS", "PWAV"} \
                and (segment[0].pos in _VERBS or any(w.finite for w in segment)):
            return True  # (a plural present may be tagged an infinitive, or an adjective: "…, bleichen die Riffe
            # aus und sterben ab")
    return False


def _bare_participle(words: Sequence[Token | str], tokens: Sequence[Token]) -> bool:
    """The draft ends in a participle whose clause has no direct object of its own ("hatte ebenso wie X
    erklärt", not "habe die Regeln ergänzt"): a verb of saying there still waits for what was said."""
    last = words[-1]
    if not isinstance(last, Token) or last.tag != "VV(PP)":
        return False
    index, depth, _, _ = _sentence(tuple(tokens))
    at = [index[w.start] for w in words if isinstance(w, Token)]
    fin = next((k for k in at if tokens[k].finite), None)
    if fin is None or tokens[fin].lemma.lower() != "haben" or at[-1] + 1 >= len(tokens) \
            or tokens[at[-1] + 1].text not in {",", ":"}:
        return False  # (a passive, "ist so gemeint", has said all it says)
    subject = subject_of(tokens, at[0], at[-1]) or (0, 0)
    return not own_object(tokens, depth, fin, at[-1], subject) and not any(
        tokens[k].pos in {"PDS", "PIS"} or tokens[k].lower == "es" for k in range(fin + 1, at[-1])
        if not subject[0] <= k < subject[1])  # ("Er habe das allen gesagt": a pronoun is its object)


# what, left out of a claim in the Konjunktiv II, makes it someone's words, a source's figures or a condition's
# consequence: a verb of saying or charging, a noun of content or of a source, a condition
_HYPOTHESIS_MARKS = frozenset({"vorwerfen", "unterstellen", "vorhalten", "wenn", "falls", "sofern", "laut",
                               "zufolge"})


def cut_hypothesis(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Whether a claim in the Konjunktiv II ("Die Liste wäre nicht mehr im Stadtrat") was cut from the part of
    its sentence that says whose figures, words or condition it states ("liegt an den Prognosen: …", "wirft X
    vor zu behaupten, die Mieter würden …", "Überlegungen, die Regierung würde …"): alone it states a
    hypothesis as the author's. (Its own condition, "bei einer Wahl", "im schlimmsten Fall", may stay in it.)"""
    index, depth, _, _ = _sentence(tuple(tokens))
    used = set(draft.indices())
    words = [w for w in _words(draft, tokens) if isinstance(w, Token)]
    main = next((w for w in words if w.finite and not _subordinate(tokens, depth, index[w.start], used)), None)
    if draft.speaker is not None or main is None or main.lower not in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II:
        return False
    first = min(used)
    rest = [(i, t) for i, t in enumerate(tokens) if i not in used and i < first]  # what governs it stands before
    return any(t.lower in _HYPOTHESIS_MARKS or t.lower in COMPLEMENT_NOUNS
               or t.lemma.lower() in SPEECH_VERBS | COGNITION_VERBS | _HYPOTHESIS_MARKS
               or (t.lower in SOURCE_NOUNS and any(tokens[j].text == ":" for j in range(i, first)))  # "…
               for i, t in rest)  # an den Umfragen: …" (not "Daten könnten verloren gehen, …")


VERBLESS_BEFORE_FRAME = "a verbless phrase before its frame"
# verbs whose object is what a colon after them goes on with: a reminder, a call, a question
_ANNOUNCING_VERBS = frozenset({"erinnern", "rufen", "zurufen", "fragen", "antworten", "entgegnen", "verkünden"})


def _phrase_and_participle(tokens: Sequence[Token], words: Sequence[Token | str]) -> bool:
    """Whether a sentence is one prepositional phrase and a participle ("Auf Ebay gesehen.", "In Bern
    verhaftet."): no finite verb and no subject, a reply to the sentence before rather than a headline's clause
    ("Mann am Grat abgestürzt" names its subject)."""
    end = len(tokens) - (tokens[-1].text == ".")
    if len(words) < 3 or len(words) != end or not all(isinstance(w, Token) for w in words):
        return False  # (the whole sentence)
    first, last = cast(Token, words[0]), cast(Token, words[-1])
    return first.pos in {"APPR", "APPRART"} and last.tag == "VV(PP)" and not any(t.finite for t in tokens) \
        and np_end(tokens, 1, end - 1) == end - 1


def _verbless_around_frame(words: Sequence[Token | str], verb: int) -> bool:
    """Whether the one finite verb is a frame set off inside the claim (", so hofft X,") and no other verb
    stands outside it: what the frame reports is a phrase without its clause."""
    if verb < 3 or _text(words[verb - 2]) != "," or _text(words[verb - 1]).lower() != "so":
        return False
    close = next((k for k in range(verb + 1, min(len(words), verb + 8)) if _text(words[k]) == ","), None)
    said = cast(Token, words[verb]).lemma.lower()
    return close is not None and said in SPEECH_VERBS | COGNITION_VERBS and not any(
        isinstance(w, Token) and w.pos in _VERBS for k, w in enumerate(words) if not verb - 2 <= k <= close)


_FOCUS_BEFORE_SUBORDINATOR = frozenset("""auch selbst nur gerade vor erst nämlich etwa insbesondere beispielsweise
    sogar eben genau bloss bloß schon zumindest wenigstens besonders nicht""".split())


_QUESTION_WORDS = frozenset("""wie warum weshalb wieso was wer wen wem wo wann woher wohin welche welcher welches
    ob""".split())


def _announced_question(words: Sequence[Token | str]) -> bool:
    """A verbless label, a colon or a dash, and an indirect question that ends in its one finite verb."""
    mark = next((k for k, w in enumerate(words) if _text(w) in {":", "–", "—", "-"}), None)
    if mark is None or mark + 3 > len(words) or any(isinstance(w, Token) and w.finite for w in words[:mark]):
        return False
    rest = [w for w in words[mark + 1:] if isinstance(w, Token)]
    finite = [w for w in rest if w.finite]
    # (a plural present may be tagged the infinitive it looks like: "Warum die Mieten so stark steigen")
    last = finite == [rest[-1]] or (not finite and rest[-1].tag in {"VV(INF)", "VA(INF)", "VM(INF)"})
    return len(rest) > 2 and rest[0].lower in _QUESTION_WORDS and last


# adverbs in a main clause that announce the "weil"/"dass" clause after it ("nicht deshalb …, weil …")
_ANNOUNCING_ADVERBS = frozenset({"deshalb", "deswegen", "darum", "dadurch", "daran", "darauf", "dafür"})


# adverbs that take up the clause before them ("… und damit …", "… und dadurch …"): a conjunct that opens with one
# says nothing without the conjunct it points to
_BACK_POINTING = frozenset("damit dadurch somit dabei deshalb daher darum deswegen folglich".split())


def _verbs_close_conjuncts(words: Sequence[Token | str]) -> bool:
    """Whether every finite verb of the words closes its conjunct (verb last: "wie A beatmet werden mussten und
    um ihr Leben kämpften"), and the last word is one of them or the only verb."""
    finite = [k for k, w in enumerate(words) if isinstance(w, Token) and (w.finite or k == len(words) - 1)]
    return bool(finite) and all(k == len(words) - 1 or _text(words[k + 1]).lower() in {"und", "oder"}
                                for k in finite)


def rate_left_behind(tokens: Sequence[Token], used: set[int]) -> tuple[int, int] | None:
    """Where the sentence measures in a unit per something ("40 Euro pro Quadratmeter") outside the draft,
    while the draft gives a figure in that unit without saying per what: a parallel clause elides the "pro X"
    it shares. The positions of the draft's unit and of the unit the rate follows, or None."""
    for k in range(1, len(tokens) - 2):
        if k in used or k + 1 in used or tokens[k + 1].lower not in {"pro", "je"} or tokens[k].pos != "NN":
            continue
        unit = next((i for i in sorted(used) if tokens[i].lower == tokens[k].lower and i - 1 in used
                     and tokens[i - 1].pos == "CARD"
                     and not (i + 1 < len(tokens) and tokens[i + 1].lower in {"pro", "je"})), None)
        if unit is not None:
            return unit, k
    return None


def _past_labels(words: list[Token | str]) -> list[Token | str]:
    """The words after the short verbless labels a claim may open with ("Antwort: Vereinfacht gesagt: Weil …"):
    what must stand as a main clause is what follows them."""
    while True:
        colon = next((k for k, w in enumerate(words[:4]) if _text(w) == ":"), None)
        if colon is None or colon + 1 >= len(words) or any(isinstance(w, Token) and w.finite for w in words[:colon]):
            return words
        words = words[colon + 1:]


def _data_line(words: Sequence[Token | str]) -> bool:
    """Whether the words are a data box's line: a capitalised noun as label, a colon, and values with no verb
    outside brackets ("Motor: 190 PS, Spitze 220 km/h (elektronisch begrenzt)"), or an event listing's items
    with a time of day and no verb ("X Quartett, Di., 11. August, 20.30 Uhr, Jazzkeller, Hauptgasse 4"), which
    no sentence states."""
    verbless = not any(isinstance(w, Token) and w.pos in _VERBS and not _in_brackets(words, k)
                       for k, w in enumerate(words))
    listing = sum(_text(w) == "," for w in words) >= 3 and any(_text(w) == "Uhr" for w in words) \
        and not any(isinstance(w, Token) and w.finite for w in words)  # (a venue's name may look like a
    # participle: "Unterfahrt")
    return len(words) > 3 and (listing or (verbless and isinstance(words[0], Token) and words[0].pos == "NN"
                                           and _text(words[1]) == ":"))


# determiners of a noun that "ihr" (feminine or plural) or "sein" (masculine or neuter) may take up
_HER_DETERMINERS = frozenset({"die", "eine", "einer"})
_HIS_DETERMINERS = frozenset({"der", "den", "dem", "des", "das", "ein", "einen", "einem", "eines"})
# nouns of a thing's properties, which a possessive after a cut may take from the thing as well as from the subject
# ("untersuchten eine Perle und bestimmten ihr Alter")
_PROPERTY_NOUNS = frozenset("""alter grösse größe gewicht wert preis herkunft ursprung zustand echtheit inhalt länge
höhe breite tiefe form farbe oberfläche zusammensetzung struktur entstehung""".split())
# the clause rules that cut a sentence's conjuncts apart
_CONJUNCT_RULES = frozenset({"verb_coordination", "comma_clauses", "coordination", "infinitive_coordination",
                             "participle_coordination"})


def _determiner(tokens: Sequence[Token], j: int) -> str:
    """The determiner of the noun at j, past its adjectives ("eine natürliche Perle" → "eine"), lower case."""
    k = j - 1
    while k > 0 and tokens[k].pos in {"ADJ", "ADV", "CARD"}:
        k -= 1
    return tokens[k].lower


def _antecedent_cut(draft: Draft, tokens: Sequence[Token]) -> str | None:
    """A possessive ("ihr", "sein") before a noun of a thing's property, in a conjunct cut from its sentence
    after a gap that held a noun it may take up ("eine Perle untersucht und ihr Alter bestimmt"): without the
    noun the possessive reads as the subject's. The possessive, or None."""
    if not _CONJUNCT_RULES & set(draft.rules):
        return None
    used = sorted(draft.indices())
    for a, b in zip(used, used[1:]):
        if b == a + 1:
            continue
        nouns = [j for j in range(a + 1, b) if tokens[j].pos == "NN"]
        for i in (i for i in used if i >= b and tokens[i].tag == "PPOSAT"):
            if i + 1 >= len(tokens) or tokens[i + 1].lower not in _PROPERTY_NOUNS:
                continue  # ("Die Firma baute ein Werk und verkaufte ihre Produkte": the subject's, as a rule)
            her = tokens[i].lower.startswith("ihr")
            if not her and not tokens[i].lower.startswith("sein"):
                continue
            if any(_determiner(tokens, j) in (_HER_DETERMINERS if her else _HIS_DETERMINERS) for j in nouns):
                return tokens[i].text
    return None


def _modal_without_infinitive(words: Sequence[Token | str]) -> bool:
    """Whether a main clause's finite modal has a participle after it but no infinitive that the participle
    could depend on ("Die Tür darf geöffnet."): a verb cluster cut before its end."""
    modal = next((k for k, w in enumerate(words) if isinstance(w, Token) and w.finite and w.pos == "VM"), None)
    if modal is None:
        return False
    end = next((k for k in range(modal + 1, len(words)) if _text(words[k]) in {",", ";", ":", "–"}), len(words))
    cluster = [w for w in words[modal + 1:end] if isinstance(w, Token)]
    return any(w.tag in {"VV(PP)", "VA(PP)"} and w.lower.endswith("t") for w in cluster) \
        and not any(w.tag in {"VV(INF)", "VA(INF)", "VM(INF)", "VV(IZU)"} or w.finite for w in cluster)
    # (a participle in "-en" may be an infinitive the tagger misread: "wolle X verkünden", "sollte geschehen")


def faults(draft: Draft, tokens: Sequence[Token]) -> list[str]:
    """What is wrong with a draft as a German main clause that the sentence entails (empty: nothing)."""
    index, depth, sentence_has_verb, main_verb = _sentence(tuple(tokens))
    written = _words(draft, tokens)
    words = _past_labels(written)
    if not words:
        return ["empty"]
    found: list[str] = []
    used = set(draft.indices())
    first, last = words[0], words[-1]
    if _data_line(written):
        found.append(DATA_LINE)
    # ("Aber dass sie steigt": a coordinating conjunction before the subordinator changes nothing)
    lead = 0
    for skip in (lambda w: w.pos == "KON", lambda w: w.lower in _FOCUS_BEFORE_SUBORDINATOR):
        if lead + 1 < len(words) and isinstance(words[lead], Token) and skip(words[lead]):
            lead += 1
    opener = words[lead]
    # ("Auch wenn sie nicht immer gut war.", "Nämlich dass …", "Aber nur wenn …": a focus particle before the
    # subordinator changes nothing either, after a conjunction too)
    comma = next((k for k, w in enumerate(words) if _text(w) == ","), None)
    verb_last = isinstance(last, Token) and len(words) > 3 and (last.finite or (last.tag == "VV(INF)" and not any(
        isinstance(w, Token) and w.finite for w in words)))  # (a plural present may be tagged an infinitive: "Wie
    # die Veranstalter darauf reagieren.")
    closing = words[comma - 1] if comma is not None and comma > 3 else None
    if isinstance(closing, Token) and closing.finite \
            and not any(isinstance(w, Token) and w.finite for w in words[1:cast(int, comma) - 1]):
        verb_last = True  # "Als man noch im Lokal speisen konnte, statt …": the first stretch closes on its verb
    if isinstance(first, Token) and first.text in {",", ";", ":"} or (isinstance(opener, Token) and (
            (opener.pos in _SUBORDINATE_OPENERS and (opener.lower not in _ALSO_PREPOSITIONS or verb_last)
             and (opener.tag != "PRELAT" or verb_last)  # ("Dessen Besitz ist verboten.": a demonstrative's
             # genitive before the verb in second place)
             or ((opener.pos in {"PWS", "PWAV"} or opener.lower == "wie") and verb_last  # "Wer sich
                 # hinübertraute.": a free relative,
                 and _verbs_close_conjuncts(words)  # "Wie X um sich
                 and (opener.lower != "wie" or not any(_text(w) == "," for w in words)))  # greift.": an indirect
                 # question (the tagger may call that "wie" a comparison particle)
             or (opener.lower.startswith("welch") and verb_last and comma is not None)  # "Welches im Mai
             # erscheinen sollte, der …": a relative clause whose noun stood in the sentence before
             or opener.lower in _RELATIVE_ADVERBS  # "Wobei X angemerkt wird, dass …": the comment on a clause
             or (opener.lower in {"dessen", "deren"} and verb_last))  # "Dessen Mitglieder sich treffen.": a
            # relative clause cut from its noun, whatever the tagger called the genitive
            and not _fronted_clause(words[words.index(opener):]))):  # ("Da die Lockdowns kamen.": verb last)
        found.append(f"{SUBORDINATE_START} ({_text(opener)!r})")
    if isinstance(first, Token) and first.pos in {"APPR", "APPRART"} and len(words) > 2 \
            and isinstance(words[1], Token) and words[1].tag == "PRELS" and verb_last:
        found.append(f"{SUBORDINATE_START} ({_text(first)} {_text(words[1])!r})")  # "Auf der die Betriebe
        # präsentiert wurden.": a relative clause cut from its noun
    if isinstance(first, Token) and first.tag in {"ADJ(D)", "PTKVZ"} and len(words) > 1 \
            and isinstance(words[1], Token) and words[1].finite and words[1].lemma.lower() in COPULA_VERBS \
            and all(isinstance(w, Token) and (w.pos in {"ADV", "PTKNEG"} or w.pos.startswith("$"))
                    for w in words[2:]):
        found.append(f"a predicate without the subject it announces ({first.text!r})")  # "Klar ist nur, die X
        # kommen" → "Klar ist nur.": what is clear stood after the comma
    spoken = [w for w in words if isinstance(w, Token) and w.text[:1].isalnum()]
    if len(spoken) > 1 and spoken[-1].finite and spoken[-1].lemma.lower() in {"sein", "bleiben", "werden"} \
            and not any(w.finite for w in spoken[:-1]) and all(isinstance(w, Token) and w.text != "," for w in words):
        # (a clause after a comma puts its verb last: "…, dass viel gemessen wird")
        found.append(f"a copula without its predicate ({spoken[-1].text!r})")  # "Der Streit ist." after a cut
        # that took the predicate ("… ist laut X Folge eines Konflikts")
    if isinstance(first, Token) and first.tag == "ADJ(A)" and len(words) > 1 and isinstance(words[1], Token) \
            and words[1].tag not in {"NN", "NE", "NNA", "ADJ(A)", "CARD", "KON", "$,"} and first.text[:1].islower() \
            and words[1].text[:1].islower():  # (a capital is a noun's: "jahrgangsübergreifendes Lernen")
        found.append(f"an attributive adjective without its noun opening the claim ({first.text!r})")
        # ("lugten etwas verschüchtert ums Eck": a verb the tagger took for an adjective, its subject left behind)
    pointing = next((a for j in sorted(used) if j > 0 and tokens[j - 1].lower in {"und", "sowie"} and j - 1 not in used
                     for a in (j, j + 1) if a in used and tokens[a].lower in _BACK_POINTING
                     and (a == j or tokens[j].finite)), None)
    if pointing is not None:  # "Er besuchte das Dorf und löste damit Kritik aus" → "Er löste damit Kritik aus."
        found.append(f"an adverb that points to the conjunct cut off before it ({tokens[pointing].text!r})")
    if _elliptical_subject(words):
        found.append("an article and an adjective without their noun")  # "Die rechte ruht sich aus.": the noun
        # stood in another clause ("die linke Hälfte …, während sich die rechte ausruht")
    if _ambiguous_subordinator(words) and not _fronted_clause(words):
        found.append(f"{SUBORDINATE_START} ({_text(words[0])!r})")
    if len(words) > 2 and isinstance(last, Token) and last.tag == "ADJ(D)" and isinstance(words[-2], Token) \
            and words[-2].lower in _NOUN_PREPOSITIONS:  # (not "hält es für möglich", "gilt als sicher")
        found.append(f"{UNFINISHED_END} a preposition without its noun ({words[-2].text} {last.text})")  # "mit
        # durchschnittlich." cut at a line break
    if isinstance(last, Token) and index.get(last.start, -2) + 1 < len(tokens) \
            and tokens[index[last.start] + 1].text == ":" and any(
                isinstance(w, Token) and w.finite and w.lemma.lower() in _ANNOUNCING_VERBS for w in words):
        found.append(f"{UNFINISHED_END} a verb that announces what its colon goes on with ({last.text!r})")  # "Er
        # erinnert die Spieler: Das Spiel ist nicht vorbei" → "Er erinnert die Spieler.": the reminder is lost
    label = 2 if len(words) > 3 and isinstance(words[-2], Token) and words[-2].pos == "ART" else 1  # ("…, der
    # Name: X": an article before the label)
    if len(words) > label + 1 and isinstance(last, Token) and last.pos == "NN" and _text(words[-label - 1]) == "," \
            and index.get(last.start, -2) + 1 < len(tokens) and tokens[index[last.start] + 1].text == ":":
        found.append(f"{UNFINISHED_END} a label without its value ({last.text!r})")  # "…, Kostenpunkt: 4000 Euro"
    if len(words) > 2 and isinstance(last, Token) and last.lower in FOCUS_PARTICLES and _text(words[-2]) == ",":
        found.append(f"{UNFINISHED_END} a particle after a comma ({last.text!r})")  # "kündigte an, auch."
    nominalised = isinstance(last, Token) and len(words) > 1 and isinstance(words[-2], Token) and (
        (last.text[:1].isupper() and words[-2].pos in {"APPR", "APPRART"})  # "seit Langem", "vor Kurzem"
        or (words[-2].lower == "am" and last.lower.endswith("sten")))  # "war in Bern am grössten": a superlative
    if isinstance(last, Token) and (last.text in {",", ";", ":", "–"} or (
            (last.pos in _UNFINISHED_TAGS or (last.tag == "ADJ(A)" and not nominalised))
            and last.lower not in SEPARABLE_PARTICLES
            and not (last.text[:-1].isdigit() and last.text.endswith(".")))):  # ("auf Covid-19.": a number
        # and the sentence's full stop, which the tokenizer took for an ordinal)
        found.append(f"{UNFINISHED_END} {last.text!r}")  # "statt", "zu" closing a clause are particles
    spoken = ellipsis_end(words)
    if len(spoken) > 2 and (
            spoken[-2].pos in {"ADV", "KON", "KOUS", "ART", "APPR", "APPRART", "PPOSAT"} or spoken[-2].text == ","):
        found.append(f"{UNFINISHED_END} words left open ({spoken[-2].text} …)")  # "Wenn X vorbei ist, dann ...":
        # the quotation stops where its clause is still to come
    finite = [k for k, w in enumerate(words) if isinstance(w, Token) and w.finite]
    if len(finite) == 1 and finite[0] > 1 and _text(words[finite[0] - 1]) == "," \
            and cast(Token, words[finite[0]]).lemma.lower() in SPEECH_VERBS \
            and not any(isinstance(w, Token) and w.pos in _VERBS for w in words[:finite[0]]) \
            and len(words) - finite[0] <= 7 and not any(_text(w) in {",", ":"} for w in words[finite[0]:]) \
            and sum(_text(w) == "," for w in words[:finite[0]]) == 1:
        # (the frame closes the claim: "…, fordert genau das: Hört auf" and "Der Übersetzer X, selbst ein
        # Flüchtling, erläutert …" are the subject's own verbs)
        found.append(VERBLESS_BEFORE_FRAME)  # "Unter anderem an X, sagt Y.": the answer to a
        # question, which alone states nothing
    elif len(finite) == 1 and _verbless_around_frame(words, finite[0]):
        found.append(VERBLESS_BEFORE_FRAME)  # "Im Mai, so hofft der Verein, wieder mit Publikum.": the words
        # around the frame have no verb of their own
    elif finite and _correlate_before_frame(words, finite[-1]):
        found.append(VERBLESS_BEFORE_FRAME)  # "Auch daran, dass es zu wenig Tests gibt, schreibt X.": the verb
        # that "daran" waits for stood in the sentence before
    inserted_verb = any(isinstance(p, str) and p[:1].islower() and " " not in p for p in draft.pieces)
    if finite and _number_clash(words, finite[0]):
        found.append("a plural prefield before a singular verb with no subject after it")  # "Die Zahlen
        # aktualisiert mehrfach am Tag": the subject was lost where the clauses were cut
    if finite and _singular_clash(words, finite[0]):
        found.append(SINGULAR_CLASH)  # "Ein schnelleres
        # Vorankommen kommen für alle": the verb is a noun's, no clause
    if isinstance(first, Token) and first.pos in _VERBS and first.text[:1].islower() and not inserted_verb \
            and not first.tag.endswith("(PP)"):  # (a participle may open what a frame reports: "…, betroffen sei X")
        found.append(f"{LOWER_VERB_START} ({first.text!r})")  # "werden fordert ein Memo": the end of a clause
    if isinstance(first, Token) and first.tag == "VV(INF)" and first.text[:1].isupper() and len(words) > 2 \
            and _text(words[1]) == ",":
        found.append(BARE_INFINITIVE)  # "Herausfinden, wie …": a plan or an instruction, no statement
    elif not main_verb and not inserted_verb and _bare_infinitive(words):
        found.append(BARE_INFINITIVE)  # "Das Ganze ein paar Mal wiederholen.": an instruction, or a clause whose
        # finite verb stood before a line break ("… dürfte | auch die Regierungsbildung schwierig werden.")
    elif not inserted_verb and _singular_before_plural(words):
        found.append(BARE_INFINITIVE)  # "Anlaufzeit geben", "Geld sparen": a heading's instruction
    if sentence_has_verb and not inserted_verb and not any(isinstance(w, Token) and w.pos in _VERBS for w in words):
        found.append(NO_VERB)  # a participle alone is a headline's clause ("Mann am Grat abgestürzt")
    elif not sentence_has_verb and not inserted_verb and isinstance(first, Token) and first.lower in _EXAMPLE_OPENERS \
            and len(words) > 2 and isinstance(words[1], Token) and words[1].pos in {"APPR", "APPRART"} \
            and not any(t.pos in _VERBS and not depth[i] for i, t in enumerate(tokens)):  # (a title's word is none)
        found.append(VERBLESS_EXAMPLE)  # "So in «A», dem Zyklus im Band «B» (1993)": the works the sentence before
        # spoke of, with no clause of their own
    elif not sentence_has_verb and not inserted_verb \
            and len(draft.indices()) >= sum(t.text[:1].isalnum() for t in tokens):  # the heading whole (a list's
        # entry, "…; achtstufiges Getriebe", is judged for its worth later)
        topic = not any(isinstance(w, Token) and _factual(w) for w in words) or (
            isinstance(first, Token) and first.pos in {"APPR", "APPRART"} and tokens[-1].text[:1].isalnum()
            and not any(isinstance(w, Token) and (w.pos in _VERBS | {"CARD"} or any(c.isdigit() for c in w.text))
                        for w in words)) or _definite_label(words) \
            or (isinstance(first, Token) and first.lower in {"wie", "als"}
                and not any(isinstance(w, Token) and w.finite for w in words))  # "Wie gezähmte Löwen": a
        # comparison with nothing compared, a heading's image
        # "Lust und Frust", "Die Gegner der Mullahs": a subheading names a topic; so does a phrase of place or time
        # alone, a line cut before its clause ("Auf einem Hügel in Bnei"); "Mann am Grat abgestürzt", "Über 500
        # Verletzte in Kalabrien" state a fact, but in no sentence a claim can be (the article's text tells it in
        # full); a quotation without a verb is someone's words, which its frame attributes
        if topic:
            found.append(TOPIC_HEADING)
        elif (tokens[-1].text not in {".", "!", "?", "…"} or tokens[0].tag == "VV(PP)") and not any(depth) and not any(
                isinstance(w, Token) and (w.pos in _VERBS and not w.tag.endswith("(PP)") or _present_reading(words, w))
                for w in words):  # (a headline's line, with no full stop; a plural present may be tagged an
            # infinitive, "Die Preise steigen", and a present a participle or an adjective, "Die Polizei ermittelt";
            # a participle first with a full stop, "Verhaftet am Montag in Bern.", is such a fragment in the text)
            found.append(VERBLESS_HEADLINE)
        elif _phrase_and_participle(tokens, words):
            found.append(VERBLESS_HEADLINE)  # "Auf Ebay gesehen.": a phrase and a participle, with no subject, cut
            # from the question before it
    elif sentence_has_verb and not inserted_verb and not finite and "split_headline" not in draft.rules \
            and not any(isinstance(w, Token) and w.tag.endswith("(INF)") for w in words):  # (a plural present
        # may be tagged an infinitive: "dass Kinder mehr schlafen")
        found.append("no finite verb")  # "Täterschaft vereint.", "Nicht in die Augen schauen." cut from a clause
        # (a headline's participle clause, "Am Grat abgestürzt: Mann stirbt", takes the other side's subject)
    izu = [w for k, w in enumerate(words) if isinstance(w, Token) and _zu_infinitive(w, words[k - 1] if k else "")
           and not _modal_infinitive(words, k)]
    fronted = any(f > 0 and _text(words[f - 1]) == "," for f in finite)  # "Um X zu tun, sind wir"; "Während X
    # angaben, Y zu tun, lag Z": the main clause's verb after the fronted clause
    # a long prefield of noun phrases is a subject ("Gewitter, Engpässe und die IT machten ihr zu schaffen")
    nominal = bool(finite) and not any(isinstance(w, Token) and (w.pos in _VERBS | _SUBORDINATE_OPENERS
                                                                 or w.pos == "PTKZU") for w in words[:finite[0]])
    if izu and not inserted_verb and (not finite or (finite[0] >= 5 and not nominal)) and not fronted:  # ("stehen"
        # may be finite)
        found.append(INFINITIVE_CLAUSE)  # "… stehen und vermeiden zu wollen"
    found.extend(_unpaired(words, tokens))
    if any(isinstance(a, Token) and isinstance(b, Token) and a.tag == "ART" and b.tag == "ART"
           for a, b in zip(words, words[1:])):
        found.append("two articles in a row")  # "das Handy in der die Einkaufstüte": pieces of a gapped list
    if any(_text(a).endswith("-") and len(_text(a)) > 1 and not _text(b)[:1].isdigit()
           and not (_text(b) in {"und", "oder", "bis", "sowie", ","} and _text(c)[:1].isupper())
           for a, b, c in zip(words, [*words[1:], ""], [*words[2:], "", ""])):  # (also the last word: "in X-.")
        found.append("a truncated compound without its partner")  # "mit den Haus- und das weitere Vorgehen"
    opens_sentence = isinstance(draft.pieces[0], tuple) and draft.pieces[0][0] == 0
    if isinstance(first, Token) and first.lower == "oder" and opens_sentence \
            and not (len(words) > 1 and _text(words[1]).lower() in {"anders", ":"}):
        # (not "Oder anders gesagt: …", which says the same again)
        found.append(ALTERNATIVE)  # "Oder aber sie tarnen sich …": the other half of "entweder … oder"
    if isinstance(first, Token) and first.tag == "VV(IMP)" and not any(
            isinstance(w, Token) and w.finite for w in words[1:]):  # (a name the tagger took for an imperative
        # stands before its clause's own finite verb: "Kling hatte …")
        found.append(f"{IMPERATIVE} ({first.text!r})")
    opening = [w for w in words if isinstance(w, Token) and w.text[:1].isalnum()][:2]
    if len(opening) == 2 and opening[0].pos == "VV" and opening[0].text[:1].isupper() and opening[1].text == "Sie" \
            and _text(words[-1]) != "?" and opening[0].lower.endswith("en"):
        found.append(f"{IMPERATIVE} ({opening[0].text!r} Sie)")  # "«Nehmen Sie die Flughäfen», sagt X": the
        # polite imperative asks the reader, it states nothing
    if finite and finite[0] == 1 and isinstance(first, Token) and first.lower in {"und", "aber", "doch", "sondern"} \
            and opens_sentence and not inserted_verb and _text(words[-1]) != "?" \
            and (not _nominative_in_clause(words[2:]) or _predicate_only(words, finite[0])):
        found.append(NO_SUBJECT)  # "Und beginnt ganz neu.": its subject is the sentence before's ("Doch stützt
        # sie sich …", "Doch mischt sich die Vorsorge …" have theirs after the verb)
    if finite and finite[0] == 0 and not inserted_verb and not _fronted_clause(words):
        found.append(f"verb first ({_text(words[0])!r})")
        if not _verb_first_clause(words):
            found.append(TOPIC_DROP)  # "Weiß sie nicht mehr.", "Haben Videos hochgeladen …": colloquial, elliptic
    elif finite and 0 < finite[0] < len(words) and _text(words[finite[0] - 1]) == ":" and not inserted_verb \
            and not depth[index[cast(Token, words[finite[0]]).start]]:
        found.append(f"{LABEL_VERB_FIRST} ({_text(words[finite[0]])!r})")  # "Markus Muster: könnte …
        # besser vertreten": a headline's words without their subject, which need not be the person named
    if finite and finite[0] == len(words) - 1 and len(words) >= 3 and isinstance(first, Token) \
            and first.pos in {"APPR", "APPRART", "ADV", "PROAV", "PRF"} and not inserted_verb \
            and first.lower not in {"aber", "doch", "denn", "sondern"} \
            and not (first.lower in FOCUS_PARTICLES | {"eben", "genau"} and isinstance(words[1], Token)
                     and words[1].tag in {"PDAT", "PDS", "PPER"}):  # ("Genau diese Frist gelte": a particle
        # that focuses the subject opens it; a conjunction the tagger took for an adverb stands before the
        # prefield: "Aber der Umsatz sank.")
        found.append(VERB_AFTER_ADVERBIAL)
    lead = next((k + 1 for k, t in enumerate(tokens[:3]) if t.text == ":"), 0)  # (past a label: "Also: …")
    if not inserted_verb and lead < len(tokens) and not any(t.finite for t in tokens) \
            and tokens[lead].tag in {"VV(INF)", "NNI", "PRF"} and any(t.tag == "VV(INF)" for t in tokens):
        found.append(INFINITIVE_INSTRUCTION)  # "Sich ans Fenster setzen, tief atmen.", "Umräumen, Musik, tanzen
        # bis in den Morgen.": what to do, or a list of what was done, with no subject and no tense
    colon_at = max((k for k, w in enumerate(words) if _text(w) == ":"), default=None)
    after_colon = [_text(w).lower() for w in words[colon_at + 1:] if _text(w) not in {".", "!"}] \
        if colon_at is not None else []
    if len(after_colon) == 1 and after_colon[0] in INTERJECTIONS:
        found.append(INTERJECTION_AFTER_COLON)  # "Gefragt, wer dazu etwas sagt: Ach!"
    if _announced_question(words):
        found.append(ANNOUNCED_QUESTION)  # "Exklusiv: Warum der Verfassungsschutz X überwachen möchte",
        # "Das Wochenende kompakt – Was sonst noch wichtig war": what an article will answer
    if _verbless_conjunct_end(words, tokens, index):
        found.append("a conjunct after a comma or dash with no verb of its own")  # "X rechnet mit nichts mehr, und eine
        # stille Freude.": the subject of the clause cut off after its next comma
    if _open_conjunct(words):
        found.append(OPEN_CONJUNCT)  # "Sie sei in X gewesen und was sie dort erlebt habe.": the free relative is
        # the subject of a main clause the claim left out ("…, sei entsetzlich")
    if _verb_final(words) and not inserted_verb and "split_headline" not in draft.rules:
        found.append(VERB_FINAL)  # "Energien betrieben werden.", "Schuljahr nicht ausschließe.": a main clause
        # puts its finite verb second, before its participle and "nicht"
    saying = next((k for k in range(len(words) - 1, -1, -1) if isinstance(words[k], Token)
                   and (cast(Token, words[k]).finite or (k == len(words) - 1 and _bare_participle(words, tokens)))),
                  None)  # (a participle closes the verb of saying in the Perfekt: "…, hatte X ebenso erklärt")
    if saying is not None and cast(Token, words[saying]).lemma.lower() in SPEECH_VERBS | COGNITION_VERBS \
            and all(isinstance(w, Token) and w.pos in {"PPER", "PIS", "ADV", "PTKNEG"} for w in words[saying + 1:]) \
            and isinstance(last, Token) and index[last.start] + 1 < len(tokens) \
            and (tokens[index[last.start] + 1].text in {",", ":"} or tokens[index[last.start] + 1].lower == "und") \
            and not _subordinate(tokens, depth, index[cast(Token, words[saying]).start], used):
        # (not one closing a relative clause, which has its object: "…, der eine Schuld einräumte, so X")
        found.append(f"{UNFINISHED_END} a verb of saying without what is said")  # "Deshalb glaube sie[, sagt
        # X, dass …]", "dankte und schrieb[: …]": what is said was cut off
    commas = [k for k, w in enumerate(words) if isinstance(w, Token) and w.text == "," and not depth[index[w.start]]]
    if commas and _cut_condition(words[commas[-1] + 1:], tokens, index):
        found.append("a fronted subordinate clause without its main clause")  # "…, und wenn es X gebe."
    if commas and not any(isinstance(w, Token) and w.pos in _VERBS for w in words[commas[-1] + 1:]) \
            and _source_clause_has_verb(tokens, depth, index[cast(Token, words[commas[-1]]).start]) \
            and not listed(tokens, index[cast(Token, words[commas[-1]]).start], len(tokens)):
        found.append("a verbless fragment after a comma, cut from its clause")  # (not a comma of a list, "traten
        # A, B und C bei", whose clause's other verb is another conjunct's)
    colons = [k for k, w in enumerate(words) if _text(w) == ":" and not (  # "2:0" is a score
        isinstance(w, Token) and k + 1 < len(words) and isinstance(words[k + 1], Token)
        and cast(Token, words[k + 1]).start == w.end)]
    if colons and sentence_has_verb and not inserted_verb and not any(isinstance(w, Token) and w.pos in _VERBS
                                                                      for w in words[colons[-1] + 1:]):
        found.append("a verbless fragment after a colon")
    if colons and colons[-1] + 1 < len(words) and isinstance(words[colons[-1] + 1], Token) \
            and cast(Token, words[colons[-1] + 1]).finite and not _to_the_end(words, tokens):
        found.append("a condition after a colon without its consequence")  # ": Überkreuzt man die Arme[, …]"
    if any(not any(_text(w).lower() in _BOUNDARIES for w in words[a + 1:b]) and not _unmarked_subordinate(words, a, b)
           for a, b in zip(finite, finite[1:])):
        found.append("two finite verbs in one clause")  # a reordered clause that took in a second one
    imagined = next((k for k in range(1, len(tokens)) if tokens[k].text == ":" and (
        (k < 4 and tokens[k - 1].lower in IMAGINED_NOUNS) or tokens[k - 1].lower in REPUTATION_NOUNS
        or _imagined_before(tokens[:k]))), None)
    if imagined is not None and imagined not in used:
        found.append("what an imagined scenario holds, without the word that says so")  # "Das Szenario: …", "Das
        # Kalkül der Partei ist offensichtlich: …"
    professed = next((k for k in range(1, len(tokens)) if tokens[k].text == ":" and (any(
        tokens[j].lower in PROFESSED_NOUNS and not any(t.finite for t in tokens[j:k])
        for j in range(max(0, k - 6), k)) or (draft.speaker is None and _message_before(tokens[:k])))), None)
    # (a message whose sender the frame names is attributed: "Antwort von X: Wir …" is X's)
    if professed is not None and professed not in used and any(i > professed for i in used):
        found.append("what someone professes, without the word that says so")  # "das Mantra der Koalition: …"
    verbs = [w for w in words if isinstance(w, Token) and w.pos in _VERBS]  # the tagger may miss finiteness
    relative = any(isinstance(w, Token) and w.tag == "PRELS" for w in words)  # (the tagger may take the plural
    # present for an infinitive: "während der Ferien, die bis Januar gehen")
    aside = [_text(words[0]) != "(" and _in_brackets(words, k) for k in range(len(words))]
    if (finite or relative) and verbs and not inserted_verb \
            and all(_subordinate(tokens, depth, index[w.start], used) or aside[k] or _bare_stem(w, words) or (
                not w.finite and _zu_infinitive(w, tokens[index[w.start] - 1] if index[w.start] else ""))
                    for k, w in enumerate(words) if w in verbs):  # (an infinitive with "zu" is no main clause's
        # verb either, nor is an aside's in brackets: "Um die Frage, für die er (warum sollte er) …")
        found.append(NO_MAIN_CLAUSE)
    elif not finite and verbs and isinstance(last, Token) and last.tag == "VV(INF)" and not inserted_verb \
            and any(_text(a) == "," and _text(b).lower() in {"der", "die", "das"} for a, b in zip(words, words[1:])):
        found.append(NO_MAIN_CLAUSE)  # "All die Eltern mit Kindern, die Arbeit und Betreuung balancieren": a noun
        # with its relative clause, whose plural verb the tagger took for an infinitive
    elif finite and all(aside[k] for k, w in enumerate(words) if isinstance(w, Token) and w.pos in _VERBS):
        found.append(NO_MAIN_CLAUSE)  # "Seine Ziele: A (bisher hiess es, B sei erfolgt) und C": a label and its
        # list, whose only verbs are an aside's (not a sentence in brackets as a whole: "(Zum Vergleich: …)")
    if any(isinstance(a, Token) and isinstance(b, Token) and a.finite and b.finite
           and index[b.start] != index[a.start] + 1 for a, b in zip(words, words[1:])):
        found.append("two finite verbs in a row")  # pieces of two clauses glued together
    if any(isinstance(a, Token) and isinstance(b, Token) and b.tag == "ART" and index[b.start] != index[a.start] + 1
           and (a.tag in _DETERMINERS or (a.tag == "CARD" and tokens[index[a.start] + 1].pos in _NUMBER_GOES_ON)
                or (a.tag == "ADJ(D)" and tokens[index[a.start] + 1].tag in {"PIAT", "PIDAT", "ADJ(A)"}
                    and not scope_adverb(a)))
           for a, b in zip(words, words[1:])):
        found.append("a determiner glued to another phrase's article")  # "mit drei [seiner Kliniken,] der Kanton";
        # "ausreichend [viele Masken und] ein Plan": the degree word was the quantifier's
        # (a number followed by an article or an adverb stands on its own: "2020 [das Halbfinale und] das …",
        # "2015 [zwar] den Gewinn")
    end = max(used, default=0) + 1
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower in {"weil", "dass", "da"} \
            and any(tokens[i].lower in _ANNOUNCING_ADVERBS for i in used):
        found.append(f"a correlative without the clause it announces ({tokens[end + 1].text!r})")  # "kann man
        # nicht deshalb stornieren, weil …": the reason the adverb points to is what the claim says
    cut = _antecedent_cut(draft, tokens)
    if cut is not None:
        found.append(f"a possessive whose antecedent the cut left out ({cut!r})")  # "Forscher haben eine Perle
        # untersucht und ihr Alter bestimmt" → "Forscher haben ihr Alter bestimmt": "ihr" becomes theirs
    if _modal_without_infinitive(words):
        found.append("a modal with a participle and no infinitive")  # "Die Tür darf geöffnet [und muss
        # geschlossen werden]": the infinitive the conjuncts shared stayed with the last
    rate = rate_left_behind(tokens, used)
    if rate is not None:
        _, k = rate
        found.append(f"a figure in {tokens[k].text!r} whose {tokens[k + 1].text!r} stands in the clause before")
        # "A kostet 40 Euro pro Quadratmeter, B soll 60 Euro gekostet haben": B's figure is per square metre too
    strings = {p.lower() for p in draft.pieces if isinstance(p, str)}
    for i in used:
        tok = tokens[i]
        if not tok.finite:
            continue
        region = _region(tokens, depth, i)
        for j in region:
            if j in used:
                continue
            word = tokens[j]
            if word.pos == "PTKVZ" and word.lower not in strings:
                found.append(f"verb {tok.text!r} without its particle {word.text!r}")
            elif (word.lower in NEGATIONS or word.lower in HEDGES) and not _not_only(tokens, j) \
                    and not (word.lower == "weder" and "nicht" in strings):  # ("weder A noch B" → "nicht A")
                found.append(f"drops {word.text!r}")
    return found


def _not_only(tokens: Sequence[Token], j: int) -> bool:
    """Whether the word at j belongs to a "nicht nur" that a "sondern", or an "auch" after a comma, later in
    the sentence takes up: the claim of the first half leaves both words out ("trifft nicht nur den Bund,
    sondern …" → "trifft den Bund"; "baut nicht nur Autos, sie verkauft auch Velos"), and that drops no
    negation."""
    k = j if tokens[j].lower == "nicht" else j - 1
    if not (0 <= k < len(tokens) - 1 and tokens[k].lower == "nicht" and tokens[k + 1].lower in NOT_ONLY):
        return False
    comma = next((c for c in range(k + 2, len(tokens)) if tokens[c].text in {",", ":", ";"}), len(tokens))
    return any(t.lower == "sondern" for t in tokens[k + 2:]) or any(t.lower == "auch" for t in tokens[comma:])
