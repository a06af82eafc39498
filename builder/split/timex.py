"""Time expressions in German news sentences, resolved to TIMEX3 values against the publication date.

A claim such as "Blinken trifft Lawrow am Freitag" can only be checked once "Freitag" is a date, and the
only clock a news sentence has is its publication date. So every expression is resolved as far as the
precision of that date allows, and no further: "am Freitag" is `2022-01-21` in an article of Tuesday
2022-01-18, but only `XXXX-WXX-5` when the article is dated `2022-01` (the Friday could fall in any week).

Rules that need a choice (all documented here, all exercised by tests/test_timex.py):
- A weekday follows the tense the caller passes as `past`, for the whole sentence or per clause (the
  splitter judges it per clause, see builder/split/tense.py): past tense means the latest such day on or
  before publication (a past-tense "am Dienstag" in a Tuesday article is that Tuesday, as agency copy is
  often published the same day); present or future tense means the next such day on or after publication;
  no tense (`past=None`) means the nearest such day, which is always within ±3 days and never a tie.
  "letzten/vergangenen Freitag" is strictly before, "kommenden/nächsten Freitag" strictly after the
  publication day, and "seit Montag" always looks back.
- A month or season without a year takes the year that puts it on the tense's side of the publication
  month ("im Dezember" in past tense in an article of 2022-01 is 2021-12); without tense, the nearer one
  (at most six months away). When the publication month is unknown, the year stays `XXXX`.
- "heute" is the publication date truncated to its precision (`2022-01` is still true of "today"); other
  day words ("gestern", "am Vortag") shift a known day or stay `XXXX-XX-XX`.
- A clock time or part of day ("um 10 Uhr", "am Abend") takes the day of the nearest day-level expression
  of the same sentence ("am Freitag um 10 Uhr"), else the publication day; without either it stays a bare
  time ("T10:00", "TEV").
- "am Vortag", "tags darauf" are read against the publication day: the event they are relative to is
  usually the one reported, published the same or next day.
- `anchor` is the publication date value whenever the meaning of the expression depends on it (also when
  the precision was too coarse to use it), and null for absolute dates and durations.
- Overlapping matches: the leftmost, then the longest wins ("im Januar 2020" over "2020").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

WEEKDAYS = {"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
            "sonnabend": 6, "sonntag": 7}
MONTH_ABBREVIATIONS = {"jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"}
MONTHS = {"januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "april": 4,
          "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
          "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
          "dezember": 12, "dez": 12}
NUMBER_WORDS = {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "eins": 1, "zwei": 2,
                "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
                "elf": 11, "zwölf": 12, "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5}
PARTS_OF_DAY = {"früh": "MO", "morgen": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
                "abend": "EV", "nacht": "NI"}
SEASONS = {"frühling": ("SP", 4), "frühjahr": ("SP", 4), "sommer": ("SU", 7), "herbst": ("FA", 10),
           "winter": ("WI", 12)}
# (TIMEX3 prefix, unit letter) of a duration per German unit stem
UNITS = {"sekunde": ("PT", "S"), "minute": ("PT", "M"), "stunde": ("PT", "H"), "tag": ("P", "D"),
         "woche": ("P", "W"), "monat": ("P", "M"), "jahr": ("P", "Y"), "jahrzehnt": ("P", "DE"),
         "jahrhundert": ("P", "CE")}
VAGUE = dict.fromkeys(("jetzt", "derzeit", "zurzeit", "zur zeit", "gegenwärtig", "momentan", "aktuell",
                       "nun", "heutzutage", "mittlerweile", "inzwischen"), "PRESENT_REF")
VAGUE |= dict.fromkeys(("zuvor", "bisher", "bislang", "damals", "einst", "kürzlich", "jüngst", "neulich",
                        "vorher", "seinerzeit", "vor kurzem"), "PAST_REF")
VAGUE |= dict.fromkeys(("künftig", "zukünftig", "bald", "demnächst", "in zukunft", "in kürze"), "FUTURE_REF")

Direction = str  # "past" | "future" | "nearest" | "before" | "after"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so no word shadows a longer one."""
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_WD = rf"(?P<wd>{_alt(WEEKDAYS)})"
_MONTH_NAMES = _alt(k for k in MONTHS if k not in MONTH_ABBREVIATIONS)
_MONTH = rf"(?P<mon>(?:{_MONTH_NAMES})\b|(?:{_alt(MONTH_ABBREVIATIONS)})(?:\.|\b))"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"
_NUM = rf"(?P<n>(?<![\d'’.,])\d+(?:,\d+)?|{_alt(NUMBER_WORDS)})"
_PART = rf"(?P<part>{_alt(PARTS_OF_DAY)})"
_DEIXIS = r"(?P<deixis>vergangen|letzt|vorig|dies|laufend|kommend|nächst)e[nmrs]?"
_DAY_OF_MONTH = r"(?<![\d.])(?P<d>[0-3]?\d)\."
_YEAR_DEIXIS = r"\s+(?:des\s+)?(?P<ydeixis>vergangen|letzt|vorig|dies|laufend|kommend|nächst)e[ns]?\s+jahres\b"
_DATE_PREP = r"(?:(?P<prep>am|vom|von|ab|seit|bis(?:\s+(?:zum|am))?|zum|an|per|nach|vor)\s+(?:de[mn]\s+)?)?"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date, cut to the precision the article states."""

    value: str | None = None
    year: int | None = None
    month: int | None = None
    day: date | None = None
    moment: datetime | None = None


_ANCHOR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?")
_LEVELS = {"year": 1, "month": 2, "day": 3, "datetime": 4}


@lru_cache(maxsize=4096)
def anchor_of(value: str | None, precision: str | None) -> Anchor:
    """Parse a publication date (`published.value`/`.precision` of an article record)."""
    m = _ANCHOR.match(value or "")
    if not m:
        return Anchor()
    parts = [int(g) for g in m.groups() if g is not None]
    level = min(len(parts) - (len(parts) == 5), _LEVELS.get(precision or "", 4))
    y, mo, d, h, mi = parts + [1, 1, 0, 0][len(parts) - 1:]
    try:
        moment = datetime(y, mo, d, h, mi)
    except ValueError:  # a month 13 or a 30 February: nothing in it can be trusted
        return Anchor()
    return Anchor(value=value, year=y, month=mo if level >= 2 else None, day=moment.date() if level >= 3 else None,
                  moment=moment if level >= 4 and len(parts) == 5 else None)


@dataclass(frozen=True, slots=True)
class _Context:
    anchor: Anchor
    past: bool | None
    text: str


@dataclass(frozen=True, slots=True)
class _Value:
    value: str
    relative: bool  # the value depends on the publication date
    clock: bool = False  # `value` is a time of day ("T10:00", "TEV") waiting for the sentence's day


# --------------------------------------------------------------------------------------------- resolving

def _direction(past: bool | None, deixis: str | None = None, prep: str | None = None) -> Direction:
    if deixis:
        stem = deixis.lower()[:4]
        if stem in ("verg", "letz", "vori"):
            return "before"
        if stem in ("komm", "näch"):
            return "after"
    if prep and prep.lower() == "seit":
        return "past"
    return {True: "past", False: "future", None: "nearest"}[past]


def _weekday_date(day: date, weekday: int, direction: Direction) -> date:
    ahead, back = (weekday - day.isoweekday()) % 7, (day.isoweekday() - weekday) % 7
    shift = {"past": -back, "future": ahead, "before": -(back or 7), "after": ahead or 7,
             "nearest": ahead if ahead <= 3 else -back}[direction]
    return day + timedelta(days=shift)


def _year_for(anchor: Anchor, month: int, day: int | None, direction: Direction) -> int | None:
    """The year that puts (month, day) on the `direction` side of the publication date."""
    if anchor.year is None or anchor.month is None:
        return None
    target = (month, day if day and anchor.day else 0)
    now = (anchor.month, anchor.day.day if day and anchor.day else 0)
    if direction == "nearest":
        diff = month - anchor.month
        return anchor.year - (diff > 6) + (diff < -6)
    earlier = {"past": target > now, "before": target >= now}.get(direction, False)
    later = {"future": target < now, "after": target <= now}.get(direction, False)
    return anchor.year - earlier + later


def _deixis_offset(deixis: str) -> int:
    """-1 for "letzte", "vergangene", +1 for "nächste", "kommende", 0 for "diese", "laufende"."""
    return {"before": -1, "after": 1}.get(_direction(None, deixis), 0)


def _year_of(anchor: Anchor, deixis: str) -> str:
    """The year of "letzten Jahres", "dieses Jahres", "kommenden Jahres"."""
    return f"{anchor.year + _deixis_offset(deixis):04d}" if anchor.year else "XXXX"


def _week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _month_shift(year: int, month: int, k: int) -> str:
    total = year * 12 + month - 1 + k
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _number(word: str) -> float:
    word = word.lower()
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else float(word.replace(",", "."))


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _unit(word: str) -> str:
    """The unit stem of an inflected unit noun: "Wochen" → "woche", "Jahres" → "jahr"."""
    word = word.lower()
    return next(stem for stem in sorted(UNITS, key=len, reverse=True) if word.startswith(stem))


def _part_suffix(part: str | None) -> str:
    return f"T{PARTS_OF_DAY[part.lower()]}" if part else ""


def _shifted(anchor: Anchor, unit: str, k: float) -> str | None:
    """The publication date moved by k units, at the unit's granularity (None: not known that finely)."""
    if not float(k).is_integer() and unit != "stunde":
        return None
    k_int = int(k)
    if unit == "stunde":
        return (anchor.moment + timedelta(hours=k)).strftime("%Y-%m-%dT%H:%M") if anchor.moment else None
    if unit == "tag":
        return (anchor.day + timedelta(days=k_int)).isoformat() if anchor.day else "XXXX-XX-XX"
    if unit == "woche":
        return _week(anchor.day + timedelta(weeks=k_int)) if anchor.day else "XXXX-WXX"
    if unit == "monat":
        return _month_shift(anchor.year, anchor.month, k_int) if anchor.year and anchor.month else "XXXX-XX"
    if unit in ("jahr", "jahrzehnt"):
        year = anchor.year + k_int * (10 if unit == "jahrzehnt" else 1) if anchor.year else None
        if year is not None and not 0 < year < 10000:
            return None
        digits = f"{year:04d}" if year is not None else "XXXX"
        return digits if unit == "jahr" else digits[:3]
    return None


