"""The lint of a proposal measures the letter text without the writer's ``[herschrijven: …]`` notes
(letterlint.rewrite.notes, issue 16): the marked sentence counts fully, the note does not; every
finding still points at the words as the proposal shows them; the notes are still reported (PH01);
``[invullen: …]`` (a stand-in for missing letter text) stays in what is linted; the proposal text
itself does not change."""

from __future__ import annotations

import numpy
import pytest
from test_rewrite import CONTACT, letter

from letterlint.config import Config
from letterlint.engine.linter import Linter
from letterlint.placeholders import to_rewrite
from letterlint.rewrite.notes import lint_without_notes, strip_notes
from letterlint.rewrite.proposal import propose_rewrite

LONG = ("Na bestudering van de door u aangeleverde bescheiden, alsmede van de gegevens waarover de gemeente "
        "reeds beschikte, delen wij u hierbij mede dat uw verzoek om kwijtschelding van de aanslag "
        "hondenbelasting 2026 wordt afgewezen.")
SECOND = ("Ingevolge de Kwijtscheldingsregeling Hoeveen 2026 wordt bij de beoordeling van uw verzoek rekening "
          "gehouden met uw vermogen, dat thans hoger is dan de in die regeling genoemde grens.")
NOTE_A = "[herschrijven: zin van 31 woorden; geen veilige plek om te splitsen]"
NOTE_B = "[herschrijven: zin van 27 woorden; geen veilige plek om te splitsen]"

# a proposal as `rewrite` writes it: two marked sentences and a plain one in one paragraph, a
# marked sentence that starts with "U", a placeholder for a missing section
PROPOSAL = f"""\
Gemeente Hoeveen
Postbus 12
7701 AB Hoeveen

Geachte heer Van Dam,

## Wat hebben wij besloten?

{NOTE_A} {LONG} {NOTE_B} {SECOND} Wij verzoeken u het bedrag hierbij te voldoen.

## Wat moet u doen?

{NOTE_A} U dient het bedrag van € 96,00 binnen zes weken na dagtekening van deze brief over te maken naar de gemeente.

## Waarom hebben wij dit besloten?

[invullen: waarom dit besluit is genomen, in woorden over de situatie van de lezer]

Met vriendelijke groet,

J. Kramer
medewerker Belastingen
"""

# a decision whose first sentence the simplifier cannot split safely and whose contact sentence
# (a paragraph of its own) is too long: both are marked in the proposal
MARKED_LETTER = letter("besluit kwijtschelding", f"""
Na bestudering van de door u aangeleverde bescheiden en bewijsstukken, alsmede van de gegevens waarover de gemeente reeds beschikte, delen wij u hierbij mede dat uw verzoek om kwijtschelding van de aanslag afvalstoffenheffing 2026 wordt afgewezen. Wij verzoeken u het bedrag van € 318,40 middels een overboeking te voldoen.
Uw vermogen is hoger dan de grens van de Kwijtscheldingsregeling Meerwijde 2026.

Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college van burgemeester en wethouders.

{CONTACT}""")


def shown(markdown: str, finding) -> str:
    """The characters of the markdown a (one-line) finding points at."""
    line = markdown.split("\n")[finding.location.line - 1]
    return line[finding.location.column - 1:finding.location.end_column - 1]


# --------------------------------------------------------------------------- taking the notes out


def test_notes_go_with_their_space_and_placeholders_and_line_numbers_stay():
    stripped = strip_notes(PROPOSAL)
    assert "[herschrijven:" not in stripped.text
    assert f"\n\n{LONG} {SECOND} Wij verzoeken" in stripped.text
    assert "\n\nU dient het bedrag" in stripped.text
    assert "[invullen: waarom dit besluit is genomen" in stripped.text  # letter text still to write: stays
    assert stripped.text.count("\n") == PROPOSAL.count("\n")
    assert [note for _line, _start, _end, note in stripped.notes] == [NOTE_A, NOTE_B, NOTE_A]


