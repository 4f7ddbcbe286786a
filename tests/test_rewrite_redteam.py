"""Red-team letters for `letterlint rewrite` (issue 16): can the proposal say what the original does not?

The letters in tests/data/redteam/ were written for this review (fictional municipalities Oosterwaarde,
Hollandsveen, Brakelmond, Zuidermeer and Kranenbeek; fictional people). tests/data/redteam/REDTEAM.md lists every problem
found in their proposals, with the original sentence, the proposal sentence, its class and severity.

Two kinds of tests:
- what must hold and holds today: the proposal passes verification, keeps every number, the decision
  keeps its direction and the remedy its kind, term, start, addressee and notes;
- one ``xfail(strict=True)`` test per misleading problem, stating the correct behaviour. Each turns
  green (and then fails as XPASS, so the mark must be removed) when the rewrite is fixed.

The checks locate sentences through the sentence map (original sentence -> proposal sentences), so
they survive legitimate changes to the wording by the simplifier (splits, passive to active).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from letterlint.rewrite.proposal import Proposal, propose_rewrite

DATA = Path(__file__).resolve().parent / "data" / "redteam"
LETTERS = sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".md") and p.name != "REDTEAM.md")
MERGE_REFUSED = "17-standaardbrief-samenvoegvelden.md"   # refused until the merge-field spacing fix (see L17 below)
MARKER = re.compile(r"\[(?:invullen|herschrijven):[^\]]*\]\s*")


def original(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def proposals(linter) -> dict[str, Proposal]:
    results = {}
    for name in LETTERS:
        kind = "markdown" if name.endswith(".md") else "text"
        result = linter.lint_text(original(name), name, kind)
        assert result.error is None, result.error
        results[name] = propose_rewrite(linter, result, suggest=False)
    return results


# --------------------------------------------------------------------------- helpers


def numbers(text: str) -> set[str]:
    """Every number of a text, leading zeros dropped, markers removed."""
    return {str(int(n)) for n in re.findall(r"\d+", MARKER.sub(" ", text))}


def running_text(text: str) -> str:
    """The running text of a letter or proposal: after the salutation, before the closing."""
    start = re.search(r"^(Geachte|Hoi) .*$", text, re.M)
    end = re.search(r"^(Met vriendelijke groet|Hoogachtend|Groeten),?$", text, re.M)
    return text[start.end(): end.start()]


def sections(markdown: str) -> list[tuple[str, str]]:
    """(heading, text) per section of the proposal's running text; '' is the text before any heading."""
    parts: list[tuple[str, list[str]]] = [("", [])]
    for line in running_text(markdown).splitlines():
        if line.startswith("## "):
            parts.append((line[3:].strip(), []))
        else:
            parts[-1][1].append(line)
    return [(heading, "\n".join(lines)) for heading, lines in parts if heading or "".join(lines).strip()]


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", MARKER.sub("", text)).strip()


def became(proposal: Proposal, piece: str) -> list[str]:
    """The proposal sentences (markers removed) of the one original sentence that contains ``piece``."""
    entries = [e for e in proposal.sentence_map if piece in e.original]
    assert len(entries) == 1, f"{piece!r} is in {len(entries)} original sentences"
    return [plain(s) for s in entries[0].proposal]


def position(proposal: Proposal, sentence: str) -> tuple[int, str, int]:
    """(section index, heading, offset in the running text) of a proposal sentence."""
    offset = 0
    flat = []
    for index, (heading, text) in enumerate(sections(proposal.markdown)):
        flat.append((index, heading, offset, plain(text)))
        offset += len(plain(text)) + 1
    for index, heading, start, text in flat:
        at = text.find(sentence)
        if at >= 0:
            return index, heading, start + at
    raise AssertionError(f"{sentence!r} is not in the proposal")


def heading_of(proposal: Proposal, piece: str, part: int = 0) -> str:
    return position(proposal, became(proposal, piece)[part])[1]


