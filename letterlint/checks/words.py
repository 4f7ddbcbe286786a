"""Word-level checks: rule-pack phrases (jargon, tone), rare words, long words, capitals."""

from __future__ import annotations

import functools
import re
from typing import Iterable

from letterlint.findings import Finding
from letterlint.readability import zipf
from letterlint.rulepack import RuleSpec
from letterlint.checks.base import Context


def _quote_list(items: tuple[str, ...]) -> str:
    quoted = [f"'{item}'" for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " of " + quoted[-1]


@functools.lru_cache(maxsize=4096)
def _written_words(entry) -> frozenset[str]:
    """The words an entry spells out itself: its match words (each ``a|b`` option) and its forms."""
    words = {option.lower() for word in entry.match.split() for option in word.split("|")}
    words.update(word.lower() for form in entry.forms for word in form.split())
    return frozenset(words)


def phrase_rule(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """Substitution and existence rules from the rule pack (JA01, TO03, an adviser's own)."""
    for record, compiled, anchors in ctx.phrase_hits():
        if compiled.rule.id != rule.id:
            continue
        doc = record.span.doc
        first, last = doc[anchors[0]], doc[anchors[-1]]
        contiguous = anchors == list(range(anchors[0], anchors[-1] + 1))
        text = doc[first.i: last.i + 1].text if contiguous else " … ".join(doc[i].text for i in anchors)
        entry = compiled.entry
        # a form the matcher derived (an inflected adjective, an abbreviation without its last dot)
        # is never swapped automatically: the alternative may not inflect the same way
        written = all(doc[i].lower_ in _written_words(entry) for i in anchors)
        yield ctx.finding(
            rule, record.block, first.idx, last.idx + len(last.text), text=text, sentence=record.text,
            suggestions=entry.alternatives, severity=entry.severity,
            fixable=rule.kind == "substitution" and entry.safe_fix and contiguous and written,
            alternatives=_quote_list(entry.alternatives) or entry.advice, advice=entry.advice,
        )


def difficult_words(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """Rare words, as found once per sentence by the readability statistics (first use only;
    words a jargon rule already reported are left to that rule). The threshold is RD02's
    ``zipf_threshold`` (rules/core.yaml or [letterlint] RD02.zipf_threshold)."""
    seen: set[str] = set()
    for record in ctx.sentences:
        doc = record.span.doc
        for index in record.stats.difficult_tokens:
            token = doc[index]
            lowered = token.text.lower()
            if lowered in seen or lowered in ctx.flagged_words:
                continue
            seen.add(lowered)
            yield ctx.span_finding(rule, record, doc[index: index + 1], word=token.text)


def long_subject(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """RD05: a subject line with more words than ``max_words`` (the label itself not counted)."""
    limit = int(ctx.param(rule, "max_words", 10))
    for record in ctx.subject:
        text = record.block.text
        label = ctx.analyzer.subject_line.match(text)
        start = label.end() if label else 0
        words = [t for t in record.tokens if t.idx >= start and not t.is_punct and not t.is_space]
        if len(words) > limit:
            shown = text.rstrip()
            yield ctx.finding(rule, record.block, start + (len(text[start:]) - len(text[start:].lstrip())),
                              len(shown), words=len(words), limit=limit, sentence=shown)


def long_words(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    minimum = int(ctx.param(rule, "min_letters", 18))
    seen: set[str] = set()
    for record in ctx.sentences:
        for token in record.tokens or record.span:
            text = token.text
            if len(text) < minimum or not text.replace("-", "").isalpha() or text.lower() in seen:
                continue
            if token.pos_ == "PROPN" or (text[:1].isupper() and token.i != record.span.start):
                continue
            seen.add(text.lower())
            yield ctx.span_finding(rule, record, record.span.doc[token.i: token.i + 1], word=text, letters=len(text))


# An IBAN as letters print it: NL91 ABNA 0417 1643 00; its bank code is no shouting.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")


def capitals(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """Ordinary words in CAPITALS (not acronyms: their lower-case form is no common word;
    not the bank code inside an IBAN)."""
    minimum = int(ctx.param(rule, "min_letters", 4))
    for record in ctx.sentences:
        ibans = [(m.start(), m.end()) for m in _IBAN.finditer(record.span.text)]
        for token in record.tokens or record.span:
            text = token.text
            if len(text) >= minimum and text.isalpha() and text.isupper() and zipf(text.lower()) >= 3.0:
                offset = token.idx - record.span.start_char
                if any(start <= offset < end for start, end in ibans):
                    continue
                yield ctx.span_finding(rule, record, record.span.doc[token.i: token.i + 1], word=text)
