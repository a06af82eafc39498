"""Atomic file and folder writes: a crash never leaves a half-written output behind.

Temporaries are hidden siblings of their target named `.<target>.<pid>.<random>.tmp`: the process id lets a
later run tell the leftovers of a killed run (whose process is gone) from the files a running one is still
writing, and remove only the former (`remove_stale_temporaries`).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_TEMPORARY = re.compile(r"\.(?P<target>.+)\.(?P<pid>\d+)\.[^.]+\.tmp")


def file_mode() -> int:
    """The mode `open()` would give a new file (0666 less the umask): outputs are shared like any file the
    user makes, not private as `mkstemp` makes them. (The umask can only be read by setting it.)"""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}."


def temporary_file(target: Path) -> Path:
    """A new empty hidden file beside `target`, with the mode of a normally created file."""
    fd, name = tempfile.mkstemp(prefix=_prefix(target), suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, file_mode())
    finally:
        os.close(fd)
    return Path(name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporaries in `folder` whose writing process is gone (killed runs); return them."""
    removed = []
    for path in Path(folder).glob(".*.tmp"):
        match = _TEMPORARY.fullmatch(path.name)
        if match is None or _alive(int(match["pid"])):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


@contextmanager
def atomic_path(target: Path, *, directory: bool = False) -> Iterator[Path]:
    """Yield a temporary sibling of `target`; on success it replaces `target` in one rename.

    The temporary lives in the same folder so that the final `os.replace` is atomic on POSIX. On any
    exception the temporary is removed and `target` (if it existed) is left untouched.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if directory:
        tmp = Path(tempfile.mkdtemp(prefix=_prefix(target), suffix=".tmp", dir=target.parent))
    else:
        tmp = temporary_file(target)
    try:
        yield tmp
        if directory and target.exists():
            # a folder cannot be replaced in one step: move the old one aside, swap, then drop it
            old = Path(tempfile.mkdtemp(prefix=_prefix(target), suffix=".old", dir=target.parent))
            os.replace(target, old / "previous")
            os.replace(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except BaseException:
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(target: Path, text: str) -> None:
    """Write `text` (UTF-8) to `target` in one rename: a reader sees the old file or the new one, never half."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
