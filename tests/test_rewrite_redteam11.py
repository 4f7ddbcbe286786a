"""The classes red team 11 found (tests/data/redteam11/FINDINGS-52edfaa.md), each proved on text
written for this test, not on the red team's letters.

01 (misleading): a numbered decision heading with the decision sentence on the next line and no
blank line between ("1. Herziening" / "Het college herziet …") lost the sentence, because the
sentence splitter read both lines as one sentence; and the verification, which compares the
statements with the proposal, never saw the lost text. Now the item is the first line and the
sentence stays; and text the reading loses refuses the proposal."""

from __future__ import annotations

from letterlint.rewrite import statements
from letterlint.rewrite.proposal import propose_rewrite

DECISIONS = """# Herziening en terugvordering bijstand

Geachte heer Brinkhorst,

Uit ons onderzoek is gebleken dat u in de maanden april en mei 2026 inkomsten uit arbeid heeft ontvangen die u niet aan ons heeft gemeld.

Daarom heeft het college het volgende besloten.

1. Herziening
Het college herziet het recht op bijstand over de periode van 1 april 2026 tot en met 31 mei 2026.

2. Terugvordering
Het college vordert de te veel betaalde bijstand van € 1.204,50 van u terug. U moet dit bedrag binnen zes weken betalen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders.

Met vriendelijke groet,

M. Dijkhuis
klantmanager Werk en Inkomen
"""


def test_a_decision_below_a_numbered_heading_line_stays_in_the_proposal(linter):
    proposal = propose_rewrite(linter, linter.lint_text(DECISIONS, "besluit.md", "markdown"), suggest=False)
    assert proposal.verification.ok
    assert "herziet het recht op bijstand over de periode van 1 april 2026 tot en met 31 mei 2026" in proposal.markdown
    assert "vordert de te veel betaalde bijstand van € 1.204,50 van u terug" in proposal.markdown
    originals = [entry.original for entry in proposal.sentence_map]
    assert any(original.startswith("Het college herziet") for original in originals)


def test_text_the_reading_loses_refuses_the_proposal(linter, monkeypatch):
    # the safety net: a reader that drops the sentences below a list item's first line
    monkeypatch.setattr(statements, "_item_and_rest", lambda block, texts: (
        statements.strip_item_mark(block.lines[0].text.strip()), []))
    proposal = propose_rewrite(linter, linter.lint_text(DECISIONS, "besluit.md", "markdown"), suggest=False)
    assert not proposal.verification.ok and not proposal.verification.facts_kept
    assert any("bij het lezen weggevallen" in problem for problem in proposal.verification.problems)
