"""Red team 27 (Oudewaard, tests/data/redteam27/). Its classes, each with sentences written for
these tests."""

from __future__ import annotations

from conftest import wrap_letter
from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, body: str):
    text = wrap_letter(body, "Geachte heer en mevrouw Bakker,", "Met vriendelijke groet,\n\nR. Smit\nconsulent Onderwijs")
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_condition_about_a_named_child_made_a_question_is_no_change_of_name(linter):
    # 02 was refused: "Indien Thijs …" and "Kan Thijs …?" were read as the names "Indien Thijs" and
    # "Kan Thijs", so the check saw a name lost and another invented
    proposal = _proposal(linter, "Wij vergoeden de kosten van de bus tot 1 december 2027. Indien Sanne na de "
                                 "reistraining naar het oordeel van de jeugdarts nog niet zelfstandig kan reizen, kan het "
                                 "college de vergoeding voor de bus verlengen; u hoeft daarvoor geen nieuwe aanvraag in te "
                                 "dienen.")
    assert proposal.ok, proposal.verification.problems
    assert "Kan Sanne na de reistraining" in proposal.markdown
