"""Letter structure: the letter's type and which sections it contains.

Sections are found by heading AND by content (a letter without headings can still tell the
reader how to object). All cues are data in rules/structure.yaml; this module only applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from letterlint.reading.letter import Block, BlockKind, Letter

SECTIONS = ("next_steps", "objection", "contact", "contact_named_person", "reason")
_CLAUSE = re.compile(r"[,;:]\s+|\s+(?=(?:maar|en|of|ook als|ook wanneer)\s)")  # where a sentence's clauses part
_DATE_LIKE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")


def _compile(patterns) -> list[re.Pattern]:
    if isinstance(patterns, str):
        patterns = [patterns]
    return [re.compile(p, re.IGNORECASE) for p in patterns or []]


_ANCHORED = re.compile(r"(?<!\\)[\^$]|\\[AZ]")  # cues whose matches depend on where a text starts or ends


def _any(patterns: list[re.Pattern], text: str) -> bool:
    return any(p.search(text) for p in patterns)


# the first line of a label that goes on on the next line: it ends in a comma or in a word that cannot
# end a label ("… voor zover deze hoger zijn dan", red team 33, 09-T4), or opens a bracket it does not close
# (not a header row of columns, "Dag     Onderdeel     Van     Tot": no gap between columns inside it)
_WRAPPED_LABEL = re.compile(r"^(?!.*\d\s*$)(?!.*\S(?:\t| {3,})\S)(?:.*,\s*|[^()]*\([^()]*|.*\b(?:dan|de|het|een|van|en|of|"
                            r"in|op|te|aan|met|voor|dat|die|door|om|bij|naar|tot|zijn|is|uw|per|als|boven|onder)\s*)$")


@dataclass
class Unit:
    """A piece of text the structure checks look at: a sentence or a whole block."""

    block: Block
    text: str
    start: int = 0  # character offset in the block


@dataclass
class StructureResult:
    letter_type: str | None
    type_confidence: float
    type_scores: dict[str, float]
    sections: dict[str, bool]
    evidence: dict[str, Unit | None] = field(default_factory=dict)
    required: dict[str, str] = field(default_factory=dict)  # section -> severity
    type_certain: bool = True  # False: the type is a close call, so type-dependent errors become warnings
    # the letter delivers its decision (or assessment) in an attachment or a portal: what the type
    # requires may be there, so type-dependent errors become warnings too
    delivered_elsewhere: bool = False


class StructureAnalyzer:
    """Compiled structure cues; build once per run and reuse for every letter."""

    def __init__(self, config: dict):
        sections = config.get("sections", {})
        self.type_cues = {
            name: [(re.compile(c["pattern"], re.IGNORECASE), float(c.get("weight", 1))) for c in spec.get("cues", [])]
            for name, spec in config.get("letter_types", {}).items()
        }
        self.subject_cues = {
            name: (re.compile(spec["pattern"], re.IGNORECASE), float(spec.get("weight", 1)))
            for name, spec in (config.get("subject_cues") or {}).items()
        }
        certainty = config.get("type_certainty") or {}
        self.min_confidence = float(certainty.get("min_confidence", 0.0))
        self.min_margin = float(certainty.get("min_margin", 0.0))
        self.min_score = float(certainty.get("min_score", 0.0))
        self.delivered_elsewhere = _compile(certainty.get("delivered_elsewhere"))
        self.default_type = next((n for n, s in config.get("letter_types", {}).items() if s.get("default")), None)
        self.requirements = config.get("requirements", {})
        nxt = sections.get("next_steps", {})
        self.next_headings = _compile(nxt.get("headings"))
        self.next_action = _compile(nxt.get("action"))
        self.next_moment = _compile(nxt.get("moment"))
        self.next_exclude = _compile(nxt.get("exclude"))
        self.next_exclude_clause = _compile(nxt.get("exclude_clause"))
        self.next_action_weak = _compile(nxt.get("action_weak"))
        self.next_legal_effect = _compile(nxt.get("legal_effect"))
        obj = sections.get("objection", {})
        self.obj_headings = _compile(obj.get("headings"))
        self.obj_topic = _compile(obj.get("topic"))
        self.obj_term = _compile(obj.get("term"))
        self.obj_how = _compile(obj.get("how"))
        contact = sections.get("contact", {})
        self.phone = re.compile(contact.get("phone", r"(?!)"))
        self.email = re.compile(contact.get("email", r"(?!)"), re.IGNORECASE)
        self.desk = _compile(contact.get("desk"))
        self.readers_own = re.compile(contact.get("readers_own", r"(?!)"), re.IGNORECASE)
        self.iban_before = re.compile(contact.get("iban_before", r"(?!)"))
        self.no_reply = re.compile(contact.get("no_reply", r"(?!)"), re.IGNORECASE)
        merge = config.get("merge_fields") or {}
        self.merge_field = re.compile(merge.get("field", r"(?!)"))  # case matters: "[DATUM]" is a field, "[invullen: …]" is not
        self.field_kinds = {kind: re.compile(merge.get(kind, r"(?!)"), re.IGNORECASE)
                            for kind in ("phone", "email", "general", "staff", "name", "not_person")}
        person = sections.get("contact_named_person", {})
        self.general_phone = re.compile(person.get("general_phone", r"(?!)"))
        self.general_mailbox = re.compile(person.get("general_mailbox", r"(?!)"), re.IGNORECASE)
        self.person = [re.compile(f"(?=({p}))") for p in person.get("person", [])]
        self.not_names = set(person.get("not_names", []))
        self.first_person = _compile(person.get("first_person"))
        reason = sections.get("reason", {})
        self.reason_headings = _compile(reason.get("headings"))
        self.because = _compile(reason.get("because"))
        self.situation = _compile(reason.get("situation"))
        self.because_strong = _compile(reason.get("because_strong"))
        self.law_reference = _compile(reason.get("law_reference"))
        self.therefore = _compile(reason.get("therefore"))
        self.law_only = _compile(reason.get("law_only"))
        self.conditional = _compile(reason.get("conditional"))
        self.granted = _compile(reason.get("granted"))
        self.refused = _compile(reason.get("refused"))
        self.granted_severity = str(reason.get("granted_severity", "info"))
        self.subject_line = re.compile(config.get("subject_line", r"(?!)"), re.IGNORECASE)
        self.data_row = re.compile(config.get("data_row", r"(?!)"))
        core = config.get("core_first", {})
        self.weak_openings = _compile(core.get("weak_openings"))

    def data_rows(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each row when a block is a data table: two or more rows, every one a
        "label: value" row ("Bedrag: € 120,00"), a row whose label wraps onto the next line spanning
        both lines. Otherwise []."""
        rows, position, wrapped = [], 0, None
        lines = text.split("\n")
        final = max((number for number, line in enumerate(lines) if line.strip()), default=-1)
        for number, line in enumerate(lines):
            if line.strip():
                if wrapped is None and number != final and _WRAPPED_LABEL.search(line):
                    # a label wrapped over two lines, its value on the second: "Vaste lasten per maand (huur,
                    # energie," / "water en telefoon)     € 1.010,00" (red team 32, 02-T6)
                    wrapped = position
                elif self.data_row.match(line):
                    rows.append((position if wrapped is None else wrapped, position + len(line.rstrip())))
                    wrapped = None
                else:
                    return []
            position += len(line) + 1
        return rows if len(rows) >= 2 and wrapped is None else []

    def subject_blocks(self, letter: Letter) -> list[Block]:
        """The reference lines that give the letter's subject (Onderwerp, Betreft)."""
        return [b for b in letter.blocks_of(BlockKind.METADATA) if self.subject_line.match(b.text)]

    # ------------------------------------------------------------------ letter type

    def letter_type(self, letter: Letter, sentences: list[Unit]) -> tuple[str | None, float, dict[str, float]]:
        # a sentence wrapped over lines (plain-text letters) is one line for the cues: "^(?!.*…)" and
        # "wij hebben … ontvangen" must see all of it
        texts = [" ".join(unit.text.split()) for unit in sentences]
        subject = [" ".join(b.text.split()) for b in self.subject_blocks(letter)]
        joined = "\n".join(texts)  # one search tells whether a cue occurs anywhere at all
        scores: dict[str, float] = {}
        for name, cues in self.type_cues.items():
            total = 0.0
            for pattern, weight in cues:
                anywhere = _ANCHORED.search(pattern.pattern) is not None or pattern.search(joined)
                hits = sum(1 for text in texts if pattern.search(text)) if anywhere else 0
                total += weight * min(hits, 2)
                total += 2 * weight * sum(1 for text in subject if pattern.search(text))
            if name in self.subject_cues:
                pattern, weight = self.subject_cues[name]
                total += weight * any(pattern.search(text) for text in subject)
            scores[name] = total
        # a tie goes to the default type (informatie): it asks the least of the letter
        best = max(scores, key=lambda n: (scores[n], n == self.default_type), default=None)
        total = sum(scores.values())
        if best is None or scores[best] == 0 or scores[best] < self.min_score:
            return self.default_type, 0.0, scores  # no cue, or one too weak to name a type
        return best, round(scores[best] / total, 2), scores

    # ------------------------------------------------------------------ sections

    def is_certain(self, scores: dict[str, float]) -> bool:
        """A clear winner: enough of all points, and far enough ahead of the runner-up."""
        ranked = sorted(scores.values(), reverse=True)
        if not ranked or ranked[0] == 0:
            return False
        runner_up = ranked[1] if len(ranked) > 1 else 0.0
        return ranked[0] / sum(ranked) >= self.min_confidence and ranked[0] - runner_up >= self.min_margin

    def analyse(self, letter: Letter, sentences: list[Unit], letter_type: str | None = None,
                judged: StructureResult | None = None) -> StructureResult:
        """The letter's type and sections. ``letter_type``: a type the user set (certain);
        ``judged``: the structure of the letter this text is a version of (a rewrite proposal is
        the same kind of letter as its original: its type, confidence and certainty are taken)."""
        if judged is not None:
            letter_type, confidence = judged.letter_type, judged.type_confidence
            scores, certain = dict(judged.type_scores), judged.type_certain
        elif letter_type is None:
            letter_type, confidence, scores = self.letter_type(letter, sentences)
            certain = self.is_certain(scores)
        else:
            confidence, scores, certain = 1.0, {}, True
        sections_under = _sections_under_headings(letter, sentences)
        evidence: dict[str, Unit | None] = {
            "next_steps": self._next_steps(sentences, sections_under),
            "objection": self._objection(letter, sections_under),
            "contact": self._contact(letter),
            "contact_named_person": self._named_person(letter),
            "reason": self._reason(sentences, sections_under),
        }
        present = {name: evidence[name] is not None for name in SECTIONS}
        required = dict(self.requirements.get(letter_type or "", {}))
        if "reason" in required and self.grants_only(sentences):
            required["reason"] = self.granted_severity  # a granted request needs less reasoning
        elsewhere = any(_any(self.delivered_elsewhere, " ".join(unit.text.split())) for unit in sentences)
        return StructureResult(letter_type, confidence, scores, present, evidence, required, certain, elsewhere)

    def grants_only(self, sentences: list[Unit]) -> bool:
        """The letter grants what was asked and refuses, ends or recovers nothing."""
        texts = [unit.text for unit in sentences]
        return any(_any(self.granted, t) for t in texts) and not any(_any(self.refused, t) for t in texts)

    def step_text(self, text: str) -> str | None:
        """The part of a sentence that can state a next step: None for a statement of legal effect
        or a general warning; otherwise the sentence without its clauses about objecting."""
        if _any(self.next_exclude, text):
            return None
        clauses = [c for c in _CLAUSE.split(text) if not _any(self.next_exclude_clause, c)]
        return ", ".join(clauses)

    def is_step(self, text: str) -> bool:
        """An action (or a weak action outside a statement of legal effect) AND a moment."""
        if not _any(self.next_moment, text):
            return False
        if _any(self.next_action, text):
            return True
        return _any(self.next_action_weak, text) and not _any(self.next_legal_effect, text)

    def _next_steps(self, sentences: list[Unit], sections_under) -> Unit | None:
        for heading, units in sections_under:
            if _any(self.next_headings, heading.text):
                for unit in units:
                    text = self.step_text(unit.text)
                    if text and (_any(self.next_moment, text) or _any(self.next_action, text)
                                 or _any(self.next_action_weak, text)):
                        return unit
        for unit in sentences:
            text = self.step_text(unit.text)
            if text and self.is_step(text):
                return unit
        return None

    def _objection_window(self, text: str) -> bool:
        return _any(self.obj_topic, text) and _any(self.obj_term, text) and _any(self.obj_how, text)

    def _objection(self, letter: Letter, sections_under) -> Unit | None:
        for heading, units in sections_under:
            if _any(self.obj_headings, heading.text) and units:
                window = " ".join([heading.text] + [u.text for u in units])
                if self._objection_window(window):
                    return units[0]
        texts = [b for b in letter.blocks if b.kind not in (BlockKind.RECIPIENT, BlockKind.SENDER)]
        for index, block in enumerate(texts):
            if self._objection_window(block.text):
                return Unit(block, block.text)
            if _any(self.obj_topic, block.text) and block.text.rstrip().endswith(":"):
                # "U kunt bezwaar maken:" followed by a list of how and when
                following = [b.text for b in texts[index + 1:index + 6] if b.kind is BlockKind.LIST_ITEM]
                if self._objection_window(" ".join([block.text, *following])):
                    return Unit(block, block.text)
        return None

    def _readers_own(self, text: str, start: int) -> bool:
        """The number or address follows "uw telefoonnummer:": the reader's own, quoted back."""
        return bool(self.readers_own.search(text[max(0, start - 40):start]))

    def merge_fields(self, text: str) -> list[tuple[str, str]]:
        """(the merge field as written, its name): "«Telefoon_consulent»" -> "telefoon consulent"."""
        return [(match.group(0), re.sub(r"[_.\s]+", " ", next(g for g in match.groups() if g)).strip().lower())
                for match in self.merge_field.finditer(text)]

    def _fields_of(self, text: str, kind: str) -> list[str]:
        """The merge fields that stand for a phone number or e-mail address (kind "phone"/"email")."""
        return [field for field, name in self.merge_fields(text) if self.field_kinds[kind].search(name)]

    def _general_field(self, value: str) -> bool:
        return any(self.field_kinds["general"].search(name) for _field, name in self.merge_fields(value))

    def emails(self, text: str) -> list[str]:
        found = [m.group(0) for m in self.email.finditer(text)
                 if not self._readers_own(text, m.start()) and not self.no_reply.match(m.group(0))]
        return found + self._fields_of(text, "email")

    def phones(self, text: str) -> list[str]:
        found = self._fields_of(text, "phone")
        for match in self.phone.finditer(text):
            if self._readers_own(text, match.start()) or self.iban_before.search(text[max(0, match.start() - 12):match.start()]):
                continue
            value = match.group(0).strip()
            digits = re.sub(r"\D", "", value)
            if _DATE_LIKE.match(value):
                continue
            if value.startswith("14") and len(digits) in (5, 6):
                found.append(value)
            elif value.startswith("+") and len(digits) == 11:
                found.append(value)
            elif len(digits) == 10 and digits.startswith("0"):
                found.append(value)
        return found

    def _contact(self, letter: Letter) -> Unit | None:
        for block in letter.blocks:
            if block.kind is BlockKind.RECIPIENT:
                continue
            if self.phones(block.text) or self.emails(block.text) or (
                    block.is_running_text and _any(self.desk, block.text)):
                return Unit(block, block.text)
        return None

    def _direct_contacts(self, text: str) -> list[str]:
        direct = [p for p in self.phones(text) if not self.general_phone.match(p)]
        direct += [address for address in self.emails(text) if not self.general_mailbox.match(address)]
        return [value for value in direct if not self._general_field(value)]

    def person_names(self, text: str) -> list[str]:
        names = []
        for pattern in self.person:
            for match in pattern.finditer(text):
                candidate = match.group(1)
                words = [w for w in re.split(r"[\s.]+", candidate) if w]
                if any(word in self.not_names for word in words):
                    continue
                names.append(candidate.strip())
        kinds = self.field_kinds
        for field, name in self.merge_fields(text):  # "«Naam_consulent»", "{{ behandelaar.naam }}"
            staff = kinds["staff"].search(name)
            if staff and not kinds["not_person"].search(name) and (kinds["name"].search(name) or staff.group(0) == name):
                names.append(field)
        return names

    def _named_person(self, letter: Letter) -> Unit | None:
        blocks = [b for b in letter.blocks if b.kind is not BlockKind.RECIPIENT]
        signed = any(self.person_names(b.text) for b in blocks if b.kind is BlockKind.SIGNATURE)
        for index, block in enumerate(blocks):
            if not self._direct_contacts(block.text):
                continue
            if signed and block.is_running_text and _any(self.first_person, block.text):
                return Unit(block, block.text)  # "Bel mij op 06 …" in a letter signed by name
            reach = 1 if block.is_running_text else 3
            for other in blocks[max(0, index - reach): index + reach + 1]:
                if other.kind is BlockKind.SENDER:
                    continue
                if other is not block and other.is_running_text != block.is_running_text and other.kind is not BlockKind.SIGNATURE:
                    continue
                if self.person_names(other.text):
                    return Unit(block, block.text)
        return None

    def _reason(self, sentences: list[Unit], sections_under) -> Unit | None:
        for heading, units in sections_under:
            if _any(self.reason_headings, heading.text):
                for unit in units:  # under "Waarom …?" any sentence that is more than a law citation
                    if not _any(self.law_only, unit.text):
                        return unit
        for index, unit in enumerate(sentences):
            if _any(self.law_only, unit.text):
                continue
            if index and self._points_back(unit.text) and self._grounds(sentences[index - 1]):
                return sentences[index - 1]  # "… Gelet op het vorenstaande is uw bezwaar ongegrond."
            if _any(self.obj_topic, unit.text) and not _any(self.because_strong, unit.text):
                continue  # how to object is no reason; "uw bezwaar is ongegrond, omdat …" is
            if _any(self.conditional, unit.text) and not _any(self.because_strong, unit.text):
                continue  # "Indien … blijkt dat …" states a condition, not a reason
            if _any(self.because_strong, unit.text) or (
                    _any(self.because, unit.text) and (self._about_situation(unit) or self._situation_clause(unit.text))):
                return unit
        return None

    def _points_back(self, text: str) -> bool:
        """A "daarom" whose ground is not a law article cited before it in the same sentence."""
        match = next((m for p in self.therefore for m in [p.search(text)] if m), None)
        return match is not None and not _any(self.law_reference, text[:match.start()])

    def _grounds(self, unit: Unit) -> bool:
        """The sentence before a "daarom": about the reader's situation, or a finding ("uit onze
        administratie blijkt dat …"), and more than a law citation."""
        if _any(self.law_reference, unit.text) or _any(self.law_only, unit.text):
            return False
        return _any(self.situation, unit.text) or _any(self.because, unit.text)

    def _situation_clause(self, text: str) -> bool:
        """A reason cue whose own clause is about the reader's situation, even when the sentence
        cites a law article elsewhere ("Aangezien uw schuur vóór de gevel staat, is deze op grond van
        artikel 2.29 niet vergunningvrij")."""
        for pattern in self.because:
            for match in pattern.finditer(text):
                clause = re.split(r"[,;:]", text[match.start():], maxsplit=1)[0]
                if _any(self.situation, clause) and not _any(self.law_reference, clause):
                    return True
        return False

    def _about_situation(self, unit: Unit) -> bool:
        """About the reader's own situation, not only an appeal to a law article."""
        return (_any(self.situation, unit.text) and not _any(self.law_reference, unit.text)
                and not _any(self.law_only, unit.text))

    # ------------------------------------------------------------------ core first

    def core_first_problem(self, letter: Letter, sentences: list[Unit]) -> Unit | None:
        """The first paragraph's opening sentence when it opens with a formula that delays the message."""
        first_block = next((b for b in letter.running_blocks if b.kind is BlockKind.PARAGRAPH), None)
        if first_block is None:
            return None
        units = [u for u in sentences if u.block is first_block]
        if not units:
            return None
        if _any(self.weak_openings, units[0].text.strip()):
            return units[0]
        return None


