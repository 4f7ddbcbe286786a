"""Fact extraction from original letters (letterlint.facts): real Dutch letters, real pipeline."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from conftest import CORPUS

from letterlint.rewrite.facts import FactRules, extract_facts, parse_amounts, parse_dates, plain_sentence, term_days
from letterlint.config import Config
from letterlint.engine.linter import Linter
from letterlint.rulepack import RulePackError, load_rule_pack


@pytest.fixture(scope="session")
def rules(linter) -> FactRules:
    return FactRules.for_linter(linter)


@pytest.fixture(scope="session")
def facts_of(linter, rules):
    def run(path_or_text, kind: str = "markdown"):
        if isinstance(path_or_text, str):
            result = linter.lint_text(path_or_text, "brief.md", kind)
        else:
            result = next(linter.lint_paths([str(path_or_text)]))
        assert result.error is None, result.error
        return extract_facts(result, rules)

    return run


# A letter with a named contact person, a deadline, a list of papers and no case number.
REQUEST_LETTER = """\
Gemeente Lindenburg
Postbus 1450
7390 HA Lindenburg

Mevrouw J. de Vries
Lindelaan 12
7391 AB Lindenburg

Datum: 3 maart 2026
Onderwerp: aanvullende gegevens voor uw aanvraag

Geachte mevrouw De Vries,

Op 10 februari 2026 hebben wij uw aanvraag om bijzondere bijstand ontvangen. Voor de beoordeling verzoeken wij u de volgende stukken toe te zenden:

- uw loonstroken van januari en februari 2026
- een afschrift van uw huurcontract

De gevraagde stukken dienen uiterlijk op 17 maart 2026 in ons bezit te zijn.

Voor vragen kunt u contact opnemen met mevrouw S. Bakker, consulent, telefoonnummer 0570 38 45 17 of s.bakker@lindenburg.nl.

Hoogachtend,

