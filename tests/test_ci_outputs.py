"""letterlint in CI: SARIF, JUnit, GitHub annotations, GitLab Code Quality, suppression comments,
per-file ignores, baselines, statistics, the result cache and parallel processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from conftest import CLEAN_LETTER, CORPUS, REPO

SCHEMA = json.loads((REPO / "tests" / "data" / "sarif" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
OFFICIALESE = CORPUS / "werk-en-inkomen" / "wi-01-origineel.md"
JARGON_LETTER = CLEAN_LETTER.replace(
    "Haal de pas op vóór 1 mei 2026.", "Haal de pas teneinde problemen te voorkomen op vóór 1 mei 2026.")


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "brieven"
    folder.mkdir()
    shutil.copy(OFFICIALESE, folder / "origineel.md")
    (folder / "schoon.md").write_text(CLEAN_LETTER, encoding="utf-8")
    (folder / "leeg.txt").write_text("", encoding="utf-8")
    return folder


def run(cli, *args):
    return cli("check", "--no-cache", *args)


# --------------------------------------------------------------------------- formats


def test_sarif_output_validates_against_the_sarif_2_1_0_schema(cli, letters, monkeypatch):
    monkeypatch.chdir(letters.parent)  # as in CI: run from the repository root, paths relative to it
    result = run(cli, "brieven", "--format", "sarif")
    assert result.exit_code == 2  # the empty file is unreadable
    sarif = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    run_ = sarif["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert {"JA01", "RD01", "ST05"} <= {rule["id"] for rule in rules}
    assert all(rule["help"]["text"] and rule["fullDescription"]["text"] for rule in rules)
    results = run_["results"]
    assert results and all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"brieven/origineel.md"}
    notification = run_["invocations"][0]["toolExecutionNotifications"][0]
    assert "leeg.txt" in notification["message"]["text"]
    assert run_["invocations"][0]["executionSuccessful"] is False


def test_junit_failures_agree_with_the_exit_code_threshold(cli, letters):
    result = run(cli, str(letters / "origineel.md"), str(letters / "schoon.md"), "--format", "junit")
    root = ET.fromstring(result.stdout)
    suites = root.findall("testsuite")
    assert [suite.get("name").rsplit("/", 1)[-1] for suite in suites] == ["origineel.md", "schoon.md"]
    failures = root.findall(".//failure")
    assert failures and all(f.get("type") == "error" for f in failures)
    assert int(root.get("failures")) == len(failures)
    assert result.exit_code == 1
    clean = suites[1]
    assert clean.get("failures") == "0" and clean.find("testcase") is not None


def test_github_annotations_are_workflow_commands_with_file_and_line(cli, letters):
    result = run(cli, str(letters / "origineel.md"), "--format", "github")
    lines = result.stdout.strip().splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    first = lines[0]
    assert "file=" in first and ",line=" in first and ",col=" in first and "title=letterlint " in first
    assert all("\n" not in line for line in lines)


def test_gitlab_code_quality_fingerprints_survive_a_line_inserted_above(cli, tmp_path):
    letter = tmp_path / "brief.md"
    letter.write_text(JARGON_LETTER, encoding="utf-8")
    before = json.loads(run(cli, str(letter), "--format", "gitlab").stdout)
    letter.write_text(JARGON_LETTER.replace("Geachte heer Jansen,", "Geachte heer Jansen,\n\n"), encoding="utf-8")
    after = json.loads(run(cli, str(letter), "--format", "gitlab").stdout)
    assert before and {"description", "check_name", "fingerprint", "severity", "location"} <= set(before[0])
    assert {i["severity"] for i in before} <= {"info", "minor", "major", "critical", "blocker"}
    assert len({i["fingerprint"] for i in before}) == len(before)
    assert {i["fingerprint"] for i in before} == {i["fingerprint"] for i in after}
    assert [i["location"]["lines"]["begin"] for i in before] != [i["location"]["lines"]["begin"] for i in after]


def test_report_written_to_a_file_with_output(cli, letters, tmp_path):
    out = tmp_path / "rapport.sarif"
    result = run(cli, str(letters / "schoon.md"), "--format", "sarif", "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(out.read_text(encoding="utf-8")))


def test_output_that_would_overwrite_an_input_is_refused(cli, letters):
    target = letters / "schoon.md"
    before = target.read_bytes()
    result = run(cli, str(target), "--format", "json", "--output", str(target))
    assert result.exit_code == 2 and target.read_bytes() == before


# --------------------------------------------------------------------------- suppression


def _rules(cli, path) -> list[tuple[str, int]]:
    _result, report = cli.json("check", "--no-cache", str(path))
    return [(f["rule"], f["line"]) for f in report["files"][0]["findings"]]


def test_markdown_block_directive_suppresses_until_enable(cli, tmp_path):
    text = JARGON_LETTER.replace(
        "Wat moet u doen?", "<!-- letterlint: disable=JA01 -- staat zo in de huisstijl -->\nWat moet u doen?").replace(
        "Heeft u vragen?", "<!-- letterlint: enable=JA01 -->\nU moet teneinde het te weten bellen.\n\nHeeft u vragen?")
    letter = tmp_path / "brief.md"
    letter.write_text(text, encoding="utf-8")
    found = [rule for rule in _rules(cli, letter) if rule[0] == "JA01"]
    lines = text.splitlines()
    assert found and all("U moet teneinde" in lines[line - 1] for _rule, line in found)
    assert not any(rule == "SU01" for rule, _ in _rules(cli, letter))


def test_line_directives_in_plain_text_suppress_one_line_and_are_not_read_as_letter_text(cli, tmp_path):
    text = JARGON_LETTER.replace(
        "Haal de pas teneinde", "[letterlint: disable-next-line=jargon -- vaste formulering]\nHaal de pas teneinde")
    letter = tmp_path / "brief.txt"
    letter.write_text(text, encoding="utf-8")
    found = _rules(cli, letter)
    assert not any(rule == "JA01" for rule, _ in found)
    assert not any(rule in ("SU01", "SU02") for rule, _ in found)
    assert "letterlint" not in json.dumps([f for f in found])


def test_directive_without_reason_and_directive_that_suppresses_nothing_are_reported(cli, tmp_path):
    text = CLEAN_LETTER.replace("Wat moet u doen?", "<!-- letterlint: disable-next-line=JA01 -->\nWat moet u doen?")
    letter = tmp_path / "brief.md"
    letter.write_text(text, encoding="utf-8")
    rules = {rule for rule, _ in _rules(cli, letter)}
    assert {"SU01", "SU02"} <= rules


def test_per_file_ignores_in_setup_cfg_switch_rules_off_for_matching_files(cli, tmp_path):
    (tmp_path / "setup.cfg").write_text(
        "[letterlint]\nper_file_ignores =\n    oud/*: JA01, readability\n", encoding="utf-8")
    for folder in ("oud", "nieuw"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "brief.md").write_text(JARGON_LETTER, encoding="utf-8")
    _result, report = cli.json("check", "--no-cache", "--config", str(tmp_path / "setup.cfg"), str(tmp_path))
    by_file = {Path(entry["path"]).parent.name: {f["rule"] for f in entry["findings"]} for entry in report["files"]}
    assert "JA01" in by_file["nieuw"] and "JA01" not in by_file["oud"]


def test_per_file_ignores_naming_an_unknown_rule_stops_with_exit_2(cli, tmp_path):
    (tmp_path / "setup.cfg").write_text("[letterlint]\nper_file_ignores = oud/*: XX99\n", encoding="utf-8")
    result = cli("check", "--config", str(tmp_path / "setup.cfg"), str(tmp_path))
    assert result.exit_code == 2 and "XX99" in result.stderr


# --------------------------------------------------------------------------- baseline, statistics


def test_baseline_records_findings_then_fails_only_on_new_ones(cli, tmp_path):
    letter = tmp_path / "brief.md"
    letter.write_text(JARGON_LETTER.replace("Haal de pas", "Haal conform de afspraak de pas"), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    first = cli("check", "--no-cache", "--fail-on", "info", "--baseline", str(baseline), str(letter))
    assert first.exit_code == 0 and baseline.exists()
    again = cli("check", "--no-cache", "--fail-on", "info", "--baseline", str(baseline), str(letter))
    assert again.exit_code == 0 and "bekende meldingen" in again.stdout
    letter.write_text(letter.read_text(encoding="utf-8").replace("Neem uw oude pas mee.",
                                                                  "Neem uw oude pas onverwijld mee."), encoding="utf-8")
    _result, report = cli.json("check", "--no-cache", "--fail-on", "info", "--baseline", str(baseline), str(letter))
    assert [f["text"].lower() for f in report["files"][0]["findings"]] == ["onverwijld"]


def test_statistics_counts_findings_per_rule(cli, letters):
    result = run(cli, str(letters / "origineel.md"), "--statistics")
    assert "meldingen per regel" in result.stdout and "JA01" in result.stdout.split("meldingen per regel")[1]


# --------------------------------------------------------------------------- cache and processes


def test_second_run_reads_unchanged_letters_from_the_cache_with_identical_output(cli, letters, tmp_path):
    cache = tmp_path / "cache"
    args = ("check", "--cache-dir", str(cache), str(letters / "origineel.md"), str(letters / "schoon.md"),
            "--format", "json")
    first = cli(*args)
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 2 and (cache / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")
    second = cli(*args)
    assert json.loads(second.stdout)["files"] == json.loads(first.stdout)["files"]
    entries[0].write_text("{kapot", encoding="utf-8")  # a broken entry is a miss, never a crash
    third = cli(*args)
    assert json.loads(third.stdout)["files"] == json.loads(first.stdout)["files"]


def test_cache_key_changes_with_the_configuration(linter):
    from letterlint.engine.run import cache_salt
    from letterlint.config import Config
    from letterlint.engine.linter import Linter

    other = Linter(Config(ignore=("JA01",)), pack=linter.pack, pipeline=linter.pipeline)
    assert cache_salt(linter.config, linter.pack) != cache_salt(other.config, other.pack)
    assert cache_salt(linter.config, linter.pack) == cache_salt(linter.config, linter.pack)


def test_cache_key_changes_when_letterlints_own_code_changes(tmp_path, monkeypatch):
    """A cache written by another checkout of the same version must not serve its results."""
    from letterlint.engine import cache as cache_module

    today = cache_module.ResultCache(tmp_path, "salt").key(b"brief", "markdown")
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "other code")
    assert cache_module.ResultCache(tmp_path, "salt").key(b"brief", "markdown") != today


def test_two_processes_give_the_same_report_as_one(cli):
    folder = CORPUS / "vth"
    _r1, one = cli.json("check", "--no-cache", "--jobs", "1", str(folder))
    _r2, two = cli.json("check", "--no-cache", "--jobs", "2", str(folder))
    assert one["files"] == two["files"] and len(one["files"]) >= 10


# --------------------------------------------------------------------------- letter templates


def test_check_on_templates_reports_findings_at_template_file_and_line(cli, tmp_path):
    """A jargon word typed into a template is reported in that .j2 file, at its line and column."""
    source = REPO / "templates" / "letters"
    copy = tmp_path / "letters"
    shutil.copytree(source, copy)
    template = copy / "werk-en-inkomen" / "toekenning-bijstand.md.j2"
    lines = template.read_text(encoding="utf-8").split("\n")
    target = next(i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith(("{", "#", "-"))
                  and len(line.split()) > 4)
    lines[target] = lines[target] + " Dit geldt teneinde duidelijkheid te geven."
    template.write_text("\n".join(lines), encoding="utf-8")
    _result, report = cli.json("check", "--no-cache", str(template))
    hits = [(entry["path"], f) for entry in report["files"] for f in entry["findings"] if f["rule"] == "JA01"]
    assert hits, report
    path, finding = hits[0]
    assert path == str(template) and "file" not in finding
    assert finding["line"] == target + 1
    assert lines[target][finding["column"] - 1:].lower().startswith("teneinde")


def test_template_with_a_syntax_error_is_one_line_message_and_exit_2(cli, tmp_path):
    copy = tmp_path / "letters"
    shutil.copytree(REPO / "templates" / "letters", copy)
    broken = copy / "vth" / "weigering-omgevingsvergunning.md.j2"
    broken.write_text(broken.read_text(encoding="utf-8") + "\n{% if %}\n", encoding="utf-8")
    good = copy / "vth" / "aanvraag-onvolledig.md.j2"
    result = cli("check", "--no-cache", str(broken), str(good))
    assert result.exit_code == 2
    assert "weigering-omgevingsvergunning.md.j2" in result.output
    assert "aanvraag-onvolledig.md.j2" in result.output


# --------------------------------------------------------------------------- review in Word


def test_check_annotate_writes_a_word_copy_with_one_comment_per_finding(cli, tmp_path):
    import docx

    source = CORPUS / "werk-en-inkomen" / "wi-03-origineel.docx"
    letter = tmp_path / "brief.docx"
    shutil.copy(source, letter)
    out = tmp_path / "brief-opmerkingen.docx"
    _result, report = cli.json("check", "--no-cache", str(letter), "--annotate", str(out))
    findings = report["files"][0]["findings"]
    comments = docx.Document(str(out)).comments
    assert findings and len(list(comments)) == len(findings)
    assert letter.read_bytes() == source.read_bytes()


def test_check_annotate_needs_one_docx(cli, tmp_path):
    result = cli("check", "--no-cache", str(CORPUS / "werk-en-inkomen" / "wi-01-origineel.md"),
                 "--annotate", str(tmp_path / "uit.docx"))
    assert result.exit_code == 2 and ".docx" in result.stderr
