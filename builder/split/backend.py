"""The splitter interface: any backend that maps one article record to claim records.

Splitting is a pure function of one article so that it can run anywhere (a process pool here, a
distributed engine later); backends differ only in how they find claims (rules today, an LLM later).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from builder.errors import BuilderError


class Splitter(Protocol):
    name: str
    version: str

    def split(self, article: dict) -> list[dict]:
        """Claim records (schemas/claim.schema.json) for one article record."""
        ...


def _rules() -> Splitter:
    from builder.split.rules import RuleSplitter

    return RuleSplitter()


BACKENDS: dict[str, Callable[[], Splitter]] = {"rules": _rules}


def get_splitter(name: str = "rules") -> Splitter:
    if name not in BACKENDS:
        raise BuilderError(f"unknown splitter backend {name!r}", fix=f"use one of {', '.join(BACKENDS)}")
    return BACKENDS[name]()
