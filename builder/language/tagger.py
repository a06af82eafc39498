"""Part-of-speech tags and lemmas from HanTa, whose German model ships inside its PyPI package.

HanTa re-analyses every unseen word form morphologically, which dominated its run time; news text repeats
word forms heavily, so the per-form analyses are memoised for the life of the process and kept on disk for
the other workers and later runs (`analyses.py`). A sentence is tagged once: furniture detection and the
splitter ask for the same sentences, so the tags of the last sentences are memoised by their tokens (the
Viterbi search over a sentence is a function of its tokens alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from hashlib import sha256
from importlib.metadata import version
from pathlib import Path
from typing import Any

from HanTa import HanoverTagger as ht

from builder.language.analyses import AnalysisStore, cache_dir, stored
from builder.language.lexicon import FEMININE_ER_NOUNS
from builder.language.morphology import fast_analyze_forward, fast_analyze_viterbi
from builder.language.viterbi import SentenceViterbi


class TagView:
    """Readings of a HanTa tag that every tagged-token type keeps beside the tag (`pos`, `finite`), set once
    when a token is made: the splitter reads them millions of times an article set, a property recomputed
    them on every read. A subclass declares them as fields without init and calls `_read_tag` after init."""

    __slots__ = ()
    tag: str
    pos: str  # the coarse tag without the bracketed sub-type: `VV(FIN)` → `VV`
    finite: bool

    def _read_tag(self) -> None:
        object.__setattr__(self, "pos", self.tag.split("(", 1)[0])
        object.__setattr__(self, "finite", self.tag.endswith("(FIN)"))


@dataclass(frozen=True, slots=True)
class Tagged(TagView):
    """One token with its STTS-like HanTa tag (e.g. `VV(FIN)`, `NE`, `APPR`) and lemma (verbs only; other
    words carry their own form)."""

    text: str
    tag: str
    lemma: str
    pos: str = field(init=False, repr=False, compare=False)
    finite: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._read_tag()


_VERBS = {"VV", "VA", "VM"}


_MODEL = "morphmodel_ger.pgz"


def _store() -> AnalysisStore | None:
    """The on-disk analyses of this HanTa version and model file, or None when the store is turned off."""
    folder = cache_dir()
    if folder is None:
        return None
    model = Path(ht.__file__).with_name(_MODEL)
    key = f"{version('HanTa')}-{sha256(model.read_bytes()).hexdigest()[:16]}"
    return AnalysisStore(folder / f"hanta-{key}.sqlite")


@cache
def _model() -> Any:
    tagger = ht.HanoverTagger(_MODEL)
    tagger.analyze_forward = fast_analyze_forward(tagger)
    tagger.analyze_viterbi = fast_analyze_viterbi(tagger)
    store = _store()
    if store:  # the tag probabilities of a form, and its morphemes for a given tag (lemmas, inflection)
        tagger.analyze_forward = stored(tagger.analyze_forward, store, "forward")
        tagger.analyze_viterbi = stored(tagger.analyze_viterbi, store, "morphemes")
    tagger.analyze_forward = lru_cache(maxsize=200_000)(tagger.analyze_forward)
    return tagger


@cache
def _viterbi() -> SentenceViterbi:
    return SentenceViterbi(_model())


@lru_cache(maxsize=200_000)
def _lemma(word: str, tag_id: int) -> str:
    return _model()._analyze(word, tag_id, taglevel=1)[0]


def finite_verb_lemma(word: str) -> str:
    """The lemma HanTa gives a word read as a finite full verb ("angaben" → "angeben"), for a verb it tagged
    as something else."""
    return _lemma(standard_spelling(word), _model().tag2int["VV(FIN)"])


@lru_cache(maxsize=50_000)
def stem_with_prefix(word: str, prefix: str) -> bool:
    """Whether HanTa reads a verb form as one stem that begins with `prefix` ("herrsch|te", "einig|te") rather
    than a separable particle and a verb ("her|stell|te"): the prefix is no particle to move to the end."""
    _, morphemes, _ = _model().analyze(standard_spelling(word), taglevel=3)
    return bool(morphemes) and morphemes[0][1].startswith("VV") and morphemes[0][0].lower().startswith(prefix) \
        and len(morphemes[0][0]) > len(prefix)


def separable_prefix(word: str) -> str | None:
    """The separable particle HanTa reads at the start of a finite verb form ("da|steh|e", "davon|komm|t"):
    particles that no fixed list holds, as the "da" of "dastehen", which "datieren" lacks."""
    _, morphemes, _ = _model().analyze(standard_spelling(word), taglevel=3)
    return morphemes[0][0].lower() if len(morphemes) > 2 and morphemes[0][1] == "PTKVZ_SEP" \
        and morphemes[1][1] == "VV" else None


@lru_cache(maxsize=50_000)
def inflected_noun(word: str) -> bool:
    """Whether HanTa's analysis of a noun ends in an inflectional suffix ("Kanton|e", "Regierung|en",
    "Länderchef|s"): on a subject, which is nominative, that suffix marks the plural."""
    _, morphemes, _ = _model().analyze(standard_spelling(word), taglevel=3)
    return bool(morphemes) and morphemes[-1][1] == "SUF_NN"


@lru_cache(maxsize=50_000)
def dative_plural(word: str) -> str | None:
    """The nominative plural of a noun whose form can only be a dative plural ("Männern" → "Männer",
    "Tätern" → "Täter"), else None. Only the "-n" after a plural in "-er" is certain, and not for the feminines
    in "-er" ("Schwestern"); "Regeln", "Tagen" or "Frauen" may as well be nominative, which this cannot tell."""
    _, morphemes, _ = _model().analyze(standard_spelling(word), taglevel=3)
    if len(morphemes) < 2 or morphemes[-1][1] != "SUF_NN":
        return None
    suffix, stem = morphemes[-1][0], morphemes[-2][0]
    if suffix == "ern" or (suffix == "n" and stem.endswith("er") and not stem.endswith(FEMININE_ER_NOUNS)):
        return word[:-1]
    return None


def tag(tokens: Sequence[str]) -> list[Tagged]:
    """Tag one sentence of tokens; an empty sentence gives an empty list."""
    return list(_tagged(tuple(tokens))) if tokens else []


@lru_cache(maxsize=1024)
def _tagged(tokens: tuple[str, ...]) -> tuple[Tagged, ...]:
    model = _model()
    forms = tuple(_QUOTE_FORM.get(tok) or _compound_head(tok) or standard_spelling(tok) for tok in tokens)
    tag_ids = _viterbi().tag_ids(forms)
    out = []
    for tok, form, t in zip(tokens, forms, tag_ids):
        tag_name = model.int2tag[t]
        # lemmatising is HanTa's slowest step, and only verbs' lemmas are looked at (verbs of saying, "sein")
        if tag_name[:2] in _VERBS and tok[:1].isdigit():
            tag_name = "NN"  # "1970er-Jahre", "5G-Netze": a word that opens with a digit is no verb
        out.append(Tagged(tok, tag_name, _lemma(form, t) if tag_name[:2] in _VERBS else tok))
    for k in range(len(out) - 1):
        if tokens[k].endswith(".") and (tokens[k].lower(), tokens[k + 1].lower()) in _ADVERB_ABBREVIATIONS:
            out[k], out[k + 1] = Tagged(tokens[k], "ADV", tokens[k]), Tagged(tokens[k + 1], "ADV", tokens[k + 1])
    return tuple(out)


# quotation marks HanTa never saw: it learnt German from text with straight ones, and reads "„" or "»" as an
# unknown word, which makes it guess the word beside it wrong ("schaffen das“" a finite verb and an article)
_QUOTE_FORM = dict.fromkeys("„“”«»‚‘‹›", '"')


def _compound_head(word: str) -> str | None:
    """The last part of a compound of a number, a noun and its head ("1000-Bahnhöfe-Programm" → "Programm"),
    which HanTa, having never seen the whole, would guess from its letters; the head decides the word's class.
    (Not "27-Jährige": an adjective written as a noun, whose case the tagger reads from the whole.)"""
    head = word.rsplit("-", 1)[-1]
    return head if word[:1].isdigit() and word.count("-") >= 2 and head[:1].isupper() and head[1:].islower() \
        else None


# abbreviations of two tokens that HanTa reads word by word ("d." a demonstrative, "h." a finite verb): each is
# an adverb ("das heisst", "zum Beispiel", "unter anderem", "vor allem")
_ADVERB_ABBREVIATIONS = frozenset({("d.", "h."), ("z.", "b."), ("u.", "a."), ("v.", "a."), ("o.", "ä.")})


# HanTa scores a form it learnt above this; a form it only guesses from its letters scores about -28 or less
_KNOWN_FORM = -25.0


@lru_cache(maxsize=200_000)
def standard_spelling(word: str) -> str:
    """The spelling with "ß" of a Swiss form HanTa did not learn ("entliess" → "entließ"), else the word.

    Swiss German writes "ss" for every "ß", and HanTa learnt German German: it knows "hiess" but reads
    "entliess" as an unknown name, which hides the clause's finite verb. The Swiss form stays the text."""
    if "ss" not in word or "ß" in word or _learnt(word):
        return word
    variants = (word[:at] + "ß" + word[at + 2:] for at in range(len(word) - 1) if word.startswith("ss", at))
    return next((variant for variant in variants if _learnt(variant)), word)


@lru_cache(maxsize=50_000)
def adjective_form(word: str) -> bool:
    """Whether HanTa reads the word, in lower case and alone, as an attributive adjective first ("Grüne",
    "Linke", "Liberale"): a capitalised one is an adjective used as a noun, even where the sentence's tags
    call it a name."""
    model = _model()
    return model.int2tag[model.analyze_forward(word.lower())[0][0]] == "ADJ(A)"


def _learnt(form: str) -> bool:
    return max(score for _, score in _model().analyze_forward(form)) > _KNOWN_FORM


_PAST_IRREGULAR = frozenset("war warst waren wart hatte hattest hatten hattet wurde wurdest wurden wurdet".split())
# endings of present forms with a changed stem and no "-t" of their own, which the ablaut test below would
# read as past: modals, "wird", "weiss", and stems in -t ("hält", "erhält", "gilt", "tritt", "rät")
_PRESENT_VARIANTS = tuple("wird wirst kann kannst muss musst muß mußt darf darfst mag magst weiss weiß weisst "
                          "weißt hält hältst gilt giltst tritt trittst rät rätst ficht".split())
_UMLAUTS = frozenset("äöü")


@lru_cache(maxsize=50_000)
def past_tense(form: str, tag_name: str) -> bool:
    """Whether a finite verb form looks past, from HanTa's morphemes: a weak stem with "-te" ("sagte"), or
    a changed (ablaut) stem without the present's "-t" ("kam", "bezogen"; not "gibt", "kann", "gilt").
    Konjunktiv II shares these forms ("käme", "könnte"): `preterite` tells them apart."""
    if form.lower() in _PAST_IRREGULAR:
        return True
    if not tag_name.endswith("(FIN)") or form.lower().endswith(_PRESENT_VARIANTS):
        return False
    _, morphemes, _ = _model().analyze(standard_spelling(form), taglevel=3, pos=tag_name)
    suffix = morphemes[-1][0] if len(morphemes) > 1 and morphemes[-1][1] == "SUF_FIN" else ""
    # (a separable particle comes first in a verb-final form: "auf|kam|en", "ein|traf")
    stem_kind = next((kind for _, kind in morphemes if not kind.startswith("PTKVZ")), "")
    if "te" in suffix:  # -te, -ten, -ete, -eten
        return True
    return stem_kind.endswith("_VAR") and suffix not in {"t", "st"}


