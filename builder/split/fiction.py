"""Stretches of an article that retell a work of fiction: a review's summary of a story's or a film's plot.

Their sentences are statements about a world that does not exist ("Die Menschen rufen einander beim
Namen ihrer Autos"), in the indicative and without a frame; taken out of the review, each reads as a fact
about ours. No sentence rule tells them from news, but the article does: the plot follows a sentence that
names a work and says that it tells something ("Der Roman erzählt von …", "In der Erzählung geht es um …",
"Die Autorin findet dafür ein Bild: …"), and it ends where the review speaks about the work, its author or
its readers again, or at a date of our calendar. Only a review retells a plot at length: an article whose
heading or lead names a work; elsewhere ("In einem Büchlein wird die Geschichte einer Schülerin erzählt") a
sentence or two describe a work among the news, and no frame can tell where they end.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from builder.language.lexicon import SPEECH_VERBS
from builder.split.phrases import is_first_person
from builder.split.sentences import Token
from builder.split.timex import MONTHS

# works whose content is invented (not "Buch" or "Studie": what a non-fiction book reports is its author's
# claim, which a frame may attribute)
WORK_NOUNS = frozenset("""erzählung roman novelle kurzgeschichte märchen fabel film spielfilm kinofilm fernsehfilm
    fernsehserie theaterstück bühnenstück komödie tragödie oper musical hörspiel comic krimi thriller""".split())
# nouns that name a story only where a plot verb says so ("Wie endet die Geschichte?"; not "das Haus der
# Geschichte", "die Serie A")
STORY_NOUNS = WORK_NOUNS | frozenset("geschichte handlung plot serie".split())
# who made such a work; they open a plot only next to a work ("Der Autor der Studie warnt: …" does not)
CREATOR_NOUNS = frozenset("""schriftsteller schriftstellerin autor autorin regisseur regisseurin dichter dichterin
    erzähler erzählerin drehbuchautor drehbuchautorin""".split())
# what a review, not a plot, speaks of: the work as made, published and seen
REVIEW_NOUNS = frozenset("""aufführung inszenierung premiere uraufführung vorstellung verlag kapitel leser leserin
    zuschauer zuschauerin publikum kino bühne kritik kritiker kritikerin schauspieler schauspielerin darsteller
    darstellerin""".split())
# verbs by which a sentence about a work announces its content ("spielen" only with a place or a time after
# it, not "spielte zehn Millionen ein")
PLOT_VERBS = frozenset("erzählen handeln schildern enden gehen spielen".split())
_PLACE_OR_TIME = frozenset("in im an am auf zur zum".split())
# verbs of saying that frame someone's words after a colon ("finden" also takes an object: "findet ein Bild
# dafür: …")
_FRAMING_VERBS = SPEECH_VERBS - {"finden"}
# sentences at the head of an article that may name the work a review is about: the title, and a subtitle
# after it (a sentence without a finite verb: "Neu im Kino: der Film X von Y")
_LEAD = 2


def _lemma(tok: Token) -> str:
    return (tok.lemma or tok.text).lower()


def _names_work(tokens: Sequence[Token], nouns: frozenset[str] = WORK_NOUNS) -> bool:
    return any(t.pos == "NN" and _lemma(t) in nouns for t in tokens)


def _names_creator(tokens: Sequence[Token]) -> bool:
    return any(t.pos == "NN" and _lemma(t) in CREATOR_NOUNS for t in tokens)


def _announces_content(tokens: Sequence[Token]) -> bool:
    """A work with a verb that tells its content: "Der Film spielt in Wien", "Worum geht es im Roman?"."""
    if not _names_work(tokens, STORY_NOUNS):
        return False
    for i, t in enumerate(tokens):
        lemma = _lemma(t)
        if t.pos != "VV" or lemma not in PLOT_VERBS:
            continue
        after = [u.lower for u in tokens[i + 1:i + 4]]
        if lemma == "handeln" and "von" not in after:
            continue
        if lemma == "gehen" and not any(u.lower == "um" for u in tokens):
            continue
        if lemma == "spielen" and (not _PLACE_OR_TIME & set(after) or any(u.tag == "PTKVZ" for u in tokens)):
            continue
        return True
    return False


def _colon_after_creator(tokens: Sequence[Token], before: Sequence[Token]) -> int | None:
    """The first token after a colon that follows a work's creator or the work itself, when this sentence or
    the one before names the work: "Der Schriftsteller findet ein Bild dafür: Südlich von …"; not a frame of
    saying ("Die Regisseurin sagt: …"), whose words the rules of speech attribute."""
    colon = next((i for i, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None:
        return None
    head = tokens[:colon]
    if not (_names_creator(head) or _names_work(head)) or not (_names_work(tokens) or _names_work(before)):
        return None
    if any(t.finite and _lemma(t) in _FRAMING_VERBS for t in head) or not any(t.finite for t in head):
        return None
    return colon + 1  # (past the end when the colon ends the sentence and the plot opens with the next)


def _name(tokens: Sequence[Token], i: int) -> bool:
    """A word of a person's name: tagged a name, or a capitalised word right after one (the tagger reads an
    unknown surname as a noun: "Lea/NE Mustermann/NN")."""
    return tokens[i].pos == "NE" or (i > 0 and tokens[i - 1].pos == "NE" and tokens[i].pos == "NN")


def _authors(tokens: Sequence[Token]) -> set[str]:
    """Surnames of a work's author as the review names them: "Cortázars Erzählung", "Mustermanns neues Buch"
    (a genitive before a noun), "der Roman von Anna Muster" (after the work), "die Autorin Anna Muster"."""
    names: set[str] = set()
    for i, t in enumerate(tokens):
        if _name(tokens, i) and t.text.endswith("s") \
                and any(u.pos == "NN" for u in takewhile(lambda u: u.pos in {"ADJ", "NN"}, tokens[i + 1:i + 4])):
            names.add(t.text[:-1])
        lemma = _lemma(t) if t.pos == "NN" else ""
        after = i + 2 if lemma in WORK_NOUNS and tokens[i + 1:i + 2] and tokens[i + 1].lower == "von" \
            else i + 1 if lemma in CREATOR_NOUNS else None
        if after is not None:
            run = list(takewhile(lambda j: j < len(tokens) and _name(tokens, j), range(after, after + 3)))
            names.update(tokens[j].text for j in run[-1:])
    return names


def _outside(tokens: Sequence[Token], authors: set[str]) -> bool:
    """Whether a sentence within a retold plot speaks outside it: about the work, its maker or its audience
    again, in the reviewer's or the reader's first person, or with a date of our calendar (not with a verb
    of saying: the characters speak and think too)."""
    return (_names_work(tokens, WORK_NOUNS | CREATOR_NOUNS | REVIEW_NOUNS)
            or any(t.text in authors or t.text.removesuffix("s") in authors for t in tokens)
            or any(is_first_person(t) for t in tokens)
            or any((t.lower in MONTHS and t.text[:1].isupper())
                   or (t.text.isdigit() and len(t.text) == 4 and 1000 <= int(t.text) <= 2100) for t in tokens))


def retold_plot(sentences: Sequence[Sequence[Token]]) -> dict[int, int]:
    """Sentences of a review that retell a work's plot, each with the token at which its retelling begins (0
    for the whole sentence; the first after the colon of "Der Autor findet ein Bild: …")."""
    plot: dict[int, int] = {}
    heading = [tokens for k, tokens in enumerate(sentences[:_LEAD]) if k == 0 or not any(t.finite for t in tokens)]
    if not any(_names_work(tokens) for tokens in heading):
        return plot
    authors = set().union(*map(_authors, heading))
    open_ = False
    for k, tokens in enumerate(sentences):
        before = sentences[k - 1] if k else ()
        start = _colon_after_creator(tokens, before)
        if _announces_content(tokens) or start is not None:
            authors |= _authors(tokens) | _authors(before)
            open_ = True
            if start is not None:
                plot[k] = start
            continue
        if open_ and _outside(tokens, authors):
            open_ = False
        if open_:
            plot[k] = 0
    return plot
