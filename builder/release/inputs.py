"""What a release is made from: the output folders of `builder split` and `builder pull`, checked whole.

A release must never carry a record that breaks its schema or points nowhere, so every input record is
validated and cross-checked (claims → articles, verified → claims) before anything is written; the first
problem stops the release with one line naming file, record and fix. Records stream from their files into
a `RecordStore` on disk, so memory does not grow with the number of claims; in memory stay the article
ids (for the claims → articles check), the splitter versions and the annotations (human-made, few).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.errors import BuilderError
from builder.records.files import find_records_file, read_records
from builder.records.schemas import is_annotation, violations
from builder.records.types import Annotation
from builder.release.check import refuse_inconsistent
from builder.release.manifest import file_sha256
from builder.release.store import RecordStore


@dataclass(frozen=True)
class InputFile:
    """One input file as the manifest records it: its role, name, record count and content hash."""

    role: str
    name: str
    records: int
    sha256: str


@dataclass
class ReleaseInputs:
    store: RecordStore
    splitters: set[tuple[tuple[str, Any], ...]] = field(default_factory=set)  # each splitter's sorted items
    annotations: list[Annotation] = field(default_factory=list)
    files: list[InputFile] = field(default_factory=list)

    def close(self) -> None:
        self.store.close()


def _valid_records(path: Path, kind: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, record in read_records(path):
        found = violations(kind, record)
        if found:
            raise BuilderError(f"{found[0]}", file=str(path), record=number,
                               fix=f"every record must match schemas/{kind}.schema.json; "
                                   f"check it with `builder validate {path}`")
        yield number, record


def _read(folder: Path, stem: str, kind: str, role: str, key: Callable[[dict[str, Any]], Any],
          into: ReleaseInputs, refers: Callable[[dict[str, Any]], str | None] = lambda r: None,
          fix: str = "", table: str | None = None) -> Iterator[dict[str, Any]]:
    """Every record of `folder/stem.*`, valid, with unique `key(record)` and no dangling `refers(record)`,
    stored in `table` of the store (or, without a table, checked for uniqueness in memory)."""
    if not Path(folder).is_dir():
        raise BuilderError("not a folder", file=str(folder),
                           fix=f"pass the output folder of `builder {'split' if role == 'claims' else 'pull'}`")
    path = find_records_file(folder, stem)
    seen: dict[Any, int] = {}
    count = 0

    def duplicate(number: int, first: int, ident: Any) -> BuilderError:
        return BuilderError(f"duplicate id {ident} (also record {first})", file=str(path), record=number,
                            fix="each id may occur once; re-run the command that wrote this file")

    for number, record in _valid_records(path, kind):
        ident = key(record)
        dangling = refers(record)
        if dangling:
            raise BuilderError(dangling, file=str(path), record=number, fix=fix)
        if table is None:
            if ident in seen:
                raise duplicate(number, seen[ident], ident)
            seen[ident] = number
        elif (clash := into.store.add(table, ident, number, record)) is not None:
            raise duplicate(*clash)
        count += 1
        yield record
    if table is not None and (clash := into.store.flush(table)) is not None:
        raise duplicate(*clash)
    into.files.append(InputFile(role, path.name, count, file_sha256(path)))


def load_inputs(claims_dir: Path, verified_dir: Path | None = None) -> ReleaseInputs:
    """Read and cross-check the split output (and, for a verified release, the pull output) into a store.
    The checks across records (`builder validate`) run first; they hold the article texts in memory."""
    if Path(claims_dir).is_dir():  # (a missing folder is named as such by the reader below)
        refuse_inconsistent(claims_dir)
    inputs = ReleaseInputs(RecordStore())
    try:
        article_ids = {a["id"] for a in _read(claims_dir, "articles", "article", "claims", lambda r: r["id"], inputs,
                                              table="articles")}
        for claim in _read(claims_dir, "claims", "claim", "claims", lambda r: r["claim_id"], inputs,
                           refers=lambda r: None if r["article_id"] in article_ids else
                           f"/article_id: article {r['article_id']!r} is not in the articles file",
                           fix="use articles and claims written by the same `builder split` run", table="claims"):
            inputs.splitters.add(tuple(sorted(claim["splitter"].items())))
        if verified_dir is None:
            return inputs
        for _ in _read(verified_dir, "verified", "verified", "verified", lambda r: r["claim"]["claim_id"], inputs,
                       refers=lambda r: None if inputs.store.has("claims", r["claim"]["claim_id"]) else
                       f"/claim/claim_id: claim {r['claim']['claim_id']} is not among the claims of {claims_dir}",
                       fix="release from the split output that was labelled (claim ids change when the "
                           "splitter's output does)", table="verified"):
            pass
        try:
            find_records_file(verified_dir, "annotations")
        except BuilderError:
            return inputs  # annotations only feed the card's statistics
        # all valid (`_read` refuses the first invalid record); the guard says so to the type checker
        inputs.annotations = [a for a in _read(verified_dir, "annotations", "annotation", "verified",
                                               lambda r: (r["claim_id"], r["annotation_id"]), inputs)
                              if is_annotation(a)]
        return inputs
    except BaseException:
        inputs.close()
        raise