# ------------------------------------------------------------------------------------------------ rules

_WEEKDAY_RX = _rx(rf"""
    \b(?:(?P<night>in\s+der\s+nacht\s+(?:vo[nm]\s+\w+\s+)?(?:zum|auf(?:\s+den)?)\s+)
       |(?P<prep>am|an|vom|von|seit|ab|bis(?:\s+zum)?|zum|für|jeden)\s+)?
    (?:(?:de[nm]\s+)?{_DEIXIS}\s+|(?P<that>jene[mnr]|selbe[mnr])\s+)?
    {_WD}{_PART}?(?P<s>s)?\b
    (?:\s+(?P<part2>morgen|vormittag|mittag|nachmittag|abend)\b)?""")


def _weekday(m: re.Match[str], ctx: _Context) -> _Value | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    part = _part_suffix("nacht" if m["night"] else (m["part"] or m["part2"]))
    if m["s"] or (m["prep"] or "").lower() == "jeden":
        return _Value(f"XXXX-WXX-{weekday}{part}", relative=False)
    if not ctx.anchor.day or m["that"]:  # "an jenem Samstag" points back into the story, not to today
        return _Value(f"XXXX-WXX-{weekday}{part}", relative=True)
    day = _weekday_date(ctx.anchor.day, weekday, _direction(ctx.past, m["deixis"], m["prep"]))
    return _Value(day.isoformat() + part, relative=True)


