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
from letterlint.engine.linter import LetterResult, Linter, failure
from letterlint.nlp.choice import model_description
from letterlint.engine.parallel import choose_jobs, expand, lint_files
from letterlint.findings import Counts, Severity, relative_path
from letterlint.rulepack import CATEGORIES, RulePack, load_rule_pack
from letterlint.config import validate_against
from letterlint.safeio import OutputError, ensure_not_input

class CheckError(LetterlintError):
    """A check cannot start (wrong combination of options, unusable baseline); Dutch, one line."""


def cache_salt(config: Config, pack: RulePack) -> str:
    """Everything besides the file itself that changes an analysis result (``config`` validated
    against ``pack``)."""
    enabled = [rule.id for rule in pack if config.is_enabled(rule.id, rule.category)]
    parts = [
        pack.fingerprint, model_description(config.model), config.model,
        ",".join(sorted(enabled)), config.min_severity.label, config.letter_type or "",
        repr(sorted((rule, severity.label) for rule, severity in config.severity.items())),
        repr(sorted((rule, sorted(params.items())) for rule, params in config.rule_params.items())),
        str(config.max_file_size_mb),
    ]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


@dataclass
class Plan:
    """What a run will do: the files found (folders walked), the processes, cache keys already
    computed, and the tally the results are counted in."""

    files: list[str]
    jobs: int
    tally: "Tally"
    keys: dict[str, str | None] = field(default_factory=dict)


@dataclass
class CheckRun:
    config: Config
    paths: tuple[str, ...]
    output_file: str | None = None
    baseline_file: str | None = None
    update_baseline: bool = False
    annotate_file: str | None = None
    redact: bool = False
    follow_links: bool = False
    linter: Linter = field(init=False)
    baseline: Baseline | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self._guard_outputs([path for path in self.paths if path != "-"])
        if self.annotate_file:
            if len(self.paths) != 1 or Path(self.paths[0]).suffix.lower() != ".docx":
                raise CheckError("--annotate werkt met precies één .docx-bestand")
            if Path(self.annotate_file).suffix.lower() != ".docx":
                raise CheckError(f"{self.annotate_file}: --annotate schrijft een .docx-bestand")
        pack = load_rule_pack(self.config.rules_dirs)
        config = validate_against(self.config, pack.rules, CATEGORIES)
        cache = None
        if config.cache:
            directory = config.cache_dir or str((config.base_dir if config.source else Path.cwd()) / DEFAULT_DIR)
            cache = ResultCache(directory, cache_salt(config, pack))
        self.linter = Linter(config, pack, cache=cache)
        if self.baseline_file and not self.update_baseline and Path(self.baseline_file).exists():
            try:
                self.baseline = Baseline.load(self.baseline_file)
            except BaselineError as exc:
                raise CheckError(str(exc)) from None

    @property
    def outputs(self) -> list[str]:
        """The files this run writes (report, Word copy, baseline being recorded)."""
        recorded = self.baseline_file if self.update_baseline or (
            self.baseline_file and not Path(self.baseline_file).exists()) else None
        return [path for path in (self.output_file, self.annotate_file, recorded) if path]

    def _guard_outputs(self, inputs: list[str]) -> None:
        """Refuse (CheckError, exit 2) when an output would replace one of ``inputs``."""
        try:
            for output in self.outputs:
                ensure_not_input(output, inputs)
        except OutputError as exc:
            raise CheckError(str(exc)) from None

    @property
    def pipeline_name(self) -> str:
        if self.linter.pipeline_loaded:
            return self.linter.pipeline.info.describe()
        return model_description(self.config.model)

    def _finish(self, result: LetterResult) -> LetterResult:
        """What a report keeps of a result: personal data masked, baseline applied, no letter
        model. Redaction comes first, so a baseline recorded with --redact matches again."""
        try:
            if self.redact:
                from letterlint.engine.redaction import redact_result

                result = redact_result(result)
            if self.baseline is not None:
                result = self.baseline.filter(result, relative_path(result.path))
            structure = replace(result.structure, evidence={}) if result.structure else None
            return replace(result, letter=None, structure=structure)
        except Exception as exc:
            return failure(result.path, "report", exc)

    def results(self, plan: Plan, progress: Callable[[int], None] | None = None) -> Iterator[LetterResult]:
        """Lint the plan's files and yield each finished result in input order, counted in its tally."""
        for result in lint_files(self.linter, plan.files, plan.jobs, progress, plan.keys):
            result = self._finish(result)
            plan.tally.add(result, relative_path(result.path))
            yield result

    def plan(self) -> Plan:
        """Walk the folders and decide the processes. Raises CheckError when an output file is
        one of the files found (compared after walking: resolved paths and hard links)."""
        files = expand(self.linter, self.paths, self.follow_links)
        self._guard_outputs([path for path in files if path != "-"])
        keys = {}
        if self.config.jobs == 0 and self.linter.cache is not None and len(files) >= 2:
            keys = self.linter.cache_keys(files)  # hashed once: the run reuses these keys
        todo = self.linter.uncached(files, keys) if keys else len(files)
        jobs = choose_jobs(self.config.jobs, todo)
        tally = Tally(self.config.fail_on, keep_findings=self.recording_baseline)
        return Plan(files, jobs, tally, keys)

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
