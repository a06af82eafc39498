"""Stories: groups of articles that must land in the same split, or a model meets its test set in training.

Two articles belong to one story when they are near-duplicates (an agency copy syndicated across titles),
report the same event (published within a few days of each other and naming the same people, places
and organisations), or share a claim with the same text. Stories are the connected components of these
links; a story is named after its smallest article id, so the names do not depend on input order.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from itertools import groupby, islice, takewhile
from typing import Any

from builder.release.neardup import NearDuplicates

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
    # an entity named by more articles than this within the window ("Schweiz" on any day) links nothing:
    # it says little about the event, and its pairs grow with the square of the articles
    event_entity_max_articles: int = 50

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
    year_text, month_text, day_text = match.groups()
    year = int(year_text)  # the pattern requires the year
    month, day = (int(month_text) if month_text else None), (int(day_text) if day_text else None)
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


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of `size` items (the last one shorter); itertools.batched needs Python 3.12."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Links:
    """Claim texts and named entities per article in a temporary on-disk SQLite database, so that the links
    they make (same claim, same event) are found by sorted scans instead of dictionaries over all claims."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")  # "": a private temporary database on disk, gone when closed
        self.db.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8000;
            CREATE TABLE texts (digest BLOB, article TEXT, UNIQUE (digest, article));
            CREATE TABLE entities (entity TEXT, article TEXT, UNIQUE (entity, article));
            CREATE TABLE shared (a TEXT, b TEXT);""")

    def add(self, claims: Iterable[dict[str, Any]]) -> None:
        for batch in batched(claims, 5000):
            self.db.executemany("INSERT OR IGNORE INTO texts VALUES (?, ?)", (
                (hashlib.blake2b(normalise_claim(c["text"]).encode(), digest_size=16).digest(), c["article_id"])
                for c in batch))
            self.db.executemany("INSERT OR IGNORE INTO entities VALUES (?, ?)", (
                (" ".join(e["text"].casefold().split()), c["article_id"]) for c in batch for e in c["entities"]
                if e["label"] in _EVENT_LABELS))

    def _groups(self, query: str) -> Iterator[list[str]]:
        """Articles grouped by the first column of `query` (rows ordered by it), each group in row order."""
        for _, rows in groupby(self.db.execute(query), key=lambda row: row[0]):
            yield [article for _, article in rows]

    def same_claim(self) -> Iterator[tuple[str, str]]:
        """(smallest article with a claim text, each other article with it), streamed."""
        for group in self._groups("SELECT digest, article FROM texts ORDER BY digest, article"):
            for other in group[1:]:
                yield group[0], other

    def same_event(self, days: dict[str, tuple[date, date] | None], rules: StoryRules) -> Iterator[tuple[str, str]]:
        """Pairs published within the window that share enough entities, streamed. The pairs sharing an
        entity can be many more than the articles, so they are counted in SQLite, not in a Counter."""
        sizes = dict(self.db.execute("SELECT article, COUNT(*) FROM entities GROUP BY article"))
        window = timedelta(days=rules.event_days)
        dated = {article: span for article, span in days.items() if span is not None}

        def close_pairs() -> Iterator[tuple[str, str]]:
            for group in self._groups("SELECT entity, article FROM entities ORDER BY entity, article"):
                ids = sorted((a for a in group if a in dated), key=lambda k: dated[k][0])
                most = rules.event_entity_max_articles
                for i, a in enumerate(ids):  # sorted by first day: past the first one too late, all are
                    later = list(takewhile(lambda b: dated[b][0] - dated[a][1] <= window,  # noqa: B023
                                           islice(ids, i + 1, i + 2 + most)))
                    earlier = [b for b in ids[max(0, i - most - 1):i] if dated[a][0] - dated[b][1] <= window]
                    if len(later) + len(earlier) <= most:
                        yield from ((min(a, b), max(a, b)) for b in later)

        for batch in batched(close_pairs(), 20000):
            self.db.executemany("INSERT INTO shared VALUES (?, ?)", batch)
        for a, b, n in self.db.execute("SELECT a, b, COUNT(*) FROM shared GROUP BY a, b HAVING COUNT(*) >= ? "
                                       "ORDER BY a, b", (rules.event_min_shared_entities,)):
            if n / (sizes[a] + sizes[b] - n) >= rules.event_entity_jaccard:
                yield a, b

    def close(self) -> None:
        self.db.close()


def group_stories(articles: Iterable[dict[str, Any]], claims: Iterable[dict[str, Any]],
                  rules: StoryRules = StoryRules(), seed: int = 0) -> Stories:
    """Assign every article a story id (the smallest article id of its connected component).

    Both inputs are read once, as streams: in memory stay a few values per article (its story and dates),
    never the texts, signatures or claims.
    """
    finder = NearDuplicates(jaccard=rules.near_duplicate_jaccard, containment=rules.near_duplicate_containment,
                            seed=seed)
    days: dict[str, tuple[date, date] | None] = {}
    try:
        for article in articles:
            days[article["id"]] = published_days(article["published"])
            finder.add(article["id"], article["text"])
    finally:
        finder.close()
    components = _Components(sorted(days))
    links = _Links()
    try:
        links.add(claims)
        found: dict[str, Iterable[tuple[str, str]]] = {
            "near_duplicate": sorted(finder.pairs), "same_event": links.same_event(days, rules),
            "same_claim": links.same_claim()}
        counts = {}
        for rule, pairs in found.items():
            counts[rule] = 0
            for a, b in pairs:
                components.union(a, b)
                counts[rule] += 1
    finally:
        links.close()
    return Stories({k: components.find(k) for k in components.parent}, counts)
