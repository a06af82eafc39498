"""The out-of-core parts of `builder release`: shards written as rows stream in (bounded row groups,
shards cut by rows or bytes), records spilled to disk with duplicates still named by record, and story
links found by sorted scans give what they gave in memory."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from datasets import Features, Value

from builder.errors import BuilderError
from builder.release.inputs import load_inputs
from builder.release.store import RecordStore
from builder.release.stories import StoryRules, group_stories
from builder.release.writer import ShardRows, SplitWriter
from fixtures.release import sample_inputs

FEATURES = Features({"id": Value("string"), "n": Value("int64")})


def test_shards_are_cut_by_rows_and_by_bytes_and_named_once_their_count_is_known(tmp_path: Path) -> None:
    by_rows = SplitWriter(tmp_path, "c", "train", FEATURES, shard_rows=10, row_group_rows=4)
    for n in range(25):
        by_rows.write({"id": f"r{n:03d}", "n": n})
    shards = by_rows.close()
    assert [s.path for s in shards] == [f"c/train-0000{i}-of-00003.parquet" for i in range(3)]
    assert [s.rows for s in shards] == [12, 12, 1]  # a shard ends at the row group that reaches the limit
    meta = pq.read_metadata(tmp_path / shards[0].path)
    assert {meta.row_group(g).num_rows for g in range(meta.num_row_groups)} == {4}
    assert [r["n"] for r in ShardRows(tmp_path, shards, ["n"])] == list(range(25))
    assert not list((tmp_path / "c").glob(".*"))  # no unnamed part left

    by_bytes = SplitWriter(tmp_path, "c", "test", FEATURES, shard_bytes=1, row_group_rows=5)
    for n in range(10):
        by_bytes.write({"id": "x" * 100, "n": n})
    assert [s.rows for s in by_bytes.close()] == [5, 5]
    assert SplitWriter(tmp_path, "c", "validation", FEATURES).close() == []  # no rows, no shard


def test_a_duplicate_claim_id_is_named_with_both_records(tmp_path: Path) -> None:
    split, _ = sample_inputs()
    folder = tmp_path / "split"
    folder.mkdir()
    (folder / "articles.jsonl").write_text((split / "articles.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    lines = (split / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "claims.jsonl").write_text("\n".join(lines + [lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(BuilderError) as error:
        load_inputs(folder)
    # the checks across records (`builder validate`) run before the store and name both records
    claims = folder / "claims.jsonl"
    assert str(error.value).startswith(f"{claims}:{len(lines) + 1}: /claim_id: '{json.loads(lines[1])['claim_id']}'")
    assert f"first at {claims}:2" in str(error.value)


def test_the_store_returns_claims_in_row_order_whatever_the_input_order() -> None:
    store = RecordStore()
    claims = [{"claim_id": f"c{i}", "article_id": a, "sentence_index": s, "spans": [{"start": start}]}
              for i, (a, s, start) in enumerate([("b", 0, 5), ("a", 2, 0), ("a", 1, 9), ("a", 1, 3)])]
    for number, claim in enumerate(claims, 1):
        assert store.add("claims", claim["claim_id"], number, claim) is None
    assert store.flush("claims") is None
    assert [c["claim_id"] for c in store.claims()] == ["c3", "c2", "c1", "c0"]
    store.close()


def test_streamed_story_links_take_claims_and_articles_once_each() -> None:
    articles = [{"id": k, "text": f"Text {k} " * 3, "published": {"value": "2024-01-0" + d, "precision": "day"}}
                for k, d in (("a", "1"), ("b", "2"), ("c", "9"))]
    people = [{"text": name, "start": 0, "end": 1, "label": "PER"} for name in ("X Y", "Z W", "Q R")]
    claims = iter([{"article_id": "a", "claim_id": "1", "text": "Der Bund zahlt.", "entities": people},
                   {"article_id": "b", "claim_id": "2", "text": "Etwas anderes.", "entities": people},
                   {"article_id": "c", "claim_id": "3", "text": "der  bund zahlt.", "entities": []}])
    stories = group_stories(iter(articles), claims)
    assert stories.story_of == {"a": "a", "b": "a", "c": "a"}  # b: same event; c: same claim text
    assert stories.links == {"near_duplicate": 0, "same_event": 1, "same_claim": 1}


def test_an_entity_named_by_too_many_articles_at_once_links_none_of_them() -> None:
    articles = [{"id": k, "text": f"Text {k} " * 3, "published": {"value": "2024-01-01", "precision": "day"}}
                for k in "abc"]
    people = [{"text": name, "start": 0, "end": 1, "label": "PER"} for name in ("X Y", "Z W", "Q R")]
    claims = [{"article_id": k, "claim_id": k, "text": f"Satz {k}.", "entities": people} for k in "abc"]
    assert group_stories(articles, claims, StoryRules(event_entity_max_articles=2)).count == 1
    assert group_stories(articles, claims, StoryRules(event_entity_max_articles=1)).count == 3
