"""JUnit XML, as GitLab merge requests, Jenkins and Azure DevOps show test reports.

One test suite per letter. Every finding at or above ``fail_on`` is a failing test case (so the
report agrees with the exit code); findings below it are passing test cases that carry their
message in ``system-out``; a letter without findings is one passing test case; an unreadable
letter is a test case with an error.
"""

from __future__ import annotations

from typing import Iterable
from xml.etree import ElementTree as ET

from letterlint.engine.linter import LetterResult
from letterlint.findings import Finding
from letterlint.report.base import Report


def _where(finding: Finding) -> str:
    location = finding.location
    if location.paragraph is not None:
        return f"alinea {location.paragraph}:{location.column}"
    return f"{location.line}:{location.column}"


def _details(finding: Finding, path: str) -> str:
    lines = [f"{path}:{_where(finding)} {finding.rule} {finding.message}"]
    if finding.sentence:
        lines.append(f"zin: {finding.sentence}")
    if finding.suggestions:
        lines.append(f"suggestie: {' / '.join(finding.suggestions)}")
    return "\n".join(lines)


def _suite(result: LetterResult, report: Report) -> ET.Element:
    path = report.relative(result.path)
    suite = ET.Element("testsuite", name=path)
    failures = errors = 0
    if result.error:
        case = ET.SubElement(suite, "testcase", classname=path, name="bestand lezen", file=path)
        ET.SubElement(case, "error", message=result.error, type="onleesbaar").text = f"{path}: {result.error}"
        errors += 1
    elif not result.findings:
        ET.SubElement(suite, "testcase", classname=path, name="geen meldingen", file=path)
    for finding in result.findings:
        case = ET.SubElement(suite, "testcase", classname=path, name=f"{finding.rule} {_where(finding)}",
                             file=report.relative(finding.path(result.path)), line=str(finding.location.line))
        if finding.severity >= report.fail_on:
            ET.SubElement(case, "failure", message=finding.message, type=finding.severity.label).text = \
                _details(finding, report.relative(finding.path(result.path)))
            failures += 1
        else:
            ET.SubElement(case, "system-out").text = f"[{finding.severity.label}] " + \
                _details(finding, report.relative(finding.path(result.path)))
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    return suite


def render(results: Iterable[LetterResult], report: Report) -> str:
    root = ET.Element("testsuites", name="letterlint")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for result in results:
        suite = _suite(result, report)
        for key in totals:
            totals[key] += int(suite.get(key))
        root.append(suite)
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