def first_sentence(proposal: Proposal) -> str:
    _heading, text = sections(proposal.markdown)[0]
    return re.split(r"(?<=[.?!])\s", plain(text))[0]


def section_text(proposal: Proposal, heading: str) -> str:
    found = [plain(text) for h, text in sections(proposal.markdown) if h == heading]
    assert found, f"no section {heading!r}"
    return " ".join(found)


# --------------------------------------------------------------------------- what holds for every letter


@pytest.mark.parametrize("name", [n for n in LETTERS if n != MERGE_REFUSED])
def test_redteam_letter_gets_a_verified_proposal(proposals, name):
    proposal = proposals[name]
    assert proposal.ok, proposal.verification.problems
    assert proposal.verification.direction_same and proposal.verification.remedy_same


@pytest.mark.parametrize("name", [n for n in LETTERS if n != MERGE_REFUSED])
def test_redteam_proposal_keeps_every_number_and_adds_none(proposals, name):
    """Amounts, dates, terms, reference and phone numbers: the same set in the running text."""
    assert numbers(running_text(proposals[name].markdown)) == numbers(running_text(original(name)))


@pytest.mark.parametrize("name", LETTERS)
def test_redteam_every_original_sentence_is_traceable_in_the_map(proposals, name):
    for entry in proposals[name].sentence_map:
        assert entry.proposal or entry.dropped, entry.original


@pytest.mark.parametrize("name", LETTERS)
def test_redteam_no_remedy_kind_is_added(proposals, name):
    text = original(name).lower()
    body = MARKER.sub("", running_text(proposals[name].markdown)).lower()
    for kind in ("administratief beroep", "beroep instellen", "voorlopige voorziening", "zienswijze", "bezwaar",
                 "hoger beroep", "klacht"):
        if kind not in text:
            assert kind not in body, kind


# --------------------------------------------------------------------------- per letter: what holds today


def test_repayment_keeps_its_arrangement_exception_and_the_note_that_objection_does_not_suspend(proposals):
    proposal = proposals["01-terugvordering-betalingsregeling.txt"]
    text = plain(running_text(proposal.markdown))
    assert "€ 2.316,48" in text and "terug te vorderen" in text and "€ 96,52" in text
    assert "tenzij u binnen veertien dagen na de datum van deze brief het volledige bedrag" in text
    remedy = section_text(proposal, "Bent u het niet eens?")
    # the term in the remedy's sentence, or right after it as its own sentence (simplify round 4)
    assert ("binnen zes weken na de dag waarop dit besluit is verzonden een gemotiveerd bezwaarschrift" in remedy
            or "een gemotiveerd bezwaarschrift indienen bij het college van burgemeester en wethouders van Oosterwaarde. "
               "Dat kan binnen zes weken na de dag waarop dit besluit is verzonden." in remedy)
    assert "bij het college van burgemeester en wethouders van Oosterwaarde" in remedy
    assert "schort de werking van dit besluit niet op" in remedy
    assert "wordt nu nog door ons onderzocht" in text or "wordt thans nog door ons onderzocht" in text
    assert "bijstand toe te kennen" not in text and "U krijgt" not in text


def test_termination_stays_a_termination_with_its_dates_and_objection(proposals):
    proposal = proposals["02-beeindiging-bijstand.txt"]
    text = plain(running_text(proposal.markdown))
    assert "1 december 2026 wordt beëindigd" in text
    assert "€ 184,20" in text and "rond 23 november 2026" in text
    remedy = section_text(proposal, "Bent u het niet eens?")
    assert ("binnen zes weken na de dag van verzending van deze brief bezwaar maken" in remedy
            or "bezwaar maken bij het college van burgemeester en wethouders van Hollandsveen. Dat kan binnen zes "
               "weken na de dag van verzending van deze brief." in remedy)
    assert "toegekend" not in text


