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
import sys
from pathlib import Path
from typing import Iterator

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

_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+•–]|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)")
_MD_HEADING = re.compile(r"^(\s{0,3})(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_CODE = re.compile(r"`+")
_HTML_COMMENT = re.compile(r"<!--.*?-->")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def strip_inline_markdown(text: str) -> str:
    """Replace inline Markdown markup with spaces, keeping every character's column."""
    text = _HTML_COMMENT.sub(lambda m: " " * len(m.group(0)), text)
    for match in reversed(list(_MD_LINK.finditer(text))):
        label_end = match.start(1) + len(match.group(1))
        text = _blank(text, label_end, match.end())
        text = _blank(text, match.start(), match.start(1))
    for match in reversed(list(_MD_EMPHASIS.finditer(text))):
        marker = len(match.group(1)) if match.group(1) else 1
        text = _blank(text, match.end() - marker, match.end())
        text = _blank(text, match.start(), match.start() + marker)
    text = _MD_CODE.sub(lambda m: " " * len(m.group(0)), text)
    return text


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
    return lines


def _parse_line(raw: str, number: int, markdown: bool) -> SourceLine:
    style = ""
    offset = 0
    body = raw
    if markdown:
        if _MD_RULE.match(raw) or _MD_TABLE_SEP.match(raw) and "-" in raw:
            return SourceLine("", number)
        heading = _MD_HEADING.match(raw)
        if heading:
            offset = heading.start(3)
            body = heading.group(3)
            style = f"heading{len(heading.group(2))}"
        elif raw.lstrip().startswith(">"):
            offset = raw.index(">") + 1
            body = raw[offset:]
        elif raw.strip().startswith("|") and raw.strip().endswith("|"):
            body = raw.replace("|", " ")
            style = "table"
        body = strip_inline_markdown(body)
    if not style:
        item = _LIST_ITEM.match(body)
        if item:
            offset += item.end()
            body = body[item.end():]
            style = "list"
    stripped = body.lstrip()
    offset += len(body) - len(stripped)
    return SourceLine(stripped.rstrip(), number, offset, style)


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
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ReadError(f"invoer is te groot (meer dan {size_text(max_bytes)})")
        return read_bytes_as_document(data, "<stdin>", "markdown")
    file_path = Path(path)
    suffix = file_path.suffix.lower()
    if suffix == ".docm":
        raise ReadError("Word-bestand met macro's (.docm) wordt niet gelezen; sla het op als .docx")
    if suffix == ".doc":
        raise ReadError("oud Word-formaat (.doc); sla het op als .docx")
    if suffix not in SUPPORTED_SUFFIXES and file_path.suffix:
        raise ReadError(f"bestandstype {suffix} wordt niet ondersteund; gebruik .txt, .md of .docx")
    try:
        size = file_path.stat().st_size
        if not file_path.is_file():
            raise ReadError("dit is geen gewoon bestand")
        if size > max_bytes:
            raise ReadError(f"bestand is te groot ({size_text(size)}; maximum {size_text(max_bytes)})")
        kind = document_kind(path)
        if kind == "docx":
            if size == 0:
                raise ReadError("het bestand is leeg")
            lines = read_docx(file_path, max_bytes)
            if not any(line.text.strip() for line in lines):
                raise ReadError("het Word-bestand bevat geen tekst")
            return SourceDocument(path, kind, lines)
        with open(file_path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # never more than the limit, even if the file grows meanwhile
        if len(data) > max_bytes:
            raise ReadError(f"bestand is te groot (meer dan {size_text(max_bytes)})")
    except FileNotFoundError:
        raise ReadError("bestand bestaat niet") from None
    except PermissionError:
        raise ReadError("geen leesrechten voor dit bestand") from None
    except IsADirectoryError:
        raise ReadError("dit is een map, geen bestand") from None
    except NotADirectoryError:
        raise ReadError("bestand bestaat niet (een deel van het pad is een bestand, geen map)") from None
    except OSError as exc:
        raise ReadError(f"kan bestand niet lezen ({_os_reason(exc)})") from None
    return read_bytes_as_document(data, path, kind)


def _excluded(path: str, patterns: tuple[str, ...]) -> bool:
    name = os.path.basename(path)
    normalised = path.replace(os.sep, "/")
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(normalised, p) or fnmatch.fnmatch(normalised, f"*/{p}")
               for p in patterns)


def iter_input_paths(paths: list[str], suffixes: set[str] | None = None,
                     exclude: tuple[str, ...] = DEFAULT_EXCLUDE) -> Iterator[str]:
    """Expand files and directories (recursively, sorted) into the files to check.

    Paths named explicitly are always yielded (so a missing or unsupported file gets its own
    message); inside directories only supported suffixes are taken, hidden folders skipped, and
    files matching an ``exclude`` glob (by default README, LICENSE, CHANGELOG) left out.
    """
    wanted = suffixes or SUPPORTED_SUFFIXES
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                for name in sorted(files):
                    if name.startswith((".", "~$")):
                        continue
                    full = os.path.join(root, name)
                    if Path(name).suffix.lower() in wanted and not _excluded(full, exclude):
                        yield full
        else:
            yield path
