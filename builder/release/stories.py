"""Stories: groups of articles that must land in the same split, or a model meets its test set in training.

Two articles belong to one story when they are near-duplicates (an agency copy syndicated across titles),
report the same event (published within a few days of each other and naming the same people, places
and organisations), or share a claim with the same text. Stories are the connected components of these
links; a story is named after its smallest article id, so the names do not depend on input order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from builder.release.minhash import near_duplicates

_EVENT_LABELS = {"PER", "ORG", "LOC", "MISC"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class StoryRules:
    """The thresholds that link articles; recorded in the manifest so a release can be re-made."""

    near_duplicate_jaccard: float = 0.5
    near_duplicate_containment: float = 0.8
    event_days: int = 2
    event_min_shared_entities: int = 3
    event_entity_jaccard: float = 0.2

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Stories:
    story_of: dict[str, str]
    links: dict[str, int]  # how many article pairs each rule linked (near_duplicate, same_event, same_claim)

    @property
    def count(self) -> int:
        return len(set(self.story_of.values()))

    @property
    def largest(self) -> int:
        """Articles in the largest story: one that swallows much of the corpus unbalances the splits."""
        return max(Counter(self.story_of.values()).values(), default=0)


def normalise_claim(text: str) -> str:
    """Claim text as compared for leakage: case and white space do not make two claims different."""
    return " ".join(text.casefold().split())


def published_days(published: dict[str, Any]) -> tuple[date, date] | None:
    """First and last day an article may have been published on, from its date and its precision."""
    match = _DATE.match(published.get("value") or "")
    if not match:
        return None
    year = int(match[1])  # the pattern requires the year; month and day may be missing
    month, day = (int(g) if g else None for g in match.groups()[1:])
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            first = date(year, month, 1)
            return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


class _Components:
    def __init__(self, keys: list[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _same_event_pairs(articles: list[dict[str, Any]], claims: list[dict[str, Any]],
                      rules: StoryRules) -> list[tuple[str, str]]:
    entities: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        entities[claim["article_id"]].update(" ".join(e["text"].casefold().split()) for e in claim["entities"]
                                             if e["label"] in _EVENT_LABELS)
    days = {a["id"]: published_days(a["published"]) for a in articles}
    postings: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(entities, key=lambda k: (days.get(k) or (date.max,))[0]):
        if days.get(article_id):
            for entity in entities[article_id]:
                postings[entity].append(article_id)
    dated = {article_id: span for article_id, span in days.items() if span}  # every article of `postings`
    window = timedelta(days=rules.event_days)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in postings.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if dated[b][0] - dated[a][1] > window:
                    break  # sorted by first day: every later article is further away
                shared[(min(a, b), max(a, b))] += 1
    return sorted(pair for pair, n in shared.items()
                  if n >= rules.event_min_shared_entities
                  and n / len(entities[pair[0]] | entities[pair[1]]) >= rules.event_entity_jaccard)


def group_stories(articles: list[dict[str, Any]], claims: list[dict[str, Any]],
                  rules: StoryRules = StoryRules(), seed: int = 0) -> Stories:
    """Assign every article a story id (the smallest article id of its connected component)."""
    components = _Components(sorted(a["id"] for a in articles))
    links = {"near_duplicate": near_duplicates(((a["id"], a["text"]) for a in articles),
                                               jaccard=rules.near_duplicate_jaccard,
                                               containment=rules.near_duplicate_containment, seed=seed),
             "same_event": _same_event_pairs(articles, claims, rules)}
    first_with_text: dict[str, str] = {}
    same_claim: set[tuple[str, str]] = set()
    for claim in sorted(claims, key=lambda c: (c["article_id"], c["claim_id"])):
        other = first_with_text.setdefault(normalise_claim(claim["text"]), claim["article_id"])
        if other != claim["article_id"]:
            same_claim.add((other, claim["article_id"]))
    links["same_claim"] = sorted(same_claim)
    for pairs in links.values():
        for a, b in pairs:
            components.union(a, b)
    return Stories({k: components.find(k) for k in components.parent}, {k: len(v) for k, v in links.items()})
