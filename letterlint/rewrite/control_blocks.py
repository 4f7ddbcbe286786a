"""Jinja control blocks in a standard letter: ``{% if gemachtigde %} … {% endif %}``.

A template switches text on and off with control blocks. Re-sorting sentences under B1 headings
must never change what a block switches: a sentence that moves out of a block is sent to readers
it was not meant for, and a heading or a sentence that moves into a block disappears for every
reader for whom the condition is false (red team 8, letter 07: the dwangsom and the remedy vanished
for applicants without a gemachtigde). So

- a closing tag glued to the next sentence ("… bericht. {% endif %} Voor vragen …") is cut off it
  (:func:`split_at_tags`), so that the sentence after the block is no part of the block;
- the sentences of one block move as one unit, with their tags (proposal._place);
- a block whose sentences belong under different headings keeps the letter's own order
  (:func:`spans_headings`);
- the verification compares, sentence by sentence, the blocks each sentence stood in before and
  after (:func:`block_problems`), whatever path the proposal took.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTROL_TAG = re.compile(r"\{%-?\s*(\w+)(?:[^%]|%(?!\}))*?-?%\}")
OPENING = frozenset({"if", "for", "macro", "call", "filter", "with", "block", "raw", "autoescape", "trans"})
MIDDLE = frozenset({"elif", "else", "pluralize"})
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)]*\s*$")
_STARTS_SENTENCE = re.compile(r"\s*(?:[A-Z0-9«\"'“(]|<<|\{\{)")


def has_tag(text: str) -> bool:
    return "{%" in text and CONTROL_TAG.search(text) is not None


def _kind(match: re.Match) -> str:
    word = match.group(1)
    if word.startswith("end"):
        return "close"
    if word in MIDDLE:
        return "middle"
    if word == "set" and "=" not in match.group(0):
        return "open"  # {% set x %} … {% endset %}
    return "open" if word in OPENING else "single"


def split_at_tags(text: str) -> list[str]:
    """A sentence the sentence splitter glued to a tag split at the tag: a closing (or ``else``)
    tag stays with the sentence before it, an opening tag goes with the sentence after it. Only
    between two whole sentences (an end mark before, a capital after): a tag inside a sentence
    ("U ontvangt {% if x %}twee{% else %}één{% endif %} brieven.") stays where it is."""
    if not has_tag(text):
        return [text]
    pieces: list[str] = []
    start = 0
    for match in CONTROL_TAG.finditer(text):
        before, after = text[start:match.start()], text[match.end():]
        if not (CONTROL_TAG.sub("", before).strip() and _SENTENCE_END.search(CONTROL_TAG.sub("", before))
                and _STARTS_SENTENCE.match(CONTROL_TAG.sub("", after)) and CONTROL_TAG.sub("", after).strip()):
            continue
        if _kind(match) == "open":
            cut = match.start()
        else:
            cut = match.end()
        head = text[start:cut].strip()
        if head:
            pieces.append(head)
            start = cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def edge_tags(text: str) -> tuple[str, str, str]:
    """(tags at the start, the sentence, tags at the end): "{% if g %}Een afschrift … {% endif %}"
    -> ("{% if g %}", "Een afschrift …", " {% endif %}"). The sentence may still hold tags inside."""
    prefix = re.match(r"(?:\s*" + CONTROL_TAG.pattern + r")*\s*", text).group(0)
    rest = text[len(prefix):]
    suffix = re.search(r"(?:\s*" + CONTROL_TAG.pattern + r")*\s*$", rest).group(0)
    core = rest[:len(rest) - len(suffix)] if suffix else rest
    return prefix, core, suffix  # prefix + core + suffix == text, spaces included


def units(texts: list[str]) -> list[tuple[int, int]] | None:
    """The outermost control blocks over a sequence of texts (the statements in order), as
    (first text, last text) index ranges; None when the tags do not pair up."""
    found: list[tuple[int, int]] = []
    depth, first = 0, 0
    for index, text in enumerate(texts):
        for match in CONTROL_TAG.finditer(text):
            kind = _kind(match)
            if kind == "open":
                if depth == 0:
                    first = index
                depth += 1
            elif kind == "close":
                depth -= 1
                if depth < 0:
                    return None
                if depth == 0 and index > first:
                    found.append((first, index))
            elif kind == "middle" and depth == 0:
                return None
    return found if depth == 0 else None


def balanced(texts: list[str]) -> bool:
    return units(texts) is not None


@dataclass
class Unit:
    """One piece of text of the letter in reading order, with what it came from: ("zin", n) for
    the statement n, ("kop", text) for a heading of the letter's own, ("vast", n) for a header or
    ending block, ("nieuw", text) for what the proposal added (a B1 heading, a placeholder)."""

    origin: tuple
    text: str


def _contexts(sequence: list[Unit]) -> tuple[list[str], dict[tuple, set[tuple[int, ...]]], bool]:
    """(the tags in order, per origin the blocks its text stands in, whether the tags pair up)."""
    tags: list[str] = []
    stack: list[int] = []
    opened = 0
    ok = True
    where: dict[tuple, set[tuple[int, ...]]] = {}
    for unit in sequence:
        position = 0
        segments: list[tuple[str, tuple[int, ...]]] = []
        for match in CONTROL_TAG.finditer(unit.text):
            segments.append((unit.text[position:match.start()], tuple(stack)))
            tags.append(re.sub(r"\s+", " ", match.group(0)))
            kind = _kind(match)
            if kind == "open":
                stack.append(opened)
                opened += 1
            elif kind == "close":
                if stack:
                    stack.pop()
                else:
                    ok = False
            position = match.end()
        segments.append((unit.text[position:], tuple(stack)))
        contexts = where.setdefault(unit.origin, set())
        for text, context in segments:
            if re.search(r"\w", text):
                contexts.add(context)
    return tags, where, ok and not stack


def block_problems(original: list[Unit], proposal: list[Unit]) -> list[str]:
    """Dutch problems when the proposal changed a control block: other tags or another order of
    tags, tags that no longer pair up, or a sentence, heading or placeholder that stands in
    another block than in the letter."""
    before_tags, before, before_ok = _contexts(original)
    after_tags, after, after_ok = _contexts(proposal)
    if not before_tags and not after_tags:
        return []
    if before_tags != after_tags:
        return ["de sjabloonblokken ({% … %}) staan in het voorstel niet meer in dezelfde volgorde "
                "als in de brief, of er ontbreekt er een"]
    if before_ok and not after_ok:
        return ["de sjabloonblokken ({% … %}) sluiten in het voorstel niet meer goed af"]
    opening = [tag for tag in before_tags if _kind(CONTROL_TAG.match(tag)) == "open"]
    problems = []
    for origin, contexts in after.items():
        if origin[0] == "nieuw":
            if any(contexts):
                block = opening[next(context for context in contexts if context)[-1]]
                problems.append(f"'{origin[1]}' staat in het voorstel binnen het sjabloonblok '{block}'")
            continue
        if contexts != before.get(origin, contexts):
            changed = sorted({c for c in contexts ^ before[origin] if c}, key=len)
            block = opening[changed[-1][-1]] if changed else "{% … %}"
            problems.append(f"sjabloonblok '{block}' omvat in het voorstel andere tekst dan in de brief "
                            f"('{_short(origin, proposal)}')")
    return problems[:3]


def _short(origin: tuple, sequence: list[Unit]) -> str:
    text = next((unit.text for unit in sequence if unit.origin == origin), str(origin[1]))
    text = CONTROL_TAG.sub("", text).strip()
    return text if len(text) <= 60 else text[:57] + "…"


def spans_headings(texts: list[str], sections: list[str | None]) -> bool:
    """Whether a control block holds sentences that belong under different headings: ``texts``
    the statements of the letter in order, ``sections`` the heading each would go to on its own
    (None: it has no clear place and follows the sentence before it). Such a block cannot move
    as one unit without putting some of its sentences under a wrong heading."""
    for first, last in units(texts) or []:
        if len({section for section in sections[first:last + 1] if section}) > 1:
            return True
    return False


def tags_on_own_lines(markdown: str, source_text: str) -> str:
    """A control tag that stands on a line of its own in the letter stands on a line of its own in
    the proposal too ("{% if termijnen_vervallen %}" above its text, not glued to it in one
    paragraph; red team 10, 12-P2), so the adviser still reads the template's branches. Only where
    the tag stands apart from the words around it: a tag glued to a word ("{% if x %}Bijlage …")
    stays inside its line."""
    lines = [line.strip() for line in source_text.splitlines()]
    own = {line for line in lines if CONTROL_TAG.fullmatch(line)}
    for tag in sorted(own, key=len, reverse=True):
        markdown = re.sub(r"(?:(?<=\s)|^)[ \t]*" + re.escape(tag) + r"(?=\s|$)[ \t]*\n?",
                          lambda match: "\n" + tag + "\n", markdown, flags=re.MULTILINE)
    return re.sub(r"\n{3,}", "\n\n", markdown).strip("\n") + ("\n" if markdown.endswith("\n") else "")
