"""Unit tests of the splitter's parts on made-up German sentences (not the gold set's)."""

from __future__ import annotations

import pytest

from builder.split.check import faults
from builder.split.draft import Draft, render, spans
from builder.split.furniture import detect_furniture
from builder.split.glue import seams
from builder.split.inflection import plural_of
from builder.split.rules import RuleSplitter
from builder.split.sentences import free_ranges, segment, tag_tokens, tokenize
from builder.split.speech import find_report


def _tokens(sentence: str):
    [toks] = tokenize(sentence)
    return tag_tokens(toks)


def _article(*paragraphs: str, published: dict | None = None) -> dict:
    text, paras = "", []
    for i, p in enumerate(paragraphs):
        if text:
            text += "\n\n"
        paras.append({"start": len(text), "end": len(text) + len(p), "kind": "title" if i == 0 else "body"})
        text += p
    article = {"id": "t", "text": text, "paragraphs": paras, "furniture": [],
               "published": published or {"value": "2024-03-12", "precision": "day"}}
    article["furniture"] = detect_furniture(text, paras)
    return article


def _claims(*paragraphs: str) -> list[dict]:
    return RuleSplitter().split(_article("Titel", *paragraphs))


def _texts(*paragraphs: str) -> list[str]:
    return [c["text"] for c in _claims(*paragraphs)]


# --- sentences -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Am 3. März 2023 kam er an. Dann ging er.", 2),
    ("Die Firma (u. a. in Bern tätig) wuchs z. B. stark. Das ist gut.", 2),
    ("Das war das Ende.Der Anfang folgte.", 2),
    ("«Wir kommen», sagte sie. Er blieb.", 2),
])
def test_sentences_respect_abbreviations_ordinals_quotes_and_glued_stops(text: str, n: int) -> None:
    assert len(tokenize(text)) == n


def test_segment_skips_furniture_and_keeps_offsets() -> None:
    text = "Erster Satz hier. Foto: Keystone"
    sentences = segment(text, [{"start": 0, "end": len(text), "kind": "body"}],
                        [{"kind": "credit", "start": 18, "end": len(text), "text": "Foto: Keystone"}])
    assert [text[s.start:s.end] for s in sentences] == ["Erster Satz hier."]
    assert free_ranges(0, 10, [(2, 4), (3, 6)]) == [(0, 2), (6, 10)]


# --- glued seams and furniture ----------------------------------------------------------------------------

def test_capitalised_function_word_marks_a_seam() -> None:
    toks = _tokens("Streit in Bern Die Regierung lehnt den Vorschlag ab.")
    assert [toks[i].text for i in seams(toks)] == ["Die"]


def test_two_finite_verbs_without_separator_mark_a_seam_before_the_second_clause() -> None:
    toks = _tokens("Die Kommission hält wenig von diesem Plan Huber fliegt am Dienstag nach Rom.")
    assert "Huber" in [toks[i].text for i in seams(toks)]


def test_furniture_kinds() -> None:
    article = _article(
        "Titel", "Der Rat tagte am Montag in Bern.",
        "Ein Bild vom Treffen. Foto: Keystone (3. März 2023)",
        "Wahlen in Frankreich Der Präsident verliert die Mehrheit Der Rat beschloss danach neue Regeln.",
        "Stimmst du dem Vorschlag zu?", "Ja, sicher.", "Nein, nie.", "Weiss nicht.",
        "Darum gehts", "Hast du unseren Kanal schon abonniert?", "(dpa/abc)", "Fehler gefunden?Jetzt melden.",
        "Erster Test gelungen https://t.co/AbC123 #Test pic.twitter.com/XyZ Die Anlage läuft seit Montag.")
    kinds = [(f["kind"], f["text"]) for f in article["furniture"]]
    assert ("caption", "Ein Bild vom Treffen.") in kinds
    assert ("credit", "Foto: Keystone (3. März 2023)") in kinds
    assert ("teaser", "Wahlen in Frankreich Der Präsident verliert die Mehrheit") in kinds
    assert [k for k, _ in kinds].count("poll") == 4
    assert ("heading", "Darum gehts") in kinds and ("promo", "Hast du unseren Kanal schon abonniert?") in kinds
    assert ("byline", "(dpa/abc)") in kinds and ("footer", "Fehler gefunden?Jetzt melden.") in kinds
    assert ("embed", "Erster Test gelungen https://t.co/AbC123 #Test pic.twitter.com/XyZ") in kinds
    claims = RuleSplitter().split(article)
    assert {c["text"] for c in claims} == {"Der Rat tagte am Montag in Bern.", "Der Rat beschloss danach neue Regeln.",
                                           "Die Anlage läuft seit Montag."}


