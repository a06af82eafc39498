"""The gender of a first name, from the name list that ships in the `gender-guesser` package.

Only its data file (nam_dict.txt, Jörg Michael's list under the GNU FDL) is read; the package's GPL code is
not imported. The list gives, per name and gender, a frequency digit for each of ~55 countries; German-
language news names people from everywhere, so the German-speaking countries decide where they know the
name and all countries otherwise. A name common for both genders ("Kim", "Andrea" across countries, the
Chinese surname "Li") has no gender: a pronoun is then never resolved to it on the lexicon's word alone.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

_DATA = ("gender_guesser", "data/nam_dict.txt")
_COLUMNS = 30  # the country columns start here, one character per country
_GERMAN_SPEAKING = (12, 13, 14)  # germany, austria, swiss in the list's column order
_SEX = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "?"}
_MARGIN = 2  # frequency digits are logarithmic: two steps apart is a clear majority


# a country's frequency digit (hexadecimal), blank where the name is not found there
_FREQUENCY = {c: int(c, 16) for c in "0123456789ABCDEFabcdef"}


@cache
def _scores() -> dict[str, dict[str, tuple[int, int]]]:
    """name → sex ("m", "f", "?" for either) → (highest frequency in German-speaking countries, anywhere)."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    with files(_DATA[0]).joinpath(_DATA[1]).open(encoding="utf-8") as f:
        for line in f:
            if line[:1] in "#=" or not line.strip():
                continue
            code, name = line.split()[:2]
            sex = _SEX.get(code)
            if sex is None:
                continue
            countries = line[_COLUMNS:].rstrip("$\n")
            here = max((_FREQUENCY.get(countries[i], 0) for i in _GERMAN_SPEAKING if i < len(countries)), default=0)
            anywhere = max((_FREQUENCY.get(c, 0) for c in set(countries)), default=0)  # each digit once
            for form in {name.replace("+", sep) for sep in ("-", " ", "")}:  # "Hans+Peter"
                old = out.setdefault(form, {}).get(sex, (0, 0))
                out[form][sex] = (max(old[0], here), max(old[1], anywhere))
    return out


def name_gender(first: str) -> str | None:
    """"m" or "f" when the list gives the name clearly one gender (where German is spoken if it knows the
    name there), else None. A hyphenated name takes its first part's gender ("Hans-Joachim")."""
    scores = _scores().get(first) or _scores().get(first.split("-")[0])
    if not scores:
        return None
    axis = 0 if any(here for here, _ in scores.values()) else 1
    ranked = sorted(((s[axis], sex) for sex, s in scores.items()), reverse=True)
    best, sex = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else -_MARGIN
    if sex == "?" or best - runner_up < _MARGIN:
        return None
    return sex
