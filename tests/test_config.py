"""Configuration: [letterlint] in setup.cfg, [tool.letterlint] in pyproject.toml, found upward."""

from __future__ import annotations

import pytest

from letterlint.config import ConfigError, discover, load

from conftest import WARNING_LETTER


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with a letter two folders down; the working directory is that subfolder."""
    sub = tmp_path / "brieven" / "2026"
    sub.mkdir(parents=True)
    (sub / "brief.txt").write_text(WARNING_LETTER, encoding="utf-8")  # one TO02 warning
    monkeypatch.chdir(sub)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def rules_in(report) -> set[str]:
    return {finding["rule"] for entry in report["files"] for finding in entry["findings"]}


# --------------------------------------------------------------------------- discovery


def test_without_configuration_defaults_apply(project, cli):
    assert discover().source is None
    assert cli("check", "brief.txt").exit_code == 0  # a warning does not fail by default


def test_setup_cfg_is_found_from_a_subfolder_upward(project, cli):
    (project / "setup.cfg").write_text("[metadata]\nname = brieven\n\n[letterlint]\nfail_on = warning\n",
                                       encoding="utf-8")
    assert discover().source == str(project / "setup.cfg")
    result = cli("check", "brief.txt")
    assert result.exit_code == 1


def test_pyproject_toml_is_found_from_a_subfolder_upward(project, cli):
    (project / "pyproject.toml").write_text('[tool.letterlint]\nfail_on = "warning"\nselect = ["TO02", "RD01"]\n',
                                            encoding="utf-8")
    result, report = cli.json("check", "brief.txt")
    assert result.exit_code == 1
    assert rules_in(report) == {"TO02"}


def test_file_without_a_letterlint_section_is_passed_over(project, cli):
    (project / "brieven" / "setup.cfg").write_text("[metadata]\nname = brieven\n", encoding="utf-8")
    (project / "pyproject.toml").write_text('[tool.letterlint]\nfail_on = "warning"\n', encoding="utf-8")
    assert discover().source == str(project / "pyproject.toml")
    assert cli("check", "brief.txt").exit_code == 1


def test_nearest_configuration_wins_whole(project, cli):
    (project / "setup.cfg").write_text("[letterlint]\nfail_on = warning\n", encoding="utf-8")
    (project / "brieven" / "pyproject.toml").write_text('[tool.letterlint]\nselect = ["RD01"]\n', encoding="utf-8")
    assert discover().source == str(project / "brieven" / "pyproject.toml")
    result, report = cli.json("check", "brief.txt")
    assert rules_in(report) == set()
    assert result.exit_code == 0  # fail_on from the farther file does not apply


def test_explicit_config_file_is_used(project, cli, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elders") / "letterlint.cfg"
    elsewhere.write_text("[letterlint]\nfail_on = warning\n", encoding="utf-8")
    assert cli("check", "brief.txt", "--config", str(elsewhere)).exit_code == 1


def test_explicit_config_without_section_exits_2(project, cli):
    (project / "leeg.cfg").write_text("[metadata]\nname = x\n", encoding="utf-8")
    result = cli("check", "brief.txt", "--config", str(project / "leeg.cfg"))
    assert result.exit_code == 2
    assert "leeg.cfg" in result.stderr


# --------------------------------------------------------------------------- command line wins


def test_command_line_fail_on_wins_over_the_file(project, cli):
    (project / "setup.cfg").write_text("[letterlint]\nfail_on = warning\n", encoding="utf-8")
    assert cli("check", "brief.txt", "--fail-on", "error").exit_code == 0


def test_command_line_select_wins_over_the_file(project, cli):
    (project / "setup.cfg").write_text("[letterlint]\nselect = RD01\n", encoding="utf-8")
    _, report = cli.json("check", "brief.txt", "--select", "TO02")
    assert rules_in(report) == {"TO02"}


def test_command_line_format_wins_over_the_file(project, cli):
    (project / "setup.cfg").write_text("[letterlint]\nformat = json\nselect = TO02\n", encoding="utf-8")
    assert cli("check", "brief.txt").stdout.lstrip().startswith("{")
    text = cli("check", "brief.txt", "--format", "text").stdout
    assert text.startswith("brief.txt") and "TO02" in text


def test_severity_override_and_rule_parameter_from_the_file(project, cli):
    (project / "setup.cfg").write_text(
        "[letterlint]\nselect = TO02, RD01\nseverity = TO02:error\nRD01.warning_words = 8\n", encoding="utf-8")
    result, report = cli.json("check", "brief.txt")
    severities = {(f["rule"], f["severity"]) for f in report["files"][0]["findings"]}
    assert ("TO02", "error") in severities
    # with the default limit of 20 words this letter has no long sentence; with 8 it has several
    assert ("RD01", "warning") in severities
    assert result.exit_code == 1


def test_rules_dirs_is_relative_to_the_config_file(project, cli):
    (project / "huisstijl").mkdir()
    (project / "huisstijl" / "eigen.yaml").write_text("""\