_WEEKEND_RX = _rx(rf"""
    \b(?:(?P<prep>am|übers|über\s+das|an\s+diesem|jedes)\s+)?(?:{_DEIXIS}\s+)?wochenende\b""")


def _weekend(m: re.Match[str], ctx: _Context) -> _Value | None:
    if (m["prep"] or "").lower() == "jedes":
        return _Value("XXXX-WXX-WE", relative=False)
    if not ctx.anchor.day:
        return _Value("XXXX-WXX-WE", relative=True)
    direction = _direction(ctx.past, m["deixis"], m["prep"])
    # looking back the weekend is known by its Saturday, looking ahead by its Sunday
    weekday = 7 if direction in ("future", "after") else 6
    return _Value(_week(_weekday_date(ctx.anchor.day, weekday, direction)) + "-WE", relative=True)


_DATE_RX = _rx(rf"\b{_DATE_PREP}(?:{_WD},?\s+(?:de[nm]\s+)?)?{_DAY_OF_MONTH}\s*{_MONTH}(?:\s+{_YEAR})?")
# the first day of a range takes month and year from the second: "vom 3. bis 5. März 2022"
_RANGE_RX = _rx(rf"""\b(?:(?:vom|von|zwischen(?:\s+dem)?)\s+)?{_DAY_OF_MONTH}
    (?=\s*(?:bis(?:\s+zum)?|und|–|-)\s*[0-3]?\d\.\s*{_MONTH}(?:\s+{_YEAR})?)""")
