"""Facts of a case, taken from an original letter: the input for a B1 rewrite.

:func:`extract_facts` reads a linted letter (a :class:`~letterlint.engine.LetterResult`) and
finds the recipient, the letter date, the case number, every amount and date, the decision, the
reasons, the legal basis, the deadline, the documents asked for and the contact person. It only
copies what is in the letter: a fact it cannot find stays ``None`` or empty, never invented.

The patterns an adviser may want to extend (case-number labels, decision cues, reason
connectives, law names) are data in ``rules/facts.yaml``. Dates and amounts are parsed by
:func:`parse_dates` and :func:`parse_amounts` (Dutch month names, ``€ 1.234,56``).

This module knows nothing about templates: :meth:`Facts.as_case_data` gives the case-data dict
of the template contract (see ``templates/letters/README.md``).

Example::

    result = Linter().lint_text(text, "brief.md")
    facts = extract_facts(result)
    facts.deadline.date, facts.contact.phone, facts.as_case_data()
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from letterlint.rulepack import required_sections
from letterlint.placeholders import IBAN_CANDIDATE
from letterlint.reading.letter import Block, BlockKind, Letter
from letterlint.rulepack import RulePack, RulePackError, bundled_pack

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.engine.linter import LetterResult
    from letterlint.nlp.pipeline import Pipeline
    from letterlint.structure import StructureAnalyzer

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
_MONTH_NUMBER = {name: index + 1 for index, name in enumerate(MONTHS)}
_DATE = re.compile(
    r"\b(?P<day>\d{1,2})(?:e)?\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<year>\d{4})\b"
    r"|\b(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"(?:€|\bEUR\b|\beuro\b)\s?(?P<value>\d{1,3}(?:\.\d{3})+(?:,(?:\d{2}|-{1,2}))?|\d+(?:,(?:\d{2}|-{1,2}))?)(?!\d)",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
                 "acht": 8, "negen": 9, "tien": 10, "twaalf": 12, "veertien": 14, "dertig": 30}
_TERM = re.compile(r"\bbinnen\s+(?P<n>\d+|" + "|".join(_WORD_NUMBERS) + r")\s+(?P<unit>werkdagen|dagen|dag|weken|week|maanden|maand)\b",
                   re.IGNORECASE)
_LABEL_LINE = re.compile(r"^\s*(?P<label>[^:\t]{2,40}?)\s*(?::|\t|\s{2,})\s*(?P<value>.+?)\s*$")
_AFTER_LETTER_DATE = re.compile(r"\bna\s+(?:de\s+)?(?:dagtekening|datum van (?:deze|dit)|verzending|verzenddatum)\b", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9€\"'(])")


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class FoundDate:
    value: date
    text: str  # as written ("12 maart 2026")
    start: int
    end: int


@dataclass(frozen=True)
class FoundAmount:
    value: Decimal
    text: str  # as written ("€ 1.346,12")
    start: int
    end: int


def parse_dates(text: str) -> list[FoundDate]:
    """Every full date in ``text``: "12 maart 2026", "1e juni 2026", "12-03-2026". Impossible dates are skipped."""
    found = []
    for match in _DATE.finditer(text):
        try:
            if match.group("day"):
                value = date(int(match.group("year")), _MONTH_NUMBER[match.group("month").lower()], int(match.group("day")))
            else:
                value = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
        found.append(FoundDate(value, match.group(0), match.start(), match.end()))
    return found


def parse_amount_text(raw: str) -> Decimal | None:
    """"1.346,12" -> Decimal("1346.12"); "250,-" -> Decimal("250")."""
    cleaned = raw.replace(".", "").replace(",--", "").replace(",-", "").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def parse_amounts(text: str) -> list[FoundAmount]:
    """Every euro amount in ``text``: "€ 1.346,12", "€ 250,-", "EUR 8,50"."""
    found = []
    for match in _AMOUNT.finditer(text):
        value = parse_amount_text(match.group("value"))
        if value is not None:
            found.append(FoundAmount(value, match.group(0), match.start(), match.end()))
    return found


def term_days(text: str) -> tuple[int, str] | None:
    """A term such as "binnen zes weken" as (number, unit word), or None."""
    match = _TERM.search(text)
    if not match:
        return None
    raw = match.group("n").lower()
    number = int(raw) if raw.isdigit() else _WORD_NUMBERS[raw]
    return number, match.group("unit").lower()


# --------------------------------------------------------------------------- rules (data)


@dataclass
class FactRules:
    """The compiled patterns of ``rules/facts.yaml`` plus the contact patterns of ``structure.yaml``."""

    data: dict
    case_number_labels: list[str]
    letter_date_labels: list[str]
    request_date_labels: list[str]
    subject_labels: list[str]
    request_sentence: re.Pattern
    decision_cues: list[re.Pattern]
    negative_cues: list[re.Pattern]
    decision_exclude: list[re.Pattern]
    simplify: list[tuple[re.Pattern, str]]
    reason_connectives: list[re.Pattern]
    reason_exclude: list[re.Pattern]
    max_reasons: int
    legal_basis: re.Pattern
    legal_basis_exclude: re.Pattern
    deadline_cues: list[re.Pattern]
    deadline_action: list[re.Pattern]
    deadline_exclude: re.Pattern
    documents_intro: re.Pattern
    documents_request: re.Pattern
    contact_role_after_name: re.Pattern
    label_words: int
    label_stop: re.Pattern
    label_filler: re.Pattern
    analyzer: StructureAnalyzer
    pipeline: Pipeline | None = None  # with a tagger, labels are noun phrases (see _noun_label)

    @classmethod
    def for_linter(cls, linter) -> FactRules:
        """The facts of the linter's rule pack (bundled and extra folders) with its structure cues and pipeline."""
        return cls.from_pack(linter.pack, analyzer=linter.analyzer, pipeline=linter.pipeline)

    @classmethod
    def from_pack(cls, pack: RulePack | None = None, analyzer: StructureAnalyzer | None = None,
                  pipeline: Pipeline | None = None) -> FactRules:
        """Compile the ``facts:`` block of ``pack`` (default: the bundled pack, loaded once).

        A broken block raises RulePackError. Without ``analyzer`` the pack's structure cues are used.
        """
        pack = pack if pack is not None else bundled_pack()
        data = pack.facts
        if not isinstance(data, dict) or not data:
            raise RulePackError("regelpakket: verwacht een blok 'facts:' (rules/facts.yaml)")
        if analyzer is None:
            from letterlint.structure import StructureAnalyzer

            analyzer = StructureAnalyzer(pack.structure)
        try:
            rules = cls._compile(data, analyzer)
        except (re.error, KeyError, TypeError, AttributeError) as exc:
            raise RulePackError(f"regelpakket, blok 'facts:': ongeldig patroon of ontbrekende sleutel ({exc})") from None
        has_tagger = pipeline is not None and any(
            name in pipeline.info.components for name in ("morphologizer", "tagger"))
        rules.pipeline = pipeline if has_tagger else None
        return rules

    @classmethod
    def _compile(cls, data: dict, analyzer) -> FactRules:
        def many(key: str) -> list[re.Pattern]:
            value = data[key]
            return [re.compile(p, re.IGNORECASE) for p in ([value] if isinstance(value, str) else value)]

        def one(key: str) -> re.Pattern:
            return re.compile(data[key], re.IGNORECASE)

        law = data["legal_basis"]
        law_text = law["article"] + r"\s*(?:van\s+(?:de|het)\s+)?(?:" + "|".join(law["laws"]) + r")"
        law_name = "(?:" + "|".join(law["laws"]) + ")"
        legal = re.compile(law_text)
        return cls(
            data=data,
            case_number_labels=[s.lower() for s in data["case_number_labels"]],
            letter_date_labels=[s.lower() for s in data["letter_date_labels"]],
            request_date_labels=[s.lower() for s in data["request_date_labels"]],
            subject_labels=[s.lower() for s in data["subject_labels"]],
            request_sentence=one("request_sentence"),
            decision_cues=many("decision_cues"),
            negative_cues=many("negative_cues"),
            decision_exclude=many("decision_exclude"),
            simplify=[(re.compile(item["pattern"].replace("{law}", "(?-i:" + law_text + ")").replace("{lawname}", "(?-i:" + law_name + ")"), re.IGNORECASE), item.get("replace", ""))
                      for item in data.get("simplify", [])],
            reason_connectives=many("reason_connectives"),
            reason_exclude=many("reason_exclude"),
            max_reasons=int(data.get("max_reasons", 3)),
            legal_basis=legal,
            legal_basis_exclude=one("legal_basis_exclude"),
            deadline_cues=many("deadline_cues"),
            deadline_action=many("deadline_action"),
            deadline_exclude=one("deadline_exclude"),
            documents_intro=one("documents_intro"),
            documents_request=one("documents_request"),
            contact_role_after_name=re.compile(data["contact_role_after_name"]),
            label_words=int(data.get("label_words", 5)),
            label_stop=one("label_stop"),
            label_filler=one("label_filler"),
            analyzer=analyzer,
        )


