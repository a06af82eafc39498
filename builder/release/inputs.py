"""What a release is made from: the output folders of `builder split` and `builder pull`, checked whole.

A release must never carry a record that breaks its schema or points nowhere, so every input record is
validated and cross-checked (claims → articles, verified → claims) before anything is written; the first
problem stops the release with one line naming file, record and fix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.errors import BuilderError
from builder.io.records import find_records_file, read_records
from builder.release.check import refuse_inconsistent
from builder.release.manifest import file_sha256
from builder.validate.schemas import violations


@dataclass(frozen=True)
class InputFile:
    """One input file as the manifest records it: its role, name, record count and content hash."""

    role: str
    name: str
    records: int
    sha256: str


@dataclass
class ReleaseInputs:
    articles: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    verified: list[dict[str, Any]] = field(default_factory=list)
    annotations: list[dict[str, Any]] = field(default_factory=list)
    files: list[InputFile] = field(default_factory=list)

    @property
    def judged(self) -> list[dict[str, Any]]:
        """Verified records with at least one annotation: `builder pull` also writes claims still untouched."""
        return [v for v in self.verified if v["annotation_count"] > 0]


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
          fix: str = "") -> list[dict[str, Any]]:
    """All records of `folder/stem.*`, valid, with unique `key(record)` and no dangling `refers(record)`."""
    if not Path(folder).is_dir():
        raise BuilderError("not a folder", file=str(folder),
                           fix=f"pass the output folder of `builder {'split' if role == 'claims' else 'pull'}`")
    path = find_records_file(folder, stem)
    records: list[dict[str, Any]] = []
    seen: dict[Any, int] = {}
    for number, record in _valid_records(path, kind):
        ident = key(record)
        if ident in seen:
            raise BuilderError(f"duplicate id {ident} (also record {seen[ident]})", file=str(path), record=number,
                               fix="each id may occur once; re-run the command that wrote this file")
        dangling = refers(record)
        if dangling:
            raise BuilderError(dangling, file=str(path), record=number, fix=fix)
        seen[ident] = number
        records.append(record)
    into.files.append(InputFile(role, path.name, len(records), file_sha256(path)))
    return records


def load_inputs(claims_dir: Path, verified_dir: Path | None = None) -> ReleaseInputs:
    """Read and cross-check the split output (and, for a verified release, the pull output)."""
    inputs = ReleaseInputs(articles=[], claims=[])
    inputs.articles = _read(claims_dir, "articles", "article", "claims", lambda r: r["id"], inputs)
    article_ids = {a["id"] for a in inputs.articles}
    inputs.claims = _read(
        claims_dir, "claims", "claim", "claims", lambda r: r["claim_id"], inputs,
        refers=lambda r: None if r["article_id"] in article_ids else
        f"/article_id: article {r['article_id']!r} is not in the articles file",
        fix="use articles and claims written by the same `builder split` run")
    refuse_inconsistent(claims_dir)
    if verified_dir is None:
        return inputs
    claim_ids = {c["claim_id"] for c in inputs.claims}
    inputs.verified = _read(
        verified_dir, "verified", "verified", "verified", lambda r: r["claim"]["claim_id"], inputs,
        refers=lambda r: None if r["claim"]["claim_id"] in claim_ids else
        f"/claim/claim_id: claim {r['claim']['claim_id']} is not among the claims of {claims_dir}",
        fix="release from the split output that was labelled (claim ids change when the splitter's output does)")
    try:
        find_records_file(verified_dir, "annotations")
    except BuilderError:
        return inputs  # annotations only feed the card's statistics
    inputs.annotations = _read(verified_dir, "annotations", "annotation", "verified",
                               lambda r: (r["claim_id"], r["annotation_id"]), inputs)
    return inputs