def test_partial_grant_keeps_loan_direct_payment_and_both_refused_costs(proposals):
    text = plain(running_text(proposals["03-gedeeltelijk-toegekend.txt"].markdown))
    for part in ("gedeeltelijk toe te wijzen", "€ 1.380,00 in de vorm van een renteloze geldlening",
                 "€ 430,00 komen niet voor vergoeding in aanmerking",
                 "Kringloopwinkel De Tweede Ronde", "36 maandelijkse termijnen van € 38,33"):
        assert part in text, part
    # the refused cost and the direct payment stay negative, passive or with "wij" as the agent
    assert re.search(r"€ 640,00 worden niet vergoed|[Ww]ij vergoeden de kosten van de vloerbedekking ad € 640,00 niet", text)
    assert re.search(r"wordt niet aan u uitbetaald|[Ww]ij betalen het toegekende bedrag niet aan u uit", text)


def test_intention_to_enforce_stays_an_intention_with_zienswijze_and_no_objection(proposals):
    proposal = proposals["04-voornemen-last-onder-dwangsom.txt"]
    headings = [h for h, _ in sections(proposal.markdown)]
    assert "Wilt u reageren op ons plan?" in headings and "Bent u het niet eens?" not in headings
    assert not any(h.startswith("Wat hebben wij besloten") for h in headings)
    text = plain(running_text(proposal.markdown))
    assert "van plan u een last onder dwangsom op te leggen" in text
    assert "binnen twee weken na de datum van verzending van deze brief" in text
    assert re.search(r"Tegen deze brief (kan geen bezwaar worden gemaakt|kunt u geen bezwaar maken)", text)
    assert "hebben besloten" not in text


def test_receipt_of_objection_keeps_decision_term_no_suspension_and_interim_relief(proposals):
    text = plain(running_text(proposals["05-ontvangstbevestiging-bezwaarschrift.txt"].markdown))
    assert "hebben wij uw bezwaarschrift van 29 augustus 2026 ontvangen" in text
    assert "twaalf weken" in text and re.search(r"(?:ten hoogste|hoogstens) zes weken verdagen", text)
    assert "de werking van het bestreden besluit niet schorst" in text
    assert "voorzieningenrechter van de rechtbank Gelderland" in text and "griffierecht" in text
    assert "hebben besloten" not in text


def test_decision_on_objection_keeps_appeal_to_the_court_with_its_term_and_note(proposals):
    proposal = proposals["06-beslissing-op-bezwaar-beroep.txt"]
    remedy = section_text(proposal, "Bent u het niet eens?")
    assert "binnen zes weken na de dag van verzending daarvan beroep instellen bij de rechtbank Overijssel" in remedy
    assert "schorst de werking van deze beslissing niet" in remedy and "griffierecht" in remedy
    text = plain(running_text(proposal.markdown))
    assert "gedeeltelijk gegrond" in text and "voor de duur van vijf jaar" in text and "€ 624,00" in text


def test_administrative_appeal_within_three_months_stays_and_no_objection_term_appears(proposals):
    proposal = proposals["07-administratief-beroep.txt"]
    remedy = section_text(proposal, "Bent u het niet eens?")
    assert "administratief beroep instellen bij het college van burgemeester en wethouders van Brakelmond" in remedy
    assert "binnen drie maanden na de datum van bekendmaking" in remedy
    text = plain(running_text(proposal.markdown))
    assert "U hoeft niet eerst bezwaar te maken." in text and "zes weken" not in text


def test_decision_without_remedy_gets_a_placeholder_and_no_invented_objection(proposals):
    proposal = proposals["08-besluit-zonder-rechtsmiddel.txt"]
    assert any("bezwaar of beroep" in p for p in proposal.placeholders)
    outside = MARKER.sub("", running_text(proposal.markdown)).lower()
    assert "bezwaar" not in outside and "weken na" not in outside


