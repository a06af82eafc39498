"""`builder validate`: check record files written by (or handed to) the tool against their schemas."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from builder.errors import BuilderError
from builder.io.manifest import RUN_MANIFEST, mismatch, read_manifest
from builder.io.records import scan_records
from builder.validate.schemas import schema_for_file, violations


def validate_files(paths: Iterable[Path], schema: str | None = None) -> Iterator[str]:
    """Yield one `file:record: /pointer: message` line per violation; nothing when every record is valid.

    The schema is chosen from the file name (`claims.*` → claim) unless `schema` is given. A folder is a
    `builder split` output when it has a run manifest (every file it names is checked against it and its
    schema), else a release folder.
    """
    for path in map(Path, paths):
        if not path.exists():
            yield f"{path}: file not found; check the path"
        elif path.is_dir() and (path / RUN_MANIFEST).exists():
            yield from _validate_run(path)
        elif path.is_dir():  # a release folder: its own check covers card, files, records and splits
            from builder.release.check import check_release
            yield from check_release(path)
        else:
            yield from _validate_file(path, schema)


def _validate_run(folder: Path) -> Iterator[str]:
    """Every file the run manifest names: there, unchanged since the run, and valid."""
    try:
        manifest = read_manifest(folder)
    except BuilderError as exc:
        yield str(exc)
        return
    for name in manifest["files"] if manifest else ():
        if (folder / name).is_file():
            yield from _validate_file(folder / name, None)
        else:
            yield f"{folder / name}: listed in {RUN_MANIFEST} but missing (run `builder split` again)"


def _validate_file(path: Path, schema: str | None) -> Iterator[str]:
    """The file against its run manifest, if its folder has one, and every record against its schema: a
    file edited by hand after the run is reported as such and still checked, line by line."""
    name = schema or schema_for_file(path)
    if name is None:
        raise BuilderError("cannot tell which schema applies", file=str(path),
                           fix="name it articles|claims|rejected|annotations|verified.(jsonl|parquet) "
                               "or pass --schema")
    try:
        problem = mismatch(path)
        if problem is not None:
            yield f"{path}: {problem}"
        for number, record in scan_records(path):
            if isinstance(record, BuilderError):
                yield str(record)
                continue
            for violation in violations(name, record):
                yield f"{path}:{number}: {violation}"
    except BuilderError as exc:
        yield str(exc)
