"""A release says where its labels come from: synthetic ones make it a silver release in rows, card and
manifest, and its agreement figures (alpha with a bootstrap interval) are those of `builder pull`."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.errors import BuilderError
from builder.records.files import read_records, write_records
from builder.release.build import build_release, dropped_labels
from fixtures.release import sample_inputs


def _claims_rows(release: Path) -> list[dict]:
    return [row for path in sorted((release / "claims").glob("*.parquet")) for row in pq.read_table(path).to_pylist()]


def test_synthetic_labels_make_a_silver_release_everywhere(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "0.1.0", tmp_path, verified_dir=pull)
    rows = _claims_rows(release)
    assert rows and {r["label_source"] for r in rows} == {"synthetic"}
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["options"]["silver"] is True
    assert manifest["labels"]["sources"] == {"synthetic": len(rows)}
    verdict = manifest["labels"]["agreement"]["verdict"]
    low, high = verdict["alpha_ci95"]
    assert low <= verdict["alpha"] <= high and verdict["bootstrap"] == {"draws": 1000, "seed": 0}
    card = (release / "README.md").read_text()
    assert "silver release" in card and "synthetic" in card
    assert "verified by people" not in card and "pseudonymised annotators" not in card
    assert "Swiss news" not in card


def test_labels_from_annotators_are_not_silver(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    people = tmp_path / "pull"
    for stem, kind in (("verified", "verified"), ("annotations", "annotation")):
        records = [r for _, r in read_records(pull / f"{stem}.jsonl")]
        if kind == "verified":
            records = [{**r, "label_source": "annotators"} for r in records]
        write_records(people, stem, kind, records, fmt="jsonl")
    release = build_release(split, "0.1.0", tmp_path / "releases", verified_dir=people)
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["options"]["silver"] is False
    assert set(manifest["labels"]["sources"]) == {"annotators"}
    card = (release / "README.md").read_text()
    assert "verified by people in Label Studio" in card
    assert "silver release" not in card and "synthetic labels" not in card


def test_a_release_that_would_drop_labels_is_refused_unless_told(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    releases = tmp_path / "releases"
    build_release(split, "1.0.0", releases, verified_dir=pull)
    verified = [r for _, r in read_records(pull / "verified.jsonl")]
    labelled = next(r for r in verified if r["verdict"])
    fewer = tmp_path / "pull"
    write_records(fewer, "verified", "verified", [r if r is not labelled else {**r, "verdict": None}
                                                  for r in verified], fmt="jsonl")
    before = sorted(p.name for p in releases.iterdir())
    with pytest.raises(BuilderError, match=f"would drop the labels of 1 claim.*{labelled['claim']['claim_id']}"
                                           ".*--drop-labels"):
        build_release(split, "1.1.0", releases, verified_dir=fewer)
    assert sorted(p.name for p in releases.iterdir()) == before
    result = CliRunner().invoke(main, ["release", "--claims", str(split), "--verified", str(fewer), "--version",
                                       "1.1.0", "-o", str(releases), "--drop-labels"])
    assert result.exit_code == 0, result.output
    assert json.loads((releases / "claims-ch" / "manifest.json").read_text())["options"]["drop_labels"] is True


def test_a_release_without_verified_after_a_labelled_one_is_refused_in_one_line(tmp_path: Path) -> None:
    """Forgetting `--verified` would release every claim unverified: the previous labels are not dropped silently."""
    split, pull = sample_inputs()
    releases = tmp_path / "releases"
    build_release(split, "1.0.0", releases, verified_dir=pull)
    labelled = sum(1 for _, r in read_records(pull / "verified.jsonl") if r["fidelity"] is not None)
    before = sorted(p.name for p in releases.iterdir())
    result = CliRunner().invoke(main, ["release", "--claims", str(split), "--version", "1.1.0", "-o", str(releases)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"builder: error: {split}: release 1.1.0 would drop the labels of {labelled} "
                                    "claim(s) labelled in 1.0.0")
    assert "--drop-labels" in result.stderr
    assert sorted(p.name for p in releases.iterdir()) == before


def test_dropped_labels_are_losses_not_relabellings() -> None:
    before = {"a": "faithful/supported", "b": "faithful/refuted", "c": "unverified", "d": "not_atomic/-",
              "e": "faithful/supported"}
    after = {"a": "faithful/refuted", "b": "faithful/-", "c": "faithful/supported", "d": "unverified"}
    assert dropped_labels(before, after) == ["b", "d", "e"]


def test_the_card_shows_label_figures_per_split(tmp_path: Path) -> None:
    split, pull = sample_inputs()
    release = build_release(split, "0.1.0", tmp_path, verified_dir=pull)
    card = (release / "README.md").read_text()
    manifest = json.loads((release / "manifest.json").read_text())
    for question in ("fidelity", "verdict"):
        png = release / "figures" / f"{question}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"![{question} labels per split](figures/{question}.png)" in card
        assert f"figures/{question}.png" in manifest["files"]


def test_verified_claims_of_every_verdict_are_spread_over_the_splits() -> None:
    from collections import Counter

    from builder.release.splits import SPLITS, UNLABELLED, assign_splits

    # 60 stories of unlabelled candidates, 20 stories carrying one verified claim each among many candidates
    strata = {f"u{i:02d}": Counter({UNLABELLED: 40 + i % 7}) for i in range(60)}
    for i in range(20):
        verdict = ("supported", "refuted")[i % 2]
        strata[f"v{i:02d}"] = Counter({UNLABELLED: 30 + i % 5, verdict: 1})
    assigned = assign_splits(strata, seed=0)
    per_split = {s: Counter() for s in SPLITS}
    for story, counts in strata.items():
        per_split[assigned[story]].update(counts)
    for verdict in ("supported", "refuted"):
        assert [per_split[s][verdict] for s in SPLITS] == [8, 1, 1], verdict


def test_publish_leaves_full_texts_out_unless_asked(tmp_path: Path) -> None:
    from builder.release.publish import plan_publish

    split, pull = sample_inputs()
    with_text = build_release(split, "0.1.0", tmp_path / "a", verified_dir=pull)
    result = CliRunner().invoke(main, ["publish", str(with_text), "--repo", "org/claims-ch", "--dry-run"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "holds the full article texts" in result.stderr and "--omit-text" in result.stderr
    assert plan_publish(with_text, "org/claims-ch", include_text=True).gated is True
    without = build_release(split, "0.1.0", tmp_path / "b", verified_dir=pull, omit_text=True)
    plan = plan_publish(without, "org/claims-ch")
    assert plan.gated is False and "gated" not in plan.lines()[0]
