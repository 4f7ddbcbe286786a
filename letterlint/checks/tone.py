"""Register and tone: u/je mixed, capital 'U' mid-sentence, law articles used as a shield."""

from __future__ import annotations

import re
from typing import Iterable

from letterlint.findings import Finding
from letterlint.rulepack import RuleSpec
from letterlint.checks.base import Context

U_FORMS = {"u", "uw", "uzelf"}
JE_FORMS = {"je", "jij", "jou", "jouw", "jezelf", "jullie"}
_LAW_NAME = r"(?:[A-Z][\w-]*(?:\s+wet(?:\s+[a-z]+)?)?|\w*(?:wet|wetboek|recht|besluit|verordening|regeling)\b)(?:\s+\d{4})?"
_ARTICLE = re.compile(
    r"\b(?:artikel|artikelen|art\.)\s+\d+[a-z]?(?:[:.]\d+[a-z]?)*"
    r"(?:,?\s+(?:(?:lid|leden|onderdeel|onder|sub)\s+(?:\d+|[a-z]\b)|(?:eerste|tweede|derde|vierde|vijfde|zesde)\s+lid)"
    r"(?:\s*(?:en|,)\s*(?:\d+|[a-z]\b))*,?)*"
    rf"(?:\s+(?:van\s+(?:de|het)\s+)?{_LAW_NAME})?",
)
_EXPLAINED_AFTER = re.compile(r"^\s*(?:dat|dit|die regel|deze regel|daarin|hierin)\b.{0,40}\b(?:betekent|zegt|staat|houdt in)\b", re.IGNORECASE)
_EXPLAINED_BEFORE = re.compile(r"\b(?:dit|dat|deze regel|die regel|de regel) staat in\b", re.IGNORECASE)


def mixed_register(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    u_tokens, je_tokens = [], []
    for record in ctx.sentences:
        for token in record.tokens or record.span:
            lowered = token.text.lower()
            if lowered in U_FORMS:
                u_tokens.append((record, token))
            elif lowered in JE_FORMS:
                je_tokens.append((record, token))
    if not u_tokens or not je_tokens:
        return
    minority, used, other = ((je_tokens, "u", "je") if len(u_tokens) >= len(je_tokens)
                             else (u_tokens, "je", "u"))
    record, token = minority[0]
    yield ctx.span_finding(rule, record, record.span.doc[token.i: token.i + 1], used=used, other=other)


def capital_u(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    for record in ctx.sentences:
        words = [t for t in (record.tokens or record.span) if not t.is_space and not t.is_punct]
        for token in words[1:]:
            if token.text in ("U", "Uw", "Uzelf"):
                previous = token.doc[token.i - 1] if token.i else None
                if previous is not None and previous.text in (":", "\"", "“", "'", "(", "-", "–"):
                    continue
                fixed = token.text.lower()
                yield ctx.span_finding(rule, record, token.doc[token.i: token.i + 1], word=token.text,
                                       fixed=fixed, suggestions=(fixed,), fixable=True)


def law_articles(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    records = ctx.sentences
    for index, record in enumerate(records):
        text = record.span.text
        for match in _ARTICLE.finditer(text):
            before = text[: match.start()]
            if before.rstrip().endswith("(") or (before.count("(") > before.count(")")):
                continue  # cited between brackets, next to an explanation
            if _EXPLAINED_BEFORE.search(before[-40:]):
                continue
            following = records[index + 1].span.text if index + 1 < len(records) else ""
            if _EXPLAINED_AFTER.search(following) or _EXPLAINED_AFTER.search(text[match.end():]):
                continue
            start = record.span.start_char + match.start()
            end = record.span.start_char + match.end()
            yield ctx.finding(rule, record.block, start, end, sentence=record.text)