rules:
  - id: HS01
    name: zwembad
    category: style
    severity: warning
    kind: existence
    message: "Schrijf de naam van het zwembad: '{match}'. {advice}"
    rationale: "Inwoners kennen het zwembad bij zijn naam, en zo weet iedereen welk zwembad bedoeld wordt."
    example: {bad: "Ga naar het zwembad.", good: "Ga naar zwembad De Welle."}
    entries:
      - {match: "het zwembad", advice: "Noem De Welle."}
""", encoding="utf-8")
    (project / "setup.cfg").write_text("[letterlint]\nrules_dirs = huisstijl\nselect = HS01\n", encoding="utf-8")
    _, report = cli.json("check", "brief.txt")
    assert rules_in(report) == {"HS01"}


# --------------------------------------------------------------------------- mistakes


def _assert_config_error(result, *words: str) -> None:
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message and "\n" not in message, message
    for word in words:
        assert word in message, message


@pytest.mark.parametrize("filename,content", [
    ("setup.cfg", "[letterlint]\nfail-level = warning\n"),
    ("pyproject.toml", '[tool.letterlint]\nfail-level = "warning"\n'),
], ids=["setup.cfg", "pyproject.toml"])
def test_unknown_key_exits_2_naming_the_key_and_file(project, cli, filename, content):
    (project / filename).write_text(content, encoding="utf-8")
    _assert_config_error(cli("check", "brief.txt"), "fail-level", filename)


@pytest.mark.parametrize("line,key", [
    ("fail_on = loud", "fail_on"),
    ("min_severity = hoog", "min_severity"),
    ("format = xml", "format"),
    ("letter_type = brief", "letter_type"),
    ("max_file_size_mb = -1", "max_file_size_mb"),
    ("severity = RD03:heel-erg", "severity"),
])
def test_bad_value_exits_2_naming_the_key(project, cli, line, key):
    (project / "setup.cfg").write_text(f"[letterlint]\n{line}\n", encoding="utf-8")
    _assert_config_error(cli("check", "brief.txt"), key, "setup.cfg")


def test_bad_rule_parameter_exits_2_naming_the_key(project, cli):
    (project / "setup.cfg").write_text("[letterlint]\nRD01.warning_words = veel\n", encoding="utf-8")
    _assert_config_error(cli("check", "brief.txt"), "RD01.warning_words")


def test_select_of_an_unknown_rule_exits_2(project, cli):
    (project / "setup.cfg").write_text("[letterlint]\nselect = JA1\n", encoding="utf-8")
    _assert_config_error(cli("check", "brief.txt"), "JA1")


def test_invalid_toml_exits_2_naming_the_file(project, cli):
    (project / "pyproject.toml").write_text("[tool.letterlint\nfail_on = 'warning'\n", encoding="utf-8")
    _assert_config_error(cli("check", "brief.txt"), "pyproject.toml")


def test_config_error_is_raised_by_load_with_file_and_key(project):
    (project / "setup.cfg").write_text("[letterlint]\nfail_on = loud\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"setup\.cfg.*fail_on"):
        load()


def test_rule_pack_error_in_extra_folder_is_one_line_naming_the_file(project, cli):
    (project / "regels").mkdir()
    (project / "regels" / "kapot.yaml").write_text("rules:\n  - id: HS01\n    name: [kapot\n", encoding="utf-8")
    (project / "setup.cfg").write_text("[letterlint]\nrules_dirs = regels\n", encoding="utf-8")
    _assert_config_error(cli("check", "brief.txt"), "kapot.yaml")
    _assert_config_error(cli("rules"), "kapot.yaml")


def test_max_file_size_from_the_file_refuses_a_bigger_letter(project, cli):
    (project / "setup.cfg").write_text("[letterlint]\nmax_file_size_mb = 0.0001\n", encoding="utf-8")
    result = cli("check", "brief.txt")
    assert result.exit_code == 2
    assert "te groot" in result.output
