"""Role quality of `letterlint rewrite`, per class of sentence (cues in rules/rewrite.yaml).

The kern (the decision) comes first, not the background of the request; sentences that explain
why are reasons, not obligations; the municipality's action with its moment and conditional
consequences are "what happens now"; a warning or a claim ("een beroep doen op") is never the
legal remedy. Letters of the fictional municipality Meerwijde, written for these tests.
"""

from __future__ import annotations

import pytest

from letterlint.rewrite.proposal import propose_rewrite
from letterlint.rewrite.statements import RewriteRules, split_letter


@pytest.fixture(scope="module")
def rules(linter) -> RewriteRules:
    return RewriteRules.for_linter(linter)


def role(rules: RewriteRules, sentence: str) -> str | None:
    return rules.best(rules.scores(sentence))[0]


@pytest.mark.parametrize("sentence", [
    "Wij hebben besloten u geen bijzondere bijstand toe te kennen.",
    "Uw aanvraag is afgewezen.",
    "U krijgt vanaf 1 april 2026 een uitkering van € 1.245,00 per maand.",
    "Naar aanleiding van uw aanvraag van 12 februari 2026 delen wij u mede dat wij hebben besloten deze af te wijzen.",
])
def test_decision_sentences_are_the_kern(rules, sentence):
    assert role(rules, sentence) == "kern"


@pytest.mark.parametrize("sentence", [
    "Voorts merken wij op dat u in de periode van 1 januari tot en met 31 maart 2026 inkomsten heeft ontvangen.",
    "Gelet op het voorgaande stellen wij daarom vast dat u niet in aanmerking komt voor een uitkering.",
    "Uit het onderzoek is gebleken dat u samen met uw partner op het adres Dorpsstraat 3 woont.",
    "Wij constateren dat u de gevraagde bankafschriften niet heeft gestuurd.",
])
def test_sentences_that_explain_why_are_reasons_not_obligations(rules, sentence):
    assert role(rules, sentence) == "reden"


@pytest.mark.parametrize("sentence", [
    "Het bedrag van € 312,40 dat u moet terugbetalen, wordt ingehouden op uw uitkering over de maand mei 2026.",
    "Het te veel betaalde bedrag wordt in juni 2026 verrekend met uw uitkering.",
    "Wordt het bedrag niet binnen de termijn betaald, dan wordt de betalingsregeling beëindigd.",
    "Indien u niet op de afspraak verschijnt, zullen wij uw uitkering stopzetten.",
])
def test_the_municipalitys_action_with_its_moment_and_conditional_consequences_are_what_happens(rules, sentence):
    assert role(rules, sentence) == "wat_gebeurt_er_nu"


@pytest.mark.parametrize("sentence", [
    "Het niet nakomen van deze verplichting kan leiden tot terugvordering van de bijstand.",
    "Wij wijzen u erop dat het niet melden van inkomsten kan leiden tot terugvordering en een bestuurlijke boete.",
    "Let op: u kunt geen beroep doen op bijzondere bijstand als u de kosten zelf kunt betalen.",
    "Een beroep op de hardheidsclausule is in uw situatie niet mogelijk.",
])
def test_warnings_and_claims_are_never_the_legal_remedy(rules, sentence):
    assert role(rules, sentence) != "rechtsmiddel"


def test_a_real_appeal_is_still_the_legal_remedy(rules):
    assert role(rules, "Tegen dit besluit kunt u binnen zes weken beroep instellen bij de rechtbank Zeeland-West-Brabant.") == "rechtsmiddel"