_NUMERIC_DATE_RX = _rx(rf"""\b{_DATE_PREP}(?:{_WD},?\s+(?:de[nm]\s+)?)?
    {_DAY_OF_MONTH}(?P<m>[01]?\d)\.(?:(?P<y>\d{{4}}|\d\d)(?!\d))?(?![\d.]\d)""")


def _day_month(ctx: _Context, day: int, month: int, year: int | None, prep: str | None) -> _Value | None:
    try:
        date(year or 2000, month, day)  # 2000: a leap year, so 29 February passes without a year
    except ValueError:
        return None
    if year is not None:
        return _Value(f"{year:04d}-{month:02d}-{day:02d}", relative=False)
    year = _year_for(ctx.anchor, month, day, _direction(ctx.past, prep=prep))
    return _Value(f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}",
                  relative=True)


def _date(m: re.Match[str], ctx: _Context) -> _Value | None:
    year = int(m["y"]) if m["y"] else None
    return _day_month(ctx, int(m["d"]), MONTHS[m["mon"].lower().rstrip(".")], year, m.groupdict().get("prep"))


def _numeric_date(m: re.Match[str], ctx: _Context) -> _Value | None:
    year = int(m["y"]) if m["y"] else None
    if year is not None and year < 100:  # two digits: the century that puts it nearest publication
        year = min((1900 + year, 2000 + year), key=lambda y: abs(y - (ctx.anchor.year or 2000)))
    return _day_month(ctx, int(m["d"]), int(m["m"]), year, m["prep"])


_MONTH_RX = _rx(rf"""
    \b(?:(?P<prep>im|in|seit|ab|bis(?:\s+(?:zum|in\s+den))?|vom|von|zum|für|nach|vor)\s+)?
    (?:(?:de[mn]\s+)?{_DEIXIS}\s+)?
    (?:(?P<mod>anfang|mitte|ende)\s+)?
    (?P<mon>{_MONTH_NAMES})\b
    (?:\s+{_YEAR}|{_YEAR_DEIXIS})?""")


def _month(m: re.Match[str], ctx: _Context) -> _Value | None:
    month = MONTHS[m["mon"].lower()]
    if month == 8 and not (m["prep"] or m["deixis"] or m["mod"] or m["y"] or m["ydeixis"]):
        return None  # a bare "August" is as often a first name
    return _in_year(m, ctx, f"{month:02d}", month)


_SEASON_RX = _rx(rf"""
    \b(?:(?P<prep>im|in|seit|ab|bis(?:\s+zum)?|vom|von|zum|für|über\s+den|übers)\s+)?
    (?:(?:de[mn]\s+)?{_DEIXIS}\s+)?
    (?:(?P<mod>anfang|mitte|ende)\s+(?:de[rs]\s+)?)?
    (?P<season>{_alt(SEASONS)})s?\b(?:\s+{_YEAR}|{_YEAR_DEIXIS})?""")


def _season(m: re.Match[str], ctx: _Context) -> _Value | None:
    if not (m["prep"] or m["deixis"] or m["mod"] or m["y"] or m["ydeixis"]):
        return None  # "Der Sommer war heiss" names no particular summer
    code, month = SEASONS[m["season"].lower()]
    return _in_year(m, ctx, code, month)


def _in_year(m: re.Match[str], ctx: _Context, code: str, month: int) -> _Value:
    """`YEAR-code` for a month or season: the year written, named ("nächsten Jahres"), or the one the
    tense and the publication date imply."""
    if m["y"]:
        return _Value(f"{m['y']}-{code}", relative=False)
    if m["ydeixis"]:
        return _Value(f"{_year_of(ctx.anchor, m['ydeixis'])}-{code}", relative=True)
    year = _year_for(ctx.anchor, month, None, _direction(ctx.past, m["deixis"], m["prep"]))
    return _Value(f"{year:04d}-{code}" if year else f"XXXX-{code}", relative=True)


_YEAR_RX = _rx(rf"""
    \b(?:(?P<prep>(?:im|ins)\s+jahre?|jahre?|seit|ab|bis|von|vom|im|in|vor|nach|um|für|zwischen)\s+)?
    (?:(?P<mod>anfang|mitte|ende)\s+)?
    (?<![\d'’.,]){_YEAR}(?![\d'’]|[.,]\d|/\d)""")
