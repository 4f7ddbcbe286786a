"""``letterlint check``: lint letters and write a report (text, JSON, SARIF, JUnit, GitHub, GitLab)."""

from __future__ import annotations

import io
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from letterlint.cli.common import SEVERITIES, config_option, console, fail, load_config, model_option, split
from letterlint.config import FORMATS, LETTER_TYPES
from letterlint.findings import Severity

PROGRESS_MIN_FILES = 20


@click.command(name="check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS),
              help="Uitvoer: text, json, sarif, junit, github (annotaties) of gitlab (Code Quality).")
@click.option("-o", "--output", "--out", "output_file", type=click.Path(dir_okay=False),
              help="Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
@click.option("--select", multiple=True, help="Alleen deze regels of categorieën (komma's mogen).")
@click.option("--ignore", multiple=True, help="Deze regels of categorieën overslaan.")
@click.option("--min-severity", type=SEVERITIES, help="Toon alleen meldingen vanaf dit niveau.")
@click.option("--fail-on", type=SEVERITIES, help="Exitcode 1 bij een melding vanaf dit niveau (standaard: error).")
@model_option
@click.option("--type", "letter_type", type=click.Choice(LETTER_TYPES), help="Soort brief, in plaats van herkennen.")
@click.option("--statistics", is_flag=True, help="Toon daarna per regel hoe vaak die meldt.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Meldingen die in dit bestand staan, worden niet meer gemeld. Bestaat het niet, dan wordt het gemaakt.")
@click.option("--update-baseline", is_flag=True, help="Schrijf de meldingen van nu opnieuw naar --baseline.")
@click.option("--annotate", "annotate_file", type=click.Path(dir_okay=False),
              help="Schrijf een kopie van het .docx-bestand met elke melding als opmerking in Word.")
@click.option("--redact", is_flag=True, help="Verberg BSN, IBAN, telefoonnummers en e-mailadressen in het rapport.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), help="Aantal processen (0 = automatisch).")
@click.option("--no-cache", is_flag=True, help="Analyseer alle brieven opnieuw, ook als ze niet veranderd zijn.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Map voor de cache (standaard .letterlint_cache).")
@click.option("--follow-links", is_flag=True,
              help="Controleer ook bestanden waar een snelkoppeling (symlink) in een map naar buiten die map wijst.")
@config_option
def check(paths, output_format, output_file, select, ignore, min_severity, fail_on, model, letter_type, statistics,
          baseline_file, update_baseline, annotate_file, redact, jobs, no_cache, cache_dir, follow_links,
          config_path) -> None:
    """Controleer brieven (.txt, .md, .docx, mappen, of - voor standaardinvoer)."""
    config = load_config(
        config_path, format=output_format, select=split(select), ignore=split(ignore),
        min_severity=Severity.parse(min_severity) if min_severity else None,
        fail_on=Severity.parse(fail_on) if fail_on else None, model=model, letter_type=letter_type,
        jobs=jobs, cache=False if no_cache else None,
        cache_dir=str(Path(cache_dir).resolve()) if cache_dir else None,
    )
    if update_baseline and not baseline_file:
        fail("--update-baseline heeft --baseline BESTAND nodig")
    from letterlint.engine.run import CheckRun  # spaCy loads here, not for --help

    run = CheckRun(config, paths, output_file=output_file, baseline_file=baseline_file,
                   update_baseline=update_baseline, annotate_file=annotate_file, redact=redact,
                   follow_links=follow_links)
    sys.exit(execute(run, console(), console(stderr=True), statistics))


def execute(run, out: Console, errors: Console, statistics: bool = False) -> int:
    """Lint, report, and return the exit code. Text and JSON reports stream: a run over
    thousands of letters holds one batch of results at a time, not all of them."""
    from letterlint.report.base import Report

    plan = run.plan()
    tally = plan.tally
    on_screen = run.config.format == "text" and not run.output_file
    streamed = run.config.format in ("text", "json")
    kept = []
    report = Report(run.pipeline_name, run.linter.pack, run.config.fail_on)
    with _sink(run, out, report) as sink, _progress(errors, len(plan.files), quiet=on_screen) as advance:
        for result in run.results(plan, advance):
            if streamed:
                sink.add(result)
            if not streamed or run.annotate_file:
                kept.append(result)
        sink.close(kept, Report(run.pipeline_name, run.linter.pack, run.config.fail_on), tally)
    output_failed = _extras(run, out if on_screen else errors, kept, tally, statistics)
    return run.exit_code(tally, output_failed)


def _progress(errors: Console, total: int, quiet: bool):
    """A progress bar on a terminal for long runs; otherwise nothing."""
    if quiet or not errors.is_terminal or total < PROGRESS_MIN_FILES:
        return _NoProgress()
    return _Progress(errors, total)


@contextmanager
def _sink(run, out: Console, report) -> Iterator["_Sink"]:
    """Where the report goes: the screen, standard output, or a file replaced in one step."""
    from letterlint.safeio import atomic_writer

    if not run.output_file:
        yield _Sink(run.config.format, out, out.file.write, report)
        out.file.flush()
        return
    with atomic_writer(run.output_file) as handle:
        def write(text: str) -> None:
            handle.write(text.encode("utf-8"))

        plain = Console(file=io.TextIOWrapper(handle, encoding="utf-8", write_through=True), no_color=True,
                        force_terminal=False, highlight=False, soft_wrap=True, emoji=False)
        yield _Sink(run.config.format, plain, write, report)


def _extras(run, out: Console, kept: list, tally, statistics: bool) -> bool:
    """Baseline, statistics and the Word copy with comments; True when writing an output failed."""
    if run.recording_baseline:
        count = run.record_baseline(tally)
        out.print(f"baseline vastgelegd in {run.baseline_file}: {count} meldingen", highlight=False)
    elif run.baseline is not None and run.baseline.hidden:
        out.print(f"{run.baseline.hidden} bekende meldingen uit {run.baseline_file} niet getoond", highlight=False)
    if statistics:
        from letterlint.report.text import statistics_table

        out.print(statistics_table(tally, run.linter.pack))
    if run.annotate_file and kept and not kept[0].error:
        from letterlint.report.annotate import AnnotateError, annotate_docx
        from letterlint.safeio import OutputError

        try:
            count = annotate_docx(Path(run.paths[0]), kept[0].findings, Path(run.annotate_file))
        except (AnnotateError, OutputError) as exc:
            out.print(f"letterlint: {exc}", highlight=False, style="bold red")
            return True
        out.print(f"{count} opmerkingen geschreven naar {run.annotate_file}", highlight=False)
    return False


class _Sink:
    """Writes each result as it comes (text, JSON) or the whole report at the end (the rest)."""

    def __init__(self, output_format: str, out: Console, write, report):
        self.format = output_format
        self.console = out
        self.write = write
        self.json = None
        if output_format == "json":
            from letterlint.report.json import JsonStream

            self.json = JsonStream(report, write)

    def add(self, result) -> None:
        if self.format == "text":
            from letterlint.report import text

            text.print_result(self.console, result)
        elif self.json is not None:
            self.json.add(result)

    def close(self, kept: list, report, tally) -> None:
        if self.format == "text":
            from letterlint.report import text

            text.print_totals(self.console, tally.files, tally.counts, tally.unreadable, report.pipeline)
        elif self.json is not None:
            self.json.end()
            self.write("\n")
        else:
            from letterlint.report.formats import machine_formatter

            output = machine_formatter(self.format)(kept, report)
            self.write(output if output.endswith("\n") or not output else output + "\n")


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc) -> None:
        return None


class _Progress:
    def __init__(self, errors: Console, total: int):
        self.progress = Progress(TextColumn("brieven controleren"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=errors, transient=True)
        self.total = total

    def __enter__(self):
        self.progress.__enter__()
        task = self.progress.add_task("check", total=self.total)
        return lambda done: self.progress.advance(task, done)

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)
