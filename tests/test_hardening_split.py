"""`builder split` under hostile input and hostile conditions: it never loses data it was given, never
dies of one article, never stalls on one, and leaves a folder that is one run's output or says it is not."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import builder.pipeline as pipeline
from builder.cli import main
from builder.errors import BuilderError
from builder.io.manifest import RUN_MANIFEST
from builder.pipeline import split_files
from builder.records.files import RecordWriter, find_records_file, read_records

ROOT = Path(__file__).resolve().parents[1]
GOOD = {"id": "a1", "title": "Bern baut", "text": "Die Stadt Bern baut eine neue Brücke.", "date": "2024-05-02"}


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def jsonl(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")  # "\\ud800" stays escaped
    return path


def records(path: Path) -> list[dict[str, Any]]:
    return [record for _, record in read_records(path)]


def ids(out: Path) -> list[str]:
    return [a["id"] for a in records(find_records_file(out, "articles"))]


# --- 1. an input that is an output -----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["articles.jsonl", "claims.jsonl", "rejected.jsonl", "articles.parquet"])
def test_an_input_that_is_an_output_of_the_run_is_refused_and_left_alone(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    given = jsonl(out / name, GOOD)
    before = given.read_bytes()
    for path in (given, tmp_path / "link.jsonl"):
        if path.name == "link.jsonl":
            os.link(given, path)  # another name for the same file
        code, _, err = _run("split", str(path), "-o", str(out), "--format", "jsonl")
        assert code == 2 and err.count("\n") == 1
        assert err.startswith(f"builder: error: {path}: is the same file as ") and "-o" in err
    assert given.read_bytes() == before and sorted(p.name for p in out.iterdir()) == [name]


# --- 3. one bad record never ends the run ----------------------------------------------------------------

class _Fragile:
    """A splitter that fails on one article the way a bug deep inside it would."""

    name, version = "fragile", "0"

    def __init__(self, real: Any) -> None:
        self.real = real

    def split(self, article: dict) -> list[dict]:
        if article["id"] == "boom":
            raise OverflowError("date value out of range")
        return self.real.split(article)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_failure_inside_the_splitter_rejects_that_article_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 workers: str) -> None:
    real = pipeline._splitter("rules")
    monkeypatch.setattr(pipeline, "_splitter", lambda backend: _Fragile(real))  # forked workers inherit it
    source = jsonl(tmp_path / "in.jsonl", GOOD, {**GOOD, "id": "boom"}, {**GOOD, "id": "a3"})
    out = tmp_path / "out"
    code, _, err = _run("split", str(source), "-o", str(out), "--format", "jsonl", "-j", workers)
    assert code == 1 and "Traceback" not in err
    assert f"builder: rejected: {source}:2: article 'boom': splitting failed (OverflowError: date value out of " \
           "range)" in err
    assert ids(out) == ["a1", "a3"]
    [rejected] = records(out / "rejected.jsonl")
    assert (rejected["file"], rejected["record"]) == (str(source), 2)


def test_hostile_records_are_rejected_and_the_run_goes_on(tmp_path: Path) -> None:
    """The records of the issue, each of which used to end the run with no output at all."""
    hostile = [
        {**GOOD, "id": "h1", "source": "\ud800"},
        {**GOOD, "id": "h2", "text": "Die Stadt Bern baute gestern eine Brücke.", "date": "0001-01-01"},
        {**GOOD, "id": "h3", "text": "Die Stadt Bern baut morgen eine Brücke.", "date": "9999-12-31"},
        {**GOOD, "id": "h4", "text": "Die Stadt Bern baute vor 5000000 Tagen eine Brücke.", "date": "2024-01-01"},
        {**GOOD, "id": "h5", "date": "٢٠٢٤-٠١-٠٢"},
    ]
    source = jsonl(tmp_path / "in.jsonl", *hostile, GOOD)
    with source.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "h6", "x": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
        fh.write('{"id": "h7", "title": "T", "text": "Bern baut.", "x": NaN}\n')
    out = tmp_path / "out"
    code, _, err = _run("split", str(source), "-o", str(out), "--format", "jsonl", "-j", "2")
    assert code == 1 and "internal error" not in err
    assert "a1" in ids(out)
    rejected = [r["record"] for r in records(out / "rejected.jsonl")]
    assert {1, 2, 3, 5, 7, 8} <= set(rejected)  # line 4 too, as long as the time resolver overflows on it
    assert len(ids(out)) + len(rejected) == 8  # every record came out as an article or as a rejection


# --- 4. a run's outputs appear together ------------------------------------------------------------------

def test_a_crash_between_renames_leaves_a_folder_that_says_it_mixes_runs(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    split_files([jsonl(tmp_path / "old.jsonl", GOOD)], out, "jsonl")
    assert _run("validate", str(out))[0] == 0
    published = RecordWriter.publish

    def crash_after_the_first(self: RecordWriter) -> Path:
        if self.path.name != "articles.jsonl":
            raise KeyboardInterrupt  # the power goes out after the first rename
        return published(self)

    monkeypatch.setattr(RecordWriter, "publish", crash_after_the_first)
    with pytest.raises(KeyboardInterrupt):
        split_files([jsonl(tmp_path / "new.jsonl", {**GOOD, "id": "b1"})], out, "jsonl")
    monkeypatch.undo()
    code, stdout, _ = _run("validate", str(out))
    assert code == 1
    # articles.jsonl is new, claims.jsonl old; rejected.jsonl is empty in both runs, so the same
    assert [line.split(": ", 1)[0] for line in stdout.splitlines()] == [str(out / "claims.jsonl")]
    assert "mixes the files of two runs" in stdout and not list(out.glob(".*.tmp"))
    with pytest.raises(BuilderError, match=re.escape("differs from run-manifest.json")):
        records(find_records_file(out, "claims"))
    code, _, err = _run("show", str(out))
    assert code == 2 and err.count("\n") == 1 and "mixes the files of two runs" in err


def test_a_run_keeps_the_users_other_files_and_replaces_the_other_format(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    source = jsonl(tmp_path / "in.jsonl", GOOD)
    split_files([source], out, "jsonl")
    split_files([source], out, "parquet")
    assert sorted(p.name for p in out.iterdir()) == ["articles.parquet", "claims.parquet", "notes.txt",
                                                      "rejected.jsonl", RUN_MANIFEST]
    manifest = json.loads((out / RUN_MANIFEST).read_text())
    assert sorted(manifest["files"]) == ["articles.parquet", "claims.parquet", "rejected.jsonl"]
    assert _run("validate", str(out))[0] == 0


def test_validate_names_a_file_edited_after_the_run_and_still_checks_its_records(tmp_path: Path) -> None:
    out = tmp_path / "out"
    split_files([jsonl(tmp_path / "in.jsonl", GOOD)], out, "jsonl")
    claims = out / "claims.jsonl"
    claims.write_text(claims.read_text() + '{"claim_id": 1}\n')
    code, stdout, _ = _run("validate", str(claims))
    lines = stdout.splitlines()
    assert code == 1 and lines[0].startswith(f"{claims}: differs from {RUN_MANIFEST}")
    assert any(line.startswith(f"{claims}:3: ") for line in lines[1:])


# --- 5. nothing stalls the run ---------------------------------------------------------------------------

def test_an_article_over_a_limit_is_rejected_with_the_option_to_raise(tmp_path: Path) -> None:
    long_sentence = "Der Bund zahlt " + " ".join(["viel"] * 80) + " Geld."
    source = jsonl(tmp_path / "in.jsonl", GOOD, {**GOOD, "id": "big", "text": "Bern baut. " * 50},
                   {**GOOD, "id": "run-on", "text": long_sentence})
    out = tmp_path / "out"
    code, _, err = _run("split", str(source), "-o", str(out), "--max-article-chars", "500",
                        "--max-sentence-words", "60")
    assert code == 1 and ids(out) == ["a1"]
    assert f"{source}:2: article 'big': the text has 560 characters, more than the limit of 500; split the " \
           "article or raise --max-article-chars" in err
    assert f"{source}:3: article 'run-on': a sentence runs for 84 words without a sentence end, more than the " \
           "limit of 60; split the article or raise --max-sentence-words" in err


def test_a_5_mb_sentence_is_rejected_in_seconds_with_the_defaults(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", {**GOOD, "id": "huge", "text": "Bern baut und " * 370_000 + "."},
                   {**GOOD, "id": "run-on", "text": "und Bern baut " * 70_000 + "."}, GOOD)
    started = time.perf_counter()
    summary = split_files([source], tmp_path / "out", "jsonl")
    assert time.perf_counter() - started < 60  # the splitter took over 600 s for the first
    assert (summary.articles, summary.rejected) == (1, 2)
    reasons = [r["reason"] for r in records(tmp_path / "out" / "rejected.jsonl")]
    assert "--max-article-chars" in reasons[0] and "--max-sentence-words" in reasons[1]


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (from /proc: no psutil needed)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_sigterm_stops_the_workers_and_removes_the_temporaries(tmp_path: Path) -> None:
    body = " ".join(["Der Bund zahlt dem Kanton Bern viel Geld, sagte der Sprecher am Montag."] * 150)
    source = jsonl(tmp_path / "in.jsonl", *({**GOOD, "id": f"m{i}", "text": body} for i in range(200)))
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", "from builder.cli import main; main()", "split", str(source),
                             "-o", str(out), "-j", "2", "--no-progress"], env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not (out.is_dir() and list(out.glob(".*.tmp")) and len(_children(proc.pid)) >= 2):
        assert proc.poll() is None and time.monotonic() < deadline, "split never got going"
        time.sleep(0.2)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and "terminated" in err and "Traceback" not in err
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in workers):
        assert time.monotonic() < deadline, "workers outlived the run"
        time.sleep(0.1)
    assert list(out.iterdir()) == []


def test_temporaries_of_killed_runs_are_removed_by_the_next_run_and_live_ones_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    finished = subprocess.Popen(["true"])
    finished.wait()  # its process id now names no process
    stale = out / f".claims.parquet.{finished.pid}.abcd1234.tmp"
    live = out / f".claims.parquet.{os.getpid()}.abcd1234.tmp"
    stale.write_text("half a file")
    live.write_text("another run is writing this")
    split_files([jsonl(tmp_path / "in.jsonl", GOOD)], out, "jsonl")
    assert not stale.exists() and live.exists()


# --- 6. small things -------------------------------------------------------------------------------------

def test_outputs_follow_the_umask_instead_of_being_private(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        split_files([jsonl(tmp_path / "in.jsonl", GOOD)], tmp_path / "out", "jsonl")
    finally:
        os.umask(previous)
    modes = {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "out").iterdir()}
    assert modes == dict.fromkeys(["articles.jsonl", "claims.jsonl", "rejected.jsonl", RUN_MANIFEST], 0o640)


def test_validate_reports_every_malformed_line_nan_and_surrogates_included(tmp_path: Path) -> None:
    bad = tmp_path / "articles.jsonl"
    bad.write_bytes(b'{"id": \n{"id": "x", "score": NaN}\n{"id": "\\ud800"}\n\xff{}\n[1,\n')
    code, stdout, _ = _run("validate", str(bad))
    assert code == 1
    assert [line.split(": ", 1)[0] for line in stdout.splitlines()] == [f"{bad}:{n}" for n in range(1, 6)]
    assert "NaN is not a JSON number" in stdout and "lone surrogate" in stdout and "invalid UTF-8" in stdout