def subjunctive_ii(form: str, tag_name: str, lemma: str) -> bool:
    """Konjunktiv II of a past-looking form: an umlaut its infinitive lacks ("käme", "hätte", "würde"), any
    umlaut on a modal, whose Präteritum never has one ("könnte" but "konnte"), or a strong verb's "-e"
    ("liefe"). Weak verbs with an
    umlaut in the infinitive ("führte") stay Präteritum; their Konjunktiv II cannot be told apart."""
    if not past_tense(form, tag_name):
        return False
    if not _UMLAUTS & set(form.lower()):
        # a strong verb's Präteritum with an "-e" no indicative singular has ("liefe", "ginge", "bliebe"; not
        # "sagte", "wurde", "kannte", whose "-te"/"-de" is the Präteritum's own)
        lower = form.lower()
        return tag_name.startswith("VV") and lower.endswith("e") and not lower.endswith(("te", "de")) \
            and past_tense(form[:-1], tag_name)
    return tag_name.startswith("VM") or not _UMLAUTS & set(lemma.lower())


def preterite(form: str, tag_name: str, lemma: str) -> bool:
    """A finite verb in Präteritum (or Konjunktiv II of a weak verb, which is the same form)."""
    return past_tense(form, tag_name) and not subjunctive_ii(form, tag_name, lemma)
