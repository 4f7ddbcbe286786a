"""A table of amounts in a letter stays one table in the rewrite, right after the sentence that
introduces it (issue 16; red team 2, R2-M1: "Te betalen netto uitkering: € 702,22" flattened into
one 'sentence' under "Wat moet u doen?" read as a payment by the reader). Letters of the fictional
municipality Lindewaard, written for these tests."""

from __future__ import annotations

import pytest

from letterlint.rewrite.proposal import propose_rewrite

BODY = """Gemeente Lindewaard
Postbus 200
4100 AB Lindewaard

De heer B. Kaya
Populierenlaan 3
4106 NP Lindewaard

Datum: 2 december 2026
Onderwerp: uw bijzondere bijstand

Geachte heer Kaya,

Wij hebben besloten u bijzondere bijstand toe te kennen voor de kosten van uw nieuwe bril, omdat uw zorgverzekering deze kosten niet vergoedt en u de kosten niet zelf kunt betalen.

De hoogte van de bijstand is als volgt berekend:

{table}

Het bedrag wordt binnen tien werkdagen op uw rekening gestort. U moet de nota van de opticien binnen vier weken naar ons sturen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders.

Heeft u vragen? Bel dan met mevrouw E. Jansen op 0416 123 456.

Met vriendelijke groet,

E. Jansen
consulent
"""

COLON_ROWS = """Kosten van de bril volgens de offerte van de opticien (glazen en montuur): € 412,00
Af: eigen bijdrage volgens de beleidsregels bijzondere bijstand: € 50,00
Toe te kennen bijzondere bijstand: € 362,00"""

MARKDOWN_TABLE = """| onderdeel | bedrag |
|---|---|
| kosten van de bril | € 412,00 |
| eigen bijdrage | € 50,00 |
| toe te kennen bijzondere bijstand | € 362,00 |"""


def proposal_of(linter, table: str, name: str, kind: str):
    result = linter.lint_text(BODY.format(table=table), name, kind)
    assert result.error is None, result.error
    return propose_rewrite(linter, result, suggest=False)


def lines_after(markdown: str, intro: str, count: int) -> list[str]:
    lines = [line for line in markdown.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if intro in line)
    return lines[start + 1:start + 1 + count]


def test_label_value_rows_stay_a_list_right_after_their_introduction(linter):
    proposal = proposal_of(linter, COLON_ROWS, "brief.txt", "text")
    assert proposal.ok, proposal.verification.problems
    assert lines_after(proposal.markdown, "als volgt berekend:", 3) == [
        "- Kosten van de bril volgens de offerte van de opticien (glazen en montuur): € 412,00",
        "- Af: eigen bijdrage volgens de beleidsregels bijzondere bijstand: € 50,00",
        "- Toe te kennen bijzondere bijstand: € 362,00"]


def test_a_markdown_table_stays_a_table_with_its_header_right_after_its_introduction(linter):
    # red team 5: its rows as "- label: value" bullets and the header row as a bullet of its own
    # lost the columns; the table is kept as written (tests/test_rewrite_placement2.py)
    proposal = proposal_of(linter, MARKDOWN_TABLE, "brief.md", "markdown")
    assert proposal.ok, proposal.verification.problems
    assert lines_after(proposal.markdown, "als volgt berekend:", 5) == MARKDOWN_TABLE.splitlines()


def test_a_table_is_no_long_sentence_for_the_writer_to_rewrite(linter):
    proposal = proposal_of(linter, COLON_ROWS, "brief.txt", "text")
    assert not any("€ 412,00" in marked for marked in proposal.marked)


def test_a_currency_sign_padded_in_its_column_stays_with_its_amount(linter):
    padded = ("Kosten van de bril                 €   412,00\n"
              "Eigen bijdrage                     €    50,00\n"
              "Toe te kennen bijzondere bijstand  € 362,00")  # the longest label: two spaces
    proposal = proposal_of(linter, padded, "brief.txt", "text")
    assert proposal.ok, proposal.verification.problems
    assert lines_after(proposal.markdown, "als volgt berekend:", 3) == [
        "- Kosten van de bril: € 412,00", "- Eigen bijdrage: € 50,00",
        "- Toe te kennen bijzondere bijstand: € 362,00"]