def _any(patterns: list[re.Pattern], text: str) -> bool:
    return any(p.search(text) for p in patterns)


# --------------------------------------------------------------------------- facts


@dataclass
class LabeledValue:
    """An amount (Decimal) or a date with a short label from its context ("bijstand per maand")."""

    label: str
    value: Decimal | date
    text: str  # as written in the original
    sentence: str = ""


@dataclass
class Deadline:
    date: date | None
    sentence: str  # the original sentence that asks the reader to act by then
    weeks: int | None = None
    days: int | None = None
    action: str | None = None  # a plain imperative ("stuur de loonstroken op"): never made up, so None here


@dataclass
class Contact:
    name: str | None = None
    role: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class Recipient:
    name: str | None = None
    salutation: str | None = None
    address: list[str] = field(default_factory=list)


@dataclass
class Facts:
    """What an original letter says about the case. Missing facts are None or empty."""

    recipient: Recipient = field(default_factory=Recipient)
    letter_date: date | None = None
    case_number: str | None = None
    case_number_label: str | None = None
    subject: str | None = None
    request_date: date | None = None
    decision: str | None = None  # the decision sentence of the original, lead-in and law references taken out
    decision_original: str | None = None  # that sentence as written
    decision_positive: bool | None = None
    reasons: list[str] = field(default_factory=list)  # reason sentences, simplified like the decision
    reasons_original: list[str] = field(default_factory=list)
    legal_basis: list[str] = field(default_factory=list)
    amounts: list[LabeledValue] = field(default_factory=list)
    dates: list[LabeledValue] = field(default_factory=list)
    deadline: Deadline | None = None
    documents: list[str] = field(default_factory=list)
    contact: Contact | None = None
    objection_weeks: int | None = None
    letter_type: str | None = None  # letterlint's generic type of the original
    every_date: list[LabeledValue] = field(default_factory=list)  # every date in the letter, with a label

    def all_dates(self) -> set[date]:
        """Every date the facts carry (letter, request, deadline and the other dates)."""
        found = {d.value for d in self.dates}
        for value in (self.letter_date, self.request_date, self.deadline.date if self.deadline else None):
            if value:
                found.add(value)
        return found

    def as_case_data(self) -> dict:
        """The case-data dict of the template contract; keys without a value are left out."""
        data: dict = {}
        recipient = {k: v for k, v in (("name", self.recipient.name), ("salutation", self.recipient.salutation),
                                       ("address", list(self.recipient.address))) if v}
        if recipient:
            data["recipient"] = recipient
        for key in ("letter_date", "case_number", "subject", "request_date", "decision",
                    "decision_positive", "objection_weeks"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        for key in ("reasons", "legal_basis", "documents"):
            if getattr(self, key):
                data[key] = list(getattr(self, key))
        if self.amounts:
            data["amounts"] = [{"label": a.label, "value": a.value} for a in self.amounts]
        if self.dates:
            data["dates"] = [{"label": d.label, "value": d.value} for d in self.dates]
        if self.deadline:
            deadline = {k: v for k, v in (("date", self.deadline.date), ("action", self.deadline.action),
                                          ("weeks", self.deadline.weeks), ("days", self.deadline.days)) if v is not None}
            if deadline:
                data["deadline"] = deadline
        if self.contact:
            contact = {k: v for k, v in vars(self.contact).items() if v}
            if contact:
                data["contact"] = contact
        return data


# --------------------------------------------------------------------------- sentences


def letter_sentences(result: LetterResult) -> list[tuple[Block, str]]:
    """The running-text sentences as letterlint's segmenter cut them, with their block.

    Rebuilt from the per-sentence locations of the lint result (the Linter does not keep the spaCy
    spans); a block whose sentences cannot be mapped falls back to a simple split.
    """
    letter = result.letter
    by_line: dict[int, Block] = {}
    for block in letter.running_blocks:
        for line in block.lines:
            by_line.setdefault(line.number, block)
    sentences: list[tuple[Block, str]] = []
    for score in result.sentences:
        location = score.location
        block = by_line.get(location.get("line"))
        if block is None:
            continue
        start = _block_offset(block, location["line"], location["column"] - 1)
        end = _block_offset(block, location["end_line"], location["end_column"] - 2) + 1
        text = "\n".join(" ".join(line.split()) for line in block.text[start:end].strip().split("\n"))
        if text:
            sentences.append((block, text))
    return sentences


def _block_offset(block: Block, line_number: int, column: int) -> int:
    offset = 0
    for line in block.lines:
        if line.number == line_number:
            return offset + max(0, min(len(line.text), column - line.column_offset))
        offset += len(line.text) + 1
    return offset


def norm(text: str) -> str:
    """One line, single spaces."""
    return " ".join(text.split())


def _split(text: str) -> list[str]:
    """A plain sentence split for text outside the running text (reference lines, signature)."""
    return [part.strip() for part in _SENTENCE_SPLIT.split(" ".join(text.split())) if part.strip()]


# --------------------------------------------------------------------------- extraction


def extract_facts(result: LetterResult, rules: FactRules | None = None) -> Facts:
    """The facts of the case in a linted letter.

    ``result`` must come from :class:`letterlint.engine.Linter` (it needs ``letter``, ``sentences``
    and ``structure``). ``rules`` defaults to the bundled pack's ``facts:`` block without a tagger;
    build it once with :meth:`FactRules.for_linter` (better labels for amounts and dates) when
    extracting many letters.
    """
    if result.letter is None:
        raise ValueError(f"{result.path}: geen brief om feiten uit te halen ({result.error})")
    rules = rules or FactRules.from_pack()
    letter = result.letter
    raw_sentences = [text for _block, text in letter_sentences(result)]
    sentences = [norm(text) for text in raw_sentences]
    facts = Facts(letter_type=result.structure.letter_type if result.structure else None)
    facts.recipient = _recipient(letter)
    references = _reference_lines(letter)
    facts.case_number, facts.case_number_label = _case_number(references, rules)
    facts.subject = _first_label(references, rules.subject_labels)
    facts.letter_date = _letter_date(letter, references, rules)
    facts.request_date = _request_date(references, sentences, rules, facts.letter_date)
    facts.decision_original, facts.decision_positive = _decision(sentences, rules, facts.letter_type)
    if facts.decision_original:
        facts.decision = plain_sentence(facts.decision_original, rules)
    facts.reasons_original = _reasons(result, sentences, rules, facts.decision_original)
    reasons = [(original, plain_sentence(original, rules)) for original in facts.reasons_original]
    reasons = [(o, p) for o, p in reasons if p != facts.decision and o != facts.decision_original]
    facts.reasons_original = [o for o, _p in reasons]
    facts.reasons = [p for _o, p in reasons]
    facts.legal_basis = _legal_basis(sentences, rules)
    facts.deadline = _deadline(sentences, rules)
    _date_from_term(facts.deadline, facts.letter_date)
    facts.documents = _documents(letter, rules)
    facts.contact = _contact(letter, rules)
    facts.objection_weeks = _objection_weeks(sentences)
    docs: dict = {}  # sentences parsed for labels, parsed once
    facts.amounts = _amounts(letter, raw_sentences, rules, docs)
    used = {d for d in (facts.letter_date, facts.request_date, facts.deadline.date if facts.deadline else None) if d}
    facts.dates = _other_dates(letter, raw_sentences, rules, used, docs)
    facts.every_date = _other_dates(letter, raw_sentences, rules, set(), docs)
    return facts


def _reference_lines(letter: Letter) -> list[tuple[str, str]]:
    """(label in lower case, value) of every "Label: value" line outside the running text."""
    found = []
    for block in letter.blocks:
        if block.kind not in (BlockKind.METADATA, BlockKind.SENDER, BlockKind.TABLE_CELL):
            continue
        for line in block.lines:
            match = _LABEL_LINE.match(line.text)
            if match:
                found.append((match.group("label").strip().lower(), match.group("value").strip()))
    return found


def _first_label(references: list[tuple[str, str]], labels: list[str]) -> str | None:
    for wanted in labels:
        for label, value in references:
            if label == wanted and value.strip("-– ").strip():
                return value
    return None


def _recipient(letter: Letter) -> Recipient:
    recipient = Recipient()
    blocks = letter.blocks_of(BlockKind.RECIPIENT)
    if blocks:
        lines = [line.text.strip() for line in blocks[0].lines if line.text.strip()]
        if lines:
            recipient.name = lines[0]
            recipient.address = lines[1:]
    salutation = letter.blocks_of(BlockKind.SALUTATION)
    if salutation:
        recipient.salutation = salutation[0].text.strip().rstrip(",").strip()
    return recipient


def _case_number(references: list[tuple[str, str]], rules: FactRules) -> tuple[str | None, str | None]:
    for wanted in rules.case_number_labels:
        for label, value in references:
            token = value.split()[0] if value.split() else ""
            if label == wanted and re.search(r"\d", token) and not parse_dates(value):
                return token.rstrip(".,;"), label
    return None, None


def _letter_date(letter: Letter, references: list[tuple[str, str]], rules: FactRules) -> date | None:
    for wanted in rules.letter_date_labels:
        for label, value in references:
            if label == wanted and parse_dates(value):
                return parse_dates(value)[0].value
    for block in letter.blocks_of(BlockKind.METADATA):
        text = block.text.strip()
        found = parse_dates(text)
        if found and not _LABEL_LINE.match(text) and len(text) - len(found[0].text) <= 30:
            return found[0].value  # "Lindenburg, 12 maart 2026"
    return None


def _request_date(references: list[tuple[str, str]], sentences: list[str], rules: FactRules, letter_date: date | None) -> date | None:
    for wanted in rules.request_date_labels:
        for label, value in references:
            if label == wanted and parse_dates(value):
                return parse_dates(value)[0].value
    for sentence in sentences[:4]:  # the opening names the application it answers
        if rules.request_sentence.search(sentence):
            for found in parse_dates(sentence):
                if letter_date is None or found.value <= letter_date:
                    return found.value
    return None


def _decision(sentences: list[str], rules: FactRules, letter_type: str | None) -> tuple[str | None, bool | None]:
    """The first sentence with the strongest decision cue (cues are listed strongest first)."""
    if letter_type is not None and "objection" not in required_sections(letter_type):  # no decision to object to
        return None, None
    candidates = [s for s in sentences if not _any(rules.decision_exclude, s)]
    for cue in rules.decision_cues:
        for sentence in candidates:
            if cue.search(sentence) or cue.search(plain_sentence(sentence, rules)):
                return sentence, not _any(rules.negative_cues, sentence)
    return None, None


def plain_sentence(sentence: str, rules: FactRules) -> str:
    """An original sentence with its formulaic lead-in and inserted law references taken out
    (``simplify`` in facts.yaml); only deletions and the capital of the first word change."""
    text = sentence
    for pattern, replacement in rules.simplify:
        text = pattern.sub(replacement, text)
    text = norm(text).strip(" ,")
    if not text:
        return sentence
    return text[0].upper() + text[1:]


def _reasons(result: LetterResult, sentences: list[str], rules: FactRules, decision: str | None) -> list[str]:
    reasons: list[str] = []
    evidence = result.structure.evidence.get("reason") if result.structure else None
    if evidence is not None:
        reasons.append(" ".join(evidence.text.split()))
    for sentence in sentences:
        if len(reasons) >= rules.max_reasons:
            break
        if sentence in reasons or sentence == decision or _any(rules.reason_exclude, sentence):
            continue
        if _any(rules.reason_connectives, sentence):
            reasons.append(sentence)
    return reasons


def _legal_basis(sentences: list[str], rules: FactRules) -> list[str]:
    found: list[str] = []
    for sentence in sentences:
        if rules.legal_basis_exclude.search(sentence):
            continue
        for match in rules.legal_basis.finditer(sentence):
            text = " ".join(match.group(0).split()).rstrip(",")
            if text not in found:
                found.append(text)
    # "artikel 5.21 van de Omgevingswet" is already in "artikel 5.1 en artikel 5.21 van de Omgevingswet"
    return [text for text in found if not any(text != other and text in other for other in found)]


def _deadline(sentences: list[str], rules: FactRules) -> Deadline | None:
    best: Deadline | None = None
    for sentence in sentences:
        if rules.deadline_exclude.search(sentence) or not _any(rules.deadline_cues, sentence):
            continue
        if not _any(rules.deadline_action, sentence):
            continue
        dates = parse_dates(sentence)
        term = term_days(sentence)
        if not dates and not term:
            continue
        weeks = days = None
        if term:
            number, unit = term
            if unit.startswith("we"):
                weeks = number
            elif unit.startswith(("dag", "werk")):
                days = number
        candidate = Deadline(dates[-1].value if dates else None, sentence, weeks, days)
        if candidate.date is not None:
            return candidate
        best = best or candidate
    return best


def _date_from_term(deadline: Deadline | None, letter_date: date | None) -> None:
    """"binnen veertien dagen na dagtekening": the date follows from the letter date (days only;
    templates count weeks themselves)."""
    if deadline is None or deadline.date is not None or not deadline.days or letter_date is None:
        return
    if _AFTER_LETTER_DATE.search(deadline.sentence):
        deadline.date = letter_date + timedelta(days=deadline.days)


def _documents(letter: Letter, rules: FactRules) -> list[str]:
    documents: list[str] = []
    blocks = letter.blocks
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.LIST_ITEM:
            continue
        intro = next((b for b in reversed(blocks[:index]) if b.kind is not BlockKind.LIST_ITEM), None)
        if intro is None or not intro.text.rstrip().endswith(":"):
            continue
        if rules.documents_intro.search(intro.text) and rules.documents_request.search(intro.text):
            item = " ".join(block.text.split()).lstrip("-•* ").rstrip(";.,")
            if item and item not in documents:
                documents.append(item)
    return documents


def _contact(letter: Letter, rules: FactRules) -> Contact | None:
    analyzer = rules.analyzer
    blocks = [b for b in letter.blocks if b.kind not in (BlockKind.RECIPIENT, BlockKind.SENDER)]
    general: Contact | None = None
    for block in blocks:
        text = IBAN_CANDIDATE.sub(" ", " ".join(block.text.split()))
        phones = analyzer.phones(text)
        emails = [m.group(0) for m in analyzer.email.finditer(text)]
        direct_phones = [p for p in phones if not analyzer.general_phone.match(p)]
        direct_emails = [e for e in emails if not analyzer.general_mailbox.match(e)]
        if direct_phones or direct_emails:
            names = analyzer.person_names(text)
            contact = Contact(phone=(direct_phones or phones or [None])[0], email=(direct_emails or emails or [None])[0])
            if names:
                contact.name = names[0]
                after = text[text.find(names[0]) + len(names[0]):]
                role = rules.contact_role_after_name.match(after)
                if role:
                    contact.role = role.group("role").strip()
            return contact
        if general is None and (phones or emails):
            general = Contact(phone=phones[0] if phones else None, email=emails[0] if emails else None)
    return general


def _objection_weeks(sentences: list[str]) -> int | None:
    for sentence in sentences:
        if re.search(r"\bbezwaar|\bberoep", sentence, re.IGNORECASE):
            term = term_days(sentence)
            if term and term[1].startswith("we"):
                return term[0]
    return None


def _strip_filler(words: list[str], rules: FactRules) -> list[str]:
    kept = list(words)
    while kept and rules.label_filler.fullmatch(kept[-1].lower()):
        kept.pop()
    while kept and rules.label_filler.fullmatch(kept[0].lower()):
        kept.pop(0)
    return kept


def _context_label(text: str, start: int, end: int, rules: FactRules, docs: dict | None = None) -> str:
    """A short label for the value at text[start:end]: the label of a "Label: value" line, else
    (with a tagger) the noun phrase before it, else the few words before it (``label_*`` in
    facts.yaml). ``docs`` caches the parsed sentences."""
    line_start = text.rfind("\n", 0, start) + 1
    labeled = _LABEL_LINE.match(text[line_start:end])
    if labeled and ":" in text[line_start:start]:
        return labeled.group("label").strip()
    if rules.pipeline is not None:
        docs = {} if docs is None else docs
        if text not in docs:
            docs[text] = rules.pipeline(text.replace("\n", " "))
        label = _noun_label(docs[text], start, rules)
        if label:
            after = re.match(r"\s*(per (?:maand|week|jaar|dag|kwartaal))\b", text[end:], re.IGNORECASE)
            return label + (f" {after.group(1)}" if after else "")
    clause = re.split(r"[,;:()]", norm(text[:start]))[-1]
    words = clause.split()
    for index in range(len(words) - 1, -1, -1):  # not across another number or date
        if re.search(r"\d", words[index]) or words[index].lower() in _MONTH_NUMBER:
            words = words[index + 1:]
            break
    words = words[-rules.label_words:]
    for index in range(len(words) - 1, -1, -1):
        if rules.label_stop.fullmatch(words[index].lower()):
            words = words[index + 1:]
            break
    kept = _strip_filler(words, rules)
    if not kept:  # "..., zal uiterlijk op <datum>": the subject at the start of the sentence says what
        kept = _strip_filler(re.split(r"[,;:()]", norm(text[:start]))[0].split()[:rules.label_words], rules)
        kept = [word for word in kept if not re.search(r"\d", word)]
    after = re.match(r"\s*(per (?:maand|week|jaar|dag|kwartaal))\b", text[end:], re.IGNORECASE)
    label = " ".join((kept or words) + ([after.group(1)] if after else []))
    return label.strip(" .,-") or "bedrag of datum"


_PHRASE_POS = {"ADJ", "NOUN", "PROPN"}


def _is_value_word(token) -> bool:
    return bool(re.search(r"\d", token.text)) or token.lower_ in _MONTH_NUMBER or token.text == "€"


def _noun_label(doc, start: int, rules: FactRules) -> str:
    """The nearest noun phrase before a value in its clause ("een waarde vertegenwoordigden van
    € 9.812,40" -> "waarde"), else the clause's first noun phrase ("De eerste betaling zal
    uiterlijk op 27 maart 2026 ..." -> "eerste betaling"), else "" (the caller falls back)."""
    clause = []
    for token in reversed([t for t in doc if t.idx + len(t.text) <= start]):
        if token.pos_ == "PUNCT":
            break
        clause.append(token)  # nearest first
    for index, token in enumerate(clause[:6]):
        # a noun right before another date or amount ("waardepeildatum 1 januari 2025") names that value
        names_other_value = index > 0 and _is_value_word(clause[index - 1])
        if _is_label_noun(token, rules) and not names_other_value:
            return _phrase(clause[index:], rules)
    nouns = [index for index, token in enumerate(clause) if _is_label_noun(token, rules)]
    return _phrase(clause[nouns[-1]:], rules) if nouns else ""


def _is_label_noun(token, rules: FactRules) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and not _is_value_word(token) and not rules.label_filler.fullmatch(token.lower_)


def _phrase(tokens_backwards, rules: FactRules) -> str:
    """The noun (first item) with the adjectives and nouns straight before it."""
    words = [tokens_backwards[0]]
    for token in tokens_backwards[1:]:
        if token.pos_ not in _PHRASE_POS or _is_value_word(token) or rules.label_filler.fullmatch(token.lower_):
            break
        words.append(token)
    return " ".join(token.text for token in reversed(words))


def _texts_with_values(letter: Letter, sentences: list[str]) -> list[str]:
    """Where amounts and dates are looked for: running-text sentences, then tables and reference lines."""
    texts = list(sentences)
    for block in letter.blocks:
        if block.kind in (BlockKind.TABLE_CELL, BlockKind.METADATA, BlockKind.ATTACHMENTS):
            texts.extend(line.text for line in block.lines)
        elif block.kind is BlockKind.PARAGRAPH and block not in letter.running_blocks:
            texts.extend(_split(block.text))
    return texts


def _amounts(letter: Letter, sentences: list[str], rules: FactRules, docs: dict) -> list[LabeledValue]:
    return _labelled(letter, sentences, rules, docs, parse_amounts, set())


def _other_dates(letter: Letter, sentences: list[str], rules: FactRules, used: set[date],
                 docs: dict) -> list[LabeledValue]:
    return _labelled(letter, sentences, rules, docs, parse_dates, set(used))


def _labelled(letter: Letter, sentences: list[str], rules: FactRules, docs: dict, parse, seen: set) -> list[LabeledValue]:
    """Every value ``parse`` finds in the letter, once, labelled by the words before it."""
    found: list[LabeledValue] = []
    for text in _texts_with_values(letter, sentences):
        for item in parse(text):
            if item.value in seen:
                continue
            seen.add(item.value)
            found.append(LabeledValue(_context_label(text, item.start, item.end, rules, docs), item.value,
                                      item.text, text))
    return found