_NOT_A_YEAR_AFTER = re.compile(
    r"\s+[A-ZÄÖÜ]|\s*(?i:%|prozent\b|(?:km|m|kg|g|t|l|ha|mm|cm|mal|fach|mio|mrd)\b"
    r"|(?:sekunde|minute|stunde|tag|woche|monat|jahr)\w*)")
_QUANTITY_BEFORE = re.compile(
    r"(?i:rund|etwa|über|unter|mehr\s+als|weniger\s+als|knapp|fast|bis\s+zu|circa|ca\.|insgesamt|gut|nur)\s+$")


def _year(m: re.Match[str], ctx: _Context) -> _Value | None:
    prep = " ".join((m["prep"] or "").lower().split())
    explicit = prep.startswith(("im jahr", "ins jahr", "jahr")) or m["mod"]
    if not explicit and _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None  # "2000 Menschen", "2021 Prozent", "in 2000 Metern"
    if not prep and not m["mod"] and _QUANTITY_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "rund 2000"
    return _Value(m["y"], relative=False)


_DECADE_RX = _rx(r"""\b(?:(?:in\s+den|seit\s+den|der|den|(?:anfang|mitte|ende)\s+der)\s+)?
    (?P<dec>(?:19|20)?\d0)er(?:-|\s+)?jahren?\b""")


def _decade(m: re.Match[str], ctx: _Context) -> _Value | None:
    digits = m["dec"]
    if len(digits) == 2:
        digits = ("19" if int(digits) >= 30 else "20") + digits
    return _Value(digits[:3], relative=False)


_CENTURY_RX = _rx(r"""\b(?:(?:im|des|seit\s+dem|(?:anfang|mitte|ende)\s+des)\s+)?
    (?<![\d.])(?P<c>[12]?\d)\.\s+jahrhunderts?\b""")


def _century(m: re.Match[str], ctx: _Context) -> _Value | None:
    return _Value(f"{int(m['c']) - 1:02d}", relative=False) if int(m["c"]) >= 1 else None


_QUARTER_RX = _rx(rf"""\b(?:(?:im|des|seit\s+dem|bis\s+zum)\s+)?
    (?P<ord>(?:erst|zweit|dritt|viert)e[nms]?|(?<![\d.])[1-4]\.)\s+(?P<unit>quartal|halbjahr)(?:e?s)?\b
    (?:\s+{_YEAR})?""")
_ORDINALS = {"erst": 1, "zwei": 2, "drit": 3, "vier": 4}


def _quarter(m: re.Match[str], ctx: _Context) -> _Value | None:
    n = _ORDINALS.get(m["ord"][:4].lower()) or int(m["ord"][0])
    half = m["unit"].lower() == "halbjahr"
    if half and n > 2:
        return None
    code = f"H{n}" if half else f"Q{n}"
    if m["y"]:
        return _Value(f"{m['y']}-{code}", relative=False)
    first_month = (n - 1) * (6 if half else 3) + 1
    year = _year_for(ctx.anchor, first_month, None, _direction(ctx.past))
    return _Value(f"{year:04d}-{code}" if year else f"XXXX-{code}", relative=True)


_DEICTIC_RX = _rx(rf"""
    \b(?:(?P<prep>im\s+laufe\s+de[rs]|im|in\s+de[rm]|in|bis(?:\s+zum)?|seit|ab|vom|zum|für)\s+)?
    (?:(?P<mod>anfang|mitte|ende)\s+)?
    (?:(?:de[rsm]\s+)?{_DEIXIS}\s+(?P<unit>woche|monat|jahr)(?:e?s)?
      |(?P<vor>vor)(?P<vunit>woche|monat|jahr)(?:e?s)?
      |(?P<cunit>jahr|monat)(?:es|s)(?P<cmod>beginn|anfang|mitte|ende)
      |(?:de[rs]\s+)?(?P<bare>woche|monats?|jahr(?:es)?)
      |(?P<heuer>heuer))\b""")




def _deictic(m: re.Match[str], ctx: _Context) -> _Value | None:
    if m["heuer"]:
        unit, k = "jahr", 0
    elif m["vor"]:
        unit, k = m["vunit"].lower(), -1
    elif m["unit"]:
        unit, k = m["unit"].lower(), _deixis_offset(m["deixis"])
    elif m["cunit"]:
        unit, k = m["cunit"].lower(), 0
    elif m["mod"] or (m["prep"] or "").lower().startswith("im laufe"):
        unit, k = _unit(m["bare"]), 0
    else:
        return None  # "im Jahr", "des Monats": no time of its own
    return _Value(_shifted(ctx.anchor, unit, k) or "XXXX", relative=True)


