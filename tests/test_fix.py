"""``letterlint fix``: safe suggestions applied to a copy, the input untouched, Word formatting kept."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import docx

from conftest import CORPUS, WARNING_LETTER, findings_of, wrap_letter
from letterlint.rewrite.fix import Edit, default_output, drop_overlaps, fix_file, match_case


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy(name: str, tmp_path: Path) -> Path:
    source = next(CORPUS.rglob(name))
    target = tmp_path / source.name
    shutil.copyfile(source, target)
    return target


def _lint(linter, path: Path):
    result = next(iter(linter.lint_paths([str(path)])))
    assert result.error is None, result.error
    return result


def test_match_case_keeps_sentence_start_capital_but_not_for_case_fixes():
    assert match_case("Teneinde", "om") == "Om"
    assert match_case("indien", "als") == "als"
    assert match_case("Uw", "uw") == "uw"
    assert match_case("INDIEN", "als") == "ALS"


def test_overlapping_edits_keep_the_first_and_longest():
    edits = [Edit("JA01", "text", 0, 10, 20, "a", "b"), Edit("JA01", "text", 0, 10, 14, "c", "d"),
             Edit("JA01", "text", 0, 15, 25, "e", "f"), Edit("JA01", "text", 0, 30, 35, "g", "h")]
    kept, dropped = drop_overlaps(edits)
    assert [(e.start, e.end) for e in kept] == [(10, 20), (30, 35)] and dropped == 2


def test_fix_markdown_corpus_letter_lowers_jargon_and_leaves_the_original_byte_identical(cli, linter, tmp_path):
    source = _copy("bel-01-origineel.md", tmp_path)
    digest = _sha(source)
    result = cli("fix", str(source))
    assert result.exit_code == 0, result.output
    output = default_output(source)
    assert output.name == "bel-01-origineel.fixed.md" and output.exists()
    assert _sha(source) == digest
    before, after = _lint(linter, source), _lint(linter, output)
    assert len(findings_of(after, "JA01")) < len(findings_of(before, "JA01"))
    text = output.read_text(encoding="utf-8")
    assert "derhalve" not in text and "alsmede" not in text and " dus " in text
    diff = result.output.splitlines()
    assert any(line.startswith("-") and "derhalve" in line for line in diff)
    assert any(line.startswith("+") and " dus " in line for line in diff)
    assert "verbeteringen toegepast" in result.output and "opgelost" in result.output


def test_fix_keeps_crlf_line_endings_windows_1252_and_sentence_start_capitals(cli, linter, tmp_path):
    body = ("Teneinde uw aanvraag te beoordelen hebben wij meer gegevens nodig.\n\n"
            "Indien u de gegevens niet stuurt, kunnen wij niets doen. Wij hebben reeds één brief gestuurd.")
    source = tmp_path / "brief.txt"
    source.write_bytes(wrap_letter(body).replace("\n", "\r\n").encode("cp1252"))
    digest = _sha(source)
    output = tmp_path / "nieuw.txt"
    result = cli("fix", str(source), "--out", str(output))
    assert result.exit_code == 0, result.output
    assert _sha(source) == digest
    data = output.read_bytes()
    text = data.decode("cp1252")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert "Om uw aanvraag te beoordelen" in text
    assert "Als u de gegevens niet stuurt" in text
    assert "al één brief" in text


def test_fix_lowers_a_capital_u_mid_sentence(cli, tmp_path):
    source = tmp_path / "pas.txt"
    source.write_text(WARNING_LETTER, encoding="utf-8")
    result = cli("fix", str(source))
    assert result.exit_code == 0, result.output
    fixed = default_output(source).read_text(encoding="utf-8")
    assert "Neem uw oude pas mee." in fixed and "Neem Uw" not in fixed
    assert fixed == WARNING_LETTER.replace("Neem Uw oude pas mee.", "Neem uw oude pas mee.")


def test_fix_refuses_to_overwrite_the_input_without_in_place(cli, tmp_path):
    source = tmp_path / "pas.txt"
    source.write_text(WARNING_LETTER, encoding="utf-8")
    result = cli("fix", str(source), "--out", str(source))
    assert result.exit_code == 2
    assert "overschrijft geen invoer" in result.output
    assert source.read_text(encoding="utf-8") == WARNING_LETTER


def test_fix_in_place_changes_the_letter_itself(cli, tmp_path):
    source = tmp_path / "pas.txt"
    source.write_text(WARNING_LETTER, encoding="utf-8")
    result = cli("fix", str(source), "--in-place")
    assert result.exit_code == 0, result.output
    assert "Neem uw oude pas mee." in source.read_text(encoding="utf-8")
    assert not default_output(source).exists()


def test_fix_of_a_missing_file_is_one_dutch_line(cli, tmp_path):
    result = cli("fix", str(tmp_path / "weg.docx"))
    assert result.exit_code == 2
    assert "weg.docx: bestand bestaat niet" in result.output


def test_fix_docx_corpus_letter_has_fewer_jargon_findings_and_same_input(linter, tmp_path):
    source = _copy("bel-02-origineel.docx", tmp_path)
    digest = _sha(source)
    report = fix_file(linter, source, tmp_path / "uit.docx")
    assert _sha(source) == digest
    assert report.applied and report.findings_after < report.findings_before
    before, after = _lint(linter, source), _lint(linter, tmp_path / "uit.docx")
    assert len(findings_of(after, "JA01")) < len(findings_of(before, "JA01"))
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "uit.docx")).paragraphs]
    assert any(p.startswith("Omdat voornoemde betalingscapaciteit") for p in paragraphs)


def _formatted_letter(path: Path) -> None:
    """A Word letter whose jargon sits in split runs, next to bold text, in a table and a later paragraph."""
    document = docx.Document()
    for line in ("Gemeente Lindenburg", "Datum: 12 maart 2026", "Geachte heer Jansen,"):
        document.add_paragraph(line)
    paragraph = document.add_paragraph()
    paragraph.add_run("Wij hebben uw aanvraag ")
    paragraph.add_run("ontvangen").bold = True
    paragraph.add_run(". Wij hebben ")
    paragraph.add_run("ree").italic = True
    paragraph.add_run("ds een besluit genomen over uw uitkering.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Bedrag"
    table.cell(0, 1).text = "Indien u vragen heeft over het bedrag, bel ons dan."
    document.add_paragraph("U kunt bezwaar maken indien u het niet eens bent met dit besluit.")
    document.add_paragraph("Met vriendelijke groet,")
    document.add_paragraph("Sanne Bakker")
    document.save(str(path))


def test_fix_docx_edits_only_the_runs_with_the_replaced_text(linter, tmp_path):
    source = tmp_path / "brief.docx"
    _formatted_letter(source)
    output = tmp_path / "brief.fixed.docx"
    report = fix_file(linter, source, output)
    assert {edit.old for edit in report.applied} >= {"reeds", "Indien", "indien"}
    document = docx.Document(str(output))
    runs = document.paragraphs[3].runs
    assert [(r.text, r.bold, r.italic) for r in runs] == [
        ("Wij hebben uw aanvraag ", None, None), ("ontvangen", True, None), (". Wij hebben ", None, None),
        ("al", None, True), (" een besluit genomen over uw uitkering.", None, None)]
    assert document.tables[0].cell(0, 1).text == "Als u vragen heeft over het bedrag, bel ons dan."
    assert document.tables[0].cell(0, 0).text == "Bedrag"
    assert document.paragraphs[4].text == "U kunt bezwaar maken als u het niet eens bent met dit besluit."


def test_fix_into_a_missing_folder_is_one_dutch_line_and_writes_nothing(cli, tmp_path):
    source = tmp_path / "pas.txt"
    source.write_text(WARNING_LETTER, encoding="utf-8")
    result = cli("fix", str(source), "--out", str(tmp_path / "nergens" / "pas.txt"))
    assert result.exit_code == 2
    assert "bestaat niet" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pas.txt"]


def test_a_replacement_across_three_runs_lands_in_the_first_and_empties_none(tmp_path):
    from letterlint.reading.word import paragraph_runs
    from letterlint.rewrite.fix import replace_in_runs

    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, bold in (("Wij sturen u ", None), ("ten ", True), ("behoeve ", None), ("van", True), (" uw aanvraag.", None)):
        paragraph.add_run(text).bold = bold
    assert replace_in_runs(paragraph_runs(paragraph), 13, 28, "voor")
    assert paragraph.text == "Wij sturen u voor uw aanvraag."
    assert [(r.text, r.bold) for r in paragraph.runs] == [("Wij sturen u ", None), ("voor", True), (" uw aanvraag.", None)]


def test_the_terminal_diff_marks_exactly_the_replaced_words():
    from letterlint.rewrite.fix import highlight_changes

    left, right = highlight_changes("Wij hebben reeds een besluit genomen, derhalve betaalt u.",
                                    "Wij hebben al een besluit genomen, daarom betaalt u.")
    assert [piece for piece, changed in left if changed] == ["reeds", "derhalve"]
    assert [piece for piece, changed in right if changed] == ["al", "daarom"]
    assert "".join(piece for piece, _ in right) == "Wij hebben al een besluit genomen, daarom betaalt u."


def test_a_letter_without_safe_fixes_gets_no_copy(cli, tmp_path):
    from conftest import CLEAN_LETTER

    source = tmp_path / "schoon.txt"
    source.write_text(CLEAN_LETTER, encoding="utf-8")
    result = cli("fix", str(source))
    assert result.exit_code == 0, result.output
    assert "Geen veilige verbeteringen gevonden" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["schoon.txt"]


def test_fix_keeps_a_utf8_byte_order_mark(cli, tmp_path):
    source = tmp_path / "bom.md"
    source.write_bytes(b"\xef\xbb\xbf" + wrap_letter("Wij hebben uw brief reeds ontvangen.").encode("utf-8"))
    result = cli("fix", str(source))
    assert result.exit_code == 0, result.output
    data = default_output(source).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Wij hebben uw brief al ontvangen." in data.decode("utf-8-sig")


# --------------------------------------------------------------------------- --in-place, safely (issue 13)


def test_fix_in_place_refuses_a_read_only_letter_and_leaves_it_alone(cli, tmp_path):
    source = tmp_path / "pas.txt"
    source.write_text(WARNING_LETTER, encoding="utf-8")
    source.chmod(0o444)
    result = cli("fix", str(source), "--in-place")
    assert result.exit_code == 2
    assert "alleen-lezen" in result.output and "pas.txt" in result.output
    assert source.read_text(encoding="utf-8") == WARNING_LETTER and (source.stat().st_mode & 0o777) == 0o444


def test_fix_in_place_keeps_the_permission_bits(cli, tmp_path):
    source = tmp_path / "pas.txt"
    source.write_text(WARNING_LETTER, encoding="utf-8")
    source.chmod(0o640)
    assert cli("fix", str(source), "--in-place").exit_code == 0
    assert (source.stat().st_mode & 0o777) == 0o640 and "Neem uw oude pas mee." in source.read_text(encoding="utf-8")


def test_fix_in_place_keeps_the_owner(cli, tmp_path):
    import os

    if os.geteuid() != 0:
        import pytest

        pytest.skip("only root can create a file owned by someone else")
    source = tmp_path / "pas.txt"
    source.write_text(WARNING_LETTER, encoding="utf-8")
    os.chown(source, 65534, 65534)
    assert cli("fix", str(source), "--in-place").exit_code == 0
    assert (source.stat().st_uid, source.stat().st_gid) == (65534, 65534)


def test_fix_in_place_on_a_symlink_fixes_the_target_and_keeps_the_link(cli, tmp_path):
    target = tmp_path / "echt" / "pas.txt"
    target.parent.mkdir()
    target.write_text(WARNING_LETTER, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    result = cli("fix", str(link), "--in-place")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert "Neem uw oude pas mee." in target.read_text(encoding="utf-8")
    assert "snelkoppeling" in result.output and str(target) in result.output


def test_fix_in_place_writes_nothing_when_the_letter_changed_meanwhile(linter, tmp_path, monkeypatch):
    """Lines appended between reading and replacing would be lost: the fix must stop instead."""
    import pytest

    from letterlint.rewrite import fix
    from letterlint.rewrite.fix import FixError

    source = tmp_path / "pas.txt"
    source.write_text(WARNING_LETTER, encoding="utf-8")
    real = fix.fix_text_bytes

    def append_meanwhile(data, findings):
        outcome = real(data, findings)
        with open(source, "a", encoding="utf-8") as handle:  # another editor saves a line
            handle.write("PS: vergeet uw pasfoto niet.\n")
        return outcome

    monkeypatch.setattr(fix, "fix_text_bytes", append_meanwhile)
    with pytest.raises(FixError) as caught:
        fix_file(linter, source, source)
    assert "veranderd" in str(caught.value) and "\n" not in str(caught.value)
    assert source.read_text(encoding="utf-8") == WARNING_LETTER + "PS: vergeet uw pasfoto niet.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["pas.txt"]
