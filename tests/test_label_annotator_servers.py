"""Blind annotators, enforced: one Label Studio server per annotator (`builder studio --annotators`).

Label Studio Community lets every member of its one organisation open every project (docs/labeling.md),
so real isolation takes separate servers. Two annotators, Anna and Bert, each get their own server and
account; push and pull go through the servers file; a browser proves that Anna cannot open Bert's
annotations: her login does not exist on his server and his pages send her to the login form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from label_studio_sdk import LabelStudio

from builder.cli import main
from builder.errors import BuilderError
from builder.label.connection import connect
from builder.label.project import claim_tasks, find_project
from builder.label.servers import AnnotatorServer, read_servers, start_annotator_servers
from builder.records.files import read_records
from conftest import unavailable

pytestmark = pytest.mark.studio
ANNA, BERT = "anna@claims-ch.test", "bert@claims-ch.test"
TITLE = "Blind geprüft"


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, AnnotatorServer], Path]]:
    data_dir = tmp_path_factory.mktemp("annotator-servers")
    with ExitStack() as stack:
        try:
            start_annotator_servers(data_dir, [BERT, ANNA], stack)
        except BuilderError as exc:
            unavailable(f"the annotator servers did not start: {exc}")
        yield read_servers(data_dir / "servers.json"), data_dir / "servers.json"


def _token(server: AnnotatorServer) -> str:
    """The annotator's own API token, fetched after logging in as they would."""
    with httpx.Client(base_url=server.url, follow_redirects=True, timeout=60) as session:
        session.get("/user/login/")
        session.post("/user/login/", headers={"Referer": f"{server.url}/user/login/"}, data={
            "email": server.email, "password": server.password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"]}).raise_for_status()
        response = session.get("/api/current-user/token")
        response.raise_for_status()
        return response.json()["token"]


def _answer() -> list[dict]:
    return [{"from_name": "fidelity", "to_name": "claim", "type": "choices", "value": {"choices": ["faithful"]}},
            {"from_name": "verdict", "to_name": "claim", "type": "choices", "value": {"choices": ["supported"]}},
            {"from_name": "evidence_urls", "to_name": "claim", "type": "textarea",
             "value": {"text": ["https://www.admin.ch/beleg"]}},
            {"from_name": "evidence_quote", "to_name": "claim", "type": "textarea",
             "value": {"text": ["Begründung mit Belegstelle."]}}]


@pytest.fixture(scope="module")
def annotated(servers, split_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """Push to both servers (every claim to both), Anna and Bert answer the first claim, pull."""
    by_email, servers_file = servers
    env = {"LABEL_STUDIO_URL": None, "LABEL_STUDIO_API_KEY": None, "CLAIMS_CH_ANNOTATOR_SALT": "s"}
    pushed = CliRunner().invoke(main, ["push", str(split_dir / "claims.jsonl"), "--project", TITLE, "--servers",
                                       str(servers_file)], env=env)
    assert pushed.exit_code == 0, pushed.stderr
    first = next(r for _, r in read_records(split_dir / "claims.jsonl"))["claim_id"]
    tasks = {}
    for email, server in by_email.items():
        conn = connect(server.url, server.api_key)
        project = find_project(conn, TITLE)
        tasks[email] = (project.id, claim_tasks(conn, project.id)[first][0])
        LabelStudio(base_url=server.url, api_key=_token(server)).annotations.create(tasks[email][1],
                                                                                    result=_answer())
    out = tmp_path_factory.mktemp("pulled")
    pulled = CliRunner().invoke(main, ["pull", "--project", TITLE, "--servers", str(servers_file), "-o", str(out),
                                       "--format", "jsonl"], env=env)
    assert pulled.exit_code == 0, pulled.stderr
    return by_email, tasks, first, out, pulled.stdout


def test_push_and_pull_through_one_server_per_annotator(annotated, sample_claims: list[dict]) -> None:
    by_email, _tasks, first, out, report = annotated
    assert report.splitlines()[0].startswith(f"2 projects '{TITLE}', one per annotator: {2 * len(sample_claims)} "
                                             "tasks, 1 annotated, 2 annotations")
    records = [r for _, r in read_records(out / "verified.jsonl")]
    assert sorted(r["claim"]["claim_id"] for r in records) == sorted(c["claim_id"] for c in sample_claims)
    verified = {r["claim"]["claim_id"]: r for r in records}
    assert (verified[first]["verdict"], verified[first]["annotation_count"], verified[first]["needs_review"]) == (
        "supported", 2, False)
    # each server holds its annotator's account only; Anna's token means nothing on Bert's server
    anna_token = _token(by_email[ANNA])
    answer = httpx.get(f"{by_email[BERT].url}/api/projects/", headers={"Authorization": f"Token {anna_token}"},
                       timeout=30)
    assert answer.status_code == 401
    emails = {u.email for u in LabelStudio(base_url=by_email[BERT].url, api_key=by_email[BERT].api_key).users.list()}
    assert ANNA not in emails and BERT in emails


@pytest.mark.browser
def test_in_the_browser_anna_cannot_open_berts_annotations(annotated, browser) -> None:
    from playwright.sync_api import expect

    by_email, tasks, _, _, _ = annotated
    anna, bert = by_email[ANNA], by_email[BERT]
    page = browser.new_page()
    page.set_default_timeout(90_000)
    page.goto(f"{anna.url}/user/login/")  # her own server: she gets in
    page.fill("input[name=email]", anna.email)
    page.fill("input[name=password]", anna.password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/user/login" not in url)
    # Bert's annotation, on Bert's server: without an account there, she is sent to the login form
    project_id, task_id = tasks[BERT]
    page.goto(f"{bert.url}/projects/{project_id}/data?task={task_id}")
    expect(page).to_have_url(re.compile(r"/user/login"))
    page.fill("input[name=email]", anna.email)  # and her own login does not work there
    page.fill("input[name=password]", anna.password)
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/user/login"))
    page.close()
