"""A passive whose "door …" names a person or a body becomes active with that one as the subject, a
word swap inside a passive formula is made, and a date that only restates a term leaves the sentence
(issue 16, step 3; session 17).

Until now only the agents listed one by one in rules/simplify.yaml (ons, u, het college, …) were made
the subject; "is door de invorderingsambtenaar ontvangen" stayed a passive, marked for the writer.
Now any agent phrase whose noun is a person or a body (simplify.yaml named_agents) takes the subject's
place, so who acts stays exactly who it was. A cause ("door ziekte", "door de storm") is no agent.
Own sentences (fictional Wierdenveld), none from the corpus."""

from __future__ import annotations

import pytest


def _sentences(simplifier, sentence: str) -> list[str]:
    return simplifier.simplify(sentence).sentences


@pytest.mark.parametrize("sentence, expected", [
    # a perfect passive after an opening: the agent takes the subject's place after the verb
    ("Op 4 maart 2026 is door de invorderingsambtenaar uw verzoek om uitstel van betaling ontvangen.",
     "Op 4 maart 2026 heeft de invorderingsambtenaar uw verzoek om uitstel van betaling ontvangen."),
    # the subject first
    ("De schuur is op 9 april 2026 door de toezichthouder van de gemeente bezocht.",
     "De toezichthouder van de gemeente heeft de schuur op 9 april 2026 bezocht."),
    # a department with its name, a present passive
    ("Uw aanvraag wordt door de afdeling Vergunningen beoordeeld.",
     "De afdeling Vergunningen beoordeelt uw aanvraag."),
    # a plural agent takes a plural verb
    ("De stukken zijn door de medewerkers van het Klant Contact Centrum ontvangen.",
     "De medewerkers van het Klant Contact Centrum hebben de papieren ontvangen."),
    # another body than the municipality stays that body
    ("Het verslag is op 2 mei 2026 door de keuringsarts opgesteld.",
     "De keuringsarts heeft het verslag op 2 mei 2026 opgesteld."),
])
def test_a_passive_with_a_named_person_or_body_as_agent_becomes_active(simplifier, sentence, expected):
    assert _sentences(simplifier, sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "De afspraak is door ziekte van uw klantmanager verzet.",
    "Uw schuur is door de storm van 3 maart beschadigd.",
    "De brief is door middel van een aangetekende zending verstuurd.",
])
def test_a_cause_after_door_is_no_agent_and_the_passive_stays(simplifier, sentence):
    # ("door middel van" itself becomes "met": the passive stays)
    assert _sentences(simplifier, sentence) == [sentence.replace("door middel van", "met")]


def test_a_separable_verbs_participle_is_found_so_its_passive_becomes_active(simplifier):
    # "ingediend" had no infinitive ("indienen" was given the participle "geïndiend"), so the passive
    # stayed; the agent "u" was listed all along
    assert _sentences(simplifier, "Op 6 mei 2026 is door u aan de balie een aanvraag ingediend voor een "
                                  "gehandicaptenparkeerkaart.") == [
        "Op 6 mei 2026 heeft u aan de balie een aanvraag ingediend voor een gehandicaptenparkeerkaart."]


def test_a_participle_with_a_short_vowel_gets_its_own_infinitive(simplifier):
    # "ingesteld" is "instellen", not "instelen"
    assert _sentences(simplifier, "Door de afdeling Handhaving is een onderzoek ingesteld naar uw inkomsten.") == [
        "De afdeling Handhaving heeft een onderzoek ingesteld naar uw inkomsten."]


# --------------------------------------------------------------------------- a date that restates a term


def test_a_date_between_commas_that_restates_the_term_becomes_its_own_sentence(simplifier):
    assert _sentences(simplifier, "Wij vragen u de ontbrekende loonstroken binnen tien werkdagen na de datum van "
                                  "deze brief, dus uiterlijk op 18 mei 2026, op te sturen.") == [
        "Wij vragen u de ontbrekende loonstroken binnen tien werkdagen na de datum van deze brief op te sturen.",
        "Dat is uiterlijk op 18 mei 2026."]


def test_a_restated_date_stays_when_the_sentence_goes_on_after_it(simplifier):
    # cut out, a piece split off after the date could come between the term and the "Dat is …" that
    # points at it
    sentence = ("Wij vragen u de ontbrekende loonstroken binnen tien werkdagen, dus uiterlijk op 18 mei 2026, op "
                "te sturen, waarna wij uw aanvraag om bijzondere bijstand voor de kosten van de verhuizing beoordelen.")
    assert "dus uiterlijk op 18 mei 2026" in " ".join(_sentences(simplifier, sentence))


def test_a_date_after_dus_that_restates_no_term_stays(simplifier):
    sentence = ("Wij hebben de brief van uw werkgever over de uren die u in april 2026 heeft gewerkt, dus op "
                "12 mei 2026, ontvangen en aan uw dossier toegevoegd.")
    assert "dus op 12 mei 2026" in " ".join(_sentences(simplifier, sentence))


