"""Sentence starts that no punctuation marks: headlines and teasers glued onto the text that follows.

Scraped pages lose the line breaks between a teaser's headline, its one-line summary and the article's
next sentence ("Streik in Genf Die Gewerkschaft fordert mehr Lohn Verband lehnt ab
..."). Two rules of German grammar find the seams:
1. a closed-class word (article, pronoun, preposition, ...) is capitalised only at a sentence start, so
   "Moskau Die" is a seam;
2. a main clause has one finite verb; two finite verbs with no comma, conjunction or subordinator between
   them belong to two sentences, and the second one starts with the constituent in front of its verb
   (verb-second order), "mehr Lohn | Verband lehnt".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.language.lexicon import FUNCTION_WORDS, SECOND_PERSON, SUBORDINATORS, UNFINISHED_ENDS
from builder.split.phrases import double_infinitive, quote_depth
from builder.split.sentences import DECIMAL, Token
from builder.split.timex import MONTHS

# the polite address, and the familiar one that a letter or a quoted speaker capitalises ("Du verliebst Dich in
# sie"; not "Du", which may open a sentence glued on)
_POLITE = frozenset({"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"}) | (SECOND_PERSON - {"du"})
_NOMINAL = {"NN", "NE", "NNI", "NNA", "CARD", "FM", "XY"}
_GOVERNORS = {"APPR", "APPRART", "ART", "PPOSAT", "PDAT", "PIAT"}
# word classes that need a noun after them: a sentence does not end on one
_OPENS_PHRASE = _GOVERNORS | {"ADJ(A)", "PDAT", "KON", "KOKOM"}


def _separates(tok: Token) -> bool:
    return tok.pos in {"$,", "$.", "$(", "KON", "KOUS", "KOUI", "PRELS", "PWS", "PWAV"} or \
        tok.lower in SUBORDINATORS or not tok.text[0].isalnum()


_PERSONAL = frozenset({"ich", "du", "er", "sie", "es", "wir", "ihr"})


def capitalised_function_word(tokens: Sequence[Token], i: int) -> bool:
    """Rule 1: token i is a lower-case word class written with a capital after a word (not punctuation)."""
    tok, prev = tokens[i], tokens[i - 1]
    closed = (tok.lower in FUNCTION_WORDS or tok.pos in {"ADV", "PROAV"}) and tok.lower not in _POLITE \
        and (tok.pos not in {"NN", "NE"} or tok.lower in _PERSONAL)  # ("Gott sei Dank können …", "Stephan Weil",
    # "Von Miller": a noun or a name, not the preposition or conjunction; a pronoun after a link is one still)
    # adverbs too ("… durch Eigentlich wollten"); the polite "Sie", "Ihnen" is capitalised anywhere
    # no sentence ends in a conjunction, preposition or article: "Breaking Bad oder Die Sopranos" is a title
    return (i > 0 and tok.text[:1].isupper() and tok.text[1:].islower() and closed
            and prev.text[-1:].isalnum() and (prev.lower not in UNFINISHED_ENDS or prev.tag in {"PTKVZ", "ADV"}
                                              or (prev.tag == "APPR" and tok.tag == "APPRART"))
            and not _open_conjunct(tokens, i) and not _title_in_bracket(tokens, i)
            and not (i + 1 < len(tokens) and tokens[i + 1].text == "/"))
    # (a word a slash joins to the next is a coined title, "die Produktion In/Formation", no sentence start;
    # a preposition leaves its phrase open, but a verb's particle closes the clause, "liegen nicht vor Beim",
    # and no preposition governs a fused one: "kommen später an Im Hotel")


def _quoted_heading(tokens: Sequence[Token], i: int) -> bool:
    """Whether the text before i is one quotation and nothing else, its closing mark right before a capitalised
    article or pronoun at i («Kamen ihm nicht entgegen» Das Gericht …): a subheading that quotes someone, glued
    to the sentence after it."""
    tok = tokens[i]
    return i > 3 and tokens[0].text in _OPENING_QUOTES and tokens[i - 1].text in _CLOSING_QUOTES \
        and tok.text[:1].isupper() and tok.text[1:].islower() and tok.tag in {"ART", "PPER", "PDS", "PDAT"} \
        and not any(t.text in _OPENING_QUOTES | _CLOSING_QUOTES or t.text in {".", "!", "?", ":"}
                    for t in tokens[1:i - 1])


def _title_in_bracket(tokens: Sequence[Token], i: int) -> bool:
    """Whether a capital at i opens a work's title inside a verb bracket ("Wir haben jetzt Der Mond ist
    aufgegangen eingespielt"): an auxiliary or modal before it still waits for its participle or infinitive,
    or a full verb for its particle, which closes the stretch after the title."""
    if tokens[i].tag not in {"ART", "APPRART"}:
        return False  # (a title opens with its article or a fused preposition, "Am Ende des Tages"; "… hat Aber
        # sie …" is a seam)
    start = next((j + 1 for j in range(i - 1, -1, -1) if _separates(tokens[j])), 0)
    end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text in {",", ".", ";", "!", "?"}),
               len(tokens))  # (a subtitle after a colon is the title's: "Am Ende des Tages: Die Nacht …")
    full = [j for j in range(start, i - 1) if tokens[j].finite and tokens[j].pos == "VV"]
    if full and end - 1 > i and tokens[end - 1].tag == "PTKVZ" \
            and not any(t.tag == "PTKVZ" or t.pos in {"VV", "VA", "VM"} for t in tokens[full[-1] + 1:i]) \
            and not any(t.finite for t in tokens[i + 1:end]):
        return True  # "kündigte die Intendantin Der Besuch der alten Dame an": the particle after the title
        # closes the verb's bracket (a stretch with a verb of its own is a sentence: "… Die Preise steigen an")
    waiting = [j for j in range(start, i - 1) if tokens[j].finite and tokens[j].pos in {"VA", "VM"}]
    if not waiting or any((t.pos in {"VV", "VA", "VM"} and not t.finite) or t.tag == "ADJ(D)"
                          for t in tokens[waiting[-1] + 1:i]):
        return False  # (a predicate closes a copula's clause: "Einkaufen wird schwierig Der Laden ist …")
    last = tokens[end - 1]  # (a participle in -t may be tagged a finite verb: "hatte … argumentiert")
    return end - 1 > i and (last.tag in {"VV(PP)", "VV(INF)", "VA(PP)", "VA(INF)"}
                            or (last.tag == "VV(FIN)" and last.lower.endswith("t")))


def _second_clause_start(tokens: Sequence[Token], verb: int, floor: int) -> int:
    """Rule 2: where the clause of the finite verb at `verb` begins (its prefield), not before `floor`."""
    j = verb - 1
    while j > floor and tokens[j - 1].pos in _NOMINAL and tokens[j - 1].text[:1].isupper():
        j -= 1
    if j > floor and tokens[j - 1].pos in _GOVERNORS and j < verb - 1:
        j += 1  # "in Genf Meier trifft": the preposition takes the first noun, the clause starts after it
    return j


def seams(tokens: Sequence[Token]) -> list[int]:
    """Indices of tokens that start a new sentence although nothing but a space precedes them."""
    found = {i for i in range(1, len(tokens)) if capitalised_function_word(tokens, i)}
    last_finite = None
    for i, tok in enumerate(tokens):
        if i in found or _separates(tok):
            last_finite = None
            if i not in found:
                continue
        if tok.finite and not double_infinitive(tokens, i) and not _modal_infinitive(tokens, i, last_finite):
            # (a modal after an infinitive closes the clause's verbs: "hätte fertig werden sollen"; an auxiliary
            # after a participle is the infinitive a modal before it takes: "Sollte X erreicht werden, …")
            if last_finite is not None:
                start = _second_clause_start(tokens, i, last_finite + 1)
                if start > last_finite + 1 and tokens[start - 1].tag not in _OPENS_PHRASE:
                    found.add(start)  # (not "an den letzten | Sachsenkönig erinnert": no sentence ends there)
            last_finite = i
    return sorted(found)


def _modal_infinitive(tokens: Sequence[Token], i: int, last_finite: int | None) -> bool:
    """Whether the "finite" auxiliary at i ("werden", "sein", "haben") follows a participle in a clause whose
    finite verb is a modal: the modal's infinitive, which the tagger may read as a plural present."""
    return last_finite is not None and tokens[last_finite].pos == "VM" and i > 0 \
        and tokens[i].lower in {"werden", "sein", "haben", "worden"} and tokens[i - 1].tag == "VV(PP)"