def test_a_row_with_an_empty_cell_keeps_its_value_under_its_own_column(linter):
    # red team 6, wi-01: the total stood under the third column and moved to the second
    aligned = ("Maand            Aftrek eigen bijdrage     Te betalen\n"
               "januari 2026     € 35,00                   € 120,00\n"
               "februari 2026    € 35,00                   € 120,00\n"
               "Totaal                                     € 240,00")
    proposal = proposal_of(linter, aligned, "brief.txt", "text")
    assert proposal.ok, proposal.verification.problems
    rows = [line for line in proposal.markdown.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Maand | Aftrek eigen bijdrage | Te betalen |"
    assert rows[-1] == "| Totaal |  | € 240,00 |"


UNDER_HEADING = """Gemeente Lindewaard
Postbus 200
4100 AB Lindewaard

De heer B. Kaya
Populierenlaan 3
4106 NP Lindewaard

Geachte heer Kaya,

Wij hebben uw aanvraag ontvangen. Wij hebben nog stukken van u nodig.

Wat moet u sturen?

{block}

Stuur deze stukken vóór 20 december 2026 naar ons. Heeft u vragen? Bel dan met mevrouw E. Jansen op 0416 123 456.

Met vriendelijke groet,

Sanne Bakker
"""


@pytest.mark.parametrize("block,expected", [
    ("- uw loonstroken van september en oktober 2026\n- een afschrift van uw bankrekening",
     ["- uw loonstroken van september en oktober 2026", "- een afschrift van uw bankrekening"]),
    ("Loonstrook september   € 1.210,00\nLoonstrook oktober  € 1.190,00",
     ["- Loonstrook september: € 1.210,00", "- Loonstrook oktober: € 1.190,00"]),
])
def test_a_list_or_table_right_under_a_heading_stays_a_list_under_that_heading(linter, block, expected):
    result = linter.lint_text(UNDER_HEADING.format(block=block), "brief.txt", "text")
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert lines_after(proposal.markdown, "## Wat moet u sturen?", 2) == expected


def test_a_table_row_with_officialese_in_its_label_is_copied_exactly_and_the_proposal_verified(linter):
    # red team 4, wi-01: "Ten onrechte verstrekte bijstand (netto)   € 2.986,40" simplified to
    # "Onterecht … € 2.986,40." no longer matched the row, and the proposal was refused
    rows = ("Ten onrechte verstrekte bijstand (netto)      € 2.986,40\n"
            "Vakantietoeslag over dezelfde periode         €   149,32\n"
            "Totaal terug te vorderen bedrag               € 3.135,72")
    proposal = proposal_of(linter, rows, "brief.txt", "text")
    assert proposal.ok, proposal.verification.problems
    assert lines_after(proposal.markdown, "als volgt berekend:", 3) == [
        "- Ten onrechte verstrekte bijstand (netto): € 2.986,40",
        "- Vakantietoeslag over dezelfde periode: € 149,32",
        "- Totaal terug te vorderen bedrag: € 3.135,72"]


APPOINTMENT = """Gemeente Wierdenveld
Team Leerplicht

Geachte heer Bosman,

Wij willen graag met u en uw zoon praten over zijn schoolverzuim. Daarom nodigen wij u uit voor een gesprek op:

woensdag 9 september 2026 om 14.15 uur
Stadhuis Wierdenveld, Markt 3, kamer 2.14

Kunt u niet op deze dag? Bel ons dan vóór 7 september 2026 op 0413 55 60 70 voor een nieuwe afspraak.

Met vriendelijke groet,

R. Smit
leerplichtambtenaar
"""


def test_the_date_and_place_a_sentence_announces_stay_right_under_it(linter):
    # red team 7: the appointment went under "Heeft u vragen?", away from the invitation
    proposal = propose_rewrite(linter, linter.lint_text(APPOINTMENT, "uitnodiging.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert lines_after(proposal.markdown, "uit voor een gesprek op:", 2) == [
        "- woensdag 9 september 2026 om 14.15 uur", "- Stadhuis Wierdenveld, Markt 3, kamer 2.14"]
