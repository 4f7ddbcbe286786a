"""The JSON report: a stable contract (see README, "JSON output"); tests pin its fields."""

from __future__ import annotations


import orjson
from typing import Callable, Iterable

from letterlint import __version__
from letterlint.engine.linter import LetterResult
from letterlint.findings import Severity
from letterlint.structure import SECTIONS
from letterlint.report.base import Report


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


def summary(entries: Iterable[dict]) -> dict:
    totals = {"files": 0, "findings": 0, "errors": 0, "warnings": 0, "infos": 0, "unreadable": 0}
    for entry in entries:
        _count(totals, entry)
    return totals


def _count(totals: dict, entry: dict) -> None:
    totals["files"] += 1
    totals["unreadable"] += 1 if entry["error"] else 0
    for finding in entry["findings"]:
        totals["findings"] += 1
        key = {Severity.ERROR.label: "errors", Severity.WARNING.label: "warnings"}.get(finding["severity"], "infos")
        totals[key] += 1


def _nested(value, indent: str) -> str:
    """``value`` as json.dumps(indent=2, ensure_ascii=False) writes it inside a document, ``indent``
    deep. orjson writes exactly those bytes, 20 times faster (Python's json has no C encoder for
    indented output, which made writing the report the slowest part of a run from the cache)."""
    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode("utf-8").replace("\n", "\n" + indent)


class JsonStream:
    """The report, written file by file: a run over thousands of letters never holds them all.

    The text is byte for byte what ``json.dumps(document, ensure_ascii=False, indent=2)`` gives.
    """

    def __init__(self, report: Report, write: Callable[[str], object]):
        self.write = write
        self.totals = summary([])
        write("{\n" f'  "tool": {_nested({"name": "letterlint", "version": __version__}, "  ")},\n'
              f'  "model": {_nested(report.pipeline, "  ")},\n  "files": [')

    def add(self, result: LetterResult) -> None:
        entry = file_entry(result)
        self.write(("\n" if self.totals["files"] == 0 else ",\n") + "    " + _nested(entry, "    "))
        _count(self.totals, entry)

    def end(self) -> None:
        self.write(("\n  ]" if self.totals["files"] else "]") + f',\n  "summary": {_nested(self.totals, "  ")}\n' + "}")


def stream(results: Iterable[LetterResult], report: Report, write: Callable[[str], object]) -> None:
    writer = JsonStream(report, write)
    for result in results:
        writer.add(result)
    writer.end()


def render(results: Iterable[LetterResult], report: Report) -> str:
    parts: list[str] = []
    stream(results, report, parts.append)
    return "".join(parts)
