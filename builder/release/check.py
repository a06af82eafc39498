"""Validation of a release folder (`builder validate RELEASES_DIR/claims-ch`).

A release is only as good as the agreement between its parts: the manifest's checksums and the files,
the card's configs and features and the Parquet shards, every row and its JSON Schema, and the splits,
which must not share a story, an article, a claim or a claim text. Each problem is one line,
`file:row: /pointer: message` where a row is at fault, `file: message` otherwise.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import yaml
from datasets import Features

from builder.errors import BuilderError
from builder.records.arrow import open_parquet
from builder.records.files import find_records_file, scan_records
from builder.records.schemas import violations
from builder.release.card import CARD
from builder.release.features import CONFIGS, KIND, STORY, TEXT_SHA256, record_from_row, text_sha256
from builder.release.manifest import MANIFEST, file_sha256
from builder.release.splits import SPLITS
from builder.release.stories import normalise_claim
from builder.validate.consistency import Consistency

_SHARD = re.compile(r"^(?P<config>[a-z_]+)/(?P<split>[a-z_]+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.parquet$")
_REQUIRED = ("license", "language", "pretty_name", "task_categories", "task_ids", "size_categories", "configs",
             "dataset_info")


def _shards(manifest: dict[str, Any]) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for name in sorted(manifest.get("files", {})):
        match = _SHARD.match(name)
        if match:
            found.setdefault((match["config"], match["split"]), []).append(name)
    return found


def _check_files(root: Path, manifest: dict[str, Any]) -> Iterator[str]:
    listed = manifest.get("files", {})
    for name, entry in sorted(listed.items()):
        path = root / name
        if not path.is_file():
            yield f"{path}: listed in {MANIFEST} but missing"
        elif file_sha256(path) != entry.get("sha256"):
            yield f"{path}: sha256 differs from {MANIFEST} (the file was changed after the release was made)"
        if name.endswith(".parquet") and not _SHARD.match(name):
            yield f"{path}: not named <config>/<split>-<index>-of-<count>.parquet"
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_file() and name != MANIFEST and name not in listed and not name.startswith("."):
            yield f"{path}: not listed in {MANIFEST}"
    for (config, split), names in _shards(manifest).items():
        if config not in CONFIGS or split not in SPLITS:
            yield f"{root / names[0]}: unknown config or split {config}/{split}"
        counts = {int(match["count"]) for n in names if (match := _SHARD.match(n))}  # all match: see _shards
        if counts != {len(names)}:
            yield f"{root / names[0]}: {config}/{split} has {len(names)} shards but names say {sorted(counts)}"


def front_matter(path: Path) -> dict[str, Any]:
    """The YAML front matter of a card; raises ValueError when there is none or it is not a mapping."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[3:]:
        raise ValueError("no YAML front matter between --- lines")
    meta = yaml.safe_load(text[4:text.index("\n---\n", 3)])
    if not isinstance(meta, dict):
        raise ValueError("YAML front matter is not a mapping")
    return meta