def test_a_note_whose_removal_would_start_another_markdown_block_stays():
    for rest in ("1. Eerst betaalt u de aanslag.", "- de aanslag", "# Kop", "> citaat", "| a | b |"):
        markdown = f"Tekst.\n\n{to_rewrite('zin van 25 woorden', rest)}\n"
        assert strip_notes(markdown).text == markdown, rest
    inside = f"Tekst.\n\nWij schrijven u. {to_rewrite('zin van 25 woorden', '1. Eerst betaalt u.')}\n"
    assert "[herschrijven" not in strip_notes(inside).text  # not at the start of a line: no new block


def test_a_start_behind_a_note_goes_to_the_words_and_an_end_before_it_stays_before_it():
    line = f"Zin een. {NOTE_A} Zin twee. {NOTE_B} Zin drie."
    stripped = strip_notes(line)
    assert stripped.text == "Zin een. Zin twee. Zin drie."
    plain = stripped.text
    for word in ("Zin een.", "Zin twee.", "Zin drie."):
        start = plain.index(word)
        column = stripped.column(1, start + 1, start=True)
        end = stripped.column(1, start + len(word) + 1, start=False)
        assert line[column - 1:end - 1] == word
    # "een. " ends where the first note was taken out: the end stays before the note
    assert line[:stripped.column(1, len("Zin een. ") + 1, start=False) - 1] == "Zin een. "


# --------------------------------------------------------------------------- the lint without notes


@pytest.fixture(scope="module")
def both(linter):
    """(lint without notes, lint of the full text with notes, lint of the text without notes)."""
    return (lint_without_notes(linter, PROPOSAL), linter.lint_text(PROPOSAL, "voorstel.md", "markdown"),
            linter.lint_text(strip_notes(PROPOSAL).text, "voorstel.md", "markdown"))


def test_findings_behind_notes_point_at_the_same_words_in_the_proposal(both):
    without, full, _plain = both
    words = [f for f in without.findings if f.rule in ("JA01", "RD02", "RD03", "SY01", "TO03")
             and f.location.line == f.location.end_line and "…" not in f.text]
    behind = [f for f in words if f.location.line == PROPOSAL.split("\n").index(
        f"{NOTE_A} {LONG} {NOTE_B} {SECOND} Wij verzoeken u het bedrag hierbij te voldoen.") + 1
        and f.location.column > len(NOTE_A) + len(NOTE_B)]
    assert behind, "a word finding behind the second note on the same line"
    assert all(shown(PROPOSAL, f) == f.text for f in words)
    # where the full lint finds the same word, it is at the same place
    at: dict[tuple, list] = {}
    for f in full.findings:
        at.setdefault((f.rule, f.text), []).append(f.location)
    same = [f for f in words if (f.rule, f.text) in at]
    assert len(same) >= 4 and all(f.location in at[(f.rule, f.text)] for f in same)


def test_sentence_findings_start_at_the_marked_sentence_not_at_its_note(both):
    without, _full, _plain = both
    long = [f for f in without.findings if f.rule == "RD01"]
    assert any(f.text.startswith("Na bestudering") and shown(PROPOSAL, f).startswith("Na bestudering") for f in long)
    assert all(not shown(PROPOSAL, f).startswith("[") for f in without.findings if f.rule != "PH01")


def test_the_score_is_that_of_the_text_without_notes_and_a_marked_long_sentence_still_counts(both):
    without, full, plain = both
    assert without.readability == plain.readability
    assert without.readability.score > full.readability.score  # the notes' words no longer weigh
    # the marked sentences themselves are still measured: still long, still a finding
    assert {f.text[:14] for f in without.findings if f.rule == "RD01"} >= {"Na bestudering", "Ingevolge de K"}
    assert [s.words for s in without.sentences] == [s.words for s in plain.sentences]


