"""Propose a B1 version of a letter from the letter's own sentences: restructure, simplify, verify.

The meaning of every sentence in a proposal comes from the original::

    original -> LetterResult (Linter) -> statements with roles (statements.py)
             -> B1 order: headings and order per letter type (rules/rewrite.yaml)
             -> each sentence simplified (simplify.Simplifier), or marked [herschrijven: ...]
             -> verification (verify.py): facts kept with their role, nothing invented,
                remedy and decision direction unchanged
             -> Proposal (markdown + sentence map + report)

Templates contribute nothing but the idea of headings and order; a template that resembles the
letter is named in the report as a suggestion (suggest.py). A section the letter type needs but
the original lacks becomes a visible ``[invullen: ...]`` placeholder, never default text. The
letter's own header, salutation, closing and signature stay as they are; with a department the
department's letterhead replaces the sender lines and is reported as added.
"""

from __future__ import annotations

import copy
import re
import weakref
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from letterlint.errors import LetterlintError
from letterlint.placeholders import TO_FILL, TO_REWRITE, to_fill, to_rewrite
from letterlint.reading.letter import COMPOSITION_TAG_LINE, Block, BlockKind
from letterlint.reading.sources import PIPE_ROW, strip_inline_markdown
from letterlint.rewrite import control_blocks
from letterlint.rewrite.merge_fields import has_template_condition
from letterlint.rewrite.notes import lint_without_notes
from letterlint.rewrite.statements import (BULLET, CLOSES_LIST, ROLE_LABEL, TABLE_HEADER, TABLE_ROW, LetterParts,
                                          RewriteRules, Statement, heading_label, norm, source_lines,
                                          split_letter)
from letterlint.rewrite.verify import (OriginalText, Placed, SectionText, Verification, check_references, facts_in,
                                      points_back, remedy_change, verify)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from letterlint.engine.linter import LetterResult, Linter
    from letterlint.nlp.reuse import TensorIndex
    from letterlint.rewrite.simplify import Simplified, Simplifier
    from letterlint.rewrite.suggest import TemplateScore
    from letterlint.templating.library import Department, TemplateLibrary

ITEM_MARK_WORDS = 20  # a list item (often no full sentence) is only marked when it is longer than this
STRUCTURE_SECTION = {"reden": "reason", "rechtsmiddel": "objection", "contact": "contact", "doen": "next_steps"}
_SIMPLIFIERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_HEADINGS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


class RewriteError(LetterlintError):
    """A rewrite that cannot be made at all (no letter, no running text); one Dutch line."""


@dataclass
class MapEntry:
    """Where one original sentence went."""

    original: str
    role: str
    proposal: list[str]
    transformations: list[str]
    marked: bool = False
    dropped: str = ""      # why it is not in the proposal (only courtesy filler)
    section: str = ""      # the heading it went under ("" for the opening)
    items: list[str] = field(default_factory=list)  # a list split off the sentence (after its last sentence)

    def as_dict(self) -> dict:
        return {"original": self.original, "role": self.role, "proposal": list(self.proposal),
                "transformations": list(self.transformations), "marked": self.marked, "dropped": self.dropped,
                "section": self.section, "items": list(self.items)}


@dataclass
class Piece:
    """One sentence (or list item, or law line) of the proposal, with its origin."""

    statement: int
    order: int
    section: str
    role: str
    text: str
    block: int
    is_item: bool = False
    is_law: bool = False
    mark: str = BULLET  # how a list item is shown: BULLET, the original's "1." or "b)", a table row …
    unit: int = -1      # the template block ({% if … %} … {% endif %}) it moves with; -1: none
    continues: bool = False  # a later sentence of a list item the simplifier split: same bullet


@dataclass
class Proposal:
    markdown: str                  # only to be shown or written when ``ok``
    verification: Verification
    sentence_map: list[MapEntry]
    placeholders: list[str]
    marked: list[str]
    dropped: list[str]
    before: LetterResult
    after: LetterResult | None     # the lint of the proposal without its [herschrijven: …] notes (rewrite.notes),
                                   # locations in ``markdown``
    letter_type: str | None
    register: str
    department: Department | None = None
    suggestion: TemplateScore | None = None
    changed: int = 0               # original sentences that were simplified or marked
    added: list[str] = field(default_factory=list)  # what a chosen department profile added
    own_order: bool = False        # the letter kept its own order and headings (see _keeps_own_structure)

    @property
    def ok(self) -> bool:
        return self.verification.ok

    def as_dict(self) -> dict:
        after = self.after.readability if self.after is not None else None
        before = self.before.readability
        return {
            "path": self.before.path,
            "ok": self.ok,
            "proposal": self.markdown if self.ok else None,
            "problems": list(self.verification.problems),
            "letter_type": self.letter_type,
            "register": self.register,
            "department": self.department.id if self.department else None,
            "added": list(self.added),
            "sentence_map": [entry.as_dict() for entry in self.sentence_map],
            "placeholders": list(self.placeholders),
            "marked": list(self.marked),
            "dropped": list(self.dropped),
            "changed": self.changed,
            "own_order": self.own_order,
            "readability": {
                "original": _readability(before),
                "proposal": _readability(after),
            },
            "findings": [f.as_dict() for f in self.after.findings] if self.after is not None and self.ok else [],
            "suggested_template": self.suggestion.template_id if self.suggestion else None,
        }


def _readability(readability) -> dict | None:
    if readability is None:
        return None
    return {"score": round(readability.score, 1), "level": readability.level}


# the letter speaks as the municipality in the first person plural
_WE = re.compile(r"\b(wij|we)\b", re.IGNORECASE)


def _we_word(texts: list[str]) -> str | None:
    """The word the letter uses for itself as subject, "wij" or "we" (the more frequent one), or
    None when it never speaks as "wij"."""
    counts = Counter(match.group(1).lower() for text in texts for match in _WE.finditer(text))
    if not counts:
        return None
    return "we" if counts["we"] > counts["wij"] else "wij"


def simplifier_for(linter: Linter, register: str) -> Simplifier:
    """One Simplifier per linter and register, built on first use."""
    from letterlint.rewrite.simplify import Simplifier

    table = _SIMPLIFIERS.setdefault(linter, {})
    if register not in table:
        table[register] = Simplifier(linter, register=register)
    return table[register]


# --------------------------------------------------------------------------- the proposal


def propose_rewrite(linter: Linter, result: LetterResult, department: str | None = None,
                    library: TemplateLibrary | None = None, suggest: bool = True) -> Proposal:
    """The B1 proposal for a linted letter, verified against it (see the module docstring).

    ``department`` is a department id whose profile supplies the letterhead; without it the
    letter's own sender, signer and contact stay. Raises RewriteError when there is nothing to
    rewrite; a proposal that fails verification comes back with ``ok`` False and its problems.
    """
    if result.error or result.letter is None:
        raise RewriteError(f"{result.path}: {result.error or 'geen brief gevonden'}")
    if result.spans is None:
        # a sentence parsed on its own may split differently than in its letter: one letter gets
        # one proposal, whether it comes from `rewrite`, `preview`, `serve` or `eval --rewrite`
        raise ValueError("propose_rewrite needs the letter's own parse: lint it with Linter(keep_spans=True)")
    rules = RewriteRules.for_linter(linter).for_one_letter()
    parts = split_letter(result, rules, linter.analyzer.data_rows)
    if not parts.statements:
        raise RewriteError(f"{result.path}: de brief heeft geen lopende tekst om te herschrijven")
    profile = None
    if department:
        from letterlint.templating.library import TemplateLibrary

        library = library or TemplateLibrary()
        profile = library.department(department)  # unknown id: TemplateError naming it
    simplifier = simplifier_for(linter, parts.register)
    # a sentence inside a template block is simplified without the tags at its edges (proposal._place
    # puts them back); the simplifier's tokenizer would tear "{% if … %}" apart
    texts = [control_blocks.edge_tags(statement.text)[1] for statement in parts.statements]
    # the token vectors of the check's parse: the simplifier's pieces and the lint of the proposal
    # repeat most of the letter's words in the same context, so the network runs only on what is new
    tensors = linter.pipeline.tensor_index((result.parses or {}).values())
    simplified = simplifier.simplify_many(texts, *_docs_from_check(result, texts, linter), tensors=tensors,
                                          whole=_pointed_at_whole(parts, rules), implied_agent=_we_word(texts),
                                          keep_end=_followed_by_pointer(parts, rules), preceding=_preceding(parts))
    # a table row on its own (a table right under a heading) is data and is copied exactly, like the
    # rows a sentence holds: "| Onderdeel | Uw verzoek | Besluit |" had become "| … | uw verzoek | … |."
    # (red team 24, 05)
    from letterlint.rewrite.simplify import Simplified as Unchanged

    simplified = [Unchanged(text, [text]) if statement.mark in (TABLE_ROW, TABLE_HEADER) else done
                  for statement, text, done in zip(parts.statements, texts, simplified)]
    # list items to simplify; a table row ("label: value") is data and is copied exactly
    # a clause that finishes the sentence its list is part of ("waarbij u erop bent gewezen …" below
    # the list) is no sentence of its own: copied as it is, like a table row
    # items that finish a subordinate clause of their lead ("U voert aan dat:" / "a. u vanaf het
    # dakterras … zicht heeft, hetgeen …") are what the reader holds or what a condition asks: a split
    # would make them the municipality's statements (red team 20), so they are copied as they are
    items = list(dict.fromkeys(item for statement in parts.statements
                               for item, mark in zip(statement.items, statement.marks_of_items())
                               if not rules.bare_label.match(item) and mark not in (TABLE_ROW, TABLE_HEADER, CLOSES_LIST)
                               and not control_blocks.has_tag(item) and not _SUBORDINATE_LEAD.search(statement.text)))
    simplified_items = dict(zip(items, simplifier.simplify_many(
        items, *_docs_from_check(result, items, linter), tensors=tensors, keep_citations=True) if items else []))
    pieces, entries, dropped = _place(parts, simplified, simplified_items, rules, linter,
                                       simplifier.rules.max_words)
    own_order = (_keeps_own_structure(parts, rules, result, simplifier.rules.max_words)
                 or _blocks_need_own_order(parts, rules))
    sections = (_own_sections(parts, pieces, rules, result, profile) if own_order
                else _sections(parts, pieces, rules, result, profile, _regroup(pieces, entries, parts, rules, linter)))
    _verbatim_map(sections, entries)
    if not own_order:
        sections = _keep_antecedents(sections, entries, parts, rules, linter, result, profile, tensors)
        originals = {st.index: st.text for st in parts.statements}
        if not _order_keeps_references(sections, rules, originals):
            repaired = _keep_pointers(sections, entries, parts, rules, result, profile)
            sections = (repaired if repaired is not None and _defines_before_use(repaired, rules, originals)
                        else _in_order_sections(parts, sections, entries, rules, result, profile))
    _summary_heading_fits(sections, parts, rules)
    source_kind = result.letter.source.kind if result.letter is not None and result.letter.source is not None else ""
    markdown, added, header_texts = _markdown(parts, sections, profile, word=source_kind == "docx")
    raw = result.letter.source.raw_text if result.letter is not None and result.letter.source is not None else ""
    if raw and control_blocks.has_tag(raw):
        markdown = control_blocks.tags_on_own_lines(markdown, raw)
    if raw and source_kind == "markdown":
        markdown = _hard_breaks(_header_markup(markdown, raw, header_texts), raw)
    # the proposal's score and findings are those of the letter text without the writer's notes;
    # it is the same kind of letter as the original (the verification keeps its decision), so the
    # sections it needs are those of the original's type, not of a type guessed from the new wording
    after = lint_without_notes(linter, markdown, parsed=_known_parses(
        linter, result, [section.heading for section in sections if section.heading]), tensors=tensors,
        judged=result.structure)
    verification = _verify(parts, pieces, sections, rules, linter, profile, header_texts, markdown)
    suggestion = None
    if suggest:
        suggestion = _suggest(result, library, department, linter)
    return Proposal(
        markdown=markdown, verification=verification, sentence_map=entries,
        placeholders=list(dict.fromkeys(TO_FILL.findall(markdown))),
        marked=[entry.original for entry in entries if entry.marked], dropped=dropped, before=result, after=after,
        letter_type=parts.letter_type, register=parts.register, department=profile, suggestion=suggestion,
        changed=sum(1 for entry in entries if entry.transformations or entry.marked), added=added,
        own_order=own_order)


