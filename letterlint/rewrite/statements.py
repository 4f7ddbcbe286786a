"""The statements of a letter: its running-text sentences, each with the role it plays.

A rewrite never writes new content: it moves the original's own sentences into the B1 order. This
module cuts the letter into the parts a proposal keeps as they are (header, salutation, closing,
signature) and the statements it reorders, and gives each statement a role:

``kern`` (the decision or main message), ``reden``, ``grondslag`` (legal basis),
``wat_moet_u_doen``, ``wat_gebeurt_er_nu``, ``rechtsmiddel`` (bezwaar, beroep, zienswijze, ...),
``contact``, ``bijlagen``, ``beleefdheid`` (courtesy filler) and ``overig``.

The sentences are the linter's own segmentation (:func:`letterlint.rewrite.facts.letter_sentences`)
and the blocks its letter model; the cues are data in rules/rewrite.yaml (:class:`RewriteRules`).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from letterlint.reading.letter import COMPOSITION_TAG_LINE, Block, BlockKind
from letterlint.rewrite.control_blocks import split_at_tags
from letterlint.rewrite.prefilter import may_match, required, searchable
from letterlint.rulepack import RulePackError

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.engine.linter import LetterResult, Linter

ROLES = ("kern", "reden", "grondslag", "wat_moet_u_doen", "wat_gebeurt_er_nu", "rechtsmiddel", "contact",
         "bijlagen", "beleefdheid", "overig")
ROLE_LABEL = {
    "kern": "kern", "reden": "reden", "grondslag": "wettelijke grondslag", "wat_moet_u_doen": "wat moet u doen",
    "wat_gebeurt_er_nu": "wat gebeurt er nu", "rechtsmiddel": "bezwaar of beroep", "contact": "contact",
    "bijlagen": "bijlagen", "beleefdheid": "beleefdheidszin", "overig": "overig",
}
_ITEM_MARK = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s+")
_BODY_END = (BlockKind.CLOSING, BlockKind.SIGNATURE)

_CURRENCY_PADDING = re.compile(r"([€$£])[ \t]+")  # "€   118,15" in a column is one value, not two cells
_COLUMN_GAP = re.compile(r"\t+| {3,}| {2,}(?=[€$£])")
_ORDERED_MARK = re.compile(r"\d{1,2}[.)]|\d{1,2}°[.)]?|[a-z][.)]|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})[.)]|[A-Z][.)]")  # capitals: lettered options ("A.", "B."), Roman numerals ("II.", "IV.")

# How a list item is shown (Statement.item_marks, Statement.mark): a bullet; the original's own
# number or letter ("1.", "2)", "b.") kept as it was, since the text refers to it ("de last onder 1");
# a clause on a line of its own that closes the list ("en deze situatie vervolgens in stand houdt.");
# a table row ("| Wasmachine | € 549,00 |"), the header row of a table.
BULLET = "-"
CLOSES_LIST = ""
TABLE_ROW = "|"
TABLE_HEADER = "|h"


def norm(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- rules (data)


@dataclass
class Remedy:
    """One legal remedy as the letter states it: kind, term(s), start of the term, addressee, notes."""

    kind: str
    terms: set[str] = field(default_factory=set)
    starts: set[str] = field(default_factory=set)
    addressees: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)

    def key(self) -> tuple:
        return (self.kind, tuple(sorted(self.terms)), tuple(sorted(self.starts)), tuple(sorted(self.addressees)),
                tuple(sorted(self.notes)))

    def describe(self) -> str:
        parts = [self.kind.replace("_", " ")]
        if self.terms:
            parts.append("termijn " + ", ".join(sorted(self.terms)))
        if self.starts:
            parts.append("vanaf " + ", ".join(sorted(self.starts)))
        if self.addressees:
            parts.append("bij " + ", ".join(sorted(a.replace("_", " ") for a in self.addressees)))
        if self.notes:
            parts.append("let op: " + ", ".join(sorted(n.replace("_", " ") for n in self.notes)))
        return "; ".join(parts)


def _per_text(method):
    """A question about one text, answered once per letter when the rules have a memo (see
    :meth:`RewriteRules.for_one_letter`); the caller gets its own copy of the answer."""
    @functools.wraps(method)
    def answer(self, text: str):
        return self.remembered((method.__name__, text), lambda: method(self, text))
    return answer


def _with_needs(named: list[tuple[str, re.Pattern]]) -> list[tuple[str, re.Pattern, frozenset[str] | None, bool]]:
    """(name, expression, what every match contains, whether it ignores case) of named expressions,
    for prefilter.may_match."""
    return [(name, pattern, required(pattern), bool(pattern.flags & re.IGNORECASE)) for name, pattern in named]


def _fresh(value):
    """A copy of an answer (a dict, list or set, or a tuple of them) the caller may change."""
    return tuple(_fresh(part) for part in value) if isinstance(value, tuple) else value.copy()


class RewriteRules:
    """The compiled cues of rules/rewrite.yaml (validated by the rule-pack loader)."""

    _cache: dict[str, "RewriteRules"] = {}
    memo: dict | None = None  # per-text answers, only in the copy for one letter

    def __init__(self, data: dict):
        if not data.get("roles"):
            raise RulePackError("rules/rewrite.yaml: het blok 'rewrite.roles' ontbreekt")
        flags = re.IGNORECASE
        self.data = data
        self.roles = {role: [(re.compile(cue["pattern"], flags), float(cue.get("weight", 1))) for cue in cues]
                      for role, cues in data["roles"].items()}
        # what every match of each cue contains: a sentence without it is not searched (exact)
        self._needs = {role: [(required(pattern), bool(pattern.flags & re.IGNORECASE)) for pattern, _weight in cues]
                       for role, cues in self.roles.items()}
        self.priority = list(data.get("priority") or self.roles)
        self.second_role_min = float(data.get("second_role_min", 3))
        self.citation_yields_to = float(data.get("citation_yields_to", 0)) or None
        self.points_at_whole = re.compile(data.get("points_at_whole", r"(?!)"), re.IGNORECASE)
        self.opens_with_pointer = re.compile(data.get("opens_with_pointer", r"(?!)"), re.IGNORECASE)
        self.kern_decision_min = float(data.get("kern_decision_min", 3))
        self.sections: dict[str, list[str]] = {name: list(roles) for name, roles in (data.get("sections") or {}).items()}
        self.section_of = {role: name for name, roles in self.sections.items() for role in roles}
        self.order: dict[str, list[str]] = {k: list(v) for k, v in (data.get("order") or {}).items()}
        self.long_letter = int(data.get("long_letter_sentences", 12))
        self.own_structure_min_headings = int(data.get("own_structure_min_headings", 2))
        self.own_structure_levels = set(data.get("own_structure_levels") or [])
        self.overig_not_into = set(data.get("overig_not_into") or [])
        self.points_back = re.compile(data.get("points_back", r"(?!)"), flags)
        self.refers_earlier = re.compile(data.get("refers_earlier", r"(?!)"), flags)
        self.defines = re.compile(data.get("defines", r"(?!)"), flags)
        self.verbatim_heading = re.compile(data.get("verbatim_heading", r"(?!)"), flags)
        self.decision_actor = re.compile(data.get("decision_actor", r"(?!)"), flags)
        self.points_back_keeps_own_kern = float(data.get("points_back_keeps_own_kern", 5))
        self.additions = re.compile(data.get("additions", r"(?!)"), flags)
        self.leaves_paragraph_min = float(data.get("leaves_paragraph_min", 0))
        self.openers_follow = set(data.get("openers_follow", []))
        self.stays_in_paragraph = set(data.get("stays_in_paragraph", []))
        self.citation_member = re.compile(data.get("citation_member") or r"(?!)", re.IGNORECASE)
        self.citation_article = re.compile(data.get("citation_article") or r"(?!)", re.IGNORECASE)
        self.obligation = re.compile(data.get("obligation", r"(?!)"), flags)
        self.refers_inside = re.compile(data.get("refers_inside", r"(?!)"), flags)
        self.refers_remainder = re.compile(data.get("refers_remainder", r"(?!)"), flags)
        self.refers_noun = re.compile(data.get("refers_noun", r"(?!)"), flags)
        self.self_reference = re.compile(data.get("self_reference", r"(?!)"), flags)
        self.refers_noun_named_by = {noun: re.compile(pattern, flags)
                                     for noun, pattern in (data.get("refers_noun_named_by") or {}).items()}
        self.main_clause_end = re.compile(data.get("main_clause_end", r"(?!)"), flags)
        # the antecedent guard (letterlint.rewrite.antecedents)
        self.antecedent_determiner = re.compile(data.get("antecedent_determiner", r"(?!)"), flags)
        self.antecedent_marker = re.compile(data.get("antecedent_marker", r"(?!)"), flags)
        self.antecedent_not_marker = re.compile(data.get("antecedent_not_marker", r"(?!)"), flags)
        self.antecedent_not = re.compile(data.get("antecedent_not", r"(?!)"), flags)
        self.antecedent_adverb = re.compile(data.get("antecedent_adverb", r"(?!)"), flags)
        self.antecedent_named_by: dict[str, list[re.Pattern]] = {noun: [pattern]
                                                                 for noun, pattern in self.refers_noun_named_by.items()}
        for noun, pattern in (data.get("antecedent_named_by") or {}).items():
            self.antecedent_named_by.setdefault(noun, []).append(re.compile(pattern, flags))
        self.subordinate = re.compile(data.get("subordinate", r"(?!)"), flags)
        self.not_a_decision = re.compile(data.get("not_a_decision", r"(?!)"), flags)
        self.concludes = re.compile(data.get("concludes", r"(?!)"), flags)
        self.concludes_from_before = re.compile(data.get("concludes_from_before", r"(?!)"), flags)
        self.conclusion_word = re.compile(data.get("conclusion_word", r"(?!)"), flags)
        self.conclusion_opener = re.compile(data.get("conclusion_opener", r"(?!)"), flags)
        self.conclusion_passive = re.compile(data.get("conclusion_passive", r"(?!)"), flags)
        self.points_forward = re.compile(data.get("points_forward", r"(?!)"), flags)
        self.additional_finding = re.compile(data.get("additional_finding", r"(?!)"), flags)
        self.headings: dict = data.get("headings") or {}
        self.je_words = re.compile(data.get("je_words", r"\b(?:je|jij|jouw)\b"), flags)
        self.u_words = re.compile(data.get("u_words", r"\b(?:u|uw)\b"), flags)
        self.required: dict[str, list[str]] = {k: list(v) for k, v in (data.get("required") or {}).items()}
        self.placeholders: dict[str, str] = dict(data.get("placeholders") or {})
        remedies = data.get("remedies") or {}
        self.remedy_types = [(name, re.compile(p, flags)) for name, p in (remedies.get("types") or {}).items()]
        self.remedy_term = re.compile(remedies.get("term", r"(?!)"), flags)
        self.numbers = {str(k).lower(): int(v) for k, v in (remedies.get("numbers") or {}).items()}
        self.remedy_starts = [(name, re.compile(p, flags)) for name, p in (remedies.get("starts") or {}).items()]
        # an addressee counts where a preposition leads to it ("bezwaar maken bij het college"), not
        # where the body acts in the sentence ("het college heeft u laten weten …, waarbij u uw
        # zienswijze mocht geven"): split, that sentence would seem to lose its addressee
        lead = remedies.get("addressee_lead", "")
        self.addressees = [(name, re.compile(f"{lead}(?:{p})" if lead else p, flags))
                           for name, p in (remedies.get("addressees") or {}).items()]
        self.remedy_notes = [(name, re.compile(p, flags)) for name, p in (remedies.get("notes") or {}).items()]
        self.directions = [(name, re.compile(p, flags)) for name, p in (data.get("directions") or {}).items()]
        # the same expressions with what every match contains: a text without it is not searched (exact)
        self._filtered = {name: _with_needs(getattr(self, name)) for name in (
            "remedy_types", "remedy_starts", "addressees", "remedy_notes", "directions")}
        self.negations = re.compile(data.get("negations", r"\b(?:niet|geen|nooit|niets|noch)\b"), flags)
        facts = data.get("facts") or {}
        self.term = re.compile(facts.get("term", r"(?!)"), flags)
        self.reference = re.compile(facts.get("reference", r"(?!)"))
        self.url = re.compile(facts.get("url", r"(?!)"), flags)
        self.bare_label = re.compile(facts.get("bare_label", r"(?!)"))
        self.not_person = re.compile(facts.get("not_person", r"(?!)"))

    @classmethod
    def for_linter(cls, linter: Linter) -> RewriteRules:
        key = linter.pack.fingerprint
        if key not in cls._cache:
            cls._cache[key] = cls(linter.pack.rewrite)
        return cls._cache[key]

    def for_one_letter(self) -> RewriteRules:
        """These rules with a memo for the work on one letter, which asks about the same sentence
        several times (roles, remedies, directions and facts of the original, then of the
        proposal, then in the verification). The shared rules keep no memo: nothing carries over
        from one letter to the next."""
        rules = copy.copy(self)
        rules.memo = {}
        return rules

    def remembered(self, key: tuple, compute):
        """``compute()``, once per key and letter when these rules have a memo; the caller gets
        its own copy of the answer."""
        if self.memo is None:
            return compute()
        if key not in self.memo:
            self.memo[key] = compute()
        return _fresh(self.memo[key])

    # ------------------------------------------------------------------ roles

    @_per_text
    def scores(self, text: str) -> dict[str, float]:
        result = {}
        folded = searchable(text)
        for role, cues in self.roles.items():
            total = sum(weight for (pattern, weight), (need, fold) in zip(cues, self._needs[role])
                        if may_match(need, fold, text, folded) and pattern.search(text))
            if total > 0:  # a negative cue takes a role away ("uw bezwaarschrift ontvangen" is no remedy)
                result[role] = total
        return result

    def best(self, scores: dict[str, float]) -> tuple[str | None, str | None]:
        """(best role, second role or None) of a score table; ties go by ``priority``."""
        ranked = sorted(scores, key=lambda role: (-scores[role], self._rank(role)))
        if not ranked:
            return None, None
        if ranked[0] == "grondslag" and self.citation_yields_to is not None:
            # a sentence that cites its legal basis and decides, orders or announces something is
            # that decision or order; the citation goes to a "Dit staat in …" line. Of several such
            # roles the first in `priority` wins, not the highest score: "… verleent het college de
            # vergunning, met inachtneming van de voorschriften die als bijlage bij dit besluit zijn
            # gevoegd." is the decision, not an attachment line.
            stronger = sorted((role for role in ranked[1:] if role not in ("reden", "overig")
                               and scores[role] >= self.citation_yields_to), key=self._rank)
            if stronger:
                ranked.remove(stronger[0])
                ranked.insert(0, stronger[0])
        second = ranked[1] if len(ranked) > 1 and scores[ranked[1]] >= self.second_role_min else None
        if second and self.section_of.get(second) == self.section_of.get(ranked[0]):
            second = None  # two roles of one section (reden, grondslag) need no split
        return ranked[0], second

    def refers_back(self, text: str, previous: str | None) -> str | None:
        """Whether a sentence points back to the sentence before it (``previous``): it opens with a
        referring word ("Dit bedrag …", "Daardoor …", "Dan …"), its first clause holds one ("Door u
        hoeft hiervoor niets …", "U ontvangt in dat geval …"), or its first clause names a thing
        with "deze/dit/die/dat" that the sentence before names too ("… binnen deze termijn …" after
        "… een begunstigingstermijn …"). The letter itself ("dit besluit", "deze brief") is no
        reference to the sentence before. A word in a subordinate clause may point inside its own
        sentence ("… alleen worden getroffen als daarvoor …"): only the clause before it counts.

        A remainder ("Het overige deel …") points back too.

        Returns "start" (it opens with the reference), "inside", "remainder" or None."""
        if self.points_back.search(text):
            return "start"
        if previous and (previous.rstrip().endswith("?") or self.points_forward.search(previous)):
            # the answer to a question ("Kunt u niet zelf komen? Dan …", "Heeft u vragen? Bel …"), or
            # what a sentence announces ("Hieronder leest u waarom.")
            return "start"
        first = re.split(r"[,;:?!]|\.(?:\s|$)", text, maxsplit=1)[0]
        later = self.subordinate.search(first, 1)  # a clause that opens the sentence is its first clause
        main = first[:later.start()] if later else first
        opening = " ".join(main.split()[:15])
        if self.refers_inside.search(opening):
            return "inside"
        if self.refers_remainder.search(opening):
            return "remainder"
        if not previous:
            return None
        earlier = previous.lower()
        for match in self.refers_noun.finditer(first):
            noun = match.group("noun").lower()
            if self.self_reference.match(noun):
                continue
            named = self.refers_noun_named_by.get(noun)
            if re.search(rf"{re.escape(noun)}\b", earlier) or (named is not None and named.search(earlier)):
                return "inside"
        return None

    def decision_with_ground(self, text: str, scores: dict[str, float]) -> bool:
        """Whether a sentence that scores as a reason or legal basis states a decision in its main
        clause, with its ground in a subordinate clause or an opening adverbial ("Voor het overige
        wordt het bezwaar ongegrond verklaard, omdat …", "Op grond van artikel 2:25 verleent de
        burgemeester u de vergunning"): it is the decision, not its reason."""
        if scores.get("kern", 0) < self.kern_decision_min:
            return False
        if self.concludes.search(text) and scores.get("kern", 0) < self.points_back_keeps_own_kern:
            return False  # "Daarom wordt uw aanvraag afgewezen, omdat …" stays after its reasons;
            # "Gelet op het vorenstaande hebben wij besloten …" is the decision itself
        main = self.main_clause(text)
        if self.not_a_decision.search(main):
            return False  # a duty, a power or a possibility ("is iedereen verplicht … te verlenen")
        own = self.scores(main)
        return own.get("kern", 0) >= self.kern_decision_min and own.get("reden", 0) < own.get("kern", 0)

    def _rank(self, role: str) -> int:
        return self.priority.index(role) if role in self.priority else len(self.priority)

    def main_clause(self, text: str) -> str:
        """The text up to the end of its main clause (``main_clause_end``: ", omdat …", ", waarbij
        …", ";"), where a decision is stated or not."""
        end = self.main_clause_end.search(text)
        return text[:end.start()] if end else text

    def concludes_from(self, text: str) -> bool:
        """Whether a sentence opens by concluding from what came before it ("Daarom", "Gelet op het
        vorenstaande", "Gelet hierop", "Op grond daarvan")."""
        return bool(self.concludes.search(text) or self.concludes_from_before.search(text))

    # ------------------------------------------------------------------ remedies, directions

    @_per_text
    def remedy_kinds(self, text: str) -> list[str]:
        """The remedy kinds a sentence names; a specific kind hides the general one it contains
        ('administratief beroep' is not also 'beroep')."""
        found, covered = [], []
        folded = searchable(text)
        for name, pattern, need, fold in self._filtered["remedy_types"]:
            if not may_match(need, fold, text, folded):
                continue
            for match in pattern.finditer(text):
                if any(start <= match.start() and match.end() <= end for start, end in covered):
                    continue
                covered.append(match.span())
                if name not in found:
                    found.append(name)
        return found

    @_per_text
    def remedy_details(self, text: str) -> tuple[set[str], set[str], set[str], set[str]]:
        terms = set()
        for match in self.remedy_term.finditer(text):
            count = match.group("count").lower()
            number = int(count) if count.isdigit() else self.numbers.get(count, 0)
            unit = match.group("unit").lower()
            unit = {"week": "weken", "dag": "dagen", "werkdag": "werkdagen", "maand": "maanden"}.get(unit, unit)
            terms.add(f"{number} {unit}")
        folded = searchable(text)
        starts = self._matching("remedy_starts", text, folded)
        addressees = self._matching("addressees", text, folded)
        notes = self._matching("remedy_notes", text, folded)
        return terms, starts, addressees, notes

    def remedies(self, sentences: list[str]) -> dict[str, Remedy]:
        """The remedies of a run of remedy sentences, by kind. A sentence that names no kind adds
        its details to the kind named last ("Dat moet binnen zes weken."). Clauses joined by a
        semicolon count as sentences of their own, as the simplifier splits them ("… met dit
        administratief beroep niet opkomen; daarvoor had u bezwaar moeten maken binnen zes weken":
        the term is the bezwaar's), so a split never looks like a changed remedy; for the same reason
        a condition put as a question and its "Dan …" count as one sentence ("Heeft het college twee
        weken na ontvangst … nog niet beslist? Dan kunt u … beroep instellen": the term is the beroep's)."""
        found: dict[str, Remedy] = {}
        current: list[str] = []
        parts: list[str] = []
        for part in (part for text in sentences for part in text.split(";") if part.strip()):
            if parts and parts[-1].rstrip().endswith("?") and ANSWERS_QUESTION.match(part):
                parts[-1] = f"{parts[-1]} {part}"
            else:
                parts.append(part)
        for sentence in parts:
            kinds = self.remedy_kinds(sentence)
            if kinds:
                current = kinds
            terms, starts, addressees, notes = self.remedy_details(sentence)
            for kind in current:
                remedy = found.setdefault(kind, Remedy(kind))
                # details go to the first kind of the sentence; a second kind only adds its name
                if kind == current[0]:
                    remedy.terms |= terms
                    remedy.starts |= starts
                    remedy.addressees |= addressees
                    remedy.notes |= notes
        return found

    @_per_text
    def directions_of(self, text: str) -> set[str]:
        return self._matching("directions", text, searchable(text))

    def _matching(self, cues: str, text: str, folded: str | None) -> set[str]:
        """The names of the expressions in the list ``cues`` of these rules (``directions``,
        ``addressees`` …) that match ``text``, searching only those that may (``folded``:
        prefilter.searchable of the text): the same names as searching every one."""
        return {name for name, pattern, need, fold in self._filtered[cues]
                if may_match(need, fold, text, folded) and pattern.search(text)}

    def register(self, text: str) -> str:
        je = len(self.je_words.findall(text))
        return "je" if je >= 2 and je > len(self.u_words.findall(text)) else "u"

    def heading(self, register: str, section: str, letter_type: str | None, variant: str | None = None) -> str | None:
        table = self.headings.get(register) or self.headings.get("u") or {}
        entry = table.get(section)
        if isinstance(entry, str) or entry is None:
            return entry
        for key in (variant, letter_type):
            if key and key in entry:
                return entry[key]
        return entry.get("default")


# --------------------------------------------------------------------------- statements


# the answer to a condition put as a question: "Heeft het college … niet beslist? Dan kunt u …"
ANSWERS_QUESTION = re.compile(r"\W*dan\b", re.IGNORECASE)


@dataclass
class Statement:
    """One running-text sentence of the original (with the list items it introduces)."""

    index: int
    text: str
    role: str
    block: int                      # index of its block in letter.blocks (paragraph grouping)
    scores: dict[str, float] = field(default_factory=dict)
    second_role: str | None = None  # a second role strong enough to split for
    items: list[str] = field(default_factory=list)  # list items below a lead sentence ("...:")
    is_item: bool = False           # a list item without a lead sentence
    item_marks: list[str] = field(default_factory=list)  # how each item is shown (BULLET, "1.", TABLE_ROW …)
    mark: str = BULLET              # how a list item without a lead sentence is shown

    def add_items(self, items: list[str], marks: list[str]) -> None:
        self.item_marks.extend(self.marks_of_items()[len(self.item_marks):])  # items added before without marks
        self.items.extend(items)
        self.item_marks.extend(marks)

    def marks_of_items(self) -> list[str]:
        """One mark per item: a bullet for any item added without one."""
        return [*self.item_marks, *[BULLET] * (len(self.items) - len(self.item_marks))][:len(self.items)]

    @property
    def full_text(self) -> str:
        return " ".join([self.text, *self.items])


@dataclass
class LetterParts:
    """The original cut into what a proposal keeps as it is and what it reorders."""

    header: list[Block]
    salutation: Block | None
    statements: list[Statement]
    headings: list[str]            # the original's own headings (replaced by B1 headings)
    ending: list[Block]            # closing, signature, attachments, footer
    letter_type: str | None
    register: str
    type_certain: bool = True      # False: the type is a close call (see layout_type)
    unread: list[str] = field(default_factory=list)  # words of the body no statement holds (a reading error)

    @property
    def layout_type(self) -> str:
        """The type whose headings, order and required sections the proposal follows: a close
        call gets the neutral layout of an information letter, so no heading such as "Waarom
        hebben wij dit besloten?" and no placeholder for a remedy assumes a decision the letter
        may not contain."""
        return (self.letter_type if self.type_certain else None) or "informatie"

    @property
    def body_text(self) -> str:
        return "\n".join(statement.full_text for statement in self.statements)


def strip_item_mark(text: str) -> str:
    return _ITEM_MARK.sub("", text, count=1).strip()


def split_letter(result: LetterResult, rules: RewriteRules,
                 table_rows: Callable[[str], list[tuple[int, int]]] | None = None) -> LetterParts:
    """The letter's header, salutation, statements (with roles) and ending.

    ``table_rows`` (the structure analyzer's ``data_rows``) finds a block of "label: value" rows:
    such a table is no sentence. Its rows stay together, as the list items of the sentence that
    introduces it ("De hoogte van uw uitkering is als volgt berekend:") or, without one, of the
    sentence before it, so the table never leaves its introduction or gets a role of its own.
    """
    from letterlint.rewrite.facts import letter_sentences

    letter = result.letter
    blocks = letter.blocks
    index_of = {id(block): index for index, block in enumerate(blocks)}
    first_body = next((i for i, b in enumerate(blocks) if b.is_running_text or b.kind is BlockKind.SALUTATION),
                      len(blocks))
    salutation = next((b for b in blocks if b.kind is BlockKind.SALUTATION), None)
    if salutation is not None:
        first_body = min(first_body, index_of[id(salutation)])
    end_body = next((i for i, b in enumerate(blocks) if i > first_body and b.kind in _BODY_END), len(blocks))
    header = [b for b in blocks[:first_body]]
    # the ending as written: a numbered attachment list keeps its numbers ("De op bijlage 1
    # aangegeven route" names the first; red team 9, 05)
    raw_lines = source_lines(letter)
    ending = [_with_own_mark(b, raw_lines) for b in blocks[end_body:]]
    by_block: dict[int, list[str]] = {}
    for block, text in letter_sentences(result):
        # "… bericht. {% endif %} Voor vragen …": the sentence after a template block is no part of it
        by_block.setdefault(id(block), []).extend(split_at_tags(norm(text)))
    statements: list[Statement] = []
    table_end: dict[int, int] = {}  # per statement that holds a table: the last line number of its rows
    headings: list[str] = []
    heading_role: str | None = None
    lead: Statement | None = None
    under_heading = 0
    list_open = False  # the block before was a list item: a clause in lower case below it closes the list
    taken = first_body  # the blocks before this one were read already (the cells of a Word table)
    for position in range(first_body, end_body):
        if position < taken:
            continue
        block = blocks[position]
        if block is salutation:
            continue
        if block.kind is BlockKind.HEADING:
            headings.append(norm(block.text))
            best, _second = rules.best(rules.scores(block.text))
            heading_role, lead = best, None
            under_heading = len(statements)  # a table right under a heading belongs to the heading
            continue
        if not block.is_running_text and block.kind is not BlockKind.TABLE_CELL:
            header_like = block  # metadata or an address inside the body stays where it is, as overig
            statements.append(Statement(len(statements), norm(header_like.text), "overig", position))
            continue
        texts = by_block.get(id(block)) or ([norm(block.text)] if block.text.strip() else [])
        rows = table_rows(block.text) if table_rows is not None and block.kind is BlockKind.PARAGRAPH else []
        word_table = _word_table(blocks, position, end_body)
        if block.kind is BlockKind.TABLE_CELL:  # rows of a table the reader found (a header row, Word cells)
            rows = [(match.start(), match.end()) for match in re.finditer(r"[^\n]*\S[^\n]*", block.text)]
        closes_list, list_lead = list_open, lead
        list_open = False
        if rows or word_table:
            # (a pipe table keeps its rows as written, in a plain-text letter too; other rows never
            # start with "|" and are read by their column gaps; a Word table's cells are put in their
            # rows and columns again)
            if word_table:
                cells, marks = _word_table_rows(word_table)
                taken = position + len(word_table)
                block = Block(BlockKind.TABLE_CELL, tuple(line for part in word_table for line in part.lines))
            else:
                cells, marks = _table_rows(block, rows, raw_lines)
            # the sentence (or label) right before a table holds its rows; one that holds a table
            # already takes only the rows that go on right below it (a table of several blocks), not
            # a table after a blank line ("Molenweg 4-B" and its rows, then the totals)
            first_line = next((line.number for line in block.lines if line.text.strip()), 0)
            previous = statements[-1] if len(statements) > under_heading and not statements[-1].is_item else None
            if previous is not None and previous.items and _blank_between(raw_lines, table_end.get(id(previous)), first_line):
                previous = None
            holder = lead or previous
            if holder is not None:
                holder.add_items(cells, marks)
                table_end[id(holder)] = max((line.number for line in block.lines), default=0)
            else:
                for cell, mark in zip(cells, marks):
                    statements.append(_statement(rules, len(statements), cell, position, statements, heading_role, True))
                    statements[-1].mark = mark
            lead = None
            continue
        following = blocks[position + 1] if position + 1 < end_body else None
        labels_table = (len([line for line in block.lines if line.text.strip()]) == 1 and following is not None
                        and table_rows is not None and following.kind is BlockKind.PARAGRAPH
                        and bool(table_rows(following.text)))
        if lead is not None and block.kind is BlockKind.PARAGRAPH and _short_lines(block) and not labels_table:
            # (a single line right above a table is the table's label, not one more item of the list:
            # "Berekening terugvordering" above its rows)
            # "Daarom nodigen wij u uit voor een gesprek op:" and below it, after a blank line,
            # "dinsdag 15 juli 2025 om 10.30 uur" / "Stadskantoor, loket B": what the sentence
            # announces, line by line, stays with it
            lines = [norm(line.text) for line in block.lines if line.text.strip()]
            lead.add_items(lines, [BULLET] * len(lines))
            if all(COMPOSITION_TAG_LINE.match(line) for line in lines):
                list_open = closes_list  # "<<VOOR ELK …>>" / "<<EINDE VOOR>>" around the items: the list goes on
                continue
            lead = None
            continue
        if block.kind is BlockKind.LIST_ITEM:
            item, rest = _item_and_rest(block, texts)
            mark = _item_mark(block, raw_lines)
            if lead is not None:
                lead.add_items([item], [mark])
            else:
                statements.append(_statement(rules, len(statements), item, position, statements, heading_role, True))
                statements[-1].mark = mark
            lead = lead if not rest else None
            list_open = not rest
            for text in rest:  # a sentence on the next line, below the last item, is no item
                statements.append(_statement(rules, len(statements), text, position, statements, heading_role, False))
            continue
        lead = None
        if closes_list and texts and texts[0][:1].islower():
            # "… tot ten hoogste 2,00 meter,\n\nen deze situatie vervolgens in stand houdt.": the clause
            # finishes the sentence the list is part of; on its own it would be no sentence
            if list_lead is not None:
                list_lead.add_items([texts[0]], [CLOSES_LIST])
            else:
                statements.append(_statement(rules, len(statements), texts[0], position, statements, heading_role, True))
                statements[-1].mark = CLOSES_LIST
            texts = texts[1:]
        for text in texts:
            statement = _statement(rules, len(statements), text, position, statements, heading_role, False)
            statements.append(statement)
            lead = statement if text.rstrip().endswith(":") else None
    _background(statements, rules)
    _questions(statements, rules)
    _separate_findings(statements, rules)
    register = rules.register("\n".join(s.full_text for s in statements))
    letter_type = result.structure.letter_type if result.structure else None
    certain = result.structure.type_certain if result.structure else True
    unread = _unread(blocks[first_body:end_body], statements, headings, salutation)
    return LetterParts(header, salutation, statements, headings, ending, letter_type, register, certain, unread)


def _unread(body: list[Block], statements: list[Statement], headings: list[str], salutation: Block | None) -> list[str]:
    """The words of the letter's body that no statement, heading or salutation holds: text the
    cutting into statements lost (a list item whose second line was dropped). Never expected; the
    verification refuses a proposal that would silently leave such text out."""
    def words(text: str) -> Counter:
        return Counter(word.lower() for word in re.findall(r"\w+", text))

    have = words(" ".join([*(s.full_text for s in statements), *headings,
                           salutation.text if salutation is not None else ""]))
    need = words(" ".join(block.text for block in body))
    return sorted((need - have).elements())


def _questions(statements: list[Statement], rules: RewriteRules) -> None:
    """A question and the sentence that answers it ("Heeft u in de tussentijd vragen? Neem dan
    contact op …"), or a sentence that announces the next ("Hieronder leest u waarom.") and that
    one, go together: the answer points back to the question (RewriteRules.refers_back),
    and the question takes the answer's role when the answer says more about it."""
    for question, answer in zip(statements, statements[1:]):
        announces = question.text.rstrip().endswith("?") or rules.points_forward.search(question.text)
        if not announces or question.items or answer.is_item:
            continue
        forward = rules.points_forward.search(question.text) is not None  # the announced text decides
        if forward or max(answer.scores.values(), default=0) > max(question.scores.values(), default=0):
            question.role, question.second_role = answer.role, None


def _background(statements: list[Statement], rules: RewriteRules) -> None:
    """In a letter with a decision sentence, a weaker kern sentence ("wij hebben uw aanvraag
    ontvangen", "hierbij …") is the background of that decision: role 'overig', so it stays with
    the kern but after it. So is a weaker decision that points back to the sentence before it: an
    earlier decision told as part of the story."""
    strong = [s for s in statements if s.role == "kern" and s.scores.get("kern", 0) >= rules.kern_decision_min]
    if not strong:
        return
    strongest = max(s.scores.get("kern", 0) for s in strong)
    for previous, statement in zip([None, *statements], statements):
        score = statement.scores.get("kern", 0)
        weak = 0 < score < rules.kern_decision_min  # a weak cue, not an inherited role
        # an earlier decision told as part of the story ("Op basis van deze aangifte is u op 3 maart een
        # aanslag opgelegd.") points back and is weaker than this letter's decision: background too
        told = (0 < score < strongest and previous is not None
                and rules.refers_back(statement.text, previous.text) not in (None, "remainder"))
        if statement.role == "kern" and (weak or told):
            rest = {role: value for role, value in statement.scores.items() if role != "kern"}
            statement.role, statement.second_role = rules.best(rest)[0] or "overig", None


def _separate_findings(statements: list[Statement], rules: RewriteRules) -> None:
    """A finding that opens a new paragraph after the decision and says it is an addition ("Uit ons
    dossier is voorts gebleken dat …", "Overigens …") is a separate notice, not the reason for the
    decision: role 'overig', so it stays in the letter's order instead of under "Waarom?"."""
    decided = False
    for index, statement in enumerate(statements):
        if decided and statement.role == "reden" and rules.additional_finding.search(statement.text) and (
                index == 0 or statements[index - 1].block != statement.block):
            statement.role, statement.second_role = "overig", None
        if statement.role == "kern" and statement.scores.get("kern", 0) >= rules.kern_decision_min:
            decided = True


def source_lines(letter) -> list[str]:
    """The lines of the letter's file as written (list numbers and table pipes included)."""
    source = letter.source
    return (source.raw_text or "").splitlines() if source is not None else []


def heading_label(block: Block, raw_lines: list[str]) -> str:
    """A heading's text as the letter shows it, with its number when it had one ("1. Herziening en
    terugvordering": the text may refer to "het besluit onder 1"). The reader strips the number;
    ``raw_lines`` (:func:`source_lines`) still have it."""
    text = norm(block.text).lstrip("#").strip()
    mark = _item_mark(block, raw_lines)
    return f"{mark} {text}" if mark != BULLET else text


def _with_own_mark(block: Block, raw_lines: list[str]) -> Block:
    """The block with the number or letter the original wrote before it ("1.", "b)"), if any."""
    mark = _item_mark(block, raw_lines)
    if mark == BULLET or block.text.lstrip().startswith(mark):
        return block
    first = block.lines[0]
    marked = dataclasses.replace(first, text=f"{mark} {first.text}",
                                 column_offset=max(0, first.column_offset - len(mark) - 1))
    return dataclasses.replace(block, lines=(marked, *block.lines[1:]))


def _item_mark(block: Block, raw_lines: list[str]) -> str:
    """The number or letter of a list item as the original wrote it ("1.", "2)", "b."), else a
    bullet. The reader strips the mark from the block's text; the source line still has it."""
    line = block.lines[0] if block.lines else None
    if line is not None and line.marker and not raw_lines:
        return line.marker if _ORDERED_MARK.fullmatch(line.marker) else BULLET  # a Word list's own number
    if line is None or not 0 < line.number <= len(raw_lines):
        return BULLET
    mark = raw_lines[line.number - 1][:line.column_offset].strip()
    return mark if _ORDERED_MARK.fullmatch(mark) else BULLET


_MD_SEPARATOR = re.compile(r"\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*")


def _word_table(blocks: list[Block], position: int, end: int) -> list[Block]:
    """The blocks of a Word table's cells from ``position`` on (one block per cell paragraph, each
    knowing its table, row and column), or [] when the block there is no such cell."""
    def table_of(block: Block) -> int | None:
        # (a cell the reader took for prose, "Onroerendezaakbelasting eigenaren woning (0,0910 % van
        # € 318.000)", is still a cell of its table: red team 25, 09-T3)
        cell = block.lines[0].cell if block.lines else None
        return cell[0] if cell is not None else None

    number = table_of(blocks[position])
    if number is None:
        return []
    group = []
    while position < end and table_of(blocks[position]) == number:
        group.append(blocks[position])
        position += 1
    return group


def _word_table_rows(cells: list[Block]) -> tuple[list[str], list[str]]:
    """(rows, marks) of a Word table: each row "| cell | cell |" with its cells in their columns (a
    cell of several paragraphs on one line), the first row its header when the table has two rows
    and two columns or more; a table of one column is a list of its cells."""
    grid: dict[int, dict[int, list[str]]] = {}
    for block in cells:
        for line in block.lines:
            if line.cell is not None and line.text.strip():
                _table, row, column = line.cell
                grid.setdefault(row, {}).setdefault(column, []).append(norm(line.text))
            elif line.cell is not None:
                grid.setdefault(line.cell[1], {})
    rows = [grid[row] for row in sorted(grid) if any(grid[row].values())]
    width = max((max(row) + 1 for row in rows if row), default=0)
    if width < 2:
        texts = [" ".join(parts) for row in rows for _column, parts in sorted(row.items())]
        return texts, [BULLET] * len(texts)
    written = ["| " + " | ".join(" ".join(row.get(column, [])) for column in range(width)) + " |" for row in rows]
    header = len(written) >= 2
    return written, [TABLE_HEADER if header and index == 0 else TABLE_ROW for index in range(len(written))]


def _table_rows(block: Block, rows: list[tuple[int, int]], raw_lines: list[str]) -> tuple[list[str], list[str]]:
    """(rows, marks) of a table block. A Markdown table keeps its rows as written (its header row
    is the one above the separator line); a plain-text table whose columns are padded with spaces
    or tabs becomes a Markdown table when it has three columns or more or a header row (a first
    row without a digit above rows with one: "Belastingsoort   Aanslag   Te betalen"). Rows of
    "label: value", and two columns without a header, read as "label: value" list items."""
    texts = [block.text[start:end].strip() for start, end in rows]
    if raw_lines and block.lines:
        numbers = [line.number for line in block.lines if line.text.strip()]
        written = [raw_lines[n - 1].strip() if 0 < n <= len(raw_lines) else "" for n in numbers]
        if len(written) == len(texts) and all(row.startswith("|") for row in written):
            marks = [TABLE_HEADER if n < len(raw_lines) and _MD_SEPARATOR.fullmatch(raw_lines[n]) else TABLE_ROW
                     for n in numbers]
            return written, marks
    cells = [[cell.strip() for cell in _COLUMN_GAP.split(_CURRENCY_PADDING.sub(r"\1 ", text))] for text in texts]
    if len({len(row) for row in cells}) > 1:  # a row with an empty cell: place its cells by position
        lines = [" " * line.column_offset + line.text for line in block.lines if line.text.strip()]
        if len(lines) == len(texts):
            cells = _aligned_cells(lines) or cells
    columns = all(len(row) >= 2 for row in cells)
    # (a first row "Jeugdige:   Mila Bos" is a label with its value, not a header; a digit in
    # brackets belongs to a column name: "Vrijlating (25%)")
    header = columns and len(cells) >= 2 and not re.search(r"\d", re.sub(r"\([^()]*\)", "", texts[0])) and all(
        re.search(r"\d", text) for text in texts[1:]) and not cells[0][0].endswith(":")
    if columns and (header or max(len(row) for row in cells) >= 3):
        width = max(len(row) for row in cells)
        written = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in cells]
        return written, [TABLE_HEADER if header and index == 0 else TABLE_ROW for index in range(len(written))]
    # a column gap reads as "label: value" in a list
    # a label that has its colon already ("Jeugdige:      Daan Mulder") keeps one: "Jeugdige: Daan Mulder";
    # a sum before the gap gives its result: "Kompas Noord: 2 uur × € 58,00 × 52 weken = € 6.032,00"
    # (not a second colon; red team 30, 02)
    return [norm(re.sub(r":?(?:" + _COLUMN_GAP.pattern + ")", _gap_sign, _CURRENCY_PADDING.sub(r"\1 ", text)))
            for text in texts], [BULLET] * len(texts)


# an operator between numbers or amounts: "2 uur × € 58,00", "€ 480,00 + € 120,00" (not a dash, which
# may be a range: "1 - 31 mei")
_SUM = re.compile(r"\d\s*(?:[a-z]+\s+)?[×x*+−]\s*(?:€\s*)?\d")


def _gap_sign(gap: re.Match) -> str:
    """What a column gap becomes in a row read as a list item: ": ", or " = " after a sum that holds a
    colon already (its label)."""
    before = gap.string[:gap.start()]
    return " = " if ":" in before and _SUM.search(before.split(":", 1)[1]) else ": "


# a cell of a space-padded row ("€    412,60" is one, and so are a refund "- €    88,35" and "+ €  14,40")
_CELL = re.compile(r"(?:(?:[-−–+] ?)?[€$£] +)?\S+(?: \S+)*")


def _aligned_cells(lines: list[str]) -> list[list[str]] | None:
    """The cells of a space-padded table, each under the column it stands under: a row with an empty
    cell ("Totaal" and, far to the right, "€ 1.646,15") keeps its value in its own column instead of
    the next free one. A column is known by where the widest row's cells start and end (text aligns
    left, amounts often right). None when a row does not fit the columns (tabs, ragged rows)."""
    if any("\t" in line for line in lines):
        return None
    rows = [[(m.start(), m.end(), norm(_CURRENCY_PADDING.sub(r"\1 ", m.group()))) for m in _CELL.finditer(line)]
            for line in lines]
    # cells are separated by a real gap (two spaces or more): a single space keeps words together
    widest = max(rows, key=len)
    width = len(widest)
    out: list[list[str]] = []
    for row in rows:
        if len(row) == width:
            out.append([text for _start, _end, text in row])
            continue
        placed = [""] * width
        column = 0
        for start, end, text in row:
            distances = [min(abs(start - w_start), abs(end - w_end)) for w_start, w_end, _t in widest]
            best = min(range(width), key=lambda j: distances[j])
            if best < column or distances[best] > 3 or placed[best]:
                return None
            placed[best] = text
            column = best + 1
        out.append(placed)
    return out


def _short_lines(block: Block, max_words: int = 12) -> bool:
    """Whether every line of a block is a short line that ends no sentence (a date, a time, a place).
    A line that ends in a colon announces something of its own ("Aan de onder I verleende vergunning
    zijn de volgende voorschriften verbonden:"), never one more item of the list above it."""
    lines = [line.text.strip() for line in block.lines if line.text.strip()]
    return bool(lines) and len(lines) <= 4 and all(
        len(line.split()) <= max_words and not re.search(r"[.!?;:]$", line) for line in lines)


def _blank_between(raw_lines: list[str], end: int | None, start: int) -> bool:
    """Whether a blank line (or no known line) separates line ``end`` from line ``start`` (1-based):
    two tables, not one table in several blocks (a Markdown table's separator row is no blank)."""
    if end is None or start <= end:
        return True
    if not raw_lines:
        return start != end + 1
    return any(not line.strip() for line in raw_lines[end:start - 1])


def _item_and_rest(block: Block, texts: list[str]) -> tuple[str, list[str]]:
    """(the list item, sentences after it): a plain-text list item block can hold the item's line,
    its continuation lines (starting in lower case) and then ordinary sentences."""
    lines = [line.text.strip() for line in block.lines if line.text.strip()]
    item_lines = lines[:1]
    index = 1
    while index < len(lines) and not lines[index][:1].isupper():
        item_lines.append(lines[index])
        index += 1
    if index >= len(lines):
        return strip_item_mark(" ".join(texts)), []
    rest = norm(" ".join(lines[index:]))
    item = norm(" ".join(item_lines))
    sentences = []
    for text in texts:
        if text in rest:
            sentences.append(text)
        elif text.startswith(item) and text[len(item):].strip() and text[len(item):].strip() in rest:
            # "1. Herziening" above "Het college herziet …" without a full stop between them: the
            # sentence splitter read both lines as one sentence; the item is the first line only
            sentences.append(text[len(item):].strip())
    if "".join(" ".join(sentences).split()) != "".join(rest.split()):
        sentences = [rest]  # what the sentences do not cover is never dropped: the rest stays whole
    return strip_item_mark(item), sentences


def _statement(rules: RewriteRules, index: int, text: str, block: int, before: list[Statement],
               heading_role: str | None, is_item: bool) -> Statement:
    scores = rules.scores(text)
    role, second = rules.best(scores)
    if heading_role and heading_role in scores and role != heading_role:
        role, second = heading_role, None  # under "Bezwaar maken" a sentence with a remedy cue is about it
    elif role in ("reden", "grondslag") and rules.decision_with_ground(text, scores):
        # a reason clause may be split off to "Waarom?"; a legal basis is moved out as "Dit staat in …"
        second = role if role == "reden" and scores[role] >= rules.second_role_min else None
        role = "kern"  # the decision, stated with its ground: it opens the letter, not "Waarom?"
    if role is None:
        previous = before[-1] if before else None
        if previous is not None and previous.role != "beleefdheid" and (
                previous.block == block or (is_item and previous.is_item)):
            role = previous.role
        else:
            role = heading_role or "overig"
    return Statement(index, text, role, block, scores, second, is_item=is_item)
