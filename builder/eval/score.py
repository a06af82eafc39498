"""Scores of a `builder split` output folder against gold claims (../shared/gold/GUIDELINES.md).

The definitions, and the rounding, are those of ../shared/eval/score_claims.py, so that both report the
same figures to the last digit: the project owns this implementation (it reads JSONL or Parquet through
`builder.records.files`, streams the claims, and reports a bad gold file as one line with file:line), but
the shared scorer is the yardstick the issue is judged by.

In short: each produced claim is placed in the gold sentence that contains the lowest start of its
spans; a produced claim *meets* a gold claim when every key slot has an alternative that occurs in the
claim's text or speaker. Strict figures count a produced claim only when it meets exactly one gold claim
of its sentence, which is what makes an unsplit sentence score low.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from builder.errors import BuilderError
from builder.records.files import find_records_file, read_records

# quotation marks of every style count as the same character when sentences are located
_QUOTES = str.maketrans(dict.fromkeys("„“”«»‹›‚‘’`´\"", "'"))
_GOLD_FIX = "see the gold format in ../shared/gold/GUIDELINES.md"


@dataclass(frozen=True, slots=True)
class GoldClaim:
    keys: tuple[tuple[str, ...], ...]  # slots of lower-cased alternatives
    speakers: tuple[str, ...]  # lower-cased alternatives; empty when the claim is not reported speech


@dataclass(frozen=True, slots=True)
class GoldSentence:
    article_id: str
    sentence: str
    furniture: bool
    claims: tuple[GoldClaim, ...]


@dataclass(frozen=True, slots=True)
class Produced:
    """A produced claim, reduced to what the scores look at."""

    haystack: str  # lower-cased "text ‖ speaker": where key alternatives are looked for
    speaker: str  # lower-cased, "" without attribution


@dataclass(frozen=True, slots=True)
class Located:
    gold: GoldSentence
    start: int  # offsets of the gold sentence in its article's text
    end: int


@dataclass(frozen=True)
class Scores:
    """The figures, in the order and with the names score_claims.py prints them."""

    strict_precision: float
    strict_recall: float
    strict_f1: float
    gold_sentences: int
    unlocated_sentences: int
    gold_claims: int
    produced_claims_in_scope: int
    precision: float
    recall: float
    f1: float
    atomicity: float
    speaker_accuracy: float
    furniture_claims: int
    provenance: float
    claims_total: int

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


# ----------------------------------------------------------------------------------------------- gold

def _strings(value: Any, what: str, path: Path, line: int) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise BuilderError(f"{what} must be a list of non-empty strings", file=str(path), record=line,
                           fix=_GOLD_FIX)
    return tuple(v.lower() for v in value)


def _gold_claim(raw: Any, path: Path, line: int, number: int) -> GoldClaim:
    where = f"claims[{number}]"
    if not isinstance(raw, dict):
        raise BuilderError(f"{where} must be an object", file=str(path), record=line, fix=_GOLD_FIX)
    keys = raw.get("keys")
    if not isinstance(keys, list) or not keys:
        raise BuilderError(f"{where}.keys must be a non-empty list of slots", file=str(path), record=line,
                           fix=_GOLD_FIX)
    slots = tuple(_strings(slot, f"{where}.keys[{i}]", path, line) for i, slot in enumerate(keys))
    if any(not slot for slot in slots):
        raise BuilderError(f"{where}.keys has an empty slot, which no claim can meet", file=str(path),
                           record=line, fix=_GOLD_FIX)
    speaker = raw.get("speaker")
    speakers = () if speaker is None else _strings(speaker, f"{where}.speaker", path, line)
    return GoldClaim(slots, speakers)


def _gold_sentence(raw: Any, path: Path, line: int) -> GoldSentence:
    def bad(message: str) -> BuilderError:
        return BuilderError(message, file=str(path), record=line, fix=_GOLD_FIX)

    if not isinstance(raw, dict):
        raise bad("expected a JSON object")
    article_id, sentence = raw.get("article_id"), raw.get("sentence")
    if not isinstance(article_id, str) or not article_id:
        raise bad("article_id must be a non-empty string")
    if not isinstance(sentence, str) or not sentence.strip():
        raise bad("sentence must be a non-empty string")
    furniture, claims = raw.get("furniture", False), raw.get("claims", [])
    if not isinstance(furniture, bool):
        raise bad("furniture must be true or false")
    if not isinstance(claims, list):
        raise bad("claims must be a list")
    if furniture and claims:
        raise bad("a furniture sentence has no claims")
    return GoldSentence(article_id, sentence, furniture,
                        tuple(_gold_claim(c, path, line, i) for i, c in enumerate(claims)))


def read_gold(path: Path) -> list[GoldSentence]:
    """The gold sentences of a gold JSONL file, in file order; a malformed line is a BuilderError."""
    gold = [_gold_sentence(raw, Path(path), line) for line, raw in read_records(Path(path))]
    if not gold:
        raise BuilderError("no gold sentences", file=str(path), fix=_GOLD_FIX)
    return gold


# -------------------------------------------------------------------------------------------- outputs

def read_articles(out_dir: Path) -> dict[str, str]:
    """Article id → text, from OUT_DIR/articles.jsonl|parquet."""
    path = find_records_file(out_dir, "articles")
    texts: dict[str, str] = {}
    for number, record in read_records(path):
        article_id, text = record.get("id"), record.get("text")
        if not isinstance(article_id, str) or not isinstance(text, str):
            raise BuilderError("an article record needs a string id and text", file=str(path), record=number,
                               fix="score the output folder of `builder split`")
        texts[article_id] = text
    return texts


def _spans(claim: dict[str, Any]) -> list[tuple[Any, Any]]:
    """(start, end) pairs of a claim's spans, written as objects or as two-item lists."""
    pairs = []
    for span in claim.get("spans") or []:
        if isinstance(span, dict):
            pairs.append((span.get("start"), span.get("end")))
        elif isinstance(span, (list, tuple)) and len(span) == 2:
            pairs.append((span[0], span[1]))
    return pairs


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _speaker(claim: dict[str, Any]) -> str:
    attribution = claim.get("attribution")
    speaker = attribution.get("speaker") if isinstance(attribution, dict) else None
    return speaker or claim.get("speaker") or ""


