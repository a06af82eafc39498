"""One Label Studio server per annotator: the isolation Label Studio Community cannot give inside one server.

Community edition runs a single organisation, and every member can open every project and annotation in
it (see docs/labeling.md). Separate servers have separate databases: an annotator's account exists only on
their own server, so nothing they can log into holds another annotator's answers. `builder studio
--annotators` starts the servers and creates the accounts; the list of servers (`servers.json`, mode 600:
it holds admin tokens) is what `builder push --servers` and `builder pull --servers` read.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from builder.errors import BuilderError
from builder.label.studio import StudioServer, start_studio, studio_credentials

SERVERS = "servers.json"
ANNOTATOR_FILE = "claims-ch-annotator.json"
ADMIN = "admin@claims-ch.local"


@dataclass(frozen=True)
class AnnotatorServer:
    """Where one annotator works: their server's address, its admin token, and their own login."""

    email: str
    url: str
    api_key: str
    password: str  # the annotator's, made up here; they may change it in Label Studio


def sign_up(url: str, email: str, password: str) -> None:
    """Create the account through the sign-up form, as a person would; BuilderError when that fails."""
    try:
        with httpx.Client(base_url=url, follow_redirects=True, timeout=60) as session:
            session.get("/user/signup/")
            session.post("/user/signup/", headers={"Referer": f"{url}/user/signup/"}, data={
                "email": email, "password": password,
                "csrfmiddlewaretoken": session.cookies.get("csrftoken", "")}).raise_for_status()
            created = session.get("/api/current-user/whoami").status_code == 200
    except httpx.HTTPError as exc:
        raise BuilderError(f"could not create the account {email} at {url}: {exc}") from None
    if not created:
        raise BuilderError(f"could not create the account {email} at {url}",
                           fix="check the server.log in that annotator's folder")


def _annotator_password(folder: Path) -> str | None:
    """The password of the annotator account of a server folder, kept there (mode 600) once it exists."""
    path = folder / ANNOTATOR_FILE
    return json.loads(path.read_text())["password"] if path.exists() else None


def _keep_password(folder: Path, password: str) -> None:
    with os.fdopen(os.open(folder / ANNOTATOR_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as fh:
        json.dump({"password": password}, fh)


def server_folder(data_dir: Path, email: str) -> Path:
    """A stable folder name per annotator that does not show the e-mail in paths and logs."""
    return Path(data_dir) / ("annotator-" + hashlib.sha256(email.encode("utf-8")).hexdigest()[:12])


def start_annotator_servers(data_dir: Path, emails: list[str], stack: ExitStack, *,
                            first_port: int = 0) -> list[tuple[AnnotatorServer, StudioServer]]:
    """Start one server per annotator (ports from `first_port`, or free ones with 0), each with the
    annotator's account; write DATA_DIR/servers.json. The servers stop when `stack` closes."""
    started = []
    for i, email in enumerate(sorted({e.strip().lower() for e in emails if e.strip()})):
        folder = server_folder(data_dir, email)
        folder.mkdir(parents=True, exist_ok=True)
        admin_password, token = studio_credentials(folder, ADMIN)
        server: StudioServer = stack.enter_context(start_studio(
            folder, port=first_port + i if first_port else None, username=ADMIN, password=admin_password,
            token=token))
        password = _annotator_password(folder)
        if password is None:  # kept only once the account exists, so a failed sign-up is tried again
            password = secrets.token_urlsafe(12)
            sign_up(server.url, email, password)
            _keep_password(folder, password)
        started.append((AnnotatorServer(email, server.url, token, password), server))
    path = Path(data_dir) / SERVERS
    path.unlink(missing_ok=True)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as fh:
        json.dump([asdict(entry) for entry, _ in started], fh, indent=2)
    return started


def read_servers(path: Path) -> dict[str, AnnotatorServer]:
    """e-mail → server, from a servers.json written by `builder studio --annotators`."""
    try:
        entries = [AnnotatorServer(**item) for item in json.loads(Path(path).read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError) as exc:
        raise BuilderError(f"not a list of annotator servers ({exc})", file=str(path),
                           fix="pass the servers.json that `builder studio --annotators` wrote") from None
    return {e.email: e for e in entries}
