"""Sentence-level classes from red team 8 (December 2026): a fixed formula whose verb must agree
with its subject ("deel ik u mede" -> "laat ik u weten", never "laten ik"), a passive whose parse
took a fronted phrase for its subject ("U heeft Gelet op het vorenstaande … verbeurd"), a trailing
reason that continues with "en dat" ("Dat komt omdat A en dat B"), the names of laws that no word
replacement may touch ("Algemene wet inzake rijksbelastingen", "Besluit proceskosten
bestuursrecht"), and a long frame that a split would say twice. Own fictional Dutch sentences."""

from __future__ import annotations

import pytest

from conftest import wrap_letter

from letterlint.engine.linter import Linter


def text(result) -> str:
    return " ".join(result.sentences + result.law_lines)


# --------------------------------------------------------------------------- agreement


@pytest.mark.parametrize("sentence, expected", [
    ("Tevens deel ik u mede dat uw nieuwe pas vanaf maandag klaarligt bij de balie.", "laat ik u weten"),
    ("Hierbij deel ik u mede dat uw aanvraag om een gehandicaptenparkeerkaart is ingewilligd.", "laat ik u weten"),
    ("Ik deel u mede dat de keuring van uw voertuig op 4 mei plaatsvindt.", "Ik laat u weten"),
    ("Voorts delen wij u mede dat de kosten van de keuring voor uw rekening komen.", "laten wij u weten"),
    ("Wij delen u mede dat de keuring van uw voertuig op 4 mei plaatsvindt.", "Wij laten u weten"),
    ("De heffingsambtenaar deelt u mede dat de aanslag op 1 juni is verzonden.", "De heffingsambtenaar laat u weten"),
])
def test_mededelen_becomes_laten_weten_in_the_form_its_subject_needs(simplifier, sentence, expected):
    result = simplifier.simplify(sentence)
    assert expected in text(result)
    assert "laten ik" not in text(result).lower()
    assert "mede" not in text(result).split()


# --------------------------------------------------------------------------- misread passive


def test_a_fronted_phrase_the_parse_took_for_the_subject_does_not_land_after_the_new_subject(simplifier):
    # the parse reads "Gelet" as the subject of "zijn": made active, "U heeft Gelet op het
    # vorenstaande … verbeurd" would be no Dutch
    result = simplifier.simplify(
        "Gelet op het vorenstaande zijn door u van rechtswege twee boetes verbeurd, derhalve een bedrag van € 600,00.")
    out = text(result)
    assert "heeft Gelet" not in out and "u Gelet" not in out
    assert all(" Gelet op" not in sentence for sentence in result.sentences)
    assert "€ 600,00" in out


def test_a_passive_with_its_real_subject_after_the_agent_is_still_made_active(simplifier):
    result = simplifier.simplify("Op 3 mei 2026 is door u telefonisch een zienswijze gegeven over het voornemen.")
    assert result.sentences == ["Op 3 mei 2026 heeft u telefonisch een zienswijze gegeven over het voornemen."]


# --------------------------------------------------------------------------- "omdat A en dat B"


def test_a_trailing_reason_that_continues_with_en_dat_is_not_split_into_dat_komt_omdat(simplifier):
    # "en dat u geen reden heeft gegeven" may belong to "Ik merk op dat" or to "aangezien":
    # "Dat komt omdat A, en dat B" is no sentence either way
    result = simplifier.simplify(
        "Ik merk hierbij op dat uw bezwaar niet tot een ander besluit leidt, aangezien de aanvraag pas na de "
        "uiterste datum door ons is ontvangen, en dat u geen reden heeft gegeven waarom u te laat was.")
    assert not any(s.startswith("Dat komt omdat") and ", en dat " in s for s in result.sentences)
    assert not any(s.startswith("Dat komt omdat") for s in result.sentences)


def test_a_trailing_reason_without_a_second_dat_clause_is_still_split(simplifier):
    result = simplifier.simplify(
        "Wij kunnen uw aanvraag om bijzondere bijstand voor de verhuiskosten niet toekennen, omdat uw "
        "inkomen hoger is dan de bijstandsnorm voor een alleenstaande ouder.")
    assert result.sentences[-1].startswith("Dat komt omdat uw inkomen hoger is")


# --------------------------------------------------------------------------- names of laws


def test_a_jargon_word_inside_the_name_of_a_law_is_not_replaced(simplifier):
    result = simplifier.simplify(
        "Uw bezwaar is ingevolge de Algemene wet inzake rijksbelastingen tijdig ingediend bij de heffingsambtenaar.")
    out = text(result)
    assert "Algemene wet inzake rijksbelastingen" in out
    assert "op tijd" in out  # the word after the name is no part of it