def _produced(claim: dict[str, Any]) -> Produced:
    speaker = _speaker(claim)
    return Produced(haystack=f"{claim.get('text') or ''} \u2016 {speaker}".lower(), speaker=speaker.lower())


def has_provenance(claim: dict[str, Any], articles: dict[str, str]) -> bool:
    """True when the claim has spans and each is a valid, non-empty offset range into its article's text."""
    pairs, text = _spans(claim), articles.get(claim.get("article_id"))  # type: ignore[arg-type]
    return bool(pairs) and text is not None and all(
        _is_int(s) and _is_int(e) and 0 <= s < e <= len(text) for s, e in pairs)


def placement(claim: dict[str, Any]) -> int | None:
    """Where a claim is placed: the lowest start of its spans (None when a start is not an integer)."""
    starts = [s for s, _ in _spans(claim)]
    return min(starts) if starts and all(_is_int(s) for s in starts) else None


# ------------------------------------------------------------------------------------------ locating

def squeeze(text: str) -> tuple[str, list[int]]:
    """The text without white space, quotes unified, lower-cased; and each kept character's offset."""
    chars, offsets = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch.translate(_QUOTES).lower())
            offsets.append(i)
    return "".join(chars), offsets


def locate(gold: Iterable[GoldSentence], articles: dict[str, str]) -> tuple[list[Located], list[GoldSentence]]:
    """Find each gold sentence in its article's text, searching on from the previous one of that article.

    Returns the located sentences (in gold order) and those that could not be found.
    """
    squeezed: dict[str, tuple[str, list[int]]] = {}
    cursor: dict[str, int] = {}
    located, missing = [], []
    for g in gold:
        if g.article_id not in articles:
            missing.append(g)
            continue
        if g.article_id not in squeezed:
            squeezed[g.article_id] = squeeze(articles[g.article_id])
        hay, offsets = squeezed[g.article_id]
        needle = squeeze(g.sentence)[0]
        pos = hay.find(needle, cursor.get(g.article_id, 0))
        if pos < 0:
            pos = hay.find(needle)  # gold out of article order: search from the top
        if pos < 0 or not needle:
            missing.append(g)
            continue
        cursor[g.article_id] = pos + len(needle)
        located.append(Located(g, offsets[pos], offsets[pos + len(needle) - 1] + 1))
    return located, missing


