"""Benchmark letterlint's embedded pipeline and the check command.

    python bench/bench_pipeline.py [--ud-test PATH] [--copies N]

Measures, on one core (OMP/BLAS threads = 1):
- cold load time of the embedded pipeline in a fresh process (best of 3);
- size on disk;
- words per second of the bare pipeline with ``nlp.pipe`` on the UD Dutch test text;
- words per second of the bare pipeline on the corpus letters' running text;
- letters per second of a full ``letterlint check`` analysis (reading, letter model, pipeline,
  all rules) over the corpus copied N times, and the share of that time spent in the pipeline.
Prints a Markdown table for bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def cold_load_seconds(repeats: int = 3) -> tuple[float, float]:
    """(import spaCy + load, load only) in a fresh process, best of ``repeats``."""
    code = ("import time; t = time.perf_counter(); import spacy; u = time.perf_counter(); "
            "spacy.load(r'%s'); v = time.perf_counter(); print(v - t, v - u)" % (REPO / "letterlint/models/nl_letterlint"))
    runs = []
    for _ in range(repeats):
        output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        runs.append(tuple(float(x) for x in output.stdout.split()))
    return min(r[0] for r in runs), min(r[1] for r in runs)


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def pipe_speed(nlp, texts: list[str], repeats: int = 3) -> float:
    best = None
    for _ in range(repeats):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return words(texts) / best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ud-test", default=str(REPO.parent / "shared/ud-dutch/nl_ud_pool-test.conllu"))
    parser.add_argument("--copies", type=int, default=5)
    args = parser.parse_args()

    from letterlint.config import Config
    from letterlint.engine.linter import Linter

    load_total, load_only = cold_load_seconds()
    size = sum(f.stat().st_size for f in (REPO / "letterlint/models/nl_letterlint").rglob("*") if f.is_file()) / 1e6
    linter = Linter(Config())
    nlp = linter.pipeline.nlp

    ud_texts = [line[len("# text = "):].strip() for line in open(args.ud_test, encoding="utf-8")
                if line.startswith("# text = ")] if os.path.exists(args.ud_test) else []
    ud_speed = pipe_speed(nlp, ud_texts) if ud_texts else float("nan")

    results = list(linter.lint_paths([str(REPO / "corpus")]))
    letter_texts = [block.text for r in results if r.letter for block in r.letter.running_blocks]
    letter_speed = pipe_speed(nlp, letter_texts)

    with tempfile.TemporaryDirectory() as folder:
        for copy in range(args.copies):
            shutil.copytree(REPO / "corpus", Path(folder) / f"copy{copy}", ignore=shutil.ignore_patterns("*.yaml"))
        started = time.perf_counter()
        checked = list(linter.lint_paths([folder]))
        elapsed = time.perf_counter() - started
    letters = len(checked)
    running_words = words(letter_texts) * args.copies
    pipeline_share = (running_words / letter_speed) / elapsed
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print("| measure | value |\n|---|---|")
    print(f"| pipeline load, fresh process, spaCy already imported (best of 3) | {load_only:.2f} s |")
    print(f"| import spaCy + load pipeline, fresh process (best of 3) | {load_total:.2f} s |")
    print(f"| pipeline size on disk | {size:.1f} MB |")
    print(f"| bare pipeline, UD Dutch test text ({words(ud_texts):,} words) | {ud_speed:,.0f} words/s |")
    print(f"| bare pipeline, corpus running text ({words(letter_texts):,} words) | {letter_speed:,.0f} words/s |")
    print(f"| full check, {letters} letters ({args.copies} copies of the corpus) | {letters / elapsed:.1f} letters/s, {elapsed:.1f} s |")
    print(f"| share of check time in the bare pipeline | {pipeline_share:.0%} |")
    print(f"| peak RSS of this process | {rss:.0f} MB |")


if __name__ == "__main__":
    main()
