"""Human-readable report for the terminal: coloured on a terminal, plain when piped or NO_COLOR."""

from __future__ import annotations

import os

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from letterlint.engine.linter import LetterResult
from letterlint.findings import Counts, Severity, count
from letterlint.reading.word import PART_NAMES
from letterlint.rulepack import letter_type_labels, section_labels
from letterlint.structure import SECTIONS

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
SEVERITY_LABEL = {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing", Severity.INFO: "info"}
SECTION_LABEL = section_labels()  # rules/structure.yaml
TYPE_LABEL = letter_type_labels()


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
        part = "" if location.part == "body" else f"{PART_NAMES.get(location.part, location.part)} "
        return f"{path}:{part}alinea {location.paragraph}:{location.column}"
    return f"{path}:{location.line}:{location.column}"


def print_result(console: Console, result: LetterResult) -> None:
    if result.error:
        console.print(f"[bold red]{escape(result.path)}: {escape(result.error)}[/]", soft_wrap=True)
        return
    for notice in result.notices:
        console.print(f"[dim]{escape(result.path)}: let op: {escape(notice)}[/]", soft_wrap=True)
    readability = result.readability
    if readability is None:  # not analysed (a link skipped by the folder walk): the notice says why
        return
    counts = count(result.findings)
    structure = result.structure
    letter_type = TYPE_LABEL.get(structure.letter_type or "", "onbekend") if structure else "onbekend"
    # only what this letter type needs (an information letter needs no objection clause)
    missing = [SECTION_LABEL[name] for name in SECTIONS
               if structure and name in structure.required and not structure.sections.get(name)]
    console.print(
        f"[bold]{escape(result.path)}[/]  niveau [bold]{readability.level}[/] · score {readability.score_text}/100 · "
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


# --------------------------------------------------------------------------- compare, eval, panel results


def print_comparison(console: Console, comparison) -> None:
    """``compare``: the comparison as rich tables (plain when piped; the console decides)."""
    from letterlint.evaluation.compare import CHANGE_LABELS, SECTION_LABELS, dutch_number, easier_label

    a, b = comparison.a, comparison.b
    console.print(f"[bold]A[/] {escape(a.path)}\n[bold]B[/] {escape(b.path)}", highlight=False)
    table = Table(title="Leesbaarheid", title_justify="left")
    for column in ("", "A", "B", "verschil (B - A)", "beter"):
        table.add_column(column, justify="left" if not column or column == "beter" else "right")
    table.add_row("niveau", a.level, b.level, "", "")
    for metric in comparison.metrics:
        table.add_row(metric.label, dutch_number(metric.a), dutch_number(metric.b),
                      dutch_number(metric.delta, signed=True), easier_label(metric))
    console.print(table)
    sections = Table(title="Onderdelen", title_justify="left")
    for column in ("onderdeel", "A", "B"):
        sections.add_column(column)
    for name in SECTIONS:
        sections.add_row(SECTION_LABELS[name], "ja" if a.sections.get(name) else "nee",
                         "ja" if b.sections.get(name) else "nee")
    console.print(sections)
    from letterlint.evaluation.compare import SENTENCE_CHANGE_LABELS

    counts = comparison.sentence_counts()
    changed = [f"{counts[name]} {label}" for name, label in SENTENCE_CHANGE_LABELS.items() if counts[name]]
    if changed:
        console.print(f"Zinnen van A naar B: {', '.join(changed)} (zin voor zin naast elkaar: --format html)",
                      highlight=False)
    for name, label in CHANGE_LABELS.items():
        rows = getattr(comparison, name)
        total = sum(c.count for c in rows)
        findings = Table(title=f"Meldingen {label}: {total}", title_justify="left")
        for column in ("controle", "tekst", "aantal", "melding"):
            findings.add_column(column)
        for change in rows:
            findings.add_row(change.rule, escape(change.text), str(change.count), escape(change.message))
        console.print(findings if rows else f"Meldingen {label}: 0", highlight=False)


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def print_evaluation(console: Console, report, verbose: bool = False) -> None:
    """``eval``: recognition scores, letter-level measures, confusion tables and (some) misses."""
    from letterlint.evaluation.scores import FIRST_FEW, SECTION_LABELS, SHORT_LABELS, normalise

    def short(text: str, width: int = 90) -> str:
        text = normalise(text)
        return text if len(text) <= width else text[: width - 1] + "…"

    console.print(f"[bold]letterlint eval[/] · {report.letters} brieven · pipeline: {escape(report.pipeline)}",
                  highlight=False)

    table = Table(title="Herkenning", title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("categorie")
    for column in ("TP", "FP", "FN", "TN", "P", "R", "F1"):
        table.add_column(column, justify="right")
    for label, score in (("jargon (spans)", report.jargon), ("lijdende vorm (zinnen)", report.passive)):
        table.add_row(label, str(score.tp), str(score.fp), str(score.fn), "", _score(score.precision),
                      _score(score.recall), _score(score.f1))
    for name, score in report.sections.items():
        table.add_row(f"onderdeel: {SECTION_LABELS[name]}", str(score.tp), str(score.fp), str(score.fn), str(score.tn),
                      _score(score.precision), _score(score.recall), _score(score.f1))
    console.print(table)
    console.print()

    summary = Table(title="Brief als geheel", title_justify="left", show_edge=False, pad_edge=False)
    summary.add_column("maat")
    summary.add_column("waarde", justify="right")
    summary.add_column("")
    lt, pr, lv = report.letter_type, report.pair_ranking, report.levels
    summary.add_row("soort brief: accuracy", _score(lt.accuracy), f"{lt.correct}/{lt.total}")
    summary.add_row("paren: B1 makkelijker dan origineel", _score(pr.accuracy), f"{pr.correct}/{pr.total}")
    summary.add_row("niveau: exact", _score(lv.accuracy), f"{lv.correct}/{lv.total}")
    summary.add_row("niveau: hooguit één niveau ernaast", _score(lv.adjacent_rate), f"{lv.adjacent}/{lv.total}")
    for name, score in report.sections.items():
        summary.add_row(f"ontbreekt: {SECTION_LABELS[name]}, F1", _score(score.missing_f1), f"{score.tn} terecht")
    pg, jb = report.paragraphs, report.jargon_b1
    summary.add_row("zeldzaam woord: alinea's met RD02", _score(pg.rare_recall), f"{pg.rare_found}/{pg.rare_total}")
    summary.add_row("alinea's zonder probleem met waarschuwing", _score(pg.quiet_warned_share),
                    f"{pg.quiet_warned}/{pg.quiet_total}")
    summary.add_row("jargon: vals alarm per 1.000 woorden (B1)", _score(jb.per_1000_words),
                    f"{jb.false_alarms} in {jb.words} woorden")
    console.print(summary)

    for title, confusion in (("Soort brief (gold ↓ × linter →)", lt), ("Niveau (verwacht ↓ × linter →)", lv)):
        used = [label for label in confusion.labels
                if any(confusion.counts[label].values()) or any(row[label] for row in confusion.counts.values())]
        matrix = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
        matrix.add_column("")
        for label in used:
            matrix.add_column(SHORT_LABELS.get(label, label), justify="right")
        for label in used:
            matrix.add_row(SHORT_LABELS.get(label, label),
                           *(str(confusion.counts[label][other] or "·") for other in used))
        console.print()
        console.print(matrix)

    limit = None if verbose else FIRST_FEW

    def listing(title: str, entries: list[str]) -> None:
        if not entries:
            return
        shown = entries if limit is None else entries[:limit]
        more = "" if len(shown) == len(entries) else f" (eerste {len(shown)}; alle met --verbose)"
        console.print(f"\n[bold]{escape(title)}[/]: {len(entries)}{more}", highlight=False)
        for entry in shown:
            console.print(f"  {escape(entry)}", highlight=False, soft_wrap=True)

    for label, score in (("jargon", report.jargon), ("lijdende vorm", report.passive)):
        listing(f"{label}: gemist (FN)", [f"{i.where()}  {short(i.text)}" for i in score.misses])
        listing(f"{label}: vals alarm (FP)", [f"{i.where()}  {short(i.text)}" for i in score.false_alarms])
    for name, score in report.sections.items():
        label = SECTION_LABELS[name]
        listing(f"{label}: gemist (FN)", [i.where() for i in score.misses])
        listing(f"{label}: vals alarm (FP)",
                [f"{i.where()}  {short(i.text)}".rstrip() for i in score.false_alarms])
    listing("soort brief: fout", [f"{i.file}  {i.text} ({i.detail})" for i in lt.errors])
    listing("zeldzaam woord zonder RD02", [f"{i.where()}  {short(i.text)}" for i in pg.rare_misses])
    listing("alinea zonder probleem, toch gewaarschuwd", [f"{i.where()}  {i.detail} {short(i.text)}"
                                                         for i in pg.quiet_alarms])
    listing("paren: B1 niet makkelijker", [f"{p.case}: origineel {p.original_score:.1f}, B1 {p.b1_score:.1f}"
                                            for p in pr.failing])
    listing("niveau: anders dan verwacht", [f"{i.file}  {i.text} ({i.detail})" for i in lv.errors])
    if pr.unpaired:
        listing("zaken zonder paar (niet meegeteld)", pr.unpaired)


def print_panel_summary(console: Console, stats, answers, key) -> None:
    """``panel results``: the short version for the terminal."""
    from letterlint.panel.report import interval, num, pct, ptext, verdict_preference, verdict_ratings

    for problem in [*answers.notes, *answers.problems, *answers.cell_problems]:
        console.print(f"[yellow]{escape(problem.line())}[/]", highlight=False, soft_wrap=True)
    console.print(f"[bold]Panel:[/] A = {escape(key.version_a)}, B = {escape(key.version_b)}", highlight=False)
    skipped = (f", {answers.skipped} {'rij' if answers.skipped == 1 else 'rijen'} overgeslagen"
               if answers.skipped else "")
    cells = len(answers.cell_problems)
    skipped += f", {cells} {'los antwoord' if cells == 1 else 'losse antwoorden'} overgeslagen" if cells else ""
    empty = f", {len(answers.empty)} deelnemers niet meegedaan" if answers.empty else ""
    valid = "1 geldig antwoord" if stats.n == 1 else f"{stats.n} geldige antwoorden"
    console.print(f"{valid}{skipped}{empty}.", highlight=False)
    p, r, c = stats.preference, stats.ratings, stats.comprehension
    table = Table(title="Uitkomsten", title_justify="left")
    for column in ("wat", "uitkomst", "toets"):
        table.add_column(column)
    table.add_row("voorkeur voor B", f"{p.k} van {p.n} ({pct(p.share)}), 95%-interval {interval(p)}",
                  f"binomiaaltoets {ptext(p.p_value)}")
    table.add_row("cijfers A / B", f"gemiddeld {num(r.mean_first, 1)} / {num(r.mean_second, 1)}, "
                  f"mediaan verschil {num(r.median_difference, 1)}",
                  f"Wilcoxon W = {num(r.statistic, 1)}, {ptext(r.p_value)}, r = {num(r.rank_biserial)}")
    table.add_row("begrip A / B", f"{pct(c.a.share)} ({c.a.k}/{c.a.n}) / {pct(c.b.share)} ({c.b.k}/{c.b.n})",
                  f"Mann-Whitney {ptext(c.between.p_value)}" if c.between else "-")
    o = stats.order
    table.add_row("volgorde", f"eerste versie gekozen: {o.prefer_first.k} van {o.prefer_first.n}, "
                  f"mediaan verschil eerste - tweede {num(o.first_vs_second.median_difference, 1)}",
                  f"binomiaal {ptext(o.prefer_first.p_value)}, Wilcoxon {ptext(o.first_vs_second.p_value)}")
    console.print(table)
    console.print(verdict_preference(p), highlight=False)
    console.print(verdict_ratings(r), highlight=False)
    for note in dict.fromkeys(n for n in (p.note, r.note) if n):
        console.print(f"[yellow]{escape(note)}[/]", highlight=False, soft_wrap=True)
