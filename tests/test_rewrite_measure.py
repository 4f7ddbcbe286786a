"""`letterlint eval --rewrite` (rewrite/measure.py): issue 16's figures per set of letters, on own
fictional letters."""

from __future__ import annotations

from conftest import wrap_letter
from letterlint.rewrite.measure import measure_paths

_CLOSING = "Met vriendelijke groet,\n\nA. de Boer\nconsulent Werk en Inkomen\n\nHeeft u vragen? Bel mij op (099) 000 12 34."


def _letter(tmp_path, name: str, body: str) -> str:
    path = tmp_path / name
    path.write_text(wrap_letter(body, "Geachte heer Visser,", _CLOSING), encoding="utf-8")
    return str(path)


def test_the_measure_counts_sy01_as_warnings_apart_from_the_short_passives_that_are_tips(linter, tmp_path):
    # one short passive without an agent (a tip) and one with "door ons" (a warning)
    path = _letter(tmp_path, "brief.txt", "Uw aanvraag is goedgekeurd. Uw formulier is op 12 februari 2027 door "
                                          "ons ontvangen.")
    summary = measure_paths(linter, [path])
    letter = summary["per_letter"][0]
    assert letter["sy01_before"] == 2
    assert letter["sy01_warnings_before"] == 1
    # the passive with "door ons" became active; the tip may stay
    assert letter["sy01_warnings_after"] == 0
    assert summary["sy01_warning_ratio_pct"] == 0.0


def test_the_measure_reports_a_verified_proposal_and_its_long_sentences(linter, tmp_path):
    body = ("Wij hebben uw aanvraag om bijzondere bijstand voor een wasmachine op 3 maart 2027 ontvangen en "
            "beoordeeld, waarna wij hebben besloten u een bedrag van € 425,00 toe te kennen, dat wij binnen vijf "
            "werkdagen op uw rekening storten.")
    summary = measure_paths(linter, [_letter(tmp_path, "brief.txt", body)])
    assert summary["rewritten"] == 1 and summary["verified_pct"] == 100.0
    letter = summary["per_letter"][0]
    assert letter["sentences_after"] >= 2  # the long sentence was split
    assert letter["long_after"] <= letter["sentences_after"]


def test_a_question_that_opens_with_zijn_counts_as_a_sentence_with_a_finite_verb(linter):
    # the tagger reads "Zijn de gegevens … ontvangen?" as the possessive "zijn"; the measure of
    # sentences without a finite verb (broken splits) had counted such a condition made a question
    from letterlint.rewrite.simplify import has_finite_verb

    nlp = linter.pipeline.nlp
    assert has_finite_verb(nlp("Zijn de gevraagde gegevens niet binnen deze termijn ontvangen?"))
    assert has_finite_verb(nlp("Bent u het niet eens met dit besluit?"))
    assert not has_finite_verb(nlp("Zijn brief van 3 maart?"))  # a possessive before a noun: no article follows
    assert not has_finite_verb(nlp("De gegevens van uw zoon."))
