"""Short texts, e-mails, portal messages and templates (issue 15, items 1-4): the classes behind the
misses on letters nobody here wrote, on sentences written for these tests."""

from __future__ import annotations

import pytest

from letterlint.findings import Severity
from letterlint.reading.letter import build_letter
from letterlint.reading.sources import document_from_bytes

from conftest import findings_of

SIGNED = "Met vriendelijke groet,\n\nFenna Bosman\nconsulent Werk en Inkomen\n"
TEAM = "Met vriendelijke groet,\n\nteam Publiekszaken\n"


def lint(linter, body: str, closing: str = SIGNED, head: str = "Geachte mevrouw Vos,"):
    return linter.lint_text(f"{head}\n\n{body.strip()}\n\n{closing}", "brief.md")


# --------------------------------------------------------------------------- 4 letter types

def test_an_answer_to_the_readers_question_named_in_the_subject_is_informatie(linter):
    text = ("Onderwerp: uw vraag over de parkeervergunning\n\nGeachte heer Smit,\n\n"
            "Een tweede parkeervergunning voor uw adres is mogelijk. Die kost € 96 per jaar.\n\n" + TEAM)
    assert linter.lint_text(text, "brief.md").structure.letter_type == "informatie"


def test_vraagt_u_after_a_fronted_phrase_marks_an_answer(linter):
    body = ("In uw e-mail van 4 mei vraagt u of de milieustraat op zaterdag open is. "
            "De milieustraat is op zaterdag open van 9.00 tot 16.00 uur.")
    assert lint(linter, body, TEAM).structure.letter_type == "informatie"


def test_one_weak_cue_in_a_short_text_names_no_type(linter):
    result = lint(linter, "Stuur dit bericht gerust door aan uw huisgenoten.", TEAM)
    assert result.structure.letter_type == "informatie"
    assert not result.structure.type_certain


@pytest.mark.parametrize("body", [
    "Om uw aanvraag te kunnen beoordelen, hebben wij nog een kopie van uw huurcontract nodig. "
    "Upload die vóór 20 juni via de website.",
    "Wilt u ons vóór 20 juni een kopie van uw loonstroken van april en mei sturen? Wij missen nog twee bankafschriften.",
], ids=["hebben-wij-nog-nodig", "wilt-u-papieren-sturen"])
def test_a_request_for_documents_in_plain_words_is_a_verzoek_om_informatie(linter, body):
    assert lint(linter, body).structure.letter_type == "verzoek_om_informatie"


def test_a_payment_not_received_is_a_reminder_not_a_request_for_documents(linter):
    body = ("Wij hebben uw betaling van maart nog niet ontvangen. Met deze brief herinneren wij u daaraan. "
            "Betaal de € 40 vóór 15 april.")
    assert lint(linter, body).structure.letter_type == "herinnering"


# --------------------------------------------------------------------------- 2 next steps

@pytest.mark.parametrize("body", [
    "Binnen zes weken krijg je van ons een besluit.",
    "Na 30 juni nemen wij een besluit over uw uitkering.",
    "Wilt u ons uiterlijk 18 mei een kopie van uw paspoort sturen?",
    "Het bedrag wordt in acht maandelijkse termijnen van uw rekening afgeschreven.",
    "De eerste termijn vervalt op 30 april 2026.",
    "Ik bel u volgende week om een afspraak te maken.",
], ids=["inverted-krijg-je", "inverted-nemen-wij", "wilt-u", "maandelijkse-termijnen", "termijn-vervalt", "volgende-week"])
def test_what_the_reader_must_do_or_what_will_happen_and_when_is_a_next_step(linter, body):
    assert lint(linter, body).structure.sections["next_steps"]


def test_a_when_row_of_an_appointment_is_a_next_step(linter):
    body = "U heeft een afspraak bij de gemeente.\n\nWat: rijbewijs aanvragen\nWanneer: vrijdag 8 mei 2026 om 11.30 uur"
    assert lint(linter, body, TEAM).structure.sections["next_steps"]


@pytest.mark.parametrize("body", [
    "Vragen? Bel ons op 14 0577 van maandag tot en met vrijdag.",
    "Dank u voor uw e-mail van 12 maart over de afvalpas.",
    "Uw inkomen is sinds 1 mei hoger dan de bijstandsnorm voor een alleenstaande.",
    "Bij brief van 2 juni 2026 bent u in de gelegenheid gesteld binnen vier weken een tekening aan te leveren.",
    "Indien de belastingplichtige een machtiging geeft, wordt het bedrag in tien maandelijkse termijnen afgeschreven.",
], ids=["phone-number-is-no-date", "e-mail-is-no-mail-instruction", "comparative-dan", "earlier-request-is-history",
        "general-rule-for-a-role"])
