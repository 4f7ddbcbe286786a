"""A baseline: today's findings recorded in a file, so CI fails only on new ones.

Findings are matched on (file, rule, flagged words), counted, not on line numbers, so editing
elsewhere in a letter does not bring recorded findings back. When a letter has more findings of
a kind than the baseline recorded, the surplus is new and reported.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from letterlint.errors import LetterlintError
from letterlint import __version__
from letterlint.engine.linter import LetterResult
from letterlint.engine.redaction import redact
from letterlint.findings import Finding
from letterlint.safeio import atomic_write

FORMAT_VERSION = 1


class BaselineError(LetterlintError):
    """The baseline file cannot be used; the message names it (Dutch)."""


def _key(path: str, finding: Finding) -> tuple[str, str, str]:
    """What a finding is recognised by. The words are stored redacted (BSN, IBAN, phone numbers
    and e-mail addresses masked): a baseline file is committed, personal data must not be."""
    words = redact(finding.text or finding.message)
    return (finding.file or path, finding.rule, " ".join(words.lower().split()))


@dataclass
class Baseline:
    counts: Counter
    hidden: int = 0

    @classmethod
    def load(cls, file: str | Path) -> "Baseline":
        try:
            data = json.loads(Path(file).read_text(encoding="utf-8"))
            entries = data["findings"]
            counts = Counter({(e["path"], e["rule"], e["text"]): int(e["count"]) for e in entries})
        except FileNotFoundError:
            raise BaselineError(f"{file}: baseline bestaat niet") from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BaselineError(f"{file}: geen geldige letterlint-baseline ({type(exc).__name__})") from None
        return cls(counts)

    def filter(self, result: LetterResult, path: str) -> LetterResult:
        """The result without the findings the baseline already knows."""
        if not result.findings:
            return result
        remaining = self.counts.copy()
        kept = []
        for finding in result.findings:
            key = _key(path, finding)
            if remaining[key] > 0:
                remaining[key] -= 1
                self.hidden += 1
            else:
                kept.append(finding)
        return replace(result, findings=kept)


def write(file: str | Path, results: Iterable[tuple[str, LetterResult]]) -> int:
    """Record every finding of ``results`` ((report path, result) pairs); returns how many."""
    counts: Counter = Counter()
    for path, result in results:
        for finding in result.findings:
            counts[_key(path, finding)] += 1
    entries = [{"path": p, "rule": r, "text": t, "count": n} for (p, r, t), n in sorted(counts.items())]
    data = {"letterlint": __version__, "format": FORMAT_VERSION, "findings": entries}
    atomic_write(file, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return sum(counts.values())