def _summary_heading_fits(sections: list[Section], parts: LetterParts, rules: RewriteRules) -> None:
    """"In het kort" stays only above the letter's first section, and only when that section opens
    with the decision or main message: when the sentences its decision points back at had to come
    first (the background of the request, see _keep_antecedents, or the letter's own opening in
    its own order), the heading would call that background a summary (red team 13); the section
    then gets the decision's own heading ("Wat hebben wij besloten?")."""
    summary = rules.heading(parts.register, "in_het_kort", parts.layout_type)
    opening = True  # no section with text before this one
    for section in sections:
        first = next((p for p in section.pieces if not p.is_law), None)
        if summary and section.heading == summary and (not opening or first is None or first.role != "kern"):
            section.heading = rules.heading(parts.register, section.name, parts.layout_type)
        opening = opening and not section.pieces


def _pointed_at_whole(parts: LetterParts, rules: RewriteRules) -> frozenset[int]:
    """The statements whose next sentence in the same paragraph points at all of it ("Dit is in
    strijd met …", "Hierdoor …"): split, the pointing word would follow the split-off part
    ("… het perceel, waarvan u eigenaar bent. Dit is in strijd met …" -> "Van dit perceel bent u
    eigenaar. Dit is in strijd met …")."""
    statements = parts.statements
    return frozenset(index for index, (statement, following) in enumerate(zip(statements, statements[1:]))
                     if following.block == statement.block and rules.points_at_whole.match(following.text))


def _preceding(parts: LetterParts) -> list[str]:
    """For each statement the statement before it in its paragraph ("" for the first)."""
    statements = parts.statements
    return [previous.text if previous is not None and previous.block == statement.block else ""
            for previous, statement in zip([None, *statements], statements)]


def _followed_by_pointer(parts: LetterParts, rules: RewriteRules) -> frozenset[int]:
    """The statements whose next sentence in the same paragraph points back at something said
    before it (rewrite.yaml opens_with_pointer, refers_earlier): a split may not put a clause from
    their middle or front after their last words, where the pointer would reach it instead."""
    statements = parts.statements
    return frozenset(index for index, (statement, following) in enumerate(zip(statements, statements[1:]))
                     if following.block == statement.block and (
                         rules.opens_with_pointer.search(following.text) or rules.refers_earlier.search(following.text)))


# a lead sentence that opens a subordinate clause its list items finish ("U voert aan dat:")
_SUBORDINATE_LEAD = re.compile(r"\b(?:dat|of|indien|als|omdat|tenzij|mits|zodat|wanneer|voor zover)\s*:\s*$", re.IGNORECASE)


def _docs_from_check(result: LetterResult, texts: list[str], linter: Linter) -> tuple[list | None, list | None]:
    """(docs, hits): the check's own parse of each sentence (Linter(keep_spans=True)), so the
    simplifier does not parse it again, and the check's rule-pack phrase matches in it, so the
    simplifier does not match them again; an empty doc and None where the texts differ (the
    simplifier then parses and matches that one itself)."""
    if not result.spans:
        return None, None
    hits = result.phrase_hits if result.phrase_hits is not None else [None] * len(result.spans)
    by_text: dict[str, tuple] = {}
    for (_block, span), found in zip(result.spans, hits):
        by_text.setdefault(span.text.strip(), (span, found))
    if not any(text in by_text for text in texts):
        return None, None
    missing = (linter.pipeline.nlp.make_doc(""), None)
    pairs = [by_text.get(text, missing) for text in texts]
    return [doc for doc, _found in pairs], [found for _doc, found in pairs]


def _tags_for_guard(linter: Linter, result: LetterResult,
                    tensors: TensorIndex | None) -> Callable[[list[str]], list[Doc]]:
    """The parse the antecedent guard needs (words and parts of speech, see _keep_antecedents):
    the check's own parse of a text that was a paragraph of its own, else the text tagged (not
    parsed) with the token vectors of ``tensors``, the rewrite's index. The taggers read only the
    token vectors, never the parse, and a text's parse does not depend on the texts piped with it,
    so both give the words and tags of a full parse of the text, as the guard asked for before."""
    known = result.parses or {}

    def tags(texts: list[str]) -> list[Doc]:
        todo = [text for text in texts if text not in known]
        tagged = dict(zip(todo, linter.pipeline.tag_reusing(todo, tensors))) if todo else {}
        return [known[text] if text in known else tagged[text] for text in texts]
    return tags


def _known_parses(linter: Linter, result: LetterResult, headings: list[str]) -> dict:
    """Parses the lint of the proposal can reuse: the check's parse of every paragraph (a paragraph
    the proposal keeps unchanged is not parsed again) and the B1 headings, parsed once per linter
    (they come from rules/rewrite.yaml, the same in every proposal). A text's parse does not depend
    on the texts piped with it, so the lint gives what it would give parsing everything itself."""
    known = _HEADINGS.setdefault(linter, {})
    new = [heading for heading in dict.fromkeys(headings) if heading not in known]
    for heading, doc in zip(new, linter.pipeline.pipe(new)):
        known[heading] = doc
    return {**known, **(result.parses or {})}


def _suggest(result: LetterResult, library, department: str | None, linter: Linter):
    from letterlint.rewrite.facts import FactRules
    from letterlint.rewrite.suggest import similar_template
    from letterlint.templating.library import TemplateError, TemplateLibrary

    try:
        library = library or TemplateLibrary()
        return similar_template(result, library, FactRules.from_pack(linter.pack, analyzer=linter.analyzer), department)
    except (TemplateError, LetterlintError):
        return None


def _has_substance(text: str, rules: RewriteRules, linter: Linter) -> bool:
    """Facts, a decision direction or a remedy: a 'courtesy' sentence with any of these stays."""
    return bool(facts_in(text, rules, linter.analyzer) or rules.directions_of(text) or rules.remedy_kinds(text))


@dataclass
class Shown:
    """What the proposal shows for one original sentence (or list item)."""

    texts: list[str]
    law_lines: list[str]
    transformations: list[str]
    marked: bool
    partial: bool = False   # simplified in part, still marked
    refused: str = ""       # why a partial simplification was not used (the original is shown)
    items: list[str] = field(default_factory=list)  # list items after the last text ("...:")


def _law_lines(sentences: list[str], law_lines: list[str]) -> list[str]:
    """Only the law lines whose citation left the sentence: no citation twice."""
    flat = " ".join(" ".join(sentences).split()).lower()
    kept = []
    for line in law_lines:
        citation = re.sub(r"^\W*dit staat in\s+", "", " ".join(line.split()), flags=re.IGNORECASE).rstrip(". ")
        if citation and citation.lower() in flat:
            continue
        kept.append(line)
    return kept


def _torn_citation(texts: list[str], rules: RewriteRules) -> bool:
    """Whether a member of a law citation ("elfde lid", "onder b") stands in a sentence without the
    article it belongs to before it: the citation was moved out in part."""
    for text in texts:
        for member in rules.citation_member.finditer(text):
            if not rules.citation_article.search(text[:member.start()]):
                return True
    return False


def shown_for(original: str, result: Simplified, rules: RewriteRules, linter: Linter, limit: int,
              mark: bool = True) -> Shown:
    """The proposal text for one original sentence.

    A sentence the simplifier brought to ``limit`` words or fewer is shown simplified. One that is
    still too long (or that it could not resolve) is marked ``[herschrijven: …]`` for the writer:
    with the safe changes that did apply (jargon, U → u, passive with its agent, referents, law
    citation moved out) when the sentence check passes — same facts, negations, directions and
    remedies as the original (verify.sentence_change_problem) — otherwise as the original.
    ``mark`` False (a short list item): an unfinished item is shown without a marker.
    """
    from letterlint.rewrite.simplify import sentence_length, word_count
    from letterlint.rewrite.verify import sentence_change_problem

    sentences = [text for text in result.sentences if text.strip()] or [original]
    items = list(result.items)
    law_lines = _law_lines(sentences + items, list(result.law_lines))
    if law_lines and _torn_citation(sentences + items, rules):
        # the citation left part of itself behind ("kan het college de maatregel, elfde lid, van de
        # Participatiewet heroverwegen." + "Dit staat in artikel 18."): the sentence stays as it was
        if word_count(original) <= limit:
            return Shown([original], [], [], False, refused="wetsverwijzing half verplaatst")
        why = f"zin van {word_count(original)} woorden; automatisch inkorten lukte niet veilig (de wetsverwijzing zou uit elkaar vallen)"
        return Shown([to_rewrite(why, original) if mark else original], [], [], mark,
                     refused="wetsverwijzing half verplaatst")
    changes = [f"{t.kind}: {t.detail}" for t in result.transformations]
    long = [text for text in sentences if sentence_length(text) > limit]
    reason = result.needs_rewrite
    if reason is None and not long:
        return Shown(sentences, law_lines, changes, False, items=items)
    changed = sentences != [original] or bool(law_lines) or bool(items)
    refused = ""
    if changed:
        refused = sentence_change_problem(original, " ".join(sentences + items + law_lines), rules, linter.analyzer) or ""
    if not changed or refused:
        why = reason or f"zin van {word_count(original)} woorden; geen veilige plek om te splitsen"
        if refused and not reason:
            why = f"zin van {word_count(original)} woorden; automatisch inkorten lukte niet veilig ({refused})"
        return Shown([to_rewrite(why, original) if mark else original], [], [], mark, refused=refused)
    if not mark:
        return Shown(sentences, law_lines, changes, False, partial=True, items=items)
    texts = []
    # (a part of a sentence that was split already: "om verder te splitsen", not a claim that nothing
    # was split; red team 30)
    further = "verder " if any(t.kind == "split" for t in result.transformations) else ""
    for index, text in enumerate(sentences):
        if text in long:
            texts.append(to_rewrite(f"zin van {word_count(text)} woorden; geen veilige plek om {further}te splitsen", text))
        elif reason and index == 0 and not long:
            texts.append(to_rewrite(reason, text))
        else:
            texts.append(text)
    return Shown(texts, law_lines, changes, True, partial=True, items=items)


