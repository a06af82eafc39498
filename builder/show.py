"""`builder show`: read an output folder the way an annotator would, one claim a line.

Any folder the tool writes holds claims: a split output (`claims.*`), a pull output (`verified.*`, each
claim with its majority labels) and a release (its `candidates`, each with its label in the `claims`
config), so one reader shows them all, labels beside the claims where there are any.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from builder.errors import BuilderError
from builder.records.files import find_records_file, read_records
from builder.validate.files import RELEASE_MANIFEST


def claim_lines(out_dir: Path, article_id: str | None = None) -> Iterator[str]:
    """Claims grouped under their source sentence, with labels, speaker and resolved times."""
    last_sentence: tuple[str, int] | None = None
    for claim, notes in folder_claims(Path(out_dir)):
        if article_id and claim["article_id"] != article_id:
            continue
        key = (claim["article_id"], claim["sentence_index"])
        if key != last_sentence:
            yield f"[{claim['article_id']} #{claim['sentence_index']}] {claim['sentence']}"
            last_sentence = key
        extras = list(notes)
        if claim["attribution"]:
            extras.append(f"speaker: {claim['attribution']['speaker']}")
        extras += [f"{t['text']} = {t['value']}" for t in claim["time"]]
        yield f"    - {claim['text']}" + (f"   ({'; '.join(extras)})" if extras else "")


def folder_claims(folder: Path) -> Iterator[tuple[dict[str, Any], list[str]]]:
    """(claim record, notes such as its label) of a release, pull or split output folder."""
    if (folder / RELEASE_MANIFEST).is_file():
        yield from _release_claims(folder)
        return
    try:
        verified = find_records_file(folder, "verified")
    except BuilderError:
        for _, claim in read_records(find_records_file(folder, "claims")):
            yield claim, []
        return
    records = sorted((v for _, v in read_records(verified)),
                     key=lambda v: (v["claim"]["article_id"], v["claim"]["sentence_index"]))
    for record in records:  # pull writes them in task order; sorted, a sentence's claims stay together
        yield record["claim"], _labels(record)


def _labels(verified: dict[str, Any]) -> list[str]:
    from builder.release.changelog import label

    notes = [f"label: {label(verified['fidelity'], verified['verdict'])}, {verified['annotation_count']} "
             "annotation(s)"]
    return notes + (["needs review"] if verified["needs_review"] else [])


def _release_claims(folder: Path) -> Iterator[tuple[dict[str, Any], list[str]]]:
    """Every candidate claim of a release folder with its label (`unverified` when nobody judged it)."""
    from builder.records.arrow import open_parquet
    from builder.release.changelog import release_labels
    from builder.release.features import record_from_row
    from builder.release.versions import read_manifest

    names = list(read_manifest(folder)["files"])
    try:
        labels = release_labels(folder, names)
        for name in sorted(n for n in names if n.startswith("candidates/")):
            for batch in open_parquet(folder / name).iter_batches(batch_size=1000):
                for row in batch.to_pylist():
                    yield record_from_row("candidates", row), [f"label: {labels[row['claim_id']]}"]
    except OSError as exc:  # a damaged shard (its page checksum fails) or one that is gone
        raise BuilderError(f"unreadable release shard: {exc}", file=str(folder),
                           fix=f"`builder validate {folder}` names the damage") from None


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
