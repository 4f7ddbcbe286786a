"""Verify a proposal against its original before anyone sees it: never invent, never change the law.

Checks, each with a Dutch problem description when it fails:

- every amount, date, term, reference number, phone number, e-mail address, web address and named
  person of the original's running text is in the proposal, in a sentence of the same role (a bare
  "label: waarde" line does not count), and the letter's own header and ending are kept verbatim;
- nothing of those kinds (nor any other number) appears in the proposal that the original lacks;
  contact data from a department profile the user chose is the only exception;
- the legal remedies are identical: kind, term, start of the term, addressee, notes;
- the decision keeps its direction (granted, refused, partly, recovered, terminated, intention,
  receipt, request).

Placeholders (``[invullen: …]``) and rewrite marks (``[herschrijven: …]``) are left out of the
comparison: they are visibly unfinished and the ``check`` rule PH01 reports them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from letterlint.placeholders import PLACE
from letterlint.reading.sources import strip_inline_markdown
from letterlint.rewrite.facts import parse_amounts, parse_dates
from letterlint.rewrite.statements import ANSWERS_QUESTION, ROLE_LABEL, RewriteRules

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.structure import StructureAnalyzer

KIND_LABEL = {
    "amount": "bedrag", "date": "datum", "term": "termijn", "reference": "kenmerk of nummer", "phone": "telefoonnummer",
    "email": "e-mailadres", "url": "webadres", "person": "naam", "number": "getal", "field": "samenvoegveld",
    "instruction": "sjabloonopdracht",
}
DIRECTION_LABEL = {
    "granted": "toegekend", "refused": "afgewezen", "partly": "gedeeltelijk", "recovered": "terugvordering",
    "terminated": "beëindigd", "intention": "voornemen", "receipt": "ontvangstbevestiging", "request": "verzoek",
}


@dataclass(frozen=True)
class Fact:
    kind: str
    value: str
    shown: str  # as written

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.value)


def facts_in(text: str, rules: RewriteRules, analyzer: StructureAnalyzer) -> list[Fact]:
    """The checkable facts of a text (placeholders and marks left out); once per text and letter
    when the rules have a memo (RewriteRules.for_one_letter)."""
    return rules.remembered(("facts_in", text, id(analyzer)), lambda: _facts_in(text, rules, analyzer))


def _facts_in(text: str, rules: RewriteRules, analyzer: StructureAnalyzer) -> list[Fact]:
    from letterlint.rewrite.merge_fields import MERGE_FIELD, TEMPLATE_INSTRUCTION

    text = PLACE.sub(" ", text)
    found: list[Fact] = []
    for match in MERGE_FIELD.finditer(text):
        found.append(Fact("field", " ".join(match.group(0).split()), match.group(0)))
    for match in TEMPLATE_INSTRUCTION.finditer(text):  # exact: a merge program matches them literally
        found.append(Fact("instruction", match.group(0), match.group(0)))
    taken: list[tuple[int, int]] = []

    def add(kind: str, value: str, shown: str, span: tuple[int, int] | None = None) -> None:
        found.append(Fact(kind, value, shown))
        if span:
            taken.append(span)

    for item in parse_amounts(text):
        add("amount", str(item.value.normalize()), item.text, (item.start, item.end))
    for item in parse_dates(text):
        add("date", item.value.isoformat(), item.text, (item.start, item.end))
    for match in rules.term.finditer(text):
        add("term", " ".join(match.group(0).lower().split()), match.group(0))
    for match in analyzer.email.finditer(text):
        add("email", match.group(0).lower(), match.group(0), match.span())
    for match in rules.url.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        add("url", match.group(0).lower().rstrip("./"), match.group(0), match.span())
    for phone in analyzer.phones(text):
        position = text.find(phone)
        add("phone", re.sub(r"\D", "", phone), phone, (position, position + len(phone)) if position >= 0 else None)
    for match in rules.reference.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        add("reference", match.group(0).upper(), match.group(0), match.span())
    for name in analyzer.person_names(text):
        if rules.not_person.match(name):
            continue
        add("person", " ".join(name.split()), name)
    for match in re.finditer(r"\d+", text):
        add("number", str(int(match.group(0))), match.group(0))
    return found


@dataclass
class SectionText:
    """The sentences and list items of one proposal section, as written in the proposal."""

    name: str
    roles: set[str]
    sentences: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    # sentences and items in the order the proposal shows them (empty: sentences, then items)
    ordered: list[str] = field(default_factory=list)

    def in_order(self) -> list[str]:
        return self.ordered or self.sentences + self.items


@dataclass
class OriginalText:
    """One statement of the original: its text(s) and the roles its sentences may have in the proposal."""

    texts: list[str]
    roles: set[str]
    items: list[str] = field(default_factory=list)


@dataclass
class Verification:
    problems: list[str] = field(default_factory=list)
    facts_checked: int = 0
    facts_kept: bool = True
    nothing_invented: bool = True
    remedy_same: bool = True
    direction_same: bool = True
    remedies: tuple[str, ...] = ()     # the kinds of remedy the letter names (bezwaar, zienswijze, …)
    directions: tuple[str, ...] = ()   # the decision's direction(s) the letter states (DIRECTION_LABEL keys)

    @property
    def ok(self) -> bool:
        return not self.problems


def _opened_by_a_word(name: str, lower_words: set[str], original_text: str) -> bool:
    """Whether a name the proposal seems to add is the original's own name after a word that the
    original writes in lower case: a sentence that now opens with its verb ("Legt Andrei …" from "…;
    legt Andrei hem niet op tijd af")."""
    first, _space, rest = name.partition(" ")
    return bool(rest) and first.lower() in lower_words and \
        re.search(rf"(?<![\w-]){re.escape(first.lower())}\s+{re.escape(rest)}(?![\w-])", original_text) is not None


def verify(original: list[OriginalText], original_remedy_texts: list[str], proposal: list[SectionText],
           rules: RewriteRules, analyzer: StructureAnalyzer, allowed_extra: set[tuple[str, str]] = frozenset(),
           kept_blocks: tuple[list[str], str] = ((), "")) -> Verification:
    """Compare the original's statements with the proposal's sections (see the module docstring).

    ``allowed_extra``: fact keys a chosen department profile adds (marked in the proposal).
    ``kept_blocks``: (texts of the original's header and ending, the proposal markdown): each must
    be in the proposal verbatim.
    """
    result = Verification()
    where: dict[tuple[str, str], set[str]] = {}
    original_items = {item for statement in original for item in statement.items}
    for section in proposal:
        texts = section.sentences + [item for item in section.items
                                     if item in original_items or not rules.bare_label.match(item)]
        for text in texts:
            for fact in facts_in(text, rules, analyzer):
                where.setdefault(fact.key, set()).update(section.roles)
    everywhere: set[tuple[str, str]] = set()
    for section in proposal:
        for text in section.sentences + section.items:
            everywhere.update(fact.key for fact in facts_in(text, rules, analyzer))
    source_keys: set[tuple[str, str]] = set()
    for statement in original:
        for text in statement.texts + statement.items:
            for fact in facts_in(text, rules, analyzer):
                source_keys.add(fact.key)
                result.facts_checked += 1
                roles = where.get(fact.key)
                if roles is None:
                    result.facts_kept = False
                    result.problems.append(f"{KIND_LABEL[fact.kind]} '{fact.shown}' uit de brief staat niet in het voorstel")
                elif fact.kind != "number" and "overig" not in statement.roles and not roles & (statement.roles | {"overig"}):
                    result.facts_kept = False
                    wanted = ", ".join(sorted(ROLE_LABEL.get(r, r) for r in statement.roles))
                    result.problems.append(
                        f"{KIND_LABEL[fact.kind]} '{fact.shown}' staat in het voorstel niet meer bij '{wanted}'")
    header, markdown = kept_blocks
    flat = " ".join(markdown.split())  # a template tag put on a line of its own changes only spacing
    plain = None  # the same without Markdown markup (a Markdown letter's header keeps "**Datum:** …")
    for text in header:
        if not text or text in markdown or " ".join(text.split()) in flat:
            continue
        if plain is None:
            plain = " ".join(strip_inline_markdown(re.sub(r"(?m)^\s*#{1,6}\s+", "", markdown)).split())
        if " ".join(text.split()) not in plain:
            result.facts_kept = False
            result.problems.append(f"de regel '{text.splitlines()[0]}' uit de kop of het slot van de brief ontbreekt")
    source_keys |= set(allowed_extra)
    original_text = " ".join(" ".join(statement.texts + statement.items) for statement in original)
    lower_words = set(re.findall(r"\b[a-zà-ÿ][\w-]*", original_text))
    for key in sorted(everywhere - source_keys):
        if key[0] == "person" and _opened_by_a_word(key[1], lower_words, original_text):
            continue  # "Legt Andrei hem niet op tijd af?" from "…; legt Andrei hem niet op tijd af" (red team 33)
        result.nothing_invented = False
        result.problems.append(f"het voorstel noemt een {KIND_LABEL[key[0]]} die niet in de brief staat: '{key[1]}'")
    # in the order shown: a sentence that names no remedy adds its details to the one named last, so
    # list items read after every sentence of their section would lend a remedy terms that are not its
    _compare_remedies(result, original_remedy_texts,
                      [t for s in proposal if "rechtsmiddel" in s.roles for t in s.in_order()],
                      original, proposal, rules)
    before = rules.directions_of("\n".join(t for s in original for t in s.texts + s.items))
    result.directions = tuple(sorted(before))
    after = rules.directions_of("\n".join(PLACE.sub(" ", t) for s in proposal for t in s.sentences + s.items))
    if before != after:
        result.direction_same = False
        lost = ", ".join(DIRECTION_LABEL.get(d, d) for d in sorted(before - after))
        added = ", ".join(DIRECTION_LABEL.get(d, d) for d in sorted(after - before))
        parts = [f"verdwenen: {lost}" if lost else "", f"erbij gekomen: {added}" if added else ""]
        result.problems.append("de strekking van het besluit is veranderd (" + "; ".join(p for p in parts if p) + ")")
    return result


def _compare_remedies(result: Verification, before_texts: list[str], after_texts: list[str],
                      original: list[OriginalText], proposal: list[SectionText], rules: RewriteRules) -> None:
    before = rules.remedies(before_texts)
    after = rules.remedies([PLACE.sub(" ", text) for text in after_texts])
    kinds_before = {k for s in original for t in s.texts + s.items for k in rules.remedy_kinds(t)}
    result.remedies = tuple(sorted(kinds_before | set(before)))
    kinds_after = {k for s in proposal for t in s.sentences + s.items for k in rules.remedy_kinds(PLACE.sub(" ", t))}
    if {r.key() for r in before.values()} != {r.key() for r in after.values()} or kinds_before != kinds_after:
        result.remedy_same = False
        result.problems.append(remedy_change(before, after))


_REMEDY_PARTS = (("terms", "termijn"), ("starts", "begin van de termijn"), ("addressees", "bij wie"),
                 ("notes", "opmerking"))


def remedy_change(before: dict, after: dict) -> str:
    """What changed between two sets of remedies, in Dutch, naming only what differs: "het
    rechtsmiddel is veranderd: bezwaar: termijn was 6 weken, is nu 4 weken; beroep is erbij gekomen"."""
    changes = []
    for kind in sorted(set(before) | set(after)):
        name = kind.replace("_", " ")
        if kind not in after:
            changes.append(f"{name} ontbreekt")
        elif kind not in before:
            changes.append(f"{name} is erbij gekomen")
        else:
            for attribute, label in _REMEDY_PARTS:
                was, now = getattr(before[kind], attribute), getattr(after[kind], attribute)
                if was != now:
                    shown = lambda values: ", ".join(sorted(v.replace("_", " ") for v in values)) or "niets"  # noqa: E731
                    changes.append(f"{name}: {label} was {shown(was)}, is nu {shown(now)}")
    return "het rechtsmiddel is veranderd: " + ("; ".join(changes) or "een ander soort rechtsmiddel wordt genoemd")


def points_back(text: str, rules: RewriteRules, previous: str | None = None) -> bool:
    """Whether a proposal sentence points back to the sentence before it in the original
    (``previous``): "Dit bedrag …", "Daardoor …", "Indien u dit nalaat …", "Door u hoeft hiervoor
    niets …", "… binnen deze termijn …" after a sentence about a termijn
    (RewriteRules.refers_back) — and does not state a decision of its own. The placement keeps such
    a sentence right after that one, and :func:`check_references` checks that it did."""
    clean = PLACE.sub(" ", text)
    before = PLACE.sub(" ", previous) if previous else None
    how = rules.refers_back(clean, before)
    if how is None:
        return False
    if before is not None and before.rstrip().endswith("?") and ANSWERS_QUESTION.match(clean):
        # the answer to a condition put as a question ("Worden de gegevens niet op tijd ontvangen?
        # Dan kunnen wij besluiten …") is no decision of its own, however strong its cue (red team 5)
        return True
    # a decision keeps its own place: one that opens with "Daarom" only when it says so strongly
    # ("Daarom hebben wij besloten …"), one with a reference inside ("deze aanvraag") always
    own_kern = rules.points_back_keeps_own_kern if how == "start" else rules.kern_decision_min
    return rules.scores(clean).get("kern", 0) < own_kern


@dataclass(frozen=True)
class Placed:
    """One running-text sentence of the proposal: the original sentence it comes from, its place
    among that sentence's parts, its text and its role."""

    statement: int
    order: int
    text: str
    role: str


def check_references(result: Verification, shown: list[Placed], rules: RewriteRules) -> None:
    """A sentence that points back ("Dit bedrag …", "Door u hoeft hiervoor niets …", "U ontvangt
    in dat geval …") must follow, in the proposal, the sentence it followed in the original: moved
    away from it, it points at another sentence or at nothing. ``shown`` is the proposal's running
    text in reading order (list items and "Dit staat in …" lines left out). A remedy with its own
    term ("Tegen dat besluit kunt u binnen zes weken bezwaar maken") names what it is about."""
    original = sorted(shown, key=lambda placed: (placed.statement, placed.order))
    before_in_original = {placed: original[index - 1] if index else None for index, placed in enumerate(original)}
    for index, placed in enumerate(shown):
        earlier = before_in_original[placed]
        if earlier is None or not points_back(placed.text, rules, earlier.text):
            continue
        if placed.role == "rechtsmiddel" and rules.remedy_term.search(PLACE.sub(" ", placed.text)):
            continue
        if index and shown[index - 1] == earlier:
            continue
        words = " ".join(PLACE.sub(" ", placed.text).split()[:6])
        result.problems.append(f"de zin '{words} …' verwijst terug naar de zin die er in de brief voor staat, "
                               "maar staat in het voorstel niet meer direct na die zin")


def sentence_change_problem(before: str, after: str, rules: RewriteRules, analyzer: StructureAnalyzer) -> str | None:
    """Why a partly simplified sentence may not replace its original (Dutch), or None.

    The check for one sentence the simplifier could not bring to B1 but did change (jargon, U → u,
    passive with its agent, referent, law citation moved out): the same facts (amounts, dates,
    terms, numbers, e-mail and web addresses, phone numbers, named persons, merge fields), as many
    negations, the same decision directions and the same remedies. ``after`` includes the law
    lines the citation moved to.
    """
    after = PLACE.sub(" ", after)
    facts_before = {fact.key: fact for fact in facts_in(before, rules, analyzer)}
    facts_after = {fact.key: fact for fact in facts_in(after, rules, analyzer)}
    def ordered(keys):  # a bare number last: the amount or date it belongs to says more
        return sorted(keys, key=lambda key: (key[0] == "number", key))

    for key in ordered(facts_before.keys() - facts_after.keys()):
        return f"{KIND_LABEL[key[0]]} '{facts_before[key].shown}' ontbreekt"
    for key in ordered(facts_after.keys() - facts_before.keys()):
        return f"{KIND_LABEL[key[0]]} '{facts_after[key].shown}' staat niet in de oorspronkelijke zin"
    if len(rules.negations.findall(before)) != len(rules.negations.findall(after)):
        return "het aantal ontkenningen (niet, geen, nooit, niets, noch) is veranderd"
    if rules.directions_of(before) != rules.directions_of(after):
        return "de strekking (toegekend, afgewezen, terugvordering …) is veranderd"
    if rules.remedy_kinds(before) != rules.remedy_kinds(after) or \
            {r.key() for r in rules.remedies([before]).values()} != {r.key() for r in rules.remedies([after]).values()}:
        return "het rechtsmiddel is veranderd"
    return None
