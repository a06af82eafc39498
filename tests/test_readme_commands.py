"""README.md documents every command and every option that `builder --help` and `builder CMD --help` show:
the click command tree is walked, and each command name and each option's long name must appear in it."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from builder.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _shown(command: click.Command) -> list[str]:
    """The long names (`--out`) of the options `--help` lists for `command`; an option with only short
    names is named by its first one."""
    names = []
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            flags = [flag for flag in [*param.opts, *param.secondary_opts] if flag.startswith("--")]
            names.extend(flags or param.opts[:1])
    return names


COMMANDS = sorted(main.commands)


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in COMMANDS if f"builder {name}" not in README]
    assert not missing, f"README.md does not show: {', '.join(f'builder {n}' for n in missing)}"


@pytest.mark.parametrize("name", ["(main)", *COMMANDS])
def test_every_option_of_each_command_is_in_the_readme(name: str) -> None:
    command = main if name == "(main)" else main.commands[name]
    missing = [option for option in _shown(command)
               if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", README)]  # --out is not --output
    assert not missing, f"README.md does not mention {', '.join(missing)} of `builder {name}`"
