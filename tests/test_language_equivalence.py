"""The faster paths of builder/language give what the slower ones they replace give: the trimmed sentence
Viterbi HanTa's tags, and the opening of a paragraph taken from its whole tokenisation SoMaJo's tokens of
the cut window (tests/test_split_digest.py holds the claims of a larger corpus to the same)."""

from __future__ import annotations

from pathlib import Path

from builder.language.tagger import _model, _viterbi
from builder.language.tokenizer import opening, sentences

ROOT = Path(__file__).resolve().parents[1]
ODD = [
    "Xqzvt brrlk fümpf zzz .",  # words HanTa never saw
    "der bundesrat hat am mittwoch beschlossen , die massnahmen zu verlängern .",  # lower case throughout
    "«Wir sind bereit», sagte Alain Berset – und ging.",
    "Ja",
    "!!! ??? ...",
    "COVID-19 : 1234 neue Fälle , 5,6 Prozent positiv ( Stand 12.3. ) .",
]


def _paragraphs() -> list[str]:
    return [p for path in sorted((ROOT / "examples").glob("*.txt"))
            for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]


def test_the_trimmed_viterbi_gives_hantas_tags() -> None:
    token_lists = [[w for w, _, _ in s] for p in _paragraphs() for s in sentences(p)]
    token_lists += [s.split() for s in ODD]
    assert len(token_lists) > 20
    for tokens in token_lists:
        for variant in (tokens, [w.lower() for w in tokens]):
            assert _viterbi().tag_ids(variant) == _model().tag_sent_viterbi(list(variant)), variant


def test_an_opening_is_the_first_sentence_of_the_cut_window() -> None:
    checked = 0
    for paragraph in _paragraphs():
        for window in (60, 150, 250, 400):
            for count in (5, 40):
                cut = sentences(paragraph[:window])
                assert opening(paragraph, window, count) == (cut[0][:count] if cut else ())
                checked += len(paragraph) > window
    assert checked > 10
