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
import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING


from letterlint.findings import Finding, Location, Severity, count
from letterlint.placeholders import PLACE
from letterlint.reading.sources import split_lines
from letterlint.reading.word import PART_NAMES
from letterlint.templating.pages import asset, render
from letterlint.rulepack import letter_type_labels, section_labels

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.engine.linter import LetterResult, Linter

SEVERITY_LABEL = {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing", Severity.INFO: "tip"}
SEVERITY_CLASS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}
SECTION_LABEL = section_labels(long=True)  # rules/structure.yaml
TYPE_LABEL = letter_type_labels()
PART_LABEL = {"body": "Brief", "table": "Tabellen", "textbox": "Tekstvakken", "header": "Koptekst", "footer": "Voettekst"}
LEVEL_NOTE = {
    "A2": "heel makkelijk", "B1": "goed te lezen voor de meeste mensen",
    "B2": "te moeilijk voor veel lezers", "C1": "veel te moeilijk voor veel lezers",
}
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CATEGORY_LABEL = {
    "jargon": "moeilijke woorden", "readability": "lange en moeilijke zinnen", "structure": "opbouw van de brief",
    "style": "schrijfstijl", "tone": "toon", "suppression": "uitzonderingen",
}
PART_PREFIX = {part: "" if part == "body" else f"{name}, " for part, name in PART_NAMES.items()}
AT_B1_LEVELS = ("A2", "B1")

Key = tuple[str, int]  # (part, line or paragraph number)


# --------------------------------------------------------------------------- the view model


@dataclass(frozen=True)
class Segment:
    """A run of shown text with one sentence shading and one set of findings."""

    text: str
    sentence: int | None = None  # index into LetterResult.sentences
    findings: tuple[int, ...] = ()  # indexes into LetterResult.findings (word-level findings)
    anchor: str = ""  # element id, for the first segment of a finding ("plek-3")
    ends: tuple[int, ...] = ()  # findings whose last shown character is the end of this segment


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
    where: str  # "alinea 3, zin 2" (the paragraph and sentence a reader counts)
    anchor: str  # id of its first place in the shown text, "" when it cannot be shown
    sentence_level: bool
    category: str = ""
    category_label: str = ""
    safe: bool = False  # a safe suggestion: one replacement the fixer may apply
    replacement: str = ""  # the text that replaces the finding's words when the suggestion is taken


@dataclass
class SentenceView:
    index: int
    level: str
    score: float
    words: int


@dataclass
class CategoryCount:
    category: str
    label: str
    count: int


@dataclass
class DocumentView:
    parts: list[ShownPart]
    findings: list[FindingView]
    sentences: list[SentenceView]
    categories: list[CategoryCount] = field(default_factory=list)

    @property
    def safe_count(self) -> int:
        return sum(1 for item in self.findings if item.safe)


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


def paragraph_numbers(lines: list[tuple[str, int | None, str]], is_docx: bool) -> dict[Key, int]:
    """The paragraph ("alinea") a reader counts for each shown line, per part.

    Word: every paragraph with text is one. Text and Markdown: lines not separated by an empty
    line form one paragraph."""
    numbers: dict[Key, int] = {}
    counters: dict[str, int] = {}
    previous_empty: dict[str, bool] = {}
    for part, number, text in lines:
        if number is None or not text.strip():
            previous_empty[part] = True
            continue
        if is_docx or previous_empty.get(part, True):
            counters[part] = counters.get(part, 0) + 1
        previous_empty[part] = False
        numbers[(part, number)] = counters[part]
    return numbers


