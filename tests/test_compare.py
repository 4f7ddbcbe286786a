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
    numeric = {f.name for f in dataclasses.fields(Readability)} - {"level", "reasons", "components", "shown"}
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
    assert set(data) == {"tool", "a", "b", "metrics", "sections", "findings", "sentence_diff", "summary"}
    assert {row["change"] for row in data["sentence_diff"]} <= {"unchanged", "rewritten", "split", "merged", "removed", "added"}
    assert set(data["summary"]["sentences"]) == {"unchanged", "rewritten", "split", "merged", "removed", "added"}
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


# --------------------------------------------------------------------------- sentence-level diff (issue 14)


def test_sentence_diff_says_what_was_rewritten_split_merged_removed_and_added():
    from letterlint.evaluation.compare import sentence_diff

    a = [
        "Wij hebben uw aanvraag voor een parkeervergunning ontvangen.",
        "Teneinde uw aanvraag te kunnen beoordelen verzoeken wij u een kopie van uw kentekenbewijs en een "
        "recente loonstrook van uw werkgever op te sturen.",
        "Gelet op het vorenstaande wordt u verzocht binnen twee weken te reageren.",
        "Het college van burgemeester en wethouders hecht aan een zorgvuldige afhandeling.",
        "Uw aanvraag wordt behandeld door het team parkeren.",
        "Het team parkeren is bereikbaar op werkdagen.",
    ]
    b = [
        "Wij hebben uw aanvraag voor een parkeervergunning ontvangen.",
        "Wij willen uw aanvraag beoordelen.",
        "Stuur ons daarvoor een kopie van uw kentekenbewijs.",
        "Stuur ook een recente loonstrook van uw werkgever.",
        "Reageer binnen twee weken.",
        "Het team parkeren behandelt uw aanvraag en is bereikbaar op werkdagen.",
        "Heeft u vragen? Bel ons gerust.",
    ]
    rows = sentence_diff(a, b)
    by_first = {row.a[0] if row.a else row.b[0]: row for row in rows}
    assert by_first[a[0]].change == "unchanged"
    assert by_first[a[1]].change == "split" and by_first[a[1]].b == (b[1], b[2], b[3])
    assert by_first[a[2]].change == "rewritten" and by_first[a[2]].b == (b[4],)
    assert by_first[a[3]].change == "removed" and by_first[a[3]].b == ()
    assert {by_first[a[4]].change, by_first[a[5]].change} == {"rewritten", "merged"}
    assert by_first[b[6]].change == "added" and by_first[b[6]].a == ()
    # rows keep the order of A, with B's new sentence after the sentence it follows
    assert [row.a[0] for row in rows if row.a] == a
    assert rows[-1].change == "added"


def test_compare_html_shows_both_texts_side_by_side_and_calls_the_rule_column_controle(cli, tmp_path):
    out = tmp_path / "vergelijking.html"
    result = cli("compare", str(ORIGINAL), str(REWRITE), "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<h2>De twee teksten naast elkaar</h2>" in html
    assert '<th scope="col">Versie A</th><th scope="col">Wat er gebeurde</th><th scope="col">Versie B</th>' in html
    assert "herschreven" in html and ("toegevoegd" in html or "weggelaten" in html)
    assert '<th scope="col">Controle</th>' in html and '<th scope="col">Regel</th>' not in html


def test_compare_shows_paths_relative_to_where_it_runs(cli, monkeypatch):
    monkeypatch.chdir(CORPUS)
    result = cli("compare", str(ORIGINAL), str(REWRITE), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["a"]["path"] == str(ORIGINAL.relative_to(CORPUS))
    assert data["b"]["path"] == str(REWRITE.relative_to(CORPUS))
    text = cli("compare", str(ORIGINAL), str(REWRITE))
    assert str(CORPUS) not in text.output and "controle" in text.output


def test_redacted_compare_masks_personal_data_in_the_side_by_side_text(cli, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Geachte heer Jansen,\n\nUw burgerservicenummer 111222333 is bij ons bekend. Wij verzoeken u "
                 "derhalve te bellen met 0570 123 456.\n\nMet vriendelijke groet,\n\nSanne Bakker\n", encoding="utf-8")
    b.write_text("Beste heer Jansen,\n\nUw burgerservicenummer 111222333 kennen wij. Bel ons op 0570 123 456.\n\n"
                 "Met vriendelijke groet,\n\nSanne Bakker\n", encoding="utf-8")
    result = cli("compare", str(a), str(b), "--format", "json", "--redact")
    assert result.exit_code == 0, result.output
    assert "111222333" not in result.stdout and "0570 123 456" not in result.stdout
    assert "[BSN]" in result.stdout