# --- reported speech ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, speaker, quote", [
    ("Die Preise steigen weiter, sagte der Sprecher der Bank am Montag.", "der Sprecher der Bank", "indirect"),
    ("«Wir sind bereit», so die Ministerin.", "die Ministerin", "direct"),
    ("Laut der Polizei wurde niemand verletzt.", "der Polizei", "indirect"),
    ("Der Verband erklärte, dass die Löhne steigen.", "Der Verband", "indirect"),
])
def test_speech_frames(sentence: str, speaker: str, quote: str) -> None:
    toks = _tokens(sentence)
    report = find_report(toks)
    assert report is not None and report.quote == quote
    lo, hi = report.speaker
    assert " ".join(t.text for t in toks[lo:hi]) == speaker


def test_subjunctive_continues_the_last_speaker() -> None:
    claims = _claims("Die Steuern sinken, sagte der Finanzminister. Man prüfe weitere Schritte.")
    assert [c["attribution"]["speaker"] for c in claims] == ["der Finanzminister", "der Finanzminister"]
    assert claims[0]["text"] == "Die Steuern sinken."


def test_own_statements_have_no_attribution() -> None:
    [claim] = _claims("Der Zug fuhr um acht Uhr ab.")
    assert claim["attribution"] is None


# --- clauses, coordination, references ------------------------------------------------------------------------

def test_coordinated_objects_and_subjects_are_distributed() -> None:
    assert sorted(_texts("Die Ministerin besucht am Freitag den Bahnhof und die neue Schule.")) == [
        "Die Ministerin besucht am Freitag den Bahnhof.", "Die Ministerin besucht am Freitag die neue Schule."]
    assert sorted(_texts("Die Feuerwehr und die Polizei wurden alarmiert.")) == [
        "Die Feuerwehr wurde alarmiert.", "Die Polizei wurde alarmiert."]


def test_fixed_pairs_and_symmetric_predicates_stay_whole() -> None:
    assert _texts("Das Abkommen zwischen Bern und Paris wurde am Montag unterzeichnet.") == [
        "Das Abkommen zwischen Bern und Paris wurde am Montag unterzeichnet."]
    assert len(_texts("Die Löhne der Lehrerinnen und Lehrer steigen.")) == 1


def test_coordinated_verb_phrases_share_the_subject() -> None:
    assert _texts("Der Bergführer erreichte den Gipfel und rief die Rettung.") == [
        "Der Bergführer erreichte den Gipfel.", "Der Bergführer rief die Rettung."]


def test_temporal_clause_is_its_own_claim_in_main_clause_order() -> None:
    texts = _texts("Die Frau rief die Polizei, als der Hund am Abend nicht nach Hause kam.")
    assert "Die Frau rief die Polizei." in texts
    assert "Der Hund kam am Abend nicht nach Hause." in texts


def test_pronoun_subject_is_resolved_to_the_previous_subject() -> None:
    texts = _texts("Ein Wanderer ist am Sonntag verunglückt.", "Er war auf dem Weg ins Tal.")
    assert "Der Wanderer war auf dem Weg ins Tal." in texts


def test_questions_give_no_claim() -> None:
    assert _texts("Wer bezahlt die Rechnung?") == []


def test_render_and_spans_follow_the_source() -> None:
    toks = _tokens("Die Stadt Zürich baut «neue» Brücken.")
    draft = Draft(((0, 3), "plant", (4, len(toks) - 1)))
    assert render(draft, toks, "Die Stadt Zürich baut «neue» Brücken.") == "Die Stadt Zürich plant «neue» Brücken."
    assert spans(draft, toks) == [{"start": 0, "end": 16}, {"start": 22, "end": 36}]


