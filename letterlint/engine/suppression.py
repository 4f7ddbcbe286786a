"""Inline suppression comments in .txt, .md and .j2 letters.

Syntax (inside an HTML comment in Markdown, a Jinja comment in templates, or square brackets /
a leading ``#`` in plain text)::

    <!-- letterlint: disable=JA01,RD01 -- waarom -->   on its own line: off until "enable" (or the end)
    <!-- letterlint: enable=JA01 -->
    Tekst ... <!-- letterlint: disable-line=RD01 -- waarom -->      this line only
    <!-- letterlint: disable-next-line=RD01 -- waarom -->          the next line with text

Rules are ids (JA01), categories (jargon) or ``all``. A directive without a reason is reported
(SU01), one that suppressed nothing too (SU02), so exceptions stay explained and few.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from letterlint.findings import Finding, Location, Severity
from letterlint.reading.sources import SourceDocument, SourceLine, split_lines

_DIRECTIVE = re.compile(
    r"(?P<open><!--|\{#|\[|#|//)?[ \t]*letterlint:[ \t]*"
    r"(?P<action>disable-next-line|disable-line|disable|enable)[ \t]*=[ \t]*"
    r"(?P<rules>[A-Za-z0-9_*]+(?:[ \t]*,[ \t]*[A-Za-z0-9_*]+)*)"
    r"(?:[ \t]*(?:--(?!>)|—|–)[ \t]*(?P<reason>.*?))?[ \t]*(?P<close>-->|#\}|\])?[ \t]*(?=-->|#\}|\]|$)",
    re.IGNORECASE)
_CLOSERS = {"<!--": "-->", "{#": "#}", "[": "]"}
RULES = ("SU01", "SU02")  # code rules the engine reports itself (not checks of the letter)


@dataclass
class Directive:
    line: int           # 1-based source line of the comment
    column: int         # 1-based column where the comment starts
    end_column: int
    action: str
    rules: tuple[str, ...]
    reason: str
    first: int          # first line it covers
    last: int           # last line it covers (inclusive)
    used: int = 0

    def covers(self, rule_id: str, category: str, line: int) -> bool:
        if not self.first <= line <= self.last:
            return False
        return any(item in ("ALL", "*") or item == rule_id.upper() or item.lower() == category for item in self.rules)


@dataclass
class Suppressions:
    directives: list[Directive] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.directives)

    def suppressing(self, finding: Finding) -> Directive | None:
        if finding.category == "suppression":
            return None
        for directive in self.directives:
            if directive.action != "enable" and directive.covers(finding.rule, finding.category, finding.location.line):
                return directive
        return None


def _matches(raw_line: str) -> list[re.Match]:
    found = []
    for match in _DIRECTIVE.finditer(raw_line):
        opener = match.group("open")
        if opener in _CLOSERS and match.group("close") != _CLOSERS[opener]:
            continue  # an unclosed comment is text, not a directive
        found.append(match)
    return found


def parse(raw_text: str | None) -> Suppressions:
    """Every directive in a text letter or template, with the lines it covers."""
    if not raw_text or "letterlint:" not in raw_text.lower():
        return Suppressions()
    lines = split_lines(raw_text)
    directives: list[Directive] = []
    open_blocks: list[Directive] = []
    for index, raw_line in enumerate(lines):
        number = index + 1
        for match in _matches(raw_line):
            action = match.group("action").lower()
            rules = tuple(item.strip().upper() for item in match.group("rules").split(","))
            reason = (match.group("reason") or "").strip()
            directive = Directive(number, match.start() + 1, match.end() + 1, action, rules, reason, number, number)
            alone = not (raw_line[:match.start()] + raw_line[match.end():]).strip()
            if action == "disable-next-line":
                following = next((i + 1 for i in range(index + 1, len(lines)) if lines[i].strip()), number + 1)
                directive.first = directive.last = following
            elif action == "disable" and alone:
                directive.last = len(lines)
                open_blocks.append(directive)
            elif action == "enable":
                for block in open_blocks:
                    if block.last == len(lines) and (set(rules) & (set(block.rules) | {"ALL", "*"})):
                        block.last = number
                directive.first, directive.last = number, number
            directives.append(directive)
    return Suppressions(directives)


def strip_directives(document: SourceDocument, suppressions: Suppressions) -> SourceDocument:
    """Blank the directive comments in a plain-text letter so they are not analysed as letter text.

    Markdown needs nothing: the reader already blanks HTML comments, keeping columns.
    """
    if not suppressions or document.kind != "text":
        return document
    spans: dict[int, list[tuple[int, int]]] = {}
    for directive in suppressions.directives:
        spans.setdefault(directive.line, []).append((directive.column - 1, directive.end_column - 1))
    lines = []
    for line in document.lines:
        if line.number not in spans or not line.text:
            lines.append(line)
            continue
        text = line.text
        for start, end in spans[line.number]:
            start, end = max(0, start - line.column_offset), max(0, end - line.column_offset)
            text = text[:start] + " " * (end - start) + text[end:]
        lines.append(replace(line, text=text.rstrip() if text.strip() else ""))
    return replace(document, lines=lines)


def apply(findings: list[Finding], suppressions: Suppressions, rules: dict, enabled: set[str]) -> list[Finding]:
    """Drop suppressed findings; add SU01 (no reason) and SU02 (suppressed nothing) where enabled."""
    if not suppressions:
        return findings
    for directive in suppressions.directives:
        directive.used = 0
    kept = []
    for finding in findings:
        directive = suppressions.suppressing(finding)
        if directive is None:
            kept.append(finding)
        else:
            directive.used += 1
    for directive in suppressions.directives:
        if directive.action == "enable":
            continue
        names = ", ".join(directive.rules)
        location = Location(directive.line, directive.column, directive.line, directive.end_column)
        if not directive.reason and "SU01" in enabled:
            kept.append(_meta(rules["SU01"], location, names))
        if directive.used == 0 and "SU02" in enabled and _names_enabled_rule(directive, rules, enabled):
            kept.append(_meta(rules["SU02"], location, names))
    kept.sort(key=Finding.sort_key)
    return kept


def _names_enabled_rule(directive: Directive, rules: dict, enabled: set[str]) -> bool:
    """Only a directive for a rule that runs can be unnecessary (an ignored rule reports nothing anyway)."""
    return any(item in ("ALL", "*") or item in enabled
               or any(rules[r].category == item.lower() for r in enabled if r in rules) for item in directive.rules)


def _meta(rule, location: Location, names: str) -> Finding:
    message = rule.message.replace("{rules}", names)
    return Finding(rule.id, rule.category, Severity(rule.severity), message, location)
