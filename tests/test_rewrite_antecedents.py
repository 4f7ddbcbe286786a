"""The antecedent guard of `letterlint rewrite` (issue 16; red teams 6 and 7): a sentence that refers
back to something the letter named before is never placed before the sentence that names it.

Each class is proven on a letter of the fictional municipality Wilgendaal written for these tests:

- "Tijdens dit gesprek …" (which scores as a decision because of a "beëindigd" in its reason clause)
  does not open the letter before the sentence that introduces the conversation;
- "Kunt u niet op deze dag of dit tijdstip?" does not stand above the appointment that names them;
- "de hierboven bedoelde schriftelijke toestemming" in a list does not stand above the rule that
  names the consent;
- "de hierboven genoemde datum" does not stand above the payment term that names the date;

and, beside them, what the guard must leave alone: the letter itself ("deze brief") and the present
("op dit moment") are no antecedents, a decision that refers to its ground keeps its heading (after
that ground since the order check of red team 8),
and a reference the letter never resolves moves nothing.
"""

from __future__ import annotations

import pytest
from conftest import wrap_letter
from test_rewrite_placement import CLOSING, HEADER, SALUTATION, became, plain, propose, sections, where

from letterlint.rewrite.proposal import propose_rewrite

from letterlint.rewrite.antecedents import Reference, misplaced, references
from letterlint.rewrite.statements import RewriteRules, Statement


@pytest.fixture(scope="module")
def rules(linter) -> RewriteRules:
    return RewriteRules.for_linter(linter)


def propose_with(linter, body: str, subject: str):
    """The proposal for a letter with its own subject line (the subject decides the letter type)."""
    text = HEADER.replace("Onderwerp: uw aanvraag", f"Onderwerp: {subject}") + wrap_letter(body, SALUTATION, CLOSING)
    result = linter.lint_text(text, "wilgendaal.txt", "text")
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
    return proposal


def before(proposal, first: str, then: str) -> bool:
    """Whether the proposal sentence of ``first`` comes before that of ``then`` (reading order)."""
    a, b = where(proposal, first), where(proposal, then)
    return (a[0], a[2]) < (b[0], b[2])


def text_before(proposal, first: str, then: str) -> bool:
    """Like ``before`` for any text of the proposal (a list item too)."""
    body = " ".join(text for _heading, text in sections(proposal))
    return 0 <= body.index(first) < body.index(then)


# --------------------------------------------------------------------------- the classes

GESPREK = """
Op 2 februari 2027 is door u een aanvraag om algemene bijstand ingediend, welke aanvraag door ons in behandeling is genomen en naar aanleiding waarvan op 9 februari 2027 een gesprek met u is gevoerd door de heer K. Vos, consulent Werk en Inkomen. Tijdens voornoemd gesprek is door u verklaard dat u sinds 1 januari 2027 geen inkomsten meer ontvangt, nu uw WW-uitkering per die datum door het UWV is beëindigd, welke verklaring door ons aan de hand van onderstaande stukken dient te worden geverifieerd.

Ten aanzien van de beoordeling van uw recht op bijstand is gebleken dat de door u verstrekte gegevens onvolledig zijn, zodat u in de gelegenheid wordt gesteld de navolgende stukken alsnog te overleggen:

a. volledige afschriften van al uw bankrekeningen over de periode van 1 november 2026 tot en met 31 januari 2027;
b. de beschikking waarbij uw WW-uitkering door het UWV is beëindigd.

Door ons wordt u verzocht voornoemde stukken uiterlijk op 1 maart 2027 te uploaden via Mijn Wilgendaal.

Indien de ontbrekende stukken niet binnen voornoemde termijn door ons zijn ontvangen, kan door ons worden besloten uw aanvraag buiten behandeling te laten.

Voor vragen kunt u bellen met de heer K. Vos, telefoonnummer 0345 61 22 80.
"""


def test_a_statement_during_this_conversation_follows_the_sentence_that_introduces_the_conversation(linter):
    proposal = propose(linter, GESPREK)
    assert before(proposal, "een gesprek met u is gevoerd", "Tijdens voornoemd gesprek")
    # the pair stays in the opening section, in the letter's own order
    assert where(proposal, "Tijdens voornoemd gesprek")[1] == where(proposal, "een gesprek met u is gevoerd")[1]


