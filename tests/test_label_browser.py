"""An annotator in a real browser: headless Debian Chromium driven by Playwright (no browser download).

Logs in, opens a task, sees the claim and its highlighted source span, answers, submits; `pull` then
returns that annotation. The labeling screen is photographed (into docs/ with UPDATE_SCREENSHOTS=1).
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from pathlib import Path

import pytest

from builder.label.annotations import pseudonym
from builder.label.connection import connect
from builder.label.project import claim_tasks
from builder.label.pull import pull
from builder.label.push import push
from builder.label.tasks import read_claims
from builder.records.files import read_records

pytestmark = [pytest.mark.studio, pytest.mark.browser]

SCREENSHOT = Path(__file__).resolve().parents[1] / "docs" / "labeling-screen.png"


def test_annotator_verifies_a_claim_in_the_browser(studio, new_annotator, browser, split_dir: Path,
                                                   tmp_path: Path) -> None:
    from playwright.sync_api import expect

    dora = new_annotator("dora")
    project_title = f"Aussagen prüfen {secrets.token_hex(3)}"
    summary = push(split_dir / "claims.jsonl", project_title, url=studio.url, api_key=studio.token)
    item = read_claims(split_dir / "claims.jsonl")[7]
    claim, text = item.claim, item.article["text"]
    task_id = claim_tasks(connect(studio.url, studio.token), summary.project_id)[claim["claim_id"]][0]

    page = browser.new_page(viewport={"width": 1400, "height": 1300})
    page.set_default_timeout(90_000)
    page.goto(f"{studio.url}/user/login/")
    page.fill("input[name=email]", dora.email)
    page.fill("input[name=password]", dora.password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/user/login" not in url)
    # Label All Tasks opens with the instructions (definitions and examples) before the first task
    page.goto(f"{studio.url}/projects/{summary.project_id}/data?labeling=1")
    expect(page.get_by_text("Aussagen prüfen: Anleitung")).to_be_visible()
    # the labels are defined in the instructions; the task's own (hidden) choices may come first in the page
    expect(page.locator(":text('Nicht genügend Belege'):visible").first).to_be_visible()
    page.goto(f"{studio.url}/projects/{summary.project_id}/data?task={task_id}")

    expect(page.locator(".claims-claim").get_by_text(claim["text"], exact=True)).to_be_visible()
    highlights = page.locator(".htx-highlight")  # the pre-annotated span region(s) on the context
    expect(highlights.first).to_be_visible()
    expect(highlights).to_have_text([text[s["start"]:s["end"]] for s in claim["spans"]])
    verdict = page.get_by_text("Belegt", exact=True)
    expect(verdict).to_be_hidden()  # truth is asked only of a faithful claim
    page.get_by_text("Nicht atomar: enthält mehr als eine Aussage").click()
    expect(verdict).to_be_hidden()
    page.get_by_text("Getreu: sagt genau, was der Artikel sagt").click()
    verdict.click()
    page.get_by_role("button", name="Submit").click()  # without evidence: refused in the browser
    refusal = page.get_by_text("Bitte mindestens eine Beleg-URL angeben", exact=False)
    expect(refusal).to_be_visible()
    ok = page.get_by_role("button", name="OK")
    for _ in range(3):  # the dialog fades in: a click during its animation may not reach the button
        if ok.is_visible():
            ok.click()
        try:
            expect(refusal).to_be_hidden(timeout=10_000)
            break
        except AssertionError:
            continue
    expect(refusal).to_be_hidden()
    url_box = page.get_by_placeholder("Beleg-URL")
    url_box.fill("https://www.example.ch/beleg")
    url_box.press("Enter")
    page.get_by_placeholder("Begründung mit zitierter Belegstelle").fill("Die Belegstelle, wörtlich.")
    page.screenshot(path=str(tmp_path / "labeling-screen.png"), full_page=True)
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(tmp_path / "labeling-screen.png", SCREENSHOT)
    page.get_by_role("button", name="Submit").click()

    client = connect(studio.url, studio.token).client
    deadline = time.monotonic() + 60
    while not client.annotations.list(task_id) and time.monotonic() < deadline:
        time.sleep(0.5)
    page.close()

    result = pull(project_title, tmp_path / "out", url=studio.url, api_key=studio.token, fmt="jsonl", salt="s")
    assert result.annotations == 1
    (_, annotation), = read_records(tmp_path / "out" / "annotations.jsonl")
    assert annotation["claim_id"] == claim["claim_id"] and annotation["task_id"] == task_id
    assert annotation["annotator"] == pseudonym(dora.email, "s")
    assert (annotation["fidelity"], annotation["verdict"]) == ("faithful", "supported")
    assert annotation["evidence"] == {"urls": ["https://www.example.ch/beleg"], "quote": "Die Belegstelle, wörtlich."}
    assert annotation["lead_time"] is not None and annotation["lead_time"] > 0
    verified = {v["claim"]["claim_id"]: v for _, v in read_records(tmp_path / "out" / "verified.jsonl")}
    # one annotator's word is not a verdict (two agreeing faithful judges are needed): review
    record = verified[claim["claim_id"]]
    assert (record["fidelity"], record["verdict"], record["needs_review"]) == ("faithful", None, True)
