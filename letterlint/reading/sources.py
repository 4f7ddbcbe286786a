"""Reading documents: text, Markdown and Word files into source lines with locations.

Every reader produces the same thing: a :class:`SourceDocument` holding a list of
:class:`SourceLine`. A line knows where it came from (line and column for text files, paragraph
number for .docx), so every later finding maps back to the source. Markdown markup is blanked out
with spaces rather than removed, so columns stay true.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import os
import re
import stat
import sys
from pathlib import Path
from typing import Callable, Iterator

from letterlint.config import DEFAULT_EXCLUDE
from letterlint.reading.document import (  # noqa: F401  (the reading API in one place)
    DEFAULT_MAX_BYTES, ReadError, SourceDocument, SourceLine, size_text,
)
from letterlint.reading.word import read_docx

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | DOCX_SUFFIXES

# --------------------------------------------------------------------------- decoding


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    notices: list[str] = []
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), ["gelezen als UTF-16"]
        except UnicodeDecodeError:
            raise ReadError("ongeldige UTF-16-tekst") from None
    if b"\x00" in data[:65536]:
        raise ReadError("dit lijkt een binair bestand, geen tekst")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ReadError("ongeldige tekens: de tekst is geen UTF-8 en geen Windows-1252") from None
        notices.append("gelezen als Windows-1252 (oude Word/Outlook-codering); sla op als UTF-8")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\r\n\f")
    if text and controls / min(len(text), 65536) > 0.05:
        raise ReadError("dit lijkt een binair bestand, geen tekst")
    return text, notices


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR and LF only (mixed line endings allowed), like editors count lines."""
    return _LINE_BREAK.split(text)


# --------------------------------------------------------------------------- text + Markdown

# cells apart by a column gap, as in a table padded with spaces or tabs
_COLUMN_GAP_INSIDE = re.compile(r"\S(?:\t+| {3,})\S")
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+•–]|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)")
_MD_HEADING_START = re.compile(r"^(\s{0,3})(#{1,6})\s+")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
# a row of a pipe table in plain text: it opens and closes with "|" and has two cells or more
PIPE_ROW = re.compile(r"^\s*\|[^|\n]*\|[^|\n]*(?:\|[^|\n]*)*\|\s*$")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Every expression below is linear in the length of a line: a label holds no bracket, a link
# target no parenthesis, and emphasis spans at most MAX_EMPHASIS characters, so no start position
# scans the rest of the line again (a line of 10,000 "[" or "**" once took minutes). A single
# star stops at the next star, so that branch was linear already.
MAX_EMPHASIS = 300
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\(([^()\n]*)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,%d}?)(?<=\S)\1"
                          r"|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])" % MAX_EMPHASIS)
_MD_CODE = re.compile(r"`+")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _blank_html_comments(text: str) -> str:
    """``<!-- ... -->`` replaced by spaces; one pass with str.find (linear)."""
    start = text.find("<!--")
    if start < 0:
        return text
    pieces, position = [], 0
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        end += 3
        pieces.append(text[position:start])
        pieces.append(" " * (end - start))
        position = end
        start = text.find("<!--", end)
    pieces.append(text[position:])
    return "".join(pieces)


def strip_inline_markdown(text: str) -> str:
    """Replace inline Markdown markup with spaces, keeping every character's column."""
    text = _blank_html_comments(text)
    chars = list(text)  # blanking in place: one pass, not a copy of the line per match

    def blank(start: int, end: int) -> None:
        chars[start:end] = " " * (end - start)

    for match in _MD_LINK.finditer(text):
        label_end = match.start(1) + len(match.group(1))
        blank(label_end, match.end())
        blank(match.start(), match.start(1))
    text = "".join(chars)
    for match in _MD_EMPHASIS.finditer(text):
        marker = len(match.group(1)) if match.group(1) else 1
        blank(match.end() - marker, match.end())
        blank(match.start(), match.start() + marker)
    text = "".join(chars)
    return _MD_CODE.sub(lambda m: " " * len(m.group(0)), text)


def _heading(raw: str) -> tuple[int, str, int] | None:
    """(offset of the heading text, the text, level) of an ATX heading line, else None.

    The text is the rest of the line without trailing spaces and closing hashes, found with
    string methods instead of a lazy expression that rescans the line from every position."""
    start = _MD_HEADING_START.match(raw)
    if not start:
        return None
    body = raw[start.end():].rstrip().rstrip("#").rstrip()
    return start.end(), body, len(start.group(2))


def _strip_front_matter(raw_lines: list[str]) -> int:
    """Number of leading lines that form a YAML front matter block (``---`` ... ``---``)."""
    if raw_lines and raw_lines[0].strip() == "---":
        for index in range(1, min(len(raw_lines), 200)):
            if raw_lines[index].strip() in ("---", "..."):
                return index + 1
    return 0