def test_cost_recovery_keeps_no_suspension_and_interim_relief_after_objection_in_the_remedy(proposals):
    remedy = section_text(proposals["09-kostenverhaal-schorst-niet.txt"], "Bent u het niet eens?")
    assert "Het maken van bezwaar schort de verplichting tot betaling niet op." in remedy
    assert "nadat u bezwaar heeft gemaakt, de voorzieningenrechter van de rechtbank Noord-Nederland" in remedy


def test_passport_letter_keeps_the_exception_for_children_of_twelve_and_the_lost_fee(proposals):
    text = plain(running_text(proposals["10-paspoort-afhalen.txt"].markdown))
    assert "Daan hoeft bij het afhalen niet aanwezig te zijn, tenzij hij 12 jaar of ouder is" in text
    assert "€ 58,85 niet gerestitueerd" in text and re.search(r"(uitsluitend|alleen) op afspraak", text)


def test_address_investigation_stays_an_intention_and_keeps_the_bsn_note(proposals):
    text = plain(running_text(proposals["11-adresonderzoek-uitschrijving-brp.txt"].markdown))
    assert "van plan" in text and "binnen twee weken na de datum van deze brief reageren" in text
    assert "Uw burgerservicenummer blijft wel geldig." in text and "hebben besloten" not in text


def test_tax_assessment_keeps_each_levy_and_that_ozb_cannot_be_remitted(proposals):
    proposal = proposals["12-woz-aanslag-kwijtschelding.md"]
    text = plain(running_text(proposal.markdown))
    for part in ("€ 287.000", "€ 966,98", "€ 412,38", "€ 236,00", "€ 318,60",
                 "Voor de onroerendezaakbelasting is kwijtschelding niet mogelijk"):
        assert part.lower() in text.lower(), part
    remedy = section_text(proposal, "Bent u het niet eens?")
    assert "bij de heffingsambtenaar van de gemeente Hollandsveen" in remedy
    assert "schort de betalingsverplichting niet op" in remedy


def test_building_permit_keeps_every_condition_and_the_appointment(proposals):
    text = plain(running_text(proposals["13-omgevingsvergunning-voorschriften.txt"].markdown))
    for part in ("uiterlijk drie weken voor de start van de bouw", "met de bouw mag niet worden begonnen voordat",
                 "ten minste twee werkdagen van tevoren", "mag niet hoger zijn dan 2 meter",
                 "dinsdag 12 januari 2027 om 09.00 uur", "uiterlijk 5 januari 2027", "€ 18.412,00"):
        assert part in text, part


def test_information_request_keeps_the_document_list_deadline_and_warnings(proposals):
    text = plain(running_text(proposals["14-documenten-inlichtingenplicht.txt"].markdown))
    for part in ("uiterlijk 5 november 2026", "- een kopie van uw geldige identiteitsbewijs",
                 "- uw huurspecificatie van de maand oktober 2026", "- de polis van uw zorgverzekering 2026",
                 "schermafdrukken worden niet geaccepteerd", "bestuurlijke boete", "Tegen deze brief kunt u geen bezwaar maken."):
        assert part in text, part


def test_je_letter_keeps_je_its_condition_for_payment_and_the_parent_signature(proposals):
    proposal = proposals["15-je-vorm-jongerenregeling.txt"]
    assert proposal.register == "je"
    text = plain(running_text(proposal.markdown))
    assert "maar alleen als je ons vóór 1 oktober 2026 een kopie van je inschrijvingsbewijs" in text
    assert "Ben je jonger dan 18 jaar, dan moet ook een van je ouders het bezwaar ondertekenen." in text
    assert not re.search(r"\b[Uu]w?\b", MARKER.sub("", running_text(proposal.markdown)))


