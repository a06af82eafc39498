"""Per-task output shards of an engine run, and their merge into the normal output of `builder split`.

Each task writes the records of the articles it split to its own shard files, every record tagged with the
input position (`_item`) of the article it came from. A shard file is written to a hidden temporary and
renamed into place when its task ends, so a task killed halfway leaves no shard that looks complete. The
merge reads the shards of all tasks in `_item` order (each is already sorted) and streams the records into
a `RunOutput`, so the final folder holds the records of a process-pool run, in the same order and written
the same way (atomically, with the run manifest), in bounded memory.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from builder.records.files import SUFFIX, Format, RecordWriter

ITEM = "_item"  # input position of the article a shard record comes from
KINDS = {"articles": "article", "claims": "claim", "rejected": "rejected"}  # stem → record schema
BATCH_ROWS = 2000


def shard_format(stem: str, fmt: Format) -> Format:
    """Rejects are always JSON lines (as in `rejected.jsonl`); articles and claims in the run's format."""
    return "jsonl" if stem == "rejected" else fmt


def shard_path(folder: Path, rank: int, stem: str, fmt: Format) -> Path:
    return Path(folder) / f"{rank:05d}" / f"{stem}{SUFFIX[shard_format(stem, fmt)]}"


class ShardWriter:
    """Records of one kind from one task, each with its `_item`; in place only after `close()` (a
    `RecordWriter` with the extra column)."""

    def __init__(self, folder: Path, rank: int, stem: str, fmt: Format) -> None:
        self.path = shard_path(folder, rank, stem, fmt)
        self._records = RecordWriter(self.path.parent, stem, KINDS[stem], shard_format(stem, fmt),
                                     batch_size=BATCH_ROWS, extra=(pa.field(ITEM, pa.int64()),))

    def write(self, item: int, record: dict[str, Any]) -> None:
        self._records.write({**record, ITEM: item})

    def close(self) -> Path:
        return self._records.close()

    def abort(self) -> None:
        self._records.abort()


def read_shard(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(`_item`, record without it) for each record of a shard, streaming; nothing for a missing shard
    (a task that had no record of this kind still writes an empty one, so missing means none)."""
    if not path.exists():
        return
    if path.suffix == ".parquet":
        for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
            for record in batch.to_pylist():
                yield record.pop(ITEM), record
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            yield record.pop(ITEM), record


def merged(folder: Path, tasks: int, stem: str, fmt: Format) -> Iterator[dict[str, Any]]:
    """The records of `stem` from every task's shard, in input order (a k-way merge on `_item`; the records
    of one article are in one shard and keep their order there)."""
    streams = [read_shard(shard_path(folder, rank, stem, fmt)) for rank in range(tasks)]
    for _, record in heapq.merge(*streams, key=lambda pair: pair[0]):
        yield record
