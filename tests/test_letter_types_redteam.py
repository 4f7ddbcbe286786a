"""Letter types of the red-team letters (issue 15, class 4): the 34 fictional letters of red teams
10-12, typed blind by a helper from the guidelines in corpus/README.md only
(tests/data/redteam_types.yaml). Measured once out of sample at 30/34 (docs/evaluation.md); the
gate keeps the set where it is now, 31/34, with the misses named."""

from __future__ import annotations

from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
# the calls the helper marked as hard and letterlint makes differently (docs/evaluation.md)
KNOWN_MISSES = {"redteam10/10_bel_woz_beschikking_aanslag.txt", "redteam11/07_bz_huwelijk_planning_mail.txt",
                "redteam12/06_bel_beschikking_woz_niet_woning.txt"}


def test_the_red_team_letters_keep_their_blind_letter_types(linter):
    gold = yaml.safe_load((DATA / "redteam_types.yaml").read_text(encoding="utf-8"))
    assert len(gold) == 34
    misses = set()
    for entry in gold:
        path = DATA / entry["file"]
        result = linter.lint_bytes(path.read_bytes(), str(path))
        if result.structure.letter_type != entry["letter_type"]:
            misses.add(entry["file"])
    assert misses <= KNOWN_MISSES, sorted(misses - KNOWN_MISSES)
