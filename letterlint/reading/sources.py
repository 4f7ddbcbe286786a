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
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from letterlint.errors import LetterlintError

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | DOCX_SUFFIXES

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# A .docx is a zip file: refuse archives that inflate beyond this (zip bombs).
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_DOCX_RATIO = 200
# One XML part (the body, a header) may inflate to this many times the file-size limit: Word's
# markup is a few times the text, so more means far more text than a .txt file may hold.
DOCX_XML_FACTOR = 4
MAX_TABLE_DEPTH = 5


def _mb(size: float) -> str:
    """A size for a message, Dutch style: "5 MB", "20,4 MB", "100 kB", "104 bytes"."""
    if size >= 1024 * 1024:
        value = size / (1024 * 1024)
        text = f"{value:.0f}" if value >= 100 or value == int(value) else f"{value:.1f}"
        return text.replace(".", ",") + " MB"
    if size >= 1024:
        return f"{size / 1024:.0f} kB"
    return f"{int(size)} bytes"


class ReadError(LetterlintError):
    """A file that cannot be read; the message is one line for the user (Dutch)."""


@dataclass(frozen=True)
class SourceLine:
    """One line of a text file, or one paragraph of a Word document."""

    text: str
    number: int
    column_offset: int = 0
    style: str = ""  # "heading1".."heading6", "list", "table", "title" or ""
    part: str = "body"  # body | table | header | footer


@dataclass
class SourceDocument:
    path: str
    kind: str  # text | markdown | docx
    lines: list[SourceLine]
    notices: list[str] = field(default_factory=list)
    raw_text: str | None = None  # decoded text for text formats

    @property
    def is_docx(self) -> bool:
        return self.kind == "docx"


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


# --------------------------------------------------------------------------- Word


def _check_docx_archive(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    with open(path, "rb") as handle:
        magic = handle.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("Word-bestand is beveiligd met een wachtwoord of is een oud .doc-bestand")
    if not magic.startswith(b"PK"):
        raise ReadError("geen geldig Word-bestand (.docx)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            total = sum(info.file_size for info in infos)
            packed = sum(info.compress_size for info in infos) or 1
            if "word/document.xml" not in names:
                raise ReadError("geen geldig Word-bestand (word/document.xml ontbreekt)")
            if "word/vbaProject.bin" in names:
                raise ReadError("Word-bestand bevat macro's; sla het op als gewoon .docx zonder macro's")
            if total > MAX_DOCX_UNCOMPRESSED or total / packed > MAX_DOCX_RATIO:
                raise ReadError("Word-bestand pakt uit tot een onredelijke grootte (mogelijk een zip-bom)")
            max_xml = DOCX_XML_FACTOR * max_bytes
            for info in infos:
                if info.filename.endswith(".xml") and info.file_size > max_xml:
                    raise ReadError(f"Word-bestand bevat te veel tekst ({info.filename} is {_mb(info.file_size)}; "
                                    f"maximum {_mb(max_xml)})")
            bad = archive.testzip()
            if bad is not None:
                raise ReadError(f"Word-bestand is beschadigd ({bad})")
    except zipfile.BadZipFile:
        raise ReadError("Word-bestand is beschadigd of afgebroken") from None


def _docx_style(paragraph, names: dict[str, str]) -> str:
    """heading1..6, title, list or "" from the paragraph's style (by id, names looked up once)."""
    properties = paragraph._p.pPr
    style_id = properties.style if properties is not None else None
    lowered = (names.get(style_id, style_id) or "").lower() if style_id else ""
    if lowered in ("title", "titel"):
        return "title"
    match = re.match(r"(?:heading|kop)\s*(\d)", lowered)
    if match:
        return f"heading{match.group(1)}"
    if lowered.startswith(("list", "lijst")):
        return "list"
    if properties is not None and properties.numPr is not None:
        return "list"
    return ""


def _style_names(document) -> dict[str, str]:
    """style id -> style name ("Kop2" -> "heading 2"), read once per document."""
    names: dict[str, str] = {}
    for style in document.styles.element.style_lst:
        if style.styleId and style.name_val:
            names[style.styleId] = style.name_val
    return names


def _iter_block_items(parent) -> Iterator[tuple[str, object]]:
    """Paragraphs and tables of a body or cell, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    element = parent.element.body if hasattr(parent, "element") and hasattr(parent.element, "body") else parent._element
    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "p", Paragraph(child, parent)
        elif tag == "tbl":
            yield "tbl", Table(child, parent)


def _table_paragraphs(table, depth: int) -> Iterator:
    if depth > MAX_TABLE_DEPTH:
        raise ReadError(f"tabellen zijn dieper genest dan {MAX_TABLE_DEPTH} niveaus")
    seen: list = []  # the cell elements themselves: merged cells repeat the same element
    for row in table.rows:
        for cell in row.cells:
            if any(cell._tc is element for element in seen):
                continue
            seen.append(cell._tc)
            for kind, item in _iter_block_items(cell):
                if kind == "p":
                    yield item
                else:
                    yield from _table_paragraphs(item, depth + 1)


def read_docx(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[SourceLine]:
    _check_docx_archive(path, max_bytes)
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise ReadError(f"Word-bestand kan niet worden geopend ({type(exc).__name__})") from None
    names = _style_names(document)
    lines: list[SourceLine] = []
    for part, number, paragraph in docx_paragraphs(document):
        if paragraph is None:  # a table, header or footer separates blocks
            lines.append(SourceLine("", number, 0, "", part))
            continue
        text = paragraph.text.replace("\t", " ").rstrip()
        style = _docx_style(paragraph, names) if part == "body" else "table" if part == "table" else ""
        lines.append(SourceLine(text, number, 0, style, part))
    return lines


def docx_paragraphs(document) -> Iterator[tuple[str, int, object | None]]:
    """Every paragraph of a Word document as (part, number, paragraph), in reading order and
    numbered as findings locate them: body paragraphs; paragraphs in table cells (nested tables
    too) with their own numbering, part "table"; then each distinct header and footer.

    ``paragraph`` is None at a block boundary (before and after a table, at the end of a header
    or footer); ``part`` and ``number`` then say where the boundary is. letterlint's reader, its
    fixer and its Word comments all number paragraphs through this one function.
    """
    body_number = table_number = 0
    for kind, item in _iter_block_items(document):
        if kind == "p":
            body_number += 1
            yield "body", body_number, item
            continue
        yield "body", body_number, None
        for paragraph in _table_paragraphs(item, 1):
            table_number += 1
            yield "table", table_number, paragraph
        yield "body", body_number, None
    for part_name in ("header", "footer"):
        number = 0
        seen_parts: set[int] = set()
        for section in document.sections:
            part = getattr(section, part_name)
            if part.is_linked_to_previous or id(part._element) in seen_parts:
                continue
            seen_parts.add(id(part._element))
            for paragraph in part.paragraphs:
                number += 1
                yield part_name, number, paragraph
            yield part_name, number, None


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
            raise ReadError(f"invoer is te groot (meer dan {_mb(max_bytes)})")
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
            raise ReadError(f"bestand is te groot ({_mb(size)}; maximum {_mb(max_bytes)})")
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
            raise ReadError(f"bestand is te groot (meer dan {_mb(max_bytes)})")
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


DEFAULT_EXCLUDE = ("README*", "LICENSE*", "CHANGELOG*", "CONTRIBUTING*")


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
