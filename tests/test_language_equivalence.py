"""The faster paths of builder/language give what the slower ones they replace give: the trimmed sentence
Viterbi HanTa's tags, the morphological searches in C (`_segments.pyx`) HanTa's analyses and morphemes, the
in-place offsets SoMaJo's offsets, the dot-anchored abbreviation search SoMaJo's matches, and the opening of a
paragraph taken from its whole tokenisation SoMaJo's tokens of the cut window (tests/test_split_digest.py
holds the claims of a larger corpus to the same)."""

from __future__ import annotations

from pathlib import Path

from somajo import alignment

from builder.language.abbreviations import DotAnchored
from builder.language.morphology import fast_analyze_forward, fast_analyze_viterbi
from builder.language.tagger import _model, _viterbi
from builder.language.tokenizer import _somajo, opening, sentences

ROOT = Path(__file__).resolve().parents[1]
ODD = [
    "Xqzvt brrlk fümpf zzz .",  # words HanTa never saw
    "der bundesrat hat am mittwoch beschlossen , die massnahmen zu verlängern .",  # lower case throughout
    "«Wir sind bereit», sagte Alain Berset – und ging.",
    "Ja",
    "!!! ??? ...",
    "COVID-19 : 1234 neue Fälle , 5,6 Prozent positiv ( Stand 12.3. ) .",
]
# text SoMaJo changes or skips while tokenising: soft hyphens, zero-width and odd spaces, emoji, XML-like tags,
# a decomposed umlaut (not NFC: SoMaJo's own function), e-mail with spaces, URLs
ODD_TEXT = [
    "Die Impf\u00adstoff\u200bkampagne startet\u00a0am 3.\u2009Mai 🙂 – sagt <b>BAG</b>-Chef Lévy.",
    "Mehr unter https://www.bag.admin.ch/covid oder info [at] bag [dot] admin [dot] ch :-) !!",
    "Die Schu\u0308ler   gehen\t\tnach Hause.",
    "z. B. u. a. bzw. Nr. 5 d. h. 1. FC Zürich",
    "Dr.med.dent. Müller, ca.5 Mio.Fr. usw.usf. ST.GALLEN ...Nr.5 Abs.2 lit.b a.b.c.d.e.f. Ca. 5. Okt.",
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


def test_in_place_offsets_are_somajos() -> None:
    texts = [*_paragraphs(), *ODD_TEXT]
    _somajo()  # installs the in-place offsets
    fast = alignment.token_offsets
    original = fast.__wrapped__  # type: ignore[attr-defined]
    assert not hasattr(original, "__wrapped__")

    def offsets() -> list:
        return [[(t.text, t.character_offset) for s in _somajo().tokenize_text([x]) for t in s] for x in texts]

    with_fast = offsets()
    try:
        alignment.token_offsets = original
        assert offsets() == with_fast
    finally:
        alignment.token_offsets = fast


def test_the_dot_anchored_abbreviation_search_finds_somajos_matches() -> None:
    search = _somajo()._tokenizer.abbreviation
    assert isinstance(search, DotAnchored)
    texts = [*_paragraphs(), *ODD_TEXT]
    for text in [*texts, *(word for t in texts for word in t.split()), ".", "", "z.B.u.a."]:
        assert [m.span() for m in search.finditer(text)] == [m.span() for m in search._pattern.finditer(text)]


def _assert_hantas_analyses(words: list[str]) -> None:
    """The C searches give HanTa's own methods' answers, types included, on each of `words`: the tag scores,
    and the morphemes for each tag HanTa scores, for two tags picked at random and for a tag no path ends in."""
    import random

    model = _model()
    forward, viterbi = fast_analyze_forward(model), fast_analyze_viterbi(model)
    hanta_forward = type(model).analyze_forward.__get__(model)  # HanTa's own methods, not the memoised ones
    hanta_viterbi = type(model).analyze_viterbi.__get__(model)
    rng = random.Random(len(words))
    final_tags = sorted(model.reachability)
    for word in words:
        ours, theirs = forward(word), hanta_forward(word)
        assert ours == theirs and [type(lp) for _, lp in ours] == [type(lp) for _, lp in theirs], word
        for target in {-pos for pos, _ in theirs[:3]} | {rng.choice(final_tags) for _ in range(2)} | {10_000}:
            assert viterbi(word, target) == hanta_viterbi(word, target), (word, target)


def test_the_morphological_searches_in_c_give_hantas() -> None:
    model = _model()
    words = {model.normalize(w) for p in [*_paragraphs(), *ODD_TEXT, *ODD] for s in sentences(p) for w, _, _ in s}
    words |= {"", "a", "zz", "xyz", "kantonsregierungsratssitzungen", "covid-19-massnahmen", "1234", "ääh"}
    unseen = sorted(w for w in words if w not in model.cache)
    assert len(unseen) > 20
    _assert_hantas_analyses(unseen)


def test_the_morphological_searches_give_hantas_on_made_up_compounds() -> None:
    """Words made of the model's own morphemes (compounds, seen morphemes longer than four characters inside
    unseen segments, words longer than 24 characters, whole words that are one morpheme) and of random
    letters, with a fixed seed: the analyses are HanTa's bit for bit."""
    import random

    model = _model()
    rng = random.Random(20261201)
    pieces = sorted({m for tag_morphemes in model.LP_m_t.values() for m in tag_morphemes if m.isalpha()})
    words = {"".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(250)}
    words |= {"".join(rng.choice("abcdefghijklmnoprstuvwzäöüß-") for _ in range(rng.randint(1, 40)))
              for _ in range(100)}
    words |= {rng.choice(pieces) for _ in range(50)} | {"x" * 60, "ung", "ungen", "massnahmen" * 4}
    unseen = sorted(w for w in words if w not in model.cache)
    assert len(unseen) > 300 and max(map(len, unseen)) > 30
    _assert_hantas_analyses(unseen)
