"""Measure sentence simplification (letterlint.rewrite.simplify) on the development originals.

    python bench/bench_simplify.py [--sample N] [--seed S] [--pairs FILE]

Takes every running-text sentence of corpus/*/*-origineel.* (never corpus/heldout/ or
corpus/blind/), simplifies them letter by letter with ``Simplifier.simplify_many`` and prints:
- the share of sentences over 20 words before and after;
- how many transformations of each kind were applied;
- how many output sentences lack a finite verb, against the input sentences without one;
- the CPU time of simplify_many per letter against a ``check`` of the same letter (process time,
  so other processes on the machine do not count);
- a seeded sample of before/after pairs (changed sentences only) to read by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from letterlint.engine.linter import Linter  # noqa: E402
from letterlint.rewrite.simplify import Simplifier, has_finite_verb, word_count  # noqa: E402


def development_originals() -> list[Path]:
    return sorted(path for path in (REPO / "corpus").glob("*/*-origineel.*")
                  if path.parent.name not in ("heldout", "blind") and ".gold." not in path.name)


def letter_sentences(linter: Linter, path: Path) -> tuple[list[str], list]:
    """The running-text sentences of a letter and their parses (as ``check`` makes them)."""
    result = next(iter(linter.lint_paths([str(path)])))
    sentences, spans = [], []
    for block in result.letter.running_blocks:
        for span in linter.pipeline(block.text).sents:
            text = span.text.strip()
            if text:
                sentences.append(text)
                spans.append(span)
    return sentences, spans


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--pairs", help="write every changed pair to this file")
    args = parser.parse_args()

    linter = Linter()
    simplifier = Simplifier(linter)
    nlp = linter.pipeline.nlp
    kinds: Counter = Counter()
    before_long = after_long = before_total = after_total = 0
    before_no_finite = after_no_finite = 0
    needs_rewrite = partly = 0
    pairs = []
    simplify_time = check_time = alone_time = 0.0
    for path in development_originals():
        sentences, spans = letter_sentences(linter, path)
        started = time.process_time()
        next(iter(linter.lint_paths([str(path)])))
        check_time += time.process_time() - started
        started = time.process_time()
        simplifier.simplify_many(sentences)
        alone_time += time.process_time() - started
        started = time.process_time()
        results = simplifier.simplify_many(sentences, spans)
        simplify_time += time.process_time() - started
        for result in results:
            before_total += 1
            before_long += word_count(result.original) > 20
            before_no_finite += not has_finite_verb(nlp(result.original))
            needs_rewrite += result.needs_rewrite is not None
            partly += result.needs_rewrite is None and bool(result.remaining)
            for sentence in result.sentences:
                after_total += 1
                after_long += word_count(sentence) > 20
                after_no_finite += not has_finite_verb(nlp(sentence))
            kinds.update(t.kind for t in result.transformations)
            if result.changed:
                pairs.append((path.name, result))
    print(f"letters: {len(development_originals())}")
    print(f"sentences in: {before_total}, over 20 words: {before_long} ({before_long / before_total:.1%})")
    print(f"sentences out: {after_total}, over 20 words: {after_long} ({after_long / after_total:.1%})")
    print(f"without a finite verb: in {before_no_finite}, out {after_no_finite}")
    print(f"unchanged and marked herschrijven: {needs_rewrite}; simplified but a sentence still over 20 words: {partly}")
    print("transformations: " + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())))
    print(f"time: check {check_time:.2f} s; simplify_many with the check's parses {simplify_time:.2f} s "
          f"(ratio {simplify_time / check_time:.2f}); parsing the sentences itself {alone_time:.2f} s "
          f"(ratio {alone_time / check_time:.2f})")
    random.Random(args.seed).shuffle(pairs)
    for name, result in pairs[:args.sample]:
        print(f"\n[{name}] {result.original}")
        for sentence in result.sentences:
            print(f"  -> {sentence}")
        for line in result.law_lines:
            print(f"  wet: {line}")
    if args.pairs:
        with open(args.pairs, "w", encoding="utf-8") as handle:
            for name, result in pairs:
                handle.write(f"[{name}] {result.original}\n")
                for sentence in result.sentences:
                    handle.write(f"  -> {sentence}\n")
                for line in result.law_lines:
                    handle.write(f"  wet: {line}\n")
                for transformation in result.transformations:
                    handle.write(f"     {transformation.kind}: {transformation.detail}\n")
                handle.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
