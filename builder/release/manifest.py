"""The release manifest: what is in the folder (sha256 and size of every file) and what made it.

It is the release's proof of origin: input file hashes, the builder, splitter, schema and library
versions, and every option, so a release can be checked (`builder validate`) and re-made byte for byte.
It holds nothing time-dependent, so the same inputs give the same manifest.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import datasets
import pyarrow

from builder import __version__
from builder.records.schemas import SCHEMA_NAMES, schema_version

MANIFEST = "manifest.json"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def file_entries(root: Path, names: list[str]) -> dict[str, dict[str, Any]]:
    return {name: {"sha256": file_sha256(root / name), "bytes": (root / name).stat().st_size}
            for name in sorted(names)}


def tool_versions() -> dict[str, Any]:
    """Versions that decide the bytes of a release: the builder, the schemas, and the libraries writing it."""
    return {"builder": __version__, "schemas": {name: schema_version(name) for name in SCHEMA_NAMES},
            "pyarrow": pyarrow.__version__, "datasets": datasets.__version__}


def dumps(data: Any) -> str:
    """JSON as every release file is written: stable key order, UTF-8, one trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_manifest(root: Path, manifest: dict[str, Any]) -> Path:
    path = Path(root) / MANIFEST
    path.write_text(dumps(manifest), encoding="utf-8")
    return path
