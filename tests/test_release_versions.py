"""Versions only go up, the previous release survives every failure, and the changelog says what moved."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import builder.release.build as build
from builder.cli import main
from builder.errors import BuilderError
from builder.records.files import find_records_file, read_records, write_records
from builder.release.build import build_release
from builder.release.check import check_release
from builder.release.versions import read_manifest

# `offline` is an autouse fixture, imported so that it applies to this module's tests (hence F401)
from fixtures.release import offline, sample_inputs  # noqa: F401


def records(folder: Path, stem: str) -> list[dict]:
    return [record for _, record in read_records(find_records_file(folder, stem))]


def digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    """A releases folder holding version 1.0.0 of the sample."""
    split, pull = sample_inputs()
    build_release(split, "1.0.0", tmp_path / "releases", verified_dir=pull)
    return tmp_path / "releases"


def _next_inputs(tmp_path: Path) -> tuple[Path, Path, dict[str, object]]:
    """Inputs of a next version: one claim added, one removed, one relabelled, one no longer verified."""
    split, pull = sample_inputs()
    claims, verified = records(split, "claims"), records(pull, "verified")
    labelled = [v["claim"]["claim_id"] for v in verified if v["verdict"] == "supported"]
    unverified = next(v["claim"]["claim_id"] for v in verified if v["verdict"] == "refuted")
    removed, relabelled = labelled[0], labelled[1]
    added = {**claims[0], "claim_id": "f" * 16, "text": claims[0]["text"].rstrip(".") + " (ergänzt)."}
    new_split, new_pull = tmp_path / "split2", tmp_path / "pull2"
    shutil.copy(find_records_file(split, "articles"), new_split.mkdir() or new_split)
    write_records(new_split, "claims", "claim", [c for c in claims if c["claim_id"] != removed] + [added], "jsonl")
    kept = []
    for record in verified:
        ident = record["claim"]["claim_id"]
        if ident == relabelled:
            record = {**record, "verdict": "refuted"}
        if ident not in (removed, unverified):
            kept.append(record)
    write_records(new_pull, "verified", "verified", kept, "jsonl")
    before = next(v for v in verified if v["claim"]["claim_id"] == unverified)
    expected = {"added": [added["claim_id"]], "removed": [removed],
                "relabelled": sorted([(relabelled, "faithful/supported", "faithful/refuted"),
                                      (unverified, f"{before['fidelity']}/{before['verdict']}", "unverified")])}
    return new_split, new_pull, expected


def test_a_new_version_archives_the_previous_and_lists_the_changes(releases: Path, tmp_path: Path) -> None:
    first = digests(releases / "claims-ch")
    split, pull, expected = _next_inputs(tmp_path)
    target = build_release(split, "1.1.0", releases, verified_dir=pull, drop_labels=True)
    manifest = read_manifest(target)
    assert (manifest["version"], manifest["previous_version"]) == ("1.1.0", "1.0.0")
    kept = releases / "claims-ch-versions" / "1.0.0"
    assert digests(kept) == first and list(check_release(kept)) == []
    changes = json.loads((target / "changes.json").read_text(encoding="utf-8"))
    assert changes["previous"] == "1.0.0"
    assert changes["added"] == expected["added"] and changes["removed"] == expected["removed"]
    assert [(c["claim_id"], c["before"], c["after"]) for c in changes["relabelled"]] == expected["relabelled"]
    card = (target / "README.md").read_text(encoding="utf-8")
    assert "Since 1.0.0: 1 claims added, 1 removed, 2 relabelled" in card
    assert f"- `{expected['relabelled'][0][0]}: {expected['relabelled'][0][1]} → " in card
    assert list(check_release(target)) == []


def test_an_older_or_existing_version_is_refused_and_force_remakes_it(releases: Path) -> None:
    split, pull = sample_inputs()
    before = digests(releases)
    with pytest.raises(BuilderError, match=re.escape("not newer than the last release 1.0.0")):
        build_release(split, "0.9.0", releases, verified_dir=pull)
    with pytest.raises(BuilderError, match=r"already exists.*--force"):
        build_release(split, "1.0.0", releases, verified_dir=pull)
    assert digests(releases) == before
    build_release(split, "1.0.0", releases, verified_dir=pull, force=True)
    assert digests(releases) == before  # same inputs, same bytes
    assert not (releases / "claims-ch-versions").exists()


def test_a_crash_while_writing_leaves_the_previous_release_untouched(releases: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    split, pull = sample_inputs()
    before = digests(releases)

    def crash(*_: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(build, "render_card", crash)
    with pytest.raises(RuntimeError, match="disk full"):
        build_release(split, "2.0.0", releases, verified_dir=pull)
    assert digests(releases) == before
    assert sorted(p.name for p in releases.iterdir()) == ["claims-ch"]  # no temporary folder left


def _broken_inputs(tmp_path: Path, case: str) -> list[str]:
    split, pull = sample_inputs()
    claims, verified = records(split, "claims"), records(pull, "verified")
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(find_records_file(split, "articles"), bad)
    if case == "missing folder":
        return ["--claims", str(tmp_path / "nowhere")]
    if case == "no claims file":
        return ["--claims", str(bad)]
    if case == "invalid claim":
        write_records(bad, "claims", "claim", claims[:1], "jsonl")
        path = bad / "claims.jsonl"
        path.write_text(path.read_text(encoding="utf-8").replace(claims[0]["claim_id"], "XYZ"), encoding="utf-8")
        return ["--claims", str(bad)]
    if case == "dangling article":
        write_records(bad, "claims", "claim", [{**claims[0], "article_id": "elsewhere"}], "jsonl")
        return ["--claims", str(bad)]
    if case == "unknown verified claim":
        write_records(bad, "claims", "claim", claims[1:], "jsonl")
        write_records(tmp_path / "pull", "verified", "verified",
                      [v for v in verified if v["claim"]["claim_id"] == claims[0]["claim_id"]] or
                      [{**verified[0], "claim": claims[0]}], "jsonl")
        return ["--claims", str(bad), "--verified", str(tmp_path / "pull")]
    raise AssertionError(case)


@pytest.mark.parametrize("case,message", [
    ("missing folder", "nowhere: not a folder"),
    ("no claims file", "no claims.parquet or claims.jsonl here"),
    ("invalid claim", "claims.jsonl:1: /claim_id: 'XYZ' does not match"),
    ("dangling article", "claims.jsonl:1: /article_id: article 'elsewhere' is not among the given articles"),
    ("unknown verified claim", "verified.jsonl:1: /claim/claim_id: claim"),
])
def test_bad_inputs_are_one_line_exit_2_and_the_release_stays(releases: Path, tmp_path: Path, case: str,
                                                              message: str) -> None:
    before = digests(releases)
    args = ["release", *_broken_inputs(tmp_path, case), "--version", "2.0.0", "-o", str(releases)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("builder: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr
    assert digests(releases) == before


@pytest.mark.parametrize("version,message", [("1.0", "is not a semantic version"),
                                             ("0.9.9", "not newer than the last release 1.0.0"),
                                             ("1.0.0", "already exists (pick a higher version, or pass --force")])
def test_bad_versions_are_one_line_exit_2(releases: Path, version: str, message: str) -> None:
    split, pull = sample_inputs()
    before = digests(releases)
    result = CliRunner().invoke(main, ["release", "--claims", str(split), "--verified", str(pull),
                                       "--version", version, "-o", str(releases)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and message in result.stderr
    assert digests(releases) == before


def test_the_cli_reports_what_it_wrote(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    result = CliRunner().invoke(main, ["release", "--claims", str(split), "--verified", str(pull),
                                       "--version", "0.1.0", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"release 0.1.0 written to {tmp_path / 'claims-ch'}" in result.stderr
    assert list(check_release(tmp_path / "claims-ch")) == []


def test_a_folder_that_is_not_a_release_is_not_overwritten(tmp_path: Path) -> None:
    split, _pull = sample_inputs()
    (tmp_path / "claims-ch").mkdir()
    (tmp_path / "claims-ch" / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["release", "--claims", str(split), "--version", "1.0.0", "-o", str(tmp_path)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "claims-ch: not a release folder" in result.stderr
    assert (tmp_path / "claims-ch" / "notes.txt").read_text(encoding="utf-8") == "mine\n"


def test_with_the_newest_release_moved_away_the_changelog_compares_with_the_newest_kept(
        releases: Path, tmp_path: Path) -> None:
    split, pull, _ = _next_inputs(tmp_path)
    build_release(split, "1.1.0", releases, verified_dir=pull, drop_labels=True)
    shutil.rmtree(releases / "claims-ch")
    target = build_release(split, "1.2.0", releases, verified_dir=pull, drop_labels=True)
    assert read_manifest(target)["previous_version"] == "1.0.0"