def _capitalised_attribute(tokens: Sequence[Token], i: int) -> bool:
    """Rule 1 for an attributive adjective: one written with a capital after a short verbless heading with
    no determiner or conjunction in it, before its noun and a finite verb later ("Zu hohe Mieten Junge Familien ziehen
    weg"): adjectives are capitalised at a sentence start or in names, and a name's adjective after a noun
    is a genitive's ("Verband Schweizerischer …"), which ends in "-er", not "-e" (a superlative's "-ster" opens a
    sentence: "Barrierefreiheit, Klima Grösster Posten ist …"); the heading may list its words with commas. So
    does a capitalised degree word before the adjective or "mehr" ("Teure Mieten Deutlich mehr Familien ziehen
    weg")."""
    tok, prev = tokens[i], tokens[i - 1]
    noun = i + 1
    if tok.tag in {"ADJ(D)", "ADV"} and i + 2 < len(tokens) and (tokens[i + 1].tag == "ADJ(A)"
                                                                  or tokens[i + 1].lower in {"mehr", "weniger"}):
        noun = i + 2
    elif not (tok.tag == "ADJ(A)" and tok.lower.endswith(("e", "ster", "ßter"))):
        return False
    return tok.text[:1].isupper() and tok.text[1:].islower() and prev.pos == "NN" \
        and tokens[noun].pos == "NN" \
        and not any(t.tag in {"ART", "PPOSAT", "PDAT", "PIAT", "KOKOM", "KOUS"} for t in tokens[:i]) \
        and not any(t.finite or not (t.text[:1].isalnum() or t.text == ",") for t in tokens[:i]) \
        and any(t.finite for t in tokens[noun + 1:])