def _mappings(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _parquet(path: Path) -> pq.ParquetFile | str:
    """The opened shard, or why it cannot be read."""
    try:
        return open_parquet(path)
    except (pa.ArrowInvalid, OSError) as exc:
        return f"{path}: not readable Parquet: {exc}"


def _schema_difference(actual: pa.Schema, declared: pa.Schema) -> str | None:
    if actual.names != declared.names:
        return f"columns {actual.names}, the card declares {declared.names}"
    for field, expected in zip(actual, declared):
        if not field.type.equals(expected.type):
            return f"column {field.name} is {field.type}, the card declares {expected.type}"
    return None


def _check_data_files(root: Path, card: Path, configs: list[dict[str, Any]],
                      shards: dict[tuple[str, str], list[str]]) -> Iterator[str]:
    declared: set[tuple[Any, Any]] = set()  # as the card's YAML has them: maybe not strings, or missing
    for i, config in enumerate(configs):
        name: Any = config.get("config_name")
        for j, entry in enumerate(_mappings(config.get("data_files"))):
            split: Any = entry.get("split")
            pattern = entry.get("path")
            declared.add((name, split))
            if not isinstance(pattern, str) or pattern.startswith("/") or ".." in pattern:
                yield f"{card}: /configs/{i}/data_files/{j}/path: {pattern!r} is not a pattern inside the release"
                continue
            matched = sorted(p.relative_to(root).as_posix() for p in root.glob(pattern) if p.is_file())
            if matched != shards.get((name, split), []) or not matched:
                yield (f"{card}: /configs/{i}/data_files/{j}: {pattern!r} matches {matched or 'nothing'}, "
                       f"but the {name}/{split} shards are {shards.get((name, split), [])}")
    for config_name, split_name in sorted(set(shards) - declared):
        yield f"{card}: /configs: {config_name}/{split_name} has shards but is not declared, so it cannot be loaded"


def _check_features(root: Path, card: Path, infos: list[dict[str, Any]],
                    shards: dict[tuple[str, str], list[str]]) -> Iterator[str]:
    by_name = {info.get("config_name"): (i, info) for i, info in enumerate(infos)}
    for name in sorted({c for c, _ in shards}):
        if name not in by_name:
            yield f"{card}: /dataset_info: no features declared for config {name}"
            continue
        i, info = by_name[name]
        try:
            features = Features._from_yaml_list(info.get("features") or [])
            declared = features.arrow_schema
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            yield f"{card}: /dataset_info/{i}/features: not readable by datasets: {exc}"
            continue
        sizes = {s.get("name"): s.get("num_examples") for s in _mappings(info.get("splits"))}
        for split in SPLITS:
            rows = 0
            for shard in shards.get((name, split), []):
                parquet = _parquet(root / shard)
                if isinstance(parquet, str):
                    continue  # reported with the rows
                rows += parquet.metadata.num_rows
                difference = _schema_difference(parquet.schema_arrow, declared)
                if difference:
                    yield f"{root / shard}: Arrow schema differs from the card's features: {difference}"
                elif Features.from_arrow_schema(parquet.schema_arrow) != features:
                    yield f"{root / shard}: features stored in the file (huggingface metadata) differ from the card's"
            if sizes.get(split, 0) != rows:
                yield (f"{card}: /dataset_info/{i}/splits: {name}/{split} declares {sizes.get(split, 0)} examples, "
                       f"its shards hold {rows}")


def _check_card(root: Path, manifest: dict[str, Any]) -> Iterator[str]:
    card = root / CARD
    try:
        meta = front_matter(card)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        yield f"{card}: {exc}"
        return
    for key in _REQUIRED:
        if key not in meta:
            yield f"{card}: /{key}: missing from the YAML front matter"
    if "de" not in (meta.get("language") or []):
        yield f"{card}: /language: must list de"
    configs = _mappings(meta.get("configs"))
    defaults = [c.get("config_name") for c in configs if c.get("default")]
    if len(defaults) != 1:
        yield f"{card}: /configs: exactly one config must be the default, found {len(defaults)}"
    shards = _shards(manifest)
    yield from _check_data_files(root, card, configs, shards)
    yield from _check_features(root, card, _mappings(meta.get("dataset_info")), shards)


def _check_rows(root: Path, manifest: dict[str, Any]) -> Iterator[str]:
    omitted = bool(manifest.get("options", {}).get("omit_text"))
    row_group_rows = manifest.get("options", {}).get("row_group_rows")
    owner: dict[tuple[str, Any], str] = {}  # (what, value) → split, across configs
    candidates: set[str | None] = set()
    consistency = Consistency()  # articles are read first, so candidates are checked against them
    for config in ("articles", "candidates", "claims"):
        for (name, split), shard_names in sorted(_shards(manifest).items()):
            if name != config:
                continue
            for shard in shard_names:
                path = root / shard
                parquet = _parquet(path)
                if isinstance(parquet, str):
                    yield parquet
                    continue
                meta = parquet.metadata
                for g in range(meta.num_row_groups):
                    if row_group_rows and meta.row_group(g).num_rows > row_group_rows:
                        yield f"{path}: row group {g} has {meta.row_group(g).num_rows} rows, over {row_group_rows}"
                number = 0
                try:
                    for batch in parquet.iter_batches(batch_size=1000):
                        for row in batch.to_pylist():
                            number += 1
                            yield from _check_row(path, number, config, split, row, omitted, owner, candidates,
                                                  consistency)
                except (pa.ArrowInvalid, OSError) as exc:
                    yield f"{path}:{number + 1}: not readable Parquet: {exc}"


def _check_row(path: Path, number: int, config: str, split: str, row: dict[str, Any], omitted: bool,
               owner: dict[tuple[str, Any], str], candidates: set[str | None],
               consistency: Consistency) -> Iterator[str]:
    where = f"{path}:{number}"
    record = record_from_row(config, row)
    # unique ids per config, and candidates against the articles' texts (None when left out: not checked)
    yield from map(str, consistency.add(KIND[config], record, str(path), number))
    if config == "articles" and omitted:  # left-out texts are null; every other field must still be valid
        record["text"] = "-" if record.get("text") is None else record["text"]
        for item in record.get("furniture") or []:
            item["text"] = "-" if item.get("text") is None else item["text"]
    for found in violations(KIND[config], record):
        yield f"{where}: {found}"
    if config == "articles":
        if row.get("text") is not None and row.get(TEXT_SHA256) != text_sha256(row["text"]):
            yield f"{where}: /{TEXT_SHA256}: does not match the text"
        if row.get("text") is None and not omitted:
            yield f"{where}: /text: missing, but the manifest does not say texts were left out"
        keys = [("story", row.get(STORY)), ("article", row.get("id"))]
    else:
        keys = [("story", row.get(STORY)), ("article", row.get("article_id")), ("claim", row.get("claim_id")),
                ("claim text", normalise_claim(row.get("text") or ""))]
        if config == "candidates":
            candidates.add(row.get("claim_id"))
        elif row.get("claim_id") not in candidates:
            yield f"{where}: /claim_id: verified claim {row.get('claim_id')} is not among the candidates"
    for what, value in keys:
        other = owner.setdefault((what, str(value)), split)
        if other != split:
            pointer = {"story": STORY, "article": "article_id" if config != "articles" else "id",
                       "claim": "claim_id", "claim text": "text"}[what]
            yield f"{where}: /{pointer}: {what} {value!r} is in both {other} and {split}"


def check_release(folder: Path) -> Iterator[str]:
    """Yield one line per problem of the release in `folder`; nothing when it is sound."""
    root = Path(folder)
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        yield f"{root / MANIFEST}: not a release folder: no readable manifest ({exc})"
        return
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict) or not all(
            isinstance(entry, dict) for entry in manifest["files"].values()):
        yield f"{root / MANIFEST}: /files: must map every file name to its sha256 and size"
        return
    yield from _check_files(root, manifest)
    if not any(config == "candidates" for config, _ in _shards(manifest)):
        yield f"{root / MANIFEST}: /files: the release holds no claims (an empty release cannot be loaded)"
    yield from _check_card(root, manifest)
    yield from _check_rows(root, manifest)


def refuse_inconsistent(claims_dir: Path) -> None:
    """Raise `BuilderError` before a release is made from split records that do not fit together (see
    `builder.validate.consistency`) or that hold no claims: a release is read by people who cannot re-run
    the split, and an empty one cannot even be loaded."""
    from builder.validate.files import refuse_invalid

    articles, claims = (find_records_file(claims_dir, stem) for stem in ("articles", "claims"))
    refuse_invalid([(articles, "article"), (claims, "claim")],
                   fix=f"run `builder validate {claims_dir}` to list them all")
    if not any(True for _ in scan_records(claims)):
        raise BuilderError("nothing to release: no claims", file=str(claims),
                           fix="release the output of a `builder split` that gave claims")
