"""The one schema layer (letterlint/schema.py): every data file is checked against a JSON Schema and
every mistake is one Dutch line naming the file and the key; one yes/no parser; rule files are
recognised by what they contain, not by their name."""

from __future__ import annotations

import pytest

from letterlint.config import ConfigError, from_mapping, validate_against
from letterlint.rulepack import RulePackError, load_rule_pack
from letterlint.schema import key_path, parse_boolean, validate
from letterlint.templating.library import PROFILE_SCHEMA, TemplateError

RULE = """\
rules:
  - id: HS02
    name: zwembad
    category: style
    severity: warning
    kind: existence
    message: "Noem het zwembad bij naam: '{match}'."
    rationale: "Inwoners kennen het zwembad bij zijn naam."
    example: {bad: "Ga naar het zwembad.", good: "Ga naar zwembad De Welle."}
    entries:
      - {match: "het zwembad"}
"""


# --------------------------------------------------------------------------- yes/no


@pytest.mark.parametrize("text", ["true", "Ja", "yes", "ON", "1", True])
def test_every_yes_word_is_true(text):
    assert parse_boolean(text) is True


@pytest.mark.parametrize("text", ["false", "Nee", "no", "off", "0", False])
def test_every_no_word_is_false(text):
    assert parse_boolean(text) is False


def test_config_and_rule_parameters_read_yes_and_no_alike():
    """cache (a setting) and a true/false rule parameter accept the same words (once two parsers)."""
    class Rule:
        params = {"strikt": False}

    for word, expected in (("ja", True), ("off", False), ("yes", True)):
        assert from_mapping({"cache": word}, "setup.cfg").cache is expected
        config = from_mapping({"HS02.strikt": word}, "setup.cfg")
        typed = validate_against(config, {"HS02": Rule()}, ("style",))
        assert typed.rule_params["HS02"]["strikt"] is expected
    with pytest.raises(ConfigError, match=r"setup\.cfg: 'cache' heeft een ongeldige waarde 'misschien'"):
        from_mapping({"cache": "misschien"}, "setup.cfg")


# --------------------------------------------------------------------------- messages


def test_key_paths_count_list_positions_from_one():
    assert key_path(["entries", 1, "match"]) == "entries nr. 2.match"


def test_a_department_profile_mistake_names_file_and_nested_key():
    profile = {"name": "Burgerzaken", "municipality": "Gemeente Lindenburg", "register": "u",
               "contact": {"name": "Sanne Bakker", "role": "medewerker", "phone": "14 0570"},
               "general_phone": "14 0570", "address": ["Postbus 1450"],
               "objection": {"address": ["Postbus 1450"], "url": "https://lindenburg.example/bezwaar"},
               "signature": {"name": "P. de Wit", "role": "teamleider"}}
    with pytest.raises(TemplateError, match=r"^burgerzaken\.yaml: sleutel 'contact\.email' ontbreekt$"):
        validate(profile, PROFILE_SCHEMA, "burgerzaken.yaml", TemplateError)
    profile["contact"]["email"] = "burgerzaken@lindenburg.example"
    profile["objection"]["weken"] = 6
    with pytest.raises(TemplateError, match=r"^burgerzaken\.yaml: onbekende sleutel 'objection\.weken'$"):
        validate(profile, PROFILE_SCHEMA, "burgerzaken.yaml", TemplateError)


# --------------------------------------------------------------------------- rule files by content


def test_a_facts_file_needs_no_empty_rules_list_and_reaches_the_pack(tmp_path):
    (tmp_path / "huisstijl.yaml").write_text(RULE, encoding="utf-8")
    (tmp_path / "kenmerken.yaml").write_text("facts:\n  case_number_labels: [ons dossier]\n", encoding="utf-8")
    pack = load_rule_pack((str(tmp_path),))
    assert "HS02" in pack.rules
    assert pack.facts["case_number_labels"] == ["ons dossier"]
    assert "decision_cues" in pack.facts  # the bundled facts.yaml is still there


def test_a_structure_file_is_recognised_by_its_keys_whatever_its_name(tmp_path):
    (tmp_path / "onze-onderdelen.yaml").write_text(
        "core_first:\n  weak_openings: ['^hierbij delen wij u mede']\n", encoding="utf-8")
    pack = load_rule_pack((str(tmp_path),))
    assert pack.structure["core_first"]["weak_openings"] == ["^hierbij delen wij u mede"]
    assert "letter_types" in pack.structure


def test_a_file_that_is_no_kind_of_rule_file_is_refused_naming_it(tmp_path):
    (tmp_path / "regels.yaml").write_text("regels:\n  - id: HS02\n", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"regels\.yaml: onbekend soort regelbestand") as caught:
        load_rule_pack((str(tmp_path),))
    assert "\n" not in str(caught.value)


def test_a_lexicon_folder_adds_word_lists_and_verbs(tmp_path):
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "verbs.yaml").write_text("fietsen: [fietste, fietsten, gefietst]\n", encoding="utf-8")
    (tmp_path / "lexicon" / "streek.yaml").write_text("woorden: [mudde, schepel]\n", encoding="utf-8")
    pack = load_rule_pack((str(tmp_path),))
    assert pack.verbs["fietsen"] == ("fietste", "fietsten", "gefietst")
    assert "zijn" in pack.verbs
    assert pack.lexicon["streek"] == {"woorden": ["mudde", "schepel"]}


def test_a_mistake_inside_an_entry_names_the_rule_and_the_entry(tmp_path):
    (tmp_path / "huisstijl.yaml").write_text(RULE.replace('{match: "het zwembad"}',
                                                          '{match: "het zwembad", alternatief: "De Welle"}'),
                                             encoding="utf-8")
    with pytest.raises(RulePackError, match=r"^huisstijl\.yaml regel 1 \(HS02\): onbekende sleutel "
                                            r"'entries nr\. 1\.alternatief'$"):
        load_rule_pack((str(tmp_path),))


# --------------------------------------------------------------------------- gold files


def test_a_gold_mistake_names_the_file_and_the_nested_key():
    from letterlint.evaluation.scores import GoldError, parse_gold

    gold = {"letter": "brief.md", "case": "WI-0001", "department": "werk-en-inkomen", "version": "original",
            "letter_type": "besluit", "expected_level": "B2", "jargon": [], "passive": [],
            "sections": {"next_steps": True, "objection": True, "contact": True, "contact_named_person": False,
                         "reason": True},
            "remedies": [{"type": "bezwaar", "termijn": "zes weken"}]}
    with pytest.raises(GoldError, match=r"^brief\.gold\.yaml: onbekende sleutel 'remedies nr\. 1\.termijn'$"):
        parse_gold(gold, "brief.gold.yaml", ["Geachte heer Jansen,"])
    gold["remedies"] = [{"type": "bezwaar", "term": "zes weken"}]
    gold["letter_type"] = "nieuwsbrief"
    with pytest.raises(GoldError, match=r"^brief\.gold\.yaml: sleutel 'letter_type' is 'nieuwsbrief', kies uit besluit"):
        parse_gold(gold, "brief.gold.yaml", ["Geachte heer Jansen,"])
