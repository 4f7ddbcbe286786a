"""Propose a B1 rewrite of an original letter: recognise its template, fill in its facts, render.

The flow is thin on purpose::

    original -> LetterResult (Linter) -> Facts (letterlint.facts) -> template choice
             -> TemplateLibrary.render -> LetterResult of the rewrite -> Rewrite (report)

Template choice is data-driven: every template's metadata ``cues`` (regular expressions) are
matched against the original's sentences and subject line, letterlint's own letter type
(StructureAnalyzer) must agree with the template's ``letter_type``, and department cues
(``department_cues`` in rules/facts.yaml) say which department's templates fit. The scores of
all templates go through a softmax; the best one's share is the confidence.

Nothing is invented: a fact the original does not give stays missing, and the template shows a
visible ``[invullen: ...]`` placeholder for it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from letterlint.rulepack import required_sections
from letterlint.errors import LetterlintError
from letterlint.rewrite.facts import FactRules, Facts, extract_facts, norm
from letterlint.reading.letter import BlockKind

PLACEHOLDER = re.compile(r"\[invullen: [^\]]*\]")

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.engine.linter import LetterResult, Linter
    from letterlint.templating.library import TemplateInfo, TemplateLibrary

UNSURE_BELOW = 0.5      # below this confidence the rewrite says plainly that it is not sure
TYPE_WEIGHT = 3.0       # points for agreeing with letterlint's own letter type (times its share)
DEPARTMENT_WEIGHT = 2.0  # points for the department (times its share of the department cues)
CUE_CAP = 2             # a template cue counts in at most this many sentences
SUBJECT_WEIGHT = 1.0    # a cue in the subject line counts this much extra
COVERAGE_WEIGHT = 1.0   # points for the share of a template's cues found in the letter


class RewriteError(LetterlintError):
    """A rewrite that cannot be made; the message is one Dutch line for the user."""


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
    forced: bool = False  # chosen with --type

    @property
    def best(self) -> TemplateScore:
        return self.ranking[0]

    @property
    def sure(self) -> bool:
        return self.forced or self.best.confidence >= UNSURE_BELOW

    def alternatives(self, count: int = 3) -> list[TemplateScore]:
        return self.ranking[1:1 + count]


@dataclass
class Rewrite:
    template_id: str
    department_id: str
    confidence: float
    alternatives: list[TemplateScore]
    markdown: str
    facts: Facts
    placeholders: list[str]
    before: LetterResult
    after: LetterResult
    sure: bool = True
    title: str = ""
    case_data: dict = field(default_factory=dict)
    fixes: int = 0  # safe jargon fixes applied to sentences quoted from the original
    forced: bool = False  # the template was chosen with --type


# --------------------------------------------------------------------------- recognition


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
        raise RewriteError(f"er zijn geen sjablonen voor afdeling '{department}'")
    probabilities = _softmax([score for _info, _target, score in candidates])
    ranking = [TemplateScore(info.id, target, info.title, round(score, 2), probability)
               for (info, target, score), probability in zip(candidates, probabilities)]
    ranking.sort(key=lambda item: (-item.confidence, item.template_id))
    return Recognition(ranking)


def resolve_template(library: TemplateLibrary, wanted: str, department: str | None) -> TemplateInfo:
    """A template by id ("vth/weigering-omgevingsvergunning") or by name alone within the department."""
    from letterlint.templating.library import TemplateError

    try:
        return library.template(wanted)
    except TemplateError:
        pass
    matches = [info for info in library.templates(department) if info.name == wanted]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(info.id for info in library.templates(department))
    raise RewriteError(f"onbekend soort brief '{wanted}'; kies een van: {names}")


# --------------------------------------------------------------------------- case data


def case_data(facts: Facts) -> dict:
    """The case data for the template: the facts, minus a contact without a name (then the
    department's own contact person from its profile is used) and minus the original salutation
    when the name is known (the department's profile says how to address the reader)."""
    data = facts.as_case_data()
    recipient = data.get("recipient") or {}
    if recipient.get("name"):
        recipient.pop("salutation", None)  # the department's own style of address ("Beste ...")
    contact = data.get("contact")
    if contact and not contact.get("name"):
        del data["contact"]
    return data


def _add_lost_values(data: dict, result: LetterResult, facts: Facts, markdown: str) -> bool:
    """Put every date and amount of the original that the rendered letter lost into ``dates`` /
    ``amounts`` (templates list those entries), so the rewrite keeps them. True if any was added."""
    from letterlint.rewrite.facts import parse_amounts, parse_dates

    dates, amounts = original_values(result)
    lost_dates = dates - {found.value for found in parse_dates(markdown)}
    lost_amounts = amounts - {found.value for found in parse_amounts(markdown)}
    labels = {item.value: item.label for item in facts.every_date + facts.amounts}
    for value in sorted(lost_dates):
        data.setdefault("dates", []).append({"label": labels.get(value, "datum"), "value": value})
    for value in sorted(lost_amounts):
        data.setdefault("amounts", []).append({"label": labels.get(value, "bedrag"), "value": value})
    return bool(lost_dates or lost_amounts)


# --------------------------------------------------------------------------- the rewrite


def propose_rewrite(linter: Linter, result: LetterResult, department: str | None = None,
                    letter_type: str | None = None, library: TemplateLibrary | None = None,
                    rules: FactRules | None = None) -> Rewrite:
    """Recognise the letter's template, extract its facts, render the rewrite and lint it.

    ``letter_type`` is a template id or name (as ``--type``); ``department`` a department id.
    Raises RewriteError (or TemplateError) with a one-line Dutch message.
    """
    from letterlint.templating.library import TemplateLibrary

    if result.error or result.letter is None:
        raise RewriteError(f"{result.path}: {result.error or 'geen brief gevonden'}")
    library = library or TemplateLibrary()
    rules = rules or FactRules.for_linter(linter)
    facts = extract_facts(result, rules)
    if letter_type:
        info = resolve_template(library, letter_type, department)
        if department and not info.applies_to(department):
            raise RewriteError(f"sjabloon '{info.id}' hoort bij afdeling '{info.department}', niet bij '{department}'")
        recognition = recognise(result, library, rules, department)
        target = department or (info.department if not info.is_common else recognition.best.department_id)
        chosen = TemplateScore(info.id, target, info.title, 0.0, 1.0)
        recognition = Recognition([chosen] + [s for s in recognition.ranking if s.template_id != info.id], forced=True)
    else:
        recognition = recognise(result, library, rules, department)
    best = recognition.best
    data = case_data(facts)
    rendered = library.render(best.template_id, best.department_id, data)
    if _add_lost_values(data, result, facts, rendered.markdown):
        rendered = library.render(best.template_id, best.department_id, data)
    name = f"herschreven-{best.template_id.replace('/', '-')}.md"
    markdown = rendered.markdown
    after = linter.lint_text(markdown, path=name, kind="markdown")
    markdown, fixes = _apply_safe_fixes(markdown, after)
    if fixes:
        after = linter.lint_text(markdown, path=name, kind="markdown")
    return Rewrite(template_id=best.template_id, department_id=best.department_id, confidence=best.confidence,
                   alternatives=recognition.alternatives(), markdown=markdown, facts=facts,
                   placeholders=list(dict.fromkeys(PLACEHOLDER.findall(markdown))), before=result, after=after,
                   sure=recognition.sure, title=best.title, case_data=data, fixes=fixes,
                   forced=recognition.forced)


def _apply_safe_fixes(markdown: str, linted: LetterResult) -> tuple[str, int]:
    """letterlint's own safe jargon fixes (one suggestion, as ``letterlint fix`` applies them) on
    the rendered letter: they only touch sentences quoted from the original."""
    from letterlint.rewrite.fix import apply_text_edits, safe_findings, text_edits

    edits, _skipped = text_edits(markdown, safe_findings(linted.findings))
    return (apply_text_edits(markdown, edits), len(edits)) if edits else (markdown, 0)


# --------------------------------------------------------------------------- report (Dutch)


def _level(result: LetterResult) -> str:
    if result.readability is None:
        return "onbekend"
    return f"{result.readability.score:.0f} ({result.readability.level})"


def report_lines(rewrite: Rewrite) -> list[str]:
    """What the writer needs to know about the proposal, in Dutch (B1)."""
    how = "gekozen met --type" if rewrite.forced else f"zekerheid {rewrite.confidence:.0%}"
    lines = [f"Soort brief: {rewrite.template_id} ({rewrite.title}), {how}."]
    options = ", ".join(f"{alt.template_id} ({alt.confidence:.0%})" for alt in rewrite.alternatives)
    if not rewrite.sure:
        lines.append("Let op: ik weet niet zeker of dit het goede sjabloon is. "
                     f"Past het niet? Kies dan zelf met --type, bijvoorbeeld: {options}.")
    elif options:
        lines.append(f"Andere mogelijkheden voor --type: {options}.")
    lines.append(f"Afdeling: {rewrite.department_id}.")
    lines.append(f"Leesbaarheid: origineel {_level(rewrite.before)}, voorstel {_level(rewrite.after)}.")
    if rewrite.fixes:
        lines.append(f"In zinnen uit de oude brief zijn {rewrite.fixes} ambtelijke woorden vervangen door gewone woorden.")
    if rewrite.placeholders:
        lines.append(f"Nog in te vullen ({len(rewrite.placeholders)}):")
        lines.extend(f"- {text}" for text in rewrite.placeholders)
    else:
        lines.append("Alle gegevens zijn ingevuld.")
    lines.append("Lees het voorstel goed na: het is een voorstel, geen verstuurde brief.")
    return lines


# --------------------------------------------------------------------------- self-check


@dataclass
class RewriteCheck:
    """Does the rewrite keep the original's facts, have every section, and read at B1?"""

    missing_dates: list = field(default_factory=list)    # dates of the original not in the rewrite
    missing_amounts: list = field(default_factory=list)  # amounts (Decimal) of the original not in the rewrite
    case_number_kept: bool = True
    missing_sections: list[str] = field(default_factory=list)
    level: str = ""

    @property
    def facts_kept(self) -> bool:
        return not self.missing_dates and not self.missing_amounts and self.case_number_kept

    @property
    def sections_complete(self) -> bool:
        return not self.missing_sections

    @property
    def plain_enough(self) -> bool:
        return self.level in ("A2", "B1")


def original_values(result: LetterResult) -> tuple[set, set]:
    """(dates, amounts) written anywhere in a letter, parsed: datetime.date and Decimal."""
    from letterlint.rewrite.facts import parse_amounts, parse_dates

    texts = [block.text for block in result.letter.blocks]
    dates = {found.value for text in texts for found in parse_dates(text)}
    amounts = {found.value for text in texts for found in parse_amounts(text)}
    return dates, amounts


def check_rewrite(rewrite: Rewrite, letter_type: str | None = None) -> RewriteCheck:
    """Compare the rewrite with its original. ``letter_type`` (default: the template's) decides
    whether objection and reason are needed (for a besluit)."""
    from letterlint.rewrite.facts import parse_amounts, parse_dates

    dates, amounts = original_values(rewrite.before)
    text = rewrite.markdown
    new_dates = {found.value for found in parse_dates(text)}
    new_amounts = {found.value for found in parse_amounts(text)}
    needed = ["next_steps", "contact", "contact_named_person"]
    needed += [name for name in ("objection", "reason") if name in required_sections(letter_type)]
    sections = rewrite.after.structure.sections if rewrite.after.structure else {}
    case_number = rewrite.facts.case_number
    return RewriteCheck(
        missing_dates=sorted(dates - new_dates), missing_amounts=sorted(amounts - new_amounts),
        case_number_kept=case_number is None or case_number in text,
        missing_sections=[name for name in needed if not sections.get(name)],
        level=rewrite.after.readability.level if rewrite.after.readability else "",
    )
