"""Jargon that needs its sentence to be replaced (rules/simplify.yaml jargon_choices, jargon_verbs,
jargon_relatives) and passives made active (issue 16): each transformation on Dutch sentences
written for these tests, and the cases it must leave alone."""

from __future__ import annotations

import pytest

from letterlint.nlp.matching import verb_paradigm
from letterlint.rewrite.simplify import Simplifier
from letterlint.rulepack import bundled_pack


@pytest.fixture(scope="module")
def simplifier(linter):
    return Simplifier(linter)


def details(result) -> list[str]:
    return [t.detail for t in result.transformations]


# --------------------------------------------------------------------------- verb paradigms


def test_verb_paradigm_gives_one_form_per_slot_for_regular_and_irregular_verbs():
    verbs = bundled_pack().verbs
    assert verb_paradigm("betalen", verbs) == {
        "infinitive": "betalen", "stem": "betaal", "third": "betaalt", "past_singular": "betaalde",
        "past_plural": "betaalden", "participle": "betaald"}
    assert verb_paradigm("vragen", verbs)["past_singular"] == "vroeg"
    assert verb_paradigm("vragen", verbs)["participle"] == "gevraagd"
    assert verb_paradigm("moeten", verbs)["third"] == "moet"


def test_verb_paradigm_leaves_out_what_the_lexicon_leaves_uncertain():
    verbs = bundled_pack().verbs
    assert verb_paradigm("willen", verbs) is None  # irregular present ("hij wil"): no slots at all
    assert "participle" not in verb_paradigm("verzoeken", verbs)  # "verzocht" is past and participle


# --------------------------------------------------------------------------- verbs form for form


def test_dient_te_becomes_moet_and_the_particle_joins_the_infinitive_again(simplifier):
    result = simplifier.simplify("U dient het ingevulde formulier vóór 1 juni 2026 terug te sturen.")
    assert result.sentences == ["U moet het ingevulde formulier vóór 1 juni 2026 terugsturen."]
    assert details(result) == ["'dient' → 'moet'", "'terug te sturen' → 'terugsturen'"]


def test_every_coordinated_te_infinitive_loses_its_te(simplifier):
    result = simplifier.simplify("U dient het formulier van de gemeente Wolderwijk in te vullen en te ondertekenen.")
    assert result.sentences == ["U moet het formulier van de gemeente Wolderwijk invullen en ondertekenen."]


def test_past_and_plural_forms_of_dienen_keep_their_tense_and_number(simplifier):
    assert simplifier.simplify("Hij diende het bedrag op tijd te betalen.").sentences == [
        "Hij moest het bedrag op tijd betalen."]
    assert simplifier.simplify("De kosten dienen vooraf te worden betaald.").sentences == [
        "De kosten moeten vooraf worden betaald."]


def test_the_te_of_another_verb_before_dient_is_left_alone(simplifier):
    result = simplifier.simplify(
        "Als u niet in staat bent het formulier zelf op te sturen, dient u contact op te nemen met de gemeente.")
    assert result.sentences == [
        "Als u niet in staat bent het formulier zelf op te sturen, moet u contact opnemen met de gemeente."]


def test_dienen_in_its_own_meaning_stays(simplifier):
    sentence = "Het gebouw aan de Kerkstraat dient als opvang voor daklozen."
    assert simplifier.simplify(sentence).sentences == [sentence]


def test_a_participle_with_its_auxiliary_gets_the_participle_of_the_plain_verb(simplifier):
    result = simplifier.simplify("Wij hebben u verzocht de stukken op te sturen.")
    assert result.sentences == ["Wij hebben u gevraagd de stukken op te sturen."]
    assert simplifier.simplify("Het college heeft u de vergunning verstrekt.").sentences == [
        "Het college heeft u de vergunning gegeven."]


def test_a_form_that_is_past_or_participle_without_an_auxiliary_stays(simplifier):
    sentence = "Ik verzocht u de stukken op te sturen."
    assert simplifier.simplify(sentence).sentences == [sentence]


def test_present_forms_agree_with_their_subject(simplifier):
    assert simplifier.simplify("De betaling geschiedt in twee termijnen.").sentences == [
        "De betaling gebeurt in twee termijnen."]
    assert simplifier.simplify("U voldoet het bedrag in twee termijnen.").sentences == [
        "U betaalt het bedrag in twee termijnen."]


def test_an_adjective_participle_is_not_swapped(simplifier):
    sentence = "De door u verstrekte gegevens zijn onvolledig."
    assert "verstrekte" in simplifier.simplify(sentence).sentences[0]


def test_a_verb_that_carries_the_decision_is_not_swapped(simplifier):
    # beëindigen has two alternatives and decides the letter's direction: not in jargon_verbs
    sentence = "Wij hebben uw uitkering per 1 mei 2026 beëindigd."
    assert "beëindigd" in simplifier.simplify(sentence).sentences[0]


# --------------------------------------------------------------------------- words chosen, relatives


def test_an_entry_with_two_alternatives_gets_the_one_simplify_yaml_chose(simplifier):
    result = simplifier.simplify("Wij vragen u onverwijld contact op te nemen met de afdeling Vergunningen.")
    assert result.sentences == ["Wij vragen u meteen contact op te nemen met de afdeling Vergunningen."]
    assert simplifier.simplify("Het totale bedrag bedraagt € 350,00.").sentences == ["Het totale bedrag is € 350,00."]


def test_an_inflected_form_of_a_chosen_word_stays(simplifier):
    sentence = "Wij rekenen op een tijdige betaling van de aanslag."
    assert "tijdige" in simplifier.simplify(sentence).sentences[0]


def test_welke_becomes_die_or_dat_by_the_gender_of_its_noun(simplifier):
    assert simplifier.simplify("De aanvraag, welke wij op 3 maart ontvingen, is compleet.").sentences == [
        "De aanvraag, die wij op 3 maart ontvingen, is compleet."]
    assert simplifier.simplify("Het formulier, welke u heeft ondertekend, is compleet.").sentences == [
        "Het formulier, dat u heeft ondertekend, is compleet."]
    assert simplifier.simplify("De stukken, welke u stuurde, zijn compleet.").sentences == [
        "De stukken, die u stuurde, zijn compleet."]


def test_welke_before_a_noun_is_not_a_relative_pronoun_and_stays(simplifier):
    sentence = "Wij beslissen binnen acht weken, welke termijn wij één keer mogen verlengen."
    assert "welke termijn" in " ".join(simplifier.simplify(sentence).sentences)