def readable_place(ranges: list[tuple[Key, int, int]], paragraphs: dict[Key, int],
                   sentence_starts: list[tuple[Key, int, int]]) -> str:
    """'alinea 3, zin 2' for a finding's first range: the paragraph, and which sentence of it."""
    if not ranges:
        return "de hele brief"
    key, start, _end = ranges[0]
    paragraph = paragraphs.get(key)
    if paragraph is None:
        return "de hele brief"
    place = f"{PART_PREFIX.get(key[0], '')}alinea {paragraph}"
    # the sentences of this paragraph in reading order; the finding lies in the last that starts before it
    in_paragraph = [(k[1], s, index) for k, s, index in sentence_starts if k[0] == key[0] and paragraphs.get(k) == paragraph]
    in_paragraph.sort()
    number = 0
    for position, (line, column, _index) in enumerate(in_paragraph, start=1):
        if (line, column) <= (key[1], start):
            number = position
    return f"{place}, zin {number}" if number else place


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
    finding_ends: dict[Key, dict[int, list[int]]] = {}  # line -> end position -> findings ending there
    for f_index, ranges in enumerate(finding_ranges):
        if ranges and f_index not in sentence_level:
            key, _start, end = ranges[-1]
            finding_ends.setdefault(key, {}).setdefault(end, []).append(f_index)
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
            ends = tuple(finding_ends.get(key, {}).get(end, ()))
            shown.segments.append(Segment(text[start:end], sentence, marks, anchor, ends))
        if not text:
            shown.segments.append(Segment(""))
        parts.setdefault(part, []).append(shown)

    order = ["header", "body", "table", "textbox", "footer"]
    shown_parts = [ShownPart(name, PART_LABEL.get(name, name), parts[name]) for name in order if name in parts]
    from letterlint.rewrite.fix import match_case, safe_findings

    paragraphs = paragraph_numbers(lines, result.letter.source.is_docx)
    sentence_starts = [(ranges[0][0], ranges[0][1], index) for index, ranges in enumerate(sentence_ranges) if ranges]
    safe = {id(finding) for finding in safe_findings(result.findings)}
    findings = []
    for index, finding in enumerate(result.findings):
        is_safe = id(finding) in safe and bool(finding_ranges[index]) and index not in sentence_level
        findings.append(FindingView(
            index, finding, SEVERITY_LABEL[finding.severity], SEVERITY_CLASS[finding.severity],
            readable_place(finding_ranges[index], paragraphs, sentence_starts), anchors.get(index, ""),
            index in sentence_level, finding.category, category_label(finding.category), is_safe,
            match_case(finding.text, finding.suggestions[0]) if is_safe else ""))
    counted: dict[str, int] = {}
    for finding in result.findings:
        counted[finding.category] = counted.get(finding.category, 0) + 1
    categories = [CategoryCount(category, category_label(category), number)
                  for category, number in sorted(counted.items(), key=lambda item: (-item[1], item[0]))]
    sentences = [SentenceView(i, s.level, s.score, s.words) for i, s in enumerate(result.sentences)]
    return DocumentView(shown_parts, findings, sentences, categories)


def category_label(category: str) -> str:
    """The Dutch name of a finding category, as the page's filter shows it."""
    return CATEGORY_LABEL.get(category, category.replace("_", " "))


# --------------------------------------------------------------------------- the rewrite panel


@dataclass
class MappedSentence:
    """One sentence of the original and where it went in the proposal (from the rewrite's sentence map)."""

    original: str
    proposal: list[str]
    role: str = ""
    transformations: list[str] = field(default_factory=list)
    marked: bool = False  # the rewrite marked it for the writer to look at
    dropped: str = ""  # why it is not in the proposal ("beleefdheidszin weggelaten")

    @property
    def needs_work(self) -> bool:
        """Marked by the rewrite, or a proposal with a placeholder the writer must handle."""
        return self.marked or any(PLACE.search(sentence) for sentence in self.proposal)

    @property
    def change(self) -> str:
        """What happened to it, in Dutch: weggelaten, gesplitst, herschreven or ongewijzigd."""
        if self.dropped or not self.proposal:
            return "weggelaten"
        if len(self.proposal) > 1:
            return "gesplitst"
        if " ".join(self.proposal[0].split()) == " ".join(self.original.split()):
            return "ongewijzigd"
        return "herschreven"


@dataclass
class RewritePanel:
    """What the page shows beside the letter: a rendered rewrite, or a note why there is none."""

    html: str = ""  # a complete HTML page (shown in a sandboxed frame)
    note: str = ""
    level: str = ""
    score: str = ""  # Readability.score_text
    confidence: float | None = None
    template_id: str = ""
    title: str = ""
    department: str = ""
    department_id: str = ""
    department_chosen: bool = False  # False: letterlint picked the department itself
    sure: bool = True
    placeholders: list[str] = field(default_factory=list)
    at_b1: bool = False  # the letter is already at B1: no proposal was made
    docx: bytes | None = None  # offered as a download
    docx_name: str = "brief-b1.docx"
    # where each original sentence went: {original, proposal: [...], role, transformations: [...], marked, dropped}
    sentence_map: list[dict] = field(default_factory=list)
    suggestion: str = ""  # a similar library template, named for comparison only


def download_stem(path: str | None) -> str:
    """A file name stem without spaces or odd characters ("geplakte brief" -> "geplakte-brief")."""
    stem = Path(path).stem if path and not path.startswith("<") else "brief"
    stem = re.sub(r"[^\w.-]+", "-", stem, flags=re.UNICODE).strip("-.")
    return stem or "brief"