def parse_text_lines(text: str, markdown: bool) -> list[SourceLine]:
    raw_lines = split_lines(text)
    skip = _strip_front_matter(raw_lines) if markdown else 0
    lines: list[SourceLine] = []
    for index, raw in enumerate(raw_lines):
        number = index + 1
        if index < skip:
            lines.append(SourceLine("", number))
            continue
        raw = raw.replace("\t", " ")
        lines.append(_parse_line(raw, number, markdown))
    _lettered_options(lines, raw_lines, markdown)
    return lines


# "A. U doet niets." / "B. U betaalt in één keer." (or "A)", "B)"): options marked with capital
# letters; "I. het bezwaar gegrond te verklaren;" / "II. het besluit te herroepen;": decisions
# numbered in Roman numerals. On its own a line such as "A. Jansen" or "I. de Vries" is an
# initial, so only a run that starts at A (or I) and goes on one by one (A, B, C … or I, II, III …,
# the same sign after each) is read as a list.
_CAPITAL_ITEM = re.compile(r"^(\s*)([A-Z])([.)])\s+(?=\S)")
_ROMAN_ITEM = re.compile(r"^(\s*)(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)([.)])\s+(?=\S)")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# points numbered as in law texts: "1°. Op zaterdag …", "2°) …"
_ORDINAL_ITEM = re.compile(r"^(\s*)(\d{1,2})(°[.)]?)\s+(?=\S)")


def _next_letter(marker: str) -> str:
    return chr(ord(marker) + 1)


def _next_roman(marker: str) -> str:
    position = _ROMAN.index(marker) + 1
    return _ROMAN[position] if position < len(_ROMAN) else ""


def _lettered_options(lines: list[SourceLine], raw_lines: list[str], markdown: bool) -> None:
    """Mark runs of capital-lettered, Roman-numbered or "1°"-numbered lines as list items, in place."""
    _marked_runs(lines, raw_lines, markdown, _CAPITAL_ITEM, "A", _next_letter)
    _marked_runs(lines, raw_lines, markdown, _ROMAN_ITEM, "I", _next_roman)
    _marked_runs(lines, raw_lines, markdown, _ORDINAL_ITEM, "1", lambda marker: str(int(marker) + 1))


def _marked_runs(lines: list[SourceLine], raw_lines: list[str], markdown: bool, pattern: re.Pattern,
                 first_marker: str, successor: Callable[[str], str]) -> None:
    """Mark runs of lines numbered by ``pattern`` from ``first_marker`` on as list items, in place.
    Between two items only blank lines and continuation lines (indented, or starting in lower
    case) may stand."""
    index = 0
    while index < len(lines):
        first = _marked_item(lines[index], raw_lines, markdown, pattern)
        if first is None or first.group(2) != first_marker:
            index += 1
            continue
        run, sign, marker, position = [index], first.group(3), first_marker, index + 1
        while position < len(lines):
            line = lines[position]
            match = _marked_item(line, raw_lines, markdown, pattern)
            if match is not None and match.group(3) == sign and match.group(2) == successor(marker):
                run.append(position)
                marker = match.group(2)
            elif match is not None or (line.text.strip() and not (
                    raw_lines[position][:1].isspace() or line.text[:1].islower())):
                break
            position += 1
        if len(run) >= 2:
            for item in run:
                line = lines[item]
                raw = raw_lines[item].replace("\t", " ")
                match = pattern.match(raw)
                body = raw[match.end():]
                body = strip_inline_markdown(body) if markdown else body
                stripped = body.lstrip()
                lines[item] = SourceLine(stripped.rstrip(), line.number, match.end() + len(body) - len(stripped),
                                         "list", line.part, marker=raw[:match.end()].strip())
        index = max(position, index + 1) if len(run) >= 2 else index + 1


def _marked_item(line: SourceLine, raw_lines: list[str], markdown: bool, pattern: re.Pattern) -> re.Match | None:
    if line.style or not 0 < line.number <= len(raw_lines):
        return None
    return pattern.match(raw_lines[line.number - 1].replace("\t", " "))


