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
from typing import Any

from builder.errors import BuilderError
from builder.io.atomic import atomic_path
from builder.label.agreement import QuestionAgreement, project_agreement
from builder.records.types import Annotation
from builder.release.card import CARD, CHANGES, LICENSE, CardFacts, license_text, render_card, write_figures
from builder.release.changelog import UNVERIFIED, compare, label, release_labels
from builder.release.features import CONFIGS, STORY, article_row, candidate_row, config_features, verified_row
from builder.release.inputs import ReleaseInputs, load_inputs
from builder.release.manifest import dumps, file_entries, tool_versions, write_manifest
from builder.release.splits import RATIOS, SPLITS, UNLABELLED, assign_splits
from builder.release.stories import StoryRules, group_stories
from builder.release.versions import Plan, plan_release, read_manifest
from builder.release.writer import ROW_GROUP_ROWS, SHARD_ROWS, Shard, ShardRows, SplitWriter

# the columns of each config the card reads back from the written shards
CARD_COLUMNS = {"claims": ["fidelity", "verdict", "agreement", "needs_review", "label_source"],
                "candidates": ["splitter"],
                "articles": ["source", "published"]}


def _write_rows(root: Path, inputs: ReleaseInputs, story_of: dict[str, str], split_of: dict[str, str],
                omit_text: bool) -> dict[str, dict[str, list[Shard]]]:
    """The shards of every config by split: rows stream from the store in their final order."""
    sources = {"articles": (inputs.store.articles(), lambda r: article_row(r, story_of[r["id"]], omit_text=omit_text)),
               "candidates": (inputs.store.claims(), lambda r: candidate_row(r, story_of[r["article_id"]])),
               # records written before verified 1.1.0 came from `builder pull`: people made their labels
               "claims": (inputs.store.verified(judged_only=True),
                          lambda r: verified_row({"label_source": "annotators", **r},
                                                 story_of[r["claim"]["article_id"]]))}
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


def _tools() -> dict[str, Any]:
    """`tool_versions` plus the pinned libraries whose output is in the release: the figures' PNG bytes
    (matplotlib) and the agreement figures (krippendorff)."""
    from importlib.metadata import version

    return {**tool_versions(), "matplotlib": version("matplotlib"), "krippendorff": version("krippendorff")}


def _agreement(inputs: ReleaseInputs) -> list[QuestionAgreement]:
    """Agreement per question over the annotations of the released (judged) claims, in annotation order."""
    judged = {v["claim"]["claim_id"] for v in inputs.store.verified(judged_only=True)}
    by_claim: dict[str, list[Annotation]] = {}
    for annotation in sorted(inputs.annotations, key=lambda a: (a["claim_id"], a["annotation_id"])):
        if annotation["claim_id"] in judged:
            by_claim.setdefault(annotation["claim_id"], []).append(annotation)
    return project_agreement(by_claim)


