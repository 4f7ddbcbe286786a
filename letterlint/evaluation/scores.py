"""``letterlint eval``: measure the linter against the gold annotations of a corpus.

The numbers come from plain functions that return dataclasses (:func:`load_golds`,
:func:`evaluate`, and the per-letter matchers :func:`match_jargon` and :func:`match_passive`);
formatting (rich table or JSON) is separate, so tests call the functions directly.
See docs/evaluation.md for how findings are matched to gold and the current figures.

Matching, in short:

* **jargon**: a gold span ``{line, text}`` is located in the raw source line (for a split span
  ``"a ... b"`` from the start of ``a`` to the end of ``b``; the k-th listing of the same text on
  a line is the k-th occurrence). It is found when a finding of category ``jargon`` starts on the
  same line and overlaps that character range. A jargon finding that overlaps no gold span is a
  false alarm.
* **passive**: a gold sentence is found when the (whitespace-normalised) sentence of an SY01
  finding in the same letter contains the gold text. SY01 sentences that contain no gold text are
  false alarms, counted once per distinct sentence.
* **sections**, **letter type**, **levels**: per letter, gold against the linter's structure and
  readability results; **pair ranking**: the B1 rewrite of a case must score easier than the
  original.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from letterlint.errors import LetterlintError
from letterlint import __version__
from letterlint.config import LETTER_TYPES
from letterlint.findings import Finding, Severity
from letterlint.readability import LEVELS
from letterlint.rulepack import section_labels, structure_config
from letterlint.schema import validate
from letterlint.reading.sources import ReadError, decode_text, split_lines, strip_inline_markdown
from letterlint.structure import SECTIONS

GOLD_SUFFIX = ".gold.yaml"
VERSIONS = ("original", "b1")
SPLIT_MARK = "..."
NO_TYPE = "geen"  # label for "the linter gave no letter type"
FIRST_FEW = 5  # misses / false alarms shown per category in the text output without --verbose
SHORT_LABELS = {"verzoek_om_informatie": "verzoek"}  # keeps the confusion table within 80 columns

SECTION_LABELS = section_labels()  # rules/structure.yaml


class GoldError(LetterlintError):
    """An invalid gold file; the message names the file (Dutch, one line)."""


class EvalError(LetterlintError):
    """The evaluation cannot run (e.g. a letter cannot be read); one line for the user."""


# =========================================================================== gold


@dataclass(frozen=True)
class GoldSpan:
    line: int
    text: str


@dataclass
class Gold:
    """One gold annotation, with the raw source lines of the letter it describes."""

    path: str  # the .gold.yaml file
    letter_path: str  # the letter, resolved next to the gold file
    case: str
    department: str
    version: str  # original | b1
    letter_type: str
    subtype: str
    expected_level: str
    sections: dict[str, bool]
    jargon: list[GoldSpan] = field(default_factory=list)
    passive: list[GoldSpan] = field(default_factory=list)
    imperfection: str | None = None
    lines: list[str] = field(default_factory=list)  # raw source lines (.docx: paragraph texts)
    # optional fields (the blind set has them; see corpus/README.md)
    decision: str = ""  # toegekend, afgewezen, ... ; "" when not annotated
    remedies: list[dict] = field(default_factory=list)  # {type, term, start, addressee}
    rare_words: list[GoldSpan] = field(default_factory=list)
    paragraphs: list[tuple[int, bool]] = field(default_factory=list)  # (line, has a problem)
    tables: list[tuple[int, int]] = field(default_factory=list)  # (first line, last line)
    source: dict = field(default_factory=dict)
    pair: str = ""
    template: bool = False

    @property
    def is_markdown(self) -> bool:
        return Path(self.letter_path).suffix.lower() in (".md", ".markdown")


def find_gold_files(corpus_dir: str | os.PathLike) -> list[str]:
    """Every ``*.gold.yaml`` under ``corpus_dir`` (recursively, hidden folders skipped), sorted."""
    found = []
    for root, dirs, files in os.walk(corpus_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, name) for name in sorted(files)
                     if name.endswith(GOLD_SUFFIX) and not name.startswith("."))
    return found


def read_source_lines(path: str | os.PathLike) -> list[str]:
    """The raw source lines: .docx paragraphs (python-docx ``Document.paragraphs``), else the
    decoded text split on CRLF, CR and LF (as the linter counts lines)."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        import docx  # python-docx

        try:
            return [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]
        except Exception as exc:  # python-docx raises several types for broken packages
            raise ReadError(f"Word-bestand kan niet worden geopend ({type(exc).__name__})") from None
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"kan bestand niet lezen ({exc.strerror or type(exc).__name__})") from None
    text, _ = decode_text(data)
    return split_lines(text)


