"""`builder push`, `builder pull` and `builder studio`: thin click wrappers over push, pull, start_studio."""

from __future__ import annotations

from pathlib import Path

import click

_url = click.option("--url", envvar="LABEL_STUDIO_URL", show_envvar=True,
                    help="Label Studio address, e.g. http://127.0.0.1:8080.")
_api_key = click.option("--api-key", envvar="LABEL_STUDIO_API_KEY", show_envvar=True,
                        help="Label Studio access token (Account & Settings).")
_project = click.option("--project", "title", required=True, help="Title of the Label Studio project.")
_servers = click.option("--servers", "servers_file", type=click.Path(path_type=Path, dir_okay=False),
                        help="servers.json of `builder studio --annotators`: one server per annotator "
                             "(instead of --url/--api-key).")


@click.command("push")
@click.argument("claims_file", type=click.Path(path_type=Path, dir_okay=False))
@_project
@click.option("--overlap", type=click.IntRange(min=1), help="Annotations needed per task (the project's "
              "maximum annotations). Default for a new project: 1.")
@click.option("--articles", "articles_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Articles file of the split run; default: the articles.* next to CLAIMS_FILE.")
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(min=1),
              help="Tasks per import request.")
@click.option("--annotators", help="Comma-separated e-mails: one project per annotator (TITLE (annotator-…)), "
              "each with the claims --overlap assigns them (default: every claim to everyone).")
@click.option("--salt", envvar="CLAIMS_CH_ANNOTATOR_SALT", show_envvar=True,
              help="Secret mixed into the annotator pseudonyms; the same as for `builder pull`.")
@_servers
@_url
@_api_key
def push_cmd(claims_file: Path, title: str, overlap: int | None, articles_file: Path | None, batch_size: int,
             annotators: str | None, salt: str | None, servers_file: Path | None, url: str | None,
             api_key: str | None) -> None:
    """Import the claims of CLAIMS_FILE as tasks of a Label Studio project (created if missing).

    Safe to repeat: claims already in the project are skipped, so pushing the same or an overlapping
    file again, or again after an interrupted push, adds only the missing claims.
    """
    from builder.errors import BuilderError
    from builder.label.push import push, push_annotators
    from builder.label.servers import read_servers

    servers = read_servers(servers_file) if servers_file else None
    if servers and annotators is None:
        annotators = ",".join(servers)  # every annotator of the servers file

    def progress(line: str) -> None:
        click.echo(line, err=True)

    try:
        if annotators is None:
            summaries = [push(claims_file, title, url=url, api_key=api_key, overlap=overlap, batch_size=batch_size,
                              articles_file=articles_file, progress=progress)]
        else:
            summaries = push_annotators(claims_file, title, annotators.split(","), url=url, api_key=api_key,
                                        overlap=overlap, batch_size=batch_size, articles_file=articles_file,
                                        salt=salt, servers=servers, progress=progress)
    except KeyboardInterrupt:
        raise BuilderError("push interrupted; the batches imported so far stay",
                           fix="run the same `builder push` again to add the rest") from None
    for summary in summaries:
        click.echo(summary.line(), err=True)


@click.command("pull")
@_project
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for annotations.* and verified.*.")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default="parquet", show_default=True)
@click.option("--claims", "claims_file", type=click.Path(path_type=Path, dir_okay=False),
              help="The pushed claims file: claims of it without a task are reported as deleted (required when the "
                   "project's push ledger is gone).")
@click.option("--salt", envvar="CLAIMS_CH_ANNOTATOR_SALT", show_envvar=True,
              help="Secret mixed into the annotator pseudonyms (keep it the same across pulls).")
@click.option("--min-verdicts", default=2, show_default=True, type=click.IntRange(min=1),
              help="Agreeing verdicts (of annotators who judged the claim faithful) a verdict needs; fewer: "
                   "no verdict, needs review.")