def dropped_labels(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Claims whose earlier label (or part of it) the new release would lose: gone, unverified, or a
    question answered before and empty now. A changed label is a relabelling, not a loss."""
    lost = []
    for claim_id, old in sorted(before.items()):
        if old == UNVERIFIED:
            continue
        new = after.get(claim_id, UNVERIFIED)
        if new == UNVERIFIED or any(o != "-" and n == "-" for o, n in zip(old.split("/"), new.split("/"))):
            lost.append(claim_id)
    return lost


def build_release(claims_dir: Path, version: str, releases_dir: Path, *, verified_dir: Path | None = None,
                  name: str = "claims-ch", force: bool = False, omit_text: bool = False, seed: int = 0,
                  license: str = "other", rules: StoryRules = StoryRules(), drop_labels: bool = False) -> Path:
    """Write `releases_dir/name/` (a Hugging Face dataset repository) and return its path.

    Raises BuilderError, before anything is written, for invalid inputs, for a version that is not
    newer than the last release (or equal to it without `force`), and for a release that would lose
    labels of the previous one (annotators' work) unless `drop_labels` says that is intended.
    """
    plan = plan_release(releases_dir, name, version, force=force)
    with closing(load_inputs(claims_dir, verified_dir)) as inputs:
        return _build(inputs, plan, version, name, omit_text, seed, license, rules, drop_labels,
                      Path(verified_dir or claims_dir))


def _build(inputs: ReleaseInputs, plan: Plan, version: str, name: str, omit_text: bool, seed: int, license: str,
           rules: StoryRules, drop_labels: bool, source: Path) -> Path:
    stories = group_stories(inputs.store.articles(), chain(inputs.store.claims(),
                                                           (v["claim"] for v in inputs.store.verified())),
                            rules, seed)
    split_of = assign_splits(_strata(inputs, stories.story_of), seed=seed)
    previous_version, before, after = None, {}, {}
    if plan.previous is not None:  # the changelog compares every claim's label: only with a previous release
        manifest = read_manifest(plan.previous)
        previous_version, before = manifest["version"], release_labels(plan.previous, list(manifest["files"]))
        after = _labels(inputs)
    lost = dropped_labels(before, after)
    if lost and not drop_labels:
        raise BuilderError(f"release {version} would drop the labels of {len(lost)} claim(s) labelled in "
                           f"{previous_version} (first: {', '.join(lost[:5])})", file=str(source),
                           fix="release from a pull that still holds them, or pass --drop-labels if losing them "
                               "is intended")
    changes = compare(previous_version, before, after)
    with atomic_path(plan.target, directory=True) as tmp:
        tmp.chmod(0o755)  # a release is for sharing; the temporary folder was made private
        shards = _write_rows(tmp, inputs, stories.story_of, split_of, omit_text)
        rows = {config: {split: ShardRows(tmp, shards[config][split], CARD_COLUMNS[config]) for split in SPLITS}
                for config in CONFIGS}
        (tmp / CHANGES).write_text(dumps(changes.as_dict()), encoding="utf-8")
        facts = CardFacts(name=name, version=version, license=license, seed=seed, omit_text=omit_text,
                          rules=rules, stories=stories.count, largest_story=stories.largest, links=stories.links,
                          rows=rows, shards=shards, annotations=inputs.annotations,  # type: ignore[arg-type]
                          agreement=_agreement(inputs), changes=changes, versions=_tools())
        figures = write_figures(tmp, facts)
        (tmp / CARD).write_text(render_card(facts, figures), encoding="utf-8")
        terms = license_text(facts)
        if terms is not None:
            (tmp / LICENSE).write_text(terms, encoding="utf-8")
        names = [CARD, CHANGES, *figures.values(), *([LICENSE] if terms is not None else [])]
        names += [s.path for by_split in shards.values() for split in by_split.values() for s in split]
        write_manifest(tmp, {
            "name": name, "version": version, "previous_version": changes.previous, "tools": _tools(),
            "splitters": [dict(s) for s in sorted(inputs.splitters)],
            "options": {"seed": seed, "omit_text": omit_text, "silver": facts.silver, "license": license,
                        "drop_labels": drop_labels, "ratios": dict(zip(SPLITS, RATIOS)),
                        "row_group_rows": ROW_GROUP_ROWS,
                        "shard_rows": SHARD_ROWS, "stories": rules.as_dict()},
            "inputs": [asdict(f) for f in inputs.files],
            "stories": stories.count,
            "labels": {"sources": facts.label_sources,
                       "agreement": {q.question: q.as_dict() for q in facts.agreement}},
            "splits": {c: {s: sum(x.rows for x in shards[c][s]) for s in SPLITS} for c in CONFIGS},
            "files": file_entries(tmp, names),
        })
        if plan.archive is not None:
            with atomic_path(plan.archive, directory=True) as kept:
                shutil.copytree(plan.target, kept, dirs_exist_ok=True)
    return plan.target
