"""Parquet files carry a CRC per page and every reader verifies it: damage that would otherwise decode to
other values is named, in a release (`builder validate RELEASE_DIR`) and in record files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from builder.cli import main
from builder.records.files import read_records, write_records
from builder.release.build import build_release
from builder.release.check import check_release

# `offline` is an autouse fixture, imported so that it applies to this module's tests (hence F401)
from fixtures.release import offline, sample_inputs  # noqa: F401

CANDIDATES = "candidates/train-00000-of-00001.parquet"


def _flip_unnoticed(path: Path) -> None:
    """Flip one bit inside a data page where reading without checksums still succeeds, with other values
    (such places exist: they are what the checksums are for)."""
    original, data = pq.read_table(path), path.read_bytes()
    meta = pq.ParquetFile(path).metadata.row_group(0)
    for column in range(meta.num_columns):
        chunk = meta.column(column)
        start = chunk.dictionary_page_offset or chunk.data_page_offset
        for position in range(start + 20, start + chunk.total_compressed_size):
            damaged = bytearray(data)
            damaged[position] ^= 0x01
            path.write_bytes(damaged)
            try:
                unnoticed = not pq.ParquetFile(path).read().equals(original)
            except OSError:
                unnoticed = False
            if unnoticed:
                return
    raise AssertionError(f"no bit of {path} changes its values unnoticed")


def test_a_release_shard_damaged_unnoticeably_fails_its_page_checksum(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull)
    _flip_unnoticed(release / CANDIDATES)
    problems = "\n".join(check_release(release))
    assert f"{release / CANDIDATES}: sha256 differs from manifest.json" in problems
    assert "CRC checksum verification failed" in problems


def test_a_shard_copied_without_its_manifest_still_fails_on_read(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull)
    alone = tmp_path / "downloaded" / "claims.parquet"
    alone.parent.mkdir()
    shutil.copy(release / CANDIDATES, alone)
    _flip_unnoticed(alone)
    code = CliRunner().invoke(main, ["validate", "--schema", "claim", str(alone)])
    assert code.exit_code == 1 and "CRC checksum verification failed" in code.stdout


def test_record_files_are_written_with_checksums_and_read_verified(tmp_path: Path) -> None:
    split, _ = sample_inputs()
    claims = [record for _, record in read_records(split / "claims.jsonl")]
    path = write_records(tmp_path, "claims", "claim", claims, fmt="parquet")
    _flip_unnoticed(path)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}: damaged Parquet after record 0: could not verify page integrity")
