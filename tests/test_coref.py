"""Reference resolution on made-up German mini-articles: resolved where the evidence is clear, left alone
where it is not (a wrong antecedent makes a false claim, an unresolved pronoun only a less
self-contained one)."""

from __future__ import annotations

import pytest

from builder.language.first_names import name_gender
from builder.split.rules import RuleSplitter


def _texts(*paragraphs: str) -> list[str]:
    text, paras = "", []
    for p in ("Titel", *paragraphs):
        if text:
            text += "\n\n"
        paras.append({"start": len(text), "end": len(text) + len(p), "kind": "body"})
        text += p
    article = {"id": "t", "text": text, "paragraphs": paras, "furniture": [],
               "published": {"value": "2024-03-12", "precision": "day"}}
    return [c["text"] for c in RuleSplitter().split(article)]


@pytest.mark.parametrize("paragraphs, expected", [
    # gender from the first-name list and from role nouns
    (("Anna Muster besuchte am Montag das Spital in Chur.", "Sie eröffnete dort eine neue Abteilung."),
     "Anna Muster eröffnete dort eine neue Abteilung."),
    (("Gesundheitsminister Karl Huber besuchte am Montag Basel.", "Er eröffnete dort ein Labor."),
     "Karl Huber eröffnete dort ein Labor."),
    # the article's own "der Sohn" outranks the name list, which calls Andrea a woman's name
    (("Andrea Rossi, der Sohn des Bürgermeisters, kam am Montag nach Bern.", "Er eröffnete dort ein Geschäft."),
     "Andrea Rossi eröffnete dort ein Geschäft."),
    # institutions continue as subject with their own gender
    (("Das Kantonsgericht Graubünden tagte am Montag.", "Es verurteilte den Mann zu einer Busse."),
     "Das Kantonsgericht Graubünden verurteilte den Mann zu einer Busse."),
    (("Die Regierung beriet am Montag in Bern.", "Sie beschloss neue Regeln für den Verkehr."),
     "Die Regierung beschloss neue Regeln für den Verkehr."),
    (("Die Forscher fanden im Juli einen Stein.", "Sie untersuchten ihn im Labor."),
     "Die Forscher untersuchten ihn im Labor."),
    # descriptors of a named person
    (("Die Unternehmerin Anna Muster gründete 2010 eine Firma.", "Heute beschäftigt die Unternehmerin 50 Leute."),
     "Heute beschäftigt Anna Muster 50 Leute."),
    (("Hans Meier (34) wurde am Montag verhaftet.", "Am Dienstag kam der 34-Jährige wieder frei."),
     "Am Dienstag kam Hans Meier wieder frei."),
    (("Anna Muster traf am Montag Peter Meier.", "Die beiden sprachen über die Steuern."),
     "Muster und Meier sprachen über die Steuern."),
    (("Ein neuer Zug fährt ab Montag nach Chur.", "Er hält in Landquart."), "Der neue Zug hält in Landquart."),
])
def test_clear_references_are_resolved(paragraphs: tuple[str, ...], expected: str) -> None:
    assert expected in _texts(*paragraphs)


@pytest.mark.parametrize("paragraphs, kept", [
    # the epidemic is "sie", not the minister of another gender named before it
    (("Gesundheitsminister Karl Huber warnt vor der Grippe.",
      "Die Behörden wollen die Epidemie stoppen, bevor sie weiter um sich greift."), "bevor sie weiter um sich greift"),
    # two people agree with "er": ambiguous
    (("Peter Meier traf am Montag Hans Keller.", "Er lobte die Zusammenarbeit."), "Er lobte die Zusammenarbeit."),
    # a person of the other gender is no antecedent
    (("Anna Muster besuchte am Montag den Bahnhof.", "Er war frisch renoviert."), "Er war frisch renoviert."),
    # the polite "Sie" of a newsletter
    (("Der Newsletter erscheint jeden Montag.",
      "Sie können ihn hier abonnieren, die Redaktion schickt Ihnen dann jede Woche eine Mail."),
     "Sie können ihn hier abonnieren"),
    # pronouns in a direct quotation belong to the quoted speaker's situation
    (("Peter Meier kritisierte den Entscheid.", "«Er ist falsch», sagte Anna Muster."), "Er ist falsch"),
    # expletive "es"
    (("Das Gericht tagte am Montag.", "Es gibt keine Zeugen für den Unfall."), "Es gibt keine Zeugen für den Unfall."),
    (("Das Gericht tagte am Montag.", "Es bestehen noch Zweifel."), "Es bestehen noch Zweifel."),
    # "die beiden" with three people named
    (("Anna Muster traf am Montag Peter Meier und Hans Keller.", "Die beiden sprachen über die Steuern."),
     "Die beiden sprachen über die Steuern."),
    # a year opening a sentence counts nothing
    (("Im Zug sassen rund 200 Pendler.", "2016 startet die neue Linie."), "2016 startet die neue Linie."),
])
def test_unclear_references_stay(paragraphs: tuple[str, ...], kept: str) -> None:
    texts = _texts(*paragraphs)
    assert any(kept in t for t in texts), texts


def test_a_name_of_the_same_clause_is_not_the_antecedent() -> None:
    texts = _texts("Thomas Keller ist neuer Präsident des Vereins.",
                   "Am Abend tauchte er an der Seite von Thomas Keller auf.")
    assert not any(t.count("Thomas Keller") > 1 for t in texts), texts


def test_a_report_speaker_is_the_he_of_the_report() -> None:
    assert "Der Mann habe nichts gesehen." in _texts("Vor Gericht sagte der Mann, er habe nichts gesehen.")


@pytest.mark.parametrize("name, gender", [("Karl", "m"), ("Anna", "f"), ("Hans-Joachim", "m"), ("Li", None),
                                          ("Xyzzyq", None)])
def test_first_name_gender_from_the_name_list(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender
