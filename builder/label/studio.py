"""A local Label Studio server, run from its own virtual environment (.venv-studio).

The `label-studio` package pins pyarrow<25 and label-studio-sdk==2.1.2, so it lives apart from the
project's environment (scripts/install_studio.sh creates it). `start_studio` is what `builder studio` and
the test suite use: a server on 127.0.0.1 with an admin account and a legacy API token, up when /health
answers. Its outbound calls (the PyPI version check, analytics) are switched off.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from builder.errors import BuilderError

VENV_ENV = "LABEL_STUDIO_VENV"
DATABASE = "label_studio.sqlite3"
TEMPLATE = "claims-ch-template"  # an empty, migrated database made by scripts/install_studio.sh
_QUIET = {"LATEST_VERSION_CHECK": "false", "COLLECT_ANALYTICS": "false"}


def studio_venv() -> Path:
    """$LABEL_STUDIO_VENV, else the repository's .venv-studio; it must hold `label-studio`."""
    venv = Path(os.environ.get(VENV_ENV) or Path(__file__).resolve().parents[2] / ".venv-studio")
    if not (venv / "bin" / "label-studio").exists():
        raise BuilderError(f"Label Studio is not installed in {venv}",
                           fix="run `bash scripts/install_studio.sh`, or set LABEL_STUDIO_VENV")
    return venv


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_in_use(port: int) -> bool:
    """Something accepts connections on 127.0.0.1:`port` (the test Label Studio itself applies)."""
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


_MOVED = re.compile(r"\* Port (\d+) is in use\.\s*\* Trying to start at (\d+)")


@dataclass
class StudioServer:
    """A running server started by `start_studio`; `stop()` ends it (and only it)."""

    url: str
    username: str
    password: str
    token: str
    data_dir: Path
    log: Path
    process: subprocess.Popen

    def stop(self, timeout: float = 20.0) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)  # its own session: the server and nothing else
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self) -> StudioServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def studio_credentials(data_dir: Path, username: str) -> tuple[str, str]:
    """(password, token) of the admin of a `builder studio` data folder, made up on first use.

    Label Studio applies them only when it creates the admin, so they are kept (mode 600) in the data
    folder for every later start.
    """
    path = Path(data_dir) / "claims-ch-admin.json"
    if path.exists():
        saved = json.loads(path.read_text())
        if saved.get("username") == username:
            return saved["password"], saved["token"]
        raise BuilderError(f"this data folder belongs to admin {saved.get('username')!r}", file=str(path),
                           fix="pass that --username, or another --data-dir")
    path.parent.mkdir(parents=True, exist_ok=True)
    password, token = secrets.token_urlsafe(12), secrets.token_hex(20)
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as fh:
        json.dump({"username": username, "password": password, "token": token}, fh)
    return password, token


def _tail(path: Path, lines: int = 5) -> str:
    try:
        return " | ".join(path.read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return ""


def start_studio(data_dir: Path, *, port: int | None = None, username: str, password: str, token: str,
                 timeout: float = 240.0) -> StudioServer:
    """Start `label-studio` on 127.0.0.1 and wait until /health answers; BuilderError if it does not.

    The admin `username` (an e-mail) gets `password` and the legacy API token `token` (used as
    `Authorization: Token ...`). The server log goes to DATA_DIR/server.log.

    A busy `port` is refused: Label Studio would quietly move to the next free one, and the /health that
    answered would be whatever else listens there. Should the port be taken between the check and the
    start, the move shows in the log and is refused too.
    """
    if port and port_in_use(port):
        raise BuilderError(f"port {port} on 127.0.0.1 is already in use",
                           fix="stop what listens there, or pass another --port (0 picks a free one)")
    venv = studio_venv()
    port = port or free_port()
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    database, template = data_dir / DATABASE, venv / TEMPLATE / DATABASE
    if not database.exists() and template.exists():
        shutil.copyfile(template, database)  # already migrated: starts in seconds, not minutes
    log = data_dir / "server.log"
    log_start = log.stat().st_size if log.exists() else 0
    command = [str(venv / "bin" / "label-studio"), "start", "--no-browser", "--internal-host", "127.0.0.1",
               "-p", str(port),
               f"--data-dir={data_dir}", f"--username={username}", f"--password={password}",
               f"--user-token={token}", "--enable-legacy-api-token"]  # `=`: a value may start with "-"
    with log.open("ab") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   cwd=data_dir, env={**os.environ, **_QUIET}, start_new_session=True)
    server = StudioServer(f"http://127.0.0.1:{port}", username, password, token, data_dir, log, process)
    try:
        _wait_until_up(server, log_start, timeout)
    except BaseException:
        server.stop()  # a failed start, Ctrl-C or SIGTERM while waiting: no server is left behind
        raise
    return server


def _wait_until_up(server: StudioServer, log_start: int, timeout: float) -> None:
    """Return when /health answers; BuilderError when the server exits, moves port or stays silent."""
    process, log = server.process, server.log
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BuilderError(f"Label Studio exited with code {process.returncode} while starting: {_tail(log)}",
                               file=str(log))
        with log.open("rb") as fh:
            fh.seek(log_start)
            moved = _MOVED.search(fh.read().decode("utf-8", "replace"))
        if moved:
            raise BuilderError(f"port {moved[1]} was taken while Label Studio started (it tried {moved[2]})",
                               file=str(log), fix="pass another --port (0 picks a free one)")
        try:
            if httpx.get(f"{server.url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise BuilderError(f"Label Studio did not answer on {server.url}/health within {timeout:.0f} s: {_tail(log)}",
                       file=str(log))
