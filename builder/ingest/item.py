"""What every format reader yields, so that `read_articles` can treat all formats alike."""

from __future__ import annotations

from typing import Any

# ("article" | "rejected", the record, the 1-based line or row it came from, or None for a whole file)
Item = tuple[str, dict[str, Any], int | None]