REMEDY_TYPES = ("bezwaar", "beroep", "zienswijze", "klacht", "verzet", "herziening", "voorlopige_voorziening")

_LINE = {"type": "integer", "minimum": 1}
_SPANS = {"type": ["array", "null"], "items": {
    "type": "object", "required": ["line", "text"],
    "properties": {"line": _LINE, "text": {"type": "string", "pattern": r"\S"}},
    "x-message": "sleutel '{key}' moet {{line: <regel ≥ 1>, text: \"...\"}} zijn, niet {value!r}"}}
_TEXT_OR_NULL = {"type": ["string", "null"], "x-message": "sleutel '{key}' moet null of tekst zijn"}

# The gold format (corpus/README.md). To add a field: a property here, a field on Gold, a line in parse_gold.
GOLD_SCHEMA = {
    "type": "object",
    "x-message": {"type": "geen YAML-mapping"},
    "required": ["letter", "case", "department", "version", "letter_type", "expected_level", "sections",
                 "jargon", "passive"],
    "properties": {
        "letter": {"type": "string"}, "case": {"type": "string"}, "department": {"type": "string"},
        "version": {"enum": list(VERSIONS)},
        "letter_type": {"enum": list(LETTER_TYPES)},  # the types of rules/structure.yaml
        "expected_level": {"enum": list(LEVELS)},
        "sections": {"type": "object", "required": list(SECTIONS),
                     "properties": {name: {"type": "boolean"} for name in SECTIONS}, "additionalProperties": False},
        "jargon": _SPANS, "passive": _SPANS, "rare_words": _SPANS,
        "imperfection": _TEXT_OR_NULL, "decision": _TEXT_OR_NULL, "pair": _TEXT_OR_NULL,
        "remedies": {"type": ["array", "null"], "items": {
            "type": "object", "required": ["type"], "additionalProperties": False,
            "properties": {"type": {"enum": list(REMEDY_TYPES)}, "term": _TEXT_OR_NULL, "start": _TEXT_OR_NULL,
                           "addressee": _TEXT_OR_NULL}}},
        "paragraphs": {"type": ["array", "null"], "items": {
            "type": "object", "required": ["line", "problem"],
            "properties": {"line": _LINE, "problem": {"type": "boolean"}},
            "x-message": "sleutel '{key}' moet {{line: <regel ≥ 1>, problem: true|false}} zijn, niet {value!r}"}},
        "tables": {"type": ["array", "null"], "items": {
            "anyOf": [_LINE, {"type": "object", "required": ["line"], "properties": {"line": _LINE}},
                      {"type": "object", "required": ["lines"],
                       "properties": {"lines": {"type": "array", "items": _LINE, "minItems": 2, "maxItems": 2}}}],
            "x-message": "sleutel '{key}' moet een regel, {{line: n}} of {{lines: [van, tot]}} zijn, niet {value!r}"}},
        "source": {"type": ["object", "null"],
                   "x-message": "'source' moet een mapping zijn (url, publisher, reuse, retrieved, changes)"},
        "template": {"type": ["boolean", "null"], "x-message": "'template' moet true, false of null zijn"},
    },
}


def _spans(data: dict, key: str) -> list[GoldSpan]:
    return [GoldSpan(item["line"], item["text"]) for item in data.get(key) or []]


def _tables(data: dict, where: str) -> list[tuple[int, int]]:
    """``tables``: each a line number, ``{line}`` or ``{lines: [first, last]}`` (label: value rows)."""
    tables = []
    for index, item in enumerate(data.get("tables") or [], 1):
        if isinstance(item, int):
            first = last = item
        else:
            first, last = item["lines"] if "lines" in item else (item["line"], item["line"])
        if last < first:
            raise GoldError(f"{where}: sleutel 'tables nr. {index}' loopt terug (van {first} tot {last})")
        tables.append((first, last))
    return tables


