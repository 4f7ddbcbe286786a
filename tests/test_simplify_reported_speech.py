"""A reason inside what someone says stays inside it (red team 2, R2-M12): "U stelt dat …, omdat X"
must not become "… . Dat komt omdat X.", which states the reader's argument as the municipality's
own fact, in a decision that may reject it. The municipality's own reason is still split off.
Fictional sentences written for this test."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence", [
    "U stelt in uw bezwaarschrift dat de aanslag afvalstoffenheffing te hoog is vastgesteld, omdat u sinds maart alleen in uw woning woont.",
    "Uw buurman voert aan dat de dakkapel zijn tuin in de middag volledig in de schaduw zet, omdat de dakkapel veel hoger is dan toegestaan.",
    "U bent van mening dat u de bijstand niet hoeft terug te betalen over de maanden mei en juni, omdat u de inkomsten wel op tijd heeft gemeld.",
])
def test_a_reason_inside_someones_argument_is_not_split_off_as_a_fact(simplifier, sentence):
    result = simplifier.simplify(sentence)
    assert not any(s.startswith("Dat komt") for s in result.sentences), result.sentences


def test_the_municipalitys_own_reason_is_still_split_off(simplifier):
    result = simplifier.simplify("Wij hebben uw aanvraag voor een parkeervergunning in de wijk Centrum afgewezen, "
                                 "omdat er op uw adres al twee auto's met een vergunning staan ingeschreven.")
    assert any(s.startswith("Dat komt omdat") for s in result.sentences), result.sentences
