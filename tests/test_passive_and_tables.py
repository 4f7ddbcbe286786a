"""Passive voice and data tables (issue 15, classes 7 and 8), on sentences written for these tests."""

from __future__ import annotations

import pytest

from letterlint.findings import Severity

from conftest import findings_of


def passive(lint_body, sentence: str) -> list:
    return findings_of(lint_body(sentence), "SY01")


@pytest.mark.parametrize("sentence", [
    "Uw aanvraag is goedgekeurd.",
    "Het bedrag wordt op uw rekening gestort.",
    "Het formulier moet worden ingevuld.",
])
def test_a_short_passive_without_an_agent_is_only_a_tip(lint_body, sentence):
    found = passive(lint_body, sentence)
    assert [f.severity for f in found] == [Severity.INFO]


@pytest.mark.parametrize("sentence", [
    "Uw aanvraag is door de consulent goedgekeurd.",
    "Het bedrag wordt binnen twee weken door ons op uw rekening gestort.",
    "Uw aanvraag voor bijzondere bijstand voor een nieuwe wasmachine en een koelkast is op 3 maart goedgekeurd.",
], ids=["agent", "agent-and-time", "long"])
def test_a_passive_with_an_agent_or_in_a_long_sentence_stays_a_warning(lint_body, sentence):
    found = passive(lint_body, sentence)
    assert [f.severity for f in found] == [Severity.WARNING]


@pytest.mark.parametrize("sentence", [
    "Wij willen weten of u slechtziend of getrouwd bent.",
    "Het wordt vanzelf beter.",
    "U bent van harte welkom op het gemeentehuis.",
    "U wordt ziek als u te weinig slaapt.",
    "De balie is gesloten op maandag.",
    "U bent verhuisd naar Bosdorp.",
], ids=["adjectival-participle", "copular-worden", "welkom", "worden-ziek", "state", "perfect"])
def test_adjectives_copulas_and_perfect_tenses_are_not_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


@pytest.mark.parametrize("sentence,verb", [
    ("Wij vragen het geld terug dat te veel is betaald.", "betaald"),
    ("De aanvraag die vorige week is ingediend, bekijken wij nu.", "ingediend"),
    ("Het besluit is in de vergadering van 3 maart over alle aanvragen van dit jaar en vorig jaar "
     "door het college genomen.", "genomen"),
], ids=["relative-clause", "relative-clause-2", "distant-door-agent"])
def test_passives_in_relative_clauses_and_with_a_distant_agent_are_found(lint_body, sentence, verb):
    found = passive(lint_body, sentence)
    assert len(found) == 1 and found[0].text.endswith(verb)


TABLE = """Hieronder staan de gegevens van uw uitkering.

Naam: J. Jansen
Adres: Dorpsstraat 1, 1234 AB Bosdorp
Soort uitkering: bijstand voor alleenstaanden
Bedrag per maand: € 1.245,67
Ingangsdatum: 1 april 2026
Betaaldatum: rond de 25e van elke maand
Rekeningnummer: NL00 BANK 0123 4567 89"""


def test_a_table_of_label_value_rows_is_no_long_sentence(lint_body):
    result = lint_body(TABLE)
    assert findings_of(result, "RD01") == []
    assert result.readability.sentences == 1  # only the sentence above the table


def test_one_label_line_with_a_long_sentence_is_still_a_sentence(lint_body):
    long_line = ("Let op: als u uw gegevens niet binnen twee weken naar ons stuurt, kunnen wij uw aanvraag "
                 "voor bijzondere bijstand voor de kosten van de verhuizing helaas niet behandelen.")
    assert len(findings_of(lint_body(long_line), "RD01")) == 1


# --------------------------------------------------------------- passive classes (bench/bench_passive.py)

@pytest.mark.parametrize("sentence,verb", [
    ("Het bedrag is op 4 mei aan u overgemaakt.", "overgemaakt"),
    ("De huur is over de maanden januari en februari te laat betaald.", "betaald"),
], ids=["perfect-particle-verb", "perfect-prefix-verb"])
def test_a_perfect_passive_with_zijn_is_found(lint_body, sentence, verb):
    found = passive(lint_body, sentence)
    assert len(found) == 1 and found[0].text.endswith(verb)


@pytest.mark.parametrize("sentence", [
    "Het formulier kan worden aangevraagd bij de balie.",
    "De kosten worden ingehouden op uw toeslag.",
], ids=["modal", "participle-tagged-as-noun"])
def test_a_short_modal_or_plain_worden_passive_is_a_tip(lint_body, sentence):
    assert [f.severity for f in passive(lint_body, sentence)] == [Severity.INFO]


def test_the_participle_far_behind_a_misparsed_auxiliary_is_found(lint_body):
    sentence = ("Daarom wordt uw verzoek op grond van artikel 8, tweede lid, van de Verordening "
                "maatschappelijke ondersteuning Bosdorp 2026 afgewezen.")
    found = passive(lint_body, sentence)
    assert len(found) == 1 and found[0].text.endswith("afgewezen")


@pytest.mark.parametrize("sentence", [
    "Alle ingeleverde stukken zijn compleet.",
    "Uw zoon wordt volgend jaar leerling van het Bosdorp College.",
    "De gevolgen van deze regel zijn voor u ingrijpend.",
    "Uw dochter is vorige maand naar Lindenburg verhuisd.",
    "Meneer De Vries en zijn gevonden fiets zijn weer thuis.",
], ids=["attributive-participle", "worden-with-a-noun", "present-participle", "zijn-perfect", "possessive-zijn"])
def test_attributive_and_present_participles_and_nouns_after_worden_are_not_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []


@pytest.mark.parametrize("sentence,verb", [
    ("Uw aanvraag wordt, na overleg met de afdeling Werk en Inkomen, toegewezen aan mevrouw De Boer.",
     "toegewezen"),
    ("Het bedrag van de bijzondere bijstand wordt in de loop van de komende maand op uw rekening gestort.",
     "gestort"),
], ids=["inserted-phrase", "participle-at-the-end-of-a-long-clause"])
def test_the_participle_at_the_end_of_the_clause_is_found(lint_body, sentence, verb):
    found = passive(lint_body, sentence)
    assert len(found) == 1 and found[0].text.endswith(verb)
    assert found[0].severity == Severity.WARNING  # more than 12 words


@pytest.mark.parametrize("sentence", [
    "Het Wijkteam Bosdorp, opgericht in 2019, is uw eerste aanspreekpunt.",
    "Wij zijn zeer gehecht aan goed contact met onze inwoners.",
    "Wij begrijpen dat u teleurgesteld bent over ons besluit.",
    "Uw zoon is vorig jaar naar Canada geëmigreerd.",
    "Alle door u ingevulde formulieren zijn compleet.",
    "Wij vinden dat uw klacht over de afvalinzameling gegrond is.",
], ids=["participle-phrase-after-a-comma", "degree-word", "feeling", "zijn-perfect-of-motion", "inflected-participle",
        "adjective-in-participle-form"])
def test_participle_phrases_and_adjectival_participles_are_not_passive(lint_body, sentence):
    assert passive(lint_body, sentence) == []
