"""``letterlint eval``: the matching of findings to gold, and a regression gate over corpus/.

The matching tests use hand-made findings, so they run without spaCy. The gate lints the real
corpus once (module fixture) and asserts that every figure stays at or above a threshold pinned
slightly below what was measured (see docs/evaluation.md). When the linter gets better, raise the
thresholds; when the pipeline changes (blank -> embedded), re-measure and re-pin them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from click.testing import CliRunner

from letterlint.cli.main import main
from letterlint.config import Config
from letterlint.engine.linter import LetterResult, Linter
from letterlint.evaluation.scores import Gold, GoldError, find_gold_files, load_gold, GoldSpan, evaluate, gold_range, load_golds, locate_spans, match_jargon, match_passive, parse_gold
from letterlint.findings import Finding, Location, Severity

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


# --------------------------------------------------------------------------- helpers


def jargon_finding(line: int, column: int, end_column: int, text: str = "x", *, end_line: int | None = None,
                   part: str = "body", category: str = "jargon") -> Finding:
    """A finding at 1-based ``column`` .. ``end_column`` (exclusive), like the linter reports."""
    return Finding("JA01", category, Severity.WARNING, "", Location(line, column, end_line or line, end_column, part=part),
                   text=text)


def at(line_text: str, needle: str, line: int = 1, nth: int = 0) -> Finding:
    """A jargon finding exactly on the ``nth`` occurrence of ``needle`` in ``line_text``."""
    start = -1
    for _ in range(nth + 1):
        start = line_text.index(needle, start + 1)
    return jargon_finding(line, start + 1, start + len(needle) + 1, needle)


def passive_finding(sentence: str, line: int = 1, rule: str = "SY01") -> Finding:
    return Finding(rule, "style", Severity.INFO, "", Location(line, 1, line, 5), text="is", sentence=sentence)


def gold(case: str = "t-01", version: str = "original", *, letter_type: str = "besluit", level: str = "C1",
         sections: dict | None = None, jargon=(), passive=(), lines=()) -> Gold:
    return Gold(path=f"{case}-{version}.gold.yaml", letter_path=f"{case}-{version}.md", case=case, department="test",
                version=version, letter_type=letter_type, subtype="", expected_level=level,
                sections=sections or dict.fromkeys(("next_steps", "objection", "contact", "contact_named_person",
                                                    "reason"), False),
                jargon=[GoldSpan(*item) for item in jargon], passive=[GoldSpan(*item) for item in passive],
                lines=list(lines))


def result(g: Gold, *, score: float = 50.0, level: str = "B2", letter_type: str | None = "besluit",
           sections: dict | None = None, findings=()) -> LetterResult:
    structure = SimpleNamespace(letter_type=letter_type, sections=sections or {}, evidence={})
    return LetterResult(path=g.letter_path, readability=SimpleNamespace(score=score, level=level),
                        structure=structure, findings=list(findings))


# --------------------------------------------------------------------------- locating gold spans


def test_gold_span_matches_whole_words_not_inside_longer_words():
    line = "De termijn is te kort, zodat u te laat bent."
    assert gold_range(line, "te") == (line.index(" te ") + 1, line.index(" te ") + 3)


def test_split_span_runs_from_first_part_start_to_last_part_end():
    line = "Het bedrag dient u binnen twee weken te betalen."
    start = line.index("dient")
    assert gold_range(line, "dient ... te") == (start, line.index(" te ") + 3)


def test_repeated_span_listed_twice_takes_occurrences_in_order():
    line = "Wij hebben reeds betaald en u heeft reeds gebeld."
    first, second = line.index("reeds"), line.rindex("reeds")
    assert locate_spans(line, ["reeds", "reeds"]) == [(first, first + 5), (second, second + 5)]


def test_split_span_beside_the_same_contiguous_span_takes_the_other_occurrence():
    line = "U dient te betalen. Ook dient u de brief te tekenen."
    split, contiguous = locate_spans(line, ["dient ... te", "dient te"])
    assert contiguous == (line.index("dient te"), line.index("dient te") + len("dient te"))
    assert split == (line.rindex("dient"), line.rindex(" te ") + 3)


def test_repeated_split_spans_take_successive_occurrences():
    line = "U dient zich te melden. Lukt dat niet, dan dient u direct contact op te nemen."
    first, second = locate_spans(line, ["dient ... te", "dient ... te"])
    assert line[first[0]:first[1]] == "dient zich te"
    assert line[second[0]:second[1]] == "dient u direct contact op te"


def test_interleaved_split_spans_both_find_their_place():
    line = "Wij zullen handhavend dienen op te treden."
    outer, inner = locate_spans(line, ["handhavend ... treden", "dienen ... te"])
    assert line[outer[0]:outer[1]] == "handhavend dienen op te treden"
    assert line[inner[0]:inner[1]] == "dienen op te"


def test_split_span_skips_a_last_part_taken_by_another_span():
    line = "U dient het bedrag te betalen en het formulier te tekenen."
    split, taken = locate_spans(line, ["dient ... te", "te betalen"])
    assert taken == (line.index("te betalen"), line.index("te betalen") + len("te betalen"))
    assert line[split[0]:split[1]] == "dient het bedrag te betalen en het formulier te"


def test_span_that_is_not_on_its_line_cannot_be_located():
    assert gold_range("Wij betalen het bedrag uit.", "derhalve") is None
    assert locate_spans("reeds", ["reeds", "reeds"]) == [(0, 5), None]


# --------------------------------------------------------------------------- jargon matching


LINE = "Indien u het bedrag reeds heeft betaald, dient u derhalve niets te doen."


def test_jargon_finding_overlapping_gold_range_is_a_hit():
    finding = jargon_finding(1, LINE.index("derhalve") + 3, LINE.index("derhalve") + 5)  # part of the word
    match = match_jargon([GoldSpan(1, "derhalve")], [finding], [LINE])
    assert (len(match.found), len(match.missed), len(match.false_alarms)) == (1, 0, 0)


def test_jargon_finding_that_only_touches_gold_range_is_a_false_alarm():
    end = LINE.index("reeds") + len("reeds")
    finding = jargon_finding(1, end + 1, end + 2)  # starts right after the gold span (end exclusive)
    match = match_jargon([GoldSpan(1, "reeds")], [finding], [LINE])
    assert (len(match.found), len(match.missed), len(match.false_alarms)) == (0, 1, 1)


def test_jargon_finding_on_another_line_does_not_find_the_gold_span():
    lines = [LINE, LINE]
    match = match_jargon([GoldSpan(1, "reeds")], [at(LINE, "reeds", line=2)], lines)
    assert [span.line for span in match.missed] == [1]
    assert len(match.false_alarms) == 1


def test_one_jargon_finding_can_find_two_overlapping_gold_spans():
    finding = jargon_finding(1, LINE.index("dient") + 1, LINE.index(" te ") + 4, "dient … te")
    match = match_jargon([GoldSpan(1, "dient ... te"), GoldSpan(1, "derhalve")], [finding], [LINE])
    assert len(match.found) == 2 and len(match.matched_findings) == 1


def test_split_gold_span_is_found_by_a_finding_on_its_last_part():
    match = match_jargon([GoldSpan(1, "dient ... te")], [at(LINE, " te ")], [LINE])
    assert len(match.found) == 1


def test_repeated_gold_span_needs_a_finding_on_each_occurrence():
    line = "Wij hebben reeds betaald en u heeft reeds gebeld."
    match = match_jargon([GoldSpan(1, "reeds"), GoldSpan(1, "reeds")], [at(line, "reeds", nth=1)], [line])
    assert len(match.found) == 1 and len(match.missed) == 1


def test_finding_running_onto_the_next_line_covers_the_rest_of_its_first_line():
    lines = ["Wij vragen u zorg te", "dragen voor het volgende."]
    finding = jargon_finding(1, lines[0].index("zorg") + 1, 7, "zorg … dragen", end_line=2)
    match = match_jargon([GoldSpan(1, "zorg te")], [finding], lines)
    assert len(match.found) == 1


def test_only_jargon_findings_take_part_in_jargon_matching():
    other = jargon_finding(1, 1, 7, "Indien", category="readability")
    match = match_jargon([GoldSpan(1, "Indien")], [other], [LINE])
    assert (len(match.found), len(match.false_alarms)) == (0, 0)


def test_docx_table_finding_never_matches_a_body_paragraph():
    finding = jargon_finding(1, 1, 7, "Indien", part="table")
    match = match_jargon([GoldSpan(1, "Indien")], [finding], [LINE])
    assert (len(match.found), len(match.false_alarms)) == (0, 1)


# --------------------------------------------------------------------------- passive matching


def test_passive_gold_is_found_when_an_sy01_sentence_contains_it_whitespace_normalised():
    sentence = "Uw aanvraag is  op 3 maart 2026\ndoor ons ontvangen en beoordeeld."
    match = match_passive([GoldSpan(4, "Uw aanvraag is op 3 maart")], [passive_finding(sentence)])
    assert (len(match.found), len(match.missed), len(match.false_alarms)) == (1, 0, 0)


def test_passive_gold_is_missed_when_only_other_rules_flag_the_sentence():
    sentence = "Uw aanvraag wordt beoordeeld."
    match = match_passive([GoldSpan(1, "Uw aanvraag wordt")], [passive_finding(sentence, rule="RD01")])
    assert (len(match.found), len(match.missed)) == (0, 1)


def test_passive_false_alarms_count_once_per_distinct_sentence():
    findings = [passive_finding("U bent verhuisd."), passive_finding("U bent  verhuisd."),
                passive_finding("De balie is gesloten."), passive_finding("Het bedrag wordt betaald.")]
    match = match_passive([GoldSpan(1, "Het bedrag wordt")], findings)
    assert len(match.found) == 1
    assert sorted(f.sentence for f in match.false_alarms) == ["De balie is gesloten.", "U bent verhuisd."]


def test_passive_gold_in_markdown_ignores_inline_markup():
    match = match_passive([GoldSpan(1, "**Let op:** uw aanvraag")],
                          [passive_finding("Let op: uw aanvraag wordt niet behandeld.")], markdown=True)
    assert len(match.found) == 1


# --------------------------------------------------------------------------- letter-level figures


def test_pair_ranking_requires_the_b1_rewrite_to_score_strictly_easier():
    golds = [gold("a", "original"), gold("a", "b1", level="B1"), gold("b", "original"), gold("b", "b1", level="B1")]
    results = [result(golds[0], score=30), result(golds[1], score=70),
               result(golds[2], score=60), result(golds[3], score=60)]
    ranking = evaluate(results, golds).pair_ranking
    assert (ranking.correct, ranking.total, ranking.accuracy) == (1, 2, 0.5)
    assert [pair.case for pair in ranking.failing] == ["b"]


def test_sections_count_true_and_false_positives_and_negatives_per_letter():
    present = {"contact": True}
    golds = [gold("a", sections={**gold().sections, "contact": True}), gold("b"), gold("c"),
             gold("d", sections={**gold().sections, "contact": True})]
    results = [result(golds[0], sections=present), result(golds[1], sections=present), result(golds[2]),
               result(golds[3])]
    contact = evaluate(results, golds).sections["contact"]
    assert (contact.tp, contact.fp, contact.fn, contact.tn) == (1, 1, 1, 1)
    assert contact.precision == contact.recall == contact.f1 == 0.5
    assert [item.file for item in contact.misses] == ["d-original.md"]


def test_letter_type_confusion_and_levels_exact_and_adjacent_agreement():
    golds = [gold("a", level="C1"), gold("b", level="B1", letter_type="informatie"), gold("c", level="B1")]
    results = [result(golds[0], level="C1"), result(golds[1], level="A2", letter_type=None),
               result(golds[2], level="C1")]
    report = evaluate(results, golds)
    assert report.letter_type.counts["informatie"]["geen"] == 1
    assert (report.letter_type.correct, report.letter_type.total) == (2, 3)
    assert report.levels.counts["B1"]["A2"] == 1
    assert (report.levels.correct, report.levels.adjacent) == (1, 2)


def test_undefined_precision_is_none_not_zero():
    g = gold(jargon=[(1, "reeds")], lines=["Dat is reeds gedaan."])
    jargon = evaluate([result(g)], [g]).jargon
    assert (jargon.precision, jargon.recall, jargon.f1) == (None, 0.0, None)


# --------------------------------------------------------------------------- gold validation + CLI


def _gold_data(**changes) -> dict:
    data = yaml.safe_load((CORPUS / "belastingen" / "bel-01-origineel.gold.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def test_gold_span_not_on_its_line_makes_the_gold_file_invalid():
    lines = (CORPUS / "belastingen" / "bel-01-origineel.md").read_text(encoding="utf-8").splitlines()
    with pytest.raises(GoldError, match=r"x\.gold\.yaml: jargon 'juncta' staat niet op regel 20"):
        parse_gold(_gold_data(jargon=[{"line": 20, "text": "juncta"}]), "x.gold.yaml", lines)


def test_gold_file_with_unknown_level_is_invalid():
    with pytest.raises(GoldError, match="expected_level"):
        parse_gold(_gold_data(expected_level="C2"), "x.gold.yaml", [])


def test_every_corpus_gold_file_is_valid(corpus_golds):
    assert len(corpus_golds) >= 60
    assert all(g.lines for g in corpus_golds)


def _invoke(*args: str):
    return CliRunner().invoke(main, ["eval", *args], env={"NO_COLOR": "1"})


def test_eval_exits_2_with_one_line_when_corpus_has_no_gold_files(tmp_path):
    outcome = _invoke(str(tmp_path))
    assert outcome.exit_code == 2
    assert outcome.stderr.strip().count("\n") == 0 and "gold" in outcome.stderr


def test_eval_exits_2_naming_an_invalid_gold_file(tmp_path):
    (tmp_path / "kapot.gold.yaml").write_text("letter: brief.md\n  x: [\n", encoding="utf-8")
    outcome = _invoke(str(tmp_path))
    assert outcome.exit_code == 2
    assert "kapot.gold.yaml" in outcome.stderr and outcome.stderr.strip().count("\n") == 0


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """One case (original + B1) of the real corpus, for fast CLI runs."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in (CORPUS / "belastingen").glob("bel-01-*"):
        shutil.copy(path, folder / path.name)
    return folder


