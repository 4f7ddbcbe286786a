"""Where `letterlint rewrite` places a sentence must not change what it says (issue 16, red team).

One class per test group, each proven on letters of the fictional municipality Wilgendaal written
for these tests (the red-team letters in tests/data/redteam/ are tested in test_rewrite_redteam.py):

- a sentence that points back ("Door u hoeft hiervoor niets …", "U ontvangt in dat geval …",
  "… binnen deze termijn …", "Dit bedrag …") stays right after the sentence it points to, and the
  verifier refuses a proposal where it does not;
- a decision stated with its ground ("…, omdat …", "Op grond van artikel 3 … verleent de
  burgemeester …") is the decision, not a reason; a conclusion with "daarom" stays after its reasons;
- the reader's objection that was received or heard is no remedy, a decision on it and a cost
  award are no remedy either;
- an obligation in a subordinate clause ("… dat u verplicht bent …") is something to do, not a reason;
- an additional finding after the decision ("Uit onze administratie is voorts gebleken …") is not
  presented as the reason for it;
- a law citation is moved out whole or not at all;
- a split of two joined clauses moves both verbs, or is not made.

Each letter has a sentence over the limit: a letter that is already plain keeps its own order.
"""

from __future__ import annotations

import re

import pytest
from conftest import wrap_letter

from letterlint.rewrite.proposal import Proposal, propose_rewrite
from letterlint.rewrite.statements import RewriteRules
from letterlint.rewrite.verify import Placed, Verification, check_references

MARKER = re.compile(r"\[(?:invullen|herschrijven):[^\]]*\]\s*")
WHY = ("Waarom?", "Waarom hebben wij dit besloten?", "Waarom vragen wij dit?")
REMEDY = "Bent u het niet eens?"
SALUTATION = "Geachte mevrouw Hofstede,"
CLOSING = "Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders van Wilgendaal,\n\nP. Ramdin\nconsulent"


@pytest.fixture(scope="module")
def rules(linter) -> RewriteRules:
    return RewriteRules.for_linter(linter)


HEADER = """Gemeente Wilgendaal
Postbus 12
4100 AA Wilgendaal

Mevrouw T. Hofstede
Beukenlaan 8
4101 BK Wilgendaal

Datum: 2 maart 2027
Ons kenmerk: WD-2027-0113
Onderwerp: uw aanvraag

"""


def propose(linter, body: str, subject: str | None = None) -> Proposal:
    """The verified proposal of a Wilgendaal letter with this body (and subject line)."""
    header = HEADER if subject is None else HEADER.replace("Onderwerp: uw aanvraag", f"Onderwerp: {subject}")
    text = header + wrap_letter(body, SALUTATION, CLOSING)
    result = linter.lint_text(text, "wilgendaal.txt", "text")
    assert result.error is None, result.error
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
    return proposal


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", MARKER.sub("", text)).strip()


def sections(proposal: Proposal) -> list[tuple[str, str]]:
    """(heading, text) of the running text; '' for the text before the first heading."""
    body = proposal.markdown.split(SALUTATION, 1)[1].split("Met vriendelijke groet,", 1)[0]
    parts: list[tuple[str, list[str]]] = [("", [])]
    for line in body.splitlines():
        if line.startswith("## "):
            parts.append((line[3:].strip(), []))
        else:
            parts[-1][1].append(line)
    return [(heading, plain("\n".join(lines))) for heading, lines in parts]


def became(proposal: Proposal, piece: str) -> list[str]:
    entries = [e for e in proposal.sentence_map if piece in e.original]
    assert len(entries) == 1, f"{piece!r} is in {len(entries)} original sentences"
    return [plain(text) for text in entries[0].proposal]


def position(proposal: Proposal, sentence: str) -> tuple[int, str, int]:
    """(section index, heading, offset in the running text) of a proposal sentence."""
    offset = 0
    for index, (heading, text) in enumerate(sections(proposal)):
        at = text.find(sentence)
        if at >= 0:
            return index, heading, offset + at
        offset += len(text) + 1
    raise AssertionError(f"{sentence!r} is not in the proposal")


def where(proposal: Proposal, piece: str, part: int = 0) -> tuple[int, str, int]:
    return position(proposal, became(proposal, piece)[part])


