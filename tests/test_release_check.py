"""`builder validate RELEASE_DIR`: each kind of damage to a release is found and named on one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.release.build import build_release
from builder.release.check import check_release
from builder.release.manifest import write_manifest
from builder.release.versions import read_manifest
from builder.validate.files import validate_files

# `offline` is an autouse fixture, imported so that it applies to this module's tests (hence F401)
from fixtures.release import corpus_inputs, offline, resign, rewrite_shard, sample_inputs  # noqa: F401

ARTICLES = "articles/train-00000-of-00001.parquet"
CANDIDATES = "candidates/train-00000-of-00001.parquet"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    split, pull = sample_inputs()
    return build_release(split, "1.0.0", tmp_path_factory.mktemp("releases"), verified_dir=pull)


@pytest.fixture
def release(built: Path, tmp_path: Path) -> Path:
    """A fresh copy of a sound release, to damage."""
    copy = tmp_path / "claims-ch"
    shutil.copytree(built, copy)
    assert list(check_release(copy)) == []
    return copy


def test_a_changed_file_fails_its_checksum(release: Path) -> None:
    with (release / CANDIDATES).open("r+b") as fh:
        fh.seek(100)
        byte = fh.read(1)
        fh.seek(100)
        fh.write(bytes([byte[0] ^ 0xFF]))
    assert f"{release / CANDIDATES}: sha256 differs from manifest.json" in "\n".join(check_release(release))


def test_missing_and_unlisted_files_are_named(release: Path) -> None:
    (release / "changes.json").unlink()
    (release / "candidates" / "stray.parquet").write_bytes(b"x")
    problems = list(check_release(release))
    assert f"{release / 'changes.json'}: listed in manifest.json but missing" in problems
    assert f"{release / 'candidates/stray.parquet'}: not listed in manifest.json" in problems


def test_card_sizes_must_match_the_shards(release: Path) -> None:
    card = release / "README.md"
    text = card.read_text(encoding="utf-8")
    card.write_text(text.replace("num_examples: 1\n", "num_examples: 2\n", 1), encoding="utf-8")
    resign(release, "README.md")
    assert list(check_release(release)) == [
        f"{card}: /dataset_info/2/splits: articles/train declares 2 examples, its shards hold 1"]


def test_card_data_files_must_match_the_shards(release: Path) -> None:
    card = release / "README.md"
    card.write_text(card.read_text(encoding="utf-8").replace("path: candidates/train-*", "path: candidates/tr-*"),
                    encoding="utf-8")
    resign(release, "README.md")
    assert list(check_release(release)) == [
        f"{card}: /configs/1/data_files/0: 'candidates/tr-*' matches nothing, but the candidates/train shards are "
        f"['{CANDIDATES}']"]


def test_shards_of_an_undeclared_config_cannot_be_loaded(release: Path) -> None:
    card = release / "README.md"
    text = card.read_text(encoding="utf-8")
    start = text.index("- config_name: articles\n  data_files:")
    card.write_text(text[:start] + text[text.index("dataset_info:"):], encoding="utf-8")
    resign(release, "README.md")
    assert list(check_release(release)) == [
        f"{card}: /configs: articles/train has shards but is not declared, so it cannot be loaded"]


def test_a_card_without_front_matter_is_reported(release: Path) -> None:
    (release / "README.md").write_text("# just text\n", encoding="utf-8")
    resign(release, "README.md")
    assert list(check_release(release)) == [f"{release / 'README.md'}: no YAML front matter between --- lines"]


def test_a_record_breaking_its_schema_is_named_with_row_and_pointer(release: Path) -> None:
    rewrite_shard(release, ARTICLES, lambda rows: [{**rows[0], "language": "deutsch"}, *rows[1:]])
    assert list(check_release(release)) == [
        f"{release / ARTICLES}:1: /language: 'deutsch' does not match '^[a-z]{{2}}$'"]


def test_a_large_string_column_differs_from_the_declared_features(release: Path) -> None:
    table = pq.read_table(release / CANDIDATES)
    index = table.schema.get_field_index("text")
    schema = table.schema.set(index, pa.field("text", pa.large_string()))
    pq.write_table(table.cast(schema), release / CANDIDATES)
    resign(release, CANDIDATES)
    assert list(check_release(release)) == [f"{release / CANDIDATES}: Arrow schema differs from the card's "
                                            f"features: column text is large_string, the card declares string"]


def test_an_unreadable_shard_or_malformed_card_is_reported_not_raised(release: Path) -> None:
    (release / CANDIDATES).write_bytes(b"PAR1 not really parquet")
    resign(release, CANDIDATES)
    card = release / "README.md"
    text = card.read_text(encoding="utf-8")
    card.write_text(text[:text.index("configs:")] + "configs: nonsense\n" + text[text.index("dataset_info:"):],
                    encoding="utf-8")
    resign(release, "README.md")
    problems = list(check_release(release))
    assert f"{card}: /configs: exactly one config must be the default, found 0" in problems
    assert any(p.startswith(f"{release / CANDIDATES}: not readable Parquet") for p in problems)
    assert all("\n" not in p for p in problems)


def test_row_groups_over_the_bound_are_reported(release: Path) -> None:
    manifest = read_manifest(release)
    manifest["options"]["row_group_rows"] = 5
    write_manifest(release, manifest)
    assert f"{release / CANDIDATES}: row group 0 has" in "\n".join(check_release(release))


def test_a_story_in_two_splits_is_leakage(tmp_path: Path) -> None:
    split, pull = corpus_inputs()
    release = build_release(split, "1.0.0", tmp_path, verified_dir=pull)
    train = pq.read_table(release / "articles/train-00000-of-00001.parquet").column("story_id")[0].as_py()
    shard = "articles/validation-00000-of-00001.parquet"
    rewrite_shard(release, shard, lambda rows: [{**rows[0], "story_id": train}, *rows[1:]])
    problems = list(check_release(release))
    assert f"{release / shard}:1: /story_id: story {train!r} is in both train and validation" in problems


def test_validate_cli_prints_problems_and_exits_1(release: Path, tmp_path: Path) -> None:
    (release / "changes.json").unlink()
    result = CliRunner().invoke(main, ["validate", str(release)])
    assert result.exit_code == 1
    assert result.stdout == f"{release / 'changes.json'}: listed in manifest.json but missing\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["validate", str(empty)])
    assert result.exit_code == 1 and "not a split, pull or release folder" in result.stdout


def test_validate_files_hands_a_release_folder_to_the_check_it_is_given(release: Path) -> None:
    """`validate` sits below `release`: the caller passes the release check in; without one, the folder is
    named, never silently passed."""
    (release / "changes.json").unlink()
    assert list(validate_files([release], release_check=check_release)) == [
        f"{release / 'changes.json'}: listed in manifest.json but missing"]
    assert list(validate_files([release])) == [
        f"{release}: a release folder (manifest.json); check it with `builder validate {release}`"]
