"""Streaming record files: JSONL or Parquet, written atomically, read back the same way.

Writers stream (bounded memory whatever the number of records) and rename into place only on a clean
close, so readers never see a half-written file. Readers check a file against the run manifest of its
folder (`builder.io.manifest`) before they yield a record, so they never mix the files of two runs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from builder.errors import BuilderError
from builder.io.atomic import temporary_file
from builder.io.manifest import check_run_file, listed_file
from builder.io.strict_json import MalformedJSON, parse_line
from builder.records.arrow import PAGE_CHECKSUMS, arrow_schema, open_parquet

Format = Literal["jsonl", "parquet"]
SUFFIX = {"jsonl": ".jsonl", "parquet": ".parquet"}


class RecordWriter:
    """Write records of one kind (a schema name) to `folder/stem.<fmt>`; atomic on `close()`.

    Used as a context manager: an exception inside the block discards the temporary file. `finish` and
    `publish` are the two halves of `close` for callers that publish several files together.
    """

    def __init__(self, folder: Path, stem: str, kind: str, fmt: Format = "parquet", *,
                 batch_size: int = 2000, extra: Sequence[pa.Field] = ()) -> None:
        self.path = Path(folder) / f"{stem}{SUFFIX[fmt]}"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fmt, self.kind, self.count = fmt, kind, 0
        self.temporary = temporary_file(self.path)
        self._batch: list[Mapping[str, Any]] = []
        self._batch_size = batch_size
        if fmt == "jsonl":
            self._fh = self.temporary.open("w", encoding="utf-8")
        else:
            self._schema = arrow_schema(kind)
            for field in extra:  # columns beside the schema's, such as an engine shard's input position
                self._schema = self._schema.append(field)
            self._pq = pq.ParquetWriter(self.temporary, self._schema, compression="zstd", **PAGE_CHECKSUMS)

    def write(self, record: Mapping[str, Any]) -> None:
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

    def finish(self) -> Path:
        """Complete the temporary file (all records on disk) without putting it in place; return it."""
        if self.fmt == "jsonl":
            self._fh.close()
        else:
            self._flush()
            self._pq.close()
        return self.temporary

    def publish(self) -> Path:
        """Rename the finished temporary over the target in one step."""
        os.replace(self.temporary, self.path)
        return self.path

    def close(self) -> Path:
        self.finish()
        return self.publish()

    def abort(self) -> None:
        try:
            self._fh.close() if self.fmt == "jsonl" else self._pq.close()
        finally:
            self.temporary.unlink(missing_ok=True)

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
    """The file the run manifest of `folder` names for `stem`, else `folder/stem.parquet` or `.jsonl`,
    whichever exists."""
    listed = listed_file(folder, stem)
    if listed is not None:
        return listed
    for fmt in ("parquet", "jsonl"):
        path = Path(folder) / f"{stem}{SUFFIX[fmt]}"
        if path.exists():
            return path
    raise BuilderError(f"no {stem}.parquet or {stem}.jsonl here", file=str(folder),
                       fix="point to an output folder of `builder split` or `builder pull`")


def read_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (1-based record number, record) from a JSONL or Parquet file, streaming; raise `BuilderError`
    when the file is not the one its folder's run manifest names, or at the first line that is not JSON."""
    path = Path(path)
    if path.exists():
        check_run_file(path)
    for number, record in scan_records(path):
        if isinstance(record, BuilderError):
            raise record
        yield number, record


def scan_records(path: Path) -> Iterator[tuple[int, Any]]:
    """`read_records`, but a line that is not JSON yields its `BuilderError` instead of raising it, so that
    a checker can name every bad line; no run manifest check. Raises for a missing or unreadable file."""
    path = Path(path)
    if not path.exists():
        raise BuilderError("file not found", file=str(path))
    if path.suffix == ".parquet":
        try:
            parquet = open_parquet(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise BuilderError(f"not a readable Parquet file: {exc}", file=str(path)) from None
        number = 0
        try:
            for batch in parquet.iter_batches(batch_size=2000):
                for record in batch.to_pylist():
                    number += 1
                    yield number, record
        except (pa.ArrowInvalid, OSError) as exc:  # a damaged page (its checksum fails) or data
            raise BuilderError(f"damaged Parquet after record {number}: {exc}", file=str(path),
                               fix="restore the file or write it again") from None
        return
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if raw.strip():
                yield number, _json_record(raw, path, number)


def _json_record(raw: bytes, path: Path, number: int) -> Any:
    """The JSON value of one line, or the `BuilderError` that says why it has none."""
    try:
        return parse_line(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return BuilderError(f"invalid UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the line)",
                            file=str(path), record=number, fix="save the file as UTF-8")
    except MalformedJSON as exc:
        return BuilderError(f"malformed JSON: {exc.problem}", file=str(path), record=number,
                            fix=exc.fix or "each line must be one JSON object")
