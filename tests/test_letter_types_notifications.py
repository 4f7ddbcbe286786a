"""Letter types of short notifications (issue 15, class 4): e-mails and portal or status messages of
case systems, reminders, appointment messages and cover e-mails that deliver a decision. Each class
of error found on corpus/notifications is proved here on texts written for these tests (fictional
municipality Ravensloot, fictional people); the annotation decisions are in corpus/README.md
("Notifications")."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterlint.evaluation.scores import evaluate, find_gold_files, load_gold
from letterlint.findings import Severity

NOTIFICATIONS = Path(__file__).resolve().parent.parent / "corpus" / "notifications"


def mail(subject: str, body: str, closing: str = "Met vriendelijke groet,\nTeam Publiekszaken\n") -> str:
    return f"Onderwerp: {subject}\n\nBeste mevrouw Jacobs,\n\n{body.strip()}\n\n{closing}"


def type_of(linter, text: str) -> str:
    return linter.lint_text(text, "bericht.txt").structure.letter_type


def structure_findings(result):
    return [f for f in result.findings if f.category == "structure" and f.rule != "ST01"]


# --------------------------------------------------------------------------- receipt

@pytest.mark.parametrize("text", [
    mail("Melding ontvangen", "Uw melding over de losliggende stoeptegels is ontvangen. U hoort binnen 5 werkdagen van ons."),
    mail("Uw zaak Z-2027-5521", "Uw aanvraag voor een evenementenvergunning is op 2 april geregistreerd onder nummer "
         "Z-2027-5521. Wij beslissen binnen 8 weken."),
    mail("Nieuwe status", "De status van uw zaak is gewijzigd naar: In behandeling. Een medewerker bekijkt uw aanvraag."),
    mail("Wij hebben uw bezwaar ontvangen", "Wij hebben uw bezwaarschrift tegen de aanslag afvalstoffenheffing op "
         "12 maart ontvangen. Binnen 12 weken krijgt u een uitspraak. Tot die tijd hoeft u niet te betalen."),
    mail("Bedankt voor uw aanvraag", "Wij hebben uw aanvraag voor een gehandicaptenparkeerplaats in de straat van "
         "uw woning aan de Meidoornlaan ontvangen. Een medewerker neemt binnen 2 weken contact met u op."),
], ids=["passive-received", "registered", "status-in-behandeling", "objection-received", "long-object"])
def test_a_received_application_report_or_objection_is_an_ontvangstbevestiging(linter, text):
    assert type_of(linter, text) == "ontvangstbevestiging"


def test_a_payment_not_received_is_still_a_reminder(linter):
    text = mail("Uw betaling", "Wij hebben uw betaling van de tweede termijn nog niet ontvangen. Betaal € 84 vóór 1 juni.")
    assert type_of(linter, text) == "herinnering"


@pytest.mark.parametrize("text", [
    mail("Uw verhuizing", "Bedankt voor het doorgeven van uw verhuizing naar de Esdoornstraat 2. "
         "Wij verwerken die binnen 5 werkdagen."),
    mail("Uw klacht", "Dank voor uw klacht over de wachttijd aan de balie. U krijgt binnen 6 weken antwoord."),
], ids=["bedankt-doorgeven", "dank-klacht"])
def test_thanks_for_what_the_reader_sent_is_an_ontvangstbevestiging(linter, text):
    assert type_of(linter, text) == "ontvangstbevestiging"


@pytest.mark.parametrize("text", [
    mail("Betaling ontvangen", "Uw betaling van € 40,00 is ontvangen. U heeft de parkeerbelasting nu helemaal betaald."),
    mail("Uw aanvraag", "U heeft uw aanvraag voor een standplaats op de weekmarkt ingetrokken. Wij behandelen hem niet "
         "verder."),
], ids=["payment-received", "reader-withdrew"])
def test_what_the_reader_did_paid_or_withdrew_is_informatie(linter, text):
    assert type_of(linter, text) == "informatie"


def test_a_failed_direct_debit_is_a_herinnering(linter):
    text = mail("Incasso niet gelukt", "Wij konden de termijn van 1 juni niet van uw rekening afschrijven. "
                "Maak € 38,10 vóór 20 juni zelf over.")
    assert type_of(linter, text) == "herinnering"


# --------------------------------------------------------------------------- what is no request

@pytest.mark.parametrize("text", [
    mail("Uw aanvraag", "Wij hebben meer tijd nodig om uw aanvraag voor een tegemoetkoming te beoordelen. "
         "Daarom verlengen wij de beslistermijn met 6 weken. U krijgt uiterlijk 3 juli een besluit."),
    mail("Uitstel", "De beslistermijn van uw aanvraag wordt verlengd met 4 weken. U hoort uiterlijk 12 augustus van ons."),
], ids=["meer-tijd-nodig", "beslistermijn-verlengd"])
def test_a_longer_decision_term_is_informatie_not_a_request(linter, text):
    assert type_of(linter, text) == "informatie"


def test_a_hypothetical_need_for_papers_does_not_make_a_receipt_a_request(linter):
    text = mail("Uw aanvraag is ontvangen", "Uw aanvraag voor een minimaregeling is ontvangen. Misschien hebben wij "
                "later nog papieren van u nodig. Binnen 8 weken beslissen wij.")
    assert type_of(linter, text) == "ontvangstbevestiging"


# --------------------------------------------------------------------------- requests in plain words

@pytest.mark.parametrize("text", [
    mail("Je aanvraag", "Er mist nog iets voor je aanvraag: een foto van je bankpas. Wil je die vóór 4 juni uploaden?"),
    mail("Status gewijzigd", "De status van uw aanvraag is gewijzigd naar: Aanvullende gegevens nodig. "
         "Kijk in Mijn Ravensloot welke gegevens wij vragen."),
], ids=["er-mist-nog", "status-aanvullende-gegevens"])
def test_a_request_for_documents_in_a_short_message_is_a_verzoek_om_informatie(linter, text):
    assert type_of(linter, text) == "verzoek_om_informatie"


# --------------------------------------------------------------------------- reminders and appointments

@pytest.mark.parametrize("text", [
    mail("Vergeet uw formulier niet", "U heeft het formulier voor de energietoeslag nog niet ingevuld. "
         "Doe dat vóór 30 november."),
    mail("Nog niet ondertekend", "U heeft de overeenkomst voor uw betalingsregeling nog niet ondertekend. "
         "Stuur hem vóór 15 mei terug."),
], ids=["vergeet-niet-ingevuld", "niet-ondertekend"])
def test_something_the_reader_has_not_done_yet_is_a_herinnering(linter, text):
    assert type_of(linter, text) == "herinnering"


@pytest.mark.parametrize("text", [
    mail("Herinnering: uw afspraak van donderdag", "Donderdag 3 juni om 11.30 uur heeft u een afspraak "
         "voor uw nieuwe paspoort. Neem een pasfoto mee."),
    mail("Uw afspraak is verplaatst", "Uw gesprek met de klantmanager is verplaatst naar maandag 7 juni om 9.00 uur."),
], ids=["appointment-reminder", "appointment-moved"])
def test_an_appointment_reminder_or_move_is_an_uitnodiging(linter, text):
    assert type_of(linter, text) == "uitnodiging"


def test_a_cancelled_appointment_is_informatie(linter):
    text = mail("Afspraak geannuleerd", "Uw afspraak van 14 juni om 10.45 uur is geannuleerd. "
                "Wilt u een nieuwe afspraak? Kijk op www.ravensloot.nl/afspraak.")
    assert type_of(linter, text) == "informatie"


# --------------------------------------------------------------------------- decisions in short messages

@pytest.mark.parametrize("text", [
    mail("Uw aanvraag", "Wij nemen uw aanvraag voor een standplaatsvergunning niet in behandeling. "
         "U heeft de plattegrond niet op tijd gestuurd."),
    mail("Goed nieuws", "U krijgt € 275 uit het Meedoenfonds. De brief met ons besluit staat in Mijn Ravensloot."),
    mail("Uw aanvraag bijzondere bijstand", "Wij hebben over uw aanvraag beslist. Het besluit vindt u in de bijlage."),
], ids=["wij-nemen-niet-in-behandeling", "granted-amount-portal", "decision-attached"])
def test_a_short_message_that_gives_or_delivers_a_decision_is_a_besluit(linter, text):
    assert type_of(linter, text) == "besluit"


def test_an_assessment_attached_to_an_e_mail_is_an_aanslag(linter):
    text = mail("Uw aanslagbiljet 2028", "In de bijlage vindt u uw aanslagbiljet voor de hondenbelasting. "
                "Betaal € 96 vóór 31 maart.")
    assert type_of(linter, text) == "aanslag"


def test_a_message_that_only_says_a_message_is_waiting_is_informatie(linter):
    text = mail("Nieuw bericht", "Er staat een nieuw bericht voor u klaar in Mijn Ravensloot. Log in met DigiD.")
    assert type_of(linter, text) == "informatie"


# --------------------------------------------------------------------------- classes of the fresh batch nt-66 … nt-78

def test_a_grant_of_a_thing_is_a_besluit(linter):
    text = mail("Uw verzoek", "U krijgt een betalingsregeling voor de aanslag 2028. U betaalt 6 maanden € 50.")
    assert type_of(linter, text) == "besluit"


def test_a_zienswijze_of_a_neighbour_and_a_decision_to_come_make_no_voornemen_or_besluit(linter):
    text = mail("Reactie op uw aanvraag", "Er is een zienswijze ingediend tegen het ontwerpbesluit voor uw loods. "
                "Wij wegen die mee. Het besluit nemen wij vóór 1 december.")
    assert type_of(linter, text) == "informatie"


def test_questions_to_the_reader_are_a_verzoek_om_informatie(linter):
    text = mail("Uw aanvraag", "Wij hebben nog enkele vragen over uw aanvraag voor een tegemoetkoming. "
                "Woont uw zoon nog bij u? Laat het ons vóór 12 mei weten.")
    assert type_of(linter, text) == "verzoek_om_informatie"


def test_an_amount_still_open_is_a_herinnering(linter):
    text = mail("Rioolheffing", "Het bedrag van de rioolheffing 2028 staat nog open. Betaal € 210 vóór 1 oktober.")
    assert type_of(linter, text) == "herinnering"


def test_an_appointment_to_report_a_planned_marriage_is_an_uitnodiging_not_a_voornemen(linter):
    text = mail("Melding voorgenomen partnerschap", "U heeft een afspraak gemaakt voor de melding van uw voorgenomen "
                "partnerschap, op maandag 3 maart om 10.30 uur.")
    assert type_of(linter, text) == "uitnodiging"


# --------------------------------------------------------------------------- classes of the fresh batch nt-79 … nt-91

def test_a_complete_application_with_a_decision_to_come_is_an_ontvangstbevestiging(linter):
    text = mail("Uw aanvraag", "Wij hebben alle papieren voor uw aanvraag kwijtschelding binnen. "
                "Wij nemen binnen 6 weken een besluit.")
    assert type_of(linter, text) == "ontvangstbevestiging"


def test_an_inspection_on_a_date_is_no_earlier_request(linter):
    text = mail("Uitkomst controle", "Op 12 maart hebben wij uw kinderopvang gecontroleerd. Alles was in orde.")
    assert type_of(linter, text) == "informatie"


def test_a_confirmed_booking_is_an_uitnodiging(linter):
    text = mail("Reservering", "Uw reservering van de raadzaal op vrijdag 9 mei is bevestigd. De bode ontvangt u bij "
                "de ingang.")
    assert type_of(linter, text) == "uitnodiging"


def test_opening_hours_and_no_appointment_needed_make_no_uitnodiging(linter):
    text = mail("Uw rijbewijs", "Uw rijbewijs ligt nog steeds klaar. U heeft het nog niet opgehaald. "
                "U heeft geen afspraak nodig. De balie is open van 9.00 tot 17.00 uur.")
    assert type_of(linter, text) == "herinnering"


def test_overwegen_and_hearing_the_readers_side_is_a_voornemen(linter):
    text = mail("Uw parkeervergunning", "Wij overwegen uw parkeervergunning in te trekken. U parkeert uw bus op de "
                "stoep. Voordat wij dat besluiten, horen wij graag uw kant.")
    assert type_of(linter, text) == "voornemen"


def test_a_signature_to_deliver_before_a_date_is_a_verzoek_om_informatie(linter):
    text = mail("Uw formulier", "Op uw aanvraagformulier staat geen handtekening. Onderteken het formulier en lever "
                "het vóór 8 augustus in bij het stadskantoor.")
    assert type_of(linter, text) == "verzoek_om_informatie"


def test_a_decision_sentence_wrapped_over_two_lines_is_read_whole(linter):
    # the cue that leaves out the reader's own withdrawal looks at the whole sentence, not its first line
    text = mail("Uw aanvraag", "Gelet op het vorenstaande wordt uw aanvraag om bijstand op grond van artikel 11\n"
                "van de Participatiewet afgewezen. Het besluit is genomen op 3 maart.")
    scores = linter.lint_text(text, "bericht.txt").structure.type_scores
    assert scores["besluit"] >= 3  # "afgewezen" on the second line counts (2) with "besluit" (1)


# --------------------------------------------------------------------------- classes of the fresh batch nt-92 … nt-103

def test_an_approved_request_is_a_besluit(linter):
    text = mail("Je aanvraag", "Je aanvraag voor een vergoeding van de sportclub is goedgekeurd. "
                "We betalen € 225 aan de club, uiterlijk 1 oktober.")
    assert type_of(linter, text) == "besluit"


def test_asking_to_send_any_document_is_a_verzoek_om_informatie(linter):
    text = mail("Uw aanvraag", "Wij kunnen uw aanvraag nog niet beoordelen. Wij vragen u een plattegrond van de "
                "winkel te sturen, binnen 2 weken.")
    assert type_of(linter, text) == "verzoek_om_informatie"


def test_an_appointment_the_reader_was_asked_to_make_and_did_not_is_a_herinnering(linter):
    text = mail("Afspraak klantmanager", "Drie weken geleden vroegen wij u een afspraak te maken met uw klantmanager. "
                "Dat heeft u nog niet gedaan. Bel deze week 14 0593.")
    assert type_of(linter, text) == "herinnering"


# --------------------------------------------------------------------------- severity

def test_a_decision_delivered_in_an_attachment_gets_warnings_not_errors(linter):
    text = mail("Besluit op uw aanvraag", "Wij hebben een besluit genomen op uw aanvraag voor een ligplaatsvergunning. "
                "Het besluit vindt u in de bijlage van deze e-mail. Vragen? Bel 14 0593.")
    result = linter.lint_text(text, "bericht.txt")
    assert result.structure.letter_type == "besluit" and result.structure.type_certain
    assert result.structure.delivered_elsewhere
    rules = {f.rule: f.severity for f in structure_findings(result)}
    assert "ST03" in rules  # the objection is not in this text: still said, as a warning
    assert all(severity <= Severity.WARNING for severity in rules.values())


def test_a_decision_to_come_in_the_portal_is_not_delivered_elsewhere(linter):
    text = mail("Uw aanvraag is ontvangen", "Uw aanvraag is ontvangen. Binnen 8 weken beslissen wij. "
                "Het besluit staat daarna in Mijn Ravensloot.")
    assert not linter.lint_text(text, "bericht.txt").structure.delivered_elsewhere


def test_a_full_decision_without_an_objection_section_keeps_its_error(linter):
    text = mail("Besluit bijzondere bijstand", "Wij hebben besloten uw aanvraag voor bijzondere bijstand af te wijzen. "
                "Uw inkomen is hoger dan de bijstandsnorm. Vragen? Bel 14 0593.")
    result = linter.lint_text(text, "bericht.txt")
    assert result.structure.type_certain and not result.structure.delivered_elsewhere
    assert [f.severity for f in structure_findings(result) if f.rule == "ST03"] == [Severity.ERROR]


def test_an_uncertain_type_on_a_notification_gives_no_structure_errors(linter):
    # a payment reminder and an appointment in one short text: a close call
    text = mail("Uw zaak", "Wij hebben uw betaling nog niet ontvangen. Op 3 mei om 10.00 uur heeft u een gesprek.")
    result = linter.lint_text(text, "bericht.txt")
    assert not result.structure.type_certain
    assert all(f.severity <= Severity.WARNING for f in structure_findings(result))


# --------------------------------------------------------------------------- the set itself

def test_notification_set_letter_type_accuracy_stays_at_its_measured_level(linter):
    """corpus/notifications (issue 15, class 4): 0.67 (69/103) with the cues before issue 15 class 4, 1.00
    (103/103) after the five rounds; each fresh batch was measured once before it was tuned on (see
    docs/evaluation.md). Pinned below 1.00 so that a new cue may cost one or two letters."""
    golds = [load_gold(path) for path in find_gold_files(NOTIFICATIONS)]
    assert len(golds) >= 103
    report = evaluate(list(linter.lint_paths([g.letter_path for g in golds])), golds)
    assert report.letter_type.accuracy >= 0.97