def is_at_b1(result: LetterResult) -> bool:
    """The letter reads at B1 or easier and has every section its type needs: no proposal needed."""
    structure = result.structure
    missing = [name for name in (structure.required if structure else {}) if not structure.sections.get(name)]
    return bool(result.readability) and result.readability.level in AT_B1_LEVELS and not missing


def _as_mapping(item) -> dict:
    if isinstance(item, dict):
        return item
    return {name: getattr(item, name, None)
            for name in ("original", "proposal", "role", "transformations", "marked", "dropped")}


def mapped_sentences(entries) -> list[MappedSentence]:
    """The rewrite's ``sentence_map`` (dicts or objects with original, proposal, role,
    transformations, marked) as page data; an entry without an original sentence is left out."""
    mapped = []
    for entry in entries or []:
        data = _as_mapping(entry)
        original = str(data.get("original") or "").strip()
        if not original:
            continue
        proposal = data.get("proposal") or []
        if isinstance(proposal, str):
            proposal = [proposal]
        transformations = data.get("transformations") or []
        if isinstance(transformations, str):
            transformations = [transformations]
        mapped.append(MappedSentence(original, [str(p) for p in proposal if str(p).strip()], str(data.get("role") or ""),
                                     [str(t) for t in transformations], bool(data.get("marked")),
                                     str(data.get("dropped") or "")))
    return mapped


