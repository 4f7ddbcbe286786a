"""The JSON report: a stable contract (see README, "JSON output"); tests pin its fields."""

from __future__ import annotations

import json
from typing import Iterable

from .. import __version__
from ..engine import LetterResult
from ..findings import Severity
from ..structure import SECTIONS
from . import Report


def file_entry(result: LetterResult) -> dict:
    if result.error:
        return {"path": result.path, "letter_type": None, "readability": None, "sections": None,
                "findings": [], "error": result.error, "notices": result.notices}
    structure = result.structure
    return {
        "path": result.path,
        "letter_type": structure.letter_type if structure else None,
        "letter_type_confidence": structure.type_confidence if structure else None,
        "readability": result.readability.as_dict() if result.readability else None,
        "sections": {name: bool(structure.sections.get(name)) for name in SECTIONS} if structure else None,
        "findings": [finding.as_dict() for finding in result.findings],
        "sentences": [{**s.location, "words": s.words, "score": s.score, "level": s.level} for s in result.sentences],
        "notices": result.notices,
        "error": None,
    }


def summary(entries: list[dict]) -> dict:
    findings = [f for entry in entries for f in entry["findings"]]
    return {
        "files": len(entries),
        "findings": len(findings),
        "errors": sum(1 for f in findings if f["severity"] == Severity.ERROR.label),
        "warnings": sum(1 for f in findings if f["severity"] == Severity.WARNING.label),
        "infos": sum(1 for f in findings if f["severity"] == Severity.INFO.label),
        "unreadable": sum(1 for entry in entries if entry["error"]),
    }


def render(results: Iterable[LetterResult], report: Report) -> str:
    entries = [file_entry(result) for result in results]
    data = {
        "tool": {"name": "letterlint", "version": __version__},
        "model": report.pipeline,
        "files": entries,
        "summary": summary(entries),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
