"""A cheap, exact test that a regular expression cannot match a text: the words every match contains.

The role cues of rules/rewrite.yaml (78 expressions) are searched in every sentence the rewrite
looks at, and most cues cannot match most sentences. :func:`required` reads an expression's parse
(Python's own ``re`` parser) and gives a set of strings of which every match contains at least one
(a run of literal characters, or one per alternative); a text that contains none of them is not
searched. :func:`searchable` gives the text to look in: the text itself for a case-sensitive
expression, its lower case for a case-insensitive one, but only when lower case means the same as
``re.IGNORECASE`` for every character in it (ASCII and the Latin letters À–ž, not İ, ı or ſ, which
``re`` matches across cases in ways ``str.lower`` does not); otherwise the text is simply searched.
So a skipped search is one that would not have matched: the answers are the same, only faster.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def required(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains one (in lower case when the pattern
    ignores case), or None when no such set is known (then the pattern must always be searched)."""
    fold = bool(pattern.flags & re.IGNORECASE)
    try:
        return _factors(list(sre_parse.parse(pattern.pattern, pattern.flags)), fold)
    except Exception:  # an expression this reader does not know: no filter, always searched
        return None


def searchable(text: str) -> str | None:
    """The text a case-insensitive pattern's strings are looked for in (its lower case), or None
    when lower case does not mean what ``re.IGNORECASE`` means for some character of it."""
    if text.isascii() or all(c.isascii() or not c.isalpha() or ("\u00c0" <= c <= "\u017e" and c not in "\u0130\u0131")
                             for c in text):
        return text.lower()
    return None


def may_match(need: frozenset[str] | None, fold: bool, text: str, folded: str | None) -> bool:
    """False only when a pattern cannot match ``text``: none of its ``need`` (:func:`required`)
    is in it. ``fold``: the pattern ignores case; ``folded``: :func:`searchable` of the text."""
    if need is None:
        return True
    if fold:
        if folded is None:
            return True
        return any(word in folded for word in need)
    return any(word in text for word in need)


def _factors(items: list, fold: bool) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    def close() -> None:
        if run:
            consider(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            char = chr(av)
            if fold and not char.isascii():  # re may match it across cases that lower() does not
                close()
                continue
            run.append(char.lower() if fold else char)
            continue
        if op in _ZERO_WIDTH:
            continue  # matches no character: the literal characters around it are adjacent
        close()
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if not add_flags and not del_flags:
                consider(_factors(list(inner), fold))
        elif op is sre.BRANCH:
            branches = [_factors(list(branch), fold) for branch in av[1]]
            if branches and all(branches):
                consider(frozenset().union(*branches))
        elif op in _REPEATS:
            low, _high, inner = av
            if low >= 1:
                consider(_factors(list(inner), fold))
        elif op is sre.ATOMIC_GROUP:
            consider(_factors(list(av), fold))
    close()
    return best