def _place(parts: LetterParts, simplified: list[Simplified], simplified_items: dict[str, Simplified],
           rules: RewriteRules,
           linter: Linter, limit: int) -> tuple[list[Piece], list[MapEntry], list[str]]:
    """Every statement's proposal sentences, each in a section; the sentence map; dropped filler."""
    pieces: list[Piece] = []
    entries: list[MapEntry] = []
    dropped: list[str] = []
    previous_section = "kern"
    last: tuple[str, str, str] | None = None  # (role, section, text) of the previous statement's last sentence
    previous_block: int | None = None
    opens_for = _paragraph_openers(parts.statements, rules)
    unit_of, unit_role = _template_units(parts, rules)
    unit_section: dict[int, str] = {}
    for position, (statement, result) in enumerate(zip(parts.statements, simplified)):
        role = opens_for.get(position, statement.role)
        unit = unit_of.get(position, -1)
        if unit >= 0 and unit_role[unit]:
            role = unit_role[unit]  # a template block moves as one unit, to where its main sentence goes
        tagged = control_blocks.has_tag(statement.full_text)
        if role == "beleefdheid":
            if not tagged and not _has_substance(statement.full_text, rules, linter):
                dropped.append(statement.text)
                entries.append(MapEntry(statement.text, role, [], [], dropped="beleefdheidszin weggelaten"))
                for item in statement.items:
                    entries.append(MapEntry(item, role, [], [], dropped="beleefdheidszin weggelaten"))
                continue
            role = "overig"
        shown = _shown_with_tags(statement.text, result, rules, linter, limit)
        marked = shown.marked
        texts = shown.texts
        roles = [role] * len(texts)
        if unit >= 0:
            pass  # one role for the whole block: it stays under one heading
        elif statement.second_role and len(texts) > 1:
            choices = (role, statement.second_role)
            roles = []
            for text in texts:
                scores = rules.scores(TO_REWRITE.sub(" ", text))
                roles.append(max(choices, key=lambda r: (scores.get(r, 0), r == role)))
        if unit < 0:
            roles = _settled_roles(texts, roles, rules, last)
        # a sentence with no clear role of its own stays in its paragraph, after the sentence before it
        # and so does an attachment mentioned inside a paragraph (``stays_in_paragraph``)
        stays = (unit < 0 and last is not None and statement.block == previous_block
                 and (_strength(statement) < rules.leaves_paragraph_min or role in rules.stays_in_paragraph))
        if stays:
            roles = [last[0]] * len(texts)
        placed = []
        for order, (text, piece_role) in enumerate(zip(texts, roles)):
            section = rules.section_of.get(piece_role) or previous_section
            if unit in unit_section:
                section = unit_section[unit]
            elif stays:
                section = last[1]
            elif order == 0 and last is not None and piece_role == last[0] and points_back(text, rules, last[2]):
                section = last[1]  # directly after the sentence it points back to
            elif order and piece_role == roles[order - 1] and points_back(text, rules, texts[order - 1]):
                section = placed[-1]
            # (not when the sentence it concludes from stays right before it: "Dit is nog geen
            # besluit. Tegen deze brief kunt u dan ook geen bezwaar maken.")
            after_its_ground = (last is not None and last[:2] == ("kern", "kern") and statement.block == previous_block)
            if section == "kern" and piece_role == "kern" and order == 0 and statement.index and not after_its_ground:
                text, dropped_word = _without_conclusion_word(text, rules)
                if dropped_word:  # the decision opens the letter; its reasons follow under "Waarom?"
                    texts[order] = text
                    shown.transformations.append(f"'{dropped_word}' weggelaten: het besluit staat vooraan, "
                                                 "de reden staat erna")
            elif order == 0 and last is not None and section != last[1]:
                # a sentence that opens with its conclusion word ("Dus verzoek ik u …") and now stands
                # under another heading than the sentence before it: the word would point at whatever
                # stands there now
                text, dropped_word = _without_conclusion_word(text, rules, inside=False)
                if dropped_word:
                    texts[order] = text
                    shown.transformations.append(f"'{dropped_word}' weggelaten: de zin staat nu onder een "
                                                 "ander kopje dan de zin ervoor")
            pieces.append(Piece(statement.index, order, section, piece_role, text, statement.block,
                                is_item=statement.is_item, mark=statement.mark, unit=unit,  # a list item without a lead stays an item
                                continues=statement.is_item and order > 0))
            placed.append(section)
            if unit >= 0:
                unit_section.setdefault(unit, section)
        last = (roles[-1], placed[-1], texts[-1])
        previous_block = statement.block
        section = placed[0]
        if placed[-1] not in rules.overig_not_into:
            previous_section = placed[-1]  # where a following 'overig' sentence goes
        for order, item in enumerate(shown.items):  # a list split off the sentence follows its last text
            pieces.append(Piece(statement.index, len(texts) + order, placed[-1], roles[-1], str(item), statement.block,
                                is_item=True, mark=getattr(item, "mark", None) or BULLET, unit=unit))
        for order, line in enumerate(shown.law_lines):
            pieces.append(Piece(statement.index, 1000 + order, section, roles[0], line, statement.block, is_law=True,
                                unit=unit))
        entries.append(MapEntry(statement.text, role if len(set(roles)) == 1 else "+".join(dict.fromkeys(roles)),
                                texts + list(shown.law_lines), shown.transformations, marked, section=section,
                                items=list(shown.items)))
        for order, (item, mark) in enumerate(zip(statement.items, statement.marks_of_items())):
            if item not in simplified_items:  # a table row: copied exactly, as the verifier wants it
                entries.append(MapEntry(item, role, [item], [], section=section))
                pieces.append(Piece(statement.index, 100 + order, placed[-1], roles[-1], item, statement.block,
                                    is_item=True, mark=mark, unit=unit))
                continue
            item_shown = shown_for(item, simplified_items[item], rules, linter, limit,
                                   mark=len(item.split()) > ITEM_MARK_WORDS)
            if item_shown.items:  # a list item cannot hold a list of its own: the item stays as it was
                from letterlint.rewrite.simplify import Simplified as Unchanged

                item_shown = shown_for(item, Unchanged(item, [item]), rules, linter, limit,
                                       mark=len(item.split()) > ITEM_MARK_WORDS)
            text = _as_item(" ".join(item_shown.texts), item) if len(item_shown.texts) == 1 else " ".join(item_shown.texts)
            pieces.append(Piece(statement.index, 100 + order, placed[-1], roles[-1], text, statement.block,
                                is_item=True, mark=mark, unit=unit))
            entries.append(MapEntry(item, role, [text], item_shown.transformations, item_shown.marked,
                                    section=section))
    return pieces, entries, dropped


def _template_units(parts: LetterParts, rules: RewriteRules) -> tuple[dict[int, int], dict[int, str | None]]:
    """The template blocks ({% if … %} … {% endif %}) of more than one sentence: ({statement: its
    block}, {block: the role the whole block takes}). The role is that of the block's first
    sentence with a role strong enough to leave its paragraph; None: the first sentence's own."""
    spans = control_blocks.units([statement.full_text for statement in parts.statements]) or []
    unit_of = {index: number for number, (first, last) in enumerate(spans) for index in range(first, last + 1)}
    unit_role: dict[int, str | None] = {}
    for number, (first, last) in enumerate(spans):
        strong = [statement.role for statement in parts.statements[first:last + 1]
                  if statement.role not in ("overig", "beleefdheid") and _strength(statement) >= rules.leaves_paragraph_min]
        unit_role[number] = strong[0] if strong else None
    return unit_of, unit_role


def _blocks_need_own_order(parts: LetterParts, rules: RewriteRules) -> bool:
    """A letter keeps its own order when a template block cannot move as one unit: its tags do not
    pair up, or its sentences belong under different headings (control_blocks.spans_headings)."""
    texts = [statement.full_text for statement in parts.statements]
    if any(COMPOSITION_TAG_LINE.match(text) or has_template_condition(text) for text in texts):
        # "«ALS x»" … "«EINDE ALS»", "[ALLEEN BIJ AFWIJZING:]" … "[EINDE]": blocks letterlint does
        # not pair up, so nothing moves
        return True
    if not any(control_blocks.has_tag(text) for text in texts):
        return False
    if control_blocks.units(texts) is None:
        return True
    sections = [rules.section_of.get(statement.role)
                if statement.role not in ("overig", "beleefdheid") and _strength(statement) >= rules.leaves_paragraph_min
                else None for statement in parts.statements]
    return control_blocks.spans_headings(texts, sections)


def _shown_with_tags(original: str, result: Simplified, rules: RewriteRules, linter: Linter, limit: int) -> Shown:
    """shown_for a sentence that may carry template tags: the tags at its edges go back around the
    simplified sentence ("{% if gemachtigde %}" before its first sentence, "{% endif %}" after its
    last); a sentence with a tag inside ("U ontvangt {% if x %}twee{% else %}één{% endif %}
    brieven.") stays as it was, marked when it is too long."""
    prefix, core, suffix = control_blocks.edge_tags(original)
    if not prefix and not suffix and not control_blocks.has_tag(core):
        return shown_for(original, result, rules, linter, limit)
    if control_blocks.has_tag(core) or not core.strip():
        from letterlint.rewrite.simplify import word_count

        if core.strip() and word_count(control_blocks.CONTROL_TAG.sub(" ", original)) > limit:
            # (the note names the block in words: "{% … %}" in it would break the template it stands in)
            why = "zin met een sjabloonblok (als- of herhaalblok) erin; letterlint past die niet aan"
            return Shown([to_rewrite(why, original)], [], [], True, refused="sjabloonblok in de zin")
        return Shown([original], [], [], False)
    shown = shown_for(core, result, rules, linter, limit)
    shown.texts = list(shown.texts)
    shown.texts[0] = (prefix + shown.texts[0]).strip()
    # the closing tag after the last thing the sentence became: a law line, else a list split off it
    last = shown.law_lines if shown.law_lines else shown.items if shown.items else shown.texts
    last[-1] = (last[-1] + suffix).strip()
    return shown


def _paragraph_openers(statements: list[Statement], rules: RewriteRules) -> dict[int, str]:
    """A sentence without a role of its own that opens a paragraph goes where the paragraph goes:
    it takes the role of the first sentence after it, in its paragraph, that has a role strong
    enough to leave the paragraph ("Het college wijst u er verder op dat de IND over uw
    verblijfsdocument beslist. … daarvoor moet u zich tot de IND wenden." goes to "Wat moet u
    doen?" as a whole, not half into "In het kort"). Only towards the sections in
    `openers_follow`; the sentences between them stay with the opener, as before.
    Returns {position of the opener: the role it takes}."""
    taken: dict[int, str] = {}
    for position, statement in enumerate(statements):
        if statement.role != "overig" or statement.is_item or _strength(statement) >= rules.leaves_paragraph_min:
            continue
        if position and statements[position - 1].block == statement.block:
            continue  # not the paragraph's first sentence: it stays after the one before it
        for later in statements[position + 1:]:
            if later.block != statement.block:
                break
            if _strength(later) >= rules.leaves_paragraph_min:
                if later.role in rules.openers_follow:
                    taken[position] = later.role
                break
    return taken


def _strength(statement: Statement) -> float:
    return max(statement.scores.values(), default=0)


def _leading_note(text: str) -> str:
    """The writer's note a proposal sentence opens with ("[herschrijven: …] "), with the spaces
    after it; "" when it has none."""
    found = TO_REWRITE.match(text)
    if found is None:
        return ""
    return text[:len(text) - len(text[found.end():].lstrip())]


def _as_item(text: str, item: str) -> str:
    """A simplified list item keeps the shape of the original item: a lower-case start and its own
    ending ("het besluit voor het overige in stand te laten;" -> "het besluit voor de rest in
    stand te laten;", not a new sentence "Het … laten.")."""
    marker = _leading_note(text)  # the writer's note stays in front
    body = text[len(marker):]
    first, own = body.split(" ", 1)[0], item.split(" ", 1)[0]
    if item[:1].islower() and body[:1].isupper() and (body[1:2].islower() or first.lower() == own.lower()):
        text = marker + body[:1].lower() + body[1:]  # "u vanaf 1 september …" for "u met ingang van …"
    ending = item.rstrip()[-1:] if item.rstrip() else ""
    if text.endswith(".") and ending != "." and not text.endswith(".."):
        text = text[:-1] + (ending if ending in ";,:" else "")
    return text


def _regroup(pieces: list[Piece], entries: list[MapEntry], parts: LetterParts, rules: RewriteRules,
             linter: Linter) -> dict[str, set[str]]:
    """Two moves of whole paragraphs after the sentence-by-sentence placement, so that no sentence is
    cut from what it leans on. Returns the roles each section takes in besides its own.

    - A task with a deadline that its paragraph holds under "Waarom?" or "Wat gebeurt er nu?"
      ("Op grond van artikel 17 bent u gehouden … Het is daarom van belang dat u het bedrag vóór
      15 december doorgeeft.") takes that paragraph along to "Wat moet u doen?", where the reader
      looks for it; a following paragraph without a role of its own follows it.
    - A letter that is no decision and has no kern opens with its first paragraph, without a
      heading, instead of with "Waarom?"."""
    extra: dict[str, set[str]] = {}

    def move(block: int, source: str, target: str) -> None:
        # a template block moves as a whole, also when it holds more than this paragraph
        units = {piece.unit for piece in pieces if piece.block == block and piece.section == source and piece.unit >= 0}
        for piece in pieces:
            if (piece.block == block and piece.section == source) or piece.unit in units:
                piece.section = target
                extra.setdefault(target, set()).add(piece.role)

    left = ""  # the section a task's paragraph just left: the next paragraph may follow it from there
    for block in sorted({piece.block for piece in pieces}):
        following, left = left, ""
        for source in ([following] if following else HOLDERS):
            held = [p for p in pieces if p.block == block and p.section == source and not p.is_law and not p.is_item]
            # the statement's own role: a sentence that stayed in its paragraph took the role before it
            own_roles = {parts.statements[p.statement].role for p in held}
            task = any("wat_moet_u_doen" in (p.role, parts.statements[p.statement].role)
                       and _has_deadline(p.text, rules, linter) for p in held)
            # a paragraph without a role of its own went there only because it followed (one at most)
            follows = bool(following and held and not own_roles & {"reden", "grondslag", "wat_gebeurt_er_nu"})
            if task and not _loosen(block, source, pieces, entries, rules):
                continue  # it leans on the reason before it with more than a "dus": the pair stays
            if task or follows:
                move(block, source, "doen")
            if task:
                left = source
    if parts.layout_type != "besluit" and not any(piece.section == "kern" for piece in pieces):
        first = min(piece.block for piece in pieces)
        if all(piece.section == "reden" for piece in pieces if piece.block == first):
            move(first, "reden", "kern")
    if extra:  # the sentence map names the section each sentence went to
        section_of_text = {piece.text: piece.section for piece in pieces if not piece.is_law}
        for entry in entries:
            if entry.proposal and entry.proposal[0] in section_of_text:
                entry.section = section_of_text[entry.proposal[0]]
    return extra


