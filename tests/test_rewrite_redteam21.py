"""The classes red team 21 found (tests/data/redteam21/). The sentences here are written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, body: str):
    text = f"Geachte heer Visser,\n\n{body}\n\nMet vriendelijke groet,\n\nJ. de Graaf\nteam Burgerzaken\n"
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_numbered_decisions_made_a_list_keep_their_numbers_for_the_check(linter):
    # red team 21, 07: "…: 1°. …; 2°. …; en 3°. …" became a list with its marks, but the check read the
    # items without them and refused the whole proposal ("getal '3' uit de brief staat niet in het voorstel")
    proposal = _proposal(linter, "Op 4 november 2026 heeft u een nieuwe identiteitskaart aangevraagd.\n\n"
                                 "De burgemeester heeft besloten: 1°. u een identiteitskaart te verstrekken; 2°. uw "
                                 "aanvraag om een spoedlevering af te wijzen; en 3°. de toeslag voor spoedlevering aan u "
                                 "terug te betalen.")
    assert proposal.ok, proposal.verification.problems
    assert "3°. de toeslag voor spoedlevering aan u terug te betalen" in proposal.markdown
