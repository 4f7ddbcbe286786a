"""One run of ``letterlint check``: files in, report out.

The CLI parses options into a :class:`~letterlint.config.Config`; this module does the rest in
one direction: expand the inputs → lint them (cache, processes) → per-file ignores, baseline and
redaction → a report in the chosen format, an optional Word copy with comments, and an exit code.
"""

from __future__ import annotations

import hashlib
import io
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
from .engine import LetterResult, Linter, exit_code
from .formatters import Report, machine_formatter
from .nlp import model_description
from .parallel import choose_jobs, expand, lint_files
from .safeio import OutputError, atomic_write, ensure_not_input

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
        files = expand(self.linter, self.paths)
        jobs = choose_jobs(self.config.jobs, len(files))
        report = self.report()
        text_to_screen = self.config.format == "text" and not self.output_file
        results: list[LetterResult] = []
        with self._progress(errors, len(files), quiet=text_to_screen) as advance:
            for result in lint_files(self.linter, files, jobs, advance):
                result = self._finish(result, report)
                if text_to_screen:
                    from .formatters import text

                    text.print_result(console, result)
                results.append(result)
        report = self.report()  # the pipeline may have loaded meanwhile
        self._write_report(console, results, report, text_to_screen)
        self._extras(console if text_to_screen else errors, results, report, statistics)
        if self.output_failed:
            return 2
        if self.baseline_file and self.baseline is None:  # just recorded: every finding is now a known one
            return 2 if any(result.error for result in results) else 0
        return exit_code(results, self.config.fail_on)

    def _progress(self, errors: Console, total: int, quiet: bool):
        """A progress bar on a terminal for long runs; otherwise nothing."""
        if quiet or not errors.is_terminal or total < PROGRESS_MIN_FILES:
            return _NoProgress()
        return _Progress(errors, total)

    def _write_report(self, console: Console, results: list[LetterResult], report: Report, streamed: bool) -> None:
        if self.config.format == "text":
            from .formatters import text

            if streamed:
                text.print_summary(console, results, report.pipeline)
                return
            buffer = io.StringIO()
            plain = Console(file=buffer, no_color=True, force_terminal=False, highlight=False, soft_wrap=True,
                            emoji=False)
            for result in results:
                text.print_result(plain, result)
            text.print_summary(plain, results, report.pipeline)
            output = buffer.getvalue()
        else:
            output = machine_formatter(self.config.format)(results, report)
        if self.output_file:
            atomic_write(self.output_file, output if output.endswith("\n") else output + "\n")
        else:
            console.file.write(output + ("\n" if output and not output.endswith("\n") else ""))
            console.file.flush()

    def _extras(self, console: Console, results: list[LetterResult], report: Report, statistics: bool) -> None:
        if self.baseline_file and (self.update_baseline or self.baseline is None):
            count = write_baseline(self.baseline_file, ((report.relative(r.path), r) for r in results))
            console.print(f"baseline vastgelegd in {self.baseline_file}: {count} meldingen", highlight=False)
        elif self.baseline is not None and self.baseline.hidden:
            console.print(f"{self.baseline.hidden} bekende meldingen uit {self.baseline_file} niet getoond",
                          highlight=False)
        if statistics:
            console.print(statistics_table(results, self.linter))
        if self.annotate_file and results and not results[0].error:
            from .annotate import AnnotateError, annotate_docx

            try:
                count = annotate_docx(Path(self.paths[0]), results[0].findings, Path(self.annotate_file))
            except AnnotateError as exc:
                self.output_failed = True
                console.print(f"letterlint: {exc}", highlight=False, style="bold red")
                return
            console.print(f"{count} opmerkingen geschreven naar {self.annotate_file}", highlight=False)


def statistics_table(results: list[LetterResult], linter: Linter) -> Table:
    counts = Counter(finding.rule for result in results for finding in result.findings)
    letters = Counter(finding.rule for result in results for finding in {f.rule: f for f in result.findings}.values())
    table = Table(title="meldingen per regel")
    for column in ("aantal", "brieven", "regel", "naam", "ernst"):
        table.add_column(column, justify="right" if column in ("aantal", "brieven") else "left")
    for rule_id, number in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = linter.pack.rules.get(rule_id)
        table.add_row(str(number), str(letters[rule_id]), rule_id, rule.name if rule else "",
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
