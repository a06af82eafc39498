"""Story grouping (near-duplicates, same event, shared claims) and the story-level stratified split."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from builder.release.neardup import near_duplicates, shingles, signature
from builder.release.splits import RATIOS, SPLITS, assign_splits
from builder.release.stories import group_stories, published_days
from fixtures.release import SAMPLE

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
WORDS = sorted(set(re.findall(r"\w+", SAMPLE_TEXT)))


def babble(seed: int, n: int = 300) -> str:
    """A text in the sample's vocabulary that shares no passage with it (nor with other seeds)."""
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n))


def article(ident: str, text: str, day: str | None = "2024-08-28") -> dict:
    precision = None if day is None else "day"
    return {"id": ident, "text": text, "published": {"value": day, "precision": precision}}


def claim(article_id: str, n: int, text: str, *entities: str) -> dict:
    return {"article_id": article_id, "claim_id": f"{article_id}-{n}", "text": text,
            "entities": [{"text": e, "start": 0, "end": len(e), "label": "PER"} for e in entities]}


def test_minhash_estimate_is_close_to_the_true_jaccard() -> None:
    shortened = "\n\n".join(SAMPLE_TEXT.split("\n\n")[:3])
    a, b = shingles(SAMPLE_TEXT), shingles(shortened)
    true = len(a & b) / len(a | b)
    estimate = signature(a).jaccard(signature(b))
    assert 0.3 < true < 0.6
    assert abs(estimate - true) < 0.12


def test_syndicated_copies_are_near_duplicates_and_unrelated_texts_are_not() -> None:
    paragraphs = SAMPLE_TEXT.split("\n\n")
    retitled = "Blinken und Lawrow treffen sich in Genf\n\n" + "\n\n".join(paragraphs[1:])
    shortened = "\n\n".join(paragraphs[:-3])  # the agency copy with its last paragraphs cut
    texts = [("a-original", SAMPLE_TEXT), ("b-retitled", retitled), ("c-shortened", shortened),
             ("d-other", babble(1)), ("e-other", babble(2))]
    pairs = near_duplicates(texts)
    assert pairs == [("a-original", "b-retitled"), ("a-original", "c-shortened"), ("b-retitled", "c-shortened")]


def test_same_event_needs_close_dates_and_shared_entities() -> None:
    people = ("Antony Blinken", "Sergej Lawrow", "Genf", "Kiew")
    articles = [article("a", babble(1), "2022-01-18"), article("b", babble(2), "2022-01-19"),
                article("c", babble(3), "2022-01-30"), article("d", babble(4), "2022-01-18"),
                article("e", babble(5), None)]
    claims = [claim("a", 0, "x1", *people), claim("b", 0, "x2", *people[:3]),  # 3 shared, 1 day apart
              claim("c", 0, "x3", *people),  # the same people, 12 days later
              claim("d", 0, "x4", "Antony Blinken", "Olaf Scholz", "Berlin", "Paris"),  # 1 shared
              claim("e", 0, "x5", *people)]  # undated
    stories = group_stories(articles, claims)
    assert stories.story_of == {"a": "a", "b": "a", "c": "c", "d": "d", "e": "e"}
    assert stories.links == {"near_duplicate": 0, "same_event": 1, "same_claim": 0}


def test_a_claim_text_shared_by_two_articles_joins_their_stories() -> None:
    articles = [article(k, babble(i), None) for i, k in enumerate("xyz")]
    claims = [claim("x", 0, "Der Bundesrat erhöht die AHV-Renten."), claim("y", 0, "Ein anderer Satz."),
              claim("z", 0, "der  Bundesrat erhöht die AHV-renten.")]  # case and spacing do not count
    assert group_stories(articles, claims).story_of == {"x": "x", "y": "y", "z": "x"}


def test_story_ids_do_not_depend_on_input_order() -> None:
    paragraphs = SAMPLE_TEXT.split("\n\n")
    articles = [article("m", SAMPLE_TEXT), article("k", "\n\n".join(paragraphs[:-3])), article("z", babble(9))]
    forward = group_stories(articles, []).story_of
    assert forward == group_stories(list(reversed(articles)), []).story_of == {"m": "k", "k": "k", "z": "z"}


@pytest.mark.parametrize("value,first,last", [("2022-01", "2022-01-01", "2022-01-31"),
                                               ("2024-02", "2024-02-01", "2024-02-29"),
                                               ("2024", "2024-01-01", "2024-12-31"),
                                               ("2024-08-28T07:35:03+02:00", "2024-08-28", "2024-08-28")])
def test_published_days_follow_the_date_precision(value: str, first: str, last: str) -> None:
    days = published_days({"value": value, "precision": None})
    assert days is not None and (days[0].isoformat(), days[1].isoformat()) == (first, last)


def _strata(n: int = 240) -> dict[str, Counter[str]]:
    rng = random.Random(7)
    labels = ("supported", "refuted", "not_enough_evidence", "unlabelled")
    return {f"story-{i:03d}": Counter({rng.choice(labels): rng.randint(1, 6) for _ in range(rng.randint(1, 2))})
            for i in range(n)}


def test_split_is_stratified_by_label_and_close_to_the_ratios() -> None:
    strata = _strata()
    assigned = assign_splits(strata, seed=0)
    assert set(assigned) == set(strata) and set(assigned.values()) == set(SPLITS)
    totals: Counter[str] = Counter()
    per_split: dict[str, Counter[str]] = {s: Counter() for s in SPLITS}
    for story, counts in strata.items():
        totals.update(counts)
        per_split[assigned[story]].update(counts)
    for label, total in totals.items():
        for split, ratio in zip(SPLITS, RATIOS):
            assert abs(per_split[split][label] - ratio * total) <= max(3, 0.03 * total), (label, split)


def test_split_is_deterministic_for_a_seed_and_varies_with_it() -> None:
    strata = _strata()
    assert assign_splits(strata, seed=3) == assign_splits(dict(reversed(list(strata.items()))), seed=3)
    assert assign_splits(strata, seed=3) != assign_splits(strata, seed=4)

