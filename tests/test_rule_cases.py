"""Every rule's own cases (tests/rules/<ID>.yml, in the style of sqlfluff's yaml rule tests), run
through the real Linter: a failing case must produce the rule's finding (with the expected count
or message fragment, and the ``fixed`` text after the safe fixes), a passing case none.

A case file::

    rule: JA01
    cases:
      - name: teneinde_wordt_om
        text: Wij sturen u dit formulier teneinde ...   # running text, wrapped in a minimal letter
        fail: true
        message: teneinde                              # a fragment of one finding's message
        count: 1                                       # optional: exactly this many findings
        fixed: Wij sturen u dit formulier om ...       # optional: the text after `letterlint fix`
      - name: gewone_woorden
        letter: |                                      # or a whole letter, as is
          ...
        letter_type: besluit                           # optional: the type instead of detecting it
        fail: false
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from conftest import wrap_letter
from letterlint.config import Config
from letterlint.engine.linter import Linter
from letterlint.rewrite.fix import fix_text_bytes

CASES = Path(__file__).resolve().parent / "rules"
CASE_KEYS = {"name", "text", "letter", "letter_type", "fail", "message", "count", "fixed"}


def _case_files() -> dict[str, dict]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(CASES.glob("*.yml"))}


def _params():
    for stem, data in _case_files().items():
        for case in data["cases"]:
            yield pytest.param(data["rule"], case, id=f"{stem}-{case['name']}")


@lru_cache(maxsize=None)
def _linter(letter_type: str | None) -> Linter:
    return Linter(Config(letter_type=letter_type))


def _source(case: dict) -> str:
    return case["letter"] if "letter" in case else wrap_letter(case["text"])


@pytest.mark.parametrize("rule, case", list(_params()))
def test_rule_case(rule, case):
    assert set(case) <= CASE_KEYS and ("text" in case) != ("letter" in case), case
    source = _source(case)
    result = _linter(case.get("letter_type")).lint_text(source, f"{rule}-{case['name']}.md", "markdown")
    assert result.error is None, result.error
    found = [finding for finding in result.findings if finding.rule == rule]
    described = [f"{f.location.line}: {f.message}" for f in found]
    if not case["fail"]:
        assert found == [], described
        return
    assert found, f"{rule} found nothing; all findings: {[(f.rule, f.message) for f in result.findings]}"
    if "count" in case:
        assert len(found) == case["count"], described
    if "message" in case:
        assert any(case["message"] in f.message for f in found), described
    if "fixed" in case:
        _payload, _edits, _skipped, _before, after = fix_text_bytes(source.encode("utf-8"), found)
        assert after == _source({"text": case["fixed"]}) if "text" in case else after == case["fixed"]


def test_every_rule_of_the_pack_has_a_failing_and_a_passing_case():
    files = _case_files()
    for rule in _linter(None).pack:
        assert rule.id in files, f"tests/rules/{rule.id}.yml ontbreekt"
        data = files[rule.id]
        assert data["rule"] == rule.id
        outcomes = {case["fail"] for case in data["cases"]}
        assert outcomes == {True, False}, f"{rule.id}: needs a failing and a passing case"


def test_rules_with_safe_fixes_show_the_fixed_text():
    """A rule whose findings can be fixed (JA01 substitutions, TO02) has a case with ``fixed``."""
    files = _case_files()
    for rule_id in ("JA01", "TO02"):
        assert any("fixed" in case for case in files[rule_id]["cases"]), rule_id