def _parse_line(raw: str, number: int, markdown: bool) -> SourceLine:
    style = ""
    offset = 0
    body = raw
    if markdown:
        if _MD_TABLE_SEP.match(raw) and "-" in raw and "|" in raw:
            # the line under a table's header row: no text, but it keeps the header with its rows
            return SourceLine("", number, 0, "table")
        if _MD_RULE.match(raw) or _MD_TABLE_SEP.match(raw) and "-" in raw:
            return SourceLine("", number)
        heading = _heading(raw)
        if heading:
            offset, body, level = heading
            style = f"heading{level}"
        elif raw.lstrip().startswith(">"):
            offset = raw.index(">") + 1
            body = raw[offset:]
        elif raw.strip().startswith("|") and raw.strip().endswith("|"):
            body = raw.replace("|", " ")
            style = "table"
        body = strip_inline_markdown(body)
    elif PIPE_ROW.match(raw):
        # a pipe table typed into a plain-text letter ("| Post | Per maand |"): the same table as
        # in Markdown, never one long sentence of its cells
        if _MD_TABLE_SEP.match(raw) and "-" in raw:
            return SourceLine("", number, 0, "table")  # (as in Markdown: the header stays with its rows)
        body = raw.replace("|", " ")
        style = "table"
    marker = ""
    if not style:
        item = _LIST_ITEM.match(body)
        if item and not (body[item.start():item.end()].strip()[:1].isalnum()
                         and _COLUMN_GAP_INSIDE.search(body[item.end():].strip())):
            # ("a. bouwtekeningen     ja     nee" is a row of a table that numbers its rows; a bullet
            # before "Wanneer:   woensdag …" still makes a list item)
            offset += item.end()
            marker = body[:item.end()].strip()
            body = body[item.end():]
            style = "list"
    stripped = body.lstrip()
    offset += len(body) - len(stripped)
    return SourceLine(stripped.rstrip(), number, offset, style, marker=marker)


# --------------------------------------------------------------------------- entry points