@_servers
@_url
@_api_key
def pull_cmd(title: str, out_dir: Path, fmt: str, claims_file: Path | None, salt: str | None, min_verdicts: int,
             servers_file: Path | None, url: str | None, api_key: str | None) -> None:
    """Export every annotation of a project; write annotations.* and adjudicated verified.* records.

    Prints tasks, annotated claims, agreement per question (Krippendorff's alpha, nominal, with a
    bootstrap confidence interval, and percent agreement) and each annotator's count and pairwise
    agreement with the other annotators.
    """
    from builder.label.pull import pull
    from builder.label.servers import read_servers

    summary = pull(title, out_dir, url=url, api_key=api_key, fmt=fmt, salt=salt,  # type: ignore[arg-type]
                   claims_file=claims_file, min_verdicts=min_verdicts,
                   servers=read_servers(servers_file) if servers_file else None)
    for line in summary.lines():
        click.echo(line)
    click.echo("wrote " + ", ".join(str(p) for p in summary.outputs), err=True)


@click.command("studio")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535),
              help="Port on 127.0.0.1; a busy one is refused; 0 picks a free one.")
@click.option("--data-dir", default=Path(".studio-data"), show_default=True,
              type=click.Path(path_type=Path, file_okay=False), help="Where Label Studio keeps its database.")
@click.option("--username", default="admin@claims-ch.local", show_default=True, help="Admin e-mail.")
@click.option("--annotators", help="Comma-separated e-mails: one server per annotator (ports from --port on), "
              "each with that annotator's account only; writes DATA_DIR/servers.json for push and pull.")
def studio_cmd(port: int, data_dir: Path, username: str, annotators: str | None) -> None:
    """Start a local Label Studio (from .venv-studio) on 127.0.0.1 until Ctrl-C or SIGTERM.

    The admin's password and API token are made up on first start and kept in DATA_DIR. The address
    printed is the one the server really answers on; either signal stops the server with this command.
    """
    import signal
    import sys

    from builder.label.studio import start_studio, studio_credentials

    def terminate(signum: int, frame: object) -> None:
        sys.exit(128 + signum)  # unwinds through `with`: the server is stopped on the way out

    signal.signal(signal.SIGTERM, terminate)
    if annotators is not None:
        _annotator_servers(data_dir, annotators.split(","), port)
        return
    password, token = studio_credentials(data_dir, username)
    click.echo(f"starting Label Studio (log: {data_dir / 'server.log'}) ...", err=True)
    with start_studio(data_dir, port=port, username=username, password=password, token=token) as server:
        click.echo(f"Label Studio runs at {server.url}\n"
                   f"  log in as {username} / {password}\n"
                   f"  export LABEL_STUDIO_URL={server.url}\n"
                   f"  export LABEL_STUDIO_API_KEY={token}\n"
                   f"annotators sign up at {server.url}/user/signup/ ; Ctrl-C or SIGTERM stops the server")
        try:
            server.process.wait()
        except KeyboardInterrupt:
            click.echo("stopping Label Studio", err=True)


def _annotator_servers(data_dir: Path, emails: list[str], port: int) -> None:
    """`builder studio --annotators`: start one server per annotator and wait; any stop ends them all."""
    import time
    from contextlib import ExitStack

    from builder.label.servers import SERVERS, start_annotator_servers

    with ExitStack() as stack:
        click.echo(f"starting one Label Studio per annotator (logs: {data_dir}/annotator-*/server.log) ...", err=True)
        started = start_annotator_servers(data_dir, emails, stack, first_port=port)
        for entry, _ in started:
            click.echo(f"{entry.email}: {entry.url}  (log in as {entry.email} / {entry.password})")
        click.echo(f"push and pull with --servers {data_dir / SERVERS} ; Ctrl-C or SIGTERM stops every server")
        try:
            while all(server.process.poll() is None for _, server in started):
                time.sleep(1)
        except KeyboardInterrupt:
            click.echo("stopping the Label Studio servers", err=True)
