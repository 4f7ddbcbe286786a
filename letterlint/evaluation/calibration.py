"""Calibrate the level bounds of the readability score on the gold corpus.

    python -m letterlint.calibration corpus/ [--write]

Method (documented in docs/readability.md, "Calibration"): the score itself is not refitted; only
the cut points between levels are. For each boundary between two adjacent levels that both occur
in the gold data, the cut is the midpoint of the widest gap among the thresholds that make the
fewest ordinal mistakes (a letter counts as a mistake when it falls on the wrong side). Accuracy
is estimated by leave-one-case-out cross-validation: both versions of a case are held out, the
cuts are fitted on the other cases and the held-out letters are predicted. A boundary without
gold letters on one side (A2: the corpus has no A2 letters) keeps its value from the rule pack,
but never drops below the fitted bound under it.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from letterlint.readability import LEVELS


@dataclass(frozen=True)
class Point:
    case: str
    level: str  # gold expected level
    score: float


def fit_cut(points: list[Point], easier: set[str]) -> float | None:
    """A score threshold separating the easier levels (score >= cut) from the harder ones."""
    above = [p.score for p in points if p.level in easier]
    below = [p.score for p in points if p.level not in easier]
    if not above or not below:
        return None
    scores = sorted({p.score for p in points})
    candidates = [(a + b) / 2 for a, b in zip(scores, scores[1:])] or [scores[0]]
    best: tuple[int, float, float] | None = None
    for index, cut in enumerate(candidates):
        errors = sum(1 for s in above if s < cut) + sum(1 for s in below if s >= cut)
        lower = scores[index]
        upper = scores[index + 1] if index + 1 < len(scores) else scores[index]
        key = (errors, -(upper - lower), cut)
        if best is None or key < best:
            best = key
    return round(best[2], 1)


def fit_bounds(points: list[Point], prior: dict[str, float]) -> dict[str, float]:
    bounds: dict[str, float] = {}
    for index in range(len(LEVELS) - 2, -1, -1):  # B2, then B1, then A2
        level = LEVELS[index]
        cut = fit_cut(points, set(LEVELS[: index + 1]))
        value = cut if cut is not None else float(prior[level])
        harder = LEVELS[index + 1]
        if harder in bounds:
            value = max(value, bounds[harder] + 0.1)
        bounds[level] = round(value, 1)
    return {level: bounds[level] for level in LEVELS[:-1]}


def predict(score: float, bounds: dict[str, float]) -> str:
    for level in LEVELS[:-1]:
        if score >= bounds[level]:
            return level
    return LEVELS[-1]


def cross_validate(points: list[Point], prior: dict[str, float]) -> tuple[float, float, list[tuple[Point, str]]]:
    """Leave-one-case-out: (exact accuracy, within-one-level accuracy, predictions)."""
    predictions = []
    for case in sorted({p.case for p in points}):
        train = [p for p in points if p.case != case]
        bounds = fit_bounds(train, prior)
        predictions.extend((p, predict(p.score, bounds)) for p in points if p.case == case)
    exact = sum(1 for p, level in predictions if level == p.level) / len(predictions)
    adjacent = sum(1 for p, level in predictions
                   if abs(LEVELS.index(level) - LEVELS.index(p.level)) <= 1) / len(predictions)
    return exact, adjacent, predictions


def collect(corpus: str, model: str | None = None) -> tuple[list[Point], dict[str, float], Path]:
    from letterlint.config import Config
    from letterlint.engine.linter import Linter
    from letterlint.evaluation.scores import load_golds
    from letterlint.rulepack import bundled_rules_dir

    golds = load_golds(corpus)
    linter = Linter(Config(model=model) if model else Config())
    results = {r.path: r for r in linter.lint_paths([g.letter_path for g in golds])}
    points = [Point(g.case, g.expected_level, results[g.letter_path].readability.score)
              for g in golds if results[g.letter_path].readability is not None]
    prior = {level: float(value) for level, value in linter.pack.readability["levels"].items()}
    return points, prior, bundled_rules_dir() / "readability.yaml"


def write_bounds(path: Path, bounds: dict[str, float]) -> None:
    """Replace the values under ``levels:`` in readability.yaml, keeping comments (atomic write)."""
    text = path.read_text(encoding="utf-8")
    for level, value in bounds.items():
        text = re.sub(rf"(?m)^(\s+{level}:\s*)[\d.]+", rf"\g<1>{value}", text)
    temporary = path.with_suffix(".yaml.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit the readability level bounds on a gold corpus.")
    parser.add_argument("corpus")
    parser.add_argument("--model")
    parser.add_argument("--write", action="store_true", help="write the fitted bounds into rules/readability.yaml")
    args = parser.parse_args(argv)
    points, prior, path = collect(args.corpus, args.model)
    bounds = fit_bounds(points, prior)
    exact, adjacent, _ = cross_validate(points, prior)
    in_sample = sum(1 for p in points if predict(p.score, bounds) == p.level) / len(points)
    counts = {level: sum(1 for p in points if p.level == level) for level in LEVELS}
    print(f"letters: {len(points)} {counts}")
    print(f"prior bounds:  {prior}")
    print(f"fitted bounds: {bounds}")
    print(f"exact accuracy: in-sample {in_sample:.2f}, leave-one-case-out {exact:.2f}; within one level (CV) {adjacent:.2f}")
    if args.write:
        write_bounds(path, bounds)
        print(f"written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
