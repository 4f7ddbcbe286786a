"""Placement in the B1 skeleton for officialese letters, round 2 (issue 16; red team 5, the classes
left after session 7). One class per test group, each on letters of the fictional municipality
Wilgendaal written for these tests, with what must not change beside it:

- a numbered list keeps its numbers ("1.", "2)", "b.") because the text refers to them ("de last
  onder 1"), and a clause on a line of its own that closes the list stays right below it;
- a table stays a table with its header row (a Markdown table as written, a plain-text table with
  padded columns as a Markdown table), also in Word and HTML.
"""

from __future__ import annotations

import io

import docx
from conftest import wrap_letter
from test_rewrite_placement import CLOSING, HEADER, SALUTATION, propose

from letterlint.rewrite.proposal import propose_rewrite
from letterlint.rewrite.statements import RewriteRules, split_letter
from letterlint.rewrite.writers import docx_bytes, letter_to_docx, letter_to_html

# --------------------------------------------------------------------------- numbered lists

LASTEN = """
Op 12 januari 2027 heeft een toezichthouder van de gemeente Wilgendaal geconstateerd dat op uw perceel aan de Beukenlaan 8 zonder omgevingsvergunning een overkapping van circa 30 m² is gebouwd en dat in de voortuin een schutting van 2,40 meter hoog staat.

Gelet op het voorgaande hebben wij besloten u op grond van artikel 125 van de Gemeentewet een last onder dwangsom op te leggen. Dit houdt in dat u:

{items}

en deze situatie vervolgens zo houdt. Voor de last onder 1 geldt een begunstigingstermijn van tien weken na de dag van verzending van dit besluit. Voor de last onder 2 geldt een begunstigingstermijn van drie weken. Indien u na afloop van die termijnen niet aan de last heeft voldaan, verbeurt u een dwangsom van € 500,00 per week voor de last onder 1, tot een maximum van € 5.000,00, en van € 200,00 per week voor de last onder 2, tot een maximum van € 2.000,00.

Tegen dit besluit kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""

NUMBERED = """1. de overkapping in het achtererf geheel verwijdert en afvoert, en
2. de schutting in de voortuin verwijdert dan wel terugbrengt tot een hoogte van ten hoogste 1,00 meter,"""


def lines(proposal) -> list[str]:
    return [line for line in proposal.markdown.splitlines() if line.strip()]


def line_after(proposal, text: str) -> str:
    found = lines(proposal)
    at = next(i for i, line in enumerate(found) if text in line)
    return found[at + 1]


def test_a_numbered_list_keeps_its_numbers_that_the_text_refers_to(linter):
    proposal = propose(linter, LASTEN.format(items=NUMBERED))
    found = lines(proposal)
    assert any(line.startswith("1. de overkapping in het achtererf") for line in found)
    assert any(line.startswith("2. de schutting in de voortuin") for line in found)
    assert not any(line.startswith("- de overkapping") or line.startswith("- de schutting") for line in found)


def test_a_list_numbered_with_letters_and_brackets_keeps_its_marks(linter):
    lettered = NUMBERED.replace("1. ", "a) ").replace("2. ", "b) ")
    proposal = propose(linter, LASTEN.format(items=lettered))
    found = lines(proposal)
    assert any(line.startswith("a) de overkapping") for line in found)
    assert any(line.startswith("b) de schutting") for line in found)


def test_a_clause_that_closes_a_list_stays_right_below_it_not_an_orphan_line(linter):
    proposal = propose(linter, LASTEN.format(items=NUMBERED))
    assert line_after(proposal, "2. de schutting in de voortuin") == "en deze situatie vervolgens zo houdt."
    # and it does not open another section or paragraph with the sentences after it
    assert not any(line.startswith("en deze situatie vervolgens zo houdt. Voor de last") for line in lines(proposal))


def test_a_bulleted_list_stays_bulleted(linter):
    bulleted = NUMBERED.replace("1. ", "- ").replace("2. ", "- ")
    proposal = propose(linter, LASTEN.format(items=bulleted))
    found = lines(proposal)
    assert any(line.startswith("- de overkapping in het achtererf") for line in found)
    assert not any(line.startswith("1. ") for line in found)


def test_a_capitalised_sentence_below_a_list_is_no_closing_clause(linter):
    body = LASTEN.format(items=NUMBERED).replace("en deze situatie vervolgens zo houdt. ", "")
    result = linter.lint_text(HEADER + wrap_letter(body, SALUTATION, CLOSING), "wilgendaal.txt", "text")
    parts = split_letter(result, RewriteRules.for_linter(linter).for_one_letter(), linter.analyzer.data_rows)
    lead = next(s for s in parts.statements if s.text.endswith("Dit houdt in dat u:"))
    assert len(lead.items) == 2
    after = next(s for s in parts.statements if s.text.startswith("Voor de last onder 1"))
    assert not after.is_item


def test_a_numbered_list_is_an_ordered_list_in_word_and_html(linter):
    proposal = propose(linter, LASTEN.format(items=NUMBERED))
    assert "<ol>" in letter_to_html(proposal.markdown)
    document = letter_to_docx(proposal.markdown)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    numbered += [p for table in document.tables for cell in table._cells for p in cell.paragraphs
                 if p.text.startswith(("1. de overkapping", "2. de schutting"))]
    assert len(numbered) == 2


# --------------------------------------------------------------------------- tables

TAX_LETTER = """{header}Geachte mevrouw Hofstede,

