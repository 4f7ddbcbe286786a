"""``letterlint fix``: apply the safe suggestions to a copy of a letter.

A suggestion is safe when its finding is ``fixable`` and has exactly one suggestion (jargon with
one plain alternative, a capital 'U' mid-sentence, ...). Text and Markdown are edited by source
location (from the end backwards, so earlier offsets stay valid; overlapping fixes are skipped).
Word files are edited run by run, so the formatting of untouched text stays as it was. Every edit
first checks that the source still holds the reported text; if not, the edit is skipped.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable


from letterlint.errors import LetterlintError
from letterlint.findings import Finding
from letterlint.reading.word import is_plain_run, paragraph_runs, paragraph_text, paragraphs_by_number, sync_text_box_copies
from letterlint.safeio import atomic_write

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Edit:
    """One replacement: ``old`` at [start, end) of a line/paragraph becomes ``new``.

    For text files ``start``/``end`` are offsets in the whole decoded text and ``unit`` is 0;
    for Word files they are offsets in paragraph ``unit`` of document part ``part``.
    """

    rule: str
    part: str
    unit: int
    start: int
    end: int
    old: str
    new: str


@dataclass
class FixReport:
    source: Path
    output: Path
    applied: list[Edit] = field(default_factory=list)
    skipped: int = 0
    diff: list[str] = field(default_factory=list)
    findings_before: int = 0
    findings_after: int = 0
    fixable_after: int = 0
    written: bool = True


class FixError(LetterlintError):
    """A letter that cannot be fixed; the message is one line for the user (Dutch)."""


# --------------------------------------------------------------------------- choosing fixes


def safe_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings the fixer may apply: fixable, exactly one suggestion, a word span on one line."""
    return [f for f in findings
            if f.fixable and len(f.suggestions) == 1 and f.text and f.location.line == f.location.end_line]


def match_case(old: str, new: str) -> str:
    """The replacement with the capitalisation of the original ("Teneinde" -> "Om").

    A fix that only changes case (capital 'Uw' -> 'uw') is kept exactly as suggested.
    """
    if not old or not new or old.lower() == new.lower():
        return new
    if len(old) > 1 and old.isupper() and not new.isupper():
        return new.upper()
    if old[0].isupper() and new[0].islower():
        return new[0].upper() + new[1:]
    return new


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def drop_overlaps(edits: list[Edit]) -> tuple[list[Edit], int]:
    """Edits sorted by position with overlapping ones left out (the first, longest one wins)."""
    kept: list[Edit] = []
    dropped = 0
    for edit in sorted(edits, key=lambda e: (e.part, e.unit, e.start, -(e.end - e.start))):
        previous = kept[-1] if kept else None
        if previous and (previous.part, previous.unit) == (edit.part, edit.unit) and edit.start < previous.end:
            dropped += 1
            continue
        kept.append(edit)
    return kept, dropped


# --------------------------------------------------------------------------- text and Markdown


def _line_starts(text: str) -> list[int]:
    return [0] + [match.end() for match in _LINE_BREAK.finditer(text)]


def text_edits(text: str, findings: list[Finding]) -> tuple[list[Edit], int]:
    """Edits for a decoded text/Markdown file; findings whose span no longer matches are skipped."""
    starts = _line_starts(text)
    edits, skipped = [], 0
    for finding in findings:
        location = finding.location
        if not 1 <= location.line <= len(starts):
            skipped += 1
            continue
        start = starts[location.line - 1] + location.column - 1
        end = starts[location.line - 1] + location.end_column - 1
        if not _same_words(text[start:end], finding.text):
            skipped += 1
            continue
        old = text[start:end]
        edits.append(Edit(finding.rule, "text", 0, start, end, old, match_case(old, finding.suggestions[0])))
    kept, dropped = drop_overlaps(edits)
    return kept, skipped + dropped


def apply_text_edits(text: str, edits: list[Edit]) -> str:
    """Apply edits from the end backwards so every offset stays valid."""
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.new + text[edit.end:]
    return text


