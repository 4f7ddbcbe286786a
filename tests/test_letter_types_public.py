"""Letter types of public full letters nobody on the team wrote (issue 15, class 4, session 7).

corpus/types-public holds letters from public pages and repositories (SOURCES.md). Every class of
error found there is proved here on texts written for these tests (fictional municipality
Ravensloot, fictional people), and the set's accuracy is gated."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterlint.evaluation.scores import evaluate, find_gold_files, load_gold

PUBLIC = Path(__file__).resolve().parent.parent / "corpus" / "types-public"


def letter(body: str, subject: str | None = None) -> str:
    head = f"Onderwerp: {subject}\n\n" if subject else ""
    return (f"{head}Geachte mevrouw Brandsma,\n\n{body.strip()}\n\n"
            "Met vriendelijke groet,\n\nGemeente Ravensloot\n")


def type_of(linter, text: str) -> str:
    return linter.lint_text(text, "brief.txt", kind="text").structure.letter_type


# --------------------------------------------------------------------------- a decision in the first person singular

@pytest.mark.parametrize("text", [
    letter("Op 4 maart heeft u een aanvraag gedaan voor een bijdrage uit het Sportfonds. Met deze brief beslis ik "
           "op uw aanvraag.\n\nIk verleen u een bijdrage voor de contributie van de voetbalclub van uw zoon."),
    letter("U heeft een ontheffing aangevraagd voor het stoken van een vuurkorf op het plein. Ik heb na overleg "
           "met de brandweer besloten dat het stoken op 31 december mag tussen 20.00 en 1.00 uur."),
], ids=["beslis-ik-verleen", "ik-heb-besloten"])
def test_a_decision_in_the_first_person_singular_is_a_besluit(linter, text):
    assert type_of(linter, text) == "besluit"


def test_a_first_person_decision_still_to_come_is_no_besluit(linter):
    text = letter("Wij hebben uw aanvraag voor een standplaats ontvangen. Binnen 8 weken beslis ik over uw aanvraag.")
    assert type_of(linter, text) == "ontvangstbevestiging"


# --------------------------------------------------------------------------- a grant told plainly

@pytest.mark.parametrize("text", [
    letter("U woont in Ravensloot en u heeft een laag inkomen. U krijgt eenmalig een klimaattoeslag van € 250. "
           "Wij maken het geld binnen 2 weken over."),
    letter("De gemeente geeft u eenmalig een schoolkostenvergoeding voor uw dochter. Het geld staat voor 1 september "
           "op uw rekening."),
    letter("U krijgt voor uw twee kinderen samen € 180 voor de contributie van de sportclub."),
], ids=["compound-with-adverb", "geeft-u", "amount-further-on"])
def test_a_grant_told_plainly_is_a_besluit(linter, text):
    assert type_of(linter, text) == "besluit"


def test_an_amount_the_reader_must_pay_is_no_grant(linter):
    text = letter("U ontvangt binnenkort een nieuwe factuur van € 45 voor de ophaaldienst van het grofvuil.")
    assert type_of(linter, text) != "besluit"


# --------------------------------------------------------------------------- a decision still to come

def test_the_promise_of_a_decision_on_an_objection_is_a_receipt(linter):
    text = letter("Wij hebben uw bezwaarschrift op 12 mei ontvangen. Het gaat over de afwijzing van uw parkeervergunning.\n\n"
                  "Wanneer krijgt u een beslissing op uw bezwaar?\nWij nemen uiterlijk 4 augustus een beslissing op uw "
                  "bezwaar.", subject="Ontvangst van uw bezwaarschrift")
    assert type_of(linter, text) == "ontvangstbevestiging"


def test_the_decision_on_an_objection_itself_stays_an_uitspraak(linter):
    text = letter("Met deze brief krijgt u onze beslissing op uw bezwaar tegen de afwijzing van uw parkeervergunning. "
                  "Wij verklaren uw bezwaar ongegrond. Bent u het niet eens met deze beslissing? Dan kunt u binnen "
                  "6 weken in beroep gaan bij de rechtbank.")
    assert type_of(linter, text) == "uitspraak_op_bezwaar"


def test_a_beschikking_the_reader_may_get_later_is_no_decision(linter):
    text = letter("U vroeg ons of u een schuur in uw achtertuin mag bouwen. Daarvoor heeft u een vergunning nodig. "
                  "Na uw aanvraag ontvangt u uiterlijk binnen 8 weken de beschikking van de gemeente.")
    assert type_of(linter, text) == "informatie"


def test_a_status_without_a_decision_is_a_receipt(linter):
    text = letter("Op 2 juni hebben wij uw aanvraag voor een evenementenvergunning ontvangen.\n\nDe stand van zaken\n"
                  "Wij hebben nog geen besluit genomen. Uw aanvraag heeft nu de status \"In behandeling\". "
                  "U ontvangt ons besluit uiterlijk op 28 juli.")
    assert type_of(linter, text) == "ontvangstbevestiging"


def test_a_voornemen_still_says_it_is_no_decision_yet(linter):
    text = letter("Wij zijn van plan uw bijstand te stoppen, omdat u samenwoont. Dit is nog geen besluit. "
                  "Voordat wij beslissen, mag u ons uw zienswijze geven. Doe dat vóór 1 maart.")
    assert type_of(linter, text) == "voornemen"


# --------------------------------------------------------------------------- background told as a cue

def test_the_clock_time_of_the_readers_report_is_no_appointment(linter):
    text = letter("Op 5 maart om 14.30 uur heeft u een melding gedaan over een kapotte bank in het park. "
                  "De bank wordt volgende week vervangen.")
    assert type_of(linter, text) == "informatie"


def test_an_appointment_at_a_clock_time_stays_an_uitnodiging(linter):
    text = letter("Wij nodigen u uit voor een gesprek over uw uitkering op dinsdag 5 maart om 14.30 uur in het "
                  "gemeentehuis.")
    assert type_of(linter, text) == "uitnodiging"


def test_an_answer_to_a_request_for_information_is_informatie(linter):
    text = letter("Naar aanleiding van uw e-mail van 3 april, waarin u verzoekt om inlichtingen over het kappen van "
                  "een boom, bericht ik u als volgt. Voor een boom met een stam dikker dan 30 centimeter is een "
                  "omgevingsvergunning vereist. U kunt die aanvragen via het Omgevingsloket, waarna u binnen 8 weken de "
                  "eventuele beschikking ontvangt.\n\nIk hoop u hiermee voldoende te hebben geïnformeerd.")
    assert type_of(linter, text) == "informatie"


# --------------------------------------------------------------------------- the set

def test_public_letter_types_reach_the_gate(linter):
    golds = [load_gold(path) for path in find_gold_files(PUBLIC)]
    assert len(golds) >= 26
    report = evaluate(list(linter.lint_paths([gold.letter_path for gold in golds])), golds)
    assert report.letter_type.accuracy >= 0.95, report.letter_type.accuracy