def _sentence_of(article_id: Any, start: int, located: dict[str, list[tuple[int, Located]]]) -> int | None:
    """Index of the first located gold sentence (in gold order) of the article that contains `start`."""
    return next((i for i, loc in located.get(article_id, []) if loc.start <= start < loc.end), None)


# ------------------------------------------------------------------------------------------- counting

def meets(claim: Produced, gold: GoldClaim) -> bool:
    return all(any(alt in claim.haystack for alt in slot) for slot in gold.keys)


@dataclass
class _Tally:
    gold_claims: int = 0
    gold_met: int = 0
    strict_met: int = 0  # gold claims met by a produced claim that meets no other gold claim there
    produced: int = 0
    matched: int = 0  # produced claims that meet at least one gold claim
    atomic: int = 0  # produced claims that meet exactly one
    speaker_total: int = 0
    speaker_ok: int = 0
    furniture_claims: int = 0

    def add_sentence(self, gold: GoldSentence, produced: list[Produced]) -> None:
        self.produced += len(produced)
        if gold.furniture:
            self.furniture_claims += len(produced)
            return
        self.gold_claims += len(gold.claims)
        met = [[meets(c, gc) for gc in gold.claims] for c in produced]
        for j, gc in enumerate(gold.claims):
            hits = [k for k, row in enumerate(met) if row[j]]
            if not hits:
                continue
            self.gold_met += 1
            self.strict_met += any(sum(met[k]) == 1 for k in hits)
            if gc.speakers:
                self.speaker_total += 1
                self.speaker_ok += any(alt in produced[k].speaker for k in hits for alt in gc.speakers)
        for row in met:
            self.matched += any(row)
            self.atomic += sum(row) == 1


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _f1(p: float, r: float) -> float:
    # from the rounded precision and recall, as score_claims.py does, so the figures agree exactly
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def score_claims(gold: list[GoldSentence], articles: dict[str, str],
                 claims: Iterable[dict[str, Any]]) -> Scores:
    """The scores of produced claim records against gold sentences, given the articles' texts."""
    located, missing = locate(gold, articles)
    by_article: dict[str, list[tuple[int, Located]]] = {}
    for i, loc in enumerate(located):
        by_article.setdefault(loc.gold.article_id, []).append((i, loc))
    placed: dict[int, list[Produced]] = {i: [] for i in range(len(located))}
    total = with_provenance = 0
    for claim in claims:
        total += 1
        with_provenance += has_provenance(claim, articles)
        start = placement(claim)
        index = None if start is None else _sentence_of(claim.get("article_id"), start, by_article)
        if index is not None:
            placed[index].append(_produced(claim))
    tally = _Tally()
    for i, loc in enumerate(located):
        tally.add_sentence(loc.gold, placed[i])
    gold_claims = tally.gold_claims + sum(len(g.claims) for g in missing)  # unlocated: all missed
    p, r = _ratio(tally.matched, tally.produced), _ratio(tally.gold_met, gold_claims)
    sp, sr = _ratio(tally.atomic, tally.produced), _ratio(tally.strict_met, gold_claims)
    return Scores(
        strict_precision=sp, strict_recall=sr, strict_f1=_f1(sp, sr),
        gold_sentences=len(gold), unlocated_sentences=len(missing), gold_claims=gold_claims,
        produced_claims_in_scope=tally.produced, precision=p, recall=r, f1=_f1(p, r),
        atomicity=_ratio(tally.atomic, tally.matched),
        speaker_accuracy=_ratio(tally.speaker_ok, tally.speaker_total),
        furniture_claims=tally.furniture_claims, provenance=_ratio(with_provenance, total), claims_total=total)


def _claims(out_dir: Path) -> Iterator[dict[str, Any]]:
    for _, record in read_records(find_records_file(out_dir, "claims")):
        yield record


def score(out_dir: Path, gold_path: Path) -> Scores:
    """Score OUT_DIR (articles.* and claims.*, JSONL or Parquet) against a gold JSONL file."""
    gold = read_gold(gold_path)
    articles = read_articles(out_dir)
    return score_claims(gold, articles, _claims(out_dir))


def format_scores(scores: Scores) -> str:
    """One `name value` line per figure, as score_claims.py prints them."""
    return "\n".join(f"{name:28} {value}" for name, value in scores.as_dict().items())
