"""Word files: all python-docx access of letterlint in one place.

Reading a .docx into source lines (for the letter model), the one paragraph numbering that the
reader, ``fix`` and the Word comments share (:func:`docx_paragraphs`), and the run helpers that
``fix`` and ``annotate`` use to change text without losing its formatting.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from typing import Iterator

from letterlint.reading.document import DEFAULT_MAX_BYTES, ReadError, SourceLine, size_text

# A .docx is a zip file: refuse archives that inflate beyond this (zip bombs).
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_DOCX_RATIO = 200
# One XML part (the body, a header) may inflate to this many times the file-size limit: Word's
# markup is a few times the text, so more means far more text than a .txt file may hold.
DOCX_XML_FACTOR = 4
MAX_TABLE_DEPTH = 5
# The parts of a Word file a finding can be in, as a letter writer calls them (reports, comments).
PART_NAMES = {"body": "brief", "table": "tabel", "textbox": "tekstvak", "header": "koptekst", "footer": "voettekst"}


def check_docx_archive(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    magic = data[:8]
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("Word-bestand is beveiligd met een wachtwoord of is een oud .doc-bestand")
    if not magic.startswith(b"PK"):
        raise ReadError("geen geldig Word-bestand (.docx)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
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
                    raise ReadError(f"Word-bestand bevat te veel tekst ({info.filename} is {size_text(info.file_size)}; "
                                    f"maximum {size_text(max_xml)})")
                if info.flag_bits & 0x1:
                    raise ReadError("Word-bestand is versleuteld; sla het op zonder wachtwoord")
            bad = archive.testzip()
            if bad is not None:
                raise ReadError(f"Word-bestand is beschadigd ({bad})")
    except ReadError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OverflowError, NotImplementedError,
            RuntimeError, OSError, UnicodeDecodeError, struct.error) as exc:
        # the zip directory or the compressed data itself is broken (zlib, CRC, truncated entry)
        raise ReadError(f"Word-bestand is beschadigd of afgebroken ({type(exc).__name__})") from None


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
    try:
        element = document.styles.element
    except (AttributeError, KeyError, ValueError):
        # a styles part that the package's content types no longer name as one (a damaged
        # [Content_Types].xml): python-docx hands a plain part without styles; no names, the text stays
        return names
    for style in getattr(element, "style_lst", ()):  # a broken styles part: no names
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
        elif tag == "sdt":  # a content control around paragraphs and tables: read what it holds
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _iter_block_items(_Container(content, parent))


class _Container:
    """A block-level element (a content control's content) seen as a parent of paragraphs."""

    def __init__(self, element, parent):
        self._element = element
        self._parent = parent
        self.part = parent.part


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


_W_DOCUMENT = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}document"


def read_docx(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[SourceLine], list[str]]:
    """The paragraphs of a Word file's bytes as source lines, and notices about what was skipped."""
    check_docx_archive(data, max_bytes)
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise ReadError(f"Word-bestand kan niet worden geopend ({type(exc).__name__})") from None
    if document.element.tag != _W_DOCUMENT:  # e.g. a damaged namespace: python-docx would fail later
        raise ReadError("Word-bestand kan niet worden geopend (het hoofddeel is geen w:document)")
    names = _style_names(document)
    cells = _cell_positions(document)
    lines: list[SourceLine] = []
    counter = 0  # the number Word shows before the current item of a numbered list style
    for part, number, paragraph in docx_paragraphs(document):
        if paragraph is None:  # a table, header or footer separates blocks
            lines.append(SourceLine("", number, 0, "", part))
            counter = 0
            continue
        text = paragraph_text(paragraph).replace("\t", " ").rstrip()
        style = _docx_style(paragraph, names) if part == "body" else part if part in ("table", "textbox") else ""
        cell = cells.get(paragraph._p) if part == "table" else None
        marker = ""
        if style == "list" and _numbered_style(paragraph, names):
            counter += 1
            marker = f"{counter}."
        elif text:
            counter = 0
        lines.append(SourceLine(text, number, 0, style, part, cell, marker=marker))
    return lines, _skipped_parts(document)


def _numbered_style(paragraph, names: dict[str, str]) -> bool:
    """Whether a list paragraph's style numbers its items ("List Number", "Lijstnummering"): the
    numbers are not in the text, but the letter may refer to them ("de onder 1 bedoelde auto";
    red team 32, 10). Numbering set on the paragraph itself (numPr) is left as bullets: its format
    lives in the numbering part."""
    properties = paragraph._p.pPr
    style_id = properties.style if properties is not None else None
    lowered = (names.get(style_id, style_id) or "").lower() if style_id else ""
    return any(word in lowered for word in ("number", "nummer"))


