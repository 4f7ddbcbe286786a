"""The command line, run in-process: exit codes, selection, output modes and the JSON contract."""

from __future__ import annotations

import click.testing
import docx
import pytest

import letterlint
from letterlint.config import LETTER_TYPES as CONFIG_LETTER_TYPES
from letterlint.rulepack import CATEGORIES

from conftest import CLEAN_LETTER, ERROR_SENTENCE, WARNING_LETTER, Cli

ANSI = "\x1b["


@pytest.fixture(autouse=True)
def _outside_the_repository(tmp_path, monkeypatch):
    """Run every command in an empty folder, so no project configuration is picked up."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)


# --------------------------------------------------------------------------- exit codes


def test_exit_0_when_nothing_at_error_level(cli, letters):
    result = cli("check", str(letters["schoon"]))
    assert result.exit_code == 0, result.output
    assert "schoon.txt" in result.stdout


def test_exit_1_when_an_error_is_found(cli, letters):
    result = cli("check", str(letters["fout"]))
    assert result.exit_code == 1
    assert "RD01" in result.stdout


@pytest.mark.parametrize("fail_on,code", [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on_sets_the_level_that_fails(cli, letters, fail_on, code):
    assert cli("check", str(letters["waarschuwing"]), "--fail-on", fail_on).exit_code == code


def test_fail_on_error_still_fails_on_errors(cli, letters):
    assert cli("check", str(letters["fout"]), "--fail-on", "error").exit_code == 1


def test_missing_file_exits_2_and_the_good_files_are_still_reported(cli, letters, tmp_path):
    result = cli("check", str(letters["schoon"]), str(tmp_path / "weg.txt"), str(letters["fout"]))
    assert result.exit_code == 2
    assert "schoon.txt" in result.stdout and "fout.txt" in result.stdout
    assert "RD01" in result.stdout  # the letter after the bad one was checked too
    assert "weg.txt" in result.output and "bestaat niet" in result.output


@pytest.mark.parametrize("name,content", [
    ("leeg.txt", b""),
    ("plaatje.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
    ("kapot.docx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x13" * 200),
    ("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200),
])
def test_unreadable_file_among_good_ones_exits_2_in_json_too(cli, letters, tmp_path, name, content):
    bad = tmp_path / name
    bad.write_bytes(content)
    result, report = cli.json("check", str(letters["schoon"]), str(bad), "--select", "RD,ST")
    assert result.exit_code == 2
    by_path = {entry["path"]: entry for entry in report["files"]}
    assert by_path[str(letters["schoon"])]["error"] is None
    assert by_path[str(letters["schoon"])]["readability"]["words"] > 0
    entry = by_path[str(bad)]
    assert isinstance(entry["error"], str) and entry["error"] and "\n" not in entry["error"]
    assert entry["findings"] == []
    assert report["summary"]["files"] == 2


def test_no_paths_is_a_usage_error(cli):
    assert cli("check").exit_code == 2


def test_unknown_model_exits_2_with_a_message(cli, letters):
    result = cli("check", str(letters["schoon"]), "--model", "nl_bestaat_niet_lg")
    assert result.exit_code == 2
    assert "nl_bestaat_niet_lg" in result.stderr


# --------------------------------------------------------------------------- selection


def rules_in(report) -> set[str]:
    return {finding["rule"] for entry in report["files"] for finding in entry["findings"]}


BUSY_LETTER = (
    "Geachte heer Jansen,\n\n"
    "Uw aanvraag wordt door ons beoordeeld. Wij hebben Uw brief ontvangen en besloten dat u geen "
    "bijstand krijgt op grond van artikel 11 Participatiewet.\n\n"
    f"{ERROR_SENTENCE}\n\n"
    "U moet UITERLIJK 1 mei betalen.\n\n"
    "Met vriendelijke groet,\n\nSanne Bakker\n")


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    """A besluit with findings of several categories, and its full JSON report (made once)."""
    folder = tmp_path_factory.mktemp("druk")
    path = folder / "druk.md"
    path.write_text(BUSY_LETTER, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        _, report = Cli().json("check", str(path))
    return path, report


@pytest.fixture
def busy_letter(busy):
    return busy[0]


def test_without_selection_several_categories_are_reported(busy):
    assert {"SY01", "TO02", "TO05", "RD01", "ST03"} <= rules_in(busy[1])


@pytest.mark.parametrize("args,expected", [
    (["--select", "TO02"], {"TO02"}),
    (["--select", "TO02,RD01"], {"TO02", "RD01"}),
    (["--select", "TO02", "--select", "SY01"], {"TO02", "SY01"}),
    (["--select", "style"], {"SY01"}),
])
def test_select_by_id_and_category(cli, busy_letter, args, expected):
    _, report = cli.json("check", str(busy_letter), *args)
    assert rules_in(report) == expected


def test_select_category_keeps_only_that_category(cli, busy_letter):
    _, report = cli.json("check", str(busy_letter), "--select", "structure")
    categories = {f["category"] for entry in report["files"] for f in entry["findings"]}
    assert categories == {"structure"}


@pytest.mark.parametrize("value,ignored", [
    ("TO02", lambda finding: finding["rule"] == "TO02"),
    ("tone", lambda finding: finding["category"] == "tone"),
    ("structure,style", lambda finding: finding["category"] in ("structure", "style")),
], ids=["id", "category", "two-categories"])
def test_ignore_by_id_and_category(cli, busy, value, ignored):
    busy_letter, everything = busy
    _, report = cli.json("check", str(busy_letter), "--ignore", value)
    all_findings = [f for entry in everything["files"] for f in entry["findings"]]
    assert any(ignored(f) for f in all_findings)
    assert rules_in(report) == {f["rule"] for f in all_findings if not ignored(f)}


@pytest.mark.parametrize("level,allowed", [("warning", {"warning", "error"}), ("error", {"error"})])
def test_min_severity_hides_lower_findings(cli, busy, level, allowed):
    busy_letter, everything = busy
    _, report = cli.json("check", str(busy_letter), "--min-severity", level)
    severities = [f["severity"] for entry in report["files"] for f in entry["findings"]]
    assert severities and set(severities) <= allowed
    assert len(severities) == sum(1 for entry in everything["files"] for f in entry["findings"]
                                  if f["severity"] in allowed)


def test_min_severity_error_on_a_letter_with_only_warnings_shows_nothing(cli, letters):
    _, report = cli.json("check", str(letters["waarschuwing"]), "--min-severity", "error")
    assert report["files"][0]["findings"] == []
    assert report["summary"]["findings"] == 0


def test_type_option_overrides_the_detected_letter_type(cli, letters):
    _, detected = cli.json("check", str(letters["schoon"]))
    assert detected["files"][0]["letter_type"] == "informatie"
    result, forced = cli.json("check", str(letters["schoon"]), "--type", "besluit")
    assert forced["files"][0]["letter_type"] == "besluit"
    assert {"ST03", "ST06"} <= rules_in(forced)
    assert result.exit_code == 1


# --------------------------------------------------------------------------- inputs


def test_dash_reads_the_letter_from_standard_input(cli):
    result, report = cli.json("check", "-", input=WARNING_LETTER.encode("utf-8"))
    assert result.exit_code == 0
    assert report["files"][0]["path"] == "<stdin>"
    assert rules_in(report) == {"TO02"}


def test_windows_1252_letter_is_checked_with_a_notice(cli, tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes(WARNING_LETTER.replace("zwembad", "zwembad ‘De Welle’").encode("cp1252"))
    result = cli("check", str(path))
    assert result.exit_code == 0
    assert "Windows-1252" in result.stdout
    assert "TO02" in result.stdout


def test_directory_is_checked_recursively(cli, tmp_path):
    (tmp_path / "brieven" / "2026").mkdir(parents=True)
    (tmp_path / "brieven" / "a.txt").write_text(CLEAN_LETTER, encoding="utf-8")
    (tmp_path / "brieven" / "2026" / "b.md").write_text(WARNING_LETTER, encoding="utf-8")
    word = docx.Document()
    for line in CLEAN_LETTER.splitlines():
        word.add_paragraph(line)
    word.save(tmp_path / "brieven" / "2026" / "c.docx")
    (tmp_path / "brieven" / "2026" / "notities.pdf").write_bytes(b"%PDF-1.4")
    result, report = cli.json("check", "brieven")
    paths = [entry["path"].replace("\\", "/") for entry in report["files"]]
    assert paths == ["brieven/a.txt", "brieven/2026/b.md", "brieven/2026/c.docx"]
    assert all(entry["error"] is None for entry in report["files"])
    assert result.exit_code == 0


# --------------------------------------------------------------------------- text output


def test_text_output_is_plain_when_not_a_terminal(cli, letters):
    result = cli("check", str(letters["fout"]))
    assert ANSI not in result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith(str(letters["fout"]))
    assert "fout RD01" in result.stdout  # severity label and rule id, no markup


@pytest.fixture
def terminal(monkeypatch):
    """Make the CliRunner's output streams report a terminal (isatty), with a colour TERM."""
    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def test_text_output_is_coloured_on_a_terminal(cli, letters, terminal):
    assert ANSI in cli("check", str(letters["fout"])).stdout


