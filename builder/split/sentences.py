"""German news sentence segmentation with exact character offsets into the article text.

SoMaJo does the hard parts (abbreviations, ordinals such as "2. Dezember 2021", «» quotes, sentences glued
without a space such as "Ende.Der"); this module maps its output onto article offsets, skips page furniture
and tags each sentence once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, takewhile

from builder.language.determiners import determiner_features
from builder.language.first_names import name_gender
from builder.language.lexicon import GIVEN_TO_SAY, SPEECH_PARTICLE_VERBS, SPEECH_VERBS, UNFINISHED_ENDS
from builder.language.tagger import TagView, finite_verb_lemma, tag
from builder.language.tokenizer import opening, sentences
from builder.split.timex import MONTHS


@dataclass(frozen=True, slots=True)
class Token(TagView):
    """A word of the article: its text, character offsets into the article text, tag and lemma."""

    text: str
    start: int
    end: int
    tag: str = ""
    lemma: str = ""
    pos: str = field(init=False, repr=False, compare=False)
    finite: bool = field(init=False, repr=False, compare=False)
    lower: str = field(init=False, repr=False, compare=False)  # the text in lower case

    def __post_init__(self) -> None:
        self._read_tag()
        object.__setattr__(self, "lower", self.text.lower())


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its position among the article's sentences, offsets and tagged tokens."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]


def tokenize(text: str, offset: int = 0) -> list[list[Token]]:
    """Sentences of untagged tokens for one stretch of text; offsets shifted by `offset`."""
    if not text.strip():
        return []
    return [part for sent in _glued(sentences(text))
            for part in _missed_ends([Token(word, offset + start, offset + end) for word, start, end in sent])]


def _glued(split: Iterable[Sequence[tuple[str, int, int]]]) -> list[list[tuple[str, int, int]]]:
    """SoMaJo's sentences, joined again where one ends inside a number ("Brennweite (f2 bis f4." + "9)"): no
    sentence ends on a full stop with a digit right after it, nor after a first name's initial ("Ch. Meier").
    Such a number's last digits before a bracket
    ("f2.8)", read as an item "8)") are split from the bracket, and so are a bracketed number's ("Bayern (8)."
    gives "8)" before a full stop)."""
    out: list[list[tuple[str, int, int]]] = []
    for sent in split:
        if out and sent and out[-1] and out[-1][-1][2] == sent[0][1] and out[-1][-1][0] == "." \
                and sent[0][0][:1].isdigit():
            out[-1] = out[-1] + list(sent)
        elif out and sent and len(out[-1]) > 1 and out[-1][-1][0] == "." and out[-1][-2][0] in _DIGRAPH_INITIALS \
                and out[-1][-2][2] == out[-1][-1][1] and sent[0][0][:1].isupper():
            (word, start, _), (_, _, end) = out[-1][-2:]
            out[-1] = [*out[-1][:-2], (word + ".", start, end), *sent]  # "Ch. Leitgeb": a first name's initial
        else:
            out.append(list(sent))
    return [[piece for k, token in enumerate(sent) for piece in _decimal_tail(sent, k, token)] for sent in out]


# first names' initials of two letters for one sound ("Ch. Meier" for Christoph, "Th.", "Ph."), which SoMaJo does
# not know as abbreviations: a full stop after one, before a capitalised word, ends no sentence
_DIGRAPH_INITIALS = frozenset({"Ch", "Th", "Ph"})


def _decimal_tail(sent: Sequence[tuple[str, int, int]], k: int, token: tuple[str, int, int]
                  ) -> list[tuple[str, int, int]]:
    word, start, end = token
    if k and word[:-1].isdigit() and word.endswith(")") and sent[k - 1][0] in {".", "("} and sent[k - 1][2] == start:
        return [(word[:-1], start, end - 1), (")", end - 1, end)]
    return [token]


# words that SoMaJo's case-blind abbreviation list reads as one: lower-case verbs ("mag." for "Mag.", Magister)
# and surnames ("Berger." for "BerGer.", Berufungsgericht)
_WORDS_LIKE_ABBREVIATIONS = frozenset({"mag.", "Berger."})
# words that open a sentence and never follow an ordinal ("um 20 Uhr 15. Ein Mann …", "wurde 3. Der Sieger …":
# the full stop ends the number's sentence; an ordinal goes on with its noun, "am 15. Mai")
_OPENERS_AFTER_NUMBER = frozenset("""Ein Eine Einen Einem Einer Der Die Das Dem Den Des Er Sie Es Wir Ich Doch
Aber Und Dann Damit Dabei Dort Dies Diese Dieser So Auch Zudem Zwar Man Nun Jetzt Denn Allerdings Ausserdem Außerdem
Trotzdem Deshalb Daher Insgesamt Im In Am Bei Nach Für Mit Laut Seit Wie Als Wenn""".split())  # (an ordinal goes on
# with its noun or adjective: "am 3. Mai", "der 2. grösste")
# stray characters of a layout between a full stop and the next sentence ("gereist.# Nach den …")
_STRAY_MARKS = frozenset({"#", "*", "|", "•", "·"})


def _value_reached(tokens: Sequence[Token], k: int) -> bool:
    """Whether the number with its full stop at k closes a change of value, "von 106 auf 132." or "von 5 bis
    9.", before a capitalised word that is no month: the value a count reached is a cardinal, and the full stop
    ends the sentence ("… stieg von 106 auf 132. Fluggesellschaften …"; a date's range, "vom 3. bis 7. März",
    has its month after it)."""
    tok = tokens[k]
    if not (tok.text[:-1].isdigit() and tok.text.endswith(".")) or k < 3 or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1].text
    return tokens[k - 1].text in {"auf", "bis"} and tokens[k - 2].text.replace(".", "").replace(",", "").isdigit() \
        and not tokens[k - 2].text.endswith(".") and tokens[k - 3].text == "von" \
        and following[:1].isupper() and following.lower().rstrip(".") not in MONTHS


DECIMAL = re.compile(r"\d+,\d+")
# a decimal's digits after the comma and the marks SoMaJo left on them ("8)" of "(2,8)", "7." of "68,7.")
_DIGITS_AND_MARKS = re.compile(r"(\d+)([.)]*)")


def _decimal_commas(tokens: list[Token]) -> list[Token]:
    """A decimal number that SoMaJo cut at its comma before a full stop or a bracket ("68,7." → "68", ",",
    "7."; "(2,8)" → "(", "2", ",", "8)"): one number again, the marks after it tokens of their own (whether
    the sentence ends there, the rule splitter's `glue.sentence_seams` decides)."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        tail = _DIGITS_AND_MARKS.fullmatch(tokens[k + 2].text) if k + 2 < len(tokens) else None
        if tail and tok.text.isdigit() and tokens[k + 1].text == "," \
                and tok.end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start:
            last, digits = tokens[k + 2], len(tail.group(1))
            out.append(Token(f"{tok.text},{tail.group(1)}", tok.start, last.start + digits))
            out.extend(Token(mark, last.start + digits + j, last.start + digits + j + 1)
                       for j, mark in enumerate(tail.group(2)))
            k += 3
            continue
        out.append(tok)
        k += 1
    return out


def _missed_ends(tokens: list[Token]) -> list[list[Token]]:
    """A sentence cut where SoMaJo missed its end: after a verb it took for an abbreviation ("… vorbeikommen
    mag. Allesamt sind …", "das war's. Alle …") or a number for an ordinal ("um 20 Uhr 15. Ein Mann …"), and
    after a full stop that a stray mark follows ("gereist.# Nach …"), the mark standing alone, around a bullet
    between words ("Titel · Text"), and after an item's number ("1) Ein …")."""
    cuts = []
    out: list[Token] = []
    tokens = _decimal_commas(tokens)
    for k, tok in enumerate(tokens):
        following = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if (tok.text in _WORDS_LIKE_ABBREVIATIONS and following[:1].isupper()) \
                or (tok.text[:-1].isdigit() and tok.text.endswith(".") and following in _OPENERS_AFTER_NUMBER) \
                or _value_reached(tokens, k) \
                or (tok.text in {"s.", "S."} and k and tokens[k - 1].end == tok.start
                    and tokens[k - 1].text.endswith(("'", "’"))
                    and following[:1].isupper()):  # "das war's. Alle …": the elided "es", read as the
            # abbreviation "s."
            out += [Token(tok.text[:-1], tok.start, tok.end - 1), Token(".", tok.end - 1, tok.end)]
            cuts.append(len(out))
            continue
        if tok.text in {"·", "•"} and 0 < k < len(tokens) - 1 and tokens[k - 1].text != "." \
                and tokens[k - 1].end < tok.start < tok.end < tokens[k + 1].start and following[:1].isupper():
            cuts += [len(out), len(out) + 1]  # "Spaltpilz Gentechnik · Kompliziert wird …": a bullet between a
            # subheading and the text, standing alone
        out.append(tok)
        if tok.text == ")" and k and tokens[k - 1].text.isdigit() and (k == 1 or tokens[k - 2].text == ":") \
                and following[:1].isupper():
            cuts += [len(out) - 2, len(out)] if k > 1 else [len(out)]  # "Die Themen: 1) Ein Kollektiv plant …":
            # an item's number stands alone
        if tok.text == "." and following in _STRAY_MARKS and k + 2 < len(tokens) and tokens[k + 2].text[:1].isupper():
            cuts += [len(out), len(out) + 1]
    bounds = [0, *cuts, len(out)]
    return [out[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def opening_tokens(text: str, offset: int, window: int, count: int) -> list[Token]:
    """The first `count` untagged tokens of the first sentence of `text[:window]` (see `opening`); offsets
    shifted by `offset`."""
    if not text[:window].strip():
        return []
    words = [Token(word, offset + start, offset + end) for word, start, end in opening(text, window, count)]
    return _missed_ends(words)[0] if words else []  # (a sentence end SoMaJo missed ends the first sentence too)


# typographic punctuation that HanTa's model never saw, given to it in the ASCII form it knows: an unknown
# "–" is tagged foreign material and drags its neighbours along ("– er ist" → FM FM), "-" is punctuation; and
# the demonstrative "Selbiges" ("the same"), which it takes for a name, as the demonstrative it is used like
_TAGGER_FORMS = {"–": "-", "—": "-", "Selbiges": "Dieses", "Selbige": "Diese", "Selbiger": "Dieser"}


def tag_tokens(tokens: Sequence[Token]) -> tuple[Token, ...]:
    tagged = tag([_TAGGER_FORMS.get(t.text, t.text) for t in tokens])
    out = [Token(t.text, t.start, t.end, g.tag, g.lemma) for t, g in zip(tokens, tagged)]
    for find, fix in _RETAGS:  # in order: each correction reads the tags the ones before it left
        for i in find(out):
            out[i] = fix(out[i])
    return tuple(out)


def _retag(tag_name: str, lemma: Callable[[Token], str] = lambda t: t.lemma) -> Callable[[Token], Token]:
    """The correction that gives a token `tag_name` (and the lemma `lemma` makes of it)."""
    return lambda t: Token(t.text, t.start, t.end, tag_name, lemma(t))


def _made_finite(t: Token) -> Token:
    return Token(t.text, t.start, t.end, t.tag[:2] + "(FIN)", t.lemma)


_AUXILIARIES = frozenset({"haben", "sein", "werden"})
INSEPARABLE_PREFIXES = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss")
# prefixes a verb may take inseparably or not ("übermitteln", "übersiedeln"): either way its participle
# ends in -t ("übermittelt", "übergesiedelt"), which after a finite auxiliary closing the clause is no present
_TWOFOLD_PREFIXES = ("über", "unter", "hinter", "wider", "durch")
_CLAUSE_BREAK = frozenset({",", ";", ":", "–", "(", ")", "«", "»", "„", "“", "und", "oder", "aber", "sondern"})
_NP_OPENERS = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "ADJ(A)", "NN", "NE", "CARD"})


def _nonfinite_in_second_place(tokens: Sequence[Token]) -> int | None:
    """A plural present tagged as an infinitive ("Die Behörden melden, dass ...") or a present tagged as a
    participle ("Eine Studie belegt, dass ..."): in a sentence that ends with a full stop, a verb right
    after the noun phrase that opens it, with no verb before it and a comma or colon after it, stands in
    second place, where only a finite verb stands (headlines, which have no full stop, open with
    infinitives: "Mehr Geld ausgeben")."""
    if len(tokens) < 4 or not ends_with_full_stop(tokens) or tokens[0].tag not in _NP_OPENERS:
        return None  # (a quotation may close after the full stop: "Sie sagen: „Ich habe Angst.“")
    for k, tok in enumerate(tokens):
        if tok.tag[:2] in {"VV", "VA", "VM"}:
            after = k + 3 if k + 3 < len(tokens) and tokens[k + 1].tag == "PTKZU" \
                and tokens[k + 2].lower in GIVEN_TO_SAY else k + 1  # ("Ärzte geben zu bedenken, dass …")
            if tok.tag.endswith(("(INF)", "(PP)")) and k > 0 and tokens[k - 1].tag in {"NN", "NE"} \
                    and after < len(tokens) and tokens[after].text in {",", ":"}:
                return k
            return None
        if tok.tag.startswith("$") or tok.tag in {"KOUS", "PRELS", "PTKZU", "KON"}:
            return None
    return None


def _verbs_tagged_predicative(tokens: Sequence[Token]) -> list[int]:
    """A present in "-t" read as a predicative adjective ("Die Klageschrift umfasst 310 Seiten", HanTa's
    "umfasst" from the participle): in a sentence with a full stop and no finite verb, the word right after the
    noun phrase that opens it, before an object, stands in second place, where only a finite verb stands (a
    verb of a clause of its own may follow after a comma or "und")."""
    if len(tokens) < 5 or tokens[-1].text != "." or tokens[0].tag not in _NP_OPENERS:
        return []
    clause = next((j for j, t in enumerate(tokens) if t.text in {",", ";", ":"} or t.pos == "KON"), len(tokens))
    if any(t.finite for t in tokens[:clause]):
        return []
    k = next((j for j, t in enumerate(tokens) if not (t.pos in {"NN", "NE", "ART", "ADJ"} and t.tag != "ADJ(D)")),
             None)
    if k is None or k < 2 or tokens[k].tag != "ADJ(D)" or not tokens[k].text.islower() \
            or not tokens[k].text.endswith("t") or tokens[k - 1].pos not in {"NN", "NE"} \
            or tokens[k + 1].tag not in {"CARD", "ART", "PIAT", "PPOSAT", "NN", "ADV"}:
        return []
    return [k]


def _web_addresses(tokens: Sequence[Token]) -> list[int]:
    """A web address as a source or name ("laut golem.de", "auf 20min.ch"), which HanTa reads as an
    adjective or a noun: a name, which ends the phrase it stands in."""
    return [i for i, t in enumerate(tokens) if t.pos != "NE" and web_address(t.text)]


_WEB_ADDRESS = re.compile(r"^[\w-]+(\.[\w-]+)*\.(de|at|ch|com|net|org|eu|info|fr|it|uk|io)$")


def web_address(word: str) -> bool:
    """Whether the word is a web address ("golem.de", "20min.ch")."""
    return bool(_WEB_ADDRESS.match(word))


def _verbs_tagged_noun(tokens: Sequence[Token]) -> list[int]:
    """A verb HanTa did not know, read as a noun ("wonach Angehörige angaben, …"): a German noun is
    capitalised, so a lower-case "noun" after the subject of a clause opened by a subordinator, closing that
    clause, is its finite verb; so is one right before a reflexive "sich" in a main clause ("Bei X rang sich die
    Fraktion zu … durch"), and one right after a subject that opens a sentence with no other finite verb ("Die
    Begleitung erfolge nach …", before any clause after a comma)."""
    found = []
    for i in range(2, len(tokens) - 1):
        tok = tokens[i]
        if tok.tag == "NN" and tok.text.isalpha() and tok.text[:1].islower() and tokens[i + 1].lower == "sich" \
                and tokens[i - 1].pos in {"NN", "NE"} and not any(t.finite for t in tokens[:i]):
            found.append(i)
            continue
        if tok.tag == "NN" and tok.text.isalpha() and tok.text[:1].islower() and tokens[i - 1].tag == "NN" \
                and all(t.tag in {"ART", "ADJ(A)", "PPOSAT", "PDAT"} for t in tokens[:i - 1]) \
                and not any(t.finite for t in takewhile(lambda t: t.text not in {",", ";", ":"}, tokens[i + 1:])) \
                and finite_verb_lemma(tok.text) != tok.text:
            found.append(i)  # "Die Begleitung erfolge nach …": the second place after the subject, where only the
            # finite verb stands, in a clause with no other
            continue
        if tok.tag != "NN" or not tok.text.isalpha() or not tok.text[:1].islower() \
                or tokens[i + 1].text not in {",", ".", ";", ":"} \
                or tokens[i - 1].pos not in {"NN", "NNA", "NE", "PPER", "PIS"}:
            continue
        opener = next((j + 1 for j in range(i - 1, -1, -1) if tokens[j].text in {",", ";", ":"}), 0)
        if tokens[opener].pos in {"KOUS", "PWAV", "PRELS"}:
            found.append(i)
    return found


# lower-case words a name may hold ("Ursula von der Leyen", "Charles de Gaulle")
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "di", "da", "del", "della", "du", "le", "la", "zu",
                             "vom", "zum", "ten", "ter", "bin", "al", "el", "dos", "das"})


