"""Which sentence of a letter refers back to which earlier one (the antecedent guard of issue 16).

Re-sorted into the B1 skeleton, a sentence that refers back to something the letter named before
must not come before the sentence that names it: "Tijdens dit gesprek is door u verklaard …" cannot
open the letter when the conversation is introduced in the sentence after it, and "Kunt u niet op
deze dag of dit tijdstip?" cannot stand above the appointment that names the day (red teams 6 and
7). This module finds those pairs in the original; ``proposal._keep_antecedents`` checks the
proposal's order against them after all placement and repairs it.

A reference (cues in rules/rewrite.yaml, see ``antecedent_*`` there) is

- a demonstrative before a noun in the sentence's first clause ("Tijdens dit gesprek", "op deze
  dag", "Dit bedrag"), not the letter itself ("deze brief", "dit besluit") nor the present ("op dit
  moment");
- a word that says the thing was named before ("voornoemde termijn", "de hierboven bedoelde
  toestemming"), anywhere in the sentence or in one of its list items; not a forward one ("de hierna
  genoemde") nor one by the number of a list item ("de onder 1 tot en met 3 genoemde stukken": it
  names the items, wherever they are);
- a pronominal adverb that opens the sentence ("Daarbij …", "Hiervoor …", "Daarna …").

The antecedent of a noun is the nearest earlier sentence (with its list items) that names the same
noun, also as the end of a compound, or in the words the rules give for it ("deze dag" after
"dinsdag 15 juli 2025"); when no earlier sentence names it, the sentence refers to nothing this
guard can find and is left alone. A sentence placed after any earlier sentence that names the noun
is read right and stays where it is. The antecedent of an adverb is the sentence right before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.rewrite.statements import RewriteRules, Statement

_FIRST_CLAUSE = re.compile(r"[,;:?!]|\.(?:\s|$)")
_BETWEEN = {"ADJ", "ADV", "VERB"}  # "de hierboven bedoelde schriftelijke toestemming", "dit zelfde bedrag"
_REACH = 3  # words from the determiner or marker to its noun


@dataclass(frozen=True)
class Reference:
    """Statement ``statement`` refers back (with ``words``) to what statement ``antecedent`` names."""

    statement: int
    antecedent: int
    words: str
    noun: str = ""  # the noun both name ("" for an adverb: it refers to the whole sentence before)
    others: tuple[int, ...] = ()  # earlier statements that name the noun too: after any of them it is read right


def references(statements: list[Statement], rules: RewriteRules,
               parse: Callable[[list[str]], Iterable]) -> list[Reference]:
    """Every reference of a statement to an earlier one (see the module docstring). ``parse`` turns
    texts into spaCy docs (a noun is told by its part of speech: "dit gesprek", not "dit is"); only
    the texts with a cue word are parsed."""
    found: list[Reference] = []
    candidates: list[tuple[int, str, bool]] = []  # (position, text, is the sentence itself)
    for position, statement in enumerate(statements):
        if position and not statement.is_item and rules.antecedent_adverb.match(statement.text):
            words = rules.antecedent_adverb.match(statement.text).group(0).strip(" \t\n\"'(")
            found.append(Reference(statement.index, statements[position - 1].index, words.lower()))
        for number, text in enumerate([statement.text, *statement.items]):
            if _has_cue(text, rules):
                candidates.append((position, text, number == 0 and not statement.is_item))
    if not candidates:
        return found
    docs = parse([text for _position, text, _own in candidates])
    texts = [statement.full_text.lower() for statement in statements]
    for (position, text, _own), doc in zip(candidates, docs):
        for noun, words, start in _nouns_referred_to(doc, text, rules):
            if _names(text[:start].lower(), noun, rules):
                continue  # the sentence names it itself before it refers to it
            naming = [statements[earlier].index for earlier in range(position - 1, -1, -1)
                      if _names(texts[earlier], noun, rules)]
            if naming and not any((r.statement, r.antecedent, r.noun) == (statements[position].index, naming[0], noun)
                                  for r in found):
                found.append(Reference(statements[position].index, naming[0], words, noun, tuple(naming[1:])))
    return found


def _has_cue(text: str, rules: RewriteRules) -> bool:
    return any(rules.antecedent_determiner.match(word) or rules.antecedent_marker.match(word)
               for word in re.findall(r"\w+", text))


def _nouns_referred_to(doc, text: str, rules: RewriteRules) -> list[tuple[str, str, int]]:
    """(noun, the referring words, where they start in ``text``) of each reference in one text."""
    first_end = (_FIRST_CLAUSE.search(text) or re.search(r"$", text)).start()
    tokens = list(doc)
    out = []
    for index, token in enumerate(tokens):
        word = token.text.lower()
        determiner = rules.antecedent_determiner.match(word) and token.pos_ == "DET" and token.idx < first_end
        before = text[max(0, token.idx - doc[0].idx - 40):token.idx - doc[0].idx]
        marker = rules.antecedent_marker.match(word) and not rules.antecedent_not_marker.search(before)
        if not (determiner or marker):
            continue
        noun = next((t for t in tokens[index + 1:index + 1 + _REACH] if t.pos_ == "NOUN"), None)
        if noun is None or any(t.pos_ not in _BETWEEN for t in tokens[index + 1:noun.i - doc[0].i]):
            continue
        name = noun.text.lower()
        if rules.antecedent_not.match(name) or (determiner and word in ("deze", "dit")
                                                and rules.self_reference.match(name)):
            continue
        out.append((name, text[token.idx - doc[0].idx:noun.idx - doc[0].idx + len(noun.text)], token.idx - doc[0].idx))
    return out


def _names(text: str, noun: str, rules: RewriteRules) -> bool:
    """Whether a (lower-case) text names the noun: the word itself, as the end of a compound
    ("begunstigingstermijn"), in the plural, or in the words the rules give for it."""
    if len(noun) < 3:
        return False
    if re.search(rf"\w*{re.escape(noun)}(?:en|s|n)?\b", text):
        return True
    return any(named.search(text) for named in rules.antecedent_named_by.get(noun, ()))


def where(reference: Reference, shown: list[tuple[int, str]], rules: RewriteRules) -> tuple[int | None, int | None]:
    """(place of the sentence that refers, place of its antecedent) in ``shown``, the proposal's
    sentences in reading order as (statement, text); None where the statement is not shown. A
    statement split into several sentences is at the first of them that names the noun (the one
    that refers, the one that names it), else at its first sentence."""
    def place(statement: int) -> int | None:
        own = [at for at, (index, _text) in enumerate(shown) if index == statement]
        naming = [at for at in own if reference.noun and _names(shown[at][1].lower(), reference.noun, rules)]
        return (naming or own or [None])[0]
    return place(reference.statement), place(reference.antecedent)


def _earliest(reference: Reference, shown: list[tuple[int, str]], rules: RewriteRules) -> int | None:
    """The first place in ``shown`` where any statement that names the noun before the reference stands."""
    places = [where(Reference(reference.statement, statement, reference.words, reference.noun), shown, rules)[1]
              for statement in (reference.antecedent, *reference.others)]
    places = [place for place in places if place is not None]
    return min(places) if places else None


def misplaced(references: list[Reference], shown: list[tuple[int, str]], rules: RewriteRules) -> list[Reference]:
    """The references whose sentence comes before its antecedent in ``shown`` (see :func:`where`), and
    before every other earlier sentence that names the same noun: after any of them it is read right."""
    out = []
    for reference in references:
        own, antecedent = where(reference, shown, rules)[0], _earliest(reference, shown, rules)
        if own is not None and antecedent is not None and own < antecedent:
            out.append(reference)
    return out
