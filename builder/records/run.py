"""The output folder of one run, whose files appear together or are known not to belong together.

A run's outputs (articles, claims, rejected) cannot be renamed into place in one step, and the folder
itself is not swapped: `-o OUT` may be `.` or hold the user's other files, which a folder swap would lose
or have to copy. Instead every output is first written completely to a hidden temporary beside its
target, then `run-manifest.json` is renamed into place naming each output with its size and sha256, and
only then are the temporaries renamed over the targets. Whatever moment a crash hits, the folder holds
either complete outputs that match the manifest, or files the manifest does not match, which every
reader of the folder (`find_records_file`, `read_records`, `builder validate OUT`) reports as one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from builder.io.atomic import remove_stale_temporaries
from builder.io.manifest import RUN_MANIFEST, write_manifest
from builder.records.files import SUFFIX, Format, RecordWriter


def output_paths(folder: Path, stems: Sequence[str]) -> list[Path]:
    """Every file a run into `folder` may write or replace: each stem in each format, and the manifest."""
    return [Path(folder) / f"{stem}{suffix}" for stem in stems for suffix in SUFFIX.values()] + \
        [Path(folder) / RUN_MANIFEST]


class RunOutput:
    """Record writers for one run into `folder`, published together on a clean exit (see the module).

    On an exception nothing in `folder` changes apart from the removal of temporaries left by killed runs.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.folder)
        self.writers: list[RecordWriter] = []

    def writer(self, stem: str, kind: str, fmt: Format) -> RecordWriter:
        writer = RecordWriter(self.folder, stem, kind, fmt)
        self.writers.append(writer)
        return writer

    def publish(self) -> list[Path]:
        """Finish every file, write the manifest, then rename the files into place (in that order)."""
        for writer in self.writers:
            writer.finish()
        files = {w.path.name: w.temporary for w in self.writers}
        write_manifest(self.folder, files)
        paths = [w.publish() for w in self.writers]
        for writer in self.writers:  # a twin in the other format from an earlier run would mislead old readers
            other = "parquet" if writer.fmt == "jsonl" else "jsonl"
            if writer.path.with_suffix(SUFFIX[other]).name not in files:
                writer.path.with_suffix(SUFFIX[other]).unlink(missing_ok=True)
        return paths

    def __enter__(self) -> RunOutput:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self.publish()
        finally:  # the temporaries not renamed into place (all of them after an error) go
            for writer in self.writers:
                writer.abort()