def test_eval_json_is_one_object_with_every_figure(small_corpus):
    outcome = _invoke(str(small_corpus), "--format", "json")
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.stdout)
    assert {"pipeline", "letters", "jargon", "passive", "sections", "letter_type", "pair_ranking", "levels"} <= set(data)
    assert data["letters"] == 2 and data["pair_ranking"]["total"] == 1
    assert {"tp", "fp", "fn", "precision", "recall", "f1", "misses", "false_alarms"} <= set(data["jargon"])
    assert set(data["sections"]) == {"next_steps", "objection", "contact", "contact_named_person", "reason"}
    for miss in data["jargon"]["misses"]:
        assert miss["file"].endswith(".md") and miss["line"] >= 1 and miss["text"]


def test_eval_text_output_is_a_plain_table_when_piped(small_corpus):
    outcome = _invoke(str(small_corpus))
    assert outcome.exit_code == 0, outcome.output
    assert "\x1b[" not in outcome.stdout
    for label in ("jargon", "lijdende vorm", "P", "R", "F1", "soort brief", "paren", "niveau"):
        assert label in outcome.stdout


# --------------------------------------------------------------------------- regression gate

# Measured on 2026-11-22 over all of corpus/ (76 letters: the 60 development letters and the 16
# held-out ones) with the embedded pipeline nl_letterlint 0.1.0 (run C; spaCy 3.8.18) and rule pack
# a4a66e43801cb6a7; see docs/evaluation.md for the tables per set. Pinned about 0.03 below the
# measured value, rounded down; on 76 letters one letter is 0.013.
GATE = {
    "jargon.precision": 0.92,  # measured 0.95 (54 false alarms)
    "jargon.recall": 0.95,  # 0.976 (1060 of 1086 gold spans)
    "jargon.f1": 0.93,  # 0.96
    "passive.precision": 0.95,  # 0.977 (212 matched sentences, 5 FP)
    "passive.recall": 0.93,  # 0.96 with the shipped run-C pipeline
    "passive.f1": 0.93,  # 0.96
    "sections.next_steps.f1": 0.95,  # 0.99 after the reason/next-steps follow-up (was 0.94)
    "sections.objection.f1": 0.97,  # 1.00
    "sections.contact.f1": 0.96,  # 0.99
    "sections.contact_named_person.f1": 0.96,  # 0.99
    "sections.reason.f1": 0.92,  # 0.96 after the reason/next-steps follow-up (was 0.90)
    "letter_type.accuracy": 0.88,  # 0.91 (69/76) with the issue-15 types; gold relabelled to them (docs/evaluation.md)
    "pair_ranking.accuracy": 0.97,  # 1.00 (38/38)
    "levels.accuracy": 0.68,  # 0.72 (55/76: 51/60 development, 4/16 held-out)
    "levels.adjacent_rate": 0.97,  # 1.00
}


