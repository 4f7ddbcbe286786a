"""Reading letters: encodings, broken and odd files, Markdown, Word, folders and standard input."""

from __future__ import annotations

import io
import sys
import zipfile

import docx
import pytest

from letterlint.reading.letter import BlockKind, build_letter
from letterlint.reading.sources import ReadError, iter_input_paths, read_document

LETTER_TEXT = (
    "Geachte mevrouw Müller,\n"
    "\n"
    "Wij hebben uw aanvraag voor een gehandicaptenparkeerkaart ontvangen. Het café op de hoek valt "
    "niet onder de regeling.\n"
    "\n"
    "Met vriendelijke groet,\n"
    "\n"
    "Sanne Bakker\n"
)


def texts(document) -> list[str]:
    return [line.text for line in document.lines]


# --------------------------------------------------------------------------- encodings


def test_utf8_letter_is_read_with_accents_intact(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(LETTER_TEXT.encode("utf-8"))
    document = read_document(str(path))
    assert texts(document)[0] == "Geachte mevrouw Müller,"
    assert "café" in texts(document)[2]
    assert document.notices == []


def test_utf8_bom_is_dropped_and_first_line_starts_at_column_one(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(b"\xef\xbb\xbf" + LETTER_TEXT.encode("utf-8"))
    document = read_document(str(path))
    first = document.lines[0]
    assert first.text == "Geachte mevrouw Müller,"
    assert first.column_offset == 0
    assert document.notices == []


def test_windows_1252_letter_is_decoded_with_a_notice(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(LETTER_TEXT.replace("Müller", "Müller – ‘t Hof").encode("cp1252"))
    document = read_document(str(path))
    assert texts(document)[0] == "Geachte mevrouw Müller – ‘t Hof,"
    assert "café" in texts(document)[2]
    assert len(document.notices) == 1
    assert "Windows-1252" in document.notices[0]


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_refused(tmp_path):
    path = tmp_path / "brief.txt"
    # 0x81, 0x8d, 0x8f, 0x90 and 0x9d are undefined in Windows-1252 and invalid as UTF-8 here
    path.write_bytes(b"Geachte heer \x81\x8d\x8f\x90\x9d,\n")
    with pytest.raises(ReadError, match="geen UTF-8"):
        read_document(str(path))


def test_word_file_renamed_to_txt_is_refused_as_binary(tmp_path):
    word = docx.Document()
    word.add_paragraph("Geachte heer Jansen,")
    source = tmp_path / "brief.docx"
    word.save(source)
    renamed = tmp_path / "brief.txt"
    renamed.write_bytes(source.read_bytes())
    with pytest.raises(ReadError, match="binair"):
        read_document(str(renamed))


def test_png_image_renamed_to_txt_is_refused_as_binary(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4)
    with pytest.raises(ReadError, match="binair"):
        read_document(str(path))


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t \n"], ids=["zero-bytes", "only-whitespace"])
def test_empty_file_is_refused_with_a_message(tmp_path, content):
    path = tmp_path / "leeg.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match="leeg"):
        read_document(str(path))


def test_mixed_line_endings_keep_every_line_number(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(b"Geachte heer Jansen,\r\n\r\nEerste regel.\rTweede regel.\nDerde regel.\r\n\nSlot.")
    document = read_document(str(path))
    numbered = {line.number: line.text for line in document.lines if line.text}
    assert numbered == {1: "Geachte heer Jansen,", 3: "Eerste regel.", 4: "Tweede regel.",
                        5: "Derde regel.", 7: "Slot."}


# --------------------------------------------------------------------------- Markdown


def _column_of(line, source_line: str, word: str) -> None:
    """``word`` in the parsed line sits at the same column as in the source line."""
    position = line.text.index(word)
    assert source_line[line.column_offset + position: line.column_offset + position + len(word)] == word


def _first_markdown_line(tmp_path, source: str):
    path = tmp_path / "brief.md"
    path.write_text(source + "\n", encoding="utf-8")
    return read_document(str(path)).lines[0]


def test_markdown_heading_markup_is_removed_and_style_kept(tmp_path):
    source = "## Wat moet u doen?"
    line = _first_markdown_line(tmp_path, source)
    assert line.text == "Wat moet u doen?"
    assert line.style == "heading2"
    _column_of(line, source, "doen")


def test_markdown_list_item_keeps_columns(tmp_path):
    source = "- Stuur uw loonstroken vóór 1 mei 2026."
    line = _first_markdown_line(tmp_path, source)
    assert line.style == "list"
    assert line.text == "Stuur uw loonstroken vóór 1 mei 2026."
    _column_of(line, source, "loonstroken")


def test_markdown_bold_and_link_are_blanked_without_shifting_columns(tmp_path):
    source = "U moet **vóór 1 mei** betalen via [de website](https://www.lindenburg.nl/betalen) of bij de balie."
    line = _first_markdown_line(tmp_path, source)
    assert "*" not in line.text and "[" not in line.text and "https" not in line.text
    for word in ("vóór", "betalen", "website", "balie"):
        _column_of(line, source, word)
    assert len(line.text) <= len(source)


def test_plain_text_keeps_asterisks_and_brackets(tmp_path):
    source = "Bel **niet** maar mail [info]."
    path = tmp_path / "brief.txt"
    path.write_text(source + "\n", encoding="utf-8")
    assert read_document(str(path)).lines[0].text == source


# --------------------------------------------------------------------------- Word


def _word_letter(path, header: str = "Gemeente Lindenburg, Marktstraat 4",
                 footer: str = "www.lindenburg.nl – bel 14 0570"):
    word = docx.Document()
    section = word.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    word.add_paragraph("Geachte mevrouw Jansen,")
    word.add_heading("Wat hebben wij besloten?", level=2)
    word.add_paragraph("U krijgt een uitkering vanaf 1 april 2026. Wij betalen elke maand.")
    word.add_paragraph("Stuur uw loonstroken.", style="List Bullet")
    word.add_paragraph("Stuur uw bankafschriften.", style="List Number")
    table = word.add_table(rows=3, cols=2)
    cells = [("Bedrag", "€ 1.346,12"), ("Ingangsdatum", "1 april 2026"), ("Betaaldag", "25e van de maand")]
    for row, (label, value) in enumerate(cells):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = value
    word.add_paragraph("Met vriendelijke groet,")
    word.add_paragraph("Sanne Bakker")
    word.save(path)
    return [text for pair in cells for text in pair]


def test_docx_headings_by_style_and_list_items(tmp_path):
    path = tmp_path / "brief.docx"
    _word_letter(path)
    document = read_document(str(path))
    assert document.kind == "docx"
    body = {line.text: line for line in document.lines if line.part == "body" and line.text}
    assert body["Wat hebben wij besloten?"].style == "heading2"
    assert body["Stuur uw loonstroken."].style == "list"
    assert body["Stuur uw bankafschriften."].style == "list"
    assert body["U krijgt een uitkering vanaf 1 april 2026. Wij betalen elke maand."].style == ""
    # body paragraph numbers are those of python-docx's Document.paragraphs
    paragraphs = docx.Document(str(path)).paragraphs
    for line in body.values():
        assert paragraphs[line.number - 1].text == line.text


def test_docx_every_table_cell_is_read_in_order(tmp_path):
    path = tmp_path / "brief.docx"
    cells = _word_letter(path)
    document = read_document(str(path))
    assert [line.text for line in document.lines if line.part == "table"] == cells


def test_docx_header_and_footer_are_read_apart_from_the_body(tmp_path):
    path = tmp_path / "brief.docx"
    _word_letter(path)
    document = read_document(str(path))
    parts = {line.text: line.part for line in document.lines if line.text}
    assert parts["Gemeente Lindenburg, Marktstraat 4"] == "header"
    assert parts["www.lindenburg.nl – bel 14 0570"] == "footer"
    letter = build_letter(document)
    kinds = {block.text: block.kind for block in letter.blocks}
    assert kinds["Gemeente Lindenburg, Marktstraat 4"] is BlockKind.PAGE_HEADER
    assert kinds["www.lindenburg.nl – bel 14 0570"] is BlockKind.PAGE_FOOTER
    assert not any("Marktstraat" in block.text for block in letter.running_blocks)


def test_docx_header_footer_and_table_are_not_counted_as_running_text(tmp_path, linter):
    short, long = tmp_path / "kort.docx", tmp_path / "lang.docx"
    _word_letter(short, header="Lindenburg", footer="Lindenburg")
    _word_letter(long, header="Gemeente Lindenburg, afdeling Werk en Inkomen, Marktstraat 4, 7391 KD Lindenburg",
                 footer="Bezoek ons op www.lindenburg.nl of bel op werkdagen het algemene nummer 14 0570")
    counts = [result.readability.words for result in linter.lint_paths([str(short), str(long)])]
    # paragraph (12) + two list items (3 + 3); table cells are no running text, and the heading (4
    # words) is linted but no sentence of the score
    assert counts == [18, 18]


def test_truncated_docx_is_refused_with_a_message(tmp_path):
    good = tmp_path / "goed.docx"
    _word_letter(good)
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    with pytest.raises(ReadError, match="beschadigd|geen geldig"):
        read_document(str(broken))


def test_text_file_renamed_to_docx_is_refused(tmp_path):
    path = tmp_path / "brief.docx"
    path.write_text(LETTER_TEXT, encoding="utf-8")
    with pytest.raises(ReadError, match="geen geldig Word-bestand"):
        read_document(str(path))


def test_zip_without_document_xml_is_refused(tmp_path):
    path = tmp_path / "brief.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(ReadError, match="document.xml"):
        read_document(str(path))


def test_docx_with_macros_is_refused(tmp_path):
    good = tmp_path / "goed.docx"
    _word_letter(good)
    path = tmp_path / "macro.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/vbaProject.bin", b"\x00" * 64)
    with pytest.raises(ReadError, match="macro"):
        read_document(str(path))


def test_docm_is_refused_by_its_suffix(tmp_path):
    good = tmp_path / "goed.docx"
    _word_letter(good)
    path = tmp_path / "brief.docm"
    path.write_bytes(good.read_bytes())
    with pytest.raises(ReadError, match=r"\.docm"):
        read_document(str(path))


# --------------------------------------------------------------------------- paths


def test_missing_path_gives_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="bestaat niet"):
        read_document(str(tmp_path / "bestaat-niet.txt"))


def test_unsupported_suffix_gives_a_read_error(tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ReadError, match=r"\.pdf"):
        read_document(str(path))


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b" / "diep").mkdir(parents=True)
    (tmp_path / ".verborgen").mkdir()
    for name in ("b/diep/z.md", "b/a.txt", "c.docx", "a.md", ".verborgen/x.txt", "notitie.pdf", "~$tijdelijk.docx"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [path[len(str(tmp_path)) + 1:] for path in iter_input_paths([str(tmp_path)])]
    # top-down: the folder's own files (sorted), then each subfolder (sorted); hidden, Word lock
    # files and unsupported types are left out
    assert found == ["a.md", "c.docx", "b/a.txt", "b/diep/z.md"]


def test_explicit_paths_are_kept_even_when_missing(tmp_path):
    assert list(iter_input_paths([str(tmp_path / "weg.txt"), "-"])) == [str(tmp_path / "weg.txt"), "-"]


def test_dash_reads_standard_input_as_markdown(monkeypatch):
    data = "# Uw aanvraag\n\nGeachte heer Jansen,\n\nU krijgt **meer** geld.\n".encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    document = read_document("-")
    assert document.path == "<stdin>"
    assert document.lines[0].text == "Uw aanvraag" and document.lines[0].style == "heading1"
    assert document.lines[4].text.split() == ["U", "krijgt", "meer", "geld."]


def test_docx_merged_cell_is_read_once(tmp_path):
    word = docx.Document()
    word.add_paragraph("Geachte mevrouw Jansen,")
    table = word.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Overzicht van uw uitkering"
    table.cell(1, 0).text = "Bedrag"
    table.cell(1, 1).text = "€ 1.346,12"
    path = tmp_path / "brief.docx"
    word.save(path)
    cells = [line.text for line in read_document(str(path)).lines if line.part == "table"]
    assert cells == ["Overzicht van uw uitkering", "Bedrag", "€ 1.346,12"]
