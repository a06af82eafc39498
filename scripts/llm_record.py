"""Record a real model's answers to the LLM backend's exact requests, for the replay tests.

    python scripts/llm_record.py dump [INPUT...] [--out /work/llm-rec] [--model claude-sonnet-4]
        writes OUT/requests/<NN>.json (the exact chat-completions bodies) and OUT/requests/index.jsonl
        (NN → article id, window); someone then has the model answer each into OUT/answers/<NN>.json
        ({"content": "<the assistant message text>"})
    python scripts/llm_record.py record [--out /work/llm-rec] [--fixture tests/data/llm] --source TEXT
        pairs requests and answers into the replay fixture `FIXTURE/recorded.jsonl` with `FIXTURE/README.md`
        naming the model and when it answered (`--source`)

Without INPUT, the development gold inputs (../shared/gold/dev_inputs/*, dev2_inputs/*) are used.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# this checkout's `builder` and the replay's encoding, imported after the line above (hence E402)
from builder.ingest import read_sourced  # noqa: E402
from builder.io.atomic import atomic_write_text  # noqa: E402
from builder.pipeline import with_furniture  # noqa: E402
from builder.split.llm.prompt import PROMPT_VERSION, article_requests  # noqa: E402
from tests.fixtures.llm_replay import article_texts, decode, encode, request_key  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"
DEFAULT_INPUTS = ("dev_inputs", "dev2_inputs")


def gold_inputs() -> list[Path]:
    return sorted(p for name in DEFAULT_INPUTS for p in (GOLD / name).iterdir() if p.is_file())


def requests_of(inputs: Sequence[Path], model: str) -> Iterator[tuple[dict, dict]]:
    """(index entry, request body) for every window of every article the readers accept."""
    for kind, record, file, line in read_sourced(list(inputs)):
        if kind != "article":
            continue
        article = with_furniture(record)
        for window, body in article_requests(article, model):
            entry = {"article_id": article["id"], "file": file, "record": line, "window": window.number,
                     "sentences": [window.lines[0].index, window.lines[-1].index], "model": model,
                     "prompt_version": PROMPT_VERSION}
            yield entry, body


def dump(inputs: Sequence[Path], out: Path, model: str) -> int:
    folder = out / "requests"
    folder.mkdir(parents=True, exist_ok=True)
    index = []
    for number, (entry, body) in enumerate(requests_of(inputs, model), 1):
        name = f"{number:02d}"
        atomic_write_text(folder / f"{name}.json", json.dumps(body, ensure_ascii=False, indent=1) + "\n")
        index.append(json.dumps({"n": name, **entry}, ensure_ascii=False))
    atomic_write_text(folder / "index.jsonl", "\n".join(index) + "\n")
    return len(index)


def record(out: Path, fixture: Path, source: str) -> int:
    """Pair each request (its sha256) with its answer (encoded: no article text, see the replay module);
    a missing or malformed answer file stops with its name."""
    entries = [json.loads(line) for line in (out / "requests" / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = article_texts(sorted({Path(entry["file"]) for entry in entries}))
    pairs = []
    for entry in entries:
        request = json.loads((out / "requests" / f"{entry['n']}.json").read_text(encoding="utf-8"))
        answer_path = out / "answers" / f"{entry['n']}.json"
        try:
            content = json.loads(answer_path.read_text(encoding="utf-8"))["content"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{answer_path}: no usable answer ({exc}); have it answered or drop the request") from None
        if not isinstance(content, str):
            raise SystemExit(f"{answer_path}: 'content' is not a string")
        encoded = encode(content, texts[entry["article_id"]])
        if decode(encoded, texts[entry["article_id"]]) != content:
            raise SystemExit(f"{answer_path}: the answer does not survive the encoding; please report this")
        pairs.append(json.dumps({"article_id": entry["article_id"], "window": entry["window"],
                                 "request": request_key(request), "content": encoded}, ensure_ascii=False))
    fixture.mkdir(parents=True, exist_ok=True)
    atomic_write_text(fixture / "recorded.jsonl", "\n".join(pairs) + "\n")
    atomic_write_text(fixture / "README.md", (
        "# Recorded answers of a real model, for the LLM backend's replay tests\n\n"
        f"`recorded.jsonl`: one line per chat-completions request of the LLM backend (prompt version "
        f"{PROMPT_VERSION}) for the articles of `../shared/gold/dev_inputs` and `dev2_inputs`: the sha256 of the "
        "exact request body (without `response_format`) and the assistant message the model answered with, "
        "each word of the article in it written as its position in the article (`⟨i⟩`), so that no corpus "
        "text is in the repository; `tests/fixtures/llm_replay.py` restores it from `../shared`.\n\n"
        f"Answers: {source}.\n\n"
        "Made with `python scripts/llm_record.py dump`, answered, then `python scripts/llm_record.py record`. "
        "A changed prompt changes the requests: record again.\n"))
    return len(pairs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("inputs", nargs="*", type=Path)
    d.add_argument("--out", type=Path, default=Path("/work/llm-rec"))
    d.add_argument("--model", default="claude-sonnet-4")
    r = sub.add_parser("record")
    r.add_argument("--out", type=Path, default=Path("/work/llm-rec"))
    r.add_argument("--fixture", type=Path, default=ROOT / "tests" / "data" / "llm")
    r.add_argument("--source", required=True, help="which model answered, how and when")
    args = parser.parse_args(argv)
    if args.command == "dump":
        count = dump(args.inputs or gold_inputs(), args.out, args.model)
        print(f"{count} requests in {args.out / 'requests'}", file=sys.stderr)
    else:
        count = record(args.out, args.fixture, args.source)
        print(f"{count} recorded answers in {args.fixture}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
