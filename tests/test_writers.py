"""Writing a rewritten letter (Markdown) as Word and HTML: real styles, the summary card, no lost text."""

from __future__ import annotations

import re
import shutil
import subprocess

import docx
import pytest

from letterlint.safeio import OutputError
from letterlint.rewrite.writers import letter_to_docx, letter_to_html, parse_letter, write_letter

REWRITE = """\
De heer P.J. van der Meulen
Kastanjelaan 48
4791 KT Lindenburg

Datum: 17 maart 2026
Onderwerp: u krijgt geen kwijtschelding

Beste heer Van der Meulen,

Wij hebben uw aanvraag bekeken. U krijgt **geen** kwijtschelding.

## In het kort

- U krijgt geen kwijtschelding.
- Betaal de aanslag van € 1.084,62 vóór 31 maart 2026.

## Wat moet u doen?

1. Betaal de aanslag op de data die op uw aanslagbiljet staan.
2. Zet het aanslagnummer bij uw betaling.

## Bent u het niet eens met dit besluit?

Dan kunt u bezwaar maken. Schrijf in uw brief:

- uw naam en adres
- waarom u het niet eens bent

1. Eerst dit.
2. Dan dat.

Met vriendelijke groet,

Sanne Koopmans
medewerker kwijtschelding
"""


def _markdown_paragraph_texts(markdown: str) -> list[str]:
    """Every non-empty line of the Markdown without its markup (list markers, #, **)."""
    texts = []
    for line in markdown.splitlines():
        line = re.sub(r"^(#+|[-*]|\d+\.)\s+", "", line.strip()).replace("**", "")
        if line:
            texts.append(line)
    return texts


def _all_docx_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for cell in table._cells:
            parts += [p.text for p in cell.paragraphs]
    return "\n".join(parts)


def _department():
    """The bundled Belastingen profile (templates/letters/departments/belastingen.yaml)."""
    from letterlint.templating.library import bundled_templates_dir, load_department

    return load_department(bundled_templates_dir() / "departments" / "belastingen.yaml")


def test_docx_uses_real_heading_and_list_styles():
    document = letter_to_docx(REWRITE)
    styles = {p.style.name for p in document.paragraphs}
    assert {"Heading 2", "List Bullet", "List Number"} <= styles
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings == ["Wat moet u doen?", "Bent u het niet eens met dit besluit?"]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["uw naam en adres", "waarom u het niet eens bent"]


def test_each_numbered_list_starts_again_at_one():
    document = letter_to_docx(REWRITE)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == ["Betaal de aanslag op de data die op uw aanslagbiljet staan.",
                                          "Zet het aanslagnummer bij uw betaling.", "Eerst dit.", "Dan dat."]
    first_ids = [p._p.pPr.numPr.numId.val for p in (numbered[0], numbered[2]) if p._p.pPr.numPr is not None]
    assert len(set(first_ids)) == 2, "the second list must get its own numbering (restart at 1)"


def test_in_het_kort_becomes_a_shaded_card_table_with_the_bullets():
    document = letter_to_docx(REWRITE)
    assert len(document.tables) == 1
    cell = document.tables[0].cell(0, 0)
    texts = [p.text for p in cell.paragraphs]
    assert texts[0] == "In het kort" and cell.paragraphs[0].runs[0].bold
    assert texts[1:] == ["U krijgt geen kwijtschelding.", "Betaal de aanslag van € 1.084,62 vóór 31 maart 2026."]
    assert all(p.style.name == "List Bullet" for p in cell.paragraphs[1:])
    assert 'w:fill="E8F0F7"' in cell._tc.xml
    assert "In het kort" not in [p.text for p in document.paragraphs], "the card heading is not repeated"


def test_docx_loses_no_text_and_keeps_address_lines_apart():
    document = letter_to_docx(REWRITE)
    text = _all_docx_text(document)
    for line in _markdown_paragraph_texts(REWRITE):
        assert line in text, line
    assert "De heer P.J. van der Meulen\nKastanjelaan 48\n4791 KT Lindenburg" in text
    bold = [run.text for p in document.paragraphs for run in p.runs if run.bold]
    assert "geen" in bold


def test_docx_font_and_line_spacing_are_readable():
    document = letter_to_docx(REWRITE)
    normal = document.styles["Normal"]
    assert normal.font.name == "Verdana" and 10 <= normal.font.size.pt <= 12
    assert normal.paragraph_format.line_spacing == pytest.approx(1.15)
    section = document.sections[0]
    assert section.left_margin.cm == pytest.approx(2.5, abs=0.01)


def test_docx_without_department_has_an_empty_page_header():
    document = letter_to_docx(REWRITE, None)
    section = document.sections[0]
    assert not "".join(p.text for p in section.header.paragraphs + section.first_page_header.paragraphs).strip()


def test_docx_carries_the_department_letterhead():
    department = _department()
    document = letter_to_docx(REWRITE, department)
    section = document.sections[0]
    header = "\n".join(p.text for p in section.first_page_header.paragraphs)
    assert header.splitlines()[:2] == ["Gemeente Lindenburg", "Belastingen"]
    assert "Postbus 1450" in header and "www.lindenburg.nl" in header
    assert not "".join(p.text for p in section.header.paragraphs).strip(), "pages 2+ carry no letterhead"
    title_run = section.first_page_header.paragraphs[0].runs[0]
    assert title_run.text == "Gemeente Lindenburg" and title_run.bold