def right_after(proposal: Proposal, first: str, then: str, part: int = -1) -> bool:
    """Whether the proposal sentence(s) of ``then`` follow those of ``first`` in the same section."""
    a, b = where(proposal, first, part), where(proposal, then, 0)
    return a[0] == b[0] and a[2] < b[2]


# --------------------------------------------------------------------------- pointing back


def test_nothing_to_pay_for_it_stays_with_the_payment_it_is_about(linter):
    proposal = propose(linter, """
Uit het advies van de ergotherapeut is gebleken dat uw rolstoel moet worden aangepast. Wij hebben daarom besloten de kosten van de aanpassing van € 1.240,00 rechtstreeks aan de leverancier te betalen. Door u hoeft hiervoor niets te worden betaald.

Uit onze administratie is verder gebleken dat uw gehandicaptenparkeerkaart op 1 maart 2027 verloopt. Deze kaart wordt niet automatisch verlengd.

Uw verzoek om een hogere vergoeding voor de accu wordt afgewezen, omdat uit het advies van de ergotherapeut is gebleken dat de huidige accu voldoende is.

Voor vragen kunt u bellen met de heer P. Ramdin, telefoonnummer 0345 61 22 80.
""")
    assert right_after(proposal, "rechtstreeks aan de leverancier te betalen", "hoeft hiervoor niets")
    assert where(proposal, "hoeft hiervoor niets")[1] != "Wat moet u doen?"
    # the notice about the parking card is no reason for paying the wheelchair
    assert where(proposal, "gehandicaptenparkeerkaart op 1 maart 2027")[1] not in WHY


def test_a_consequence_in_that_case_stays_with_its_condition(linter):
    proposal = propose(linter, """
Op 2 februari 2027 hebben wij uw aanvraag om een tegemoetkoming in de kosten van kinderopvang ontvangen. Bij de beoordeling van uw aanvraag is gebleken dat deze niet volledig is, aangezien de loonstroken van de maanden december 2026 en januari 2027 niet bij uw aanvraag zijn gevoegd.

Wij vragen u uw loonstroken van december 2026 en januari 2027 uiterlijk 1 maart 2027 aan ons te sturen.

Als u de gevraagde loonstroken niet op tijd aanlevert, kunnen wij besluiten uw aanvraag niet te behandelen. U ontvangt in dat geval een besluit waartegen u bezwaar kunt maken.

Tegen deze brief zelf kunt u geen bezwaar maken, omdat het geen besluit is.
""", subject="verzoek om aanvullende gegevens")  # a certain type: a close call keeps its own order (session 13)
    assert right_after(proposal, "kunnen wij besluiten uw aanvraag niet te behandelen", "U ontvangt in dat geval")
    assert where(proposal, "Tegen deze brief zelf")[1] == REMEDY


def test_a_penalty_within_this_term_stays_with_the_intended_term(linter):
    proposal = propose(linter, """
Bij een controle op 9 maart 2027 is gebleken dat op uw perceel aan de Wilgenlaan 14 een schutting van 2,6 meter hoog staat. Deze schutting is hoger dan is toegestaan.

Wij zijn daarom van plan u een last onder dwangsom op te leggen. Wij zijn van plan u daarbij een begunstigingstermijn te gunnen van zes weken na de verzending van het definitieve besluit. Indien u de schutting niet binnen deze termijn verlaagt, verbeurt u een dwangsom van € 250,00 per week, met een maximum van € 5.000,00.

U kunt binnen twee weken na de datum van deze brief uw zienswijze op dit voornemen geven.
""")
    for part in (0, -1):
        penalty = where(proposal, "verbeurt u een dwangsom", part)
        assert penalty[1] != "Wat gebeurt er nu?"
    assert right_after(proposal, "begunstigingstermijn te gunnen", "verbeurt u een dwangsom")


def test_the_letter_itself_is_no_reference_to_the_sentence_before(linter):
    proposal = propose(linter, """
Naar aanleiding van uw aanvraag van 3 februari 2027 hebben wij besloten u een vergunning te verlenen voor een standplaats op de woensdagmarkt van Wilgendaal, welke vergunning geldig is tot en met 31 december 2027. Als u al heeft betaald, kunt u deze brief als bevestiging bewaren.

Voor vragen over deze brief kunt u bellen met de heer P. Ramdin, telefoonnummer 0345 61 22 80.
""")
    assert where(proposal, "Voor vragen over deze brief")[1] == "Heeft u vragen?"


