"""`builder validate`: check record files written by (or handed to) the tool against their schemas."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from builder.errors import BuilderError
from builder.io.records import read_records
from builder.validate.schemas import schema_for_file, violations


def validate_files(paths: Iterable[Path], schema: str | None = None) -> Iterator[str]:
    """Yield one `file:record: /pointer: message` line per violation; nothing when every record is valid.

    The schema is chosen from the file name (`claims.*` → claim) unless `schema` is given.
    """
    for path in map(Path, paths):
        if not path.exists():
            yield f"{path}: file not found; check the path"
            continue
        if path.is_dir():  # a release folder: its own check covers card, files, records and splits
            from builder.release.check import check_release
            yield from check_release(path)
            continue
        name = schema or schema_for_file(path)
        if name is None:
            raise BuilderError("cannot tell which schema applies", file=str(path),
                               fix="name it articles|claims|rejected|annotations|verified.(jsonl|parquet) "
                                   "or pass --schema")
        try:
            for number, record in read_records(path):
                for violation in violations(name, record):
                    yield f"{path}:{number}: {violation}"
        except BuilderError as exc:
            yield str(exc)
