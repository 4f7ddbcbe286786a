"""Letter types (issue 15, class 4): the finer types, their required sections, uncertain types,
and rules/structure.yaml as the one source of type and section names. Letters written for these
tests (fictional names and addresses)."""

from __future__ import annotations

import pytest

from letterlint.config import LETTER_TYPES, ConfigError, from_mapping
from letterlint.findings import Severity
from letterlint.report.preview import TYPE_LABEL as PREVIEW_TYPES
from letterlint.report.text import SECTION_LABEL as TEXT_SECTIONS, TYPE_LABEL as TEXT_TYPES
from letterlint.rulepack import letter_type_labels, required_sections, section_labels
from letterlint.structure import SECTIONS

from conftest import findings_of


def letter(subject: str, body: str) -> str:
    return (f"Datum: 4 december 2026\nOnderwerp: {subject}\n\nGeachte mevrouw De Vries,\n\n{body.strip()}\n\n"
            "Met vriendelijke groet,\n\nKarin Mulder\nteam Vergunningen\n")


VOORNEMEN = letter("voornemen last onder dwangsom", """
Op 2 november 2026 zag onze toezichthouder dat er een schuur in uw achtertuin staat zonder vergunning.
Wij zijn van plan u een last onder dwangsom op te leggen. U moet de schuur dan binnen acht weken weghalen.
Voordat wij een besluit nemen, mag u ons uw mening geven. Dat heet een zienswijze. Stuur uw zienswijze
vóór 18 december 2026 naar Postbus 10, 1234 AB Bosdorp.
""")

BESLUIT_NA_VOORNEMEN = letter("besluit last onder dwangsom", """
Op 4 december 2026 hebben wij u ons voornemen laten weten. U heeft daarop een zienswijze gegeven.
Wij hebben uw zienswijze gelezen. Toch hebben wij besloten u een last onder dwangsom op te leggen.
U moet de schuur vóór 1 maart 2027 weghalen, omdat de schuur te dicht bij de sloot staat.
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Stuur een brief naar
Postbus 10, 1234 AB Bosdorp.
""")

AANMANING = letter("aanmaning", """
U heeft de aanslag gemeentelijke belastingen nog steeds niet betaald, ook niet na onze herinnering.
Dit is een aanmaning. Wij rekenen € 8,00 aanmaningskosten. Betaal het hele bedrag vóór 20 december 2026.
Betaalt u niet op tijd? Dan sturen wij een dwangbevel.
""")

HERINNERING_MET_WAARSCHUWING = letter("betalingsherinnering", """
Wij hebben uw betaling van € 120,00 nog niet ontvangen. Misschien bent u het vergeten.
Betaal het bedrag vóór 20 december 2026. Betaalt u niet op tijd? Dan krijgt u een aanmaning.
""")

ONTVANGST = letter("uw aanvraag omgevingsvergunning", """
Wij hebben uw aanvraag voor een omgevingsvergunning voor een dakkapel op 1 december 2026 ontvangen.
Wij nemen uw aanvraag in behandeling. U hoort binnen acht weken of u de vergunning krijgt.
""")

UITSPRAAK = letter("beslissing op uw bezwaar", """
U heeft bezwaar gemaakt tegen de WOZ-waarde van uw woning. Wij vinden uw bezwaar ongegrond.
De waarde van € 312.000 blijft dus hetzelfde, omdat vergelijkbare huizen in uw straat evenveel waard zijn.
Bent u het niet eens met deze uitspraak? Dan kunt u binnen zes weken in beroep gaan bij de rechtbank.
""")

NIET_IN_BEHANDELING = letter("uw aanvraag bijzondere bijstand", """
Wij vroegen u op 3 november 2026 om uw bankafschriften. Die hebben wij niet gekregen.
Daarom wordt uw aanvraag niet in behandeling genomen. Bent u het niet eens met dit besluit?
Dan kunt u binnen zes weken bezwaar maken. Stuur een brief naar Postbus 10, 1234 AB Bosdorp.
""")

HERSTEL = letter("uw aanvraag bijzondere bijstand", """
Wij missen nog uw bankafschriften van de laatste drie maanden. Wij hebben die nodig om uw aanvraag te
beoordelen. Stuur ze vóór 18 december 2026. Anders wordt uw aanvraag niet in behandeling genomen.
""")

ANTWOORD = letter("uw vraag over een dakkapel", """
U wilde weten of u een vergunning nodig heeft voor een dakkapel aan de achterkant van uw huis.
Dat hoeft niet als de dakkapel kleiner is dan 1,75 meter. Uw vraag gaat over een dakkapel van 1,50 meter.
""")


