"""Redaction of personal data (BSN, IBAN, phone, e-mail) in what letterlint reports.

No real BSN appears here: every BSN is generated with a valid elfproef from a fixed seed.
"""

from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner

from letterlint.cli.main import main
from letterlint.findings import Finding, Location, Severity
from letterlint.engine.redaction import MASK_BSN, MASK_EMAIL, MASK_IBAN, MASK_PHONE, redact, redact_finding, redact_result

from conftest import CLEAN_LETTER, ERROR_SENTENCE


def fake_bsn(seed: int) -> str:
    """Nine digits that pass the elfproef (9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11)."""
    rng = random.Random(seed)
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        total = sum((9 - index) * digit for index, digit in enumerate(digits))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def broken_bsn(seed: int) -> str:
    """Nine digits that fail the elfproef (the valid one with its last digit changed)."""
    valid = fake_bsn(seed)
    return valid[:-1] + str((int(valid[-1]) + 1) % 10)


BSN = fake_bsn(2026)
# A test IBAN from the ISO 13616 examples (not a person's account).
IBAN = "NL91ABNA0417164300"
IBAN_GROUPED = "NL91 ABNA 0417 1643 00"


def test_fake_bsn_passes_the_elfproef_and_the_broken_one_does_not():
    from stdnum.nl import bsn

    assert bsn.is_valid(BSN)
    assert not bsn.is_valid(broken_bsn(2026))


@pytest.mark.parametrize("written", [
    BSN, f"{BSN[:4]}.{BSN[4:6]}.{BSN[6:]}", f"{BSN[:3]} {BSN[3:6]} {BSN[6:]}", f"{BSN[:3]}.{BSN[3:6]}.{BSN[6:]}",
])
def test_bsn_is_masked_plain_and_with_dots_or_spaces(written):
    text = f"Uw burgerservicenummer (BSN) is {written}. Wij hebben uw aanvraag ontvangen."
    assert redact(text) == f"Uw burgerservicenummer (BSN) is {MASK_BSN}. Wij hebben uw aanvraag ontvangen."


def test_nine_digits_that_fail_the_elfproef_are_left_alone():
    text = f"Het nummer {broken_bsn(2026)} is geen geldig burgerservicenummer."
    assert redact(text) == text


def test_valid_checksum_number_after_ons_kenmerk_is_a_case_number_not_a_bsn():
    text = f"Ons kenmerk: {BSN}\nUw BSN: {fake_bsn(7)}"
    assert redact(text) == f"Ons kenmerk: {BSN}\nUw BSN: {MASK_BSN}"


@pytest.mark.parametrize("written", [IBAN, IBAN_GROUPED])
def test_iban_is_masked_and_the_sentence_stays_readable(written):
    text = f"Wij maken het bedrag van € 1.250,00 over op rekening {written} ten name van J. de Vries."
    assert redact(text) == f"Wij maken het bedrag van € 1.250,00 over op rekening {MASK_IBAN} ten name van J. de Vries."


def test_iban_with_a_wrong_check_digit_is_not_masked():
    text = "Rekeningnummer NL92 ABNA 0417 1643 00 klopt niet."
    assert redact(text) == text


@pytest.mark.parametrize("number", [
    "06-12345678", "06 1234 5678", "0612345678", "0570 123 456", "0570-123456", "020 123 45 67",
    "(020) 123 45 67", "+31 6 12345678", "+31 (0)20 123 4567", "0031 20 1234567", "14 020", "14 0570",
])
def test_dutch_phone_numbers_are_masked(number):
    text = f"Heeft u vragen? Bel dan mevrouw Bakker op {number}. Zij helpt u graag."
    assert redact(text) == f"Heeft u vragen? Bel dan mevrouw Bakker op {MASK_PHONE}. Zij helpt u graag."


@pytest.mark.parametrize("address", ["s.bakker@lindenburg.nl", "j.de-vries+post@gemeente.lindenburg.nl"])
def test_email_addresses_are_masked(address):
    text = f"U kunt haar ook mailen: {address}."
    assert redact(text) == f"U kunt haar ook mailen: {MASK_EMAIL}."


