"""The lint engine: read → letter model → NLP → checks → findings. Formatting lives elsewhere.

One :class:`Linter` holds everything that is expensive to build (the spaCy pipeline, the compiled
rule-pack matcher, the structure cues) and is reused for every letter. Letters are processed in
batches so spaCy can pipe the running text of many letters at once, and results stream out in
input order without holding every letter in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Iterable, Iterator

from .checks import CODE_CHECKS, DATA_CHECK, Context, SentenceRecord
from .config import Config, validate_against
from .findings import Finding, Severity
from .letter import Letter, build_letter
from .nlp import Pipeline, load_pipeline
from .patterns import PhraseMatcher
from .readability import Readability, ReadabilityModel, measure, sentence_stats
from .reading import ReadError, SourceDocument, iter_input_paths, read_bytes_as_document, read_document
from .rulepack import CATEGORIES, RulePack, RulePackError, RuleSpec, load_rule_pack
from .structure import StructureAnalyzer, StructureResult

BATCH_LETTERS = 32


@dataclass
class SentenceScore:
    location: dict
    words: int
    score: float
    level: str


@dataclass
class LetterResult:
    path: str
    letter: Letter | None = None
    readability: Readability | None = None
    structure: StructureResult | None = None
    findings: list[Finding] = field(default_factory=list)
    sentences: list[SentenceScore] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    error: str | None = None


class Linter:
    def __init__(self, config: Config | None = None, pack: RulePack | None = None,
                 pipeline: Pipeline | None = None):
        config = config or Config()
        self.pack = pack or load_rule_pack(config.rules_dirs)
        self.config = validate_against(config, self.pack.rules, CATEGORIES)
        self.pipeline = pipeline or load_pipeline(self.config.model)
        self.rules: list[RuleSpec] = [rule for rule in self.pack if self.config.is_enabled(rule.id, rule.category)]
        data_rules = [rule for rule in self.rules if rule.kind != "code"]
        self.phrases = PhraseMatcher(self.pipeline.nlp, data_rules, self.pack.verbs) if data_rules else None
        self.analyzer = StructureAnalyzer(self.pack.structure)
        try:
            self.readability_model = ReadabilityModel.from_data(self.pack.readability)
        except ValueError as exc:
            raise RulePackError(str(exc)) from None
        rd02 = self.pack.rules.get("RD02")
        default = rd02.param("zipf_threshold", 2.5) if rd02 else 2.5
        self.participles = frozenset(
            form.lower() for infinitive, forms in self.pack.verbs.items() for form in forms
            if form.startswith("ge") or (infinitive.startswith(("be", "ver", "ont", "her", "er"))
                                         and form.endswith("en") and form != infinitive))
        self.zipf_threshold = float(self.config.rule_params.get("RD02", {}).get("zipf_threshold", default))

    # ------------------------------------------------------------------ inputs

    def read(self, path: str) -> SourceDocument | LetterResult:
        try:
            return read_document(path, int(self.config.max_file_size_mb * 1024 * 1024))
        except ReadError as exc:
            return LetterResult(path=path, error=str(exc))

    def lint_paths(self, paths: Iterable[str]) -> Iterator[LetterResult]:
        """Lint files and folders; results stream out in input order."""
        files = iter_input_paths(list(paths), exclude=self.config.exclude)
        while True:
            batch = [self.read(path) for path in islice(files, BATCH_LETTERS)]
            if not batch:
                return
            yield from self.lint_documents(batch)

    def lint_text(self, text: str, path: str = "<tekst>", kind: str = "markdown") -> LetterResult:
        """Lint a letter given as a string, exactly as if it were a file of that kind."""
        try:
            document = read_bytes_as_document(text.encode("utf-8"), path, kind)
        except ReadError as exc:
            return LetterResult(path=path, error=str(exc))
        return self.lint_documents([document])[0]

    # ------------------------------------------------------------------ analysis

    def lint_documents(self, items: list[SourceDocument | LetterResult]) -> list[LetterResult]:
        prepared = [self._prepare(item) for item in items]
        letters = [letter for letter, _item in prepared]
        items = [item for _letter, item in prepared]
        texts = [block.text for letter in letters if letter for block in letter.running_blocks]
        docs = iter(self.pipeline.pipe(texts))
        results = []
        for item, letter in zip(items, letters):
            if letter is None:
                results.append(item)
                continue
            parsed = [(block, next(docs)) for block in letter.running_blocks]
            try:
                results.append(self._analyse(letter, parsed))
            except Exception as exc:  # one letter must never stop the run or print a traceback
                results.append(LetterResult(path=letter.path, error=f"interne fout bij het analyseren ({type(exc).__name__}: {exc}); meld dit als fout in letterlint"))
        return results

    @staticmethod
    def _prepare(item: SourceDocument | LetterResult) -> tuple[Letter | None, SourceDocument | LetterResult]:
        """The letter model of a document, or (None, a result that says why there is none)."""
        if not isinstance(item, SourceDocument):
            return None, item
        try:
            letter = build_letter(item)
        except Exception as exc:  # never a traceback: the other letters go on
            return None, LetterResult(path=item.path, error=f"interne fout bij het indelen ({type(exc).__name__}: {exc})")
        if not letter.blocks:
            return None, LetterResult(path=item.path, error="het bestand bevat geen tekst")
        return letter, item

    def _analyse(self, letter: Letter, parsed) -> LetterResult:
        has_parser = self.pipeline.info.has_parser
        sentences = [SentenceRecord(block, span, sentence_stats(span, self.zipf_threshold, has_parser))
                     for block, doc in parsed for span in doc.sents if span.text.strip()]
        readability = measure([record.stats for record in sentences], self.readability_model)
        units = [record.unit() for record in sentences]
        structure = self.analyzer.analyse(letter, units, self.config.letter_type)
        context = Context(letter, sentences, structure, readability, self.pipeline.info, self.config,
                          self.analyzer, self.phrases, self.participles)
        findings = self._run_checks(context)
        model = self.readability_model
        scores = []
        for record in sentences:
            score = record.stats.score(model)
            location = letter.locate(record.block, record.span.start_char, record.span.end_char).as_dict()
            scores.append(SentenceScore(location, record.stats.words, score, model.level(score)))
        return LetterResult(letter.path, letter, readability, structure, findings, scores,
                            list(letter.source.notices))

    def _run_checks(self, context: Context) -> list[Finding]:
        findings: list[Finding] = []
        data_rules = [rule for rule in self.rules if rule.kind != "code"]
        code_rules = [rule for rule in self.rules if rule.kind == "code" and rule.id in CODE_CHECKS]
        for rule in data_rules:
            produced = list(DATA_CHECK(context, rule))
            if rule.category == "jargon":
                context.flagged_words.update(word.lower() for f in produced for word in f.text.split())
            findings.extend(produced)
        for rule in code_rules:
            findings.extend(CODE_CHECKS[rule.id](context, rule))
        overrides = self.config.severity
        if overrides:
            findings = [replace(f, severity=overrides[f.rule]) if f.rule in overrides else f for f in findings]
        minimum = self.config.min_severity
        findings = [f for f in findings if f.severity >= minimum]
        findings.sort(key=Finding.sort_key)
        return findings


def exit_code(results: Iterable[LetterResult], fail_on: Severity) -> int:
    code = 0
    for result in results:
        if result.error:
            return 2
        if any(f.severity >= fail_on for f in result.findings):
            code = 1
    return code
