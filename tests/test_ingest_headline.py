"""Title/lead boundary of a plain-text first line, on made-up headline + lead pairs (not the sample)."""

from __future__ import annotations

import pytest

from builder.ingest.headline import split_headline

PAIRS = [
    # the lead opens with an article, pronoun, preposition, adverb, conjunction, pronominal adverb
    ("Bundesrat lockert Corona-Massnahmen", "Der Bundesrat hat am Mittwoch entschieden, die Maskenpflicht "
                                            "aufzuheben."),
    ("Sturmtief über Norddeutschland", "Es wird von umgestürzten Bäumen berichtet."),
    ("Zürich erhält neuen Stadtpräsidenten", "Er will die Verkehrspolitik ändern."),
    ("Neue Regeln für Velofahrer", "Ab Januar gilt in der ganzen Stadt Tempo 30."),
    ("Hitzewelle in Südeuropa", "Wegen der Hitze sind in Spanien viele Menschen gestorben."),
    ("Streik bei der Bahn", "Auch am Dienstag fallen viele Züge aus."),
    ("Bund zahlt mehr für Kitas", "Wie der Bundesrat mitteilt, steigen die Beiträge."),
    ("Mehr Geld für die AHV", "Damit steigen die Renten um 2,9 Prozent."),
    ("Nationalrat gegen Tempo 30", "Mit 100 zu 80 Stimmen lehnte der Rat die Vorlage ab."),
    ("Ein Mann stirbt bei Unfall", "Sein Auto prallte gegen einen Baum."),
    # a noun that is an adverb in lower case ("morgen") still belongs to the headline
    ("Stau am Morgen", "Auf der A1 staut sich der Verkehr."),
    # capitals after a colon or inside a headline with ordinals belong to the headline
    ("Krise: Die Schweiz zahlt mehr", "Im nächsten Jahr steigen die Beiträge."),
    ("Ab 1. Januar wird das Porto teurer", "Die Post erhöht die Preise."),
    # a headline that is a question or a quote
    ("Kommt jetzt der Lockdown?", "Die Regierung entscheidet heute."),
    ("«Wir sind bereit»", "Die Armee bereitet sich auf den Einsatz vor."),
]


@pytest.mark.parametrize(("title", "lead"), PAIRS)
def test_the_lead_starts_at_a_capitalised_function_word(title: str, lead: str) -> None:
    assert split_headline(f"{title} {lead}") == (title, lead)


@pytest.mark.parametrize("line", [
    "Nur ein Titel ohne Lead",
    "Das Wetter heute Sonne und Wolken wechseln sich ab.",  # the lead opens with a noun: no safe cut
    "",
])
def test_without_a_boundary_the_whole_line_is_the_title(line: str) -> None:
    assert split_headline(line) == (line, None)


def test_the_search_stops_at_the_first_sentence_end() -> None:
    line = "Der Rat tagt heute. Die Sitzung ist öffentlich und Wir laden alle ein."
    assert split_headline(line) == (line, None)
