"""The Python API for callers whose articles are strings and dicts, not files: `split_text`,
`split_articles` and, when the article records are needed too (claim offsets point into their `text`),
`split_article_records`.

The same steps as `builder split`, without files: the JSONL/CSV field normalisation (`article_from_fields`),
the pipeline's per-article step (limits, furniture, splitting, schema checks) and the cross-record checks
of `builder validate`. A caller gets valid records or a `BuilderError` naming the article, never a partial
record to check afterwards.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from functools import partial
from typing import Any

from builder.errors import BuilderError
from builder.ingest.fields import article_from_fields
from builder.ingest.rejects import BadInput
from builder.limits import Limits
from builder.pipeline import ordered_map, process
from builder.validate.consistency import Consistency

INPUT = "<articles>"  # stands for the file in errors: the caller's sequence, records numbered from 1


def split_article_records(articles: Iterable[Mapping[str, Any]], *, backend: str = "rules", workers: int = 1,
                          limits: Limits = Limits()) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(article record, its claim records) for each article, in order, streamed.

    Each article is a mapping with the fields of a JSONL input line: `id`, `title`, `text`, optional
    `lead`, `date`, `url`, `source`. Raises `BuilderError` (`<articles>:N: reason`, N counting from 1) at
    the first article that `builder split` would reject, and at a repeated id.
    """
    seen: dict[str, int] = {}
    consistency = Consistency()
    splitter = partial(process, backend=backend, limits=limits)
    for number, (kind, payload) in enumerate(ordered_map(splitter, _sourced(articles, seen), workers), 1):
        if kind == "rejected":
            raise BuilderError(payload["reason"], file=INPUT, record=payload["record"] or number)
        article, claims, _, _ = payload
        problems = [*consistency.add("article", article, INPUT, number),
                    *(p for claim in claims for p in consistency.add("claim", claim, INPUT, number))]
        if problems:
            raise BuilderError(f"the splitter made an inconsistent record: {problems[0]}",
                               fix="please report this bug with the article")
        yield article, claims


def _sourced(articles: Iterable[Mapping[str, Any]], seen: dict[str, int]) -> Iterator[tuple[str, Any, str, int]]:
    """The pipeline's input items for `articles`; a field the ingest refuses or a repeated id raises."""
    for number, fields in enumerate(articles, 1):
        if not isinstance(fields, Mapping):
            raise BuilderError(f"is a {type(fields).__name__}, not a mapping of article fields", file=INPUT,
                               record=number, fix="pass dicts with id, title, text (and lead, date, url, source)")
        try:
            article = article_from_fields(fields)
        except BadInput as exc:
            raise BuilderError(exc.reason, file=INPUT, record=number) from None
        if article["id"] in seen:
            raise BuilderError(f"duplicate article id {article['id']!r} (also article {seen[article['id']]})",
                               file=INPUT, record=number, fix="give every article a unique id")
        seen[article["id"]] = number
        yield "article", article, INPUT, number


def split_articles(articles: Iterable[Mapping[str, Any]], *, backend: str = "rules", workers: int = 1,
                   limits: Limits = Limits()) -> Iterator[dict[str, Any]]:
    """The claim records of every article (see `split_article_records`), in order, streamed."""
    for _, claims in split_article_records(articles, backend=backend, workers=workers, limits=limits):
        yield from claims


def split_text(text: str, *, title: str = "", lead: str | None = None, date: str | None = None,
               id: str | None = None, backend: str = "rules") -> list[dict[str, Any]]:
    """The claim records of one article given as strings; paragraphs of `text` are its lines.

    `id` defaults to a hash of title, lead and text, so the same article gets the same claim ids.
    """
    if id is None:
        digest = hashlib.sha256("\n\n".join([title, lead or "", text]).encode("utf-8")).hexdigest()
        id = f"text-{digest[:16]}"
    return list(split_articles([{"id": id, "title": title, "lead": lead, "text": text, "date": date}],
                               backend=backend))
