"""A release says where its labels come from: synthetic ones make it a silver release in rows, card and
manifest, and its agreement figures (alpha with a bootstrap interval) are those of `builder pull`."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from builder.io.records import read_records, write_records
from builder.release.build import build_release
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
