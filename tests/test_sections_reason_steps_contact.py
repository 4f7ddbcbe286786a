"""Reason, next steps and named contact (issue 15, classes 1-3), on letters written for these tests."""

from __future__ import annotations

import pytest

from letterlint.findings import Severity

from conftest import findings_of

SIGNED = "Met vriendelijke groet,\n\nAnouk Verbeek\nconsulent Werk en Inkomen\n"


def letter(body: str, closing: str = SIGNED) -> str:
    return f"Geachte heer Jansen,\n\n{body.strip()}\n\n{closing}"


def sections(linter, body: str, closing: str = SIGNED, letter_type: str | None = None):
    result = linter.lint_text(letter(body, closing), "brief.md")
    return result


# --------------------------------------------------------------------------- 1 reason

@pytest.mark.parametrize("body", [
    "## Overwegingen\n\nUw inkomen ligt boven de grens van de regeling.\n\n## Besluit\n\nWij wijzen uw aanvraag af.",
    "Aangezien uw inkomen boven de grens ligt, wijzen wij uw aanvraag af.",
    "Nu u twee keer niet op de afspraak bent gekomen, beëindigen wij uw uitkering.",
    "Uit het huisbezoek van 3 maart is gebleken dat u niet op dit adres woont. Wij schrijven u daarom uit.",
    "Wij hebben besloten uw bezwaar ongegrond te verklaren, omdat de waarde van uw woning goed is vastgesteld.",
    "Gelet op uw vermogen van € 12.000 wijzen wij uw aanvraag om bijzondere bijstand af.",
], ids=["overwegingen-heading", "aangezien", "nu", "uit-is-gebleken", "omdat-beside-bezwaar", "gelet-op-uw"])
def test_officialese_ways_of_giving_a_reason_count_as_a_reason(linter, body):
    assert sections(linter, body).structure.sections["reason"]


def test_a_law_citation_alone_is_no_reason(linter):
    body = "Gelet op artikel 11 van de Participatiewet wijzen wij uw aanvraag af."
    assert not sections(linter, body).structure.sections["reason"]


def test_a_granted_request_without_a_reason_gets_only_a_tip(linter):
    body = ("Wij hebben besloten u bijzondere bijstand toe te kennen voor een wasmachine. U krijgt € 450. "
            "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. "
            "Stuur een brief naar Postbus 10, 1234 AB Bosdorp. Heeft u vragen? Bel 06 12345678.")
    found = findings_of(sections(linter, body), "ST06")
    assert [f.severity for f in found] == [Severity.INFO]


def test_a_refusal_without_a_reason_stays_an_error(linter):
    body = ("Wij hebben besloten uw aanvraag voor bijzondere bijstand af te wijzen. "
            "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. "
            "Stuur een brief naar Postbus 10, 1234 AB Bosdorp. Heeft u vragen? Bel 06 12345678.")
    found = findings_of(sections(linter, body), "ST06")
    assert [f.severity for f in found] == [Severity.ERROR]


# --------------------------------------------------------------------------- 2 next steps

@pytest.mark.parametrize("body", [
    "De gemeente mag altijd controleren of uw gegevens kloppen. Dit kan ook later in 2027.",
    "Verhuist u naar het buitenland? Dan staat u vanaf 1 mei niet meer ingeschreven in Bosdorp.",
], ids=["legal-power", "legal-effect"])
def test_legal_effects_and_general_warnings_are_no_next_steps(linter, body):
    assert not sections(linter, body).structure.sections["next_steps"]


@pytest.mark.parametrize("body", [
    "Onderteken het formulier en stuur het vóór 1 mei terug.",
    "U hoort binnen acht weken of u de vergunning krijgt.",
], ids=["instruction-without-heading", "what-will-happen"])
def test_concrete_steps_without_a_heading_count(linter, body):
    assert sections(linter, body).structure.sections["next_steps"]


# --------------------------------------------------------------------------- 3 named contact

def test_bel_mij_in_a_letter_signed_by_a_named_person_is_a_named_contact(linter):
    body = "U krijgt vanaf 1 april een uitkering.\n\nHeeft u vragen? Bel mij direct op 06 12345678."
    assert sections(linter, body).structure.sections["contact_named_person"]


def test_bel_mij_without_a_named_signature_is_no_named_contact(linter):
    body = "U krijgt vanaf 1 april een uitkering.\n\nHeeft u vragen? Bel mij direct op 06 12345678."
    closing = "Met vriendelijke groet,\n\nteam Werk en Inkomen\n"
    assert not sections(linter, body, closing).structure.sections["contact_named_person"]


def test_the_readers_own_phone_number_and_email_are_no_contact(linter):
    body = ("Wij hebben uw melding ontvangen. Uw telefoonnummer: 06 98765432. Uw e-mailadres: "
            "p.jansen@voorbeeld.nl. Wij nemen uw melding in behandeling.")
    closing = "Met vriendelijke groet,\n\nteam Meldingen\n"
    result = sections(linter, body, closing)
    assert not result.structure.sections["contact"]


def test_an_iban_is_no_phone_number_and_a_phone_number_before_a_comma_is(linter):
    body = ("Betaal € 120 op rekeningnummer NL00 BANK 0123 4567 89 ten name van de gemeente. "
            "Vragen? Bel mevrouw L. Bos op (0123) 45 67 89, van maandag tot vrijdag.")
    closing = "Met vriendelijke groet,\n\nteam Belastingen\n"
    result = sections(linter, body, closing)
    assert result.structure.sections["contact"]
    assert "45 67 89" in result.structure.evidence["contact"].text
    assert linter.analyzer.phones("rekeningnummer NL00 BANK 0123 4567 89 ten name") == []