def test_email_reply_stays_short_without_decision_or_remedy_headings(proposals):
    proposal = proposals["16-email-afvalpas.txt"]
    headings = [h for h, _ in sections(proposal.markdown)]
    assert not any(h.startswith(("Wat hebben", "Bent u", "Waarom")) for h in headings)
    assert proposal.markdown.startswith("Van: Klantcontactcentrum Gemeente Oosterwaarde")
    text = plain(running_text(proposal.markdown))
    assert "ook niet als u hem terugvindt" in text and "niet via de aanslag gemeentelijke belastingen" in text


def test_merge_field_letter_is_never_shown_with_a_changed_field(proposals):
    from letterlint.rewrite.merge_fields import MERGE_FIELD

    proposal = proposals[MERGE_REFUSED]
    if proposal.ok:
        assert sorted(MERGE_FIELD.findall(proposal.markdown)) == sorted(MERGE_FIELD.findall(original(MERGE_REFUSED)))
    else:
        assert any("samenvoegveld" in problem for problem in proposal.verification.problems)


def test_offset_letter_keeps_every_negation_of_its_third_party_passives(proposals):
    proposal = proposals["18-verrekening-passief-derden.txt"]
    for piece, who in (("Dit beslag is niet door de gemeente gelegd", "gemeente"),
                       ("is door ons niet over dit besluit geïnformeerd", "Transportbedrijf Van Gelder"),
                       ("dat door het UWV niet op de WW-uitkering", "UWV")):
        entry = next(e for e in proposal.sentence_map if piece in e.original)
        text = " ".join(plain(s) for s in entry.proposal)
        assert len(re.findall(r"\bniet\b", text)) == len(re.findall(r"\bniet\b", entry.original)), text
        assert who in text, text
    assert "€ 812,40 te verrekenen" in plain(running_text(proposal.markdown))


def test_event_permit_keeps_its_may_must_and_not_allowed(proposals):
    text = plain(running_text(proposals["19-moet-kan-mag-evenement.txt"].markdown))
    for part in ("mag niet eerder beginnen dan 14.00 uur", "niet meer bedragen dan 75 dB(A)",
                 "ten minste vier gecertificeerde verkeersregelaars", "door de politie worden ontruimd",
                 "De burgemeester kan de vergunning intrekken", "Het is niet toegestaan het Weverplein vóór 9 juli 2027",
                 "dit is niet verplicht", "bezwaar maken bij de burgemeester van Zuidermeer"):
        assert part in text, part


# --------------------------------------------------------------------------- misleading problems found by the red team (all fixed)

WHY = ("Waarom?", "Waarom hebben wij dit besloten?", "Waarom vragen wij dit?")


def test_m01_duty_to_report_income_changes_is_under_what_you_must_do(proposals):
    proposal = proposals["01-terugvordering-betalingsregeling.txt"]
    assert heading_of(proposal, "Wijzigt uw inkomen, dan bent u verplicht") == "Wat moet u doen?"


def test_m02_split_consequence_is_grammatical_and_follows_its_cause(proposals):
    proposal = proposals["02-beeindiging-bijstand.txt"]
    parts = became(proposal, "zodat u niet langer woonplaats heeft")
    assert not any(re.search(r"\ben het college niet langer bevoegd is\b", p) for p in parts if not
                   re.search(r"\b(zodat|dat|omdat)\b", p))
    cause = next(p for p in parts if "Dorpsstraat 7" in p)
    consequence = next(p for p in parts if "niet langer woonplaats" in p)
    assert position(proposal, cause)[2] < position(proposal, consequence)[2]


def test_m03_partial_refusal_keeps_for_the_rest(proposals):
    text = plain(running_text(proposals["03-gedeeltelijk-toegekend.txt"].markdown))
    assert "Verder wordt uw aanvraag afgewezen" not in text
    assert re.search(r"Voor (het overige|de rest)", text)


def test_m04_recovery_threat_stays_right_after_the_duty_to_send_receipts(proposals):
    proposal = proposals["03-gedeeltelijk-toegekend.txt"]
    duty = position(proposal, became(proposal, "aankoopnota's")[0])
    threat = position(proposal, became(proposal, "Indien u dit nalaat")[0])
    assert duty[0] == threat[0] and duty[2] < threat[2]


