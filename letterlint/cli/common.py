"""What every command shares: the consoles, the one error handler, and the options that recur.

A command turns its options into a :class:`~letterlint.config.Config`, calls the core (which
returns data and never prints) and shows the result. Every :class:`~letterlint.errors.LetterlintError`
becomes one Dutch line on stderr and exit code 2, in :func:`run` for all commands at once.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import click
from rich.console import Console
from rich.markup import escape

from letterlint.config import Config, load
from letterlint.rulepack import RulePack, load_rule_pack

SEVERITIES = click.Choice(["error", "warning", "info"], case_sensitive=False)

config_option = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                             help="Configuratiebestand (setup.cfg of pyproject.toml).")
model_option = click.option("--model", help="spaCy-pipeline: embedded, blank, een geïnstalleerd model of een map.")


def console(stderr: bool = False) -> Console:
    """A rich console: coloured on a terminal, plain when piped or with NO_COLOR."""
    plain = bool(os.environ.get("NO_COLOR")) or not (sys.stderr if stderr else sys.stdout).isatty()
    return Console(stderr=stderr, no_color=plain, highlight=False, soft_wrap=True,
                   force_terminal=False if plain else None, emoji=False)


def fail(message: str) -> NoReturn:
    """One Dutch line on stderr, exit code 2."""
    console(stderr=True).print(f"[bold red]letterlint: {escape(message)}[/]")
    sys.exit(2)


def split(values: tuple[str, ...]) -> tuple[str, ...]:
    """Repeated options that may also hold comma-separated values, as one tuple."""
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def load_config(config_path: str | None, **overrides) -> Config:
    """The configuration with the command's options applied (a ConfigError reaches :func:`run`)."""
    return load(config_path).with_overrides(**overrides)


def load_pack(config: Config) -> RulePack:
    return load_rule_pack(config.rules_dirs)
