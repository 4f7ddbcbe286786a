"""SY01 on the public sentence set tests/data/passive_public.txt (issue 15, class 7, session 7).

    PYTHONPATH=$PWD python bench/passive_public.py [--show tune] [--json OUT]

Each sentence is linted alone inside a minimal letter (salutation and closing), as
``letterlint check`` does. Predicted = SY01 reports the sentence (any severity: a short agentless
passive is an info finding, still a passive). Figures per half: *tune* (sources S01, S02, S04, …,
errors looked at) and *fresh* (sources whose number is a multiple of 3, measured only); ``--show``
lists the errors of one half and refuses the fresh one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from letterlint.config import Config
from letterlint.engine.linter import Linter

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "passive_public.txt"
SALUTATION = "Geachte heer Jansen,"
CLOSING = "Met vriendelijke groet,\n\nAnna de Vries\nteamleider"


def read(path: Path = DATA) -> list[tuple[bool, str, str, str]]:
    """(gold, source, half, sentence) per data line."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gold, source, sentence = line.split("\t")
        half = "fresh" if int(source[1:]) % 3 == 0 else "tune"
        items.append((gold == "Y", source, half, sentence))
    return items


def predict(linter: Linter, sentence: str) -> list[str]:
    result = linter.lint_text(f"{SALUTATION}\n\n{sentence}\n\n{CLOSING}\n", "zin.md", "markdown")
    return [f"{f.text} ({f.severity.value})" for f in result.findings if f.rule == "SY01"]


def score(rows: list[dict]) -> dict:
    tp = sum(r["gold"] and r["found"] for r in rows)
    fp = sum(not r["gold"] and r["found"] for r in rows)
    fn = sum(r["gold"] and not r["found"] for r in rows)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"sentences": len(rows), "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 3), "recall": round(recall, 3)}


def run(linter: Linter | None = None) -> tuple[dict, list[dict]]:
    linter = linter or Linter(Config())
    rows = []
    for gold, source, half, sentence in read():
        found = predict(linter, sentence)
        rows.append({"gold": gold, "source": source, "half": half, "sentence": sentence,
                     "found": bool(found), "findings": found})
    figures = {half: score([r for r in rows if r["half"] == half]) for half in ("tune", "fresh")}
    figures["all"] = score(rows)
    return figures, rows


def run_letters(linter: Linter | None = None) -> tuple[dict, list[dict]]:
    """The same sentences as running text: one letter per source, its sentences one paragraph
    each, scored as ``letterlint eval`` scores passive (a sentence is found when the sentence of
    an SY01 finding contains it; a flagged sentence that contains no gold text is a false alarm)."""
    linter = linter or Linter(Config())
    by_source: dict[str, list] = {}
    for item in read():
        by_source.setdefault(item[1], []).append(item)
    rows = []
    for source, items in by_source.items():
        body = "\n\n".join(sentence for _, _, _, sentence in items)
        result = linter.lint_text(f"{SALUTATION}\n\n{body}\n\n{CLOSING}\n", f"{source}.md", "markdown")
        flagged = {" ".join(f.sentence.split()) for f in result.findings if f.rule == "SY01" and f.sentence}
        for gold, _, half, sentence in items:
            text = " ".join(sentence.split())
            hits = [s for s in flagged if text in s or s in text]
            rows.append({"gold": gold, "source": source, "half": half, "sentence": sentence,
                         "found": bool(hits), "findings": hits})
    figures = {half: score([r for r in rows if r["half"] == half]) for half in ("tune", "fresh")}
    figures["all"] = score(rows)
    return figures, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=["tune", "fresh"])
    parser.add_argument("--json")
    parser.add_argument("--letters", action="store_true", help="one letter per source instead of one per sentence")
    args = parser.parse_args(argv)
    if args.show == "fresh":
        print("the fresh half is measured only", file=sys.stderr)
        return 2
    figures, rows = run_letters() if args.letters else run()
    for half, figure in figures.items():
        print(f"{half:6} P {figure['precision']:.3f}  R {figure['recall']:.3f}  "
              f"(TP {figure['tp']}, FP {figure['fp']}, FN {figure['fn']}, {figure['sentences']} sentences)")
    if args.show:
        for row in rows:
            if row["half"] == args.show and row["gold"] != row["found"]:
                kind = "FN" if row["gold"] else "FP"
                print(f"{kind} {row['source']}: {row['sentence']}  {row['findings']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"figures": figures, "rows": rows}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
