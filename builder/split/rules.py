"""The default, offline splitter: German grammar rules over SoMaJo tokens and HanTa tags.

Per sentence: find the reported-speech frame, cut the content into one clause per main verb, distribute
coordinated phrases, resolve references against the discourse so far, then render each claim with its
spans, time expressions, entities and check-worthiness. A pure function of one article.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import takewhile

from builder.language.first_names import name_gender
from builder.language.lexicon import (
    ADDRESS_VERBS,
    ASSESSMENT_VERBS,
    ATTRIBUTING_PREPOSITIONS,
    CHAINING_ADVERBS,
    COGNITION_VERBS,
    CONCESSION_ANSWERS,
    CONTINUATION_ADVERBS,
    DIRECTIVE_VERBS,
    DOCUMENT_NOUNS,
    FEMININE_ER_NOUNS,
    FIGURE_NOUNS,
    FIRST_PERSON,
    GENITIVE_GENDERS,
    JUDGING_VERBS,
    MODAL_SUBJUNCTIVE_II,
    NOMINATIVE_ARTICLES,
    PREFIELD_CONNECTIVES,
    REACTION_NOUNS,
    RESUMING_DEMONSTRATIVES,
    SECOND_PERSON,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    SUBJUNCTIVE_II,
    UNNAMED_SOURCES,
)
from builder.language.tagger import inflected_noun, preterite, subjunctive_ii
from builder.split.check import (
    ALTERNATIVE,
    ANNOUNCED_QUESTION,
    BARE_INFINITIVE,
    DATA_LINE,
    IMPERATIVE,
    INFINITIVE_CLAUSE,
    INFINITIVE_INSTRUCTION,
    INTERJECTION_AFTER_COLON,
    LABEL_VERB_FIRST,
    LOWER_VERB_START,
    NO_MAIN_CLAUSE,
    NO_SUBJECT,
    NO_VERB,
    SINGULAR_CLASH,
    SUBORDINATE_START,
    TOPIC_DROP,
    TOPIC_HEADING,
    UNFINISHED_END,
    VERB_AFTER_ADVERBIAL,
    VERB_FINAL,
    VERBLESS_BEFORE_FRAME,
    VERBLESS_EXAMPLE,
    VERBLESS_HEADLINE,
    cut_hypothesis,
    ellipsis_end,
    faults,
    rate_left_behind,
)
from builder.split.clauses import clause_drafts, opens_colon, speaker_apposition, wording_comment
from builder.split.coordination import distribute
from builder.split.coref import Discourse
from builder.split.draft import Draft, omission_at, render, spans, without_link
from builder.split.fiction import retold_plot
from builder.split.findings import expounded_findings
from builder.split.glue import sentence_seams
from builder.split.headline_article import with_article
from builder.split.inflection import plural_form
from builder.split.letters import letter_turns
from builder.split.phrases import (
    DASHES,
    NOUNS,
    NUMBER_HEDGES,
    dateline_end,
    double_infinitive,
    first_phrase,
    group_voice,
    has_verb,
    has_zu_infinitive,
    in_subordinate,
    is_first_person,
    is_time_noun,
    is_year,
    named_person_subject,
    nominalised,
    np_end,
    opens_subordinate_clause,
    own_source,
    quote_depth,
    shared_world,
    starts_subordinate,
    subject_of,
    subordinator_at,
    web_edition,
)
from builder.split.record import claim_record, sentence_facts
from builder.split.sentences import NON_FINITE, Sentence, Token, segment, wrapped_breaks
from builder.split.speech import (
    ADVISING_MODALS,
    HEDGING_MODALS,
    KEPT_FRAMES,
    REPORTED_MODALS,
    REPORTING_SUBORDINATORS,
    Report,
    announcing_subject,
    author_mark,
    back_frames,
    cited,
    cue_only,
    dashed_reply,
    demanding_subject,
    document_of_plan,
    enumerated_items,
    find_report,
    frames_ahead,
    headline_source,
    heard_from,
    indicative_reply,
    interview_turns,
    interviewer_label,
    issuing_subject,
    judges,
    judging_aside,
    konjunktiv_i,
    konjunktiv_in_clause,
    listed_from,
    long_quotations,
    main_konjunktiv,
    marks_quotations,
    may_mention,
    person_label,
    proposes,
    quotation_runs,
    reported_subjunctive_ii,
    resumed_reports,
    subjunctive,
    thinking_subject,
    unmarked_quotation_runs,
    unmarked_voice_lead,
)
from builder.split.tense import Tense, clause_tenses
from builder.split.timex import MONTHS

NAME = "claims-ch-rules"
VERSION = "0.2.0"


def _names_source(tokens: Sequence[Token]) -> bool:
    """Whether a sentence that reports nothing itself names a source that a "demnach" after it may point
    back to: a study, report or ruling ("In seinem Bericht legte das Amt Zahlen vor", "seit einem Urteil des
    Gerichts"), or someone who reported something in a relative clause ("der Rekord, den die Behörde
    vermeldete")."""
    return any(t.lower in SOURCE_NOUNS or (t.pos == "NN" and t.lower.endswith(DOCUMENT_NOUNS))
               or (t.finite and t.lemma.lower() in SPEECH_VERBS
                   and any(u.tag == "PRELS" for u in tokens[max(0, i - 8):i])) for i, t in enumerate(tokens))


def _study_phrase(tokens: Sequence[Token], discourse: Discourse) -> str | None:
    """The study or survey a sentence names, as it names it ("eine Umfrage unter 500 Wirten" → "eine
    Umfrage"; "die Studie der Universität Bern"), which a "demnach" after it cites."""
    head = next((i for i, t in enumerate(tokens) if t.pos == "NN" and t.lower in SOURCE_NOUNS
                 and t.lower not in {"daten", "zahlen"}), None)  # (figures are what a source gives, not who)
    if head is None:
        return None
    lo = head
    while lo > 0 and tokens[lo - 1].tag in {"ART", "PIAT", "ADJ(A)", "CARD"}:
        lo -= 1
    return discourse.phrase(tokens, lo, np_end(tokens, head, len(tokens))) \
        if tokens[lo].lower in {"die", "eine", "das", "ein"} else None
    # (a phrase the claim can name in the nominative, not "einen Bericht", "in der Studie"; not "seinem Bericht",
    # "unseren Recherchen": whose, the possessive leaves to the reader, and "unser" is the author's own)


def _worth_a_claim(draft: Draft, tokens: Sequence[Token], headline: bool) -> bool:
    """Three words, or a name and its verb; without a verb only in a headline, and with a common noun to
    state something about ("Über 500 Verletzte in Kalabrien", not a list entry such as "1. New York").
    A verbless sentence in running text is elliptical ("Auch der Trainer des Vereins."): it needs the
    sentence before it."""
    used = draft.indices()
    if sum(_rank(tokens, i) for i in used) >= 3:
        return False  # a results table ("1. Anna Muster (SUI) 26:45,8 – 2. …"): rankings, no sentence
    words = [tokens[i] for i in used if tokens[i].text[:1].isalnum()]
    inserted = [p for p in draft.pieces if isinstance(p, str)]  # a re-inflected verb, a resolved name
    named = any(w.pos in {"NN", "NE", "NNA", "NNI"} for w in words)
    finite = any(w.finite for w in words) or any(p[:1].islower() for p in inserted)
    clause_verb = finite or any(tokens[i].pos in {"VV", "VA", "VM"} and tokens[i].tag != "VV(IZU)"
                                and (i == 0 or tokens[i - 1].lower != "zu") for i in used)
    if not headline and not clause_verb:
        return False  # a zu-infinitive alone is no statement: 'Verbrechen" zu beschönigen' (the tagger may
        # call a plural present "sinken" an infinitive, so other verb forms count)
    if has_verb(tokens, 0, len(tokens)) or "verbless_equation" in draft.rules:  # (the dash read as "ist" is
        # the verb of "X – das Y"); two words only as "Lawrow schweigt", not "Dies ist"
        count = len(words) + sum(len(p.split()) for p in inserted)
        # (or as "Sie verglühten", a full verb whose subject is a pronoun that names someone or something)
        referring = any(w.lower in {"er", "sie"} for w in words) and any(w.tag == "VV(FIN)" for w in words)
        return count >= 3 or (count == 2 and (named or bool(inserted) or referring) and finite)
    return headline and len(words) >= 3 and any(w.pos in {"NN", "NNA", "NNI"} for w in words)


def _rank(tokens: Sequence[Token], i: int) -> bool:
    """Whether a place of a results list starts at i: a rank ("3."), a name, and within a few words a
    country code in brackets or a time or score ("3. Eva Muster (AUT) 1:09,1")."""
    return bool(re.fullmatch(r"\d{1,2}\.", tokens[i].text)) and i + 2 < len(tokens) \
        and tokens[i + 1].pos == "NE" and tokens[i + 1].lower not in MONTHS \
        and any(tokens[j].text == "(" or tokens[j].text[:1].isdigit() for j in range(i + 2, min(i + 6, len(tokens))))


_HEADLINE_KINDS = frozenset({"title", "lead", "heading"})


def _paragraph(starts: Sequence[int], sentence: Sentence) -> int:
    """The index of the paragraph that holds the sentence's start (`starts`: the paragraphs' starts, in order)."""
    return bisect_right(starts, sentence.start) - 1


def _paragraph_indices(starts: Sequence[int], sentences: Sequence[Sentence]) -> list[int]:
    """The paragraph of each sentence, where a sentence that runs on over a paragraph's start makes that start
    no break: it is a line break of a text wrapped at a fixed width ("… habe die Regierung | die Bürger …"),
    and the sentence after it goes on in the same paragraph."""
    paragraphs: list[int] = []
    for k, sentence in enumerate(sentences):
        own = _paragraph(starts, sentence)
        ran_on = k > 0 and bisect_right(starts, sentences[k - 1].end - 1) - 1 == own > paragraphs[k - 1]
        paragraphs.append(paragraphs[k - 1] if ran_on else own)
    return paragraphs


_RESTATED_HEADING = "a heading without a finite verb whose words the next sentences state in full"


def _restated_heading(article: dict, sentences: Sequence[Sentence], k: int) -> bool:
    """Whether sentence k is a heading without a finite verb ("15 Menschen noch immer vermisst") whose every
    noun, name, number and verb the next three sentences of the body repeat: the body states the fact as a
    German sentence, the heading only abbreviates it. A heading with a modal ("Kinder sollen zu Gestaltern
    ausgebildet werden") restates the demand or plan of the body when every one of its two or more nouns, names and
    numbers recurs there: the body says it with its speaker, the heading without."""
    tokens = sentences[k].tokens
    if not _in_headline(article, sentences[k]):
        return False
    finite = any(t.finite for t in tokens)
    if finite and (tokens[-1].text in {".", "!", "?", "…"} or not any(t.finite and t.pos == "VM" for t in tokens)):
        return False  # (a lead's sentence, which ends like one, states its fact; a heading has no full stop; and
        # a heading in the indicative states its own fact, which the body tells in full)
    words = [t.lower for t in tokens if t.pos in NOUNS | {"CARD"} or (not finite and t.pos in {"VV", "VA", "VM"})]
    body = " ".join(article["text"][s.start:s.end].lower() for s in sentences[k + 1:k + 4]
                    if not _in_headline(article, s))
    return len(words) >= (2 if finite else 1) and bool(body) and all(word in body for word in words)


def _in_headline(article: dict, sentence: Sentence) -> bool:
    return any(p["start"] <= sentence.start < p["end"] and p["kind"] in _HEADLINE_KINDS
               for p in article["paragraphs"])


_QUOTE_MARKS = frozenset('"«»„“”‹›')
# adverbs by which the author draws a conclusion from what was reported before
_INFERENTIAL = frozenset({"also", "daher", "deshalb", "somit", "folglich", "demnach", "deswegen"})
# adverbs of advice, with which "sollten"/"könnten" is a Konjunktiv II that recommends ("Lieber sollten sie …")
_ADVISING = frozenset({"lieber", "besser"})
# cues that name a source of information rather than a speaker's words ("laut X", "X zufolge", "nach Angaben
# von X"), and the adverbs by which the clause after a semicolon adds to what that source gave
_CITING_CUES = ATTRIBUTING_PREPOSITIONS | {"nach"}
_ADDING_ADVERBS = CHAINING_ADVERBS - {"weiter", "weiters", "auch"} | {"zusätzlich"}


def _without_comment(tokens: Sequence[Token], depth: Sequence[int], part: tuple[int, int]) -> tuple[int, int]:
    """Reported words without the author's comment after a closing dash ("…, dass X gewonnen habe – eine
    gefährliche Situation"): a phrase with no verb of its own, opened by "ein", judges what was reported and
    is no part of it."""
    lo, hi = part
    dash = max((j for j in range(lo + 3, hi - 1) if tokens[j].text in {"–", "—"} and not depth[j]), default=None)
    if dash is None or not tokens[dash + 1].lower.startswith("ein") or tokens[dash + 1].tag != "ART" \
            or any(t.text in {"–", "—"} for t in tokens[lo:dash]) \
            or any(t.finite or t.text in {",", "–", "—"} for t in tokens[dash + 1:hi]) \
            or not any(t.finite for t in tokens[lo:dash]):
        return part
    return lo, dash


def _statement_before_question(tokens: Sequence[Token]) -> int | None:
    """Where a headline's statement ends that a colon joins to a question ("Keller glänzt gegen Gala: Geht
    die Goalie-Frage los?"): a clause with its finite verb second, no question word, before the one colon."""
    if tokens[-1].text != "?":
        return None
    colons = [i for i, t in enumerate(tokens) if t.text == ":"]
    if len(colons) != 1 or colons[0] < 3:
        return None
    colon = colons[0]
    verbs = [i for i in range(colon) if tokens[i].finite]
    if len(verbs) != 1 or not 1 <= verbs[0] <= 4 or tokens[0].pos in {"PWS", "PWAV", "PWAT"} \
            or any(t.text in {"?", ","} for t in tokens[:colon]):
        return None
    return colon


def main_clauses(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Main clauses joined by a semicolon or a dash carry speech frames of their own ("X meldete 15 Fälle;
    damit hält der Trend an": the second is the author's conclusion; "Er hinterlässt zwei Kinder – das
    jüngere kam laut dem Verein erst im Mai zur Welt": the cue covers the second only), and so does the
    author's indicative reply after a report ("X sagte, A sei B, aber Y sahen das anders"); the closing full
    stop is left out. A semicolon inside brackets joins no main clauses ("(Englisch für X; Y)")."""
    depth = quote_depth(tokens, brackets=True)
    end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
    cuts = [i for i in range(1, end - 1) if depth[i] == 0 and (
        (tokens[i].text == ";" and _clause_after(tokens, depth, i, end) and not _conditional_opening(tokens, i)
         and not _concession_answered(tokens, i))
        or _dash_between_clauses(
        tokens, depth, i, end) or _comma_before_cue(tokens, depth, i, end) or indicative_reply(tokens, i, end)
        or dashed_reply(tokens, i, end)
        or _lead_in_to_quotation(tokens, depth, i, end) or _quoted_tail(tokens, depth, i, end))]
    first = dateline_end(tokens) or _enumerator_end(tokens)
    starts = [c + 1 + (tokens[c].text in {",", ";", "–", "—"} and tokens[c + 1].pos == "KON") for c in cuts]  # (the
    # reply's "aber", the "und" after a semicolon, joins: it states nothing)
    return [part for a, b in zip([first, *starts], [*cuts, end]) if b > a
            for part in _before_reported_colon(tokens, a, b)]


def _concession_answered(tokens: Sequence[Token], semicolon: int) -> bool:
    """Whether a semicolon parts "zwar" from its "aber" ("…, dass es zwar Absagen gab; aber die Familien
    wollten …"): one construction, whose second half is under the frame of the first (the "dass" of an
    experience, a report) and whose first half alone keeps a "zwar" that waits for its answer."""
    lo = max((j + 1 for j in range(semicolon) if tokens[j].text == ";"), default=0)
    return semicolon + 1 < len(tokens) and tokens[semicolon + 1].lower in {"aber", "doch", "jedoch"} \
        and any(t.lower == "zwar" for t in tokens[lo:semicolon])


def _conditional_opening(tokens: Sequence[Token], semicolon: int) -> bool:
    """Whether the clause before a semicolon opens with a condition ("Wenn A, dann B; C", "Sinkt A, gilt B; C",
    "So darf bei A der Handel öffnen; zehn Menschen dürfen …"): the clause after it may be one more of its
    consequences, which cut off would lose the condition."""
    lo = max((j + 1 for j in range(semicolon) if tokens[j].text == ";"), default=0)
    clause = tokens[lo:semicolon]
    opener = 2 if len(clause) > 2 and clause[0].lower == "so" and clause[1].finite else 0  # ("So gilt bei A …")
    return any(t.lower in _CONDITIONS for t in clause[:4]) or (len(clause) > opener and clause[opener].lower in {
        "bei", "beim"}) or (bool(clause) and clause[0].finite and any(t.text == "," for t in clause))


def _lead_in_to_quotation(tokens: Sequence[Token], depth: Sequence[int], colon: int, end: int) -> bool:
    """Whether the colon ends the author's own clause before a quotation that opens after it and runs on into the
    next sentences ("Deshalb ist die Sorge gross: „Der Anteil nimmt zu. …“"): a clause with a finite verb whose
    subject is no person (whose words the quotation would be: "X trumpfte auf: „…“") and that needs no colon
    (not "X teilte mit:", "Ziel Nummer 2 lautet:"); the quotation is its own speaker's."""
    if colon + 3 >= end or tokens[colon].text != ":" or tokens[colon + 1].text not in _QUOTE_MARKS \
            or not depth[end - 1] or opens_colon(tokens, 0, colon) or _says(tokens[:colon]) \
            or tokens[colon - 1].pos == "PTKVZ" or _in_subjunctive(tokens[:colon]) \
            or not any(t.finite and not t.text.isupper() for t in tokens[:colon]):
        return False  # (nor a particle verb's frame, "X teilte mit:", nor a clause that is itself reported)
    subject = subject_of(tokens, 0, colon)
    return subject is not None and not any(t.pos in {"PPER", "NE"} for t in tokens[subject[0]:subject[1]])


def _clause_after(tokens: Sequence[Token], depth: Sequence[int], i: int, end: int) -> bool:
    """Whether a clause with a finite verb of its own follows the semicolon at i (not the next item of a list
    after a colon: "drei Symptome: A; B, C")."""
    stop = next((j for j in range(i + 1, end) if tokens[j].text == ";" and not depth[j]), end)
    return any(t.finite and not depth[j] for j, t in enumerate(tokens[i + 1:stop], i + 1))


def _before_reported_colon(tokens: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """A clause whose trailing frame reports only what follows its colon ("Der Erste war X: Es drohe Y, sagte
    X", "Dort kam das gut an: X sagte, Y sei …") as two: the author's clause before the colon, and the report."""
    if not any(t.text == ":" or t.text in DASHES for t in tokens[lo + 1:hi - 1]):
        return [(lo, hi)]  # (most clauses: no quotation depth to compute)
    mark = author_mark(tokens[lo:hi], quote_depth(tokens[lo:hi]), hi - lo - 1)
    if mark is None:
        return [(lo, hi)]
    colon = mark + lo
    if not any(t.finite and not t.text.isupper() for t in tokens[lo:colon]):
        return [(lo, hi)]  # a label ("ZEIT ONLINE:", "Huber:") is no clause of the author's
    report = find_report(tokens[lo:hi])
    if report is None or report.speaker is None or not report.content or report.content[0][0] + lo <= colon \
            or report.speaker[0] + lo < colon:  # (a frame before the colon, "X sagte: …", reports what follows it;
        # one after it, "A: X sagte, B sei …", reports B only)
        return [(lo, hi)]
    return [(lo, colon), (colon + 1, hi)]


def _quoted_tail(tokens: Sequence[Token], depth: Sequence[int], dash: int, end: int) -> bool:
    """Whether a dash parts a clause with a finite verb from a quotation that ends the sentence with no frame
    of its own ("X will nicht zurücktreten – «Ich bleibe bis 2030 im Amt»"): the author's clause, and someone's
    words whose speaker the sentence does not name."""
    return tokens[dash].text in {"–", "—"} and dash + 2 < end and tokens[dash + 1].text in _QUOTE_MARKS \
        and tokens[end - 1].text in _QUOTE_MARKS and not any(t.text in _QUOTE_MARKS for t in tokens[dash + 2:end - 1]) \
        and any(t.finite and not depth[j] for j, t in enumerate(tokens[:dash])) \
        and not (not any(t.finite for t in tokens[dash + 2:end - 1]) and _framed_words_before(tokens[:dash]))
    # (not quoted words without a verb after a frame's words: "X sorge sich um A, schrieb Y – «sich selbst»"
    # completes what Y reports, and stays with it)


def _framed_words_before(tokens: Sequence[Token]) -> bool:
    """Whether the tokens are someone's words with their frame after them ("A, schrieb die Zeitung")."""
    report = find_report(tokens)
    return report is not None and report.speaker is not None and bool(report.content) \
        and max(b for _, b in report.content) <= report.speaker[0]


def _dash_between_clauses(tokens: Sequence[Token], depth: Sequence[int], i: int, end: int) -> bool:
    """A dash between two main clauses of which only the second names a source of its own ("Er hinterlässt
    zwei Kinder – das jüngere kam laut dem Verein erst im Mai zur Welt"): the source covers the second only.
    Not a frame after the dash ("– sagte X", "– das betonte X"), not one of a pair of dashes around an aside,
    and not where the first clause is reported too (its Konjunktiv or frame spans the sentence)."""
    if tokens[i].text not in {"–", "—"} or any(t.text in {"–", "—", "-"} for j, t in enumerate(tokens[:end]) if j != i):
        return False
    after = [j for j in range(i + 1, end) if not depth[j]]
    if len(after) < 3 or not any(t.finite and not depth[j] for j, t in enumerate(tokens[:i])):
        return False
    first = tokens[after[0]]
    clause = after[:next((k for k, j in enumerate(after) if tokens[j].text in {",", ":", "("}), len(after))]
    if cited(tokens, 0, i) and first.tag in {"PDS", "PDAT"}:
        return False  # "«Wir bleiben zu Hause» – das muss das Motto sein": the words before the dash are what the
        # clause after it names, a motto or a saying, no statement of their own
    if first.finite or starts_subordinate(first) or first.pos in {"KON", "PTKZU"} or first.lower in {"so", "wie"} \
            or any(tokens[j].lemma.lower() in SPEECH_VERBS for j in clause):
        return False  # (a frame of its own after the second clause, "– X sind nicht zugelassen, sagt Y", covers
        # the second only)
    verb = next((j for j in clause if tokens[j].finite), None)
    if verb is None or any(starts_subordinate(tokens[j]) for j in clause if j < verb):
        return False  # "– laut der Zeitung, während sie …": no main clause after the dash
    if find_report(tokens[:i]) is not None or _in_subjunctive(tokens[i + 1:end]):
        return False
    second = find_report(tokens[i + 1:end])
    if second is None:  # the mood changes at the dash: "A hätte B überwiesen – Kritiker sehen darin C": a
        # report going on in the Konjunktiv, then the author's indicative, which the report does not cover
        return _in_subjunctive(tokens[:i])
    return (second.speaker is not None or second.document is not None) and not subjunctive(tokens[:i])


def _comma_before_cue(tokens: Sequence[Token], depth: Sequence[int], i: int, end: int) -> bool:
    """A comma between two main clauses of which only the second names a source ("X steht nicht im Kader, er
    soll laut dem Klub verletzt sein"): the source covers the second only. Only where the comma is the
    sentence's one, the first clause is a main clause with its verb, and the second opens with its subject
    before its finite verb."""
    if tokens[i].text != "," or any(tokens[j].text == "," and not depth[j] for j in range(i)) \
            or starts_subordinate(tokens[0]) or tokens[0].finite or not any(t.finite for t in tokens[:i]):
        return False
    head = tokens[i + 1]
    if head.tag not in {"PPER", "ART", "NE", "NN"} or starts_subordinate(head):
        return False
    verb = next((j for j in range(i + 2, end) if tokens[j].finite), None)
    if verb is None or not all(t.pos in NOUNS or t.tag in {"ART", "ADJ(A)", "PPOSAT"} for t in tokens[i + 2:verb]) \
            or not any(t.lower in ATTRIBUTING_PREPOSITIONS for t in tokens[verb:end]):
        return False
    second = find_report(tokens[i + 1:end])
    return second is not None and second.speaker is not None and find_report(tokens[:i]) is None


def _enumerator_end(tokens: Sequence[Token]) -> int:
    """Where a list item's number or letter ends ("3) Olympia im Selbstversuch: …", "b) Der Bund zahlt"):
    it orders the list and is no part of the claim. 0 when the sentence opens otherwise."""
    if len(tokens) > 3 and tokens[1].text == ")" and len(tokens[0].text) <= 2 \
            and (tokens[0].text.isdigit() or (tokens[0].text.isalpha() and tokens[0].text.islower())):
        return 2
    return 0


def _names_person_before(tokens: Sequence[Token], content: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether the reported words before a frame's pronoun at k ("er", "sie") name a person, by first and last
    name, of its gender."""
    gender = {"er": "m", "sie": "f"}.get(tokens[k].lower)
    return gender is not None and any(
        j + 1 < min(b, k) and tokens[j + 1].pos == "NE" and name_gender(tokens[j].text) == gender
        for a, b in content for j in range(a, b))


def _speaker_text(tokens: Sequence[Token], report: Report, discourse: Discourse) -> str | None:
    """The speaker as the article names it; a pronoun ("sagte er") as what it refers to. None where the
    frame names nobody the reader could identify: "ich" and "wir" outside their quotation, a pronoun whose
    referent is not clear (never the bare pronoun as a speaker)."""
    if not report.speaker:
        return None
    lo, hi = report.speaker
    lo = max([j + 1 for j in range(lo, hi - 1) if tokens[j].text == ":"], default=lo)  # ("Weiteres Ergebnis: Drei
    # Viertel der Befragten gaben an": a label before a colon is no part of the speaker)
    while hi - lo > 1 and tokens[hi - 1].pos == "ADV" and not web_edition(tokens, hi - 1):
        hi -= 1  # "Mikl-Leitner wiederum erklärte": the adverb after the subject is no part of the name
    if lo > 0 and tokens[lo].pos == "CARD" and tokens[lo - 1].lower in NUMBER_HEDGES - {"als", "zu"}:
        lo -= 1  # "gaben fast 24 Prozent an": the hedge belongs to the number of those who say it
    if all(t.pos in {"PDS", "PIS", "ADV", "PROAV", "ART", "KON"} for t in tokens[lo:hi]):
        return None  # "fordert genau das:", "Dennoch berichtete": a demonstrative or an adverb names no one
    if hi - lo == 1 and tokens[lo].lower in FIRST_PERSON:
        return None
    if tokens[lo].tag == "PPOSAT" and tokens[lo].lower.startswith("sein") and (
            hi - lo == 1 or (hi - lo == 2 and report.cue in {"zufolge", "so", None})):
        return discourse.pronoun("er")  # "Seiner Einschätzung nach", "seinen Berechnungen zufolge", "…, so seine
        # Überzeugung", "Sein Fazit: …": his, whom "er" would name
    if tokens[lo].tag == "PPOSAT" and tokens[lo].lower.startswith("ihr") and (
            (hi - lo == 1 and (report.cue or "").startswith("nach ")) or (hi - lo == 2 and report.cue is None)):
        her, theirs = discourse.pronoun("sie"), discourse.pronoun("sie", plural=True)
        return her if her and not theirs else None  # "Ihrer Meinung nach", "Ihr Fazit: …": hers, unless a group's
        # may be meant
        # (unresolved, the frame stays in the claim and the words after it are someone's)
    if tokens[lo].tag == "PPOSAT" and hi - lo == 2 and report.cue == "so":
        return None  # "…, so ihre Überzeugung": whose ("ihr" may be hers or theirs), the frame does not say
    if hi - lo == 1 and tokens[lo].pos == "PPER":
        if _names_person_before(tokens, report.content, lo):
            return None  # "Anna Muster wird nicht kandidieren, erklärte sie": the woman the words name may be
            # who said them as well as someone named before
        return discourse.pronoun(tokens[lo].lower, first_person=any(
            is_first_person(tokens[j]) for a, b in report.content for j in range(a, b)),
            chained=hi < len(tokens) and tokens[hi].lower in CHAINING_ADVERBS - {"auch"})
    if hi - lo == 1 and report.cue and report.cue.lower().startswith("nach ") and tokens[lo].text.endswith("s") \
            and tokens[lo + 1].lower in report.cue.lower():
        return discourse.full_name(tokens[lo].text[:-1])  # "nach Müllers Angaben": Müller, as the article names him
    phrase = discourse.phrase(tokens, lo, hi)
    return _nominative(tokens, lo, hi, phrase) if report.cue and (
        (report.cue.lower().startswith(("nach ", "aus ")) and " eigenen " not in report.cue)
        or report.cue.lower() in {"laut", "zufolge", "nach", "zu entnehmen", "ausweislich"}) \
        else phrase  # ("dem Entwurf nach": the source before a postposed "nach"; "nach eigenen Angaben" names
    # the clause's subject, in the nominative already)


def _genitive_to_nominative(tokens: Sequence[Token], lo: int, k: int, phrase: str) -> str:
    """"des Gesundheitsministeriums" → "das Gesundheitsministerium", "des Verbands" → "der Verband": where the
    head's ending tells its gender (GENITIVE_GENDERS); else the phrase stays as written."""
    head = tokens[k].lower
    found = next(((stem, gender) for stem, gender in GENITIVE_GENDERS.items()
                  if head.endswith((stem + "s", stem + "es"))), None)
    adjectives = {t.text for t in tokens[lo + 1:k] if t.tag == "ADJ(A)"}
    if found is None or any(not w.endswith(("en", "er")) for w in adjectives):
        return phrase
    stem, gender = found
    text = tokens[k].text
    nominative = text[:len(text) - (2 if head.endswith(stem + "es") else 1)]
    words = phrase.split(" ")
    words[0] = ("Das" if gender == "n" else "Der") if words[0] == "Des" else ("das" if gender == "n" else "der")
    # the weak ending of an adjective turns from "-en" to "-e" ("des neuen Amtes" → "das neue Amt"); one in "-er"
    # from a place takes none ("des Berner Amtes" → "das Berner Amt")
    return " ".join(nominative if w == text else _weak_ending(w, adjectives) for w in words)


def _dative_to_nominative(tokens: Sequence[Token], lo: int, k: int, phrase: str) -> str:
    """"dem Minister" → "der Minister", "dem zuständigen Ministerium" → "das zuständige Ministerium": a strong
    noun's dative singular is its nominative, where its ending tells its gender (GENITIVE_GENDERS); the weak
    ending of an adjective before it turns from "-en" to "-e". Else the phrase stays as written."""
    head = tokens[k].lower
    gender = next((g for stem, g in GENITIVE_GENDERS.items() if head.endswith(stem)), None)
    if gender is None or any(t.pos not in {"ADJ", "ADV"} for t in tokens[lo + 1:k]):
        return phrase
    adjectives = {t.text for t in tokens[lo + 1:k] if t.tag == "ADJ(A)"}
    words = phrase.split(" ")
    article = "das" if gender == "n" else "der"
    words[0] = article.capitalize() if words[0] == "Dem" else article
    return " ".join(w[:-1] if w in adjectives and w.endswith("en") else w for w in words)


def _document_name(tokens: Sequence[Token], lo: int, hi: int, phrase: str) -> str:
    """A plan named after "in" as the subject whose details follow: "in dem Papier" → "das Papier", "in der
    Vorlage" → "die Vorlage", "im neuen Entwurf" → "der neue Entwurf" ("im" holds the dative article "dem",
    which the noun's ending turns into the nominative's where it tells the gender)."""
    if tokens[lo - 1].lower != "im":
        return _nominative(tokens, lo, hi, phrase)
    k = next((j for j in range(hi - 1, lo - 1, -1) if tokens[j].pos == "NN"), hi - 1)
    return _dative_to_nominative(tokens, lo - 1, k, "dem " + phrase)


def _nominative(tokens: Sequence[Token], lo: int, hi: int, phrase: str) -> str:
    """A source named in the genitive or dative after "nach Angaben", "laut" or before "zufolge", as the
    subject that says it: "der Polizei" → "die Polizei", "der staatlichen Agentur" → "die staatliche Agentur",
    "der Vereinten Nationen" → "die Vereinten Nationen". After these cues "der" is feminine or plural and
    "einer" feminine; "des", "eines", "dem" and "einem" need the noun's gender, which only some endings tell
    ("dem Minister" → "der Minister")."""
    k = next((j for j in range(lo + 1, hi) if tokens[j].pos in {"NN", "NNA"}), None)
    if tokens[lo].lower in {"des", "eines"} and k is not None:
        return _genitive_to_nominative(tokens, lo, k, phrase)
    if tokens[lo].lower in {"dem", "einem"} and k is not None:
        return _dative_to_nominative(tokens, lo, k, phrase)
    if tokens[lo].lower == "den" and k is not None and tokens[k].pos == "NN" and tokens[k].lower.endswith("ern") \
            and not tokens[k].lower[:-1].endswith(FEMININE_ER_NOUNS) and phrase.split(" ")[-1] == tokens[k].text:
        words = phrase.split(" ")  # "den Forschern zufolge" → "die Forscher": a plural in "-er" adds "-n" in the
        # dative only (not "den Schwestern", whose plural has it)
        return " ".join(["Die" if words[0] == "Den" else "die", *words[1:-1], words[-1][:-1]])
    if tokens[lo].lower not in {"der", "einer"} or k is None:
        return phrase
    head = tokens[k]
    named = k + 1 < hi and tokens[k + 1].pos == "NE"
    if (head.tag == "NNA" or nominalised(head)) and head.lower.endswith("en") and not named \
            and tokens[lo].lower == "der":
        return phrase  # "der zuständigen Verantwortlichen": one woman or several people, which the form does not tell
    # ("der Ermittler": a plural; "der Vorsitzenden Doris Tausch": one person, named; "einer" is singular, and
    # the phrase that takes it up again opens with "der": "laut einer Studie" → "die Studie")
    plural = (inflected_noun(head.text) or head.lower.endswith("er")) and not named and tokens[lo].lower == "der"
    words = phrase.split(" ")
    words[0] = "Die" if words[0] == "Der" else "die"
    if not plural:  # the weak adjective ending of the singular: "staatlichen" → "staatliche", also of an
        # adjective as a noun ("der stellvertretenden Vorsitzenden" → "die stellvertretende Vorsitzende")
        adjectives = {t.text for t in tokens[lo + 1:k + 1]
                      if t.tag == "ADJ(A)" or (t is head and (nominalised(t) or t.tag == "NNA"
                                                              or t.lower.endswith("enden")))}
        words = [_weak_ending(w, adjectives) for w in words]
    return " ".join(words)


def _weak_ending(word: str, adjectives: set[str]) -> str:
    """The word with "-en" turned to "-e" where it is one of the adjectives, also inside quotation marks ("der
    „Süddeutschen Zeitung“" → "die „Süddeutsche Zeitung“")."""
    core = word.strip("".join(_QUOTE_MARKS))
    return word.replace(core, core[:-1]) if core in adjectives and core.endswith("en") else word


def _document_text(tokens: Sequence[Token], span: tuple[int, int], discourse: Discourse) -> str:
    """A document that speaks for its source, as a subject: "in der Medienmitteilung" → "die
    Medienmitteilung" (a dative "der" is feminine; "dem" is masculine or neuter, which only some nouns'
    endings tell: "in dem Papier" → "das Papier")."""
    phrase = discourse.phrase(tokens, *span)
    return _nominative(tokens, *span, phrase) if tokens[span[0]].lower in {"der", "einer", "dem", "einem"} \
        else phrase


# words that state the condition of a Konjunktiv II anywhere ("…, wenn …"), and prepositions that state it
# at the start ("Bei einem strengeren Gesetz hätten …", "Ohne Impfstoff wäre …"): the author's conditional
_CONDITIONS = frozenset({"wenn", "falls", "sonst", "andernfalls", "ansonsten", "notfalls", "schlimmstenfalls",
                         "bestenfalls", "gegebenenfalls", "idealfall", "ernstfall", "notfall"})
_CONDITION_OPENERS = frozenset({"ohne", "bei", "beim", "mit"})


# adverbs of the state at the time of writing: a Konjunktiv II with one of them reports how things are,
# which a hypothesis does not ("Derzeit würden vor allem die Agenturen verdienen": someone's words, in the
# Konjunktiv II that Austrian and spoken German use for the Konjunktiv I)
_PRESENT_STATE = frozenset({"derzeit", "zurzeit", "gegenwärtig", "momentan", "aktuell"})


def _states_present(tokens: Sequence[Token]) -> bool:
    """(in the main clause's first stretch: "…, die derzeit die Umfragen anführen" is a relative clause's
    time, "von derzeit 133 Prozent" a figure's)"""
    head = list(takewhile(lambda t: t.text != ",", tokens))
    return any(t.lower in _PRESENT_STATE and t.tag in {"ADV", "ADJ(D)"} and not (k and head[k - 1].pos == "APPR")
               for k, t in enumerate(head))


# nouns of a share of a group ("ein Drittel der Befragten", "die Mehrheit", "40 Prozent")
_SHARE_NOUNS = frozenset("""prozent drittel viertel fünftel zehntel hälfte mehrheit minderheit grossteil großteil
""".split())


def _share_of_a_group(tokens: Sequence[Token]) -> bool:
    """Whether the clause opens with a share of a group as its subject ("Ein gutes Drittel der Betriebe schätzt
    …", "Nur 8,8 Prozent sind überzeugt …"): how a survey's results are told, one share after the other."""
    verb = next((k for k, t in enumerate(tokens) if t.finite), None)
    return verb is not None and 0 < verb <= 8 and any(t.lower in _SHARE_NOUNS for t in tokens[:verb])


# pronouns that count off a member of a set the sentence before counted ("in einem dieser Fälle", "keiner davon")
_COUNTING_OFF = frozenset({"einem", "einer", "eines", "keinem", "keiner", "keines"})
# adverbs by which the author sets a point of their own against what was just reported ("Allerdings hat X auch …")
_COUNTERING = frozenset({"aber", "allerdings", "stattdessen", "jedoch", "dagegen", "hingegen", "doch", "dafür"})


def _tells_figures(tokens: Sequence[Token]) -> bool:
    """Whether a clause in the indicative gives a count ("In sieben Betrieben gab es …") or counts off a member of
    the set the sentence before counted ("Nur in einem dieser Fälle …"): how a survey's findings go on after
    the first one names the survey; a year is no count. A figure the author sets against them ("Allerdings hat
    das Land auch acht Mal so viele Einwohner") is the author's."""
    if any(t.lower in {"ich", "wir"} | _COUNTERING for t in tokens) or subjunctive(tokens):
        return False
    return any(t.pos == "CARD" and not is_year(t) for t in tokens) \
        or any(a.lower in _COUNTING_OFF and b.lower in {"dieser", "davon"} for a, b in zip(tokens, tokens[1:]))


def _adds_to_count(tokens: Sequence[Token]) -> bool:
    """Whether a clause opens by adding to a count ("Weitere 25 Tote …", "25 weitere Verletzte …") or by
    counting a part of it ("Unter ihnen waren 31 Kinder", "Darunter sind zwölf Frauen"): the figures go on."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    part = bool(words) and (words[0].lower == "darunter" or [w.lower for w in words[:2]] == ["unter", "ihnen"])
    if part and any(t.pos == "CARD" and not is_year(t) for t in words[1:6]):
        return True
    words = words[:3]
    return len(words) > 1 and any(a.lower == "weitere" and b.pos == "CARD" and not is_year(b)
                                  or a.pos == "CARD" and not is_year(a) and b.lower == "weitere"
                                  for a, b in zip(words, words[1:]))


# openings by which an author restates, before a colon, the words just reported (besides an adverb and a
# participle of wording, "Anders ausgedrückt:", which `wording_comment` knows)
_RESTATING = ("mit anderen worten", "im klartext", "sprich", "das heisst", "das heißt", "oder noch einfacher",
              "oder einfacher")


# lead-ins by which a clause reveals no more than what follows ("Nur so viel: …"):
# what follows is what someone let out, the source the sentence before names
_REVEALING = ("nur so viel", "so viel", "nur soviel", "soviel")


def _lead_colon(tokens: Sequence[Token], lo: int, hi: int) -> int | None:
    """The colon that ends a short lead-in at the start of the clause [lo, hi), if any."""
    return next((j for j in range(lo + 1, min(hi, lo + 6)) if tokens[j].text == ":"), None)


def _restates(tokens: Sequence[Token], lo: int, hi: int, after_figures: bool) -> bool:
    """Whether the clause restates what was said before it ("Mit anderen Worten: …", "Das heisst, dass …"):
    after someone's words, the speaker's own conclusion or the author's paraphrase, which the speaker did not
    say so (not "Das heisst, dass …" after figures, the author's reading of the numbers: "… lag laut X bei 0,9.
    Das heisst, dass …")."""
    colon = _lead_colon(tokens, lo, hi)
    if colon is None:
        return not after_figures and lo + 3 < hi and tokens[lo + 2].text == "," and tokens[lo + 3].lower == "dass" \
            and " ".join(t.lower for t in tokens[lo:lo + 2]) in _RESTATING
    return " ".join(t.lower for t in tokens[lo:colon]) in _RESTATING or wording_comment(tokens, lo, colon)


def _reveals(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    colon = _lead_colon(tokens, lo, hi)
    return colon is not None and " ".join(t.lower for t in tokens[lo:colon]) in _REVEALING


def _substitute_subjunctive(tokens: Sequence[Token]) -> bool:
    """Whether a clause's finite verb is a Konjunktiv II that stands in for a Konjunktiv I that looks like the
    indicative ("sie hätten", "sie würden"): reported speech, however long it goes on."""
    verb = next((t for t in tokens if t.finite), None)
    return verb is not None and verb.lower in {"hätten", "würden"}


def _modal_perfect(tokens: Sequence[Token]) -> bool:
    """Whether a clause joins "hätte" to an infinitive and a modal's infinitive ("hätte Teil der Reform werden
    sollen", "hätten früher handeln können"): what was planned or possible and did not happen, the author's
    account of the past, not a Konjunktiv that stands in for someone's words."""
    return any(double_infinitive(tokens, k) for k in range(len(tokens)))


def _bare_subjunctive_ii(draft: Draft, tokens: Sequence[Token],
                         forms: frozenset[str]) -> tuple[list[Token], int] | None:
    """The draft's words and the place of its first finite verb when that verb is one of the Konjunktiv II
    `forms` and the draft, no question, names no condition of its own; else None."""
    words = [tokens[i] for i in draft.indices()]
    verb = next((k for k, t in enumerate(words) if t.finite), None)
    if verb is None or words[verb].lower not in forms or tokens[-1].text == "?" or _conditioned(words):
        return None
    return words, verb


def _counterfactual(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Whether the draft's first finite verb is a Konjunktiv II and the draft names no condition of its own:
    after a sentence that set one ("Ohne Reform wäre die Sendung zu Ende. Das Publikum hätte sie verloren"),
    it states what would be under that condition, which alone it does not say."""
    return _bare_subjunctive_ii(draft, tokens, SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II) is not None


def _consequence_elsewhere(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Whether the draft's first finite verb is a Konjunktiv II ("bekäme", "gäbe", "wäre") with a "dann" and
    no condition of its own ("Wie in X bekäme man dann pro Stunde einen Zuschlag"): the consequence of
    a proposal or condition stated elsewhere, which alone reads as a fact."""
    words = [tokens[i] for i in draft.indices()]
    start = next((k + 1 for k, t in enumerate(words) if t.text == ","), len(words)) \
        if words and words[0].lower in {"dass", "daß", "ob", "wenn", "weil"} else 0
    verb = next((t for t in words[start:] if t.finite), None)  # (the main clause's: "Dass X muss, das ist …")
    return verb is not None and tokens[-1].text != "?" and any(t.lower == "dann" for t in words) \
        and not _conditioned(words) and verb.lower not in MODAL_SUBJUNCTIVE_II \
        and (verb.lower in SUBJUNCTIVE_II or subjunctive_ii(verb.text, verb.tag, verb.lemma))  # (a modal's
    # "dürfte dann", "könnte dann" hedges a forecast that the claim keeps)


_COMPLETION = "completes in the first person the words the sentence before leaves open ('dann ...'): whose they are, " \
    "no frame says"


def _left_open(tokens: Sequence[Token]) -> bool:
    """Whether the sentence stops on an ellipsis inside its quotation ("…, dann ...»"): what follows completes
    the words it quotes."""
    return bool(ellipsis_end(tokens))


def _elliptical(tokens: Sequence[Token]) -> bool:
    """Whether the sentence opens with a word that adds to the one before ("Oder", "Ebenso", "Auch") and has no
    finite verb outside its subordinate clauses and quotations: a piece that goes on with the sentence before
    ("Oder, sobald Angestellte zurückkehren, am Empfang Fieber messen."), unlike the author's verbless comment
    ("Ein Herbsttag wie im Bilderbuch also.")."""
    depth = quote_depth(tokens)
    return len(tokens) > 2 and tokens[0].lower in _ADDING_OPENERS \
        and not any(t.finite and not depth[i] and not in_subordinate(tokens, depth, 0, i) for i, t in enumerate(tokens))


def _ellipsis(tokens: Sequence[Token]) -> bool:
    """Whether the sentence has no verb but a participle, opens with an adverb or a conjunction and closes with a full
    stop ("Angeblich sogar in einer Klinik in Bern.", "Doch weit gefehlt."): the verb and its subject stand in
    the sentence before, and the piece alone states nothing, or the wrong thing (a subheading has no full stop
    and opens with its topic: "Mann am Grat abgestürzt")."""
    return len(tokens) > 2 and tokens[-1].text == "." and tokens[0].pos in {"ADV", "KON", "PTKNEG"} \
        and not any(t.pos in {"VV", "VA", "VM"} and not t.tag.endswith("(PP)") for t in tokens) \
        and not any(t.text == ":" for t in tokens)  # (a plural present may be tagged an infinitive: "Und die
    # Zahlen steigen."; "Ebenfalls nicht vorgesehen: X." names what it says of)


# words that open a verbless piece adding to the sentence before ("Nämlich A und B." spells out what it named)
_ADDING_OPENERS = frozenset("oder und ebenso sowie auch zudem ausserdem außerdem ebenfalls genauso etwa "
                            "nämlich".split())


def _substitute_report(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Whether the draft is a main clause whose finite verb is a plural Konjunktiv II standing in for a
    Konjunktiv I that looks like the indicative: "hätten" as a full verb ("Manche hätten selbst Covid-19") or
    "würden" with a participle, a passive ("Heute würden Radwege gebaut"). With no condition, no wish ("gern"),
    no figures (a poll's "63 Prozent hätten kein Vertrauen"), no frame of its own and no speaker, it is someone's
    words whose speaker the sentences before did not name; as the author's fact it would be false. (A past,
    "hätten angefragt", and "würden" with an infinitive are `_unreal_past`'s.)"""
    found = _bare_subjunctive_ii(draft, tokens, _SUBSTITUTES)
    if found is None:
        return False
    words, verb = found
    rest = words[verb + 1:]
    if any(t.tag.endswith("(INF)") for t in rest) or (words[verb].lower == "hätten") == any(
            t.tag.endswith("(PP)") for t in rest):
        return False
    framed = any(t.finite for t in rest) or any(rule.startswith("speech") for rule in draft.rules)
    return not _quoted(tokens, words[verb]) and not framed and not _answer_of_poll_or_person(words) \
        and not any(t.lower in _NEARLY for t in words)


def _quoted(tokens: Sequence[Token], verb: Token) -> bool:
    """Whether the verb stands inside quotation marks: someone's quoted words, whatever its mood."""
    depth = quote_depth(tokens)
    return next((depth[k] for k, t in enumerate(tokens) if t is verb), 0) > 0


def _answer_of_poll_or_person(words: Sequence[Token]) -> bool:
    """Whether a Konjunktiv II clause gives figures ("63 Prozent hätten kein Vertrauen": a poll's answer, which
    its figures state) or speaks in the first person ("würde ich sagen": a hedge whose speaker a turn gives)."""
    return any(t.pos == "CARD" or t.lower in {"prozent", "ich", "wir"} for t in words)


def _unreal_present(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Whether the draft's first finite verb is a full verb in a form only the Konjunktiv II has ("säßen",
    "gäbe", "käme", "liefe") and the draft names no condition, no frame and no near miss of its own: words
    whose speaker the sentences before named ("Der Antrag richtet sich gegen A. In A säßen die Kinder
    beisammen"), or a hypothesis; as the author's fact it would be false either way."""
    words = [tokens[i] for i in draft.indices()]
    verb = next((k for k, t in enumerate(words) if t.finite), None)
    if verb is None or words[verb].pos != "VV" or tokens[-1].text == "?" or _conditioned(words) \
            or not subjunctive_ii(words[verb].text, words[verb].tag, words[verb].lemma):
        return False
    return not any(t.finite for t in words[verb + 1:]) and not any(rule.startswith("speech") for rule in draft.rules) \
        and not _quoted(tokens, words[verb]) and not any(t.lower in _NEARLY | {"prozent", "%"} for t in words)
    # ("Die Linke käme auf sechs Prozent": a poll's answer, which its figures state)


def _unreal_past(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Whether the draft is a main clause in the past of the Konjunktiv II ("Erste Kunden hätten den Dienst
    bereits angefragt") with no condition and no "fast" ("Beinahe wäre es zu einem Unfall gekommen" states what
    nearly happened): without a speaker it is words whose speaker the sentences before named, or a hypothesis
    whose condition stood elsewhere; as the author's fact it would be false either way."""
    found = _bare_subjunctive_ii(draft, tokens, _PAST_AUXILIARIES_II | _WOULD)
    if found is None:
        return False
    words, verb = found
    if words[verb].lower in _WOULD and (_answer_of_poll_or_person(words)
                                        or any(t.text == "," or starts_subordinate(t) for t in words[:verb])):
        return False  # "Für die Grünen würden sich 14 Prozent entscheiden": a poll's answer, which its figures state
        # ("würde ich sagen": a first person's hedge, whose speaker an interview turn gives; "Der Gedanke, wie er
        # … würde, darf …" and "Als würde man …": the "würde" of a subordinate clause)
    closing = {"VV(INF)", "VA(INF)", "VM(INF)"} if words[verb].lower in _WOULD else {"VV(PP)", "VA(PP)", "VM(PP)"}
    participle = any(t.tag in closing for t in words[verb + 1:])  # ("würde … übrigbleiben": its infinitive)
    framed = any(t.finite and (words[verb].lower not in _WOULD or t.lemma.lower() in SPEECH_VERBS)
                 for t in words[verb + 1:]) or any(rule.startswith("speech") for rule in draft.rules)
    # ("…, erklärte er weiter", "…, erfuhr die Zeitung": the claim keeps its frame, which says the words are
    # someone's; or a clause of its own)
    purpose = any(t.lower == "um" for t in words) and has_zu_infinitive(words)  # "Um X zu verhängen, wäre Y
    # nötig gewesen": what it would have taken, a condition of its own
    return participle and not framed and not purpose and not _quoted(tokens, words[verb]) \
        and not any(t.lower in _NEARLY or t.lower in _BASES for t in words)
    # (a verb inside quotation marks is someone's quoted words; a quoted phrase around it, "außer «rüden
    # Tönen»", leaves the clause the author's Konjunktiv II)


# words of what a hypothesis is computed on ("Nach früheren Berechnungen hätte die Bank X bezahlt"): the claim
# says what the figures give
_BASES = frozenset("""basis grundlage berechnungen berechnung schätzungen schätzung zahlen plänen plan laut gemäss
gemäß zufolge""".split())


# the auxiliaries of the past of the Konjunktiv II ("hätte angefragt", "wäre gekommen")
_PAST_AUXILIARIES_II = frozenset({"hätte", "hätten", "wäre", "wären"})
# the plural Konjunktiv II forms that stand in for a Konjunktiv I that looks like the indicative ("sie haben",
# "sie werden … gebaut")
_SUBSTITUTES = frozenset({"hätten", "würden"})
# the Konjunktiv II of "werden" with an infinitive, what would be ("Da würde der Ehrliche übrigbleiben")
_WOULD = frozenset({"würde", "würden"})
# adverbs with which a Konjunktiv II past states what nearly happened, or what someone would have liked
_NEARLY = frozenset({"fast", "beinahe", "gern", "gerne", "lieber", "haar"})


def _main_after_condition(tokens: Sequence[Token]) -> Sequence[Token]:
    """The main clause after a condition that opens the sentence with its verb ("Sollte es regnen, bleibt
    X zu Hause") or its subordinator ("Denn nur wenn A bereit sind, liessen sich B …"), whose own mood tells
    whether the sentence hedges or reports; the whole sentence otherwise."""
    first = next((k for k, t in enumerate(tokens) if t.pos != "KON"), len(tokens))
    if first == len(tokens) or not (tokens[first].finite or tokens[subordinator_at(tokens, first)].pos == "KOUS"):
        return tokens
    comma = next((k for k in range(first + 1, len(tokens)) if tokens[k].text == ","), None)
    return tokens[comma + 1:] if comma is not None else tokens


# subordinators of a clause that states a fact, not a condition: a Konjunktiv II in the main clause after it is
# no hypothesis the clause opens ("Während A galt, wären B angesehen worden")
_FACT_SUBORDINATORS = frozenset({"während", "obwohl", "obgleich", "weil", "nachdem", "seit", "seitdem", "bevor"})


def _after_fronted_fact(tokens: Sequence[Token]) -> Sequence[Token]:
    """The main clause after a fronted clause of time, contrast or reason ("Während ein Einfluss als unwahrscheinlich
    galt, wären Effekte angesehen worden"), whose mood tells whether it reports; nothing otherwise."""
    first = next((k for k, t in enumerate(tokens) if t.pos != "KON"), len(tokens))
    if first == len(tokens) or tokens[first].lower not in _FACT_SUBORDINATORS:
        return ()
    comma = next((k for k in range(first + 1, len(tokens)) if tokens[k].text == ","), None)
    return tokens[comma + 1:] if comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].finite else ()


def _outlet_information(tokens: Sequence[Token]) -> bool:
    """Whether the clause names the outlet's own information as its source ("nach SZ-Informationen", "nach
    Informationen der Zeitung", "nach eigenen Recherchen"): the author's hedged report, nobody's words going on."""
    return any(t.lower == "nach" and k + 1 < len(tokens)
               and tokens[k + 1].lower.endswith(("informationen", "infos", "recherchen"))
               for k, t in enumerate(tokens))


def _about_the_speaker(tokens: Sequence[Token], speaker: str, discourse: Discourse) -> bool:
    """Whether a main clause of the sentence is in the indicative with a pronoun that may stand for the speaker
    for its subject, right by its verb ("Das wäre schade, denn so stark spielt er selten"): indirect speech
    would put that clause in the Konjunktiv too; the author speaks of the speaker, and so does the Konjunktiv II
    beside it."""
    pronouns = discourse.speaker_pronouns(speaker)
    depth = quote_depth(tokens)
    return any(
        t.finite and not depth[k] and not in_subordinate(tokens, depth, 0, k) and not konjunktiv_i(t)
        and t.lower not in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II and not preterite(t.text, t.tag, t.lemma)
        and any(u.lower in pronouns and u.tag == "PPER" and (j + 1 == len(tokens) or tokens[j + 1].pos != "KON")
                for j, u in enumerate(tokens[max(0, k - 1):k + 2], max(0, k - 1)))
        for k, t in enumerate(tokens))  # (a weak past is the Konjunktiv II as well: "Momentan machten sie …";
    # "sie und ihre Partnerin" is more than the speaker)


def _run_speaker(source: Sentence, discourse: Discourse) -> str | None:
    """The speaker that the frame of a quotation over sentences names, in its sentence `source`."""
    framing = find_report(source.tokens)
    return _speaker_text(source.tokens, framing, discourse) if framing else None


def _at_colon(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int, speaker: str,
              discourse: Discourse) -> list[tuple[int, int]]:
    """A clause of a quotation over sentences cut at its first colon outside quotation marks, where the clause
    before it tells what the speaker did ("Auch die Ministerin hat ihm den Rücken gekehrt: A. B, meinte sie."):
    the author's account, with the speaker's words opening after the colon; else the clause whole."""
    colon = next((j for j in range(lo + 2, hi - 2) if tokens[j].text == ":" and not depth[j]), None)
    if colon is None or tokens[colon + 1].text in _QUOTE_MARKS or _says(tokens[lo:colon]) \
            or not any(t.finite for t in tokens[colon + 1:hi]) \
            or not _speaker_before_colon(tokens, lo, colon, speaker, discourse):
        return [(lo, hi)]
    return [(lo, colon), (colon + 1, hi)]


def _cited_in_answer(tokens: Sequence[Token], source: Sentence | None) -> bool:
    """Whether a sentence of an interview answer goes on with a quotation that an earlier sentence of the answer
    (`source`) opened after a lead-in of its own that is no saying of the interviewee's ("Seine Antwort ist noch
    aktuell: «A. B. C»"): words the interviewee cites, someone else's, which the lead-in's sentence keeps in its
    claim with their frame (not "Ich sagte damals: «…»", nor an answer printed in marks: "Meier: «…»")."""
    if source is None or source.tokens is tokens:
        return False
    opening = source.tokens
    mark = next((j for j, t in enumerate(opening) if t.text in _QUOTE_MARKS), None)
    if mark is None or not any(t.finite for t in opening[:mark]) or any(is_first_person(t) for t in opening[:mark]):
        return False
    depth = quote_depth(opening)
    return all(depth[j] for j in range(mark, len(opening)) if opening[j].text[:1].isalnum())  # (a quotation that
    # runs on past its sentence's end)


def _speaker_before_colon(tokens: Sequence[Token], lo: int, colon: int, speaker: str, discourse: Discourse) -> bool:
    """Whether a clause with a finite verb in the indicative stands in [lo, colon) before a colon at `colon` and
    names the speaker of the quotation it belongs to as its subject: the author tells what the speaker did."""
    if colon >= len(tokens) or tokens[colon].text != ":" or not any(t.finite for t in tokens[lo:colon]) \
            or _in_subjunctive(tokens[lo:colon]):
        return False
    subject = subject_of(tokens, lo, colon)
    words = {w.lower() for w in speaker.split() if w[:1].isupper()} | discourse.speaker_pronouns(speaker)
    return subject is not None and any(t.lower in words for t in tokens[subject[0]:subject[1]])


def _own_account(tokens: Sequence[Token]) -> bool:
    """Whether the clause names its subject as its own source ("nach eigener Aussage", "nach eigenen
    Angaben"): someone who spoke right before it is not who says it."""
    return any(t.lower in {"eigener", "eigenen"} and k + 1 < len(tokens) and tokens[k + 1].lower in UNNAMED_SOURCES
               for k, t in enumerate(tokens))


def _condition_first(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens with a condition in verb-first order before its main clause, itself verb first
    ("Hätte man mehr Zeit, würde man …", "Dürfte man, würde man …")."""
    main = _main_after_condition(tokens)
    return 0 < len(main) < len(tokens) and main[0].finite


def _conditioned(tokens: Sequence[Token]) -> bool:
    """Whether the words name a condition: a conditional word, an opening "ohne/bei/mit" phrase, or "im
    (schlimmsten) Fall" (not a case counted: "keinen einzigen Fall")."""
    return any(t.lower in _CONDITIONS for t in tokens) or (bool(tokens) and tokens[0].lower in _CONDITION_OPENERS) \
        or any(t.lower == "fall" and "im" in {tokens[k - 1].lower, tokens[k - 2].lower if k > 1 else ""}
               for k, t in enumerate(tokens) if k)


_FIRST_PERSON_VOICE = "first person without a speaker"
# a first-person account: at least this many sentences in a first person no frame gives a speaker, and this
# share of the sentences from the first of them on
_ACCOUNT_SENTENCES, _ACCOUNT_SHARE = 5, 0.25


def _account_start(voiced: Sequence[int], total: int) -> int | None:
    """The first sentence of a first-person account (a protocol of someone's words: "Dieser Text ist das
    Ergebnis der Treffen mit X. Der Umzug hat uns viel Kraft gekostet. …", or a personal essay), in which
    a quarter or more of the sentences speak in a first person that no frame attributes (`voiced`); its
    sentences in the third person are that voice too. None for an article that frames its first person or
    uses it now and then."""
    if len(voiced) < _ACCOUNT_SENTENCES or len(voiced) < _ACCOUNT_SHARE * (total - voiced[0]):
        return None
    return voiced[0]


def _without_unnamed(made: list[tuple[dict, Draft]], dropped: list[tuple[Draft, str]], why: str,
                     framed: bool = False) -> list[tuple[dict, Draft]]:
    """`made` without its claims that have no speaker (and keep no frame of their own, unless `framed`: the
    frame kept may itself be in someone's words), which go to `dropped` with `why`: someone's words whose
    speaker the article does not name."""
    unnamed = [(record, draft) for record, draft in made
               if draft.speaker is None and (framed or "speech_unresolved" not in draft.rules)]
    dropped.extend((draft, why) for _, draft in unnamed)
    return [pair for pair in made if pair not in unnamed]


def _opening_unvoiced(results: Sequence[tuple[Sentence, list[tuple[dict, Draft]], list[tuple[Draft, str]]]],
                      paragraphs: Sequence[int]) -> set[int]:
    """Sentences right before or after first-person words dropped for want of a speaker, shortly after
    someone's words in the same paragraph, that are plain statements in the present or future with no frame
    ("…, sagt X. Y möchte er nicht. Solche Zahlen wird es nicht geben. Wir sind anders."): with the quotation
    marks gone, the statement may open or go on with those words as well as be the author's. Such statements
    in a row before the first-person words go with them too, and "shortly after" counts from the first of
    them ("…, so X. Man plante A. B ist neu. C wird anders. Wir hoffen auf D."). Not one that names the
    speaker or may mean them, the author speaking of them."""

    def unvoiced(j: int, k: int) -> bool:  # first-person words dropped for want of a speaker, in k's paragraph
        return 0 <= j < len(results) and paragraphs[j] == paragraphs[k] and not results[j][1] \
            and any(why == _FIRST_PERSON_VOICE for _, why in results[j][2])

    def plain(k: int) -> bool:  # a statement in the present or future, no one's words and with no frame
        sentence, made, _ = results[k]
        return bool(made) and not any(d.speaker for _, d in made) and find_report(sentence.tokens) is None \
            and Tense.PAST not in clause_tenses(sentence.tokens)

    def unnamed(k: int) -> bool:  # a plain statement that names no one: it may be the unmarked words' opening
        return k + 1 < len(results) and paragraphs[k] == paragraphs[k + 1] and plain(k) \
            and not _names_bare(results[k][0].tokens)

    found: set[int] = set()
    for k in range(len(results) - 1, 0, -1):
        if not ((unvoiced(k + 1, k) or unvoiced(k - 1, k)) and plain(k)
                or (k + 1 in found and unnamed(k) and unnamed(k + 1))):
            continue
        first = k
        while unnamed(k) and first > 1 and unnamed(first - 1):
            first -= 1  # ("…, so X. Seit 2009 gibt es A. Y, der Profi, kämpft viel. Ich mache mit.": a sentence that
            # names someone introduces the words after it, it opens none)
        speakers = {d.speaker or "" for j in range(max(0, first - 3), first) if paragraphs[j] == paragraphs[k]
                    for _, d in results[j][1] if d.speaker or "speech_unresolved" in d.rules}  # (someone's
        # words whose frame names nobody the rules could resolve: "Seiner Meinung nach …")
        names = {w.lower() for speaker in speakers for w in speaker.split() if w[:1].isupper()}
        if speakers and not may_mention(results[k][0].tokens, names):  # ("…, sagte X. Sie plant A. Wir B.": the
            # author speaking of X)
            found.add(k)
    return found


def _plain_between(results: Sequence[tuple[Sentence, list[tuple[dict, Draft]], list[tuple[Draft, str]]]],
                   paragraphs: Sequence[int], k: int, past: bool = True) -> bool:
    """Whether sentence k gave claims of no one's, has no frame of its own and shares its paragraph with the
    sentences on both sides (and, unless `past`, is no narration in the past): a statement that may lie
    inside the words around it as well as be the author's."""
    sentence, made, _ = results[k]
    return bool(made) and not any(d.speaker for _, d in made) and find_report(sentence.tokens) is None \
        and (past or Tense.PAST not in clause_tenses(sentence.tokens)) \
        and paragraphs[k - 1] == paragraphs[k] == paragraphs[k + 1]


def _before_conclusion(results: Sequence[tuple[Sentence, list[tuple[dict, Draft]], list[tuple[Draft, str]]]],
                       paragraphs: Sequence[int]) -> set[int]:
    """Plain statements of no one's between someone's words and a sentence of the same paragraph in which that
    person, named, draws a conclusion ("…, meint X. Dann wird A gebraucht. B hält X daher für falsch."): with the
    quotation marks gone, the statement is the ground X's conclusion rests on, in X's words as well as the
    author's."""
    found = set()
    for k in range(1, len(results) - 1):
        if not _plain_between(results, paragraphs, k):
            continue
        names = {w for _, d in results[k - 1][1] if d.speaker for w in d.speaker.split() if w[:1].isupper()}
        after = results[k + 1][0].tokens
        if names and any(t.lower in _INFERENTIAL for t in after) and any(t.text in names for t in after) \
                and any(t.finite and t.lemma.lower() in ASSESSMENT_VERBS | COGNITION_VERBS | SPEECH_VERBS
                        for t in after):
            found.add(k)
    return found


def _within_reported(results: Sequence[tuple[Sentence, list[tuple[dict, Draft]], list[tuple[Draft, str]]]],
                     paragraphs: Sequence[int]) -> set[int]:
    """A plain statement of no one's in the present between someone's words and their Konjunktiv I going on
    without a frame of its own, all in one paragraph ("X: A wird gebaut. B kauft aber C. D liege im Mittel."):
    the reported speech runs through it, and with the quotation marks gone it is the speaker's words as well as
    the author's. Not one that names the speaker."""
    found = set()
    for k in range(1, len(results) - 1):
        if not _plain_between(results, paragraphs, k, past=False):
            continue
        before = {d.speaker for _, d in results[k - 1][1] if d.speaker}
        after_sentence, after, _ = results[k + 1]
        own = find_report(after_sentence.tokens)
        if len(before) != 1 or {d.speaker for _, d in after} != before \
                or (own is not None and own.speaker is not None) or not main_konjunktiv(after_sentence.tokens):
            continue  # (its Konjunktiv inherits the speaker: no frame, no "laut" of its own)
        names = {w.lower() for w in before.pop().split() if w[:1].isupper()}
        if not may_mention(results[k][0].tokens, names):
            found.add(k)
    return found


def _between_reports(results: Sequence[tuple[Sentence, list[tuple[dict, Draft]], list[tuple[Draft, str]]]],
                     paragraphs: Sequence[int]) -> set[int]:
    """A plain statement of no one's between two sentences of the same paragraph that report the same source
    in indirect speech, the second with a frame after its words ("Laut X bleibt A nicht ohne Folgen. B wird
    verlangt. C wird angegeben, schreibt X."): it is X's report going on as well as the author's. Not one that
    names the source, nor a narration in the past."""
    found = set()
    for k in range(1, len(results) - 1):
        if not _plain_between(results, paragraphs, k, past=False):
            continue
        before = {d.speaker for _, d in results[k - 1][1] if d.speaker and d.quote == "indirect"}
        after_tokens = results[k + 1][0].tokens
        framed = find_report(after_tokens)
        after = {d.speaker.split()[-1].lower() for _, d in results[k + 1][1] if d.speaker}
        if len(before) != 1 or framed is None or framed.speaker is None or framed.quote != "indirect" \
                or not framed.content or max(b for _, b in framed.content) > framed.speaker[0] \
                or after != {next(iter(before)).split()[-1].lower()}:
            continue  # (the same source, named at length and short: "das Portal X.de", "X.de")
        names = {w.lower() for w in before.pop().split() if w[:1].isupper() or "." in w}
        if not may_mention(results[k][0].tokens, names) and not _names_bare(results[k][0].tokens):
            found.add(k)  # (a sentence that names someone or something by name is the author's account of them)
    return found


def _closing_unvoiced(results: Sequence[tuple[Sentence, list[tuple[dict, Draft]], list[tuple[Draft, str]]]],
                      paragraphs: Sequence[int]) -> set[int]:
    """Up to two statements of no one's between first-person words dropped for want of a speaker and the next
    sentence of the paragraph whose frame closes its words ("Mir fehlt jede Erklärung. Klar ist, A war bekannt.
    Das ging über Jahre. B, sagt X."): with the marks gone, the first person's words run on to X's frame, in
    the past too. Not a statement that names someone by name."""
    found: set[int] = set()
    for u, (_, made, dropped) in enumerate(results):
        if made or not any(why == _FIRST_PERSON_VOICE for _, why in dropped):
            continue
        frames = {m: find_report(results[m][0].tokens) for m in range(u + 1, min(u + 4, len(results)))}
        f = next((m for m, frame in frames.items() if paragraphs[m] != paragraphs[u]
                  or (frame is not None and frame.speaker is not None)), None)
        frame = frames.get(f) if f is not None else None
        if f is None or f == u + 1 or paragraphs[f] != paragraphs[u] or frame is None or frame.speaker is None \
                or not frame.content or max(b for _, b in frame.content) > frame.speaker[0]:
            continue  # (a frame after the words it closes: "B, sagt X.")
        between = range(u + 1, f)  # (statements that name no speaker: "Klar ist, A war bekannt" frames nobody; not
        # an account of someone's statement: "Ähnlich äusserte sich der Verband")
        if all(results[m][1] and not any(d.speaker for _, d in results[m][1])
               and not _names_bare(results[m][0].tokens)
               and not any(t.finite and t.lemma.lower() in SPEECH_VERBS | ADDRESS_VERBS for t in results[m][0].tokens)
               for m in between):
            found.update(between)
    return found


def _names_bare(tokens: Sequence[Token]) -> bool:
    """Whether a sentence names someone or something by a name that stands bare, with no article or adjective
    before it ("Y kämpft", not "eine neue Deko", which the tagger may take for a name, nor "der Firma Y Schweiz",
    whose second name word goes with the first)."""
    return any(t.pos == "NE" and (i == 0 or (tokens[i - 1].tag not in _NOUN_MODIFIERS and tokens[i - 1].pos != "NE"))
               for i, t in enumerate(tokens))


_NOUN_MODIFIERS = frozenset({"ART", "ADJ(A)", "PPOSAT", "PDAT", "PIAT"})


# the stretches where someone's words may run on without marks, found over the whole article: each finder, why its
# sentences give no claim of no one's, and whether it looks only at articles without quotation marks (where marks
# are kept, they show where the words end)
_UNCLEAR_VOICES = (
    (_opening_unvoiced, "next to first-person words whose speaker no frame names, in an article without quotation "
                        "marks: theirs or the author's", True),
    (_before_conclusion, "between someone's words and the conclusion they draw, in an article without quotation "
                         "marks: the ground of it in their words or the author's", True),
    (_within_reported, "between someone's words and their Konjunktiv going on, in an article without quotation "
                       "marks: their words or the author's", True),
    (_between_reports, "between two reports of the same source: its report going on or the author's", False),
    (_closing_unvoiced, "between first-person words whose speaker no frame names and the frame after them, in an "
                        "article without quotation marks: their words or the author's", True),
)


_CONDITIONED = "a consequence whose condition the sentence before states: alone it would hold always"


def _resumes_condition(before: Sequence[Token], tokens: Sequence[Token], continues: bool) -> bool:
    """Whether the sentence opens with "Dann" (or "In diesem Fall") right after a sentence of its paragraph
    with a condition ("…, wenn ein Flug gestrichen wird. Dann muss die Airline den Preis erstatten."), or
    answers a question that poses a case ("Und wenn nur zwölf Spieler bereitstehen?", its own paragraph or
    not): what it says holds in that case only, and no claim of one sentence can carry the condition of
    another."""
    opening = before[1:2] if before and before[0].pos == "KON" else before[:1]  # ("Und wenn …?"; not "Was
    # passiert, wenn …?", whose answer may state what holds anyway)
    if before and before[-1].text == "?" and any(t.lower in {"wenn", "falls"} for t in opening):
        return True
    if not continues:
        return False
    opener = tokens[0].lower if tokens else ""
    case = opener in {"in", "im"} and any(t.lower == "fall" for t in tokens[1:3])
    return (opener == "dann" or case) and any(t.lower in _CONDITIONS and t.pos == "KOUS" for t in before)  # ("wenn",
    # "falls": a subordinator; not "sonst")


_RETOLD_PLOT = "retells the plot of a story, a novel or a film"
_EXPOUNDED_FINDING = "spells out a pattern someone found, in their terms and with no frame: not the author's fact"


def _without_from(made: list[tuple[dict, Draft]], dropped: list[tuple[Draft, str]], start: int, why: str,
                  attributed: bool = False) -> list[tuple[dict, Draft]]:
    """`made` without the claims from token `start` on, which go to `dropped` for `why`: a retold plot, true in
    the story, not in the world a verification dataset is about; an exposition of someone's finding, true in
    their theory (where a claim names whose it is, `attributed` keeps it)."""
    retold = [(record, draft) for record, draft in made if min(draft.indices(), default=0) >= start
              and not (attributed and draft.speaker)]
    dropped.extend((draft, why) for _, draft in retold)
    return [pair for pair in made if pair not in retold]


def _opens_subordinate(tokens: Sequence[Token], used: Sequence[int], verb: int) -> bool:
    """Whether the stretch of `used` from the comma before `verb` opens with a subordinator ("wenn", "die")."""
    start = next((j for j in reversed(used) if j < verb and tokens[j].text == ","), None)
    stretch = [j for j in used if start is None or j > start]
    if len(stretch) > 1 and tokens[stretch[0]].lower in {"aber", "doch", "und", "denn"}:
        stretch = stretch[1:]  # "Aber als sich X ankündigte, …": the conjunction before the subordinator
    first = stretch[0] if stretch else verb
    return tokens[first].pos in {"KOUS", "PRELS", "PRELAT", "PWAV", "PWS"} or (
        first != verb and tokens[first].lower in {"als", "wenn", "nachdem", "weil", "bevor", "obwohl"})
    # (the tagger may read an opening "als" as a preposition)


def _quoted_predicate(tokens: Sequence[Token], depth: Sequence[int]) -> bool:
    """Whether the sentence's every finite verb stands inside quotation marks (`depth`, from `quote_depth`):
    the author's words before it lead into someone's ("Auch Y „könnten nötig werden“"), whose verb says what
    the sentence claims."""
    finite = [bool(d) for t, d in zip(tokens, depth) if t.finite]
    return bool(finite) and all(finite)


def _quoted_complement(tokens: Sequence[Token], depth: Sequence[int]) -> bool:
    """Whether the clause ends in a few quoted words of lower case after its finite verb ("Alle waren
    «begeistert»", "lief alles «ohne Störung»"): someone's judgement, which is what the sentence claims (not a
    quoted title or name, "sahen «Tatort»", nor a term the author sets off inside a phrase, "von einem «…»")."""
    words = [i for i, t in enumerate(tokens) if t.text[:1].isalnum()]
    tail = list(takewhile(lambda i: depth[i], reversed(words)))
    if not 1 <= len(tail) <= 4 or len(tail) == len(words) or any(tokens[i].finite for i in tail):
        return False
    first = min(tail)
    verb = next((t for t in reversed(tokens[:first]) if t.finite), None)  # (the quoted words' own clause's)
    return tokens[first].text[:1].islower() and verb is not None and verb.lemma.lower() in _STATE_VERBS \
        and tokens[first - 1].pos not in {"ART", "APPR", "APPRART", "ADJ"} \
        and all(not depth[i] for i in words if i < first)


def _quoted_clause(tokens: Sequence[Token], depth: Sequence[int]) -> bool:
    """Whether the clause ends in a quoted subordinate clause or conjunct after a comma ("…, «wenn alle mitmachen»",
    "…, «und nicht vom Tisch gewischt werden»"): someone's words, of which the unquoted main clause before it gives the
    rest."""
    comma = next((i for i in range(len(tokens) - 3, 0, -1) if tokens[i].text == "," and not depth[i]
                  and tokens[i + 1].tag == "$(" and depth[i + 2]), None)
    if comma is None or not all(depth[i] for i in range(comma + 1, len(tokens)) if tokens[i].text[:1].isalnum()):
        return False
    opener = next((t for t in tokens[comma + 1:] if t.text[:1].isalnum()), None)
    return opener is not None and opener.text[:1].islower() and opener.tag in {"KOUS", "PRELS", "PWAV", "PWS", "KON"} \
        and any(t.tag.startswith("V") for t in tokens[comma + 1:]) and any(t.finite and not depth[i] for i, t in
                                                              enumerate(tokens[:comma]))


# verbs that say how something is or went, whose quoted complement is an evaluation ("war «begeistert»",
# "lief «ohne Störung»"); another verb's subject may be the one whose words are quoted ("hält X für «…»")
_STATE_VERBS = frozenset("sein werden bleiben wirken scheinen laufen verlaufen klappen funktionieren".split())


def _unknown_voice(draft: Draft, tokens: Sequence[Token], depth: Sequence[int], nesting: Sequence[int]
                   ) -> str | None:
    """Why a claim without a speaker cannot stand (None: it can). In the first person ("Ich habe eine
    Tochter in Nairobi") nobody could check it; in the informal second person the author addresses the
    reader ("Wir zeigen dir …"); nor can a quotation whose frame was not found (someone's words,
    but whose?), when the quotation is most of the claim: a quoted title inside the author's sentence ("Das
    Motto «Wir schaffen das» prägte …") is the author's, and a frame in the claim's text says whose it is
    ("«Wir …», sagt sie.", "«…», urteilte X.")."""
    used = [i for i in draft.indices() if tokens[i].text[:1].isalnum()]
    framed = "speech_unresolved" in draft.rules or any(tokens[i].finite and not depth[i] for i in used)
    quotation = (2 * sum(bool(depth[i]) for i in used) > len(used) or any(tokens[i].finite for i in used)) \
        and not framed  # (mostly quoted words, or a predicate in quotation marks: "Y „könnten nötig werden“")
    if any(is_first_person(tokens[i]) and not depth[i] and not own_source(tokens, i) and not shared_world(tokens, i)
           for i in used):
        return _FIRST_PERSON_VOICE
    outside = [i for i in used if not nesting[i]] or used  # (an aside in brackets, "(du weisst wovon)", is no
    # claim's core, unless it is the whole claim: `nesting` counts brackets as well as quotation marks)
    if any(tokens[i].lower in SECOND_PERSON for i in outside):
        return "addresses the reader"
    tail = list(takewhile(lambda i: depth[i], reversed(used)))  # the quoted words the claim ends with
    voiced = any(tokens[i].finite for i in tail) and any(is_first_person(tokens[i]) for i in tail) \
        and "speech_unresolved" not in draft.rules and all(
            _opens_subordinate(tokens, used, i) for i in used if tokens[i].finite and not depth[i])
    # ("Wenn A, dann «werden wir B»": the main clause the claim ends with is someone's words, in their first
    # person, and nothing names who says them; not a slogan inside the author's clause, "wirbt mit «Wir …»")
    finite = [i for i in used if tokens[i].finite]
    projected = len(finite) == 1 and not depth[finite[0]] and (
        konjunktiv_i(tokens[finite[0]]) or tokens[finite[0]].lower in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II) \
        and bool(tail) and tokens[tail[0]].tag in {"VV(INF)", "VA(INF)", "VV(PP)", "VA(PP)"} \
        and "speech_unresolved" not in draft.rules
    # ("Im schlimmsten Fall könnten «jeden Tag 1000 Menschen sterben»": a clause in the Konjunktiv whose verb
    # ends the quoted words it closes with projects someone's words, not the author's own)
    return "a quotation without a speaker" if quotation or voiced or projected else None


Attribution = tuple[Draft, tuple[tuple[int, int], ...], "tuple[int, int] | None"]


def _states(tokens: Sequence[Token], lo: int, report: Report) -> bool:
    """Whether a report's content holds a main clause: a finite verb outside relative and subordinate
    clauses, or words in quotation marks."""
    depth = quote_depth(tokens)
    return any(depth[j] or (tokens[j].finite and not in_subordinate(tokens, depth, a + lo, j))
               for a, b in report.content for j in range(a + lo, b + lo))


_UNKNOWN_SPEAKER = frozenset({"speech_unattributed", "speech_unresolved"})
# claims kept whole, with their frame
_AS_WRITTEN = frozenset({"speech_unresolved", *(f"speech_{why}" for why in KEPT_FRAMES)})


def _says(tokens: Sequence[Token]) -> bool:
    """Whether a clause has a finite verb of saying of its own: a frame, not words going on from before."""
    return any(t.finite and t.lemma.lower() in SPEECH_VERBS for t in tokens)


def _after_citation(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """Where a sentence's own words begin after a citation in brackets that opens it: "(Wolfgang Sofsky) Die
    Reiter sind unterwegs" names the author of the passage before it, which the segmenter ended at its full
    stop; the name is no part of this sentence, let alone its speaker. So is an author's signature with its
    date, "(Anna Muster, 9.3.2016) Das Spiel ist erschienen", which closed the review before it."""
    close = next((j for j in range(lo + 2, min(hi, lo + 10)) if tokens[j].text == ")"), None)
    if not (lo < hi and tokens[lo].text == "(" and close is not None and close + 2 < hi):
        return lo
    comma = next((j for j in range(lo + 1, close) if tokens[j].text == ","), close)
    dated = comma < close and all(t.text.rstrip(".").isdigit() for t in tokens[comma + 1:close])
    if (comma == close or dated) and lo + 1 < comma \
            and all(t.text[:1].isupper() and t.pos in {"NE", "NN"} for t in tokens[lo + 1:comma]) \
            and any(t.pos == "NE" for t in tokens[lo + 1:comma]):
        return close + 1
    return lo


# how many sentences before its citation a cited passage may reach back to the citation before it
_CITED_REACH = 6


def _cited_passages(sentences: Sequence[Sequence[Token]], paragraphs: Sequence[int]) -> set[int]:
    """Sentences of passages that an essay quotes without quotation marks and cites after them ("… die
    Grundlage ihrer Existenz. (Wolfgang Sofsky) Die Reiter …"): the sentence right before the citation, and
    back to the citation before it when that one is near and in the same paragraph, or over the sentences before
    that hold the marks of words left out ("(...)"). Where such a passage begins no mark shows, so what it says
    is not known to be the author's, nor the cited person's."""
    # (a signature with its date, "(Anna Muster, 9.3.2016)", closes the author's own text)
    cites = [k for k, tokens in enumerate(sentences) if k and (start := _after_citation(tokens, 0, len(tokens))) > 0
             and not any(t.text == "," for t in tokens[:start])]
    passages: set[int] = set()
    for n, k in enumerate(cites):
        before = cites[n - 1] if n else None
        start = before if before is not None and k - before <= _CITED_REACH \
            and paragraphs[before] == paragraphs[k] else k - 1
        while start > 0 and k - start < _CITED_REACH and paragraphs[start - 1] == paragraphs[k] \
                and _omission(sentences[start - 1]):
            start -= 1  # "A. (...) B. (...) C. (Name)": the marks of words left out show the passage goes on
        passages.update(j for j in range(start, k) if paragraphs[j] == paragraphs[k])
    return passages


def _omission(tokens: Sequence[Token]) -> bool:
    """Whether a sentence holds the mark of words left out of a quoted text ("(...)", "[…]")."""
    return any(omission_at(tokens, i) for i in range(len(tokens)))


def _in_subjunctive(tokens: Sequence[Token], first_only: bool = False) -> bool:
    """Whether a main clause's finite verb is in the Konjunktiv, I or II, a modal's too ("müssten"): after a
    report in the same sentence, still the speaker's words. (A relative clause's verb is no main clause's:
    "Zivilisationen, die sich dann bilden, würden …") `first_only`: the first main clause's verb alone ("X ist
    für Y ein Z gewesen, das … habe" is the author's sentence about Y)."""
    depth = quote_depth(tokens)
    verbs = [t for i, t in enumerate(tokens) if t.finite and not in_subordinate(tokens, depth, 0, i)]
    own = any(verb.lower in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II or konjunktiv_i(verb)
              for verb in verbs[:1 if first_only else len(verbs)])  # ("X, sagt Y, müssten …": past the frame's)
    return own if first_only else subjunctive(tokens) or own


def _stranger_label(tokens: Sequence[Token], report: Report, discourse: Discourse) -> bool:
    """Whether a report's speaker is a label before a colon in running text ("Rovinj: Ich …") that names nobody
    the article introduced: no person named before, no first name ("Anna Muster:"), no acronym ("WHO:"), no
    role or common noun ("Präsident X:"), and no quotation marks around the words after it ("X: «…»")."""
    if report.quote != "direct" or report.speaker is None or report.speaker[0] != 0 \
            or report.speaker[1] + 1 >= len(tokens) or tokens[report.speaker[1]].text != ":" \
            or tokens[report.speaker[1] + 1].text in _QUOTE_MARKS:
        return False
    label = tokens[:report.speaker[1]]
    words = [t.text for t in label]
    return not (discourse.known_person(" ".join(words)) or discourse.known_person(words[-1])
                or any(w.isupper() or name_gender(w) for w in words) or any(t.pos == "NN" for t in label))


def _relayed(tokens: Sequence[Token], speaker: tuple[int, int]) -> bool:
    """Whether a frame's speaker in someone's answer is the one answering ("ich", "wir"), evidence they cite
    ("die Daten", "die Zahlen") or people they do not name ("Einige sagen uns: …"), not another person named:
    the answer, frame and all, is theirs."""
    words = tokens[speaker[0]:speaker[1]]
    return bool(words) and (words[-1].lower in FIRST_PERSON or words[-1].lower in SOURCE_NOUNS
                            or _unnamed(tokens, speaker))


def _unnamed(tokens: Sequence[Token], speaker: tuple[int, int]) -> bool:
    """Whether a frame's speaker is people nobody names ("Einige sagen uns", "Viele meinen")."""
    return all(t.pos == "PIS" for t in tokens[speaker[0]:speaker[1]])


def _from_run(tokens: Sequence[Token], lo: int, hi: int, source: Sentence, report: Report | None,
              discourse: Discourse) -> Attribution | None:
    """The attribution of a clause inside a quotation whose frame stands in another sentence (`source`), or
    None where that frame names nobody this analysis can tell."""
    framing = find_report(source.tokens)
    speaker = _speaker_text(source.tokens, framing, discourse) if framing else None
    if framing and framing.document and not speaker:  # «A. B», heisst es in der NYT.
        speaker = _document_text(source.tokens, framing.document, discourse)
    if framing and framing.inherit and not speaker:
        speaker = discourse.current_speaker()
    content = report.content if report else ((lo, hi),)
    if speaker and framing:  # without a framing report there is no speaker here
        back = not framing.content or cue_only(source.tokens)  # "A. So erklärt es X.", "A. Laut X.": X's words,
        # not marked as a quotation
        ahead = not back and framing.quote == "indirect" and _in_subjunctive(tokens[lo:hi])  # "A könnte B.
        # C sei D, sagt X."
        rule = "back_frame" if back else "frame_ahead" if ahead else "quotation_run"
        if ((back or ahead) and _about_the_speaker(tokens[lo:hi], speaker, discourse)) \
                or _speaker_before_colon(tokens, lo, hi, speaker, discourse):
            return Draft(()), ((lo, hi),), None  # the author's comment on the speaker's words, or the author's
            # account of what the speaker did before the colon that opens the words
        return Draft((), speaker=speaker, cue=framing.cue, quote="indirect" if back or ahead else "direct",
                     rules=(rule,)), content, None
    if framing and framing.speaker:  # a frame whose speaker is not clear: said by someone, but by whom?
        return Draft((), quote="direct", rules=("speech_unattributed",)), content, None
    if framing is None and not report:
        # a quotation over sentences with no frame of its own: the words of whoever addressed others in the
        # sentence right before it ("Auch Y mahnte zur Ruhe. «A. B.»"), else of the one who spoke just before
        # ('…", sagte X. "A. B."'), else of someone unknown
        opens = bool(tokens) and tokens[lo].text in "«„\"‚‹"  # (the quotation begins here, not its frame)
        speaker = (discourse.announced() if opens else None) or discourse.current_speaker(window=2)
        rule = "quotation_run" if speaker else "speech_unattributed"
        return Draft((), speaker=speaker, quote="direct", rules=(rule,)), content, None
    if framing and framing.inherit and not framing.document:  # "X sei Y: «A. B.»": a quotation opened after
        # someone's Konjunktiv, whose speaker nobody took up: someone's words, but whose?
        return Draft((), quote="direct", rules=("speech_unattributed",)), content, None
    return None



# what a plan or a draft of rules allows or rules out besides what it says is to be done ("sollen"): its main
# clause's modal of permission ("Fahrschulen dürfen öffnen") or a predicate of a rule with "sein" ("Zugelassen ist
# höchstens eine Kundin pro Regal")
_PERMISSION_MODALS = frozenset({"darf", "dürfen"})
_RULE_PREDICATES = frozenset({"erlaubt", "verboten", "untersagt", "zulässig", "zugelassen", "vorgesehen",
                              "vorgeschrieben"})
# adverbs of the state at the time of writing, and of how long it has lasted: "Bisher dürfen nur Apotheken öffnen"
# says how things are, not what a plan proposes
_STATE_NOW = _PRESENT_STATE | {"bisher", "bislang", "heute", "weiterhin"}


# adverbs and nouns of a past time, by which a past tense narrates ("damals", "am Montag", "im Mai")
_PAST_TIMES = frozenset("""damals gestern vorgestern früher zuvor vorher einst anschliessend anschließend danach
seinerzeit jahrelang lange""".split())


def _plural_past_as_subjunctive(verb: Token) -> bool:
    """Whether a plural past is also the verb's Konjunktiv II: a weak verb's ("kämpften", "arbeiteten"), a
    modal's without umlaut ("wollten", "sollten"; not "konnten", whose Konjunktiv II is "könnten") and a strong
    verb's whose past has an "i" or "ie", which takes no umlaut ("blieben", "gingen", "hielten"; not "kamen",
    whose Konjunktiv II is "kämen")."""
    if verb.pos not in {"VV", "VM"} or not verb.lower.endswith("en") \
            or not preterite(verb.text, verb.tag, verb.lemma):
        return False
    lemma = verb.lemma.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma.removesuffix("n")  # ("sehnen" → "sehn", "sammeln" →
    # "sammel")
    if verb.lower in {stem + "ten", stem + "eten"}:
        return True
    shared = len(os.path.commonprefix([lemma, verb.lower]))  # ("bleiben" and "blieben": the past's vowel
    # after "bl"; a prefix or particle the two share comes before it: "verblieben", "unterschrieben")
    vowel = re.match(r"[^aeiouäöü]*([aeiouäöü]+)", verb.lower[shared:] if shared < len(stem) else "")
    return vowel is not None and vowel.group(1) in {"i", "ie"}


def _embedded_konjunktiv(tokens: Sequence[Token]) -> bool:
    """Whether a subordinate clause of the sentence has its verb in the Konjunktiv I while the main clause's
    verb, in the indicative, frames no words or thoughts ("wollten sicherstellen, dass alles in Ordnung sei",
    "wollten schneller sein, als es anderen gelinge"): the author would write "ist", "gelingt"; the Konjunktiv is
    someone's reported speech going on. Not with a first person beside it, nor a name in the main clause."""
    depth = quote_depth(tokens)
    main = next((t for i, t in enumerate(tokens) if t.finite and not depth[i]
                 and not in_subordinate(tokens, depth, 0, i)), None)
    opened = next((k for k, t in enumerate(tokens) if t.lower in REPORTING_SUBORDINATORS and not depth[k]),
                  len(tokens))
    if main is None or konjunktiv_i(main) or main.lemma.lower() in SPEECH_VERBS | COGNITION_VERBS \
            or any(t.lower in {"ich", "wir"} for t in tokens) or any(t.pos == "NE" for t in tokens[:opened]):
        return False  # (a main clause that names someone gives their position: "X verwies darauf, dass A sei")
    return konjunktiv_in_clause(tokens)


def _past_as_reported(tokens: Sequence[Token]) -> bool:
    """Whether the main clause's finite verb is a plural past that a Konjunktiv II of reported speech shares
    (`_plural_past_as_subjunctive`), with no time of the past, no date, no name and no first person beside
    it (a habit's adverb of the day, "nachts", "morgens", is no time of the past; a share, "41 Prozent litten …",
    counts the report's group, no date)."""
    main = _main_after_condition(tokens)
    depth = quote_depth(main)
    verb = next((t for i, t in enumerate(main) if t.finite and not depth[i]
                 and not in_subordinate(main, depth, 0, i)), None)
    return verb is not None and _plural_past_as_subjunctive(verb) and not any(
        (t.lower in _PAST_TIMES and not _correlate(tokens, i)) or t.lower in {"wir", "ich", "daraufhin"}
        or (is_time_noun(t) and t.pos != "ADV" and not _event_noun(tokens, i)) or t.lower in MONTHS
        or t.pos == "NE" or (t.pos == "CARD" and not _share(tokens, i))
        or (t.text[:1].isupper() and t.text.endswith("s") and 0 < i < len(tokens) - 1 and tokens[i + 1].pos == "NN"
            and tokens[i - 1].tag not in {"ART", "PDAT", "PPOSAT", "ADJ(A)"})
        for i, t in enumerate(tokens))  # (a name, a genitive one too, makes it the author's narration of what
    # someone did: "Politiker empörten sich über Xs Äusserung")


def _share(tokens: Sequence[Token], i: int) -> bool:
    """Whether the number at i gives a share ("41 Prozent", "35 %", "drei Viertel"), not a date or a count of its
    own."""
    return i + 1 < len(tokens) and tokens[i + 1].lower in {"prozent", "%", "prozentpunkte", "drittel", "viertel",
                                                           "fünftel", "zehntel"}


def _event_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether a noun that can name a time ("Ende Mai", "Anfang 2020") names an event here, after an article
    ("ein Ende der Koalition", "den Beginn der Arbeiten")."""
    return tokens[i].lower in {"ende", "anfang", "beginn"} and i > 0 and tokens[i - 1].tag == "ART"


def _correlate(tokens: Sequence[Token], i: int) -> bool:
    """Whether the adverb at i ("danach") points ahead to the clause after the comma that follows it ("sehnten
    sich danach, eine Pause einzulegen"), not to a time."""
    return i + 2 < len(tokens) and tokens[i + 1].text == "," and (
        tokens[i + 2].lower in {"dass", "daß", "ob"} or has_zu_infinitive(tokens[i + 2:]))


def _aside_of_author(draft: Draft, tokens: Sequence[Token], cue: tuple[int, int] | None) -> Draft:
    """A clause the cue "laut X" stands outside of: a bracketed one ("So hatten laut X drei Viertel nur A (die
    Datenlage gilt aber als lückenhaft)"), the author's aside on X's figures, or a clause before the comma that
    opens the cue's own clause ("Er sitzt in Haft, hat laut X aber nichts gesagt"), which the cue does not reach
    back to: no part of X's report."""
    used = draft.indices()
    if cue is None or draft.speaker is None or not used or min(used) <= cue[0] <= max(used):
        return draft
    earlier = max(used) < cue[0] and bool({"comma_clauses", "verb_coordination"} & set(draft.rules)) \
        and any(tokens[j].text == "," for j in range(max(used) + 1, cue[0]))
    bracketed = "bracket_clause" in draft.rules and _in_brackets(tokens, min(used))  # (not the clause the
    # bracket was cut from: "Laut X ist A (B)" → A stays X's)
    if not bracketed and not earlier:
        return draft
    return replace(draft, speaker=None, cue=None, quote=None)


def _in_brackets(tokens: Sequence[Token], i: int) -> bool:
    """Whether position i lies inside a pair of round brackets."""
    opening = max((j for j in range(i) if tokens[j].text == "("), default=None)
    return opening is not None and not any(t.text == ")" for t in tokens[opening:i])


def _role_before_other(draft: Draft, tokens: Sequence[Token], discourse: Discourse) -> bool:
    """Whether a draft opens with a role noun and a name that stood in the middle field of their clause ("…,
    weil der Stadtrat Muster keinen Platz machen wollte"): there they may be two phrases, the subject and a
    dative, which fronted in a main clause read as one person ("Der Stadtrat Muster wollte …"). Where the
    article knows the name as of the other gender than the role's article, they are two."""
    used = sorted(draft.indices())
    if len(used) < 4 or used[1] != used[0] + 1 or used[2] != used[1] + 1:
        return False
    article, role, name = (tokens[i] for i in used[:3])
    if article.lower not in {"der", "die"} or role.pos != "NN" or name.pos != "NE" \
            or (used[2] + 1 < len(tokens) and tokens[used[2] + 1].finite):
        return False  # (before the finite verb in the sentence itself, the prefield is one phrase)
    gender = "m" if article.lower == "der" else "f" if role.lower.endswith("in") else None
    pronouns = discourse.speaker_pronouns(name.text) if discourse.known_person(name.text) else frozenset()
    return (gender == "m" and pronouns == {"sie"}) or (gender == "f" and pronouns == {"er"})


# adverbs with which the author turns from reported words to what they know ("A sei B; tatsächlich ist C")
_AUTHOR_TURNS = frozenset({"tatsächlich", "allerdings", "jedoch", "doch", "aber", "dennoch", "indes", "freilich"})


def _editors_insertion(tokens: Sequence[Token]) -> bool:
    """Whether the sentence holds an editor's insertion in brackets ("sie (die Frauen, Anm. d. Red.)"): the
    editor explains a word of someone's quoted words, whose quotation marks the archive may have lost; the
    sentence is those words, not the author's."""
    return any(t.text == "(" for t in tokens) and any(
        tokens[k].lower in {"anm", "anm.", "anmerkung"} and tokens[k + 1].lower in {".", "d.", "der"}
        for k in range(len(tokens) - 1))


def _deed_of_others(draft: Draft, tokens: Sequence[Token], base: Draft, lo: int, hi: int) -> Draft:
    """A report of what its subject did ("Die Polizei meldete 12 Unfälle, die Feuerwehr 5 Brände") whose draft
    leaves that subject out (the gapped clause "Die Feuerwehr meldete 5 Brände") or keeps gapped clauses of
    others ("Kuwait meldete 43 Fälle, Bahrain 33"): who reported each figure is the subject in the claim's
    own text, not the first reporter; nor is a group named without an article ("Versicherer meldeten die
    meisten Angriffe": a survey's respondents, anyone of that kind) a source, though unnamed circles
    ("Regierungskreise bestätigten") are. The claim keeps its verb of reporting and needs no speaker."""
    if "verb_report" not in base.rules or draft.speaker is None:
        return draft
    report = find_report(tokens[lo:hi])
    used = set(draft.indices())
    if report is None or report.speaker is None:
        return draft
    a, b = report.speaker[0] + lo, report.speaker[1] + lo
    a += a + 1 < b and tokens[a].lower == "auch"  # ("Auch der Verband meldete …": the particle may be left out)
    bare = b - a == 1 and tokens[a].pos == "NN" and (a == 0 or tokens[a - 1].tag not in {"ART", "PPOSAT", "PDAT"}) \
        and not tokens[a].lower.endswith(("kreise", "kreisen", "quellen"))
    if a in used and not _gapped(tokens, used) and not bare:
        return draft
    return replace(draft, speaker=None, cue=None, quote=None)


def _gapped(tokens: Sequence[Token], used: set[int]) -> bool:
    """Whether the draft's tokens hold a clause after a comma with a subject and a figure but no verb of its
    own ("…, Bahrain 33, Katar 13 und Oman 4"): the verb before it is left out, gapped."""
    order = sorted(used)
    commas = [k for k, i in enumerate(order) if tokens[i].text == ","]
    for k in commas:
        part = [tokens[i] for i in order[k + 1:]]
        stop = next((m for m, t in enumerate(part) if t.text == "," or t.lower == "und"), len(part))
        part = part[:stop]
        if 1 < len(part) <= 4 and part[0].pos in {"NE", "ART", "NN"} and part[-1].pos == "CARD" \
                and not any(t.finite for t in part):
            return True
    return False


def _announcing_head(draft: Draft, tokens: Sequence[Token], base: Draft) -> Draft:
    """The clause before a colon that tells of someone's act of speaking or judging ("Die Grünen üben Kritik an
    der Prüfung: A, so X.", "Die Partei warnte: A, sagte X."), split from the words after the colon that the frame
    at the end attributes: the author's account of the act, not the speaker's words."""
    if draft.speaker is None or "split_headline" not in draft.rules or base.cue is None:
        return draft
    colon = next((j for j, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or max(draft.indices(), default=len(tokens)) > colon \
            or not any(t.text == base.cue for t in tokens[colon:]):
        return draft
    head = tokens[:colon]
    finite = [t for t in head if t.finite]
    if len(finite) != 1 or any(is_first_person(t) for t in head) or main_konjunktiv(head):
        return draft
    lemma = finite[0].lemma.lower()
    acting = lemma in SPEECH_VERBS | JUDGING_VERBS | DIRECTIVE_VERBS or (
        lemma == "üben" and any(t.lower in REACTION_NOUNS for t in head))
    return replace(draft, speaker=None, cue=None, quote=None) if acting else draft


def _described_reporter(draft: Draft, tokens: Sequence[Token], base: Draft) -> Draft:
    """A relative clause cut from a sentence that reports what someone did or told of ("Dennoch berichtete X,
    die in der Buchhandlung ihres Vaters mitarbeitet, von …"), or one that closes it after the source ("Das
    berichtet X, das seit Monaten dazu recherchiert"): the author's description of X, not X's words."""
    if "verb_report" not in base.rules or draft.speaker is None \
            or any(tokens[i].text == base.cue for i in draft.indices()):
        return draft
    lead = next((k for k, p in enumerate(draft.pieces) if isinstance(p, tuple)), len(draft.pieces))
    antecedent = "".join(p if isinstance(p, str) else "".join(t.text for t in tokens[p[0]:p[1]])
                         for p in draft.pieces[:lead + 1])  # (a relative pronoun's article comes as a word; the
    # tokens of a name may have stood without space between them: "TheVerge")
    describes = "medial_relative" in draft.rules or (
        "final_relative" in draft.rules and antecedent.lower() == draft.speaker.replace(" ", "").lower())
    return replace(draft, speaker=None, cue=None, quote=None) if describes else draft


def _indicative_relative(draft: Draft, tokens: Sequence[Token], base: Draft) -> Draft:
    """A relative clause in the indicative cut from reported words in the Konjunktiv ("Die Zelte, die über das
    Gelände verstreut waren, würden verwahrt, betonte X"): the report would put it in the Konjunktiv too; in the
    indicative it is the author's description of the thing, not X's words."""
    if draft.speaker is None or base.quote != "indirect" or "medial_relative" not in draft.rules:
        return draft
    used, depth = set(draft.indices()), quote_depth(tokens)

    def mood(i: int) -> bool:
        return konjunktiv_i(tokens[i]) or subjunctive_ii(tokens[i].text, tokens[i].tag, tokens[i].lemma)

    verbs = [i for i in used if tokens[i].finite]
    if not verbs or any(mood(i) or not in_subordinate(tokens, depth, 0, i) for i in verbs) \
            or not any(t.finite and mood(i) and not in_subordinate(tokens, depth, 0, i)
                       for i, t in enumerate(tokens) if i not in used):
        return draft  # (the relative clause's own verbs, beside a main clause in the Konjunktiv)
    return replace(draft, speaker=None, cue=None, quote=None)


def _main_finites(tokens: Sequence[Token]) -> list[int]:
    """The finite verbs of the sentence's main clauses, outside quotation marks. A finite verb that closes its
    clause right after its infinitive or participle is a subordinate clause's that the tags do not mark
    ("…, welche Kenntnisse sie mitbringen sollen, …"; not "Zugelassen ist aber …")."""
    depth = quote_depth(tokens)
    return [i for i, t in enumerate(tokens) if t.finite and not depth[i] and not in_subordinate(tokens, depth, 0, i)
            and not (0 < i and tokens[i - 1].tag in NON_FINITE | {"VV(IZU)"}
                     and (i + 1 == len(tokens) or not tokens[i + 1].text[:1].isalnum()))]


def _appeals(tokens: Sequence[Token]) -> bool:
    """Whether the sentence's finite verb turns to someone with a request ("X wenden sich an die Ministerin"):
    what is to be done right after it is what X asks for."""
    return any(t.finite and t.lemma.lower() == "wenden" for t in tokens) and any(t.lower == "sich" for t in tokens) \
        and any(t.lower == "an" and t.pos == "APPR" for t in tokens)


def _plan_detail(tokens: Sequence[Token]) -> bool:
    """Whether a main clause spells out a plan: its finite verb is "soll"/"sollen" (or "sollte(n)") outside a
    subordinate clause ("Auch Schulen sollen geschlossen bleiben"), or, unless it speaks of how things are now, a modal
    of permission or a rule's predicate ("Fahrschulen dürfen öffnen", "Zugelassen ist höchstens eine
    Kundin"); or it states a rule's condition ("Steigt die Inzidenz über 100, gelten die alten Regeln")."""
    main = _main_finites(tokens)
    if any(tokens[i].lower in {"soll", "sollen", "sollte", "sollten"} for i in main):
        return True
    if any(t.lower in _STATE_NOW for t in tokens):
        return False
    return any(tokens[i].lower in _PERMISSION_MODALS or (tokens[i].lemma.lower() == "sein" and any(
        t.lower in _RULE_PREDICATES for t in tokens)) for i in main) or _rule_condition(tokens)


def _rule_condition(tokens: Sequence[Token]) -> bool:
    """Whether the sentence opens with a rule's condition in verb-first order ("Steigt die Inzidenz über 100,
    gelten die alten Regeln"): a plan's next step, which goes on with the plan after a paragraph break too."""
    main = _main_finites(tokens)
    return bool(main) and tokens[0].finite and main[0] == 0 and any(t.text == "," for t in tokens)


# the Konjunktiv of "müssen" and "sollen": in reported words, what the speaker says must be done
_NECESSITY_SUBJUNCTIVES = REPORTED_MODALS | {"müsse", "solle"}


def _must_be_done(tokens: Sequence[Token]) -> bool:
    """Whether reported words say what must be done ("Andererseits müsse die Frage geklärt werden"): a demand,
    whose purpose the next sentence may give in "soll" ("So soll sichergestellt werden, …"), in the same voice."""
    if any(t.lower in _CONDITIONS for t in tokens):
        return False  # "Wenn X verteilt würde, müssten die Schüler …": a consequence, no demand
    return any(tokens[i].lower in _NECESSITY_SUBJUNCTIVES for i in _main_finites(tokens))


def _frame(lo: int, hi: int, report: Report) -> list[int]:
    """The tokens of the clause [lo, hi) outside what its report says: the frame."""
    return [j for j in range(lo, hi) if not any(a <= j < b for a, b in report.content)]


def _embedded_frame(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a verb of saying or demanding in a relative or subordinate clause frames the Konjunktiv I after
    its comma ("…, in dem Eltern fordern, die Schule müsse …"): the sentence's own frame, which the reader finds
    in the claim."""
    depth = quote_depth(tokens)
    frames = [j for j in range(lo, hi) if tokens[j].finite and not depth[j] and not konjunktiv_i(tokens[j])
              and tokens[j].lemma.lower() in SPEECH_VERBS | DIRECTIVE_VERBS and in_subordinate(tokens, depth, lo, j)]
    for j in frames:
        comma = next((c for c in range(j + 1, hi - 1) if tokens[c].text == ","), None)
        verb = next((k for k in range(comma + 2, hi) if tokens[k].finite), None) if comma is not None else None
        if verb is not None and konjunktiv_i(tokens[verb]):
            return True  # (a content clause puts a phrase before its verb: "…, liege X im Mittelfeld" right after
            # a relative clause goes on with the main clause)
    return False


def _framed(tokens: Sequence[Token], lo: int, hi: int, report: Report) -> bool:
    """Whether the clause [lo, hi) holds an impersonal frame of its report: a finite verb outside what is said,
    with "es" or "man" ("hiess es noch, …", "sagt man"), not a Konjunktiv that alone marks the words as
    someone's, nor a frame whose speaker a line break cut off ("…, sagte")."""
    outside = _frame(lo, hi, report)
    return any(tokens[j].finite for j in outside) and any(tokens[j].lower in {"es", "man"} for j in outside)


# words that answer an interview's question before the clause that says something ("Ja, wir …", "Richtig, aber …")
_ANSWER_WORDS = frozenset({"ja", "nein", "genau", "klar", "natürlich", "sicher", "richtig", "stimmt", "exakt",
                           "absolut"})


def _reported_colon_voice(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """Whose words a frame in the Konjunktiv I opens after its colon ("…, habe der Pfarrer geantwortet: Das ist
    …"): the sentence reports that report, and the words after the colon, in that person's own first person
    and tense, are theirs."""
    colon = next((j for j in range(lo + 1, hi - 1) if tokens[j].text == ":"), None)
    if colon is None:
        return None
    fin = next((j for j in range(colon - 1, lo - 1, -1) if tokens[j].finite), None)
    if fin is None or not konjunktiv_i(tokens[fin]) or not (
            tokens[fin].lemma.lower() in SPEECH_VERBS
            or (tokens[colon - 1].tag == "VV(PP)" and tokens[colon - 1].lemma.lower() in SPEECH_VERBS)):
        return None
    clause = max((j + 1 for j in range(lo, fin) if tokens[j].text == ","), default=lo)
    return subject_of(tokens, clause, colon)


def _attributed(tokens: Sequence[Token], lo: int, hi: int, discourse: Discourse,
                source: Sentence | None, headline: bool, turn: tuple[str, int] | None = None,
                continues: bool = True, resumed: bool = False) -> Attribution:
    """The attribution of one main clause [lo, hi), the token ranges of what it states, and the frame
    tokens inside them that the claims leave out; `turn` is the interview turn the sentence belongs to,
    `continues` whether the sentence is in the paragraph of the one before, `resumed` whether a report goes on
    in the Konjunktiv right after it."""
    voice = _reported_colon_voice(tokens, lo, hi)
    if voice is not None:
        discourse.note_inner_voice("" if tokens[voice[0]].pos == "PPER" else discourse.phrase(tokens, *voice))
    if turn is not None and turn[1] > lo:
        lo = turn[1]  # "Ederer: ...": the label is no part of what is said
        close = next((j for j in range(lo + 1, min(hi, lo + 5)) if tokens[j].text == ")"), None)
        if lo < hi and tokens[lo].text == "(" and close is not None:
            lo = close + 1  # nor is a stage direction after it ("Ederer: (lacht) ...")
    if turn is not None:
        if lo + 2 < hi and tokens[lo].lower in _ANSWER_WORDS and tokens[lo + 1].text == ",":
            lo += 2  # "Ja, wir wollten …": the answer word answers the question, the clause states
            if lo + 2 < hi and tokens[lo].lower in {"und", "aber", "doch"} and tokens[lo].pos == "KON":
                lo += 1  # "Genau, und das leistet X", "Ja, aber X ist stark": the conjunction joins the answer
                # word, which goes
        opening = next((j for j in range(hi - 1, lo, -1) if tokens[j].text == "("), None)
        if opening is not None and tokens[hi - 1].text == ")" and opening + 1 < hi and tokens[opening + 1].finite:
            hi = opening  # "Wir sind zu nichts nutze (dirigiert still)": the stage direction is the writer's
        if _cited_in_answer(tokens, source):
            return Draft((), quote="direct", rules=("speech_unattributed",)), ((lo, hi),), None
    lo = _after_citation(tokens, lo, hi)
    if turn is None and _restates(tokens, lo, hi, bool(discourse.figures_before())) \
            and discourse.current_speaker(window=1):
        return Draft((), quote="indirect", rules=("speech_unattributed",)), ((lo, hi),), None  # "…, sagte X.
        # Mit anderen Worten: …": the author's paraphrase of X's words, which X did not say so
    if turn is None and _reveals(tokens, lo, hi):  # "X will nichts verraten. Nur so viel: …": what X let out,
        # whoever X is; with no one named right before, someone's words whose speaker is not clear
        revealer = discourse.current_speaker(window=1)
        return Draft((), speaker=revealer, quote="indirect", rules=(
            "speech_continued" if revealer else "speech_unattributed",)), ((lo, hi),), None
    report = find_report(tokens[lo:hi]) or headline_source(tokens[lo:hi], names=headline)
    if turn is not None and discourse.relayed_before() and not report \
            and any(is_first_person(t) for t in tokens[lo:hi]):
        return Draft((), rules=("speech_unresolved",)), ((lo, hi),), None  # "Einige sagen uns: Wir wussten …
        # Wir wissen, dass …": the first person right after others' words in an answer may still be theirs
    if report and turn is not None and report.speaker and _unnamed(tokens[lo:hi], report.speaker):
        discourse.note_relayed()
    if report and turn is not None and (not report.speaker or any(a <= report.speaker[0] + lo < b
                                                                  for a, b in report.content)
                                        or _relayed(tokens[lo:hi], report.speaker)):
        report = None  # "Die Firmen berichten über ..." in an answer: the interviewee relays it; "eine Studie,
        # in der behauptet wurde, X habe …": so does an answer that reports what nobody it names said; "Ich
        # glaube, …", "Die Daten zeigen, …": the interviewee says it
    if report and turn is None and not headline and _stranger_label(tokens[lo:hi], report, discourse):
        report = None  # "Rovinj: Ständig habe ich davon gesprochen, …" in a first-person column: a place the
        # author names, whom the article never introduced as a person, does not speak
    if report and headline and report.inherit and not report.speaker and report.reach == 1 and report.quote == "direct":
        report = None  # a quotation as a subheading announces the section: the last speaker need not be its
    if report and report.inherit and not report.speaker and not report.document and source is not None:
        after = find_report(source.tokens)
        if after is not None and not after.content:
            report = None  # "Er könne sich vorstellen, … . Sagt X.": the frame after it names the speaker
    if report and report.inherit and not report.speaker and not _states(tokens, lo, report):
        return Draft((), rules=("speech_unresolved",)), ((lo, hi),), None  # "X, der …, teilte mit: …": what
        # stands before the frame is its subject, not the last speaker's words
    if report:
        report = report.shifted(lo)
        if any(tokens[j].lower in {"mir", "mich"} and any(tokens[m].finite for m in range(max(lo, j - 3), j))
               for j in _frame(lo, hi, report)):
            discourse.narrator = True  # "Ein Gast erzählte mir, dass …": the first person, addressed by the frame's
            # verb, is the author
        speaker = _speaker_text(tokens, report, discourse)
        document = _document_text(tokens, report.document, discourse) if report.document \
            and tokens[report.document[0]].tag != "PPOSAT" and any(t.pos in NOUNS for t in tokens[slice(
                *report.document)]) and tokens[report.document[1] - 1].lower not in UNNAMED_SOURCES else None
        # ("in ihrem Podcast" names no source without the "ihr" it stands for; nor does an article cut from its
        # noun, "in dem am Donnerstag veröffentlichten Bericht", nor "den Angaben zufolge" alone: whose they are,
        # the sentences before tell)
        unresolved = speaker is None and (report.speaker is not None or not report.inherit) and not (
            report.speaker and document)  # ("wie sie in einer Mitteilung schreibt": the document speaks)
        frame_verb = next((tokens[j] for j in _frame(lo, hi, report) if tokens[j].finite), None) if unresolved \
            else None
        if unresolved and frame_verb is None and report.speaker is None:  # a report that names no frame at all
            frame_verb = next((t for t in tokens[lo:hi] if t.finite), None)  # ("B müsse wissen, was …"): its verb
        if frame_verb is not None and konjunktiv_i(frame_verb) \
                and not any(t.lower in {"ich", "wir"} for t in tokens[lo:hi]):  # "Man habe nur X ergänzt, Y sei
            # zulässig": the frame is itself reported, in the Konjunktiv, by the last speaker, or by someone
            # unknown (not "ich glaube", whose present looks the same)
            speaker = discourse.current_speaker(window=1)
            rule = "speech_continued" if speaker else "speech_unattributed"
            return Draft((), speaker=speaker, quote="indirect", rules=(rule,)), ((lo, hi),), None
        run = _from_run(tokens, lo, hi, source, None, discourse) if unresolved and source else None
        if run is not None and (run[0].speaker or (run[0].quote == "direct" and source is not None
                                                   and source.tokens is not tokens)):
            # "„Mein Sohn schläft kaum. Er sagt, die Ernte sei verloren. …“, sagt sie": a frame inside a quotation
            # over sentences is part of the words its speaker says; when the frame of the quotation, in another
            # sentence, does not tell who that is, the words are still theirs, not the author's
            return run
        if unresolved:  # "…, wonach Angehörige angaben, …", "sagte er" unresolved: the frame stays in the claim,
            # the article's words, not a guess at the speaker
            return Draft((), rules=("speech_unresolved",)), ((lo, hi),), None
        if report.kept == "intended":  # "A werde B, so das Kalkül": the claim is the sentence as written, whose
            # frame tells that it is a plan or a hope; the plan names no speaker
            return Draft((), rules=("speech_intended",)), ((lo, hi),), None
        if report.kept and speaker:  # the condition the frame adds stays with the words, and so does a denial
            # ("X bestreitet, dass …"): the claim is the sentence as written, frame and all
            return Draft((), speaker=speaker, cue=report.cue, quote=report.quote, rules=(f"speech_{report.kept}",)), \
                ((lo, hi),), None
        if speaker is None and report.speaker:
            speaker = document
        if speaker is None and report.inherit and not report.cue and source is not None:
            run = _from_run(tokens, lo, hi, source, None, discourse)
            if run is not None and run[0].speaker:
                return run  # words in the Konjunktiv I that the next sentence's frame closes (`frames_ahead`)
        if speaker is None and report.inherit and not report.cue and _embedded_frame(tokens, lo, hi):
            return Draft((), rules=("speech_unresolved",)), ((lo, hi),), None  # "Bekannt ist der Aufruf, in dem
            # Eltern fordern, X müsse …": the Konjunktiv reports what the relative clause's verb frames, inside
            # the author's sentence; no earlier speaker goes on
        holder = _view_holder(tokens, lo, hi) if speaker is None and report.inherit and not report.cue else None
        if holder is not None:
            speaker = discourse.phrase(tokens, *holder)  # "ist auch für Anna Muster ein Experiment gewesen, das …
            # habe": the person named as holding the view says what the Konjunktiv reports, not the last speaker
        if speaker is None and report.inherit and not report.cue:
            speaker = _subject_goes_on(tokens, lo, hi, discourse)
        if speaker is None and report.inherit:
            # an indefinite frame ("hiess es in einer Mitteilung") names its own source; only one that chains itself
            # to the report before ("heisst es weiter") or the subjunctive goes on with the last speaker
            speaker = document if report.reach == 1 and document else \
                discourse.current_speaker(window=report.reach, chained=report.reach > 2 and _says(tokens)) or document
            # (a frame that says the words go on, "hiess es weiter", reaches past an author's sentence about
            # someone else; the mood alone does not)
            pointing = not report.cue and tokens[lo].lower in RESUMING_DEMONSTRATIVES  # "Dies solle …" after the source
            if (pointing or (report.cue and report.cue.lower() in CONTINUATION_ADVERBS)) \
                    and discourse.source_since_speaker():
                speaker = document or (discourse.cited_source() if (report.cue or "").lower() == "demnach"
                                       else None)  # "…, sagte X. Das
                # Amt legte einen Bericht vor. Demnach …": the report's (and "Dies solle …" takes up what the
                # report says, which need not be X's); "demnach" after a survey or study named right before cites
                # it
            if (pointing or (report.cue and report.cue.lower() in CONTINUATION_ADVERBS)) and speaker \
                    and speaker[:1].isdigit() and not document:
                return Draft((), rules=("speech_unresolved",)), ((lo, hi),), None  # "Bei einer Befragung gaben 64
                # Prozent an, … . X ist demnach …": a share of the respondents answered; what follows from it is the
                # survey's, or the author's reading of it: the claim keeps its "demnach", with no speaker
            # "X sprach der Familie sein Beileid aus. «Die Stadt trauert.»", "X kritisierte den Entscheid.
            # Demnach sei er ein Fehler": who addressed others right before says it (a main clause in
            # Konjunktiv I, not a relative clause's "wolle"); after "Y ging X scharf an", X or Y may go on,
            # and nobody is named
            announcer = discourse.announced() if report.reach == 1 or (
                report.reach and main_konjunktiv(tokens[lo:hi])) else None  # (not at an earlier occasion)
            if announcer and speaker and announcer != speaker and speaker != document:
                speaker = None
            elif not speaker:
                speaker = announcer
        unnamed = report.document is not None and tokens[report.document[1] - 1].lower in UNNAMED_SOURCES
        if not (speaker or report.speaker or source) and (_framed(tokens, lo, hi, report) or unnamed):
            return Draft((), rules=("speech_unresolved",)), ((lo, hi),), None  # "…, hiess es, X sei …" with
            # nobody to take it up: the frame stays in the claim, which says what was said, not that it is so
        if speaker or report.speaker or not source:
            quote = "direct" if source else report.quote  # part of a quotation over several sentences
            rule = "speech" if report.speaker else "speech_continued" if speaker else "speech_unattributed"
            rules = (rule, "verb_report") if report.deed else (rule,)
            return Draft((), speaker=speaker, cue=report.cue, quote=quote, rules=rules), report.content, report.omit
    if source:  # inside a quotation whose frame stands in another sentence
        run = _from_run(tokens, lo, hi, source, report, discourse)
        if run is not None:
            return run
    # "…, sagte X. Die USA hätten nichts erreicht."
    # ("müssten" after a paragraph break too when quotation marks in it show someone's words)
    depth = quote_depth(tokens[lo:hi])
    quoting = any(depth)
    speaker = discourse.current_speaker(window=1) if continues and turn is None else None
    if speaker and _quoted_predicate(tokens[lo:hi], depth):  # "…, sagte X. Auch Y „könnten nötig werden“.": the
        # author quotes the verb of X's words going on, and the claim says them in X's name
        return Draft((), speaker=speaker, quote="direct", rules=("speech_continued",)), ((lo, hi),), None
    evaluator = discourse.current_speaker() if continues and turn is None else None
    if evaluator and (_quoted_complement(tokens[lo:hi], depth) or _quoted_clause(tokens[lo:hi], depth)):
        # "…, sagt X. Das war's. Alle waren «begeistert».": the author sums up in X's word, which says what the
        # sentence claims; "…, sagt X. Tests helfen nur, «wenn alle mitmachen».": X's condition, in X's words
        return Draft((), speaker=evaluator, quote="direct", rules=("speech_continued",)), ((lo, hi),), None
    modals = REPORTED_MODALS if continues or quoting or discourse.current_speaker(window=1) else frozenset()
    if modals and any(t.lower in _ADVISING for t in tokens[lo:hi]):
        modals |= ADVISING_MODALS  # "…, sagte er. Lieber sollten sich die Ausflügler …": advice, in his words
    # (after a paragraph break, "müssten" right after someone's words is theirs or the author's: not stated)
    if continues and discourse.subjunctive_before() and not any(t.lower in _INFERENTIAL for t in tokens[lo:hi]):
        modals |= HEDGING_MODALS  # "Davon seien 200 im Bau. Projekte könnten nun …": the hedge goes on with them
        # (not the author's conclusion from them: "Die Münchner könnten sich also …")
    hypothesis = (reported_subjunctive_ii(tokens[lo:hi], modals)
                  or reported_subjunctive_ii(_after_fronted_fact(tokens[lo:hi]), modals)) \
        and not _outlet_information(tokens[lo:hi])
    if continues and turn is None and not quoting and not hypothesis \
            and (discourse.quotation_before() or discourse.unknown_before()) and not discourse.subjunctive_before() \
            and reported_subjunctive_ii(_main_after_condition(tokens[lo:hi]), modals | HEDGING_MODALS):
        return Draft((), quote="indirect", rules=("speech_unattributed",)), ((lo, hi),), None  # "«…», sagt X. Nur
        # so könnte man …": a hedge right after someone's quoted words (or words whose speaker is not clear) may
        # be theirs or the author's comment on them
    carried = discourse.current_speaker(window=1) if continues and turn is None and not quoting \
        and _embedded_konjunktiv(tokens[lo:hi]) else None
    if carried:  # "…, sagt X. Damit wollten sie sicherstellen, dass alles in Ordnung sei.": the Konjunktiv I under
        # a verb that frames no words marks the sentence as X's words going on
        return Draft((), speaker=carried, quote="indirect", rules=("speech_continued",)), ((lo, hi),), None
    substitute = discourse.current_speaker(window=1) if continues and (
        discourse.subjunctive_before() or discourse.quoted_within_report() or resumed) \
        and _past_as_reported(tokens[lo:hi]) else None
    if substitute and turn is None:  # "Vorreiter seien sie immer gewesen. Die Liberalen kämpften für X.": a plural
        # whose Konjunktiv I looks like the indicative takes the Konjunktiv II, which a weak verb shares with
        # its past; right after the speaker's Konjunktiv I and with no time of the past, it goes on with it; so
        # it does between the speaker's words and their Konjunktiv I going on ("…», sagt X. Viele suchten A.
        # Nun sei B.")
        return Draft((), speaker=substitute, quote="indirect", rules=("speech_continued",)), ((lo, hi),), None
    if continues and turn is None and not quoting and discourse.unknown_before() and _past_as_reported(tokens[lo:hi]):
        return Draft((), quote="indirect", rules=("speech_unattributed",)), ((lo, hi),), None  # "Drei Viertel
        # hätten A. 40 Prozent litten unter B.": right after reported words whose speaker is not clear, the past
        # that is also their Konjunktiv II may go on with them as well as be the author's
    if resumed and turn is None and not quoting and not _modal_perfect(tokens[lo:hi]) \
            and _bare_subjunctive_ii(Draft(((lo, hi),)), tokens, SUBJUNCTIVE_II - {"wäre", "wären"}):
        speaker = discourse.current_speaker(window=1) if continues else None  # "Es fehlten A. Hinzu kämen B.
        # Ausserdem seien C …": a Konjunktiv II that no condition explains, before a report's Konjunktiv I goes
        # on, stands in for it; whose it is, only someone who spoke right before tells ("wäre" is as often the
        # author's own hedge: "Das Ziel wären 70 Prozent", "Sinnvoller wäre es, …")
        return Draft((), speaker=speaker, quote="indirect", rules=(
            "speech_continued" if speaker else "speech_unattributed",)), ((lo, hi),), None
    if turn is None and hypothesis and discourse.hypothetical_before() \
            and not _substitute_subjunctive(tokens[lo:hi]):  # (in an interview, the turn's owner says it all)
        return Draft((), quote="indirect", rules=("speech_unattributed",)), ((lo, hi),), None  # "…, räumt X ein.
        # Dann bliebe nur Y. Die wäre nicht neu.": X's hypothesis or the author's comment on it
    if hypothesis:
        judge = discourse.announced(judging=True) if continues else None
        speaker = (discourse.current_speaker(window=1) if not discourse.deed_before() else None) or (
            judge)
        # ("Anna Muster lobte Y. Sie wäre eine gute Wahl": the person who judged right before spells it out)
        wish = _condition_first(tokens[lo:hi]) and not discourse.subjunctive_before()  # (after someone's words in
        # quotation marks, "Hätte man mehr Zeit, würde man …" may be the author's wish as well as theirs)
        if speaker and _about_the_speaker(tokens[lo:hi], speaker, discourse):
            return Draft(()), ((lo, hi),), None  # the author's comment on the speaker's words
        if speaker and (continues or quoting) and not wish:
            if not _substitute_subjunctive(tokens[lo:hi]):
                discourse.continue_hypothetically()
            return Draft((), speaker=speaker, quote="indirect", rules=("speech_continued",)), ((lo, hi),), None
        if (speaker or discourse.unknown_before() or discourse.interrupted() or _states_present(tokens[lo:hi])
                or (continues and discourse.announced() and not _own_account(tokens[lo:hi]))) and turn is None \
                and not _conditioned(tokens[lo:hi]):  # the same after a paragraph break: X's words going on, or
            # the author's guess (in an interview, the turn's owner says it); and right after words whose
            # speaker is not clear
            return Draft((), quote="indirect", rules=("speech_unattributed",)), ((lo, hi),), None
    planner = discourse.planned() if continues or (turn is None and _rule_condition(tokens[lo:hi])) else None
    if planner and _plan_detail(tokens[lo:hi]):  # "…, schlägt X vor. Bei Inzidenz 50 sollen Kitas öffnen"; so
        # after a paragraph break, a rule's next condition ("… ¶ Steigt der Wert über 50, dürfen Bars öffnen")
        return Draft((), speaker=planner, quote="indirect", rules=("speech_continued",)), ((lo, hi),), None
    quoter = discourse.current_speaker(window=1) if continues and turn is None else None
    if (quoter or (continues and turn is None and discourse.unknown_before())) and discourse.quotation_before() \
            and any(tokens[i].lower in {"soll", "sollen"} for i in _main_finites(tokens[lo:hi])):
        # "«Wir wollen …» Ein Rat soll noch dieses Jahr eingesetzt werden.": a plan right after someone's quoted
        # words is what they announce; when whose the words are is not clear, so is the plan
        return Draft((), speaker=quoter, quote="indirect", rules=(
            "speech_continued" if quoter else "speech_unattributed",)), ((lo, hi),), None
    counter = discourse.figures_before() if continues and _adds_to_count(tokens[lo:hi]) else None
    if counter is None and continues and turn is None and (_share_of_a_group(tokens[lo:hi])
                                                          or _tells_figures(tokens[lo:hi])):
        study = discourse.current_speaker(window=1)
        counter = study if study and any(w in SOURCE_NOUNS for w in study.lower().split()) else None
        # "… sind laut der Umfrage dramatisch. Ein Drittel der Betriebe schätzt …": the survey's results go on
    if counter:  # "Wie X berichtete, starben 20 Kämpfer. Weitere 25 Tote gab es bei …": X's count goes on
        return Draft((), speaker=counter, quote="indirect", rules=("speech_continued",)), ((lo, hi),), None
    label = person_label(tokens[lo:hi]) if turn is None and not headline else None
    known = discourse.known_person(label[0]) if label else None
    if label and known:  # "Lackner: Wird nicht gebucht, …": a person the article introduced speaks
        return Draft((), speaker=known, quote="direct", rules=("person_label",)), ((lo + label[1], hi),), None
    if turn is not None and interviewer_label(turn[0]):  # the interviewer's question or statement
        return Draft((), rules=("interview_turn",)), ((lo, hi),), None
    if turn is not None:  # an interview: the label's owner says all of it
        speaker = discourse.full_name(turn[0])
        return Draft((), speaker=speaker, quote="direct", rules=("interview_turn",)), ((lo, hi),), None
    embedded = quoting and _quotes_in_own_clause(tokens[lo:hi], depth)
    if any(is_first_person(t) and not group_voice(tokens, i) and not (embedded and depth[i - lo])
           for i, t in enumerate(tokens[lo:listed_from(tokens, lo, hi)], lo)) \
            and not _says(tokens[lo:hi]) and not discourse.narrator \
            and not named_person_subject(tokens, lo, hi):  # an interview answer goes on, from the sentence before
        # (not a sentence with a frame of its own: "X, der …, teilte mit: Ich …"; nor the author's own
        # sentence about someone named, whose "mich" is in a title: "Auch X legt mit «Zeig mich an!» nach"; nor
        # a first person only in the quoted words of an author's clause: "Das war eher «Wir können» als «Wir tun»")
        inner = discourse.inner_voice_before()  # ("…, habe X geantwortet: … . Ich bin …": X, not the reporter)
        speaker = (inner or None) if inner is not None else discourse.current_speaker(window=1)
        head = next((w.lower() for w in (speaker or "").split() if w[:1].isupper()), "")
        if speaker and head not in SOURCE_NOUNS | {"angaben", "informationen"}:
            # (a document or figures, "Laut Angaben des Vereins …", "…, ergab eine Umfrage", say no "ich": the
            # first person that follows is someone the source quotes)
            return Draft((), speaker=speaker, quote="direct", rules=("speech_continued",)), ((lo, hi),), None
    return Draft(()), ((lo, hi),), None


def _frame_apposition(tokens: Sequence[Token], depth: Sequence[int], lo: int, hi: int,
                      dropped: list[tuple[Draft, str]]) -> list[Draft]:
    """Who the frame of [lo, hi) says its speaker is (`clauses.speaker_apposition`), as the author's claim:
    the words are the speaker's, the apposition is the article's."""
    report = find_report(tokens[lo:hi])
    if report is None or report.speaker is None:
        return []
    pieces = speaker_apposition(tokens, depth, (report.speaker[0] + lo, report.speaker[1] + lo), hi)
    if pieces is None:
        return []
    draft = Draft(tuple(pieces), rules=("speaker_apposition",))
    found = faults(draft, tokens)
    if found:
        dropped.append((draft, "; ".join(found)))
        return []
    return [draft]


def _quotes_in_own_clause(tokens: Sequence[Token], depth: Sequence[int]) -> bool:
    """Whether the quotations stand inside the author's own main clause, whose finite verb comes before them
    with no colon between ("Das war eher «Wir können» als «Wir tun»"): words mentioned, not someone speaking
    (unlike "…: «Wir bleiben …»", or a quotation that holds the clause's verb, "Während A ruht, «können wir …»")."""
    first = next((i for i, d in enumerate(depth) if d), len(tokens))

    def subordinate(i: int) -> bool:  # a verb at the end of a clause a subordinator opens, after a comma or not
        start = max((c + 1 for c in range(i) if tokens[c].text == "," and not depth[c]), default=0)
        return starts_subordinate(tokens[start]) or in_subordinate(tokens, depth, 0, i)

    verb = next((i for i in range(first) if tokens[i].finite and not subordinate(i)), None)
    return verb is not None and not any(t.text == ":" for t in tokens[verb:first])


def _view_holder(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """A person's name after "für" in a clause of "ist"/"war" whose words go on in the Konjunktiv ("für Anna
    Muster ist es ein Experiment gewesen, das … habe"): whose view it is (not what a rule holds for: "Das gelte
    für Anna Muster")."""
    if not any(t.finite and t.lower in {"ist", "war", "sind", "waren"} for t in tokens[lo:hi]):
        return None
    for j in range(lo, hi - 2):
        if tokens[j].lower == "für" and tokens[j + 1].pos == "NE" and tokens[j + 2].pos == "NE" \
                and name_gender(tokens[j + 1].text) is not None:
            return j + 1, j + 3
    return None


def _subject_goes_on(tokens: Sequence[Token], lo: int, hi: int, discourse: Discourse) -> str | None:
    """The person the article introduced whom an indicative main clause names by surname as its subject, before
    a comma after which the sentence goes on in the Konjunktiv I with an adverb that gives a reason or adds
    ("Huber ruft zum Widerstand auf, immerhin handle es sich erst um einen Entwurf"): the Konjunktiv is that
    person's, not the last speaker's (with first name and surname `speech` already tells). A clause after the
    comma that opens otherwise may be the content of the verb before it ("X warf Y vor, er wolle …"), whose
    speaker the frame rules find."""
    for c in range(lo + 2, hi - 2):
        if tokens[c].text != ",":
            continue
        end = next((j for j in range(c + 1, hi) if tokens[j].text == ","), hi)
        if not any(t.finite and konjunktiv_i(t) for t in tokens[c + 1:end]):
            continue
        if tokens[c + 1].tag not in {"ADV", "PROAV", "ADJ(D)"} or not any(t.finite for t in tokens[lo:c]) \
                or any(t.finite and konjunktiv_i(t) or t.lemma.lower() in SPEECH_VERBS for t in tokens[lo:c]):
            return None
        subject = subject_of(tokens, lo, c)
        if subject is None or subject[1] - subject[0] != 1 or tokens[subject[0]].pos not in {"NE", "NN"}:
            return None  # (the tagger may take an unknown surname for a noun; the article's people tell)
        return discourse.known_person(tokens[subject[0]].text)
    return None


# adverbs that single out the phrase after them ("besonders die Wahl"; "vor allem" moves with it, two words)
_DEGREE_FOCUS = frozenset({"besonders", "insbesondere", "speziell", "namentlich", "hauptsächlich"})


def _without_cue(draft: Draft, tokens: Sequence[Token], omit: tuple[int, int], rule: str = "cue_left_out") -> Draft:
    """The draft without the source cue that its attribution already carries ("laut der Polizei", ", wie X
    mitteilte,"). A cue that filled the prefield leaves the finite verb first: the first phrase after it
    moves to the front, which any phrase may fill ("Nach Angaben der Polizei wurde niemand verletzt" →
    "Niemand wurde verletzt", "Laut X fällt am Abend Schnee" → "Am Abend fällt Schnee"); without a phrase
    to move, the cue stays. A draft that opened with its verb before the cue was cut keeps its order ("Wurden
    damals 80 betreut, so sind es laut X heute vier")."""
    indices = draft.indices()
    if not set(range(*omit)) & set(indices):
        return draft
    verb_first = tokens[indices[0]].finite
    lo, hi = omit
    # (", heisst es vom Amt, so eine Massnahme zu verhängen": a comma that opens the clause after the cue
    # stays)
    after = tokens[hi:next((k for k in range(hi, len(tokens)) if tokens[k].text == ","), len(tokens))]
    waiting = lo > 0 and tokens[lo - 1].finite and tokens[lo - 1].lemma.lower() in {"sein", "haben"}
    opens_clause = tokens[lo].text == "," and tokens[hi - 1].text == "," and bool(after) and not after[0].finite \
        and (opens_subordinate_clause(after, 0, len(after)) or (has_zu_infinitive(after) and not waiting))
    # (not the verb the frame stood before: "Einem Viertel, schätzt X, mache es zu schaffen"; nor the
    # zu-infinitive that "sein" or "haben" before the frame wait for as their predicate: "Er war, so X, nicht
    # bloss schön anzusehen")
    trimmed = draft.replace(lo, hi, [(hi - 1, hi)] if opens_clause else [])
    first = trimmed.pieces[0] if trimmed.pieces else None
    # the finite verb now opens the draft: a token of the sentence, or a verb re-inflected for one member of a
    # list ("Laut X wurden A und B verletzt" → "wurde" + "A" + "verletzt")
    opened = isinstance(draft.pieces[0], tuple) and draft.pieces[0][0] == lo  # (the cue filled the prefield)
    rest = next((p for p in trimmed.pieces[1:] if isinstance(p, tuple)), None) if isinstance(first, str) and opened \
        else (first[0] + 1, first[1]) if isinstance(first, tuple) and tokens[first[0]].finite else None
    if rest is not None and not verb_first:
        phrase = first_phrase(tokens, *rest)
        if phrase is None or tokens[rest[0]].lower in _DEGREE_FOCUS or (phrase[1] + 1 < len(tokens) and (
                (tokens[phrase[1]].lower == "von" and tokens[phrase[1] + 1].pos in {"NE", "NN"})
                or (tokens[phrase[1]].lower == "durch" and tokens[phrase[1] + 1].tag in {"NE", "NN", "ART"})
                or tokens[phrase[1]].lower == "als" or _origin_or_adverbial(tokens, phrase[1])
                or (tokens[phrase[0]].lower in _QUANTIFIERS and tokens[phrase[1]].pos in {"APPR", "APPRART"}))):
            return draft  # ("wird die Lage von Benitez erschwert": whose situation, or by whom, the order keeps,
            # so does "die Wahl der Mittel durch die Schule"; "sei besonders die Wahl …": the particle is the
            # phrase's, which moved alone would leave it to another;
            # "erfolgt die Einstufung als Risikogebiet": the "als" phrase may be the noun's; "hatten alle
            # Beschäftigten in X die Kündigung": moved alone, "alle" would count them everywhere)
        if tokens[phrase[0]].pos == "NN" and any(tokens[j].lower in {"der", "des"} for j in range(phrase[0] + 1,
                                                                                                phrase[1])):
            return draft  # "hat Jauch der ARD gedroht": after a bare noun that may be a surname, "der X" may be a
            # dative object, not its genitive; moved as one phrase, it would garble the claim
        names = [j for j in range(*phrase) if tokens[j].pos == "NE"]
        plural = isinstance(first, tuple) and plural_form(tokens[first[0]])  # (a verb re-inflected for one member
        # is singular)
        if names and names[0] > phrase[0] + 1 and tokens[names[0] - 1].pos == "NN" and plural \
                and tokens[phrase[0]].lower == "die" and names[-1] == phrase[1] - 1:
            phrase = (phrase[0], names[0])  # "halten die Richter Breivik für gefährlich": a plural noun takes no
            # name in apposition, the name is the object
        trimmed = trimmed.with_pieces([phrase, *trimmed.replace(*phrase, []).pieces])
    return trimmed.by(rule)


# determiners that count all or none of what their noun names, whose phrase a place after it may bound
_QUANTIFIERS = frozenset("alle sämtliche keine jede jeder jedes".split())


def _origin_or_adverbial(tokens: Sequence[Token], k: int) -> bool:
    """Whether an "aus" phrase at k, after the subject that a dropped cue moves to the front, may be the
    subject's origin as well as an adverbial: "haben Touristen aus Asien Anspruch auf …" (who) and "haben die
    Kinder aus Angst geschwiegen" (why) look alike. Where only the verb's words follow it, it is the verb's
    ("ziehen die Truppen aus dem Land ab", "stammen die Gäste aus Asien")."""
    if tokens[k].lower != "aus":
        return False
    end = np_end(tokens, k + 1, len(tokens))
    return any(t.pos not in {"VV", "VA", "VM", "PTKVZ", "PTKZU"} and not t.tag.startswith("$")
               for t in tokens[end:next((j for j in range(end, len(tokens)) if tokens[j].text in {",", ";", ":"}),
                                        len(tokens))])


def _without_concession(draft: Draft, tokens: Sequence[Token]) -> Draft:
    """The draft without the "Zwar" that fills its sentence's prefield ("Zwar ist die Lage ernst, …" → "Die
    Lage ist ernst"): it concedes the clause for a contrast that follows, in this sentence or the next, and
    a claim stands alone. So without an adverb that only links the clause to the sentence before ("Trotzdem",
    "Zudem", "Deshalb": `PREFIELD_CONNECTIVES`), whose "trotz"/"zu"/"wegen" what the claim cannot say. The
    first phrase after the verb fills the prefield, as after a cue."""
    first = draft.pieces[0] if draft.pieces else None
    start = first[0] if isinstance(first, tuple) else -1
    if not (start == 0 or (start > 0 and tokens[start - 1].text == ":")) or start + 4 > len(tokens):
        return _without_inner_concession(draft, tokens)  # (the clause opens the sentence, or the part after its
        # colon: "Der Widerspruch liegt hier: Zwar wünschen sich viele A.")
    opener, after = tokens[start], tokens[start + 1]
    if opener.lower == "auch" and (after.tag in {"ART", "PPOSAT", "PDAT", "PDS", "PPER", "NE", "NN"}
                                   or (after.pos == "APPR" and after.lower not in _CAUSAL_PREPOSITIONS)) \
            and any(t.finite for t in tokens[start + 2:]):
        return draft.replace(start, start + 1, []).by("connective_left_out")  # "Auch der Verband meldet A" →
        # "Der Verband meldet A": the particle adds this to what the sentence before said, the claim holds without it
        # (not before a reason: "Auch wegen A tat er B" gives one reason of several, without it the only one)
    if not after.finite or opener.lower not in PREFIELD_CONNECTIVES | {"zwar"}:
        return _without_inner_concession(draft, tokens)
    if opener.lower == "zwar":
        return _without_cue(draft, tokens, (start, start + 1), rule="concession_left_out")
    if after.lemma.lower() in SPEECH_VERBS | COGNITION_VERBS:
        return draft  # ("Deshalb glaube sie, sagt X, dass …": with the frame left out, "Sie glaube." would remain)
    linked = _without_cue(draft, tokens, (start, start + 1), rule="connective_left_out")
    moved = linked.pieces[0] if linked is not draft and linked.pieces else None
    return linked if isinstance(moved, tuple) and _closed_phrase(tokens, *moved) else draft


# prepositions that give a reason or a means, which "auch" before them marks as one of several
_CAUSAL_PREPOSITIONS = frozenset("wegen aufgrund dank infolge angesichts mangels durch".split())


# tags after which a phrase moved to the front has surely ended: an adverb, a negation, a pronoun, a verb form
_PHRASE_CLOSERS = frozenset({"ADV", "PTKNEG", "PRF", "PPER", "PTKVZ", "ADJ(D)", "PROAV", "$.", "$,"})


def _closed_phrase(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the phrase tokens[lo:hi], moved to the prefield for a connective left out, is surely whole: a
    pronoun, or a noun phrase with its determiner that an adverb, a pronoun, a verb or an object's article
    closes ("Zudem hat die Firma | das Werk verkauft"). Not one that a genitive, a "von" or "wie" phrase may go
    on ("die Zahl | verwilderter Hunde", "der Rahmen | von bis zu 30.000 Euro", "Einrichtungen | wie die
    Teststelle"), or a number without its noun ("264 | weitere Fälle"): moved alone they garble the claim."""
    if hi >= len(tokens) or tokens[hi].pos == "KON":
        return False  # ("Zudem gehen er | und sein Team …": one of two subjects)
    if hi - lo == 1 and tokens[lo].tag in {"PPER", "PIS"}:
        return True
    if tokens[lo].tag not in {"ART", "PPOSAT", "PDAT", "PIAT"} or tokens[hi - 1].pos not in {"NN", "NE"} \
            or (tokens[lo].lower == "das" and any(t.pos == "NE" for t in tokens[lo:hi])):
        return False  # ("Außerdem hat das | Kanzler X gut gemacht": a neuter article before a person's name is
        # the object's, and the name the subject)
    after = tokens[hi]
    return after.tag in _PHRASE_CLOSERS or after.pos in {"VV", "VA", "VM"} \
        or (after.tag in {"ART", "PPOSAT"} and after.lower not in {"der", "des", "einer", "eines"})


def _without_inner_concession(draft: Draft, tokens: Sequence[Token]) -> Draft:
    """The draft without a "zwar" in its middle field whose answer it does not hold ("Fragen blieben zwar aus."
    with "Doch …" in the next sentence, or the "aber" clause cut off): conceded, the clause is still true, and
    alone the "zwar" waits for a contrast the claim does not give. (Not "und zwar", which specifies.)"""
    indices = draft.indices()
    conceding = next((i for i in indices if tokens[i].lower == "zwar" and i and tokens[i - 1].lower != "und"), None)
    if conceding is None or any(tokens[i].lower in CONCESSION_ANSWERS for i in indices if i > conceding):
        return draft
    if any(tokens[i].text == ":" for i in indices if i < conceding):
        return draft  # "Was keiner ahnte: Er sass zwar dort, …": the head announces the contrast still to come,
        # and without the "zwar" it would announce the conceded part
    return draft.replace(conceding, conceding + 1, []).by("concession_left_out")


# nominative pronouns that can open a main clause as its subject
_SUBJECT_OPENERS = frozenset({"er", "sie", "es", "wir", "ich", "man"})


def _verb_second(draft: Draft, tokens: Sequence[Token]) -> Draft:
    """A statement with its verb first and "doch" that gives a reason ("Hatte der Gerichtshof doch 2014
    festgehalten, dass …", "War doch der Präsident selbst dabei") in main-clause order: the subject before the
    verb, without the "doch" that made the order ("Der Gerichtshof hatte 2014 festgehalten, dass …")."""
    pieces = draft.pieces
    if not pieces or not isinstance(pieces[0], tuple) or tokens[-1].text == "?":
        return draft
    lo, hi = pieces[0]
    if lo > 0 or not tokens[lo].finite or hi - lo < 4:
        return draft
    stop = next((j for j in range(lo + 1, hi) if tokens[j].text in {",", ":", ";", "–", "("}), hi)
    if stop + 1 < len(tokens) and tokens[stop].text == "," and tokens[stop + 1].finite:
        return draft  # "Kommt der Zug doch noch, fahren wir mit": a condition before its consequence
    particle = lo + 1 if tokens[lo + 1].lower == "doch" else None
    subject = first_phrase(tokens, lo + 1 + (particle is not None), stop)
    if subject is None:
        return draft
    if particle is None and not (subject[1] < stop and tokens[subject[1]].lower == "doch"):
        return draft
    particle = particle if particle is not None else subject[1]
    head = tokens[subject[0]]
    if not (head.lower in NOMINATIVE_ARTICLES or head.pos == "NE" or head.lower in _SUBJECT_OPENERS
            or head.tag in {"PDAT", "PPOSAT", "PIAT", "PIDAT", "CARD"}):
        return draft
    moved = draft.replace(particle, particle + 1, []).replace(*subject, [])
    return moved.with_pieces([subject, *moved.pieces]).by("verb_second")


def _with_shared_rate(draft: Draft, tokens: Sequence[Token]) -> Draft:
    """A figure in a unit that a parallel clause measures per something ("steigt von 1225 auf 1260 Franken pro
    Monat – die Maximalrente steigt auf 2520 Franken") takes that "pro Monat" along: the clause elides it."""
    rate = rate_left_behind(tokens, set(draft.indices()))
    if rate is None or (end := np_end(tokens, rate[1] + 2, len(tokens))) <= rate[1] + 2:
        return draft
    unit, k = rate
    return draft.replace(unit, unit + 1, [(unit, unit + 1), (k + 1, end)]).by("shared_rate")


def _checked(tokens: Sequence[Token], part: tuple[int, int], base: Draft, nesting: Sequence[int],
             dropped: list[tuple[Draft, str]], omit: tuple[int, int] | None = None) -> list[Draft]:
    """The drafts of one content range that pass the check of `check.py`. A draft with a fault falls back
    to the larger unit it came from: a distributed conjunct to its clause, a clause to the range as
    written, and that to the whole sentence, which the article states by definition. What is given up
    goes to `dropped` with its fault. A draft leaves out the frame tokens `omit` when it still passes
    without them. A frame whose speaker is not clear ("speech_unresolved") or that adds a condition
    ("speech_conditioned") stays in its claim as written."""
    accepted: list[Draft] = []

    def passes(draft: Draft) -> bool:
        found = faults(draft, tokens)
        if found:
            dropped.append((draft, "; ".join(found)))
        return not found

    def settled(draft: Draft) -> Draft | None:
        draft = _with_shared_rate(_verb_second(draft, tokens), tokens)
        conceded = _without_concession(draft, tokens)
        if conceded is not draft and passes(conceded):
            draft = conceded
        trimmed = _without_cue(draft, tokens, omit) if omit else draft
        if trimmed is not draft and passes(trimmed):
            return trimmed
        return draft if passes(draft) else None

    clauses = [] if _AS_WRITTEN & set(base.rules) else clause_drafts(tokens, (part,), base)
    for clause in clauses:
        # a list, not a generator: every failing conjunct must be recorded in `dropped`, not only the first
        distributed = [settled(d) for d in distribute(clause, tokens, nesting)]
        whole = settled(clause) if None in distributed else None
        if None not in distributed:
            accepted.extend(d for d in distributed if d is not None)
        elif whole is not None:
            accepted.append(whole.by("fallback_clause"))
        else:
            break
    else:
        if clauses:
            return accepted
    dropped.extend((d, "its clause fell back to the range as written") for d in accepted)
    as_written = base.with_pieces([part]).by("fallback_written")
    written = settled(as_written)
    if written is None and DATA_LINE in faults(as_written, tokens):
        return []  # "Preis: A ab 10 Euro, B ab 12 Euro; beide kommen im Mai": a data box's line beside a clause
        # is given up alone (the whole sentence would keep it)
    if not (part[0] > 0 and starts_subordinate(tokens[part[0] - 1])) and written is not None:
        return [written]  # (what follows "dass" stands in verb-final order: not a claim as written)
    head = next((j for j in range(part[0] + 1, part[1]) if tokens[j].text == ","), part[1])
    if base.speaker and base.quote == "direct" and not any(t.pos in {"VV", "VA", "VM"} or t.tag == "ADJ(D)"
                                                           for t in tokens[part[0]:head]) \
            and not {NO_MAIN_CLAUSE, VERB_AFTER_ADVERBIAL, NO_VERB}.isdisjoint(faults(as_written, tokens)):
        dropped.append((base.with_pieces([part]).by("fallback_sentence"), "the quoted words are a fragment with no "
                        "main clause: the sentence only says that they were said"))
        return []  # ("«Aber immer so, dass es passt», sagt X", with no verb before its first comma, nor a word
        # the tagger may have taken for an adverb, or "«Endlich Ferien!», ruft X" with no verb at all: the frame
        # around them states nothing to check)
    end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
    colon = next((j for j in range(end - 1, part[0], -1) if tokens[j].text == ":"), None)
    if colon is not None and any(t.lower in FIGURE_NOUNS for t in tokens[max(0, colon - 4):colon]) \
            and not any(t.finite for t in tokens[colon + 1:end]):
        end = colon  # "…, wie diese Grafik zeigt: Ältere ohne Abschluss": the figure's title is no part of it
    # (a speaker's label, "X: …", or an interview turn's is no part of the sentence as said)
    start = part[0] if {"person_label", "interview_turn"} & set(base.rules) else dateline_end(tokens)  # (and a
    # dateline, "Bern – …", is context, not a part of the claim)
    sentence = base.with_pieces([(start, end)]).by("fallback_sentence")
    opened = _first_subordinate_clause(tokens)
    infinitive_only = not any(t.pos in {"VV", "VA", "VM"} and t.tag != "VV(IZU)" for t in tokens[:opened]) or (
        len(tokens) > 2 and tokens[0].pos == "NN" and tokens[1].text == ",")  # "Personal auf den Stationen
    # einzusetzen." (its frame stood before a line break); "Zeit, Bilanz zu ziehen, was …": a noun and its
    # infinitive with no verb of their own, whatever a clause after them holds; "Doch gerade darum, offen
    # zu reden, was …": no finite verb before the clause a comma and a relative or subordinator open
    undated = base.with_pieces([(dateline_end(tokens), end)])  # ("Los Angeles – Lebe schnell.": the dateline
    # is context, the sentence after it what is judged)
    fragment = next((f for f in faults(sentence, tokens) if f in {NO_MAIN_CLAUSE, VERB_FINAL, VERB_AFTER_ADVERBIAL,
                                                                  NO_SUBJECT, TOPIC_HEADING, VERBLESS_BEFORE_FRAME,
                                                                  VERBLESS_EXAMPLE, VERBLESS_HEADLINE,
                                                                  ANNOUNCED_QUESTION, INTERJECTION_AFTER_COLON,
                                                                  INFINITIVE_INSTRUCTION,
                                                                  BARE_INFINITIVE, SINGULAR_CLASH}
                     or f.startswith((UNFINISHED_END, LABEL_VERB_FIRST, LOWER_VERB_START)) or f == TOPIC_DROP
                     or (f == INFINITIVE_CLAUSE and infinitive_only)
                     or (f.startswith(SUBORDINATE_START)
                         and not (_resumed(tokens) and not _relative_welch(tokens) and not _not_that(tokens)))),
                    None) \
        or next((f for f in faults(undated, tokens) if f.startswith(IMPERATIVE) or f == ALTERNATIVE), None)
    if fragment:  # elliptical: "Ein Gast aus Bern, der ... sass.", "Dass sie sich um alles kümmern."; cut at
        # a line break: "Nach dem Sturm wurde nur eines der zwölf."; an imperative is no statement
        dropped.append((sentence, fragment))
        return []
    return [sentence]


def _first_subordinate_clause(tokens: Sequence[Token]) -> int:
    """Where the first clause that a comma and a relative pronoun, a question word or a subordinator open begins,
    if it has a finite verb before its next comma ("…, was über das Leid hinausgeht"), else the sentence's end; an
    article after a comma ("A, das Spital B und C halten …") opens no clause."""
    for j in range(1, len(tokens)):
        if tokens[j - 1].text != "," or tokens[j].pos not in {"PWS", "PWAV", "PRELS", "KOUS"} \
                or (tokens[j].pos == "PRELS" and j + 1 < len(tokens) and tokens[j + 1].pos in {"NN", "NE"}):
            continue
        stop = next((k for k in range(j, len(tokens)) if tokens[k].text == ","), len(tokens))
        if any(t.finite for t in tokens[j:stop]):
            return j
    return len(tokens)


_REGION_BREAKS = frozenset({",", ":", ";", "–", "—", "(", ")"})


def _not_that(tokens: Sequence[Token]) -> bool:
    """Whether the sentence opens with "Nicht dass" ("Nicht, dass jemand glaubte, es werde besser"): a
    rhetorical denial with no main clause of its own, whose later clauses are what nobody thought or did."""
    words = [t for t in tokens[:3] if t.text != ","]
    return len(words) > 1 and words[0].lower == "nicht" and words[1].lower == "dass"


def _relative_welch(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opening with "welcher/welche/welches" is a relative clause whose noun stood in the
    sentence before ("Welches im Mai erscheinen sollte, der Termin wurde verschoben"): the clause after its comma
    does not open with the finite verb that a fronted question clause takes ("Welcher gewinnt, ist offen")."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    return tokens[0].lower.startswith("welch") and comma is not None and comma + 1 < len(tokens) \
        and not tokens[comma + 1].finite


def _resumed(tokens: Sequence[Token]) -> bool:
    """Whether a main clause follows a fronted subordinate clause: a second finite verb right after the
    subordinate clause's own ("Dass es so kommt liegt daran, …"), or a finite verb in a later stretch
    between commas or after a colon that no subordinator opens ("Wenn es regnet, dann bleiben wir",
    "Ob sie kocht und egal, wie lange: Das Essen wird gut"). Quotation marks do not matter here."""
    regions: list[list[Token]] = [[]]
    for t in tokens:
        if t.text in _REGION_BREAKS:
            regions.append([])
        elif t.text[:1].isalnum():
            regions[-1].append(t)
    finite = [k for k, t in enumerate(regions[0]) if t.finite]
    if len(finite) >= 2 and finite[-1] < len(regions[0]) - 1:
        return True  # (the main clause's verb goes on, "… liegt daran"; a verb cluster ends its clause: "Wenn
        # man essen wollen würde", whose modal the tagger reads as finite)
    # ("damit hat …", "da ist …": an adverb that looks like a subordinator, before the finite verb; a verb
    # opening the stretch is the finite one, whatever the tagger says: "…, zwingen wir niemanden")
    said = any(t.finite and t.lemma.lower() in SPEECH_VERBS for t in regions[0])
    return any((any(t.finite for t in region) or region[0].tag in {"VV(INF)", "VA(INF)", "VM(INF)"})
               and region[0].tag != "VV(IZU)"
               and (not starts_subordinate(region[0]) or (len(region) > 1 and region[1].finite))
               and not (said and not region[0].finite and any(t.finite and konjunktiv_i(t) for t in region))
               for region in regions[1:] if region)  # ("Und dass er sagte, die X sei Y": what he said, in
    # the Konjunktiv I, is no main clause after the fronted one)


@dataclass(frozen=True)
class TraceEntry:
    """One sentence as the splitter saw it: each claim with the rules that made it, each dropped draft with
    the rules that made it and the reason it was dropped."""

    sentence_index: int
    sentence: str
    claims: list[tuple[str, tuple[str, ...]]]
    dropped: list[tuple[str, tuple[str, ...], str]]


def _gives_example(tokens: Sequence[Token]) -> bool:
    """Whether a sentence opens by giving an example ("Zum Beispiel sollte …", "Beispielsweise …"): after a
    paragraph break too, it goes on with what the paragraph before said, in the same voice."""
    return len(tokens) > 3 and (tokens[0].lower == "beispielsweise" or (
        tokens[0].lower == "zum" and tokens[1].lower == "beispiel")) and any(t.finite for t in tokens[1:3])


# interrogative adverbs of reason, which open no free relative clause ("Wo …, da …"; "Wer …, der …"): with the
# finite verb right after them, the sentence asks
_WHY = frozenset({"warum", "wieso", "weshalb", "weswegen", "wozu"})


def _asks_why(tokens: Sequence[Token]) -> bool:
    """Whether the sentence is a question of why that ends in a full stop ("Warum wurden nicht erst die Tests
    bestellt, statt …."): a rhetorical question, which states nothing either."""
    return len(tokens) > 2 and tokens[0].lower in _WHY and tokens[1].finite


# verbs by which the author gives what others' words let one hear or sense ("Aus den Gesprächen ist Sorge
# herauszuhören: …", "Bei den Eltern ist Unmut zu spüren: …"): what the colon opens is their voice
_PERCEIVING = frozenset({"heraushören", "hören", "vernehmen", "spüren", "herauslesen"})


def _heard_goes_on(tokens: Sequence[Token], depth: Sequence[int], lo: int) -> bool:
    """Whether the clause at lo follows a semicolon inside what a colon opened after a verb of hearing or sensing
    ("… ist Fatalismus herauszuhören: A; B sind wichtig"): B goes on with the voices the colon gives, as A does,
    whose claim keeps the frame."""
    if lo == 0 or tokens[lo - 1].text != ";":
        return False
    colon = max((j for j in range(lo) if tokens[j].text == ":" and not depth[j]), default=None)
    return colon is not None and not any(tokens[j].text == "." for j in range(colon, lo)) \
        and any(t.lemma.lower() in _PERCEIVING and t.pos == "VV" for t in tokens[:colon])


class RuleSplitter:
    """Backend `rules`: deterministic, no network, no model download (HanTa and SoMaJo ship their data)."""

    name = NAME
    version = VERSION

    def split(self, article: dict, trace: list[TraceEntry] | None = None) -> list[dict]:
        """Claim records of one article; with `trace`, also what each sentence's drafts became and why."""
        text = article["text"]
        sentences = segment(text, article["paragraphs"], article["furniture"], sentence_seams)
        starts = [p["start"] for p in article["paragraphs"]]
        paragraphs = _paragraph_indices(starts, sentences)
        # (whether the text marks its quotations: 10kGNAD keeps the marks in its first sentence, the teaser it
        # prints before its text, and in no other)
        unmarked_article = not marks_quotations([s.tokens for s in sentences[1:] if not _in_headline(article, s)])
        unmarked, unclear = unmarked_quotation_runs([s.tokens for s in sentences], paragraphs) if unmarked_article \
            else ({}, set())
        quoted = {**frames_ahead([s.tokens for s in sentences], paragraphs),
                  **back_frames([s.tokens for s in sentences]),
                  **unmarked,
                  **quotation_runs([s.tokens for s in sentences])}
        quoted.update(enumerated_items([s.tokens for s in sentences], quoted))
        turns = {**interview_turns([s.tokens for s in sentences], paragraphs,
                                   wrapped_breaks(text, article["paragraphs"])),
                 **letter_turns([s.tokens for s in sentences], paragraphs)}
        monologue = long_quotations([s.tokens for s in sentences], paragraphs)
        lead = unmarked_voice_lead([s.tokens for s in sentences])
        plot = retold_plot([s.tokens for s in sentences])
        findings = expounded_findings([s.tokens for s in sentences])
        cited = _cited_passages([s.tokens for s in sentences], paragraphs)
        resumed = resumed_reports([s.tokens for s in sentences], paragraphs)
        discourse = Discourse(text)
        results: list[tuple[Sentence, list[tuple[dict, Draft]], list[tuple[Draft, str]]]] = []
        completing = False  # the sentences go on with words the one before left open with "..."
        for sentence in sentences:
            source = sentences[quoted[sentence.index]] if sentence.index in quoted else None
            dropped: list[tuple[Draft, str]] = []
            continues = sentence.index > 0 and (paragraphs[sentence.index] == paragraphs[sentence.index - 1]
                                                or _gives_example(sentence.tokens))
            made = self._sentence_claims(article, sentence, discourse, source, dropped, turns.get(sentence.index),
                                         continues, sentence.index in resumed)
            after_words = unmarked_article and continues and results and results[-1][1] and all(
                draft.speaker and draft.quote for _, draft in results[-1][1]) and judging_aside(sentence.tokens)
            unvoiced = "in a long quotation whose speaker is not named" if sentence.index in monologue else \
                "right after someone's words in an article without quotation marks: theirs or the author's" \
                if (sentence.index in unclear or after_words) and sentence.index not in quoted else \
                "in a passage quoted without quotation marks and cited after it ('(Name)')" \
                if sentence.index in cited else \
                "in an interview or portrait printed without its questions or quotation marks ('X über Y')" \
                if lead is not None and sentence.index > lead else None
            if unvoiced:  # someone's words, whose speaker no frame near them names (a frame left in the claim,
                # "…, sagte er", names them in the article's words, except in words that may be someone's: "Wir
                # wollten wissen, ob … Er sagte, A sei B." relays what "er" said in the narrator's voice)
                made = _without_unnamed(made, dropped, unvoiced, framed=sentence.index in unclear)
            if sentence.index in plot:
                made = _without_from(made, dropped, plot[sentence.index], _RETOLD_PLOT)
            if sentence.index in findings:
                made = _without_from(made, dropped, findings[sentence.index], _EXPOUNDED_FINDING, attributed=True)
            if sentence.index and _resumes_condition(sentences[sentence.index - 1].tokens, sentence.tokens, continues):
                dropped.extend((draft, _CONDITIONED) for _, draft in made)
                made = []
            completing = completing and continues and any(is_first_person(t) for t in sentence.tokens) \
                and find_report(sentence.tokens) is None
            if completing:  # "…: «Wenn der Winter endet, dann ...» Dann baue ich einen Turm.": the first person
                # completes the words the sentence before leaves open, someone else's than its frame's speaker
                dropped.extend((draft, _COMPLETION) for _, draft in made)
                made = []
            completing = completing or _left_open(sentence.tokens)
            results.append((sentence, made, dropped))
            if not made and _elliptical(sentence.tokens):
                discourse.carry_report()
            discourse.next_sentence()
        account = _account_start([k for k, (_, _, dropped) in enumerate(results)
                                  if any(why == _FIRST_PERSON_VOICE for _, why in dropped)], len(results))
        voiceless = [(finder(results, paragraphs), why) for finder, why, unmarked_only in _UNCLEAR_VOICES
                     if unmarked_article or not unmarked_only]
        claims: list[dict] = []
        for k, (sentence, made, dropped) in enumerate(results):
            if made and _restated_heading(article, sentences, k):
                dropped.extend((draft, _RESTATED_HEADING) for _, draft in made)
                made = []
            for stretch, why in voiceless:
                if k in stretch:
                    made = _without_unnamed(made, dropped, why)
            if account is not None and k >= account:
                made = _without_unnamed(made, dropped, "in a first-person account whose voice no mark shows (a "
                                        "protocol of someone's words, an essay)")
            claims.extend(record for record, _ in made)
            if trace is not None:
                trace.append(TraceEntry(sentence.index, text[sentence.start:sentence.end],
                                        [(record["text"], draft.rules) for record, draft in made],
                                        [(render(d, sentence.tokens, text), d.rules, why) for d, why in dropped]))
        return claims

    def _sentence_claims(self, article: dict, sentence: Sentence, discourse: Discourse, source: Sentence | None,
                         dropped: list[tuple[Draft, str]], turn: tuple[str, int] | None = None,
                         continues: bool = True, resumed: bool = False) -> list[tuple[dict, Draft]]:
        """Claims of one sentence with the drafts they came from; `source` is the sentence whose frame names
        the speaker when this one belongs to a quotation that runs over several sentences; `resumed`, whether
        someone's report goes on in the Konjunktiv right after it."""
        tokens, text = sentence.tokens, article["text"]
        stop = _statement_before_question(tokens) if _in_headline(article, sentence) else None
        if stop is None and (tokens[-1].text == "?" or (len(tokens) > 1 and tokens[-2].text == "?"
                                                         and tokens[-1].text == ".") or _asks_why(tokens)):
            dropped.append((Draft(((0, len(tokens)),)), "a question states nothing"))
            discourse.observe(tokens)  # what it names is still the next sentence's context
            asker = discourse.current_speaker(window=1) if subjunctive(tokens) else None
            if asker:  # "Warum sei so wenig geschehen?": a reported question goes on with its speaker
                discourse.report(asker)
            return []
        if len(tokens) > 1 and tokens[-1].text == ":" and (opens_colon(tokens, 0, len(tokens) - 1)
                                                          or (len(tokens) > 4 and not any(t.finite for t in tokens))) \
                and not _says(tokens):  # ("X sagte:" frames the next sentence; "Abgesehen von X:" has no verb;
            # a label, "Huber:", opens a turn)
            dropped.append((Draft(((0, len(tokens)),)), "its colon opens the next sentence"))
            discourse.observe(tokens)  # «Mein Ziel bleibt: | Ein starkes Netz»: cut from what it announces
            return []
        nesting = quote_depth(tokens, brackets=True)
        depth = quote_depth(tokens)
        headline = _in_headline(article, sentence)
        drafts: list[Draft] = []
        speaker = None
        prior_konjunktiv = False  # whether that speaker's words were reported in the Konjunktiv I
        cited: Draft | None = None  # the last clause's source when a cue named it ("laut X", "X zufolge")
        clauses = main_clauses(tokens) if stop is None else [(0, stop)]  # (a headline's question after its
        # statement asks, states nothing: "X glänzt gegen Y: Geht die Debatte wieder los?")
        run_speaker = _run_speaker(source, discourse) if source is not None \
            and any(t.text == ":" for t in tokens) else None  # (only a colon is cut: `_at_colon`)
        if run_speaker:  # (in a quotation over sentences, the author's clause before a colon is told apart from
            # the words after it)
            clauses = [part for lo, hi in clauses for part in _at_colon(tokens, depth, lo, hi, run_speaker, discourse)]
        for lo, hi in clauses:
            if _heard_goes_on(tokens, depth, lo):
                dropped.append((Draft(((lo, hi),)), "goes on with what the colon gives as heard or sensed from "
                                                    "others, after a semicolon: their words, not the author's"))
                continue
            # (the author's indicative after a dash is outside a report running over sentences: "A hätte B
            # überwiesen – Kritiker sehen darin C")
            own = (lo > 0 and tokens[lo - 1].text in {"–", "—"} and not _in_subjunctive(tokens[lo:hi])
                   and lo != dateline_end(tokens)) or _lead_in_to_quotation(tokens, depth, hi, len(tokens))
            # (not a dateline's dash: "Bern – A. Das teilte X mit."; the author's lead-in to a quotation that runs
            # over sentences, "Deshalb ist die Sorge gross: „…", is no part of it)
            base, content, omit = _attributed(tokens, lo, hi, discourse, None if own else source, headline, turn,
                                              continues and not own, resumed)
            if base.speaker is None and not base.rules and _editors_insertion(tokens):
                voice = discourse.announced() or discourse.current_speaker(window=1)  # "X distanzierte sich davon.
                # Der Verband (die Akademie, Anm. d. Red.) muss handeln": who spoke right before
                base = Draft((), speaker=voice, quote="direct",
                             rules=("speech_continued" if voice else "speech_unattributed",))
            if lo > 0 and _quoted_tail(tokens, depth, lo - 1, hi):
                base = Draft((), quote="direct", rules=("speech_unattributed",))  # not the last speaker's: the
                # quotation after the dash gives words the clause before it leads to
            if speaker and base.speaker is None and set(base.rules) <= {"speech_unattributed"} \
                    and _in_subjunctive(tokens[lo:hi]) and not _says(tokens[lo:hi]):
                # "X werde es geben; diese seien nicht gefährdet": the mood goes on with the report (not
                # in a clause with a verb of saying of its own: "…; Y seien betroffen, so sagte es Z")
                base = Draft((), speaker=speaker, quote="indirect", rules=("speech_continued",))
            elif speaker and prior_konjunktiv and base.speaker is None and not base.rules \
                    and tokens[lo - 1].text == ";" and not _says(tokens[lo:hi]) \
                    and not any(t.lower in _AUTHOR_TURNS for t in tokens[lo:hi]):
                # "Dort setze man auf A; B gibt es nur selten": the indicative after a semicolon in reported words
                # may go on with them as well as be the author's; the claim would state them as fact
                base = Draft((), quote="indirect", rules=("speech_unattributed",))
            elif cited and base.speaker is None and not base.rules and tokens[lo - 1].text == ";" \
                    and any(t.lower in _ADDING_ADVERBS for t in tokens[lo:hi]):
                # "A umfasst laut der Zeitung 270 Seiten; dem Gericht liegen zudem 30 Ordner vor": what the
                # source adds goes on with its source
                base = Draft((), speaker=cited.speaker, cue=cited.cue, quote=cited.quote, rules=("speech_continued",))
            cited = base if base.speaker and base.cue and base.cue.split()[0].lower() in _CITING_CUES else None
            prior_konjunktiv = main_konjunktiv(tokens[lo:hi]) if base.speaker else prior_konjunktiv
            speaker = base.speaker or speaker
            if base.speaker and base.quote == "indirect":
                content = tuple(_without_comment(tokens, depth, part) for part in content)
            for part in content:
                drafts.extend(_aside_of_author(d, tokens, omit) if cited
                              else _indicative_relative(_described_reporter(_announcing_head(_deed_of_others(
                                  d, tokens, base, lo, hi), tokens, base), tokens, base), tokens, base)
                              for d in _checked(tokens, part, base, nesting, dropped, omit))
            if base.speaker and "speech" in base.rules:
                drafts.extend(_frame_apposition(tokens, depth, lo, hi, dropped))
        records: list[tuple[dict, Draft]] = []
        seen: set[str] = set()
        facts = sentence_facts(article, sentence)
        discourse.observe(tokens)  # a pronoun may refer to this sentence's own subject
        main = next((t for i, t in enumerate(tokens) if t.finite and not depth[i]
                     and not in_subordinate(tokens, depth, 0, i)), None)
        if main is not None and main.lower in SUBJUNCTIVE_II | MODAL_SUBJUNCTIVE_II and _conditioned(tokens):
            discourse.note_condition()  # ("Bei der Lösung werden Beträge unterstellt, die X zahlen hätte müssen,
            # wären …": the main clause states the plan, the condition is its relative clause's)
        voices = [_unknown_voice(draft, tokens, depth, nesting) if draft.speaker is None else None
                  for draft in drafts]
        # "Alles war offen, wir hatten … vorbereitet": a sentence partly in somebody's unmarked first person
        # is that person's words throughout, its other clauses too (not a lead-in before a colon: "X gab
        # sich gelassen: Wir haben …")
        voiced = [min(d.indices(), default=0) for d, v in zip(drafts, voices) if v == _FIRST_PERSON_VOICE]
        ellipsis = continues and not headline and _ellipsis(tokens)
        substituted = False
        for draft, unknown in zip(drafts, voices):
            if ellipsis:
                dropped.append((draft, "a verbless piece that goes on with the sentence before (an ellipsis)"))
                continue
            if not _worth_a_claim(draft, tokens, headline):
                dropped.append((draft, "not worth a claim (too short, or a list entry)"))
                continue
            if _role_before_other(draft, tokens, discourse):
                dropped.append((draft, "a role and a name of the other gender fronted as one phrase: in the "
                                       "middle field they were two (subject and object), the claim would name "
                                       "the wrong person"))
                continue
            if cut_hypothesis(draft, tokens):
                dropped.append((draft, "a Konjunktiv II cut from whose figures, words or condition it states"))
                if draft.speaker is None:
                    discourse.note_imagined()  # (the imagined case goes on in the next sentence's Konjunktiv II)
                continue
            if discourse.condition_before() and _counterfactual(draft, tokens):
                dropped.append((draft, "a Konjunktiv II that goes on with the condition of the sentence before"))
                continue
            if discourse.imagined_before() and draft.speaker is None and _counterfactual(draft, tokens) \
                    and not any(tokens[i].pos == "CARD" for i in draft.indices()):
                dropped.append((draft, "a Konjunktiv II right after a hypothesis with no condition: the same "
                                       "imagined case, no fact"))
                discourse.note_imagined()
                continue
            if draft.speaker is None and _consequence_elsewhere(draft, tokens):
                dropped.append((draft, "a Konjunktiv II 'dann' whose condition stood elsewhere: a hypothesis, no "
                                       "fact"))
                continue
            if draft.speaker is None and _unreal_present(draft, tokens):
                dropped.append((draft, "a full verb in the Konjunktiv II with no condition and no speaker: someone's "
                                       "words or a hypothesis, no fact"))
                continue
            if draft.speaker is None and _unreal_past(draft, tokens):
                dropped.append((draft, "a past in the Konjunktiv II with no condition and no speaker: someone's "
                                       "words or a hypothesis, no fact"))
                discourse.note_imagined()
                continue
            if draft.speaker is None and _substitute_report(draft, tokens):
                dropped.append((draft, "a plural Konjunktiv II that stands in for someone's Konjunktiv I ('hätten', "
                                       "'würden … gebaut'), with no speaker: reported words, no fact"))
                substituted = True  # (a Konjunktiv II right after it is more of those words)
                continue
            if unknown is None and draft.speaker is None and any(
                    not any(tokens[j].text == ":" for j in range(max(draft.indices(), default=0), start))
                    for start in voiced):
                unknown = "a clause of a sentence in someone's first person, without a speaker"
            if unknown:
                dropped.append((draft, unknown))
                continue
            if "speech_unattributed" in draft.rules:  # Konjunktiv I, "hiess es": someone said it, but who?
                dropped.append((draft, "reported speech whose speaker is not known"))
                continue
            # (words framed by "so X" in the indicative: "Denn er war, so Luther, …" is not about Luther)
            indicative = draft.cue == "so" and not _in_subjunctive([tokens[i] for i in draft.indices()])
            resolved = discourse.resolve(draft, tokens, depth, indicative)
            draft = resolved if resolved == draft else resolved.by("reference")
            if headline or sentence.index == 0:  # (a corpus without a title keeps its teaser line first)
                draft = with_article(draft, tokens, text)
            draft = without_link(draft, tokens)
            claim_text = render(draft, tokens, text)
            claim_spans = spans(draft, tokens)
            if not claim_text or not claim_spans or claim_text in seen:
                dropped.append((draft, "repeats a claim of this sentence"))
                continue
            seen.add(claim_text)
            attribution = ({"speaker": draft.speaker, "cue": draft.cue, "quote": draft.quote}
                           if draft.speaker else None)
            records.append((claim_record(article, sentence, claim_text, claim_spans, attribution, facts,
                                         {"name": self.name, "version": self.version}), draft))
        if not speaker and (substituted or any(_UNKNOWN_SPEAKER & set(d.rules) for d in drafts)):
            discourse.report_unknown(quoted=any(t.text in _QUOTE_MARKS for t in tokens))
        if not speaker and _names_source(tokens):
            discourse.source_named(_study_phrase(tokens, discourse))
        if records and not speaker and not _in_subjunctive(tokens, first_only=True) and not _says(tokens) \
                and not any(t.finite and t.lower in {"soll", "sollen"} for t in tokens):
            discourse.note_newcomer()  # (a statement of the author's; not words a frame reports, even one whose
            # speaker is unclear, nor hearsay, "Ponta soll das Geld verwendet haben", nor a fragment of the
            # speaker's words, "Nämlich dass …")
        planner = speaker
        if speaker:
            # named here or continued: later reports may go on with it
            marked = any(t.text in _QUOTE_MARKS for t in tokens)
            indirect = (_in_subjunctive(tokens) or any(t.finite and konjunktiv_i(t) for t in tokens)) and not marked \
                and any(d.speaker and d.quote == "indirect" for d in drafts)  # (a relative clause's Konjunktiv I
            # marks the report too: "Es gibt Kinder, die anfälliger seien, sagt X.")
            said = [d for d in drafts if d.speaker == speaker]
            discourse.report(speaker, subjunctive=indirect, deed=bool(said) and all("verb_report" in d.rules
                                                                                 for d in said),
                             quoted=marked and any(d.quote == "direct" for d in said))
            if any(t.pos == "CARD" and not is_year(t) for t in tokens):
                discourse.report_figures()
        else:
            announcer = announcing_subject(tokens) or heard_from(tokens)  # "X sprach sein Beileid aus." «…»: the
            # quotation is X's; so is the Konjunktiv I after "Diese Einschätzung ist auch aus X zu hören"
            planner = discourse.reference(tokens, *announcer) if announcer else None
            if planner:
                discourse.announce(planner, judges(tokens))
        demanding = (demanding_subject(tokens) or thinking_subject(tokens)) if not speaker else None
        demander = discourse.reference(tokens, *demanding) if demanding else None
        if demander:
            discourse.report(demander, subjunctive=True)  # "X fordert, dass A. B müsse …": the demand goes on;
            # so does a view ("X schätzt, dass A. Manche zögen zudem …")
        to_be_done = speaker and (any(t.finite and t.lower in {"soll", "sollen"} for t in tokens)
                                  or _plan_detail(tokens) or (indirect and _must_be_done(tokens)))
        if planner and (proposes(tokens) or to_be_done or _appeals(tokens)):
            discourse.plan(planner)  # (and so does a report of what is to be done: "Im Entwurf heisst es, dass X
            # verlängert werden soll. Ab Mai sollen …"; and an appeal: "X wenden sich an Y. Der Betrieb soll …")
        elif not speaker and (issuer := issuing_subject(tokens)) and (issued := discourse.reference(tokens, *issuer)):
            discourse.plan(issued)  # "X gab ihre Empfehlungen heraus. So sollen …": the plan's details
        elif not speaker and (document := document_of_plan(tokens)):
            discourse.plan(_document_name(tokens, *document, discourse.phrase(tokens, *document)))
            # ("Alle weiteren Schritte sind im Entwurf an Werte geknüpft. So dürfen …")
        return records
