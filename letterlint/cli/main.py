"""The ``letterlint`` command group: one module per command group, registered here.

click lives only in this package; the commands call the core and show what it returns.
"""

from __future__ import annotations

import sys

import click

from letterlint import __version__
from letterlint.cli.common import console, fail
from letterlint.errors import LetterlintError


class LetterlintGroup(click.Group):
    """A click group with the one error handler: a LetterlintError becomes one line and exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except LetterlintError as exc:
            fail(str(exc))


@click.group(cls=LetterlintGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="letterlint")
def main() -> None:
    """letterlint: controleer gemeentelijke brieven op B1-taalniveau, ambtelijke taal en ontbrekende onderdelen."""


def _register() -> None:
    from letterlint.cli import check, evaluate, panel, preview, render, rewrite, rules

    for command in (check.check, rules.list_rules, rules.explain, rules.info, evaluate.eval_command,
                    evaluate.compare_command, rewrite.rewrite_command, rewrite.fix_command, render.render_command,
                    render.templates_command, preview.preview_command, preview.serve_command, panel.panel_group):
        main.add_command(command)


_register()


def run() -> None:
    """Console entry point: click's own errors as usual; anything unexpected as one line, exit 2."""
    try:
        main(standalone_mode=True)
    except KeyboardInterrupt:
        console(stderr=True).print("letterlint: afgebroken")
        sys.exit(130)
    except Exception as exc:  # never a traceback for a user
        fail(f"onverwachte fout ({type(exc).__name__}: {exc}); meld dit als fout in letterlint")


if __name__ == "__main__":  # pragma: no cover
    run()
