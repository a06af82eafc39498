"""Shared fixtures: ONE real Label Studio server per test session, annotator accounts, split claims.

Nothing here mocks Label Studio. When the server cannot start, tests that need it are skipped on a
developer machine but FAIL under CI=true: a green CI run means the real round trip was exercised.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from builder.errors import BuilderError
from builder.label.studio import StudioServer, start_studio
from builder.records.files import read_records

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "000_606d4c18b25b7e8e.txt"
IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM = Path("/usr/bin/chromium")  # Debian's package (scripts/install_browser.sh); never a downloaded one
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def unavailable(reason: str) -> None:
    """Skip locally, fail under CI=true (see the module docstring)."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: tests that need it fail instead of skipping)", pytrace=False)
    pytest.skip(reason)


@dataclass(frozen=True)
class Annotator:
    email: str
    password: str
    token: str


@pytest.fixture(scope="session")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StudioServer]:
    """A real Label Studio on 127.0.0.1 with a fresh database, for the whole session."""
    data_dir = tmp_path_factory.mktemp("studio-data")
    try:
        server = start_studio(data_dir, username="admin@claims-ch.test", password=secrets.token_urlsafe(12),
                              token=secrets.token_hex(20))
    except BuilderError as exc:
        unavailable(f"Label Studio did not start: {exc}")
    yield server
    server.stop()


def sign_up(url: str, email: str, password: str) -> Annotator:
    """Create an annotator account through the sign-up form, as a person would, and fetch its API token."""
    with httpx.Client(base_url=url, follow_redirects=True, timeout=60) as session:
        session.get("/user/signup/")
        response = session.post("/user/signup/", data={
            "email": email, "password": password, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
            headers={"Referer": f"{url}/user/signup/"})
        response.raise_for_status()
        token = session.get("/api/current-user/token")
        token.raise_for_status()
        return Annotator(email, password, token.json()["token"])


@pytest.fixture(scope="session")
def new_annotator(studio: StudioServer) -> Callable[[str], Annotator]:
    """Signs up a fresh annotator named `name` (unique e-mail per call) on the session's server."""

    def make(name: str) -> Annotator:
        return sign_up(studio.url, f"{name}-{secrets.token_hex(3)}@claims-ch.test", f"{name}-Passwort-2024")

    return make


@pytest.fixture(scope="session")
def annotators(new_annotator: Callable[[str], Annotator]) -> dict[str, Annotator]:
    """Two annotators, Anna and Bert, signed up once per session."""
    return {name: new_annotator(name) for name in ("anna", "bert")}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium driven by Playwright, one per session."""
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing (run `bash scripts/install_browser.sh`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def split_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """articles.jsonl + claims.jsonl of the bundled sample article, from the real splitter."""
    from builder.pipeline import split_files

    out = tmp_path_factory.mktemp("split")
    split_files([SAMPLE], out, fmt="jsonl")
    return out


# The label tests answer claims 0-6 and push the first 12 claims apart from the rest, so they need more
MIN_SAMPLE_CLAIMS = 13


@pytest.fixture(scope="session")
def sample_claims(split_dir: Path) -> list[dict[str, Any]]:
    """The claim records of `split_dir`, in file order. Tests count pushed tasks and pulled records against
    these, never against a number written down: a splitter change that alters the sample's claims does not
    break them, and a claim lost or doubled by push or pull still does."""
    claims = [record for _, record in read_records(split_dir / "claims.jsonl")]
    assert len(claims) >= MIN_SAMPLE_CLAIMS, f"the sample gives {len(claims)} claims; the label tests need " \
                                             f"{MIN_SAMPLE_CLAIMS} or more"
    return claims


@pytest.fixture()
def project_title(request: pytest.FixtureRequest) -> str:
    """A project title of its own for each test: tests share the server, never a project."""
    return f"{request.node.name[5:40]} {secrets.token_hex(3)}"  # at most 50 characters
