"""``letterlint compare``: two versions side by side, findings matched by rule and text."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter

import pytest
from conftest import CLEAN_LETTER, CORPUS

from letterlint.evaluation.compare import METRIC_LABELS, compare_results, match_findings, normalise
from letterlint.findings import Finding, Location, Severity
from letterlint.readability import Readability

ORIGINAL = CORPUS / "burgerzaken" / "bz-01-origineel.md"
REWRITE = CORPUS / "burgerzaken" / "bz-01-b1.md"


def _finding(rule: str, text: str, line: int) -> Finding:
    return Finding(rule, "jargon", Severity.WARNING, f"'{text}' is ambtelijke taal.", Location(line, 1, line, 9), text)


@pytest.fixture(scope="module")
def pair(linter):
    results = list(linter.lint_paths([str(ORIGINAL), str(REWRITE)]))
    return results[0], results[1], compare_results(results[0], results[1])


def test_findings_match_by_rule_and_normalised_text_not_by_location():
    a = [_finding("JA01", "teneinde", 3), _finding("JA01", "Teneinde", 9), _finding("JA01", "derhalve", 4),
         _finding("SY01", "wordt  verzocht", 5)]
    b = [_finding("JA01", "teneinde", 20), _finding("SY01", "wordt verzocht", 1), _finding("JA01", "thans", 2),
         _finding("RD03", "teneinde", 2)]
    disappeared, remained, appeared = match_findings(a, b)
    assert {(c.rule, normalise(c.text), c.count) for c in disappeared} == {("JA01", "teneinde", 1), ("JA01", "derhalve", 1)}
    assert {(c.rule, normalise(c.text), c.count) for c in remained} == {("JA01", "teneinde", 1), ("SY01", "wordt verzocht", 1)}
    assert {(c.rule, normalise(c.text), c.count) for c in appeared} == {("JA01", "thans", 1), ("RD03", "teneinde", 1)}


def test_normalise_ignores_case_accents_punctuation_and_spacing():
    assert normalise("  Vóórdat,  U ") == normalise("voordat u") == "voordat u"


def test_b1_rewrite_compares_as_easier_with_the_linters_own_numbers(pair):
    result_a, result_b, comparison = pair
    assert comparison.a.score == result_a.readability.score and comparison.b.score == result_b.readability.score
    assert comparison.b.score > comparison.a.score
    score = next(m for m in comparison.metrics if m.name == "score")
    assert score.delta == pytest.approx(result_b.readability.score - result_a.readability.score)
    assert score.easier == "b"
    sentence_length = next(m for m in comparison.metrics if m.name == "avg_sentence_length")
    assert sentence_length.delta < 0 and sentence_length.easier == "b"
    numeric = {f.name for f in dataclasses.fields(Readability)} - {"level", "reasons", "components"}
    assert {m.name for m in comparison.metrics} == numeric == set(METRIC_LABELS)
    assert comparison.b.sections["contact_named_person"] and not comparison.a.sections["contact_named_person"]


def test_finding_changes_add_up_to_both_versions_counts(pair):
    result_a, result_b, comparison = pair
    total = lambda changes: sum(c.count for c in changes)
    assert total(comparison.disappeared) + total(comparison.remained) == len(result_a.findings)
    assert total(comparison.appeared) + total(comparison.remained) == len(result_b.findings)
    keys_a = Counter((f.rule, normalise(f.text)) for f in result_a.findings)
    assert ("JA01", "teneinde") in keys_a
    assert any(c.rule == "JA01" and normalise(c.text) == "teneinde" for c in comparison.disappeared)


def test_json_output_has_the_documented_structure(cli):
    result = cli("compare", str(ORIGINAL), str(REWRITE), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"tool", "a", "b", "metrics", "sections", "findings", "summary"}
    assert set(data["a"]) == {"path", "score", "level", "letter_type", "findings", "sections", "required_sections"}
    assert set(data["metrics"][0]) == {"name", "label", "a", "b", "delta", "easier"}
    assert set(data["findings"]) == {"disappeared", "remained", "appeared"}
    assert set(data["findings"]["disappeared"][0]) == {"rule", "category", "severity", "text", "message", "count"}
    assert data["summary"]["score_delta"] == pytest.approx(data["b"]["score"] - data["a"]["score"], abs=1e-6)
    assert data["summary"]["disappeared"] + data["summary"]["remained"] == data["a"]["findings"]
    assert [s["name"] for s in data["sections"]] == ["next_steps", "objection", "contact", "contact_named_person", "reason"]


def test_text_output_is_plain_tables_when_piped(cli):
    result = cli("compare", str(ORIGINAL), str(REWRITE))
    assert result.exit_code == 0
    assert "\x1b[" not in result.output
    for heading in ("Leesbaarheid", "Onderdelen", "Meldingen verdwenen", "Meldingen gebleven", "Meldingen nieuw"):
        assert heading in result.output
    assert "B makkelijker" in result.output


def test_html_is_dutch_accessible_and_escapes_what_it_shows(cli, tmp_path):
    tricky = tmp_path / "brief<img src=x onerror=alert(1)>.txt"
    tricky.write_text(CLEAN_LETTER.replace("Neem uw oude pas mee.", "Neem Uw oude pas mee."), encoding="utf-8")
    out = tmp_path / "vergelijking.html"
    result = cli("compare", str(ORIGINAL), str(tricky), "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    assert "<img" not in html and "brief&lt;img src=x onerror=alert(1)&gt;.txt" in html
    assert "<h1>" in html and "<h2>Leesbaarheid</h2>" in html and '<th scope="col">' in html
    assert "<caption>" in html and "TO02" in html
    assert not list(tmp_path.glob(".*.tmp"))


def test_out_never_overwrites_an_input(cli, tmp_path):
    copy = tmp_path / "b1.md"
    copy.write_bytes(REWRITE.read_bytes())
    result = cli("compare", str(ORIGINAL), str(copy), "--format", "json", "--out", str(copy))
    assert result.exit_code == 2 and "invoerbestand" in result.output
    assert copy.read_bytes() == REWRITE.read_bytes()


def test_unreadable_version_is_one_dutch_line_naming_the_file(cli, tmp_path):
    result = cli("compare", str(ORIGINAL), str(tmp_path / "weg.md"))
    assert result.exit_code == 2
    assert "weg.md" in result.output and "Traceback" not in result.output


def test_a_folder_is_refused_before_anything_is_linted(cli):
    result = cli("compare", str(CORPUS / "burgerzaken"), str(REWRITE))
    assert result.exit_code == 2 and "burgerzaken: dit is een map" in result.output
