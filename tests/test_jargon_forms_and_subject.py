"""Jargon (issue 15, class 5): inflected adjectives and dotted abbreviations match like verb
forms do, and the subject line is linted for jargon and length but stays out of the readability
statistics. Sentences written for these tests."""

from __future__ import annotations

import pytest

from letterlint.config import Config
from letterlint.engine.linter import Linter
from letterlint.evaluation.scores import GoldSpan, is_subject_line, match_jargon
from letterlint.nlp.matching import adjective_forms, literal_forms

from conftest import findings_of

EXTRA_RULES = """
rules:
  - id: XX01
    name: proef-ambtelijk
    category: jargon
    severity: warning
    kind: substitution
    message: "'{match}' is ambtelijk: {alternatives}."
    rationale: Een proefregel voor de tests.
    example: {bad: "onverwijld", good: "meteen"}
    entries:
      - {match: "onverwijld", alternatives: ["meteen"]}
      - {match: "vigerend", alternatives: ["geldend"]}
      - {match: "desbetreffend", alternatives: ["die"]}
      - {match: "i.v.m.", alternatives: ["door", "over"]}
      - {match: "z.s.m.", alternatives: ["zo snel mogelijk"]}
      - {match: "maar dan", alternatives: ["x"]}
"""


@pytest.fixture(scope="module")
def extra_linter(tmp_path_factory, linter) -> Linter:
    folder = tmp_path_factory.mktemp("regels")
    (folder / "proef.yaml").write_text(EXTRA_RULES, encoding="utf-8")
    return Linter(Config(rules_dirs=(str(folder),)), pipeline=linter.pipeline)


def hits(linter: Linter, body: str) -> list[str]:
    text = f"Geachte mevrouw Smit,\n\n{body}\n\nMet vriendelijke groet,\n\nKees de Wit\n"
    return [f.text for f in findings_of(linter.lint_text(text, "brief.md"), "XX01")]


@pytest.mark.parametrize("word,inflected", [
    ("onverwijld", "onverwijlde"), ("vigerend", "vigerende"), ("desbetreffend", "desbetreffende"),
    ("actief", "actieve"), ("precies", "precieze"),
])
def test_adjective_forms_include_the_inflected_e_form_with_dutch_spelling(word, inflected):
    assert inflected in adjective_forms(word)


def test_function_words_and_forms_that_are_no_dutch_get_no_adjective_forms():
    assert adjective_forms("maar") == frozenset()  # too common to be an adjective entry
    assert adjective_forms("reeds") == frozenset()  # "reedse" is no Dutch word


def test_a_word_without_an_inflected_e_form_gets_no_graded_forms_that_are_other_nouns():
    assert "indiener" not in adjective_forms("indien")  # the one who files, not "als"
    assert "misbruiker" not in adjective_forms("misbruik")
    assert "zorgvuldiger" in adjective_forms("zorgvuldig")  # "zorgvuldige" exists: the grade counts


def test_indiener_is_not_reported_or_fixed_as_indien(linter):
    text = ("Geachte mevrouw Smit,\n\nWij sturen een kopie aan de indiener van het verzoek, de heer "
            "Peeters. Indien u vragen heeft, belt u ons.\n\nMet vriendelijke groet,\n\nKees de Wit\n")
    jargon = [f for f in linter.lint_text(text, "brief.md").findings if f.rule == "JA01"]
    assert all("als" not in f.suggestions for f in jargon if f.text == "indiener")
    assert [f.suggestions for f in jargon if f.text == "Indien"] == [("als",)]


def test_inflected_adjectives_of_pack_entries_are_found(extra_linter):
    found = hits(extra_linter, "Wij vragen een onverwijlde betaling volgens de vigerende regels. "
                               "De desbetreffende ambtenaar belt u.")
    assert found == ["onverwijlde", "vigerende", "desbetreffende"]


def test_dotted_abbreviations_match_with_and_without_the_final_dot(extra_linter):
    assert "i.v.m" in literal_forms("i.v.m.")
    found = hits(extra_linter, "Wij bellen u i.v.m. uw verhuizing. Wij bellen u z.s.m. terug.")
    assert found == ["i.v.m.", "z.s.m."]


def test_an_abbreviation_entry_does_not_match_ordinary_words(extra_linter):
    assert hits(extra_linter, "Wij zien u in maart. De zon schijnt.") == []


# --------------------------------------------------------------------------- subject line

LETTER = """Gemeente Bosdorp
Postbus 10
1234 AB Bosdorp

Datum: 4 december 2026
Onderwerp: {subject}

Geachte heer Jansen,

U krijgt bijzondere bijstand voor een nieuwe wasmachine. Wij betalen het geld binnen twee weken.

Met vriendelijke groet,

Kees de Wit
"""


def test_jargon_in_the_subject_line_is_reported_on_that_line(extra_linter):
    result = extra_linter.lint_text(LETTER.format(subject="onverwijlde betaling bijzondere bijstand"), "brief.md")
    found = findings_of(result, "XX01")
    assert [(f.text, f.location.line) for f in found] == [("onverwijlde", 6)]


def test_a_long_subject_line_gets_rd05_and_a_short_one_does_not(linter):
    long_subject = "besluit op uw aanvraag om bijzondere bijstand voor de kosten van een wasmachine van 3 maart"
    found = findings_of(linter.lint_text(LETTER.format(subject=long_subject), "brief.md"), "RD05")
    assert len(found) == 1 and "16 woorden" in found[0].message and found[0].location.line == 6
    assert findings_of(linter.lint_text(LETTER.format(subject="uw bijstand voor een wasmachine"), "brief.md"),
                       "RD05") == []


def test_the_subject_line_stays_out_of_the_readability_statistics(linter):
    short = linter.lint_text(LETTER.format(subject="wasmachine"), "brief.md")
    long = linter.lint_text(LETTER.format(subject="beschikking inzake de verstrekking van bijzondere bijstand "
                                                  "ingevolge de toepasselijke verordening"), "brief.md")
    assert short.readability.words == long.readability.words
    assert short.readability.score == long.readability.score


def test_eval_leaves_subject_line_jargon_out_of_the_span_matching():
    lines = ["Onderwerp: onverwijlde betaling", "", "Betaal onverwijld."]
    from letterlint.findings import Finding, Location, Severity

    def at(line: int, column: int, text: str) -> Finding:
        return Finding("JA01", "jargon", Severity.WARNING, "", Location(line, column, line, column + len(text)),
                       text=text)

    match = match_jargon([GoldSpan(3, "onverwijld")], [at(1, 12, "onverwijlde"), at(3, 8, "onverwijld")], lines)
    assert len(match.found) == 1 and match.false_alarms == [] and len(match.subject_findings) == 1
    assert is_subject_line(["**Betreft:** uw aanvraag"], 1)


def test_a_derived_adjective_form_is_never_fixed_automatically(tmp_path, linter):
    (tmp_path / "proef.yaml").write_text(EXTRA_RULES.replace(
        '- {match: "onverwijld", alternatives: ["meteen"]}', '- {match: "conform", alternatives: ["volgens"]}'),
        encoding="utf-8")
    strict = Linter(Config(rules_dirs=(str(tmp_path),)), pipeline=linter.pipeline)
    text = "Geachte mevrouw Smit,\n\nWij werken conform de regels. Dit is een conforme aanvraag.\n\nGroet,\n\nKees\n"
    found = {f.text: f.fixable for f in findings_of(strict.lint_text(text, "brief.md"), "XX01")}
    assert found == {"conform": True, "conforme": False}
