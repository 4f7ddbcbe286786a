"""One run of ``letterlint check``: files in, report out.

The CLI parses options into a :class:`~letterlint.config.Config`; this module does the rest in
one direction: expand the inputs → lint them (cache, processes) → per-file ignores, baseline and
redaction → a report in the chosen format, an optional Word copy with comments, and an exit code.
"""

from __future__ import annotations

import hashlib
import io
from contextlib import contextmanager
from typing import Iterator
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from .baseline import Baseline, BaselineError
from .baseline import write as write_baseline
from .cache import DEFAULT_DIR, ResultCache
from .config import Config
from .engine import LetterResult, Linter
from .formatters import Report, machine_formatter
from .pipelines import model_description
from .parallel import choose_jobs, expand, lint_files
from .findings import Counts, Severity
from .safeio import OutputError, atomic_writer, ensure_not_input

PROGRESS_MIN_FILES = 20


class CheckError(Exception):
    """A check cannot start (wrong combination of options, unusable baseline); Dutch, one line."""


def cache_salt(config: Config, linter: Linter) -> str:
    """Everything besides the file itself that changes an analysis result."""
    parts = [
        linter.pack.fingerprint, model_description(config.model), config.model,
        ",".join(sorted(linter.enabled)), config.min_severity.label, config.letter_type or "",
        repr(sorted((rule, severity.label) for rule, severity in config.severity.items())),
        repr(sorted((rule, sorted(params.items())) for rule, params in config.rule_params.items())),
        str(config.max_file_size_mb),
    ]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


@dataclass
class CheckRun:
    config: Config
    paths: tuple[str, ...]
    output_file: str | None = None
    baseline_file: str | None = None
    update_baseline: bool = False
    annotate_file: str | None = None
    redact: bool = False
    linter: Linter = field(init=False)
    baseline: Baseline | None = field(init=False, default=None)
    output_failed: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        inputs = [path for path in self.paths if path != "-"]
        try:
            for output in (self.output_file, self.annotate_file, self.baseline_file if self.update_baseline else None):
                if output:
                    ensure_not_input(output, inputs)
        except OutputError as exc:
            raise CheckError(str(exc)) from None
        if self.annotate_file:
            if len(self.paths) != 1 or Path(self.paths[0]).suffix.lower() != ".docx":
                raise CheckError("--annotate werkt met precies één .docx-bestand")
            if Path(self.annotate_file).suffix.lower() != ".docx":
                raise CheckError(f"{self.annotate_file}: --annotate schrijft een .docx-bestand")
        self.linter = Linter(self.config)
        if self.config.cache:
            directory = self.config.cache_dir or str(
                (self.config.base_dir if self.config.source else Path.cwd()) / DEFAULT_DIR)
            self.linter.cache = ResultCache(directory, cache_salt(self.config, self.linter))
        if self.baseline_file and not self.update_baseline and Path(self.baseline_file).exists():
            try:
                self.baseline = Baseline.load(self.baseline_file)
            except BaselineError as exc:
                raise CheckError(str(exc)) from None

    @property
    def pipeline_name(self) -> str:
        if "pipeline" in self.linter.__dict__:  # loaded in this process
            return self.linter.pipeline.info.describe()
        return model_description(self.config.model)

    def report(self) -> Report:
        return Report(self.pipeline_name, self.linter.pack, self.config.fail_on)

    def _finish(self, result: LetterResult, report: Report) -> LetterResult:
        """What a report keeps of a result: baseline applied, personal data masked, no letter model."""
        if self.baseline is not None:
            result = self.baseline.filter(result, report.relative(result.path))
        if self.redact:
            from .redaction import redact_result

            result = redact_result(result)
        structure = replace(result.structure, evidence={}) if result.structure else None
        return replace(result, letter=None, structure=structure)

    def execute(self, console: Console, errors: Console, statistics: bool = False) -> int:
        """Lint, report, and return the exit code. Text and JSON reports stream: a run over
        thousands of letters holds one batch of results at a time, not all of them."""
        files = expand(self.linter, self.paths)
        jobs = choose_jobs(self.config.jobs, self.linter.uncached(files) if self.config.jobs == 0 else len(files))
        tally = Tally(self.config.fail_on, keep_findings=bool(self.baseline_file and self.baseline is None
                                                              or self.update_baseline))
        streamed = self.config.format in ("text", "json")
        kept: list[LetterResult] = []
        report = self.report()
        with self._sink(console) as sink, self._progress(errors, len(files), quiet=self._on_screen) as advance:
            for result in lint_files(self.linter, files, jobs, advance):
                result = self._finish(result, report)
                tally.add(result, report.relative(result.path))
                if streamed:
                    sink.add(result)
                if not streamed or self.annotate_file:
                    kept.append(result)
            sink.close(kept, self.report(), tally)
        self._extras(console if self._on_screen else errors, kept, tally, statistics)
        if self.output_failed:
            return 2
        if self.baseline_file and self.baseline is None:  # just recorded: every finding is now a known one
            return 2 if tally.unreadable else 0
        return tally.exit_code()

    @property
    def _on_screen(self) -> bool:
        return self.config.format == "text" and not self.output_file

    def _progress(self, errors: Console, total: int, quiet: bool):
        """A progress bar on a terminal for long runs; otherwise nothing."""
        if quiet or not errors.is_terminal or total < PROGRESS_MIN_FILES:
            return _NoProgress()
        return _Progress(errors, total)

    @contextmanager
    def _sink(self, console: Console) -> Iterator["_Sink"]:
        """Where the report goes: the screen, standard output, or a file replaced in one step."""
        if not self.output_file:
            yield _Sink(self.config.format, console, console.file.write, self.report())
            console.file.flush()
            return
        with atomic_writer(self.output_file) as handle:
            def write(text: str) -> None:
                handle.write(text.encode("utf-8"))

            plain = Console(file=io.TextIOWrapper(handle, encoding="utf-8", write_through=True), no_color=True,
                            force_terminal=False, highlight=False, soft_wrap=True, emoji=False)
            yield _Sink(self.config.format, plain, write, self.report())

    def _extras(self, console: Console, kept: list[LetterResult], tally: "Tally", statistics: bool) -> None:
        if self.baseline_file and (self.update_baseline or self.baseline is None):
            count = write_baseline(self.baseline_file, tally.recorded)
            console.print(f"baseline vastgelegd in {self.baseline_file}: {count} meldingen", highlight=False)
        elif self.baseline is not None and self.baseline.hidden:
            console.print(f"{self.baseline.hidden} bekende meldingen uit {self.baseline_file} niet getoond",
                          highlight=False)
        if statistics:
            console.print(statistics_table(tally, self.linter))
        if self.annotate_file and kept and not kept[0].error:
            from .annotate import AnnotateError, annotate_docx

            try:
                count = annotate_docx(Path(self.paths[0]), kept[0].findings, Path(self.annotate_file))
            except AnnotateError as exc:
                self.output_failed = True
                console.print(f"letterlint: {exc}", highlight=False, style="bold red")
                return
            console.print(f"{count} opmerkingen geschreven naar {self.annotate_file}", highlight=False)