def test_age_reference_names_the_person() -> None:
    texts = _texts("Der Velofahrer Marco Rossi ist verunfallt.", "Die Ärzte konnten dem 31-Jährigen nicht helfen.")
    assert "Die Ärzte konnten Marco Rossi nicht helfen." in texts


def test_pronoun_skips_a_fronted_year_and_agrees_in_gender() -> None:
    texts = _texts("Die Stadt plant ein Stadion.", "2019 gewann Müller den Titel.", "Er spielt seit 2015 in Bern.")
    assert "Müller spielt seit 2015 in Bern." in texts


def test_separable_verb_moves_to_second_position() -> None:
    texts = _texts("Die Forscher fanden einen Stein, der aus dem All kam.",
                   "Sie entdeckten ein Objekt, das in die Atmosphäre eintrat.")
    assert "Ein Objekt trat in die Atmosphäre ein." in texts or "Das Objekt trat in die Atmosphäre ein." in texts


def test_score_is_not_a_headline_colon_and_comma_clauses_split() -> None:
    texts = _texts("Basel gewann das Spiel 2:0 und zog ins Finale ein.",
                   "Die Ursache ist ein Kabelbrand, es wurde niemand verletzt.")
    assert "Basel gewann das Spiel 2:0." in texts and "Basel zog ins Finale ein." in texts
    assert "Die Ursache ist ein Kabelbrand." in texts and "Es wurde niemand verletzt." in texts


def test_trailing_frame_needs_a_clause_before_it() -> None:
    claims = _claims("Der Präsident des Verbandes, Hans Meier, sprach der Familie sein Beileid aus.")
    assert all(c["attribution"] is None for c in claims)
    assert "Hans Meier sprach der Familie sein Beileid aus." in [c["text"] for c in claims]


def test_relative_clause_antecedent_takes_the_pronoun_case_and_object_relatives_stay() -> None:
    texts = _texts("Die Polizei fand eine Tasche, die am Bahnhof stand.")
    assert "Die Tasche stand am Bahnhof." in texts
    assert len(_texts("Der Lehrer steckte sich bei einer Schülerin an, die er unterrichtete.")) == 1


def test_particle_verbs_of_saying_need_their_particle() -> None:
    [claim] = _claims("Die Bahn fährt wieder, teilte die SBB mit.")
    assert claim["attribution"]["speaker"] == "die SBB"
    [claim] = _claims("Bilder des Unfalls, die Zeugen machten, wurden im Netz geteilt.")
    assert claim["attribution"] is None


def test_er_refers_to_the_protagonist_not_to_places() -> None:
    texts = _texts("Der Bergsteiger Hans Muster erreichte den Mont Blanc.", "Die Rettung kam zu spät.",
                   "Er war 52 Jahre alt.")
    assert "Hans Muster war 52 Jahre alt." in texts


def test_a_bare_last_conjunct_shares_the_article() -> None:
    assert sorted(_texts("Die Ausstellung zeigt das Kleinste und Grösste.")) == [
        "Die Ausstellung zeigt das Grösste.", "Die Ausstellung zeigt das Kleinste."]


def test_coordinated_participles_share_adverbials_but_not_objects() -> None:
    texts = _texts("Vor dem Richter erklärte die Frau, sie habe den Brief selbst geschrieben und aus Angst "
                   "geschwiegen.")
    assert "Die Frau habe den Brief selbst geschrieben." in texts
    assert "Die Frau habe aus Angst geschwiegen." in texts
    # a negation whose scope the split would have to guess keeps the clause whole (check.py)
    texts = _texts("Vor dem Richter erklärte die Frau, sie habe den Brief nicht selbst geschrieben und aus Angst "
                   "geschwiegen.")
    assert "Die Frau habe aus Angst geschwiegen." not in texts
    texts = _texts("Am Montag wollen die Forscher die Messung verlängern und die Daten auswerten.")
    assert "Am Montag wollen die Forscher die Daten auswerten." in texts


def test_coordination_inside_a_subordinate_clause_stays_whole() -> None:
    assert _texts("Die Forscher prüfen, wie die Proben zu kühlen und zu lagern sind.") == [
        "Die Forscher prüfen, wie die Proben zu kühlen und zu lagern sind."]