def _verbs_tagged_name(tokens: Sequence[Token]) -> list[int]:
    """A verb HanTa took for a name ("Nur klatschen reiche nicht": "reiche"): a name is capitalised, so a word
    all in lower case inside a sentence is none, and one that HanTa can read as a finite verb is that verb."""
    return [i for i, t in enumerate(tokens) if i and t.tag == "NE" and t.text.isalpha() and t.text.islower()
            and len(t.text) > 3 and t.lower not in _NAME_PARTICLES and t.text.endswith(("e", "t", "n"))
            and tokens[i - 1].tag not in _NP_OPENERS | {"APPR", "APPRART"}  # (a brand in lower case follows its
            # article or preposition, "mit whatsapp", or its verb of saying as the source: "berichtet heise")
            and tokens[i - 1].lemma.lower() not in SPEECH_VERBS
            and finite_verb_lemma(t.text) != t.text]


def _verbs_tagged_adjective(tokens: Sequence[Token]) -> list[int]:
    """A past plural read as an adjective after "und" ("Sie sangen Lieder und skandierten Parolen"): after a
    noun that closes the phrase of a plural finite verb, a lower-case "-ten" word opens a second verb
    phrase (a participle as an adjective has its "ge-": "und gebrauchten Möbel"); and a past read as an
    adjective right after an aside between dashes that follows the subject ("Die Biografie – die auf
    Quellen beruht – erregte Aufsehen"): the clause's verb comes after the aside."""
    found = []
    for i in range(3, len(tokens) - 1):
        tok = tokens[i]
        after = tokens[i + 2] if tokens[i + 1].text in _OPENING_QUOTES and i + 2 < len(tokens) else tokens[i + 1]
        if tok.tag != "ADJ(A)" or not tok.text.islower() or not tok.text.endswith(("te", "ten")) \
                or tok.text.startswith("ge") or after.pos not in {"NN", "NE", "ART", "FM"}:
            continue  # (a quoted object counts: "und skandierten „Derbysieger“")
        dashes = [j for j, t in enumerate(tokens[:i]) if t.text in {"–", "—"}]
        if tokens[i - 1].text in {"–", "—"} and len(dashes) == 2 and tokens[dashes[0] - 1].pos in {"NN", "NE"} \
                and not any(t.finite for t in tokens[:dashes[0]]):
            found.append(i)
        elif tok.text.endswith("ten") and tokens[i - 1].lower in {"und", "oder"} and tokens[i - 2].pos in {"NN", "NE"} \
                and any(t.tag == "VV(FIN)" and t.text.endswith("en") for t in tokens[1:i - 2]) \
                and not any(t.text in {",", ";", ":"} for t in tokens[1:i]):
            found.append(i)
    return found


