"""What every check gets: the analysed letter, and a helper to turn spans into findings."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Iterable

from spacy.tokens import Span

from letterlint.findings import Finding, Severity
from letterlint.reading.letter import Block, Letter
from letterlint.nlp.pipeline import PipelineInfo
from letterlint.readability import Readability, SentenceStats
from letterlint.rulepack import RuleSpec
from letterlint.structure import StructureAnalyzer, StructureResult, Unit

if TYPE_CHECKING:
    from letterlint.config import Config
    from letterlint.nlp.matching import PhraseMatcher


@dataclass
class SentenceRecord:
    block: Block
    span: Span
    stats: SentenceStats
    tokens: list = field(default_factory=list)  # list(span), built once: iterating a Span makes new Tokens
    table_row: bool = False  # a "label: value" row of a data table: words, but no sentence

    @cached_property
    def text(self) -> str:
        return self.span.text.strip()

    @cached_property
    def _unit(self) -> Unit:
        return Unit(self.block, self.span.text, self.span.start_char)

    def unit(self) -> Unit:
        return self._unit


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_message(template: str, **values) -> str:
    return string.Formatter().vformat(template, (), _Defaults(values))


@dataclass
class Context:
    letter: Letter
    sentences: list[SentenceRecord]
    structure: StructureResult
    readability: Readability
    pipeline: PipelineInfo
    config: "Config"
    analyzer: StructureAnalyzer
    phrases: "PhraseMatcher | None"
    participles: frozenset[str] = frozenset()  # irregular participles from the verb lexicon
    subject: list[SentenceRecord] = field(default_factory=list)  # the subject line (Onderwerp/Betreft)
    lexicon: dict = field(default_factory=dict)  # rules/lexicon/<name>.yaml: named Dutch word lists
    _words: dict = field(default_factory=dict, init=False, repr=False)

    def words(self, kind):
        """A check's word lists, built once per letter from the lexicon: ``kind.from_lexicon(lexicon)``."""
        if kind not in self._words:
            self._words[kind] = kind.from_lexicon(self.lexicon)
        return self._words[kind]
    flagged_words: set[str] = field(default_factory=set)  # words a phrase rule already reported
    _phrase_hits: list | None = field(default=None, init=False, repr=False)

    def phrase_hits(self) -> list:
        """Every rule-pack phrase match in the letter, computed once for all data rules:
        (sentence record, compiled entry, matched token indices). The subject line counts too:
        it is the first thing a reader sees."""
        if self._phrase_hits is None:
            self._phrase_hits = [] if self.phrases is None else [
                (record, compiled, anchors)
                for record in [*self.subject, *self.sentences]
                for compiled, anchors in self.phrases.find(record.span, record.tokens)]
        return self._phrase_hits

    def param(self, rule: RuleSpec, name: str, default):
        """A rule parameter: config ([letterlint] RULE.name = value) wins over the rule pack."""
        return self.config.rule_params.get(rule.id, {}).get(name, rule.param(name, default))

    def finding(self, rule: RuleSpec, block: Block, start: int, end: int, *, text: str | None = None,
                sentence: str = "", suggestions: Iterable[str] = (), severity: Severity | None = None,
                fixable: bool = False, **values) -> Finding:
        matched = text if text is not None else block.text[start:end]
        message = format_message(rule.message, match=matched, **values)
        return Finding(
            rule=rule.id, category=rule.category, severity=severity or rule.severity, message=message,
            location=self.letter.locate(block, start, end), text=matched,
            sentence=" ".join(sentence.split()), suggestions=tuple(suggestions), fixable=fixable,
        )

    def span_finding(self, rule: RuleSpec, record: SentenceRecord, span: Span, **kwargs) -> Finding:
        return self.finding(rule, record.block, span.start_char, span.end_char, sentence=record.text, **kwargs)

    def sentence_finding(self, rule: RuleSpec, record: SentenceRecord, **kwargs) -> Finding:
        span = record.span
        text = span.text.rstrip()
        return self.finding(rule, record.block, span.start_char, span.start_char + len(text), text=text,
                            sentence=record.text, **kwargs)

    def letter_finding(self, rule: RuleSpec, **kwargs) -> Finding:
        """A finding about the letter as a whole, placed at the start of its running text."""
        blocks = self.letter.running_blocks or self.letter.blocks
        block = blocks[0]
        first_line = block.text.split("\n", 1)[0]
        return self.finding(rule, block, 0, max(1, len(first_line)), text=first_line, **kwargs)


Check = Callable[[Context, RuleSpec], Iterable[Finding]]
