"""One run of ``letterlint check``, without any user interface.

The CLI parses options into a :class:`~letterlint.config.Config`; this module does the rest in
one direction: expand the inputs → lint them (cache, processes) → per-file ignores, baseline and
redaction → results that the caller streams into a report, and an exit code. It never prints.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Iterator
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from letterlint.errors import LetterlintError
from letterlint.engine.baseline import Baseline, BaselineError
from letterlint.engine.baseline import write as write_baseline
from letterlint.engine.cache import DEFAULT_DIR, ResultCache
from letterlint.config import Config
from letterlint.engine.linter import LetterResult, Linter
from letterlint.nlp.choice import model_description
from letterlint.engine.parallel import choose_jobs, expand, lint_files
from letterlint.findings import Counts, Severity, relative_path
from letterlint.safeio import OutputError, ensure_not_input

class CheckError(LetterlintError):
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
        if self.linter.pipeline_loaded:
            return self.linter.pipeline.info.describe()
        return model_description(self.config.model)

    def _finish(self, result: LetterResult) -> LetterResult:
        """What a report keeps of a result: baseline applied, personal data masked, no letter model."""
        if self.baseline is not None:
            result = self.baseline.filter(result, relative_path(result.path))
        if self.redact:
            from letterlint.engine.redaction import redact_result

            result = redact_result(result)
        structure = replace(result.structure, evidence={}) if result.structure else None
        return replace(result, letter=None, structure=structure)

    def results(self, files: list[str], jobs: int, tally: "Tally",
                progress: Callable[[int], None] | None = None) -> Iterator[LetterResult]:
        """Lint ``files`` and yield each finished result in input order, counted in ``tally``."""
        for result in lint_files(self.linter, files, jobs, progress):
            result = self._finish(result)
            tally.add(result, relative_path(result.path))
            yield result

    def plan(self) -> tuple[list[str], int, "Tally"]:
        """The files to lint, the number of processes and an empty tally for this run."""
        files = expand(self.linter, self.paths)
        jobs = choose_jobs(self.config.jobs, self.linter.uncached(files) if self.config.jobs == 0 else len(files))
        tally = Tally(self.config.fail_on, keep_findings=self.recording_baseline)
        return files, jobs, tally

    @property
    def recording_baseline(self) -> bool:
        return bool(self.baseline_file and (self.update_baseline or self.baseline is None))

    def record_baseline(self, tally: "Tally") -> int:
        """Write the baseline file with this run's findings; the number written."""
        return write_baseline(self.baseline_file, tally.recorded)

    def exit_code(self, tally: "Tally", output_failed: bool = False) -> int:
        if output_failed:
            return 2
        if self.baseline_file and self.baseline is None:  # just recorded: every finding is now a known one
            return 2 if tally.unreadable else 0
        return tally.exit_code()


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