def test_no_color_gives_plain_output_on_a_terminal(cli, letters, terminal, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    result = cli("check", str(letters["fout"]))
    assert ANSI not in result.output
    assert "RD01" in result.stdout


def test_summary_line_counts_letters_and_findings(cli, letters):
    result = cli("check", str(letters["schoon"]), str(letters["fout"]))
    last = [line for line in result.stdout.splitlines() if line.strip()][-1]
    assert last.startswith("2 brieven gecontroleerd, 1 fouten")


# --------------------------------------------------------------------------- JSON contract

LETTER_TYPES = {*CONFIG_LETTER_TYPES, None}
SECTIONS = {"next_steps", "objection", "contact", "contact_named_person", "reason"}
NUMBER = (int, float)


def _is_number(value) -> bool:
    return isinstance(value, NUMBER) and not isinstance(value, bool)


def _check_finding(finding: dict, docx_file: bool) -> None:
    for key, kind in (("rule", str), ("category", str), ("severity", str), ("message", str), ("text", str)):
        assert isinstance(finding[key], kind), key
    assert finding["category"] in CATEGORIES
    assert finding["severity"] in ("error", "warning", "info")
    for key in ("line", "column", "end_line", "end_column"):
        assert isinstance(finding[key], int) and not isinstance(finding[key], bool) and finding[key] >= 1, key
    assert (finding["end_line"], finding["end_column"]) > (finding["line"], finding["column"])
    assert isinstance(finding["suggestions"], list) and all(isinstance(s, str) for s in finding["suggestions"])
    if docx_file:
        assert finding["paragraph"] == finding["line"] and finding["offset"] == finding["column"] - 1
        assert finding["part"] in ("body", "table", "header", "footer")


def test_json_report_keeps_the_documented_contract(cli, busy_letter, letters, tmp_path):
    word = docx.Document()
    word.add_paragraph("Geachte heer Jansen,")
    word.add_paragraph("Wij hebben Uw aanvraag ontvangen.")
    word.save(tmp_path / "brief.docx")
    paths = [str(busy_letter), str(letters["schoon"]), str(tmp_path / "brief.docx"), str(tmp_path / "weg.md")]
    result, report = cli.json("check", *paths)
    assert result.exit_code == 2
    assert set(report) >= {"tool", "model", "files", "summary"}
    assert report["tool"] == {"name": "letterlint", "version": letterlint.__version__}
    assert isinstance(report["model"], str) and report["model"]
    assert [entry["path"] for entry in report["files"]] == paths
    for entry in report["files"]:
        assert set(entry) >= {"path", "letter_type", "readability", "sections", "findings", "error"}
        if entry["path"].endswith("weg.md"):
            assert isinstance(entry["error"], str) and entry["findings"] == []
            continue
        assert entry["error"] is None
        assert entry["letter_type"] in LETTER_TYPES
        readability = entry["readability"]
        assert set(readability) >= {"score", "level", "flesch_douma", "avg_sentence_length",
                                    "long_sentence_ratio", "difficult_word_ratio", "words", "sentences"}
        assert _is_number(readability["score"]) and 0 <= readability["score"] <= 100
        assert readability["level"] in ("A2", "B1", "B2", "C1")
        for key in ("flesch_douma", "avg_sentence_length"):
            assert _is_number(readability[key])
        for key in ("long_sentence_ratio", "difficult_word_ratio"):
            assert _is_number(readability[key]) and 0 <= readability[key] <= 1
        for key in ("words", "sentences"):
            assert isinstance(readability[key], int) and readability[key] > 0
        assert set(entry["sections"]) == SECTIONS
        assert all(isinstance(value, bool) for value in entry["sections"].values())
        assert isinstance(entry["findings"], list)
        for finding in entry["findings"]:
            _check_finding(finding, entry["path"].endswith(".docx"))
    findings = [f for entry in report["files"] for f in entry["findings"]]
    summary = report["summary"]
    assert {key: summary[key] for key in ("files", "findings", "errors", "warnings", "infos")} == {
        "files": 4, "findings": len(findings),
        "errors": sum(f["severity"] == "error" for f in findings),
        "warnings": sum(f["severity"] == "warning" for f in findings),
        "infos": sum(f["severity"] == "info" for f in findings),
    }
    assert any(f["suggestions"] for f in findings)


def test_json_output_is_only_json_on_stdout(cli, letters):
    result, report = cli.json("check", str(letters["fout"]))
    assert result.stdout.lstrip().startswith("{") and result.stdout.rstrip().endswith("}")
    assert report["files"][0]["findings"][0]["rule"]


def test_version_option(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert letterlint.__version__ in result.stdout