def placeholder_pieces(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (kind, piece): kind "" for plain text, "herschrijven" or "invullen" for a
    placeholder the writer must still handle."""
    pieces, position = [], 0
    for match in PLACE.finditer(text):
        if match.start() > position:
            pieces.append(("", text[position:match.start()]))
        pieces.append((match.group("kind"), match.group(0)))
        position = match.end()
    if position < len(text):
        pieces.append(("", text[position:]))
    return pieces


def propose(linter: Linter, result: LetterResult, department: str | None = None, with_docx: bool = False,
            library=None, force: bool = False) -> RewritePanel:
    """The rewrite panel for a letter: the verified proposal of :mod:`letterlint.rewrite.proposal`
    (the letter's own sentences in B1 order), rendered by :mod:`letterlint.rewrite.writers` (HTML
    for the page, .docx bytes when ``with_docx``), with its sentence map. A proposal that fails
    verification is not shown: the note says why.

    ``department`` is a department id (``vth``); without it the rewriting module recognises one
    (and the page warns that no department was chosen). A letter already at B1 gets a note instead
    of a proposal, unless ``force``. Anything that keeps a proposal from being made becomes a
    Dutch note in the panel: the page still shows the letter and its findings.
    """
    from letterlint.rewrite.proposal import RewriteError, propose_rewrite, refusal
    from letterlint.rewrite.writers import docx_bytes, letter_to_docx, letter_to_html
    from letterlint.safeio import OutputError
    from letterlint.templating.library import TemplateError

    if not force and is_at_b1(result):
        return RewritePanel(note=f"Deze brief is al op {result.readability.level}-niveau en heeft alle onderdelen die "
                                 "hij nodig heeft. Een nieuwe versie is niet nodig: verbeter alleen de meldingen.",
                            at_b1=True, department_chosen=bool(department))
    try:
        proposal = propose_rewrite(linter, result, department=department, library=library)
        if not proposal.ok:
            return RewritePanel(note=refusal(proposal), department_chosen=bool(department))
        profile = proposal.department
        html = letter_to_html(proposal.markdown, profile)
        docx = docx_bytes(letter_to_docx(proposal.markdown, profile)) if with_docx else None
    except (RewriteError, TemplateError, OutputError) as exc:
        return RewritePanel(note=f"Er kon geen voorstel worden gemaakt: {exc}", department_chosen=bool(department))
    except Exception as exc:  # noqa: BLE001 - a fault in the rewrite must not cost the user the preview
        return RewritePanel(note=f"Er kon geen voorstel worden gemaakt door een interne fout ({type(exc).__name__}: {exc}); "
                                 "meld dit als fout in letterlint.", department_chosen=bool(department))
    readability = proposal.after.readability if proposal.after is not None else None
    return RewritePanel(
        html=html, level=readability.level if readability else "", score=readability.score_text if readability else "",
        department=profile.name if profile else "", department_id=getattr(profile, "id", "") if profile else "",
        department_chosen=bool(department), placeholders=list(proposal.placeholders),
        docx=docx, docx_name=f"{download_stem(result.path)}-b1.docx",
        sentence_map=[{"original": e.original, "proposal": list(e.proposal), "role": e.role,
                       "transformations": list(e.transformations), "marked": e.marked, "dropped": e.dropped}
                      for e in proposal.sentence_map],
        suggestion=proposal.suggestion.template_id if proposal.suggestion else "",
    )


# --------------------------------------------------------------------------- the corrected original


@dataclass
class Corrected:
    """The original letter with the chosen safe suggestions applied (formatting kept, as ``fix``)."""

    data: bytes
    name: str
    mime: str
    applied: int
    skipped: int


def corrected_original(result: LetterResult, data: bytes, name: str, chosen: set[int] | None = None) -> Corrected:
    """Apply the safe suggestions of ``result`` (only the finding indexes in ``chosen``, or all) to
    the letter's own bytes, with :mod:`letterlint.rewrite.fix`: a .docx keeps its formatting run
    by run; text and Markdown keep their encoding. ``result`` must be the lint of ``data``."""
    import tempfile

    from letterlint.rewrite.fix import fix_docx_bytes, fix_text_bytes, safe_findings

    findings = [f for index, f in enumerate(result.findings) if chosen is None or index in chosen]
    findings = safe_findings(findings)
    suffix = Path(name).suffix.lower() or ".txt"
    stem = download_stem(name)
    if suffix == ".docx":
        with tempfile.TemporaryDirectory(prefix="letterlint-") as folder:
            path = Path(folder) / "brief.docx"
            path.write_bytes(data)
            fixed, edits, skipped = fix_docx_bytes(path, findings)
        return Corrected(fixed, f"{stem}-verbeterd.docx", DOCX_MIME, len(edits), skipped)
    fixed, edits, skipped, _before, _after = fix_text_bytes(data, findings)
    mime = "text/markdown" if suffix == ".md" else "text/plain"
    return Corrected(fixed, f"{stem}-verbeterd{suffix if suffix in ('.md', '.txt') else '.txt'}", mime + "; charset=utf-8",
                     len(edits), skipped)


# --------------------------------------------------------------------------- rendering


def content_security_policy(script: str) -> str:
    """A policy that allows no request at all and only the page's own script (by its hash)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            f"script-src 'sha256-{digest}'; frame-src 'self'; form-action 'self'; base-uri 'none'")


@dataclass
class ServedForm:
    """What the served page needs to send the letter back: the form token and the letter itself."""

    csrf_token: str
    source_b64: str  # the letter's bytes (upload or pasted text), sent back to change department or apply fixes
    source_name: str
    departments: tuple[tuple[str, str], ...] = ()
    department: str = ""


def data_uri(data: bytes, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def render_preview(result: LetterResult, panel: RewritePanel | None = None, served: bool = False,
                   form: ServedForm | None = None, corrected: Corrected | None = None) -> str:
    """The preview page of one linted letter as a complete HTML document.

    ``served``: the page comes from ``letterlint serve`` (``form`` then lets staff pick another
    department and accept or reject each safe suggestion). ``corrected``: the original with
    every safe suggestion applied, offered as a download on the static page.
    """
    if result.error or result.letter is None:
        raise ValueError(f"{result.path}: {result.error or 'geen brief'}")
    view = build_view(result)
    panel = panel or RewritePanel(note="Er is geen voorstel voor een nieuwe versie gevraagd.")
    if panel.sentence_map:  # dicts from the rewrite or MappedSentence: one shape for the template
        panel = dataclasses.replace(panel, sentence_map=mapped_sentences(panel.sentence_map))
    script = asset("preview.js")
    counts = count(result.findings)
    structure = result.structure
    missing = [SECTION_LABEL.get(name, name) for name in (structure.required if structure else {})
               if not structure.sections.get(name)]
    docx_href = data_uri(panel.docx, DOCX_MIME) if panel.docx is not None else ""
    corrected_href = data_uri(corrected.data, corrected.mime) if corrected is not None and corrected.applied else ""
    findings = result.findings

    def worst(indices) -> str:
        return SEVERITY_CLASS[max(findings[i].severity for i in indices)]

    return render("preview.html",
        worst=worst, pieces=placeholder_pieces,
        result=result, name=Path(result.path).name if result.path else "brief", view=view,
        readability=result.readability, counts=counts, missing=missing,
        letter_type=TYPE_LABEL.get(structure.letter_type or "", "onbekend") if structure else "onbekend",
        level_note=LEVEL_NOTE.get(result.readability.level, ""), panel=panel, docx_href=docx_href,
        corrected=corrected, corrected_href=corrected_href,
        served=served, form=form, css=asset("preview.css"), script=script, csp=content_security_policy(script),
    )


# --------------------------------------------------------------------------- command line