S. Bakker
consulent Werk en Inkomen
"""


# --------------------------------------------------------------------------- values


def test_dutch_dates_are_parsed_in_words_and_digits_and_impossible_dates_skipped():
    found = parse_dates("Op 12 maart 2026, vóór 1e juni 2026, per 05-01-2026, niet op 31 februari 2026.")
    assert [item.value for item in found] == [date(2026, 3, 12), date(2026, 6, 1), date(2026, 1, 5)]
    assert found[0].text == "12 maart 2026"


def test_euro_amounts_are_parsed_to_decimal_and_bare_numbers_are_not_amounts():
    found = parse_amounts("U krijgt € 1.346,12 per maand, leges € 59,10, kosten EUR 8,50 en € 250,-; nummer 1.346 niet.")
    assert [item.value for item in found] == [Decimal("1346.12"), Decimal("59.10"), Decimal("8.50"), Decimal(250)]


def test_terms_in_words_are_read_as_numbers():
    assert term_days("binnen veertien dagen na dagtekening") == (14, "dagen")
    assert term_days("binnen zes weken") == (6, "weken")
    assert term_days("zo snel mogelijk") is None


# --------------------------------------------------------------------------- a corpus decision


def test_grant_decision_yields_case_number_dates_amount_and_plain_decision(facts_of):
    facts = facts_of(CORPUS / "werk-en-inkomen" / "wi-01-origineel.md")
    assert facts.case_number == "WI-2026-004512"
    assert facts.letter_date == date(2026, 3, 12)
    assert facts.request_date == date(2026, 2, 9)
    assert facts.recipient.name == "Mevrouw S. el Amrani"
    assert facts.recipient.address == ["Kastanjelaan 27", "7391 KD Lindenburg"]
    assert [(a.label, a.value) for a in facts.amounts] == [("bijstand per maand", Decimal("1346.12"))]
    assert date(2026, 2, 2) in {d.value for d in facts.dates}
    assert facts.decision_positive is True
    assert facts.decision.startswith("Het college") and "toe te kennen" in facts.decision
    assert "delen wij u mede" in facts.decision_original and "delen wij u mede" not in facts.decision
    assert "artikel 21, onderdeel a, van de Participatiewet" in facts.legal_basis
    assert facts.objection_weeks == 6


def test_refusal_is_recognised_as_negative_and_law_insertions_leave_the_decision(facts_of):
    facts = facts_of(CORPUS / "vth" / "vth-04-origineel.md")
    assert facts.decision_positive is False
    assert facts.decision.startswith("Daarom besluiten wij u een last onder dwangsom op te leggen")
    assert "artikel 125" not in facts.decision
    assert "artikel 125 van de Gemeentewet" in facts.legal_basis
    assert facts.deadline.date == date(2026, 6, 1)
    assert facts.contact.name == "de heer J. Smits" and facts.contact.role == "toezichthouder"
    assert facts.contact.phone == "(0489) 75 12 36"
    assert {a.value for a in facts.amounts} == {Decimal("1000.00"), Decimal("10000.00")}


def test_lines_with_a_label_give_the_label_and_a_bank_account_is_no_phone_number(facts_of):
    facts = facts_of(CORPUS / "belastingen" / "bel-05-origineel.md")
    assert [(a.label, a.value) for a in facts.amounts] == [
        ("Openstaand bedrag aanslag", Decimal("486.40")), ("Aanmaningskosten", Decimal("8.50")),
        ("Totaal", Decimal("494.90"))]
    assert facts.contact is None  # "NL00 LIND 0123 4567 89" is an IBAN
    assert facts.decision is None  # a reminder has no decision


# --------------------------------------------------------------------------- a request letter


def test_request_letter_yields_contact_person_deadline_and_documents(facts_of):
    facts = facts_of(REQUEST_LETTER)
    assert facts.contact.name == "mevrouw S. Bakker"
    assert facts.contact.role == "consulent"
    assert facts.contact.phone == "0570 38 45 17"
    assert facts.contact.email == "s.bakker@lindenburg.nl"
    assert facts.deadline.date == date(2026, 3, 17)
    assert facts.documents == ["uw loonstroken van januari en februari 2026", "een afschrift van uw huurcontract"]
    assert facts.request_date == date(2026, 2, 10)


def test_facts_that_are_not_in_the_letter_stay_missing(facts_of):
    facts = facts_of(REQUEST_LETTER)
    assert facts.case_number is None
    assert facts.decision is None
    data = facts.as_case_data()
    assert "case_number" not in data and "decision" not in data and "reasons" not in data
    assert data["letter_date"] == date(2026, 3, 3)


def test_a_term_in_days_after_the_letter_date_gives_the_deadline_date(facts_of):
    text = REQUEST_LETTER.replace("uiterlijk op 17 maart 2026", "binnen veertien dagen na dagtekening van deze brief")
    facts = facts_of(text)
    assert facts.deadline.days == 14
    assert facts.deadline.date == date(2026, 3, 17)


# --------------------------------------------------------------------------- plainer sentences


def test_plain_sentence_only_deletes_formulas_and_law_references(rules):
    original = ("Gelet op het vorenstaande besluiten wij, op grond van artikel 125 van de Gemeentewet en "
                "artikel 5:32 van de Algemene wet bestuursrecht, u een last onder dwangsom op te leggen.")
    plain = plain_sentence(original, rules)
    assert plain == "Daarom besluiten wij u een last onder dwangsom op te leggen."
    words = lambda text: set(re.findall(r"\w+", text.lower()))
    added = words(plain) - words(original)
    assert added == {"daarom"}


def test_plain_sentence_puts_the_subject_first_after_removing_a_lead_in(rules):
    original = "Derhalve heeft het college besloten uw aanvraag af te wijzen."
    assert plain_sentence(original, rules) == "Daarom heeft het college besloten uw aanvraag af te wijzen."
    original = ("Na beoordeling van uw gegevens wordt u hierbij medegedeeld dat uw verzoek om "
                "kwijtschelding wordt afgewezen.")
    assert plain_sentence(original, rules) == "Uw verzoek om kwijtschelding wordt afgewezen."


# --------------------------------------------------------------------------- the data file


def test_a_broken_facts_block_in_an_extra_rules_folder_is_a_one_line_rule_pack_error(tmp_path, linter):
    (tmp_path / "feiten.yaml").write_text("facts:\n  decision_cues: ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="facts") as caught:
        FactRules.from_pack(load_rule_pack((str(tmp_path),)), analyzer=linter.analyzer)
    assert "\n" not in str(caught.value)


def test_a_facts_block_in_an_extra_rules_folder_reaches_the_fact_finder_of_the_rewrite(tmp_path, linter):
    letter = ("Gemeente Lindenburg\nPostbus 1200\n4799 ZZ Lindenburg\n\n"
              "De heer K. de Wit\nBeukenlaan 3\n4791 AB Lindenburg\n\n"
              "Datum: 3 maart 2026\nDossiercode: DW-2026-0815\nOnderwerp: bijzondere bijstand\n\n"
              "Geachte heer De Wit,\n\n"
              "Wij hebben besloten uw aanvraag voor bijzondere bijstand toe te kennen.\n\n"
              "Met vriendelijke groet,\n\nJ. Smit\nteamleider\n")
    result = linter.lint_text(letter, path="besluit.md", kind="markdown")
    assert extract_facts(result, FactRules.for_linter(linter)).case_number is None
    (tmp_path / "huisfeiten.yaml").write_text(
        "facts:\n  case_number_labels: [dossiercode]\n", encoding="utf-8")
    own = Linter(Config(rules_dirs=(str(tmp_path),)), pipeline=linter.pipeline)
    assert extract_facts(result, FactRules.for_linter(own)).case_number == "DW-2026-0815"
