"""The rule pack: every rule complete and in Dutch, ids unique, examples true; `rules` and `explain`."""

from __future__ import annotations

import re

import pytest
import yaml
from wordfreq import zipf_frequency

from letterlint.checks import CODE_CHECKS
from letterlint.findings import Severity
from letterlint.rulepack import CATEGORIES, RulePackError, bundled_rules_dir, load_rule_pack

from conftest import RULES, findings_of

PACK = load_rule_pack()
RULE_IDS = sorted(PACK.rules)
# rules about the letter as a whole: their examples describe letters, not sentences
LETTER_LEVEL = {"RD04", "ST01", "ST02", "ST03", "ST04", "ST05", "ST06"}


def dutch_share(text: str) -> float:
    """Share of the words that are at least as common in Dutch as in English (wordfreq)."""
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"\{\w+\}", " ", text).lower())
    if not words:
        return 0.0
    return sum(1 for word in words if zipf_frequency(word, "nl") >= zipf_frequency(word, "en")) / len(words)


def test_dutch_share_tells_dutch_from_english():
    assert dutch_share("Deze zin telt te veel woorden. Maak er twee zinnen van.") >= 0.8
    assert dutch_share("This sentence has too many words. Split it into two sentences.") <= 0.3


def test_bundled_rules_are_the_repository_rules():
    assert (bundled_rules_dir() / "core.yaml").read_bytes() == (RULES / "core.yaml").read_bytes()


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_is_complete_and_in_dutch(rule_id):
    rule = PACK.rules[rule_id]
    assert re.fullmatch(r"[A-Z]{2}\d{2}", rule.id)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name), rule.name
    assert rule.category in CATEGORIES
    assert isinstance(rule.severity, Severity)
    assert rule.kind in ("substitution", "existence", "code")
    for field in ("message", "rationale", "example_bad", "example_good"):
        value = getattr(rule, field)
        assert value.strip(), f"{rule_id}: {field} is empty"
        assert dutch_share(value) >= 0.6, f"{rule_id}: {field} does not read as Dutch: {value!r}"
    assert rule.example_bad != rule.example_good
    assert len(rule.rationale.split()) >= 10, f"{rule_id}: the rationale should explain why"


