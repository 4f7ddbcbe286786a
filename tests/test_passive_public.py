"""Passive voice (SY01) on public sentences, issue 15 class 7, session 7.

Each class of miss or false alarm found on tests/data/passive_public.txt has examples written for
these tests (not taken from that set), positive and negative; the last test gates the figures on
the set itself (bench/passive_public.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import findings_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import passive_public  # noqa: E402


def passive(lint_body, sentence: str) -> list:
    return findings_of(lint_body(sentence), "SY01")


# -- verbs both transitive and intransitive: passive when the subject is acted on ------------------

@pytest.mark.parametrize("sentence", [
    "Uw parkeervergunning is per 1 maart ingetrokken.",
    "De status van uw melding is gewijzigd naar: afgehandeld.",
    "Uw gegevens zijn gewijzigd in de basisregistratie.",
    "Het examen is afgenomen door twee medewerkers van de gemeente.",
], ids=["ingetrokken-vergunning", "gewijzigd-status", "gewijzigd-gegevens", "afgenomen-agent"])
def test_an_alternating_verb_with_an_acted_on_subject_is_passive(lint_body, sentence):
    assert len(passive(lint_body, sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "Uw woonsituatie is gewijzigd sinds de vorige aanvraag.",
    "Uw zoon is vorige maand bij zijn vriendin ingetrokken.",
    "Het aantal meldingen over overlast is afgenomen.",
    "U bent in maart verhuisd naar een andere wijk.",
], ids=["situatie", "person-moved-in", "aantal", "ergative"])
def test_an_alternating_verb_that_happened_by_itself_is_no_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


# -- participles no prefix rule finds --------------------------------------------------------------

@pytest.mark.parametrize("sentence,verb", [
    ("Onder inkomen wordt in deze regeling verstaan: loon, uitkering en alimentatie.", "verstaan"),
    ("Wij zien dat niet is voldaan aan de voorwaarden voor een vergunning.", "voldaan"),
    ("Er is nog niet voldaan aan de betalingsverplichting.", "voldaan"),
], ids=["verstaan", "voldaan-subordinate", "voldaan-er"])
def test_a_participle_without_ge_is_found(lint_body, sentence, verb):
    found = passive(lint_body, sentence)
    assert len(found) == 1 and found[0].text.endswith(verb)


def test_voldaan_as_an_adjective_is_no_passive(lint_body):
    assert passive(lint_body, "Na het gesprek was mijn buurvrouw zeer voldaan.") == []


# -- copular worden -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Is uw inkomen veranderd, waardoor uw toeslag hoger is geworden?",
    "Het wordt voor u eenvoudiger als u het formulier online invult.",
    "De wachtlijst voor een sociale huurwoning wordt elk jaar langer.",
], ids=["geworden-adjective", "wordt-adjective-als-clause", "wordt-comparative"])
def test_copular_worden_is_no_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


def test_a_perfect_passive_with_geworden_is_found(lint_body):
    assert len(passive(lint_body, "Het voorschot is in april uitbetaald geworden.")) == 1


# -- classes that already held on the set, kept: modal, te-worden, relative clause, distant agent -

@pytest.mark.parametrize("sentence", [
    "De stukken dienen uiterlijk vrijdag te worden ingeleverd.",
    "Het aanvraagformulier dient volledig ingevuld te worden.",
    "De kosten kunnen op uw maandelijkse uitkering worden ingehouden.",
    "Wij vragen het deel van de toeslag terug dat u te veel is uitbetaald.",
    "Uw verzoek is vorige week, na een zorgvuldig onderzoek van alle stukken, door het team Vergunningen afgewezen.",
    "Als de aanslag niet op tijd is betaald, sturen wij u een aanmaning.",
], ids=["dient-te-worden", "te-worden-after", "modal", "relative-clause", "distant-agent", "subordinate-perfect"])
def test_passive_classes_of_the_public_set_are_found(lint_body, sentence):
    assert len(passive(lint_body, sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "Het loket in het stadhuis is op woensdagmiddag gesloten.",
    "U bent verplicht om een verandering in uw inkomen door te geven.",
    "U bent op dinsdag van harte welkom op ons inloopspreekuur.",
    "De bezwaartermijn van zes weken is inmiddels verstreken.",
    "Het buurthuis is gevestigd in de oude school aan de Dorpsstraat.",
], ids=["state", "verplicht", "welkom", "ergative", "gevestigd"])
def test_states_and_adjectives_of_the_public_set_are_no_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


# -- the gate ------------------------------------------------------------------------------------

def test_passive_figures_on_the_public_sentences(linter):
    figures, _ = passive_public.run(linter)
    for half in ("tune", "fresh", "all"):
        assert figures[half]["recall"] >= 0.92, (half, figures[half])
        assert figures[half]["precision"] >= 0.95, (half, figures[half])
    assert figures["all"]["recall"] >= 0.97 and figures["all"]["precision"] >= 0.99, figures["all"]
