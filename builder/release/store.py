"""The records of one release, spilled to a temporary on-disk SQLite database while they are read.

A release orders its rows (articles by id, claims by article, sentence and offset) and looks claims up by
id (duplicates, verified → claim). Held in lists and dictionaries this costs memory in proportion to the
claims; here each record is pickled into a table with its sort columns, SQLite sorts out of core, and
only its page cache stays in memory. The database has no name, so SQLite deletes it when it is closed.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterator
from typing import Any

TABLES = {
    "articles": "id TEXT PRIMARY KEY, number INTEGER, record BLOB",
    "claims": "claim_id TEXT PRIMARY KEY, number INTEGER, article_id TEXT, sentence_index INTEGER, start INTEGER, "
              "record BLOB",
    "verified": "claim_id TEXT PRIMARY KEY, number INTEGER, article_id TEXT, sentence_index INTEGER, "
                "start INTEGER, judged INTEGER, verdict TEXT, record BLOB",
}
CLAIM_ORDER = "article_id, sentence_index, start, claim_id"  # the row order of the claim configs
BATCH = 2000


class RecordStore:
    def __init__(self) -> None:
        self.db = sqlite3.connect("")
        self.db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16000;"
                              + "".join(f"CREATE TABLE {name} ({columns});" for name, columns in TABLES.items()))
        self._pending: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}

    def add(self, table: str, key: str, number: int, record: dict[str, Any]) -> tuple[int, int, str] | None:
        """Queue `record` (record `number` of its file); (number of a record whose key came before, number of
        that earlier record, the key) when there is one (checked per batch: call `flush` at the end of a file)."""
        row: tuple[Any, ...] = (key, number)
        if table != "articles":
            claim = record if table == "claims" else record["claim"]
            row += (claim["article_id"], claim["sentence_index"], claim["spans"][0]["start"])
        if table == "verified":
            row += (int(record["annotation_count"] > 0), record["verdict"])
        self._pending[table].append(row + (pickle.dumps(record, protocol=5),))
        return self.flush(table) if len(self._pending[table]) >= BATCH else None

    def flush(self, table: str) -> tuple[int, int, str] | None:
        """Store the queued records; (record number, number of its first occurrence, key) of a duplicate."""
        rows, self._pending[table] = self._pending[table], []
        marks = ", ".join("?" * len(rows[0])) if rows else ""
        for row in rows:
            try:
                self.db.execute(f"INSERT INTO {table} VALUES ({marks})", row)
            except sqlite3.IntegrityError:
                key = "id" if table == "articles" else "claim_id"
                first = self.db.execute(f"SELECT number FROM {table} WHERE {key} = ?", (row[0],)).fetchone()[0]
                return row[1], first, row[0]
        return None

    def has(self, table: str, key: str) -> bool:
        column = "id" if table == "articles" else "claim_id"
        return self.db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (key,)).fetchone() is not None

    def _records(self, query: str) -> Iterator[dict[str, Any]]:
        cursor = self.db.execute(query)
        while rows := cursor.fetchmany(BATCH):
            for (blob,) in rows:
                yield pickle.loads(blob)

    def articles(self) -> Iterator[dict[str, Any]]:
        """Articles by id."""
        return self._records("SELECT record FROM articles ORDER BY id")

    def claims(self) -> Iterator[dict[str, Any]]:
        """Candidate claims in row order."""
        return self._records(f"SELECT record FROM claims ORDER BY {CLAIM_ORDER}")

    def verified(self, judged_only: bool = False) -> Iterator[dict[str, Any]]:
        """Verified records in the row order of their claims (only those with an annotation if asked)."""
        return self._records(f"SELECT record FROM verified {'WHERE judged = 1' if judged_only else ''} "
                             f"ORDER BY {CLAIM_ORDER}")

    def verdicts(self) -> Iterator[tuple[str, str | None, int]]:
        """(article id, verdict of its judged claims or None for unjudged ones, claims) per article and verdict;
        a judged claim without a verdict has the verdict ''."""
        return self.db.execute(
            "SELECT c.article_id, CASE WHEN v.judged = 1 THEN COALESCE(v.verdict, '') END AS verdict, COUNT(*) "
            "FROM claims c LEFT JOIN verified v ON v.claim_id = c.claim_id GROUP BY c.article_id, verdict "
            "ORDER BY c.article_id, verdict")

    def close(self) -> None:
        self.db.close()
