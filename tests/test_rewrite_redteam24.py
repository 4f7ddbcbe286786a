"""The classes red team 24 found out of sample (tests/data/redteam24/FINDINGS-6f567b9.md): one misleading
letter (a second condition split off as a statement), one heavy (a Word table as loose cells) and light
slips. The letters and sentences here are written for these tests."""

from __future__ import annotations

import re

from conftest import wrap_letter
from letterlint.rewrite.proposal import propose_rewrite

_CLOSING = "Met vriendelijke groet,\n\nA. de Boer\nconsulent"


def test_a_second_condition_after_en_is_not_split_off_as_a_statement(simplifier):
    # red team 24, 02-T13 (misleading): "Een voorschot krijg je alleen als je alle gegevens hebt ingeleverd en
    # wij verwachten dat je recht op bijstand hebt" became "… ingeleverd. Wij verwachten dat je recht …"
    result = simplifier.simplify("U krijgt een voorschot alleen als u alle gevraagde stukken heeft ingeleverd en "
                                 "wij verwachten dat u recht op bijzondere bijstand heeft.")
    assert not any(sentence.startswith("Wij verwachten") for sentence in result.sentences)


def test_two_main_clauses_after_en_are_still_split(simplifier):
    result = simplifier.simplify("Wij hebben uw aanvraag op 3 maart 2027 ontvangen en wij beslissen binnen acht weken "
                                 "na ontvangst van alle gegevens over uw aanvraag.")
    assert result.sentences == ["Wij hebben uw aanvraag op 3 maart 2027 ontvangen.",
                                "Wij beslissen binnen acht weken na ontvangst van alle gegevens over uw aanvraag."]


def test_a_word_table_keeps_its_rows_and_columns(linter, tmp_path):
    # red team 24, 03-T9 (heavy): every cell of a Word table became a bullet of its own
    import docx

    document = docx.Document()
    for text in ("Geachte mevrouw Jansen,", "Wij vorderen de bijstand over twee maanden van u terug."):
        document.add_paragraph(text)
    table = document.add_table(rows=3, cols=3)
    for row, values in enumerate((("Maand", "Bijstand", "Terug"), ("mei 2026", "€ 1.310,00", "€ 1.310,00"),
                                  ("juni 2026", "€ 1.722,00", "€ 412,00"))):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    for text in ("U kunt dit bedrag in termijnen betalen.", "Met vriendelijke groet,", "A. de Boer"):
        document.add_paragraph(text)
    path = tmp_path / "brief.docx"
    document.save(str(path))
    result = next(iter(linter.lint_paths([str(path)])))
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
    lines = proposal.markdown.splitlines()
    assert "| Maand | Bijstand | Terug |" in lines
    assert "| juni 2026 | € 1.722,00 | € 412,00 |" in lines
    assert "- Maand" not in lines


def test_a_markdown_table_right_under_a_heading_is_copied_exactly(linter):
    # red team 24, 05: "| Onderdeel | Uw verzoek | Besluit |" became "| Onderdeel | uw verzoek | Besluit |." (a
    # fourth column in its separator)
    text = """Geachte heer Visser,

U heeft ons gevraagd een tijdelijke woonunit te gedogen.

## Besluit

| Onderdeel | Uw verzoek | Besluit |
|---|---|---|
| woonunit | gedogen tot herbouw | gedoogd tot en met 31 december 2027 |

Met vriendelijke groet,

A. de Boer
"""
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.md", "markdown"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    lines = proposal.markdown.splitlines()
    assert "| Onderdeel | Uw verzoek | Besluit |" in lines
    assert "|---|---|---|" in lines


def test_a_heading_right_below_a_template_tag_stays_a_heading(linter):
    # red team 24, 06: "{% if alcohol %}" / "Ontheffing alcohol" / "Tevens verleent …" became "Ontheffing
    # alcohol Tevens verleent …"
    body = """De burgemeester verleent u een vergunning voor het buurtfeest op {{ datum_feest }}.

{% if alcohol %}
Ontheffing alcohol
Ook verleent de burgemeester u ontheffing voor het schenken van bier en wijn tijdens het feest.
{% endif %}"""
    text = wrap_letter(body, "Geachte heer Visser,", _CLOSING)
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert "Ontheffing alcohol Ook" not in proposal.markdown
    assert re.search(r"(?m)^(?:## )?Ontheffing alcohol$", proposal.markdown)


def test_a_short_heading_right_above_a_two_word_lead_with_a_colon_stays_a_heading(linter):
    # red team 24, 10: "Uitspraak" / "De heffingsambtenaar:" became "Uitspraak De heffingsambtenaar:"
    body = """U heeft bezwaar gemaakt tegen de WOZ-waarde van uw woning.

Uitspraak
De heffingsambtenaar:
a. verklaart uw bezwaar gegrond;
b. stelt de WOZ-waarde vast op € 298.000."""
    text = wrap_letter(body, "Geachte heer Visser,", _CLOSING)
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert "Uitspraak De heffingsambtenaar" not in proposal.markdown


def test_a_word_table_with_a_merged_cell_keeps_every_value_under_its_header(linter, tmp_path):
    # found in review: a cell merged over two rows repeats in the second row, and counting cells
    # shifted that row's values one column to the left ("€ 412,00" under "Bijstand")
    import docx

    document = docx.Document()
    for text in ("Geachte mevrouw Jansen,", "Wij vorderen de bijstand over twee maanden van u terug."):
        document.add_paragraph(text)
    table = document.add_table(rows=3, cols=3)
    for row, values in enumerate((("Periode", "Bijstand", "Terug"), ("2026", "€ 1.310,00", "€ 1.310,00"),
                                  ("", "€ 1.722,00", "€ 412,00"))):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    table.cell(1, 0).merge(table.cell(2, 0))
    for text in ("U kunt dit bedrag in termijnen betalen.", "Met vriendelijke groet,", "A. de Boer"):
        document.add_paragraph(text)
    path = tmp_path / "brief.docx"
    document.save(str(path))
    proposal = propose_rewrite(linter, next(iter(linter.lint_paths([str(path)]))), suggest=False)
    assert proposal.ok, proposal.verification.problems
    lines = proposal.markdown.splitlines()
    assert "| Periode | Bijstand | Terug |" in lines
    assert "|  | € 1.722,00 | € 412,00 |" in lines