_DOUBLE_NAME = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+$")


def _surnames_tagged_adjective(tokens: Sequence[Token]) -> list[int]:
    """Surnames that look like adjectives or verbs ("Heinz Utschig", "Anna Freudig", "Achim Sing"): a
    capitalised word after a first name is the rest of the name, not a predicate; and a double name of two
    capitalised parts ("Mikl-Leitner"), which no adjective or verb is."""
    return [i for i in range(len(tokens)) if tokens[i].tag in {"ADJ(D)", "ADJ(A)", "VV(IMP)", "VV(INF)", "VV(FIN)"}
            and ((i and tokens[i].text[:1].isupper() and tokens[i].text[1:].islower()
                  and tokens[i - 1].tag == "NE" and name_gender(tokens[i - 1].text))
                 or (_DOUBLE_NAME.match(tokens[i].text) and tokens[i].tag != "ADJ(A)"))]  # (not a compound
    # noun before its noun: "der Fußball-Bundesligisten FC X")


def _demonyms_tagged_adjective(tokens: Sequence[Token]) -> list[int]:
    """Nouns of origin the tagger read as adjectives ("der gebürtige New Yorker und …", "ein Zürcher,"):
    inside a sentence, after a word, a capitalised adjective in "-er" before no capitalised word has no noun
    to stand before, so it is the noun (not "Neue Zürcher Zeitung", "den Prager deutschen Literaten")."""
    return [i for i in range(1, len(tokens)) if tokens[i].tag == "ADJ(A)" and tokens[i].text[:1].isupper()
            and tokens[i].text[1:].islower() and tokens[i].lower.endswith("er") and tokens[i - 1].text.isalpha()
            and (i + 1 == len(tokens) or not (tokens[i + 1].text[:1].isupper() or tokens[i + 1].tag == "ADJ(A)"))]


def _first_names_tagged_foreign(tokens: Sequence[Token]) -> list[int]:
    """First names the tagger did not know ("Devi Sridhar", tagged XY): a word the name list knows before a
    surname is a name, whose gender a later "sie" or "er" may take up."""
    return [i for i in range(len(tokens) - 1) if tokens[i].tag == "XY" and tokens[i + 1].tag == "NE"
            and tokens[i].text[:1].isupper() and tokens[i].text[1:].islower() and name_gender(tokens[i].text)]


_CODE_NAME = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*\d+$")


def _code_names_tagged_number(tokens: Sequence[Token]) -> list[int]:
    """Names of letters and digits read as numbers ("G29", "A1", "F35"): a number starts with a digit, so a
    word that opens with a capital letter is a name (of a body, a road, a type)."""
    return [i for i, t in enumerate(tokens) if t.tag == "CARD" and _CODE_NAME.match(t.text)]


def _man_tagged_name(tokens: Sequence[Token]) -> list[int]:
    """The pronoun "man" capitalised after a colon ("Das Heim sei bereit: Man habe …"), which HanTa takes for a
    name: as a name it would be a person whom a later "sie" or "er" could mean. (Not inside a name: "Worried
    Man", "Third Man".)"""
    return [i for i, t in enumerate(tokens) if t.text == "Man" and t.tag == "NE" and i and tokens[i - 1].text == ":"]


# subordinators that spoken German writes with a clitic "'s" ("weil's", "wenn's"): HanTa reads some as verbs
# ("weilen")
_CLITIC_SUBORDINATOR = re.compile(r"(weil|wenn|ob|dass|daß|obwohl|nachdem|sobald|bevor|bis)['’]s", re.IGNORECASE)


def _subordinators_with_clitic(tokens: Sequence[Token]) -> list[int]:
    """A subordinator with a clitic "'s" ("…, weil's eben besser ist, …"): taken for a finite verb, it made a
    second clause of the subordinate one, and the sentence was cut in it."""
    return [i for i, t in enumerate(tokens) if t.tag != "KOUS" and _CLITIC_SUBORDINATOR.fullmatch(t.text)]


def _capital_articles(tokens: Sequence[Token]) -> list[int]:
    """An article written in capitals inside a sentence of normal case ("bei DER Touristik", "DIE LINKE"
    aside): the first word of a company's or party's name, no article."""
    return [i for i in range(1, len(tokens) - 1) if tokens[i].tag == "ART" and tokens[i].text.isupper()
            and len(tokens[i].text) > 2 and not tokens[i - 1].text.isupper() and tokens[i + 1].text[:1].isupper()]


def _prepositions_tagged_subordinator(tokens: Sequence[Token]) -> list[int]:
    """"während" tagged as a subordinator before a phrase whose finite verb follows it with more of its clause
    ("Während des Konzerts hat sie …", "Während der Pause schlief er"): a preposition opening a main clause; a
    subordinate clause ends in its finite verb ("Während der Chef schlief, …")."""
    found = []
    for i, tok in enumerate(tokens[:-3]):
        if tok.lower != "während" or tok.pos != "KOUS" or tokens[i + 1].tag not in _NP_OPENERS:
            continue
        fin = next((j for j in range(i + 2, len(tokens)) if tokens[j].finite or tokens[j].tag.startswith("$")), None)
        if fin is not None and tokens[fin].finite and not verb_closes_clause(tokens, fin, len(tokens)):
            found.append(i)
    return found


def verb_closes_clause(tokens: Sequence[Token], fin: int, hi: int) -> bool:
    """Whether the finite verb at `fin` ends its clause before hi (punctuation, a conjunction or more verbs of its
    cluster follow), as a subordinate clause's does, rather than going on with it, as a main clause's does."""
    return fin + 1 >= hi or tokens[fin + 1].tag.startswith("$") or tokens[fin + 1].pos in {"KON", "VV", "VA", "VM"}


def _comma_clauses(tokens: Sequence[Token], opens: Callable[[Token], bool]) -> Iterator[tuple[int, int]]:
    """The clauses after a comma that a word `opens` opens (", die …", ", wie …"): where each opens and where
    the next punctuation mark closes it."""
    for k in range(1, len(tokens) - 2):
        if opens(tokens[k]) and tokens[k - 1].text == ",":
            yield k, next((j for j in range(k + 1, len(tokens)) if tokens[j].tag.startswith("$")), len(tokens))


