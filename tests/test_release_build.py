"""A release built from real `builder split` output loads with `datasets`: configs, features, sizes, splits."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from datasets import Features

from builder.cli import main
from builder.records.files import find_records_file, read_records
from builder.release.build import build_release
from builder.release.check import check_release, front_matter
from builder.release.features import CONFIGS, config_features, label_names
from builder.release.neardup import near_duplicates
from builder.release.stories import normalise_claim
from builder.release.versions import read_manifest

# `offline` is an autouse fixture, imported so that it applies to this module's tests (hence F401)
from fixtures.release import CORPUS, REPO, corpus_inputs, load, offline, sample_inputs  # noqa: F401

SAMPLE_ID = "000_606d4c18b25b7e8e"


def records(folder: Path, stem: str) -> list[dict]:
    return [record for _, record in read_records(find_records_file(folder, stem))]


def judged(pull: Path) -> list[dict]:
    """Verified records with annotations: the claims config leaves out claims nobody annotated yet."""
    return [v for v in records(pull, "verified") if v["annotation_count"] > 0]


@pytest.fixture(scope="module")
def sample_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    split, pull = sample_inputs()
    return build_release(split, "1.0.0", tmp_path_factory.mktemp("releases"), verified_dir=pull)


@pytest.fixture(scope="module")
def corpus_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.exists():
        pytest.fail(f"{CORPUS} is missing: the shared corpus must be next to the repository")
    split, pull = corpus_inputs()
    return build_release(split, "1.0.0", tmp_path_factory.mktemp("releases"), verified_dir=pull)


def test_every_config_loads_from_the_folder_with_its_features_and_labels(sample_release: Path,
                                                                          tmp_path: Path) -> None:
    split, pull = sample_inputs()
    verified = judged(pull)
    expected = {"claims": len(verified), "candidates": len(records(split, "claims")), "articles": 1}
    assert 0 < expected["claims"] < len(records(pull, "verified")) == expected["candidates"]
    for config in CONFIGS:
        dataset = load(sample_release, config, tmp_path / "cache")
        assert list(dataset) == ["train"]  # one article is one story, so one split
        assert dataset["train"].features == config_features(config)
        assert dataset["train"].num_rows == expected[config]
    claims = load(sample_release, "claims", tmp_path / "cache")["train"]
    for question in ("fidelity", "verdict"):
        assert claims.features[question].names == list(label_names(question))
    rows = {row["claim_id"]: row for row in claims}
    for record in verified:
        row = rows[record["claim"]["claim_id"]]
        assert row["text"] == record["claim"]["text"]
        for question in ("fidelity", "verdict"):
            value = row[question]
            assert (None if value == -1 else claims.features[question].int2str(value)) == record[question]


def test_every_config_loads_by_name_from_the_releases_folder(sample_release: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(sample_release.parent)
    default = load("claims-ch", None, tmp_path / "cache")
    assert default["train"].features == config_features("claims")
    assert default["train"].num_rows == len(judged(sample_inputs()[1]))
    for config in CONFIGS:
        dataset = load("claims-ch", config, tmp_path / "cache")
        assert dataset["train"].features == config_features(config)
        assert dataset["train"].num_rows == read_manifest(sample_release)["splits"][config]["train"]


def test_card_manifest_and_data_agree_on_split_sizes(sample_release: Path, tmp_path: Path) -> None:
    meta = front_matter(sample_release / "README.md")
    manifest = read_manifest(sample_release)
    assert [c["config_name"] for c in meta["configs"]] == ["claims", "candidates", "articles"]
    assert [c["config_name"] for c in meta["configs"] if c.get("default")] == ["claims"]
    for info in meta["dataset_info"]:
        dataset = load(sample_release, info["config_name"], tmp_path / "cache")
        for split in info["splits"]:
            assert split["num_examples"] == dataset[split["name"]].num_rows \
                == manifest["splits"][info["config_name"]][split["name"]]


def test_shards_carry_the_declared_arrow_schema(sample_release: Path) -> None:
    for name in read_manifest(sample_release)["files"]:
        if name.endswith(".parquet"):
            schema = pq.read_schema(sample_release / name)
            assert "large_string" not in str(schema)
            features = config_features(name.split("/")[0])
            assert schema.remove_metadata().equals(features.arrow_schema.remove_metadata())
            assert Features.from_arrow_schema(schema) == features  # what `datasets` reads from the file
    claims = pq.read_schema(sample_release / "claims/train-00000-of-00001.parquet")
    assert str(claims.field("verdict").type) == "int64"


def test_the_release_checks_clean_and_builder_validate_agrees(sample_release: Path) -> None:
    assert list(check_release(sample_release)) == []
    result = CliRunner().invoke(main, ["validate", str(sample_release)])
    assert result.exit_code == 0, result.output


def test_same_inputs_and_version_give_byte_identical_files(sample_release: Path, tmp_path: Path) -> None:
    split, pull = sample_inputs()
    again = build_release(split, "1.0.0", tmp_path, verified_dir=pull)

    def digests(root: Path) -> dict[str, str]:
        return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(root.rglob("*")) if p.is_file()}

    assert digests(again) == digests(sample_release)


def test_no_story_article_or_claim_text_crosses_splits(corpus_release: Path, tmp_path: Path) -> None:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for config in CONFIGS:
        for split, dataset in load(corpus_release, config, tmp_path / "cache").items():
            for row in dataset:
                seen[("story", row["story_id"])].add(split)
                seen[("article", row["id"] if config == "articles" else row["article_id"])].add(split)
                if config != "articles":
                    seen[("claim text", normalise_claim(row["text"]))].add(split)
    crossing = {key: splits for key, splits in seen.items() if len(splits) > 1}
    assert crossing == {}
    used = {split for splits in seen.values() for split in splits}
    assert used == {"train", "validation", "test"}
    assert list(check_release(corpus_release)) == []


def test_syndicated_copy_and_same_event_articles_share_a_story(corpus_release: Path, tmp_path: Path) -> None:
    articles = {}
    for dataset in load(corpus_release, "articles", tmp_path / "cache").values():
        articles.update({row["id"]: row for row in dataset})
    copy = next(k for k in articles if k.startswith("copy_"))
    assert articles[copy]["story_id"] == articles[SAMPLE_ID]["story_id"]
    assert (SAMPLE_ID, copy) in near_duplicates([(k, articles[k]["text"]) for k in (SAMPLE_ID, copy)]) \
        or (copy, SAMPLE_ID) in near_duplicates([(k, articles[k]["text"]) for k in (SAMPLE_ID, copy)])
    # the two Starlink reports of 28 August 2024 are one event told twice
    assert articles["54529609"]["story_id"] == articles["54529610"]["story_id"]
    assert len({row["story_id"] for row in articles.values()}) >= 10


def test_without_verified_records_a_silver_release_puts_everything_in_candidates(tmp_path: Path) -> None:
    split, _ = sample_inputs()
    release = build_release(split, "0.1.0", tmp_path / "releases")
    meta = front_matter(release / "README.md")
    assert [c["config_name"] for c in meta["configs"]] == ["candidates", "articles"]
    assert [c["config_name"] for c in meta["configs"] if c.get("default")] == ["candidates"]
    assert "silver release" in (release / "README.md").read_text(encoding="utf-8")
    manifest = read_manifest(release)
    assert manifest["options"]["silver"] is True and sum(manifest["splits"]["claims"].values()) == 0
    dataset = load(release, None, tmp_path / "cache")
    assert dataset["train"].features == config_features("candidates")
    assert dataset["train"].num_rows == len(records(split, "claims"))
    assert list(check_release(release)) == []


def test_omit_text_keeps_url_offsets_and_hash(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull, omit_text=True)
    original = records(split, "articles")[0]
    row = load(release, "articles", tmp_path / "cache")["train"][0]
    assert row["text"] is None
    assert row["text_sha256"] == hashlib.sha256(original["text"].encode("utf-8")).hexdigest()
    assert row["paragraphs"] == original["paragraphs"] and row["url"] == original["url"]
    assert [f["start"] for f in row["furniture"]] == [f["start"] for f in original["furniture"]]
    assert all(f["text"] is None for f in row["furniture"])
    body = next(p for p in original["paragraphs"] if p["kind"] == "body")
    passage = original["text"][body["start"]:body["end"]][:60]
    stored = json.dumps(pq.read_table(release / "articles/train-00000-of-00001.parquet").to_pylist(),
                        ensure_ascii=False)
    assert passage and passage not in stored
    assert list(check_release(release)) == []


def test_the_committed_sample_release_checks_clean_and_loads_by_name(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """releases/ in the repository (made by scripts/check_sample_release.sh --update, which CI re-runs)."""
    committed = REPO / "releases" / "claims-ch"
    assert list(check_release(committed)) == []
    monkeypatch.chdir(committed.parent)
    dataset = load("claims-ch", None, tmp_path / "cache")
    assert dataset["train"].features == config_features("claims")
    assert dataset["train"].num_rows == read_manifest(committed)["splits"]["claims"]["train"] > 0
