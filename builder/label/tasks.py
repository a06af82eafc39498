"""Claims (with their articles) → Label Studio tasks, checked completely before anything is sent.

A task shows the claim, the article's title, source, date and link, and the paragraph around the source
sentence (`context`). The claim's spans are offsets into the article's `text`; the highlighted region is a
prediction placed by those offsets made relative to the context, in UTF-16 code units because that is
how the labeling frontend (JavaScript) counts characters.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.errors import BuilderError
from builder.label.config import CLAIM, CONTEXT, SPAN, span_label
from builder.records.files import find_records_file, read_records
from builder.records.schemas import violations


@dataclass(frozen=True)
class ClaimInput:
    """One valid claim record, the article it comes from, and where it was read."""

    claim: dict[str, Any]
    article: dict[str, Any]
    file: str
    record: int


def valid_records(path: Path, kind: str) -> Iterable[tuple[int, dict[str, Any]]]:
    """(number, record) of a record file; BuilderError at the first record that fails schema `kind`."""
    for number, record in read_records(path):
        found = violations(kind, record)
        if found:
            raise BuilderError(f"does not match the {kind} schema: {found[0]}", file=str(path), record=number,
                               fix=f"push the output of `builder split`; check it with `builder validate {path}`")
        yield number, record


def articles_beside(claims_file: Path, articles_file: Path | None = None) -> Path:
    """The articles of a claims file: the one given, else the `articles.*` that `builder split` wrote next to
    the claims."""
    if articles_file is not None:
        return Path(articles_file)
    try:
        return find_records_file(Path(claims_file).parent, "articles")
    except BuilderError:
        raise BuilderError("no articles file next to the claims file", file=str(claims_file),
                           fix="pass --articles FILE (the articles.* written by the same `builder split`)") from None


def read_claims(claims_file: Path, articles_file: Path | None = None) -> list[ClaimInput]:
    """Every claim of `claims_file` (first occurrence of each claim_id) with its article.

    The articles come from `articles_file`, else from the `articles.*` that `builder split` wrote next to
    the claims. Raises BuilderError on the first schema violation, unknown article or span outside the
    article's text, so a bad file is refused before anything reaches Label Studio.
    """
    claims_file = Path(claims_file)
    claims: list[tuple[int, dict[str, Any]]] = []
    seen: set[str] = set()
    for number, claim in valid_records(claims_file, "claim"):
        if claim["claim_id"] not in seen:
            seen.add(claim["claim_id"])
            claims.append((number, claim))
    articles_file = articles_beside(claims_file, articles_file)
    wanted = {claim["article_id"] for _, claim in claims}
    articles = {a["id"]: a for _, a in valid_records(Path(articles_file), "article") if a["id"] in wanted}
    out = []
    for number, claim in claims:
        article = articles.get(claim["article_id"])
        if article is None:
            raise BuilderError(f"/article_id: article {claim['article_id']!r} is not in {articles_file}",
                               file=str(claims_file), record=number,
                               fix="push claims together with the articles file of the same `builder split` run")
        for i, span in enumerate(claim["spans"]):
            if not span["start"] < span["end"] <= len(article["text"]):
                raise BuilderError(f"/spans/{i}: span {span['start']}-{span['end']} is outside the article's "
                                   f"text ({len(article['text'])} characters)", file=str(claims_file),
                                   record=number, fix="re-run `builder split`; spans are offsets into the text")
        out.append(ClaimInput(claim, article, str(claims_file), number))
    return out


def model_version(claim: dict[str, Any]) -> str:
    """The prediction's model version: the splitter that produced the claim."""
    return f"{claim['splitter']['name']} {claim['splitter']['version']}"


def _context_bounds(article: dict[str, Any], start: int, end: int) -> tuple[int, int]:
    """The paragraph(s) that hold the range start..end, else just the range."""
    touched = [p for p in article["paragraphs"] if p["start"] < end and start < p["end"]]
    if not touched:
        return start, end
    return min(start, touched[0]["start"]), max(end, touched[-1]["end"])


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def _article_html(article: dict[str, Any]) -> str:
    """Title, source, date and link as the small HTML block the interface shows (all escaped)."""
    source = html.escape(article["source"] or "Quelle unbekannt")
    date = html.escape(article["published"]["value"] or "Datum unbekannt")
    url = article["url"] or ""
    link = (f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">{html.escape(url)}</a>'
            if url.startswith(("http://", "https://")) else html.escape(url or "kein Link"))
    return (f'<div class="claims-article"><b>{html.escape(article["title"])}</b><br/>'
            f"{source} · {date}<br/>{link}</div>")


def _speaker(claim: dict[str, Any]) -> str:
    attribution = claim["attribution"]
    if not attribution:
        return ""
    kind = "direkte Rede" if attribution["quote"] == "direct" else "indirekte Rede"
    return f"Aussage von: {attribution['speaker']} ({kind})"


def claim_task(item: ClaimInput) -> dict[str, Any]:
    """The Label Studio task of one claim: data for the interface plus the highlighted span prediction."""
    claim, article = item.claim, item.article
    text = article["text"]
    first = min(s["start"] for s in claim["spans"])
    last = max(s["end"] for s in claim["spans"])
    begin, end = _context_bounds(article, first, last)
    context = text[begin:end]
    regions = [{
        "id": f"span-{i}", "from_name": SPAN, "to_name": CONTEXT, "type": "labels",
        "value": {"start": _utf16(context, s["start"] - begin), "end": _utf16(context, s["end"] - begin),
                  "text": text[s["start"]:s["end"]], "labels": [span_label()]},
    } for i, s in enumerate(claim["spans"])]
    data = {
        "claim_id": claim["claim_id"],
        "article_id": claim["article_id"],
        CLAIM: claim["text"],
        "speaker": _speaker(claim),
        "article": _article_html(article),
        CONTEXT: context,
        "record": claim,
    }
    return {"data": data, "predictions": [{"model_version": model_version(claim), "result": regions}]}
