"""'Uit X blijkt dat S' -> 'S. Dat blijkt uit X.': the finding becomes the main clause and its
source a short sentence behind it (rules/simplify.yaml evidence); the guards around it."""

from __future__ import annotations

import pytest

from letterlint.rewrite.proposal import propose_rewrite


@pytest.mark.parametrize("sentence, expected", [
    ("Uit het onderzoek naar uw aanvraag is gebleken dat u beschikt over een spaarrekening met een saldo "
     "van € 8.200,00 en een caravan.",
     ["U beschikt over een spaarrekening met een saldo van € 8.200,00 en een caravan.",
      "Dat blijkt uit het onderzoek naar uw aanvraag."]),
    ("Uit onze administratie blijkt dat u de tweede en de derde termijn van de aanslag rioolheffing van dit "
     "jaar nog niet aan de gemeente heeft betaald.",
     ["U heeft de tweede en de derde termijn van de aanslag rioolheffing van dit jaar nog niet aan de gemeente "
      "betaald.",
      "Dat blijkt uit onze administratie."]),
])
def test_the_finding_becomes_the_main_clause_and_its_source_follows(simplifier, sentence, expected):
    result = simplifier.simplify(sentence)
    assert result.sentences == expected
    assert any("als eigen zin achteraan" in t.detail for t in result.transformations)


def test_a_linking_adverb_of_the_frame_opens_the_finding(simplifier):
    result = simplifier.simplify(
        "Uit de gegevens van de Belastingdienst blijkt ook dat u in 2025 een bedrag van € 2.400,00 heeft "
        "ontvangen van uw vorige werkgever.")
    assert result.sentences == [
        "Ook heeft u in 2025 een bedrag van € 2.400,00 ontvangen van uw vorige werkgever.",
        "Dat blijkt uit de gegevens van de Belastingdienst."]


def test_two_findings_of_one_source_are_not_split_by_their_source(simplifier):
    # "A. B. Dat bleek uit het rapport." would give the source to B alone
    result = simplifier.simplify(
        "Uit het rapport van de toezichthouder bleek dat de schuur niet volgens de vergunde tekening is "
        "gebouwd en dat de kleur van het dak afwijkt van de voorschriften.")
    assert not any(s.startswith("Dat bleek uit") for s in result.sentences)


def test_a_phrase_of_time_is_not_moved_with_the_subject_to_the_front(simplifier):
    # the parse may hang "vanaf 1 november 2024" on the name: "De heer Valk vanaf 1 november 2024
    # heeft …" is not Dutch
    result = simplifier.simplify(
        "Uit het onderzoek is gebleken dat de heer K. Dommelhof vanaf 1 november 2024 zijn hoofdverblijf "
        "heeft in uw woning aan de Reigerlaan 12.")
    assert not any("Dommelhof vanaf 1 november 2024 heeft" in s for s in result.sentences)


def test_a_next_sentence_that_points_at_the_finding_keeps_it_whole(linter):
    # split, "Dit blijkt uit het feit dat …" would follow "Dat blijkt uit het onderzoek."
    text = ("# Beëindiging bijstand\n\nGeachte mevrouw Okkerse,\n\n"
            "Uit het onderzoek naar uw situatie is gebleken dat de heer Vlieger sinds 1 maart 2026 zijn "
            "hoofdverblijf heeft in uw woning aan de Reigerlaan 12 in Veldhoven. "
            "Dit blijkt uit het feit dat hij sinds die datum zijn post op uw adres ontvangt.\n\n"
            "Met vriendelijke groet,\n\nJ. Brandsma\nteamleider Werk en Inkomen\n")
    result = linter.lint_text(text, "brief.md", "markdown")
    proposal = propose_rewrite(linter, result, suggest=False)
    assert "Dat blijkt uit het onderzoek" not in proposal.markdown
    assert "Uit het onderzoek naar uw situatie is gebleken dat" in proposal.markdown
