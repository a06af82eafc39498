"""claims-ch builder: German news articles → atomic claims → Label Studio verification → HF dataset.

`split_text`, `split_articles` and `split_article_records` (`builder.api`) split articles given as strings
and dicts. They are loaded on first use, so that `import builder` (every command does it) stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["split_article_records", "split_articles", "split_text"]


def __getattr__(name: str) -> Any:
    """The API functions, imported from `builder.api` (and the splitter with it) when first asked for."""
    if name in __all__:
        from builder import api

        return getattr(api, name)
    raise AttributeError(f"module 'builder' has no attribute {name!r}")