def _decode(data: bytes) -> tuple[str, str, bytes]:
    """(text, encoding, BOM) as letterlint reads it, so the copy is written back the same way."""
    from letterlint.reading.sources import ReadError, decode_text

    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    try:
        text, notices = decode_text(data)
    except ReadError as exc:
        raise FixError(str(exc)) from None
    encoding = "cp1252" if any("1252" in notice for notice in notices) else "utf-8"
    if any("UTF-16" in notice for notice in notices):
        encoding, bom = "utf-16", b""
    return text, encoding, bom


def fix_text_bytes(data: bytes, findings: list[Finding]) -> tuple[bytes, list[Edit], int, str, str]:
    """(new bytes, applied edits, skipped count, text before, text after) for a text/Markdown file."""
    text, encoding, bom = _decode(data)
    edits, skipped = text_edits(text, safe_findings(findings))
    fixed = apply_text_edits(text, edits)
    try:
        payload = bom + fixed.encode(encoding)
    except UnicodeEncodeError:
        payload = codecs.BOM_UTF8 + fixed.encode("utf-8")
    return payload, edits, skipped, text, fixed


# --------------------------------------------------------------------------- Word


def replace_in_runs(runs: list, start: int, end: int, new: str) -> bool:
    """Replace characters [start, end) of the runs' joined text by ``new``.

    The new text goes into the first run touched; the other touched runs are trimmed. Untouched
    runs keep their text and formatting. Returns False (and changes nothing) when a touched run
    holds more than text (a field, a picture), which the fixer leaves alone.
    """
    position, touched = 0, []
    for run in runs:
        text = run.text
        run_start, run_end = position, position + len(text)
        if run_end > start and run_start < end:
            touched.append((run, run_start, text))
        position = run_end
    if not touched or any(not is_plain_run(run) for run, _s, _t in touched):
        return False
    first_run, first_start, first_text = touched[0]
    for index, (run, run_start, text) in enumerate(touched):
        keep_before = text[:max(0, start - run_start)]
        keep_after = text[max(0, end - run_start):] if end - run_start < len(text) else ""
        run.text = keep_before + (new if index == 0 else "") + keep_after
        if index and not run.text:
            run._r.getparent().remove(run._r)  # a run emptied by the edit goes
    return True


def docx_edits(paragraphs: dict, findings: list[Finding]) -> tuple[list[Edit], int]:
    edits, skipped = [], 0
    for finding in findings:
        location = finding.location
        paragraph = paragraphs.get((location.part, location.paragraph or location.line))
        if paragraph is None:
            skipped += 1
            continue
        start = location.offset if location.offset is not None else location.column - 1
        end = location.end_column - 1
        text = paragraph_text(paragraph)
        if not _same_words(text[start:end], finding.text):
            skipped += 1
            continue
        old = text[start:end]
        edits.append(Edit(finding.rule, location.part, location.paragraph or location.line, start, end,
                          old, match_case(old, finding.suggestions[0])))
    kept, dropped = drop_overlaps(edits)
    return kept, skipped + dropped


def fix_docx_bytes(source: Path | bytes, findings: list[Finding]) -> tuple[bytes, list[Edit], int]:
    """(new .docx bytes, applied edits, skipped count) for a .docx file or its bytes; the input
    is only read."""
    import docx

    document = docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    paragraphs = paragraphs_by_number(document)
    edits, skipped = docx_edits(paragraphs, safe_findings(findings))
    applied = []
    for edit in sorted(edits, key=lambda e: (e.part, e.unit, e.start), reverse=True):
        paragraph = paragraphs[(edit.part, edit.unit)]
        runs = paragraph_runs(paragraph)
        if "".join(run.text for run in runs) == paragraph_text(paragraph) and replace_in_runs(runs, edit.start, edit.end, edit.new):
            applied.append(edit)
        else:
            skipped += 1
    if any(edit.part == "textbox" for edit in applied):
        sync_text_box_copies(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), sorted(applied, key=lambda e: (e.part, e.unit, e.start)), skipped


# --------------------------------------------------------------------------- whole files


def default_output(source: Path) -> Path:
    """brief.docx -> brief.fixed.docx, next to the letter."""
    return source.with_name(f"{source.stem}.fixed{source.suffix}")


def _document_lines(path: Path | str, data: bytes | None = None) -> list[str]:
    from letterlint.reading.sources import document_from_bytes, load_bytes

    data = load_bytes(str(path)) if data is None else data
    return [line.text for line in document_from_bytes(data, str(path)).lines]


