"""Jargon and rare-word recall on the sentence and paragraph sets of tests/data (issue 15).

    PYTHONPATH=$PWD python bench/word_sets.py [--verbose] [--json OUT]

Three sets, written and annotated by reading before letterlint was run on them:

- ``tests/data/jargon_sentences.txt``: officialese sentences with their jargon spans marked
  ``[[...]]``. Jargon recall = marked spans overlapped by a JA01 (category jargon) finding.
  Findings that overlap no marked span are listed as unmarked findings (the set is about recall;
  its sentences are officialese throughout, so an unmarked finding is not necessarily wrong).
- ``tests/data/jargon_sentences_fresh.txt``: a second set of the same kind, written after the pack
  was extended and measured once, with nothing tuned on it (the out-of-sample figure).
- ``tests/data/plain_b1_sentences.txt``: plain B1 sentences. Every jargon finding is a false
  alarm; reported per 1,000 words.
- ``tests/data/rare_word_paragraphs.txt``: short paragraphs, each marked with its genuinely rare
  words or ``-``. Rare-word recall = share of rare paragraphs in which RD02 reports a word; for
  plain paragraphs the share in which RD02 reports a word, and the share with any warning or
  error of a sentence or word rule.
- ``tests/data/rare_paragraphs.txt``: a second paragraph set of the same kind (issue 15, class 6,
  second round), written and annotated before letterlint ran on it.
- ``tests/data/rare_paragraphs_fresh.txt``: a third, written after RD02's term list and measured
  once with nothing changed for it (the out-of-sample rare-word figure).

Each sentence or paragraph is linted alone, inside a minimal letter (salutation and closing).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from letterlint.config import Config
from letterlint.engine.linter import Linter
from letterlint.findings import Severity

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SALUTATION = "Geachte heer Jansen,"
CLOSING = "Met vriendelijke groet,\n\nAnna de Vries\nteamleider"
BODY_LINE = 3  # the body's line in the wrapped letter
_MARK = re.compile(r"\[\[(.+?)\]\]")
_LETTER_RULES = {"ST02", "ST03", "ST04", "ST05", "ST06", "RD04"}  # about the letter, not a paragraph


def wrap(body: str) -> str:
    return f"{SALUTATION}\n\n{body}\n\n{CLOSING}\n"


def read_marked(path: Path) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(set, plain sentence, marked ranges) per data line of a marked sentence file."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, marked = line.split("\t", 1)
        plain, spans, position = [], [], 0
        for found in _MARK.finditer(marked):
            plain.append(marked[position:found.start()])
            start = sum(len(piece) for piece in plain)
            plain.append(found.group(1))
            spans.append((start, start + len(found.group(1))))
            position = found.end()
        plain.append(marked[position:])
        items.append((group, "".join(plain), spans))
    return items


def read_paragraphs(path: Path) -> list[tuple[str, list[str], str]]:
    """(set, rare words, paragraph text) per paragraph of the rare-word file."""
    items, header, lines = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines() + ["## end | rare: -"]:
        if line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("## "):
            if header is not None:
                group, rare = header
                items.append((group, rare, " ".join(lines).strip()))
            group, _, rare = line[3:].partition("| rare:")
            words = [] if rare.strip() == "-" else [word.strip() for word in rare.split(";")]
            header, lines = (group.strip(), words), []
        elif line.strip():
            lines.append(line.strip())
    return items


@dataclass
class JargonScore:
    spans: int = 0
    found: int = 0
    unmarked_findings: int = 0
    misses: list[str] = field(default_factory=list)
    unmarked: list[str] = field(default_factory=list)
    per_set: dict = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.found / self.spans if self.spans else 0.0


@dataclass
class PlainScore:
    sentences: int = 0
    words: int = 0
    false_alarms: list[str] = field(default_factory=list)

    @property
    def per_1000_words(self) -> float:
        return 1000 * len(self.false_alarms) / self.words if self.words else 0.0


@dataclass
class RareScore:
    rare_paragraphs: int = 0
    rare_found: int = 0
    plain_paragraphs: int = 0
    plain_rd02: int = 0
    plain_warned: int = 0
    misses: list[str] = field(default_factory=list)
    plain_alarms: list[str] = field(default_factory=list)
    reported: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.rare_found / self.rare_paragraphs if self.rare_paragraphs else 0.0

    @property
    def plain_rd02_share(self) -> float:
        return self.plain_rd02 / self.plain_paragraphs if self.plain_paragraphs else 0.0

    @property
    def plain_warned_share(self) -> float:
        return self.plain_warned / self.plain_paragraphs if self.plain_paragraphs else 0.0


def _body_findings(result):
    return [f for f in result.findings if f.location.part == "body" and f.location.line == BODY_LINE]


def score_jargon(linter: Linter, path: Path = DATA / "jargon_sentences.txt") -> JargonScore:
    score = JargonScore()
    for group, sentence, spans in read_marked(path):
        result = linter.lint_text(wrap(sentence), "zin.md")
        ranges = [(f.location.column - 1, f.location.end_column - 1, f.text)
                  for f in _body_findings(result) if f.category == "jargon"]
        tally = score.per_set.setdefault(group, [0, 0])
        for start, end in spans:
            score.spans += 1
            tally[1] += 1
            if any(a < end and start < b for a, b, _ in ranges):
                score.found += 1
                tally[0] += 1
            else:
                score.misses.append(f"{group}: {sentence[start:end]!r} in {sentence}")
        for a, b, text in ranges:
            if not any(a < end and start < b for start, end in spans):
                score.unmarked_findings += 1
                score.unmarked.append(f"{group}: {text!r} in {sentence}")
    return score


def score_plain(linter: Linter, path: Path = DATA / "plain_b1_sentences.txt") -> PlainScore:
    score = PlainScore()
    for group, sentence, _ in read_marked(path):
        score.sentences += 1
        score.words += len(re.findall(r"\w+", sentence))
        result = linter.lint_text(wrap(sentence), "zin.md")
        for finding in _body_findings(result):
            if finding.category == "jargon":
                score.false_alarms.append(f"{group}: {finding.text!r} in {sentence}")
    return score


def score_rare(linter: Linter, path: Path = DATA / "rare_word_paragraphs.txt") -> RareScore:
    score = RareScore()
    for group, rare, text in read_paragraphs(path):
        result = linter.lint_text(wrap(text), "alinea.md")
        body = _body_findings(result)
        words = [f.text for f in body if f.rule == "RD02"]
        if words:
            score.reported.append(f"{group}: {', '.join(words)}")
        if rare:
            score.rare_paragraphs += 1
            if words:
                score.rare_found += 1
            else:
                score.misses.append(f"{group}: {'; '.join(rare)} in {text}")
        else:
            score.plain_paragraphs += 1
            if words:
                score.plain_rd02 += 1
                score.plain_alarms.append(f"{group}: RD02 {', '.join(words)} in {text}")
            warned = [f for f in body if f.severity >= Severity.WARNING and f.rule not in _LETTER_RULES]
            if warned:
                score.plain_warned += 1
                score.plain_alarms.append(f"{group}: {', '.join(f.rule + ' ' + f.text for f in warned)} in {text}")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    linter = Linter(Config())
    jargon, plain, rare = score_jargon(linter), score_plain(linter), score_rare(linter)
    fresh = score_jargon(linter, DATA / "jargon_sentences_fresh.txt")
    rare2 = score_rare(linter, DATA / "rare_paragraphs.txt")
    rare3 = score_rare(linter, DATA / "rare_paragraphs_fresh.txt")
    print(f"jargon recall: {jargon.recall:.3f} ({jargon.found}/{jargon.spans} spans); "
          f"unmarked findings: {jargon.unmarked_findings}")
    for group, (found, total) in sorted(jargon.per_set.items()):
        print(f"  {group}: {found}/{total} = {found / total:.2f}")
    print(f"jargon recall, fresh set (nothing tuned on it): {fresh.recall:.3f} ({fresh.found}/{fresh.spans} spans); "
          f"unmarked findings: {fresh.unmarked_findings}")
    print(f"plain B1: {len(plain.false_alarms)} jargon false alarms in {plain.words} words "
          f"({plain.per_1000_words:.2f} per 1,000 words, {plain.sentences} sentences)")
    print(f"rare-word recall: {rare.recall:.3f} ({rare.rare_found}/{rare.rare_paragraphs} paragraphs); "
          f"plain paragraphs with RD02: {rare.plain_rd02}/{rare.plain_paragraphs} = {rare.plain_rd02_share:.2f}; "
          f"with a warning: {rare.plain_warned}/{rare.plain_paragraphs} = {rare.plain_warned_share:.2f}")
    print(f"rare-word recall, second set: {rare2.recall:.3f} ({rare2.rare_found}/{rare2.rare_paragraphs} paragraphs); "
          f"plain paragraphs with RD02: {rare2.plain_rd02}/{rare2.plain_paragraphs} = {rare2.plain_rd02_share:.2f}; "
          f"with a warning: {rare2.plain_warned}/{rare2.plain_paragraphs} = {rare2.plain_warned_share:.2f}")
    print(f"rare-word recall, fresh set (nothing tuned on it): {rare3.recall:.3f} ({rare3.rare_found}/{rare3.rare_paragraphs} "
          f"paragraphs); plain paragraphs with RD02: {rare3.plain_rd02}/{rare3.plain_paragraphs} = "
          f"{rare3.plain_rd02_share:.2f}; with a warning: {rare3.plain_warned}/{rare3.plain_paragraphs} = "
          f"{rare3.plain_warned_share:.2f}")
    if args.verbose:
        for title, items in (("jargon misses", jargon.misses), ("unmarked jargon findings", jargon.unmarked),
                             ("fresh-set jargon misses", fresh.misses), ("fresh-set unmarked findings", fresh.unmarked),
                             ("plain false alarms", plain.false_alarms), ("rare-word misses", rare.misses),
                             ("plain paragraph alarms", rare.plain_alarms), ("RD02 reported", rare.reported),
                             ("second set: rare-word misses", rare2.misses),
                             ("second set: plain paragraph alarms", rare2.plain_alarms),
                             ("fresh set: rare-word misses", rare3.misses),
                             ("fresh set: plain paragraph alarms", rare3.plain_alarms)):
            print(f"\n{title} ({len(items)}):")
            for item in items:
                print("  " + item)
    if args.json:
        figures = {"jargon": {**asdict(jargon), "recall": jargon.recall},
                   "jargon_fresh": {**asdict(fresh), "recall": fresh.recall},
                   "plain": {**asdict(plain), "per_1000_words": plain.per_1000_words},
                   "rare": {**asdict(rare), "recall": rare.recall, "plain_rd02_share": rare.plain_rd02_share,
                            "plain_warned_share": rare.plain_warned_share},
                   "rare_second": {**asdict(rare2), "recall": rare2.recall, "plain_rd02_share": rare2.plain_rd02_share,
                                   "plain_warned_share": rare2.plain_warned_share},
                   "rare_fresh": {**asdict(rare3), "recall": rare3.recall, "plain_rd02_share": rare3.plain_rd02_share,
                                  "plain_warned_share": rare3.plain_warned_share}}
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
