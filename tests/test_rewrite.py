"""`letterlint rewrite`: recognise the template, fill in the original's facts, render, report."""

from __future__ import annotations

import shutil
import zipfile

import pytest
import yaml
from conftest import CLEAN_LETTER, CORPUS

from letterlint.rewrite.facts import FactRules
from letterlint.rewrite.proposal import RewriteError, check_rewrite, propose_rewrite, recognise, report_lines
from letterlint.templating.library import TemplateError, TemplateLibrary, bundled_templates_dir

# Corpus cases (development set only) and the template a person would choose for each.
CORPUS_CASES = {
    "werk-en-inkomen/wi-03-origineel.docx": "werk-en-inkomen/terugvordering",
    "werk-en-inkomen/wi-04-origineel.md": "werk-en-inkomen/inlichtingen-opvragen",
    "vth/vth-04-origineel.md": "vth/last-onder-dwangsom",
    "vth/vth-08-origineel.md": "vth/hercontrole",
    "burgerzaken/bz-03-origineel.md": "burgerzaken/afwijzing-reisdocument",
    "burgerzaken/bz-06-origineel.docx": "burgerzaken/naturalisatieceremonie",
    "belastingen/bel-03-origineel.md": "belastingen/uitspraak-bezwaar-woz",
    "belastingen/bel-05-origineel.md": "belastingen/aanmaning",
    "werk-en-inkomen/wi-07-origineel.docx": "common/uitnodiging-gesprek",
}

VAGUE_LETTER = """\
Geachte heer Jansen,

Hierbij sturen wij u een brief. Wij hopen dat alles goed met u gaat.

Met vriendelijke groet,

Sanne Bakker
"""


@pytest.fixture(scope="session")
def library() -> TemplateLibrary:
    return TemplateLibrary()


@pytest.fixture(scope="session")
def rules(linter) -> FactRules:
    return FactRules.for_linter(linter)


@pytest.fixture(scope="session")
def corpus_rewrites(linter, library, rules):
    paths = [str(CORPUS / case) for case in CORPUS_CASES]
    return {case: propose_rewrite(linter, result, library=library, rules=rules)
            for case, result in zip(CORPUS_CASES, linter.lint_paths(paths))}


def _rewrite_text(linter, library, rules, text, **options):
    result = linter.lint_text(text, "brief.txt", "text")
    return propose_rewrite(linter, result, library=library, rules=rules, **options)


# --------------------------------------------------------------------------- corpus


@pytest.mark.parametrize("case", list(CORPUS_CASES))
def test_corpus_original_is_recognised_as_its_template(corpus_rewrites, library, case):
    expected = CORPUS_CASES[case]
    assert expected in {info.id for info in library.templates()}
    assert corpus_rewrites[case].template_id == expected


@pytest.mark.parametrize("case", list(CORPUS_CASES))
def test_corpus_rewrite_keeps_every_date_amount_and_case_number(corpus_rewrites, case):
    check = check_rewrite(corpus_rewrites[case])
    assert check.missing_dates == [] and check.missing_amounts == [] and check.case_number_kept


@pytest.mark.parametrize("case", list(CORPUS_CASES))
def test_corpus_rewrite_has_every_section_and_reads_at_b1(corpus_rewrites, library, case):
    rewrite = corpus_rewrites[case]
    check = check_rewrite(rewrite, library.template(rewrite.template_id).letter_type)
    assert check.missing_sections == []
    assert check.plain_enough, check.level
    assert rewrite.after.readability.score > rewrite.before.readability.score


def test_rewrite_opens_with_the_summary_and_lists_its_own_placeholders(corpus_rewrites):
    rewrite = corpus_rewrites["vth/vth-04-origineel.md"]
    assert "## In het kort" in rewrite.markdown
    assert "Z-2026-00412" in rewrite.markdown and "€ 1.000,00" in rewrite.markdown
    assert all(text in rewrite.markdown for text in rewrite.placeholders)
    assert rewrite.markdown.count("[invullen:") >= len(rewrite.placeholders)


# --------------------------------------------------------------------------- recognition


def test_shared_template_gets_the_department_from_the_letters_cues(corpus_rewrites, library):
    rewrite = corpus_rewrites["werk-en-inkomen/wi-07-origineel.docx"]
    if not library.template(rewrite.template_id).is_common:
        pytest.skip("this case is no longer served by a shared template")
    assert rewrite.department_id == "werk-en-inkomen"
    assert library.department("werk-en-inkomen").general_phone in rewrite.markdown



def test_confidences_of_all_templates_form_a_distribution(linter, library, rules):
    result = next(linter.lint_paths([str(CORPUS / "vth" / "vth-04-origineel.md")]))
    ranking = recognise(result, library, rules).ranking
    assert len(ranking) == len(library.templates())
    assert sum(score.confidence for score in ranking) == pytest.approx(1.0)
    assert ranking == sorted(ranking, key=lambda s: -s.confidence)