def _cell_positions(document) -> dict:
    """The (table, row, column) of every paragraph in a cell of the body's tables (not nested ones),
    by its paragraph element, so a table's rows can be written as rows again."""
    positions: dict = {}
    number = 0
    for kind, item in _iter_block_items(document):
        if kind == "p":
            continue
        seen: set = set()
        for row_index, row in enumerate(item.rows):
            # the column is the cell's place in the grid: a merged cell repeats its element in every
            # grid column (and row) it spans, so counting cells would shift the cells after it one
            # column to the left, under another header
            for column, cell in enumerate(row.cells):
                if cell._tc in seen:
                    continue  # a merged cell's paragraphs belong to its first place
                seen.add(cell._tc)
                for paragraph in cell.paragraphs:
                    positions[paragraph._p] = (number, row_index, column)
        number += 1
    return positions


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Containers whose runs are part of the paragraph as it reads now: tracked insertions and moves,
# content controls, smart tags, custom XML and simple fields (hyperlinks python-docx reads itself).
_TEXT_CONTAINERS = {f"{_W}{name}" for name in ("ins", "moveTo", "sdt", "sdtContent", "smartTag", "customXml",
                                                 "fldSimple")}


def paragraph_text(paragraph) -> str:
    """A Word paragraph's text as it reads now: python-docx's ``paragraph.text`` (runs and
    hyperlinks), plus the runs inside tracked insertions (``w:ins``), moves and content controls,
    which python-docx leaves out. Tracked deletions and text boxes are not part of it (text boxes
    are paragraphs of their own, part "textbox" in :func:`docx_paragraphs`).

    The fixer and the Word comments compare against this text too.
    """
    pieces: list[str] = []

    def walk(element) -> None:
        for child in element:
            if child.tag in (f"{_W}r", f"{_W}hyperlink"):
                pieces.append(child.text)
            elif child.tag in _TEXT_CONTAINERS:
                walk(child)

    walk(paragraph._p)
    return "".join(pieces)


def _skipped_parts(document) -> list[str]:
    """Notices for text letterlint does not check: footnotes and endnotes."""
    from lxml import etree

    notices = []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for name, label in (("footnotes", "voetnoten"), ("endnotes", "eindnoten")):
        count = 0
        for part in document.part.package.iter_parts():
            if str(part.partname) != f"/word/{name}.xml":
                continue
            try:
                root = etree.fromstring(part.blob, parser=parser)
            except Exception:  # an unreadable notes part is skipped like a readable one
                count += 1
                continue
            count += sum(1 for note in root if note.get(f"{_W}type") in (None, "normal")
                         and "".join(note.itertext()).strip())
        if count:
            notices.append(f"{count} {label} niet gecontroleerd")
    return notices


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MC_FALLBACK, _MC_ALTERNATE = f"{_MC}Fallback", f"{_MC}AlternateContent"


def text_boxes(document) -> list:
    """The text boxes of the body (``w:txbxContent``), in document order. Word stores a modern
    text box twice, as a drawing and as an old VML copy inside ``mc:Fallback``; the copy is left
    out, so every box is read once. A box inside a box is read as part of its outer box."""
    boxes = []
    for content in document.element.body.iter(f"{_W}txbxContent"):
        ancestors = list(content.iterancestors())
        if any(a.tag == _MC_FALLBACK or a.tag == f"{_W}txbxContent" for a in ancestors):
            continue
        boxes.append(content)
    return boxes


def sync_text_box_copies(document) -> None:
    """After an edit of a modern text box: make Word's old VML copy of it (``mc:Fallback``) the
    same, so a Word version that shows the copy shows the edited text too."""
    from copy import deepcopy

    for content in text_boxes(document):
        alternate = next((a for a in content.iterancestors() if a.tag == _MC_ALTERNATE), None)
        fallback = alternate.find(_MC_FALLBACK) if alternate is not None else None
        copy = next(fallback.iter(f"{_W}txbxContent"), None) if fallback is not None else None
        if copy is None:
            continue
        for child in list(copy):
            copy.remove(child)
        for child in content:
            copy.append(deepcopy(child))


def _box_paragraphs(content, document) -> Iterator:
    for kind, item in _iter_block_items(_Container(content, document)):
        if kind == "p":
            yield item
        else:
            yield from _table_paragraphs(item, 1)


def docx_paragraphs(document) -> Iterator[tuple[str, int, object | None]]:
    """Every paragraph of a Word document as (part, number, paragraph), in reading order and
    numbered as findings locate them: body paragraphs; paragraphs in table cells (nested tables
    too) with their own numbering, part "table"; paragraphs in text boxes, part "textbox"; then
    each distinct header and footer.

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
    box_number = 0
    for content in text_boxes(document):
        for paragraph in _box_paragraphs(content, document):
            box_number += 1
            yield "textbox", box_number, paragraph
        yield "textbox", box_number, None
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


def paragraphs_by_number(document) -> dict[tuple[str, int], object]:
    """Every paragraph by (part, number), numbered exactly as the reader numbers them."""
    return {(part, number): paragraph for part, number, paragraph in docx_paragraphs(document)
            if paragraph is not None}


_PLAIN_RUN_CHILDREN = {"rPr", "t", "tab", "br", "lastRenderedPageBreak", "noBreakHyphen", "softHyphen"}


def paragraph_runs(paragraph) -> list:
    """The runs of a paragraph in reading order, hyperlink runs included."""
    from docx.text.run import Run

    runs = []
    for item in paragraph.iter_inner_content():
        runs.extend([item] if isinstance(item, Run) else item.runs)
    return runs


def is_plain_run(run) -> bool:
    """The run holds only text and formatting (no field, picture or other object), so it may be edited."""
    return all(child.tag.rsplit("}", 1)[-1] in _PLAIN_RUN_CHILDREN for child in run._r)