_OFFSET_RX = _rx(rf"""\b(?P<dir>vor|in)\s+(?:{_NUM}\s+|(?P<few>wenigen|einigen|mehreren|vielen)\s+)?
    (?P<unit>stunde|tag|woche|monat|jahrzehnt|jahr)(?P<infl>en|e|n|es)?\b""")


def _offset(m: re.Match[str], ctx: _Context) -> _Value | None:
    back = m["dir"].lower() == "vor"
    unit = m["unit"].lower()
    if m["n"] is None and not (m["infl"] or "").lower().endswith("n"):
        return None  # "in Tag", "vor Jahr": no such expression
    vague = "PAST_REF" if back else "FUTURE_REF"
    if m["n"] is None:
        return _Value(vague, relative=True)
    n = _number(m["n"])
    if not back and ctx.past:  # "Er baute das Haus in zwei Jahren": how long, not when
        prefix, letter = UNITS[unit]
        return _Value(f"{prefix}{_fmt(n)}{letter}", relative=False)
    return _Value(_shifted(ctx.anchor, unit, -n if back else n) or vague, relative=True)


_DURATION_RX = _rx(rf"""
    \b(?:(?P<trig>seit|für|während|innerhalb(?:\s+von)?|binnen|über
        |(?:in\s+)?(?:den|die)\s+(?:letzten|vergangenen|nächsten|kommenden|ersten))\s+)?
    (?:{_NUM}|(?P<half>(?:ein(?:e[mnrs]?)?\s+)?halbe[nms]?))\s+
    (?P<unit>sekunde|minute|stunde|tag|woche|monat|jahrzehnt|jahrhundert|jahr)(?:en|e|n|es|s)?\b
    (?:\s+lang\b)?(?!\s+(?:alt|älter|jünger)\b)
    |\b(?:seit\s+(?P<since>jahrzehnten|jahren|monaten|wochen|tagen|stunden)
    |(?P<long>jahrzehnte|jahre|monate|wochen|tage|stunden)lang)\b""")


def _duration(m: re.Match[str], ctx: _Context) -> _Value | None:
    vague = m["since"] or m["long"]
    if vague:
        prefix, letter = UNITS[_unit(vague)]
        return _Value(f"{prefix}X{letter}", relative=False)
    if m["n"] and m["n"].lower() == "eines" and not m["trig"]:
        return None  # "eines Tages" is "one day", not a day long
    n = 0.5 if m["half"] else _number(m["n"])
    prefix, letter = UNITS[_unit(m["unit"])]
    return _Value(f"{prefix}{_fmt(n)}{letter}", relative=False) if n > 0 else None


_DAY_WORD_RX = _rx(rf"""
    \b(?:(?P<prep>bis|ab|seit|von|für)\s+)?(?P<word>vorgestern|gestern|heute|übermorgen|morgen)
    (?:\s+{_PART})?\b
    |\b(?:(?:am|vom|seit\s+dem)\s+)?(?P<rel>vortag|vorabend|folgetag|tags?\s+(?:zuvor|davor|darauf|danach)
    |nächsten\s+tag)\b""")
_DAY_SHIFT = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}


def _day_word(m: re.Match[str], ctx: _Context) -> _Value | None:
    if m["word"]:
        word = m["word"]
        if word == "Morgen" and re.search(r"\w", ctx.text[:m.start("word")]):
            return None  # the noun ("jeden Morgen"), not the adverb "morgen"
        shift, part = _DAY_SHIFT[word.lower()], m["part"]
    else:
        rel = m["rel"].lower()
        shift = -1 if rel.startswith("vor") or rel.endswith(("zuvor", "davor")) else 1
        part = "abend" if rel == "vorabend" else None
    anchor = ctx.anchor
    if anchor.day:
        return _Value((anchor.day + timedelta(days=shift)).isoformat() + _part_suffix(part), relative=True)
    if shift == 0 and not part and anchor.year:
        return _Value(f"{anchor.year:04d}-{anchor.month:02d}" if anchor.month else f"{anchor.year:04d}",
                      relative=True)
    return _Value("XXXX-XX-XX" + _part_suffix(part), relative=True)


