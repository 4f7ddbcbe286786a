"""Report formats. The engine produces :class:`~letterlint.engine.linter.LetterResult` objects; a formatter
turns a list of them into text for a person (``text``) or a machine (everything else).

Every machine format is a pure function ``render(results, report) -> str``, found by name in
:mod:`letterlint.report.formats`; the text format streams (see :mod:`letterlint.report.text`).
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