Op 4 februari 2027 heeft u verzocht om kwijtschelding van uw gemeentelijke belastingen over het belastingjaar 2027. Uw verzoek is beoordeeld aan de hand van de Kwijtscheldingsregeling gemeentelijke belastingen Wilgendaal 2026 en de daarbij behorende normen.

Uit de bijgevoegde berekening blijkt dat uw betalingscapaciteit € 80,00 bedraagt. Het college heeft daarom besloten uw verzoek gedeeltelijk toe te wijzen. Een en ander is als volgt samen te vatten:

{table}

Het resterende bedrag van € 80,00 dient u te voldoen binnen de termijnen die op het aanslagbiljet staan vermeld.

Tegen deze beslissing kunt u binnen zes weken na de dag van verzending van deze brief administratief beroep instellen bij het college van burgemeester en wethouders van Wilgendaal.

Met vriendelijke groet,

namens het college van burgemeester en wethouders van Wilgendaal,

P. Ramdin
invorderingsambtenaar
"""

PLAIN_TABLE = """Belastingsoort         Aanslag      Kwijtgescholden    Te betalen
Afvalstoffenheffing    € 360,00     € 280,00           € 80,00
Rioolheffing           € 190,00     € 190,00           €  0,00
Totaal                 € 550,00     € 470,00           € 80,00"""

MARKDOWN_TABLE = """| Belastingsoort | Aanslag | Kwijtgescholden | Te betalen |
|---|---|---|---|
| Afvalstoffenheffing | € 360,00 | € 280,00 | € 80,00 |
| Rioolheffing | € 190,00 | € 190,00 | € 0,00 |
| **Totaal** | **€ 550,00** | **€ 470,00** | **€ 80,00** |"""


def tax_proposal(linter, table: str, name: str = "wilgendaal.txt", kind: str = "text"):
    result = linter.lint_text(TAX_LETTER.format(header=HEADER, table=table), name, kind)
    assert result.error is None, result.error
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
    return proposal


def table_after(proposal, intro: str) -> list[str]:
    found = lines(proposal)
    at = next(i for i, line in enumerate(found) if intro in line) + 1
    table = []
    while at < len(found) and found[at].startswith("|"):
        table.append(found[at])
        at += 1
    return table


def test_a_plain_text_table_with_columns_becomes_a_markdown_table_with_its_header(linter):
    proposal = tax_proposal(linter, PLAIN_TABLE)
    assert table_after(proposal, "als volgt samen te vatten:") == [
        "| Belastingsoort | Aanslag | Kwijtgescholden | Te betalen |",
        "|---|---|---|---|",
        "| Afvalstoffenheffing | € 360,00 | € 280,00 | € 80,00 |",
        "| Rioolheffing | € 190,00 | € 190,00 | € 0,00 |",
        "| Totaal | € 550,00 | € 470,00 | € 80,00 |"]
    assert not any(line.startswith("- Belastingsoort") for line in lines(proposal))


def test_a_markdown_table_is_kept_as_written_with_its_header_and_bold_totals(linter):
    result = linter.lint_text(TAX_LETTER.format(header=HEADER, table=MARKDOWN_TABLE), "wilgendaal.md", "markdown")
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert table_after(proposal, "als volgt samen te vatten:") == MARKDOWN_TABLE.splitlines()


def test_a_table_stays_in_the_section_of_the_sentence_that_introduces_it(linter):
    proposal = tax_proposal(linter, PLAIN_TABLE)
    body = proposal.markdown
    intro = body.index("als volgt samen te vatten:")
    heading_before_intro = body.rfind("## ", 0, intro)
    heading_before_table = body.rfind("## ", 0, body.index("| Afvalstoffenheffing"))
    assert heading_before_intro == heading_before_table


def test_label_value_rows_without_columns_stay_label_value_lines(linter):
    """Negative: rows written as "label: value" are no column table; they stay as they were."""
    rows = ("Aanslag afvalstoffenheffing: € 360,00\n"
            "Kwijtgescholden: € 280,00\n"
            "Te betalen: € 80,00")
    proposal = tax_proposal(linter, rows)
    assert table_after(proposal, "als volgt samen te vatten:") == []
    assert line_after(proposal, "als volgt samen te vatten:") == "- Aanslag afvalstoffenheffing: € 360,00"


def test_a_table_is_a_real_table_in_word_and_html(linter):
    proposal = tax_proposal(linter, PLAIN_TABLE)
    html = letter_to_html(proposal.markdown)
    assert "<th>Belastingsoort</th>" in html and "<td>€ 280,00</td>" in html
    document = docx.Document(io.BytesIO(docx_bytes(letter_to_docx(proposal.markdown))))
    cells = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert ["Afvalstoffenheffing", "€ 360,00", "€ 280,00", "€ 80,00"] in cells
    assert not any("---" in paragraph.text for paragraph in document.paragraphs)
