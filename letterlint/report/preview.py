"""The HTML preview: one self-contained page (Dutch) that shows a letter with its findings.

The page shows the original text line by line, each finding highlighted where its source location
points (line/column for .txt and .md, paragraph/offset/part for .docx), every sentence shaded by
its difficulty, the score and level at a glance, and the proposed rewrite beside it. All CSS and
JS are inline and a Content-Security-Policy forbids any request and any script but the page's own
(by hash), so the page works offline and letter text can never run as script: Jinja2 autoescapes
every piece of letter text, and the rewrite is shown in a sandboxed frame.

The page is built in two steps: :func:`build_view` maps a :class:`LetterResult` onto the shown
text (plain data, easy to test), and :func:`render_preview` renders it with the templates in
``letterlint/html/``.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING


from letterlint.findings import Finding, Location, Severity, count
from letterlint.reading.sources import split_lines
from letterlint.templating.pages import asset, render
from letterlint.rulepack import letter_type_labels, section_labels

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.engine.linter import LetterResult, Linter

SEVERITY_LABEL = {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing", Severity.INFO: "tip"}
SEVERITY_CLASS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}
SECTION_LABEL = section_labels(long=True)  # rules/structure.yaml
TYPE_LABEL = letter_type_labels()
PART_LABEL = {"body": "Brief", "table": "Tabellen", "header": "Koptekst", "footer": "Voettekst"}
LEVEL_NOTE = {
    "A2": "heel makkelijk", "B1": "goed te lezen voor de meeste mensen",
    "B2": "te moeilijk voor veel lezers", "C1": "veel te moeilijk voor veel lezers",
}
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

Key = tuple[str, int]  # (part, line or paragraph number)


# --------------------------------------------------------------------------- the view model


@dataclass(frozen=True)
class Segment:
    """A run of shown text with one sentence shading and one set of findings."""

    text: str
    sentence: int | None = None  # index into LetterResult.sentences
    findings: tuple[int, ...] = ()  # indexes into LetterResult.findings (word-level findings)
    anchor: str = ""  # element id, for the first segment of a finding ("plek-3")


@dataclass(frozen=True)
class Marker:
    """Findings about a whole sentence: one button before the sentence instead of a highlight."""

    sentence: int
    findings: tuple[int, ...]


@dataclass
class ShownLine:
    key: Key | None  # None for a separator line (a table boundary in a .docx)
    segments: list[Segment] = field(default_factory=list)
    markers: dict[int, Marker] = field(default_factory=dict)  # segment index -> the marker before it


@dataclass
class ShownPart:
    name: str  # body | table | header | footer
    label: str
    lines: list[ShownLine]


@dataclass
class FindingView:
    index: int
    finding: Finding
    severity_label: str
    severity_class: str
    where: str  # "regel 14, kolom 9" / "alinea 3, teken 12"
    anchor: str  # id of its first place in the shown text, "" when it cannot be shown
    sentence_level: bool


@dataclass
class SentenceView:
    index: int
    level: str
    score: float
    words: int


@dataclass
class DocumentView:
    parts: list[ShownPart]
    findings: list[FindingView]
    sentences: list[SentenceView]


# --------------------------------------------------------------------------- mapping locations


def shown_lines(result: LetterResult) -> list[tuple[str, int | None, str]]:
    """The text the page shows, line by line: (part, number, text).

    Text and Markdown: the raw source lines (locations count columns in them). Word: the
    paragraphs of every part, in reading order. Empty lines and table boundaries have no number.
    """
    source = result.letter.source
    if not source.is_docx and source.raw_text is not None:
        return [("body", number, text.replace("\t", " "))
                for number, text in enumerate(split_lines(source.raw_text), start=1)]
    return [(line.part, line.number if line.text else None, line.text) for line in source.lines]


def location_ranges(location: Location | dict, texts: dict[Key, str]) -> list[tuple[Key, int, int]]:
    """The (line key, start, end) character ranges of a location in the shown text (0-based, end exclusive)."""
    if isinstance(location, dict):
        location = Location(location["line"], location["column"], location["end_line"], location["end_column"],
                            location.get("paragraph"), location.get("offset"), location.get("part", "body"))
    part = location.part or "body"
    ranges = []
    for number in range(location.line, location.end_line + 1):
        text = texts.get((part, number))
        if text is None:
            continue
        start = location.column - 1 if number == location.line else 0
        end = location.end_column - 1 if number == location.end_line else len(text)
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if end > start:
            ranges.append(((part, number), start, end))
    return ranges


def _covers(outer: list[tuple[Key, int, int]], inner: list[tuple[Key, int, int]]) -> bool:
    """True when the ranges ``outer`` cover every range of ``inner``."""
    if not inner:
        return False
    for key, start, end in inner:
        if not any(k == key and s <= start and end <= e for k, s, e in outer):
            return False
    return True


def _where(finding: Finding) -> str:
    location = finding.location
    if location.paragraph is not None:
        part = {"body": "", "table": "tabel, ", "header": "koptekst, ", "footer": "voettekst, "}.get(location.part, "")
        return f"{part}alinea {location.paragraph}, teken {location.column}"
    return f"regel {location.line}, kolom {location.column}"


def _segment_line(text: str, cuts: set[int], sentence_at, findings_at) -> list[tuple[int, int, int | None, tuple[int, ...]]]:
    points = sorted({0, len(text), *(c for c in cuts if 0 < c < len(text))})
    pieces: list[tuple[int, int, int | None, tuple[int, ...]]] = []
    for start, end in pairwise(points):
        sentence, marks = sentence_at(start), findings_at(start)
        if pieces and pieces[-1][2] == sentence and pieces[-1][3] == marks:
            pieces[-1] = (pieces[-1][0], end, sentence, marks)
        else:
            pieces.append((start, end, sentence, marks))
    return pieces


def build_view(result: LetterResult) -> DocumentView:
    """Map findings and sentence scores of a linted letter onto the text the page shows."""
    lines = shown_lines(result)
    texts = {(part, number): text for part, number, text in lines if number is not None}
    sentence_ranges = [location_ranges(s.location, texts) for s in result.sentences]
    finding_ranges = [location_ranges(f.location, texts) for f in result.findings]

    sentence_level: dict[int, int] = {}  # finding -> the sentence it covers whole
    for index, ranges in enumerate(finding_ranges):
        for s_index, s_ranges in enumerate(sentence_ranges):
            if _covers(ranges, s_ranges):
                sentence_level[index] = s_index
                break

    by_line_sentences: dict[Key, list[tuple[int, int, int]]] = {}
    for s_index, ranges in enumerate(sentence_ranges):
        for key, start, end in ranges:
            by_line_sentences.setdefault(key, []).append((start, end, s_index))
    by_line_findings: dict[Key, list[tuple[int, int, int]]] = {}
    for f_index, ranges in enumerate(finding_ranges):
        if f_index in sentence_level:
            continue
        for key, start, end in ranges:
            by_line_findings.setdefault(key, []).append((start, end, f_index))
    markers_at: dict[tuple[Key, int], Marker] = {}
    for s_index in sorted(set(sentence_level.values())):
        key, start, _end = sentence_ranges[s_index][0]
        marks = tuple(f for f, s in sorted(sentence_level.items()) if s == s_index)
        markers_at.setdefault((key, start), Marker(s_index, marks))

    anchors: dict[int, str] = {}
    parts: dict[str, list[ShownLine]] = {}
    for part, number, text in lines:
        if number is None:
            parts.setdefault(part, []).append(ShownLine(None, [Segment("")]))
            continue
        key = (part, number)
        spans_s = by_line_sentences.get(key, [])
        spans_f = by_line_findings.get(key, [])
        cuts = {p for s, e, _ in spans_s + spans_f for p in (s, e)}
        cuts |= {start for (k, start) in markers_at if k == key}

        def sentence_at(pos: int, spans_s=spans_s) -> int | None:
            return next((i for s, e, i in spans_s if s <= pos < e), None)

        def findings_at(pos: int, spans_f=spans_f) -> tuple[int, ...]:
            return tuple(sorted(i for s, e, i in spans_f if s <= pos < e))

        shown = ShownLine(key)
        for start, end, sentence, marks in _segment_line(text, cuts, sentence_at, findings_at):
            anchor = ""
            for mark in marks:
                if mark not in anchors:
                    anchors[mark] = anchor = anchor or f"plek-{mark}"
            marker = markers_at.get((key, start))
            if marker:
                shown.markers[len(shown.segments)] = marker
                for mark in marker.findings:
                    anchors.setdefault(mark, f"zin-{marker.sentence}")
            shown.segments.append(Segment(text[start:end], sentence, marks, anchor))
        if not text:
            shown.segments.append(Segment(""))
        parts.setdefault(part, []).append(shown)

    order = ["header", "body", "table", "footer"]
    shown_parts = [ShownPart(name, PART_LABEL.get(name, name), parts[name]) for name in order if name in parts]
    findings = [
        FindingView(index, finding, SEVERITY_LABEL[finding.severity], SEVERITY_CLASS[finding.severity],
                    _where(finding), anchors.get(index, ""), index in sentence_level)
        for index, finding in enumerate(result.findings)
    ]
    sentences = [SentenceView(i, s.level, s.score, s.words) for i, s in enumerate(result.sentences)]
    return DocumentView(shown_parts, findings, sentences)


# --------------------------------------------------------------------------- the rewrite panel


@dataclass
class RewritePanel:
    """What the page shows beside the letter: a rendered rewrite, or a note why there is none."""

    html: str = ""  # a complete HTML page (shown in a sandboxed frame)
    note: str = ""
    level: str = ""
    score: float | None = None
    confidence: float | None = None
    template_id: str = ""
    title: str = ""
    department: str = ""
    sure: bool = True
    placeholders: list[str] = field(default_factory=list)
    docx: bytes | None = None  # offered as a download (only when served)
    docx_name: str = "brief-b1.docx"
    # where each original sentence went: {original, proposal: [...], role, transformations: [...], marked}
    sentence_map: list[dict] = field(default_factory=list)
    suggestion: str = ""  # a similar library template, named for comparison only


def propose(linter: Linter, result: LetterResult, department: str | None = None, with_docx: bool = False,
            library=None) -> RewritePanel:
    """The rewrite panel for a letter: the verified proposal of :mod:`letterlint.rewrite.proposal`
    (the letter's own sentences in B1 order), rendered by :mod:`letterlint.rewrite.writers`, with its
    sentence map. A proposal that fails verification is not shown: the note says why.
    """
    from letterlint.rewrite.proposal import RewriteError, propose_rewrite, refusal
    from letterlint.rewrite.writers import WriteError, docx_bytes, letter_to_docx, letter_to_html
    from letterlint.templating.library import TemplateError

    try:
        proposal = propose_rewrite(linter, result, department=department, library=library)
        if not proposal.ok:
            return RewritePanel(note=refusal(proposal))
        profile = proposal.department
        html = letter_to_html(proposal.markdown, profile)
        docx = docx_bytes(letter_to_docx(proposal.markdown, profile)) if with_docx else None
    except (RewriteError, TemplateError, WriteError) as exc:
        return RewritePanel(note=f"Er kon geen voorstel worden gemaakt: {exc}")
    except Exception as exc:  # noqa: BLE001 - a fault in the rewrite must not cost the user the preview
        return RewritePanel(note=f"Er kon geen voorstel worden gemaakt door een interne fout ({type(exc).__name__}: {exc}); "
                                 "meld dit als fout in letterlint.")
    readability = proposal.after.readability if proposal.after is not None else None
    stem = Path(result.path).stem if result.path and not result.path.startswith("<") else "brief"
    return RewritePanel(
        html=html, level=readability.level if readability else "", score=readability.score if readability else None,
        department=profile.name if profile else "", placeholders=list(proposal.placeholders),
        docx=docx, docx_name=f"{stem}-b1.docx",
        sentence_map=[{"original": e.original, "proposal": list(e.proposal), "role": e.role,
                       "transformations": list(e.transformations), "marked": e.marked, "dropped": e.dropped}
                      for e in proposal.sentence_map],
        suggestion=proposal.suggestion.template_id if proposal.suggestion else "",
    )


# --------------------------------------------------------------------------- rendering


def content_security_policy(script: str) -> str:
    """A policy that allows no request at all and only the page's own script (by its hash)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            f"script-src 'sha256-{digest}'; frame-src 'self'; form-action 'self'; base-uri 'none'")


def render_preview(result: LetterResult, panel: RewritePanel | None = None, served: bool = False) -> str:
    """The preview page of one linted letter as a complete HTML document."""
    if result.error or result.letter is None:
        raise ValueError(f"{result.path}: {result.error or 'geen brief'}")
    view = build_view(result)
    panel = panel or RewritePanel(note="Er is geen voorstel voor een nieuwe versie gevraagd.")
    script = asset("preview.js")
    counts = count(result.findings)
    structure = result.structure
    missing = [SECTION_LABEL.get(name, name) for name in (structure.required if structure else {})
               if not structure.sections.get(name)]
    docx_href = ""
    if panel.docx is not None:
        docx_href = f"data:{DOCX_MIME};base64," + base64.b64encode(panel.docx).decode("ascii")
    findings = result.findings

    def worst(indices) -> str:
        return SEVERITY_CLASS[max(findings[i].severity for i in indices)]

    return render("preview.html",
        worst=worst,
        result=result, name=Path(result.path).name if result.path else "brief", view=view,
        readability=result.readability, counts=counts, missing=missing,
        letter_type=TYPE_LABEL.get(structure.letter_type or "", "onbekend") if structure else "onbekend",
        level_note=LEVEL_NOTE.get(result.readability.level, ""), panel=panel, docx_href=docx_href,
        served=served, css=asset("preview.css"), script=script, csp=content_security_policy(script),
    )


# --------------------------------------------------------------------------- command line
