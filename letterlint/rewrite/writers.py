"""Writing a letter (Markdown) as Word (.docx), HTML or Markdown.

The Markdown is parsed with markdown-it-py into a small block model (headings, paragraphs, lists,
the "In het kort" summary card); the Word and HTML writers render that model. A letter's single
line breaks (address lines, signature) are kept as line breaks. HTML goes through a Jinja2
template with autoescaping, so letter text can never inject markup or script.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from letterlint.safeio import OutputError, atomic_write

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.templating.library import Department

CARD_HEADING = "in het kort"
FONT_NAME = "Verdana"
FONT_SIZE_PT = 10.5
LINE_SPACING = 1.15
CARD_FILL = "E8F0F7"
CARD_BORDER = "1F5A8C"
ACCENT = "1F4E79"
SUFFIXES = (".md", ".docx", ".html")


# --------------------------------------------------------------------------- block model


@dataclass(frozen=True)
class Span:
    """A run of inline text; ``text == "\\n"`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""

    @property
    def is_break(self) -> bool:
        return self.text == "\n"


@dataclass
class Heading:
    level: int
    spans: list[Span]

    @property
    def text(self) -> str:
        return plain_text(self.spans)


@dataclass
class Paragraph:
    spans: list[Span]


@dataclass
class ListBlock:
    ordered: bool
    items: list[list[Span]]
    start: int = 1


@dataclass
class Table:
    """A Markdown table (the rows of a table the original letter had): cells of spans, the first
    row its header when ``header``."""

    rows: list[list[list[Span]]]
    header: bool = True


@dataclass
class Letterhead:
    """The sender's lines at the top of the letter ("Gemeente Lindenburg", department, address)."""

    lines: list[str]


@dataclass
class Rule:
    """A horizontal line (Markdown ``---``), e.g. a line to write an answer on."""


@dataclass
class Card:
    """The "In het kort" summary: a label and the blocks under that heading."""

    label: str
    blocks: list = field(default_factory=list)


Block = Union[Heading, Paragraph, ListBlock, Table, Rule, Card]


def plain_text(spans: list[Span]) -> str:
    return "".join(span.text for span in spans)


_SAFE_HREF = re.compile(r"^(?:https?://|mailto:|tel:)", re.IGNORECASE)


def _inline_spans(token) -> list[Span]:
    """The inline children of a markdown-it token as spans (bold/italic/link state tracked)."""
    spans: list[Span] = []
    bold = italic = 0
    href = ""
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "code_inline", "html_inline"):
            if child.content:
                spans.append(Span(child.content, bold > 0, italic > 0, href))
        elif kind in ("softbreak", "hardbreak"):
            spans.append(Span("\n"))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            target = str(child.attrs.get("href", ""))
            href = target if _SAFE_HREF.match(target) else ""
        elif kind == "link_close":
            href = ""
        elif kind == "image":
            spans.append(Span(child.content or str(child.attrs.get("alt", "")), bold > 0, italic > 0))
    return spans


def parse_letter(markdown: str) -> list[Block]:
    """Parse letter Markdown into blocks; the section headed "In het kort" becomes a Card."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable("table").parse(markdown)
    blocks: list[Block] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            blocks.append(Heading(int(token.tag[1]), _inline_spans(tokens[index + 1])))
            index += 3
        elif token.type == "paragraph_open":
            blocks.append(Paragraph(_inline_spans(tokens[index + 1])))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            index = _parse_list(tokens, index, blocks)
        elif token.type == "table_open":
            index = _parse_table(tokens, index, blocks)
        elif token.type == "hr":
            blocks.append(Rule())
            index += 1
        elif token.type in ("fence", "code_block", "html_block") and token.content.strip():
            blocks.append(Paragraph([Span(token.content.rstrip("\n"))]))
            index += 1
        else:
            index += 1
    return _group_card(blocks)


_MUNICIPALITY = re.compile(r"^gemeente\s+\S", re.IGNORECASE)


def split_letterhead(blocks: list[Block], title: str = "") -> tuple[list[str], list[Block]]:
    """(letterhead lines, the other blocks): the first paragraph is the letterhead when its first
    line is the department's letterhead title or names a municipality ("Gemeente Lindenburg")."""
    if not blocks or not isinstance(blocks[0], Paragraph):
        return [], blocks
    lines = [line.strip() for line in plain_text(blocks[0].spans).splitlines() if line.strip()]
    if not lines or len(lines) > 8:
        return [], blocks
    first = lines[0].lower()
    if (title and first == title.lower()) or _MUNICIPALITY.match(first):
        return lines, blocks[1:]
    return [], blocks


def _letterhead(blocks: list[Block], department: Any) -> tuple[str, list[str], list[Block]]:
    """(title, lines below it, remaining blocks): the letter's own letterhead and the department's."""
    title, extra = department_lines(department)
    own, rest = split_letterhead(blocks, title)
    if not own:
        return title, extra, blocks
    below = own[1:] + [line for line in extra if line not in own and line.lower() != own[0].lower()]
    return own[0], below, rest


def _parse_list(tokens, index: int, blocks: list[Block]) -> int:
    """Parse one list starting at ``tokens[index]``; a nested item joins its parent item on a new line."""
    opening = tokens[index]
    ordered = opening.type == "ordered_list_open"
    start = int(opening.attrs.get("start", 1) or 1) if ordered else 1
    closing = opening.type.replace("_open", "_close")
    items: list[list[Span]] = []
    current: list[Span] | None = None
    index += 1
    while index < len(tokens):
        token = tokens[index]
        if token.type == closing and token.level == opening.level:
            break
        if token.type == "list_item_open" and token.level == opening.level + 1:
            current = []
            items.append(current)
        elif token.type == "inline" and current is not None:
            if current:
                current.append(Span("\n"))
            current.extend(_inline_spans(token))
        index += 1
    blocks.append(ListBlock(ordered, items, start))
    return index + 1


def _closes_list(block: Block) -> bool:
    """A paragraph in lower case right after a list finishes the sentence the list is part of
    ("en deze situatie vervolgens in stand houdt.")."""
    return isinstance(block, Paragraph) and plain_text(block.spans)[:1].islower()


def _parse_table(tokens, index: int, blocks: list[Block]) -> int:
    """Parse one table starting at ``tokens[index]`` (a header row with empty cells is no header)."""
    rows: list[list[list[Span]]] = []
    header = False
    index += 1
    while index < len(tokens) and tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(_inline_spans(token))
        elif token.type == "thead_open":
            header = True
        index += 1
    if header and rows and not any(plain_text(cell).strip() for cell in rows[0]):
        rows, header = rows[1:], False
    blocks.append(Table(rows, header))
    return index + 1


def _group_card(blocks: list[Block]) -> list[Block]:
    grouped: list[Block] = []
    card: Card | None = None
    card_level = 0
    for block in blocks:
        if isinstance(block, Heading) and block.text.strip().rstrip(":").lower() == CARD_HEADING:
            card = Card(block.text.strip().rstrip(":"))
            card_level = block.level
            grouped.append(card)
            continue
        if card is not None and (isinstance(block, Heading) and block.level <= card_level
                                 or any(isinstance(b, ListBlock) for b in card.blocks)
                                 and not isinstance(block, ListBlock) and not _closes_list(block)):
            card = None  # the card ends at the next heading, or after its list
        if card is not None:
            card.blocks.append(block)
        else:
            grouped.append(block)
    return grouped


# --------------------------------------------------------------------------- department


def department_lines(department: Any) -> tuple[str, list[str]]:
    """(letterhead title, lines below it) of a Department, or ("", []) for None.

    The title is the letterhead text ("Gemeente Lindenburg"); below it come the department name,
    its postal address, the general phone number and the website.
    """
    if department is None:
        return "", []
    if isinstance(department, str):  # only a department name is known
        return department.strip(), []
    letterhead = [line.strip() for line in str(getattr(department, "letterhead", "") or "").splitlines()
                  if line.strip()]
    municipality = str(getattr(department, "municipality", "") or "").strip()
    name = str(getattr(department, "name", "") or "").strip()
    title = letterhead[0] if letterhead else (f"Gemeente {municipality}" if municipality else name)
    lines = letterhead[1:]
    for line in [name, *list(getattr(department, "address", []) or [])]:
        line = str(line).strip()
        if line and line.lower() != title.lower() and line not in lines:
            lines.append(line)
    phone = str(getattr(department, "general_phone", "") or "").strip()
    website = str(getattr(department, "website", "") or "").strip()
    contact = " | ".join(part for part in (f"Telefoon {phone}" if phone else "", website) if part)
    if contact:
        lines.append(contact)
    return title, lines


# --------------------------------------------------------------------------- Word


def letter_to_docx(markdown: str, department: "Department | None" = None):
    """The letter as a python-docx Document: Verdana, heading and list styles, summary card."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    document = docx.Document()
    _set_up_styles(document, Pt, RGBColor)
    set_language(document)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.5)
    name, letterhead, blocks = _letterhead(parse_letter(markdown), department)
    if name or letterhead:
        section.different_first_page_header_footer = True  # the letterhead only on page 1
        header = section.first_page_header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if name:
            run = header.add_run(name)
            run.bold = True
            run.font.size = Pt(12)
            run.font.color.rgb = RGBColor.from_string(ACCENT)
        for line in letterhead:
            if header.runs:
                header.add_run().add_break()
            run = header.add_run(line)
            run.font.size = Pt(8.5)
            run.font.color.rgb = RGBColor.from_string("555555")
    _page_numbers(section)
    numbering = _Numbering(document)
    for block in blocks:
        _write_block(document, block, numbering)
    _set_properties(document, blocks, name)
    body = document.element.body
    first = body[0] if len(body) else None
    if first is not None and first.tag.endswith("}p") and not "".join(first.itertext()).strip():
        body.remove(first)  # the template's empty first paragraph, if any
    if name or letterhead:
        for paragraph in document.paragraphs[:1]:
            paragraph.paragraph_format.space_before = Pt(28)  # room below the letterhead
    return document


def _page_numbers(section) -> None:
    """'Pagina 1 van 2' at the bottom right of every page (Word fields PAGE and NUMPAGES)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor

    footers = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    for footer in footers:
        paragraph = footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for text, field_code in (("Pagina ", "PAGE"), (" van ", "NUMPAGES")):
            run = paragraph.add_run(text)
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor.from_string("555555")
            paragraph._p.append(parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr="{field_code}"><w:r><w:rPr><w:color w:val="555555"/>'
                f'<w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))


_SUBJECT = re.compile(r"^(?:onderwerp|betreft)\s*:\s*(.+)$", re.IGNORECASE)


def _set_properties(document, blocks: list[Block], sender: str) -> None:
    """Title (the subject line or first heading) and author (the municipality), nothing of python-docx."""
    title = next((b.text for b in blocks if isinstance(b, Heading)), "")
    for block in blocks:
        if isinstance(block, Paragraph):
            for line in plain_text(block.spans).splitlines():
                match = _SUBJECT.match(line.strip())
                if match:
                    title = match.group(1).strip()
                    break
    properties = document.core_properties
    properties.title = title[:200]
    properties.author = properties.last_modified_by = sender
    properties.subject = properties.keywords = properties.category = ""
    properties.comments = ""


LANGUAGE = "nl-NL"


def set_language(document, language: str = LANGUAGE) -> None:
    """Declare ``language`` (Dutch) as the proofing language of the whole document.

    Word checks spelling in the language of styles.xml's document defaults and of every style
    that sets one; python-docx's template says en-US, which marks every Dutch word as misspelled.
    The defaults and every style get ``language`` (right-to-left script languages stay as they
    were), and the settings' theme font language follows.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    r_pr_default = defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        r_pr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_pr_default.append(r_pr)
    if r_pr.find(qn("w:lang")) is None:
        r_pr.append(OxmlElement("w:lang"))
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language)
    settings = document.settings.element
    for theme_lang in settings.iter(qn("w:themeFontLang")):
        theme_lang.set(qn("w:val"), language)
        theme_lang.set(qn("w:eastAsia"), language)


def _set_up_styles(document, Pt, RGBColor) -> None:
    from docx.oxml.ns import qn

    normal = document.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(FONT_SIZE_PT)
    fonts = normal.element.rPr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT_NAME)
    _set_language(normal.element.rPr, qn)
    normal.paragraph_format.line_spacing = LINE_SPACING
    normal.paragraph_format.space_after = Pt(6)
    for level, size in ((1, 15), (2, 12), (3, 11)):
        style = document.styles[f"Heading {level}"]
        style.font.name = FONT_NAME
        style.element.rPr.get_or_add_rFonts().set(qn("w:ascii"), FONT_NAME)
        style.element.rPr.get_or_add_rFonts().set(qn("w:hAnsi"), FONT_NAME)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor.from_string(ACCENT)
        style.paragraph_format.space_before = Pt(14 if level == 1 else 12)
        style.paragraph_format.space_after = Pt(4)
    for name in ("List Bullet", "List Number"):
        document.styles[name].paragraph_format.space_after = Pt(2)


def _set_language(rpr, qn, language: str = "nl-NL") -> None:
    """Word's proofing language for the text (spelling check in Dutch, Dutch hyphenation)."""
    from docx.oxml import OxmlElement

    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language)


# «naam» and <<naam>> as document-composition systems write merge fields (one source: merge_fields.py
# adds Jinja {{ naam }} to it); in Word they become MERGEFIELDs, Jinja stays text
WORD_FIELD = r"«[^»\n]{1,60}»|<<[^<>\n]{1,60}>>"
WORD_MERGE_FIELD = re.compile(WORD_FIELD)


def _add_spans(paragraph, spans: list[Span]) -> None:
    for span in spans:
        if span.is_break:
            (paragraph.runs[-1] if paragraph.runs else paragraph.add_run()).add_break()
            continue
        position = 0
        for match in WORD_MERGE_FIELD.finditer(span.text):
            if match.start() > position:
                _add_run(paragraph, span, span.text[position:match.start()])
            _add_merge_field(paragraph, span, match)
            position = match.end()
        if position < len(span.text) or not span.text:
            _add_run(paragraph, span, span.text[position:])


def _add_run(paragraph, span: Span, text: str):
    run = paragraph.add_run(text)
    run.bold = span.bold or None
    run.italic = span.italic or None
    if span.href:
        run.underline = True
    return run


def _add_merge_field(paragraph, span: Span, match: re.Match) -> None:
    """A real Word MERGEFIELD (``w:fldSimple``) showing the field as the letter wrote it, so a
    standard letter stays a mail-merge document in Word."""
    from xml.sax.saxutils import quoteattr

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    name = match.group(0).strip("«»<>").strip().replace('"', "")
    instruction = f' MERGEFIELD "{name}" ' if " " in name else f" MERGEFIELD {name} "
    field = parse_xml(f"<w:fldSimple {nsdecls('w')} w:instr={quoteattr(instruction)}/>")
    run = _add_run(paragraph, span, match.group(0))
    field.append(run._r)  # moves the run from the paragraph into the field
    paragraph._p.append(field)


class _Numbering:
    """Restart 'List Number' at 1 for every numbered list (a new w:num on the same abstractNum)."""

    def __init__(self, document):
        self.document = document

    def restart(self, paragraph, start: int) -> None:
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        style = self.document.styles["List Number"].element
        style_num = style.pPr.numPr.numId.val if style.pPr is not None and style.pPr.numPr is not None else None
        if style_num is None:
            return
        numbering = self.document.part.numbering_part.element
        abstract = next(num.abstractNumId.val for num in numbering.num_lst if num.numId == style_num)
        new_id = max(num.numId for num in numbering.num_lst) + 1
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'))
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = new_id


def _write_block(document, block: Block, numbering: _Numbering) -> None:
    if isinstance(block, Heading):
        paragraph = document.add_paragraph(style=f"Heading {min(block.level, 3)}")
        _add_spans(paragraph, block.spans)
    elif isinstance(block, Paragraph):
        _add_spans(document.add_paragraph(), block.spans)
    elif isinstance(block, ListBlock):
        _write_list(document, block, numbering)
    elif isinstance(block, Table):
        _write_table(document, block)
    elif isinstance(block, Card):
        _write_card(document, block)
    elif isinstance(block, Rule):
        _write_rule(document)


def _write_rule(document) -> None:
    """An empty paragraph with a bottom border: a line across the page."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph = document.add_paragraph()
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="808080"/></w:pBdr>'))


def _write_table(container, block: Table) -> None:
    """A Word table with a grid; the header row in bold."""
    if not block.rows:
        return
    width = max(len(row) for row in block.rows)
    table = container.add_table(rows=len(block.rows), cols=width)
    try:
        table.style = "Table Grid"
    except (KeyError, ValueError):  # a template without that style: the table without lines
        pass
    for number, row in enumerate(block.rows):
        for column, spans in enumerate(row):
            bold = block.header and number == 0
            _add_spans(table.cell(number, column).paragraphs[0],
                       [Span(s.text, s.bold or bold, s.italic, s.href) for s in spans])
    container.add_paragraph()  # Word needs a paragraph between a table and what follows


def _write_list(container, block: ListBlock, numbering: _Numbering | None) -> None:
    style = "List Number" if block.ordered else "List Bullet"
    for position, item in enumerate(block.items):
        paragraph = container.add_paragraph(style=style)
        _add_spans(paragraph, item)
        if block.ordered and position == 0 and numbering is not None:
            numbering.restart(paragraph, block.start)


def _write_card(document, card: Card) -> None:
    """A shaded single-cell table with a bold label and the summary bullets."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm, Pt, RGBColor

    table = document.add_table(rows=1, cols=1)
    table.autofit = False
    cell = table.cell(0, 0)
    cell.width = Cm(16.0)
    properties = cell._tc.get_or_add_tcPr()
    properties.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{CARD_FILL}"/>'))
    properties.append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}>'
        f'<w:top w:val="single" w:sz="4" w:color="{CARD_BORDER}"/>'
        f'<w:left w:val="single" w:sz="36" w:color="{CARD_BORDER}"/>'
        f'<w:bottom w:val="single" w:sz="4" w:color="{CARD_BORDER}"/>'
        f'<w:right w:val="single" w:sz="4" w:color="{CARD_BORDER}"/></w:tcBorders>'))
    properties.append(parse_xml(
        f'<w:tcMar {nsdecls("w")}><w:top w:w="140" w:type="dxa"/><w:left w:w="220" w:type="dxa"/>'
        f'<w:bottom w:w="100" w:type="dxa"/><w:right w:w="220" w:type="dxa"/></w:tcMar>'))
    label = cell.paragraphs[0]
    run = label.add_run(card.label)
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor.from_string(ACCENT)
    label.paragraph_format.space_after = Pt(4)
    for block in card.blocks:
        if isinstance(block, ListBlock) and block.ordered:  # the numbers the text refers to, as text
            for position, item in enumerate(block.items):
                _add_spans(cell.add_paragraph(), [Span(f"{block.start + position}. "), *item])
        elif isinstance(block, ListBlock):
            _write_list(cell, ListBlock(False, block.items), None)
        elif isinstance(block, Table):
            _write_table(cell, block)
        elif isinstance(block, Heading):
            paragraph = cell.add_paragraph()
            _add_spans(paragraph, [Span(s.text, True, s.italic, s.href) for s in block.spans])
        elif isinstance(block, Paragraph):
            _add_spans(cell.add_paragraph(), block.spans)
    spacer = document.add_paragraph()  # Word needs a paragraph between a table and what follows
    spacer.paragraph_format.space_after = Pt(0)
    spacer.paragraph_format.line_spacing = Pt(6)


# --------------------------------------------------------------------------- HTML

def _html_spans(spans: list[Span]):
    from markupsafe import Markup, escape

    parts = []
    for span in spans:
        if span.is_break:
            parts.append(Markup("<br>\n"))
            continue
        html = escape(span.text)
        if span.href:
            html = Markup('<a href="{}">{}</a>').format(span.href, html)
        if span.italic:
            html = Markup("<em>{}</em>").format(html)
        if span.bold:
            html = Markup("<strong>{}</strong>").format(html)
        parts.append(html)
    return Markup("").join(parts)


def _html_block(block: Block):
    from markupsafe import Markup

    if isinstance(block, Heading):
        level = min(block.level, 3)
        return Markup("<h{0}>{1}</h{0}>").format(level, _html_spans(block.spans))
    if isinstance(block, Paragraph):
        return Markup("<p>{}</p>").format(_html_spans(block.spans))
    if isinstance(block, Rule):
        return Markup("<hr>")
    if isinstance(block, Table):
        rows = []
        for number, row in enumerate(block.rows):
            cell = Markup("<th>{}</th>") if block.header and number == 0 else Markup("<td>{}</td>")
            rows.append(Markup("<tr>{}</tr>").format(Markup("").join(cell.format(_html_spans(c)) for c in row)))
        return Markup("<table>{}</table>").format(Markup("\n").join(rows))
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = Markup("").join(Markup("<li>{}</li>").format(_html_spans(item)) for item in block.items)
        start = Markup(' start="{}"').format(block.start) if block.ordered and block.start != 1 else ""
        return Markup("<{0}{1}>{2}</{0}>").format(tag, start, items)
    inner = Markup("\n").join(_html_block(child) for child in block.blocks)
    return Markup('<section class="kort" aria-label="{0}">\n<h2>{0}</h2>\n{1}\n</section>').format(block.label, inner)


def letter_to_html(markdown: str, department: "Department | None" = None) -> str:
    """The letter as a self-contained HTML page (inline CSS, lang="nl", all text escaped)."""
    from letterlint.templating.pages import render

    name, letterhead, blocks = _letterhead(parse_letter(markdown), department)
    title = next((b.text for b in blocks if isinstance(b, Heading)), "") or name or "Brief"
    page = render("letter.html", title=title, name=name, letterhead=letterhead, blocks=blocks, render=_html_block,
                  accent=ACCENT, card_fill=CARD_FILL, card_border=CARD_BORDER)
    return page + "\n"  # a file ends with a newline (the page environment drops the template's last one)


# --------------------------------------------------------------------------- files


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_letter(markdown: str, path: "str | Path", department: "Department | None" = None) -> Path:
    """Write the letter to ``path`` as .md, .docx or .html (chosen by suffix), atomically."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix in (".md", ".markdown", ".txt"):
        data: bytes | str = markdown if markdown.endswith("\n") else markdown + "\n"
    elif suffix == ".docx":
        data = docx_bytes(letter_to_docx(markdown, department))
    elif suffix in (".html", ".htm"):
        data = letter_to_html(markdown, department)
    else:
        raise OutputError(f"{target}: kan geen {suffix or 'bestand zonder extensie'} schrijven; gebruik .md, .docx of .html")
    atomic_write(target, data)
    return target
