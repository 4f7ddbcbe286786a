"""Word review comments: a copy of a .docx with every finding as a comment on the words it is about.

Runs are split at the finding's start and end, so a comment covers exactly the offending words
and the text and its formatting stay as they were. Findings without a word span in the body
(letter-level ones, or findings in a page header or footer, where Word allows no comments) are
put on the first paragraph with text, quoting the words they are about.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path

from letterlint.errors import LetterlintError
from letterlint.findings import Finding, Severity
from letterlint.reading.word import PART_NAMES, is_plain_run, paragraph_runs, paragraph_text, paragraphs_by_number
from letterlint.safeio import OutputError, atomic_write, ensure_not_input
from letterlint.rewrite.writers import set_language

AUTHOR = "letterlint"
INITIALS = "LL"
SEVERITY_NL = {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing", Severity.INFO: "tip"}


class AnnotateError(LetterlintError):
    """A .docx that cannot be annotated; the message is one line for the user (Dutch)."""


def comment_text(finding: Finding, quote: bool = False) -> str:
    """The Dutch comment: rule, severity, message and (when the message lacks it) the suggestion."""
    text = f"{finding.rule} ({SEVERITY_NL.get(finding.severity, finding.severity.label)}): {finding.message}"
    if quote and finding.text:
        part = finding.location.part
        where = f"in de {PART_NAMES[part]}" if part in ("header", "footer", "textbox") else ""
        text += f" Het gaat om: '{finding.text}'" + (f" ({where})." if where else ".")
    missing = [s for s in finding.suggestions if f"'{s}'" not in finding.message and s not in finding.message]
    if missing:
        text += " Voorstel: " + " / ".join(f"'{s}'" for s in missing) + "."
    return text


def _split_run(run, at: int):
    """Split a plain run at character ``at``; returns the new run holding the text after it."""
    from docx.text.run import Run

    text = run.text
    tail = copy.deepcopy(run._r)
    run._r.addnext(tail)
    run.text = text[:at]
    tail_run = Run(tail, run._parent)
    tail_run.text = text[at:]
    return tail_run


def isolate(paragraph, start: int, end: int) -> list:
    """The runs that hold exactly characters [start, end) of the paragraph, splitting runs at both ends.

    A run that holds more than text (a field, a picture) is not split: the comment then covers
    that whole run.
    """
    if "".join(run.text for run in paragraph_runs(paragraph)) != paragraph_text(paragraph):
        return paragraph_runs(paragraph)  # text outside plain runs: comment on the whole paragraph
    for boundary in (start, end):
        position = 0
        for run in paragraph_runs(paragraph):
            length = len(run.text)
            if position < boundary < position + length and is_plain_run(run):
                _split_run(run, boundary - position)
                break
            position += length
    covered, position = [], 0
    for run in paragraph_runs(paragraph):
        length = len(run.text)
        if length and position < end and position + length > start:
            covered.append(run)
        position += length
    return covered


def _anchor_paragraph(document):
    """The first body paragraph with text (where letter-level comments go)."""
    for paragraph in document.paragraphs:
        if paragraph.text.strip() and paragraph.runs:
            return paragraph
    for paragraph in document.paragraphs:
        return paragraph
    raise AnnotateError("het Word-bestand heeft geen alinea om een opmerking aan te hangen")


def _span_runs(paragraphs: dict, finding: Finding) -> list:
    """The runs a finding covers, or [] when it has no word span in the body or a table."""
    location = finding.location
    if location.part not in ("body", "table") or not finding.text:
        return []
    first = paragraphs.get((location.part, location.paragraph or location.line))
    last = paragraphs.get((location.part, location.end_line))
    if first is None or last is None:
        return []
    start = location.offset if location.offset is not None else location.column - 1
    end = location.end_column - 1
    if first is last:
        end = min(end, len(first.text))
        return isolate(first, start, end) if 0 <= start < end else []
    head = isolate(first, start, len(first.text))
    tail = isolate(last, 0, min(end, len(last.text)))
    return [head[0], tail[-1]] if head and tail else []


def annotate_document(document, findings: list[Finding]) -> int:
    """Add a comment for every finding to an open python-docx Document; returns the number added."""
    paragraphs = paragraphs_by_number(document)
    anchor = None
    added = 0
    for finding in sorted(findings, key=Finding.sort_key):
        runs = _span_runs(paragraphs, finding)
        if runs:
            document.add_comment(runs, text=comment_text(finding), author=AUTHOR, initials=INITIALS)
        else:
            anchor = anchor or _anchor_paragraph(document)
            if not anchor.runs:
                anchor.add_run("")
            document.add_comment(anchor.runs, text=comment_text(finding, quote=True), author=AUTHOR,
                                 initials=INITIALS)
        added += 1
    return added


def annotate_docx(source: Path, findings: list[Finding], out: Path) -> int:
    """Write a copy of ``source`` to ``out`` with every finding as a Word comment; returns the count.

    ``source`` is only read; ``out`` is written atomically.
    """
    import docx

    source, out = Path(source), Path(out)
    if source.suffix.lower() != ".docx" or out.suffix.lower() != ".docx":
        raise AnnotateError(f"{out}: opmerkingen kunnen alleen in een Word-bestand (.docx)")
    try:
        ensure_not_input(out, [source])
    except OutputError as exc:
        raise AnnotateError(str(exc)) from None
    try:
        document = docx.Document(str(source))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise AnnotateError(f"{source}: Word-bestand kan niet worden geopend ({type(exc).__name__})") from None
    count = annotate_document(document, findings)
    set_language(document)  # a Dutch letter: Word checks its spelling (and the comments) in Dutch
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write(out, buffer.getvalue())
    return count