@pytest.fixture(scope="module")
def eval_linter() -> Linter:
    return Linter(Config())


@pytest.fixture(scope="module")
def corpus_golds() -> list[Gold]:
    """Development and held-out letters; the blind set (corpus/blind) is measured, never gated, and the
    notification set (corpus/notifications, issue 15 class 4) and the public letter-type sets
    (corpus/types-public, types-public2, types-public3 and types-public4, only letter_type annotated) have their own
    gates in tests/test_letter_types_notifications.py and tests/test_letter_types_public*.py."""
    return [load_gold(path) for path in find_gold_files(CORPUS)
            if not {"blind", "notifications", "types-public", "types-public2", "types-public3", "types-public4"}
            & set(Path(path).parts)]


@pytest.fixture(scope="module")
def corpus_report(eval_linter, corpus_golds):
    results = list(eval_linter.lint_paths([g.letter_path for g in corpus_golds]))
    return evaluate(results, corpus_golds, eval_linter.pipeline.info.describe())


def _figure(report, dotted: str):
    value = report
    for part in dotted.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


@pytest.mark.parametrize("figure", sorted(GATE))
def test_corpus_figure_stays_at_or_above_its_pinned_threshold(corpus_report, figure):
    value = _figure(corpus_report, figure)
    assert value is not None and value >= GATE[figure], (
        f"{figure} = {value} fell below {GATE[figure]} (pipeline: {corpus_report.pipeline}); "
        "run 'letterlint eval corpus -v' to see the misses and false alarms")


