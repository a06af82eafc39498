"""Bad input and bad connections end in one clear line and a non-zero exit, and send nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from builder.cli import main
from builder.label.connection import connect
from builder.label.project import find_project
from builder.label.studio import free_port


def _run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env={"LABEL_STUDIO_URL": None, "LABEL_STUDIO_API_KEY": None,
                                                     **(env or {})})


def _one_error_line(result: Result, *expected: str) -> str:
    assert result.exit_code == 2, (result.output, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("builder: error: "), lines
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


def _broken_copy(split_dir: Path, tmp_path: Path, number: int, change: dict) -> Path:
    """The sample's claims with record `number` (1-based) changed, next to a copy of its articles."""
    lines = (split_dir / "claims.jsonl").read_text().splitlines()
    lines[number - 1] = json.dumps({**json.loads(lines[number - 1]), **change}, ensure_ascii=False)
    (tmp_path / "claims.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "articles.jsonl").write_text((split_dir / "articles.jsonl").read_text())
    return tmp_path / "claims.jsonl"


@pytest.mark.studio
def test_schema_invalid_claims_are_refused_before_anything_is_sent(studio, split_dir: Path, tmp_path: Path,
                                                                   project_title: str) -> None:
    bad = _broken_copy(split_dir, tmp_path, 5, {"claim_id": "not-a-hex-id"})
    env = {"LABEL_STUDIO_URL": studio.url, "LABEL_STUDIO_API_KEY": studio.token}
    _one_error_line(_run("push", str(bad), "--project", project_title, env=env),
                    f"{bad}:5:", "/claim_id", "does not match")
    assert find_project(connect(studio.url, studio.token), project_title) is None


@pytest.mark.parametrize("change, expected", [
    ({"article_id": "no-such-article"}, "/article_id: article 'no-such-article' is not among the given articles"),
    ({"spans": [{"start": 10, "end": 999999}]}, "/spans/0: span 10-999999 is not inside the article's text"),
])
def test_claims_that_do_not_fit_their_articles_are_refused(split_dir: Path, tmp_path: Path, change: dict,
                                                           expected: str) -> None:
    bad = _broken_copy(split_dir, tmp_path, 2, change)
    # refused while reading: the unreachable address is never tried
    _one_error_line(_run("push", str(bad), "--project", "p", "--url", "http://127.0.0.1:9", "--api-key", "k"),
                    f"{bad}:2:", expected)


def test_claims_without_their_articles_are_refused(split_dir: Path, tmp_path: Path) -> None:
    alone = tmp_path / "claims.jsonl"
    alone.write_text((split_dir / "claims.jsonl").read_text())
    _one_error_line(_run("push", str(alone), "--project", "p", "--url", "http://127.0.0.1:9", "--api-key", "k"),
                    "no articles file next to the claims file", "--articles")


@pytest.mark.studio
@pytest.mark.parametrize("command", ["push", "pull"])
def test_a_wrong_token_gives_one_line(studio, split_dir: Path, tmp_path: Path, command: str) -> None:
    args = ([command, str(split_dir / "claims.jsonl")] if command == "push" else [command, "-o", str(tmp_path)])
    result = _run(*args, "--project", "x", env={"LABEL_STUDIO_URL": studio.url,
                                                 "LABEL_STUDIO_API_KEY": "0123456789abcdef0123456789abcdef01234567"})
    _one_error_line(result, f"Label Studio at {studio.url} refused the API key (HTTP 401)", "LABEL_STUDIO_API_KEY")
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("command", ["push", "pull"])
def test_an_unreachable_server_gives_one_line(split_dir: Path, tmp_path: Path, command: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    args = ([command, str(split_dir / "claims.jsonl")] if command == "push" else [command, "-o", str(tmp_path)])
    result = _run(*args, "--project", "x", env={"LABEL_STUDIO_URL": url, "LABEL_STUDIO_API_KEY": "k" * 40})
    _one_error_line(result, f"cannot reach Label Studio at {url}", "builder studio")


def test_a_missing_address_gives_one_line(split_dir: Path) -> None:
    _one_error_line(_run("push", str(split_dir / "claims.jsonl"), "--project", "x"),
                    "no Label Studio address given", "LABEL_STUDIO_URL")


@pytest.mark.studio
def test_pulling_an_unknown_project_gives_one_line(studio, tmp_path: Path) -> None:
    env = {"LABEL_STUDIO_URL": studio.url, "LABEL_STUDIO_API_KEY": studio.token}
    _one_error_line(_run("pull", "--project", "nobody pushed this", "-o", str(tmp_path), env=env),
                    "no Label Studio project titled 'nobody pushed this'")
    assert not any(tmp_path.iterdir())


@pytest.mark.studio
def test_cli_push_and_pull_print_their_report(studio, split_dir: Path, sample_claims: list[dict], tmp_path: Path,
                                              project_title: str) -> None:
    env = {"LABEL_STUDIO_URL": studio.url, "LABEL_STUDIO_API_KEY": studio.token}
    pushed = _run("push", str(split_dir / "claims.jsonl"), "--project", project_title, "--overlap", "2", env=env)
    assert pushed.exit_code == 0, pushed.stderr
    n = len(sample_claims)
    assert f"{n} claim(s) imported, 0 already there; {n} task(s)" in pushed.stderr
    pulled = _run("pull", "--project", project_title, "-o", str(tmp_path), "--claims",
                  str(split_dir / "claims.jsonl"), env=env)
    assert pulled.exit_code == 0, pulled.stderr
    assert pulled.stdout.splitlines()[0].endswith(f"{n} tasks, 0 annotated, 0 annotations (0 skipped), 0 need review")
    assert "fidelity       0     n/a             n/a      n/a" in pulled.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annotations.parquet", "verified.parquet"]


@pytest.mark.studio
def test_a_project_with_another_interface_is_not_pushed_into(studio, split_dir: Path,
                                                             project_title: str) -> None:
    conn = connect(studio.url, studio.token)
    other = conn.client.projects.create(title=project_title, label_config=(
        '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
        '<Choice value="positive"/></Choices></View>'))
    env = {"LABEL_STUDIO_URL": studio.url, "LABEL_STUDIO_API_KEY": studio.token}
    _one_error_line(_run("push", str(split_dir / "claims.jsonl"), "--project", project_title, env=env),
                    f"(id {other.id}) does not use the claim verification interface")
    assert conn.client.projects.get(other.id).task_number == 0
