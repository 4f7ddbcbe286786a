"""The class red team 12 found out of sample (tests/data/redteam12/FINDINGS-53f7635.md), proved on a
sentence written for this test: 04-T5, an agent phrase that goes on with "of/en" ("door u of met uw
medeweten") made the subject alone ("dat u de documenten of met uw medeweten … heeft gesteld"), which
is no Dutch and loses the second actor. Such a passive stays passive."""

from __future__ import annotations

import pytest

from letterlint.rewrite.simplify import Simplifier


@pytest.fixture(scope="module")
def simplifier(linter):
    return Simplifier(linter)


@pytest.mark.parametrize("sentence", [
    "Uit het onderzoek is niet gebleken dat de gestolen pas door u of met uw medeweten aan een ander is gegeven.",
    "Wij hebben vastgesteld dat de aanvraag door u en uw partner op 3 mei 2026 is ondertekend.",
])
def test_a_coordinated_agent_is_not_made_the_only_subject(simplifier, sentence):
    result = simplifier.simplify(sentence)
    assert not any(t.kind == "passive_to_active" for t in result.transformations)
    assert " ".join(result.sentences) == sentence


def test_a_single_agent_still_becomes_the_subject(simplifier):
    result = simplifier.simplify("Uw aanvraag is op 12 februari 2026 door ons ontvangen.")
    assert result.sentences == ["Wij hebben uw aanvraag op 12 februari 2026 ontvangen."]
