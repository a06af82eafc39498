"""The per-article pipeline of `builder split` as datatrove PipelineSteps: read → split → write → exclude.

Each step is plain configuration (paths, names, limits), so executors can pickle it to other processes
and machines. Task `rank` of `world_size` takes the input items whose position modulo `world_size` is
`rank`: every task reads the whole input stream with the project's own readers (reading costs little
next to splitting) and so sees every article id, which keeps duplicate-id rejection exactly as in a
process-pool run, and each item's position (`Document.id`) orders the final merge.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from builder.engine.shards import ShardWriter
from builder.ingest import read_sourced
from builder.limits import Limits
from builder.pipeline import process
from builder.records.files import Format
from builder.split.backend import Backend

# Document.metadata key: ("article", (article, claims, dropped, usage)) or ("rejected", record)
RESULT = "builder_result"


class SourcedReader(PipelineStep):
    """Every input format the project reads (text, JSONL, CSV, Swissdox TSV), through its own readers;
    bad input comes through as rejected items with file and line, as in a process-pool run."""

    name = "builder reader"
    type = "📖 - READER"

    def __init__(self, inputs: list[str], input_format: str | None) -> None:
        super().__init__()
        self.inputs, self.input_format = inputs, input_format

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for position, item in enumerate(read_sourced([Path(p) for p in self.inputs], self.input_format)):
            if position % world_size == rank:
                self.stat_update(item[0])
                yield Document(text=item[1].get("text") or "", id=str(position), metadata={"item": item})


class SplitArticles(PipelineStep):
    """`builder.pipeline.process` on each item: furniture, limits, splitting, validation of every record."""

    name = "builder split"
    type = "✂️ - SPLITTER"

    def __init__(self, backend: Backend, limits: Limits) -> None:
        super().__init__()
        self.backend, self.limits = backend, limits

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for document in data or ():
            with self.track_time():
                kind, payload = process(document.metadata.pop("item"), self.backend, self.limits)
            self.stat_update(kind)
            document.metadata[RESULT] = (kind, payload)
            yield document


class _ShardStep(PipelineStep):
    """Writes some results of one task to its shards and passes every document on; the shards are put in
    place when the task's input is exhausted, and discarded when the task fails."""

    type = "💽 - WRITER"
    stems: tuple[str, ...] = ()

    def __init__(self, folder: str, fmt: Format) -> None:
        super().__init__()
        self.folder, self.fmt = folder, fmt

    def records(self, kind: str, payload: object) -> Iterator[tuple[str, dict]]:
        raise NotImplementedError

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        writers = {stem: ShardWriter(Path(self.folder), rank, stem, self.fmt) for stem in self.stems}
        try:
            for document in data or ():
                for stem, record in self.records(*document.metadata[RESULT]):
                    writers[stem].write(int(document.id), record)
                    self.stat_update(stem)
                yield document
        except BaseException:
            for writer in writers.values():
                writer.abort()
            raise
        for writer in writers.values():
            writer.close()


class RecordShardWriter(_ShardStep):
    """Articles and their claims (Parquet or JSONL, as the run's `--format`)."""

    name = "builder articles+claims"
    stems = ("articles", "claims")

    def records(self, kind: str, payload: object) -> Iterator[tuple[str, dict]]:
        if kind == "article":
            article, claims, _, _ = cast(tuple[dict, list[dict], list[dict], dict], payload)
            yield "articles", article
            for claim in claims:
                yield "claims", claim


class ExclusionShardWriter(_ShardStep):
    """Rejected inputs and articles with their file, record and reason (JSONL, as `rejected.jsonl`)."""

    name = "builder rejected"
    stems = ("rejected",)

    def records(self, kind: str, payload: object) -> Iterator[tuple[str, dict]]:
        if kind == "rejected":
            yield "rejected", payload  # type: ignore[misc]
        else:  # the claims the backend gave up, with their reasons
            yield from (("rejected", record) for record in cast(tuple[dict, list, list[dict], dict], payload)[2])