@pytest.mark.parametrize("text,expected", [
    (VOORNEMEN, "voornemen"),
    (BESLUIT_NA_VOORNEMEN, "besluit"),
    (AANMANING, "aanmaning"),
    (HERINNERING_MET_WAARSCHUWING, "herinnering"),
    (ONTVANGST, "ontvangstbevestiging"),
    (UITSPRAAK, "uitspraak_op_bezwaar"),
    (NIET_IN_BEHANDELING, "besluit"),
    (HERSTEL, "verzoek_om_informatie"),
    (ANTWOORD, "informatie"),
], ids=["voornemen", "besluit-after-voornemen", "aanmaning", "herinnering-warning-of-aanmaning",
        "ontvangstbevestiging", "uitspraak-op-bezwaar", "niet-in-behandeling-is-besluit",
        "hersteltermijn-is-verzoek", "answer-to-question-is-informatie"])
def test_letter_type_is_recognised_including_the_finer_types(linter, text, expected):
    result = linter.lint_text(text, "brief.md", "markdown")
    assert result.structure.letter_type == expected, result.structure.type_scores


def test_a_voornemen_needs_a_reason_but_no_objection_section():
    needs = required_sections("voornemen")
    assert needs["reason"] == "error" and "objection" not in needs


def test_an_uitspraak_op_bezwaar_needs_the_appeal_and_the_reason():
    assert required_sections("uitspraak_op_bezwaar")["objection"] == "error"
    assert required_sections("uitspraak_op_bezwaar")["reason"] == "error"


def test_uncertain_type_turns_missing_section_errors_into_warnings(linter):
    # as many decision cues as reminder cues: a close call
    text = letter("uw betaling", """
Wij hebben uw betaling nog niet ontvangen. Wij hebben besloten uw uitkering te verlagen.
""")
    result = linter.lint_text(text, "brief.md", "markdown")
    assert not result.structure.type_certain
    structure = [f for f in result.findings if f.category == "structure" and f.rule != "ST01"]
    assert structure and all(f.severity <= Severity.WARNING for f in structure)


def test_certain_type_keeps_missing_section_errors(linter):
    text = letter("besluit bijzondere bijstand", """
Wij hebben besloten uw aanvraag voor bijzondere bijstand af te wijzen. Wij hebben uw aanvraag afgewezen.
""")
    result = linter.lint_text(text, "brief.md", "markdown")
    assert result.structure.type_certain
    assert findings_of(result, "ST03")[0].severity is Severity.ERROR


def test_letter_types_and_labels_come_from_rules_structure_yaml():
    labels = letter_type_labels()
    assert tuple(labels) == LETTER_TYPES
    assert {"voornemen", "aanmaning", "ontvangstbevestiging", "uitspraak_op_bezwaar", "aanslag"} <= set(labels)
    assert labels["uitspraak_op_bezwaar"] == "uitspraak op bezwaar"
    assert TEXT_TYPES == labels and PREVIEW_TYPES == labels
    assert set(section_labels()) == set(SECTIONS) == set(TEXT_SECTIONS)
    assert set(section_labels(long=True)) == set(SECTIONS)


def test_config_accepts_a_new_letter_type_and_rejects_an_unknown_one():
    assert from_mapping({"letter_type": "voornemen"}, "setup.cfg").letter_type == "voornemen"
    with pytest.raises(ConfigError, match="aanmaning"):
        from_mapping({"letter_type": "brief"}, "setup.cfg")


def test_an_announced_visit_is_an_uitnodiging(linter):
    text = letter("aankondiging controle Kastanjelaan 3", """
De controle van uw schuur zal plaatsvinden op woensdag 13 januari 2027 om 10.00 uur.
Zorg dat u thuis bent. Kunt u niet? Bel dan vóór 8 januari.
""")
    assert linter.lint_text(text, "brief.md", "markdown").structure.letter_type == "uitnodiging"


def test_a_tie_between_types_goes_to_informatie_and_is_uncertain(linter):
    # one weak cue for an invitation (an appointment), one for information (something expires)
    text = letter("uw paspoort", "Uw paspoort verloopt op 3 maart. Maak op tijd een afspraak.")
    result = linter.lint_text(text, "brief.md", "markdown")
    assert result.structure.letter_type == "informatie" and not result.structure.type_certain


def test_a_text_judged_as_another_letters_type_keeps_that_type_and_its_certainty(linter):
    # a rewrite proposal is the same kind of letter as its original: the lint takes the original's
    # type judgement instead of typing the new wording (Linter.lint_text(judged=...))
    original = linter.lint_text(letter("uw betaling", """
Wij hebben uw betaling nog niet ontvangen. Wij hebben besloten uw uitkering te verlagen.
"""), "brief.md", "markdown")
    assert not original.structure.type_certain
    plain = letter("uw uitkering", "Wij verlagen uw uitkering. Heeft u vragen? Bel ons.\n")
    judged = linter.lint_text(plain, "voorstel.md", "markdown", judged=original.structure)
    assert judged.structure.letter_type == original.structure.letter_type
    assert judged.structure.type_certain is False
    assert judged.structure.type_scores == original.structure.type_scores
    structure = [f for f in judged.findings if f.category == "structure" and f.rule != "ST01"]
    assert structure and all(f.severity <= Severity.WARNING for f in structure)