def test_phone_numbers_thanks_comparisons_history_and_general_rules_are_no_next_steps(linter, body):
    assert not lint(linter, body).structure.sections["next_steps"]


# --------------------------------------------------------------------------- 1 reason

@pytest.mark.parametrize("body", [
    "Om u op dit adres in te schrijven, hebben wij nog een bewijs nodig dat u daar mag wonen.",
    "Om te kunnen beslissen, missen we nog je bankafschriften van mei.",
    "Uw pas ligt sinds 2 maart klaar, maar u heeft hem nog niet opgehaald. Haal hem vóór 1 juni op.",
], ids=["purpose-of-request", "purpose-missen-we", "reminder-not-collected"])
def test_the_ground_of_a_request_or_a_reminder_is_its_reason(linter, body):
    assert lint(linter, body).structure.sections["reason"]


def test_documents_the_municipality_has_not_received_are_no_reason_by_themselves(linter):
    body = "Tot op heden hebben wij de gevraagde loonstroken nog niet ontvangen."
    assert not lint(linter, body).structure.sections["reason"]


# --------------------------------------------------------------------------- 3 contact

def test_the_readers_address_on_the_aan_line_and_a_noreply_sender_are_no_contact(linter):
    text = ("Van: noreply@oosterwaarde.nl\nAan: p.vos@voorbeeldmail.nl\nOnderwerp: uw melding\n\n"
            "Beste mevrouw Vos,\n\nWe hebben uw melding over de lantaarnpaal ontvangen.\n\n" + TEAM)
    result = linter.lint_text(text, "bericht.txt")
    assert not result.structure.sections["contact"]
    assert not result.structure.sections["contact_named_person"]


def test_je_salutation_and_groetjes_closing_frame_the_running_text(linter):
    text = ("Hoi Sanne,\n\nJe vroeg hoe je een uittreksel aanvraagt. Dat kan online met DigiD.\n\n"
            "Je gaf ons je telefoonnummer: 06 28 44 19 07.\n\nGroetjes,\nAnna\nTeam Burgerzaken\n")
    result = linter.lint_text(text, "bericht.txt")
    assert result.structure.letter_type == "informatie"
    assert not result.structure.sections["contact"]
    kinds = [b.kind.name for b in build_letter(document_from_bytes(text.encode(), "bericht.txt")).blocks]
    assert kinds[:2] == ["SALUTATION", "PARAGRAPH"] and "CLOSING" in kinds


def test_merge_fields_for_a_staff_name_and_direct_line_are_a_named_contact(linter):
    body = "Heeft u vragen? Bel «Naam_behandelaar» op «Telefoon_behandelaar» of mail naar «Email_behandelaar»."
    closing = "Met vriendelijke groet,\n\n«Naam_behandelaar»\n«Functie_behandelaar»\n"
    result = lint(linter, body, closing, head="Geachte «Aanhef» «Achternaam»,")
    assert result.structure.sections["contact"]
    assert result.structure.sections["contact_named_person"]


def test_a_merge_field_for_the_general_number_is_contact_but_no_named_person(linter):
    body = "Heeft u vragen? Bel [NAAM_MEDEWERKER] via het algemene nummer [TELEFOON_GEMEENTE]."
    result = lint(linter, body, TEAM, head="Geachte [AANHEF],")
    assert result.structure.sections["contact"]
    assert not result.structure.sections["contact_named_person"]


def test_a_date_merge_field_is_a_moment(linter):
    body = "Stuur deze papieren vóór «Datum_hersteltermijn» naar ons op."
    assert lint(linter, body, head="Geachte «Aanhef» «Achternaam»,").structure.sections["next_steps"]


def test_the_readers_name_field_is_no_staff_member(linter):
    assert linter.analyzer.person_names("[NAAM] [ADRES] «Achternaam» «Functie_consulent»") == []


# --------------------------------------------------------------------------- uncertain type

def test_a_short_text_with_one_weak_cue_reports_missing_contact_as_a_warning(linter):
    result = lint(linter, "Bewaar deze brief goed.", TEAM)
    assert [f.severity for f in findings_of(result, "ST04")] == [Severity.WARNING]