def test_a_fronted_time_phrase_is_no_antecedent() -> None:
    texts = _texts("Einen Tag nach dem Brand ist der Besitzer verhaftet worden.", "Er bestreitet die Tat.")
    assert "Der Besitzer bestreitet die Tat." in texts


@pytest.mark.parametrize("form, past", [("sagte", True), ("landeten", True), ("kam", True), ("bezogen", True),
                                        ("war", True), ("gibt", False), ("läuft", False), ("ist", False),
                                        ("arbeitet", False)])
def test_past_tense_from_morphemes(form: str, past: bool) -> None:
    from builder.language.tagger import past_tense

    assert past_tense(form, "VV(FIN)") is past


@pytest.mark.parametrize("swiss, tag", [("entliess", "VV(FIN)"), ("verliessen", "VV(FIN)"), ("stiess", "VV(FIN)"),
                                       ("beschloss", "VV(FIN)")])
def test_swiss_spelling_is_tagged_like_its_spelling_with_sharp_s(swiss: str, tag: str) -> None:
    from builder.language.tagger import past_tense, standard_spelling
    from builder.language.tagger import tag as tagged

    [_, _, verb, *_] = tagged(["Die", "Firma", swiss, "die", "Angestellten", "."])
    assert (verb.text, verb.tag) == (swiss, tag)  # the text stays Swiss
    assert past_tense(swiss, tag)
    assert standard_spelling("Kommission") == "Kommission" and standard_spelling("dass") == "dass"


def test_laut_keeps_the_name_and_man_names_the_source() -> None:
    [claim] = _claims("Im April erhielten laut Bundesanstalt für Wohnen (BAW) rund zwei Millionen Haushalte "
                      "Wohngeld.")
    assert claim["attribution"]["speaker"] == "Bundesanstalt für Wohnen (BAW)"
    assert claim["text"] == "Im April erhielten rund zwei Millionen Haushalte Wohngeld."  # the cue is left out
    [claim] = _claims("Das Schlimmste sei vorbei, glaubt man im Ministerium.")
    assert claim["attribution"]["speaker"] == "Ministerium" and claim["text"] == "Das Schlimmste sei vorbei."


def test_colon_after_a_verb_introduces_its_object() -> None:
    assert len(_texts("Die Umfrage zeigt: Die Mehrheit ist dagegen.")) == 1


def test_headline_quotation_names_its_speaker_and_bare_quotations_continue_the_last_one() -> None:
    [claim] = _claims("Ständerätin Müller: «Die Reform kommt zu spät»")
    assert claim["attribution"] == {"speaker": "Ständerätin Müller", "cue": None, "quote": "direct"}
    assert claim["text"] == "Die Reform kommt zu spät."
    claims = _claims("Die Lage sei ernst, sagte die Ministerin. «Wir handeln jetzt.»")
    assert [c["attribution"]["speaker"] for c in claims] == ["die Ministerin", "die Ministerin"]


def test_gapped_conjunct_keeps_the_shared_attribute_and_verb() -> None:
    texts = _texts("Der Preis für die Bahn und den Bus steigt von 3 auf 4 Franken, der Preis des Abos von 80 auf "
                   "90 Franken.")
    assert "Der Preis des Abos für die Bahn steigt von 80 auf 90 Franken." in texts
    assert "Der Preis für den Bus steigt von 3 auf 4 Franken." in texts


def test_a_bare_number_names_what_was_counted_before() -> None:
    texts = _texts("Im Zug sassen rund 200 Pendler.", "12 wurden leicht verletzt.")
    assert "12 Pendler wurden leicht verletzt." in texts


def test_glued_headline_inside_a_paragraph_is_its_own_sentence() -> None:
    claims = _claims("Das Dorf hat 200 Einwohner. Einkaufen wird schwierig Der nächste Laden ist zehn Kilometer "
                     "entfernt.")
    assert [c["sentence"] for c in claims][-2:] == ["Einkaufen wird schwierig",
                                                     "Der nächste Laden ist zehn Kilometer entfernt."]