def unified_diff(before: list[str], after: list[str], source: str, output: str) -> list[str]:
    return list(difflib.unified_diff(before, after, fromfile=source, tofile=output, lineterm="", n=1))


@dataclass(frozen=True)
class Snapshot:
    """A file as it was read: size, modification time and content hash."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path, data: bytes) -> "Snapshot":
        status = os.stat(path)
        return cls(status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def unchanged(self, path: Path) -> bool:
        try:
            status = os.stat(path)
            if (status.st_size, status.st_mtime_ns) != (self.size, self.mtime_ns):
                return False
            return hashlib.sha256(path.read_bytes()).hexdigest() == self.sha256
        except OSError:
            return False


def in_place_target(source: Path) -> tuple[Path, str | None]:
    """The file ``fix --in-place`` rewrites, and a note for the user when it is not ``source``
    itself: for a symbolic link, the file the link points to is fixed and the link kept.

    Raises FixError for a file that is read-only (its permission bits, or no write access)."""
    target, note = source, None
    if source.is_symlink():
        target = Path(os.path.realpath(source))
        note = f"{source} is een snelkoppeling (symlink): het bestand waar die naar wijst ({target}) is verbeterd"
    if not target.is_file():
        raise FixError(f"{source}: bestand bestaat niet")
    mode = stat.S_IMODE(os.stat(target).st_mode)
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise FixError(f"{source}: het bestand is alleen-lezen; letterlint verbetert het niet "
                       "(maak het schrijfbaar of gebruik --out)")
    if not os.access(target.parent, os.W_OK):
        raise FixError(f"{source}: de map {target.parent} is niet schrijfbaar; gebruik --out")
    return target, note


def fix_file(linter, source: Path, output: Path) -> FixReport:
    """Lint ``source``, write the safe fixes to ``output`` (atomically) and lint that again.

    The letter is read once; its fixes are made from exactly the bytes that were linted. When
    ``output`` is ``source`` itself (``--in-place``), the file must be unchanged (size, time and
    content) right before it is replaced, and it keeps its permission bits and owner; otherwise
    nothing is written and a FixError says so.
    """
    from letterlint.reading.sources import ReadError, load_bytes

    in_place = output == source or (output.exists() and os.path.samefile(output, source))
    try:
        data = load_bytes(str(source), linter.max_bytes)
    except ReadError as exc:
        raise FixError(f"{source}: {exc}") from None
    snapshot = Snapshot.of(source, data)
    before = linter.lint_bytes(data, str(source))
    if before.error:
        raise FixError(f"{source}: {before.error}")
    report = FixReport(source, output, findings_before=len(before.findings))
    if source.suffix.lower() == ".docx":
        payload, report.applied, report.skipped = fix_docx_bytes(data, before.findings)
        old_lines = _document_lines(source, data)
    else:
        payload, report.applied, report.skipped, old_text, new_text = fix_text_bytes(data, before.findings)
        old_lines = _LINE_BREAK.split(old_text)
    if not report.applied:  # nothing to change: no copy, no rewrite of the letter
        report.findings_after = report.findings_before
        report.fixable_after = len(safe_findings(before.findings))
        report.written = False
        return report

    def still_unchanged() -> None:
        if not snapshot.unchanged(source):
            raise FixError(f"{source}: de brief is veranderd terwijl letterlint hem verbeterde; er is niets "
                           "geschreven, probeer het opnieuw")

    atomic_write(output, payload, before_replace=still_unchanged if in_place else None,
                 owner_of=source if in_place else None)
    new_lines = _document_lines(output) if source.suffix.lower() == ".docx" else _LINE_BREAK.split(new_text)
    report.diff = unified_diff(old_lines, new_lines, str(source), str(output))
    after = next(iter(linter.lint_paths([str(output)])))
    report.findings_after = len(after.findings)
    report.fixable_after = len(safe_findings(after.findings))
    return report


# --------------------------------------------------------------------------- command


_WORDS = re.compile(r"\S+|\s+")


def highlight_changes(old: str, new: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both lines as (piece, changed) pieces, so a terminal can mark the replaced words."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        left.append(("".join(a[i1:i2]), tag != "equal"))
        right.append(("".join(b[j1:j2]), tag != "equal"))
    return [p for p in left if p[0]], [p for p in right if p[0]]
