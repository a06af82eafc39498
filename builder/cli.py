"""The `builder` command line: each command is a thin layer over one documented library call.

User errors (`BuilderError`) become one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import click

from builder import __version__
from builder.errors import BuilderError, Terminated
from builder.eval.commands import eval_cmd
from builder.label.commands import pull_cmd, push_cmd, studio_cmd
from builder.limits import Limits
from builder.release.commands import publish_cmd, release_cmd
from builder.split.backend import Backend
from builder.split.llm.settings import LlmSettings


class _Group(click.Group):
    """Turns BuilderError (and OS errors on a path the user gave) into `builder: <one line>` and exit 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # usage errors: click prints them itself
        except BuilderError as exc:
            click.echo(f"builder: error: {exc}", err=True)
            sys.exit(2)
        except BrokenPipeError:  # the reader of our output went away (`builder show OUT | head`)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except OSError as exc:
            if exc.filename is None:
                _internal_error(exc)  # (no path to name)
            # a path the user gave that cannot be read or written: no permission, a file where a folder must be,
            # a folder that cannot be made ("-o /proc/x"), a read-only or full disk
            click.echo(f"builder: error: {exc.filename}: {exc.strerror}; choose a path you can read or write",
                       err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("builder: interrupted; no partial output was written", err=True)
            sys.exit(130)
        except Terminated as exc:
            click.echo("builder: terminated; no partial output was written", err=True)
            _exit_now(128 + exc.signum)
        except Exception as exc:
            _internal_error(exc)


def _exit_now(code: int) -> NoReturn:
    """End a terminated run once it has unwound (workers killed, temporaries removed) without the interpreter's
    exit hooks: the one of `concurrent.futures` wakes the killed process pool's manager thread through a pipe
    that thread may be closing at that moment, and Python 3.11 then prints "Exception ignored … Bad file
    descriptor" after the run's own last line (seen in one CI run in about thirty)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _internal_error(exc: Exception) -> NoReturn:
    """A bug, not a user error: still one line, the traceback on request."""
    if os.environ.get("BUILDER_DEBUG"):
        raise exc
    click.echo(f"builder: internal error: {type(exc).__name__}: {exc} "
               "(set BUILDER_DEBUG=1 for the traceback and please report it)", err=True)
    sys.exit(3)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="builder")
def main() -> None:
    """claims-ch builder: German news articles → atomic claims → verified Hugging Face dataset."""


@main.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--schema", type=click.Choice(["article", "claim", "rejected", "annotation", "verified"]),
              help="Schema to use instead of the one implied by the file name.")
def validate_cmd(files: tuple[Path, ...], schema: str | None) -> None:
    """Check JSONL/Parquet record files (or a release folder) against their JSON Schemas.

    Prints one `file:record: /json/pointer: message` line per violation; exit 0 only when all are valid.
    """
    from builder.validate.files import validate_files

    bad = 0
    for line in validate_files(files, schema, release_check=_check_release):
        bad += 1
        click.echo(line)
    if bad:
        click.echo(f"builder: {bad} violation(s)", err=True)
        sys.exit(1)
    click.echo(f"ok: {len(files)} file(s) valid", err=True)


def _check_release(folder: Path) -> Iterator[str]:
    """The release's own check, imported only when a release folder is given (it loads `datasets`)."""
    from builder.release.check import check_release

    yield from check_release(folder)


@main.command("split")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Output folder for articles.*, claims.* and rejected.jsonl.")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default="parquet", show_default=True,
              help="Output format.")
@click.option("--input-format", type=click.Choice(["text", "jsonl", "csv", "swissdox"]),
              help="Input format for every input (default: from each file's extension).")
@click.option("--backend", type=click.Choice(["rules", "llm"]), default="rules", show_default=True,
              help="Splitter backend: offline grammar rules, or a language model (the --llm-* options).")
@click.option("-j", "--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes that split in parallel (0: one per core).")
@click.option("--executor", type=click.Choice(["pool", "local", "ray", "slurm"]), default="pool", show_default=True,
              help="pool: this process and its workers; local/ray/slurm: datatrove tasks on this machine, a Ray "
                   "cluster (RAY_ADDRESS) or Slurm, resumable after a kill (see docs/scale.md).")
@click.option("--tasks", type=click.IntRange(min=0), default=0, show_default=True,
              help="Tasks the input is cut into with --executor local/ray/slurm (0: four per worker).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--max-article-chars", type=click.IntRange(min=1), default=Limits.article_chars, show_default=True,
              help="Reject an article whose text is longer (splitting time grows with it).")
@click.option("--max-sentence-words", type=click.IntRange(min=1), default=Limits.sentence_words, show_default=True,
              help="Reject an article with a longer sentence (no . ! ? … for that many words).")