def test_a_capital_u_right_behind_a_note_is_a_sentence_start(both):
    without, full, _plain = both
    assert [f for f in full.findings if f.rule == "TO02" and f.text == "U"]  # the note made it mid-sentence
    assert not [f for f in without.findings if f.rule == "TO02"]


def test_every_note_is_still_reported_as_ph01_exactly_as_the_full_lint_reports_it(both):
    without, full, _plain = both
    ph01 = [f.as_dict() for f in without.findings if f.rule == "PH01"]
    assert ph01 == [f.as_dict() for f in full.findings if f.rule == "PH01"]
    assert sum("herschrijven" in f["text"] for f in ph01) == 3 and sum("invullen" in f["text"] for f in ph01) == 1
    assert [f.sort_key() for f in without.findings] == sorted(f.sort_key() for f in without.findings)


def test_a_text_without_notes_is_linted_as_it_is(linter):
    text = strip_notes(PROPOSAL).text
    alone, direct = lint_without_notes(linter, text), linter.lint_text(text, "voorstel.md", "markdown")
    assert [f.as_dict() for f in alone.findings] == [f.as_dict() for f in direct.findings]
    assert alone.readability == direct.readability and alone.sentences == direct.sentences


def test_note_findings_follow_the_linters_severity_and_minimum(linter):
    from letterlint.findings import Severity

    quiet = Linter(Config(severity={"PH01": Severity.INFO}, min_severity=Severity.WARNING), pipeline=linter.pipeline)
    assert not [f for f in lint_without_notes(quiet, PROPOSAL).findings if f.rule == "PH01"]
    softer = Linter(Config(severity={"PH01": Severity.WARNING}), pipeline=linter.pipeline)
    notes = [f for f in lint_without_notes(softer, PROPOSAL).findings if f.rule == "PH01"]
    assert len(notes) == 4 and {f.severity for f in notes} == {Severity.WARNING}


# --------------------------------------------------------------------------- in a real proposal


@pytest.fixture(scope="module")
def keeping(linter):
    return Linter(Config(), pipeline=linter.pipeline, keep_spans=True)


@pytest.fixture(scope="module")
def marked(keeping):
    result = keeping.lint_text(MARKED_LETTER, "kwijtschelding.txt", "text")
    return result, propose_rewrite(keeping, result, suggest=False)


def test_the_proposal_is_scored_without_its_notes_and_its_text_keeps_them(keeping, marked):
    _result, proposal = marked
    assert proposal.ok and proposal.markdown.count("[herschrijven:") == 2
    plain = keeping.lint_text(strip_notes(proposal.markdown).text, "voorstel.md", "markdown")
    assert proposal.after.readability == plain.readability
    data = proposal.as_dict()
    assert data["readability"]["proposal"]["score"] == round(plain.readability.score, 1)
    words = [f for f in data["findings"] if f["rule"] in ("JA01", "RD02", "RD03") and f["line"] == f["end_line"]
             and "…" not in f["text"]]
    lines = proposal.markdown.split("\n")
    behind = [f for f in words if lines[f["line"] - 1].startswith("[herschrijven:")]
    assert behind and all(lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] == f["text"] for f in words)


def test_a_marked_paragraph_the_check_parsed_takes_the_checks_parse(keeping, marked):
    """The contact paragraph is marked as a whole; without its note it is the check's paragraph,
    so the lint takes the check's own parse of it (a fresh parse gives the same Doc)."""
    result, proposal = marked
    assert f"[herschrijven: zin van 23 woorden; geen veilige plek om te splitsen] {CONTACT}" in proposal.markdown
    assert proposal.after.parses[CONTACT] is result.parses[CONTACT]
    fresh = next(iter(keeping.pipeline.pipe([CONTACT])))
    got = proposal.after.parses[CONTACT]
    assert [(t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in got] == \
           [(t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in fresh]
    assert numpy.array_equal(got.tensor, fresh.tensor)
