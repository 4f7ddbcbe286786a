"""Smoke test of bench/bench_check.py: a tiny run builds letters, runs the real command and
reports every measure. (The full benchmark is run by hand; see bench/RESULTS.md.)"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "bench" / "bench_check.py"


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_check", module)  # dataclasses look their module up
    spec.loader.exec_module(sys.modules["bench_check"])
    return sys.modules["bench_check"]


def test_generated_letters_are_deterministic_varied_and_about_350_words():
    bench = _bench_module()
    paragraphs = bench.corpus_paragraphs(REPO / "corpus")
    first = [bench.build_letter_text(index, 8, paragraphs) for index in range(6)]
    again = [bench.build_letter_text(index, 8, paragraphs) for index in range(6)]
    other_seed = [bench.build_letter_text(index, 9, paragraphs) for index in range(6)]
    assert first == again
    assert first != other_seed
    assert len({text for text, _words in first}) == 6
    for text, words in first:
        assert 350 <= words < 700
        assert re.search(r"^Geachte (heer|mevrouw) ", text, re.MULTILINE)
        assert re.search(r"^\d{4} [A-Z]{2} ", text, re.MULTILINE)  # address block with postcode
        assert "Met vriendelijke groet," in text


def test_quick_run_reports_throughput_cold_start_memory_rerun_and_spacy_ratio(tmp_path):
    out = tmp_path / "bench.json"
    run = subprocess.run([sys.executable, str(SCRIPT), "--sizes", "1", "--cold-runs", "1", "--json", str(out)],
                         capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    table = run.stdout
    assert "| letters | words | wall time (s) | letters/s | words/s |" in table
    assert re.search(r"^\| 1 \| \d[\d,]* \| \d+\.\d\d \|", table, re.MULTILINE), table
    assert "cold start, one letter" in table and "second run, unchanged letters" in table
    report = json.loads(out.read_text(encoding="utf-8"))
    size = report["sizes"][0]
    assert size["letters"] == 1 and size["words"] > 300
    assert size["seconds"] > 0 and size["max_rss_mb"] > 50
    assert size["spacy_seconds"] > 0 and size["ratio_total"] > 1
    assert report["cold_start_seconds"] and report["rerun_seconds"] > 0 and report["cache"]
    assert not list(tmp_path.glob("letterlint-bench-*"))
