"""Page furniture on made-up paragraphs in the styles of Swiss, German and Austrian news sites (not gold text)."""

from __future__ import annotations

import pytest

from builder.split.furniture import detect_furniture


def _furniture(*paragraphs: str, kinds: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(kind, text) of the furniture found in an article of these body paragraphs (after a title)."""
    text, paras = "Titel", [{"start": 0, "end": 5, "kind": "title"}]
    for i, p in enumerate(paragraphs):
        text += "\n\n"
        kind = kinds[i] if kinds else "body"
        paras.append({"start": len(text), "end": len(text) + len(p), "kind": kind})
        text += p
    return [(f["kind"], f["text"]) for f in detect_furniture(text, paras)]


def _kind_of(paragraph: str, kind: str = "body") -> str | None:
    """The kind of the one segment covering the whole paragraph, or None when none does."""
    found = [k for k, t in _furniture(paragraph, kinds=(kind,)) if t == paragraph.strip()]
    return found[0] if found else None


# --- news stays news (datelines, reader-free sentences, quotations, verb-first conditionals) ---------------

@pytest.mark.parametrize("paragraph", [
    "Wien – Die Regierung hat am Dienstag ein neues Budget vorgelegt.",
    "Berlin (dpa) – Der Bundestag hat das Gesetz am Donnerstag verabschiedet.",
    "Genf – Die Vereinten Nationen warnen vor einer Hungersnot im Sudan.",
    "Zürich – Die Stadtpolizei sucht nach einem Unfall in Altstetten Zeugen.",
    "Graz/Wien – Die Landesregierung will die Pflege bis 2026 neu organisieren.",
    "Der Bundesrat hat am Mittwoch die Lockerungen beschlossen.",
    "Stimmten die Richter dem Antrag zu, dürfte die Bank nicht mehr am Programm teilnehmen.",
    "War die Probe kleiner als erwartet, zeigten die Tiere kaum Interesse an der App.",
    "Wird ein Nutzer positiv getestet, warnt die App alle Kontakte.",
    "Kommt hinzu, dass die App erst ab Juni verfügbar ist.",
    "«Die Migros wünscht dir viel Spass», heisst es in der Werbung.",
    "„Schreiben Sie uns“, stand auf dem Plakat der Demonstranten.",
    "Die Polizei bittet Zeugen, sich bei der Kantonspolizei zu melden.",
    "Die Corona-Warn-App wurde bisher 16 Millionen Mal heruntergeladen.",
    "Unsere Kunden schätzen die neue App, sagte der Firmenchef.",
    "Die Details des Vertrags sind bisher nicht bekannt.",
    "Zum Bericht der Kommission äusserte sich die Ministerin nicht.",
    "Hier leben rund 500 Menschen, die meisten von der Landwirtschaft.",
    "Von Arx präsentiert sich hier als fairer Verlierer.",
    "Weitere Meldungen über Verletzte gab es am Abend nicht.",
    "Dieser Bericht der UNO erschien zuerst im Jahr 2019.",
    "Im Herbst erscheint eine neue Version der Software.",
    "Sie hoffen auf Kunden, die bei ihnen Brot bestellen.",
    "Sie gilt vielen als Eintrittskarte in die National Hockey League.",
])
def test_news_sentences_are_not_furniture(paragraph: str) -> None:
    assert _furniture(paragraph) == []


def test_a_dated_dispatch_keeps_its_sentence_after_a_furniture_sentence() -> None:
    found = _furniture("Wien – Die Inflation ist im März gesunken. Mehr dazu im Liveticker hier.")
    assert [t for _, t in found] == ["Mehr dazu im Liveticker hier."]


# --- promotions addressed to the reader ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In der Bildstrecke zeigen wir dir die spektakulärsten Aufnahmen des Gewitters!",
    "In unserer Galerie siehst du die schönsten Leserbilder vom Wochenende.",
    "Folgst du uns schon auf Instagram und im Whatsapp-Kanal?",
    "Mit der App von 20 Minuten bekommst du alle News direkt aufs Handy.",
    "Hier erfährst du alles über die Abstimmung vom Sonntag im Liveticker.",
    "Alle Entwicklungen können Sie in unserem Newsblog verfolgen.",
    "Unsere Bezirksnewsletter können Sie hier kostenlos bestellen.",
    "Den täglichen Podcast können Sie auf allen Plattformen abonnieren.",
    "Wenn Sie die Eilmeldungen sofort erhalten möchten, empfehlen wir Ihnen unsere kostenlose App.",
    "Im Morgen-Newsletter informieren wir Sie über alles, was der Tag bringt.",
    "Die Pegelstände der Seen können Sie hier auf unserer Karte verfolgen.",
    "Sie hier für Android-Geräte herunterladen können.",
])
def test_reader_addressed_promotions(sentence: str) -> None:
    assert _kind_of(sentence) == "promo"


def test_the_outlet_naming_its_own_newsletter_is_a_promotion() -> None:
    assert _kind_of("Mehr Geschichten aus den Bezirken stehen in unseren Leute-Newslettern.") == "promo"


# --- instructions to the reader (imperative mood) ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Schreiben Sie uns Ihre Meinung an leserbriefe@example.ch.",
    "Melden Sie sich hier für den Newsletter an.",
    "Diskutieren Sie mit uns im Forum.",
    "Bitte beachten Sie die Hinweise der Behörden.",
    "Schau dir die Bilder in der Galerie an.",
    "Stelle dein eigenes Team zusammen und gewinne tolle Preise.",
    "Abonniere den Kanal und du verpasst keine Story mehr.",
    "Hol dir die App und stimme ab.",
    "Klick dich durch die Bildstrecke.",
    "Schaut euch das Video bis zum Schluss an.",
])
def test_imperatives_addressed_to_the_reader(sentence: str) -> None:
    assert _kind_of(sentence) == "instruction"


def test_a_question_to_the_reader_is_no_instruction() -> None:
    assert _furniture("Haben Sie die Sonnenfinsternis gesehen?") == []


def test_an_instruction_before_a_colon_leaves_the_statement_after_it() -> None:
    found = _furniture("Vergessen Sie nicht: Ich war zehn Jahre lang Lehrerin in Basel.")
    assert found == [("instruction", "Vergessen Sie nicht:")]


# --- link calls, paywall labels, notes about the article --------------------------------------------------

@pytest.mark.parametrize("tail, kind", [
    ("Zur Meldung", "teaser"),
    ("Zum ganzen Artikel", "teaser"),
    ("Die Einzelheiten", "teaser"),
    ("Mehr dazu von Anna Muster", "teaser"),
    ("Weitere Meldungen aus der Schweiz", "teaser"),
    ("Hier geht es zum Liveticker.", "teaser"),
    ("Zur Anmeldung geht es hier.", "teaser"),
    ("Von Lea Muster (SZ Plus)", "paywall"),
    ("12 Antworten mit SZ Plus", "paywall"),
    ("Mit Z+ weiterlesen.", "paywall"),
    ("Jetzt mit Tagesspiegel Plus lesen.", "paywall"),
])
def test_tails_of_digest_items(tail: str, kind: str) -> None:
    paragraph = f"Der Stadtrat beschliesst ein neues Budget. Die Opposition ist dagegen. {tail}"
    assert _furniture(paragraph) == [(kind, tail)]


@pytest.mark.parametrize("tail", ["Ein Kommentar von Peter Beispiel", "Kolumne von Lea Muster (SZ Plus)"])
def test_a_digest_item_of_an_opinion_piece_is_a_teaser_whole(tail: str) -> None:
    """Its sentences are the commentator's opinion, which the article only advertises."""
    paragraph = f"Der Stadtrat beschliesst ein neues Budget. Die Opposition ist dagegen. {tail}"
    assert _furniture(paragraph) == [("teaser", paragraph)]


def test_a_paywall_label_after_a_news_sentence_is_furniture_alone() -> None:
    found = _furniture("Die Ministerin übergeht die Sorgen der Pendler, kommentiert Hans Beispiel (SZ Plus).")
    assert found == [("paywall", "(SZ Plus)")]


@pytest.mark.parametrize("sentence", [
    "Dieser Artikel wurde am Montagabend aktualisiert.",
    "Die Bilder dieses Beitrags stehen aus lizenzrechtlichen Gründen vorerst nicht mehr zur Verfügung.",
    "In einer früheren Version dieses Textes stand ein falsches Datum.",
])
def test_notes_about_the_article_itself_are_footers(sentence: str) -> None:
    assert _kind_of(sentence) == "footer"


# --- whole paragraphs: boxes, section labels, author lines, forums ---------------------------------------

@pytest.mark.parametrize("paragraph, kind", [
    ("[Alle Entwicklungen zur Wahl lesen Sie in unserem Newsblog.]", "promo"),
    ("[Mehr aus dem Kiez. Mehr aus Brandenburg. Jetzt mit Tagesspiegel Plus 14 Tage gratis lesen]", "paywall"),
    ("[Mehr zum Thema: Warum die Mieten weiter steigen]", "teaser"),
    ("Aus Bern berichtet Anna Muster:", "author"),
    ("Peter Beispiel schreibt aus Neukölln:", "author"),
    ("Und aus Favoriten schreibt Maria Probe:", "author"),
    ("Mit Material von dpa und AFP", "byline"),
    ("Das Wichtigste zur Abstimmung", "heading"),
    ("Außerdem wichtig", "heading"),
    ("5 aus 30 - Meistgelesen heute", "heading"),
    ("Nachrichten am Abend - der Überblick", "heading"),
])
def test_whole_paragraph_furniture(paragraph: str, kind: str) -> None:
    assert _kind_of(paragraph) == kind


@pytest.mark.parametrize("heading, furniture", [
    ("Was wichtig wird", True),
    ("Wie es jetzt weitergeht", True),
    ("Was Sie über die Impfung wissen müssen", True),
    ("Warum die Preise steigen", True),
    ("Wie es mit der", False),  # a line broken off mid-sentence
    ("Wer sich schützen will, kann", False),
    ("Mehr als 40 000 Besucher in Luzern", False),
])
def test_interrogative_subheadings(heading: str, furniture: bool) -> None:
    assert (_kind_of(heading, "heading") is not None) == furniture


def test_a_reader_forum_box_is_the_label_and_the_comments_after_it() -> None:
    found = _furniture("Leser diskutieren", "Braucht es ein Tempolimit? Für Igel123 ist klar: \"Ja, sofort.\"",
                       "Die Regierung entscheidet im Mai.")
    assert [k for k, _ in found] == ["forum", "forum"]


def test_a_paragraph_mostly_advertising_is_a_promotion_box() -> None:
    box = ("Neues aus den Quartieren in unseren Newslettern. Hier ein Überblick. Die Newsletter bringen Ihnen "
           "jeden Morgen Updates aus Ihrem Quartier. Sie können sie hier kostenlos bestellen.")
    assert _furniture(box) == [("promo", box)]


def test_one_call_to_the_reader_does_not_take_the_news_of_its_paragraph() -> None:
    found = _furniture("Die Polizei sucht Zeugen. Der Unfall geschah gegen 22 Uhr. Schreiben Sie uns, "
                       "wenn Sie etwas gesehen haben.")
    assert [k for k, _ in found] == ["instruction"]


def test_an_advertising_heading_takes_the_paragraphs_that_go_on_talking_to_the_reader() -> None:
    found = _furniture("Spiel mit deinem Team in der Fantasy League",
                       "Stell dein Team zusammen. Jede Woche gibt es Preise.",
                       "Ob du gewinnst oder verlierst, hängt von deiner Aufstellung ab.",
                       "Der Klub trainiert am Montag.",
                       kinds=("heading", "body", "body", "body"))
    assert [k for k, _ in found] == ["promo", "promo", "promo"]
