"""Department letter templates: rendering, Dutch formatting, safety, and every template passing
``letterlint check`` with its sample data for every department it applies to."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import CORPUS, REPO

from letterlint.findings import Severity
from letterlint.reading.sources import read_document
from letterlint.templating.library import TemplateError, TemplateLibrary, dutch_amount, dutch_date, dutch_term, lint_variants, need, salutation, to_je

TEMPLATES = REPO / "templates" / "letters"
DEPARTMENTS = ("werk-en-inkomen", "vth", "burgerzaken", "belastingen")

# Every corpus case (gold subtype) and the template that writes its B1 version.
CORPUS_TEMPLATES = {
    "wi-01": "werk-en-inkomen/toekenning-bijstand",
    "wi-02": "werk-en-inkomen/afwijzing-bijstand",
    "wi-03": "werk-en-inkomen/terugvordering",
    "wi-04": "werk-en-inkomen/inlichtingen-opvragen",
    "wi-05": "werk-en-inkomen/verlaging-bijstand",
    "wi-06": "common/herinnering-stukken",
    "wi-07": "common/uitnodiging-gesprek",
    "wi-08": "werk-en-inkomen/wijziging-bijstandsnorm",
    "vth-01": "vth/omgevingsvergunning-verleend",
    "vth-02": "vth/aanvraag-onvolledig",
    "vth-03": "vth/voornemen-last-onder-dwangsom",
    "vth-04": "vth/last-onder-dwangsom",
    "vth-05": "vth/weigering-omgevingsvergunning",
    "vth-06": "common/ontvangstbevestiging",
    "vth-07": "vth/aanmaning-dwangsom",
    "vth-08": "vth/hercontrole",
    "bz-01": "burgerzaken/adresonderzoek",
    "bz-02": "burgerzaken/uitschrijving-adres",
    "bz-03": "burgerzaken/afwijzing-reisdocument",
    "bz-04": "burgerzaken/identiteitskaart-verloopt",
    "bz-05": "burgerzaken/reisdocument-ophalen",
    "bz-06": "burgerzaken/naturalisatieceremonie",
    "bz-07": "burgerzaken/correctie-gegevens",
    "bel-01": "belastingen/kwijtschelding-afgewezen",
    "bel-02": "belastingen/kwijtschelding-gedeeltelijk",
    "bel-03": "belastingen/uitspraak-bezwaar-woz",
    "bel-04": "common/gegevens-opvragen",
    "bel-05": "belastingen/aanmaning",
    "bel-06": "belastingen/automatische-incasso",
    "bel-07": "belastingen/betalingsregeling-herinnering",
}

JE_DEPARTMENT = """\
name: Jongerenloket
municipality: Lindenburg
register: je
address: ["Jongerenloket", "Postbus 1450", "7390 HA Lindenburg"]
website: www.lindenburg.nl/jong
general_phone: "14 0570"
contact: {name: Noor Visser, role: jongerencoach, phone: "0570 38 49 90", email: n.visser@lindenburg.nl}
objection: {address: ["Postbus 1450", "7390 HA Lindenburg"], url: www.lindenburg.nl/bezwaar}
signature: {name: Noor Visser, role: jongerencoach}
"""


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return TemplateLibrary()


@pytest.fixture(scope="module")
def variants():
    return lint_variants(TEMPLATES)


@pytest.fixture
def own_templates(tmp_path) -> Path:
    """A copy of the bundled templates that a test may change."""
    root = tmp_path / "letters"
    shutil.copytree(TEMPLATES, root)
    return root


def in_het_kort(markdown: str) -> list[str]:
    section = markdown.split("## In het kort\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.split("\n\n", 1)[0].splitlines() if line.strip()]
    return lines


# --------------------------------------------------------------------------- the whole library


def test_library_has_the_letter_types_staff_asked_for(library):
    ids = {info.id for info in library.templates()}
    per_department = {dep: [i for i in ids if i.startswith(dep + "/")] for dep in DEPARTMENTS}
    assert len(ids) >= 14
    assert {dep: len(found) >= 3 for dep, found in per_department.items()} == dict.fromkeys(DEPARTMENTS, True)
    for wanted in ("werk-en-inkomen/toekenning-bijstand", "werk-en-inkomen/afwijzing-bijstand",
                   "werk-en-inkomen/terugvordering", "werk-en-inkomen/inlichtingen-opvragen",
                   "vth/omgevingsvergunning-verleend", "vth/aanvraag-onvolledig",
                   "vth/voornemen-last-onder-dwangsom", "vth/weigering-omgevingsvergunning",
                   "belastingen/aanslag-gemeentelijke-belastingen", "belastingen/kwijtschelding-afgewezen",
                   "belastingen/aanmaning", "belastingen/uitspraak-bezwaar-woz",
                   "burgerzaken/adresonderzoek", "burgerzaken/reisdocument-ophalen",
                   "burgerzaken/afwijzing-reisdocument"):
        assert wanted in ids


@pytest.mark.parametrize("case", sorted(CORPUS_TEMPLATES))
def test_every_corpus_case_has_a_template_of_its_letter_type(library, case):
    folder = {"wi": "werk-en-inkomen", "vth": "vth", "bz": "burgerzaken", "bel": "belastingen"}[case.split("-")[0]]
    gold = yaml.safe_load((CORPUS / folder / f"{case}-origineel.gold.yaml").read_text(encoding="utf-8"))
    info = library.template(CORPUS_TEMPLATES[case])
    assert info.applies_to(folder)
    assert info.letter_type == gold["letter_type"]


def test_every_corpus_original_is_recognised_by_a_cue_of_its_template(library):
    missed = []
    for case, template_id in CORPUS_TEMPLATES.items():
        original = next(CORPUS.glob(f"*/{case}-origineel.*[!l]"))  # .md, .txt or .docx, not .gold.yaml
        text = " ".join(line.text for line in read_document(str(original)).lines)
        cues = library.template(template_id).cues
        if not any(re.search(cue, text, re.IGNORECASE) for cue in cues):
            missed.append(case)
    assert missed == []


def test_every_department_profile_is_valid_and_complete(library):
    departments = {dep.id: dep for dep in library.departments()}
    assert sorted(departments) == sorted(DEPARTMENTS)
    for dep in departments.values():
        assert dep.register == "u"
        assert dep.general_phone == "14 0570"
        assert re.match(r"^(mevrouw|de heer) [A-Z]", dep.contact.name), dep.contact.name
        assert "@" in dep.contact.email and dep.objection.url and dep.objection.weeks == 6


def test_all_templates_with_their_sample_data_pass_letterlint_check(variants, linter):
    """The promise of the library: every template, with every department it applies to and its
    sample case data, has no warning or error and is level B1 or easier."""
    assert len(variants) >= 40
    problems = []
    for variant in variants:
        result = linter.lint_text(variant.text, variant.label, "markdown")
        assert result.error is None, (variant.label, result.error)
        for finding in result.findings:
            if finding.severity >= Severity.WARNING:
                problems.append(f"{variant.label}: {finding.rule} {finding.text!r}")
        if result.readability.level not in ("A2", "B1"):
            problems.append(f"{variant.label}: niveau {result.readability.level}")
    assert problems == []


def test_every_sample_renders_completely_with_a_summary_first(library):
    for info in library.templates():
        for dep in DEPARTMENTS:
            if not info.applies_to(dep):
                continue
            letter = library.render(info.id, dep, info.sample)
            assert letter.placeholders == [], (info.id, letter.placeholders)
            assert "None" not in letter.markdown
            bullets = in_het_kort(letter.markdown)
            assert 2 <= len(bullets) <= 4 and all(b.startswith("- ") for b in bullets), (info.id, bullets)
            head, _body = letter.markdown.split("## In het kort", 1)
            assert re.search(r"^Beste (mevrouw|heer) ", head, re.MULTILINE), info.id
            assert "\n\n\n" not in letter.markdown


def test_every_amount_date_and_case_number_of_the_case_is_in_the_letter(library):
    for info in library.templates():
        sample = info.sample
        dep = info.department if not info.is_common else "vth"
        text = library.render(info.id, dep, sample).markdown
        expected = [sample["case_number"], dutch_date(sample["letter_date"])]
        expected += [dutch_amount(item["value"]) for item in sample.get("amounts", [])]
        expected += [dutch_date(item["value"]) for item in sample.get("dates", [])]
        if sample.get("request_date"):
            expected.append(dutch_date(sample["request_date"]))
        if sample.get("deadline", {}).get("date"):
            expected.append(dutch_date(sample["deadline"]["date"]))
        missing = [value for value in expected if value not in text]
        assert missing == [], (info.id, missing)


# --------------------------------------------------------------------------- the contract with R


def test_render_fills_in_the_facts_of_a_case(library):
    case = {
        "recipient": {"name": "mevrouw J. de Vries", "address": ["Lindelaan 12", "1234 AB Heuvelrade"]},
        "letter_date": dt.date(2026, 3, 3), "case_number": "WI-2026-001234",
        "subject": "Uw aanvraag voor bijstand", "request_date": "2026-02-10",
        "decision": "U krijgt bijstand vanaf 1 maart 2026.", "decision_positive": True,
        "reasons": ["U heeft geen ander inkomen."], "legal_basis": ["artikel 11 van de Participatiewet"],
        "amounts": [{"label": "per maand", "value": "1234.56"}],
        "dates": [{"label": "ingangsdatum", "value": dt.date(2026, 3, 1)}],
        "contact": {"name": "Sanne Bakker", "phone": "020 123 45 67"},
    }
    letter = library.render("werk-en-inkomen/toekenning-bijstand", "werk-en-inkomen", case)
    text = letter.markdown
    assert letter.template_id == "werk-en-inkomen/toekenning-bijstand" and letter.department_id == "werk-en-inkomen"
    assert "Beste mevrouw De Vries," in text
    assert "Datum: 3 maart 2026" in text and "Ons kenmerk: WI-2026-001234" in text
    assert "aanvraag van 10 februari 2026" in text
    assert "- U krijgt € 1.234,56 per maand." in text and "Ingangsdatum: 1 maart 2026" in text
    assert "Dit staat in de wet (artikel 11 van de Participatiewet)." in text
    # the case's contact overrides the department's name and phone, the e-mail stays the department's
    assert "Bel dan Sanne Bakker, klantmanager Werk en Inkomen. Het telefoonnummer is 020 123 45 67." in text
    assert "uiterlijk op 14 april 2026" in text  # objection term: 6 weeks after the letter date


def test_missing_case_data_becomes_visible_placeholders_not_inventions(library):
    letter = library.render("vth/weigering-omgevingsvergunning", "vth", {})
    assert "[invullen: naam van de ontvanger]" in letter.markdown
    assert "[invullen: datum van de brief]" in letter.markdown
    assert "[invullen: het bouwplan" in letter.markdown
    assert "[invullen: zaaknummer]" in letter.placeholders
    assert "None" not in letter.markdown


def test_unknown_department_and_template_are_one_line_errors(library):
    with pytest.raises(TemplateError, match="onbekende afdeling 'sport'"):
        library.department("sport")
    with pytest.raises(TemplateError, match="onbekend sjabloon 'vth/bestaat-niet'"):
        library.template("vth/bestaat-niet")
    with pytest.raises(TemplateError, match="hoort bij afdeling 'vth'"):
        library.render("vth/hercontrole", "belastingen", {})


@pytest.mark.parametrize("bad_id", ["../departments/vth", "vth/../vth/hercontrole", "/etc/passwd", "vth/..",
                                    "vth\\hercontrole", "vth/hercontrole/x", "..", "vth/.hidden"])
def test_template_ids_never_leave_the_templates_folder(library, bad_id):
    with pytest.raises(TemplateError):
        library.template(bad_id)


@pytest.mark.parametrize("bad_id", ["../vth", "vth/../vth", "/etc/passwd", "departments/vth", ""])
def test_department_ids_never_leave_the_departments_folder(library, bad_id):
    with pytest.raises(TemplateError):
        library.department(bad_id)


# --------------------------------------------------------------------------- template errors


def test_a_typo_in_a_template_names_the_file_and_line(own_templates):
    path = own_templates / "vth" / "hercontrole.md.j2"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.insert(3, "- {{ extar.onderwerp }}")
    path.write_text("\n".join(lines), encoding="utf-8")
    library = TemplateLibrary(own_templates)
    with pytest.raises(TemplateError) as caught:
        library.render("vth/hercontrole", "vth", library.template("vth/hercontrole").sample)
    message = str(caught.value)
    assert "hercontrole.md.j2, regel 4" in message and "extar" in message and "\n" not in message


def test_a_syntax_error_in_a_block_file_names_that_file_and_line(own_templates):
    path = own_templates / "_blocks" / "vragen.md.j2"
    path.write_text(path.read_text(encoding="utf-8") + "{% if contact.name %}\nniet afgesloten\n", encoding="utf-8")
    library = TemplateLibrary(own_templates)
    with pytest.raises(TemplateError, match=r"_blocks/vragen\.md\.j2, regel \d+: fout in het sjabloon"):
        library.render("vth/hercontrole", "vth", {})


def test_a_broken_department_profile_gets_a_clear_message(own_templates):
    profile = own_templates / "departments" / "vth.yaml"
    data = yaml.safe_load(profile.read_text(encoding="utf-8"))
    del data["contact"]["phone"]
    profile.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"vth\.yaml: sleutel 'contact\.phone' ontbreekt$"):
        TemplateLibrary(own_templates).department("vth")
    data["contact"]["phone"] = "0570 1"
    data["address"] = "Postbus 1450"
    profile.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"vth\.yaml: sleutel 'address' moet een lijst zijn$"):
        TemplateLibrary(own_templates).department("vth")
    data["address"] = ["Postbus 1450"]
    data["register"] = "jij"
    profile.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(TemplateError, match="'register' moet 'u' of 'je' zijn"):
        TemplateLibrary(own_templates).department("vth")


# --------------------------------------------------------------------------- a new department


def test_a_new_department_is_one_file_and_writes_in_its_own_register(own_templates, linter):
    (own_templates / "departments" / "jongerenloket.yaml").write_text(JE_DEPARTMENT, encoding="utf-8")
    library = TemplateLibrary(own_templates)
    assert library.department("jongerenloket").register == "je"
    common = library.templates("jongerenloket")
    assert common and all(info.is_common for info in common)
    for info in common:
        text = library.render(info.id, "jongerenloket", info.sample).markdown
        body = text.split("## In het kort", 1)[1]
        assert not re.search(r"\b[Uu]w?\b", body), info.id
        assert "Noor Visser" in body
        result = linter.lint_text(text, f"{info.id}.md", "markdown")
        assert [f.rule for f in result.findings if f.severity >= Severity.WARNING] == [], info.id


@pytest.mark.parametrize("polite, informal", [
    ("Heeft u vragen? Bel dan mevrouw Bakker.", "Heb je vragen? Bel dan mevrouw Bakker."),
    ("Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken.",
     "Ben je het niet eens met dit besluit? Dan kun je bezwaar maken."),
    ("In deze brief leest u wat u zelf moet doen.", "In deze brief lees je wat je zelf moet doen."),
    ("U heeft minder geld dan het bedrag dat u nodig heeft.", "Je hebt minder geld dan het bedrag dat je nodig hebt."),
    ("Wij willen graag met u praten over uw werk.", "Wij willen graag met jou praten over je werk."),
    ("Betaalt u niet op tijd? Dan krijgt u een herinnering.", "Betaal je niet op tijd? Dan krijg je een herinnering."),
    ("U weet dat hij een huis heeft.", "Je weet dat hij een huis heeft."),
])
def test_register_je_rewrites_pronouns_and_verbs(polite, informal):
    assert to_je(polite) == informal


# --------------------------------------------------------------------------- Dutch formatting


def test_dates_are_written_the_dutch_way():
    assert dutch_date(dt.date(2026, 3, 3)) == "3 maart 2026"
    assert dutch_date("2026-12-01") == "1 december 2026"
    assert dutch_date(dt.datetime(2026, 5, 17, 9, 30)) == "17 mei 2026"
    assert dutch_date("maart 2026") == "maart 2026"  # already words: kept
    assert dutch_date(None, "ingangsdatum") == "[invullen: ingangsdatum]"


def test_amounts_are_euros_with_dutch_separators_and_a_plain_space():
    assert dutch_amount(1234.56) == "€ 1.234,56"
    assert dutch_amount(1000) == "€ 1.000,00"
    assert dutch_amount("1.234,56") == "€ 1.234,56"
    assert dutch_amount("€ 2.847,60") == "€ 2.847,60"
    assert dutch_amount("412000") == "€ 412.000,00"
    assert dutch_amount(-75) == "€ 75,00"
    assert "\u00a0" not in dutch_amount(1234.56)
    assert dutch_amount(None) == "[invullen: bedrag]"


def test_terms_say_both_the_weeks_and_the_last_day():
    assert dutch_term({"weeks": 6, "date": dt.date(2026, 4, 14)}) == "binnen 6 weken, dus vóór 14 april 2026"
    assert dutch_term({"weeks": 6}, letter_date=dt.date(2026, 3, 3)) == "binnen 6 weken, dus vóór 14 april 2026"
    assert dutch_term({"weeks": 1}, letter_date="2026-03-03") == "binnen 1 week, dus vóór 10 maart 2026"
    assert dutch_term({"date": "2026-04-14"}) == "vóór 14 april 2026"
    assert dutch_term(None, description="termijn") == "[invullen: termijn]"


def test_salutations_drop_initials_and_capitalise_the_prefix():
    assert salutation({"name": "mevrouw J. de Vries"}) == "Beste mevrouw De Vries"
    assert salutation({"name": "de heer P.J. van den Berg"}, "Geachte") == "Geachte heer Van den Berg"
    assert salutation({"name": "mevrouw S. el Amrani", "salutation": "Beste Samira,"}) == "Beste Samira"
    assert salutation({}) == "Beste [invullen: naam van de ontvanger]"


def test_need_keeps_real_values_and_marks_empty_ones():
    assert need("U krijgt bijstand.", "besluit") == "U krijgt bijstand."
    assert need(0, "aantal") == 0
    assert need("", "besluit") == need([], "besluit") == need(None, "besluit") == "[invullen: besluit]"


# --------------------------------------------------------------------------- lint variants


def test_lint_variants_cover_each_template_once_per_department(variants, library):
    labels = [variant.label for variant in variants]
    assert len(labels) == len(set(labels))
    assert "vth/weigering-omgevingsvergunning.md.j2 [vth]" in labels
    assert sum(label.startswith("common/ontvangstbevestiging.md.j2 [") for label in labels) == len(DEPARTMENTS)
    assert not any(label.startswith(("_blocks/", "base")) or "/_base" in label for label in labels)
    single = lint_variants(TEMPLATES / "vth" / "hercontrole.md.j2")
    assert [variant.label for variant in single] == ["vth/hercontrole.md.j2 [vth]"]


def test_source_line_points_at_the_template_line_that_wrote_it(variants):
    variant = next(v for v in variants if v.label == "vth/weigering-omgevingsvergunning.md.j2 [vth]")
    lines = variant.text.split("\n")

    def source_of(prefix: str) -> tuple[str, str]:
        number = next(i for i, line in enumerate(lines, start=1) if line.startswith(prefix))
        path, line = variant.source_line(number)
        return Path(path).relative_to(TEMPLATES.resolve()).as_posix(), Path(path).read_text(encoding="utf-8").split("\n")[line - 1]

    assert source_of("## In het kort") == ("base.md.j2", "## In het kort")
    assert source_of("## Waarom krijgt u geen vergunning?") == (
        "vth/weigering-omgevingsvergunning.md.j2", "{% block waarom_titel %}Waarom krijgt u geen vergunning?{% endblock %}")
    path, text = source_of("## Bent u het niet eens")
    assert path == "_blocks/bezwaar.md.j2" and text.startswith("## Bent u het niet eens")
    path, text = source_of("Begin niet met bouwen")
    assert path == "vth/weigering-omgevingsvergunning.md.j2" and text.startswith("Begin niet met bouwen")
    path, text = source_of("Uw uitbouw wordt 6,20 meter hoog")
    assert path == "vth/weigering-omgevingsvergunning.yaml" and "6,20 meter" in text
    path, text = source_of("Ons kenmerk:")
    assert path in ("_blocks/kop.md.j2", "vth/weigering-omgevingsvergunning.yaml")


def test_lint_variants_report_a_broken_template_with_file_and_line(own_templates):
    path = own_templates / "burgerzaken" / "adresonderzoek.md.j2"
    path.write_text(path.read_text(encoding="utf-8").replace("{% endblock %}", "{% endblok %}", 1), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"adresonderzoek\.md\.j2, regel \d+"):
        lint_variants(own_templates)


# --------------------------------------------------------------------------- the command line


def test_render_prints_the_sample_letter_as_markdown(cli):
    result = cli("render", "vth/weigering-omgevingsvergunning")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Gemeente Lindenburg\n")
    assert "## In het kort" in result.stdout and "Beste heer Demir," in result.stdout


def test_render_with_case_data_writes_the_letter_atomically(cli, tmp_path):
    case = tmp_path / "zaak.yaml"
    case.write_text("recipient: {name: mevrouw A. Kok, address: [Dorpsstraat 1, 7391 AA Lindenburg]}\n"
                    "letter_date: 2026-06-01\ncase_number: BZ-2026-09999\n", encoding="utf-8")
    out = tmp_path / "brief.md"
    result = cli("render", "burgerzaken/reisdocument-ophalen", "--data", str(case), "--out", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Beste mevrouw Kok," in text and "Datum: 1 juni 2026" in text and "BZ-2026-09999" in text
    assert "[invullen:" in text and "[invullen:" in result.stderr  # missing facts are flagged, not invented
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md", "zaak.yaml"]


def test_render_a_common_template_needs_a_department(cli, tmp_path):
    result = cli("render", "common/uitnodiging-gesprek")
    assert result.exit_code == 2 and "--department" in result.stderr
    out = tmp_path / "brief.docx"
    result = cli("render", "common/uitnodiging-gesprek", "--department", "belastingen", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:2] == b"PK"


def test_render_a_template_file_by_path(cli):
    result = cli("render", str(TEMPLATES / "belastingen" / "aanmaning.md.j2"))
    assert result.exit_code == 0, result.output
    assert "Dit is een aanmaning." in result.stdout


def test_render_bad_input_gets_one_dutch_line(cli, tmp_path):
    broken = tmp_path / "kapot.yaml"
    broken.write_text("recipient: [niet: goed\n", encoding="utf-8")
    result = cli("render", "vth/hercontrole", "--data", str(broken))
    assert result.exit_code == 2 and "kapot.yaml" in result.stderr and "geen geldige YAML" in result.stderr
    result = cli("render", "vth/hercontrole", "--department", "sport")
    assert result.exit_code == 2 and "onbekende afdeling 'sport'" in result.stderr
    result = cli("render", "../../etc/passwd")
    assert result.exit_code == 2 and "ongeldige sjabloonnaam" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_templates_command_lists_departments_and_templates(cli):
    result = cli("templates")
    assert result.exit_code == 0
    assert "werk-en-inkomen" in result.stdout and "vth/hercontrole" in result.stdout
    assert "common/ontvangstbevestiging" in result.stdout and "alle afdelingen" in result.stdout
    listed = cli("render", "--list", "--department", "vth").stdout
    assert "vth/hercontrole" in listed and "belastingen/aanmaning" not in listed


@pytest.mark.parametrize("case, message", [
    ({"recipient": "mevrouw De Vries"}, "'recipient' moet een groep sleutels zijn"),
    ({"amounts": {"label": "x", "value": 1}}, "'amounts' moet een lijst zijn"),
    ({"amounts": [12.5]}, "elk item van 'amounts' moet 'label' en 'value' hebben"),
    ({"deadline": "2026-04-14"}, "'deadline' moet een groep sleutels zijn"),
    ({"objection_weeks": "zes"}, "'objection_weeks' moet een heel getal zijn"),
])
def test_case_data_of_the_wrong_shape_gets_a_one_line_message(library, case, message):
    with pytest.raises(TemplateError, match=re.escape(message)):
        library.render("werk-en-inkomen/terugvordering", "werk-en-inkomen", case)


def test_any_case_data_renders_or_fails_with_a_template_error(library):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    scalar = st.one_of(st.none(), st.text(max_size=20), st.integers(-10**6, 10**6), st.dates(), st.booleans())
    value = st.one_of(scalar, st.lists(scalar, max_size=3), st.dictionaries(st.sampled_from(
        ["name", "label", "value", "date", "weeks", "action", "address", "phone"]), scalar, max_size=4))
    keys = ["recipient", "letter_date", "case_number", "decision", "reasons", "amounts", "dates",
            "deadline", "documents", "contact", "objection_weeks", "extra", "request_date"]

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.dictionaries(st.sampled_from(keys), value, max_size=6))
    def render(case):
        try:
            letter = library.render("vth/last-onder-dwangsom", "vth", case)
        except TemplateError as exc:
            assert "\n" not in str(exc)
        else:
            assert "## In het kort" in letter.markdown

    render()


def test_a_department_base_changes_only_its_own_letters_also_common_ones(library):
    sample = library.template("common/uitnodiging-gesprek").sample
    own = library.render("common/uitnodiging-gesprek", "werk-en-inkomen", sample)
    other = library.render("common/uitnodiging-gesprek", "burgerzaken", sample)
    assert "U kunt ook langskomen op het Werkplein." in own.markdown
    assert "Werkplein" not in other.markdown
    assert any(path.name == "_base.md.j2" and path.parent.name == "werk-en-inkomen" for path in own.sources)


def test_source_line_maps_the_salutation_to_the_layout(variants):
    variant = next(v for v in variants if v.label == "vth/hercontrole.md.j2 [vth]")
    number = variant.text.split("\n").index("Beste mevrouw Bakker,") + 1
    path, line = variant.source_line(number)
    assert Path(path).name == "base.md.j2"
    assert "aanhef" in Path(path).read_text(encoding="utf-8").split("\n")[line - 1]