def _capitalised_prefield(tokens: Sequence[Token], i: int) -> bool:
    """Rule 1 for an adverbial adjective, a participle or an infinitive before its modal: one written with a
    capital after a word that leaves no phrase open, right before a finite verb, is the prefield of a
    verb-second clause ("Diagnose Haltlosigkeit Verheiratet war sie", "stieg weiter an Tatsächlich könnten …")."""
    tok, prev = tokens[i], tokens[i - 1]
    # "sickerte durch Eigentlich wollten": the verb's particle closes the clause before (not "wie es auf
    # Elsässisch heißt", whose preposition has no verb before it)
    particle = (prev.tag == "PTKVZ" or (prev.tag == "APPR" and prev.lower in _PARTICLE_PREPOSITIONS)) \
        and _verb_before(tokens, i - 1)
    fronted = tok.tag == "VV(INF)" and prev.pos in {"NN", "NE"} and i + 1 < len(tokens) \
        and tokens[i + 1].pos in {"VM", "VA"}  # "Neue Wege Gelingen soll das": an infinitive fronted before its
    # modal opens the clause
    return (tok.tag in {"ADV", "ADJ(D)", "VV(PP)"} or fronted) and tok.text[:1].isupper() and tok.text[1:].islower() \
        and i + 1 < len(tokens) and tokens[i + 1].finite and prev.text[-1:].isalnum() \
        and (particle or (prev.tag not in _OPENS_PHRASE and prev.lower not in UNFINISHED_ENDS
                          and not (prev.text[:1].isupper() and tokens[i - 2].pos in {"APPR", "APPRART"}))) \
        and not _open_conjunct(tokens, i)  # (a name after a preposition may go on: "Mit Oll Inklusiv hatte sie")


