"""GitHub Actions workflow commands: each finding becomes an annotation on the changed file.

https://docs.github.com/actions/reference/workflow-commands-for-github-actions
"""

from __future__ import annotations

from typing import Iterable

from letterlint.engine.linter import LetterResult
from letterlint.findings import Severity
from letterlint.report.base import Report

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render(results: Iterable[LetterResult], report: Report) -> str:
    lines = []
    for result in results:
        path = report.relative(result.path)
        if result.error:
            lines.append(f"::error file={_property(path)},title=letterlint::{_data(result.error)}")
            continue
        for finding in result.findings:
            location = finding.location
            properties = [f"file={_property(report.relative(finding.path(result.path)))}", f"line={location.line}", f"col={location.column}"]
            if location.end_line == location.line:
                properties.append(f"endColumn={location.end_column}")
            else:
                properties.append(f"endLine={location.end_line}")
            properties.append(f"title={_property(f'letterlint {finding.rule}')}")
            message = finding.message
            if finding.suggestions:
                message += f" Suggestie: {' / '.join(finding.suggestions)}."
            lines.append(f"::{COMMAND[finding.severity]} {','.join(properties)}::{_data(message)}")
    return "\n".join(lines)
