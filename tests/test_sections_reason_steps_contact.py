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


# --------------------------------------------------------------------------- follow-up: classes of misses

@pytest.mark.parametrize("body", [
    "Wij verzoeken u het bedrag van € 240 binnen tien dagen over te maken op rekening NL00 BANK 0123 4567 89.",
    "U wordt hierbij in de gelegenheid gesteld de ontbrekende loonstroken binnen drie weken na dagtekening aan te leveren.",
    "Wij sommeren u de achterstand van € 75 uiterlijk op 14 juni 2026 te voldoen.",
], ids=["verzoeken-u", "in-de-gelegenheid-gesteld", "sommeren"])
def test_the_officialese_request_to_act_is_a_next_step(linter, body):
    assert sections(linter, body).structure.sections["next_steps"]


def test_a_term_set_earlier_is_a_moment(linter):
    body = ("Betaal de rekening van € 60 vóór 1 oktober. "
            "Indien betaling binnen de gestelde termijn uitblijft, zal de gemeente de kosten bij u invorderen.")
    analyzer = linter.analyzer
    assert analyzer.is_step("Indien betaling binnen de gestelde termijn uitblijft, zal de gemeente de kosten bij u invorderen.")
    assert sections(linter, body).structure.sections["next_steps"]


def test_a_clause_about_objecting_does_not_hide_the_step_beside_it(linter):
    body = ("## Wat moet u doen?\n\nU moet de belasting wel op tijd betalen, ook als u bezwaar maakt, "
            "en de eerste termijn moet uiterlijk op 28 februari 2026 binnen zijn.")
    assert sections(linter, body).structure.sections["next_steps"]


def test_a_sentence_only_about_objecting_is_still_no_next_step(linter):
    body = "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken."
    assert not sections(linter, body).structure.sections["next_steps"]


@pytest.mark.parametrize("body", [
    "Op grond van artikel 12 van de verordening worden de tarieven per 1 juli door de raad aangepast.",
    "De burgemeester heeft besloten dat de nieuwe regels met ingang van 1 maart 2026 gelden.",
    "Volgens onze gegevens zal uw rijbewijs op 9 augustus 2026 verlopen.",
], ids=["law-article", "decision-itself", "date-passes"])
def test_a_statement_of_legal_effect_with_only_an_auxiliary_is_no_next_step(linter, body):
    assert not sections(linter, body).structure.sections["next_steps"]


def test_a_weak_action_with_a_moment_still_counts_outside_a_legal_effect(linter):
    body = "Het nieuwe bedrag wordt op 25 maart 2026 op uw rekening gezet."
    assert sections(linter, body).structure.sections["next_steps"]


def test_a_reason_clause_counts_when_the_sentence_also_cites_an_article(linter):
    body = ("Aangezien uw schuur hoger is dan drie meter, is deze op grond van artikel 2.29 van het Besluit "
            "bouwwerken leefomgeving niet vergunningvrij.")
    assert sections(linter, body).structure.sections["reason"]


def test_a_law_article_in_the_reason_clause_itself_is_still_no_reason(linter):
    body = "Wij weigeren de vergunning, aangezien artikel 5.1 van de Omgevingswet dit voorschrijft."
    assert not sections(linter, body).structure.sections["reason"]


def test_a_facts_heading_holds_the_reason(linter):
    body = ("## Bevindingen\n\nBij de controle op 4 april 2026 stond de container nog steeds op de stoep.\n\n"
            "## Besluit\n\nWij leggen een last onder dwangsom op.")
    assert sections(linter, body).structure.sections["reason"]


def test_gelet_op_het_vorenstaande_points_back_to_the_facts(linter):
    body = ("Bij de nieuwe taxatie is rekening gehouden met de ligging van uw woning aan een drukke weg. "
            "Gelet op het vorenstaande verklaren wij uw bezwaar ongegrond.")
    assert sections(linter, body).structure.sections["reason"]


def test_a_finding_before_derhalve_is_the_reason(linter):
    body = ("Uit onze administratie blijkt dat de termijn van maart nog niet is betaald. "
            "Wij verzoeken u derhalve het bedrag binnen een week te betalen.")
    assert sections(linter, body).structure.sections["reason"]


def test_derhalve_after_a_law_article_points_back_to_nothing(linter):
    body = ("Wij hebben uw aanvraag om kwijtschelding ontvangen en bekeken. Dit besluit is genomen op grond "
            "van artikel 26 van de Invorderingswet, zodat u derhalve geen kwijtschelding krijgt.")
    assert not sections(linter, body).structure.sections["reason"]


def test_derhalve_before_a_date_restates_the_date_and_is_no_therefore(linter):
    body = ("Wij onderzoeken of u nog op uw adres woont. "
            "Meld u binnen twee weken, derhalve vóór 12 mei 2026, aan de balie.")
    assert not sections(linter, body).structure.sections["reason"]


def test_daarom_alone_is_no_reason(linter):
    body = "Elk jaar passen wij de tarieven aan. Daarom betaalt u in 2027 een ander bedrag voor uw afval."
    assert not sections(linter, body).structure.sections["reason"]


def test_namelijk_after_the_verb_explains_but_namelijk_before_a_list_does_not(linter):
    explains = "Wij kunnen uw aanvraag nog niet afmaken. Er ontbreekt namelijk nog een bouwtekening."
    lists = "Wij hebben drie woningen vergeleken, namelijk Dorpsstraat 2, Dorpsstraat 8 en Kerkpad 1."
    assert sections(linter, explains).structure.sections["reason"]
    assert not sections(linter, lists).structure.sections["reason"]
