"""Pushing is idempotent on the real server: again, overlapping, after a kill half-way, after a race."""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from builder.label.connection import connect
from builder.label.project import claim_tasks, find_project, read_ledger
from builder.label.push import push, remove_duplicates
from builder.label.tasks import claim_task, read_claims
from builder.records.files import read_records, write_records

pytestmark = pytest.mark.studio


def _claim_ids(path: Path) -> list[str]:
    return [record["claim_id"] for _, record in read_records(path)]


def _exactly_once(studio, title: str, claim_ids: list[str]) -> None:
    conn = connect(studio.url, studio.token)
    project = conn.client.projects.get(find_project(conn, title).id)
    tasks = claim_tasks(conn, project.id)
    assert {claim_id: len(ids) for claim_id, ids in tasks.items()} == dict.fromkeys(claim_ids, 1)
    assert project.task_number == len(claim_ids)
    assert read_ledger(project.description) == set(claim_ids)


def test_push_twice_and_overlapping(studio, split_dir: Path, sample_claims: list[dict], project_title: str,
                                    tmp_path: Path) -> None:
    claims = sample_claims
    first_half = tmp_path / "claims.jsonl"
    write_records(tmp_path, "claims", "claim", claims[:12], fmt="jsonl")
    write_records(tmp_path, "articles", "article", [a for _, a in read_records(split_dir / "articles.jsonl")],
                  fmt="jsonl")
    one = push(first_half, project_title, url=studio.url, api_key=studio.token, overlap=2)
    assert (one.created, one.imported, one.present, one.tasks) == (True, 12, 0, 12)
    again = push(first_half, project_title, url=studio.url, api_key=studio.token)
    assert (again.created, again.imported, again.present, again.tasks) == (False, 0, 12, 12)
    full = push(split_dir / "claims.jsonl", project_title, url=studio.url, api_key=studio.token, overlap=3)
    assert (full.imported, full.present, full.tasks) == (len(claims) - 12, 12, len(claims))
    _exactly_once(studio, project_title, _claim_ids(split_dir / "claims.jsonl"))
    conn = connect(studio.url, studio.token)
    assert conn.client.projects.get(full.project_id).maximum_annotations == 3


def test_push_killed_half_way_then_pushed_again(studio, split_dir: Path, sample_claims: list[dict],
                                                project_title: str) -> None:
    """SIGKILL the client right after its second batch (so while the third is on the wire), push again."""
    batches = math.ceil(len(sample_claims) / 3)
    assert batches >= 3
    env = {**os.environ, "LABEL_STUDIO_URL": studio.url, "LABEL_STUDIO_API_KEY": studio.token}
    command = [str(Path(sys.executable).parent / "builder"), "push", str(split_dir / "claims.jsonl"), "--project",
               project_title, "--batch-size", "3"]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    seen = []
    assert process.stderr is not None
    for line in process.stderr:
        seen.append(line)
        if line.startswith(f"batch 2/{batches}:"):
            process.send_signal(signal.SIGKILL)
            break
    process.wait(60)
    assert process.returncode == -signal.SIGKILL, seen
    conn = connect(studio.url, studio.token)
    landed = sum(len(ids) for ids in claim_tasks(conn, find_project(conn, project_title).id).values())
    assert 6 <= landed < len(sample_claims)  # half-way indeed: two batches in, not all of them
    summary = push(split_dir / "claims.jsonl", project_title, url=studio.url, api_key=studio.token)
    assert summary.tasks == len(sample_claims) and not summary.created
    _exactly_once(studio, project_title, _claim_ids(split_dir / "claims.jsonl"))


def _push_with_copies(studio, split_dir: Path, project_title: str, n: int) -> tuple:
    """Push the sample's claims, then import the first `n` tasks once more: copies a racing push left."""
    push(split_dir / "claims.jsonl", project_title, url=studio.url, api_key=studio.token)
    conn = connect(studio.url, studio.token)
    project = find_project(conn, project_title)
    items = read_claims(split_dir / "claims.jsonl")
    copies = conn.client.projects.import_tasks(project.id, request=[claim_task(i) for i in items[:n]],
                                               return_task_ids=True).task_ids
    return conn, project, items, copies


def test_push_removes_copies_left_by_a_lost_race(studio, split_dir: Path, sample_claims: list[dict],
                                                 project_title: str) -> None:
    """A batch that landed after a push listed the project leaves copies; they go, annotated ones stay."""
    # what a killed client's in-flight batch does: the same tasks once more
    conn, project, items, copies = _push_with_copies(studio, split_dir, project_title, 4)
    annotated_copy = copies[0]
    conn.client.annotations.create(annotated_copy, result=[
        {"from_name": "fidelity", "to_name": "claim", "type": "choices", "value": {"choices": ["faithful"]}}])
    summary = push(split_dir / "claims.jsonl", project_title, url=studio.url, api_key=studio.token)
    assert (summary.imported, summary.duplicates_removed, summary.tasks) == (0, 3, len(sample_claims) + 1)
    tasks = claim_tasks(conn, project.id)
    assert sorted(len(ids) for ids in tasks.values()) == [1] * (len(sample_claims) - 1) + [2]
    assert set(tasks) == {claim["claim_id"] for claim in sample_claims}
    assert annotated_copy in tasks[items[0].claim["claim_id"]]


def test_a_copy_a_racing_push_removed_first_is_no_error(studio, split_dir: Path, sample_claims: list[dict],
                                                       project_title: str) -> None:
    """Two pushes that both found the same copies both delete them: the second delete answers 404."""
    conn, project, _, copies = _push_with_copies(studio, split_dir, project_title, 2)
    listed = claim_tasks(conn, project.id)  # what both pushes saw
    conn.client.tasks.delete(str(copies[0]))  # the other push was first
    assert remove_duplicates(conn, listed) == 1
    assert {claim_id: len(ids) for claim_id, ids in claim_tasks(conn, project.id).items()} == \
        dict.fromkeys((claim["claim_id"] for claim in sample_claims), 1)
