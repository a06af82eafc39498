"""`builder split --backend llm` against a real OpenAI-compatible server on 127.0.0.1 that replays answers.

The answers here are crafted for the tests (the recorded answers of a real model are measured in
test_llm_recorded.py): good claims, made-up ones that must be rejected with their reasons, an unreadable
answer that needs the repair request, and injected 429/500s, timeouts and an endpoint without
structured output. Nothing is mocked: the backend talks HTTP to the server.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.ingest import read_sourced
from builder.pipeline import split_files, with_furniture
from builder.records.files import read_records
from builder.split.llm.parse import AnswerError, repair_message
from builder.split.llm.prompt import article_requests
from builder.split.llm.settings import LlmSettings
from builder.validate.files import validate_files
from tests.fixtures.llm_replay import Replay, replay_server

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "000_606d4c18b25b7e8e.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "fang_covid_real.jsonl"
MODEL = "test-model"
KEY = "sk-test-8c1f0d5e2b7a4c93"


def claim(sentence: int, text: str, speaker: str | None = None, cue: str | None = None,
          quote: str | None = None) -> dict:
    return {"sentence": sentence, "text": text, "speaker": speaker, "cue": cue, "quote": quote}


GOOD = [
    claim(0, "US-Aussenminister trifft russischen Amtskollegen in Genf."),
    claim(4, "Ziel sei es, die diplomatischen Gespräche fortzusetzen.", "eine hohe Beamtin des "
          "US-Aussenministeriums", "sagte", "indirect"),
    claim(5, "Blinken hatte zuvor mit Lawrow telefoniert."),
    claim(7, "Blinken trifft am Mittwoch in Kiew den ukrainischen Präsidenten Wolodymyr Selenskyj."),
    claim(7, "Blinken trifft am Mittwoch in Kiew den ukrainischen Aussenminister Dmytro Kuleba."),
    claim(8, "Blinken will in Berlin mit der deutschen Aussenministerin Annalena Baerbock zusammenkommen."),
    claim(10, "Blinken plant ein Treffen in Genf.", "eine hohe Beamtin des US-Aussenministeriums", "so", "direct"),
]
MADE_UP = [
    (claim(5, "Blinken hatte zuvor mit Merkel in Paris telefoniert."), "made-up content: merkel, paris"),
    (claim(7, "Blinken trifft am Mittwoch 30 Minister in Kiew."), "made-up content: 30"),
    (claim(10, "Diplomatie ist nicht tot.", "Wladimir Putin", "so", "direct"), "speaker 'Wladimir Putin'"),
    (claim(13, "Blinken trifft Selenskyj in Kiew."), "shares no word with the sentence it names (nor does its "
                                                        "speaker)"),
]


def sample_article(path: Path = SAMPLE) -> dict:
    return next(with_furniture(record) for kind, record, _, _ in read_sourced([path]) if kind == "article")


def answer(claims: list[dict]) -> str:
    return json.dumps({"claims": claims}, ensure_ascii=False)


@pytest.fixture
def replay() -> Replay:
    return Replay()


@pytest.fixture
def url(replay: Replay) -> Iterator[str]:
    with replay_server(replay) as base:
        yield base


def settings(url: str, tmp_path: Path, **changes: object) -> LlmSettings:
    return LlmSettings(url, MODEL, tmp_path / "cache", **{"timeout": 5.0, "backoff": 0.01, **changes})  # type: ignore[arg-type]


def records(out: Path, stem: str) -> list[dict]:
    return [r for _, r in read_records(out / (f"{stem}.jsonl"))]


def crafted(replay: Replay, claims: list[dict], path: Path = SAMPLE) -> None:
    ((_, body),) = article_requests(sample_article(path), MODEL)
    replay.add(body, answer(claims))


def test_claims_validate_and_made_up_ones_are_rejected_with_their_reason(replay: Replay, url: str,
                                                                          tmp_path: Path) -> None:
    crafted(replay, GOOD + [c for c, _ in MADE_UP])
    out = tmp_path / "out"
    summary = split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path))
    claims = records(out, "claims")
    assert [c["text"] for c in claims] == [c["text"] for c in GOOD]
    assert list(validate_files([out])) == []
    text = records(out, "articles")[0]["text"]
    for made, record in zip(GOOD, claims):
        assert record["splitter"] == {"name": f"claims-ch-llm:{MODEL}", "version": "1.1.0"}
        assert record["attribution"] == ({"speaker": made["speaker"], "cue": made["cue"], "quote": made["quote"]}
                                         if made["speaker"] else None)
        covered = " ".join(text[s["start"]:s["end"]] for s in record["spans"])
        assert all(s["start"] >= text.index(record["sentence"]) for s in record["spans"])
        assert "Blinken" not in record["text"] or "Blinken" in covered or record["sentence_index"] in (8, 10)
    kuleba = claims[4]
    assert [text[s["start"]:s["end"]] for s in kuleba["spans"]] == [
        "Blinken trifft am Mittwoch in Kiew den ukrainischen", "Aussenminister Dmytro Kuleba"]
    assert kuleba["time"][0]["text"] == "am Mittwoch"
    # all its content from earlier sentences, as "Dies bestätigte X" claims what came before: its speaker's span
    assert [text[s["start"]:s["end"]] for s in claims[6]["spans"]] == ["Beamtin"]
    rejected = records(out, "rejected")
    assert len(rejected) == summary.rejected == len(MADE_UP)
    for (made, reason), record in zip(MADE_UP, rejected):
        assert reason in record["reason"] and record["field"] == "claims"
        assert json.loads(record["raw"])["text"] == made["text"]
    assert summary.usage["requests"] == 1 and summary.usage["prompt_tokens"] > 0


def test_an_unreadable_answer_gets_one_repair_request(replay: Replay, url: str, tmp_path: Path) -> None:
    ((_, body),) = article_requests(sample_article(), MODEL)
    broken = "Here are the claims: " + answer(GOOD[:2])
    replay.add(body, broken)
    error = "the answer is not one JSON object (Expecting value: line 1 column 1 (char 0))"
    repair = {**body, "messages": [*body["messages"], {"role": "assistant", "content": broken},
                                   {"role": "user", "content": repair_message(AnswerError(error))}]}
    replay.add(repair, answer(GOOD[:2]))
    out = tmp_path / "out"
    split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path))
    assert [c["text"] for c in records(out, "claims")] == [c["text"] for c in GOOD[:2]]
    assert [e["status"] for e in replay.log] == [200, 200]


def test_an_answer_unreadable_after_the_repair_rejects_the_article(replay: Replay, url: str, tmp_path: Path) -> None:
    ((_, body),) = article_requests(sample_article(), MODEL)
    bad = '{"claims": [{"sentence": 99, "text": "x"}]}'
    replay.add(body, bad)
    error = "claims[0]: missing field(s) speaker, cue, quote"
    replay.add({**body, "messages": [*body["messages"], {"role": "assistant", "content": bad},
                                     {"role": "user", "content": repair_message(AnswerError(error))}]}, bad)
    out = tmp_path / "out"
    summary = split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path))
    assert summary.articles == 0 and summary.rejected == 1
    assert "unreadable also after a repair request" in records(out, "rejected")[0]["reason"]
    assert [e["status"] for e in replay.log] == [200, 200]


def test_a_warm_cache_sends_no_request(replay: Replay, url: str, tmp_path: Path) -> None:
    crafted(replay, GOOD)
    first, second = tmp_path / "a", tmp_path / "b"
    split_files([SAMPLE], first, "jsonl", backend=settings(url, tmp_path))
    assert len(replay.log) == 1
    summary = split_files([SAMPLE], second, "jsonl", backend=settings(url, tmp_path))
    assert len(replay.log) == 1
    assert summary.usage["requests"] == 0 and summary.usage["cached"] == 1
    assert records(first, "claims") == records(second, "claims")


def test_429_and_500_are_retried_with_backoff(replay: Replay, url: str, tmp_path: Path) -> None:
    crafted(replay, GOOD)
    replay.fail(429, 500, 503)
    out = tmp_path / "out"
    summary = split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path, price_input=2.0, price_output=10.0))
    assert [e["status"] for e in replay.log] == [429, 500, 503, 200]
    assert summary.claims == len(GOOD) and summary.rejected == 0
    tokens = summary.usage["prompt_tokens"], summary.usage["completion_tokens"]
    assert summary.usage["requests"] == 1 and min(tokens) > 0  # the failed attempts are not answers
    assert summary.line().endswith(f"{tokens[0]:.0f} prompt + {tokens[1]:.0f} completion tokens, "
                                   f"cost {(tokens[0] * 2.0 + tokens[1] * 10.0) / 1e6:.4f}")


def test_a_client_error_is_not_retried_and_rejects_the_article(replay: Replay, url: str, tmp_path: Path) -> None:
    replay.fail(401)
    out = tmp_path / "out"
    summary = split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path, retries=3))
    assert [e["status"] for e in replay.log] == [401]
    assert "HTTP 401: injected 401" in records(out, "rejected")[0]["reason"] and summary.articles == 0


def test_a_request_that_times_out_is_retried_then_rejects_the_article(replay: Replay, url: str,
                                                                      tmp_path: Path) -> None:
    crafted(replay, GOOD)
    replay.fail(1.5)
    out = tmp_path / "a"
    summary = split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path, timeout=0.5, retries=1))
    assert summary.claims == len(GOOD)  # the second attempt is answered in time
    replay.fail(1.5, 1.5)
    out = tmp_path / "b"
    summary = split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path / "other", timeout=0.5,
                                                                    retries=1))
    reason = records(out, "rejected")[0]["reason"]
    assert summary.articles == 0 and "no answer within 0.5 s (after 2 attempts)" in reason
    assert "rerun to try again" in reason


def test_an_endpoint_without_structured_output_gets_the_request_without_the_schema(replay: Replay, url: str,
                                                                                    tmp_path: Path) -> None:
    crafted(replay, GOOD)
    replay.refuse_schema = True
    out = tmp_path / "out"
    summary = split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path))
    assert [("response_format" in e["body"], e["status"]) for e in replay.log] == [(True, 400), (False, 200)]
    assert summary.claims == len(GOOD)


def test_agreement_with_the_rules_is_marked(replay: Replay, url: str, tmp_path: Path) -> None:
    crafted(replay, GOOD)
    out = tmp_path / "out"
    split_files([SAMPLE], out, "jsonl", backend=settings(url, tmp_path, agree=True))
    versions = {c["text"]: c["splitter"]["version"] for c in records(out, "claims")}
    assert versions[GOOD[2]["text"]] == "1.1.0+rules"  # the rules make "Blinken hatte zuvor mit Lawrow telefoniert."
    assert versions[GOOD[5]["text"]] == "1.1.0"  # theirs keeps "unter anderem"
    assert list(validate_files([out])) == []


def corpus_inputs(folder: Path, count: int) -> Path:
    if not CORPUS.exists():
        pytest.fail(f"corpus not found at {CORPUS}: CI lays ../shared beside the clone")
    path = folder / "in.jsonl"
    path.write_text("\n".join(CORPUS.read_text(encoding="utf-8").splitlines()[:count]) + "\n", encoding="utf-8")
    return path


def answer_every_request(replay: Replay, path: Path) -> int:
    """A claim per window (its first sentence as written) for every article of `path`; how many requests."""
    count = 0
    for kind, record, _, _ in read_sourced([path]):
        if kind == "article":
            for window, body in article_requests(with_furniture(record), MODEL):
                replay.add(body, answer([claim(window.lines[0].index, window.lines[0].text)]))
                count += 1
    return count


def cli(url: str | None, inputs: Path, out: Path, *extra: str) -> list[str]:
    """`builder split` with the llm backend; without `url`, the endpoint comes from CLAIMS_CH_LLM_URL."""
    return [str(Path(sys.executable).with_name("builder")), "split", str(inputs), "-o", str(out), "--format", "jsonl",
            "--backend", "llm", *(["--llm-url", url] if url else []), "--llm-model", MODEL, "--no-progress", *extra]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "CLAIMS_CH_LLM_API_KEY": KEY}


def test_requests_in_flight_are_bounded_and_the_output_is_that_of_one_at_a_time(replay: Replay, url: str,
                                                                               tmp_path: Path) -> None:
    inputs = corpus_inputs(tmp_path, 8)
    total = answer_every_request(replay, inputs)
    replay.fail(*[0.2] * total)  # every answer takes a while, so that concurrent requests overlap
    one, three = tmp_path / "one", tmp_path / "three"
    split_files([inputs], one, "jsonl", backend=settings(url, tmp_path / "c1", concurrency=1))
    assert replay.most_in_flight == 1
    replay.fail(*[0.2] * total)
    split_files([inputs], three, "jsonl", backend=settings(url, tmp_path / "c3", concurrency=3), workers=2)
    assert replay.most_in_flight == 3
    assert (one / "claims.jsonl").read_bytes() == (three / "claims.jsonl").read_bytes()


def test_a_killed_run_resumes_without_duplicates_or_repeated_requests(replay: Replay, url: str,
                                                                       tmp_path: Path) -> None:
    inputs = corpus_inputs(tmp_path, 4)
    total = answer_every_request(replay, inputs)
    replay.fail(0.0, 0.0, 600.0)  # the third request hangs: the run is killed while it waits
    out = tmp_path / "out"
    run = subprocess.Popen(cli(url, inputs, out, "--llm-concurrency", "1", "--llm-timeout", "60"), env=environment(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while replay.received < 3 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert replay.answered() == 2 and not (out / "claims.jsonl").exists()
    finished = subprocess.run(cli(url, inputs, out), env=environment(), capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert replay.answered() == total  # the two answers of the killed run came from the cache
    claims = records(out, "claims")
    assert len(claims) == total and len({c["claim_id"] for c in claims}) == total
    assert f"{total - 2} requests (2 answers from the cache)" in finished.stderr


def test_the_key_is_sent_but_never_written_and_the_engine_runs_it_unchanged(replay: Replay, url: str,
                                                                            tmp_path: Path) -> None:
    inputs = corpus_inputs(tmp_path, 3)
    answer_every_request(replay, inputs)
    pool, engine = tmp_path / "pool", tmp_path / "engine"
    runs = [subprocess.run(cli(url, inputs, pool, "-j", "2"), env=environment(), capture_output=True, text=True),
            subprocess.run(cli(None, inputs, engine, "--executor", "local", "-j", "2", "--tasks", "2",
                               "--llm-cache", str(tmp_path / "engine-cache")),
                           env={**environment(), "CLAIMS_CH_LLM_URL": url}, capture_output=True, text=True)]
    assert [r.returncode for r in runs] == [0, 0], runs[1].stderr
    assert records(pool, "claims") == records(engine, "claims")
    assert {e["headers"].get("Authorization") for e in replay.log} == {f"Bearer {KEY}"}
    for run in runs:
        assert KEY not in run.stdout + run.stderr
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


def test_cli_refuses_the_llm_backend_without_endpoint_or_model(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CLAIMS_CH_LLM_URL"}
    result = CliRunner(env=env).invoke(main, ["split", str(SAMPLE), "-o", str(tmp_path / "o"), "--backend", "llm",
                                              "--llm-model", MODEL])
    assert result.exit_code == 2 and "--llm-url (or CLAIMS_CH_LLM_URL)" in result.output
