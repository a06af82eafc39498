"""`builder eval`: the gold scores of a split output folder."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_cmd(out_dir: Path, gold: Path, as_json: bool) -> None:
    """Score OUT_DIR (output of `builder split`) against a gold JSONL file.

    The figures are those of ../shared/gold/GUIDELINES.md (strict F1 is the headline), with the same
    definitions as ../shared/eval/score_claims.py.
    """
    from builder.eval.score import format_scores, score  # pyarrow: only when the command runs

    scores = score(out_dir, gold)
    click.echo(json.dumps(scores.as_dict()) if as_json else format_scores(scores))
