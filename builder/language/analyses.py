"""A persistent store of HanTa's analyses of word forms, shared by the workers of a run and by later runs.

HanTa analyses a word form it has not seen in training morphologically (a Viterbi search over its
segmentations), which took a fifth of the splitter's time; news repeat most forms across articles and
runs. The analysis is a pure function of the form and the tagger's model, so it is stored on disk in an
SQLite database whose name holds HanTa's version and the sha256 of its model file: another tagger never
reads these analyses. Values are JSON, whose floats read back bit for bit, so a stored analysis gives the
same tags as a computed one.

Writers are the processes of one or more runs at once: SQLite serialises their transactions (each batch
of new analyses is one `INSERT OR IGNORE` transaction, so a reader sees a batch whole or not at all, and
two processes storing the same form store the same value). New analyses are written in batches, at the
latest when the process exits. The store is an optimisation only: when its folder cannot be created or
the database cannot be used, analyses are computed as before.

Location: `$BUILDER_CACHE_DIR` (`off` turns the store off), else `$XDG_CACHE_HOME/claims-ch`, else
`~/.cache/claims-ch`. Deleting the folder is always safe.
"""

from __future__ import annotations

import atexit
import json
import os
import sqlite3
import time
from collections.abc import Callable
from multiprocessing.util import Finalize
from pathlib import Path
from typing import Any

# HanTa's analyses are lists of pairs of numbers: (tag, log probability) for a form's tags, (tag, end) for
# its morphemes; JSON gives them back as lists of tuples with the same numbers, of the same type
Analysis = list[tuple[int, float]]

_BATCH = 500  # new analyses per write transaction
_BATCH_SECONDS = 5.0  # ... or after this long, so that a worker killed at the end of a run loses little


def cache_dir() -> Path | None:
    """The store's folder, or None when `BUILDER_CACHE_DIR=off`."""
    configured = os.environ.get("BUILDER_CACHE_DIR")
    if configured:
        return None if configured == "off" else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claims-ch"


class AnalysisStore:
    """Analyses in `path` by key (the analysis and its arguments), looked up one at a time, added in batches.

    Each process opens its own connection (an SQLite connection must not cross a fork: the pool's workers
    are forked from a parent that has loaded the tagger) and writes what it queued when it exits, also as a
    worker of a process pool, whose exit skips `atexit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._pending: dict[str, str] = {}
        self._last_write = time.monotonic()

    def _connection(self) -> sqlite3.Connection | None:
        if self._pid != os.getpid():
            self._pid, self._db, self._pending = os.getpid(), None, {}
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, analysis TEXT NOT NULL)")
            except (OSError, sqlite3.Error):
                return None
            self._db = db
            atexit.register(self.flush)
            Finalize(self, self.flush, exitpriority=10)
        return self._db

    def get(self, key: str) -> Analysis | None:
        """The stored analysis under `key`, or None."""
        db = self._connection()
        if db is None:
            return None
        try:
            row = db.execute("SELECT analysis FROM analyses WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            self._db = None
            return None
        return None if row is None else [(tag, lp) for tag, lp in json.loads(row[0])]  # int stays int: HanTa's 0

    def add(self, key: str, analysis: Analysis) -> None:
        """Queue a new analysis; written with the batch it completes, or after `_BATCH_SECONDS`."""
        if self._connection() is None:
            return
        self._pending[key] = json.dumps(analysis)
        if len(self._pending) >= _BATCH or time.monotonic() - self._last_write > _BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the queued analyses of this process in one transaction."""
        self._last_write = time.monotonic()
        if self._db is None or not self._pending or self._pid != os.getpid():
            return
        rows, self._pending = list(self._pending.items()), {}
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR IGNORE INTO analyses (key, analysis) VALUES (?, ?)", rows)
        except sqlite3.Error:
            self._db = None


def stored(analyze: Callable[..., Any], store: AnalysisStore, kind: str) -> Callable[..., Any]:
    """`analyze` (one of HanTa's analyses: a function of its arguments and the model alone) looking in
    `store` first and adding what it computes; `kind` names the function in the key."""

    def lookup(*args: Any) -> Any:
        key = "\t".join([kind, *map(str, args)])
        found = store.get(key)
        if found is not None:
            return found
        result = analyze(*args)
        store.add(key, result)
        return result

    return lookup
