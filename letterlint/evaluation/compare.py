"""``letterlint compare A B``: two versions of a letter side by side.

Score, level, every readability metric with its delta, the sections each version has, which
findings disappeared, remained or appeared, and the two texts side by side with a sentence-level
diff (:func:`sentence_diff`: each sentence of A unchanged, rewritten, split, merged or removed,
and the sentences B added). Findings are matched by rule and normalised text (not by location: a
rewrite moves everything), as multisets: two 'teneinde' in A and one in B is one remained and one
disappeared. Paths are shown relative to the folder the command runs in.

The JSON structure (``--format json``) is documented in docs/panel.md and kept stable.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable


from letterlint.errors import LetterlintError
from letterlint.rulepack import section_labels
from letterlint import __version__
from letterlint.findings import Finding
from letterlint.structure import SECTIONS

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.readability import Readability

# Readability fields that are numbers to compare (reasons/components are explanations, level is text).
METRIC_LABELS = {
    "score": "score (0-100, hoger is makkelijker)",
    "flesch_douma": "Flesch-Douma",
    "words": "woorden",
    "sentences": "zinnen",
    "avg_sentence_length": "gemiddelde zinslengte (woorden)",
    "long_sentence_ratio": "aandeel lange zinnen",
    "difficult_word_ratio": "aandeel moeilijke woorden",
    "syllables_per_word": "lettergrepen per woord",
    "avg_dependency_distance": "gemiddelde afstand in de zinsbouw",
}
# +1: higher is easier to read, -1: lower is easier, 0: neither (just size)
METRIC_DIRECTION = {
    "score": 1, "flesch_douma": 1, "words": 0, "sentences": 0, "avg_sentence_length": -1,
    "long_sentence_ratio": -1, "difficult_word_ratio": -1, "syllables_per_word": -1, "avg_dependency_distance": -1,
}
SECTION_LABELS = section_labels(long=True)  # rules/structure.yaml
CHANGE_LABELS = {"disappeared": "verdwenen", "remained": "gebleven", "appeared": "nieuw"}
SENTENCE_CHANGE_LABELS = {
    "unchanged": "ongewijzigd", "rewritten": "herschreven", "split": "gesplitst", "merged": "samengevoegd",
    "removed": "weggelaten", "added": "toegevoegd",
}
# Two sentences are versions of each other when this share of their content words is shared (Dice).
SAME_SENTENCE = 0.25
_SENTENCE_END = re.compile(r"(?<=[.?!:])\s+(?=[\"'„‘“(]?[A-Z0-9À-Ý])")
_CONTENT_WORD = re.compile(r"\w{4,}|\d+")


class CompareError(LetterlintError):
    """A version that cannot be compared; the message names the file (Dutch, one line)."""


@dataclass(frozen=True)
class Version:
    path: str
    score: float
    level: str
    letter_type: str | None
    metrics: dict[str, float | None]
    sections: dict[str, bool]
    required: tuple[str, ...]
    findings: int


@dataclass(frozen=True)
class MetricDelta:
    name: str
    label: str
    a: float | None
    b: float | None
    delta: float | None
    easier: str | None  # "a", "b" or None (equal, no direction, or unknown)


@dataclass(frozen=True)
class FindingChange:
    rule: str
    category: str
    severity: str
    text: str
    message: str
    count: int


@dataclass(frozen=True)
class SentenceRow:
    """One row of the side-by-side text: sentences of A and what B made of them."""

    change: str  # unchanged | rewritten | split | merged | removed | added
    a: tuple[str, ...]
    b: tuple[str, ...]

    @property
    def label(self) -> str:
        return SENTENCE_CHANGE_LABELS[self.change]


@dataclass
class Comparison:
    a: Version
    b: Version
    metrics: list[MetricDelta]
    disappeared: list[FindingChange] = field(default_factory=list)
    remained: list[FindingChange] = field(default_factory=list)
    appeared: list[FindingChange] = field(default_factory=list)
    sentences: list[SentenceRow] = field(default_factory=list)

    def sentence_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(SENTENCE_CHANGE_LABELS, 0)
        for row in self.sentences:
            counts[row.change] += len(row.a) if row.change != "added" else len(row.b)
        return counts

    def as_dict(self) -> dict:
        def version(v: Version) -> dict:
            return {"path": v.path, "score": v.score, "level": v.level, "letter_type": v.letter_type,
                    "findings": v.findings, "sections": dict(v.sections), "required_sections": list(v.required)}

        changes = {name: [dataclasses.asdict(c) for c in getattr(self, name)] for name in CHANGE_LABELS}
        return {
            "tool": {"name": "letterlint", "version": __version__},
            "a": version(self.a),
            "b": version(self.b),
            "metrics": [dataclasses.asdict(m) for m in self.metrics],
            "sections": [{"name": name, "a": self.a.sections.get(name, False), "b": self.b.sections.get(name, False)}
                         for name in SECTIONS],
            "findings": changes,
            "sentence_diff": [{"change": row.change, "a": list(row.a), "b": list(row.b)} for row in self.sentences],
            "summary": {
                "sentences": self.sentence_counts(),
                "score_delta": _delta(self.a.score, self.b.score),
                "level_a": self.a.level, "level_b": self.b.level,
                **{name: sum(c.count for c in getattr(self, name)) for name in CHANGE_LABELS},
            },
        }


def normalise(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form of a finding's text, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def _delta(a: float | None, b: float | None) -> float | None:
    if a is None or b is None:
        return None
    return round(b - a, 4)


def shown_path(path: str, start: str | None = None) -> str:
    """``path`` relative to ``start`` (the current folder) when it lies inside it; otherwise as given."""
    if not path or path.startswith("<") or path == "-":
        return path
    start = start or os.getcwd()
    try:
        relative = os.path.relpath(os.path.abspath(path), start)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith("..") else relative


def _version(result) -> Version:
    readability: Readability = result.readability
    metrics = {name: getattr(readability, name) for name in METRIC_LABELS}
    structure = result.structure
    return Version(
        path=shown_path(result.path), score=readability.score, level=readability.level,
        letter_type=structure.letter_type if structure else None, metrics=metrics,
        sections={name: bool(structure.sections.get(name)) for name in SECTIONS} if structure else {},
        required=tuple(name for name in SECTIONS if structure and name in structure.required),
        findings=len(result.findings),
    )


def _metric(name: str, a: float | None, b: float | None) -> MetricDelta:
    delta = _delta(a, b)
    direction = METRIC_DIRECTION[name]
    easier = None
    if delta and direction:
        easier = "b" if delta * direction > 0 else "a"
    return MetricDelta(name, METRIC_LABELS[name], a, b, delta, easier)


def _key(finding: Finding) -> tuple[str, str]:
    return finding.rule, normalise(finding.text or finding.sentence)


def match_findings(a: list[Finding], b: list[Finding]) -> tuple[list[FindingChange], list[FindingChange], list[FindingChange]]:
    """(disappeared, remained, appeared), matching by rule + normalised text as multisets."""
    count_a, count_b = Counter(map(_key, a)), Counter(map(_key, b))
    first: dict[tuple[str, str], Finding] = {}
    for finding in [*a, *b]:
        first.setdefault(_key(finding), finding)

    def changes(counter: Counter) -> list[FindingChange]:
        rows = []
        for key, n in counter.items():
            if n <= 0:
                continue
            f = first[key]
            rows.append(FindingChange(f.rule, f.category, f.severity.label, f.text, f.message, n))
        return sorted(rows, key=lambda c: (c.rule, normalise(c.text)))

    remained = Counter({key: min(n, count_b[key]) for key, n in count_a.items()})
    return changes(count_a - count_b), changes(remained), changes(count_b - count_a)


def letter_sentences(result, redact: Callable[[str], str] | None = None) -> list[str]:
    """The sentences of a letter's running text (headings, paragraphs, list items), in reading order."""
    if result.letter is None:
        return []
    sentences = []
    for block in result.letter.running_blocks:
        text = " ".join(block.text.split())
        sentences += [piece.strip() for piece in _SENTENCE_END.split(text) if piece.strip()]
    return [redact(sentence) for sentence in sentences] if redact else sentences


