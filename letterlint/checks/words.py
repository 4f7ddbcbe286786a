"""Word-level checks: rule-pack phrases (jargon, tone), rare words, long words, capitals."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from letterlint.findings import Finding
from letterlint.nlp.pipeline import lemma
from letterlint.readability import explained_words, is_word, zipf
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


@dataclass(frozen=True)
class RareWords:
    """How RD02 judges a content word (rules/core.yaml RD02 params, rules/lexicon/grammar.yaml)."""

    threshold: float  # Zipf below which a word is rare (its form AND its lemma)
    part_threshold: float  # a compound is as known as its rarer part; each part must reach this
    latinate: re.Pattern  # Latinate verbs ("constateren", "effectueren") ...
    latinate_threshold: float  # ... are rare below this (higher) Zipf
    not_heads: frozenset[str]  # endings that are no compound head ("-heid", "-baar")
    not_modifiers: frozenset[str]  # prefixes that are no first part ("ver-", "ont-")
    particles: frozenset[str] = frozenset()  # separable particles: "overmaken" is "over" + "maken"
    min_head: int = 4

    def compound(self, word: str) -> tuple[str, str] | None:
        """Split by head: the longest known head of at least ``min_head`` letters, with a known
        first part (a linking s/e/en allowed; the first part may itself be a compound)."""
        for cut in range(3, len(word) - self.min_head + 1):
            head, first = word[cut:], word[:cut]
            if head in self.not_heads or zipf(head) < self.part_threshold:
                continue
            for linker in ("", "s", "e", "en", "-"):
                if linker and not first.endswith(linker):
                    continue
                base = first[: len(first) - len(linker)] if linker else first
                if base in self.not_modifiers:
                    continue
                if len(base) >= 3 and (zipf(base) >= self.part_threshold or self.compound(base)):
                    return base, head
        return None

    def is_rare(self, form: str, lemma_form: str, is_verb: bool) -> bool:
        frequency = max(zipf(form), zipf(lemma_form))
        if is_verb and self.latinate.search(lemma_form) and zipf(lemma_form) < self.latinate_threshold:
            return True
        if frequency >= self.threshold:
            return False
        if is_verb:  # a separable verb is as known as the verb without its particle
            for particle in self.particles:
                for word in (form, lemma_form):
                    if word.startswith(particle) and zipf(word[len(particle):]) >= self.threshold:
                        return False
        parts = self.compound(form) if len(form) >= 8 else None
        if parts is None and "-" in form:
            parts = tuple(part for part in form.split("-") if part)
        if parts:  # a compound is as hard as its rarer part
            return min(zipf(part) for part in parts) < self.threshold
        return True


def difficult_words(ctx: Context, rule: RuleSpec) -> Iterable[Finding]:
    """RD02: rare content words (nouns, verbs, adjectives, adverbs; no names, numbers or words the
    letter explains), first use only; words a jargon rule already reported are left to that rule.

    As LiNT-II does with SUBTLEX, a word counts by frequency (wordfreq): rare when both its form
    and its lemma are rare ("verbeurt", "verbeuren"), so an inflected form of a common word is
    not. A compound is split by its head and is as hard as its rarer part ("aanvraagformulier"
    is easy; a compound with a rare part is not). Latinate verbs on -eren are rare below a higher
    frequency. The readability statistics keep their own, simpler count."""
    words = RareWords(
        threshold=float(ctx.param(rule, "zipf_threshold", 2.5)),
        part_threshold=float(ctx.param(rule, "compound_part_zipf", 3.0)),
        latinate=_pattern(str(ctx.param(rule, "latinate_verb", r"(?!)"))),
        latinate_threshold=float(ctx.param(rule, "latinate_verb_zipf", 3.3)),
        not_heads=frozenset((ctx.lexicon.get("grammar") or {}).get("not_compound_heads") or ()),
        not_modifiers=frozenset((ctx.lexicon.get("grammar") or {}).get("not_compound_modifiers") or ()),
        particles=frozenset((ctx.lexicon.get("grammar") or {}).get("separable_particles") or ()),
    )
    seen: set[str] = set()
    for record in [*ctx.sentences]:
        doc = record.span.doc
        explained = explained_words(record.span, record.tokens)
        first = next((t.i for t in record.tokens if is_word(t)), -1)
        for token in record.tokens:
            text = token.text
            lowered = text.lower()
            if lowered in seen or lowered in ctx.flagged_words or lowered in explained:
                continue
            if len(text) < 4 or not text.replace("-", "").isalpha() or text.isupper():
                continue
            if token.pos_ and token.pos_ not in ("NOUN", "VERB", "ADJ", "ADV"):
                continue  # content words only; names (PROPN) never
            if text[:1].isupper() and token.i != first:
                continue  # a capital mid-sentence: a name
            if not words.is_rare(lowered, lemma(token).lower() or lowered, token.pos_ == "VERB"):
                continue
            seen.add(lowered)
            yield ctx.span_finding(rule, record, doc[token.i: token.i + 1], word=text)


@functools.lru_cache(maxsize=8)
def _pattern(text: str) -> re.Pattern:
    return re.compile(text)


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
    """Ordinary words in CAPITALS (not acronyms: listed in the rule's ``acronyms``, or their
    lower-case form is no common word; not the bank code inside an IBAN)."""
    minimum = int(ctx.param(rule, "min_letters", 4))
    acronyms = {str(word).upper() for word in ctx.param(rule, "acronyms", ())}
    for record in ctx.sentences:
        ibans = [(m.start(), m.end()) for m in _IBAN.finditer(record.span.text)]
        for token in record.tokens or record.span:
            text = token.text
            if (len(text) >= minimum and text.isalpha() and text.isupper() and text not in acronyms
                    and zipf(text.lower()) >= 3.0):
                offset = token.idx - record.span.start_char
                if any(start <= offset < end for start, end in ibans):
                    continue
                yield ctx.span_finding(rule, record, record.span.doc[token.i: token.i + 1], word=text)
