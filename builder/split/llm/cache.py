"""The disk cache of model answers: a rerun costs no request, and a killed run resumes where it stopped.

One file per request, under `<folder>/<model>/<prompt version>/<article hash>/<window>.json`, written
atomically as soon as the answer is in, so that a run killed at any moment leaves only whole answers.
Each entry keeps the sha256 of the exact request it answers: an entry of another request (other
settings, another window layout) is a miss, never a wrong answer.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.io.atomic import atomic_write_text


def request_hash(body: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def article_hash(article: dict[str, Any]) -> str:
    """What identifies an article's requests: its id, text and publication date (the prompt shows all)."""
    key = json.dumps([article["id"], article["text"], article.get("published")], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "model"


@dataclass(frozen=True)
class AnswerCache:
    folder: Path
    model: str
    prompt_version: str

    def path(self, article: dict[str, Any], window: int) -> Path:
        return (self.folder / _slug(self.model) / self.prompt_version / article_hash(article) /
                f"{window}.json")

    def get(self, article: dict[str, Any], window: int, body: dict[str, Any]) -> dict[str, Any] | None:
        """The stored entry (`content`, `usage`) for this exact request, or None."""
        try:
            entry = json.loads(self.path(article, window).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # absent, or unreadable: ask again
            return None
        if not isinstance(entry, dict) or entry.get("request") != request_hash(body):
            return None
        return entry

    def put(self, article: dict[str, Any], window: int, body: dict[str, Any], content: str,
            usage: dict[str, int]) -> None:
        entry = {"request": request_hash(body), "model": self.model, "prompt_version": self.prompt_version,
                 "content": content, "usage": usage}
        atomic_write_text(self.path(article, window), json.dumps(entry, ensure_ascii=False) + "\n")
