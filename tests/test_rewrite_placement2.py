"""Placement in the B1 skeleton for officialese letters, round 2 (issue 16; red team 5, the classes
left after session 7). One class per test group, each on letters of the fictional municipality
Wilgendaal written for these tests, with what must not change beside it:

- a numbered list keeps its numbers ("1.", "2)", "b.") because the text refers to them ("de last
  onder 1"), and a clause on a line of its own that closes the list stays right below it;
- a table stays a table with its header row (a Markdown table as written, a plain-text table with
  padded columns as a Markdown table), also in Word and HTML;
- the summary holds every decision (a recovery with a long object too) and a decision's "dan ook"
  goes when its reason is under another heading, not when the reason stays right before it;
- an attachment named as a source ("Uit de bijgevoegde berekening blijkt …") or the reader's own
  enclosure is no attachment line, and one mentioned inside a paragraph stays in that paragraph.
"""

from __future__ import annotations

import io

import docx
from conftest import wrap_letter
from test_rewrite_placement import CLOSING, HEADER, SALUTATION, WHY, became, plain, propose, right_after, where
from test_rewrite_placement import rules  # noqa: F401  (the module's RewriteRules fixture)

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


# --------------------------------------------------------------------------- the summary and attachments

RECOVERY = """
Sinds 1 april 2024 ontvangt u een bijstandsuitkering naar de norm voor een alleenstaande. Naar aanleiding van een melding heeft het team Handhaving in februari 2027 een onderzoek ingesteld naar uw woonsituatie. Het rapport van 3 maart 2027 treft u als bijlage aan.

Uit het onderzoek is gebleken dat u sinds 1 oktober 2026 samenwoont met de heer K. Dijkhuis. Deze wijziging heeft u niet aan ons doorgegeven, terwijl u verplicht bent alle wijzigingen meteen aan ons door te geven. Omdat het inkomen van de heer Dijkhuis hoger is dan de bijstandsnorm voor gehuwden, had u vanaf die datum geen recht op bijstand.

Wij hebben dan ook besloten uw bijstandsuitkering met terugwerkende kracht per 1 oktober 2026 in te trekken.

Ingevolge artikel 58 van de Participatiewet vorderen wij de over de periode van 1 oktober 2026 tot en met 28 februari 2027 ten onrechte verstrekte bijstand van u terug. Het gaat om een bedrag van € 5.120,00.

Wij vragen u het bedrag van € 5.120,00 binnen vier weken na de datum van deze brief over te maken op rekeningnummer NL00 WILG 0000 1234 56 onder vermelding van het kenmerk WD-2027-0113.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""

SUMMARY = "In het kort"


def test_a_second_decision_with_a_long_object_is_in_the_summary_not_under_why(linter):
    """ "… vorderen wij de over de periode van … ten onrechte verstrekte bijstand van u terug" is the
    second decision of the letter, not its legal basis (red team 5, wi-01)."""
    proposal = propose(linter, RECOVERY)
    assert where(proposal, "ten onrechte verstrekte bijstand van u terug")[1] == SUMMARY
    assert where(proposal, "bijstandsuitkering met terugwerkende kracht")[1] == SUMMARY


def test_a_decision_that_says_dan_ook_loses_it_when_its_reason_is_under_another_heading(linter):
    proposal = propose(linter, RECOVERY)
    decision = became(proposal, "Wij hebben dan ook besloten")
    assert decision[0].startswith("Wij hebben besloten uw bijstandsuitkering")
    assert where(proposal, "Deze wijziging heeft u niet aan ons doorgegeven")[1] in WHY


def test_dan_ook_stays_when_the_sentence_it_concludes_from_stays_right_before_it(linter):
    """Negative: nothing to drop when the ground is still the sentence before."""
    proposal = propose(linter, """
Met deze brief informeren wij u over ons voornemen om handhavend op te treden tegen de schuur die zonder omgevingsvergunning in de achtertuin van uw woning aan de Beukenlaan 8 in Wilgendaal is gebouwd. Wij benadrukken dat dit nog geen besluit is. Tegen deze brief kunt u dan ook geen bezwaar maken.