def _finite_closing_clause(tokens: Sequence[Token]) -> list[int]:
    """A plural present tagged as an infinitive at the end of a relative or subordinate clause ("Stoffe, die
    schaden können.", "…, bevor Antikörper gebildet werden."): such a clause has a finite verb, and it stands
    last; so a clause after ", der/die/das" or a subordinator that has none and ends in a verb in -en (no "zu"
    before it) ends in its finite verb."""
    found = []
    for r, end in _comma_clauses(tokens, lambda t: t.tag == "PRELS" or t.pos == "KOUS"):
        last = tokens[end - 1]
        if end < len(tokens) - 1 and tokens[end].text != ";" and not tokens[end + 1].finite:
            continue  # after a comma the relative clause closes only before the main clause's verb ("Frauen,
            # die reisen, halten zusammen"); it may go on to its own ("…, die X schließen, aber Y müsste")
        if end - r > 2 and last.tag in {"VV(INF)", "VA(INF)", "VM(INF)"} and last.lower.endswith("n") \
                and tokens[end - 2].lower != "zu" and not any(t.finite for t in tokens[r + 1:end]):
            found.append(end - 1)
    return found


def _present_closing_report(tokens: Sequence[Token]) -> list[int]:
    """A present tagged as a participle or an infinitive closing ", wie X berichtet." or ", wie die Forscher
    schreiben." (the 3rd person singular of "berichten" looks like the participle, the plural like the
    infinitive): a "wie" clause of a source has a finite verb, and no auxiliary or "zu" stands before it to make
    it a participle or an infinitive."""
    found = []
    for w, end in _comma_clauses(tokens, lambda t: t.lower == "wie"):
        last = tokens[end - 1]
        if end - w > 2 and (last.tag == "VV(INF)" or (
                last.tag == "VV(PP)" and last.text.endswith("t") and not last.text.startswith("ge"))) \
                and not any(t.pos in {"VV", "VA", "VM"} or t.lower == "zu" for t in tokens[w + 1:end - 1]) \
                and last.lemma.lower() in SPEECH_VERBS:
            found.append(end - 1)
    return found


_ATTRIBUTE_CONTEXT = frozenset({"ART", "PPOSAT", "PDAT", "PIAT", "ADJ(A)"})


def _adjectives_tagged_finite(tokens: Sequence[Token]) -> list[int]:
    """Attributive adjectives from participles that look like a past tense ("die erste gleichberechtigte
    Bewegung", "eine verspätete Meldung"): between a determiner or adjective and a noun, with an
    adjective's ending, the word is an attribute, never a finite verb; so is one in "-e" that looks like a
    Konjunktiv I between a determiner or number and a noun ("sechs schwerkranke Patienten")."""
    return [i for i in range(1, len(tokens) - 1) if tokens[i].tag == "VV(FIN)" and tokens[i].text.islower()
            and ((tokens[i].text.endswith(("te", "ten", "ter", "tes", "tem")) and tokens[i + 1].tag in {"NN", "NE"}
                  and (tokens[i - 1].tag in _ATTRIBUTE_CONTEXT or _extended_attribute(tokens, i)))
                 or (tokens[i].text.endswith("e") and tokens[i + 1].tag == "NN"
                     and tokens[i - 1].tag in {"CARD", "ART", "PIAT", "PDAT", "PPOSAT"}))]


def _predicatives_tagged_finite(tokens: Sequence[Token]) -> list[int]:
    """"nutze"/"nütze" after "zu nichts" ("Wir sind zu nichts nutze"): an adjective that stands only as a
    predicate, which the tagger reads as the Konjunktiv of "nutzen" (without "zu" it may be that verb: "weil
    Klagen nichts nütze")."""
    return [i for i in range(2, len(tokens)) if tokens[i].lower in {"nutze", "nütze"}
            and tokens[i - 1].lower == "nichts" and tokens[i - 2].lower == "zu"]


def _nouns_tagged_finite(tokens: Sequence[Token]) -> list[int]:
    """A capitalised noun read as a verb ("mit dem dichten Wuchs", HanTa's "wuchs" of "wachsen"; "Reis mit
    Biss"): inside a sentence, right after an article, an inflected adjective or a preposition, a capitalised
    word is the phrase's noun."""
    return [i for i in range(2, len(tokens)) if tokens[i].finite and tokens[i].text[:1].isupper()
            and tokens[i - 1].tag in {"ART", "ADJ(A)", "PPOSAT", "PDAT", "APPR"} and tokens[i - 1].text.islower()]


def _truncated_compounds(tokens: Sequence[Token]) -> list[int]:
    """The second part of a compound whose first part a hyphen leaves to the word before ("Leiharbeiter und
    -arbeiterinnen", "Busfahrer oder -fahrerinnen"): a noun, whatever its lower-case ending made of it."""
    return [i for i in range(2, len(tokens)) if re.fullmatch(r"-[a-zäöüß]{2,}", tokens[i].text)
            and tokens[i - 1].lower in {"und", "oder", "sowie", "bzw."} and tokens[i - 2].pos == "NN"]


