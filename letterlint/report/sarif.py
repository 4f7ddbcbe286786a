"""SARIF 2.1.0, as GitHub code scanning and other static-analysis dashboards read it.

One run; the driver lists every enabled rule with its Dutch message, rationale and example as
help text; unreadable files become tool execution notifications. Regions use 1-based lines and
columns counted in Unicode code points; for .docx the "line" is the paragraph number.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from letterlint import __version__
from letterlint.engine.linter import LetterResult
from letterlint.findings import Finding, Severity
from letterlint.rulepack import RuleSpec
from letterlint.report.base import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/letterlint/letterlint"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_descriptor(rule: RuleSpec) -> dict:
    help_text = (f"{rule.rationale}\n\nNiet: {rule.example_bad}\nWel: {rule.example_good}")
    help_markdown = (f"**{rule.id} {rule.name}**\n\n{rule.rationale}\n\n"
                     f"- niet: _{rule.example_bad}_\n- wel: _{rule.example_good}_\n\n"
                     f"Meer uitleg: `letterlint explain {rule.id}`")
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.name},
        "fullDescription": {"text": rule.message},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"category": rule.category, "tags": ["letterlint", rule.category]},
    }


def _message(finding: Finding) -> str:
    text = finding.message
    if finding.suggestions:
        text += f" Suggestie: {' / '.join(finding.suggestions)}."
    return text


def _artifact(path: str) -> dict:
    """A relative path against %SRCROOT% (what code scanning needs), else an absolute file URI."""
    if path.startswith("/"):
        return {"uri": Path(path).as_uri()}
    return {"uri": path, "uriBaseId": "%SRCROOT%"}


def _result(finding: Finding, uri: str, index: dict[str, int]) -> dict:
    location = finding.location
    region = {"startLine": location.line, "startColumn": location.column,
              "endLine": max(location.end_line, location.line),
              "endColumn": max(location.end_column, location.column)}
    if finding.text:
        region["snippet"] = {"text": finding.text}
    entry = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": _message(finding)},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(uri), "region": region}}],
        "properties": {"category": finding.category},
    }
    if finding.rule in index:
        entry["ruleIndex"] = index[finding.rule]
    if location.paragraph is not None:
        entry["properties"]["docxPart"] = location.part
    return entry


def render(results: Iterable[LetterResult], report: Report) -> str:
    results = list(results)
    rules = list(report.pack)
    index = {rule.id: position for position, rule in enumerate(rules)}
    sarif_results, notifications, artifacts = [], [], []
    for result in results:
        uri = report.relative(result.path)
        if result.error:
            notifications.append({"level": "error", "message": {"text": f"{uri}: {result.error}"},
                                  "locations": [{"physicalLocation": {"artifactLocation": _artifact(uri)}}]})
            continue
        artifact = {"location": _artifact(uri)}
        if artifact not in artifacts:  # SARIF wants each artifact once (a file named twice, a link to it)
            artifacts.append(artifact)
        sarif_results.extend(_result(finding, report.relative(finding.path(result.path)), index)
                             for finding in result.findings)
    run = {
        "tool": {"driver": {"name": "letterlint", "version": __version__, "semanticVersion": __version__,
                            "informationUri": INFORMATION_URI, "language": "nl", "rules": [rule_descriptor(r) for r in rules]}},
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "artifacts": artifacts,
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(report.root).resolve().as_uri() + "/"}},
        "properties": {"pipeline": report.pipeline},
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)