_PART_OF_DAY_RX = _rx(rf"""
    \b(?:(?:am|gegen|in\s+der|bis\s+zum|im\s+laufe\s+des|seit\s+dem)\s+(?:(?:frühen|späten)\s+)?{_PART}\b
    |(?P<adv>morgens|vormittags|mittags|nachmittags|abends|nachts)\b)""")


def _part_of_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    part = m["part"] or m["adv"][:-1]
    return _Value(_part_suffix(part), relative=True, clock=True)


_HOUR_WORDS = _alt(k for k, v in NUMBER_WORDS.items() if isinstance(v, int) and k not in ("eine", "einen",
                                                                                         "einem", "einer", "eines"))
_CLOCK_RX = _rx(rf"""
    \b(?:(?P<prep>um|gegen|ab|bis|vor|nach|seit|kurz\s+(?:vor|nach)|punkt)\s+)?
    (?:(?<![\d.,'’])(?P<h>[0-2]?\d)(?:[.:](?P<min>[0-5]\d))?\s*uhr\b
      |(?P<hw>{_HOUR_WORDS})\s+uhr\b
      |halb\s+(?P<half>[0-2]?\d|{_HOUR_WORDS})\b
      |(?<![\d.,'’])(?P<h2>[0-2]?\d):(?P<min2>[0-5]\d)(?![\d:]|[.,]\d))
    (?:\s+(?P<ampm>morgens|früh|vormittags|mittags|nachmittags|abends|nachts)\b)?""")


def _clock(m: re.Match[str], ctx: _Context) -> _Value | None:
    minute = int(m["min"] or m["min2"] or 0)
    if m["h"] or m["h2"]:
        hour = int(m["h"] or m["h2"])
    elif m["hw"]:
        hour = int(NUMBER_WORDS[m["hw"].lower()])
    else:
        half = m["half"]
        hour = (int(half) if half.isdigit() else int(NUMBER_WORDS[half.lower()])) - 1 or 12
        minute = 30
    if (m["half"] or m["h2"]) and (m["prep"] or "").lower() not in ("um", "gegen", "ab", "bis"):
        return None  # "halb zehn", "10.30" alone are too often something else
    if hour > 24 or (hour == 24 and minute):
        return None
    ampm = (m["ampm"] or "").lower()
    if hour < 12 and (ampm in ("nachmittags", "abends") or (ampm == "nachts" and hour >= 6)):
        hour += 12  # "acht Uhr abends" is 20:00, "elf Uhr nachts" 23:00, "ein Uhr nachts" stays 01:00
    return _Value(f"T{hour:02d}:{minute:02d}", relative=True, clock=True)


_VAGUE_RX = _rx(rf"\b(?P<w>{_alt(VAGUE)})\b")
_ARTICLE_AFTER = _rx(r"\s+(?:der|des)\b")


def _vague(m: re.Match[str], ctx: _Context) -> _Value | None:
    word = " ".join(m["w"].lower().split())
    if word == "zur zeit" and _ARTICLE_AFTER.match(ctx.text, m.end()):
        return None  # "zur Zeit der Römer"
    return _Value(VAGUE[word], relative=True)


