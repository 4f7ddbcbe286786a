"""GitLab Code Quality report (a JSON array), shown in merge requests.

https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format . The fingerprint is
stable when lines move: it hashes the file, the rule, the flagged words and their occurrence
number, not the line.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Iterable

from letterlint.engine.linter import LetterResult
from letterlint.findings import Severity
from letterlint.report.base import Report

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _fingerprint(*parts: str) -> str:
    return hashlib.md5("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()


def render(results: Iterable[LetterResult], report: Report) -> str:
    issues = []
    for result in results:
        path = report.relative(result.path)
        if result.error:
            issues.append({"type": "issue", "check_name": "letterlint/onleesbaar", "description": result.error,
                           "severity": "blocker", "fingerprint": _fingerprint(path, "onleesbaar"),
                           "location": {"path": path, "lines": {"begin": 1}}})
            continue
        seen: Counter = Counter()
        for finding in result.findings:
            where = report.relative(finding.path(result.path))
            key = (where, finding.rule, " ".join(finding.text.lower().split()))
            seen[key] += 1
            description = f"{finding.rule}: {finding.message}"
            if finding.suggestions:
                description += f" Suggestie: {' / '.join(finding.suggestions)}."
            issues.append({
                "type": "issue",
                "check_name": finding.rule,
                "description": description,
                "categories": ["Style"],
                "severity": SEVERITY[finding.severity],
                "fingerprint": _fingerprint(*key, str(seen[key])),
                "location": {"path": where, "lines": {"begin": finding.location.line,
                                                     "end": max(finding.location.end_line, finding.location.line)}},
            })
    return json.dumps(issues, ensure_ascii=False, indent=2)
