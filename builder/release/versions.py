"""Which release is the last one, and where superseded versions are kept.

`RELEASES_DIR/<name>/` always holds the newest release (so `load_dataset("<name>")` finds it);
a release it replaces is kept whole in `RELEASES_DIR/<name>-versions/<X.Y.Z>/`. Versions only go up:
re-making the newest version needs `--force`, anything older is refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.errors import BuilderError
from builder.release.manifest import MANIFEST

_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def parse_version(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if not match:
        raise BuilderError(f"version {version!r} is not a semantic version", fix="use MAJOR.MINOR.PATCH, e.g. 1.0.0")
    return int(match[1]), int(match[2]), int(match[3])


def read_manifest(folder: Path) -> dict[str, Any]:
    path = Path(folder) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        parse_version(manifest["version"])
        return manifest
    except (OSError, ValueError, KeyError, TypeError, BuilderError) as exc:
        raise BuilderError(f"not a release folder: no readable {MANIFEST} with a version ({exc})", file=str(folder),
                           fix="point to a folder written by `builder release`, or move this one away") from None


def archive_dir(releases_dir: Path, name: str) -> Path:
    return Path(releases_dir) / f"{name}-versions"


@dataclass(frozen=True)
class Plan:
    """Where a new version goes, which release it is compared with, and which one it archives."""

    target: Path
    previous: Path | None  # the release the changelog compares with
    archive: Path | None  # where the current newest release is kept before it is replaced


def plan_release(releases_dir: Path, name: str, version: str, *, force: bool) -> Plan:
    """Check `version` against the releases already there; raise a BuilderError when it may not be made."""
    wanted = parse_version(version)
    target = Path(releases_dir) / name
    archived = {}
    if archive_dir(releases_dir, name).is_dir():
        for folder in archive_dir(releases_dir, name).iterdir():
            if _SEMVER.match(folder.name) and (folder / MANIFEST).is_file():
                archived[parse_version(folder.name)] = folder
    current = parse_version(read_manifest(target)["version"]) if target.exists() else None
    newest = max([*archived, *([current] if current else [])], default=None)
    if newest is not None and wanted < newest:
        raise BuilderError(f"version {version} is not newer than the last release {'.'.join(map(str, newest))}",
                           file=str(target), fix="pick a higher version")
    if wanted == newest and current != wanted:
        raise BuilderError(f"version {version} was already released and replaced", file=str(target),
                           fix="pick a higher version")
    if wanted == current:
        if not force:
            raise BuilderError(f"version {version} already exists", file=str(target),
                               fix="pick a higher version, or pass --force to re-make it")
        older = [v for v in archived if v < wanted]
        return Plan(target, archived[max(older)] if older else None, None)
    if current is None:  # the newest release was moved away: compare with the newest one kept
        return Plan(target, archived[newest] if newest else None, None)
    return Plan(target, target, archive_dir(releases_dir, name) / ".".join(map(str, current)))
