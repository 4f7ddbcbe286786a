"""SY01 on the own letter sentences tests/data/passive_own.txt (issue 15, class 7, session 10).

    PYTHONPATH=$PWD python bench/passive_own.py [--dev-only] [--show dev] [--classes] [--json OUT]

134 fictional municipal letter sentences, half passives of varied forms (short, agent, distant
agent, relative clause, subordinate clause, modal, te-infinitive, impersonal "er") and half traps
(adjectival participles, states, copular worden, "welkom", perfects with zijn of intransitive
verbs, "door" naming a cause), labelled before letterlint ran on them. Each sentence is linted
alone inside a minimal letter, as in bench/passive_public.py; predicted = SY01 reports the
sentence (any severity). Two halves: *dev* (errors looked at while fixing) and *fresh* (measured
once at the end; ``--show`` refuses it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from letterlint.config import Config  # noqa: E402
from letterlint.engine.linter import Linter  # noqa: E402

from passive_public import predict, score  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "passive_own.txt"


def read(path: Path = DATA) -> list[tuple[bool, str, str, str]]:
    """(gold, half, class, sentence) per data line."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gold, half, kind, sentence = line.split("\t")
        items.append((gold == "Y", half, kind, sentence))
    return items


def run(linter: Linter | None = None, halves: tuple[str, ...] = ("dev", "fresh")) -> tuple[dict, list[dict]]:
    linter = linter or Linter(Config())
    rows = []
    for gold, half, kind, sentence in read():
        if half not in halves:
            continue
        found = predict(linter, sentence)
        rows.append({"gold": gold, "half": half, "class": kind, "sentence": sentence,
                     "found": bool(found), "findings": found})
    figures = {half: score([r for r in rows if r["half"] == half]) for half in halves}
    if len(halves) > 1:
        figures["all"] = score(rows)
    return figures, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=["dev", "fresh"])
    parser.add_argument("--classes", action="store_true", help="errors per class (dev half only)")
    parser.add_argument("--dev-only", action="store_true",
                        help="measure the dev half only (while fixing: the fresh half is measured once, at the end)")
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    if args.show == "fresh":
        print("the fresh half is measured only", file=sys.stderr)
        return 2
    figures, rows = run(halves=("dev",) if args.dev_only else ("dev", "fresh"))
    for half, figure in figures.items():
        print(f"{half:6} P {figure['precision']:.3f}  R {figure['recall']:.3f}  "
              f"(TP {figure['tp']}, FP {figure['fp']}, FN {figure['fn']}, {figure['sentences']} sentences)")
    if args.classes:
        errors = Counter(r["class"] for r in rows if r["half"] == "dev" and r["gold"] != r["found"])
        for kind, count in errors.most_common():
            print(f"  {kind}: {count}")
    if args.show:
        for row in rows:
            if row["half"] == args.show and row["gold"] != row["found"]:
                kind = "FN" if row["gold"] else "FP"
                print(f"{kind} [{row['class']}] {row['sentence']}  {row['findings']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"figures": figures, "rows": rows}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