def test_a_restated_date_leaves_a_long_sentence_whose_term_is_in_its_last_stretch(simplifier):
    sentences = _sentences(simplifier, "Wij verzoeken u het openstaande bedrag van € 640,00, plus de wettelijke rente "
                                       "vanaf 2 maart 2026, binnen twee weken na de datum van deze aanmaning, dus "
                                       "uiterlijk op 30 maart 2026, over te maken op het rekeningnummer hierboven.")
    assert sentences[-1] == "Dat is uiterlijk op 30 maart 2026."
    assert "dus uiterlijk" not in " ".join(sentences)


# --------------------------------------------------------------------------- a word swap inside a formula


def test_a_word_swap_between_the_words_of_a_passive_formula_is_made_too(simplifier):
    # "U wordt derhalve geadviseerd" -> "Wij adviseren u derhalve": the formula kept "derhalve", whose
    # own swap overlapped it and was dropped
    assert _sentences(simplifier, "U wordt derhalve geadviseerd tijdig een nieuwe afspraak te maken.") == [
        "Wij adviseren u dus op tijd een nieuwe afspraak te maken."]


def test_a_swap_inside_a_formula_that_would_change_the_negations_is_not_made(simplifier):
    # "evenmin" -> "ook niet" would read "kunt u ook niet bezwaar maken"; the formula alone stays
    assert _sentences(simplifier, "Tegen deze kwitantie kan evenmin bezwaar worden gemaakt bij de heffingsambtenaar.") == [
        "Tegen deze kwitantie kunt u evenmin bezwaar maken bij de heffingsambtenaar."]


# --------------------------------------------------------------------------- word choices


def test_gedurende_becomes_tijdens_before_a_determiner_and_stays_before_a_duration(simplifier):
    assert _sentences(simplifier, "Gedurende de behandeling van uw bezwaar houden wij de invordering aan.") == [
        "Tijdens de behandeling van uw bezwaar houden wij de invordering aan."]
    assert _sentences(simplifier, "Het ontwerpbesluit ligt gedurende zes weken ter inzage.") == [
        "Het ontwerpbesluit ligt gedurende zes weken ter inzage."]


def test_slechts_and_wegens_get_the_alternative_that_keeps_their_meaning(simplifier):
    assert _sentences(simplifier, "Een ontheffing kan slechts worden verleend wegens bijzondere omstandigheden.") == [
        "Een ontheffing kan alleen worden verleend vanwege bijzondere omstandigheden."]


def test_an_agent_between_the_words_of_a_formula_is_no_second_subject(simplifier):
    # "U wordt door ons verzocht" had become "Wij vragen u door ons …"
    assert _sentences(simplifier, "U wordt door ons verzocht de loonstroken te sturen.") == [
        "Wij vragen u de loonstroken te sturen."]
    # another agent: that one asks, and the reader moved inside the sentence is "u"
    assert _sentences(simplifier, "U wordt door het college verzocht de loonstroken te sturen.") == [
        "Het college vraagt u de loonstroken te sturen."]


def test_slechts_before_a_number_becomes_maar(simplifier):
    assert _sentences(simplifier, "Sinds maart houdt u nog slechts één hond.") == ["Sinds maart houdt u nog maar één hond."]


def test_ik_verzoek_u_is_read_as_a_verb_and_swapped(simplifier):
    # the tagger reads "verzoek" between "Ik" and "u" as a noun, so the swap to "vraag" was not made
    assert _sentences(simplifier, "Ik verzoek u de loonstroken binnen twee weken op te sturen.") == [
        "Ik vraag u de loonstroken binnen twee weken op te sturen."]
    # (and "Hierbij" only says that the letter asks it: it goes, "ik" takes its place)
    assert _sentences(simplifier, "Hierbij verzoek ik u de loonstroken op te sturen.") == [
        "Ik vraag u de loonstroken op te sturen."]
    assert _sentences(simplifier, "Uw verzoek om uitstel is ontvangen.") == ["Uw verzoek om uitstel is ontvangen."]


def test_a_participle_whose_tagged_lemma_is_no_verb_gets_its_own_infinitive(simplifier):
    # the tagger gives "verrekend" the lemma "verreken": the active sentence read "Wij verreken …"
    assert _sentences(simplifier, "Het bedrag wordt door ons verrekend met uw bijstand.") == [
        "Wij verrekenen het bedrag met uw bijstand."]
    # "gezet" ("zetten": a stem in t), "verhuurd" ("verhuren": an unstressed prefix, no "ge")
    assert _sentences(simplifier, "Uw handtekening is door de notaris gezet.") == [
        "De notaris heeft uw handtekening gezet."]
    assert _sentences(simplifier, "De woning is door u verhuurd aan derden.") == ["U heeft de woning verhuurd aan derden."]
