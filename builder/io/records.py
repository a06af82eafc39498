"""Streaming record files: JSONL or Parquet, written atomically, read back the same way.

Writers stream (bounded memory whatever the number of records) and rename into place only on a clean
close, so readers never see a half-written file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from builder.errors import BuilderError
from builder.io.arrow import arrow_schema

Format = Literal["jsonl", "parquet"]
SUFFIX = {"jsonl": ".jsonl", "parquet": ".parquet"}


class RecordWriter:
    """Write records of one kind (a schema name) to `folder/stem.<fmt>`; atomic on `close()`.

    Used as a context manager: an exception inside the block discards the temporary file.
    """

    def __init__(self, folder: Path, stem: str, kind: str, fmt: Format = "parquet", *,
                 batch_size: int = 2000) -> None:
        self.path = Path(folder) / f"{stem}{SUFFIX[fmt]}"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fmt, self.kind, self.count = fmt, kind, 0
        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        self._tmp = Path(name)
        self._batch: list[dict[str, Any]] = []
        self._batch_size = batch_size
        if fmt == "jsonl":
            self._fh = self._tmp.open("w", encoding="utf-8")
        else:
            self._schema = arrow_schema(kind)
            self._pq = pq.ParquetWriter(self._tmp, self._schema, compression="zstd")

    def write(self, record: dict[str, Any]) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self._fh.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
            return
        self._batch.append(record)
        if len(self._batch) >= self._batch_size:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            self._pq.write_table(pa.Table.from_pylist(self._batch, schema=self._schema),
                                 row_group_size=self._batch_size)
            self._batch = []

    def close(self) -> Path:
        if self.fmt == "jsonl":
            self._fh.close()
        else:
            self._flush()
            self._pq.close()
        os.replace(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        try:
            self._fh.close() if self.fmt == "jsonl" else self._pq.close()
        finally:
            self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_records(folder: Path, stem: str, kind: str, records: Iterable[dict[str, Any]],
                  fmt: Format = "parquet") -> Path:
    with RecordWriter(folder, stem, kind, fmt) as writer:
        for record in records:
            writer.write(record)
    return writer.path


def find_records_file(folder: Path, stem: str) -> Path:
    """`folder/stem.jsonl` or `folder/stem.parquet`, whichever exists."""
    for fmt in ("parquet", "jsonl"):
        path = Path(folder) / f"{stem}{SUFFIX[fmt]}"
        if path.exists():
            return path
    raise BuilderError(f"no {stem}.parquet or {stem}.jsonl here", file=str(folder),
                       fix="point to an output folder of `builder split` or `builder pull`")


def read_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (1-based record number, record) from a JSONL or Parquet file, streaming."""
    path = Path(path)
    if not path.exists():
        raise BuilderError("file not found", file=str(path))
    if path.suffix == ".parquet":
        try:
            parquet = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise BuilderError(f"not a readable Parquet file: {exc}", file=str(path)) from None
        number = 0
        for batch in parquet.iter_batches(batch_size=2000):
            for record in batch.to_pylist():
                number += 1
                yield number, record
        return
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise BuilderError(f"malformed JSON: {exc.msg} at column {exc.colno}", file=str(path),
                                   record=number, fix="each line must be one JSON object") from None