@dataclass
class Tally:
    """What a run needs to remember of results it no longer holds: counts, and for a baseline
    being recorded, the findings."""

    fail_on: Severity
    keep_findings: bool = False
    files: int = 0
    unreadable: int = 0
    failing: int = 0
    counts: Counts = field(default_factory=Counts)
    per_rule: Counter = field(default_factory=Counter)
    letters_per_rule: Counter = field(default_factory=Counter)
    recorded: list = field(default_factory=list)

    def add(self, result: LetterResult, path: str) -> None:
        self.files += 1
        self.unreadable += 1 if result.error else 0
        for finding in result.findings:
            self.counts.add(finding.severity)
            self.per_rule[finding.rule] += 1
            self.failing += 1 if finding.severity >= self.fail_on else 0
        self.letters_per_rule.update({finding.rule for finding in result.findings})
        if self.keep_findings:
            self.recorded.append((path, replace(result, sentences=[], readability=None)))

    def exit_code(self) -> int:
        return 2 if self.unreadable else 1 if self.failing else 0


class _Sink:
    """Writes each result as it comes (text, JSON) or the whole report at the end (the rest)."""

    def __init__(self, output_format: str, console: Console, write, report: Report):
        self.format = output_format
        self.console = console
        self.write = write
        self.json = None
        if output_format == "json":
            from .formatters.json import JsonStream

            self.json = JsonStream(report, write)

    def add(self, result: LetterResult) -> None:
        if self.format == "text":
            from .formatters import text

            text.print_result(self.console, result)
        elif self.json is not None:
            self.json.add(result)

    def close(self, kept: list[LetterResult], report: Report, tally: Tally) -> None:
        if self.format == "text":
            from .formatters import text

            text.print_totals(self.console, tally.files, tally.counts, tally.unreadable, report.pipeline)
        elif self.json is not None:
            self.json.end()
            self.write("\n")
        else:
            output = machine_formatter(self.format)(kept, report)
            self.write(output if output.endswith("\n") or not output else output + "\n")


def statistics_table(tally: Tally, linter: Linter) -> Table:
    table = Table(title="meldingen per regel")
    for column in ("aantal", "brieven", "regel", "naam", "ernst"):
        table.add_column(column, justify="right" if column in ("aantal", "brieven") else "left")
    for rule_id, number in sorted(tally.per_rule.items(), key=lambda item: (-item[1], item[0])):
        rule = linter.pack.rules.get(rule_id)
        table.add_row(str(number), str(tally.letters_per_rule[rule_id]), rule_id, rule.name if rule else "",
                      rule.severity.label if rule else "")
    return table


class _NoProgress:
    def __enter__(self):
        return None

    def __exit__(self, *exc) -> None:
        return None


class _Progress:
    def __init__(self, console: Console, total: int):
        self.progress = Progress(TextColumn("brieven controleren"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), console=console, transient=True)
        self.total = total

    def __enter__(self):
        self.progress.__enter__()
        task = self.progress.add_task("check", total=self.total)
        return lambda done: self.progress.advance(task, done)

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)