def _sections_under_headings(letter: Letter, sentences: list[Unit]) -> list[tuple[Unit, list[Unit]]]:
    """(heading, the sentences under it). A heading runs until the next heading or the closing.

    B1 letters often lead a paragraph with a short question ("Waarom komen wij? Op 12 maart …"):
    such a question works as a heading for the rest of its paragraph.
    """
    by_block: dict[int, list[Unit]] = {}
    for unit in sentences:
        by_block.setdefault(id(unit.block), []).append(unit)
    result: list[tuple[Unit, list[Unit]]] = []
    current: tuple[Unit, list[Unit]] | None = None
    for block in letter.blocks:
        if block.kind is BlockKind.HEADING:
            current = (Unit(block, block.text), [])
            result.append(current)
        elif block.is_running_text:
            units = by_block.get(id(block), [])
            inline: tuple[Unit, list[Unit]] | None = None
            for unit in units:
                if _is_inline_question(unit):
                    inline = (unit, [])
                    result.append(inline)
                elif inline is not None:
                    inline[1].append(unit)
                if current is not None and not _is_inline_question(unit):
                    current[1].append(unit)
        elif current is not None and block.kind in (BlockKind.CLOSING, BlockKind.SIGNATURE):
            current = None
    return result


def _is_inline_question(unit: Unit) -> bool:
    text = unit.text.strip()
    return text.endswith("?") and len(text.split()) <= 8