def test_the_verifier_refuses_a_sentence_that_points_back_moved_away_from_its_referent(rules):
    award = Placed(0, 0, "De reiskosten worden door ons vergoed tot een bedrag van € 84,00.", "kern")
    payment = Placed(1, 0, "Dit bedrag wordt binnen vier weken op uw rekening gestort.", "wat_gebeurt_er_nu")
    other = Placed(2, 0, "Uw aanvraag voor een parkeerkaart behandelen wij apart.", "overig")
    kept = Verification()
    check_references(kept, [award, payment, other], rules)
    assert kept.ok
    moved = Verification()
    check_references(moved, [award, other, payment], rules)
    assert not moved.ok and "Dit bedrag wordt binnen vier" in moved.problems[0]
    first = Verification()
    check_references(first, [payment, award, other], rules)
    assert not first.ok


def test_the_verifier_accepts_a_remedy_that_names_its_own_term(rules):
    condition = Placed(0, 0, "Als u niet reageert, schrijven wij u uit.", "wat_gebeurt_er_nu")
    bare = Placed(1, 0, "Tegen dat besluit kunt u dan bezwaar maken.", "rechtsmiddel")
    with_term = Placed(1, 0, "Tegen dat besluit kunt u dan binnen zes weken bezwaar maken.", "rechtsmiddel")
    other = Placed(2, 0, "Wij hebben uw adres onderzocht.", "reden")
    result = Verification()
    check_references(result, [condition, other, bare], rules)
    assert not result.ok  # "Tegen dat besluit … dan" no longer follows its condition
    result = Verification()
    check_references(result, [condition, bare, other], rules)
    assert result.ok
    result = Verification()
    check_references(result, [condition, other, with_term], rules)
    assert result.ok  # a remedy with its own term stays in the remedy section


# --------------------------------------------------------------------------- decision with its ground