def test_report_after_a_fronted_clause_and_dass_content_in_main_clause_order() -> None:
    [claim] = _claims("Als die Gerüchte aufkamen, hiess es aus dem Umfeld, die Sängerin sei schwanger.")
    assert claim["text"] == "Die Sängerin sei schwanger." and claim["attribution"]["speaker"] == "Umfeld"
    [claim] = _claims("In einer Mitteilung teilt die Firma mit, dass sie neue Leute sucht.")
    assert claim["text"] == "Die Firma sucht neue Leute." and claim["attribution"]["speaker"] == "die Firma"


def test_object_pronouns_stay_and_thought_complements_are_not_cut() -> None:
    texts = _texts("Die Malerin kaufte Farben.", "Dann begann ich, Muster zu malen, notierte sie im Heft.")
    assert not any("Malerin im Heft" in t for t in texts)
    assert _texts("Anfangs dachte der Forscher, das Tal ist leer.") == [
        "Anfangs dachte der Forscher, das Tal ist leer."]
    assert _texts("Anfangs dachte ich, das Tal ist leer.") == []  # the first person needs a speaker


def test_article_less_conjunct_is_a_sibling_of_the_whole_phrase() -> None:
    assert sorted(_texts("Die Gemeinde ordnete Kontrollen an der Grenze sowie strengere Auflagen an.")) == [
        "Die Gemeinde ordnete Kontrollen an der Grenze an.", "Die Gemeinde ordnete strengere Auflagen an."]


def test_extraposed_relative_clause_that_does_not_agree_stays() -> None:
    [claim] = _claims("Im Juli wurde ein Tourist zu einer Busse verurteilt, der im Zug randaliert hatte.")
    assert claim["text"] == "Im Juli wurde ein Tourist zu einer Busse verurteilt, der im Zug randaliert hatte."


def test_list_entries_are_no_claims_and_moved_first_words_are_lower_case() -> None:
    assert _texts("1. New York") == []
    assert "Frau (31) am Bahnhof verhaftet." in _texts("Am Bahnhof verhaftet: Frau (31) stiehlt Velos")


def test_laut_inside_a_relative_clause_attributes_nothing_and_speakers_do_not_run_on() -> None:
    [claim] = _claims("Sie verdient mehr als die 1100 Euro, mit denen sich laut dem Bundesamt viele begnügen.")
    assert claim["attribution"] is None
    claims = _claims("Die Lage sei ernst, sagte der Minister.", "Der Zug fährt um acht Uhr.", "Die Bahn fährt um neun.",
                     "Der Bus fährt um zehn.", "Man rechne mit Verspätungen.")
    assert claims[-1]["attribution"] is None


def test_brackets_are_not_clause_structure() -> None:
    [claim] = _claims("Die Galerie lud zur Diskussion ein (nächster Termin: 11. März).")
    assert claim["text"] == "Die Galerie lud zur Diskussion ein (nächster Termin: 11. März)."


def test_dated_agency_signatures_and_fragments_give_no_claims() -> None:
    assert _texts("Der Rat tagte am Montag. (APA, 12.9.2015)") == ["Der Rat tagte am Montag."]
    assert _texts("Dies ist.") == []
    assert _texts("Lawrow schweigt.") == ["Lawrow schweigt."]


def test_extended_participle_attributes_belong_to_their_noun_phrase() -> None:
    texts = _texts("Ermittelt wird gegen den in der Nacht diensthabenden Kapitän und den Maschinisten.")
    assert "Ermittelt wird gegen den in der Nacht diensthabenden Kapitän." in texts
    assert "Ermittelt wird gegen den Maschinisten." in texts


def test_a_fronted_wie_frame_leaves_a_phrase_in_the_prefield() -> None:
    [claim] = _claims("Wie die Zeitung berichtete, wird gegen den Kapitän ermittelt.")
    assert claim["text"] == "Gegen den Kapitän wird ermittelt."  # no verb-first fragment
    assert claim["attribution"]["speaker"] == "die Zeitung"