def test_the_same_jargon_word_outside_a_law_name_is_still_replaced(simplifier):
    result = simplifier.simplify("Wij hebben inzake uw aanvraag om een standplaatsvergunning het volgende besloten.")
    assert "over uw aanvraag" in text(result)


def test_a_law_name_ending_in_recht_is_never_cut_off_from_its_last_word(simplifier):
    # "bestuursrecht" ends in -t like a verb: the citation "het Besluit proceskosten" was moved out
    # and "vergoed ik bestuursrecht de kosten" stayed behind
    result = simplifier.simplify(
        "Omdat het bezwaar gegrond is, vergoed ik op grond van artikel 7:15 van de Algemene wet bestuursrecht "
        "en het Besluit proceskosten bestuursrecht de kosten van uw gemachtigde ten bedrage van € 311,00.")
    for line in result.sentences + result.law_lines:
        assert "Besluit proceskosten" not in line or "Besluit proceskosten bestuursrecht" in line
        assert "ik bestuursrecht" not in line


def test_the_linter_does_not_report_or_fix_jargon_inside_a_law_name(linter: Linter):
    letter = wrap_letter(
        "Uw bezwaar is behandeld volgens de Algemene wet inzake rijksbelastingen. Inzake uw tweede vraag "
        "ontvangt u later bericht.")
    findings = [f for f in linter.lint_text(letter).findings if f.rule == "JA01" and f.text.lower() == "inzake"]
    assert len(findings) == 1
    assert findings[0].sentence.startswith("Inzake uw tweede vraag")


# --------------------------------------------------------------------------- long frames


def test_a_long_frame_is_not_repeated_to_split_two_dat_clauses(simplifier):
    result = simplifier.simplify(
        "Tijdens het huisbezoek van 3 maart 2026 in de woning aan de Dorpsstraat is vastgesteld dat er geen "
        "meubels in de woning stonden en dat de post van de vorige bewoner nog op de mat lag.")
    assert sum("Tijdens het huisbezoek" in s for s in result.sentences) == 1


def test_a_long_frame_before_two_te_clauses_is_not_repeated(simplifier):
    result = simplifier.simplify(
        "Het college van burgemeester en wethouders heeft besloten uw bijstand over de maand mei te herzien "
        "en het te veel betaalde bedrag van € 412,00 van u terug te vorderen.")
    assert sum("Het college van burgemeester en wethouders" in s for s in result.sentences) == 1


def test_a_short_frame_is_still_repeated_to_split_two_dat_clauses(simplifier):
    result = simplifier.simplify(
        "Dit betekent dat u de vergunning niet meer kunt gebruiken voor uw tweede auto en dat u het "
        "parkeerbord bij de balie van het stadskantoor moet inleveren.")
    assert len(result.sentences) == 2
    assert result.sentences[1].startswith("Dit betekent ook dat")


def test_a_frame_that_is_not_repeated_is_not_dropped_before_two_dat_clauses(simplifier):
    # too long to say twice; dropped, "de kosten … komen, en dat u …" would be no sentence
    result = simplifier.simplify(
        "Voor de volledigheid wijzen wij u er nadrukkelijk op dat de kosten van de tweede keuring voor uw "
        "rekening komen, en dat u de keuring uiterlijk op 1 juni 2026 moet laten uitvoeren.")
    assert not any(", en dat" in s and not s.startswith(("Voor de volledigheid", "Wij")) for s in result.sentences)


def test_a_frame_of_five_words_is_still_repeated(simplifier):
    result = simplifier.simplify(
        "Dit kan tot gevolg hebben dat uw inschrijving op het adres in de basisregistratie wordt beëindigd "
        "en dat u de toeslagen van de Belastingdienst moet terugbetalen.")
    assert len(result.sentences) == 2
    assert result.sentences[1].startswith("Dit kan ook tot gevolg hebben dat")


def test_a_singular_noun_in_en_the_tagger_calls_plural_still_becomes_active(simplifier):
    # "voornemen" tagged plural next to "is": a noun's number is no sign of a misread parse
    result = simplifier.simplify(
        "In de brief van 3 juni 2026 is door ons aan u het voornemen kenbaar gemaakt om de vergunning in te trekken.")
    assert result.sentences[0].startswith("In de brief van 3 juni 2026 hebben wij aan u het voornemen kenbaar gemaakt")
