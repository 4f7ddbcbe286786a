"""Which library template looks like a letter: a suggestion for the report, never a source of content.

A rewrite's content comes from the original letter (letterlint.rewrite.proposal). The template
library stays for ``letterlint render``; when a template resembles the letter, the report names it
so the writer can compare. Template choice is data-driven: every template's metadata ``cues``
(regular expressions) are matched against the letter's sentences and subject line, letterlint's
own letter type must agree with the template's ``letter_type``, and department cues
(``department_cues`` in rules/facts.yaml) say which department fits. The scores go through a
softmax; the best one's share is the confidence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from letterlint.reading.letter import BlockKind
from letterlint.rewrite.facts import FactRules, norm

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.engine.linter import LetterResult
    from letterlint.templating.library import TemplateInfo, TemplateLibrary

UNSURE_BELOW = 0.5      # below this confidence no template is suggested
TYPE_WEIGHT = 3.0       # points for agreeing with letterlint's own letter type (times its share)
DEPARTMENT_WEIGHT = 2.0  # points for the department (times its share of the department cues)
CUE_CAP = 2             # a template cue counts in at most this many sentences
SUBJECT_WEIGHT = 1.0    # a cue in the subject line counts this much extra
COVERAGE_WEIGHT = 1.0   # points for the share of a template's cues found in the letter


@dataclass
class TemplateScore:
    template_id: str
    department_id: str
    title: str
    score: float
    confidence: float


@dataclass
class Recognition:
    ranking: list[TemplateScore]  # best first

    @property
    def best(self) -> TemplateScore:
        return self.ranking[0]

    @property
    def sure(self) -> bool:
        return self.best.confidence >= UNSURE_BELOW


def _compile_cues(info: TemplateInfo) -> list[re.Pattern]:
    from letterlint.templating.library import TemplateError

    compiled = []
    for cue in info.cues:
        try:
            compiled.append(re.compile(cue, re.IGNORECASE))
        except re.error as exc:
            raise TemplateError(f"{info.path}: herkenningspatroon '{cue}' is ongeldig ({exc})") from None
    return compiled


def _texts(result: LetterResult) -> tuple[list[str], list[str]]:
    """(running-text sentences, subject lines) of a linted letter."""
    from letterlint.rewrite.facts import letter_sentences

    sentences = [norm(text) for _block, text in letter_sentences(result)]
    subject = [block.text for block in result.letter.blocks_of(BlockKind.METADATA)
               if re.match(r"\s*(?:onderwerp|betreft)\b", block.text, re.IGNORECASE)]
    return sentences, subject


def _cue_score(cues: list[re.Pattern], sentences: list[str], subject: list[str]) -> float:
    """Hits of each cue (at most CUE_CAP sentences, the subject line extra), plus the share of the
    template's cues that occur at all (COVERAGE_WEIGHT): of two templates with as many hits, the
    one whose cues are covered best wins."""
    total = 0.0
    covered = 0
    for cue in cues:
        hits = min(CUE_CAP, sum(1 for text in sentences if cue.search(text)))
        in_subject = sum(1 for text in subject if cue.search(text))
        total += hits + SUBJECT_WEIGHT * in_subject
        covered += bool(hits or in_subject)
    return total + (COVERAGE_WEIGHT * covered / len(cues) if cues else 0.0)


def department_scores(result: LetterResult, rules: FactRules, department_ids: list[str]) -> dict[str, float]:
    """Each department's share of the department cues found in the whole letter (sums to 1, or all 0)."""
    cues = rules.data.get("department_cues") or {}
    texts = [norm(block.text) for block in result.letter.blocks]
    raw = {}
    for department in department_ids:
        patterns = [re.compile(p, re.IGNORECASE) for p in cues.get(department, [])]
        raw[department] = float(sum(min(3, sum(1 for t in texts if p.search(t))) for p in patterns))
    total = sum(raw.values())
    return {d: (v / total if total else 0.0) for d, v in raw.items()}


def _type_shares(result: LetterResult) -> dict[str, float]:
    structure = result.structure
    scores = dict(structure.type_scores or {}) if structure else {}
    total = sum(scores.values())
    if total:
        return {name: value / total for name, value in scores.items()}
    return {structure.letter_type: 1.0} if structure and structure.letter_type else {}


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]


def recognise(result: LetterResult, library: TemplateLibrary, rules: FactRules,
              department: str | None = None) -> Recognition:
    """Score every template (of ``department`` and the shared ones, or all) against the letter."""
    if department is not None:
        library.department(department)  # unknown id: TemplateError naming it
    department_ids = [d.id for d in library.departments()]
    departments = department_scores(result, rules, department_ids)
    best_department = department or max(department_ids, key=lambda d: departments.get(d, 0.0))
    types = _type_shares(result)
    sentences, subject = _texts(result)
    candidates = []
    for info in library.templates(department):
        target = info.department if not info.is_common else best_department
        score = (_cue_score(_compile_cues(info), sentences, subject)
                 + TYPE_WEIGHT * types.get(info.letter_type, 0.0)
                 + DEPARTMENT_WEIGHT * departments.get(target, 0.0))
        candidates.append((info, target, score))
    if not candidates:
        return Recognition([])
    probabilities = _softmax([score for _info, _target, score in candidates])
    ranking = [TemplateScore(info.id, target, info.title, round(score, 2), probability)
               for (info, target, score), probability in zip(candidates, probabilities)]
    ranking.sort(key=lambda item: (-item.confidence, item.template_id))
    return Recognition(ranking)


def similar_template(result: LetterResult, library: TemplateLibrary, rules: FactRules,
                     department: str | None = None) -> TemplateScore | None:
    """The library template most like the letter, when letterlint is fairly sure; else None."""
    recognition = recognise(result, library, rules, department)
    if not recognition.ranking or not recognition.sure:
        return None
    return recognition.best
