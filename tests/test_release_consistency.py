"""`builder release` refuses split records that do not fit together or hold no claims, in one line, and
`builder validate RELEASE_DIR` checks the released candidates against the released articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from builder.cli import main
from builder.records.files import read_records
from builder.release.build import build_release
from builder.release.check import check_release

# `offline` is an autouse fixture, imported so that it applies to this module's tests (hence F401)
from fixtures.release import offline, rewrite_shard, sample_inputs  # noqa: F401

CANDIDATES = "candidates/train-00000-of-00001.parquet"


def _split_copy(tmp_path: Path) -> Path:
    """An editable copy of the sample's split output, without its run manifest (edited on purpose)."""
    split, _ = sample_inputs()
    copy = tmp_path / "split"
    shutil.copytree(split, copy)
    (copy / "run-manifest.json").unlink()
    return copy


def _rewrite_claims(folder: Path, change) -> None:
    claims = [record for _, record in read_records(folder / "claims.jsonl")]
    (folder / "claims.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in change(claims)),
                                         encoding="utf-8")


def test_release_of_claims_outside_their_article_is_refused_in_one_line(tmp_path: Path) -> None:
    split = _split_copy(tmp_path)

    def damage(claims: list[dict]) -> list[dict]:
        claims[0]["spans"] = [{"start": 0, "end": 10**6}]
        claims[1]["sentence"] = "Nicht im Artikel."
        return claims

    _rewrite_claims(split, damage)
    result = CliRunner().invoke(main, ["release", "--claims", str(split), "--version", "1.0.0",
                                       "-o", str(tmp_path / "releases")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"builder: error: {split / 'claims.jsonl'}:1: /spans/0: span 0-1000000 is not "
                                    "inside the article's text")
    assert "and 1 more problem(s)" in result.stderr and f"builder validate {split}" in result.stderr
    assert not (tmp_path / "releases" / "claims-ch").exists()


def test_an_empty_release_is_refused_in_one_line(tmp_path: Path) -> None:
    split = _split_copy(tmp_path)
    _rewrite_claims(split, lambda claims: [])
    result = CliRunner().invoke(main, ["release", "--claims", str(split), "--version", "1.0.0",
                                       "-o", str(tmp_path / "releases")])
    assert (result.exit_code, result.stderr) == (
        2, f"builder: error: {split / 'claims.jsonl'}: nothing to release: no claims (release the output of a "
           "`builder split` that gave claims)\n")


def test_validate_release_checks_candidates_against_articles(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull)
    assert list(check_release(release)) == []

    def damage(rows: list[dict]) -> list[dict]:
        rows[2]["spans"] = [{"start": 5, "end": 3}, *rows[2]["spans"]]
        return rows

    rewrite_shard(release, CANDIDATES, damage)
    problems = list(check_release(release))
    assert any(line.startswith(f"{release / CANDIDATES}:3: /spans/0: span 5-3 is not inside") for line in problems)


def test_validate_names_a_release_without_claims(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull)
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"] = {k: v for k, v in manifest["files"].items() if not k.startswith("candidates/")}
    (release / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert f"{release / 'manifest.json'}: /files: the release holds no claims" in "\n".join(check_release(release))


def test_validate_release_names_a_repeated_claim_once_with_where_it_was_first(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull)
    count = len(list(read_records(release / CANDIDATES)))
    rewrite_shard(release, CANDIDATES, lambda rows: [*rows, rows[0]])
    repeated = [line for line in check_release(release) if "occurs twice" in line]
    assert len(repeated) == 1
    assert repeated[0].startswith(f"{release / CANDIDATES}:{count + 1}: /claim_id: '")
    assert repeated[0].endswith(f"occurs twice (first at {release / CANDIDATES}:1); ids must be unique")
