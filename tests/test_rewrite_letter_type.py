"""The lint of a rewrite proposal judges it as the original's type of letter (issue 16, step 4: the
verification keeps the decision, so the proposal is the same kind of letter). Typed anew, a plain
je-form decision read as informatie, and the sections a besluit needs went unchecked in the proposal."""

from __future__ import annotations

from pathlib import Path

from letterlint.rewrite.proposal import propose_rewrite

LETTER = Path(__file__).parent / "data" / "redteam" / "15-je-vorm-jongerenregeling.txt"


def test_the_proposal_of_a_plain_je_form_decision_is_linted_as_a_besluit(linter):
    result = linter.lint_text(LETTER.read_text(encoding="utf-8"), LETTER.name, "text")
    assert result.structure.letter_type == "besluit" and result.structure.type_certain
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.after.structure.letter_type == "besluit"
    assert proposal.after.structure.type_certain
    assert proposal.after.structure.required == result.structure.required


def test_the_proposal_keeps_the_originals_uncertainty_about_its_type(linter):
    text = """Gemeente Lindenburg

Onderwerp: uw betaling

Beste mevrouw De Vries,

Wij hebben uw betaling van € 45,00 nog niet ontvangen. Wij hebben besloten uw uitkering met ingang van 1 maart 2026 te verlagen, omdat u de betaling niet op tijd heeft gedaan.

Met vriendelijke groet,

J. Bakker
"""
    result = linter.lint_text(text, "brief.md", "markdown")
    assert not result.structure.type_certain
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.after.structure.type_certain is False
    assert proposal.after.structure.letter_type == result.structure.letter_type