def test_zufolge_frame_focus_particles_and_indefinite_ages() -> None:
    [claim] = _claims("Offiziellen Angaben zufolge soll die Zahl der Fälle sinken.")
    # "Angaben" alone names no one, and nobody spoke before: the cue stays in the claim, which says whose words
    # these are as the article does
    cue = "Offiziellen Angaben zufolge soll die Zahl der Fälle sinken."
    assert (claim["text"], claim["attribution"]) == (cue, None)
    [claim] = _claims(f"Der Verband sagte, die Lage sei ernst. {cue}")[1:]
    assert claim["text"] == "Die Zahl der Fälle soll sinken."  # the cue left out, the subject moved to the front
    [claim] = _claims("Auch Taiwan meldete am Sonntag einen Todesfall.")
    assert claim["attribution"]["speaker"] == "Taiwan"
    texts = _texts("Gesundheitsminister Chen Lin äusserte sich.", "Der Tourist, ein 80-Jähriger aus Hubei, starb.")
    assert not any("Chen Lin aus Hubei" in t for t in texts)


def test_bare_nouns_pair_up_inside_their_phrase() -> None:
    assert _texts("Sie ist Leiterin der Kardiologie und Neurologie der Klinik Basel.") == [
        "Sie ist Leiterin der Kardiologie und Neurologie der Klinik Basel."]


def test_entity_text_is_the_article_text_at_its_offsets() -> None:
    article = _article("Titel", "Die Firma CanSino Biologics aus Tianjin testet einen Impfstoff.")
    for claim in RuleSplitter().split(article):
        for entity in claim["entities"]:
            assert entity["text"] == article["text"][entity["start"]:entity["end"]]


def test_a_quotation_as_subheading_takes_no_speaker_from_the_section_before() -> None:
    """A quoted subheading announces the next section, whose speaker is not yet known: it is not the last
    speaker's (the body's lone quotation after their words is)."""
    article = _article("Titel", "«Wir brauchen mehr Personal», sagt die Pflegerin Anna Roth.",
                       "«Im Moment verbreitet sich viel Unsinn»",
                       "Dass Gerüchte sich halten, erklärt der Forscher Paul Frei mit der Angst vieler Menschen.")
    article["paragraphs"][2]["kind"] = "heading"
    texts = {c["text"]: (c["attribution"] or {}).get("speaker") for c in RuleSplitter().split(article)}
    assert texts["Wir brauchen mehr Personal."] == "die Pflegerin Anna Roth"
    assert "Im Moment verbreitet sich viel Unsinn." not in texts
    article["paragraphs"][2]["kind"] = "body"
    texts = {c["text"]: (c["attribution"] or {}).get("speaker") for c in RuleSplitter().split(article)}
    assert texts["Im Moment verbreitet sich viel Unsinn."] == "die Pflegerin Anna Roth"


@pytest.mark.parametrize(("sentence", "cut", "waits"), [
    ("Die Regierung hatte ebenso wie die Firma erklärt, die Regeln gälten weiter.", "erklärt", True),
    ("Der Verband hat gestern im Rat betont, die Löhne stiegen zu langsam.", "betont", True),
    ("Im Brief habe man nur die Regeln ergänzt, Werbung sei weiter erlaubt.", "ergänzt", False),
    ("Sie habe das schon jedem gesagt, betont die Nachbarin.", "gesagt", False),
    ("Das ist nicht böse gemeint, sagt sie.", "gemeint", False),
])
def test_a_clause_cut_after_the_participle_of_saying_waits_for_what_was_said(
        sentence: str, cut: str, waits: bool) -> None:
    """"hatte … erklärt," before a comma with no object of its own has not said anything yet; a participle
    with its object ("die Regeln ergänzt", "das … gesagt") or after "sein" ("gemeint") closes a statement."""
    tokens = _tokens(sentence)
    end = next(i for i, t in enumerate(tokens) if t.text == cut) + 1
    found = faults(Draft(((0, end),)), tokens)
    assert any("verb of saying without what is said" in f for f in found) is waits, found


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Kötter Security, Teil der Gruppe, die auch Reinigungsdienste anbietet, verzeichnet nach eigenen Angaben "
     "einen Rückgang.", "Kötter Security"),
    ("Zahlreiche Banken rechnen nach eigenen Angaben mit Verlusten.", "zahlreiche Banken"),
])
def test_a_speaker_keeps_a_names_capital_and_lowers_an_opening_adjective(sentence: str, speaker: str) -> None:
    """The tagger takes some names for adjectives ("Kötter"): only an adjective before its noun is the
    sentence's first word to lower inside a claim."""
    claims = RuleSplitter().split(_article("Titel", sentence))
    assert [(c["attribution"] or {}).get("speaker") for c in claims] == [speaker]


