"""`builder show`: read a split output folder the way an annotator would, one claim a line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from builder.io.records import find_records_file, read_records


def claim_lines(out_dir: Path, article_id: str | None = None) -> Iterator[str]:
    """Claims grouped under their source sentence, with speaker and resolved times."""
    last_sentence: tuple[str, int] | None = None
    for _, claim in read_records(find_records_file(out_dir, "claims")):
        if article_id and claim["article_id"] != article_id:
            continue
        key = (claim["article_id"], claim["sentence_index"])
        if key != last_sentence:
            yield f"[{claim['article_id']} #{claim['sentence_index']}] {claim['sentence']}"
            last_sentence = key
        extras = []
        if claim["attribution"]:
            extras.append(f"speaker: {claim['attribution']['speaker']}")
        extras += [f"{t['text']} = {t['value']}" for t in claim["time"]]
        yield f"    - {claim['text']}" + (f"   ({'; '.join(extras)})" if extras else "")


def trace_lines(out_dir: Path, article_id: str | None = None) -> Iterator[str]:
    """Why the rules splitter made each claim: the articles of a split folder split again (the splitter is a
    pure function of the article) with each claim's rules and each dropped draft's reason."""
    from builder.split.rules import RuleSplitter

    splitter = RuleSplitter()
    for _, article in read_records(find_records_file(out_dir, "articles")):
        if article_id and article["id"] != article_id:
            continue
        trace: list = []
        splitter.split(article, trace)
        for entry in trace:
            yield f"[{article['id']} #{entry.sentence_index}] {entry.sentence}"
            for text, rules in entry.claims:
                yield f"    + {text}   [{', '.join(rules) or 'as written'}]"
            for text, rules, why in entry.dropped:
                yield f"    - {text}   [{', '.join(rules) or 'as written'}] dropped: {why}"
