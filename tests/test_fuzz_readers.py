"""Fuzzing the readers (issue 13): mutated .docx files (zip structure and XML) and arbitrary bytes
as text. Whatever comes in, reading gives a document or a ReadError (one Dutch line), never
another exception; and a run over the mutated file next to a good letter gives a complete JSON
report with an entry for each file.

The budget is small (a few dozen examples each) so the suite stays fast; the seeds are derived
by Hypothesis, failures are shrunk and replayed from its database like any other test.
"""

from __future__ import annotations

import io
import json
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CLEAN_LETTER
from letterlint.reading.sources import ReadError, document_from_bytes, read_bytes_as_document

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])


def _word_letter() -> bytes:
    document = docx.Document()
    for text in ("Geachte heer Jansen,", "Wij hebben uw aanvraag voor een parkeervergunning ontvangen.",
                 "U krijgt binnen twee weken bericht.", "Met vriendelijke groet,", "Sanne Bakker"):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Bedrag"
    table.cell(0, 1).text = "€ 45,00"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


WORD = _word_letter()
with zipfile.ZipFile(io.BytesIO(WORD)) as _archive:
    PARTS = {name: _archive.read(name) for name in _archive.namelist()}


def _read(data: bytes, name: str):
    """Read bytes as a file of that name: a document, or the ReadError that says why not."""
    try:
        return document_from_bytes(data, name)
    except ReadError as exc:
        message = str(exc)
        assert message and "\n" not in message
        return exc


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@FUZZ
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=len(WORD) - 1), st.integers(min_value=0, max_value=255)),
                min_size=1, max_size=12))
def test_word_file_with_flipped_bytes_is_read_or_refused_in_one_line(flips):
    data = bytearray(WORD)
    for position, value in flips:
        data[position] = value
    _read(bytes(data), "brief.docx")


@FUZZ
@given(st.integers(min_value=0, max_value=len(WORD)), st.binary(max_size=64))
def test_word_file_cut_off_or_with_bytes_appended_is_read_or_refused(cut, tail):
    _read(WORD[:cut] + tail, "brief.docx")


@FUZZ
@given(st.sampled_from(sorted(PARTS)), st.integers(min_value=0, max_value=4000), st.integers(min_value=0, max_value=40),
       st.text(alphabet="<>/&;=\"' wabcdefghijklmnopqrstuvwxyz:!?[]#x0123456789", max_size=40))
def test_word_file_with_mutated_xml_is_read_or_refused(part, position, length, inserted):
    """Cut a piece out of one part's XML and put arbitrary markup in its place."""
    original = PARTS[part]
    position = min(position, len(original))
    parts = dict(PARTS)
    parts[part] = original[:position] + inserted.encode("utf-8") + original[position + length:]
    _read(_zip(parts), "brief.docx")


def test_word_file_whose_main_part_has_a_damaged_namespace_is_refused_in_one_line():
    """Found by the fuzz test above: one character inserted in the w: namespace of document.xml."""
    parts = dict(PARTS)
    parts["word/document.xml"] = PARTS["word/document.xml"].replace(b"wordprocessingml/2006/main", b"wordpr0ocessingml/2006/main")
    assert isinstance(_read(_zip(parts), "brief.docx"), ReadError)


def test_word_file_whose_styles_part_lost_its_content_type_keeps_its_text():
    """Found by the fuzz test above (session 20): one character inserted in the styles part's name in
    [Content_Types].xml; python-docx then gives a plain part without styles, and reading the style
    names raised AttributeError instead of reading the text."""
    parts = dict(PARTS)
    parts["[Content_Types].xml"] = PARTS["[Content_Types].xml"].replace(b'PartName="/word/styles.xml"',
                                                                        b'PartName="/word/st0yles.xml"')
    assert parts["[Content_Types].xml"] != PARTS["[Content_Types].xml"]
    document = _read(_zip(parts), "brief.docx")
    assert not isinstance(document, ReadError) and any(line.text.strip() for line in document.lines)


@FUZZ
@given(st.sets(st.sampled_from(sorted(PARTS)), max_size=4))
def test_word_file_without_some_of_its_parts_is_read_or_refused(missing):
    _read(_zip({name: data for name, data in PARTS.items() if name not in missing}), "brief.docx")


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["brief.txt", "brief.md"]))
def test_arbitrary_bytes_as_text_are_read_or_refused(data, name):
    _read(data, name)


@FUZZ
@given(st.text(max_size=400), st.sampled_from(["text", "markdown"]))
def test_arbitrary_text_gives_lines_that_map_back_into_it(text, kind):
    try:
        document = read_bytes_as_document(text.encode("utf-8", "surrogatepass"), "brief.md", kind)
    except (ReadError, UnicodeEncodeError):
        return
    assert all(line.column_offset >= 0 and line.number >= 1 for line in document.lines)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=len(WORD) - 1), st.integers(min_value=0, max_value=255)),
                min_size=1, max_size=6), st.binary(max_size=300))
def test_a_run_over_mutated_files_always_gives_a_complete_report(cli, tmp_path, flips, text):
    """The whole command: a mutated .docx and arbitrary bytes as .md between good letters."""
    data = bytearray(WORD)
    for position, value in flips:
        data[position] = value
    folder = tmp_path / "fuzz"
    folder.mkdir(exist_ok=True)
    (folder / "a-goed.md").write_text(CLEAN_LETTER, encoding="utf-8")
    (folder / "b-kapot.docx").write_bytes(bytes(data))
    (folder / "c-willekeurig.md").write_bytes(text)
    (folder / "d-goed.md").write_text(CLEAN_LETTER, encoding="utf-8")
    result = cli("check", str(folder), "--format", "json", "--select", "RD", "--no-cache")
    report = json.loads(result.stdout)  # never a truncated report
    names = [entry["path"].rsplit("/", 1)[-1] for entry in report["files"]]
    assert names == ["a-goed.md", "b-kapot.docx", "c-willekeurig.md", "d-goed.md"]
    assert report["files"][0]["error"] is None and report["files"][3]["error"] is None
    assert result.exit_code == (2 if any(entry["error"] for entry in report["files"]) else 0) or result.exit_code == 1
    for entry in report["files"]:
        assert entry["error"] is None or ("\n" not in entry["error"] and "onverwachte fout" not in entry["error"])
