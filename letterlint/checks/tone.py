"""Register and tone: u/je mixed, capital 'U' mid-sentence, law articles used as a shield."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from letterlint.findings import Finding
from letterlint.rulepack import RuleSpec
from letterlint.checks.base import Context


@dataclass(frozen=True)
class RegisterWords:
    """Forms of address (rules/lexicon/register.yaml)."""

    u_forms: frozenset[str]
    je_forms: frozenset[str]

    @classmethod
    def from_lexicon(cls, lexicon: dict) -> "RegisterWords":
        words = lexicon.get("register") or {}
        return cls(frozenset(words.get("u_forms") or ()), frozenset(words.get("je_forms") or ()))


@functools.lru_cache(maxsize=8)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def mixed_register(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    words = ctx.words(RegisterWords)
    u_tokens, je_tokens = [], []
    for record in ctx.sentences:
        for token in record.tokens or record.span:
            lowered = token.text.lower()
            if lowered in words.u_forms:
                u_tokens.append((record, token))
            elif lowered in words.je_forms:
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
    """TO05. The article pattern and the phrases that explain it are rule parameters (rules/core.yaml)."""
    article = _compiled(str(ctx.param(rule, "article", r"(?!)")))
    explained_after = _compiled(str(ctx.param(rule, "explained_after", r"(?!)")), re.IGNORECASE)
    explained_before = _compiled(str(ctx.param(rule, "explained_before", r"(?!)")), re.IGNORECASE)
    records = ctx.sentences
    for index, record in enumerate(records):
        text = record.span.text
        for match in article.finditer(text):
            before = text[: match.start()]
            if before.rstrip().endswith("(") or (before.count("(") > before.count(")")):
                continue  # cited between brackets, next to an explanation
            if explained_before.search(before[-40:]):
                continue
            following = records[index + 1].span.text if index + 1 < len(records) else ""
            if explained_after.search(following) or explained_after.search(text[match.end():]):
                continue
            start = record.span.start_char + match.start()
            end = record.span.start_char + match.end()
            yield ctx.finding(rule, record.block, start, end, sentence=record.text)