def test_m05_intended_penalty_stays_with_the_intended_grace_period(proposals):
    proposal = proposals["04-voornemen-last-onder-dwangsom.txt"]
    grace = position(proposal, became(proposal, "begunstigingstermijn")[0])
    penalty = position(proposal, became(proposal, "verbeurt u een dwangsom")[-1])
    assert penalty[1] != "Wat gebeurt er nu?" and penalty[0] == grace[0]


def test_m06_receipt_confirmation_opens_with_the_receipt(proposals):
    proposal = proposals["05-ontvangstbevestiging-bezwaarschrift.txt"]
    assert "ontvangen" in first_sentence(proposal)
    assert heading_of(proposal, "hebben wij uw bezwaarschrift") != "Bent u het niet eens?"


def test_m07_decision_on_objection_does_not_open_with_the_refusal_it_reviews(proposals):
    proposal = proposals["06-beslissing-op-bezwaar-beroep.txt"]
    assert "afgewezen" not in first_sentence(proposal)
    earlier, refused = became(proposal, "waarbij uw aanvraag om een gehandicaptenparkeerkaart")[:2]
    assert position(proposal, earlier)[2] < position(proposal, refused)[2]


def test_m08_partial_dismissal_is_part_of_the_decision(proposals):
    proposal = proposals["06-beslissing-op-bezwaar-beroep.txt"]
    assert heading_of(proposal, "Voor het overige wordt het bezwaar ongegrond") not in WHY
    assert not any(p.startswith("Verder wordt het bezwaar") for p in
                   became(proposal, "Voor het overige wordt het bezwaar ongegrond"))


def test_m09_cost_award_is_not_under_the_remedy_and_precedes_its_payment(proposals):
    proposal = proposals["06-beslissing-op-bezwaar-beroep.txt"]
    award = position(proposal, became(proposal, "worden door ons vergoed tot een bedrag van € 624,00")[0])
    payment = position(proposal, became(proposal, "Dit bedrag wordt binnen vier weken")[0])
    assert award[1] != "Bent u het niet eens?" and award[2] < payment[2]


def test_m10_contribution_and_duty_to_report_are_not_reasons(proposals):
    proposal = proposals["08-besluit-zonder-rechtsmiddel.txt"]
    assert heading_of(proposal, "eigen bijdrage verschuldigd") not in WHY
    assert heading_of(proposal, "bent u verplicht dit aan ons door te geven", -1) not in WHY


def test_m11_future_objection_stays_with_the_deregistration_it_refers_to(proposals):
    proposal = proposals["11-adresonderzoek-uitschrijving-brp.txt"]
    condition = position(proposal, became(proposal, "zullen wij u uitschrijven")[-1])
    objection = position(proposal, became(proposal, "Tegen dat besluit kunt u dan bezwaar maken")[0])
    assert objection[0] == condition[0] and condition[2] < objection[2]


def test_m12_woz_value_and_assessment_are_the_decision_not_its_reason(proposals):
    proposal = proposals["12-woz-aanslag-kwijtschelding.md"]
    assert heading_of(proposal, "is vastgesteld op € 287.000") not in WHY
    assert heading_of(proposal, "Het totaal van de aanslag bedraagt") not in WHY


def test_m13_advice_not_to_build_follows_the_objection_term(proposals):
    proposal = proposals["13-omgevingsvergunning-voorschriften.txt"]
    term = position(proposal, became(proposal, "Belanghebbenden kunnen binnen zes weken")[0])
    advice = position(proposal, became(proposal, "Wij adviseren u daarom niet met de bouw")[0])
    assert advice[1] not in WHY and advice[0] == term[0] and term[2] < advice[2]


