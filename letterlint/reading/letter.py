"""The letter model: a document's lines grouped into classified blocks.

A municipal letter has a fixed anatomy: letterhead, recipient address, reference lines, a
salutation, the running text (headings, paragraphs, list items), a closing, a signature and
sometimes an attachments note. Readability and most rules only look at the running text; the
structure checks also read the rest (a phone number in the signature is still a phone number).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from functools import cached_property
from enum import Enum

from letterlint.findings import Location
from letterlint.reading.sources import SourceDocument, SourceLine
from letterlint.rulepack import bundled_lexicon


class BlockKind(str, Enum):
    SENDER = "sender"
    RECIPIENT = "recipient"
    METADATA = "metadata"
    SALUTATION = "salutation"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    CLOSING = "closing"
    SIGNATURE = "signature"
    ATTACHMENTS = "attachments"
    PAGE_HEADER = "page_header"
    PAGE_FOOTER = "page_footer"
    TEXT_BOX = "text_box"


RUNNING_KINDS = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})


@dataclass(frozen=True)
class Block:
    """A classified piece of the letter: one or more source lines joined with newlines."""

    kind: BlockKind
    lines: tuple[SourceLine, ...]

    @cached_property
    def text(self) -> str:
        # computed once: checks read it many times, and a block may hold thousands of lines
        return "\n".join(line.text for line in self.lines)

    @property
    def is_running_text(self) -> bool:
        return self.kind in RUNNING_KINDS

    @cached_property
    def _line_starts(self) -> list[int]:
        starts, position = [], 0
        for line in self.lines:
            starts.append(position)
            position += len(line.text) + 1
        return starts

    def _point(self, offset: int, starts: list[int]) -> tuple[SourceLine, int]:
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        line = self.lines[index]
        within = min(max(0, offset - starts[index]), len(line.text))
        return line, line.column_offset + within

    def locate(self, start: int, end: int, docx: bool = False) -> Location:
        """Map a character span of :attr:`text` to a source location (end exclusive)."""
        starts = self._line_starts
        end = max(end, start + 1)
        first, column = self._point(start, starts)
        last, end_column = self._point(end - 1, starts)
        if docx:
            return Location(first.number, column + 1, last.number, end_column + 2,
                            paragraph=first.number, offset=column, part=first.part)
        return Location(first.number, column + 1, last.number, end_column + 2)


@dataclass
class Letter:
    source: SourceDocument
    blocks: list[Block]

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def running_blocks(self) -> list[Block]:
        return [block for block in self.blocks if block.is_running_text]

    def blocks_of(self, *kinds: BlockKind) -> list[Block]:
        return [block for block in self.blocks if block.kind in kinds]

    def locate(self, block: Block, start: int, end: int) -> Location:
        return block.locate(start, end, docx=self.source.is_docx)


# --------------------------------------------------------------------------- line patterns

_POSTCODE = re.compile(r"^\d{4}\s?[A-Z]{2}\b")
_SENTENCE_END = re.compile(r"[.!?][)\"'”’]*$")


@dataclass(frozen=True)
class LinePatterns:
    """The line patterns of the letter model, compiled from rules/lexicon/letter.yaml (the words)
    and Babel (Dutch month and day names)."""

    meta: re.Pattern
    date_line: re.Pattern
    sender_hint: re.Pattern
    salutation: re.Pattern
    closing: re.Pattern
    attachments: re.Pattern
    mandate: re.Pattern


@functools.lru_cache(maxsize=1)
def line_patterns() -> LinePatterns:
    from babel.dates import get_day_names, get_month_names

    lexicon = bundled_lexicon("letter")
    keys = sorted(lexicon["metadata_keys"], key=len, reverse=True)
    months = "|".join(get_month_names("wide", locale="nl").values())
    days = "|".join(get_day_names("wide", locale="nl").values())
    patterns = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in lexicon["patterns"].items()}
    return LinePatterns(
        meta=re.compile(r"^(?:" + "|".join(re.escape(key) for key in keys) + r")\b\s*(?::|\t|\s{2,})\s*\S",
                        re.IGNORECASE),
        date_line=re.compile(rf"^(?:[A-Z][\w' -]+,\s*)?(?:(?:{days})\s+)?\d{{1,2}}\s+(?:{months})\s+\d{{4}}\.?$"
                             rf"|^\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}$", re.IGNORECASE),
        **patterns,
    )


def is_metadata_line(text: str) -> bool:
    patterns = line_patterns()
    return bool(patterns.meta.match(text) or patterns.date_line.match(text.strip()))


def _words(text: str) -> int:
    return len(text.split())


def _is_prose(text: str) -> bool:
    """Looks like running text: a real sentence, not a name, address or label."""
    return _words(text) >= 8 and bool(re.search(r"[.!?:;]", text))


# --------------------------------------------------------------------------- grouping


# the words that open or close a condition a template author writes in plain text, in capitals
# between square brackets: "[ALLEEN BIJ GEDEELTELIJKE TOEKENNING:]", "[INDIEN PARTNER]", "[EINDE]"
PLAIN_CONDITION_WORDS = r"ALLEEN|INDIEN|ALS|BIJ|EINDE|ANDERS|OPTIE|KEUZE|VARIANT|IF|ELSE|END"
# a condition or loop of a document-composition template ("«ALS x»", "«ANDERS»", "«EINDE ALS»",
# "<<VOOR ELK stuk IN stukken>>", "<<EINDE VOOR>>") or a plain-text condition, as a line of its own
COMPOSITION_TAG_LINE = re.compile(
    r"^\s*(?:(?:«|<<)\s*(?:ALS|ANDERS|EINDE|VOOR\s+ELK|IF|ELSE|END\s*IF|FOR\s+EACH|END)\b[^»>\n]*(?:»|>>)"
    r"|\[\s*(?:" + PLAIN_CONDITION_WORDS + r")\b[^\]\n]*\]|\[[A-ZÀ-Ý][^\]\na-z]*:\s*\]"
    # a Jinja block tag on a line of its own ("{% if alcohol_ontheffing %}", "{% endif %}")
    r"|\{%-?\s*(?:if|elif|else|endif|for|endfor)\b[^%\n]*-?%\})\s*$")


@dataclass
class _Unit:
    lines: list[SourceLine]
    group: int  # index of the blank-line separated group it belongs to
    label: bool = False  # the short line that names the table rows below it: text, never a heading

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def style(self) -> str:
        return self.lines[0].style


def _units(lines: list[SourceLine], one_per_line: bool) -> list[_Unit]:
    """Group lines into units: paragraphs separated by blank lines, headings and list items apart."""
    units: list[_Unit] = []
    group = 0
    current: list[SourceLine] = []

    def flush() -> None:
        if current:
            units.append(_Unit(list(current), group))
            current.clear()

    for line in lines:
        if not line.text.strip():
            if line.style == "table" and current and current[-1].style == "table":
                continue  # "|---|---|" under a header row: the header and its rows are one table (red team 32, 09)
            flush()
            group += 1
            continue
        if COMPOSITION_TAG_LINE.match(line.text):
            # "«ALS betalingsregeling_vervallen»", "<<EINDE VOOR>>": a condition or loop of a
            # document-composition template on its own line is a unit of its own, never part of
            # the paragraph or table next to it
            flush()
            units.append(_Unit([line], group))
            continue
        starts_unit = (one_per_line or line.style.startswith(("heading", "title")) or line.style == "list"
                       or _starts_part(line.text.strip()))
        after_heading = bool(current) and current[0].style.startswith(("heading", "title"))
        # a table starts and ends a unit: "Overzicht" right above "| Onderdeel | Bedrag |" is the
        # table's label, not one paragraph with its first row
        table_edge = bool(current) and (current[-1].style == "table") != (line.style == "table")
        if starts_unit or after_heading or table_edge or _list_tail(current, line) or \
                _below_numbered_title(current, line, units, group):
            flush()
        current.append(line)
    flush()
    return units


def _below_numbered_title(current: list[SourceLine], line: SourceLine, units: list[_Unit], group: int) -> bool:
    """A plain line right under a numbered title that opens its group ("1. Uw naamgebruik" after a
    blank line, "Het college heeft …" under it): the title is a unit of its own (a heading, see
    :func:`_numbered_heading`), not an item with its paragraph glued to it (red team 29, 07)."""
    if len(current) != 1 or current[0].style != "list" or line.style or not line.text.lstrip()[:1].isupper():
        return False
    if units and units[-1].group == group:
        return False  # not the first line of its group: an item of a list
    return _numbered_title(current[0].text.strip())


def _numbered_title(text: str) -> bool:
    """The text of a numbered line that can be a title: short, a capital first, no closing punctuation
    but a question mark ("1. Uw naamgebruik", "5. Wat gebeurt er daarna?")."""
    return _words(text) <= 8 and text[:1].isupper() and not re.search(r"[.,;:!]$", text)


# a list line this long was not wrapped by hand: the line break after it is the writer's own
_UNWRAPPED_LINE = 100


def _list_tail(current: list[SourceLine], line: SourceLine) -> bool:
    """A line after the last item of a list that goes on with the sentence that announced the list,
    not with the item: "b. … terug te brengen,\nen de aldus ontstane situatie vervolgens zo te houden,
    bij gebreke waarvan het college de maatregelen onder a. en b. zelf zal laten uitvoeren." Glued to
    item b., the duty and the consequence read as b.'s only (red team 28, 04-T8). Only after an item
    that ends in a comma on a line too long to be wrapped by hand, for a line that opens with "en" or
    "of"; or after an item that ends in ";" (complete), for a line that opens in lower case ("een en
    ander onder de voorschriften in onderdeel 4.")."""
    if not current or current[-1].style != "list" or line.style:
        return False
    previous = current[-1].text.rstrip()
    if previous.endswith(";") and line.text.lstrip()[:1].islower():
        # "b. zaterdag 12 juni, van 14.00 tot 00.30 uur;\neen en ander onder de voorschriften in onderdeel 4.":
        # the item is complete; the line closes the list for all its items (red team 30, 06-T1)
        return True
    return previous.endswith(",") and len(previous) > _UNWRAPPED_LINE and \
        re.match(r"(?:en|of)\s", line.text.lstrip()) is not None


def _starts_part(text: str) -> bool:
    """A salutation ("Geachte mevrouw Hendriks,") or closing ("Hoogachtend,") line starts a part
    of the letter even without a blank line above it: a letter pasted or typed without blank lines
    would otherwise be one paragraph from its address to its signature."""
    patterns = line_patterns()
    return bool((patterns.salutation.match(text) and text.endswith(",") and _words(text) <= 12)
                or patterns.closing.match(_first_line(text)))


def _split_leading_heading(units: list[_Unit], statements: bool = False) -> list[_Unit]:
    """Plain-text headings on their own line, directly above the text: a question ("Wat moet u
    doen?"), and with ``statements`` (in the running text, after the salutation) also a short line
    without final punctuation ("Besluit", "Begin nog niet met bouwen") above running text."""
    result: list[_Unit] = []
    for unit in units:
        lines = unit.lines
        # in the running text a heading may also follow a paragraph line that ends a sentence
        # ("… gehoord door de commissie.\nOverwegingen\nIngevolge artikel …")
        candidates = range(len(lines) - 1) if statements else range(min(1, len(lines) - 1))
        cuts = [i for i in candidates
                if (i == 0 or _ENDS_SENTENCE.search(lines[i - 1].text.strip()))
                and _heading_above(lines[i], lines[i + 1:], statements)]
        start = 0
        for cut in cuts:
            if cut > start:
                result.append(_Unit(lines[start:cut], unit.group))
            result.append(_Unit([lines[cut]], unit.group))
            start = cut + 1
        result.append(_Unit(lines[start:], unit.group) if start else unit)
    return result


_ENDS_SENTENCE = re.compile(r"[.!?:][)\"'”’]*$")

# a row of a plain-text table: cells apart by a tab or a wide gap ("kosten naheffingsaanslag      € 74,90"),
# or "label: value"
_TABLE_ROW = re.compile(r"^\s*\S.{0,119}?(?:\t+| {3,}| {2,}(?=[€$£])|:\s+)\S.{0,149}$")


def _split_table_under_intro(units: list[_Unit]) -> list[_Unit]:
    """A sentence that announces a table and the table's rows in one paragraph ("Het bedrag is als
    volgt opgebouwd:" with the rows on the next lines, no blank line between): the introduction is
    a paragraph of its own and the rows a block of their own, so the rows never read as one long
    sentence. Only after a line that ends with a colon, or after a short first line that names the
    rows' group ("Molenweg 4-A" above "Rioolheffing eigenaren: € 204,00"), and only when every line
    after it (two or more) is a row."""
    result: list[_Unit] = []
    for unit in units:
        lines = unit.lines
        cut = next((i for i, line in enumerate(lines[:-2]) if line.text.rstrip().endswith(":")), None)
        if cut is None and len(lines) > 2 and _is_group_label(lines[0].text):
            result += _grouped_rows(unit)
            continue
        if cut is None or any(line.style for line in lines) or not all(
                _TABLE_ROW.match(line.text) for line in lines[cut + 1:]):
            result.append(unit)
            continue
        result += [_Unit(lines[:cut + 1], unit.group), _Unit(lines[cut + 1:], unit.group)]
    return result


def _grouped_rows(unit: _Unit) -> list[_Unit]:
    """Rows under short labels in one paragraph ("Berekening" / "Inkomsten per maand" / "netto loon:
    € 1.211,69" / … / "Uitgaven per maand" / …): each label a unit of its own, read as text and never
    as a heading (the B1 order replaces headings, and the label would be gone), and each run of rows
    a table. Only when every line is a label or a row, with two rows or more,
    and a label is never the last line; else the paragraph stays as it is."""
    lines = unit.lines
    rows = [bool(_TABLE_ROW.match(line.text)) for line in lines]
    if (any(line.style for line in lines) or sum(rows) < 2 or rows[-1] is False
            or not all(row or _is_group_label(line.text) for row, line in zip(rows, lines))):
        return [unit]
    parts: list[_Unit] = []
    start = 0
    for index in range(1, len(lines) + 1):
        if index == len(lines) or rows[index] != rows[index - 1] or not rows[index]:
            if rows[start]:
                parts.append(_Unit(lines[start:index], unit.group))
            else:
                parts += [_Unit([line], unit.group, label=True) for line in lines[start:index]]
            start = index
    return parts


def _is_group_label(text: str) -> bool:
    """A short line that names a group of table rows: a few words, no row of its own, no sentence
    ("Molenweg 4-A", "Netto inkomsten Bouwbedrijf Jansen B.V. (niet gemeld)")."""
    text = text.strip()
    return (0 < _words(text) <= 10 and len(text) <= 80 and not _TABLE_ROW.match(text)
            and not re.search(r"(?<![A-Z])[.,;:!?]$", text))


def _heading_above(line: SourceLine, below: list[SourceLine], statements: bool) -> bool:
    # (a question may head a numbered point: "Wat is geconstateerd?" / "1°. Op zaterdag …")
    first = below[0].text[:1]
    return (not line.style and (first.isupper() or first.isdigit() and _is_question_heading(line.text))
            and (_is_question_heading(line.text) or statements and _is_statement_heading(line.text, below)))


def _is_question_heading(text: str) -> bool:
    # a question with a date, amount or address in it asks something ("Wilt u ons vóór 31 maart 2026
    # deze stukken sturen?"): a heading, replaced by a B1 one, would take the date along
    return text.rstrip().endswith("?") and _words(text) <= 14 and not _DATA_LINE.search(text)


_CONTINUES = re.compile(r"\b(?:de|het|een|van|en|of|in|op|te|aan|met|voor|dat|die|door|om|bij|naar|tot|u|uw)$",
                        re.IGNORECASE)


def _is_statement_heading(text: str, below: list[SourceLine]) -> bool:
    """A short line that ends without punctuation or a word that needs a continuation, above at
    least one line of running text that ends a sentence (a hard-wrapped sentence does not break
    before a capital)."""
    text = text.strip()
    rest = " ".join(line.text.strip() for line in below)
    # a text that is not hard-wrapped (a line below runs on past 100 characters) breaks a line only
    # where it means to: there a longer line without an end mark above a capital is a heading too
    # ("De verlaging wegens het niet verschijnen bij het sollicitatiegesprek" / "U hebt …")
    unwrapped = any(len(line.text.strip()) > 100 for line in below)
    words, length = (14, 110) if unwrapped else (8, 60)
    # a number in it: only in an unwrapped text, and not a line of data ("Aanslag 2027", "Bezwaar
    # tegen de herziening (onder 1 en 2)" are headings; "Postbus 20, 0400 AA Lindewaard" is not)
    digits = re.search(r"\d", text) is not None
    if digits and (not unwrapped or _DATA_LINE.search(text)):
        return False
    return (_words(text) <= words and len(text) <= length and text[:1].isupper()
            and not re.search(r"[.,;:!\-–]$", text) and not _CONTINUES.search(text)
            and (_words(rest) >= 5 or _words(rest) >= 2 and rest.endswith(":"))  # "Uitspraak" / "De heffingsambtenaar:"
            and bool(_ENDS_SENTENCE.search(rest)))


_DATA_LINE = re.compile(r"^\s*\d|€|\b\d{4}\s?[A-Z]{2}\b|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|"
                        r"september|oktober|november|december)\b|\d[\d\s-]{6,}|@|www\.|https?://", re.IGNORECASE)


# --------------------------------------------------------------------------- classification


def _address_runs(lines: list[tuple[_Unit, SourceLine]], fixed: list) -> list[tuple[int, int, bool]]:
    """(first, last, looks_like_sender) for each address: a postcode line and up to four lines
    above it in the same paragraph group, not crossing reference lines or another address."""
    runs: list[tuple[int, int, bool]] = []
    taken = -1
    for index, (unit, line) in enumerate(lines):
        if fixed[index] is not None or not _POSTCODE.match(line.text.strip()):
            continue
        first = index
        while (first - 1 > taken and index - (first - 1) <= 4 and fixed[first - 1] is None
               and lines[first - 1][0].group == unit.group
               and not (first < index and line_patterns().sender_hint.search(lines[first - 1][1].text))):
            first -= 1  # a sender line right above a recipient ("Retouradres: Postbus …") stays out
        text = "\n".join(l.text for _, l in lines[first:index + 1])
        runs.append((first, index, bool(line_patterns().sender_hint.search(text))))
        taken = index
    return runs


def _classify_header(units: list[_Unit]) -> list[Block]:
    """Everything before the salutation: letterhead, address, reference lines.

    Works line by line, so it also reads Word letters that separate blocks by spacing instead of
    empty paragraphs: the recipient is the last address that does not look like the sender's
    (no "Gemeente", "Postbus", website or phone); lines above it are letterhead.
    """
    lines = [(unit, line) for unit in units for line in unit.lines]
    fixed: list[BlockKind | None] = []
    for _unit, line in lines:
        text = line.text.strip()
        fixed.append(BlockKind.ATTACHMENTS if line_patterns().attachments.match(text)
                     else BlockKind.METADATA if is_metadata_line(text) else None)
    runs = _address_runs(lines, fixed)
    plain = [run for run in runs if not run[2]]
    recipient = plain[-1] if plain else (runs[-1] if len(runs) > 1 else None)
    blocks: list[Block] = []
    for index, (unit, line) in enumerate(lines):
        kind = fixed[index]
        if kind is None:
            if recipient and recipient[0] <= index <= recipient[1]:
                kind = BlockKind.RECIPIENT
            elif recipient is None or index < recipient[0]:
                kind = BlockKind.SENDER
                if line.style.startswith(("heading", "title")) and index > 0:
                    kind = BlockKind.METADATA
            elif _is_prose(unit.text) and _SENTENCE_END.search(unit.text.strip()):
                kind = BlockKind.PARAGRAPH
            else:
                kind = BlockKind.METADATA  # a subject or place-and-date line under the address
        blocks.append(Block(kind, (line,)))
    return _merge_adjacent(blocks)


def _merge_adjacent(blocks: list[Block]) -> list[Block]:
    """Join consecutive single-line blocks of address kinds into one block."""
    merged: list[Block] = []
    for block in blocks:
        if (merged and block.kind in (BlockKind.SENDER, BlockKind.RECIPIENT)
                and merged[-1].kind is block.kind
                and merged[-1].lines[-1].number + 1 == block.lines[0].number):
            merged[-1] = Block(block.kind, merged[-1].lines + block.lines)
        else:
            merged.append(block)
    return merged


def _body_kind(unit: _Unit, next_unit: _Unit | None, previous_unit: _Unit | None = None) -> BlockKind:
    style = unit.style
    text = unit.text.strip()
    if unit.label:
        return BlockKind.PARAGRAPH  # "Molenweg 4-A" above its rows: a heading would be replaced by a B1 one
    if style.startswith(("heading", "title")):
        return BlockKind.HEADING
    if style == "list":
        return BlockKind.HEADING if _numbered_heading(unit, next_unit, previous_unit) else BlockKind.LIST_ITEM
    if style == "table":
        # (rows of a pipe table with its header are a table, however many words their cells hold)
        if len(unit.lines) >= 2 and all(line.style == "table" for line in unit.lines):
            return BlockKind.TABLE_CELL
        return BlockKind.PARAGRAPH if _is_prose(text) else BlockKind.TABLE_CELL
    if line_patterns().attachments.match(text) and len(unit.lines) <= 4 and not _is_prose(unit.lines[0].text):
        return BlockKind.ATTACHMENTS
    if len(unit.lines) == 1 and is_metadata_line(text):
        return BlockKind.METADATA
    single = len(unit.lines) == 1
    if (single and next_unit is not None and _words(text) <= 12 and text[:1].isupper()
            and not re.search(r"[.,;:!]$", text) and not _SENTENCE_ENDING_IN_DATA.search(text)
            and not (text.endswith("?") and _DATA_LINE.search(text))
            and (text.endswith("?") or not _labels_rows(next_unit))):
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


# a sentence that ends in a web address or e-mail address has no full stop, but is no
# heading ("Meer informatie vindt u op: www.gemeente.example/parkeren")
_SENTENCE_ENDING_IN_DATA = re.compile(
    r"(?:https?://|www\.)\S+$|\S+@\S+\.\w+$|\b(?:op|via|naar|bij)\s+\S+\.(?:nl|example|com|org|eu)\S*$", re.IGNORECASE)


def _labels_rows(next_unit: _Unit | None) -> bool:
    """Whether the unit after a short line is rows of data ("Voorlopig betaald: € 7.845,00" …): the
    line is then the table's label ("Berekening terugvordering"), text and no heading (the B1 order
    replaces headings, and the label would be gone)."""
    lines = [line for line in next_unit.lines if line.text.strip()] if next_unit is not None else []
    if lines and all(line.style == "table" for line in lines):
        return True  # "Overzicht" above a pipe table
    return len(lines) >= 2 and not any(line.style for line in lines) and all(_TABLE_ROW.match(line.text) for line in lines)


def _numbered_heading(unit: _Unit, next_unit: _Unit | None, previous_unit: _Unit | None) -> bool:
    """A numbered line on its own between paragraphs is a heading, not a list of one item: "1.
    Herziening en terugvordering" above the paragraphs of the first decision. Short, a capital
    first, no closing punctuation but a question mark, a blank line on both sides, no list item
    before it unless it is a question, and a paragraph after it (the last item of a list separated
    by blank lines has an item before it; a list of one item follows a line that announces it with
    a colon)."""
    text = unit.text.strip()
    # a blank line above it; below it a blank line, or its paragraph right under it ("1. Uw
    # naamgebruik" / "Het college heeft …", as a plain "Bezwaar" above its text; red team 29, 07)
    below = next_unit is not None and next_unit.group == unit.group and \
        _is_prose(next_unit.text) and bool(_ENDS_SENTENCE.search(next_unit.text.strip()))
    titled = below and next_unit.style == ""
    # a list of its own right under it: "4. Voorschriften" / "1. Het geluidsniveau mag …" (the items
    # count anew, so the title is no item of their list; red team 30, 06)
    over_list = below and next_unit.style == "list" and _starts_own_list(unit.lines[0].marker, next_unit.lines[0].marker)
    alone = (previous_unit is None or previous_unit.group != unit.group) and (
        next_unit is None or next_unit.group != unit.group or titled or over_list)
    # (a question, or a title with its paragraph or list right under it, heads what follows, after a list too)
    heads = text.endswith("?") or titled or over_list
    # (first in the body, "1. Aanleiding" right under the salutation, has no unit before it; a numbered
    # question after a list, "5. Wat gebeurt er daarna?", heads the paragraph under it: red team 28)
    return (len(unit.lines) == 1 and alone and _numbered_title(text)
            and (previous_unit is None or (previous_unit.style != "list" or heads)
                 and not previous_unit.text.rstrip().endswith(":"))
            and next_unit is not None and (next_unit.style != "list" or over_list) and _is_prose(next_unit.text))


def _starts_own_list(title: str, item: str) -> bool:
    """Whether a list item marked ``item`` starts a list of its own under a line marked ``title``:
    "1." or "a." under "4." (not "5.": the next item of the title's own list). Markers of text
    files only (a Word list's numbers are not in its text)."""
    title_mark, item_mark = title.rstrip(".)"), item.rstrip(".)")
    # a list's next item after "4." is "5.", after "a." it is "b.": a "1." or "a." counts anew
    return item_mark in ("1", "a") and (title_mark.isdigit() or (len(title_mark) == 1 and title_mark.isalpha()))


def _opens_address(units: list[_Unit], index: int) -> bool:
    """"Aan de bewoner(s) van" above a street and postcode is the first line of an address, not
    the salutation: the address follows in the same unit or the next one."""
    following = units[index].lines[1:] + (units[index + 1].lines if index + 1 < len(units) else [])
    return any(_POSTCODE.match(line.text.strip()) for line in following[:4])


def _is_signature_unit(unit: _Unit) -> bool:
    """Name, function and "namens het college van burgemeester en wethouders van …," lines."""
    return len(unit.lines) <= 8 and all(
        _words(line.text) <= 14 and not re.search(r"[.!?:;][)\"'”’]*$", line.text.strip())
        or _words(line.text) <= 3
        for line in unit.lines)


def build_letter(source: SourceDocument) -> Letter:
    """Classify a document's lines into the blocks of a letter."""
    body_lines = [line for line in source.lines if line.part in ("body", "table")]
    units = _split_leading_heading(_units(body_lines, one_per_line=source.is_docx))

    salutation = next((i for i, u in enumerate(units)
                       if line_patterns().salutation.match(u.lines[0].text.strip()) and _words(u.lines[0].text) <= 12
                       and not _opens_address(units, i)), None)
    if salutation is None:
        salutation = _first_prose_unit(units)
        header_units, salutation_units = units[:salutation], []
        rest = units[salutation:]
    else:
        header_units, salutation_units = units[:salutation], [units[salutation]]
        rest = units[salutation + 1:]

    blocks = _classify_header(header_units)
    for unit in salutation_units:
        blocks.append(Block(BlockKind.SALUTATION, (unit.lines[0],)))
        if len(unit.lines) > 1:  # text glued under the salutation
            blocks.append(Block(BlockKind.PARAGRAPH, tuple(unit.lines[1:])))
    blocks.extend(_classify_rest(_split_table_under_intro(_split_leading_heading(rest, statements=True))))
    for unit in _units([line for line in source.lines if line.part == "textbox"], one_per_line=True):
        blocks.append(Block(_text_box_kind(unit), tuple(unit.lines)))
    for part, kind in (("header", BlockKind.PAGE_HEADER), ("footer", BlockKind.PAGE_FOOTER)):
        for unit in _units([line for line in source.lines if line.part == part], one_per_line=False):
            blocks.append(Block(kind, tuple(unit.lines)))
    return Letter(source, blocks)


def _text_box_kind(unit: _Unit) -> BlockKind:
    """A text box's paragraph: running text when it is a sentence (a contact panel, a warning),
    a reference line ("Ons kenmerk: …"), or else a text-box line (an address, a name)."""
    text = unit.text.strip()
    if _is_prose(text):
        return BlockKind.PARAGRAPH
    return BlockKind.METADATA if len(unit.lines) == 1 and is_metadata_line(text) else BlockKind.TEXT_BOX


def _first_prose_unit(units: list[_Unit]) -> int:
    """Without a salutation, the running text starts at the first real sentence."""
    for index, unit in enumerate(units):
        if _is_prose(unit.text) and _SENTENCE_END.search(unit.text.strip()) and not is_metadata_line(unit.lines[0].text):
            return index
    return 0


def _signing_formula(units: list[_Unit], index: int) -> int | None:
    """Where the signing formula that ends at unit ``index`` starts, or None: short lines without a
    sentence end, one of them a mandate ("De heffingsambtenaar van de gemeente X," / "namens deze,"),
    with the body's name on the line before it, in the same unit or the unit just above."""
    unit = units[index]
    mandate = next((number for number, line in enumerate(unit.lines)
                    if line_patterns().mandate.match(line.text.strip())), None)
    if mandate is None or len(unit.lines) > 4 or not _is_signature_unit(unit):
        return None
    if mandate > 0:
        return index
    above = units[index - 1] if index else None
    if above is not None and len(above.lines) == 1 and above.lines[0].text.strip().endswith(",") \
            and _words(above.lines[0].text) <= 12:
        return index - 1
    return None


def _first_line(text: str) -> str:
    """The first line of a line's text: a Word paragraph may hold line breaks of its own ("Met
    vriendelijke groet,↵de heffingsambtenaar van …" is the closing with its signing formula)."""
    return text.strip().split("\n", 1)[0].strip()


def _classify_rest(units: list[_Unit]) -> list[Block]:
    """The body after the salutation, the closing, signature and what may follow it. The closing
    is the last greeting ("Met vriendelijke groet,"), or, in a decision that ends without one, its
    signing formula ("Burgemeester en wethouders van X," / "namens dezen,")."""
    closing = next((index for index in range(len(units) - 1, -1, -1)
                    if line_patterns().closing.match(_first_line(units[index].lines[0].text))), None)
    formula = False
    if closing is None:  # no greeting: the last signing formula, if any
        closing = next((start for start in (_signing_formula(units, index) for index in range(len(units) - 1, -1, -1))
                        if start is not None), None)
        formula = closing is not None
    blocks: list[Block] = []
    in_signature = False
    for index, unit in enumerate(units):
        next_unit = units[index + 1] if index + 1 < len(units) else None
        if index == closing and formula:  # the formula's lines stay one block, as they stood
            blocks.append(Block(BlockKind.CLOSING, tuple(unit.lines)))
            in_signature = True
            continue
        if index == closing:
            blocks.append(Block(BlockKind.CLOSING, (unit.lines[0],)))
            if len(unit.lines) > 1:
                blocks.append(Block(BlockKind.SIGNATURE, tuple(unit.lines[1:])))
            in_signature = True
            continue
        if in_signature:
            text = unit.text.strip()
            if line_patterns().attachments.match(text):
                blocks.append(Block(BlockKind.ATTACHMENTS, tuple(unit.lines)))
                continue
            if _is_signature_unit(unit) and not unit.style.startswith("heading") and not (
                    next_unit is not None and _is_prose(next_unit.text) and len(unit.lines) == 1
                    and text.endswith("?")):
                blocks.append(Block(BlockKind.SIGNATURE, tuple(unit.lines)))
                continue
            in_signature = False  # text after the signature, such as an objection clause
        blocks.append(Block(_body_kind(unit, next_unit, units[index - 1] if index else None), tuple(unit.lines)))
    return _whole_numbered_series(blocks, units)


def _whole_numbered_series(blocks: list[Block], units: list[_Unit]) -> list[Block]:
    """The numbered titles of one series are all headings: "1. Beslissing" above "Het college:" and its
    items, or "2. Aanslag" above a table, between "2. Het advies van de commissie" and "3. …" that head
    their paragraphs (red team 31, 01 and 09). A short numbered title that opens its group (a blank line
    above it) becomes a heading when its number lies within or right next to the numbers of the series'
    headings, and at least two of them are headings already."""
    positions = {unit.lines[0]: position for position, unit in enumerate(units)}
    numbered = {}  # block index -> (number, unit position)
    for index, block in enumerate(blocks):
        mark = block.lines[0].marker.rstrip(".)")
        if block.lines[0] in positions and block.kind in (BlockKind.HEADING, BlockKind.LIST_ITEM) and mark.isdigit():
            numbered[index] = (int(mark), positions[block.lines[0]])
    headings = {number for index, (number, _position) in numbered.items() if blocks[index].kind is BlockKind.HEADING}
    if len(headings) < 2:
        return blocks
    low, high = min(headings), max(headings)
    for index, (number, position) in numbered.items():
        block, unit = blocks[index], units[position]
        previous = units[position - 1] if position else None
        if block.kind is not BlockKind.LIST_ITEM or number in headings or not low - 1 <= number <= high + 1:
            continue
        opens_group = previous is None or previous.group != unit.group
        if len(unit.lines) == 1 and opens_group and _numbered_title(unit.text.strip()):
            blocks[index] = Block(BlockKind.HEADING, block.lines)
    return blocks
