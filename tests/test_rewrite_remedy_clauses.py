"""Remedy details belong to the remedy named in their own clause: a semicolon joins two clauses the
simplifier may split, and the split must not look like a changed remedy (red team 2, letter 14: a
correct proposal was refused because the bezwaar term counted for the administratief beroep before
the split and for the bezwaar after it). Fictional sentences."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite
from letterlint.rewrite.statements import RewriteRules

SENTENCE = ("Tegen de hoogte van de aanslag zelf kunt u met dit administratief beroep niet opkomen; daarvoor "
            "had u bezwaar moeten maken binnen zes weken na de dagtekening van het aanslagbiljet.")


def test_a_term_after_a_semicolon_belongs_to_the_remedy_of_its_own_clause(linter):
    remedies = RewriteRules.for_linter(linter).remedies([SENTENCE])
    assert remedies["bezwaar"].terms and not remedies["administratief_beroep"].terms


def test_a_split_at_the_semicolon_keeps_the_remedy_the_same(linter):
    letter = f"""Geachte heer De Groot,

Wij hebben besloten uw verzoek om kwijtschelding van de afvalstoffenheffing 2026 gedeeltelijk toe te kennen. U hoeft € 120,00 niet te betalen.

Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken na de dagtekening van deze brief administratief beroep instellen bij het college van burgemeester en wethouders van Lindewaard. {SENTENCE}

Met vriendelijke groet,

J. Bos
"""
    proposal = propose_rewrite(linter, linter.lint_text(letter, "kwijtschelding.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems


def test_a_changed_remedy_is_reported_by_what_differs(linter):
    from letterlint.rewrite.verify import remedy_change

    rules = RewriteRules.for_linter(linter)
    before = rules.remedies(["U kunt binnen zes weken na de dag van verzending bezwaar maken bij het college."])
    after = rules.remedies(["U kunt binnen vier weken na de dag van verzending bezwaar maken bij het college.",
                            "U kunt ook beroep instellen bij de rechtbank."])
    message = remedy_change(before, after)
    assert "bezwaar: termijn was 6 weken, is nu 4 weken" in message
    assert "beroep is erbij gekomen" in message
    assert "bij wie" not in message.split("beroep is erbij")[0]  # the addressee did not change
