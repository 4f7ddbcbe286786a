"""Passive voice (SY01) on own letter sentences, issue 15 class 7, session 10.

Each class fixed on the dev half of tests/data/passive_own.txt has examples written for these
tests (not taken from that set), positive and negative; the last tests gate the figures on the set
itself (bench/passive_own.py), its fresh half included."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import findings_of
from letterlint.findings import Severity

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import passive_own  # noqa: E402


def passive(lint_body, sentence: str) -> list:
    return findings_of(lint_body(sentence), "SY01")


# -- a past participle of a verb whose stem ends in -en is no present participle ------------------

@pytest.mark.parametrize("sentence,verb", [
    ("Uw tegoed wordt verrekend met de openstaande aanslag.", "verrekend"),
    ("De eigen bijdrage wordt berekend over uw inkomen van twee jaar geleden.", "berekend"),
    ("Het bedrag is door u bijverdiend naast uw uitkering.", "bijverdiend"),
], ids=["verrekend", "berekend", "bijverdiend"])
def test_a_past_participle_ending_in_end_is_a_passive(lint_body, sentence, verb):
    found = passive(lint_body, sentence)
    assert len(found) == 1 and found[0].text.endswith(verb)


@pytest.mark.parametrize("sentence", [
    "De gevolgen van dit besluit zijn ingrijpend voor uw gezin.",
    "Wij vinden de uitkomst van het gesprek teleurstellend.",
    "De regels zijn bindend voor alle inwoners.",
], ids=["ingrijpend", "teleurstellend", "bindend"])
def test_a_present_participle_stays_no_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


# -- adjectival participles: a person's state, the state of a dwelling ------------------------------

@pytest.mark.parametrize("sentence", [
    "Als uw partner gehandicapt is, kunt u een gehandicaptenparkeerkaart aanvragen.",
    "Bent u gepensioneerd, dan hoeft u niet meer te solliciteren.",
    "Wij weten dat uw zoon op dit moment gedetineerd is.",
    "Vul op het formulier in of u ongehuwd bent.",
    "De huurwoning aan de Beukenlaan is gemeubileerd.",
    "Uw nieuwe rijbewijs is gereed en ligt voor u klaar.",
], ids=["gehandicapt", "gepensioneerd", "gedetineerd", "ongehuwd", "gemeubileerd", "gereed"])
def test_an_adjectival_participle_after_zijn_is_no_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


@pytest.mark.parametrize("sentence", [
    "U bent voor een medische keuring opgeroepen door de GGD.",
    "Uw partner is uitgenodigd voor een gesprek op het stadskantoor.",
    "U bent van harte uitgenodigd voor de opening van het nieuwe wijkcentrum.",
], ids=["opgeroepen", "uitgenodigd", "van-harte-uitgenodigd"])
def test_a_person_acted_on_is_still_a_passive(lint_body, sentence):
    assert len(passive(lint_body, sentence)) == 1


# -- perfects with zijn of verbs of motion and change, also behind a particle ------------------------

@pytest.mark.parametrize("sentence", [
    "Uw broer is vorig jaar bij een verkeersongeluk omgekomen.",
    "Wij horen dat u sinds de zomer bent teruggevallen in inkomen.",
    "De huurachterstand is inmiddels opgelopen tot € 1.800.",
    "U bent in april uitgestroomd naar een baan bij een schoonmaakbedrijf.",
    "Uw aangetekende brief is bij de post zoekgeraakt.",
    "U bent uw parkeervergunning kwijtgeraakt.",
    "De gezondheid van uw moeder is sinds de winter verslechterd.",
    "De nieuwe regels zijn op 1 januari in werking getreden.",
], ids=["omgekomen", "teruggevallen", "opgelopen", "uitgestroomd", "zoekgeraakt", "kwijtgeraakt",
        "verslechterd", "in-werking-getreden"])
def test_a_perfect_with_zijn_of_an_intransitive_verb_is_no_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


@pytest.mark.parametrize("sentence", [
    "De afspraken uit het plan van aanpak zijn niet nagekomen.",
    "Er is nagegaan of u werkelijk op dit adres woont.",
    "Er is met de schuldeisers een betalingsregeling aangegaan.",
], ids=["nagekomen", "nagegaan", "aangegaan"])
def test_a_transitive_compound_of_a_motion_verb_stays_a_passive(lint_body, sentence):
    assert len(passive(lint_body, sentence)) == 1


def test_nagekomen_with_the_reader_as_subject_is_an_active_perfect(lint_body):
    assert passive(lint_body, "U bent uw afspraken met de klantmanager niet nagekomen.") == []
    assert len(passive(lint_body, "De verplichtingen uit het plan van aanpak zijn niet nagekomen.")) == 1


# -- recall kept: relative clauses and distant agents; the severity of short passives ---------------

@pytest.mark.parametrize("sentence", [
    "Wij vorderen de huurtoeslag terug die over 2024 ten onrechte is uitbetaald.",
    "De bezwaren die in de periode van 1 tot en met 20 mei door omwonenden van het plein zijn ingediend, behandelen wij samen.",
    "Uw aanvraag is, nadat wij de bankafschriften van de afgelopen drie maanden hebben bekeken, door de consulent toegekend.",
], ids=["relative", "relative-distant-agent", "distant-agent"])
def test_passives_in_relative_clauses_and_with_a_distant_agent_are_found(lint_body, sentence):
    assert len(passive(lint_body, sentence)) == 1


def test_a_short_agentless_passive_is_info_and_one_with_an_agent_a_warning(lint_body):
    short = passive(lint_body, "Uw verzoek om uitstel is toegekend.")
    agent = passive(lint_body, "Uw verzoek om uitstel is door de wethouder toegekend.")
    assert [f.severity for f in short] == [Severity.INFO]
    assert [f.severity for f in agent] == [Severity.WARNING]


@pytest.mark.parametrize("sentence", [
    "Uw dochter wordt in augustus 16 en mag dan zelf tekenen.",
    "Het wordt lastig om voor de zomer een woning te vinden.",
    "Als u eigenaar wordt van het pand, krijgt u zelf de aanslag.",
    "U bent op elke werkdag welkom aan de balie van het gemeentehuis.",
], ids=["wordt-number", "wordt-adjective", "wordt-noun", "welkom"])
def test_copular_worden_and_welkom_are_no_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


# -- the gate ------------------------------------------------------------------------------------

def test_the_own_passive_set_is_balanced_and_has_a_fresh_half():
    items = passive_own.read()
    for half in ("dev", "fresh"):
        rows = [gold for gold, h, _, _ in items if h == half]
        assert len(rows) >= 60 and 0.4 <= sum(rows) / len(rows) <= 0.6, (half, len(rows), sum(rows))


def test_passive_figures_on_the_own_letter_sentences(linter):
    figures, _ = passive_own.run(linter)
    assert figures["dev"]["precision"] >= 0.97 and figures["dev"]["recall"] >= 0.97, figures["dev"]
    assert figures["fresh"]["precision"] >= 0.95 and figures["fresh"]["recall"] >= 0.92, figures["fresh"]