def _loosen(block: int, source: str, pieces: list[Piece], entries: list[MapEntry], rules: RewriteRules) -> bool:
    """Whether a task's paragraph can leave the reason it concludes from. Its first sentence may
    say so with a conclusion word only ("Wij sommeren u dus het bedrag … te voldoen", "Derhalve
    verzoeken wij u …"): moved to "Wat moet u doen?", the word would point at whatever now stands
    before it, so it goes (and the sentence map says so). A first sentence that leans on the one
    before it in another way keeps the paragraph where it is."""
    held = [p for p in pieces if not p.is_law and not p.is_item]
    first = next((i for i, p in enumerate(held) if p.block == block and p.section == source), None)
    if not first:
        return True
    piece, previous = held[first], held[first - 1]
    if previous.block == block or not points_back(piece.text, rules, previous.text):
        return True
    text, dropped = _without_conclusion_word(piece.text, rules)
    if not dropped or points_back(text, rules, previous.text):
        return False
    for entry in entries:
        if piece.text in entry.proposal:
            entry.proposal[entry.proposal.index(piece.text)] = text
            entry.transformations.append(f"'{dropped}' weggelaten: de opdracht staat onder 'Wat moet u doen?', "
                                         "los van de reden")
            break
    piece.text = text
    return True


HOLDERS = ("reden", "gebeurt")  # sections that hold a task with a deadline only through its paragraph


def _has_deadline(text: str, rules: RewriteRules, linter: Linter) -> bool:
    return any(fact.kind in ("date", "term") for fact in facts_in(TO_REWRITE.sub(" ", text), rules, linter.analyzer))


# a word that opens a clause of its own: a conclusion word after it belongs to that clause
_CLAUSE_OPENED = re.compile(r"\b(?:dat|die|welke?|wat|hetgeen|omdat|doordat|zodat|voor\s*zover|indien|als|wanneer|"
                            r"nu|waar\w+|en|of|maar|tenzij|mits)\b", re.IGNORECASE)


def _without_conclusion_word(text: str, rules: RewriteRules, inside: bool = True) -> tuple[str, str]:
    """A decision that says it follows from what came before ("Wij hebben daarom besloten …",
    "Gelet op het vorenstaande heeft het college dus besloten …") loses those words when it opens
    the proposal: before its reasons they would point at whatever sentence now precedes it. An
    opening phrase goes with the verb-subject inversion it caused ("Daarom hebben wij besloten" ->
    "Wij hebben besloten"). ``inside``: also a conclusion word after the verb ("Wij hebben daarom
    …"); without it only the opening phrase goes. Returns (text, the words dropped, or "")."""
    marker = _leading_note(text)
    body = text[len(marker):]
    dropped = []
    opening = rules.conclusion_opener.match(body)
    passive = rules.conclusion_passive.match(body) if opening is None else None
    if opening is not None:
        subject = opening.group("subject")
        body = f"{subject[:1].upper()}{subject[1:]} {opening.group('verb')}{body[opening.end():]}"
        dropped.append(opening.group("phrase"))
    elif passive is not None:  # "Daarom is door de invorderingsambtenaar besloten:"
        agent = passive.group("agent")
        subject, verb = ("Wij", "hebben") if agent.lower() == "ons" else (agent[:1].upper() + agent[1:], "heeft")
        body = f"{subject} {verb} besloten{body[passive.end():]}"
        dropped.append(passive.group("phrase"))
    word = rules.conclusion_word.search(body) if inside else None
    if word is not None and _CLAUSE_OPENED.search(body[:word.start()]):
        word = None  # "…, welke kosten … niet voortvloeien uit … en derhalve uit de bijstandsnorm …": the word
        # concludes inside its own clause, from what that clause says (red team 20, 01-T5)
    if word is not None and word.start() > 0:
        body = body[:word.start()] + body[word.end():]
        dropped.append(word.group(0).strip())
    return (marker + body, "', '".join(dropped)) if dropped else (text, "")


def _settled_roles(texts: list[str], roles: list[str], rules: RewriteRules,
                   last: tuple[str, ...] | None) -> list[str]:
    """The roles of one statement's proposal sentences, corrected where a heading would change
    what a sentence says:

    - a sentence (or second half of a split) that points back keeps the role of the sentence
      before it, so it stays next to what it points to (a consequence never opens the letter as
      if it were the decision);
    - a note after a remedy that names the remedy ("Je bezwaar moet je ondertekenen.") stays
      with the remedy, unless it states a decision ("Het bezwaar is gegrond …");
    - an obligation of the reader is not placed under the reasons, unless it points back to one
      (then the pair stays together, in the original order)."""
    settled = list(roles)
    if len(set(roles)) == 1 and roles[0] in ("reden", "grondslag") and any(
            rules.obligation.search(TO_REWRITE.sub(" ", text)) for text in texts):
        settled = ["wat_moet_u_doen"] * len(texts)  # "Wijzigt uw situatie? Dan bent u verplicht …"
    for index, text in enumerate(texts):
        before = settled[index - 1] if index else (last[0] if last else None)
        previous = texts[index - 1] if index else (last[2] if last and len(last) > 2 else None)
        clean = TO_REWRITE.sub(" ", text)
        own_remedy = settled[index] == "rechtsmiddel" and rules.remedy_term.search(clean)
        decision = rules.scores(clean).get("kern", 0) >= rules.kern_decision_min
        if settled[index] in ("reden", "grondslag") and rules.obligation.search(clean):
            settled[index] = "wat_moet_u_doen"
        if before is not None and not own_remedy and points_back(text, rules, previous):
            settled[index] = before  # a pair stays together, even an obligation after a reason
        elif before == "rechtsmiddel" and rules.remedy_kinds(clean) and not decision:
            settled[index] = "rechtsmiddel"
    return settled


@dataclass
class Section:
    name: str
    heading: str | None
    pieces: list[Piece]
    placeholder: str = ""
    # the roles the verifier accepts here; None: the roles of the section name (rules/rewrite.yaml)
    roles: set[str] | None = None
    verbatim: str = ""  # a quoted document (rewrite.yaml verbatim_heading): its lines as written
    level: int = 2      # the heading's level: a letter's own heading keeps its own (Word "Heading 3" -> "###")


def _heading_level(block) -> int:
    """The level of a letter's own heading as its source marks it (Word "Heading 3", Markdown "###");
    2 when the source says nothing (a short line read as a heading)."""
    style = block.lines[0].style if block.lines else ""
    if style.startswith("heading") and style[7:].isdigit():
        return min(max(int(style[7:]), 1), 6)
    return 2


def _sections(parts: LetterParts, pieces: list[Piece], rules: RewriteRules, result: LetterResult,
              profile: Department | None, extra_roles: dict[str, set[str]] | None = None) -> list[Section]:
    """The B1 skeleton: the sections in the order of the letter type; ``extra_roles``: roles a
    section took in with a paragraph moved there whole (see _regroup), which the verifier accepts."""
    extra_roles = extra_roles or {}
    letter_type = parts.layout_type
    order = _section_order(letter_type, rules)
    order += [piece.section for piece in pieces if piece.section not in order]
    long_letter = len(parts.statements) >= rules.long_letter
    present = _present_sections(result)
    required = rules.required.get(letter_type, [])
    sections = []
    for name in order:
        own = sorted((p for p in pieces if p.section == name), key=_reading_order(pieces, name, rules))
        if name == "kern":  # the decision first; the background of the request after it
            own = [p for p in own if p.role == "kern"] + [p for p in own if p.role != "kern"]
        variant = None
        if name == "rechtsmiddel":
            kinds = {kind for p in own for kind in rules.remedy_kinds(p.text)}
            variant = next(iter(kinds)) if len(kinds) == 1 else None
        if name == "kern" and long_letter:
            heading = rules.heading(parts.register, "in_het_kort", letter_type)
        else:
            heading = rules.heading(parts.register, name, letter_type, variant)
        placeholder = ""
        if not own and name in required and not present.get(STRUCTURE_SECTION.get(name, ""), False):
            placeholder = _placeholder(name, rules, profile)
        if own or placeholder:
            roles = set(rules.sections.get(name, [name])) | extra_roles[name] if name in extra_roles else None
            sections.append(Section(name, heading, own, placeholder, roles))
    return sections


def _keep_antecedents(sections: list[Section], entries: list[MapEntry], parts: LetterParts, rules: RewriteRules,
                      linter: Linter, result: LetterResult, profile: Department | None,
                      tensors: TensorIndex | None = None) -> list[Section]:
    """The antecedent guard, after all placement: a sentence that refers back to what an earlier
    sentence of the original names ("Tijdens dit gesprek …", "Kunt u niet op deze dag …?", "de
    hierboven bedoelde toestemming", see letterlint.rewrite.antecedents) never stands before that
    sentence. Every path through the placement ends here; where it put the sentence earlier:

    - in one section, the pair keeps the letter's order (the sentence goes right after its antecedent);
    - from the opening section, a sentence with a role of its own (weight ``leaves_paragraph_min``)
      stays and the antecedent comes up to stand right before it (the opening keeps what it says,
      now with what it refers to: "De controle is op dinsdag 12 mei tussen 9.00 en 11.00 uur. Wij
      vragen u op dit tijdstip aanwezig te zijn …");
    - otherwise the sentence goes down to stand right after its antecedent, in the antecedent's
      section, with the sentences of its paragraph that followed it there ("Een betalingsregeling
      kan alleen … vóór de hierboven genoemde datum …" after the payment date).

    Whatever moves takes along the rest of its paragraph that stood with it. Left alone: a sentence
    that states a decision in its main clause and opens the letter (decision first is the point of
    the skeleton), an antecedent under "Bent u het niet eens?", "Heeft u vragen?" or the attachments
    (overig_not_into), and a move that would part a sentence from the one it points back to
    (verify.check_references): then the proposal stays as placed.

    The guard reads only words and parts of speech: see _tags_for_guard."""
    from letterlint.rewrite.antecedents import misplaced, references, where

    found = references(parts.statements, rules, _tags_for_guard(linter, result, tensors))
    if not found:
        return sections
    sections = list(sections)
    required = rules.required.get(parts.layout_type, [])
    present = _present_sections(result)
    skipped: set = set()
    placed = _first_sections(sections)

    def broken(candidate: list[Section]) -> int:
        check = Verification()
        check_references(check, [Placed(p.statement, p.order, p.text, p.role) for section in candidate
                                 for p in section.pieces if not p.is_item and not p.is_law], rules)
        return len(check.problems)

    for _attempt in range(2 * len(found)):
        shown = [(piece, section) for section in sections for piece in section.pieces if not piece.is_law]
        texts = [(p.statement, p.text) for p, _s in shown]
        wrong = [reference for reference in misplaced(found, texts, rules)
                 if reference not in skipped and _may_follow_antecedent(reference, shown, rules)]
        if not wrong:
            break
        reference = wrong[0]
        saved = (list(sections), [(section, list(section.pieces), section.roles, section.placeholder)
                                  for section in sections], {id(p): p.section for p, _s in shown})
        before = broken(sections)
        own, antecedent = where(reference, texts, rules)
        (piece, source), (first, target) = shown[own], shown[antecedent]
        strength = _strength(next(st for st in parts.statements if st.index == reference.statement))
        if source.name == "kern" and target is not source and strength >= rules.leaves_paragraph_min:
            # the antecedent comes up, with its paragraph as it stands there: the sentences before it
            # introduce what it names ("… wordt een controle uitgevoerd. De controle is op 12 mei …")
            start = next(i for i, p in enumerate(target.pieces) if p.statement == reference.antecedent)
            while start and target.pieces[start - 1].block == target.pieces[start].block \
                    and target.pieces[start - 1].statement < reference.antecedent:
                start -= 1
            run = _run(target.pieces, start, reference.antecedent, upto=reference.statement)
            _take(target, run)
            at = source.pieces.index(piece)
            source.pieces[at:at] = run
            _moved_into(source, run, rules)
            emptied = target
        else:
            # the sentence goes down (or, in one section, after its antecedent)
            # (a sentence with its list whole: "de hierboven bedoelde toestemming" in one item)
            _move_after(source, reference.statement, target, reference.antecedent, rules)
            emptied = source
        _drop_if_empty(sections, emptied, required, present, rules, profile)
        if broken(sections) > before:  # the move would part a pair: undo it
            sections[:] = saved[0]
            for section, pieces, roles, placeholder in saved[1]:
                section.pieces, section.roles, section.placeholder = pieces, roles, placeholder
            for p, _s in shown:
                p.section = saved[2][id(p)]
            skipped.add(reference)
    _rename_in_map(entries, parts, placed, sections)
    return sections


