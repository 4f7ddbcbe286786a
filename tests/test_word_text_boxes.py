"""Text boxes in Word letters are read and checked: municipalities often put the reference block,
a contact panel or a warning in one. Word stores a modern text box twice (a drawing and an old
VML copy); letterlint reads it once. Letters of the fictional municipality Lindenburg."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from letterlint.reading.letter import BlockKind
from letterlint.reading.word import docx_paragraphs
from letterlint.rewrite.fix import fix_file

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')
BOX_TEXT = "Indien u vragen heeft, kunt u contact opnemen met mevrouw E. Visser, telefoon 0570 123 456."


def _box_paragraphs(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>" for text in texts)


def modern_box(*texts: str) -> str:
    """A text box as Word 2010 and later save it: the drawing, and a VML copy as fallback."""
    content = _box_paragraphs(*texts)
    return (f'<w:p {NS}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
            f'<w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
            f'</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')


def old_box(*texts: str) -> str:
    """A text box as older Word versions save it: VML only."""
    return (f'<w:p {NS}><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{_box_paragraphs(*texts)}'
            f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


def letter_with(box_xml: str, path) -> str:
    document = docx.Document()
    for text in ("Gemeente Lindenburg", "Geachte heer De Wit,",
                 "Wij hebben uw aanvraag voor een parkeervergunning ontvangen. U hoort binnen vier weken van ons.",
                 "Met vriendelijke groet,", "Team Parkeren"):
        document.add_paragraph(text)
    document.element.body.insert(2, parse_xml(box_xml))
    document.save(path)
    return str(path)


@pytest.mark.parametrize("box", [modern_box, old_box], ids=["word-2010-en-later", "oud-vml"])
def test_a_text_box_is_read_once_as_its_own_part(box, tmp_path):
    path = letter_with(box(BOX_TEXT, "Bezoekadres: Stationsplein 1"), tmp_path / "brief.docx")
    document = docx.Document(path)
    boxed = [(number, p.text) for part, number, p in docx_paragraphs(document) if part == "textbox" and p is not None]
    assert boxed == [(1, BOX_TEXT), (2, "Bezoekadres: Stationsplein 1")]
    body = [p.text for part, _, p in docx_paragraphs(document) if part == "body" and p is not None]
    assert BOX_TEXT not in body


def test_a_sentence_in_a_text_box_is_running_text_and_its_jargon_is_located_in_the_box(linter, tmp_path):
    path = letter_with(modern_box(BOX_TEXT, "Mevrouw E. Visser"), tmp_path / "brief.docx")
    result = next(linter.lint_paths([path]))
    assert result.error is None and not any("tekstvak" in notice for notice in result.notices)
    jargon = [f for f in result.findings if f.rule == "JA01" and f.text.lower() == "indien"]
    assert len(jargon) == 1  # once, not once more for Word's fallback copy
    assert jargon[0].location.part == "textbox" and jargon[0].location.paragraph == 1
    boxed = [(b.kind, b.text) for b in result.letter.blocks if b.lines[0].part == "textbox"]
    assert boxed == [(BlockKind.PARAGRAPH, BOX_TEXT), (BlockKind.TEXT_BOX, "Mevrouw E. Visser")]


def test_the_contact_person_in_a_text_box_counts_as_named_contact(linter, tmp_path):
    without = next(linter.lint_paths([letter_with(old_box("Bezoekadres: Stationsplein 1"), tmp_path / "a.docx")]))
    with_box = next(linter.lint_paths([letter_with(old_box(BOX_TEXT), tmp_path / "b.docx")]))
    assert not without.structure.sections["contact"] and with_box.structure.sections["contact"]


def test_fix_changes_the_word_in_the_text_box_and_in_words_fallback_copy_leaves_nothing_else(linter, tmp_path):
    path = letter_with(modern_box(BOX_TEXT), tmp_path / "brief.docx")
    out = tmp_path / "verbeterd.docx"
    fix_file(linter, Path(path), out)
    boxes = docx.Document(str(out)).element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent")
    texts = ["".join(box.itertext()) for box in boxes]
    assert len(texts) == 2 and all(text.startswith("Als u vragen heeft") for text in texts), texts



def test_rewrite_of_a_word_letter_keeps_the_contact_in_its_text_box(cli, tmp_path):
    path = letter_with(modern_box(BOX_TEXT), tmp_path / "brief.docx")
    result, data = cli.json("rewrite", path)
    assert result.exit_code == 0, result.output
    assert "0570 123 456" in data["proposal"] and "E. Visser" in data["proposal"]