def _verb_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether a finite verb stands before token i in its clause: no comma, conjunction or subordinator
    between."""
    before = next((j for j in range(i - 1, -1, -1) if tokens[j].finite or _separates(tokens[j])), None)
    return before is not None and tokens[before].finite


def _quoted_subject(tokens: Sequence[Token], i: int) -> bool:
    """Rule 2 for a quoted name: a clause whose finite verb no comma or conjunction separates from a quoted
    name after a word and the finite verb after that name ("Hose betont Babybauch «Bild» veröffentlichte
    …"): the name is the second sentence's subject ("Die Zeitung «Bild» veröffentlichte" has no verb before)."""
    if tokens[i].text not in _OPENING_QUOTES or not tokens[i - 1].text[-1:].isalnum() \
            or tokens[i - 1].tag in _OPENS_PHRASE or tokens[i - 2].tag in _OPENS_PHRASE:
        return False  # (a noun with its article or adjective may take the quoted name as its apposition: "auf
        # dem rechten Portal «X» wird …")
    close = next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j].text in _CLOSING_QUOTES), None)
    if close is None or close + 1 >= len(tokens) or not tokens[close + 1].finite \
            or not tokens[i + 1].text[:1].isupper():
        return False
    return _verb_before(tokens, i)


def _number_after_stop(tokens: Sequence[Token], i: int) -> bool:
    """A number with a separator after a word's full stop and a space opens a sentence ("… gefallen. 1.200
    Autos …", "… gefallen. 2,5 Prozent …"): SoMaJo cuts before "1200", not before "1.200"."""
    return i >= 2 and tokens[i - 1].text == "." and tokens[i - 2].text.isalpha() \
        and tokens[i].start > tokens[i - 1].end and _SEPARATED_NUMBER.fullmatch(tokens[i].text) is not None


_INDEFINITE = frozenset({"ein", "eine", "einen", "einem", "einer"})


def _stop_missed(tokens: Sequence[Token], i: int) -> bool:
    """A full stop that SoMaJo did not take for a sentence's end, before a capitalised word i: after a decimal
    ("bei 68,7. Thüringen …": no ordinal has a comma), and after a capital letter, before a quotation that
    opens with a capital or a word that opens clauses ("auf der Plattform X. «Wir …»"; not an initial before
    a surname, "John F. Kennedy", nor an abbreviation inside a quoted name, "„Verein e.V.“ …")."""
    before, word = tokens[i - 1], tokens[i]
    if not word.text[:1].isupper():
        return word.text in _OPENING_QUOTES and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() \
            and len(before.text) == 2 and before.text[0].isupper() and before.text[1] == "."
    if before.text == "." and DECIMAL.fullmatch(tokens[i - 2].text) and tokens[i - 2].end == before.start:
        return word.lower.rstrip(".") not in MONTHS
    return len(before.text) == 2 and before.text[0].isupper() and before.text[1] == "." \
        and word.lower in _CLAUSE_OPENERS | _INDEFINITE


def sentence_seams(tokens: Sequence[Token]) -> list[int]:
    """The seams the rule splitter cuts at: `headline_seams`, a capitalised adverbial adjective or participle
    in the prefield of a verb-second clause, a capitalised attributive adjective after a short heading, a
    quoted subject after a clause with its own verb, a number after a full stop, a full stop SoMaJo
    missed after a decimal or a capital letter, and a quoted subheading before a capitalised article. (The LLM
    backend's sentence lines stay those of `headline_seams`: its recorded answers, tests/data/llm, were given to
    those lines, and new ones need the model to answer them again.)"""
    depth = quote_depth(tokens)
    return sorted({i for i in headline_seams(tokens) if not title_after_kind(tokens, i)}
                  | {i for i in range(1, len(tokens)) if not depth[i] and _capitalised_prefield(tokens, i)}
                  | {i for i in range(2, len(tokens) - 2) if not depth[i - 1] and _quoted_subject(tokens, i)}
                  | {i for i in range(2, len(tokens)) if _number_after_stop(tokens, i)}
                  | {i for i in range(2, len(tokens)) if not depth[i] and _stop_missed(tokens, i)}
                  | {i for i in range(2, min(6, len(tokens))) if _capitalised_attribute(tokens, i)}  # (a heading of
                  # two to five words)
                  | {i for i in range(4, len(tokens)) if _quoted_heading(tokens, i)})


# nouns of a kind of named thing whose name may open with a capitalised article ("zur Liste Die Unabhängigen",
# "der Film Der Schwarm")
_KIND_NOUNS = frozenset("""liste partei fraktion bewegung gruppe band film serie buch roman album lied song titel
stück oper sendung show zeitung zeitschrift magazin krimi thriller komödie drama folge episode dokumentation doku
podcast tatort uraufführung premiere inszenierung""".split())
# their plurals, which as often end a clause before a new sentence ("spielte neue Lieder Das Publikum tanzte")
_KIND_PLURALS = frozenset("""filme serien bücher romane alben lieder songs stücke opern sendungen uraufführungen
premieren inszenierungen""".split())