def _move_after(source: Section, statement: int, target: Section, antecedent: int, rules: RewriteRules) -> None:
    """Statement ``statement`` goes down to stand right after statement ``antecedent`` in ``target``,
    with the sentences of its paragraph that stood with it in ``source``."""
    start = next(i for i, p in enumerate(source.pieces) if p.statement == statement)
    run = _run(source.pieces, start, statement)
    _take(source, run)
    at = max(i for i, p in enumerate(target.pieces) if p.statement == antecedent) + 1
    while at < len(target.pieces) and target.pieces[at].statement < statement:
        at += 1
    target.pieces[at:at] = run
    if target is not source:
        _moved_into(target, run, rules)


def _present_sections(result: LetterResult) -> dict[str, bool]:
    """The check's sections present in the letter, with a section the letter type needs only weakly
    counted as present (a granted request needs less reasoning: the check reports the missing reason
    as info): the proposal gets no placeholder for it (red team 29, 05-P1)."""
    if result.structure is None:
        return {}
    present = dict(result.structure.sections)
    for section, severity in result.structure.required.items():
        if severity == "info":
            present[section] = True
    return present


def _drop_if_empty(sections: list[Section], section: Section, required: list[str], present: dict,
                   rules: RewriteRules, profile: Department | None) -> None:
    """A section a move emptied: a placeholder when the letter type needs it, else it goes."""
    if section.pieces:
        return
    if section.name in required and not present.get(STRUCTURE_SECTION.get(section.name, ""), False):
        section.placeholder = _placeholder(section.name, rules, profile)
    else:
        sections.remove(section)


def _rename_in_map(entries: list[MapEntry], parts: LetterParts, placed: dict[int, str],
                   sections: list[Section]) -> None:
    """The sentence map names the section each sentence went to, after a move."""
    now = _first_sections(sections)
    if now == placed:
        return
    by_text = {statement.text: statement.index for statement in parts.statements}
    for entry in entries:
        index = by_text.get(entry.original)
        if index is not None and now.get(index, "") != placed.get(index, "") and entry.section:
            entry.section = now[index]


def _pointers(sections: list[Section], rules: RewriteRules, originals: dict[int, str]) -> list[tuple[tuple, tuple]]:
    """Each sentence that points at something said before it in the letter (rewrite.yaml
    refers_earlier) and now stands apart from the sentence that preceded it there, with that
    sentence: [((statement, order) of the pointer, (statement, order) of the one before)]. Apart:
    moved up past it, or parted from it within its own paragraph (see _order_keeps_references)."""
    position: dict[tuple[int, int], int] = {}
    block: dict[tuple[int, int], int] = {}
    pointing: list[tuple[int, int]] = []
    for section in sections:
        for piece in section.pieces:
            if piece.is_law or piece.is_item:
                continue
            key = (piece.statement, piece.order)
            position.setdefault(key, len(position))
            block.setdefault(key, piece.block)
            # the pointer as the letter wrote it counts too: "eveneens" may have become "ook"; not a
            # conclusion in front ("Gelet op het vorenstaande …") that the simplifier took away so
            # that the decision can open the letter
            original = rules.concludes.sub("", originals.get(piece.statement, ""), count=1)
            if rules.refers_earlier.search(TO_REWRITE.sub(" ", piece.text)) or (
                    piece.order == 0 and rules.refers_earlier.search(original)):
                pointing.append(key)
    shown = sorted(position)
    apart = []
    for key in pointing:
        at = shown.index(key)
        if not at:
            continue
        before = shown[at - 1]
        if position[before] > position[key] or (
                block[before] == block[key] and position[before] != position[key] - 1):
            apart.append((key, before))
    return apart


def _keep_pointers(sections: list[Section], entries: list[MapEntry], parts: LetterParts, rules: RewriteRules,
                   result: LetterResult, profile: Department | None) -> list[Section] | None:
    """The skeleton with every pointer sentence back after the sentence before it in the letter, or
    None when that cannot be done (then the letter keeps its own order, _in_order_sections). A
    pointer the skeleton placed apart from its predecessor ("Gelet hierop zijn wij niet bereid mee te
    werken aan een afwijking", which the roles put in the summary, above the reasons it concludes)
    goes down to stand right after it, in its section, with the sentences of its paragraph that stood
    with it. Only into a section that takes the sentence's role, unless it concludes from the sentence
    before it ("Gelet hierop …" closes the reasons); never a summary sentence that adds a decision of
    its own, never the summary's first decision (the decision opens the letter), and never into "Bent
    u het niet eens?", "Heeft u vragen?" or the attachments. The moves
    are made on a copy: a repair that does not bring every pointer back leaves the skeleton as it was."""
    originals = {st.index: st.text for st in parts.statements}
    required = rules.required.get(parts.layout_type, [])
    present = _present_sections(result)
    placed = _first_sections(sections)
    sections = copy.deepcopy(sections)
    for _attempt in range(len(parts.statements)):
        apart = _pointers(sections, rules, originals)
        if not apart:
            break
        (statement, order), (antecedent, _order) = apart[0]
        source = next(s for s in sections for p in s.pieces if (p.statement, p.order) == (statement, order))
        target = next(s for s in sections for p in s.pieces if p.statement == antecedent and not p.is_law)
        if target.name in rules.overig_not_into or order != 0:
            return None
        piece = next(p for p in source.pieces if (p.statement, p.order) == (statement, order))
        concludes = rules.concludes_from(TO_REWRITE.sub(" ", originals.get(statement, "")))
        accepts = set(rules.sections.get(target.name, [target.name])) | (target.roles or set()) | {"overig"}
        if piece.role not in accepts and not concludes:
            return None  # a reason under "Wat gebeurt er nu?": the letter's own order reads better
        if piece.role == "kern":
            earlier = [p for p in source.pieces if p.statement < statement and _states_decision(p, rules)]
            if not concludes or (source.name == "kern" and _states_decision(piece, rules) and not earlier):
                return None
        _move_after(source, statement, target, antecedent, rules)
        _drop_if_empty(sections, source, required, present, rules, profile)
    else:
        return None
    if _pointers(sections, rules, originals):
        return None
    _rename_in_map(entries, parts, placed, sections)
    return sections


def _order_keeps_references(sections: list[Section], rules: RewriteRules, originals: dict[int, str]) -> bool:
    """Whether every sentence that points at something said before it in the letter ("Gelet hierop
    …", "het vorenstaande", "voornoemd", "op deze datum", "dit voornemen", "tevens": rewrite.yaml
    refers_earlier) still comes after the sentence that preceded it in the letter. Re-sorting into
    the B1 skeleton may not put a pointer before what it points at: a pointer with nothing before it
    misleads (red team 8), and so does one parted from the sentence before it in its own paragraph
    ("Bij brief van 5 oktober … ; door u is op deze brief niet gereageerd", split and placed under two
    headings). The check looks at the sentence before, not at the exact antecedent: cheap, and a
    sentence moved past or away from its predecessor is exactly the risk. A sentence that defines a
    short name ("(hierna: het college)") must still come before the sentences that used it after it
    (see _defines_before_use)."""
    return not _pointers(sections, rules, originals) and _defines_before_use(sections, rules, originals)


def _defines_before_use(sections: list[Section], rules: RewriteRules, originals: dict[int, str]) -> bool:
    """Whether every statement that defines a short name ("… van Wadderveen (hierna: het college)",
    rewrite.yaml defines) still comes before each statement that followed it in the letter and uses
    that name: re-sorted, "het college" and "de Wet BRP" would be used before they are introduced."""
    shown = [p.statement for section in sections for p in section.pieces if not p.is_law]
    first = {}
    for index, statement in enumerate(shown):
        first.setdefault(statement, index)
    for statement, text in originals.items():
        if statement not in first:
            continue
        for match in rules.defines.finditer(text):
            term = re.compile(r"(?<!\w)" + re.escape(match.group("term").strip()) + r"(?!\w)", re.IGNORECASE)
            if any(first[other] < first[statement] and other > statement and term.search(originals[other])
                   for other in first):
                return False
    return True


OPENING = "opening"  # the letter's opening before its decision, without a heading (see _in_order_sections)


