"""Human-readable report for the terminal: coloured on a terminal, plain when piped or NO_COLOR."""

from __future__ import annotations

import os

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from letterlint.engine.linter import LetterResult
from letterlint.findings import Counts, Severity, count
from letterlint.structure import SECTIONS

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
SEVERITY_LABEL = {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing", Severity.INFO: "info"}
SECTION_LABEL = {
    "next_steps": "vervolgstappen", "objection": "bezwaar", "contact": "contact",
    "contact_named_person": "contactpersoon", "reason": "reden",
}
TYPE_LABEL = {
    "besluit": "besluit", "verzoek_om_informatie": "verzoek om informatie", "informatie": "informatie",
    "herinnering": "herinnering", "uitnodiging": "uitnodiging",
}


def _shown(path: str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    if not os.path.isabs(path):
        return path
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _location(result: LetterResult, finding) -> str:
    location = finding.location
    path = _shown(finding.path(result.path))
    if location.paragraph is not None:
        part = "" if location.part == "body" else f"{location.part} "
        return f"{path}:{part}alinea {location.paragraph}:{location.column}"
    return f"{path}:{location.line}:{location.column}"


def print_result(console: Console, result: LetterResult) -> None:
    if result.error:
        console.print(f"[bold red]{escape(result.path)}: {escape(result.error)}[/]", soft_wrap=True)
        return
    for notice in result.notices:
        console.print(f"[dim]{escape(result.path)}: let op: {escape(notice)}[/]", soft_wrap=True)
    readability = result.readability
    counts = count(result.findings)
    structure = result.structure
    letter_type = TYPE_LABEL.get(structure.letter_type or "", "onbekend") if structure else "onbekend"
    # only what this letter type needs (an information letter needs no objection clause)
    missing = [SECTION_LABEL[name] for name in SECTIONS
               if structure and name in structure.required and not structure.sections.get(name)]
    console.print(
        f"[bold]{escape(result.path)}[/]  niveau [bold]{readability.level}[/] · score {readability.score:.0f}/100 · "
        f"{letter_type} · {counts.errors} fouten, {counts.warnings} waarschuwingen, {counts.infos} info"
        + (f" · ontbreekt: {', '.join(missing)}" if missing else ""),
        soft_wrap=True, highlight=False,
    )
    for finding in result.findings:
        style = SEVERITY_STYLE[finding.severity]
        console.print(
            f"  {escape(_location(result, finding))}  [{style}]{SEVERITY_LABEL[finding.severity]}[/] "
            f"[bold]{finding.rule}[/] {escape(finding.message)}", soft_wrap=True, highlight=False)
        if finding.sentence and finding.sentence != finding.text:
            console.print(f"      [dim]zin: {escape(finding.sentence)}[/]", soft_wrap=True, highlight=False)
        if finding.suggestions:
            console.print(f"      [green]suggestie: {escape(' / '.join(finding.suggestions))}[/]",
                          soft_wrap=True, highlight=False)


def print_summary(console: Console, results: list[LetterResult], pipeline: str) -> None:
    counts = count([f for r in results for f in r.findings])
    print_totals(console, len(results), counts, sum(1 for r in results if r.error), pipeline)


def print_totals(console: Console, files: int, counts: Counts, unreadable: int, pipeline: str) -> None:
    console.print(
        f"\n{files} brieven gecontroleerd, {counts.errors} fouten, {counts.warnings} waarschuwingen, "
        f"{counts.infos} info" + (f", {unreadable} niet te lezen" if unreadable else "") + f" · pipeline: {pipeline}",
        soft_wrap=True, highlight=False,
    )


def statistics_table(tally, pack) -> Table:
    """Findings and letters per rule, most frequent first (``check --statistics``)."""
    table = Table(title="meldingen per regel")
    for column in ("aantal", "brieven", "regel", "naam", "ernst"):
        table.add_column(column, justify="right" if column in ("aantal", "brieven") else "left")
    for rule_id, number in sorted(tally.per_rule.items(), key=lambda item: (-item[1], item[0])):
        rule = pack.rules.get(rule_id)
        table.add_row(str(number), str(tally.letters_per_rule[rule_id]), rule_id, rule.name if rule else "",
                      rule.severity.label if rule else "")
    return table