def document_kind(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def read_bytes_as_document(data: bytes, path: str, kind: str) -> SourceDocument:
    if not data.strip():
        raise ReadError("het bestand is leeg")
    text, notices = decode_text(data)
    if not text.strip():
        raise ReadError("het bestand is leeg")
    lines = parse_text_lines(text, markdown=(kind == "markdown"))
    return SourceDocument(path, kind, lines, notices, text)


_OS_REASONS = {
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ELOOP: "te veel snelkoppelingen (symlinks) achter elkaar",
    errno.EIO: "leesfout op de schijf",
    errno.EACCES: "geen leesrechten",
    errno.EPERM: "geen leesrechten",
    errno.EBUSY: "het bestand is in gebruik",
}


def _os_reason(exc: OSError) -> str:
    """A Dutch reason for an operating-system error (its own text is English)."""
    return _OS_REASONS.get(exc.errno, f"systeemfout {exc.errno}" if exc.errno else type(exc).__name__)


def read_document(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read one file (or ``-`` for standard input) into a SourceDocument.

    Raises :class:`ReadError` with a one-line message for anything that is not a readable letter.
    """
    return document_from_bytes(load_bytes(path, max_bytes), path, max_bytes)


def load_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one input (``-``: standard input), read once and never more than ``max_bytes``.

    Raises :class:`ReadError` for anything that is not a readable file of a supported kind.
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ReadError(f"invoer is te groot (meer dan {size_text(max_bytes)})")
        return data
    file_path = Path(path)
    suffix = file_path.suffix.lower()
    if suffix == ".docm":
        raise ReadError("Word-bestand met macro's (.docm) wordt niet gelezen; sla het op als .docx")
    if suffix == ".doc":
        raise ReadError("oud Word-formaat (.doc); sla het op als .docx")
    if suffix not in SUPPORTED_SUFFIXES and file_path.suffix:
        raise ReadError(f"bestandstype {suffix} wordt niet ondersteund; gebruik .txt, .md of .docx")
    try:
        status = file_path.stat()
        if stat.S_ISDIR(status.st_mode):
            os.listdir(file_path)  # an unreadable folder says so (PermissionError below)
            raise ReadError("dit is een map, geen bestand")
        if not stat.S_ISREG(status.st_mode):
            raise ReadError("dit is geen gewoon bestand")
        if status.st_size > max_bytes:
            raise ReadError(f"bestand is te groot ({size_text(status.st_size)}; maximum {size_text(max_bytes)})")
        if status.st_size == 0:
            raise ReadError("het bestand is leeg")
        with open(file_path, "rb") as handle:
            # never more than the limit, even if the file grows meanwhile; no buffer of the limit's size
            data = handle.read(min(max_bytes, status.st_size) + 1)
            if len(data) > status.st_size:
                data += handle.read(max_bytes + 1 - len(data))
        if len(data) > max_bytes:
            raise ReadError(f"bestand is te groot (meer dan {size_text(max_bytes)})")
    except FileNotFoundError:
        raise ReadError("bestand bestaat niet") from None
    except PermissionError:
        if file_path.is_dir():
            raise ReadError("map kan niet worden gelezen (geen leesrechten)") from None
        raise ReadError("geen leesrechten voor dit bestand") from None
    except IsADirectoryError:
        raise ReadError("dit is een map, geen bestand") from None
    except NotADirectoryError:
        raise ReadError("bestand bestaat niet (een deel van het pad is een bestand, geen map)") from None
    except OSError as exc:
        raise ReadError(f"kan bestand niet lezen ({_os_reason(exc)})") from None
    return data


def document_from_bytes(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """A SourceDocument from an input's bytes, read by :func:`load_bytes` (``-``: Markdown)."""
    if path == "-":
        return read_bytes_as_document(data, "<stdin>", "markdown")
    kind = document_kind(path)
    if kind != "docx":
        return read_bytes_as_document(data, path, kind)
    lines, notices = read_docx(data, max_bytes)
    if not any(line.text.strip() for line in lines):
        raise ReadError("het Word-bestand bevat geen tekst")
    return SourceDocument(path, kind, lines, notices)


def _excluded(path: str, patterns: tuple[str, ...]) -> bool:
    name = os.path.basename(path)
    normalised = path.replace(os.sep, "/")
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(normalised, p) or fnmatch.fnmatch(normalised, f"*/{p}")
               for p in patterns)


class SkippedInput(str):
    """A path the folder walk found but does not read: ``reason`` says why (Dutch, one line);
    ``error`` tells whether that makes the run fail (an unreadable folder) or is a notice (a
    link that points outside the folder being checked)."""

    reason: str
    error: bool

    def __new__(cls, path: str, reason: str, error: bool) -> "SkippedInput":
        item = super().__new__(cls, path)
        item.reason = reason
        item.error = error
        return item

    def __reduce__(self):  # survives the trip to a worker process
        return SkippedInput, (str(self), self.reason, self.error)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def iter_input_paths(paths: list[str], suffixes: set[str] | None = None,
                     exclude: tuple[str, ...] = DEFAULT_EXCLUDE, follow_links: bool = False) -> Iterator[str]:
    """Expand files and directories (recursively, sorted) into the files to check.

    Paths named explicitly are always yielded (so a missing or unsupported file gets its own
    message); inside directories only supported suffixes are taken, hidden folders skipped, and
    files matching an ``exclude`` glob (by default README, LICENSE, CHANGELOG) left out.

    A folder that cannot be read is yielded as a :class:`SkippedInput` error. A symbolic link
    inside a folder that points outside it (a file or a folder) is yielded as a SkippedInput
    notice, unless ``follow_links``: a link must not carry files from elsewhere into a report.
    """
    wanted = suffixes or SUPPORTED_SUFFIXES
    for path in paths:
        if isinstance(path, SkippedInput):  # already found and judged by an earlier walk
            yield path
        elif path != "-" and os.path.isdir(path):
            yield from _walk(path, wanted, exclude, follow_links)
        else:
            yield path


def _walk(top: str, wanted: set[str], exclude: tuple[str, ...], follow_links: bool) -> Iterator[str]:
    root = os.path.realpath(top)
    pending = [top]
    seen: set[str] = set()
    while pending:
        folder = pending.pop()
        real = os.path.realpath(folder)
        if real in seen:  # a link loop, or two links to one folder
            continue
        seen.add(real)
        try:
            with os.scandir(folder) as entries:
                items = sorted(entries, key=lambda entry: entry.name)
        except OSError as exc:
            yield SkippedInput(folder, f"map kan niet worden gelezen ({_os_reason(exc)})", error=True)
            continue
        folders, files = [], []
        for entry in items:
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            (folders if is_dir else files).append(entry)
        for entry in files:
            name = entry.name
            if name.startswith((".", "~$")) or Path(name).suffix.lower() not in wanted or _excluded(entry.path, exclude):
                continue
            if entry.is_symlink() and not follow_links and not _inside(os.path.realpath(entry.path), root):
                yield SkippedInput(entry.path, "overgeslagen: snelkoppeling (symlink) naar een bestand buiten de map; "
                                               "gebruik --follow-links om die ook te controleren", error=False)
                continue
            yield entry.path
        subfolders = []
        for entry in folders:
            if entry.name.startswith((".", "__")):
                continue
            if entry.is_symlink():
                if not follow_links:
                    if not _inside(os.path.realpath(entry.path), root):
                        yield SkippedInput(entry.path, "overgeslagen: snelkoppeling (symlink) naar een map buiten de "
                                                       "gecontroleerde map; gebruik --follow-links", error=False)
                    continue  # a link within the folder: its files are checked where they are
            subfolders.append(entry.path)
        pending.extend(reversed(subfolders))
