"""The lint engine: read → letter model → NLP → checks → findings. Formatting lives elsewhere.

One :class:`Linter` holds everything that is expensive to build (the spaCy pipeline, the compiled
rule-pack matcher, the structure cues) and is reused for every letter. Letters are processed in
batches so spaCy can pipe the running text of many letters at once, and results stream out in
input order without holding every letter in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from letterlint.config import Config, validate_against
from letterlint.findings import Finding, Location, Severity
from letterlint.reading.letter import BlockKind, Letter, build_letter
from letterlint.nlp.choice import ensure_available
from letterlint.readability import Readability, ReadabilityModel, measure, sentence_stats
from letterlint.nlp.bounds import MAX_ANALYSED_CHARS, MAX_ANALYSED_TOKENS, MAX_TOKEN_CHARS, blank_long_tokens, token_prefix
from letterlint.reading.sources import (SUPPORTED_SUFFIXES, ReadError, SkippedInput, SourceDocument, document_from_bytes,
                                        iter_input_paths, load_bytes, read_bytes_as_document)
from letterlint.rulepack import (CATEGORIES, RulePack, RulePackError, RuleSpec, law_name_pattern, load_rule_pack,
                                 unstressed_prefixes)
from letterlint.structure import StructureAnalyzer, StructureResult
from letterlint.engine.suppression import apply as apply_suppressions
from letterlint.engine.suppression import parse as parse_suppressions
from letterlint.engine.suppression import strip_directives

if TYPE_CHECKING:  # spaCy and everything built on it load with the pipeline, not with this module
    from letterlint.nlp.pipeline import Pipeline
    from letterlint.nlp.matching import PhraseMatcher
    from letterlint.nlp.reuse import TensorIndex
    from spacy.tokens import Doc

BATCH_LETTERS = 32

# What failed, per stage, in a file's one-line error when something unexpected goes wrong there.
STAGES = {
    "read": "kon niet worden gelezen",
    "cache": "cache kon niet worden gebruikt",
    "layout": "kon niet in delen worden ingedeeld",
    "analyse": "kon niet worden geanalyseerd",
    "template": "sjabloon kon niet worden verwerkt",
    "report": "resultaat kon niet worden verwerkt",
}


def failure(path: str, stage: str, exc: BaseException) -> "LetterResult":
    """The result of a file whose ``stage`` raised something unexpected: one Dutch line that says
    what failed and how, so the run goes on with the next file (exit code 2 at the end)."""
    detail = " ".join(str(exc).split())[:160]
    kind = type(exc).__name__ + (f": {detail}" if detail else "")
    return LetterResult(path=path, error=f"{STAGES[stage]} ({kind}); meld dit als fout in letterlint")


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
    # (block, spaCy span) of every running-text sentence, only with Linter(keep_spans=True):
    # `rewrite` hands them to the simplifier so it does not parse the sentences again
    spans: list | None = field(default=None, repr=False, compare=False)
    # the spaCy Doc of every text the analysis parsed (running-text blocks and subject lines), by
    # that exact text, also only with keep_spans: `rewrite` lints its proposal with them, so a
    # paragraph the proposal keeps as it was is not parsed a second time
    parses: dict | None = field(default=None, repr=False, compare=False)
    # parallel to spans: the rule-pack phrase matches of each sentence as the checks found them,
    # (compiled entry, token indices within the sentence); the simplifier's jargon pass uses them
    phrase_hits: list | None = field(default=None, repr=False, compare=False)


def _scored_stats(sentences: list) -> list:
    """The sentences the letter's readability is measured on: running-text sentences, not table
    rows and not headings. A heading is no sentence: question headings ("Wat moet u doen?") would
    make a letter look easier the more of them it has. A text of headings only is scored on them."""
    stats = [record.stats for record in sentences if not record.table_row]
    prose = [record.stats for record in sentences
             if not record.table_row and record.block.kind is not BlockKind.HEADING]
    return prose or stats


class Linter:
    """Everything expensive, built once per process and reused for every letter.

    The spaCy pipeline and the phrase matcher load on first use, so a run whose letters all come
    from the cache never loads them.
    """

    def __init__(self, config: Config | None = None, pack: RulePack | None = None,
                 pipeline: Pipeline | None = None, cache=None, keep_spans: bool = False):
        config = config or Config()
        self.keep_spans = keep_spans
        self.pack = pack or load_rule_pack(config.rules_dirs)
        self.config = validate_against(config, self.pack.rules, CATEGORIES)
        if pipeline is None:
            ensure_available(self.config.model)  # a missing model is reported now, before any letter
        self._pipeline = pipeline
        self.cache = cache  # a ResultCache (engine.cache), or None: analyse every letter
        self.rules: list[RuleSpec] = [rule for rule in self.pack if self.config.is_enabled(rule.id, rule.category)]
        self.enabled = frozenset(rule.id for rule in self.rules)
        self.analyzer = StructureAnalyzer(self.pack.structure)
        try:
            self.readability_model = ReadabilityModel.from_data(self.pack.readability)
        except ValueError as exc:
            raise RulePackError(str(exc)) from None
        rd02 = self.pack.rules.get("RD02")
        default = rd02.param("zipf_threshold", 2.5) if rd02 else 2.5
        no_ge = tuple(prefix for prefix in unstressed_prefixes() if prefix != "ge")
        self.participles = frozenset(
            form.lower() for infinitive, forms in self.pack.verbs.items() for form in forms
            if form.startswith("ge") or (infinitive.startswith(no_ge)
                                         and form.endswith("en") and form != infinitive))
        self.zipf_threshold = float(self.config.rule_params.get("RD02", {}).get("zipf_threshold", default))

    @property
    def pipeline_loaded(self) -> bool:
        """Whether this process has loaded the spaCy pipeline yet (cache hits never do)."""
        return "pipeline" in self.__dict__

    @cached_property
    def pipeline(self) -> Pipeline:
        from letterlint.nlp.pipeline import load_pipeline

        return self._pipeline or load_pipeline(self.config.model)

    @cached_property
    def phrases(self) -> PhraseMatcher | None:
        from letterlint.nlp.matching import PhraseMatcher

        data_rules = [rule for rule in self.rules if rule.kind != "code"]
        return PhraseMatcher(self.pipeline.nlp, data_rules, self.pack.verbs,
                             protected=law_name_pattern(self.pack)) if data_rules else None

    # ------------------------------------------------------------------ inputs

    @property
    def max_bytes(self) -> int:
        return int(self.config.max_file_size_mb * 1024 * 1024)

    def read(self, path: str) -> SourceDocument | LetterResult:
        """One file as a document, or a result that says why it cannot be read."""
        try:
            return document_from_bytes(load_bytes(path, self.max_bytes), path, self.max_bytes)
        except ReadError as exc:
            return LetterResult(path=path, error=str(exc))
        except Exception as exc:  # a reader bug or an unforeseen file: this file's error, not the run's
            return failure(path, "read", exc)

    def lint_paths(self, paths: Iterable[str], progress: Callable[[int], None] | None = None,
                   keys: dict[str, str | None] | None = None) -> Iterator[LetterResult]:
        """Lint files and folders; results stream out in input order.

        Unchanged letters come from the cache (when there is one); the rest are analysed in
        batches so spaCy can pipe their running text together. ``progress`` is called with the
        number of letters finished after every batch; ``keys`` are cache keys already computed
        (see :meth:`cache_keys`).
        """
        files = self.input_files(paths)
        while True:
            chunk = list(islice(files, BATCH_LETTERS))
            if not chunk:
                return
            yield from self.lint_chunk(chunk, keys)
            if progress:
                progress(len(chunk))

    def input_files(self, paths: Iterable[str], follow_links: bool = False) -> Iterator[str]:
        return iter_input_paths(list(paths), suffixes=SUPPORTED_SUFFIXES | {TEMPLATE_SUFFIX}, exclude=self.config.exclude,
                                follow_links=follow_links)

    def lint_chunk(self, paths: list[str], keys: dict[str, str | None] | None = None) -> list[LetterResult]:
        """Lint a list of files in order; a letter template (.j2) gives one result per department.

        Whatever goes wrong with one file becomes that file's error; the other files go on.
        """
        plain = iter(self._lint_files([path for path in paths if not is_template(path)], keys or {}))
        results: list[LetterResult] = []
        for path in paths:
            results.extend(self.lint_template(path) if is_template(path) else [next(plain)])
        finished = []
        for result in results:
            try:
                finished.append(self.per_file_ignores(result))
            except Exception as exc:
                finished.append(failure(result.path, "report", exc))
        return finished

    def _lint_files(self, paths: list[str], keys: dict[str, str | None]) -> list[LetterResult]:
        """Cache hits first, then one piped analysis of the misses. Each file is read once."""
        results: list[LetterResult | None] = [None] * len(paths)
        todo: list[tuple[int, str | None, SourceDocument | LetterResult]] = []
        for index, path in enumerate(paths):
            if isinstance(path, SkippedInput):
                results[index] = (LetterResult(path=path, error=path.reason) if path.error
                                  else LetterResult(path=path, notices=[path.reason]))
                continue
            key, item = self._load(path, keys.get(path))
            if isinstance(item, LetterResult) and item.error is None:
                results[index] = item  # from the cache
            else:
                todo.append((index, key, item))
        analysed = self.lint_documents([item for _index, _key, item in todo])
        for (index, key, _item), result in zip(todo, analysed):
            if key and result.error is None:
                self.cache.put(key, result)
            results[index] = result
        return results

    def _load(self, path: str, key: str | None) -> tuple[str | None, SourceDocument | LetterResult]:
        """(cache key, a cached result or the document to analyse or the error that stops it)."""
        try:
            if key and self.cache is not None:
                cached = self.cache.get(key, path)
                if cached is not None:
                    return key, cached
            data = load_bytes(path, self.max_bytes)
            if self.cache is not None and path != "-" and key is None:
                key = self.cache.key(data, Path(path).suffix.lower())
                cached = self.cache.get(key, path)
                if cached is not None:
                    return key, cached
            return key, document_from_bytes(data, path, self.max_bytes)
        except ReadError as exc:
            return None, LetterResult(path=path, error=str(exc))
        except Exception as exc:
            return None, failure(path, "read", exc)

    def lint_template(self, path: str) -> list[LetterResult]:
        """A Jinja letter template, rendered with its sample data for every department it serves.

        Findings point back into the template files (the letter type, its department layout or
        the shared blocks) at the line the rendered text came from; ``{# letterlint: ... #}``
        comments in those files suppress as in any letter. A finding in a shared file is reported
        once per template, not once per department.
        """
        from letterlint.templating.library import TemplateError

        try:
            return self._lint_template(path)
        except TemplateError as exc:
            return [LetterResult(path=path, error=str(exc))]
        except OSError as exc:
            return [LetterResult(path=path, error=f"kan sjabloon niet lezen ({exc.strerror or type(exc).__name__})")]
        except Exception as exc:  # a template that fails while rendering ({{ 100 / 0 }}): its own error
            return [failure(path, "template", exc)]

    def _lint_template(self, path: str) -> list[LetterResult]:
        from letterlint.templating.library import lint_variants

        variants = lint_variants(Path(path))
        results, seen = [], set()
        suppressions: dict[str, object] = {}
        for variant in variants:
            result = self.lint_text(variant.text, path, "markdown")
            if result.error:
                results.append(replace(result, error=f"{result.error} (afdeling {variant.department})"))
                continue
            findings = []
            for finding in result.findings:
                mapped = _to_template(finding, variant, path)
                key = (mapped.file, mapped.location.line, mapped.rule, mapped.text)
                if key in seen:
                    continue
                seen.add(key)
                file = mapped.path(path)
                if file not in suppressions:
                    suppressions[file] = parse_suppressions(_read_text(file))
                findings.append(mapped)
            by_file: dict[str, list[Finding]] = {}
            for finding in findings:
                by_file.setdefault(finding.path(path), []).append(finding)
            kept = [f for file, group in by_file.items()
                    for f in apply_suppressions(group, suppressions[file], self.pack.rules, self.enabled)]
            kept = [replace(f, file=None) if f.file is None or _same_file(f.file, path) else f for f in kept]
            results.append(replace(result, findings=sorted(kept, key=Finding.sort_key), letter=None, notices=[
                f"sjabloon gecontroleerd voor afdeling {variant.department}, met de voorbeeldgegevens"]))
        return results

    def cache_keys(self, paths: list[str]) -> dict[str, str | None]:
        """The cache key of every plain file in ``paths`` (None: not cacheable or unreadable).

        Computed up front only when the run needs to know how many letters must be analysed
        (to choose the number of processes); pass the keys to :meth:`lint_paths` so no file is
        hashed twice.
        """
        if self.cache is None:
            return {}
        keys: dict[str, str | None] = {}
        for path in paths:
            if is_template(path) or isinstance(path, SkippedInput) or path == "-":
                continue
            try:
                keys[path] = self.cache.key(load_bytes(path, self.max_bytes), Path(path).suffix.lower())
            except Exception:  # the reader says why when the file's turn comes
                keys[path] = None
        return keys

    def uncached(self, paths: list[str], keys: dict[str, str | None]) -> int:
        """How many of ``paths`` need analysing (not in the cache): decides whether processes pay."""
        if self.cache is None:
            return len(paths)
        return sum(1 for path in paths if not (key := keys.get(path)) or not self.cache.has(key))

    def per_file_ignores(self, result: LetterResult) -> LetterResult:
        """Drop the findings that ``per_file_ignores`` switches off for this file."""
        ignored = self.config.ignored_for(result.path)
        if not ignored or not result.findings:
            return result
        kept = [finding for finding in result.findings
                if not any(item in ("ALL", finding.rule) or item.lower() == finding.category for item in ignored)]
        return replace(result, findings=kept)

    def lint_bytes(self, data: bytes, path: str) -> LetterResult:
        """Lint a file's bytes, already read, as that file (its suffix decides the reader)."""
        try:
            document = document_from_bytes(data, path, self.max_bytes)
        except ReadError as exc:
            return LetterResult(path=path, error=str(exc))
        except Exception as exc:
            return failure(path, "read", exc)
        return self.per_file_ignores(self.lint_documents([document])[0])

    def lint_text(self, text: str, path: str = "<tekst>", kind: str = "markdown",
                  parsed: dict | None = None, tensors: TensorIndex | None = None,
                  judged: StructureResult | None = None) -> LetterResult:
        """Lint a letter given as a string, exactly as if it were a file of that kind.

        ``parsed`` may map texts to their parse by this linter's pipeline (for example a result's
        ``parses``): a block whose text is among them is not parsed again. The result is the same
        as without it, because a text's parse does not depend on the other texts it is piped with.

        ``tensors`` (``Pipeline.tensor_index``) may hold the token vectors of texts parsed before:
        the other blocks are then parsed with ``Pipeline.pipe_reusing``, which gives the same Docs
        and runs the network only where a token's context is new.

        ``judged``: the structure of the letter this text is a version of (a rewrite proposal):
        the text is judged as that type of letter instead of typed anew (StructureAnalyzer.analyse).
        """
        try:
            document = read_bytes_as_document(text.encode("utf-8"), path, kind)
        except ReadError as exc:
            return LetterResult(path=path, error=str(exc))
        except Exception as exc:
            return failure(path, "read", exc)
        return self.lint_documents([document], parsed, tensors, judged)[0]

    # ------------------------------------------------------------------ analysis

    def lint_documents(self, items: list[SourceDocument | LetterResult], parsed: dict | None = None,
                       tensors: TensorIndex | None = None, judged: StructureResult | None = None) -> list[LetterResult]:
        """Analyse documents (results pass through). The running text of all of them is piped
        through spaCy together; if that fails, each letter is analysed alone, so one letter that
        breaks the pipeline is reported as that letter's error and the others go on. ``parsed``:
        texts already parsed, ``tensors``: token vectors already computed, ``judged``: the type judgement
        to take (see :meth:`lint_text`)."""
        prepared = [self._prepare(item) for item in items]
        try:
            return self._analyse_together(prepared, parsed, tensors, judged)
        except Exception:  # one letter at a time, parsed plainly (no reused vectors)
            if len(prepared) == 1:
                letter, item = prepared[0]
                return [self._analyse_alone(letter, item, parsed, judged)]
        return [self._analyse_alone(letter, item, parsed, judged) for letter, item in prepared]

    def _analyse_alone(self, letter: Letter | None, item, parsed: dict | None = None,
                       judged: StructureResult | None = None) -> LetterResult:
        if letter is None:
            return item
        try:
            return self._analyse_together([(letter, item)], parsed, judged=judged)[0]
        except Exception as exc:
            return failure(letter.path, "analyse", exc)

    def _analyse_together(self, prepared: list[tuple[Letter | None, SourceDocument | LetterResult]],
                          parsed: dict | None = None, tensors: TensorIndex | None = None,
                          judged: StructureResult | None = None) -> list[LetterResult]:
        plans = [self._parse_plan(letter) if letter else None for letter, _item in prepared]
        texts = [text for plan in plans if plan for _block, text in plan[0]]
        known = parsed or {}
        todo = [text for text in texts if text not in known]
        fresh: Iterator = iter(())  # nothing to parse: no pipeline needed
        if todo:
            fresh = iter(self.pipeline.pipe(todo) if tensors is None else self.pipeline.pipe_reusing(todo, tensors))
        docs = iter([known[text] if text in known else next(fresh) for text in texts])
        results = []
        for (letter, item), plan in zip(prepared, plans):
            if letter is None:
                results.append(item)
                continue
            blocks, notices = plan
            parsed_blocks = [(block, text, next(docs)) for block, text in blocks]
            try:
                result = self._analyse(letter, parsed_blocks, judged)
            except Exception as exc:  # one letter must never stop the run or print a traceback
                result = failure(letter.path, "analyse", exc)
            if notices and result.error is None:
                result = replace(result, notices=[*result.notices, *notices])
            results.append(result)
        return results

    def _parse_plan(self, letter: Letter) -> tuple[list[tuple[object, str]], list[str]]:
        """The running-text blocks to parse with the text spaCy gets for each, and notices.

        Bounded (letterlint.nlp.bounds): runs of more than MAX_TOKEN_CHARS non-space characters
        are blanked, and text beyond MAX_ANALYSED_CHARS characters or MAX_ANALYSED_TOKENS tokens
        is not analysed; both are said.
        """
        blocks, notices, chars, tokens, blanked = [], [], MAX_ANALYSED_CHARS, MAX_ANALYSED_TOKENS, 0
        running = self._parsed_blocks(letter)
        for index, block in enumerate(running):
            text = block.text
            if chars <= 0 or tokens <= 0:
                notices.append(f"de brief is erg lang: alleen het begin is gecontroleerd ({MAX_ANALYSED_CHARS:,} tekens of "
                               f"{MAX_ANALYSED_TOKENS:,} woorden en tekens); {len(running) - index} alinea's niet"
                               .replace(",", "."))
                break
            end, used = token_prefix(text[:chars], tokens)
            chars -= len(text)
            tokens -= used
            cut = end < len(text)
            text, count = blank_long_tokens(text[:end])
            blanked += count
            blocks.append((block, text))
            if cut:
                notices.append(f"de brief is erg lang: alleen het begin is gecontroleerd ({MAX_ANALYSED_CHARS:,} tekens of "
                               f"{MAX_ANALYSED_TOKENS:,} woorden en tekens)".replace(",", "."))
                break
        if blanked:
            notices.append(f"{blanked} {'woorden' if blanked > 1 else 'woord'} van meer dan {MAX_TOKEN_CHARS} tekens "
                           "zonder spatie overgeslagen")
        return blocks, notices

    @staticmethod
    def _prepare(item: SourceDocument | LetterResult) -> tuple[Letter | None, SourceDocument | LetterResult]:
        """The letter model of a document, or (None, a result that says why there is none)."""
        if not isinstance(item, SourceDocument):
            return None, item
        try:
            letter = build_letter(strip_directives(item, parse_suppressions(item.raw_text)))
        except Exception as exc:  # never a traceback: the other letters go on
            return None, failure(item.path, "layout", exc)
        if not letter.blocks:
            return None, LetterResult(path=item.path, error="het bestand bevat geen tekst")
        return letter, item

    def _parsed_blocks(self, letter: Letter) -> list:
        """The running text, then the subject line(s): the subject is linted for word choice and
        length, but stays out of the readability statistics and the structure."""
        return [*letter.running_blocks, *self.analyzer.subject_blocks(letter)]

    def _analyse(self, letter: Letter, parsed: list[tuple[object, str, Doc]],
                 judged: StructureResult | None = None) -> LetterResult:
        """``parsed``: (block, the text spaCy got, its Doc) for every block to analyse."""
        from letterlint.checks import Context, SentenceRecord

        has_parser = self.pipeline.info.has_parser
        sentences = []
        subject = []
        for block, _text, doc in parsed:
            if not block.is_running_text:
                tokens = list(doc)
                stats = sentence_stats(doc[:], self.zipf_threshold, has_parser, tokens)
                subject.append(SentenceRecord(block, doc[:], stats, tokens))
                continue
            rows = self.analyzer.data_rows(block.text)
            if rows:  # label: value rows are no sentences (no RD01, not in the readability statistics)
                for start, end in rows:
                    span = doc.char_span(start, end, alignment_mode="expand")
                    if span is not None and span.text.strip():
                        tokens = list(span)
                        stats = sentence_stats(span, self.zipf_threshold, has_parser, tokens)
                        sentences.append(SentenceRecord(block, span, stats, tokens, table_row=True))
                continue
            for span in doc.sents:
                if span.text.strip():
                    tokens = list(span)  # one Token object per word, shared by every check
                    stats = sentence_stats(span, self.zipf_threshold, has_parser, tokens)
                    sentences.append(SentenceRecord(block, span, stats, tokens))
        readability = measure(_scored_stats(sentences), self.readability_model)
        units = [record.unit() for record in sentences]
        structure = self.analyzer.analyse(letter, units, self.config.letter_type, judged)
        context = Context(letter, sentences, structure, readability, self.pipeline.info, self.config,
                          self.analyzer, self.phrases, self.participles, subject=subject,
                          lexicon=self.pack.lexicon)
        findings = self._run_checks(context, parse_suppressions(letter.source.raw_text))
        model = self.readability_model
        scores = []
        for record in sentences:
            score = record.stats.score(model)
            location = letter.locate(record.block, record.span.start_char, record.span.end_char).as_dict()
            scores.append(SentenceScore(location, record.stats.words, score, model.level(score)))
        spans = parses = hits = None
        if self.keep_spans:
            spans = [(record.block, record.span) for record in sentences]
            parses = {text: doc for _block, text, doc in parsed}  # a Doc's text is the text it was given
            by_record: dict[int, list] = {}
            for record, compiled, anchors in context.phrase_hits():  # computed once for the checks
                by_record.setdefault(id(record), []).append((compiled, [i - record.span.start for i in anchors]))
            hits = [by_record.get(id(record), []) for record in sentences]
        return LetterResult(letter.path, letter, readability, structure, findings, scores,
                            list(letter.source.notices), spans=spans, parses=parses, phrase_hits=hits)

    def _run_checks(self, context, suppressions=None) -> list[Finding]:
        from letterlint.checks import CODE_CHECKS, DATA_CHECK

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
        if suppressions:
            findings = apply_suppressions(findings, suppressions, self.pack.rules, self.enabled)
        overrides = self.config.severity
        if overrides:
            findings = [replace(f, severity=overrides[f.rule]) if f.rule in overrides else f for f in findings]
        minimum = self.config.min_severity
        findings = [f for f in findings if f.severity >= minimum]
        findings.sort(key=Finding.sort_key)
        return findings


TEMPLATE_SUFFIX = ".j2"


def is_template(path: str) -> bool:
    return path.lower().endswith(TEMPLATE_SUFFIX)


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _same_file(a: str, b: str) -> bool:
    return Path(a).resolve() == Path(b).resolve()


def _to_template(finding: Finding, variant, path: str) -> Finding:
    """A finding on the rendered text, moved to the template file and line it came from."""
    file, line = variant.source_line(finding.location.line)
    source_line = _read_text(file).split("\n")[line - 1] if line >= 1 else ""
    position = source_line.lower().find(finding.text.lower()) if finding.text else -1
    column = position + 1 if position >= 0 else 1
    end_column = column + len(finding.text) if position >= 0 else max(1, len(source_line) + 1)
    location = Location(line, column, line, end_column)
    return replace(finding, location=location, file=None if _same_file(file, path) else file)


def exit_code(results: Iterable[LetterResult], fail_on: Severity) -> int:
    code = 0
    for result in results:
        if result.error:
            return 2
        if any(f.severity >= fail_on for f in result.findings):
            code = 1
    return code