def _in_order_sections(parts: LetterParts, sections: list[Section], entries: list[MapEntry], rules: RewriteRules,
                       result: LetterResult, profile: Department | None) -> list[Section]:
    """The letter's own order, with the B1 headings where that order allows them: every paragraph
    stays whole and in its place; a paragraph whose sentences the skeleton put (mostly) under a
    heading not used yet opens that section (in the letter's order, not the B1 order), any other
    paragraph joins the section before it; paragraphs before the decision's (among the first three)
    are its background and open the letter under the decision's heading. Used when re-sorting would put a sentence before what it
    points at (see _order_keeps_references). Every sentence then stands in the context it had in the
    letter, so the verifier accepts the roles its section holds; sections the letter type needs and
    the letter lacks stay as placeholders, after the last section the B1 order puts before them."""
    letter_type = parts.layout_type
    order = _section_order(letter_type, rules)
    rank = {name: index for index, name in enumerate(order)}
    pieces = sorted((p for section in sections for p in section.pieces),
                    key=lambda p: (p.statement, p.is_law, p.order))
    paragraphs: list[list[Piece]] = []
    for piece in pieces:
        if paragraphs and paragraphs[-1][0].block == piece.block:
            paragraphs[-1].append(piece)
        else:
            paragraphs.append([piece])
    def section_of(paragraph: list[Piece]) -> str:
        counted = Counter(p.section for p in paragraph if not p.is_law)
        if not counted:
            return paragraph[0].section
        if any(p.role == "kern" and p.section == "kern" for p in paragraph):
            return "kern"  # the decision's paragraph, whatever else it holds (red team 8: under "Heeft u vragen?")
        return max(counted, key=lambda n: (counted[n], -min(i for i, p in enumerate(paragraph) if p.section == n)))

    names = [section_of(paragraph) for paragraph in paragraphs]
    decision = _decision_paragraph(paragraphs, rules)
    if decision is not None:
        names[decision] = "kern"  # the decision's paragraph opens the decision's section
    if decision is not None and decision < 3:  # what comes before the decision's paragraph is its background
        names[:decision] = ["kern"] * decision
    elif decision is not None:  # a longer background opens the letter without a heading: a heading of
        # another section above it ("Wat gebeurt er nu?" above the facts of the request) would call
        # past facts something they are not (red team 14)
        names[:decision] = [OPENING] * decision
    long_letter = len(parts.statements) >= rules.long_letter
    result_sections: list[Section] = []
    headings: list[str | None] = []  # per section: a remedy paragraph of another kind gets its own
    for paragraph, name in zip(paragraphs, names):
        key = "in_het_kort" if name == "kern" and long_letter and not result_sections else name
        variant, kinds = None, set()
        if name == "rechtsmiddel":
            kinds = {kind for p in paragraph for kind in rules.remedy_kinds(p.text)}
            variant = next(iter(kinds)) if len(kinds) == 1 else None
        heading = None if name == OPENING else rules.heading(parts.register, key, letter_type, variant)
        # "Wilt u reageren op ons plan?" (a zienswijze on another plan) and then the bezwaar against
        # this decision: the bezwaar paragraph opens "Bent u het niet eens?" (red team 9)
        other_remedy = (name == "rechtsmiddel" and bool(kinds) and heading not in headings
                        and any(section.name == name for section in result_sections))
        if not result_sections or other_remedy or (name != result_sections[-1].name
                                                   and all(section.name != name for section in result_sections)):
            result_sections.append(Section(name, heading, []))
            headings.append(heading)
        result_sections[-1].pieces.extend(paragraph)
    for section in result_sections:
        roles = {"overig"} | {p.role for p in section.pieces}
        for piece in section.pieces:
            roles.update(rules.sections.get(piece.section, [piece.section]))
            piece.section = section.name
        section.roles = roles
    present = _present_sections(result)
    placed = {section.name for section in result_sections}
    for name in rules.required.get(letter_type, []):
        if name not in placed and not present.get(STRUCTURE_SECTION.get(name, ""), False):
            missing = Section(name, rules.heading(parts.register, name, letter_type), [], _placeholder(name, rules, profile))
            where = max((i + 1 for i, section in enumerate(result_sections)
                         if rank.get(section.name, len(order)) < rank.get(name, len(order))), default=0)
            result_sections.insert(where, missing)
    now = _first_sections(result_sections)
    by_text = {statement.text: statement.index for statement in parts.statements}
    for entry in entries:
        index = by_text.get(entry.original)
        if index is not None and index in now and entry.section:
            entry.section = now[index]
    return result_sections


def _decision_paragraph(paragraphs: list[list[Piece]], rules: RewriteRules) -> int | None:
    """The paragraph that holds the letter's decision: of the paragraphs with a summary sentence,
    the one whose sentence scores highest as a decision in its main clause, the municipality acting
    in it weighing half a point (rewrite.yaml decision_actor; the first of equals).
    Red team 9: a finding that reports someone else's act ("… dat de huurovereenkomst is
    beëindigd") came before the intention itself, which then stood under "Waarom?"."""
    best, where = 0.0, None
    for index, paragraph in enumerate(paragraphs):
        for piece in paragraph:
            if piece.role != "kern" or piece.section != "kern" or piece.is_item or piece.is_law:
                continue
            main = rules.main_clause(TO_REWRITE.sub(" ", piece.text))
            score = rules.scores(main).get("kern", 0) or 0.1
            if rules.decision_actor.search(main):
                score += 0.5  # of equals, the sentence in which the municipality acts
            if score > best:
                best, where = score, index
    return where


def _first_sections(sections: list[Section]) -> dict[int, str]:
    """The section of each statement's first sentence."""
    first: dict[int, str] = {}
    for section in sections:
        for piece in section.pieces:
            if not piece.is_law and not piece.is_item:
                first.setdefault(piece.statement, section.name)
    return first


def _run(pieces: list[Piece], start: int, statement: int, upto: int | None = None) -> list[Piece]:
    """The pieces from ``start`` that move together: the rest of ``statement`` and the sentences of its
    paragraph that stood with it there, from the one at ``start`` on (before statement ``upto``)."""
    block, first = pieces[start].block, pieces[start].statement
    end = start + 1
    while end < len(pieces) and (pieces[end].statement == statement or (
            pieces[end].block == block and pieces[end].statement >= first
            and (upto is None or pieces[end].statement < upto))):
        end += 1
    return pieces[start:end]


def _take(section: Section, run: list[Piece]) -> None:
    start = section.pieces.index(run[0])
    del section.pieces[start:start + len(run)]


def _moved_into(section: Section, run: list[Piece], rules: RewriteRules) -> None:
    """Pieces moved into a section: it accepts their roles (as after _regroup), they name it."""
    if section.roles is None:
        section.roles = set(rules.sections.get(section.name, [section.name]))
    section.roles |= {piece.role for piece in run}
    for piece in run:
        piece.section = section.name


def _may_follow_antecedent(reference, shown: list[tuple[Piece, Section]], rules: RewriteRules) -> bool:
    """Whether the guard moves a sentence after its antecedent (see _keep_antecedents)."""
    from letterlint.rewrite.antecedents import where

    own, antecedent = where(reference, [(p.statement, p.text) for p, _s in shown], rules)
    (piece, section), target = shown[own], shown[antecedent][1]
    if target.name in rules.overig_not_into:
        return False
    if section.name == "kern" and _states_decision(piece, rules):
        return False  # the decision opens the letter
    return True


def _states_decision(piece: Piece, rules: RewriteRules) -> bool:
    """Whether a summary sentence states a decision in its main clause."""
    if piece.role != "kern":
        return False
    return rules.scores(rules.main_clause(TO_REWRITE.sub(" ", piece.text))).get("kern", 0) >= rules.kern_decision_min


def _keeps_own_structure(parts: LetterParts, rules: RewriteRules, result: LetterResult, limit: int) -> bool:
    """A letter with headings of its own keeps its order; so does a letter that is already plain:
    at B1 or easier by letterlint's score and without a sentence the simplifier would have to
    shorten (over ``limit`` words). Re-sorting is for letters that need the work. A letter whose
    type is a close call keeps its order too: the B1 headings are those of a type, and under a
    guessed one they can say what is not under them (a request for documents under "Wat gebeurt er
    nu?", its consequences as "In het kort")."""
    if len(parts.headings) >= rules.own_structure_min_headings:
        return True
    if result.structure is not None and not result.structure.type_certain:
        return True
    level = result.readability.level if result.readability is not None else None
    return level in rules.own_structure_levels and all(sentence.words <= limit for sentence in result.sentences)


def _own_sections(parts: LetterParts, pieces: list[Piece], rules: RewriteRules, result: LetterResult,
                  profile: Department | None) -> list[Section]:
    """The letter's own structure: its headings in its order, every sentence under the heading it
    stood under (text before the first heading opens the letter without one). A sentence is then
    in the same context as in the original, so the verifier accepts every role it had there.
    Sections the letter type needs and the letter lacks follow as placeholders."""
    blocks = result.letter.blocks
    start = min(piece.block for piece in pieces)
    if parts.salutation is not None:
        start = min(start, next(i for i, block in enumerate(blocks) if block is parts.salutation))
    heading_of: dict[int, int | None] = {}
    current: int | None = None
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING and index > start:  # a title above the salutation stays in the header
            current = index
        heading_of[index] = current
    groups: dict[int | None, list[Piece]] = {}
    for piece in pieces:
        groups.setdefault(heading_of.get(piece.block), []).append(piece)
    # a heading of the letter's own with nothing under it stays too: dropped, its words would be gone
    end = next((i for i, block in enumerate(blocks) if parts.ending and block is parts.ending[0]), len(blocks))
    for index in range(start + 1, end):
        if blocks[index].kind is BlockKind.HEADING:
            groups.setdefault(index, [])
    raw_lines = source_lines(result.letter)
    sections = []
    for number, (heading, own) in enumerate(sorted(groups.items(), key=lambda kv: -1 if kv[0] is None else kv[0])):
        own.sort(key=lambda p: (p.statement, p.is_law, p.order))
        roles = {"overig"} | {p.role for p in own}
        for piece in own:
            roles.update(rules.sections.get(piece.section, [piece.section]))
        text = heading_label(blocks[heading], raw_lines) if heading is not None else None
        if text is not None and rules.verbatim_heading.search(text):
            sections.append(_verbatim_section(f"eigen_{number}", text, own, parts, blocks, raw_lines, roles))
            continue
        sections.append(Section(f"eigen_{number}", text, own, roles=roles,
                                level=_heading_level(blocks[heading]) if heading is not None else 2))
    letter_type = parts.layout_type
    present = _present_sections(result)
    placed = {piece.section for piece in pieces}
    order = _section_order(letter_type, rules)
    for name in rules.required.get(letter_type, []):
        if name not in placed and not present.get(STRUCTURE_SECTION.get(name, ""), False):
            placeholder = Section(name, rules.heading(parts.register, name, letter_type), [],
                                  _placeholder(name, rules, profile))
            sections.insert(_placeholder_position(sections, name, order), placeholder)
    return sections


def _verbatim_section(name: str, heading: str, own: list[Piece], parts: LetterParts, blocks: list[Block],
                      raw_lines: list[str], roles: set[str]) -> Section:
    """A document the letter quotes as issued (a dwangbevel, an exploit, an akte): its source lines
    from its first to its last block, exactly as written, and its sentences unchanged for the
    verifier and the sentence map."""
    statements = {p.statement for p in own}
    first = min(p.block for p in own)
    last = max(p.block for p in own)
    numbers = [line.number for block in blocks[first:last + 1] for line in block.lines]
    text = "\n".join(raw_lines[n - 1].rstrip() for n in range(min(numbers), max(numbers) + 1)
                     if 0 < n <= len(raw_lines))
    pieces = []
    for statement in parts.statements:
        if statement.index in statements:
            pieces.append(Piece(statement.index, 0, name, statement.role, statement.text, statement.block))
            pieces.extend(Piece(statement.index, 100 + order, name, statement.role, item, statement.block,
                                is_item=True) for order, item in enumerate(statement.items))
    return Section(name, heading, pieces, roles=roles, verbatim=text)


def _verbatim_map(sections: list[Section], entries: list[MapEntry]) -> None:
    """The sentence map of a quoted document: every sentence kept as it stands."""
    kept = {p.text for section in sections if section.verbatim for p in section.pieces}
    for entry in entries:
        if entry.original in kept:
            entry.proposal, entry.transformations, entry.marked, entry.items = [entry.original], [], False, []


def _section_order(letter_type: str | None, rules: RewriteRules) -> list[str]:
    order = list(rules.order.get(letter_type) or rules.order.get("informatie") or rules.sections)
    return order + [name for name in rules.sections if name not in order]


def _reading_order(pieces: list[Piece], section: str,
                   rules: RewriteRules) -> Callable[[Piece], tuple[int, bool, int]]:
    """The sort key of a section's pieces: the letter's order, with a "Dit staat in …" line right
    after the sentence it was split from, so that its "Dit" points at that sentence (red team 5: at
    the end of its paragraph it followed "Dus bent u de inlichtingenplicht niet nagekomen."). When
    the sentences after it lean on it ("… niet in behandeling genomen. In dat geval …"), the line
    follows the last of them instead, so it does not come between them."""
    own = sorted((p for p in pieces if p.section == section and not p.is_law), key=lambda p: (p.statement, p.order))
    statements = list(dict.fromkeys(p.statement for p in own))
    text_of = {statement: ([p.text for p in own if p.statement == statement and not p.is_item],
                           own[[p.statement for p in own].index(statement)].block) for statement in statements}
    unit_of = {p.statement: p.unit for p in own}
    follows: dict[int, int] = {}  # statement of a law line -> the statement whose last sentence it follows
    for position, statement in enumerate(statements):
        last = position
        while last + 1 < len(statements):
            (texts, block), (next_texts, next_block) = text_of[statements[last]], text_of[statements[last + 1]]
            if not (texts and next_texts and next_block == block and points_back(next_texts[0], rules, texts[-1])):
                break
            if rules.additions.match(TO_REWRITE.sub(" ", next_texts[0])):
                break  # "Daarnaast …" says a point of its own: the law line stays with its sentence
            if unit_of[statements[last]] != unit_of[statements[last + 1]]:
                break  # never across the edge of a template block
            last += 1
        follows[statement] = statements[last]

    def key(piece: Piece) -> tuple[int, bool, int]:
        if piece.is_law:
            return follows.get(piece.statement, piece.statement), True, piece.order
        return piece.statement, False, piece.order
    return key


