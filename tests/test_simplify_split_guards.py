"""Splits that would change what a sentence says are not made (red team 6, bel-01).

A long sentence of an objection letter names what the objection is against: "gericht tegen de
beschikking, waarbij …, alsmede tegen de aanslag …". Cut at "waarbij", the objection against the
aanslag ended up in the sentence about the value; cut at "en", it became a sentence without a verb
("Tegen de … vermelde aanslagen … 2026.") because the tagger read "vermelde" as a finite verb and
"aanslagen" as its subject. Own sentences (fictional Wierdenveld), not the red team's."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence", [
    "Op 2 juni 2026 hebben wij uw bezwaarschrift ontvangen, gericht tegen de beschikking, waarbij de waarde van uw "
    "woning is vastgesteld op € 287.000, alsmede tegen de aanslag rioolheffing over het belastingjaar 2026.",
    "Op 2 juni 2026 hebben wij uw brief van 30 mei 2026 ontvangen, gericht tegen het besluit, waarbij uw uitkering "
    "met ingang van 1 juli 2026 is verlaagd met € 120 per maand, alsmede tegen de terugvordering over april 2026.",
])
def test_a_relative_clause_followed_by_a_coordinated_phrase_is_not_split_off(simplifier, sentence):
    result = simplifier.simplify(sentence)
    # "en tegen de aanslag …" belongs to "gericht tegen …": it may not follow the clause's content
    assert not any(s.startswith("Daarbij") for s in result.sentences)


def test_a_relative_clause_that_ends_the_sentence_is_still_split(simplifier):
    result = simplifier.simplify(
        "Op 2 juni 2026 hebben wij uw bezwaarschrift ontvangen, gericht tegen de beschikking van 3 maart 2026, "
        "waarbij de waarde van uw woning naar waardepeildatum 1 januari 2025 is vastgesteld op € 287.000.")
    assert result.sentences[-1] == ("Daarbij is de waarde van uw woning naar waardepeildatum 1 januari 2025 "
                                    "vastgesteld op € 287.000.")


def test_a_coordinated_phrase_whose_subject_is_tagged_as_verb_or_adverb_is_no_main_clause(simplifier):
    result = simplifier.simplify(
        "Op 12 mei 2026 hebben wij uw bezwaarschrift ontvangen, gericht tegen de beschikking, en tegen de op "
        "hetzelfde aanslagbiljet vermelde aanslagen rioolheffing en afvalstoffenheffing over 2026.")
    assert not any(s.startswith("Tegen de op hetzelfde aanslagbiljet") for s in result.sentences)


def test_coordinated_main_clauses_with_a_real_subject_are_still_split(simplifier):
    result = simplifier.simplify(
        "Wij hebben uw aanvraag voor bijzondere bijstand op 3 maart 2026 ontvangen, en er is nog een aantal stukken "
        "nodig om uw aanvraag te kunnen beoordelen.")
    assert result.sentences == ["Wij hebben uw aanvraag voor bijzondere bijstand op 3 maart 2026 ontvangen.",
                                "Er is nog een aantal papieren nodig om uw aanvraag te kunnen beoordelen."]


def test_inhoudende_after_a_relative_clause_is_not_split_off(simplifier):
    # red team 6, bz-01: "Dit houdt in dat …" pointed at the registration, not at the report
    sentence = ("Wij hebben op 3 maart 2026 een melding ontvangen van de woningcorporatie over de woning aan de "
                "Ruysdaelkade 12, waar u sinds 1 mei 2020 stond ingeschreven, inhoudende dat u de woning al "
                "enige tijd niet meer bewoonde.")
    assert not any(s.startswith("Dit houdt in") for s in simplifier.simplify(sentence).sentences)


def test_inhoudende_after_the_main_clause_is_still_split_off(simplifier):
    result = simplifier.simplify("Wij zijn van plan u een last onder dwangsom op te leggen, inhoudende dat u de "
                                 "bewoning van de schuur binnen acht weken moet beëindigen.")
    assert result.sentences == ["Wij zijn van plan u een last onder dwangsom op te leggen.",
                                "Dit houdt in dat u de bewoning van de schuur binnen acht weken moet beëindigen."]


def test_a_quoted_term_keeps_its_quotes_against_it_after_a_split(simplifier):
    # red team 6: 'de zogenoemde " inlichtingenplicht "'
    result = simplifier.simplify('U bent verplicht wijzigingen door te geven, welke verplichting ook wel de zogenoemde '
                                 '"inlichtingenplicht" wordt genoemd, en u heeft dat niet gedaan.')
    assert len(result.sentences) > 1
    assert '"inlichtingenplicht"' in " ".join(result.sentences)


def test_a_term_whose_day_clause_ends_in_a_participle_read_as_adjective_moves_out_whole(simplifier):
    # "is verstuurd" with "verstuurd" tagged an adjective: the term was cut after "is", leaving
    # "Dan kunt u verstuurd een bezwaarschrift indienen" and a start of the term without its verb
    result = simplifier.simplify(
        "Indien u het niet eens bent met dit besluit, kunt u binnen zes weken na de dag waarop dit besluit is "
        "verstuurd een gemotiveerd bezwaarschrift indienen bij het college van burgemeester en wethouders.")
    text = " ".join(result.sentences)
    assert "u verstuurd" not in text
    assert "binnen zes weken na de dag waarop dit besluit is verstuurd" in text


def test_the_remedy_check_reads_the_start_of_a_term_told_in_a_day_clause(linter):
    from letterlint.rewrite.statements import RewriteRules

    rules = RewriteRules.for_linter(linter)
    assert rules.remedy_details("binnen zes weken na de dag waarop dit besluit is verstuurd")[1] == {"verzending"}
    assert rules.remedy_details("binnen zes weken na de dag waarop dit besluit is bekendgemaakt")[1] == {"bekendmaking"}
    # a clause that lost its verb has lost its start
    assert rules.remedy_details("binnen zes weken na de dag waarop dit besluit is")[1] == set()


def test_a_welke_clause_coordinated_with_a_second_relative_clause_is_not_split(simplifier):
    # red team 7: "Wij hebben deze aanvraag in behandeling genomen en naar aanleiding waarvan …"
    result = simplifier.simplify(
        "Op 2 maart 2026 heeft u een aanvraag om bijzondere bijstand ingediend, welke aanvraag door de consulent "
        "is bekeken en naar aanleiding waarvan op 9 maart 2026 een huisbezoek bij u is afgelegd.")
    assert not any(s.startswith(("Deze aanvraag", "Wij hebben deze aanvraag")) for s in result.sentences)
