"""`builder publish`: what would go to the Hub, refused for a damaged release; no network in tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.errors import BuilderError
from builder.release.build import build_release
from builder.release.publish import plan_publish, publish
from builder.release.versions import read_manifest

# `offline` is an autouse fixture, imported so that it applies to this module's tests (hence F401)
from fixtures.release import offline, sample_inputs  # noqa: F401


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    split, pull = sample_inputs()
    return build_release(split, "1.2.3", tmp_path_factory.mktemp("releases"), verified_dir=pull)


def test_dry_run_lists_every_release_file_and_the_tag(built: Path) -> None:
    result = CliRunner().invoke(main, ["publish", str(built), "--repo", "claims-org/claims-ch", "--dry-run",
                                       "--include-text"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("would upload to https://huggingface.co/datasets/claims-org/claims-ch (gated: it holds full "
                        "article texts) and tag v1.2.3:")
    listed = [line.split()[0] for line in lines[1:-1]]
    assert listed == sorted([*read_manifest(built)["files"], "manifest.json"])
    sizes = {line.split()[0]: int(line.split()[1]) for line in lines[1:-1]}
    assert all(sizes[name] == (built / name).stat().st_size for name in listed)
    assert lines[-1] == f"{len(listed)} files, {sum(sizes.values())} bytes"


def test_a_damaged_release_is_not_published(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "claims-ch"
    shutil.copytree(built, copy)
    (copy / "changes.json").write_text("{}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["publish", str(copy), "--repo", "claims-org/claims-ch", "--dry-run",
                                       "--include-text"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "release does not pass its check (1 problems, first:" in result.stderr
    assert f"run `builder validate {copy}`" in result.stderr


@pytest.mark.parametrize("repo", ["claims-ch", "a/b/c", "/claims-ch"])
def test_the_repository_must_be_org_and_name(built: Path, repo: str) -> None:
    with pytest.raises(BuilderError, match="is not ORG/NAME"):
        plan_publish(built, repo)


def test_without_network_the_upload_fails_with_one_line(built: Path) -> None:
    """Offline (as every test runs), the Hub client refuses before any request: a user error, no traceback."""
    expected = r"^claims-org/claims-ch: upload failed: .*offline mode is enabled.*\(check the network"
    with pytest.raises(BuilderError, match=expected):
        publish(plan_publish(built, "claims-org/claims-ch", include_text=True), token="hf_not_a_real_token")