Resolver = Callable[[re.Match[str], _Context], _Value | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, what its matches mean, and a cue: a cheap pattern the lower-cased sentence must contain.

    The cues let a sentence skip most rules at the cost of one scan each: running every full pattern over
    every sentence costs several times as much.
    """

    pattern: re.Pattern[str]
    resolve: Resolver
    cue: re.Pattern[str]


def _rule(pattern: re.Pattern[str], resolve: Resolver, cue: str | tuple[str, ...]) -> Rule:
    source = cue if isinstance(cue, str) else _alt(cue)
    return Rule(pattern, resolve, re.compile(source))


_UNIT_CUES = ("sekunde", "minute", "stunde", "tag", "woche", "monat", "jahr")
_MONTH_CUES = tuple(sorted({k[:3] for k in MONTHS}))
# order breaks ties between matches of the same start and length: the more specific rule first
RULES: tuple[Rule, ...] = (
    _rule(_DATE_RX, _date, rf"\d\.\s*(?:{_alt(_MONTH_CUES)})"),
    _rule(_NUMERIC_DATE_RX, _numeric_date, r"\d\.[01]?\d\."),
    _rule(_RANGE_RX, _date, rf"\d\.\s*(?:{_alt(_MONTH_CUES)})"),
    _rule(_WEEKDAY_RX, _weekday, ("tag", "mittwoch", "sonnabend")),
    _rule(_WEEKEND_RX, _weekend, ("wochenende",)),
    _rule(_DAY_WORD_RX, _day_word, ("heute", "gestern", "morgen", "tag", "vorabend")),
    _rule(_OFFSET_RX, _offset, _UNIT_CUES),
    _rule(_DURATION_RX, _duration, _UNIT_CUES),
    _rule(_DEICTIC_RX, _deictic, ("woche", "monat", "jahr", "heuer")),
    _rule(_QUARTER_RX, _quarter, ("quartal", "halbjahr")),
    _rule(_MONTH_RX, _month, _MONTH_CUES),
    _rule(_SEASON_RX, _season, ("frühling", "frühjahr", "sommer", "herbst", "winter")),
    _rule(_DECADE_RX, _decade, r"\d0er"),
    _rule(_CENTURY_RX, _century, r"\d\.\s+jahrhundert"),
    _rule(_YEAR_RX, _year, r"1[89]\d\d|20\d\d"),
    _rule(_PART_OF_DAY_RX, _part_of_day, ("morgen", "mittag", "abend", "nacht", "früh")),
    _rule(_CLOCK_RX, _clock, r"uhr|halb|\d:\d"),
    _rule(_VAGUE_RX, _vague, tuple(sorted({w.split()[-1][:5] for w in VAGUE}))),
)

# --------------------------------------------------------------------------------------------- finding

_DAY_LEVEL = re.compile(r"(\d{4}-\d{2}-\d{2}|XXXX-WXX-\d|XXXX-XX-XX)(?:T|$)")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: _Value


def _candidates(text: str, anchor: Anchor, tense_at: Callable[[int], bool | None]) -> list[_Found]:
    """Every rule's matches, each read in the tense at its start, then the leftmost-longest ones that do
    not overlap."""
    lower = text.lower()
    hits: list[tuple[int, int, int, _Value]] = []
    for order, rule in enumerate(RULES):
        if not rule.cue.search(lower):
            continue
        for m in rule.pattern.finditer(text):
            value = rule.resolve(m, _Context(anchor, tense_at(m.start()), text))
            if value is not None:
                hits.append((m.start(), -m.end(), order, value))
    hits.sort(key=lambda h: h[:3])
    chosen: list[_Found] = []
    for start, neg_end, _, value in hits:
        if not chosen or start >= chosen[-1].end:
            chosen.append(_Found(start, -neg_end, value))
    return chosen


def _attach_days(found: list[_Found], anchor: Anchor) -> None:
    """Give clock times and parts of day the day of the nearest day-level expression, else the anchor's."""
    days = [(f, m.group(1)) for f in found if not f.value.clock and (m := _DAY_LEVEL.match(f.value.value))]
    for f in found:
        if not f.value.clock:
            continue
        if days:
            near, day = min(days, key=lambda d: (abs(d[0].start - f.start), d[0].start > f.start))
            f.value = _Value(day + f.value.value, relative=near.value.relative)
        elif anchor.day:
            f.value = _Value(anchor.day.isoformat() + f.value.value, relative=True)


# (start, end, past) of one clause, in the offsets of the output (the sentence's start is `offset`)
ClauseTense = tuple[int, int, bool | None]


def _tense_at(past: bool | None | Sequence[ClauseTense], position: int) -> bool | None:
    """The tense at `position`: of the whole sentence, or of the last clause range starting at or before
    it (a match may start between two ranges, on a space)."""
    if past is None or isinstance(past, bool):
        return past
    i = bisect_right(past, position, key=lambda clause: clause[0]) - 1
    return past[max(i, 0)][2] if past else None


def find_times(text: str, published: dict[str, Any], *, offset: int = 0,
               past: bool | None | Sequence[ClauseTense] = None) -> list[dict[str, Any]]:
    """The time expressions of one sentence as claim-schema `time` items, offsets shifted by `offset`.

    `past` is the tense (True past, False present/future, None unknown), of the whole sentence or, as
    (start, end, past) ranges sorted by start, of each clause, so that "Er sagte am Montag, er komme am
    Freitag" looks back for Monday and ahead for Friday; it decides which Friday "am Freitag" is.
    """
    anchor = anchor_of(published.get("value"), published.get("precision"))
    found = _candidates(text, anchor, lambda position: _tense_at(past, position + offset))
    _attach_days(found, anchor)
    return [{"text": text[f.start:f.end], "start": f.start + offset, "end": f.end + offset,
             "value": f.value.value, "anchor": anchor.value if f.value.relative else None}
            for f in found]