def title_after_kind(tokens: Sequence[Token], i: int) -> bool:
    """Whether the capitalised article or preposition at i opens the name of what the noun before it names a kind
    of ("gehört zur Liste Die Unabhängigen, die …", "im Krimi Auf einen Schlag"): the name goes on, no new
    sentence; after a plural ("stehen als Premieren Der kalte Sommer … auf dem Programm") only when no finite
    verb follows, which would make the article a new sentence's."""
    kind = tokens[i - 1].lower.split("-")[-1]  # ("im ARD-Krimi Auf einen Schlag": the compound's last part)
    if tokens[i].tag not in {"ART", "APPR", "APPRART"} or tokens[i - 1].pos != "NN":
        return False
    return kind in _KIND_NOUNS or (kind in _KIND_PLURALS and not any(t.finite for t in tokens[i:]))


def headline_seams(tokens: Sequence[Token]) -> list[int]:
    """Rule 1 alone, outside quotations: the safe test for a headline glued into running text ("Pizza
    bestellen wird schwierig Das Schloss ist alt"); and a number with its full stop before an opening
    quotation mark or a capitalised conjunction, article, pronoun or preposition, which the tokenizer took
    for an ordinal ("Am Anfang waren es 75. „Schön, dass …“", "seit Tag drei sind es 12. Und sie …"): an
    ordinal stands before its noun."""
    depth = quote_depth(tokens)
    return sorted({i for i in range(1, len(tokens)) if not depth[i] and capitalised_function_word(tokens, i)}
                  | {i for i in range(2, len(tokens) - 1) if tokens[i - 1].text[:-1].isdigit()
                     and tokens[i - 1].text.endswith(".") and not depth[i] and (
                         (tokens[i].text in _OPENING_QUOTES and tokens[i + 1].text[:1].isupper())
                         or (tokens[i].lower in _CLAUSE_OPENERS and tokens[i].text[:1].isupper()
                             and tokens[i].text != "Sie"))})


def _open_conjunct(tokens: Sequence[Token], i: int) -> bool:
    """Whether the text before token i ends in a subordinate clause's second conjunct that has no verb yet
    ("…, dass die Partei jünger wirkt und daher weniger | Kein Interesse-Antworten bekommt": a corpus that
    stripped quotation marks leaves «Kein …» capitalised): the clause goes on past the capital."""
    opener = max((j for j in range(i) if tokens[j].lower in SUBORDINATORS and tokens[j].pos == "KOUS"), default=None)
    if opener is None:
        return False
    conjunction = max((j for j in range(opener + 1, i) if tokens[j].lower in {"und", "oder"}), default=None)
    return conjunction is not None and not any(t.pos in {"VV", "VA", "VM"} or not t.text[:1].isalnum()
                                               for t in tokens[conjunction + 1:i])


_OPENING_QUOTES = frozenset({"„", "«", "»", '"'})
_CLOSING_QUOTES = frozenset({"“", "»", "«", '"'})
# a number with a thousands or decimal separator: "1.200", "12.000.000", "2,5"
_SEPARATED_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
# prepositions that are also a verb's particle, which may close a clause ("sickerte durch", "stieg an"; not "im")
_PARTICLE_PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "durch", "mit", "nach", "über", "um", "unter", "vor",
                                    "zu"})
# words that open a clause, capitalised after a number's full stop only at a sentence start (an ordinal stands
# before a noun or adjective, never before a preposition: "und Jemen 7. In Syriens Norden …")
_CLAUSE_OPENERS = frozenset("""und aber doch denn die der das er sie es wir ich in im auf nach bei mit seit vor für
aus am an unter über laut trotz wegen während heute dann danach damit dabei dagegen nun jetzt inzwischen zudem
ausserdem außerdem zuvor bisher seither deshalb daher allerdings trotzdem manchmal oft häufig selten meist
meistens""".split())  # (nor before an adverb:
# "… die Sanierung der B 27. Heute dagegen …")

