"""Word review comments: one comment per finding, anchored on exactly the offending words."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from conftest import CORPUS
from letterlint.report.annotate import AnnotateError, annotate_docx, comment_text
from letterlint.findings import Finding, Location, Severity


def _anchored_texts(path: Path) -> dict[int, str]:
    """Comment id -> the text between its commentRangeStart and commentRangeEnd, in document order."""
    body = docx.Document(str(path)).element.body
    open_ranges: dict[int, list[str]] = {}
    done: dict[int, str] = {}
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ranges[int(element.get(qn("w:id")))] = []
        elif element.tag == qn("w:commentRangeEnd"):
            key = int(element.get(qn("w:id")))
            done[key] = "".join(open_ranges.pop(key, []))
        elif element.tag == qn("w:t"):
            for parts in open_ranges.values():
                parts.append(element.text or "")
    return done


@pytest.fixture(scope="module")
def corpus_docx(linter, tmp_path_factory):
    folder = tmp_path_factory.mktemp("annotate")
    source = folder / "bel-02-origineel.docx"
    shutil.copyfile(next(CORPUS.rglob("bel-02-origineel.docx")), source)
    result = next(iter(linter.lint_paths([str(source)])))
    assert result.error is None and result.findings
    return source, result.findings


def test_every_finding_becomes_a_comment_on_exactly_its_words(corpus_docx, tmp_path):
    source, findings = corpus_docx
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    out = tmp_path / "met-opmerkingen.docx"
    count = annotate_docx(source, findings, out)
    assert count == len(findings)
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
    document = docx.Document(str(out))
    comments = list(document.comments)
    assert len(comments) == len(findings)
    anchored = _anchored_texts(out)
    by_text = {comment.comment_id: comment.text for comment in comments}
    jargon = [f for f in findings if f.rule == "JA01" and f.location.part == "body"]
    assert jargon
    for finding in jargon:
        matches = [key for key, text in by_text.items() if text == comment_text(finding)]
        assert matches, finding.text
        first, *_middle, last = finding.text.split(" … ") * (2 if " … " not in finding.text else 1)
        if " … " in finding.text:  # a split phrase ("zich … verenigen"): the comment spans first to last word
            assert any(anchored[key].startswith(first) and anchored[key].endswith(last) for key in matches)
        else:
            assert any(" ".join(anchored[key].split()) == " ".join(finding.text.split()) for key in matches)
    assert all(comment.author == "letterlint" and comment.initials == "LL" for comment in comments)


def test_annotating_keeps_the_letter_text_unchanged(corpus_docx, tmp_path):
    source, findings = corpus_docx
    out = tmp_path / "uit.docx"
    annotate_docx(source, findings, out)
    before = [p.text for p in docx.Document(str(source)).paragraphs]
    after = [p.text for p in docx.Document(str(out)).paragraphs]
    assert before == after


def test_comment_text_is_dutch_with_rule_message_and_suggestion():
    finding = Finding("JA01", "jargon", Severity.WARNING, "'teneinde' is ambtelijke taal.",
                      Location(3, 5, 3, 13, paragraph=3, offset=4), text="teneinde", suggestions=("om",))
    assert comment_text(finding) == "JA01 (waarschuwing): 'teneinde' is ambtelijke taal. Voorstel: 'om'."


def test_split_runs_keep_bold_and_letter_level_findings_go_on_the_first_paragraph(linter, tmp_path):
    source = tmp_path / "brief.docx"
    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")
    paragraph = document.add_paragraph()
    paragraph.add_run("Wij hebben uw aanvraag ")
    paragraph.add_run("ontvangen").bold = True
    paragraph.add_run(" en wij zullen teneinde een besluit te nemen uw gegevens bekijken.")
    document.save(str(source))
    result = next(iter(linter.lint_paths([str(source)])))
    words = [f for f in result.findings if f.text == "teneinde"]
    assert words, [f.text for f in result.findings]
    letter_level = Finding("ST04", "structure", Severity.ERROR,
                           "De brief zegt niet hoe de lezer contact kan opnemen.", Location(1, 1, 1, 1))
    out = tmp_path / "uit.docx"
    assert annotate_docx(source, [words[0], letter_level], out) == 2
    anchored = _anchored_texts(out)
    assert sorted(anchored.values()) == ["Geachte heer Jansen,", "teneinde"]
    runs = docx.Document(str(out)).paragraphs[1].runs
    assert [(r.text, r.bold) for r in runs if r.text] == [
        ("Wij hebben uw aanvraag ", None), ("ontvangen", True), (" en wij zullen ", None), ("teneinde", None),
        (" een besluit te nemen uw gegevens bekijken.", None)]


def test_annotate_refuses_a_non_word_output(corpus_docx, tmp_path):
    source, findings = corpus_docx
    with pytest.raises(AnnotateError, match="alleen in een Word-bestand"):
        annotate_docx(source, findings, tmp_path / "uit.txt")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_round_trip_keeps_every_comment(corpus_docx, tmp_path):
    source, findings = corpus_docx
    out = tmp_path / "uit.docx"
    count = annotate_docx(source, findings, out)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "odt",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=120)
    with zipfile.ZipFile(tmp_path / "uit.odt") as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert content.count("<office:annotation ") + content.count("<office:annotation>") == count
    assert "JA01 (waarschuwing)" in content


def test_annotate_never_writes_over_the_letter_itself(corpus_docx):
    source, findings = corpus_docx
    digest = source.read_bytes()
    with pytest.raises(AnnotateError, match="overschrijft geen invoer"):
        annotate_docx(source, findings, source)
    assert source.read_bytes() == digest


def test_comments_anchor_in_table_cells_too(linter, tmp_path):
    from test_fix import _formatted_letter

    source = tmp_path / "tabel.docx"
    _formatted_letter(source)
    findings = [f for f in next(iter(linter.lint_paths([str(source)]))).findings if f.rule == "JA01"]
    assert any(f.location.part == "table" for f in findings)
    annotate_docx(source, findings, tmp_path / "uit.docx")
    assert sorted(_anchored_texts(tmp_path / "uit.docx").values()) == ["Indien", "indien", "reeds"]


def test_annotated_copy_declares_dutch_so_word_checks_spelling_in_dutch(corpus_docx, tmp_path):
    import zipfile

    source, findings = corpus_docx
    out = tmp_path / "nl.docx"
    annotate_docx(source, findings, out)
    with zipfile.ZipFile(out) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert 'w:val="nl-NL"' in styles and "en-US" not in styles
