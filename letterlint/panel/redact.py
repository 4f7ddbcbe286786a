"""Redaction of panel material: personal data replaced by clearly fictional data.

Inhabitants read the panel booklets, so the letter's personal data must not be in them: a BSN,
an IBAN, phone numbers and e-mail addresses (found by :func:`letterlint.engine.redaction.redact`,
which checks BSN and IBAN checksums) and the addressee's name and street address (the recipient
block of the letter model). Each value is replaced by a fictional one that is plainly not real
("Voorbeeldstraat 1", "0000 AA", "0123 45 67 80"), the same value everywhere in both versions,
so a question's answer stays the same in the booklet and in the key. The panel leader's key
records every replacement (:attr:`PanelRedactor.replacements`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from letterlint.engine.redaction import MASK_BSN, MASK_EMAIL, MASK_IBAN, MASK_PHONE, redact
from letterlint.reading.letter import BlockKind, Letter

KIND_BY_MASK = {MASK_BSN: "BSN", MASK_IBAN: "IBAN", MASK_PHONE: "telefoonnummer", MASK_EMAIL: "e-mailadres"}
_MASK = re.compile("|".join(re.escape(mask) for mask in KIND_BY_MASK))

FICTIONAL_SURNAME = "Voorbeeld"
FICTIONAL_INITIALS = "J."
FICTIONAL_STREET = "Voorbeeldstraat"
FICTIONAL_HOUSE_NUMBER = "1"
FICTIONAL_POSTCODE = "0000 AA"

_TITLES = re.compile(r"^(?P<title>(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.|heer|familie|fam\.)\s+)?(?P<rest>.+)$",
                     re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z]\.)+(?:\s*[A-Z]\.)*\s*")
_STREET = re.compile(r"^(?P<street>[^\d,]*[A-Za-zÀ-ÿ][^\d,]*?)\s+(?P<number>\d+(?:\s*[-/]?\s*[A-Za-z0-9]{1,4})?)$")
_POSTCODE = re.compile(r"^(?P<postcode>\d{4}\s?[A-Z]{2})\b")


@dataclass(frozen=True)
class Replacement:
    """One personal value and the fictional value that replaced it."""

    kind: str  # BSN, IBAN, telefoonnummer, e-mailadres, naam, achternaam, adres, straat, postcode
    original: str
    fictional: str

    def as_dict(self) -> dict:
        return asdict(self)


def _fictional(kind: str, number: int) -> str:
    """The ``number``-th (0-based) fictional value of a kind; distinct values stay distinct."""
    if kind == "BSN":
        return f"{number:09d}"  # 000000000, 000000001: no real BSN
    if kind == "IBAN":
        return f"NL00 BANK 0000 0000 {number:02d}"  # check digits 00: never a valid IBAN
    if kind == "telefoonnummer":
        return f"0123 45 67 8{number % 10}" if number < 10 else f"0123 45 6{number:03d}"  # area code 0123 does not exist
    if kind == "e-mailadres":
        return f"contact{number + 1 if number else ''}@voorbeeld.example"  # .example is reserved for examples
    raise ValueError(kind)


def detected_values(text: str) -> list[tuple[str, str]]:
    """(kind, original value) of every BSN, IBAN, phone number and e-mail address in ``text``.

    The values are where :func:`redact` put a mask: the text between two masks is unchanged, so
    each mask's value is what lies between the unchanged text before and after it.
    """
    masked = redact(text)
    if masked == text:
        return []
    masks = list(_MASK.finditer(masked))
    found: list[tuple[str, str]] = []
    position = 0  # in the original text
    previous_end = 0  # in the masked text
    for index, mask in enumerate(masks):
        literal = masked[previous_end:mask.start()]
        if text[position:position + len(literal)] != literal:
            break
        position += len(literal)
        following = masked[mask.end():masks[index + 1].start() if index + 1 < len(masks) else len(masked)]
        last = index + 1 == len(masks)
        if last:
            end = len(text) - len(following)
            candidates = [end] if end > position and text[end:] == following else []
        elif not following:
            break  # two masks side by side: where one value ends is not known
        else:
            candidates = []
            start = text.find(following, position + 1)
            while start != -1:
                candidates.append(start)
                start = text.find(following, start + 1)
        value_end = next((end for end in candidates if redact(text[position:end]) == mask.group(0)), None)
        if value_end is None:
            break
        found.append((KIND_BY_MASK[mask.group(0)], text[position:value_end]))
        position, previous_end = value_end, mask.end()
    return found


def _recipient_lines(letter: Letter) -> list[str]:
    block = next((b for b in letter.blocks if b.kind is BlockKind.RECIPIENT), None)
    return [line.strip() for line in block.text.splitlines() if line.strip()] if block is not None else []


class PanelRedactor:
    """Learns the personal values of one or more letters, then replaces them in any text."""

    def __init__(self) -> None:
        self._by_original: dict[str, Replacement] = {}
        self._counts: dict[str, int] = {}

    @property
    def replacements(self) -> list[Replacement]:
        return list(self._by_original.values())

    def _add(self, kind: str, original: str, fictional: str | None = None) -> None:
        original = original.strip()
        if not original or original in self._by_original:
            return
        if fictional is None:
            fictional = _fictional(kind, self._counts.get(kind, 0))
            self._counts[kind] = self._counts.get(kind, 0) + 1
        self._by_original[original] = Replacement(kind, original, fictional)

    def learn_addressee(self, letter: Letter) -> None:
        """The addressee's name, street address and postcode from the recipient block."""
        for line in _recipient_lines(letter):
            postcode = _POSTCODE.match(line)
            if postcode:
                self._add("postcode", postcode.group("postcode"), FICTIONAL_POSTCODE)
                continue
            street = _STREET.match(line)
            if street and not line.lower().startswith(("postbus", "antwoordnummer")):
                self._add("adres", line, f"{FICTIONAL_STREET} {FICTIONAL_HOUSE_NUMBER}")
                self._add("straat", street.group("street"), FICTIONAL_STREET)
                continue
            self._learn_name(line)

    def _learn_name(self, line: str) -> None:
        match = _TITLES.match(line)
        if match is None or any(char.isdigit() for char in line):
            return
        rest = match.group("rest").strip()
        initials = _INITIALS.match(rest)
        surname = rest[initials.end():].strip() if initials else rest
        if not surname:
            return
        title = match.group("title") or ""
        self._add("naam", line, f"{title}{FICTIONAL_INITIALS} {FICTIONAL_SURNAME}")
        if initials or title:
            self._add("naam", rest, f"{FICTIONAL_INITIALS} {FICTIONAL_SURNAME}")
            self._add("achternaam", surname, FICTIONAL_SURNAME)
            words = surname.split()
            if len(words) > 1 and words[0].islower():  # "de Vries" is also "De Vries" after "mevrouw"
                self._add("achternaam", words[0].capitalize() + surname[len(words[0]):], FICTIONAL_SURNAME)

    def learn_text(self, text: str) -> None:
        for kind, value in detected_values(text):
            self._add(kind, value)

    def learn_letter(self, letter: Letter) -> None:
        self.learn_addressee(letter)
        for block in letter.blocks:
            self.learn_text(block.text)

    def apply(self, text: str) -> str:
        """``text`` with every learned value replaced (longest first), then anything left masked."""
        if not text:
            return text
        for original in sorted(self._by_original, key=len, reverse=True):
            replacement = self._by_original[original]
            if replacement.kind in ("achternaam", "straat", "naam"):
                text = re.sub(rf"(?<![\w-]){re.escape(original)}(?![\w-])", replacement.fictional, text)
            else:
                text = text.replace(original, replacement.fictional)
        fictional = {replacement.fictional for replacement in self._by_original.values()}
        masks = {kind: mask for mask, kind in KIND_BY_MASK.items()}
        for kind, value in detected_values(text):  # a value that was not learned still does not get through
            if value.strip() not in fictional:
                text = text.replace(value, masks[kind])
        return text


def redactor_for(letters: list[Letter]) -> PanelRedactor:
    """A redactor that knows the personal values of every letter given."""
    redactor = PanelRedactor()
    for letter in letters:
        redactor.learn_letter(letter)
    return redactor