def test_html_carries_the_department_letterhead_escaped():
    html = letter_to_html(REWRITE, _department())
    assert '<header class="briefhoofd"><strong>Gemeente Lindenburg</strong>Belastingen<br>' in html


def test_html_is_dutch_escaped_and_has_the_summary_card():
    hostile = REWRITE.replace("Wij hebben uw aanvraag bekeken.",
                              "Wij <script>alert('x')</script> hebben [klik](javascript:alert(1)) bekeken.")
    html = letter_to_html(hostile)
    assert '<html lang="nl">' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "href=\"javascript" not in html
    assert re.search(r'<section class="kort"[^>]*>\s*<h2>In het kort</h2>\s*<ul><li>U krijgt geen kwijtschelding.</li>', html)
    assert "<ol><li>Betaal de aanslag" in html and "<strong>geen</strong>" in html
    assert "<style>" in html and "<link" not in html, "self-contained: inline CSS, no external sheet"


def test_parse_letter_groups_only_the_in_het_kort_section_into_the_card():
    blocks = parse_letter(REWRITE)
    cards = [block for block in blocks if type(block).__name__ == "Card"]
    assert len(cards) == 1 and len(cards[0].blocks) == 1
    assert [item[0].text for item in cards[0].blocks[0].items] == [
        "U krijgt geen kwijtschelding.", "Betaal de aanslag van € 1.084,62 vóór 31 maart 2026."]


def test_write_letter_chooses_the_format_by_suffix(tmp_path):
    write_letter(REWRITE, tmp_path / "brief.docx")
    write_letter(REWRITE, tmp_path / "brief.html")
    write_letter(REWRITE, tmp_path / "brief.md")
    assert (tmp_path / "brief.docx").read_bytes()[:2] == b"PK"
    assert docx.Document(str(tmp_path / "brief.docx")).tables
    assert (tmp_path / "brief.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "brief.md").read_text(encoding="utf-8") == REWRITE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx", "brief.html", "brief.md"], "no temp files left"


def test_write_letter_refuses_an_unknown_suffix_with_a_dutch_message(tmp_path):
    with pytest.raises(OutputError, match=r"brief\.pdf: kan geen \.pdf schrijven"):
        write_letter(REWRITE, tmp_path / "brief.pdf")
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_docx_to_pdf_with_all_text(tmp_path):
    source = write_letter(REWRITE, tmp_path / "brief.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=120)
    pdf = tmp_path / "brief.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        for phrase in ("In het kort", "Wat moet u doen?", "Sanne Koopmans", "4791 KT Lindenburg", "Pagina 1 van 1"):
            assert phrase in text


def test_a_markdown_rule_becomes_a_line_to_write_on_in_word_and_html():
    markdown = "**Vraag 1.** Wat moet u doen?\n\nAntwoord:\n\n______________________\n\nDank u wel voor uw hulp!\n"
    document = letter_to_docx(markdown)
    bordered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pBdr") is not None]
    assert len(bordered) == 1 and bordered[0].text == ""
    assert [p.text for p in document.paragraphs if p.text] == ["Vraag 1. Wat moet u doen?", "Antwoord:",
                                                              "Dank u wel voor uw hulp!"]
    assert "<p>Antwoord:</p>\n<hr>\n<p>Dank u wel" in letter_to_html(markdown)


def test_docx_properties_name_the_subject_and_not_python_docx():
    properties = letter_to_docx(REWRITE).core_properties
    assert properties.title == "u krijgt geen kwijtschelding"
    assert "python-docx" not in (properties.author + properties.last_modified_by + properties.comments)


def test_a_letterhead_in_the_markdown_moves_to_the_page_header_once():
    markdown = "Gemeente Lindenburg\nBelastingen\nPostbus 1450\n7390 HA Lindenburg\n\n" + REWRITE
    document = letter_to_docx(markdown, _department())
    header = [p.text for p in document.sections[0].first_page_header.paragraphs]
    header_lines = "\n".join(header).splitlines()
    assert header_lines == ["Gemeente Lindenburg", "Belastingen", "Postbus 1450", "7390 HA Lindenburg",
                            "Telefoon 14 0570 | www.lindenburg.nl"]
    body = _all_docx_text(document)
    assert "Postbus 1450" not in body and body.startswith("De heer P.J. van der Meulen")
    html = letter_to_html(markdown)
    assert html.count("Postbus 1450") == 1 and '<strong>Gemeente Lindenburg</strong>' in html


def test_the_summary_card_ends_after_its_list():
    markdown = REWRITE.replace("- Betaal de aanslag van € 1.084,62 vóór 31 maart 2026.\n",
                               "- Betaal de aanslag van € 1.084,62 vóór 31 maart 2026.\n\nDit is de gewone tekst.\n")
    document = letter_to_docx(markdown)
    card = [p.text for p in document.tables[0].cell(0, 0).paragraphs]
    assert "Dit is de gewone tekst." not in card
    assert "Dit is de gewone tekst." in [p.text for p in document.paragraphs]


def test_docx_declares_dutch_as_its_language_everywhere(tmp_path):
    import zipfile

    path = write_letter("# Uw aanvraag\n\nWij hebben uw aanvraag ontvangen. Wij bellen u binnen twee weken.\n",
                        tmp_path / "brief.docx")
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
        settings = archive.read("word/settings.xml").decode("utf-8")
    assert re.search(r'<w:rPrDefault>.*<w:lang w:val="nl-NL"', styles, re.S)
    assert "en-US" not in styles and "en-US" not in settings