@pytest.mark.parametrize(("line", "heading"), [
    ("Auf einem verlassenen Hof in Bad", True),
    ("Mit Max im Kino in Charlottenburg", True),
    ("In der Toskana dreimal so viele Gäste in 48 Stunden", False),
    ("Ab Montag 2 Franken mehr", False),
    ("Gold für Meier", False),
])
def test_a_phrase_of_place_alone_is_no_statement(line: str, heading: bool) -> None:
    """A line that is only a prepositional phrase states nothing even with a name in it (a heading, or a line
    cut before its clause: "Auf einem Hof in Bad | Urach steht …"); a number makes it a fact."""
    tokens = _tokens(line)
    found = faults(Draft(((0, len(tokens)),)), tokens)
    assert any("a topic, no fact" in f for f in found) is heading, found


@pytest.mark.parametrize(("sentence", "clash"), [
    ("Die Zahlen aktualisiert mehrfach am Tag.", True),
    ("Die Gäste wartet seit einer Stunde vor der Tür.", True),
    ("Die neuen Regeln gilt ab dem ersten Mai.", True),
    ("Die Aufgaben verteilt der Chef.", False),
    ("Die Zahlen veröffentlicht das Amt täglich.", False),
    ("Die Preise senkt sie im Mai.", False),
    ("Die Gäste begrüsst Anna Muster persönlich.", False),
    ("Die Regierung tagt am Montag.", False),
    ("Die Zahlen steigen seit Tagen.", False),
    ("Die Zahl der Todesfälle hat sich nicht erhöht.", False),
    ("Die Covid-Krise sei eine Herausforderung.", False),
])
def test_a_plural_prefield_needs_a_plural_verb_or_a_subject_after_it(sentence: str, clash: bool) -> None:
    """"Die Zahlen aktualisiert …" has no subject that agrees: the one it had was lost where a rule cut the
    clause. A singular verb after a plural prefield is fine when its own subject follows (the prefield is the
    object: "Die Aufgaben verteilt der Chef")."""
    tokens = _tokens(sentence)
    found = faults(Draft(((0, len(tokens)),)), tokens)
    assert any("plural prefield" in f for f in found) is clash, found


@pytest.mark.parametrize(("sentence", "bare"), [
    ("Der Streit ist.", True),
    ("Die Lage bleibt.", True),
    ("Der neue Chef der Firma wird.", True),
    ("Der Streit ist alt.", False),
    ("So ist es.", False),
    ("Alles bleibt, wie es ist.", False),
    ("Es ist klar, dass viel gemessen wird.", False),
])
def test_a_copula_needs_its_predicate(sentence: str, bare: bool) -> None:
    """"Der Streit ist." is what is left when a cue's source takes the predicate with it ("ist laut X Folge
    eines Konflikts"): a copula in second place with nothing after it says nothing; one that closes a
    subordinate clause after a comma does."""
    tokens = _tokens(sentence)
    found = faults(Draft(((0, len(tokens)),)), tokens)
    assert any("a copula without its predicate" in f for f in found) is bare, found


@pytest.mark.parametrize(("sentence", "verb", "plural"), [
    ("Am Abend nahm der Gast teil.", "nahm", "nahmen"),
    ("Im Dorf kauft der Wirt ein.", "kauft", "kaufen"),
    ("Dort arbeitet der Koch.", "arbeitet", "arbeiten"),
    ("Morgen ändert der Rat die Regel.", "ändert", "ändern"),
    ("Damals machte der Bauer Heu.", "machte", "machten"),
    ("Heute ist der Markt offen.", "ist", "sind"),
    ("Sie sagte, der Bau sei fertig.", "sei", "seien"),
    ("Hier hält der Zug.", "hält", None),
    ("Dort hielt der Zug.", "hielt", None),
])
def test_plural_of_a_singular_verb_or_none_where_the_form_leaves_it_open(sentence: str, verb: str,
                                                                        plural: str | None) -> None:
    token = next(t for t in tag_tokens(tokenize(sentence)[0]) if t.text == verb)
    assert plural_of(token) == plural
