#!/usr/bin/env python3
"""The claim audit of issue 7, repeatable: a random sample of claims from corpus articles outside both
development gold sets, judged by a person (or an auditor) as an annotator would, and the figures.

  bench/audit_claims.py sample [--n 100] [--seed 7] [-o DIR]   split the articles, draw the claims, write
                                                               DIR/sample.jsonl and DIR/sheet.md
  bench/audit_claims.py score DIR/judgements.jsonl              the figures of a judged sample

The sample holds corpus text, which may not be redistributed: keep DIR outside the repository (default
/tmp/claims-audit). Each judgement line is {"claim_id", "grammatical", "faithful", "atomic",
"self_contained", "worth", "speaker": "right"|"wrong"|"missing"|"n/a", "wrong_person", "reported_as_fact"}
(booleans otherwise), plus an optional "note".
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ["fang_covid_real.jsonl", "10kgnad_test.jsonl", "20min_swisstext.jsonl"]
GOLD = ["dev.jsonl", "dev2.jsonl"]
ARTICLES_PER_CLAIM = 0.2  # 20 articles for 100 claims: several claims of each, as an annotator reads them
BOOLEANS = ["grammatical", "faithful", "atomic", "self_contained", "worth"]
HARMS = ["wrong_person", "reported_as_fact"]


def _gold_ids() -> set[str]:
    ids = set()
    for name in GOLD:
        with (SHARED / "gold" / name).open(encoding="utf-8") as f:
            ids.update(json.loads(line)["article_id"] for line in f if line.strip())
    return ids


def _write_inputs(folder: Path, rng: random.Random, n_articles: int) -> list[Path]:
    """A JSONL file of `n_articles` corpus articles drawn at random, none of them in a gold set."""
    excluded = _gold_ids()
    jsonl = [json.loads(line) for name in CORPUS if name.endswith(".jsonl")
             for line in (SHARED / "corpus" / name).open(encoding="utf-8") if line.strip()]
    pool = [a for a in jsonl if str(a["id"]) not in excluded]
    chosen = rng.sample(pool, n_articles)
    path = folder / "audit_articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in chosen), encoding="utf-8")
    return [path]


def sample(n: int, seed: int, out: Path) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    inputs = _write_inputs(out, rng, max(1, round(n * ARTICLES_PER_CLAIM)))
    split_dir = out / "split"
    builder = Path(sys.executable).with_name("builder")
    subprocess.run([str(builder), "split", *map(str, inputs), "-o", str(split_dir), "--format", "jsonl"],
                   check=False, stdout=subprocess.DEVNULL)
    articles = {a["id"]: a for a in map(json.loads, (split_dir / "articles.jsonl").open(encoding="utf-8"))}
    claims = [json.loads(line) for line in (split_dir / "claims.jsonl").open(encoding="utf-8")]
    drawn = sorted(rng.sample(claims, min(n, len(claims))), key=lambda c: (c["article_id"], c["sentence_index"]))
    with (out / "sample.jsonl").open("w", encoding="utf-8") as f:
        for claim in drawn:
            f.write(json.dumps({"claim_id": claim["claim_id"], "article_id": claim["article_id"],
                                "claim": claim["text"], "speaker": (claim["attribution"] or {}).get("speaker"),
                                "sentence": claim["sentence"]}, ensure_ascii=False) + "\n")
    with (out / "sheet.md").open("w", encoding="utf-8") as f:
        for k, claim in enumerate(drawn, 1):
            article = articles[claim["article_id"]]
            start = claim["spans"][0]["start"]
            context = article["text"][max(0, start - 600):start].replace("\n", " ")
            # what follows may name the speaker of what came before ("So steht es in einem Schreiben."), so
            # the annotator sees it too
            found = article["text"].find(claim["sentence"], max(0, start - len(claim["sentence"])))
            end = found + len(claim["sentence"]) if found >= 0 else max(s["end"] for s in claim["spans"])
            after = article["text"][end:end + 300].replace("\n", " ")
            speaker = (claim["attribution"] or {}).get("speaker")
            f.write(f"## {k}. {claim['claim_id']} ({claim['article_id']})\n\n"
                    f"- context before: …{context}\n- sentence: {claim['sentence']}\n"
                    f"- context after: {after}…\n"
                    f"- CLAIM: {claim['text']}\n- speaker: {speaker}\n\n")
    print(f"audit: {len(drawn)} claims of {len(articles)} articles → {out / 'sheet.md'}")


def score(judgements: Path) -> dict:
    rows = [json.loads(line) for line in judgements.open(encoding="utf-8") if line.strip()]
    figures = {key: sum(bool(r[key]) for r in rows) for key in BOOLEANS + HARMS}
    reported = [r for r in rows if r["speaker"] != "n/a"]
    figures["claims"] = len(rows)
    figures["reported_claims"] = len(reported)
    figures["speaker_right"] = sum(r["speaker"] == "right" for r in reported)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=100)
    s.add_argument("--seed", type=int, default=7)
    s.add_argument("-o", "--out", type=Path, default=Path("/tmp/claims-audit"))
    j = sub.add_parser("score")
    j.add_argument("judgements", type=Path, help="judgements.jsonl, or the audit folder that holds it")
    args = parser.parse_args()
    if args.command == "sample":
        sample(args.n, args.seed, args.out)
        return
    path = args.judgements / "judgements.jsonl" if args.judgements.is_dir() else args.judgements
    if not path.is_file():
        parser.error(f"{path}: no such file; give judgements.jsonl or the audit folder that holds it")
    print(json.dumps(score(path), indent=2))


if __name__ == "__main__":
    main()
