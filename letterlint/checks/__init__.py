"""The algorithmic checks, by rule id. Data rules (substitution, existence) share one check."""

from __future__ import annotations

from types import MappingProxyType

from letterlint.checks import letter, sentences, tone, words
from letterlint.checks.base import Check, Context, SentenceRecord

CODE_CHECKS: "MappingProxyType[str, Check]" = MappingProxyType({
    "RD01": sentences.long_sentences,
    "RD02": words.difficult_words,
    "RD03": words.long_words,
    "RD04": letter.letter_level,
    "RD05": words.long_subject,
    "SY01": sentences.passive_voice,
    "SY02": sentences.nominalisations,
    "SY03": sentences.stacked_clauses,
    "TO01": tone.mixed_register,
    "TO02": tone.capital_u,
    "TO04": words.capitals,
    "TO05": tone.law_articles,
    "ST01": letter.core_first,
    "ST02": letter.missing_section,
    "ST03": letter.missing_section,
    "ST04": letter.missing_section,
    "ST05": letter.missing_section,
    "ST06": letter.missing_section,
    "PH01": letter.unfilled_placeholders,
})
DATA_CHECK: Check = words.phrase_rule

__all__ = ["CODE_CHECKS", "DATA_CHECK", "Check", "Context", "SentenceRecord"]
