"""Parquet shards of one config and split, written as rows stream in, byte-identical for the same rows.

Every writer setting that could vary is pinned (format and page versions, compression and level,
dictionary encoding, statistics, page checksums) and nothing time-dependent is written, so the same rows give the same
bytes with the same pyarrow. The Arrow schema is the one of the declared `datasets` features (with its
`huggingface` metadata), so `datasets` reads the features back unchanged, class labels included.
Rows are buffered one row group at a time, so memory is bounded by a row group whatever the split's size;
a shard ends at `SHARD_ROWS` rows or `SHARD_BYTES` of Arrow data, whichever comes first, and is renamed
to `<split>-<i>-of-<n>` once `n` is known. Empty splits get no shard: `datasets` cannot load a split
without rows.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from datasets import Features

from builder.records.arrow import PAGE_CHECKSUMS

ROW_GROUP_ROWS = 1_000
SHARD_ROWS = 100_000
SHARD_BYTES = 500 * 2**20  # Arrow bytes; the zstd-compressed file is several times smaller
PARQUET_OPTIONS: dict[str, Any] = {
    "version": "2.6", "data_page_version": "1.0", "compression": "zstd", "compression_level": 9,
    "use_dictionary": True, "write_statistics": True, "store_schema": True, "write_page_index": False,
    **PAGE_CHECKSUMS,
}


@dataclass(frozen=True)
class Shard:
    path: str  # relative to the release folder
    rows: int
    num_bytes: int  # Arrow (in-memory) size, what `datasets` reports as a split's num_bytes


def shard_name(config: str, split: str, index: int, count: int) -> str:
    return f"{config}/{split}-{index:05d}-of-{count:05d}.parquet"


class SplitWriter:
    """`write` rows of one config and split (in their final order); `close` names the shards and lists them."""

    def __init__(self, root: Path, config: str, split: str, features: Features, *, shard_rows: int = SHARD_ROWS,
                 shard_bytes: int = SHARD_BYTES, row_group_rows: int = ROW_GROUP_ROWS) -> None:
        self.root, self.config, self.split = Path(root), config, split
        self.schema = features.arrow_schema
        self.shard_rows, self.shard_bytes, self.row_group_rows = shard_rows, shard_bytes, row_group_rows
        self._rows: list[dict[str, Any]] = []
        self._writer: pq.ParquetWriter | None = None
        self._path = Path()
        self._done: list[tuple[Path, int, int]] = []  # (unnamed path, rows, Arrow bytes)
        self._shard_rows = self._shard_bytes = 0

    def write(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self.row_group_rows:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        table = pa.Table.from_pylist(self._rows, schema=self.schema)
        self._rows = []
        if self._writer is None:
            self._path = self.root / self.config / f".{self.split}-{len(self._done):05d}.parquet.part"
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self._path, self.schema, **PARQUET_OPTIONS)
        self._writer.write_table(table, row_group_size=self.row_group_rows)
        self._shard_rows += table.num_rows
        self._shard_bytes += table.nbytes
        if self._shard_rows >= self.shard_rows or self._shard_bytes >= self.shard_bytes:
            self._end_shard()

    def _end_shard(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._done.append((self._path, self._shard_rows, self._shard_bytes))
            self._writer, self._shard_rows, self._shard_bytes = None, 0, 0

    def close(self) -> list[Shard]:
        self._flush()
        self._end_shard()
        shards = []
        for index, (path, rows, num_bytes) in enumerate(self._done):
            name = shard_name(self.config, self.split, index, len(self._done))
            os.replace(path, self.root / name)
            shards.append(Shard(name, rows, num_bytes))
        return shards


class ShardRows(Sequence[dict[str, Any]]):
    """The rows of written shards, read back lazily (only `columns`) for statistics such as the card's:
    its length costs nothing and iterating streams row groups, so no split is ever held in memory."""

    def __init__(self, root: Path, shards: list[Shard], columns: list[str]) -> None:
        self.root, self.shards, self.columns = Path(root), shards, columns

    def __len__(self) -> int:
        return sum(shard.rows for shard in self.shards)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for shard in self.shards:
            for batch in pq.ParquetFile(self.root / shard.path).iter_batches(columns=self.columns):
                yield from batch.to_pylist()

    def __getitem__(self, index: int) -> dict[str, Any]:  # type: ignore[override]
        raise TypeError("shard rows are read in order only; iterate over them")