def test_corpus_evaluation_covers_every_gold_letter_and_pair(corpus_report, corpus_golds):
    assert corpus_report.letters == len(corpus_golds)
    versions: dict[str, set[str]] = {}
    for gold in corpus_golds:
        versions.setdefault(gold.case, set()).add(gold.version)
    paired = sum(1 for found in versions.values() if found == {"original", "b1"})
    assert paired >= 30  # the original/B1 pairs; single letters (wi-09.txt, ...) have no rewrite
    assert corpus_report.pair_ranking.total == paired
    assert sorted(corpus_report.pair_ranking.unpaired) == sorted(case for case, found in versions.items() if len(found) == 1)
    assert corpus_report.jargon.tp + corpus_report.jargon.fn == sum(len(g.jargon) for g in corpus_golds)
    assert corpus_report.passive.tp + corpus_report.passive.fn == sum(len(g.passive) for g in corpus_golds)


# --------------------------------------------------------------------------- blind-set fields (issue 15)


def test_gold_file_with_the_blind_set_fields_and_a_new_letter_type_is_valid():
    lines = (CORPUS / "belastingen" / "bel-01-origineel.md").read_text(encoding="utf-8").splitlines()
    first = next(number for number, text in enumerate(lines, 1) if len(text.split()) > 3)
    word = lines[first - 1].split()[1]
    data = _gold_data(letter_type="ontvangstbevestiging", decision="ontvangst", pair="P1 (before)", template=True,
                      source={"url": "https://example.org/brief", "publisher": "voorbeeld", "reuse": "test",
                              "retrieved": "2026-12-04", "changes": "geen"},
                      remedies=[{"type": "bezwaar", "term": "zes weken", "start": None, "addressee": "het college"}],
                      rare_words=[{"line": first, "text": word}],
                      paragraphs=[{"line": first, "problem": True}], tables=[{"lines": [first, first]}])
    gold = parse_gold(data, "x.gold.yaml", lines)
    assert gold.letter_type == "ontvangstbevestiging" and gold.decision == "ontvangst" and gold.template
    assert gold.remedies[0]["type"] == "bezwaar" and gold.rare_words[0].text == word
    assert gold.paragraphs == [(first, True)] and gold.tables == [(first, first)]


