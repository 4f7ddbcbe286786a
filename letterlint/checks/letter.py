"""Letter-level checks: missing sections, the core message first, the overall level, unfilled places."""

from __future__ import annotations


from typing import Iterable

from letterlint.findings import Finding, Severity
from letterlint.placeholders import PLACE
from letterlint.readability import LEVELS
from letterlint.rulepack import RuleSpec
from letterlint.checks.base import Context

SECTION_RULES = {
    "ST02": "next_steps",
    "ST03": "objection",
    "ST04": "contact",
    "ST05": "contact_named_person",
    "ST06": "reason",
}


def missing_section(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    section = SECTION_RULES[rule.id]
    required = ctx.structure.required.get(section)
    if required is None or ctx.structure.sections.get(section):
        return
    if section == "contact_named_person" and not ctx.structure.sections.get("contact"):
        return  # ST04 already says there is no contact at all
    severity = Severity.parse(required)
    if (not ctx.structure.type_certain or ctx.structure.delivered_elsewhere) and severity > Severity.WARNING:
        # the type is a close call, or the decision itself is in an attachment or a portal: what the
        # type requires is not certain to be missing
        severity = Severity.WARNING
    yield ctx.letter_finding(rule, severity=severity)


def core_first(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    unit = ctx.analyzer.core_first_problem(ctx.letter, [record.unit() for record in ctx.sentences])
    if unit is None:
        return
    text = unit.text.rstrip()
    yield ctx.finding(rule, unit.block, unit.start, unit.start + len(text), text=text, sentence=text)


def letter_level(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    target = str(ctx.param(rule, "target", "B1"))
    readability = ctx.readability
    if not readability.words or target not in LEVELS:
        return
    if LEVELS.index(readability.level) <= LEVELS.index(target):
        return
    reasons = ", ".join(readability.reasons) or "lange zinnen en moeilijke woorden"
    yield ctx.letter_finding(rule, level=readability.level, score=f"{readability.score:.0f}", reasons=reasons)


def unfilled_placeholders(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """An ``[invullen: …]`` or ``[herschrijven: …]`` left in the letter (from rewrite or a template)."""
    for block in ctx.letter.blocks:
        for match in PLACE.finditer(block.text):
            text = match.group(0)
            yield ctx.finding(rule, block, match.start(), match.end(), text=text, sentence=text,
                              placeholder=text.split(":")[0] + ": …]")
