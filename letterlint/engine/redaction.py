"""Redaction: mask personal data in what letterlint reports.

Letters to inhabitants hold personal data: a citizen service number (BSN), a bank account (IBAN),
phone numbers and e-mail addresses. Reports (text, JSON, HTML) quote sentences from the letter;
with redaction those quotes show readable masks instead: ``[BSN]``, ``[IBAN]``, ``[telefoon]``,
``[e-mail]``.

A number is only masked as BSN or IBAN when its checksum is valid (python-stdnum: the elfproef
for BSN, ISO 7064 mod 97 for IBAN), so amounts, dates, postcodes and case numbers stay readable.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from stdnum import iban as _iban
from stdnum.nl import bsn as _bsn

from letterlint.findings import Finding

if TYPE_CHECKING:  # engine imports spaCy; only needed for the type
    from letterlint.engine.linter import LetterResult

MASK_BSN = "[BSN]"
MASK_IBAN = "[IBAN]"
MASK_PHONE = "[telefoon]"
MASK_EMAIL = "[e-mail]"

_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])"
# A local part, plain (jan.jansen) or quoted ("jan jansen"), then @ and a domain.
_EMAIL = re.compile(r"(?:(?<![\w.+-])[\w.+-]+|\"[^\"\n@]{1,64}\")@" + _DOMAIN)
# Written to dodge harvesters: jan [at] example [dot] nl, jan (at) example (punt) nl, jan[@]example.nl.
_AT = r"\s*[\[({<]\s*(?:at|@|apenstaartje)\s*[\])}>]\s*"
_DOT = r"(?:\s*[\[({<]\s*(?:dot|punt|\.)\s*[\])}>]\s*|\.)"
_OBFUSCATED_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+" + _AT + r"[\w-]+(?:" + _DOT + r"[\w-]+)*" + _DOT + r"[A-Za-z]{2,}(?![\w-])",
                               re.IGNORECASE)

# Country code, two check digits, then up to 30 letters/digits, optionally in groups of four
# separated by a space or a hyphen; any case (nl91abna0417164300). The checksum decides.
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[\s-]?[A-Za-z0-9])")
_IBAN_GROUP = re.compile(r"[ \t-]?[A-Za-z0-9]{1,4}")

# Dutch phone numbers: 0 + nine digits, or +31 / 0031 (optionally "(0)") + nine digits; spaces,
# dots, hyphens and brackets between digits. The digit count is checked after matching.
_PHONE = re.compile(
    r"(?<![\w+/-])"
    r"(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)"
    r"(?:[\s.-]{0,2}\)?[\s.-]{0,2}\d){8,9}"
    r"(?![\w/-]|[.,]\d)"
)
_DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b")
# The municipal number: 14 followed by the area code (14 020, 14 0570).
_PHONE_14 = re.compile(r"(?<![\w+/.,-])14[\s-]?0\d{2,3}(?![\w/-]|[.,]\d)")

# Nine digits, optionally grouped with single spaces, dots or hyphens (123456782, 1234.56.782,
# 123 456 782, 123-45-6782), or glued to "BSN" (BSN123456782).
_BSN = re.compile(r"(?:(?<![\w/€$.,-])|(?<=(?i:bsn)))(?<!€ )(\d(?:[ .-]?\d){8})(?![\w/-]|[.,]\d|\s?(?:euro|EUR)\b)")
# Words just before a number that say it is a reference, not a BSN.
_REFERENCE_CONTEXT = re.compile(
    r"(?:kenmerk|zaaknummer|dossiernummer|factuurnummer|referentie|klantnummer|relatienummer|"
    r"aanslagnummer|ordernummer|nummer van uw aanvraag)\W{0,3}$",
    re.IGNORECASE,
)
_BSN_CONTEXT = re.compile(r"(?:bsn|burgerservicenummer|sofinummer)", re.IGNORECASE)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _mask_email(text: str) -> str:
    return _OBFUSCATED_EMAIL.sub(MASK_EMAIL, _EMAIL.sub(MASK_EMAIL, text))


def _normalised(candidate: str) -> str:
    """A candidate number without separators, in capitals: what the checksum is tested on."""
    return re.sub(r"[\s.-]", "", candidate).upper()


def _mask_iban(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for start in _IBAN_START.finditer(text):
        if start.start() < position:
            continue
        groups = []
        end = start.end()
        while len(groups) < 9:
            group = _IBAN_GROUP.match(text, end)
            if not group:
                break
            groups.append(group.end())
            end = group.end()
        # The longest run of groups that is a valid IBAN (trailing words may look like groups).
        for candidate_end in reversed(groups):
            candidate = text[start.start():candidate_end]
            if candidate_end < len(text) and text[candidate_end].isalnum():
                continue
            if _iban.is_valid(_normalised(candidate)):
                pieces.append(text[position:start.start()])
                pieces.append(MASK_IBAN)
                position = candidate_end
                break
    pieces.append(text[position:])
    return "".join(pieces)


# The start of an IBAN-shaped run of groups ("NL92 ABNA "): digits after it belong to an account
# number (one with a wrong check digit, so not masked as IBAN), not to a phone number or BSN.
_ACCOUNT_BEFORE = re.compile(r"[A-Za-z]{2}\d{2}(?:[\s-]?[A-Za-z0-9]{4})*[\s-]?$")


def _inside_account(match: re.Match) -> bool:
    return bool(_ACCOUNT_BEFORE.search(match.string[max(0, match.start() - 40):match.start()]))


def _phone_replacement(match: re.Match) -> str:
    found = match.group(0)
    if _inside_account(match):
        return found
    if found.count("-") > 1 or _DATE.search(found):  # 05-03-2026 12:00 is a date, not a number
        return found
    digits = _digits(found)
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and found.lstrip().startswith("+"):
        digits = "0" + digits[2:]
    if digits.startswith("00"):  # "+31 (0)20 ..." keeps the 0 of "(0)"
        digits = digits[1:]
    if len(digits) == 10 and digits.startswith("0") and not digits.startswith("00"):
        return MASK_PHONE
    return found


def _mask_phone(text: str) -> str:
    text = _PHONE.sub(_phone_replacement, text)
    return _PHONE_14.sub(MASK_PHONE, text)


def _bsn_replacement(match: re.Match) -> str:
    found = match.group(0)
    digits = _digits(found)
    if found.count("-") == 2 and _DATE.fullmatch(found):
        return found
    if not _bsn.is_valid(digits) or _inside_account(match):
        return found
    before = match.string[max(0, match.start() - 40):match.start()]
    if _REFERENCE_CONTEXT.search(before) and not _BSN_CONTEXT.search(before):
        return found
    return MASK_BSN


def _mask_bsn(text: str) -> str:
    return _BSN.sub(_bsn_replacement, text)


def redact(text: str) -> str:
    """``text`` with e-mail addresses, IBANs, Dutch phone numbers and BSNs masked."""
    if not text:
        return text
    text = _mask_email(text)
    text = _mask_iban(text)
    text = _mask_phone(text)
    return _mask_bsn(text)


def redact_finding(finding: Finding) -> Finding:
    """A new Finding with text, sentence, message and suggestions masked; the location is kept."""
    return replace(
        finding,
        message=redact(finding.message),
        text=redact(finding.text),
        sentence=redact(finding.sentence),
        suggestions=tuple(redact(item) for item in finding.suggestions),
    )


def redact_result(result: "LetterResult") -> "LetterResult":
    """A new LetterResult whose findings, notices and error message are masked.

    Locations, scores and the letter type are kept; the letter model itself (``result.letter``)
    and the structure evidence are not reports and are passed on unchanged.
    """
    return replace(
        result,
        findings=[redact_finding(finding) for finding in result.findings],
        notices=[redact(notice) for notice in result.notices],
        error=redact(result.error) if result.error else result.error,
    )
