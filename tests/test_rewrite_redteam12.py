"""The class red team 12 found out of sample (tests/data/redteam12/FINDINGS-53f7635.md), proved on a
sentence written for this test: 04-T5, an agent phrase that goes on with "of/en" ("door u of met uw
medeweten") made the subject alone ("dat u de documenten of met uw medeweten … heeft gesteld"), which
is no Dutch and loses the second actor. Such a passive stays passive."""

from __future__ import annotations

import pytest



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


def test_an_answer_that_says_it_is_no_decision_is_information(linter):
    # red team 12, 08 (a blind type set of the red-team letters, tests/data/redteam_types.yaml): the
    # e-mail said "Dit antwoord is geen besluit" and was typed a besluit
    text = ("Onderwerp: parkeervergunning\n\nHoi Sanne,\n\n"
            "Wij hebben je verzoek om een tweede parkeervergunning bekeken. Een tweede vergunning wordt in jouw straat "
            "niet verleend, omdat er een wachtlijst is. Zodra er plaats is, krijg je van ons bericht.\n\n"
            "Dit antwoord is geen besluit, dus je kunt er geen bezwaar tegen maken. Wil je toch een besluit, vraag de "
            "vergunning dan aan via Mijn Lindewaard.\n\nGroet,\n\nTim de Wit\nteam Parkeren\n")
    result = linter.lint_text(text, "mail.txt", "text")
    assert result.structure.letter_type == "informatie"


def test_a_table_label_after_a_decision_list_is_no_item_of_that_list(linter):
    # red team 12, 01-P1 and red team 11, 10-P3 (light): "Berekening terugvordering" became a bullet
    # below decision item 2
    from letterlint.rewrite.proposal import propose_rewrite

    text = ("Geachte heer Bos,\n\nHet college heeft besloten:\n\n"
            "1. uw uitkering over 2025 vast te stellen op € 4.212,60;\n"
            "2. de te veel betaalde uitkering van € 3.632,40 van u terug te vorderen.\n\n"
            "Berekening terugvordering\n\n"
            "Voorlopig betaald: € 7.845,00\nDefinitief vastgesteld: € 4.212,60\nTe veel betaald: € 3.632,40\n\n"
            "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar "
            "maken bij het college van burgemeester en wethouders.\n\nMet vriendelijke groet,\n\nM. Dijkhuis\nconsulent\n")
    proposal = propose_rewrite(linter, linter.lint_text(text, "besluit.txt", "text"), suggest=False)
    lines = proposal.markdown.splitlines()
    assert "Berekening terugvordering" in lines
    assert "- Berekening terugvordering" not in lines
