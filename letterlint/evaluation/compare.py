"""``letterlint compare A B``: two versions of a letter side by side.

Score, level, every readability metric with its delta, the sections each version has, and which
findings disappeared, remained or appeared. Findings are matched by rule and normalised text (not
by location: a rewrite moves everything), as multisets: two 'teneinde' in A and one in B is one
remained and one disappeared.

The JSON structure (``--format json``) is documented in docs/panel.md and kept stable.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING


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


@dataclass
class Comparison:
    a: Version
    b: Version
    metrics: list[MetricDelta]
    disappeared: list[FindingChange] = field(default_factory=list)
    remained: list[FindingChange] = field(default_factory=list)
    appeared: list[FindingChange] = field(default_factory=list)

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
            "summary": {
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


def _version(result) -> Version:
    readability: Readability = result.readability
    metrics = {name: getattr(readability, name) for name in METRIC_LABELS}
    structure = result.structure
    return Version(
        path=result.path, score=readability.score, level=readability.level,
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


def compare_results(result_a, result_b) -> Comparison:
    """Compare two linted versions (LetterResult); raises CompareError for one that could not be read."""
    for result in (result_a, result_b):
        if result.error:
            raise CompareError(f"{result.path}: {result.error}")
    a, b = _version(result_a), _version(result_b)
    metrics = [_metric(name, a.metrics[name], b.metrics[name]) for name in METRIC_LABELS]
    disappeared, remained, appeared = match_findings(result_a.findings, result_b.findings)
    return Comparison(a, b, metrics, disappeared, remained, appeared)


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
                  sections=SECTIONS, number=dutch_number, easier=easier_label)


def single_result(path: str, results: list) -> object:
    if len(results) != 1:
        raise CompareError(f"{path}: geef één brief")
    return results[0]
