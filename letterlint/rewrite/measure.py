"""Measure rewrite proposals on a set of letters (issue 16's measures; used by ``letterlint eval --rewrite``).

Per letter: did verification pass, and its parts (facts kept with role, nothing invented, remedy
unchanged, direction unchanged); the share of the original's substantive sentences traceable
through the sentence map; the proposal's level (letterlint's own per-sentence-based score); the
share of the proposal's running-text sentences over 20 words; JA01 and SY01 findings before and
after (SY01 also as warnings only: a short passive without an agent is a tip); sentences without a finite verb before and after; and the time of the rewrite against a
check of the same letter.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from letterlint.findings import Severity
from letterlint.placeholders import TO_FILL, TO_REWRITE
from letterlint.rewrite.proposal import RewriteError, propose_rewrite
from letterlint.rewrite.simplify import has_finite_verb

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.engine.linter import Linter

LONG_SENTENCE = 20
EASY_LEVELS = ("A1", "A2", "B1")


@dataclass
class LetterMeasure:
    path: str
    ok: bool = False
    error: str = ""
    facts_kept: bool = False
    nothing_invented: bool = False
    remedy_same: bool = False
    direction_same: bool = False
    substantive: int = 0
    traceable: int = 0
    level_before: str = ""
    level_after: str = ""
    sentences_after: int = 0
    list_items_after: int = 0      # list items made from enumerations (not counted as sentences)
    long_after: int = 0
    marked: int = 0
    ja01_before: int = 0
    ja01_after: int = 0
    sy01_before: int = 0
    sy01_after: int = 0
    # SY01 as a warning only (a long sentence, or an explicit agent): a short passive without an
    # agent is a tip (issue 15, class 7) and needs no rewrite
    sy01_warnings_before: int = 0
    sy01_warnings_after: int = 0
    no_verb_before: int = 0
    no_verb_after: int = 0
    check_seconds: float = 0.0
    rewrite_seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def _count(result, rule: str, at_least: Severity = Severity.INFO) -> int:
    if result is None:
        return 0
    return sum(1 for finding in result.findings if finding.rule == rule and finding.severity >= at_least)


def _no_finite_verb(linter: Linter, sentences: list[str]) -> int:
    """Sentences (of at least three words) in which the parse finds no finite verb."""
    texts = [text for text in sentences if len(text.split()) >= 3]
    # the simplifier's own test (tags, plus a yes/no question's first word: the tagger reads "Zijn
    # de gegevens … ontvangen?" as a possessive), the same for the original and the proposal
    return sum(1 for doc in linter.pipeline.pipe(texts) if not has_finite_verb(doc))


def measure_letter(linter: Linter, path: str) -> LetterMeasure:
    measure = LetterMeasure(path)
    started = time.perf_counter()
    result = next(iter(linter.lint_paths([path])), None)
    measure.check_seconds = time.perf_counter() - started
    if result is None or result.error:
        measure.error = result.error if result is not None else "geen brief"
        return measure
    started = time.perf_counter()
    try:
        proposal = propose_rewrite(linter, result, suggest=False)
    except RewriteError as exc:
        measure.error = str(exc)
        return measure
    measure.rewrite_seconds = time.perf_counter() - started
    verification = proposal.verification
    measure.ok = verification.ok
    measure.facts_kept = verification.facts_kept
    measure.nothing_invented = verification.nothing_invented
    measure.remedy_same = verification.remedy_same
    measure.direction_same = verification.direction_same
    measure.problems = list(verification.problems)
    entries = [entry for entry in proposal.sentence_map if not entry.dropped]
    measure.substantive = len(entries)
    measure.traceable = sum(1 for entry in entries
                            if entry.proposal and all(text in proposal.markdown for text in entry.proposal + entry.items))
    measure.level_before = result.readability.level if result.readability else ""
    measure.level_after = proposal.after.readability.level if proposal.after and proposal.after.readability else ""
    own = [re.sub(r"\s+", " ", TO_REWRITE.sub("", text)).strip() for entry in entries
           for text in entry.proposal if not TO_FILL.search(text)]
    # a list split off a sentence: its items are no sentences (no finite verb needed), but an item
    # over the limit still counts as a long sentence
    long_items = [text for entry in entries for text in entry.items if len(text.split()) > LONG_SENTENCE]
    measure.sentences_after = len(own) + len(long_items)
    measure.long_after = sum(1 for text in own if len(text.split()) > LONG_SENTENCE) + len(long_items)
    measure.list_items_after = sum(len(entry.items) for entry in entries)
    measure.marked = len(proposal.marked)
    measure.ja01_before, measure.ja01_after = _count(result, "JA01"), _count(proposal.after, "JA01")
    measure.sy01_before, measure.sy01_after = _count(result, "SY01"), _count(proposal.after, "SY01")
    measure.sy01_warnings_before = _count(result, "SY01", Severity.WARNING)
    measure.sy01_warnings_after = _count(proposal.after, "SY01", Severity.WARNING)
    originals = [entry.original for entry in proposal.sentence_map]
    measure.no_verb_before = _no_finite_verb(linter, originals)
    measure.no_verb_after = _no_finite_verb(linter, own)
    return measure


def _share(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def summarise(measures: list[LetterMeasure]) -> dict:
    """The issue's figures over a set of letters (percentages)."""
    done = [m for m in measures if not m.error]
    n = len(done)
    check = sum(m.check_seconds for m in done)
    rewrite = sum(m.rewrite_seconds for m in done)
    return {
        "letters": len(measures),
        "rewritten": n,
        "errors": [f"{m.path}: {m.error}" for m in measures if m.error],
        "verified_pct": _share(sum(m.ok for m in done), n),
        "facts_kept_pct": _share(sum(m.facts_kept for m in done), n),
        "nothing_invented_pct": _share(sum(m.nothing_invented for m in done), n),
        "remedy_same_pct": _share(sum(m.remedy_same for m in done), n),
        "direction_same_pct": _share(sum(m.direction_same for m in done), n),
        "traceable_pct": _share(sum(m.traceable for m in done), sum(m.substantive for m in done)),
        "b1_or_easier_pct": _share(sum(m.level_after in EASY_LEVELS for m in done), n),
        "b1_or_easier_before_pct": _share(sum(m.level_before in EASY_LEVELS for m in done), n),
        "long_sentences_pct": _share(sum(m.long_after for m in done), sum(m.sentences_after for m in done)),
        "marked_pct": _share(sum(m.marked for m in done), sum(m.substantive for m in done)),
        "ja01_ratio_pct": _share(sum(m.ja01_after for m in done), sum(m.ja01_before for m in done)),
        "sy01_ratio_pct": _share(sum(m.sy01_after for m in done), sum(m.sy01_before for m in done)),
        "sy01_warning_ratio_pct": _share(sum(m.sy01_warnings_after for m in done),
                                         sum(m.sy01_warnings_before for m in done)),
        "no_verb_before": sum(m.no_verb_before for m in done),
        "no_verb_after": sum(m.no_verb_after for m in done),
        "rewrite_vs_check": round(rewrite / check, 2) if check else None,
        "problems": {m.path: m.problems for m in done if m.problems},
        "per_letter": [asdict(m) for m in measures],
    }


def measure_paths(linter: Linter, paths: list[str]) -> dict:
    if paths:  # warm up: the first check would otherwise carry the loading of the pipeline
        measure_letter(linter, paths[0])
    return summarise([measure_letter(linter, path) for path in paths])
