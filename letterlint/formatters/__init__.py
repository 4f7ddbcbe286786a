"""Report formats. The engine produces :class:`~letterlint.engine.LetterResult` objects; a formatter
turns a list of them into text for a person (``text``) or a machine (everything else).

Every machine format is a pure function ``render(results, report) -> str``; the text format
streams (see :mod:`letterlint.formatters.text`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..findings import Severity
from ..rulepack import RulePack


@dataclass(frozen=True)
class Report:
    """What every formatter may need besides the results."""

    pipeline: str
    pack: RulePack
    fail_on: Severity = Severity.ERROR
    root: str = "."

    def relative(self, path: str) -> str:
        """A path relative to the report root with forward slashes (as CI systems expect)."""
        if path in ("-", "<stdin>") or path.startswith("<"):
            return path
        try:
            absolute = Path(path).resolve()
            relative = os.path.relpath(absolute, Path(self.root).resolve())
        except (ValueError, OSError, RuntimeError):  # another drive on Windows; a symlink loop
            return str(PurePosixPath(*Path(path).parts))
        if relative.startswith(".."):
            relative = str(absolute)
        return str(PurePosixPath(*Path(relative).parts))


def machine_formatter(name: str):
    """The ``render`` function of a machine-readable format."""
    from . import github, gitlab, json, junit, sarif

    return {"json": json.render, "sarif": sarif.render, "junit": junit.render,
            "github": github.render, "gitlab": gitlab.render}[name]