def test_rule_ids_are_unique_across_the_yaml_files():
    seen: dict[str, str] = {}
    duplicates = []
    for path in sorted(RULES.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "rules" not in data:
            continue
        for raw in data["rules"]:
            if raw["id"] in seen:
                duplicates.append(f"{raw['id']} in {seen[raw['id']]} and {path.name}")
            seen[raw["id"]] = path.name
    assert not duplicates
    assert set(seen) == set(PACK.rules)


def test_every_code_rule_has_a_check_and_every_check_a_rule():
    from letterlint.engine.suppression import RULES as SUPPRESSION_RULES

    code_rules = {rule.id for rule in PACK if rule.kind == "code"}
    assert code_rules == set(CODE_CHECKS) | set(SUPPRESSION_RULES)


def test_data_rule_entries_give_an_alternative_or_advice():
    missing = [f"{rule.id}: {entry.match}" for rule in PACK if rule.kind != "code" for entry in rule.entries
               if not entry.alternatives and not entry.advice]
    assert not missing


def test_existence_rule_entries_have_advice_for_the_message():
    missing = [f"{rule.id}: {entry.match}" for rule in PACK if rule.kind == "existence"
               and "{advice}" in rule.message for entry in rule.entries if not entry.advice]
    assert not missing


def test_jargon_entries_are_unique():
    if "JA01" not in PACK.rules:
        pytest.skip("rules/jargon.yaml (JA01) is not there yet")
    matches = [entry.match.lower() for entry in PACK.rules["JA01"].entries]
    assert len(matches) == len(set(matches)), sorted({m for m in matches if matches.count(m) > 1})


SENTENCE_RULES = [rule_id for rule_id in RULE_IDS if rule_id not in LETTER_LEVEL]


@pytest.mark.parametrize("rule_id", SENTENCE_RULES)
def test_rule_example_bad_is_flagged_and_good_is_not(rule_id, lint_body):
    rule = PACK.rules[rule_id]
    bad = findings_of(lint_body(rule.example_bad), rule_id)
    good = findings_of(lint_body(rule.example_good), rule_id)
    assert bad, f"{rule_id} does not flag its own bad example: {rule.example_bad!r}"
    assert not good, f"{rule_id} flags its own good example: {[f.text for f in good]}"


# --------------------------------------------------------------------------- extra rule folders

GOOD_RULE = """\
rules:
  - id: HS01
    name: huisstijl-woorden
    category: jargon
    severity: info
    kind: substitution
    message: "Schrijf '{alternatives}' in plaats van '{match}'."
    rationale: "In onze huisstijl schrijven wij gewone woorden die elke inwoner kent en begrijpt."
    example:
      bad: "Wij doen dit teneinde u te helpen."
      good: "Wij doen dit om u te helpen."
    entries:
      - {match: "teneinde", alternatives: ["om"]}
"""

BROKEN_RULES = {
    "yaml": "rules:\n  - id: HS01\n    name: [kapot\n",
    "missing-key": GOOD_RULE.replace('    rationale: "In onze huisstijl schrijven wij gewone woorden die elke '
                                     'inwoner kent en begrijpt."\n', ""),
    "category": GOOD_RULE.replace("category: jargon", "category: spelling"),
    "no-entries": GOOD_RULE.split("    entries:")[0],
    "not-a-list": "regels:\n  - id: HS01\n",
}


def test_extra_folder_adds_a_rule(tmp_path):
    (tmp_path / "huisstijl.yaml").write_text(GOOD_RULE, encoding="utf-8")
    pack = load_rule_pack((str(tmp_path),))
    assert "HS01" in pack.rules
    assert set(PACK.rules) < set(pack.rules)


@pytest.mark.parametrize("mistake", sorted(BROKEN_RULES))
def test_rule_pack_error_is_one_line_naming_the_file(mistake, tmp_path):
    (tmp_path / "huisstijl.yaml").write_text(BROKEN_RULES[mistake], encoding="utf-8")
    with pytest.raises(RulePackError) as caught:
        load_rule_pack((str(tmp_path),))
    message = str(caught.value)
    assert "huisstijl.yaml" in message
    assert "\n" not in message.strip()


def test_missing_extra_folder_is_a_rule_pack_error(tmp_path):
    with pytest.raises(RulePackError, match="bestaat niet"):
        load_rule_pack((str(tmp_path / "weg"),))


def _same_pack(one, other) -> bool:
    return (one == other and one.readability == other.readability and one.lexicon == other.lexicon
            and one.blocks == other.blocks)


def test_the_suites_rule_pack_cache_gives_what_the_real_loader_gives(_rule_pack_once_per_content, tmp_path):
    """conftest.py lets the library's calls load each distinct set of rule files once; this proves
    the packs it hands out are the real loader's, a fresh copy each time, and that an edited rule
    file is loaded anew."""
    cached, real = _rule_pack_once_per_content, _rule_pack_once_per_content.__wrapped__
    assert real is load_rule_pack
    from letterlint.cli import common
    from letterlint.engine import linter, run
    assert run.load_rule_pack is linter.load_rule_pack is common.load_rule_pack is cached
    first, second = cached(), cached()
    assert _same_pack(first, real()) and _same_pack(second, first)
    assert first is not second and first.blocks is not second.blocks and first.rules is not second.rules
    (tmp_path / "huisstijl.yaml").write_text(GOOD_RULE, encoding="utf-8")
    extended = cached((str(tmp_path),))
    assert _same_pack(extended, real((str(tmp_path),))) and "HS01" in extended.rules
    (tmp_path / "huisstijl.yaml").write_text(GOOD_RULE.replace("HS01", "HS02"), encoding="utf-8")
    edited = cached((str(tmp_path),))
    assert "HS02" in edited.rules and "HS01" not in edited.rules
    (tmp_path / "huisstijl.yaml").write_text(BROKEN_RULES["yaml"], encoding="utf-8")
    with pytest.raises(RulePackError, match="huisstijl.yaml"):
        cached((str(tmp_path),))


# --------------------------------------------------------------------------- CLI


def test_rules_command_lists_every_rule(cli):
    result = cli("rules")
    assert result.exit_code == 0
    listed = set(re.findall(r"\b[A-Z]{2}\d{2}\b", result.stdout))
    assert listed == set(RULE_IDS)


def test_rules_command_filters_by_category(cli):
    result = cli("rules", "--category", "structure")
    assert result.exit_code == 0
    assert set(re.findall(r"\b[A-Z]{2}\d{2}\b", result.stdout)) == {r.id for r in PACK if r.category == "structure"}


def _explain_shows(cli, rule_id: str) -> None:
    rule = PACK.rules[rule_id]
    result = cli("explain", rule_id.lower())
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    for text in (rule.id, rule.rationale, rule.example_bad, rule.example_good):
        assert " ".join(text.split()) in flat


def test_explain_ja01_shows_rationale_and_example(cli):
    if "JA01" not in PACK.rules:
        pytest.skip("rules/jargon.yaml (JA01) is not there yet")
    _explain_shows(cli, "JA01")
    assert "teneinde" in cli("explain", "JA01").stdout


@pytest.mark.parametrize("rule_id", ["RD01", "SY01", "ST05", "TO05"])
def test_explain_shows_rationale_and_example(cli, rule_id):
    _explain_shows(cli, rule_id)


def test_explain_unknown_rule_exits_2_with_a_message(cli):
    result = cli("explain", "XX99")
    assert result.exit_code == 2
    assert "XX99" in result.stderr
    assert result.stdout == ""