AFSPRAAK = """
U staat in de Basisregistratie Personen ingeschreven op het adres Beukenlaan 8 in Wilgendaal. Op 3 februari 2027 heeft uw verhuurder ons laten weten dat u mogelijk niet meer op dit adres woont. Wij zijn daarom een onderzoek naar uw adres gestart. Wij hebben nog niets besloten.

Wij willen graag met u praten over uw woonsituatie. Daarom nodigen wij u uit voor een gesprek op:

woensdag 17 maart 2027 om 14.00 uur
Stadskantoor Wilgendaal, Marktplein 1, balie C

Neemt u een geldig identiteitsbewijs en uw huurcontract mee naar het gesprek.

Kunt u niet op deze dag of dit tijdstip? Bel ons dan uiterlijk vrijdag 12 maart 2027 om een nieuwe afspraak te maken. Ons telefoonnummer is 0345 61 22 80.

Als u niet naar het gesprek komt en ook geen contact met ons opneemt, kan het college van burgemeester en wethouders besluiten dat u niet meer op dit adres woont, waarna uw inschrijving op dit adres mogelijk wordt beëindigd.
"""


def test_a_question_about_this_day_follows_the_appointment_that_names_the_day(linter):
    proposal = propose_with(linter, AFSPRAAK, "uitnodiging voor een gesprek over uw adres")
    assert text_before(proposal, "woensdag 17 maart 2027 om 14.00 uur", plain(became(proposal, "op deze dag")[0]))
    # the rest of its paragraph goes along: "Bel ons dan …" still answers the question
    assert before(proposal, "op deze dag", "Bel ons dan")
    assert where(proposal, "op deze dag")[0] == where(proposal, "Bel ons dan")[0]


TOESTEMMING = """
Door u is op 2 februari 2027 een afspraak aangevraagd voor de erkenning van het ongeboren kind van mevrouw S. de Wit. Bij deze wordt bevestigd dat voornoemde afspraak zal plaatsvinden op 4 maart 2027 om 10.00 uur ten stadskantore, Marktplein 1, balie Burgerlijke Stand, waarbij u verzocht wordt tien minuten voor aanvang aanwezig te zijn. Het verdient aanbeveling dat zowel u als mevrouw De Wit persoonlijk bij de afspraak aanwezig is.

Indien mevrouw De Wit niet aanwezig kan zijn, kan de erkenning niettemin plaatsvinden, mits door haar voorafgaand aan de afspraak schriftelijk toestemming is verleend en een kopie van haar geldig identiteitsbewijs wordt overgelegd. Een naamskeuze kan evenwel uitsluitend worden gedaan indien beide ouders persoonlijk aanwezig zijn.

U wordt verzocht de navolgende stukken mee te nemen:
- een geldig identiteitsbewijs van u;
- een geldig identiteitsbewijs van mevrouw De Wit, dan wel, indien zij niet aanwezig is, de hierboven bedoelde schriftelijke toestemming met een kopie van haar identiteitsbewijs.

Indien u verhinderd bent, wordt u verzocht de afspraak uiterlijk twee werkdagen tevoren te annuleren.
"""


def test_the_consent_meant_above_follows_the_rule_that_names_the_consent(linter):
    proposal = propose(linter, TOESTEMMING)
    assert text_before(proposal, "schriftelijk toestemming", "hierboven bedoelde schriftelijke toestemming")


DATUM = """
Uit onze administratie is gebleken dat de aan u opgelegde aanslag gemeentelijke belastingen 2027 met bovenvermeld aanslagnummer, ondanks het verstrijken van de vervaltermijn, tot op heden niet dan wel niet volledig is voldaan.

Derhalve wordt u hierbij aangemaand om het openstaande bedrag van € 312,40, vermeerderd met de aanmaningskosten van € 8,50, binnen veertien dagen na dagtekening van deze aanmaning te voldoen.

Het totaalbedrag dient te worden overgemaakt op rekeningnummer NL00 WILG 0000 1234 56 ten name van de gemeente Wilgendaal, onder vermelding van het aanslagnummer, zodanig dat het bedrag uiterlijk op 18 maart 2027 door de gemeente is ontvangen.

Indien betaling niet binnen voornoemde termijn plaatsvindt, zal zonder nadere aankondiging een dwangbevel worden uitgevaardigd, hetgeen betekent dat de kosten daarvan volledig voor uw rekening komen.

Een betalingsregeling kan na ontvangst van deze aanmaning uitsluitend worden getroffen indien daartoe vóór de hierboven genoemde datum een schriftelijk en met redenen omkleed verzoek wordt ingediend.

Indien het verschuldigde bedrag inmiddels door u is voldaan, kunt u deze aanmaning als niet verzonden beschouwen.
"""


def test_the_date_named_above_follows_the_sentence_that_names_the_date(linter):
    proposal = propose(linter, DATUM)
    assert text_before(proposal, "uiterlijk op 18 maart 2027", "hierboven genoemde datum")


# --------------------------------------------------------------------------- what it leaves alone


def statements(*texts: str, items: dict[int, list[str]] | None = None) -> list[Statement]:
    out = [Statement(index, text, "overig", 0) for index, text in enumerate(texts)]
    for index, listed in (items or {}).items():
        out[index].items.extend(listed)
    return out


