"""`builder validate`: check record files written by (or handed to) the tool against their schemas."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from builder.errors import BuilderError
from builder.io.manifest import RUN_MANIFEST, mismatch, read_manifest
from builder.records.files import scan_records
from builder.records.schemas import schema_for_file, violations
from builder.validate.consistency import Consistency

RELEASE_MANIFEST = "manifest.json"  # builder.release.manifest.MANIFEST (a higher layer: not imported)
ReleaseCheck = Callable[[Path], Iterable[str]]


def validate_files(paths: Iterable[Path], schema: str | None = None, *,
                   release_check: ReleaseCheck | None = None) -> Iterator[str]:
    """Yield one `file:record: /pointer: message` line per violation; nothing when every record is valid.

    The schema is chosen from the file name (`claims.*` → claim) unless `schema` is given. A folder is a `builder
    split` output when it has a run manifest (every file it names is checked against it and its schema), a release
    when it has a `manifest.json`, which goes to `release_check` (the release's own check of card, files, rows and
    splits, which the caller passes in: `validate` sits below `release`), else its record files are checked (a
    `pull` output). The records of all files are also checked against each other (`builder.validate.consistency`):
    articles are read first, so claims are checked against the articles of every file given, in any order.
    """
    files: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        if not path.exists():
            yield f"{path}: file not found; check the path"
        elif path.is_dir() and (path / RUN_MANIFEST).exists():
            yield from _run_files(path, files)
        elif path.is_dir() and (path / RELEASE_MANIFEST).exists():
            if release_check is None:
                yield f"{path}: a release folder ({RELEASE_MANIFEST}); check it with `builder validate {path}`"
            else:
                yield from release_check(path)
        elif path.is_dir():
            yield from _record_files(path, files)
        else:
            files.append((path, _schema_of(path, schema)))
    yield from check_records(files)


def check_records(files: Sequence[tuple[Path, str]]) -> Iterator[str]:
    """One line per violation in the (path, schema name) `files`, each record against its schema and all
    records against each other; the articles are read first, whatever the order given."""
    ordered = sorted(files, key=lambda item: item[1] != "article")  # stable: otherwise in the order given
    consistency = Consistency(check_refs=any(kind == "article" for _, kind in ordered))
    for path, kind in ordered:
        yield from _validate_file(path, kind, consistency)


def refuse_invalid(files: Sequence[tuple[Path, str]], fix: str) -> None:
    """Raise `BuilderError` naming the first violation in `files` (see `check_records`) and how many more:
    for commands that must not start on bad input (`push`, `release`), where one line is all there is room
    for and `builder validate` lists the rest."""
    problems = list(check_records(files))
    if problems:
        more = f" and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
        raise BuilderError(f"{problems[0]}{more}", fix=fix)


def _schema_of(path: Path, schema: str | None) -> str:
    """The schema that applies to `path`: `schema` if given, else the one its name implies."""
    name = schema or schema_for_file(path)
    if name is None:
        raise BuilderError("cannot tell which schema applies", file=str(path),
                           fix="name it articles|claims|rejected|annotations|verified.(jsonl|parquet) "
                               "or pass --schema")
    return name


def _record_files(folder: Path, files: list[tuple[Path, str]]) -> Iterator[str]:
    """Add the record files of a folder without a manifest (a `builder pull` output) to `files`, each
    with the schema its name implies; yield a line when there are none."""
    found = [(path, kind) for path in sorted(folder.iterdir())
             if path.suffix in (".jsonl", ".parquet") and path.is_file() and (kind := schema_for_file(path))]
    files.extend(found)
    if not found:
        yield (f"{folder}: not a split, pull or release folder: no {RUN_MANIFEST}, no {RELEASE_MANIFEST} and no "
               "record files (articles|claims|rejected|annotations|verified.jsonl|parquet)")


def _run_files(folder: Path, files: list[tuple[Path, str]]) -> Iterator[str]:
    """Add every file the run manifest names to `files`; yield why one cannot be checked."""
    try:
        manifest = read_manifest(folder)
    except BuilderError as exc:
        yield str(exc)
        return
    for name in manifest["files"] if manifest else ():
        if (folder / name).is_file():
            files.append((folder / name, _schema_of(folder / name, None)))
        else:
            yield f"{folder / name}: listed in {RUN_MANIFEST} but missing (run `builder split` again)"


def _validate_file(path: Path, name: str, consistency: Consistency) -> Iterator[str]:
    """The file against its run manifest, if its folder has one, and every record against its schema and
    the records before it: a file edited by hand after the run is reported as such and still checked, line
    by line, but not against the other files (they are of another run)."""
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
            found = [str(p) for p in consistency.add(name, record, str(path), number)]
            if problem is None:  # a file of another run: checking it against this run's files is noise
                yield from found
    except BuilderError as exc:
        yield str(exc)