def test_a_refusal_with_its_reason_is_the_decision_not_a_reason(linter):
    proposal = propose(linter, """
Op 4 januari 2027 heeft u bijzondere bijstand aangevraagd voor een nieuwe wasmachine.

Uw aanvraag om bijzondere bijstand voor een wasmachine wordt afgewezen, omdat uw inkomen hoger is dan de inkomensgrens van € 1.650,00 per maand.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    assert where(proposal, "wordt afgewezen, omdat uw inkomen")[1] not in WHY


def test_a_partial_refusal_with_a_finding_as_its_reason_is_the_decision(linter):
    proposal = propose(linter, """
Op 4 januari 2027 heeft u een vergoeding aangevraagd voor een traplift en voor een douchestoel.

Wij hebben besloten u een vergoeding toe te kennen voor de traplift. Voor het overige wordt uw aanvraag afgewezen, zodat u geen vergoeding voor de douchestoel ontvangt, omdat uit het advies van de ergotherapeut van 12 februari 2027 is gebleken dat u met de bestaande beugels in uw badkamer zonder douchestoel veilig kunt douchen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    parts = became(proposal, "Voor het overige wordt uw aanvraag afgewezen")
    for part in parts:
        if "afgewezen" in part or "geen vergoeding voor de douchestoel" in part:
            assert position(proposal, part)[1] not in WHY, part


def test_a_permit_granted_on_the_ground_of_an_article_is_the_decision(linter):
    proposal = propose(linter, """
Op 11 januari 2027 heeft u een vergunning aangevraagd voor een standplaats op de weekmarkt.

Op grond van artikel 5.2 van de Algemene Plaatselijke Verordening Wilgendaal 2025 verleent de burgemeester u de gevraagde vergunning voor de woensdagmarkt.

Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij de burgemeester van Wilgendaal.
""")
    grant = where(proposal, "verleent de burgemeester u de gevraagde vergunning")
    assert grant[1] not in WHY
    assert "artikel 5.2 van de Algemene Plaatselijke Verordening Wilgendaal 2025" in plain(proposal.markdown)


def test_a_conclusion_with_daarom_stays_after_the_reasons_it_concludes(linter):
    proposal = propose(linter, """
Wij hebben besloten uw aanvraag om algemene bijstand af te wijzen.

Uit het onderzoek naar uw aanvraag is gebleken dat u een spaartegoed heeft van € 19.400,00. Dit is meer dan de vermogensgrens van € 7.960,00.

Daarom wordt uw aanvraag afgewezen, omdat u eerst uw eigen vermogen moet gebruiken.

Tegen dit besluit kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    assert right_after(proposal, "Dit is meer dan de vermogensgrens", "Daarom wordt uw aanvraag afgewezen")


# --------------------------------------------------------------------------- objection, cost award


def test_a_receipt_of_an_objection_opens_with_the_receipt_not_under_the_remedy(linter):
    proposal = propose(linter, """
Op 3 maart 2027 hebben wij uw bezwaarschrift van 27 februari 2027 ontvangen, gericht tegen ons besluit van 20 januari 2027 over uw parkeervergunning.

Uw bezwaarschrift wordt behandeld door de Commissie bezwaarschriften Wilgendaal. U krijgt de gelegenheid uw bezwaar toe te lichten tijdens een hoorzitting.

Het indienen van een bezwaarschrift schorst de werking van het besluit niet.
""")
    first_heading, first_text = next((h, t) for h, t in sections(proposal) if t)
    assert "ontvangen" in first_text.split(". ")[0] and first_heading != REMEDY
    assert where(proposal, "schorst de werking van het besluit niet")[1] == REMEDY


def test_a_decision_on_objection_and_its_cost_award_are_not_under_the_remedy(linter):
    proposal = propose(linter, """
Bij brief van 14 februari 2027 heeft u bezwaar gemaakt tegen ons besluit van 10 januari 2027 over uw Wmo-voorziening.

Uw bezwaarschrift is op 22 maart 2027 behandeld tijdens een hoorzitting van de Commissie bezwaarschriften. Wij hebben besloten het advies van de commissie over te nemen en uw bezwaar gegrond te verklaren.

Het bezwaar is gegrond voor zover het de hoogte van de eigen bijdrage betreft.

De kosten van rechtsbijstand die u voor het bezwaar heeft moeten maken, worden door ons vergoed tot een bedrag van € 512,00. Dit bedrag wordt binnen vier weken na dagtekening van deze brief overgemaakt.

Bent u het niet eens met deze beslissing op bezwaar? Dan kunt u binnen zes weken na de dag van verzending daarvan beroep instellen bij de rechtbank Gelderland.
""")
    for piece in ("op 22 maart 2027 behandeld", "uw bezwaar gegrond te verklaren", "Het bezwaar is gegrond voor zover",
                  "worden door ons vergoed tot een bedrag van € 512,00"):
        assert where(proposal, piece)[1] != REMEDY, piece
    assert right_after(proposal, "worden door ons vergoed tot een bedrag", "Dit bedrag wordt binnen vier weken")
    assert where(proposal, "beroep instellen bij de rechtbank Gelderland", -1)[1] == REMEDY


# --------------------------------------------------------------------------- obligations, additional findings


@pytest.mark.parametrize("sentence", [
    "Wij wijzen u erop dat u op grond van artikel 17 van de Participatiewet verplicht bent wijzigingen direct door te geven.",
    "Wij herinneren u eraan dat u verplicht bent uw nieuwe adres binnen vijf dagen door te geven.",
    "Wij wijzen je erop dat je volgens de regeling verplicht bent de bon te bewaren.",
])
def test_an_obligation_in_a_subordinate_clause_is_an_obligation(rules, sentence):
    assert rules.obligation.search(sentence)


def test_a_duty_to_inform_citing_the_law_is_under_what_you_must_do(linter):
    proposal = propose(linter, """
In het kader van het heronderzoek naar uw uitkering vragen wij u uw bankafschriften van de maanden januari en februari 2027 uiterlijk 15 maart 2027 aan ons te sturen.

Wij wijzen u er nadrukkelijk op dat u op grond van artikel 17 van de Participatiewet verplicht bent uit eigen beweging alle wijzigingen in uw inkomen direct aan ons door te geven.

Voor vragen kunt u bellen met de heer P. Ramdin, telefoonnummer 0345 61 22 80.
""")
    assert where(proposal, "verplicht bent uit eigen beweging")[1] == "Wat moet u doen?"


def test_an_additional_finding_after_the_decision_is_not_its_reason(linter):
    proposal = propose(linter, """
Uit de gegevens van het UWV is gebleken dat u sinds 1 februari 2027 een WW-uitkering ontvangt. Wij hebben daarom besloten uw bijstandsuitkering vanaf 1 februari 2027 te beëindigen.

Uit onze administratie is voorts gebleken dat u nog een schuld heeft bij de gemeentelijke kredietbank. Deze schuld blijft bestaan.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    assert where(proposal, "voorts gebleken dat u nog een schuld")[1] not in WHY
    assert where(proposal, "Deze schuld blijft bestaan")[1] not in WHY


def test_a_value_the_letter_fixes_is_the_decision(rules):
    for sentence in ("De waarde van uw woning aan de Beukenlaan 8 is vastgesteld op € 312.000.",
                     "De hoogte van uw bijdrage wordt vastgesteld op € 45,00 per maand.",
                     "De kosten van de hoorzitting worden door ons vergoed tot een bedrag van € 96,00."):
        assert rules.best(rules.scores(sentence))[0] == "kern", sentence


# --------------------------------------------------------------------------- law citations


def test_a_citation_of_a_named_regulation_is_moved_out_whole(linter):
    from letterlint.rewrite.proposal import simplifier_for

    simplifier = simplifier_for(linter, "u")
    result = simplifier.simplify("Wij betalen € 150,00 voor de sportschoenen, omdat op grond van artikel 4 van de "
                                 "Regeling Jeugdsportfonds Wilgendaal 2026 voor sportkleding maximaal € 150,00 wordt vergoed.")
    assert "omdat voor sportkleding maximaal € 150,00 wordt vergoed" in " ".join(result.sentences)
    assert result.law_lines == ["Dit staat in artikel 4 van de Regeling Jeugdsportfonds Wilgendaal 2026."]


def test_a_citation_whose_regulation_is_not_recognised_stays_in_the_sentence(linter):
    from letterlint.rewrite.proposal import simplifier_for

    simplifier = simplifier_for(linter, "u")
    sentence = ("Wij vergoeden de schoenen niet, omdat op grond van artikel 6 van de regeling jeugdsport van de "
                "gemeente voor schoenen niets wordt vergoed.")
    result = simplifier.simplify(sentence)
    text = " ".join(result.sentences)
    assert "artikel 6 van de regeling jeugdsport" in text and "omdat van de" not in text
    assert not result.law_lines


# --------------------------------------------------------------------------- splits


@pytest.mark.parametrize("sentence, consequence", [
    ("Uit de gegevens van de BRP is gebleken dat u sinds 1 februari 2027 staat ingeschreven op het adres Molenstraat 3 "
     "te Veldzicht, zodat u niet langer in de gemeente Wilgendaal woont en het college niet langer bevoegd is u "
     "bijstand te verlenen.",
     "Daardoor woont u niet langer in de gemeente Wilgendaal en is het college niet langer bevoegd u bijstand te verlenen."),
    ("Uit het huisbezoek van 4 februari 2027 is gebleken dat u niet meer op het adres Kerkstraat 12 woont, zodat uw "
     "inschrijving niet juist is en de gemeente een adresonderzoek moet starten.",
     "Daardoor is uw inschrijving niet juist en moet de gemeente een adresonderzoek starten."),
])
def test_a_split_of_two_joined_clauses_moves_both_verbs(linter, sentence, consequence):
    from letterlint.rewrite.proposal import simplifier_for

    result = simplifier_for(linter, "u").simplify(sentence)
    assert result.sentences[-1] == consequence


@pytest.mark.parametrize("sentence", [
    "Uw inkomen is hoger dan de bijstandsnorm van Wilgendaal, zodat u geen recht heeft op bijstand en wij de uitkering "
    "per 1 mei 2027 beëindigen.",
    "Wij hebben uw aanvraag op 3 maart 2027 ontvangen, zodat wij binnen acht weken een besluit nemen en u daarna een "
    "brief sturen.",
])
def test_a_split_that_would_leave_a_clause_in_the_wrong_order_is_not_made(linter, sentence):
    from letterlint.rewrite.proposal import simplifier_for

    result = simplifier_for(linter, "u").simplify(sentence)
    for part in result.sentences:
        if part.startswith("Daardoor"):
            assert not re.search(r"\ben (?:wij|u|de|het) [^,]*\b(?:beëindigen|sturen|nemen)\.$", part), part