def _placeholder_position(sections: list[Section], name: str, order: list[str]) -> int:
    """Where a missing section goes among the letter's own sections: after the last one that holds
    something the B1 order puts before it (a missing "Waarom?" after the decision, not after
    "Heeft u vragen?"), else first."""
    rank = {section: index for index, section in enumerate(order)}
    wanted = rank.get(name, len(order))
    position = 0
    for index, section in enumerate(sections):
        if any(rank.get(piece.section, len(order)) < wanted for piece in section.pieces):
            position = index + 1
    return position


def _placeholder(name: str, rules: RewriteRules, profile: Department | None) -> str:
    what = rules.placeholders.get(name, name)
    note = ""
    if profile is not None and name == "rechtsmiddel":
        objection = profile.objection
        where = objection.url or ", ".join(objection.address)
        note = (f" — standaardtekst van {profile.name}: bezwaar binnen {objection.weeks} weken bij {objection.to}"
                f"{', ' + where if where else ''}; controleer of dit voor deze brief klopt")
    elif profile is not None and name == "contact":
        contact = profile.contact
        details = ", ".join(part for part in (contact.name, contact.phone, contact.email) if part)
        note = f" — contactpersoon in het profiel van {profile.name}: {details}; controleer of dit klopt" if details else ""
    return to_fill(f"{what}{note}")


def _paragraphs(pieces: list[Piece]) -> list[str]:
    """Sentences of one original block form one paragraph; list items follow as a list, with the
    original's numbers or letters ("1.", "b)") where it had them, a table as a Markdown table with
    its header row, and a clause that closes the list as a line of its own below it. A law line
    ("Dit staat in …") stands in its paragraph when more of that paragraph follows it, else as a
    paragraph of its own."""
    out: list[str] = []
    current: list[str] = []
    block = None
    items: list[Piece] = []

    def flush() -> None:
        if current:
            out.append(" ".join(current))
            current.clear()
        if items:
            out.extend(_list_chunks(items))
            items.clear()

    for piece, after in zip(pieces, [*pieces[1:], None]):
        if piece.is_item:
            if current:
                out.append(" ".join(current))
                current.clear()
            items.append(piece)
            continue
        inside = (piece.is_law and current and not items and piece.block == block and after is not None
                  and after.block == block and not after.is_law and not after.is_item)
        if (piece.block != block or piece.is_law or items) and not inside:
            flush()
        block = piece.block
        current.append(piece.text)
    flush()
    return out


def _list_chunks(items: list[Piece]) -> list[str]:
    """The Markdown of a run of list items: a list, a table, or a closing clause, each a chunk."""
    chunks: list[list[str]] = []
    kind = None
    previous: Piece | None = None
    rows = Counter(piece.block for piece in items)  # a block with several items is a table's rows
    for previous, piece in zip([None, *items], items):
        table = piece.mark in (TABLE_ROW, TABLE_HEADER)
        new = "closing" if piece.mark == CLOSES_LIST else "table" if table else "list"
        # rows of two tables of the letter stay two lists ("Molenweg 4-B" and its rows, then the totals)
        apart = (previous is not None and previous.block != piece.block and previous.mark == piece.mark == BULLET
                 and rows[previous.block] > 1 and rows[piece.block] > 1)
        if new != kind or new == "closing" or piece.mark == TABLE_HEADER or apart:
            chunks.append([])
            if table:  # a Markdown table needs a header row and a separator line
                header = piece.text if piece.mark == TABLE_HEADER else ""
                width = max(1, piece.text.strip().strip("|").count("|") + 1)
                chunks[-1].append(header or "|" + "  |" * width)
                chunks[-1].append("|" + "---|" * width)
                kind = new
                if header:
                    continue
        kind = new
        if (previous is not None and previous.statement == piece.statement and previous.mark == piece.mark
                and (piece.mark not in (BULLET, CLOSES_LIST, TABLE_ROW, TABLE_HEADER) or piece.continues)):
            # a numbered item the simplifier split keeps one number; a bulleted one its one bullet ("- Woont
            # u …? Laat dat dan weten …. Een enkele verklaring …" had become two bullets, red team 28)
            chunks[-1][-1] += " " + piece.text
        elif table or new == "closing" or COMPOSITION_TAG_LINE.match(piece.text):
            chunks[-1].append(piece.text)  # a loop line of a composition template ("<<VOOR ELK …>>") has no bullet
        else:
            chunks[-1].append(f"{piece.mark or BULLET} {piece.text}")
    return ["\n".join(_broken_lines(chunk)) for chunk in chunks]


# an item marker that Markdown does not read as a list: "a.", "b)", "IV.", "3°."
_NOT_MARKDOWN_ITEM = re.compile(r"^(?:(?:[A-Za-z]|[IVX]+|\d{1,2}°)[.)]|\d{1,2}°)\s")


def _broken_lines(lines: list[str]) -> list[str]:
    """The lines of a list with a hard line break (two spaces) at the end of each but the last when
    one of them has a marker Markdown does not know: a Markdown viewer would run "a. …" / "b. …"
    together into one paragraph (red team 30, 04 and 06)."""
    if len(lines) < 2 or not any(_NOT_MARKDOWN_ITEM.match(line) for line in lines):
        return lines
    return [line + "  " if index < len(lines) - 1 else line for index, line in enumerate(lines)]


_SALUTATION_START = re.compile(r"^\s*(?:Geachte|Beste|Hallo|Dag)\b")


def _header_markup(markdown: str, raw: str, header_texts: list[str]) -> str:
    """A Markdown letter's header lines as it wrote them: "# Gemeente Schoorlanden" and
    "**Datum:** 22 januari 2027" instead of the plain text the reader made of them (red team 23,
    06-P1). Only lines of the header the proposal keeps (``header_texts``), above the salutation,
    where the proposal's line says the same words as the original's without its markup: a sentence
    of the body is what the rewrite made of it."""
    kept = {" ".join(line.split()) for text in header_texts for line in text.splitlines() if line.strip()}
    def words(text: str) -> str:
        return " ".join(strip_inline_markdown(re.sub(r"^\s*#{1,6}\s+", "", text)).split())

    written: dict[str, str] = {}
    for line in raw.splitlines():
        if _SALUTATION_START.match(line):
            break
        plain = words(line)
        if plain and line.strip() != plain:
            written.setdefault(plain, line.rstrip(" \\"))
    if not written:
        return markdown
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if _SALUTATION_START.match(line):
            break
        key = " ".join(line.split()).rstrip("\\ ")
        original = written.get(key)
        if original is not None and key in kept:
            lines[index] = original
    return "\n".join(lines)


def _hard_breaks(markdown: str, raw: str) -> str:
    """A Markdown letter's hard line breaks (two spaces or a backslash at the end of a line, as in an
    address block) back at the end of the same lines of the proposal: without them a Markdown viewer
    runs the sender, address and reference lines together into one line (red teams 17 and 20)."""
    broken = {}
    for line in raw.splitlines():
        if line.endswith(("  ", "\\")) and line.strip():
            mark = "\\" if line.rstrip(" ").endswith("\\") else "  "
            broken[line.rstrip(" \\")] = broken[strip_inline_markdown(line).strip().rstrip("\\").rstrip()] = mark
        elif PIPE_ROW.match(line) and not set(line.strip()) <= set("|-: "):
            # a row of a header table ("| Dagtekening | vrijdag 27 augustus 2027 |"), written in the
            # proposal as "Dagtekening   vrijdag 27 augustus 2027": one line each (red team 32, 09-P1)
            broken["   ".join(cell.strip() for cell in line.strip().strip("|").split("|") if cell.strip())] = "  "
    if not broken:
        return markdown
    lines = markdown.split("\n")
    for index, line in enumerate(lines[:-1]):
        if line in broken and lines[index + 1].strip():
            lines[index] = line + broken[line]
    return "\n".join(lines)


def _numbered(text: str, mark: str | None) -> str:
    """A list item with its own number, as the check compares it: the number is part of what the item
    says ("3°." of "…; en 3°. de leges …" made a list; the letter may refer to it, "onder 3°"), on the
    original's side as on the proposal's."""
    return f"{mark} {text}" if mark and any(ch.isdigit() for ch in mark) else text


def _markdown(parts: LetterParts, sections: list[Section], profile: Department | None,
              word: bool = False) -> tuple[str, list[str], list[str]]:
    """(markdown, what the profile added, the original's header/ending texts that must stay).
    ``word``: the letter is a Word file, whose paragraphs always stand on consecutive "lines": there
    the sender, the addressee and the reference lines are blocks of their own."""
    chunks: list[str] = []
    added: list[str] = []
    kept: list[str] = []
    header = parts.header
    if profile is not None:
        from letterlint.rewrite.writers import department_lines

        title, lines = department_lines(profile)
        letterhead = [title, *lines]
        chunks.append("\n".join(letterhead))
        added.append("briefhoofd uit het profiel van " + profile.name + ": " + "; ".join(letterhead))
        header = [block for block in header if block.kind is not BlockKind.SENDER]
    previous = None
    for block in header:
        if (previous is not None and chunks and _adjacent(previous, block)
                and previous.kind in _LINE_KINDS and block.kind in _LINE_KINDS
                and not (word and previous.kind is not block.kind)):
            # reference lines ("Onderwerp: …" / "Bijlagen: 3", a mail's "Aan:" / "Datum:") stay one
            # block, as they stood: a blank line between them would part what belongs together
            chunks[-1] = chunks[-1] + "\n" + _paragraphs_of(block, word)
        else:
            chunks.append(_paragraphs_of(block, word))
        kept.append(block.text)
        previous = block
    if parts.salutation is not None:
        chunks.append(parts.salutation.text)
        kept.append(parts.salutation.text)
    for section in sections:
        if section.heading:
            chunks.append(f"{'#' * section.level} {section.heading}")
        chunks.extend([section.verbatim] if section.verbatim else _paragraphs(section.pieces))
        if section.placeholder:
            chunks.append(section.placeholder)
    for block in parts.ending:
        chunks.append(block.text)
        kept.append(block.text)
    return "\n\n".join(chunk.strip("\n") for chunk in chunks if chunk.strip()) + "\n", added, kept


_LINE_KINDS = frozenset({BlockKind.METADATA, BlockKind.ATTACHMENTS, BlockKind.SENDER, BlockKind.RECIPIENT})


def _paragraphs_of(block: Block, word: bool) -> str:
    """A header block as the proposal writes it. In a Word letter whose header paragraphs hold line
    breaks of their own (the sender's lines in one paragraph, the addressee's in the next), each
    paragraph is a group: a blank line between them (the reader may take them all for one block: red
    team 25, 09-P1). Elsewhere, and for paragraphs of one line each, its lines as they stood."""
    lines = [line.text for line in block.lines if line.text.strip()]
    if word and any("\n" in text for text in lines):
        return "\n\n".join(lines)
    return block.text


def _adjacent(first: Block, second: Block) -> bool:
    """Whether two blocks stood on consecutive lines (a Word letter's paragraphs always do)."""
    return not first.lines or not second.lines or second.lines[0].number <= first.lines[-1].number + 1