def _content_words(sentence: str) -> Counter:
    return Counter(normalise(word) for word in _CONTENT_WORD.findall(sentence.casefold()))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the content words (four letters or more, and numbers) of two sentences."""
    words_a, words_b = _content_words(a), _content_words(b)
    total = sum(words_a.values()) + sum(words_b.values())
    return 2 * sum((words_a & words_b).values()) / total if total else float(normalise(a) == normalise(b))


def sentence_diff(sentences_a: list[str], sentences_b: list[str], threshold: float = SAME_SENTENCE) -> list[SentenceRow]:
    """Rows for the side-by-side text, in the order of A, with B's new sentences where they stand.

    Each sentence of B is matched to the sentence of A it shares most content words with (at least
    ``threshold``). A sentence of A with one match is unchanged (same words) or rewritten; with more
    it was split; with none it was merged (when its words went into a B sentence matched to another
    A sentence) or removed. A sentence of B with no match was added.
    """
    best_a: list[int | None] = []
    for sentence in sentences_b:
        scores = [similarity(original, sentence) for original in sentences_a]
        top = max(range(len(scores)), key=scores.__getitem__) if scores else None
        best_a.append(top if top is not None and scores[top] >= threshold else None)
    by_a: dict[int, list[int]] = {}
    for j, i in enumerate(best_a):
        if i is not None:
            by_a.setdefault(i, []).append(j)
    added_after: dict[int, list[int]] = {}  # A index (-1: before all) -> added B sentences
    for j, i in enumerate(best_a):
        if i is None:
            previous = next((best_a[k] for k in range(j - 1, -1, -1) if best_a[k] is not None), -1)
            added_after.setdefault(previous, []).append(j)
    rows: list[SentenceRow] = []

    def added(anchor: int) -> None:
        for j in added_after.get(anchor, []):
            rows.append(SentenceRow("added", (), (sentences_b[j],)))

    added(-1)
    for i, original in enumerate(sentences_a):
        targets = by_a.get(i, [])
        b = tuple(sentences_b[j] for j in targets)
        if len(targets) > 1:
            rows.append(SentenceRow("split", (original,), b))
        elif targets:
            same = normalise(original) == normalise(b[0])
            rows.append(SentenceRow("unchanged" if same else "rewritten", (original,), b))
        else:
            merged = [j for j, sentence in enumerate(sentences_b)
                      if best_a[j] is not None and similarity(original, sentence) >= threshold]
            if merged:
                rows.append(SentenceRow("merged", (original,), (sentences_b[merged[0]],)))
            else:
                rows.append(SentenceRow("removed", (original,), ()))
        added(i)
    return rows


def compare_results(result_a, result_b, redact: Callable[[str], str] | None = None) -> Comparison:
    """Compare two linted versions (LetterResult); raises CompareError for one that could not be read.

    ``redact`` masks personal data in the sentences of the side-by-side text (``--redact``)."""
    for result in (result_a, result_b):
        if result.error:
            raise CompareError(f"{result.path}: {result.error}")
    a, b = _version(result_a), _version(result_b)
    metrics = [_metric(name, a.metrics[name], b.metrics[name]) for name in METRIC_LABELS]
    disappeared, remained, appeared = match_findings(result_a.findings, result_b.findings)
    rows = sentence_diff(letter_sentences(result_a, redact), letter_sentences(result_b, redact))
    return Comparison(a, b, metrics, disappeared, remained, appeared, rows)


# --------------------------------------------------------------------------- output


def dutch_number(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "-"
    text = f"{value:+.2f}" if signed else f"{value:.2f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return ("0" if text in ("+0", "-0") else text).replace(".", ",")


def easier_label(metric: MetricDelta) -> str:
    return {"a": "A makkelijker", "b": "B makkelijker"}.get(metric.easier or "", "")


def render_json(comparison: Comparison) -> str:
    return json.dumps(comparison.as_dict(), ensure_ascii=False, indent=2)


def render_html(comparison: Comparison) -> str:
    from letterlint.templating.pages import render

    return render("compare.html", c=comparison, labels=SECTION_LABELS, change_labels=CHANGE_LABELS,
                  sections=SECTIONS, number=dutch_number, easier=easier_label,
                  sentence_labels=SENTENCE_CHANGE_LABELS, sentence_counts=comparison.sentence_counts())


def single_result(path: str, results: list) -> object:
    if len(results) != 1:
        raise CompareError(f"{path}: geef één brief")
    return results[0]
