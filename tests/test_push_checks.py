"""`builder push` checks the whole input against its articles before it connects, and two pushes racing to
create a new project end with one project (the race test needs the real Label Studio: marked `studio`)."""

from __future__ import annotations

import math
import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import builder.label.project as project_module
from builder.cli import main
from builder.label.connection import connect
from builder.label.project import claim_tasks
from builder.label.push import push
from builder.records.files import read_records, write_records

OFFLINE = ["--url", "http://127.0.0.1:9", "--api-key", "k"]  # never reached: the input is refused first


def _copy(split_dir: Path, folder: Path, change: Any, fmt: str = "jsonl") -> Path:
    """The sample's articles and its claims after `change(claims)`, in `folder`."""
    claims = change([claim for _, claim in read_records(split_dir / "claims.jsonl")])
    write_records(folder, "articles", "article", [a for _, a in read_records(split_dir / "articles.jsonl")], fmt=fmt)
    return write_records(folder, "claims", "claim", claims, fmt=fmt)


def _refused(path: Path) -> str:
    result = CliRunner().invoke(main, ["push", str(path), "--project", "p", *OFFLINE])
    lines = result.stderr.splitlines()
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("builder: error: "), result.stderr
    return lines[0]


def _sentence_elsewhere(claims: list[dict]) -> list[dict]:
    claims[3]["sentence"] = "Ein Satz, den der Artikel nicht enthält."
    claims[6]["spans"] = [{"start": 5, "end": 9}, {"start": 7, "end": 12}]
    return claims


def test_claims_against_their_articles_are_checked_whole_before_connecting(split_dir: Path, tmp_path: Path) -> None:
    bad = _copy(split_dir, tmp_path, _sentence_elsewhere)
    line = _refused(bad)
    assert f"{bad}:4: /sentence: is not in the article's text" in line and "and 1 more problem(s)" in line
    assert f"builder validate {tmp_path / 'articles.jsonl'} {bad}" in line


def test_a_repeated_claim_id_is_refused(split_dir: Path, tmp_path: Path) -> None:
    bad = _copy(split_dir, tmp_path, lambda claims: [*claims, claims[0]])
    repeated_line = sum(1 for _ in bad.open(encoding="utf-8"))  # the copy of the first claim, at the end
    line = _refused(bad)
    assert f"{bad}:{repeated_line}: /claim_id: '" in line and f"occurs twice (first at {bad}:1)" in line


def test_nan_in_a_parquet_claims_file_is_refused(split_dir: Path, tmp_path: Path) -> None:
    def change(claims: list[dict]) -> list[dict]:
        claims[1]["checkworthy"] = math.nan
        return claims

    bad = _copy(split_dir, tmp_path, change, fmt="parquet")
    assert f"{bad}:2: /checkworthy: nan is not a finite number" in _refused(bad)


def _racing_push(claims: str, title: str, url: str, token: str, barrier: Any, results: Any) -> None:
    """One of two pushes: it looks for the project, waits until the other has looked too, then goes on,
    so that both find none and both create one (the race, made certain)."""
    find = project_module.find_project

    def find_then_wait(conn: Any, name: str) -> Any:
        found = find(conn, name)
        if found is None and not barrier.broken:
            barrier.wait(timeout=60)
        return found

    project_module.find_project = find_then_wait
    summary = push(Path(claims), title, url=url, api_key=token)
    results.put((summary.project_id, summary.created, summary.tasks))


@pytest.mark.studio
def test_two_pushes_racing_to_a_new_title_make_one_project(studio, split_dir: Path,
                                                           project_title: str) -> None:
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(2), context.Queue()
    args = (str(split_dir / "claims.jsonl"), project_title, studio.url, studio.token, barrier, results)
    pushes = [context.Process(target=_racing_push, args=args) for _ in range(2)]
    for process in pushes:
        process.start()
    for process in pushes:
        process.join(timeout=300)
    assert [p.exitcode for p in pushes] == [0, 0]
    outcomes = sorted(results.get(timeout=5) for _ in pushes)
    conn = connect(studio.url, studio.token)
    projects = [p for p in conn.client.projects.list(title=project_title, page_size=100) if p.title == project_title]
    assert [p.id for p in projects] == [outcomes[0][0]] == [outcomes[1][0]]
    # at most one says it created the project: both say "updated" when a create was retried by the client
    # and the project kept is one neither saw created
    assert sum(created for _, created, _ in outcomes) <= 1
    claim_ids = [claim["claim_id"] for _, claim in read_records(split_dir / "claims.jsonl")]
    assert {claim_id: len(ids) for claim_id, ids in claim_tasks(conn, projects[0].id).items()} == \
        dict.fromkeys(claim_ids, 1)
