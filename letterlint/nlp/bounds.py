"""Bounds on the work one letter can cause, applied to text before it reaches spaCy.

spaCy's tokenizer strips prefixes and suffixes one character at a time, copying the rest of the
word each time: a "word" of 10,000 brackets costs seconds, and a document may not be longer than
``nlp.max_length`` (1,000,000 characters). Three bounds keep every input cheap and linear:

* a run of non-space characters longer than :data:`MAX_TOKEN_CHARS` is blanked (replaced by
  spaces of the same length, so every later offset stays true) and reported in a notice;
* a text is parsed in pieces of at most :data:`PIECE_CHARS` characters, cut after a sentence
  end or at a space where possible, and the pieces are joined into one Doc again;
* texts are parsed in batches of about :data:`BATCH_TOKENS` tokens (estimated without spaCy);
* a letter's running text is analysed up to :data:`MAX_ANALYSED_CHARS` characters and
  :data:`MAX_ANALYSED_TOKENS` tokens (text of one-letter lines or brackets has far more tokens
  per character than prose); the rest is named in a notice. A real letter is a few thousand characters; this bound keeps a file of the
  maximum size within the time and memory targets (bench/RESULTS.md).

Nothing here imports spaCy.
"""

from __future__ import annotations

import re

MAX_TOKEN_CHARS = 100
PIECE_CHARS = 10_000
BATCH_TOKENS = 20_000  # tokens parsed together: spaCy's working memory grows with these
MAX_ANALYSED_CHARS = 300_000
MAX_ANALYSED_TOKENS = 100_000  # about 300,000 characters of prose; fewer for "a\na\n..." or "[[[["

_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_TOKEN_CHARS + 1))
_SENTENCE_END = re.compile(r"[.!?…][)\]\"'”’»]*\s+")
_SPACE = re.compile(r"\s+")
# What spaCy makes a token of, roughly: a word, a punctuation mark, a line break, a run of spaces.
_TOKENISH = re.compile(r"\w+|[^\w\s]|\n|\s{2,}")


def estimate_tokens(text: str) -> int:
    """About how many tokens spaCy makes of ``text`` (linear, no spaCy)."""
    return sum(1 for _match in _TOKENISH.finditer(text))


def token_prefix(text: str, tokens: int) -> tuple[int, int]:
    """(end, count): the length of the longest prefix of ``text`` with at most ``tokens``
    estimated tokens, and how many it has."""
    count = 0
    for match in _TOKENISH.finditer(text):
        count += 1
        if count == tokens:
            return match.end(), count
    return len(text), count


def blank_long_tokens(text: str) -> tuple[str, int]:
    """``text`` with every run of more than MAX_TOKEN_CHARS non-space characters blanked, and
    how many runs were blanked. The length (and so every offset) is unchanged."""
    count = 0

    def blank(match: re.Match) -> str:
        nonlocal count
        count += 1
        return " " * len(match.group(0))

    if len(text) <= MAX_TOKEN_CHARS:
        return text, 0
    return _LONG_RUN.sub(blank, text), count


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters whose concatenation is
    exactly ``text``: after the last sentence end in the second half of a window, else after its
    last space, else (one unbroken run) at ``size``."""
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = None
        for match in _SENTENCE_END.finditer(text, start + size // 2, window_end):
            cut = match.end()
        if cut is None:
            for match in _SPACE.finditer(text, start + 1, window_end):
                cut = match.end()
        if cut is None or cut <= start or cut > window_end:
            cut = window_end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces
