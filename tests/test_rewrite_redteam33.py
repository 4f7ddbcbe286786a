"""Red team 33 (Wolderbroek, tests/data/redteam33): the refusal and the classes its judge found in the
proposals of 52ba328, each pinned with sentences written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, text: str):
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_name_after_a_verb_that_now_opens_the_sentence_is_no_new_name(linter):
    # 07 was refused ("het voorstel noemt een naam die niet in de brief staat: 'Legt Andrei'"): "…; legt Andrei hem
    # niet op tijd af, dan vervalt het voor hem" had become the question "Legt Andrei hem niet op tijd af?"
    proposal = _proposal(linter, (
        "Beste Elena,\n\nJe bent genaturaliseerd, samen met je zoon Tomas. Leg jij de verklaring niet op tijd af, "
        "dan vervalt het besluit voor jou; legt Tomas hem niet op tijd af, dan vervalt het besluit voor hem.\n\n"
        "Groeten,\n\nSanne de Wit\nteam Burgerzaken\n"))
    assert proposal.ok, proposal.verification.problems
    assert "Tomas" in proposal.markdown