def parse_gold(data: object, path: str, lines: list[str] | None = None) -> Gold:
    """Validate one parsed gold mapping; ``lines`` are the letter's raw lines (read when None)."""
    where = str(path)
    validate(data, GOLD_SCHEMA, where, GoldError)
    letter = data["letter"]
    if not letter.strip() or Path(letter).name != letter:
        raise GoldError(f"{where}: 'letter' moet een bestandsnaam in dezelfde map zijn, niet '{letter}'")
    letter_path = os.path.join(os.path.dirname(where), letter)
    gold = Gold(
        path=where, letter_path=letter_path, case=data["case"], department=data["department"],
        version=data["version"], letter_type=data["letter_type"], subtype=str(data.get("subtype") or ""),
        expected_level=data["expected_level"], sections={name: data["sections"][name] for name in SECTIONS},
        jargon=_spans(data, "jargon"), passive=_spans(data, "passive"), imperfection=data.get("imperfection"),
        decision=(data.get("decision") or "").strip(),
        remedies=[{key: item.get(key) for key in ("type", "term", "start", "addressee")}
                  for item in data.get("remedies") or []],
        rare_words=_spans(data, "rare_words"),
        paragraphs=[(item["line"], item["problem"]) for item in data.get("paragraphs") or []],
        tables=_tables(data, where), pair=(data.get("pair") or "").strip(),
    )
    gold.source = dict(data.get("source") or {})
    gold.template = bool(data.get("template"))
    if lines is None:
        if not os.path.isfile(letter_path):
            raise GoldError(f"{where}: de brief '{letter}' bestaat niet")
        try:
            lines = read_source_lines(letter_path)
        except ReadError as exc:
            raise GoldError(f"{where}: de brief '{letter}' is niet te lezen ({exc})") from None
    gold.lines = lines
    _check_spans(gold)
    return gold


def _check_spans(gold: Gold) -> None:
    """Every gold span must be on its line (an annotation slip would silently skew the figures)."""
    letter = os.path.basename(gold.letter_path)
    for kind, spans in (("jargon", gold.jargon), ("passive", gold.passive), ("rare_words", gold.rare_words)):
        for span in spans:
            if span.line > len(gold.lines):
                raise GoldError(f"{gold.path}: {kind} '{span.text}': regel {span.line} bestaat niet in {letter}")
    for span, where in zip(gold.jargon, jargon_ranges(gold.jargon, gold.lines)):
        if where is None:
            listed = sum(1 for other in gold.jargon if (other.line, other.text) == (span.line, span.text))
            times = "" if listed == 1 else f" {listed} keer"
            raise GoldError(f"{gold.path}: jargon '{span.text}' staat niet{times} op regel {span.line} van {letter}")
    for span in gold.passive:
        if normalise(span.text) not in normalise(gold.lines[span.line - 1]):
            raise GoldError(f"{gold.path}: passive '{span.text}' staat niet op regel {span.line} van {letter}")
    for span in gold.rare_words:
        if span.text.casefold() not in gold.lines[span.line - 1].casefold():
            raise GoldError(f"{gold.path}: rare_words '{span.text}' staat niet op regel {span.line} van {letter}")
    for line, _problem in gold.paragraphs:
        if line > len(gold.lines) or not gold.lines[line - 1].strip():
            raise GoldError(f"{gold.path}: paragraphs: regel {line} van {letter} is leeg of bestaat niet")


