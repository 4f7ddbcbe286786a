"""Every development original gets a verified proposal (issue 16: facts kept, nothing invented,
remedy and decision the same, every pointing sentence after what it points to). A change to the
rewrite's cues can make the verifier refuse a letter it accepted before (a reverted attempt made
'dus' a word that points back, and two decisions that say 'Dus wordt u hierbij aangemaand' were
refused); this gate catches that in the test suite instead of in `letterlint eval`."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterlint.rewrite.proposal import propose_rewrite

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ORIGINALS = sorted(p for folder in ("werk-en-inkomen", "vth", "burgerzaken", "belastingen")
                   for p in (CORPUS / folder).glob("*-origineel.*") if p.suffix in (".md", ".txt", ".docx"))


def test_the_development_originals_are_there():
    assert len(ORIGINALS) >= 30


@pytest.mark.parametrize("path", ORIGINALS, ids=lambda p: p.name)
def test_every_development_original_gets_a_verified_proposal(linter, path):
    result = next(iter(linter.lint_paths([str(path)])))
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