def test_recognition_follows_the_cues_in_the_template_metadata(tmp_path, linter, rules):
    root = tmp_path / "letters"
    shutil.copytree(bundled_templates_dir(), root)
    meta_path = root / "burgerzaken" / "identiteitskaart-verloopt.yaml"
    data = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    data["meta"]["cues"] = ["\\bzwembadpas\\b", "\\bnieuwe pas\\b"]
    meta_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    text = CLEAN_LETTER.replace("pas voor het zwembad", "zwembadpas")
    result = linter.lint_text(text, "brief.txt", "text")
    best = recognise(result, TemplateLibrary(root), rules).best
    assert best.template_id == "burgerzaken/identiteitskaart-verloopt"


def test_vague_letter_gets_a_best_guess_that_says_it_is_unsure(linter, library, rules):
    rewrite = _rewrite_text(linter, library, rules, VAGUE_LETTER)
    assert not rewrite.sure and rewrite.confidence < 0.5
    assert len(rewrite.alternatives) == 3
    report = "\n".join(report_lines(rewrite))
    assert "niet zeker" in report and "--type" in report
    assert rewrite.alternatives[0].template_id in report


def test_type_option_chooses_the_template_with_full_confidence(linter, library, rules):
    rewrite = _rewrite_text(linter, library, rules, VAGUE_LETTER, letter_type="vth/hercontrole")
    assert (rewrite.template_id, rewrite.department_id, rewrite.confidence, rewrite.sure) == (
        "vth/hercontrole", "vth", 1.0, True)
    assert "gekozen met --type" in report_lines(rewrite)[0]


def test_unknown_type_or_department_is_a_dutch_error_naming_it(linter, library, rules):
    with pytest.raises(RewriteError, match="onbekend soort brief 'kermis'.*vth/hercontrole"):
        _rewrite_text(linter, library, rules, VAGUE_LETTER, letter_type="kermis")
    with pytest.raises(TemplateError, match="sportzaken"):
        _rewrite_text(linter, library, rules, VAGUE_LETTER, department="sportzaken")


def test_department_option_keeps_the_choice_within_that_department(linter, library, rules):
    rewrite = _rewrite_text(linter, library, rules, VAGUE_LETTER, department="belastingen")
    assert rewrite.department_id == "belastingen"
    assert library.template(rewrite.template_id).applies_to("belastingen")


# --------------------------------------------------------------------------- nothing invented


def test_missing_facts_become_visible_placeholders_not_inventions(linter, library, rules):
    rewrite = _rewrite_text(linter, library, rules, VAGUE_LETTER, letter_type="vth/last-onder-dwangsom")
    assert rewrite.facts.case_number is None and "case_number" not in rewrite.case_data
    assert any("zaaknummer" in text for text in rewrite.placeholders)
    assert "[invullen:" in rewrite.markdown
    assert "Nog in te vullen" in "\n".join(report_lines(rewrite))


# --------------------------------------------------------------------------- command line


def test_cli_prints_markdown_on_stdout_and_the_dutch_report_apart(cli):
    result = cli("rewrite", str(CORPUS / "vth" / "vth-04-origineel.md"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Gemeente") and "## In het kort" in result.stdout
    assert "Leesbaarheid: origineel" in result.stderr and "Soort brief: vth/last-onder-dwangsom" in result.stderr
    assert "Leesbaarheid" not in result.stdout


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
def test_cli_writes_the_rewrite_to_a_file_by_its_suffix(cli, tmp_path, suffix):
    out = tmp_path / f"voorstel{suffix}"
    result = cli("rewrite", str(CORPUS / "vth" / "vth-04-origineel.md"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Voorstel geschreven naar" in result.stdout
    if suffix == ".docx":
        assert zipfile.is_zipfile(out)
    else:
        assert "Z-2026-00412" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind


def test_cli_refuses_to_overwrite_the_original(cli, tmp_path):
    letter = tmp_path / "brief.md"
    letter.write_text(CLEAN_LETTER, encoding="utf-8")
    result = cli("rewrite", str(letter), "--out", str(tmp_path / "." / "brief.md"))
    assert result.exit_code == 2
    assert "dit is de brief zelf" in result.stderr
    assert letter.read_text(encoding="utf-8") == CLEAN_LETTER


def test_cli_reports_a_missing_file_or_bad_suffix_in_one_line(cli, tmp_path):
    result = cli("rewrite", str(tmp_path / "bestaat-niet.md"))
    assert result.exit_code == 2
    assert "bestaat-niet.md" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = cli("rewrite", str(CORPUS / "vth" / "vth-04-origineel.md"), "--out", str(tmp_path / "voorstel.pdf"))
    assert result.exit_code == 2 and "voorstel.pdf" in result.stderr