def test_m14_request_for_documents_has_no_decision_and_keeps_the_condition(proposals):
    proposal = proposals["14-documenten-inlichtingenplicht.txt"]
    assert not any(h.startswith("Wat hebben wij besloten") for h, _ in sections(proposal.markdown))
    parts = became(proposal, "hetgeen tot gevolg kan hebben")
    condition = position(proposal, parts[0])
    for part in parts[1:]:
        consequence = position(proposal, part)
        assert consequence[0] == condition[0] and condition[2] < consequence[2]


def test_m15_duty_to_give_information_is_under_what_you_must_do(proposals):
    proposal = proposals["14-documenten-inlichtingenplicht.txt"]
    assert heading_of(proposal, "verplicht bent uit eigen beweging") == "Wat moet u doen?"


def test_m16_citation_move_leaves_a_grammatical_sentence_and_a_whole_citation(proposals):
    text = plain(running_text(proposals["15-je-vorm-jongerenregeling.txt"].markdown))
    assert "omdat van de Regeling" not in text
    assert "artikel 6 van de Regeling Studiefonds Zuidermeer 2025" in text


def test_m17_signing_the_objection_stays_in_the_objection_section(proposals):
    proposal = proposals["15-je-vorm-jongerenregeling.txt"]
    assert heading_of(proposal, "Je bezwaar moet je ondertekenen") == "Ben je het niet eens?"


def test_m18_nothing_to_pay_stays_with_the_offset_decision(proposals):
    proposal = proposals["18-verrekening-passief-derden.txt"]
    decision = position(proposal, became(proposal, "besloten het voorschot van € 812,40 te verrekenen")[0])
    nothing = position(proposal, became(proposal, "hoeft hiervoor niets")[0])
    garnishment = position(proposal, became(proposal, "beslag is gelegd op uw inkomen")[0])
    assert nothing[0] == decision[0] and decision[2] < nothing[2] < garnishment[2]


def test_m19_garnishment_notice_is_not_presented_as_the_reason_for_the_offset(proposals):
    proposal = proposals["18-verrekening-passief-derden.txt"]
    assert heading_of(proposal, "beslag is gelegd op uw inkomen") not in WHY
    assert heading_of(proposal, "Dit beslag is niet door de gemeente gelegd") not in WHY


def test_m20_partly_granted_permit_opens_with_the_grant(proposals):
    proposal = proposals["19-moet-kan-mag-evenement.txt"]
    assert not first_sentence(proposal).startswith("Daarvoor")
    grant = position(proposal, became(proposal, "verleent de burgemeester u de gevraagde vergunning")[0])
    assert grant[1] not in WHY
    refusal = position(proposal, became(proposal, "verleent de burgemeester u de gevraagde vergunning")[-1])
    assert grant[2] < refusal[2]


def test_l17_standard_letter_keeps_its_merge_fields_and_the_conditional_decision(proposals):
    from letterlint.rewrite.merge_fields import MERGE_FIELD

    proposal = proposals[MERGE_REFUSED]
    assert proposal.ok, proposal.verification.problems
    assert sorted(MERGE_FIELD.findall(proposal.markdown)) == sorted(MERGE_FIELD.findall(original(MERGE_REFUSED)))
    condition = position(proposal, became(proposal, "kunnen wij besluiten uw aanvraag niet te behandelen")[-1])
    follow = position(proposal, became(proposal, "U ontvangt in dat geval een besluit")[0])
    assert follow[0] == condition[0] and condition[2] < follow[2]


def test_m21_complying_with_an_order_is_not_turned_into_paying(proposals):
    proposal = proposals["09-kostenverhaal-schorst-niet.txt"]
    parts = became(proposal, "Aangezien u hieraan niet binnen de gestelde termijn heeft voldaan")
    assert not any("betaald" in part for part in parts)
    assert any("voldaan" in part or "gedaan" in part or "uitgevoerd" in part for part in parts)