Wij zijn van plan u een last onder dwangsom op te leggen. Voordat wij een besluit nemen, kunt u binnen twee weken na de datum van deze brief uw zienswijze naar voren brengen bij het college van burgemeester en wethouders van Wilgendaal.
""")
    assert "Tegen deze brief kunt u dan ook geen bezwaar maken." in plain(proposal.markdown)
    assert right_after(proposal, "dit nog geen besluit is", "Tegen deze brief kunt u dan ook")


def test_a_sentence_about_an_attachment_inside_a_paragraph_stays_in_that_paragraph(linter):
    proposal = propose(linter, RECOVERY)
    assert right_after(proposal, "een onderzoek ingesteld naar uw woonsituatie", "Het rapport van 3 maart 2027")
    assert "## Bijlagen" not in proposal.markdown


def test_a_reason_from_the_enclosed_calculation_is_a_reason_not_an_attachment(linter):
    proposal = tax_proposal(linter, PLAIN_TABLE)
    assert "## Bijlagen" not in proposal.markdown
    assert where(proposal, "Uit de bijgevoegde berekening blijkt")[1] != "Bijlagen"


def test_what_the_reader_enclosed_is_no_attachment_of_the_letter(rules):
    for sentence in ("U heeft een kopie van uw huurcontract bijgevoegd.",
                     "Bij uw aanvraag heeft u drie loonstroken meegestuurd."):
        assert rules.best(rules.scores(sentence))[0] != "bijlagen", sentence


def test_an_attachment_line_of_its_own_still_goes_under_attachments(linter, rules):
    """Negative: a paragraph that only says what is attached keeps the attachments role."""
    assert rules.best(rules.scores("Bij deze brief treft u het aanvraagformulier aan."))[0] == "bijlagen"
    assert rules.best(rules.scores("Het bijgevoegde formulier moet u vóór 1 mei 2027 terugsturen."))[0] == "wat_moet_u_doen"
    proposal = propose(linter, RECOVERY + "\nBij deze brief treft u ook een overzicht van de berekening aan.\n")
    assert where(proposal, "een overzicht van de berekening aan")[1] == "Bijlagen"


# --------------------------------------------------------------------------- law lines

COHABITATION = """
Het college heeft besloten uw bijstandsuitkering met ingang van 1 maart 2027 te beëindigen, omdat u samenwoont met de heer K. Dijkhuis en zijn inkomen hoger is dan de bijstandsnorm voor gehuwden.

Uit het onderzoek is gebleken dat u met de heer Dijkhuis een gezamenlijke huishouding voert als bedoeld in artikel 3, derde lid, van de Participatiewet. Dit blijkt uit het feit dat hij sinds 1 oktober 2026 zijn post op uw adres ontvangt. Op 17 januari 2027 heeft u bovendien verklaard dat hij bijna elke nacht bij u slaapt. Deze wijziging heeft u niet aan ons doorgegeven.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""


def test_a_law_line_follows_its_sentence_and_what_leans_on_it_not_the_end_of_the_paragraph(linter):
    """At the end of the paragraph "Dit staat in artikel 3 …" followed "Deze wijziging heeft u niet
    aan ons doorgegeven." (red team 5, wi-01); "Dit blijkt uit …" leans on the cited sentence, so the
    line waits for it."""
    text = plain(propose(linter, COHABITATION).markdown)
    law = text.index("Dit staat in artikel 3, derde lid, van de Participatiewet.")
    assert text.index("Dit blijkt uit het feit dat hij") < law < text.index("Op 17 januari 2027 heeft u bovendien")


MEASURE = """
Het college heeft besloten uw bijstandsuitkering met ingang van 1 maart 2027 te verlagen met 10% gedurende een maand, omdat u zonder bericht niet bent verschenen op de afspraak met uw klantmanager van 12 februari 2027.

Als u tijdens de verlaging volledig meedoet aan het traject, kan het college de maatregel op grond van artikel 18, elfde lid, van de Participatiewet heroverwegen. Neem daarvoor contact op met uw klantmanager.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""


def test_a_citation_that_would_leave_its_member_behind_stays_whole(linter):
    """Not "kan het college de maatregel, elfde lid, van de Participatiewet heroverwegen." plus "Dit
    staat in artikel 18." (red team 5, wi-03)."""
    text = plain(propose(linter, MEASURE).markdown)
    assert "op grond van artikel 18, elfde lid, van de Participatiewet heroverwegen" in text
    assert "Dit staat in artikel 18." not in text
    assert "de maatregel, elfde lid" not in text


def test_a_whole_citation_or_a_member_after_its_article_is_not_torn(rules):
    from letterlint.rewrite.proposal import _torn_citation

    assert _torn_citation(["Het college kan de maatregel, elfde lid, van de Participatiewet heroverwegen."], rules)
    assert not _torn_citation(["Dit is geregeld in artikel 7, onder b, van de verordening."], rules)
    assert not _torn_citation(["Wij verwijzen naar de artikelen 5, tweede lid, en 6 van de wet."], rules)
