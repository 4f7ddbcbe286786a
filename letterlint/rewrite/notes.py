"""The lint of a proposal without the writer's notes, with its findings placed in the proposal.

A ``[herschrijven: reason]`` in front of a sentence is a note to the writer, not letter text: the
preview shows it as a highlight and the writer removes it. So the proposal's readability score and
findings are those of the letter text without these notes (the marked sentence itself stays and
counts fully). ``[invullen: …]`` is not such a note: it stands where letter text is missing, and
the writer replaces it with that text, so it stays in what is linted.

The notes are taken out of the markdown before the lint (one note and the space after it, on its
own line, so line numbers do not change), and every location of the lint is mapped back to the
proposal as shown: a finding behind a note points at the same words in the proposal. The notes
themselves are still reported (rule PH01, as the lint of the full text reports them): they must
never stay in a letter that is sent.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from letterlint.findings import Finding, Location
from letterlint.placeholders import TO_REWRITE

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.engine.linter import LetterResult, Linter
    from letterlint.nlp.reuse import TensorIndex
    from letterlint.structure import StructureResult

# a note and the one space the proposal writes after it
NOTE = re.compile(TO_REWRITE.pattern + r"[ \t]?")
# what a line must not start with once a note in front of it is gone: Markdown would read it as
# another kind of block (a list item, heading, quote, table row, code fence, HTML, rule)
_BLOCK_START = re.compile(r"[ \t]*(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|#|>|\||```|~~~|<|={3,}|-{3,}|\*{3,}|_{3,})")


@dataclass
class NoteMap:
    """The markdown without notes, and where the notes were: per line (1-based), the columns of
    the text without notes at which a note was taken out (0-based) and the characters removed."""

    text: str
    removed: dict[int, tuple[list[int], list[int]]]  # line -> (points, cumulative lengths)
    notes: list[tuple[int, int, int, str]]           # (line, start column 0-based, end column 0-based, note)

    def column(self, line: int, column: int, start: bool) -> int:
        """A 1-based column of the text without notes as a column of the markdown. A ``start``
        column at a note's place goes behind the note (to the words), an end column (exclusive)
        stays before it."""
        points = self.removed.get(line)
        if not points:
            return column
        at, total = points
        offset = column - 1
        count = bisect.bisect_right(at, offset) if start else bisect.bisect_left(at, offset)
        return column + (total[count - 1] if count else 0)

    def location(self, location: Location) -> Location:
        return replace(location, column=self.column(location.line, location.column, True),
                       end_column=self.column(location.end_line, location.end_column, False))


def strip_notes(markdown: str) -> NoteMap:
    """The markdown without its ``[herschrijven: …]`` notes (see the module docstring). A note
    whose removal would let the rest of its line start another kind of Markdown block stays."""
    lines = markdown.split("\n")
    removed: dict[int, tuple[list[int], list[int]]] = {}
    notes: list[tuple[int, int, int, str]] = []
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        if "[" not in line:
            out.append(line)
            continue
        kept: list[str] = []
        at: list[int] = []
        total: list[int] = []
        position = length = 0
        for match in NOTE.finditer(line):
            rest = "".join(kept) + line[position:match.start()]
            if not rest.strip() and _BLOCK_START.match(line, match.end()):
                continue
            kept.append(line[position:match.start()])
            position = match.end()
            length += match.end() - match.start()
            at.append(match.start() - (length - (match.end() - match.start())))
            total.append(length)
            notes.append((number, match.start(), match.end() - (1 if line[match.end() - 1] in " \t" else 0),
                          line[match.start():match.end()].rstrip(" \t")))
        kept.append(line[position:])
        out.append("".join(kept))
        if at:
            removed[number] = (at, total)
    return NoteMap("\n".join(out), removed, notes)


def lint_without_notes(linter: Linter, markdown: str, path: str = "voorstel.md", parsed: dict | None = None,
                       tensors: TensorIndex | None = None, judged: StructureResult | None = None) -> LetterResult:
    """The lint of ``markdown`` (a proposal) without its writer's notes, with every location in
    ``markdown`` as shown and a PH01 finding for every note (see the module docstring). ``judged``:
    the original's structure, whose letter type the proposal keeps (Linter.lint_text)."""
    stripped = strip_notes(markdown)
    result = linter.lint_text(stripped.text, path=path, kind="markdown", parsed=parsed, tensors=tensors,
                              judged=judged)
    if result.error or not stripped.notes:
        return result
    findings = [replace(finding, location=stripped.location(finding.location)) for finding in result.findings]
    findings.extend(_note_findings(linter, stripped))
    findings.sort(key=Finding.sort_key)
    sentences = [replace(score, location={**score.location, **stripped.location(Location(**score.location)).as_dict()})
                 for score in result.sentences]
    return replace(result, findings=findings, sentences=sentences)


def _note_findings(linter: Linter, stripped: NoteMap) -> list[Finding]:
    """PH01 for every note, as the rule reports a place in the full text (with this linter's
    severity override and minimum severity)."""
    from letterlint.checks.base import format_message

    rule = next((rule for rule in linter.rules if rule.id == "PH01"), None)
    if rule is None:
        return []
    severity = linter.config.severity.get(rule.id, rule.severity)
    if severity < linter.config.min_severity:
        return []
    found = []
    for line, start, end, note in stripped.notes:
        message = format_message(rule.message, match=note, placeholder=note.split(":")[0] + ": …]")
        found.append(Finding(rule=rule.id, category=rule.category, severity=severity, message=message,
                             location=Location(line, start + 1, line, end + 1), text=note, sentence=note))
    return found
