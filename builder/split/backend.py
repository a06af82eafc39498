"""The splitter interface: any backend that maps one article record to claim records.

Splitting is a pure function of one article so that it can run anywhere (a process pool, the distributed
engine); backends differ only in how they find claims (grammar rules, a language model). A backend is
chosen by name (`rules`) or by its settings (`LlmSettings`: endpoint, model, cache), which are plain,
hashable and picklable so that every worker builds the same splitter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from builder.errors import BuilderError
from builder.split.llm.settings import LlmSettings


class Splitter(Protocol):
    name: str
    version: str

    def split(self, article: dict) -> list[dict]:
        """Claim records (schemas/claim.schema.json) for one article record."""
        ...


@dataclass
class SplitNotes:
    """What a backend reports beside the claims of an article: the claims it made and gave up, each with
    its reason (they go to `rejected.jsonl`), and what the splitting cost (requests, tokens)."""

    dropped: list[tuple[str, str]] = field(default_factory=list)  # (reason, the dropped claim as JSON)
    usage: dict[str, float] = field(default_factory=dict)


def split_noted(splitter: Splitter, article: dict) -> tuple[list[dict], SplitNotes]:
    """The claims of `article` and the backend's notes (empty for a backend that keeps none)."""
    noted: Callable[[dict], tuple[list[dict], SplitNotes]] | None = getattr(splitter, "split_noted", None)
    return noted(article) if noted is not None else (splitter.split(article), SplitNotes())


Backend = str | LlmSettings


class SplitterFailed(Exception):
    """A backend could not split an article for a reason the user can act on (an endpoint down, an
    unreadable answer): the article is rejected with this reason, not as a bug."""


def _rules() -> Splitter:
    from builder.split.rules import RuleSplitter

    return RuleSplitter()


BACKENDS: dict[str, Callable[[], Splitter]] = {"rules": _rules}


def get_splitter(backend: Backend = "rules") -> Splitter:
    if isinstance(backend, LlmSettings):
        from builder.split.llm.backend import LlmSplitter

        return LlmSplitter(backend)
    if backend == "llm":
        raise BuilderError("the llm backend needs an endpoint and a model",
                           fix="pass --llm-url (or set CLAIMS_CH_LLM_URL) and --llm-model")
    if backend not in BACKENDS:
        raise BuilderError(f"unknown splitter backend {backend!r}", fix=f"use one of {', '.join([*BACKENDS, 'llm'])}")
    return BACKENDS[backend]()
