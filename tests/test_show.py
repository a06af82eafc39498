"""`builder show` reads every folder the tool writes: split output, pull output (with the majority labels)
and a release (its candidates with their labels)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from builder.cli import main
from builder.records.files import read_records
from builder.release.build import build_release

# `offline` is an autouse fixture, imported so that it applies to this module's tests (hence F401)
from fixtures.release import offline, sample_inputs  # noqa: F401


def _show(folder: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(main, ["show", str(folder), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def _claims(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("    - ")]


def test_split_pull_and_release_show_the_same_claims_with_what_each_knows(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull)
    claims = [claim for _, claim in read_records(split / "claims.jsonl")]
    verified = {v["claim"]["claim_id"]: v for _, v in read_records(pull / "verified.jsonl")}
    from_split, from_pull, from_release = (_claims(_show(folder)) for folder in (split, pull, release))
    assert len(from_split) == len(claims) and not any("label:" in line for line in from_split)
    judged = [v for v in verified.values() if v["annotation_count"]]
    assert sum("label:" in line for line in from_pull) == len(verified)
    assert any(f"{v['annotation_count']} annotation(s)" in line for v in judged for line in from_pull)
    assert len(from_release) == len(claims) and all("label: " in line for line in from_release)
    for text in (c["text"] for c in claims):
        assert any(line.startswith(f"    - {text}") for line in from_pull + from_release)


def test_article_filter_works_on_a_release(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull)
    assert _show(release, "--article", "no-such-article") == []
    assert _show(release, "--article", "000_606d4c18b25b7e8e")[0].startswith("[000_606d4c18b25b7e8e #0]")
