"""Time expressions: what each German expression resolves to at each precision of the publication date.

Publication dates used below: Tuesday 2022-01-18 (DAY), only January 2022 known (MONTH), only 2022 (YEAR),
nothing (NONE), and Wednesday 2024-08-28 14:44 (DT, a Swissdox timestamp).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builder.records.schemas import check
from builder.split.timex import anchor_of, find_times

DAY = {"value": "2022-01-18", "precision": "day"}
MONTH = {"value": "2022-01", "precision": "month"}
YEAR = {"value": "2022", "precision": "year"}
NONE = {"value": None, "precision": None}
DT = {"value": "2024-08-28T14:44:12+02:00", "precision": "datetime"}

# (sentence, publication date, past tense?, expected (text, value) of the only expression found)
CASES = [
    # weekdays: tense decides the direction, precision whether a date can be given at all
    ("Die Delegation trifft den Minister am Freitag in Bern.", DAY, False, ("am Freitag", "2022-01-21")),
    ("Die Delegation trifft den Minister am Freitag in Bern.", MONTH, False, ("am Freitag", "XXXX-WXX-5")),
    ("Die Delegation trifft den Minister am Freitag in Bern.", YEAR, None, ("am Freitag", "XXXX-WXX-5")),
    ("Die Delegation trifft den Minister am Freitag in Bern.", NONE, None, ("am Freitag", "XXXX-WXX-5")),
    ("Die Delegation traf den Minister am Freitag in Bern.", DAY, True, ("am Freitag", "2022-01-14")),
    ("Am Dienstag ist ein Mann abgestürzt.", DT, True, ("Am Dienstag", "2024-08-27")),
    ("Das sagte eine Beamtin am Dienstag.", DAY, True, ("am Dienstag", "2022-01-18")),
    ("Die Beamtin spricht am Dienstag.", DAY, False, ("am Dienstag", "2022-01-18")),
    ("Er kam am Donnerstag.", DAY, True, ("am Donnerstag", "2022-01-13")),
    ("Treffen am Donnerstag", DAY, None, ("am Donnerstag", "2022-01-20")),
    ("Treffen am Freitag", DAY, None, ("am Freitag", "2022-01-21")),
    ("Treffen am Samstag", DAY, None, ("am Samstag", "2022-01-15")),
    ("Treffen am Sonntag", DAY, None, ("am Sonntag", "2022-01-16")),
    ("Er reist am vergangenen Dienstag ab.", DAY, False, ("am vergangenen Dienstag", "2022-01-11")),
    ("letzten Freitag", DAY, None, ("letzten Freitag", "2022-01-14")),
    ("Er war am kommenden Dienstag dort.", DAY, True, ("am kommenden Dienstag", "2022-01-25")),
    ("Wir sehen uns nächsten Montag.", DAY, None, ("nächsten Montag", "2022-01-24")),
    ("Es schneit seit Montag.", DAY, False, ("seit Montag", "2022-01-17")),
    ("Am Freitagabend spielt die Band.", DAY, False, ("Am Freitagabend", "2022-01-21TEV")),
    ("am Mittwochnachmittag", MONTH, None, ("am Mittwochnachmittag", "XXXX-WXX-3TAF")),
    ("Er landete in der Nacht zum Sonntag.", DAY, True, ("in der Nacht zum Sonntag", "2022-01-16TNI")),
    ("Sie fliegt in der Nacht auf Samstag.", DAY, False, ("in der Nacht auf Samstag", "2022-01-22TNI")),
    ("in der Nacht von Sonntag auf Montag", DAY, True, ("in der Nacht von Sonntag auf Montag",
                                                         "2022-01-17TNI")),
    ("Das war an jenem Samstag.", DAY, True, ("an jenem Samstag", "XXXX-WXX-6")),
    ("Der Markt ist jeden Freitag offen.", DAY, None, ("jeden Freitag", "XXXX-WXX-5")),
    ("Der Markt ist montags offen.", DAY, None, ("montags", "XXXX-WXX-1")),
    ("Er kam am Wochenende.", DAY, True, ("am Wochenende", "2022-W02-WE")),
    ("Er kommt am Wochenende.", DAY, False, ("am Wochenende", "2022-W03-WE")),
    ("Er kommt am Wochenende.", MONTH, False, ("am Wochenende", "XXXX-WXX-WE")),
    # explicit dates
    ("Foto: Reuters (5. November 2021)", MONTH, None, ("5. November 2021", "2021-11-05")),
    ("Sie trafen sich am 2. Dezember in Stockholm.", MONTH, True, ("am 2. Dezember", "2021-12-02")),
    ("Sie treffen sich am 2. Dezember.", MONTH, False, ("am 2. Dezember", "2022-12-02")),
    ("Sie trafen sich am 2. Dezember.", YEAR, True, ("am 2. Dezember", "XXXX-12-02")),
    ("Sie trafen sich am 2. Januar.", MONTH, True, ("am 2. Januar", "2022-01-02")),
    ("Die Gebühren steigen ab dem 1. März 2025.", DT, False, ("ab dem 1. März 2025", "2025-03-01")),
    ("Die Schulen bleiben bis zum 31. März zu.", DAY, False, ("bis zum 31. März", "2022-03-31")),
    ("am Freitag, 21. Januar", MONTH, None, ("am Freitag, 21. Januar", "2022-01-21")),
    ("Montag, den 17. Jan. 2022", NONE, None, ("Montag, den 17. Jan. 2022", "2022-01-17")),
    ("am 21.1.2022", NONE, None, ("am 21.1.2022", "2022-01-21")),
    ("am 21.01.22", NONE, None, ("am 21.01.22", "2022-01-21")),
    ("RKI-Datenstand 18.6.", DT, True, ("18.6.", "2024-06-18")),
    ("Am 31. Februar 2022 geschah nichts.", DAY, None, ("Februar 2022", "2022-02")),  # no such day
    # months and seasons: the year that puts them on the tense's side of publication
    ("Sie sind sich im Dezember begegnet.", MONTH, True, ("im Dezember", "2021-12")),
    ("Sie treffen sich im Dezember.", MONTH, False, ("im Dezember", "2022-12")),
    ("Treffen im Dezember", MONTH, None, ("im Dezember", "2021-12")),
    ("Treffen im Juli", MONTH, None, ("im Juli", "2022-07")),
    ("Sie sind sich im Dezember begegnet.", YEAR, True, ("im Dezember", "XXXX-12")),
    ("Sie sind sich im Dezember begegnet.", NONE, True, ("im Dezember", "XXXX-12")),
    ("Die Zahl stieg im Januar 2020.", DAY, True, ("im Januar 2020", "2020-01")),
    ("Die Wahl findet Mitte März statt.", MONTH, False, ("Mitte März", "2022-03")),
    ("Die Wahl fand Mitte März statt.", MONTH, True, ("Mitte März", "2021-03")),
    ("Seit Anfang Januar wächst die Zahl.", MONTH, None, ("Seit Anfang Januar", "2022-01")),
    ("im vergangenen Dezember", DAY, None, ("im vergangenen Dezember", "2021-12")),
    ("letzten Januar", MONTH, None, ("letzten Januar", "2021-01")),
    ("Im April dieses Jahres", MONTH, True, ("Im April dieses Jahres", "2022-04")),
    ("im Dezember letzten Jahres", MONTH, True, ("im Dezember letzten Jahres", "2021-12")),
    ("Sie kommen im August.", MONTH, False, ("im August", "2022-08")),
    ("Im Sommer 2021 wurde er gewählt.", DAY, True, ("Im Sommer 2021", "2021-SU")),
    ("Im Sommer wurde er gewählt.", MONTH, True, ("Im Sommer", "2021-SU")),
    ("Im Herbst kommenden Jahres wird gewählt.", MONTH, False, ("Im Herbst kommenden Jahres", "2023-FA")),
    ("im ersten Quartal 2021", NONE, None, ("im ersten Quartal 2021", "2021-Q1")),
    ("Der Umsatz sank im dritten Quartal.", MONTH, True, ("im dritten Quartal", "2021-Q3")),
    ("Der Umsatz steigt im 1. Halbjahr.", MONTH, False, ("im 1. Halbjahr", "2022-H1")),
    # years, decades, centuries
    ("Das geschah im Jahr 2020.", DAY, True, ("im Jahr 2020", "2020")),
    ("Die Renten steigen ab 2025.", DT, False, ("ab 2025", "2025")),
    ("Bis Ende 2021 erholt sich die Wirtschaft.", DAY, None, ("Bis Ende 2021", "2021")),
    ("2019 war ein gutes Jahr.", DAY, None, ("2019", "2019")),
    ("Er starb in den 1990er-Jahren.", NONE, None, ("in den 1990er-Jahren", "199")),
    ("Mitte der 80er Jahre", NONE, None, ("Mitte der 80er Jahre", "198")),
    ("im 20. Jahrhundert", NONE, None, ("im 20. Jahrhundert", "19")),
    # weeks, months, years relative to publication
    ("Er war in der vergangenen Woche in Bern.", DAY, True, ("in der vergangenen Woche", "2022-W02")),
    ("Er war in der vergangenen Woche in Bern.", MONTH, True, ("in der vergangenen Woche", "XXXX-WXX")),
    ("Er war letzte Woche in Bern.", DAY, True, ("letzte Woche", "2022-W02")),
    ("Im Vergleich zur Vorwoche", DAY, None, ("Vorwoche", "2022-W02")),
    ("In dieser Woche", DAY, None, ("In dieser Woche", "2022-W03")),
    ("Er kommt nächste Woche.", DAY, False, ("nächste Woche", "2022-W04")),
    ("Ende der Woche", DAY, None, ("Ende der Woche", "2022-W03")),
    ("Sie sank letzten Monat.", MONTH, True, ("letzten Monat", "2021-12")),
    ("Sie sank im Vormonat.", YEAR, True, ("im Vormonat", "XXXX-XX")),
    ("Im vergangenen Jahr", MONTH, True, ("Im vergangenen Jahr", "2021")),
    ("gegenüber dem Vorjahr", MONTH, None, ("Vorjahr", "2021")),
    ("Im vergangenen Jahr", NONE, True, ("Im vergangenen Jahr", "XXXX")),
    ("dieses Jahr", MONTH, None, ("dieses Jahr", "2022")),
    ("im kommenden Jahr", MONTH, None, ("im kommenden Jahr", "2023")),
    ("bis Ende Jahr", DAY, False, ("bis Ende Jahr", "2022")),
    ("Anfang nächsten Jahres", DAY, False, ("Anfang nächsten Jahres", "2023")),
    ("bis zum Jahresende", DAY, False, ("bis zum Jahresende", "2022")),
    ("Heuer gibt es kein Fest.", YEAR, False, ("Heuer", "2022")),
    # offsets from publication
    ("Er kam vor zwei Wochen.", DAY, True, ("vor zwei Wochen", "2022-W01")),
    ("Er kam vor drei Tagen.", DAY, True, ("vor drei Tagen", "2022-01-15")),
    ("Er kam vor drei Tagen.", MONTH, True, ("vor drei Tagen", "XXXX-XX-XX")),
    ("Er kam vor einem Jahr.", MONTH, True, ("vor einem Jahr", "2021")),
    ("Vor 20 Jahren begann es.", MONTH, True, ("Vor 20 Jahren", "2002")),
    ("Vor zwei Monaten begann es.", MONTH, True, ("Vor zwei Monaten", "2021-11")),
    ("Er kommt in zwei Wochen.", DAY, False, ("in zwei Wochen", "2022-W05")),
    ("Er baute das Haus in zwei Wochen.", DAY, True, ("in zwei Wochen", "P2W")),
    ("Der Unfall geschah vor zwei Stunden.", DT, True, ("vor zwei Stunden", "2024-08-28T12:44")),
    ("Der Unfall geschah vor zwei Stunden.", DAY, True, ("vor zwei Stunden", "PAST_REF")),
    ("Er kam vor wenigen Tagen.", DAY, True, ("vor wenigen Tagen", "PAST_REF")),
    ("Das ist vor Jahren passiert.", DAY, True, ("vor Jahren", "PAST_REF")),
    ("Er kommt in wenigen Tagen.", DAY, False, ("in wenigen Tagen", "FUTURE_REF")),
    # day words
    ("Er kommt heute.", DAY, False, ("heute", "2022-01-18")),
    ("Er kommt heute.", MONTH, False, ("heute", "2022-01")),
    ("Er kommt heute.", YEAR, False, ("heute", "2022")),
    ("Er kommt heute.", NONE, False, ("heute", "XXXX-XX-XX")),
    ("Er kam gestern.", DAY, True, ("gestern", "2022-01-17")),
    ("Er kam gestern.", MONTH, True, ("gestern", "XXXX-XX-XX")),
    ("Er kam vorgestern.", DAY, True, ("vorgestern", "2022-01-16")),
    ("Er kommt morgen.", DAY, False, ("morgen", "2022-01-19")),
    ("Morgen reist er ab.", DAY, False, ("Morgen", "2022-01-19")),
    ("Er kommt übermorgen.", DAY, False, ("übermorgen", "2022-01-20")),
    ("Er kam heute Morgen.", DAY, True, ("heute Morgen", "2022-01-18TMO")),
    ("Er kam gestern Abend.", DAY, True, ("gestern Abend", "2022-01-17TEV")),
    ("Er kam gestern Abend.", MONTH, True, ("gestern Abend", "XXXX-XX-XXTEV")),
    ("Er kommt morgen früh.", DAY, False, ("morgen früh", "2022-01-19TMO")),
    ("wie am Vortag bekannt wurde", DAY, True, ("am Vortag", "2022-01-17")),
    ("am Tag zuvor", DAY, True, ("am Tag zuvor", "2022-01-17")),
    ("tags darauf", DAY, True, ("tags darauf", "2022-01-19")),
    ("am Vorabend", DAY, True, ("am Vorabend", "2022-01-17TEV")),
    # parts of day and clock times: the date of the sentence, else of publication, else none
    ("Er kam am Morgen an.", DAY, True, ("am Morgen", "2022-01-18TMO")),
    ("Er kam am Morgen an.", MONTH, True, ("am Morgen", "TMO")),
    ("Er kam am Nachmittag an.", DAY, True, ("am Nachmittag", "2022-01-18TAF")),
    ("Er kam am Abend an.", NONE, True, ("am Abend", "TEV")),
    ("Er kam in der Nacht an.", DAY, True, ("in der Nacht", "2022-01-18TNI")),
    ("Er kam am frühen Morgen an.", DAY, True, ("am frühen Morgen", "2022-01-18TMO")),
    ("Er kam abends an.", DAY, True, ("abends", "2022-01-18TEV")),
    ("Die Sitzung beginnt um zehn Uhr.", DAY, False, ("um zehn Uhr", "2022-01-18T10:00")),
    ("Die Sitzung beginnt um zehn Uhr.", MONTH, False, ("um zehn Uhr", "T10:00")),
    ("Die Sitzung beginnt um zehn Uhr.", NONE, False, ("um zehn Uhr", "T10:00")),
    ("Die Sitzung beginnt um 10 Uhr.", DAY, False, ("um 10 Uhr", "2022-01-18T10:00")),
    ("Die Sitzung beginnt 10.30 Uhr.", DAY, False, ("10.30 Uhr", "2022-01-18T10:30")),
    ("Die Sitzung beginnt um 10:30.", MONTH, False, ("um 10:30", "T10:30")),
    ("Die Sitzung beginnt um halb zehn.", MONTH, False, ("um halb zehn", "T09:30")),
    ("Er kam um acht Uhr abends.", MONTH, True, ("um acht Uhr abends", "T20:00")),
    ("Er kam um ein Uhr nachts.", MONTH, True, ("um ein Uhr nachts", "T01:00")),
    # durations
    ("Er blieb zwei Wochen lang.", DAY, True, ("zwei Wochen lang", "P2W")),
    ("Die Fähre steht seit zwei Wochen still.", DAY, False, ("seit zwei Wochen", "P2W")),
    ("Die Schulen schliessen für 14 Tage.", DAY, False, ("für 14 Tage", "P14D")),
    ("Das geschah innerhalb eines Tages.", DAY, True, ("innerhalb eines Tages", "P1D")),
    ("Er meldet sich binnen 24 Stunden.", DAY, False, ("binnen 24 Stunden", "PT24H")),
    ("Die Frist beträgt zwölf Monate.", DAY, None, ("zwölf Monate", "P12M")),
    ("Er war elf Jahre im Amt.", DAY, True, ("elf Jahre", "P11Y")),
    ("Es dauerte drei Minuten.", DAY, True, ("drei Minuten", "PT3M")),
    ("Es dauerte ein halbes Jahr.", DAY, True, ("ein halbes Jahr", "P0.5Y")),
    ("Es dauerte anderthalb Jahre.", DAY, True, ("anderthalb Jahre", "P1.5Y")),
    ("Es dauerte 1,5 Jahre.", DAY, True, ("1,5 Jahre", "P1.5Y")),
    ("Es dauerte zwei Jahrzehnte.", DAY, True, ("zwei Jahrzehnte", "P2DE")),
    ("Sie streiten seit Jahren.", DAY, False, ("seit Jahren", "PXY")),
    ("Sie stritten wochenlang.", DAY, True, ("wochenlang", "PXW")),
    ("Die Zahl stieg in den letzten zwei Wochen.", DAY, True, ("in den letzten zwei Wochen", "P2W")),
    ("Es gibt seit 2000 Jahren Wein.", DAY, False, ("seit 2000 Jahren", "P2000Y")),
    # vague references
    ("Jetzt melden.", DAY, None, ("Jetzt", "PRESENT_REF")),
    ("Die Lage ist derzeit ruhig.", DAY, False, ("derzeit", "PRESENT_REF")),
    ("Er lebt zur Zeit in Bern.", DAY, False, ("zur Zeit", "PRESENT_REF")),
    ("Die Ministerin hatte zuvor mit ihrem Amtskollegen gesprochen.", MONTH, True, ("zuvor", "PAST_REF")),
    ("Das ist bisher nicht bekannt.", MONTH, False, ("bisher", "PAST_REF")),
    ("Künftig gilt eine neue Regel.", MONTH, False, ("Künftig", "FUTURE_REF")),
]


@pytest.mark.parametrize(("sentence", "published", "past", "expected"), CASES,
                         ids=[f"{c[0][:40]}|{c[1]['value']}|{c[2]}" for c in CASES])
def test_expression_resolves(sentence: str, published: dict, past: bool | None,
                             expected: tuple[str, str]) -> None:
    found = find_times(sentence, published, past=past)
    assert [(t["text"], t["value"]) for t in found] == [expected]


NOT_TIMES = [
    "2000 Menschen demonstrierten.",
    "Rund 2000 kamen.",
    "Die Teuerung lag bei 2021 Prozent.",
    "Er wohnt in 2000 Metern Höhe.",
    "In der Saison 2020/21 spielte er.",
    "Er kostet 2'021 Franken.",
    "August Bebel war ein Politiker.",
    "Der Sommer war heiss.",
    "Guten Morgen, sagte er.",
    "Eines Tages wird er es verstehen.",
    "Das Kind ist zwei Jahre alt.",
    "Die Uhr tickt.",
    "Er kaufte eine Uhr.",
    "Um 25 Uhr geht nichts.",
    "Das Glas ist halb voll.",
    "Die Aktie kostet 10.30 Franken.",
    "Das Spiel endete 2:1.",
    "Er lebte zur Zeit der Römer.",
    "Im Jahr gibt es viele Feste.",
    "Artikel 3.15 regelt das.",
]


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_no_time_expression(sentence: str) -> None:
    assert find_times(sentence, DAY, past=None) == []


def test_several_expressions_in_order_without_overlap() -> None:
    sentence = "Die Ministerin besucht am Mittwoch Wien, am Donnerstag reist sie nach Prag."
    found = find_times(sentence, DAY, past=False)
    assert [(t["text"], t["value"]) for t in found] == [("am Mittwoch", "2022-01-19"),
                                                         ("am Donnerstag", "2022-01-20")]


def test_each_clause_range_gives_the_tense_of_its_expressions() -> None:
    """Ranges are in output offsets; a match on the space between two ranges takes the earlier one."""
    sentence = "Er kam am Montag, er kommt am Freitag und am Samstag."
    comma = sentence.index(",") + 1
    clauses = [(100, 100 + comma, True), (100 + comma + 1, 100 + len(sentence), False)]
    found = find_times(sentence, DAY, offset=100, past=clauses)
    assert [t["value"] for t in found] == ["2022-01-17", "2022-01-21", "2022-01-22"]
    assert [t["value"] for t in find_times("Treffen am Freitag", DAY, past=[(0, 18, None)])] == ["2022-01-21"]


def test_range_gives_both_days() -> None:
    found = find_times("Das Fest dauert vom 3. bis 5. März 2022.", NONE)
    assert [(t["text"], t["value"]) for t in found] == [("vom 3.", "2022-03-03"),
                                                        ("bis 5. März 2022", "2022-03-05")]


def test_clock_takes_the_day_named_in_the_sentence() -> None:
    found = find_times("Am Freitag um 10 Uhr beginnt das Treffen.", MONTH, past=False)
    assert [t["value"] for t in found] == ["XXXX-WXX-5", "XXXX-WXX-5T10:00"]
    found = find_times("Am Freitag kam er am Abend an.", DAY, past=True)
    assert [t["value"] for t in found] == ["2022-01-14", "2022-01-14TEV"]
    found = find_times("Am 2. Dezember 2021 um 10 Uhr begann es.", DAY, past=True)
    assert [(t["value"], t["anchor"]) for t in found] == [("2021-12-02", None), ("2021-12-02T10:00", None)]


def test_nearest_day_wins_for_each_clock_time() -> None:
    sentence = "Am Montag um 9 Uhr und am Mittwoch um 17 Uhr finden Sitzungen statt."
    values = [t["value"] for t in find_times(sentence, DAY, past=False)]
    assert values == ["2022-01-24", "2022-01-24T09:00", "2022-01-19", "2022-01-19T17:00"]


def test_anchor_is_the_publication_value_for_relative_expressions_only() -> None:
    found = find_times("Am Freitag, seit zwei Wochen, im Jahr 2020.", MONTH, past=False)
    assert [(t["value"], t["anchor"]) for t in found] == [("XXXX-WXX-5", "2022-01"), ("P2W", None),
                                                           ("2020", None)]
    assert find_times("am Freitag", NONE)[0]["anchor"] is None


def test_offsets_point_into_the_article() -> None:
    article = "Titel\n\nDas sagte sie am Dienstag. Die Delegation trifft den Minister am Freitag in Bern."
    start = article.index("Die Delegation")
    sentence = article[start:]
    [found] = find_times(sentence, DAY, offset=start, past=False)
    assert article[found["start"]:found["end"]] == found["text"] == "am Freitag"


@pytest.mark.parametrize(("published", "expected"), [
    ({"value": "2022-01-18", "precision": "month"}, "XXXX-WXX-5"),  # precision caps what the value says
    ({"value": "2022-01-18", "precision": None}, "2022-01-21"),  # no precision: as precise as the value
    ({"value": "2022-01-18T10:00:00", "precision": "day"}, "2022-01-21"),
    ({"value": "2022-13-01", "precision": "day"}, "XXXX-WXX-5"),  # an impossible date is no anchor
    ({}, "XXXX-WXX-5"),
])
def test_precision_of_the_publication_date(published: dict, expected: str) -> None:
    assert find_times("am Freitag", published, past=False)[0]["value"] == expected


def test_anchor_of_reads_each_precision() -> None:
    assert anchor_of("2024-08-28T14:44:12+02:00", "datetime").moment.hour == 14
    assert anchor_of("2024-08-28", "day").day.isoformat() == "2024-08-28"
    assert (anchor_of("2022-01", "month").month, anchor_of("2022-01", "month").day) == (1, None)
    assert (anchor_of("2022", "year").year, anchor_of("2022", "year").month) == (2022, None)
    assert anchor_of(None, None).year is None
    assert anchor_of("2022-13", "month").year is None


TIMEX3 = re.compile(
    r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-\d|-WE)?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?"
    r"(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI))?"
    r"|\d{2,3}|T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI)|PT?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|DE|CE)"
    r"|(?:PRESENT|PAST|FUTURE)_REF")

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "fang_covid_real.jsonl"


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus (read-only shared material)")
def test_corpus_values_are_timex3_and_spans_slice_the_text() -> None:
    """Over 300 real articles: every value is TIMEX3, every item fits the claim schema and its offsets."""
    items: list[dict] = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines()[:120]:
        article = json.loads(line)
        text, published = article["text"], {"value": article.get("date"), "precision": None}
        for match in re.finditer(r"[^.!?]+[.!?]?", text):
            for past in (True, None):
                found = find_times(match.group(), published, offset=match.start(), past=past)
                previous_end = -1
                for t in found:
                    assert TIMEX3.fullmatch(t["value"]), t
                    assert text[t["start"]:t["end"]] == t["text"] and t["start"] >= previous_end
                    previous_end = t["end"]
                items += found
    assert len(items) > 500
    check("claim", _claim_with_time(items))


def _claim_with_time(times: list[dict]) -> dict:
    return {"claim_id": "0123456789abcdef", "article_id": "a", "sentence_index": 0, "text": "x",
            "spans": [{"start": 0, "end": 1}], "sentence": "x", "attribution": None, "time": times,
            "entities": [], "checkworthy": 0.5, "splitter": {"name": "rules", "version": "0.1.0"}}
