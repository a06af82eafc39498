"""`builder studio`: a busy port is refused (Label Studio would silently take the next one), the address
printed is the one that answers, and SIGTERM stops the server with the command."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from builder.cli import main
from conftest import unavailable


def test_a_busy_port_is_refused_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["studio", "--port", str(port), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("builder: error: ") and f"port {port} on 127.0.0.1 is already in use" in lines[-1]
    assert "--port" in lines[-1]


def _studio(*args: str) -> subprocess.Popen[str]:
    command = [str(Path(sys.executable).parent / "builder"), "studio", "--port", "0", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ)


def _answers_then_stops_on_sigterm(process: subprocess.Popen[str], url: str) -> None:
    """The server at `url` answers, and SIGTERM to `builder studio` stops it with the command."""
    assert httpx.get(f"{url}/health", timeout=10).status_code == 200
    process.send_signal(signal.SIGTERM)
    assert process.wait(60) == 128 + signal.SIGTERM
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{url}/health", timeout=5)


@pytest.mark.studio
def test_studio_reports_its_address_and_stops_on_sigterm(tmp_path: Path) -> None:
    process = _studio("--data-dir", str(tmp_path))
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # blocks until the server is up (or the command ended)
        if not first.startswith("Label Studio runs at "):
            unavailable(f"builder studio did not start: {first!r} {process.stderr.read() if process.stderr else ''}")
        _answers_then_stops_on_sigterm(process, first.split()[-1])
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.studio
def test_studio_with_annotators_starts_one_server_each_and_stops_them_on_sigterm(tmp_path: Path) -> None:
    process = _studio("--data-dir", str(tmp_path), "--annotators", "anna@claims-ch.test")
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("anna@claims-ch.test: http://127.0.0.1:"):
            unavailable(f"builder studio --annotators did not start: {line!r}")
        assert "push and pull with --servers" in process.stdout.readline()
        assert (tmp_path / "servers.json").stat().st_mode & 0o777 == 0o600
        _answers_then_stops_on_sigterm(process, line.split()[1])
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
