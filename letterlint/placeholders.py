"""The visible places a writer must still handle before a letter is sent, in one notation.

``[invullen: …]`` marks something the letter lacks (a template's missing case data, a section a
proposal needs but the original does not have); ``[herschrijven: …]`` marks a sentence that
``letterlint rewrite`` could not make simpler safely. Templates, the rewrite, the verifier, the
preview and the lint rule for unfilled places all read and write this one notation.

An IBAN candidate is here too: the shape in which letters print a bank account (NL91 ABNA 0417
1643 00), which several parts must step around. Checking that a number really is an IBAN (its
checksum) is redaction's work (:mod:`letterlint.engine.redaction`, python-stdnum).
"""

from __future__ import annotations

import re

FILL = "invullen"
REWRITE = "herschrijven"

# Any place still to handle; group "kind" is "invullen" or "herschrijven".
PLACE = re.compile(r"\[(?P<kind>%s|%s):[^\]\n]*\]" % (FILL, REWRITE))
# Only the places to fill in, or only the sentences to rewrite.
TO_FILL = re.compile(r"\[%s:[^\]\n]*\]" % FILL)
TO_REWRITE = re.compile(r"\[%s:[^\]\n]*\]" % REWRITE)

# A bank account as letters print it: country code, check digits, groups of four, a short tail.
IBAN_CANDIDATE = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")


def to_fill(description: str) -> str:
    """A place the writer must fill in: ``[invullen: description]``."""
    return f"[{FILL}: {description}]"


def to_rewrite(reason: str, text: str) -> str:
    """A sentence the writer must rewrite, with the reason in front: ``[herschrijven: reason] text``."""
    return f"[{REWRITE}: {reason}] {text}"
