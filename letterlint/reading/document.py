"""What every reader produces: a :class:`SourceDocument` of :class:`SourceLine` objects, the
read limit and :class:`ReadError` (base types of letterlint.reading, so that the text reader in
:mod:`letterlint.reading.sources` and the Word reader in :mod:`letterlint.reading.word` need not
import each other)."""

from __future__ import annotations

from dataclasses import dataclass, field

from letterlint.errors import LetterlintError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def size_text(size: float) -> str:
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
    cell: tuple[int, int, int] | None = None  # a Word table cell's (table, row, column), counted from 0
    marker: str = ""  # a list line's own number or bullet ("4.", "b)", "-"); text formats only


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