LETTER = """\
Gemeente Meerwijde
Afdeling Sociaal Domein
Postbus 88
4410 AA Meerwijde

Mevrouw A. Yilmaz
Havenstraat 21
4411 GH Meerwijde

Datum: 16 maart 2026
Ons kenmerk: SD-2026-06231
Onderwerp: uw aanvraag bijzondere bijstand

Geachte mevrouw Yilmaz,

Op 12 februari 2026 heeft u bij ons bijzondere bijstand aangevraagd voor de kosten van een nieuwe bril.
Wij hebben uw aanvraag op 14 februari 2026 ontvangen.
Wij hebben besloten uw aanvraag af te wijzen.
Uit het onderzoek is gebleken dat uw zorgverzekeraar de kosten van de bril vergoedt.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders.

Heeft u vragen? Bel dan met de heer J. Smit op telefoonnummer 0113 24 68 22.

Met vriendelijke groet,

namens het college van burgemeester en wethouders,
L. Vermeulen
teamleider Inkomen
"""


@pytest.fixture(scope="module")
def result(linter):
    return linter.lint_text(LETTER, "bril.txt", "text")


def test_receipt_and_background_are_no_kern_when_the_letter_has_a_decision(result, rules):
    roles = {s.text: s.role for s in split_letter(result, rules).statements}
    assert roles["Wij hebben besloten uw aanvraag af te wijzen."] == "kern"
    assert roles["Wij hebben uw aanvraag op 14 februari 2026 ontvangen."] != "kern"
    assert roles["Op 12 februari 2026 heeft u bij ons bijzondere bijstand aangevraagd voor de kosten van een "
                 "nieuwe bril."] != "kern"


def test_the_decision_opens_the_proposal_before_the_background_of_the_request(result, linter):
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
    body = proposal.markdown[proposal.markdown.index("Geachte mevrouw Yilmaz,"):]
    decision = body.index("besloten uw aanvraag af te wijzen")
    assert decision < body.index("14 februari 2026") and decision < body.index("12 februari 2026")
    assert decision < body.index("zorgverzekeraar")


def test_a_receipt_confirmation_without_a_decision_keeps_the_receipt_as_kern(linter, rules):
    text = LETTER.replace("Wij hebben besloten uw aanvraag af te wijzen.\n", "").replace(
        "Uit het onderzoek is gebleken dat uw zorgverzekeraar de kosten van de bril vergoedt.\n", "")
    statements = split_letter(linter.lint_text(text, "ontvangst.txt", "text"), rules).statements
    roles = {s.text: s.role for s in statements}
    assert roles["Wij hebben uw aanvraag op 14 februari 2026 ontvangen."] == "kern"


def test_an_earlier_decision_referred_to_by_its_date_is_background_not_the_kern(rules):
    sentence = ("Bij besluit van 14 januari 2025 is aan uw vereniging een subsidie verleend van € 4.000,00 "
                "voor de jeugdactiviteiten.")
    assert role(rules, sentence) == "overig"


PLACEMENT_LETTER = """Gemeente Meerwijde
Postbus 88
4410 AA Meerwijde

Datum: 9 maart 2026
Onderwerp: bijzondere bijstand voor een wasmachine

Geachte heer Bakker,

Wij hebben besloten u bijzondere bijstand van € 420,00 toe te kennen voor een wasmachine.
U heeft recht op deze bijstand, omdat u de kosten niet zelf kunt betalen.
U dient de aankoopbon binnen vier weken na de aankoop aan ons te sturen.
Indien u dit nalaat, kan de bijstand alsnog van u worden teruggevorderd.
Wijzigt uw inkomen, dan bent u verplicht dit aan ons door te geven, omdat uw recht op bijstand daardoor kan veranderen.
Tegen dit besluit kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college.
Uw bezwaar moet u ondertekenen.

Heeft u vragen? Bel dan mevrouw T. Ramdin op 0113 24 68 10.

Met vriendelijke groet,

L. Vermeulen
teamleider Inkomen
"""


