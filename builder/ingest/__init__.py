"""Ingest: news articles in plain text, JSONL, CSV or Swissdox TSV → normalised article records.

`read_articles` streams every input file in turn and yields good articles and rejected inputs side by
side, so one bad line never costs the rest of a file and the user sees every problem in one run.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from builder.errors import BuilderError
from builder.ingest.csv_reader import read_csv
from builder.ingest.item import Item
from builder.ingest.jsonl import read_jsonl
from builder.ingest.plaintext import read_plaintext
from builder.ingest.rejects import rejected
from builder.ingest.swissdox import read_swissdox

READERS: dict[str, Callable[[Path, str], Iterator[Item]]] = {
    "text": read_plaintext, "jsonl": read_jsonl, "csv": read_csv, "swissdox": read_swissdox}
EXTENSIONS = {".txt": "text", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
              ".tsv": "swissdox"}

# kind, record (an Article or a Rejected), file, 1-based line or row (None: whole file)
Sourced = tuple[str, Mapping[str, Any], str, int | None]

__all__ = ["EXTENSIONS", "READERS", "format_of", "read_articles", "read_sourced"]


def format_of(path: Path, fmt: str | None = None) -> str:
    """The input format: `fmt` if given, else the one the file extension implies."""
    if fmt is not None:
        if fmt not in READERS:
            raise BuilderError(f"unknown input format {fmt!r}", fix=f"use one of {', '.join(READERS)}")
        return fmt
    found = EXTENSIONS.get(path.suffix.lower())
    if found is None and path.is_dir():
        return "text"  # (a folder has no format: reading rejects it like any folder, and the other files go on)
    if found is None:
        raise BuilderError(f"cannot tell the input format from the extension {path.suffix or '(none)'!r}",
                           file=str(path), fix=f"name it {', '.join(EXTENSIONS)} or pass the format "
                           f"({', '.join(READERS)})")
    return found


def read_articles(paths: Sequence[Path], fmt: str | None = None) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """("article", record) for each good article and ("rejected", record) for each bad input, streamed.

    Formats are resolved for all paths before anything is read, so an unknown format (the one case that
    raises `BuilderError`) stops the run before any output. A missing or unreadable file, a bad line and a
    repeated article id (the later one) become rejected records.
    """
    return ((kind, record) for kind, record, _, _ in read_sourced(paths, fmt))


def read_sourced(paths: Sequence[Path], fmt: str | None = None) -> Iterator[Sourced]:
    """`read_articles` with where each record came from: (kind, record, file, 1-based line or row), so
    that a later stage can still name the file and line of an article it refuses."""
    formats = [format_of(Path(p), fmt) for p in paths]
    return _stream([Path(p) for p in paths], formats)


def _stream(paths: list[Path], formats: list[str]) -> Iterator[Sourced]:
    first_seen: dict[str, str] = {}  # article id → where it was read first
    for path, fmt in zip(paths, formats):
        name = str(path)
        problem = _not_readable(path)
        if problem is not None:
            yield "rejected", rejected(name, None, f"input file {problem}"), name, None
            continue
        read = 0
        try:
            for item in READERS[fmt](path, name):
                read += 1
                match item:
                    case ("article", article, line):
                        earlier = first_seen.get(article["id"])
                        if earlier is not None:
                            yield "rejected", rejected(
                                name, line, f"duplicate article id {article['id']!r} (first read at {earlier}); "
                                "give every article a unique id", field="id", raw=article["text"]), name, line
                            continue
                        first_seen[article["id"]] = f"{name}:{line}" if line is not None else name
                        yield "article", article, name, line
                    case ("rejected", record, line):
                        yield "rejected", record, name, line
        except OSError as exc:
            yield "rejected", rejected(name, None, f"cannot read the file ({exc.strerror or exc}); "
                                       "check that it is readable"), name, None
            continue
        if not read:  # an empty or blank file is a mistake (a wrong path, a failed export), not zero articles
            yield "rejected", rejected(name, None, "input file holds no article (it is empty or blank); "
                                       "pass a file with at least one article"), name, None


def _not_readable(path: Path) -> str | None:
    """Why `path` cannot be read as an input file ("<problem>; <fix>"), None for a regular file.

    A FIFO or a device would block the run or never end, so only regular files are read; a file that
    cannot even be looked at (a folder on its path without permission) is that file's problem only.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "not found; check the path"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc}); check its permissions"
    if stat.S_ISDIR(mode):
        return "is a directory; pass the files in it"
    if not stat.S_ISREG(mode):
        return "is not a regular file but a FIFO, socket or device, which may never end; pass a file"
    return None