@pytest.mark.parametrize("text", [
    "U krijgt € 1.234,56 per maand, vanaf 1 januari 2026.",
    "U ontvangt 123456782 euro niet, maar € 123.456.789 is het totaal van de gemeente.",
    "De afspraak is op 05-03-2026 12:00 uur in het gemeentehuis.",
    "Ons adres is Dorpsstraat 12, 7391 AB Lindenburg. Zaaknummer Z-2026-004512.",
    "Lees artikel 8:1 van de Algemene wet bestuursrecht en artikel 4.2 van de verordening.",
    "Uw aanvraag van 12 maart 2026 met kenmerk 2026/0045123 is compleet.",
])
def test_amounts_dates_postcodes_and_case_numbers_are_kept(text):
    assert redact(text) == text


def test_a_whole_letter_keeps_everything_but_the_personal_data():
    letter = CLEAN_LETTER.replace(
        "Haal de pas op vóór 1 mei 2026.",
        f"Haal de pas op vóór 1 mei 2026. Uw BSN is {BSN}. Het borgbedrag van € 25,00 storten wij terug op {IBAN_GROUPED}.")
    redacted = redact(letter)
    assert BSN not in redacted and IBAN_GROUPED not in redacted
    assert "0570 123 456" not in redacted and "s.bakker@lindenburg.nl" not in redacted
    for kept in ("7390 HA Lindenburg", "12 maart 2026", "1 mei 2026", "€ 25,00", "Sanne Bakker", "Dorpsstraat 12"):
        assert kept in redacted
    assert redacted.count(MASK_BSN) == 1 and redacted.count(MASK_IBAN) == 1
    assert redacted.count(MASK_PHONE) == 1 and redacted.count(MASK_EMAIL) == 1


def _finding_quoting_personal_data() -> Finding:
    sentence = f"Wij verzoeken u vriendelijk het bedrag over te maken op {IBAN_GROUPED} onder vermelding van BSN {BSN}."
    return Finding(
        rule="JA01", category="jargon", severity=Severity.WARNING,
        message=f"'verzoeken' is ambtelijk (in: {sentence[:40]}… bel 06-12345678)",
        location=Location(line=14, column=5, end_line=14, end_column=14),
        text="verzoeken", sentence=sentence,
        suggestions=(f"Wilt u het bedrag overmaken op {IBAN_GROUPED}?", "vragen"),
    )


def test_redact_finding_masks_every_text_field_and_keeps_the_location():
    original = _finding_quoting_personal_data()
    redacted = redact_finding(original)
    assert redacted is not original
    assert original.sentence.endswith(f"BSN {BSN}.")  # the original is untouched
    assert redacted.sentence == (f"Wij verzoeken u vriendelijk het bedrag over te maken op {MASK_IBAN} "
                                 f"onder vermelding van BSN {MASK_BSN}.")
    assert MASK_PHONE in redacted.message and "06-12345678" not in redacted.message
    assert redacted.suggestions == (f"Wilt u het bedrag overmaken op {MASK_IBAN}?", "vragen")
    assert redacted.location == original.location and redacted.rule == "JA01" and redacted.text == "verzoeken"


def test_redact_result_masks_findings_notices_and_errors_of_a_real_lint(linter):
    body = ERROR_SENTENCE.replace("op 3 maart 2026", f"op 3 maart 2026 met BSN {BSN}") + " Bel bij vragen naar 0570 123 456."
    result = linter.lint_text(CLEAN_LETTER.replace(
        "Wij laten u weten dat uw nieuwe pas voor het zwembad klaarligt. U kunt de pas ophalen bij het "
        "loket in het gemeentehuis.", body), "brief.md", "markdown")
    assert result.error is None
    assert any(BSN in f.sentence for f in result.findings), [f.sentence for f in result.findings]
    redacted = redact_result(result)
    assert redacted is not result
    assert len(redacted.findings) == len(result.findings)
    for before, after in zip(result.findings, redacted.findings):
        assert after.location == before.location and after.rule == before.rule
        assert BSN not in after.sentence + after.message + after.text + "".join(after.suggestions)
    assert any(MASK_BSN in f.sentence for f in redacted.findings)
    assert redacted.readability == result.readability and redacted.sentences == result.sentences
    assert any(BSN in f.sentence for f in result.findings)  # the original result is unchanged


def test_redact_result_masks_an_error_message_that_quotes_text():
    from letterlint.engine.linter import LetterResult

    result = LetterResult(path="brief.txt", error=f"kan regel niet lezen: 'BSN {BSN}'",
                          notices=["let op: s.bakker@lindenburg.nl"])
    redacted = redact_result(result)
    assert redacted.error == f"kan regel niet lezen: 'BSN {MASK_BSN}'"
    assert redacted.notices == [f"let op: {MASK_EMAIL}"]
    assert redacted.path == "brief.txt"