def _extended_attribute(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i closes an extended attribute ("die am Freitag eröffneten Spiele", "eine vom Bund
    bezahlte Studie"): a determiner right before a preposition opens a noun phrase whose noun comes only after
    the attribute, so the "-te(n)" word before that noun is a participle, not the clause's verb."""
    for j in range(i - 2, max(-1, i - 9), -1):
        if tokens[j].finite or tokens[j].tag.startswith("$") or tokens[j].pos in {"KON", "KOUS", "PRELS"}:
            return False
        if tokens[j].tag in {"ART", "PDAT", "PPOSAT", "PIAT"}:
            return tokens[j + 1].pos in {"APPR", "APPRART"}
    return False


def _infinitives_tagged_finite(tokens: Sequence[Token]) -> list[int]:
    """Infinitives read as plural presents ("Die EU müsse Italien entgegenkommen", "Er wird morgen
    abreisen"): a verb in -en that closes a clause whose finite verb, with no comma between, is a modal or
    "werden" stands in the verb cluster, never finite itself."""
    found = []
    auxiliary = None  # the clause's finite modal or "werden" so far
    for i, tok in enumerate(tokens):
        if tok.tag.startswith("$") or tok.tag in {"KON", "KOUS", "PRELS"}:
            auxiliary = None
        elif tok.finite and auxiliary is None:
            auxiliary = i if tok.pos == "VM" or tok.lemma.lower() == "werden" else -1
        elif auxiliary is not None and auxiliary >= 0 and tok.tag == "VV(FIN)" and tok.lower.endswith("n") \
                and (i + 1 == len(tokens) or tokens[i + 1].tag.startswith("$")):
            found.append(i)
    return found


# the gender or number of a relative pronoun as its clause's subject
_RELATIVE_GENDERS = {"der": frozenset({"m"}), "die": frozenset({"f", "pl"}), "das": frozenset({"n"})}


_CLOSING_QUOTES = frozenset({"“", "”", "»", "«", '"', "’"})


def ends_with_full_stop(tokens: Sequence[Token]) -> bool:
    """Whether a sentence ends with a full stop, before a closing quotation mark too ("… gesagt.«"): a
    statement, not a heading, which has none."""
    return bool(tokens) and (tokens[-1].text == "." or (
        len(tokens) > 1 and tokens[-1].text in _CLOSING_QUOTES and tokens[-2].text == "."))


def _sentential_relative(tokens: Sequence[Token]) -> list[int]:
    """A sentence that opens with "Was" and its verb last before a comma, then only a "dass", "ob" or "wie"
    clause ("Was kaum Hoffnung gibt, dass alle gehorchen."): "was" takes up the sentence before, as a
    relative pronoun; no question (which ends in "?") and no subject clause (whose main clause follows the comma:
    "Was zählt, ist X")."""
    comma = next((j for j in range(1, len(tokens)) if tokens[j].text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[0].lower != "was" or tokens[0].tag != "PWS" \
            or tokens[-1].text != "." or not tokens[comma - 1].finite or any(t.finite for t in tokens[1:comma - 1]) \
            or tokens[comma + 1].lower not in {"dass", "daß", "ob", "wie"}:
        return []
    return [0]


# words the tagger may call prepositions that also open a subordinate clause (", als der Markt einbrach", ", seit
# der Vertrag gilt"), whose article is an article
_SUBORDINATING_PREPOSITIONS = frozenset({"als", "wie", "bis", "seit", "während", "ob"})


def _relatives_tagged_article(tokens: Sequence[Token]) -> list[int]:
    """Relative pronouns read as articles because a noun follows ("ein Kind, das Angst hatte", "eine
    Läuferin, die Dritte wurde"): after a comma that follows a noun phrase of a gender the pronoun agrees
    with, or after a comma and a preposition (", für das X geräumt wurden"), a clause whose one finite verb
    stands last (verb-final order: a subordinate clause; a main clause after a comma puts its verb second, "…,
    die Leute kamen herein")."""
    found = []
    for i in range(2, len(tokens) - 2):
        tok = tokens[i]
        if tok.tag == "ART" and tok.text in _RELATIVE_GENDERS and tokens[i - 1].pos == "APPR" \
                and tokens[i - 1].lower not in _SUBORDINATING_PREPOSITIONS and tokens[i - 2].text == "," \
                and _verb_final(tokens, i):
            found.append(i)  # ", für das Demonstranten geräumt wurden": a preposition's relative pronoun, whose
            # clause puts its verb last (a main clause after a comma would put it second: "für das X wurden …")
            continue
        noun = i - 3 if tokens[i - 2].text in _CLOSING_QUOTES else i - 2  # ("das „X-Programm“, das …": a name
        # in quotation marks)
        if tok.tag != "ART" or tok.text not in _RELATIVE_GENDERS or tokens[i - 1].text != "," \
                or tokens[noun].tag not in {"NN", "NE", "NNA"}:
            continue
        article = next((t for t in reversed(tokens[max(0, noun - 4):noun]) if t.tag == "ART"), None)
        if article is not None and not determiner_features(article.text) & _RELATIVE_GENDERS[tok.text]:
            continue  # (a bare noun, "Verlage, die Mitglied sind", may be of any gender: the verb decides)
        if _verb_final(tokens, i):
            found.append(i)
        elif tokens[noun].tag != "NE" and tokens[i + 1].pos != "NE" and _closing_cluster(tokens, i):
            found.append(i)  # (not after a name, whose list may go on: "in Deutschland, der Schweiz und …")
    return found


def _verb_final(tokens: Sequence[Token], i: int) -> bool:
    """Whether the clause from i to the next punctuation or conjunction has its one finite verb (or a cluster of
    two: "… haben können", where the tagger may take the infinitive before the modal for a finite verb) last,
    with words before it."""
    stop = next((j for j in range(i + 1, len(tokens)) if tokens[j].tag.startswith("$")
                 or tokens[j].pos in {"KON", "KOUS"}), len(tokens))
    finite = [j for j in range(i + 1, stop) if tokens[j].finite]
    return bool(finite) and finite == list(range(stop - len(finite), stop)) and len(finite) <= 2 and stop - i >= 3 \
        and stop - len(finite) > i + 1


def _closing_cluster(tokens: Sequence[Token], i: int) -> bool:
    """Whether the clause from i to the next punctuation has no finite verb and ends in a verb and a modal or
    auxiliary in "-n" ("die Gäste ausladen oder Blumen abbestellen müssen"): the plural present of the modal,
    which HanTa took for an infinitive, closes a relative clause."""
    end = next((j for j in range(i + 1, len(tokens)) if tokens[j].tag.startswith("$")), len(tokens))
    return end - i >= 4 and not any(t.finite for t in tokens[i + 1:end]) \
        and tokens[end - 1].tag in {"VM(INF)", "VA(INF)"} and tokens[end - 1].lower.endswith("n") \
        and tokens[end - 2].pos == "VV" and tokens[end - 3].lower != "zu"


def _articles_tagged_relative(tokens: Sequence[Token]) -> list[int]:
    """Articles read as relative pronouns after a comma ("…, die meisten Behandlungen wurden seitdem
    verschoben"): before a quantifier ("meisten", "beiden", "übrigen") the word opens a noun phrase, and its
    clause puts the finite verb second, where a relative clause would put it last."""
    found = []
    for i in range(1, len(tokens) - 3):
        if tokens[i].tag != "PRELS" or tokens[i - 1].text != "," or tokens[i + 1].tag not in {"PIAT", "PIDAT"}:
            continue
        stop = next((j for j in range(i + 1, len(tokens)) if tokens[j].tag.startswith("$")
                     or tokens[j].pos in {"KON", "KOUS"}), len(tokens))
        finite = [j for j in range(i + 1, stop) if tokens[j].finite]
        if finite and finite[0] < stop - 1 and not all(t.pos in {"VV", "VA", "VM"} for t in tokens[finite[0]:stop]):
            found.append(i)
    return found


# prepositions that are also separable verb particles: a clause or a line may end in one ("fordert alle auf",
# "tauchen … auf")
_PARTICLE_PREPOSITIONS = frozenset("an auf aus ab bei mit nach vor zu um durch".split())


def _clause_before(tokens: Sequence[Token], i: int) -> Sequence[Token]:
    """The tokens of i's clause before it, when i closes the clause (a comma, a colon or the sentence's end
    follows; not a quotation mark, which may open a noun: "warnt vor «…»")."""
    if i + 1 >= len(tokens) or tokens[i + 1].text not in {",", ".", "!", "?", ";", ":"}:
        return ()
    return tokens[next((j + 1 for j in range(i - 1, -1, -1) if tokens[j].tag.startswith("$")), 0):i]


def _prepositions_tagged_particle(tokens: Sequence[Token]) -> list[int]:
    """Particles read as prepositions at the end of a main clause ("Die Kanzlerin fordert alle auf, …"): a
    preposition governs the noun after it, and before a comma or the sentence's end there is none, so the word is
    the particle of the finite full verb before it (not after "von", whose "an"/"aus" closes a phrase: "von
    Montag an, …", "von hier aus, …")."""
    def closes(clause: Sequence[Token]) -> bool:
        return any(t.finite and t.pos == "VV" for t in clause) and not any(t.lower in {"von", "vom"} for t in clause)

    return [i for i in range(2, len(tokens)) if tokens[i].tag == "APPR" and tokens[i].lower in _PARTICLE_PREPOSITIONS
            and closes(_clause_before(tokens, i))]


def _adjectives_tagged_particle(tokens: Sequence[Token]) -> list[int]:
    """Particles of a verb of saying read as adjectives at the end of its clause ("Die Ministerin stellte
    klar, dass …", "machte deutlich, …"): with the verb they frame what is said, as "stellte fest" does."""
    return [i for i in range(2, len(tokens)) if tokens[i].tag == "ADJ(D)" and any(
        t.finite and tokens[i].lower in SPEECH_PARTICLE_VERBS.get(t.lemma.lower(), "").split()
        for t in _clause_before(tokens, i))]


# verb particles that are also a past tense: "hielt dem Druck stand" (standhalten), not "stand" of stehen
_PARTICLES_LIKE_VERBS = {"stand": frozenset({"halten"}), "infrage": frozenset({"kommen", "stellen"}),
                         "zustande": frozenset({"kommen", "bringen"}), "zugute": frozenset({"kommen", "halten"}),
                         "zutage": frozenset({"treten", "fördern"}), "instand": frozenset({"setzen", "halten"}),
                         "zunichte": frozenset({"machen"}), "abhanden": frozenset({"kommen"}),
                         "vonstatten": frozenset({"gehen"})}


def _particles_tagged_finite(tokens: Sequence[Token]) -> list[int]:
    """A particle read as a second finite verb ("Sie hielt der Kritik stand" is standhalten, "kommt infrage",
    "kam zustande"): it closes a
    clause whose finite verb is the particle verb's base, and a clause has one finite verb."""
    found, base = [], None
    for i, tok in enumerate(tokens):
        if tok.text.lower() in _CLAUSE_BREAK or tok.tag.startswith("$"):
            base = None
            continue
        if tok.finite and base is not None and tok.text.lower() in _PARTICLES_LIKE_VERBS \
                and base in _PARTICLES_LIKE_VERBS[tok.text.lower()] \
                and (i + 1 == len(tokens) or tokens[i + 1].tag.startswith("$")
                     or tokens[i + 1].text.lower() in _CLAUSE_BREAK):
            found.append(i)
        elif tok.finite:
            base = tok.lemma.lower()
    return found


def _participles_tagged_finite(tokens: Sequence[Token]) -> list[int]:
    """Participles that look like a finite verb ("betont", "kritisiert", "verkauft": without ge-, the
    participle and the third person singular are one form). A clause has one finite verb: such a form
    closing a clause whose auxiliary (haben, sein, werden) is already finite is the participle; so is one
    joined to an adverbial adjective before the clause's own verb ("…, wo man blutig und ramponiert heimkommt")."""
    found, auxiliary = [], False
    for i, tok in enumerate(tokens):
        if tok.text.lower() in _CLAUSE_BREAK or tok.tag.startswith("$"):
            auxiliary = False
            continue
        if tok.tag == "VA(FIN)" and tok.lemma.lower() in _AUXILIARIES:
            auxiliary = True
            continue
        form = tok.text.lower()
        closing = i + 1 == len(tokens) or tokens[i + 1].tag.startswith(("$", "VA", "VM")) \
            or tokens[i + 1].text.lower() in _CLAUSE_BREAK
        if tok.tag == "VV(FIN)" and form.endswith("t") \
                and (form.endswith("iert") or form.startswith(INSEPARABLE_PREFIXES + _TWOFOLD_PREFIXES)) \
                and ((auxiliary and closing) or _beside_adverbial_adjective(tokens, i)):
            found.append(i)
    return found


def _beside_adverbial_adjective(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at i follows an adverbial adjective and "und" and a finite verb closes the clause
    after it ("blutig und ramponiert nach Hause kommt"): the two say how, the later verb is the clause's."""
    if i < 2 or tokens[i - 1].lower not in {"und", "oder"} or tokens[i - 2].tag != "ADJ(D)":
        return False
    end = next((j for j in range(i + 1, len(tokens)) if tokens[j].tag.startswith("$")
                or tokens[j].lower in _CLAUSE_BREAK), len(tokens))
    return end > i + 1 and tokens[end - 1].finite


def free_ranges(start: int, end: int, blocked: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) not covered by any blocked range."""
    out, cursor = [], start
    for b_start, b_end in sorted(blocked):
        if b_end <= cursor or b_start >= end:
            continue
        if b_start > cursor:
            out.append((cursor, b_start))
        cursor = max(cursor, b_end)
    if cursor < end:
        out.append((cursor, end))
    return out


_FINAL = ".!?:;…\"'»«“”‘’)]"
_UNITS = frozenset("prozent franken euro dollar millionen milliarden mio mrd menschen personen".split())
_MONTHS = frozenset("januar jänner februar märz april mai juni juli august september oktober november dezember".split())
# words of magnitude between a number and its unit: "4,7 Millionen | Euro"
MAGNITUDES = frozenset("millionen milliarden mio. mrd. million milliarde tausend".split())


# a line of a text wrapped at a fixed width is long; a heading that ends without punctuation is short
_WRAPPED = 60
# particles that open a stronger second member of a pair ("teuer, gar unbezahlbar", "oder sogar verboten")
_ESCALATING = frozenset({"gar", "sogar"})
# an inflected adjective ending a long line waits for its noun on the next: "sind das globale\nTransportwesen"
# ("-en" is left out: infinitives and plural verbs close sentences with it, "... in den Blick nehmen")
_ATTRIBUTIVE_ENDINGS = ("e", "er", "es", "em")
NUMBER_WORDS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
                         "sechzehn siebzehn achtzehn neunzehn zwanzig dreissig dreißig vierzig fünfzig sechzig "
                         "siebzig achtzig neunzig hundert tausend".split())
# a figure as written: "341", "6,7", "2.502"
_FIGURE = re.compile(r"\d+(?:[.,']\d+)*")


_OPENING_QUOTES = frozenset('"«„“')


# a number read as an ordinal right after an article or a fused preposition ("aus dem 19.", "zum 3.")
_ORDINAL_AFTER_ARTICLE = re.compile(r"\b(?:dem|den|des|der|die|das|im|am|zum|zur|vom|beim|ins)\s+\d{1,2}\.$",
                                    re.IGNORECASE)


def continues_line(last: str, nxt: str, wrapped: bool = False, stretch: str = "") -> bool:
    """A line break inside a sentence (some archives wrap their text at a fixed width): the paragraph ends without final
    punctuation and the next one cannot start a sentence (lower case), or the break leaves a word that cannot end
    one (an article, a preposition, a conjunction, a number word; a number before its unit; an inflected adjective
    at the end of a long line or after an article, "über das erste"; any lower-case word after a sentence of its
    paragraph). In a text wrapped at a fixed width (`wrapped`), also a long line whose last clause has its finite
    verb but stops before the words that close it ("… hatte die neue Direktorin" + "Petra Lang am Freitag …
    vorgestellt."); `stretch` is the text joined so far, whose last clause may have begun lines before ("wird von
    der Gemeinde als | Träger des Vereins | Jugendhaus geführt.")."""
    if last.count("(") > last.count(")"):
        return True  # no sentence ends inside an open bracket: "Der Verband EBAA (European Business"
    if not last or not nxt:
        return False
    if _bracket_goes_on(nxt) or (last[-1] == ")" and nxt[0].islower()) \
            or (re.search(r"\b\d{1,2}\.$", last) and nxt.split()[0].lower() in _MONTHS) \
            or (_ORDINAL_AFTER_ARTICLE.search(last) and nxt.split()[0].strip(",.") not in _OPENERS_AFTER_NUMBER):
        return True  # "… Svenja Schulze" + "(SPD) nun angekündigt hat.", "… (GSK)" + "haben mit …", "am 1." +
        # "September vorgegeben.", "aus dem 19." + "Jahrhundert": an ordinal after its article waits for its noun
    if last[-1] in _FINAL and not (last[-1] in _CLOSING_QUOTES and last[-2:-1] not in _FINAL and nxt[0].islower()):
        return False  # (a quotation closes no sentence before a word in lower case: 'eine "gewisse Störung"' +
        # "des Handels", '«Wir kommen»' + "sagte sie")
    if nxt[0].islower() or last[-1] in {",", ";", "–", "—"}:
        return True  # (a line ending in a comma: "können Vereine die Formulare mit Hilfe von Anwälten,"; or in a
        # dash, which opens an aside or what follows it: "Auch X von der Firma Y –" + "200 Angestellte – sagt, …")
    raw = last.split()[-1].lstrip("".join(_OPENING_QUOTES))
    if not raw:
        return False
    word = raw.lower()
    first = nxt.split()[0].strip(",.").lower()
    if not wrapped and nxt[0] in _OPENING_QUOTES and word in _PARTICLE_PREPOSITIONS and len(last.split()) >= 3:
        return False  # "Viele tauchen in keiner Statistik auf" + "«Wir …»": the particle closes a heading, and a
        # quotation opens the next paragraph
    if not wrapped and word in _PARTICLE_PREPOSITIONS | {"ein"} and nxt[0].isupper() \
            and _finite_in(re.split(r"[,;:]", last)[-1]) and _finite_in(re.split(r"[,;:.!?]", nxt)[0]):
        return False  # "… jetzt lässt es nach" + "Ein weiterer Faktor ist die Miete.", "Keiner ordnet das ein" +
        # "Tatsächlich zeigen Studien …": a clause with its verb on each side; the particle closes the first (a
        # heading without its period)
    attributive = raw.isalpha() and raw.islower() and (
        (len(last) >= _WRAPPED and word.endswith(_ATTRIBUTIVE_ENDINGS))
        or (len(last.split()) > 1 and last.split()[-2].lower() in UNFINISHED_ENDS
            and word.endswith((*_ATTRIBUTIVE_ENDINGS, "en"))))  # ("über das erste | Paket", "den dritten | Fall")
    if word in UNFINISHED_ENDS or word in NUMBER_WORDS or attributive \
            or ((_FIGURE.fullmatch(word) or word in MAGNITUDES) and first in _UNITS) \
            or (word in {"anfang", "mitte", "ende"} and (first in _MONTHS or first.isdigit())):
        return True  # (a unit after its number, "4,7 Millionen | Euro"; a month or year after its word of time,
        # "seit Anfang | Juli")
    words = last.split()
    if len(words) > 1 and word in _ESCALATING and (words[-2].endswith(",") or words[-2].lower() in {"oder", "und"}):
        return True  # "aus fossilen, gar" + "synthetischen Stoffen": the particle opens a stronger second member
    if len(words) > 2 and words[-2].endswith(",") and raw[:1].isupper() and name_gender(raw) is not None \
            and re.match(r"[A-ZÄÖÜ][\w'’-]*,", nxt):
        return True  # "Der Chef des Verbands, Gerald" + "Gaß, rechnet …": a name in apposition, cut between its
        # first name and its surname
    if (len(words) == 1 or words[-2].lower() in UNFINISHED_ENDS) and raw[:1].isupper() \
            and word.endswith(_ATTRIBUTIVE_ENDINGS) and nxt[0].isupper() \
            and [t.tag for t in tag([raw, nxt.split()[0]])] in (["ADJ(A)", "NN"], ["ADJ(A)", "NNA"]):
        return True  # "Ältere" + "Menschen fühlen sich …": an adjective alone on its line before its noun, or
        # after its article ("… hatte die Berliner" + "Polizei mitgeteilt")
    tail = re.split(r"[.!?] ", last)[-1].split()
    if len(tail) == 1 and len(last.split()) > 1 and raw[:1].isupper() and nxt[0].isupper() \
            and tag([raw, nxt.split()[0]])[0].tag in _OPENING_DETERMINERS:
        return True  # "… sieht das anders aus. Viele" + "Mitarbeiter fühlten sich …": a determiner alone after a
        # sentence of its line opens the next sentence, whose noun is on the next line
    tagged = tag(tail) if 1 < len(tail) <= 6 else []
    if 1 < len(tail) <= 4 and len(last.split()) > len(tail) and tagged[0].tag in {"APPR", "APPRART"} \
            and not any(t.tag.endswith("(FIN)") for t in tagged):
        return True  # "… gestellt. Im Vormonat" + "Januar waren es …": a phrase after a sentence of its line,
        # with no verb, opens the next sentence
    if len(tagged) == 2 and tagged[0].pos in {"ADV", "PROAV"} and tagged[1].tag in {"VA(FIN)", "VM(FIN)"}:
        return True  # "Nun sind" + "Beasleys Zahlen …": an auxiliary in second place after an adverb waits for
        # the rest of its clause
    if wrapped and tagged and len(last.split()) > len(tail) and raw.isalpha() and raw.islower() \
            and tagged[-1].pos in {"VV", "VA", "VM"} and nxt[0].isupper():
        return True  # "… beschrieben. Wie andere Studien auch messen" + "Wetterballone …": in a text wrapped
        # at a fixed width, words after a sentence of their line that stop on a verb have not ended theirs
    if wrapped and len(last) >= _WRAPPED and _word_waits(last, raw, nxt):
        return True
    if wrapped and _name_runs_on(last, nxt):
        return True  # "Für Chef Anton Muster von Muster" + "Logistik hat das …": a company's name cut by the
        # break, whose last word would become the next line's subject
    if wrapped and _closing_frame(last) and _finite_in(re.split(r"[.!?:]", nxt)[0]):
        return False  # "…, berichten Anna Muster und Peter Test" + "Die Firma steht zum Verkauf.": a frame that
        # names its speakers has closed its sentence, whose period the newsletter left out
    if wrapped and any(len(clause) >= _WRAPPED and _open_clause(clause) for clause in {last, stretch}):
        return True
    if wrapped and len(last) >= _WRAPPED and _verbless_open(last):
        return True  # "Nach dem Ausbruch des Virus in einem Schlachthof im Kreis" + "Gütersloh fordert …": a
        # long line is no heading, and a sentence without a verb has not ended
    return _stops_short(last, raw) or _cluster_follows(last, nxt) or _frame_verb_ends(last)


def _finite_in(clause: str) -> bool:
    """Whether the tagger finds a finite verb among the words of a clause."""
    words = clause.split()
    return bool(words) and any(t.tag.endswith("(FIN)") for t in tag(words))


def _bracket_goes_on(nxt: str) -> bool:
    """Whether the line opens with a short bracket that the sentence goes on after in lower case ("(SPD) nun
    angekündigt hat"): an addition to the last word of the line before, not the start of a sentence."""
    match = re.match(r"\([^()]{1,40}\)\s+(\w)", nxt)
    return match is not None and match.group(1).islower()


def _word_waits(last: str, raw: str, nxt: str) -> bool:
    """Whether the last word of a full line of a wrapped text waits for the first word of the next (where
    sentences end with their punctuation): a figure before its noun ("mit 341" + "Fällen", "mit 5,6 Millionen" +
    "Betroffenen"), a preposition
    ("Es kam zu" + "Zusammenstößen"), an attributive adjective before its noun ("die beiden heiligen" +
    "Städte"), a first name before its surname ("Paolo" + "Gentiloni")."""
    first = nxt.split()[0]
    if raw.lower() in _PARTICLE_PREPOSITIONS:
        return nxt[0] not in _OPENING_QUOTES
    if not first[:1].isupper():
        return False
    if _FIGURE.fullmatch(raw) or (raw.lower() in MAGNITUDES and _FIGURE.fullmatch(last.split()[-2:][0])):
        return True  # (so does a figure's word of magnitude: "mit 5,6 Millionen" + "Betroffenen")
    if name_gender(raw) is not None:
        return len(re.split(r"[.!?] ", last)[-1].split()) == 1  # a first name alone after a sentence of its line
    words = tag([*last.split()[-6:], first])
    return words[-2].tag == "ADJ(A)" and words[-1].tag in {"NN", "NE"}


def _frame_verb_ends(last: str) -> bool:
    """Whether the line ends on a verb of saying right after a quotation (`"Nehmen Sie X", sagt` + "Weiler."):
    the frame's speaker is on the next line."""
    match = _QUOTE_THEN_VERB.search(last)
    return match is not None and finite_verb_lemma(match.group(1)) in SPEECH_VERBS


_QUOTE_THEN_VERB = re.compile(r"[«»\"“”],\s*(\w+)$")


# the non-finite verbs (participles, infinitives) that close a clause whose auxiliary or modal came before
NON_FINITE = frozenset({"VV(PP)", "VA(PP)", "VM(PP)", "VV(INF)", "VA(INF)", "VM(INF)"})


def _cluster_follows(last: str, nxt: str) -> bool:
    """Whether the line's last sentence has an auxiliary or modal still waiting for its verb ("In Serbien hat es
    die fünfte Nacht in Folge") and the next line's first sentence has no finite verb but ends on that verb
    ("Proteste gegen die Regierung gegeben."): one sentence, broken by the line."""
    tail = tag(_last_sentence(last).split()[-12:])
    auxiliaries = [k for k, t in enumerate(tail) if t.tag in {"VA(FIN)", "VM(FIN)"}
                   or (t.tag == "VV(FIN)" and t.lemma.lower() == "bleiben")]  # ("bleiben dieses Mal" + "alle
    # Läden geöffnet.": a participle after "bleiben" closes its clause like one after "sind")
    if not auxiliaries or any(t.tag in NON_FINITE for t in tail[auxiliaries[-1] + 1:]):
        return False
    head = nxt.split(". ", 1)[0].rstrip(".!?").split()
    words = tag(head[:20])
    return len(head) <= 20 and bool(words) and words[-1].tag in NON_FINITE \
        and not any(t.tag.endswith("(FIN)") for t in words)


# where a sentence inside a line ends: its final punctuation, a closing quotation mark after it, and a space
_SENTENCE_END = re.compile(r"[.!?][»«\"“”]?\s+")


def _last_sentence(line: str) -> str:
    """The line's last sentence, or the beginning of one ('… zu befolgen." Beim Aufsteiger': "Beim
    Aufsteiger")."""
    return _SENTENCE_END.split(line)[-1]


def _verbless_open(line: str) -> bool:
    """Whether the line's last sentence has no verb at all and is long, or ends on a word no label ends on
    ("… am Montag. Der 34-jährige", "… Kontakt. Doch"), or is a phrase after a sentence of its line that opens
    with a preposition ("… und Jemen 7. In Syriens Norden"); not a label after a sentence: "… sagt X. Ein
    Austausch"."""
    sentence = _last_sentence(line)
    tags = tag(sentence.split())
    return bool(tags) and not any(t.tag[:2] in {"VV", "VA", "VM"} for t in tags) and (
        len(sentence) >= _WRAPPED or tags[-1].tag not in {"NN", "NE", "FM"}
        or (sentence != line and tags[0].tag in {"APPR", "APPRART"}))


# the word classes that close a clause: a participle, an infinitive, a particle, a predicative
_CLAUSE_CLOSING = NON_FINITE | {"VV(IZU)", "PTKVZ", "ADJ(D)", "CARD"}


def _name_runs_on(last: str, nxt: str) -> bool:
    """Whether a line without a verb ends in "von" and a name ("… von Kötter") and the next line opens with a
    capitalised word that is no determiner or pronoun, right before a finite verb ("Security hat …"): the
    name of a firm or body goes on over the break, and the phrase before the verb is one."""
    if not re.search(r"\bvon [A-ZÄÖÜ][\w-]+$", last) or _finite_in(last):
        return False
    words = nxt.split()[:2]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    tagged = tag(words)
    return tagged[0].tag in {"NE", "NN", "FM"} and tagged[1].tag.endswith("(FIN)")


def _closing_frame(last: str) -> bool:
    """Whether the line ends in a frame after a comma: a verb of saying and the names of who says it ("…,
    berichten Anna Muster und Peter Test"), with nothing after the names."""
    words = last.rsplit(",", 1)[-1].split() if "," in last else []
    if len(words) < 2 or not re.fullmatch(r"[a-zäöü]+", words[0]) or finite_verb_lemma(words[0]) not in SPEECH_VERBS \
            or name_gender(words[-1]) is not None or not any(name_gender(w) is not None for w in words[1:]):
        return False  # (the tagger runs only on what may be such a frame)
    tagged = tag(words[1:])  # (out of its clause the tagger may take the lower-case verb for a noun)
    return tagged[-1].tag in {"NE", "NN"} and all(t.tag in {"NE", "NN"} or t.text == "und" for t in tagged)
    # (a first name last waits for its surname on the next line: "sagt Peter" + "Muster, …")


def _open_clause(last: str) -> bool:
    """Whether the last sentence of a line has a finite verb after its first word (a clause, not a
    heading's verb-first line) and ends on a word that closes no clause."""
    tail = tag(_last_sentence(last).split()[-12:])
    return len(tail) > 2 and any(t.tag.endswith("(FIN)") for t in tail[1:-1]) \
        and tail[-1].tag not in _CLAUSE_CLOSING and not tail[-1].tag.endswith("(FIN)")


# a text wrapped at a fixed width: most of its lines end without a sentence's final punctuation
_WRAPPED_SHARE = 0.5


def _wrapped_text(lines: Sequence[str]) -> bool:
    open_ = sum(1 for line in lines if line and line[-1] not in _FINAL)
    return len(lines) >= 6 and open_ >= _WRAPPED_SHARE * len(lines)


# tags of the words that open a noun phrase and cannot close a sentence
_OPENING_DETERMINERS = frozenset({"ART", "PIAT", "PIDAT", "PDAT", "PPOSAT", "PWAT", "ADJ(A)"})


def wrapped_breaks(text: str, paragraphs: Sequence[dict]) -> frozenset[int]:
    """The paragraphs (by index) after which the break wraps a full line of a text wrapped at a fixed width,
    so that what follows may go on with what came before (an interview answer over several lines)."""
    lines = [text[p["start"]:p["end"]].rstrip() for p in paragraphs]
    if not _wrapped_text([line for line, p in zip(lines, paragraphs) if p["kind"] != "title"]):
        return frozenset()
    return frozenset(k for k, line in enumerate(lines) if len(line) >= _WRAPPED)


def _stops_short(last: str, raw: str) -> bool:
    """A paragraph of sentences (a heading has no sentence end inside it) whose last one stops on a
    lower-case word that closes no clause ("… Antwort. Bei einem Schüler traten" + "Beschwerden auf",
    "Gott sei" + "Dank"): a line break, not the end. (A source that lost a final period ends on a
    participle or infinitive: "Seitdem hat sie viel erlebt".)"""
    if not (raw.isalpha() and raw.islower() and any(mark in last for mark in (". ", "! ", "? "))):
        return False
    tail = _last_sentence(last).split()[-8:]
    return tag(tail)[-1].tag not in _CLAUSE_CLOSING


def stretches(text: str, paragraphs: Sequence[dict]) -> list[tuple[int, int]]:
    """Paragraph ranges, those broken inside a sentence joined again (never the title)."""
    out: list[list[int]] = []
    previous: dict | None = None
    wrapped = _wrapped_text([text[p["start"]:p["end"]].rstrip() for p in paragraphs if p["kind"] != "title"])
    for para in paragraphs:
        if out and previous and "title" not in (previous["kind"], para["kind"]) and continues_line(
                text[previous["start"]:previous["end"]].rstrip(), text[para["start"]:para["end"]].lstrip(),
                wrapped, " ".join(text[out[-1][0]:previous["end"]].split()) if wrapped else ""):
            out[-1][1] = para["end"]
        else:
            out.append([para["start"], para["end"]])
        previous = para
    return [(a, b) for a, b in out]


def segment(text: str, paragraphs: Sequence[dict], furniture: Sequence[dict],
            seams: Callable[[Sequence[Token]], list[int]] | None = None) -> list[Sentence]:
    """Tagged sentences of every paragraph, leaving out the furniture segments; `seams` may name tokens
    that start a new sentence although no punctuation says so (a headline glued to the next sentence)."""
    blocked = [(f["start"], f["end"]) for f in furniture]
    sentences: list[Sentence] = []
    for start, end in stretches(text, paragraphs):
        for lo, hi in free_ranges(start, end, blocked):
            for toks in tokenize(text[lo:hi], lo):
                tagged = tag_tokens(toks)
                cuts = [0, *(seams(tagged) if seams else []), len(tagged)]
                for a, b in zip(cuts, cuts[1:]):
                    for part in _label_apart(_unbracketed(tagged[a:b])):
                        if any(t.text[0].isalnum() for t in part):
                            sentences.append(Sentence(len(sentences), part[0].start, part[-1].end, part))
    return sentences


def _label_apart(tokens: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """A bracket without a verb that opens a sentence before a clause of its own ("(Bandits, USA 2001, Barry
    Levinson) Als Rückblende aufgebaut, erzählt …"): a listing's credits for the title before it, no part of
    the clause; it stands apart (and, without a verb, gives no claim). A name alone, "(Anna Muster) Der Krieg
    …", cites the author of the quotation it closes or opens, which the speech rules read where it stands."""
    if len(tokens) < 6 or tokens[0].text != "(":
        return [tokens]
    close = next((k for k in range(1, len(tokens)) if tokens[k].text in {")", "("}), None)
    if close is None or tokens[close].text != ")" or close + 2 >= len(tokens) or any(
            t.finite for t in tokens[1:close]) or not any(t.text == "," for t in tokens[1:close]) \
            or not tokens[close + 1].text[:1].isupper() \
            or not any(t.finite for t in tokens[close + 1:]):
        return [tokens]
    return [tokens[:close + 1], tokens[close + 1:]]


def _unbracketed(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A sentence the author put in brackets as a whole ("(Zum Vergleich: X liegt bei 57 Prozent.)") without them:
    the brackets set an aside off from the sentences around it, they are no part of what it states, and inside them
    the sentence's own colon or dash would count as an aside's. (Not a bracketed label without a verb: "(Foto: X)".)"""
    if len(tokens) < 4 or tokens[0].text != "(":
        return tokens
    depths = list(accumulate((t.text == "(") - (t.text == ")") for t in tokens))
    if 0 not in depths:
        return tokens  # (a bracket that closes in a later sentence)
    close = depths.index(0)
    if not all(t.text in {".", "!", "?"} for t in tokens[close + 1:]) or not any(t.finite for t in tokens[1:close]):
        return tokens
    return tokens[1:close]


# HanTa's tags corrected by the grammar of the sentence: (which tokens, what they become), applied in this order
_RETAGS: tuple[tuple[Callable[[Sequence[Token]], list[int]], Callable[[Token], Token]], ...] = (
    (_participles_tagged_finite, _retag("VV(PP)")),
    (_adjectives_tagged_finite, _retag("ADJ(A)")),
    (_predicatives_tagged_finite, _retag("ADJ(D)", lambda t: t.text.lower())),
    (_nouns_tagged_finite, _retag("NN", lambda t: t.text)),
    (_truncated_compounds, _retag("NN", lambda t: t.text)),
    (_particles_tagged_finite, _retag("PTKVZ", lambda t: t.text.lower())),
    (_prepositions_tagged_particle, _retag("PTKVZ", lambda t: t.text.lower())),
    (_adjectives_tagged_particle, _retag("PTKVZ", lambda t: t.text.lower())),
    (_infinitives_tagged_finite, _retag("VV(INF)")),
    (_relatives_tagged_article, _retag("PRELS")),
    (_sentential_relative, _retag("PRELS", lambda t: "was")),
    (_articles_tagged_relative, _retag("ART")),
    (_verbs_tagged_noun, _retag("VV(FIN)", lambda t: finite_verb_lemma(t.text))),
    (_verbs_tagged_adjective, _retag("VV(FIN)", lambda t: finite_verb_lemma(t.text))),
    (_verbs_tagged_name, _retag("VV(FIN)", lambda t: finite_verb_lemma(t.text))),
    (_verbs_tagged_predicative, _retag("VV(FIN)", lambda t: finite_verb_lemma(t.text))),
    (_web_addresses, _retag("NE", lambda t: t.text)),
    (_surnames_tagged_adjective, _retag("NE", lambda t: t.text)),
    (_first_names_tagged_foreign, _retag("NE", lambda t: t.text)),
    (_demonyms_tagged_adjective, _retag("NN", lambda t: t.text)),
    (_capital_articles, _retag("NE", lambda t: t.text)),
    (_prepositions_tagged_subordinator, _retag("APPR", lambda t: t.text.lower())),
    (_man_tagged_name, _retag("PIS", lambda t: "man")),
    (_subordinators_with_clitic, _retag("KOUS", lambda t: t.text[:-2].lower())),
    (_code_names_tagged_number, _retag("NE", lambda t: t.text)),
    (_finite_closing_clause, _made_finite),
    (_present_closing_report, _made_finite),
    (lambda tokens: [k] if (k := _nonfinite_in_second_place(tokens)) is not None else [], _made_finite),
)
