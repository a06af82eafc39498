"""Independent annotation: one project per annotator (`builder push --annotators`), merged by `pull`.

On the real server: the same overlap plan on every push, each annotator's share in a project of their
own, and `pull` counting in each project only the work of the annotator it is for.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import pytest
from label_studio_sdk import LabelStudio

from builder.errors import BuilderError
from builder.label.annotations import pseudonym
from builder.label.connection import connect
from builder.label.project import ANNOTATOR_PREFIX, claim_tasks, description_value, group_projects
from builder.label.pull import pull
from builder.label.push import overlap_plan, push_annotators
from builder.records.files import read_records

SALT = "annotators-salt"


def test_overlap_plan_gives_each_claim_to_overlap_annotators_the_same_way_every_time() -> None:
    claim_ids = [f"{i:016x}" for i in range(0, 3000, 7)]
    people = ["a@x", "b@x", "c@x"]
    plan = overlap_plan(claim_ids, people, 2)
    assert plan == overlap_plan(claim_ids, people, 2)
    for claim_id in claim_ids:
        assert sum(claim_id in ids for ids in plan.values()) == 2
    assert all(abs(len(ids) - 2 * len(claim_ids) / 3) < len(claim_ids) / 10 for ids in plan.values())


def _answer(verdict: str) -> list[dict]:
    return [{"from_name": "fidelity", "to_name": "claim", "type": "choices", "value": {"choices": ["faithful"]}},
            {"from_name": "verdict", "to_name": "claim", "type": "choices", "value": {"choices": [verdict]}},
            {"from_name": "evidence_urls", "to_name": "claim", "type": "textarea",
             "value": {"text": ["https://www.admin.ch/beleg"]}},
            {"from_name": "evidence_quote", "to_name": "claim", "type": "textarea",
             "value": {"text": ["Begründung mit Belegstelle."]}}]


@pytest.mark.studio
def test_one_project_per_annotator_merged_by_pull(studio, annotators, split_dir: Path, sample_claims: list[dict],
                                                  tmp_path: Path) -> None:
    anna, bert = annotators["anna"], annotators["bert"]
    title = f"Blind {secrets.token_hex(3)}"
    claims_file = split_dir / "claims.jsonl"
    n = len(sample_claims)
    summaries = push_annotators(claims_file, title, [anna.email, bert.email], url=studio.url, api_key=studio.token,
                                salt=SALT)
    assert [(s.created, s.imported, s.tasks) for s in summaries] == [(True, n, n), (True, n, n)]
    again = push_annotators(claims_file, title, [bert.email, anna.email], url=studio.url, api_key=studio.token,
                            salt=SALT)
    assert [(s.created, s.imported, s.present) for s in again] == [(False, 0, n), (False, 0, n)]

    conn = connect(studio.url, studio.token)
    projects = {description_value(p.description, ANNOTATOR_PREFIX): p for p in group_projects(conn, title)}
    assert set(projects) == {pseudonym(anna.email, SALT), pseudonym(bert.email, SALT)}
    own = {name: claim_tasks(conn, p.id) for name, p in projects.items()}
    claim_id = sorted(own[pseudonym(anna.email, SALT)])[0]
    for person, verdict in ((anna, "supported"), (bert, "supported")):
        task = own[pseudonym(person.email, SALT)][claim_id][0]
        LabelStudio(base_url=studio.url, api_key=person.token).annotations.create(task, result=_answer(verdict))
    # What Community edition does NOT enforce (docs/labeling.md): Bert can read Anna's project and answers
    # and can annotate there too; `pull` must keep that out of the data
    intruded = own[pseudonym(anna.email, SALT)][claim_id][0]
    as_bert = LabelStudio(base_url=studio.url, api_key=bert.token)
    assert [a.completed_by for a in as_bert.annotations.list(intruded)] != []
    as_bert.annotations.create(intruded, result=_answer("refuted"))

    summary = pull(title, tmp_path, url=studio.url, api_key=studio.token, fmt="jsonl", salt=SALT)
    assert sorted(summary.project_ids) == sorted(p.id for p in projects.values())
    assert (summary.tasks, summary.annotations, summary.duplicated, summary.deleted) == (2 * n, 2, [], [])
    assert len(summary.problems) == 1 and "not its annotator; left out" in summary.problems[0]
    records = [r for _, r in read_records(tmp_path / "verified.jsonl")]
    assert sorted(r["claim"]["claim_id"] for r in records) == sorted(c["claim_id"] for c in sample_claims)
    verified = {r["claim"]["claim_id"]: r for r in records}
    record = verified[claim_id]
    assert (record["fidelity"], record["verdict"], record["annotation_count"], record["needs_review"]) == (
        "faithful", "supported", 2, False)


@pytest.mark.studio
def test_unknown_annotators_and_long_titles_are_refused(studio, annotators, split_dir: Path) -> None:
    with pytest.raises(BuilderError, match=re.escape("no Label Studio account for nobody@claims-ch.test")):
        push_annotators(split_dir / "claims.jsonl", f"Blind {secrets.token_hex(3)}",
                        [annotators["anna"].email, "nobody@claims-ch.test"], url=studio.url, api_key=studio.token)
    with pytest.raises(BuilderError, match="too long for per-annotator projects"):
        push_annotators(split_dir / "claims.jsonl", "x" * 40, [annotators["anna"].email], url=studio.url,
                        api_key=studio.token)
