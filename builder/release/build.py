"""`build_release`: split output (+ verified labels) → a versioned Hugging Face dataset folder, atomically.

The whole folder is written to a temporary sibling and renamed into place only when complete, so a crash
leaves the previous release untouched; the release it replaces is kept under `<name>-versions/`.
"""

from __future__ import annotations

import shutil
from collections import Counter
from contextlib import closing
from dataclasses import asdict
from itertools import chain
from pathlib import Path

from builder.io.atomic import atomic_path
from builder.release.card import CARD, CHANGES, CardFacts, render_card
from builder.release.changelog import UNVERIFIED, compare, label, release_labels
from builder.release.features import CONFIGS, STORY, article_row, candidate_row, config_features, verified_row
from builder.release.inputs import ReleaseInputs, load_inputs
from builder.release.manifest import dumps, file_entries, tool_versions, write_manifest
from builder.release.splits import RATIOS, SPLITS, UNLABELLED, assign_splits
from builder.release.stories import StoryRules, group_stories
from builder.release.versions import Plan, plan_release, read_manifest
from builder.release.writer import ROW_GROUP_ROWS, SHARD_ROWS, Shard, ShardRows, SplitWriter


# the columns of each config the card reads back from the written shards
CARD_COLUMNS = {"claims": ["fidelity", "verdict", "agreement", "needs_review"], "candidates": ["splitter"],
                "articles": ["source", "published"]}


def _write_rows(root: Path, inputs: ReleaseInputs, story_of: dict[str, str], split_of: dict[str, str],
                omit_text: bool) -> dict[str, dict[str, list[Shard]]]:
    """The shards of every config by split: rows stream from the store in their final order."""
    sources = {"articles": (inputs.store.articles(), lambda r: article_row(r, story_of[r["id"]], omit_text=omit_text)),
               "candidates": (inputs.store.claims(), lambda r: candidate_row(r, story_of[r["article_id"]])),
               "claims": (inputs.store.verified(judged_only=True),
                          lambda r: verified_row(r, story_of[r["claim"]["article_id"]]))}
    shards: dict[str, dict[str, list[Shard]]] = {}
    for config in CONFIGS:
        records, make_row = sources[config]
        writers = {split: SplitWriter(root, config, split, config_features(config)) for split in SPLITS}
        for record in records:
            row = make_row(record)
            writers[split_of[row[STORY]]].write(row)
        shards[config] = {split: writer.close() for split, writer in writers.items()}
    return shards


def _strata(inputs: ReleaseInputs, story_of: dict[str, str]) -> dict[str, Counter[str]]:
    """Per story, its candidate claims counted by verdict (or `UNLABELLED`), for stratified splitting."""
    strata: dict[str, Counter[str]] = {story: Counter() for story in story_of.values()}
    for article_id, verdict, claims in inputs.store.verdicts():
        strata[story_of[article_id]][UNLABELLED if verdict is None else verdict or "no_verdict"] += claims
    for counts in strata.values():
        if not counts:
            counts[UNLABELLED] = 0  # an article without claims still needs a split
    return strata


def _labels(inputs: ReleaseInputs) -> dict[str, str]:
    labels = {c["claim_id"]: UNVERIFIED for c in inputs.store.claims()}
    labels.update({v["claim"]["claim_id"]: label(v["fidelity"], v["verdict"])
                   for v in inputs.store.verified(judged_only=True)})
    return labels


def build_release(claims_dir: Path, version: str, releases_dir: Path, *, verified_dir: Path | None = None,
                  name: str = "claims-ch", force: bool = False, omit_text: bool = False, seed: int = 0,
                  license: str = "other", rules: StoryRules = StoryRules()) -> Path:
    """Write `releases_dir/name/` (a Hugging Face dataset repository) and return its path.

    Raises BuilderError, before anything is written, for invalid inputs and for a version that is not
    newer than the last release (or equal to it without `force`).
    """
    plan = plan_release(releases_dir, name, version, force=force)
    with closing(load_inputs(claims_dir, verified_dir)) as inputs:
        return _build(inputs, plan, version, name, omit_text, seed, license, rules)


def _build(inputs: ReleaseInputs, plan: Plan, version: str, name: str, omit_text: bool, seed: int, license: str,
           rules: StoryRules) -> Path:
    stories = group_stories(inputs.store.articles(), chain(inputs.store.claims(),
                                                           (v["claim"] for v in inputs.store.verified())),
                            rules, seed)
    split_of = assign_splits(_strata(inputs, stories.story_of), seed=seed)
    previous_version, before, after = None, {}, {}
    if plan.previous is not None:  # the changelog compares every claim's label: only with a previous release
        manifest = read_manifest(plan.previous)
        previous_version, before = manifest["version"], release_labels(plan.previous, list(manifest["files"]))
        after = _labels(inputs)
    changes = compare(previous_version, before, after)
    with atomic_path(plan.target, directory=True) as tmp:
        tmp.chmod(0o755)  # a release is for sharing; the temporary folder was made private
        shards = _write_rows(tmp, inputs, stories.story_of, split_of, omit_text)
        rows = {config: {split: ShardRows(tmp, shards[config][split], CARD_COLUMNS[config]) for split in SPLITS}
                for config in CONFIGS}
        (tmp / CHANGES).write_text(dumps(changes.as_dict()), encoding="utf-8")
        facts = CardFacts(name=name, version=version, license=license, seed=seed, omit_text=omit_text,
                          rules=rules, stories=stories.count, largest_story=stories.largest, links=stories.links,
                          rows=rows, shards=shards, annotations=inputs.annotations, changes=changes,  # type: ignore[arg-type]
                          versions=tool_versions())
        (tmp / CARD).write_text(render_card(facts), encoding="utf-8")
        names = [CARD, CHANGES] + [s.path for by_split in shards.values() for split in by_split.values()
                                   for s in split]
        write_manifest(tmp, {
            "name": name, "version": version, "previous_version": changes.previous, "tools": tool_versions(),
            "splitters": [dict(s) for s in sorted(inputs.splitters)],
            "options": {"seed": seed, "omit_text": omit_text, "silver": facts.silver, "license": license,
                        "ratios": dict(zip(SPLITS, RATIOS)), "row_group_rows": ROW_GROUP_ROWS,
                        "shard_rows": SHARD_ROWS, "stories": rules.as_dict()},
            "inputs": [asdict(f) for f in inputs.files],
            "stories": stories.count,
            "splits": {c: {s: sum(x.rows for x in shards[c][s]) for s in SPLITS} for c in CONFIGS},
            "files": file_entries(tmp, names),
        })
        if plan.archive is not None:
            with atomic_path(plan.archive, directory=True) as kept:
                shutil.copytree(plan.target, kept, dirs_exist_ok=True)
    return plan.target