@click.option("--llm-url", envvar="CLAIMS_CH_LLM_URL", help="OpenAI-compatible endpoint, e.g. "
              "http://127.0.0.1:8000/v1 (env CLAIMS_CH_LLM_URL); the key, if any, in env CLAIMS_CH_LLM_API_KEY.")
@click.option("--llm-model", help="Model name the endpoint serves.")
@click.option("--llm-cache", type=click.Path(path_type=Path, file_okay=False),
              help="Answer cache folder (default OUT/.llm-cache); a rerun sends no request for cached answers.")
@click.option("--llm-timeout", type=click.FloatRange(min=0.1), default=120.0, show_default=True,
              help="Seconds per request.")
@click.option("--llm-retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Retries after 429, 5xx, timeouts (exponential backoff or Retry-After).")
@click.option("--llm-concurrency", type=click.IntRange(min=1), default=4, show_default=True,
              help="Requests in flight: articles on as many threads (instead of -j processes; per worker with "
                   "--executor).")
@click.option("--llm-schema/--no-llm-schema", default=True, show_default=True,
              help="Send the JSON schema as response_format (off: the strict parser with a repair request).")
@click.option("--llm-agree", is_flag=True, help="Also run the rules and mark the claims both make (version "
              "suffix +rules).")
@click.option("--llm-price-input", type=click.FloatRange(min=0), help="Price per million prompt tokens (cost in "
              "the summary).")
@click.option("--llm-price-output", type=click.FloatRange(min=0), help="Price per million completion tokens.")
def split_cmd(inputs: tuple[Path, ...], out_dir: Path, fmt: str, input_format: str | None, backend: str,
              workers: int, executor: str, tasks: int, progress: bool | None, max_article_chars: int,
              max_sentence_words: int, llm_url: str | None, llm_model: str | None, llm_cache: Path | None,
              llm_timeout: float, llm_retries: int, llm_concurrency: int, llm_schema: bool, llm_agree: bool,
              llm_price_input: float | None, llm_price_output: float | None) -> None:
    """Split news articles into atomic claims with provenance.

    Reads plain-text articles, JSONL, CSV or Swissdox TSV; writes OUT/articles.*, OUT/claims.*,
    OUT/rejected.jsonl and OUT/run-manifest.json, all or none of them. Exit 1 when any input was rejected
    (every good record is still written).
    """
    limits = Limits(max_article_chars, max_sentence_words)
    if tasks and executor == "pool":
        raise click.UsageError("--tasks needs --executor local, ray or slurm")
    chosen: Backend = backend
    if backend == "llm":
        if not llm_url or not llm_model:
            raise click.UsageError("--backend llm needs --llm-url (or CLAIMS_CH_LLM_URL) and --llm-model")
        chosen = LlmSettings(llm_url, llm_model, (llm_cache or out_dir / ".llm-cache").absolute(), llm_timeout,
                             llm_retries, concurrency=llm_concurrency, structured=llm_schema, agree=llm_agree,
                             price_input=llm_price_input, price_output=llm_price_output)
    if executor == "pool":
        from builder.pipeline import split_files

        summary = split_files(inputs, out_dir, fmt, input_format=input_format, backend=chosen,  # type: ignore[arg-type]
                              workers=workers, progress=progress, limits=limits)
    else:
        from builder.engine.run import Submitted, split_on_engine

        try:
            summary = split_on_engine(inputs, out_dir, fmt, executor=executor, tasks=tasks,  # type: ignore[arg-type]
                                      workers=workers, input_format=input_format, backend=chosen, limits=limits)
        except Submitted as exc:
            click.echo(f"split: {exc}", err=True)
            return
    click.echo(f"split: {summary.line()} → {out_dir}", err=True)
    if summary.rejected:
        for problem in summary.problems:
            click.echo(f"builder: rejected: {problem}", err=True)
        more = summary.rejected - len(summary.problems)
        click.echo(f"builder: {summary.rejected} input(s) rejected{f' ({more} not shown)' if more else ''}; "
                   f"every good record was written; see {out_dir / 'rejected.jsonl'}", err=True)
        sys.exit(1)


@main.command("show")
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--article", help="Only this article id.")
@click.option("--trace", is_flag=True, help="Re-split the articles and show, per sentence, the rules that made "
              "each claim and each dropped draft with its reason.")
def show_cmd(out_dir: Path, article: str | None, trace: bool) -> None:
    """Print the claims of a split, pull or release folder under their source sentences, with labels."""
    from builder.show import claim_lines, trace_lines

    for line in (trace_lines if trace else claim_lines)(out_dir, article):
        click.echo(line)


# commands of the later pipeline stages live beside their library code; their modules import only click
for command in (eval_cmd, push_cmd, pull_cmd, studio_cmd, release_cmd, publish_cmd):
    main.add_command(command)
