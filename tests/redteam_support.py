"""What every red-team test module shares: its letters (tests/data/<team>/, without KEY and
FINDINGS files), their rewrites (run once per module, in process, as `letterlint rewrite --format
json`), and the guard every letter must pass whatever the team: every number of the original in
the proposal and none added."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from test_rewrite_redteam3 import MARKER, NUMBER, _run_rewrite

DATA = Path(__file__).parent / "data"


class RedTeam:
    """The letters of one red team."""

    def __init__(self, folder: str) -> None:
        self.folder = DATA / folder
        self.letters = sorted(p.name for p in self.folder.iterdir()
                              if p.suffix in {".txt", ".md"} and not p.name.startswith(("KEY", "FINDINGS")))

    def original(self, name: str) -> str:
        return (self.folder / name).read_text(encoding="utf-8")

    def rewrite_all(self) -> dict[str, tuple[int, dict]]:
        return {name: _run_rewrite(self.folder / name) for name in self.letters}


def proposal(results: dict[str, tuple[int, dict]], name: str) -> str:
    """The verified proposal of one letter (the test fails when there is none)."""
    code, data = results[name]
    assert code == 0 and data["ok"], f"{name}: geen voorstel ({data['problems']})"
    return data["proposal"]


def number_changes(original: str, shown: str) -> tuple[dict, dict]:
    """(numbers of the original missing from the proposal, numbers the proposal added)."""
    before = Counter(NUMBER.findall(original))
    after = Counter(NUMBER.findall(MARKER.sub("", shown)))
    return dict(before - after), dict(after - before)
