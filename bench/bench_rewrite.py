"""Time `letterlint rewrite` against `letterlint check` on the same letters (issue 16: ≤ 1.5×).

    python bench/bench_rewrite.py [--repeat 3] [CORPUS_GLOB ...]

In one warm process (pipeline loaded, one warm-up letter first), for every development original
(default: corpus/[bvw]*/*-origineel.*, never corpus/heldout or corpus/blind): the time of a check
(read, parse, analyse) and the time of the rewrite step on that result (statements, simplifier,
verification, lint of the proposal). Also the end-to-end ratio a user sees in one process:
(check + rewrite) / check. Prints a Markdown line for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import glob
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from letterlint.engine.linter import Linter  # noqa: E402
from letterlint.rewrite.proposal import propose_rewrite  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("patterns", nargs="*", default=["corpus/[bvw]*/*-origineel.*"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(p for pattern in args.patterns for p in glob.glob(pattern) if not p.endswith(".yaml"))
    linter = Linter(keep_spans=True)  # as `letterlint rewrite` runs it
    warm = next(iter(linter.lint_paths(paths[:1])))
    propose_rewrite(linter, warm, suggest=False)
    check_times, rewrite_times = [], []
    for path in paths:
        best_check = best_rewrite = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            result = next(iter(linter.lint_paths([path])))
            checked = time.perf_counter()
            propose_rewrite(linter, result, suggest=False)
            done = time.perf_counter()
            best_check = min(best_check, checked - started)
            best_rewrite = min(best_rewrite, done - checked)
        check_times.append(best_check)
        rewrite_times.append(best_rewrite)
    ratios = [r / c for r, c in zip(rewrite_times, check_times)]
    total_check, total_rewrite = sum(check_times), sum(rewrite_times)
    print(f"| {len(paths)} development originals | check {1000 * total_check / len(paths):.0f} ms/letter | "
          f"rewrite step {1000 * total_rewrite / len(paths):.0f} ms/letter | "
          f"rewrite/check {total_rewrite / total_check:.2f} (median per letter {statistics.median(ratios):.2f}, "
          f"max {max(ratios):.2f}) | check+rewrite / check {(total_check + total_rewrite) / total_check:.2f} |")


if __name__ == "__main__":
    main()