def found(linter, rules, *texts: str, **kwargs) -> list[tuple[int, int]]:
    refs = references(statements(*texts, **kwargs), rules, lambda t: list(linter.pipeline.pipe(t)))
    return [(reference.statement, reference.antecedent) for reference in refs]


def test_the_letter_itself_and_the_present_are_no_antecedents(linter, rules):
    assert found(linter, rules, "Wij hebben uw brief van 3 maart ontvangen.",
                 "Met deze brief laten wij u weten dat uw aanvraag compleet is.",
                 "Op dit moment is de wachttijd ongeveer zes weken, maar die week kan langer worden.") == []


def test_a_demonstrative_pronoun_is_no_reference_to_a_noun(linter, rules):
    assert found(linter, rules, "Wij hebben uw aanvraag ontvangen.", "Dit is niet verplicht.",
                 "Dat u dit doet, is belangrijk.") == []


def test_a_noun_is_found_in_a_compound_in_the_plural_and_by_its_named_form(linter, rules):
    assert found(linter, rules, "Wij geven u een begunstigingstermijn van zes weken.",
                 "Binnen deze termijn moet u de schutting verwijderen.") == [(1, 0)]
    assert set(found(linter, rules, "Het gesprek is op dinsdag 9 maart 2027 om 10.30 uur.", "Wij hebben uw brief gelezen.",
                     "Kunt u niet op deze dag of dit tijdstip?")) == {(2, 0)}
    assert found(linter, rules, "U heeft € 310,00 te veel ontvangen.", "Wij vorderen dit terug.",
                 "U kunt voornoemd bedrag in termijnen betalen.") == [(2, 0)]


def test_a_reference_the_letter_does_not_resolve_and_a_forward_one_are_left_alone(linter, rules):
    assert found(linter, rules, "Wij hebben uw aanvraag ontvangen.", "Tijdens dit gesprek is veel besproken.") == []
    assert found(linter, rules, "U moet de stukken opsturen.", "Stuur de hierna genoemde stukken voor 1 mei.") == []
    # a list item named by its number is the list's business, not an earlier sentence's
    assert found(linter, rules, "Lukt het niet alle stukken op tijd te sturen? Bel ons dan.",
                 "Zodra wij de onder 1 tot en met 3 genoemde stukken hebben ontvangen, beoordelen wij uw verzoek.") == []


def test_an_opening_pronominal_adverb_refers_to_the_sentence_right_before_it(linter, rules):
    assert found(linter, rules, "U moet uw loonstroken opsturen.", "Wij hebben uw aanvraag ontvangen.",
                 "Daarbij moet u ook uw huurcontract voegen.") == [(2, 1)]


def test_misplaced_compares_the_proposal_order_with_the_sentence_that_names_the_noun(rules):
    pair = [Reference(3, 1, "dit gesprek", "gesprek")]
    letter = [(0, "U heeft bijstand aangevraagd."), (1, "Op 9 maart is een gesprek met u gevoerd."),
              (2, "Wij hebben uw stukken ontvangen."), (3, "Tijdens dit gesprek heeft u verklaard dat u geen werk heeft.")]
    assert misplaced(pair, letter, rules) == []
    assert misplaced(pair, [letter[3], *letter[:3]], rules) == pair
    # a split antecedent is where it names the noun
    split = [(1, "Wij hebben uw aanvraag in behandeling genomen."), letter[3], (1, "Op 9 maart is een gesprek gevoerd.")]
    assert misplaced(pair, split, rules) == pair
    # after any earlier sentence that names the noun, it is read right
    named_twice = [Reference(3, 2, "dit gesprek", "gesprek", (1,))]
    assert misplaced(named_twice, [letter[0], letter[1], letter[3], letter[2]], rules) == []
    assert misplaced(named_twice, [letter[3], letter[0], letter[1], letter[2]], rules) == named_twice


BESLUIT = """
Door het niet melden van uw inkomsten uit werk over de periode van 1 juni 2026 tot en met 30 september 2026 heeft u de op u rustende inlichtingenplicht geschonden, zodat over die periode te veel bijstand aan u is verstrekt. Het college heeft derhalve besloten het recht op bijstand over voornoemde periode te herzien en de te veel verstrekte bijstand van € 2.140,00 van u terug te vorderen.

U wordt verzocht het bedrag uiterlijk op 1 april 2027 over te maken op rekeningnummer NL00 WILG 0000 1234 56.

Tegen dit besluit kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""


def test_a_decision_that_refers_to_its_ground_stays_under_the_decision_heading_after_that_ground(linter):
    # "over voornoemde periode" names the period of the sentence before it: the decision keeps its
    # heading, but no longer opens the letter above the ground it points at (the order check, red team 8)
    proposal = propose(linter, BESLUIT)
    assert where(proposal, "besloten het recht op bijstand")[1] in ("In het kort", "Wat hebben wij besloten?")
    assert before(proposal, "inlichtingenplicht geschonden", "besloten het recht op bijstand")
