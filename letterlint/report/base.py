"""Report formats. The engine produces :class:`~letterlint.engine.linter.LetterResult` objects; a formatter
turns a list of them into text for a person (``text``) or a machine (everything else).

Every machine format is a pure function ``render(results, report) -> str``; the text format
streams (see :mod:`letterlint.report.text`).
"""

from __future__ import annotations

from dataclasses import dataclass

from letterlint.findings import Severity, relative_path
from letterlint.rulepack import RulePack


@dataclass(frozen=True)
class Report:
    """What every formatter may need besides the results."""

    pipeline: str
    pack: RulePack
    fail_on: Severity = Severity.ERROR
    root: str = "."

    def relative(self, path: str) -> str:
        """A path relative to the report root with forward slashes (as CI systems expect)."""
        return relative_path(path, self.root)


def machine_formatter(name: str):
    """The ``render`` function of a machine-readable format."""
    from letterlint.report import github, gitlab, json, junit, sarif

    return {"json": json.render, "sarif": sarif.render, "junit": junit.render,
            "github": github.render, "gitlab": gitlab.render}[name]