def test_gold_remedy_of_an_unknown_kind_is_invalid():
    with pytest.raises(GoldError, match="remedies nr. 1"):
        parse_gold(_gold_data(remedies=[{"type": "klaagzang"}]), "x.gold.yaml", [])


def test_gold_rare_word_not_on_its_line_is_invalid():
    lines = (CORPUS / "belastingen" / "bel-01-origineel.md").read_text(encoding="utf-8").splitlines()
    with pytest.raises(GoldError, match="rare_words 'zwerfkei'"):
        parse_gold(_gold_data(rare_words=[{"line": 1, "text": "zwerfkei"}]), "x.gold.yaml", lines)


def _finding(rule: str, line: int, severity: Severity, category: str = "readability") -> Finding:
    return Finding(rule, category, severity, "", Location(line, 1, line, 5), text="woord")


def test_rare_word_recall_counts_paragraphs_whose_rare_word_rd02_reports():
    lines = ["Eerste alinea met een zeldzaam woord.", "", "Tweede alinea, ook zeldzaam.", "", "Gewone alinea."]
    g = gold(lines=lines)
    g.paragraphs = [(1, True), (3, True), (5, False)]
    g.rare_words = [GoldSpan(1, "zeldzaam"), GoldSpan(3, "zeldzaam")]
    report = evaluate([result(g, findings=[_finding("RD02", 1, Severity.INFO)])], [g])
    assert (report.paragraphs.rare_found, report.paragraphs.rare_total) == (1, 2)
    assert report.paragraphs.rare_recall == 0.5


