"""Parquet shards of one config, byte-identical for the same rows.

Every writer setting that could vary is pinned (format and page versions, compression and level,
dictionary encoding, statistics, page checksums) and nothing time-dependent is written, so the same rows give the same
bytes with the same pyarrow. The Arrow schema is the one of the declared `datasets` features (with its
`huggingface` metadata), so `datasets` reads the features back unchanged, class labels included.
Row groups and shards are bounded in rows. Empty splits get no shard: `datasets` cannot load a split
without rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from datasets import Features

from builder.io.arrow import PAGE_CHECKSUMS

ROW_GROUP_ROWS = 1_000
SHARD_ROWS = 100_000
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


def write_split(root: Path, config: str, split: str, features: Features, rows: list[dict[str, Any]], *,
                shard_rows: int = SHARD_ROWS, row_group_rows: int = ROW_GROUP_ROWS) -> list[Shard]:
    """Write `rows` (already in their final order) as `root/<config>/<split>-0000i-of-0000N.parquet`."""
    schema = features.arrow_schema
    count = -(-len(rows) // shard_rows)
    shards = []
    for index in range(count):
        table = pa.Table.from_pylist(rows[index * shard_rows:(index + 1) * shard_rows], schema=schema)
        name = shard_name(config, split, index, count)
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, root / name, row_group_size=row_group_rows, **PARQUET_OPTIONS)
        shards.append(Shard(name, table.num_rows, table.nbytes))
    return shards
