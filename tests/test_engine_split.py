"""`builder split --executor local` (datatrove) writes what the process pool writes, and resumes after a kill.

The input mixes good articles from the shared corpus with a malformed line, a duplicate id and a plain-text
article, so the merge has to put articles, claims and rejects of several tasks back in input order.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.engine.job import WORK
from builder.engine.run import split_on_engine
from builder.errors import BuilderError
from builder.pipeline import split_files
from builder.records.files import read_records

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "fang_covid_real.jsonl"
SAMPLE = ROOT / "examples" / "000_606d4c18b25b7e8e.txt"
OUTPUTS = ("articles", "claims", "rejected")


def mixed_input(folder: Path, articles: int) -> list[Path]:
    """`articles` corpus articles with a malformed line and a repeated id among them, and the sample text."""
    if not CORPUS.exists():
        pytest.fail(f"corpus not found at {CORPUS}: CI lays ../shared beside the clone")
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:articles]
    lines[2:2] = ["{not json", lines[0]]
    path = folder / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [path, SAMPLE]


def records(folder: Path, stem: str, fmt: str = "parquet") -> list[dict]:
    suffix = "jsonl" if stem == "rejected" else fmt
    return [record for _, record in read_records(folder / f"{stem}.{suffix}")]


@pytest.fixture(scope="module")
def pool_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path]:
    folder = tmp_path_factory.mktemp("pool")
    inputs = mixed_input(folder, 8)
    split_files(inputs, folder / "out", workers=2, progress=False)
    return inputs, folder / "out"


def test_engine_run_writes_the_records_of_a_pool_run(pool_run: tuple[list[Path], Path], tmp_path: Path) -> None:
    inputs, expected = pool_run
    summary = split_on_engine(inputs, tmp_path / "out", executor="local", tasks=3, workers=2)
    for stem in OUTPUTS:
        assert records(tmp_path / "out", stem) == records(expected, stem), stem
        suffix = "jsonl" if stem == "rejected" else "parquet"
        assert (tmp_path / "out" / f"{stem}.{suffix}").read_bytes() == (expected / f"{stem}.{suffix}").read_bytes()
    assert summary.articles == len(records(expected, "articles")) == 9
    assert summary.rejected == 2 and len(summary.problems) == 2
    assert not (tmp_path / "out" / WORK).exists()  # the work folder goes once merged


def test_a_killed_engine_run_resumes_with_the_same_output_and_no_duplicates(
        pool_run: tuple[list[Path], Path], tmp_path: Path) -> None:
    inputs, expected = pool_run
    out = tmp_path / "out"
    command = [str(Path(sys.executable).with_name("builder")), "split", *map(str, inputs), "-o", str(out),
               "--executor", "local", "--tasks", "5", "-j", "1", "--no-progress"]
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    completions = out / WORK / "logs" / "completions"
    deadline = time.monotonic() + 300
    while len(list(completions.glob("*"))) < 2:  # kill it halfway: some tasks done, others not
        assert first.poll() is None, "the run ended before it could be killed halfway"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    done = sorted(p.name for p in completions.glob("*"))
    assert 2 <= len(done) < 5 and not (out / "claims.parquet").exists()

    second = subprocess.run(command, capture_output=True, text=True)
    assert second.returncode == 1, second.stderr  # 1: inputs were rejected, as in the pool run
    assert f"Skipping {len(done)} already completed tasks" in second.stderr
    claims = records(out, "claims")
    assert claims == records(expected, "claims")
    assert len({c["claim_id"] for c in claims}) == len(claims)
    for stem in ("articles", "rejected"):
        assert records(out, stem) == records(expected, stem)
    assert not list(out.glob(".*.tmp")) and not (out / WORK).exists()


def test_a_rerun_with_other_options_does_not_reuse_finished_tasks(tmp_path: Path) -> None:
    inputs = mixed_input(tmp_path, 2)
    work = tmp_path / "out" / WORK
    (work / "logs" / "completions").mkdir(parents=True)
    (work / "job.json").write_text(json.dumps({"tasks": 99}), encoding="utf-8")
    for rank in range(2):  # markers of another job: reusing them would skip every task
        (work / "logs" / "completions" / f"{rank:05d}").touch()
    summary = split_on_engine(inputs, tmp_path / "out", "jsonl", executor="local", tasks=2, workers=1)
    assert summary.articles == 3 and summary.rejected == 2


def test_a_failed_task_is_one_error_and_the_run_can_be_repeated(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.engine import steps

    inputs = mixed_input(tmp_path, 2)

    def broken(*args: object) -> object:
        raise OSError("disk full")

    monkeypatch.setattr(steps.ShardWriter, "close", broken)
    with pytest.raises(OSError):
        split_on_engine(inputs, tmp_path / "out", executor="local", tasks=2, workers=1)
    assert not (tmp_path / "out" / "claims.parquet").exists()
    monkeypatch.undo()
    assert split_on_engine(inputs, tmp_path / "out", executor="local", tasks=2, workers=1).articles == 3


def test_unknown_input_format_fails_before_any_task(tmp_path: Path) -> None:
    (tmp_path / "in.xml").write_text("<a/>", encoding="utf-8")
    with pytest.raises(BuilderError, match="cannot tell the input format"):
        split_on_engine([tmp_path / "in.xml"], tmp_path / "out", executor="local")
    assert not (tmp_path / "out" / WORK).exists()


def test_an_unreachable_ray_cluster_is_one_error_line(tmp_path: Path) -> None:
    result = subprocess.run([str(Path(sys.executable).with_name("builder")), "split", str(SAMPLE), "-o",
                             str(tmp_path / "out"), "--executor", "ray"], capture_output=True, text=True,
                            env={**os.environ, "RAY_ADDRESS": "127.0.0.1:1"}, timeout=120)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("builder: error: cannot reach the Ray cluster at 127.0.0.1:1")