def test_a_problem_free_paragraph_counts_as_warned_only_for_warnings_of_sentence_and_word_rules():
    lines = ["Alinea een.", "", "Alinea twee.", "", "Alinea drie."]
    g = gold(lines=lines)
    g.paragraphs = [(1, False), (3, False), (5, False)]
    findings = [_finding("RD01", 1, Severity.WARNING), _finding("SY01", 3, Severity.INFO, "style"),
                _finding("ST02", 5, Severity.ERROR, "structure")]
    report = evaluate([result(g, findings=findings)], [g])
    assert (report.paragraphs.quiet_warned, report.paragraphs.quiet_total) == (1, 3)


def test_missing_f1_scores_the_section_is_missing_decisions():
    absent = dict.fromkeys(("next_steps", "objection", "contact", "contact_named_person", "reason"), False)
    golds = [gold("a-01", sections=absent), gold("a-02", sections=absent), gold("a-03", sections={**absent, "reason": True})]
    results = [result(golds[0], sections={}), result(golds[1], sections={"reason": True}), result(golds[2], sections={})]
    score = evaluate(results, golds).sections["reason"]
    # missing: predicted for a-01 (right) and a-03 (wrong); a-02 is a missed "missing"
    assert (score.tn, score.fn, score.fp) == (1, 1, 1)
    assert score.missing_f1 == pytest.approx(0.5)


def test_jargon_false_alarms_per_1000_words_count_only_b1_letters():
    line = "Wij sturen u de brief."
    original, b1 = gold("j-01", "original", lines=[line]), gold("j-01", "b1", lines=[line])
    results = [
        LetterResult(path=g.letter_path, readability=SimpleNamespace(score=s, level="B1", words=500),
                     structure=SimpleNamespace(letter_type="besluit", sections={}, evidence={}),
                     findings=[at(line, "sturen")])
        for g, s in ((original, 40.0), (b1, 60.0))]
    report = evaluate(results, [original, b1])
    assert report.jargon_b1.false_alarms == 1 and report.jargon_b1.per_1000_words == pytest.approx(2.0)