def load_gold(path: str | os.PathLike) -> Gold:
    where = str(path)
    try:
        with open(where, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (regel {mark.line + 1})" if mark is not None else ""
        raise GoldError(f"{where}: ongeldige YAML{at}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{where}: niet te lezen ({type(exc).__name__})") from None
    return parse_gold(data, where)


def load_golds(corpus_dir: str | os.PathLike) -> list[Gold]:
    """Load and validate every gold file under ``corpus_dir`` (GoldError names the bad file)."""
    golds = [load_gold(path) for path in find_gold_files(corpus_dir)]
    letters: dict[str, str] = {}
    versions: dict[tuple[str, str], str] = {}
    for gold in golds:
        key = os.path.normpath(gold.letter_path)
        if key in letters:
            raise GoldError(f"{gold.path}: brief '{gold.letter_path}' heeft al een gold-bestand ({letters[key]})")
        letters[key] = gold.path
        version = (gold.case, gold.version)
        if version in versions:
            raise GoldError(f"{gold.path}: zaak {gold.case} heeft al een versie '{gold.version}' ({versions[version]})")
        versions[version] = gold.path
    return golds


# =========================================================================== matching helpers


def normalise(text: str) -> str:
    return " ".join(text.split())


def _word_pattern(part: str) -> str:
    """``part`` as a whole word or phrase (no letter or digit glued on either side)."""
    return rf"(?<!\w){re.escape(part)}(?!\w)"


def _place(line: str, parts: Sequence[str], whole_words: bool,
           used: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The first placement of ``parts`` in order on ``line`` that reuses no character range in
    ``used`` (a word already taken by another gold span): the range of each part, or None."""
    def free(match: re.Match) -> bool:
        return not any(match.start() < end and start < match.end() for start, end in used)

    first, *rest = [re.compile(_word_pattern(part) if whole_words else re.escape(part)) for part in parts]
    for match in first.finditer(line):
        if not free(match):
            continue
        ranges = [match.span()]
        for pattern in rest:
            following = next((m for m in pattern.finditer(line, ranges[-1][1]) if free(m)), None)
            if following is None:
                return None  # later starts of the first part only leave less room
            ranges.append(following.span())
        return ranges
    return None


def locate_spans(line: str, texts: Sequence[str]) -> list[tuple[int, int] | None]:
    """The 0-based, end-exclusive character ranges of gold span ``texts`` listed for one ``line``.

    ``"a ... b"`` is a split span: from the start of ``a`` to the end of the first ``b`` after it.
    Contiguous spans are placed first, then split spans, each in listing order, each at the first
    place whose words are not already taken by a span placed before. So a text listed twice takes
    its first and second occurrence, ``"dient ... te"`` listed beside ``"dient te"`` takes the
    other ``dient``, and interleaved split spans (``"handhavend ... treden"`` and ``"dienen ... te"``
    in "handhavend dienen op te treden") both fit. Parts match as whole words (``te`` is not found
    inside ``termijn``); only when that finds no place, plain substrings are tried. None: the
    text is not (or not that many times) on the line.
    """
    placed: list[tuple[int, int] | None] = [None] * len(texts)
    used: list[tuple[int, int]] = []
    order = sorted(range(len(texts)), key=lambda index: SPLIT_MARK in texts[index])
    for index in order:
        parts = [part.strip() for part in texts[index].split(SPLIT_MARK) if part.strip()]
        if not parts:
            continue
        for whole_words in (True, False):
            ranges = _place(line, parts, whole_words, used)
            if ranges is not None:
                placed[index] = (ranges[0][0], ranges[-1][1])
                used.extend(ranges)
                break
    return placed


def gold_range(line: str, text: str, occurrence: int = 0) -> tuple[int, int] | None:
    """The range of the ``occurrence``-th (0-based) listing of ``text`` alone on ``line``."""
    return locate_spans(line, [text] * (occurrence + 1))[occurrence]


def finding_range(finding: Finding, line_length: int) -> tuple[int, int]:
    """The finding's 0-based, end-exclusive character range on its first line."""
    location = finding.location
    start = location.column - 1
    end = location.end_column - 1 if location.end_line == location.line else max(line_length, start + 1)
    return start, max(end, start + 1)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _in_body(finding: Finding) -> bool:
    """Gold numbers only body lines (.docx: ``Document.paragraphs``); tables/headers never match."""
    return finding.location.part == "body"


@dataclass
class Item:
    """One miss or false alarm: where, and what."""

    file: str
    line: int | None
    text: str
    detail: str = ""

    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line is not None else self.file


@dataclass
class LetterMatch:
    """The outcome of matching one letter's findings to its gold spans or sentences."""

    found: list[GoldSpan] = field(default_factory=list)  # true positives (gold units found)
    missed: list[GoldSpan] = field(default_factory=list)  # false negatives
    matched_findings: list[Finding] = field(default_factory=list)  # findings that hit some gold
    false_alarms: list[Finding] = field(default_factory=list)  # findings (or sentences) that hit none
    subject_findings: list[Finding] = field(default_factory=list)  # jargon on the subject line (not gold)


def jargon_ranges(spans: Sequence[GoldSpan], lines: Sequence[str]) -> list[tuple[int, int] | None]:
    """Each gold span's range on its line (see :func:`locate_spans`), in the order of ``spans``."""
    by_line: dict[int, list[int]] = defaultdict(list)
    for index, span in enumerate(spans):
        by_line[span.line].append(index)
    ranges: list[tuple[int, int] | None] = [None] * len(spans)
    for number, indexes in by_line.items():
        line = lines[number - 1] if 0 < number <= len(lines) else ""
        for index, where in zip(indexes, locate_spans(line, [spans[index].text for index in indexes])):
            ranges[index] = where
    return ranges


_SUBJECT_LINE = re.compile(structure_config().get("subject_line", r"(?!)"), re.IGNORECASE)


def is_subject_line(lines: Sequence[str], line: int) -> bool:
    """Whether source ``line`` is the subject line (Onderwerp/Betreft), markup stripped."""
    return 0 < line <= len(lines) and bool(_SUBJECT_LINE.match(strip_inline_markdown(lines[line - 1]).lstrip("#> ")))


def match_jargon(spans: Sequence[GoldSpan], findings: Iterable[Finding], lines: Sequence[str]) -> LetterMatch:
    """Match gold jargon spans to ``jargon`` findings of one letter (see module docstring).

    A gold span is found when a jargon finding starts on its line and overlaps its range; one
    finding may find several gold spans. ``lines`` are the letter's raw source lines.
    """
    ranges = jargon_ranges(spans, lines)
    hit: set[int] = set()
    result = LetterMatch()
    for finding in findings:
        if finding.category != "jargon":
            continue
        line = finding.location.line
        if _in_body(finding) and is_subject_line(lines, line):
            result.subject_findings.append(finding)  # the gold does not annotate subject lines
            continue
        own = finding_range(finding, len(lines[line - 1]) if 0 < line <= len(lines) else 0)
        matched = False
        if _in_body(finding):
            for index, (span, where) in enumerate(zip(spans, ranges)):
                if where is not None and span.line == line and _overlaps(own, where):
                    hit.add(index)
                    matched = True
        (result.matched_findings if matched else result.false_alarms).append(finding)
    for index, span in enumerate(spans):
        (result.found if index in hit else result.missed).append(span)
    return result


def match_passive(spans: Sequence[GoldSpan], findings: Iterable[Finding], markdown: bool = False) -> LetterMatch:
    """Match gold passive sentences to SY01 findings of one letter (see module docstring).

    ``matched_findings`` and ``false_alarms`` hold one finding per distinct sentence.
    """
    sentences: dict[str, Finding] = {}
    for finding in findings:
        if finding.rule == "SY01":
            sentences.setdefault(normalise(finding.sentence), finding)
    wanted = [(span, normalise(strip_inline_markdown(span.text) if markdown else span.text)) for span in spans]
    result = LetterMatch()
    for span, text in wanted:
        (result.found if any(text in sentence for sentence in sentences) else result.missed).append(span)
    for sentence, finding in sentences.items():
        hits = any(text in sentence for _, text in wanted)
        (result.matched_findings if hits else result.false_alarms).append(finding)
    return result


# =========================================================================== scores


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class SpanScore:
    """Jargon spans or passive sentences over the whole corpus.

    ``tp``/``fn`` count gold units (found/missed); ``fp`` counts findings that hit no gold unit
    (passive: distinct sentences), ``matched_findings`` those that hit one. Precision is
    ``matched_findings / (matched_findings + fp)``, recall ``tp / (tp + fn)``. A ratio with
    nothing to count is None.
    """

    tp: int
    fp: int
    fn: int
    matched_findings: int
    precision: float | None
    recall: float | None
    f1: float | None
    misses: list[Item] = field(default_factory=list)
    false_alarms: list[Item] = field(default_factory=list)
    subject_findings: int = 0  # jargon: findings on subject lines, which the gold does not annotate

    @classmethod
    def build(cls, tp: int, fp: int, fn: int, matched: int, misses: list[Item], false_alarms: list[Item]) -> "SpanScore":
        precision, recall = _ratio(matched, matched + fp), _ratio(tp, tp + fn)
        return cls(tp, fp, fn, matched, precision, recall, _f1(precision, recall), misses, false_alarms)


@dataclass
class SectionScore:
    tp: int
    fp: int
    fn: int
    tn: int
    precision: float | None
    recall: float | None
    f1: float | None
    misses: list[Item] = field(default_factory=list)  # gold: present, linter: absent
    false_alarms: list[Item] = field(default_factory=list)  # gold: absent, linter: present

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.tp + self.tn, self.tp + self.fp + self.fn + self.tn)

    @property
    def missing_f1(self) -> float | None:
        """F1 of "missing" (gold: absent): how well letterlint's "this section is missing" holds."""
        precision, recall = _ratio(self.tn, self.tn + self.fn), _ratio(self.tn, self.tn + self.fp)
        return _f1(precision, recall)


@dataclass
class ParagraphScore:
    """Per gold paragraph (blind-set fields ``rare_words`` and ``paragraphs``).

    ``rare_found / rare_total``: paragraphs with a gold rare word in which RD02 reports a word.
    ``quiet_warned / quiet_total``: paragraphs without any problem that still get a warning or
    error of a sentence or word rule (letter-level findings such as ST02-ST06 and RD04 are not
    about a paragraph and are not counted).
    """

    rare_total: int = 0
    rare_found: int = 0
    quiet_total: int = 0
    quiet_warned: int = 0
    rare_misses: list[Item] = field(default_factory=list)
    quiet_alarms: list[Item] = field(default_factory=list)

    @property
    def rare_recall(self) -> float | None:
        return _ratio(self.rare_found, self.rare_total)

    @property
    def quiet_warned_share(self) -> float | None:
        return _ratio(self.quiet_warned, self.quiet_total)


@dataclass
class B1JargonScore:
    """Jargon findings on B1 letters that hit no gold span, per 1,000 words of running text."""

    false_alarms: int = 0
    words: int = 0

    @property
    def per_1000_words(self) -> float | None:
        return None if not self.words else 1000 * self.false_alarms / self.words


@dataclass
class Confusion:
    """Gold label × predicted label counts, with accuracy and the letters that disagree."""

    labels: list[str]
    counts: dict[str, dict[str, int]]  # counts[gold][predicted]
    correct: int
    total: int
    accuracy: float | None
    errors: list[Item] = field(default_factory=list)


@dataclass
class LevelScore(Confusion):
    adjacent: int = 0  # at most one level apart (includes exact)
    adjacent_rate: float | None = None


@dataclass
class PairOutcome:
    case: str
    original: str
    b1: str
    original_score: float
    b1_score: float

    @property
    def ranked(self) -> bool:
        return self.b1_score > self.original_score


@dataclass
class PairScore:
    correct: int
    total: int
    accuracy: float | None
    failing: list[PairOutcome] = field(default_factory=list)
    unpaired: list[str] = field(default_factory=list)  # cases with only one version


@dataclass
class EvalReport:
    pipeline: str
    letters: int
    jargon: SpanScore
    passive: SpanScore
    sections: dict[str, SectionScore]
    letter_type: Confusion
    pair_ranking: PairScore
    levels: LevelScore
    paragraphs: ParagraphScore = field(default_factory=ParagraphScore)
    jargon_b1: B1JargonScore = field(default_factory=B1JargonScore)

    def as_dict(self) -> dict:
        data = asdict(self)
        for name, score in self.sections.items():
            data["sections"][name]["accuracy"] = score.accuracy
            data["sections"][name]["missing_f1"] = score.missing_f1
        data["paragraphs"]["rare_recall"] = self.paragraphs.rare_recall
        data["paragraphs"]["quiet_warned_share"] = self.paragraphs.quiet_warned_share
        data["jargon_b1"]["per_1000_words"] = self.jargon_b1.per_1000_words
        data["pair_ranking"]["failing"] = [{**asdict(pair), "ranked": pair.ranked} for pair in self.pair_ranking.failing]
        return {"tool": {"name": "letterlint", "version": __version__}, **data}


def _confusion(rows: list[tuple[Gold, str]], gold_label, labels: Sequence[str]) -> tuple[list[str], dict, int]:
    counts: dict[str, dict[str, int]] = {}
    seen = list(labels)
    for _gold, predicted in rows:
        if predicted not in seen:
            seen.append(predicted)
    for label in seen:
        counts[label] = {other: 0 for other in seen}
    correct = 0
    for gold, predicted in rows:
        expected = gold_label(gold)
        counts[expected][predicted] += 1
        correct += expected == predicted
    return seen, counts, correct


def _result_for(results: dict, gold: Gold):
    result = results.get(os.path.normpath(gold.letter_path))
    if result is None:
        raise EvalError(f"{gold.letter_path}: geen resultaat van de linter")
    if result.error:
        raise EvalError(f"{gold.letter_path}: {result.error}")
    return result


def evaluate(results: Iterable, golds: Sequence[Gold], pipeline: str = "") -> EvalReport:
    """Compare lint results (:class:`~letterlint.engine.LetterResult`) with gold annotations.

    Results are paired with golds by path. Raises :class:`EvalError` when a gold letter has no
    result or could not be read.
    """
    by_path = {os.path.normpath(result.path): result for result in results}
    pairs = [(gold, _result_for(by_path, gold)) for gold in golds]

    # jargon and passive -----------------------------------------------------------------
    counts = {kind: [0, 0, 0, 0] for kind in ("jargon", "passive")}  # tp, fp, fn, matched
    items: dict[str, tuple[list[Item], list[Item]]] = {kind: ([], []) for kind in counts}
    for gold, result in pairs:
        outcomes = {
            "jargon": match_jargon(gold.jargon, result.findings, gold.lines),
            "passive": match_passive(gold.passive, result.findings, gold.is_markdown),
        }
        for kind, match in outcomes.items():
            total = counts[kind]
            total[0] += len(match.found)
            total[1] += len(match.false_alarms)
            total[2] += len(match.missed)
            total[3] += len(match.matched_findings)
            misses, alarms = items[kind]
            misses.extend(Item(gold.letter_path, span.line, span.text) for span in match.missed)
            alarms.extend(Item(gold.letter_path, f.location.line, f.text if kind == "jargon" else f.sentence, f.rule)
                          for f in match.false_alarms)
    jargon = SpanScore.build(*counts["jargon"], *items["jargon"])
    jargon.subject_findings = sum(len(match_jargon(gold.jargon, result.findings, gold.lines).subject_findings)
                                  for gold, result in pairs)
    jargon_b1 = B1JargonScore()
    for gold, result in pairs:
        if gold.version == "b1":
            match = match_jargon(gold.jargon, result.findings, gold.lines)
            jargon_b1.false_alarms += len(match.false_alarms)
            jargon_b1.words += getattr(result.readability, "words", 0) or 0
    paragraphs = ParagraphScore()
    for gold, result in pairs:
        score_paragraphs(gold, result.findings, paragraphs)
    passive = SpanScore.build(*counts["passive"], *items["passive"])

    # sections ---------------------------------------------------------------------------
    sections = {}
    for name in SECTIONS:
        tp = fp = fn = tn = 0
        misses, alarms = [], []
        for gold, result in pairs:
            expected = gold.sections[name]
            predicted = bool(result.structure and result.structure.sections.get(name))
            if expected and predicted:
                tp += 1
            elif expected:
                fn += 1
                misses.append(Item(gold.letter_path, None, "", name))
            elif predicted:
                fp += 1
                alarms.append(_section_evidence(gold, result, name))
            else:
                tn += 1
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        sections[name] = SectionScore(tp, fp, fn, tn, precision, recall, _f1(precision, recall), misses, alarms)

    # letter type ------------------------------------------------------------------------
    typed = [(gold, (result.structure.letter_type if result.structure else None) or NO_TYPE) for gold, result in pairs]
    labels, table, correct = _confusion(typed, lambda gold: gold.letter_type, LETTER_TYPES)
    letter_type = Confusion(labels, table, correct, len(typed), _ratio(correct, len(typed)),
                            [Item(gold.letter_path, None, predicted, f"verwacht {gold.letter_type}")
                             for gold, predicted in typed if predicted != gold.letter_type])

    # levels -----------------------------------------------------------------------------
    leveled = [(gold, result.readability.level if result.readability else NO_TYPE) for gold, result in pairs]
    scores = {gold.path: result.readability.score if result.readability else 0.0 for gold, result in pairs}
    labels, table, correct = _confusion(leveled, lambda gold: gold.expected_level, LEVELS)
    adjacent = sum(1 for gold, level in leveled
                   if level in LEVELS and abs(LEVELS.index(level) - LEVELS.index(gold.expected_level)) <= 1)
    levels = LevelScore(labels, table, correct, len(leveled), _ratio(correct, len(leveled)),
                        [Item(gold.letter_path, None, level, f"verwacht {gold.expected_level}, score {scores[gold.path]:.1f}")
                         for gold, level in leveled if level != gold.expected_level],
                        adjacent, _ratio(adjacent, len(leveled)))

    # pair ranking -----------------------------------------------------------------------
    cases: dict[str, dict[str, tuple[Gold, float]]] = defaultdict(dict)
    for gold, result in pairs:
        cases[gold.case][gold.version] = (gold, result.readability.score if result.readability else 0.0)
    outcomes, unpaired = [], []
    for case in sorted(cases):
        versions = cases[case]
        if set(versions) != set(VERSIONS):
            unpaired.append(case)
            continue
        (original, original_score), (b1, b1_score) = versions["original"], versions["b1"]
        outcomes.append(PairOutcome(case, original.letter_path, b1.letter_path, round(original_score, 2),
                                    round(b1_score, 2)))
    ranked = sum(1 for outcome in outcomes if outcome.ranked)
    pair_ranking = PairScore(ranked, len(outcomes), _ratio(ranked, len(outcomes)),
                             [outcome for outcome in outcomes if not outcome.ranked], unpaired)

    return EvalReport(pipeline, len(pairs), jargon, passive, sections, letter_type, pair_ranking, levels,
                      paragraphs, jargon_b1)


LETTER_LEVEL_RULES = ("RD04",)  # about the letter as a whole, placed at its first paragraph


def paragraph_lines(gold: Gold) -> dict[int, range]:
    """Each gold paragraph's source lines: from its line to the next empty line, table or paragraph."""
    starts = sorted(line for line, _ in gold.paragraphs)
    ranges = {}
    for index, start in enumerate(starts):
        end = start
        limit = starts[index + 1] if index + 1 < len(starts) else len(gold.lines) + 1
        while end + 1 < limit and end < len(gold.lines) and gold.lines[end].strip():
            end += 1
        ranges[start] = range(start, end + 1)
    return ranges


def score_paragraphs(gold: Gold, findings: Sequence[Finding], into: ParagraphScore) -> None:
    """Add one letter's paragraphs to ``into`` (rare-word recall, warnings on problem-free text)."""
    if not gold.paragraphs:
        return
    ranges = paragraph_lines(gold)
    body = [f for f in findings if _in_body(f) and f.category != "structure" and f.rule not in LETTER_LEVEL_RULES]
    rare_lines = {span.line for span in gold.rare_words}
    for line, problem in gold.paragraphs:
        inside = [f for f in body if f.location.line in ranges[line]]
        if any(start in ranges[line] for start in rare_lines):
            into.rare_total += 1
            if any(f.rule == "RD02" for f in inside):
                into.rare_found += 1
            else:
                words = ", ".join(span.text for span in gold.rare_words if span.line in ranges[line])
                into.rare_misses.append(Item(gold.letter_path, line, words, "RD02"))
        if not problem:
            into.quiet_total += 1
            warned = [f for f in inside if f.severity >= Severity.WARNING]
            if warned:
                into.quiet_warned += 1
                into.quiet_alarms.append(Item(gold.letter_path, line, warned[0].text, warned[0].rule))


def _section_evidence(gold: Gold, result, name: str) -> Item:
    """A section false alarm, pointing at the text the linter took as the section."""
    unit = result.structure.evidence.get(name) if result.structure else None
    if unit is None or result.letter is None:
        return Item(gold.letter_path, None, "", name)
    text = normalise(unit.text)
    location = result.letter.locate(unit.block, unit.start, unit.start + max(1, len(unit.text.rstrip())))
    return Item(gold.letter_path, location.line, text, name)


# =========================================================================== output


def render_json(report: EvalReport) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)


# =========================================================================== command


def run(corpus_dir: str | Sequence[str], config) -> EvalReport:
    """Load the gold files of one or more folders, lint their letters in one pass, and evaluate.
    Raises GoldError/EvalError."""
    from letterlint.engine.linter import Linter

    folders = [corpus_dir] if isinstance(corpus_dir, (str, os.PathLike)) else list(corpus_dir)
    golds = []
    for folder in folders:
        found = load_golds(folder)
        if not found:
            raise GoldError(f"{folder}: geen {GOLD_SUFFIX}-bestanden gevonden")
        golds.extend(found)
    linter = Linter(config)
    results = list(linter.lint_paths([gold.letter_path for gold in golds]))
    return evaluate(results, golds, linter.pipeline.info.describe())
