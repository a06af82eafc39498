"""The run manifest `run-manifest.json`: which files one run of `builder split` wrote, with size and sha256.

It is written after the run's files are complete and before they are renamed into place (see
`builder.records.run`), so a folder whose files do not match it mixes two runs or was changed since. Readers
check the files they open against it (`check_run_file`); `builder validate OUT` checks them all.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from builder import __version__
from builder.errors import BuilderError
from builder.io.atomic import atomic_path

RUN_MANIFEST = "run-manifest.json"
KIND = "builder split run"
RERUN = "run `builder split` again into this folder, or delete run-manifest.json to use files edited on purpose"


def file_sha256(path: Path) -> str:
    with Path(path).open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def write_manifest(folder: Path, files: dict[str, Path]) -> Path:
    """Write `folder/run-manifest.json` (atomically) for `files`: final name → the file holding its bytes now."""
    entries = {name: {"sha256": file_sha256(path), "bytes": path.stat().st_size} for name, path in files.items()}
    target = Path(folder) / RUN_MANIFEST
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps({"kind": KIND, "builder": __version__, "files": entries}, indent=1) + "\n",
                       encoding="utf-8")
    return target


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The run manifest of `folder`, None when it has none; a manifest that cannot be read is an error."""
    path = Path(folder) / RUN_MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise BuilderError(f"unreadable run manifest ({exc})", file=str(path), fix=RERUN) from None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND or not isinstance(manifest.get("files"), dict):
        raise BuilderError("not a run manifest of `builder split`", file=str(path), fix=RERUN)
    return manifest


def listed_file(folder: Path, stem: str) -> Path | None:
    """The file for `stem` (`claims`) that the run manifest of `folder` names; None without a manifest or
    when the run wrote no such file (another tool's output in the same folder)."""
    manifest = read_manifest(folder)
    names = [name for name in manifest["files"] if _stem(name) == stem] if manifest else []
    return Path(folder) / names[0] if names else None


def mismatch(path: Path) -> str | None:
    """Why `path` is not the file the run manifest beside it names, or None when it is or when there is no
    manifest. Only names a run writes are checked; other files in the folder are the user's business."""
    path = Path(path)
    manifest = read_manifest(path.parent)
    if manifest is None or _stem(path.name) not in {_stem(name) for name in manifest["files"]}:
        return None
    entry = manifest["files"].get(path.name)
    if entry is None:
        return (f"not written by the run that wrote {RUN_MANIFEST} (it wrote {', '.join(manifest['files'])}) "
                f"({RERUN})")
    if not path.is_file():
        return f"listed in {RUN_MANIFEST} but missing ({RERUN})"
    stat = path.stat()
    if stat.st_size != entry.get("bytes") or \
            _sha256_of(str(path.resolve()), stat.st_ino, stat.st_mtime_ns) != entry.get("sha256"):
        return (f"differs from {RUN_MANIFEST}: the folder mixes the files of two runs (a crash while one was "
                f"renamed into place?) or the file was changed since ({RERUN})")
    return None


def _stem(name: str) -> str:
    return name.split(".", 1)[0]


@lru_cache(maxsize=64)
def _sha256_of(path: str, inode: int, mtime_ns: int) -> str:
    """sha256 of one version of a file (inode and mtime name it): readers often open the same file twice."""
    return file_sha256(Path(path))


def check_run_file(path: Path) -> None:
    """Raise `BuilderError` when `path` is not the file its folder's run manifest names (see `mismatch`)."""
    problem = mismatch(path)
    if problem is not None:
        raise BuilderError(problem, file=str(path))
