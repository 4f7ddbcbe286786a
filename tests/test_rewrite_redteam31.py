"""Red team 31 (Ravenwolde, tests/data/redteam31): the classes its judge found in the proposals of
bebc451, and the refusal it met, each pinned with sentences written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, text: str):
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_remedy_whose_condition_became_a_question_keeps_its_term_start(linter):
    # 05 was refused ("beroep: begin van de termijn was ontvangst, is nu niets"): the condition that
    # holds the term went into a question of its own, "Heeft het college … na ontvangst … niet beslist?
    # Dan kunt u … beroep instellen …"; the question and its "Dan …" are one remedy sentence
    proposal = _proposal(linter, (
        "Geachte heer Wolters,\n\nWij hebben uw aanvraag om een omgevingsvergunning op 3 mei 2027 ontvangen.\n\n"
        "Heeft het college twee weken na ontvangst van uw ingebrekestelling nog steeds niet beslist, dan verbeurt "
        "het college aan u een dwangsom voor iedere dag dat het in gebreke blijft, en kunt u zonder bezwaar te maken "
        "rechtstreeks beroep instellen bij de Rechtbank Oostmarke, Postbus 2200, 0880 AB Oostmarke.\n\n"
        "Met vriendelijke groet,\n\nG. Smit\nteamleider Vergunningen\n"))
    assert proposal.ok, proposal.verification.problems
    assert "Heeft het college twee weken na ontvangst van uw ingebrekestelling nog steeds niet beslist?" in proposal.markdown
    assert "Dan verbeurt het college aan u een dwangsom" in proposal.markdown