@pytest.fixture(scope="module")
def placed(linter):
    proposal = propose_rewrite(linter, linter.lint_text(PLACEMENT_LETTER, "wasmachine.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    return proposal


def heading_above(proposal, words: str) -> str | None:
    heading = None
    for line in proposal.markdown.splitlines():
        if line.startswith("## "):
            heading = line[3:].strip()
        elif words in line:
            return heading
    raise AssertionError(f"{words!r} is not in the proposal")


def test_a_consequence_that_points_back_stays_right_after_the_duty_it_depends_on(placed):
    body = placed.markdown
    duty = body.index("aankoopbon binnen vier weken")
    consequence = body.index("Indien u dit nalaat") if "Indien u dit nalaat" in body else body.index("Als u dit nalaat")
    assert 0 < consequence - duty < 200  # the next sentence, not at the top as if it were the decision
    assert heading_above(placed, "dit nalaat") == heading_above(placed, "aankoopbon")


def test_an_obligation_of_the_reader_with_a_reason_in_it_is_not_placed_under_the_reasons(placed):
    assert not heading_above(placed, "bent u verplicht").startswith("Waarom")


def test_the_remedy_of_this_decision_and_its_note_stay_under_the_remedy_heading(placed):
    remedy = heading_above(placed, "bezwaar maken bij het college")
    assert remedy == heading_above(placed, "Uw bezwaar moet u ondertekenen")
    assert remedy not in (heading_above(placed, "omdat u de kosten niet zelf kunt betalen"),
                          heading_above(placed, "aankoopbon"))


def test_a_sentence_that_states_a_decision_keeps_its_place_even_when_it_starts_with_daarom(rules):
    from letterlint.rewrite.proposal import _settled_roles

    texts = ["Daarom hebben wij besloten de te veel betaalde bijstand van € 800,00 terug te vorderen."]
    assert _settled_roles(texts, ["kern"], rules, ("reden", "reden")) == ["kern"]
    texts = ["Daardoor kan de bijstand alsnog worden teruggevorderd."]
    assert _settled_roles(texts, ["kern"], rules, ("wat_moet_u_doen", "doen")) == ["wat_moet_u_doen"]


@pytest.mark.parametrize("sentence", [
    "Hierbij ontvangt u het aanslagbiljet gemeentelijke belastingen 2027, dat tevens een beschikking bevat als bedoeld in artikel 22 van de Wet waardering onroerende zaken.",
    "Met deze brief ontvangt u de beschikking op grond van artikel 4:81 van de Algemene wet bestuursrecht.",
])
def test_the_document_the_letter_brings_is_the_kern_even_with_a_law_article(rules, sentence):
    assert role(rules, sentence) == "kern"


@pytest.mark.parametrize("sentence", [
    "Besluiten wij uw aanvraag niet te behandelen, dan ontvangt u daarover een afzonderlijk besluit, waartegen wel bezwaar openstaat.",
    "Beslist het college niet binnen de gestelde termijn, dan kunt u het college schriftelijk in gebreke stellen.",
])
def test_a_decision_under_a_verb_first_condition_is_not_this_letters_decision(rules, sentence):
    assert role(rules, sentence) != "kern"


@pytest.mark.parametrize("sentence", [
    "Daarom is het college van plan in de BRP op te nemen dat u op 31 augustus 2027 naar Spanje bent vertrokken.",
    "Het college is voornemens u een last onder dwangsom op te leggen.",
])
def test_an_intention_of_the_college_in_the_third_person_is_the_kern(rules, sentence):
    assert role(rules, sentence) == "kern"


def test_a_verb_in_a_relative_clause_after_waarbij_states_no_decision(linter, rules):
    from letterlint.rewrite.proposal import Piece, _states_decision

    finding = ("Op 3 maart 2027 hebben twee medewerkers een huisbezoek afgelegd aan de woning, waarbij u zelf "
               "aanwezig was en de medewerkers toegang tot de woning heeft verleend.")
    decision = "Het college heeft besloten uw adres in de BRP te wijzigen, waarbij de oude inschrijving vervalt."
    assert not _states_decision(Piece(0, 0, "kern", "kern", finding, 0), rules)
    assert _states_decision(Piece(1, 0, "kern", "kern", decision, 0), rules)
