"""What every format reader yields, so that `read_articles` can treat all formats alike."""

from __future__ import annotations

from typing import Literal

from builder.records.types import Article, Rejected

# ("article" | "rejected", the record, the 1-based line or row it came from, or None for a whole file)
Item = tuple[Literal["article"], Article, int | None] | tuple[Literal["rejected"], Rejected, int | None]