def _verify(parts: LetterParts, pieces: list[Piece], sections: list[Section], rules: RewriteRules, linter: Linter,
            profile: Department | None, kept: list[str], markdown: str) -> Verification:
    by_statement: dict[int, list[Piece]] = {}
    for piece in pieces:
        by_statement.setdefault(piece.statement, []).append(piece)
    original = []
    remedy_before: list[str] = []
    # the statements that stand under a remedy heading in the proposal: in the B1 order the pieces
    # placed under "Bent u het niet eens?", in the letter's own order every piece under its own
    # heading that holds a remedy, so both sides of the comparison read the same sentences
    remedy_statements = {p.statement for section in sections if "rechtsmiddel" in _roles_of(section, rules)
                         for p in section.pieces}
    for statement in parts.statements:
        placed = by_statement.get(statement.index)
        if placed is None:
            continue  # courtesy filler, dropped (it carries no facts)
        roles = {statement.role, *(p.role for p in placed)}
        roles = {"overig"} if "overig" in roles else roles
        items = [_numbered(item, mark) for item, mark in zip(statement.items, statement.marks_of_items())]
        if statement.is_item:  # a list item without a lead sentence: an item on both sides
            original.append(OriginalText([], roles, [_numbered(statement.text, statement.mark), *items]))
        else:
            original.append(OriginalText([statement.text], roles, items))
        if statement.index in remedy_statements:
            remedy_before.extend([statement.text, *statement.items])
    proposal = []
    for section in sections:
        roles = _roles_of(section, rules)
        items = [_numbered(p.text, p.mark) for p in section.pieces if p.is_item]
        proposal.append(SectionText(section.name, roles,
                                    [p.text for p in section.pieces if not p.is_item], items,
                                    [p.text for p in section.pieces]))
    allowed: set[tuple[str, str]] = set()
    if profile is not None:
        from letterlint.rewrite.writers import department_lines

        title, lines = department_lines(profile)
        allowed = {fact.key for line in [title, *lines] for fact in facts_in(line, rules, linter.analyzer)}
    result = verify(original, remedy_before, proposal, rules, linter.analyzer, allowed, (kept, markdown))
    # a fact in a heading of the letter ("Aanslag 2026-0040-7731", "Molenweg 4-A") that the B1
    # headings replaced must still be somewhere in the proposal
    heading_facts = [fact for heading in parts.headings for fact in facts_in(heading, rules, linter.analyzer)]
    if heading_facts:
        shown = {fact.key for fact in facts_in(markdown, rules, linter.analyzer)}
        for fact in heading_facts:
            if fact.key not in shown:
                result.facts_kept = False
                result.problems.append(f"'{fact.shown}' uit een kopje van de brief staat niet in het voorstel")
    if parts.unread:  # text the reading lost never reaches the comparison above: say so, refuse
        result.facts_kept = False
        result.problems.append("tekst uit de brief is bij het lezen weggevallen: '" + " ".join(parts.unread[:8]) + "'")
    _check_remedy_pieces(result, parts, pieces, rules, remedy_statements)
    result.problems.extend(_template_block_problems(parts, sections, profile))
    check_references(result, [Placed(p.statement, p.order, p.text, p.role) for section in sections
                              for p in section.pieces if not p.is_item and not p.is_law], rules)
    return result


def _template_block_problems(parts: LetterParts, sections: list[Section], profile: Department | None) -> list[str]:
    """Every template block ({% if … %} … {% endif %}) holds the same sentences in the proposal as
    in the letter, with its tags in the same order and nesting, and no heading or placeholder of
    the proposal stands inside one (see control_blocks). On every path: B1 order, own order."""
    Unit = control_blocks.Unit
    header = [Unit(("vast", index), block.text) for index, block in enumerate(parts.header)]
    salutation = [Unit(("vast", "aanhef"), parts.salutation.text)] if parts.salutation is not None else []
    ending = [Unit(("vast", -1 - index), block.text) for index, block in enumerate(parts.ending)]
    before = [*header, *salutation,
              *(Unit(("zin", statement.index), text) for statement in parts.statements
                for text in [statement.text, *statement.items]), *ending]
    if profile is not None:  # the department's letterhead replaced the sender lines
        header = [Unit(("vast", index), block.text) for index, block in enumerate(parts.header)
                  if block.kind is not BlockKind.SENDER]
    after = [*header, *salutation]
    for section in sections:
        if section.heading and not section.name.startswith("eigen_"):
            after.append(Unit(("nieuw", f"## {section.heading}"), section.heading))
        after.extend(Unit(("zin", piece.statement), piece.text) for piece in section.pieces)
        if section.placeholder:
            after.append(Unit(("nieuw", section.placeholder), section.placeholder))
    after.extend(ending)
    return control_blocks.block_problems(before, after)


def _roles_of(section: Section, rules: RewriteRules) -> set[str]:
    return section.roles if section.roles is not None else set(rules.sections.get(section.name, [section.name]))


def _check_remedy_pieces(result: Verification, parts: LetterParts, pieces: list[Piece], rules: RewriteRules,
                         remedy_statements: set[int]) -> None:
    """The remedy of the statements that went under 'Bent u het niet eens?' compared with what the
    proposal says there (pieces of those statements that went elsewhere are included)."""
    before = rules.remedies([t for s in parts.statements if s.index in remedy_statements for t in [s.text, *s.items]])
    after = rules.remedies([TO_REWRITE.sub(" ", p.text) for p in sorted(pieces, key=lambda p: (p.statement, p.order))
                            if p.statement in remedy_statements])
    if {r.key() for r in before.values()} != {r.key() for r in after.values()} and result.remedy_same:
        result.remedy_same = False
        result.problems.append(remedy_change(before, after))


# --------------------------------------------------------------------------- report (Dutch)


def _level(result: LetterResult | None) -> str:
    if result is None or result.readability is None:
        return "onbekend"
    return f"{result.readability.score_text} ({result.readability.level})"


def refusal(proposal: Proposal) -> str:
    """The plain Dutch message when verification failed: no proposal, and why."""
    reasons = "; ".join(proposal.verification.problems[:5])
    more = len(proposal.verification.problems) - 5
    extra = f" (en nog {more} andere)" if more > 0 else ""
    return (f"{proposal.before.path}: letterlint kan voor deze brief geen betrouwbaar voorstel maken, "
            f"want het voorstel zou de inhoud veranderen: {reasons}{extra}.")


def _names(values: list[str]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " en " + values[-1]


def _same_substance(verification) -> str:
    """What the check compared, said for this letter: that what it says about the remedies it names
    is the same, or that it names none (a voornemen or an e-mail: "the remedy and the decision are
    the same" would claim both; red team 26); and, when it states a decision, that the proposal names
    no other. The remedies are named as subjects ("wat de brief zegt over bezwaar"): "Tegen dit
    voornemen kunt u geen bezwaar maken" names bezwaar too."""
    remedies = [kind.replace("_", " ") for kind in verification.remedies]
    said = (f"wat de brief zegt over {_names(remedies)} is hetzelfde" if remedies else
            "de brief noemt geen rechtsmiddel en het voorstel ook niet")
    # (not "de strekking is hetzelfde": read as a claim that the letter decides something, which an
    # offer or a permit's conditions do not; red team 27. What the check compared is that no
    # decision was lost or added.)
    return f"{said}, en het voorstel noemt geen ander besluit dan de brief" if verification.directions else said


def report_lines(proposal: Proposal) -> list[str]:
    """What the writer needs to know about the proposal, in Dutch (B1)."""
    if not proposal.ok:
        return [refusal(proposal)]
    lines = [f"Leesbaarheid: origineel {_level(proposal.before)}, voorstel {_level(proposal.after)}."]
    total = sum(1 for entry in proposal.sentence_map if not entry.dropped)
    simpler = sum(1 for entry in proposal.sentence_map if entry.transformations and not entry.marked)
    before = proposal.before.readability
    if before is not None and before.level in ("A1", "A2", "B1") and proposal.changed <= max(2, total // 5):
        # a marked sentence stands as it was: only sentences whose words changed count as changed (red team 26)
        adjusted = sum(1 for entry in proposal.sentence_map if entry.transformations and not entry.dropped)
        marked = f"; {len(proposal.marked)} gemarkeerd om zelf te herschrijven" if proposal.marked else ""
        lines.append(f"De brief was al op B1-niveau: letterlint heeft weinig veranderd ({adjusted} van de {total} "
                     f"zinnen aangepast{marked}).")
    else:
        lines.append(f"Van de {total} zinnen zijn er {simpler} eenvoudiger gemaakt, {len(proposal.marked)} moet u zelf "
                     f"herschrijven en {total - simpler - len(proposal.marked)} zijn gebleven zoals ze waren; "
                     "alle zinnen komen uit de brief zelf.")
    structure = proposal.before.structure
    if structure is not None and not structure.type_certain and structure.letter_type not in (None, "informatie"):
        lines.append(f"Letterlint weet niet zeker wat voor brief dit is (misschien een {structure.letter_type.replace('_', ' ')}): "
                     "het voorstel houdt daarom de volgorde van de brief aan, zonder [invullen: …] voor onderdelen "
                     "die alleen dat soort brief nodig heeft. Controleer zelf of er iets ontbreekt.")
    if proposal.own_order:
        # (one sentence may give two citations lines of their own: red team 32's report said 3 for 4)
        moved = sum(1 for entry in proposal.sentence_map for t in entry.transformations if str(t).startswith("law_citation"))
        # (not "elke zin staat waar hij stond" nor "de kopjes zijn gebleven": an address or a law
        # citation split off is a sentence of its own, and a Word heading may have changed level;
        # red teams 26 and 27; an address goes after every part of a sentence that was split, not
        # right after the part it came from: red team 29, R1)
        law = (f" {'1 wetsverwijzing staat' if moved == 1 else f'{moved} wetsverwijzingen staan'} nu in een eigen "
               "zin ('Dit staat in …').") if moved else ""
        lines.append("De brief houdt zijn eigen volgorde: wat letterlint van een zin afsplitste (een deel van een "
                     f"lange zin, een adres, een wetsverwijzing), staat direct na wat er van die zin over is.{law}")
    lines.append("Gecontroleerd: alle bedragen, datums, termijnen, nummers, namen en contactgegevens staan erin, "
                 f"er is niets bijgekomen, {_same_substance(proposal.verification)}.")
    if proposal.marked:
        partial = sum(1 for entry in proposal.sentence_map if entry.marked and entry.transformations)
        done = (f" In {partial} daarvan heeft letterlint al wat veilig kon aangepast (bijvoorbeeld moeilijke woorden "
                "vervangen); de zin is nog te lang.") if partial else ""
        # a sentence of the letter may be marked in more than one place (each part of it still too long):
        # the writer counts the marks, so both numbers are said when they differ (red teams 13 and 14)
        marks = len(TO_REWRITE.findall(proposal.markdown))
        where = ("ze staan in het voorstel met [herschrijven: ...]" if marks == len(proposal.marked) else
                 f"ze staan in het voorstel met [herschrijven: ...], op {marks} plekken")
        lines.append(f"Zelf herschrijven ({len(proposal.marked)}): deze zinnen kon letterlint niet veilig genoeg "
                     f"eenvoudiger maken; {where}.{done}")
    if proposal.dropped:
        lines.append(f"Weggelaten beleefdheidszinnen ({len(proposal.dropped)}):")
        lines.extend(f"- {text}" for text in proposal.dropped)
    if proposal.placeholders:
        lines.append(f"Nog in te vullen ({len(proposal.placeholders)}):")
        lines.extend(f"- {text}" for text in proposal.placeholders)
    for text in proposal.added:
        lines.append(f"Toegevoegd (gekozen met --department): {text}.")
    if proposal.suggestion is not None:
        lines.append(f"Een sjabloon dat op deze brief lijkt: {proposal.suggestion.template_id} "
                     f"({proposal.suggestion.title}). Alleen ter vergelijking; de inhoud komt uit de brief.")
    lines.append("Lees het voorstel goed na: het is een voorstel, geen verstuurde brief.")
    return lines


def map_lines(proposal: Proposal) -> list[str]:
    """The sentence map as text lines: original sentence -> where it went."""
    lines = []
    for entry in proposal.sentence_map:
        where = entry.dropped or (f"onder '{entry.section}'" if entry.section else "")
        lines.append(f"[{ROLE_LABEL.get(entry.role, entry.role)}] {entry.original}")
        if entry.proposal:
            lines.extend(f"    -> {text}" for text in entry.proposal)
        if entry.transformations:
            lines.append("    (" + "; ".join(entry.transformations) + ")")
        if where and entry.dropped:
            lines.append(f"    ({where})")
    return lines