def test_check_redact_json_shows_no_personal_data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    letter = tmp_path / "brief.txt"
    letter.write_text(CLEAN_LETTER.replace(
        "Wij laten u weten dat uw nieuwe pas voor het zwembad klaarligt.",
        ERROR_SENTENCE.replace("op 3 maart 2026", f"op 3 maart 2026 met BSN {BSN} en rekening {IBAN_GROUPED}")),
        encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(letter), "--redact", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert BSN not in result.stdout and IBAN_GROUPED not in result.stdout
    assert "s.bakker@lindenburg.nl" not in result.stdout and "0570 123 456" not in result.stdout
    sentences = [f["sentence"] for f in report["files"][0]["findings"]]
    assert any(MASK_BSN in sentence for sentence in sentences)
    assert letter.read_text(encoding="utf-8").count(BSN) == 1  # the input itself is never changed


def test_compare_redact_masks_personal_data_in_the_findings(tmp_path):
    """compare quotes sentences of both letters: with --redact, no phone number or e-mail survives."""
    from click.testing import CliRunner

    from letterlint.cli.main import main

    sentence = ("Indien u vragen heeft, kunt u contact opnemen met mevrouw De Vries via 06-12345678 "
                "of per e-mail via j.devries@example.org.")
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(f"Geachte heer Jansen,\n\n{sentence}\n\nMet vriendelijke groet,\n\nSanne Bakker\n", encoding="utf-8")
    b.write_text("Beste heer Jansen,\n\nHeeft u vragen? Bel mij.\n\nMet vriendelijke groet,\n\nSanne Bakker\n",
                 encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "--format", "json", "--redact"])
    assert result.exit_code == 0, result.output
    assert "06-12345678" not in result.stdout and "j.devries@example.org" not in result.stdout
    assert "[telefoon]" in result.stdout or "[e-mail]" in result.stdout


# --------------------------------------------------------------------------- written differently (issue 13)

GROUPED_BSN = "111222333"  # passes the elfproef; a textbook example, not a person's number


@pytest.mark.parametrize("written, masked", [
    (f"BSN{BSN}", f"BSN{MASK_BSN}"),
    (f"bsn{BSN}", f"bsn{MASK_BSN}"),
    ("111-22-2333", MASK_BSN),
    (f"{BSN[:3]}-{BSN[3:5]}-{BSN[5:]}", MASK_BSN),
    ("nl91abna0417164300", MASK_IBAN),
    ("NL91-ABNA-0417-1643-00", MASK_IBAN),
    ("nl91 abna 0417 1643 00", MASK_IBAN),
    ('"jan jansen"@example.nl', MASK_EMAIL),
    ("jan [at] example [dot] nl", MASK_EMAIL),
    ("jan (at) gemeente-lindenburg (punt) nl", MASK_EMAIL),
    ("J.Jansen[at]example.nl", MASK_EMAIL),
])
def test_personal_data_written_with_other_separators_or_case_is_masked(written, masked):
    assert redact(f"Uw gegevens: {written} (zie boven).") == f"Uw gegevens: {masked} (zie boven)."


@pytest.mark.parametrize("text", [
    "De termijn loopt van 12-03-2026 tot 26-03-2026.",
    "Kenmerk 2026-000123 en zaaknummer Z-12345.",
    "Wij zijn bereikbaar at home, niet op kantoor.",
    "Het bedrag van € 1.234.567,89 is betaald.",
])
def test_dates_references_and_amounts_are_not_masked(text):
    assert redact(text) == text


def test_baseline_file_never_holds_personal_data_and_still_matches(tmp_path):
    from letterlint.engine.baseline import Baseline, write
    from letterlint.engine.linter import LetterResult

    finding = Finding(rule="ST07", category="structure", severity=Severity.WARNING,
                      message="Noem het nummer niet in de brief", location=Location(line=3, column=1, end_line=3, end_column=20),
                      text=f"BSN {BSN}, rekening nl91abna0417164300", sentence="")
    result = LetterResult(path="brief.md", findings=[finding])
    file = tmp_path / "baseline.json"
    assert write(file, [("brief.md", result)]) == 1
    stored = file.read_text(encoding="utf-8")
    assert BSN not in stored and "0417164300" not in stored and "[bsn]" in stored
    baseline = Baseline.load(file)
    assert baseline.filter(result, "brief.md").findings == [] and baseline.hidden == 1
