"""Findings: what a rule reports, and where in the source it points."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path, PurePosixPath


class Severity(IntEnum):
    """Severities, ordered so that comparisons mean "at least as severe"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"onbekende ernst '{value}' (kies error, warning of info)") from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Location:
    """A span in the source file.

    For text and Markdown, ``line``/``column`` are 1-based source coordinates. For .docx,
    ``line`` is the 1-based paragraph number, ``column`` the 1-based character position in that
    paragraph; ``paragraph``/``offset`` repeat them explicitly and ``part`` names the document
    part (body, header, footer).
    """

    line: int
    column: int
    end_line: int
    end_column: int
    paragraph: int | None = None
    offset: int | None = None
    part: str = "body"

    def as_dict(self) -> dict:
        data = {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
        }
        if self.paragraph is not None:
            data["paragraph"] = self.paragraph
            data["offset"] = self.offset
            data["part"] = self.part
        return data


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    message: str
    location: Location
    text: str = ""
    sentence: str = ""
    suggestions: tuple[str, ...] = ()
    fixable: bool = False
    file: str | None = None  # set when the finding is in another file than the letter's (a template's layout)

    def sort_key(self) -> tuple:
        return (self.file or "", self.location.part, self.location.line, self.location.column, self.rule)

    def path(self, letter_path: str) -> str:
        """The file this finding points into."""
        return self.file or letter_path

    def as_dict(self) -> dict:
        data = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.label,
            "message": self.message,
            **self.location.as_dict(),
            "text": self.text,
            "sentence": self.sentence,
            "suggestions": list(self.suggestions),
            "fixable": self.fixable,
        }
        if self.file:
            data["file"] = self.file
        return data


@dataclass
class Counts:
    errors: int = 0
    warnings: int = 0
    infos: int = 0

    def add(self, severity: Severity) -> None:
        if severity is Severity.ERROR:
            self.errors += 1
        elif severity is Severity.WARNING:
            self.warnings += 1
        else:
            self.infos += 1

    @property
    def total(self) -> int:
        return self.errors + self.warnings + self.infos


def count(findings: list[Finding]) -> Counts:
    counts = Counts()
    for finding in findings:
        counts.add(finding.severity)
    return counts


def relative_path(path: str, root: str = ".") -> str:
    """``path`` relative to ``root`` with forward slashes (as CI systems and reports show it)."""
    if path in ("-", "<stdin>") or path.startswith("<"):
        return path
    try:
        absolute = Path(path).resolve()
        relative = os.path.relpath(absolute, Path(root).resolve())
    except (ValueError, OSError, RuntimeError):  # another drive on Windows; a symlink loop
        return str(PurePosixPath(*Path(path).parts))
    if relative.startswith(".."):
        relative = str(absolute)
    return str(PurePosixPath(*Path(relative).parts))
