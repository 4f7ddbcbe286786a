"""`letterlint rewrite`: the proposal is the letter's own sentences in B1 order, simplified and verified.

Each failure class of issue 16 has a letter of its own here (fictional municipality Meerwijde):
the proposal must keep the decision, the remedy, the facts and the contact, and invent nothing.
"""

from __future__ import annotations

import json
import re

import pytest
import yaml
from conftest import CLEAN_LETTER
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from letterlint.rewrite.proposal import propose_rewrite, report_lines
from letterlint.rewrite.statements import RewriteRules
from letterlint.rewrite.verify import OriginalText, SectionText, facts_in, verify
from letterlint.rulepack import RulePackError, load_rule_pack

HEADER = """\
Gemeente Meerwijde
Afdeling Sociaal Domein
Postbus 88
4410 AA Meerwijde

Mevrouw R. de Wit
Kanaalweg 14
4411 BC Meerwijde

Datum: 3 maart 2026
Ons kenmerk: SD-2026-04417
Onderwerp: {subject}

Geachte mevrouw De Wit,

"""
FOOTER = """

Met vriendelijke groet,

namens het college van burgemeester en wethouders,
L. Vermeulen
teamleider Inkomen
"""
CONTACT = ("Voor vragen kunt u contact opnemen met uw consulent mevrouw T. Ramdin, bereikbaar op "
           "telefoonnummer 0113 24 68 10 of per e-mail t.ramdin@meerwijde.nl.")


def letter(subject: str, body: str) -> str:
    return HEADER.format(subject=subject) + body.strip() + FOOTER


LETTERS = {
    "terugvordering": letter("terugvordering bijstand", f"""
Hierbij delen wij u mede dat wij hebben besloten de door u over de periode van 1 september 2025 tot en met 31 december 2025 ten onrechte ontvangen bijstand ten bedrage van € 1.284,60 van u terug te vorderen.
Uit ons onderzoek is gebleken dat u inkomsten uit een bijbaan niet aan ons heeft doorgegeven.
Het bedrag dient u binnen zes weken na de datum van deze brief over te maken op rekening NL12 BANK 0123 4567 89 onder vermelding van het kenmerk SD-2026-04417.

Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college van burgemeester en wethouders. Bezwaar schorst de betaling niet.

{CONTACT}"""),
    "beeindiging": letter("beëindiging uitkering", f"""
Wij hebben besloten uw bijstandsuitkering met ingang van 1 april 2026 te beëindigen, omdat u met ingang van die datum samenwoont met de heer B. Smit.
U ontvangt uw laatste betaling op 25 maart 2026.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college.

{CONTACT}"""),
    "voornemen": letter("voornemen last onder dwangsom", f"""
Wij zijn van plan u een last onder dwangsom op te leggen, omdat de schutting op het perceel Kanaalweg 14 hoger is dan 2 meter.
Dit is nog geen besluit.
Voordat wij een besluit nemen, mag u ons uw zienswijze geven.
U kunt uw zienswijze binnen twee weken na de datum van deze brief schriftelijk of mondeling aan ons geven.

{CONTACT}"""),
    "ontvangst": letter("ontvangstbevestiging aanvraag", f"""
Wij bevestigen de ontvangst van uw aanvraag voor een parkeervergunning van 20 februari 2026.
Wij nemen binnen acht weken een besluit op uw aanvraag.
Uw aanvraag heeft nummer PV-2026-0193.

{CONTACT}"""),
    "administratief_beroep": letter("besluit ontheffing", f"""
Wij hebben besloten u geen ontheffing te verlenen voor het plaatsen van een container op de openbare weg, omdat de stoep op die plek te smal is.
Tegen dit besluit kunt u binnen drie maanden na de bekendmaking administratief beroep instellen bij de burgemeester.

{CONTACT}"""),
    "beroep_rechtbank": letter("beslissing op bezwaar", f"""
Wij hebben uw bezwaar ongegrond verklaard, omdat de WOZ-waarde van uw woning van € 312.000 past bij de verkoopprijzen van vergelijkbare woningen.
Bent u het niet eens met deze uitspraak? Dan kunt u binnen zes weken na de dag van verzending beroep instellen bij de rechtbank Zeeland-West-Brabant.
U kunt de rechtbank ook vragen om een voorlopige voorziening.

{CONTACT}"""),
    "geen_rechtsmiddel": letter("besluit bijzondere bijstand", f"""
Wij hebben besloten u bijzondere bijstand toe te kennen voor een wasmachine, omdat uw oude wasmachine kapot is en u geen geld heeft om een nieuwe te kopen.
Wij betalen het bedrag van € 389,00 binnen tien werkdagen aan u uit.

{CONTACT}"""),
    "verplichtingen": letter("gesprek en stukken", f"""
Wij nodigen u uit voor een gesprek op dinsdag 17 maart 2026 om 10.30 uur in het gemeentehuis, Markt 1 in Meerwijde.
Neem de volgende stukken mee:
- uw identiteitsbewijs;
- de bankafschriften van de laatste drie maanden;
- het huurcontract van uw woning.
U bent verplicht om bij dit gesprek aanwezig te zijn, anders kunnen wij uw uitkering verlagen.

{CONTACT}"""),
}


@pytest.fixture(scope="module")
def proposals(linter):
    results = {}
    for name, text in LETTERS.items():
        result = linter.lint_text(text, f"{name}.txt", "text")
        assert result.error is None
        results[name] = propose_rewrite(linter, result, suggest=False)
    return results


@pytest.fixture(scope="module")
def rules(linter) -> RewriteRules:
    return RewriteRules.for_linter(linter)


def body(markdown: str) -> str:
    """The running text of a proposal: after the salutation, before the closing."""
    start = markdown.index("Geachte mevrouw De Wit,")
    end = markdown.index("Met vriendelijke groet,")
    return markdown[start:end]


def numbers(text: str) -> set[str]:
    return {str(int(n)) for n in re.findall(r"\d+", re.sub(r"\[(?:invullen|herschrijven):[^\]]*\]", " ", text))}


# --------------------------------------------------------------------------- every class


@pytest.mark.parametrize("name", list(LETTERS))
def test_every_proposal_passes_verification_and_invents_no_number(proposals, name):
    proposal = proposals[name]
    assert proposal.ok, proposal.verification.problems
    assert numbers(proposal.markdown) <= numbers(LETTERS[name])


@pytest.mark.parametrize("name", list(LETTERS))
def test_letters_own_header_salutation_signature_and_contact_person_stay(proposals, name):
    markdown = proposals[name].markdown
    for line in ("Gemeente Meerwijde", "Ons kenmerk: SD-2026-04417", "Geachte mevrouw De Wit,", "L. Vermeulen",
                 "mevrouw T. Ramdin", "0113 24 68 10", "t.ramdin@meerwijde.nl"):
        assert line in markdown
    assert "Lindenburg" not in markdown  # never a bundled sample profile


def test_repayment_stays_a_repayment_with_its_amount_period_and_payment_term(proposals):
    text = body(proposals["terugvordering"].markdown)
    assert "€ 1.284,60" in text and "1 september 2025" in text and "31 december 2025" in text
    assert re.search(r"terug te vorderen|vorderen .*terug", text)
    assert "U krijgt bijstand" not in text and "toegekend" not in text


def test_objection_note_that_it_does_not_suspend_payment_is_kept_under_the_remedy(proposals):
    markdown = proposals["terugvordering"].markdown
    remedy = markdown[markdown.index("## Bent u het niet eens?"):]
    assert "Bezwaar schorst de betaling niet." in remedy
    # the term of 21 words' sentence is split off and stays under the remedy
    assert "Tegen dit besluit kunt u bezwaar maken bij het college van burgemeester en wethouders." in remedy
    assert "Dat kan binnen zes weken na de dag van verzending." in remedy
    assert proposals["terugvordering"].ok


def test_termination_stays_a_termination_with_its_date(proposals):
    text = body(proposals["beeindiging"].markdown)
    assert "beëindigen" in text and "1 april 2026" in text and "25 maart 2026" in text
    assert "toegekend" not in text and "U krijgt" not in text


def test_intention_keeps_the_zienswijze_and_gets_no_objection(proposals):
    proposal = proposals["voornemen"]
    text = body(proposal.markdown)
    assert "zienswijze" in text and "binnen twee weken" in text and "Dit is nog geen besluit." in text
    assert "bezwaar" not in text.lower() and "zes weken" not in text
    assert "## Wilt u reageren op ons plan?" in proposal.markdown


def test_receipt_confirmation_stays_a_receipt_without_a_remedy_or_decision(proposals):
    proposal = proposals["ontvangst"]
    text = body(proposal.markdown)
    assert "ontvangst" in text and "PV-2026-0193" in text and "binnen acht weken" in text
    assert "bezwaar" not in text.lower() and "besloten" not in text and not proposal.placeholders


def test_administrative_appeal_within_three_months_is_not_turned_into_an_objection(proposals):
    text = body(proposals["administratief_beroep"].markdown)
    assert "binnen drie maanden na de bekendmaking administratief beroep" in text
    assert "bij de burgemeester" in text
    assert "bezwaar" not in text.lower() and "zes weken" not in text


def test_appeal_to_the_court_and_the_interim_relief_stay(proposals):
    text = body(proposals["beroep_rechtbank"].markdown)
    assert "beroep instellen bij de rechtbank Zeeland-West-Brabant" in text
    assert "voorlopige voorziening" in text and "€ 312.000" in text
    assert "bezwaar maken" not in text


def test_decision_without_remedy_gets_a_visible_placeholder_not_a_default_objection(proposals, linter):
    proposal = proposals["geen_rechtsmiddel"]
    assert any("bezwaar of beroep" in p for p in proposal.placeholders)
    outside = re.sub(r"\[invullen:[^\]]*\]", "", proposal.markdown)
    assert "bezwaar" not in outside.lower() and "weken" not in outside
    checked = linter.lint_text(proposal.markdown, "voorstel.md", "markdown")
    assert [f for f in checked.findings if f.rule == "PH01" and f.severity.name == "ERROR"]


def test_appointment_document_list_and_obligation_are_all_kept(proposals):
    text = body(proposals["verplichtingen"].markdown)
    for part in ("dinsdag 17 maart 2026 om 10.30 uur", "- uw identiteitsbewijs", "- de bankafschriften van de laatste drie maanden",
                 "- het huurcontract van uw woning", "verplicht", "verlagen"):
        assert part in text


def test_every_original_sentence_is_in_the_sentence_map(proposals):
    for name, proposal in proposals.items():
        originals = [entry.original for entry in proposal.sentence_map]
        assert len(originals) == len(set(originals)) or name == "", name
        for entry in proposal.sentence_map:
            assert entry.proposal or entry.dropped, entry
            assert entry.role


def test_courtesy_filler_may_go_and_is_reported(linter):
    text = letter("uitnodiging", "Wij nodigen u uit voor een gesprek op 9 april 2026 om 14.00 uur.\n"
                                 "Wij hopen u hiermee voldoende te hebben geïnformeerd.\n\n" + CONTACT)
    proposal = propose_rewrite(linter, linter.lint_text(text, "b.txt", "text"), suggest=False)
    assert proposal.ok and "voldoende te hebben geïnformeerd" not in proposal.markdown
    assert proposal.dropped == ["Wij hopen u hiermee voldoende te hebben geïnformeerd."]
    assert any("Weggelaten beleefdheidszinnen" in line for line in report_lines(proposal))


def test_letter_already_at_b1_gets_few_changes_and_says_so(linter):
    proposal = propose_rewrite(linter, linter.lint_text(CLEAN_LETTER, "b1.txt", "text"), suggest=False)
    assert proposal.ok
    assert any("al op B1-niveau" in line for line in report_lines(proposal))
    assert "Bel dan mevrouw Sanne Bakker op 0570 123 456." in proposal.markdown


def test_department_profile_is_only_used_when_chosen_and_reported_as_added(linter, proposals):
    result = linter.lint_text(LETTERS["ontvangst"], "o.txt", "text")
    chosen = propose_rewrite(linter, result, department="werk-en-inkomen", suggest=False)
    assert chosen.ok, chosen.verification.problems
    assert chosen.added and "Gemeente Meerwijde" not in chosen.markdown.split("Geachte")[0]
    assert "mevrouw T. Ramdin" in chosen.markdown  # the letter's own contact person stays


def test_rewriting_is_deterministic(linter):
    result = linter.lint_text(LETTERS["terugvordering"], "t.txt", "text")
    first = propose_rewrite(linter, result, suggest=False)
    second = propose_rewrite(linter, result, suggest=False)
    assert first.markdown == second.markdown
    assert [e.as_dict() for e in first.sentence_map] == [e.as_dict() for e in second.sentence_map]


# --------------------------------------------------------------------------- the verifier


def test_verifier_refuses_a_changed_term_addressee_or_direction(linter, rules):
    original = [OriginalText(["Wij hebben besloten uw uitkering te beëindigen."], {"kern"}),
                OriginalText(["U kunt binnen drie maanden administratief beroep instellen bij de burgemeester."],
                             {"rechtsmiddel"})]
    remedy = [original[1].texts[0]]
    good = [SectionText("kern", {"kern"}, original[0].texts),
            SectionText("rechtsmiddel", {"rechtsmiddel"}, original[1].texts)]
    assert verify(original, remedy, good, rules, linter.analyzer).ok
    wrong_term = [good[0], SectionText("rechtsmiddel", {"rechtsmiddel"},
                                       ["U kunt binnen zes weken bezwaar maken bij het college."])]
    outcome = verify(original, remedy, wrong_term, rules, linter.analyzer)
    assert not outcome.ok and not outcome.remedy_same and not outcome.nothing_invented
    granted = [SectionText("kern", {"kern"}, ["Wij hebben besloten u een uitkering toe te kennen."]), good[1]]
    outcome = verify(original, remedy, granted, rules, linter.analyzer)
    assert not outcome.direction_same and any("strekking" in p for p in outcome.problems)


def test_verifier_does_not_count_a_bare_label_line_or_a_fact_moved_to_another_role(linter, rules):
    original = [OriginalText(["U moet € 453,84 terugbetalen vóór 1 mei 2026."], {"wat_moet_u_doen"})]
    bare = [SectionText("doen", {"wat_moet_u_doen"}, [], ["Bedrag: € 453,84", "Datum: 1 mei 2026"])]
    outcome = verify(original, [], bare, rules, linter.analyzer)
    assert not outcome.facts_kept
    moved = [SectionText("reden", {"reden"}, original[0].texts)]
    outcome = verify(original, [], moved, rules, linter.analyzer)
    assert not outcome.facts_kept and any("niet meer bij" in p for p in outcome.problems)


def test_facts_include_reference_numbers_urls_phones_and_names(linter, rules):
    kinds = {f.kind for f in facts_in("Kenmerk SD-2026-04417: bel de heer J. Smits op 0113 24 68 10 of kijk op "
                                      "www.meerwijde.nl/bezwaar.", rules, linter.analyzer)}
    assert {"reference", "phone", "person", "url"} <= kinds


# --------------------------------------------------------------------------- cues are data


def test_rewrite_cues_are_validated_by_the_rule_pack_loader(tmp_path):
    (tmp_path / "extra.yaml").write_text("rules: []\nrewrite:\n  roles:\n    kern:\n      - {pattern: '(unclosed', weight: 2}\n",
                                         encoding="utf-8")
    with pytest.raises(RulePackError, match="extra.yaml.*rewrite.roles.kern"):
        load_rule_pack((str(tmp_path),))


def test_an_adviser_can_add_a_role_cue_in_an_extra_rule_folder(tmp_path):
    (tmp_path / "extra.yaml").write_text(
        "rules: []\nrewrite:\n  roles:\n    bijlagen:\n      - {pattern: '\\bzie het overzicht achterin\\b', weight: 9}\n",
        encoding="utf-8")
    pack = load_rule_pack((str(tmp_path),))
    rules = RewriteRules(pack.rewrite)
    assert rules.best(rules.scores("Zie het overzicht achterin voor alle bedragen."))[0] == "bijlagen"
    assert rules.best(rules.scores("Stuur ons uw loonstrook."))[0] == "wat_moet_u_doen"  # bundled cues stay


# --------------------------------------------------------------------------- CLI


def test_cli_prints_the_proposal_and_a_dutch_report(cli, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(LETTERS["ontvangst"], encoding="utf-8")
    result = cli("rewrite", str(path))
    assert result.exit_code == 0, result.output
    assert "PV-2026-0193" in result.stdout and "Leesbaarheid" in result.stderr


def test_cli_json_gives_proposal_map_findings_readability_and_placeholders(cli, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(LETTERS["geen_rechtsmiddel"], encoding="utf-8")
    result, data = cli.json("rewrite", str(path))
    assert result.exit_code == 0 and data["ok"] is True
    assert data["proposal"] and data["sentence_map"] and data["placeholders"]
    assert {"original", "proposal", "role", "transformations", "marked"} <= set(data["sentence_map"][0])
    assert data["readability"]["proposal"]["level"] and any(f["rule"] == "PH01" for f in data["findings"])


@pytest.mark.parametrize("suffix", [".md", ".docx", ".html"])
def test_cli_writes_the_proposal_by_suffix(cli, tmp_path, suffix):
    path = tmp_path / "brief.txt"
    path.write_text(LETTERS["beeindiging"], encoding="utf-8")
    out = tmp_path / f"voorstel{suffix}"
    result = cli("rewrite", str(path), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


# --------------------------------------------------------------------------- property


SENTENCES = [
    "Wij hebben besloten u € {a},{c} toe te kennen.",
    "U moet vóór {d} {m} 2026 uw loonstroken sturen.",
    "Indien u niet reageert, zal uw aanvraag buiten behandeling worden gesteld.",
    "Op {d} {m} 2025 is uw aanvraag door ons ontvangen en wij zullen binnen {w} weken beslissen.",
    "Het bedrag van € {a},{c} dient u over te maken onder vermelding van kenmerk AB-{a}-{w}.",
    "Tegen dit besluit kunt u binnen {w} weken bezwaar maken bij het college.",
]
MONTHS = ["januari", "maart", "juni", "oktober"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(SENTENCES) - 1), st.integers(1, 28), st.integers(0, 3),
                          st.integers(10, 9999), st.integers(10, 99), st.integers(2, 12)), min_size=1, max_size=6))
def test_every_number_in_a_proposal_occurs_in_the_letter(linter, picks):
    text = letter("uw zaak", "\n".join(SENTENCES[i].format(d=d, m=MONTHS[m], a=a, c=c, w=w)
                                       for i, d, m, a, c, w in picks) + "\n\n" + CONTACT)
    proposal = propose_rewrite(linter, linter.lint_text(text, "p.txt", "text"), suggest=False)
    assert numbers(proposal.markdown) <= numbers(text)
    if proposal.ok:
        assert numbers(body(text)) <= numbers(proposal.markdown)


# --------------------------------------------------------------------------- templates in, templates out

TEMPLATE_LETTER = """\
Gemeente Meerwijde
Postbus 88
4410 AA Meerwijde

«naam»
«adres»

Datum: {{ datum }}
Ons kenmerk: <<kenmerk>>
Onderwerp: terugvordering bijstand

Geachte «aanhef»,

Wij hebben besloten de bijstand over «periode» van u terug te vorderen, omdat u uw inkomsten niet heeft doorgegeven.
Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college.
Heeft u vragen? Bel dan «consulent» op «telefoon».

Met vriendelijke groet,

«ondertekenaar»
"""


def test_merge_fields_of_a_standard_letter_survive_the_rewrite(linter):
    from letterlint.rewrite.merge_fields import MERGE_FIELD

    proposal = propose_rewrite(linter, linter.lint_text(TEMPLATE_LETTER, "standaard.md", "markdown"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert sorted(MERGE_FIELD.findall(proposal.markdown)) == sorted(MERGE_FIELD.findall(TEMPLATE_LETTER))


def test_out_md_j2_writes_a_template_that_render_renders_and_check_lints(cli, tmp_path):
    import shutil

    from letterlint.templating.library import bundled_templates_dir

    library = tmp_path / "sjablonen"
    shutil.copytree(bundled_templates_dir(), library)
    source = tmp_path / "standaard.md"
    source.write_text(TEMPLATE_LETTER, encoding="utf-8")
    target = library / "werk-en-inkomen" / "terugvordering-b1.md.j2"
    result = cli("rewrite", str(source), "--out", str(target))
    assert result.exit_code == 0, result.output
    template = target.read_text(encoding="utf-8")
    assert "{{ extra.periode }}" in template and "«" not in template and "<<" not in template
    rendered = cli("render", str(target), "--department", "werk-en-inkomen")
    assert rendered.exit_code == 0, rendered.output
    assert "over «periode» van u terug te vorderen" in rendered.stdout  # the sample shows each field as written
    checked = cli("check", str(target), "--format", "json")
    assert checked.exit_code in (0, 1) and "terugvordering-b1.md.j2" in checked.stdout


def test_word_mergefields_are_read_as_fields_and_the_docx_proposal_is_dutch(cli, tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for text in ("Gemeente Meerwijde", "Postbus 88", "4410 AA Meerwijde", "", "Datum: 3 maart 2026", "",
                 "Geachte heer Peters,", ""):
        document.add_paragraph(text)
    paragraph = document.add_paragraph("Wij hebben besloten u bijzondere bijstand toe te kennen voor ")
    for kind, text in (("begin", None), ("instr", " MERGEFIELD omschrijving "), ("separate", None),
                       ("text", "«omschrijving»"), ("end", None)):
        run = paragraph.add_run()
        if kind == "text":
            run.text = text
        elif kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
            run._r.append(element)
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)
    paragraph.add_run(", omdat u daar geen geld voor heeft.")
    for text in ("", "Bent u het niet eens? Dan kunt u binnen zes weken bezwaar maken bij het college.",
                 "Heeft u vragen? Bel dan mevrouw T. Ramdin op 0113 24 68 10.", "", "Met vriendelijke groet,", "",
                 "L. Vermeulen"):
        document.add_paragraph(text)
    source = tmp_path / "besluit.docx"
    document.save(source)
    out = tmp_path / "voorstel.docx"
    result = cli("rewrite", str(source), "--out", str(out))
    assert result.exit_code == 0, result.output
    written = docx.Document(out)
    fields = written.element.body.findall(".//" + qn("w:fldSimple"))
    assert [field.get(qn("w:instr")).strip() for field in fields] == ["MERGEFIELD omschrijving"]
    assert "«omschrijving»" in "".join(t.text for t in fields[0].iter(qn("w:t")))
    lang = written.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang is not None and lang.get(qn("w:val")) == "nl-NL"


def test_a_docx_proposal_keeps_merge_fields_as_word_fields_and_reads_back_the_same(tmp_path):
    import docx
    from docx.oxml.ns import qn

    from letterlint.reading.word import read_docx
    from letterlint.rewrite.writers import write_letter

    markdown = ("Geachte «Aanhef» <<achternaam>>,\n\nU krijgt **«bedrag»** per maand. "
                "Uw dossier heeft nummer {{ zaaknummer }}.\n\nMet vriendelijke groet,\n\nH. de Wit\n")
    path = write_letter(markdown, tmp_path / "voorstel.docx")
    document = docx.Document(path)
    fields = document.element.body.findall(".//" + qn("w:fldSimple"))
    assert [field.get(qn("w:instr")) for field in fields] == [
        " MERGEFIELD Aanhef ", " MERGEFIELD achternaam ", " MERGEFIELD bedrag "]
    bold = fields[2].find(qn("w:r")).find(qn("w:rPr")).find(qn("w:b"))
    assert bold is not None  # the field keeps the formatting of the text around it
    lines, _notices = read_docx(path.read_bytes())
    text = "\n".join(line.text for line in lines)
    assert "Geachte «Aanhef» <<achternaam>>," in text
    assert "U krijgt «bedrag» per maand." in text
    assert "{{ zaaknummer }}" in text  # Jinja stays text: it is for letterlint render, not for Word


def test_je_register_letter_gets_je_headings_and_keeps_je(linter):
    text = """\
Gemeente Meerwijde
Postbus 88
4410 AA Meerwijde

Sam de Vries
Havenstraat 2
4411 AB Meerwijde

Datum: 5 maart 2026
Onderwerp: je aanvraag voor een jongerenpas

Hoi Sam,

Je krijgt een jongerenpas voor het zwembad, omdat je jonger bent dan 18 jaar en omdat je in Meerwijde woont en je ouders samen een inkomen hebben dat lager is dan de grens van de regeling.
Je moet de pas vóór 1 april 2026 ophalen bij het loket in het gemeentehuis. Neem je identiteitskaart mee.
Heb je vragen? Bel dan Noor Jansen op 0113 24 68 77.

Groetjes,

Noor Jansen
"""
    proposal = propose_rewrite(linter, linter.lint_text(text, "je.txt", "text"), suggest=False)
    assert proposal.ok and proposal.register == "je"
    assert "## Wat moet je doen?" in proposal.markdown and "Wat moet u doen?" not in proposal.markdown
    assert "Je moet de pas vóór 1 april 2026 ophalen" in proposal.markdown


def test_rewrite_refuses_a_result_linted_without_the_letters_parse(linter):
    from letterlint.config import Config
    from letterlint.engine.linter import Linter

    # a sentence parsed on its own may split differently than in its letter: one letter, one proposal
    plain = Linter(Config(), pipeline=linter.pipeline)
    with pytest.raises(ValueError, match="keep_spans"):
        propose_rewrite(plain, plain.lint_text(LETTERS["terugvordering"], "t.txt", "text"), suggest=False)


VOORNEMEN_TEMPLATE = """Gemeente Meerwijde
Postbus 88
4410 AA Meerwijde

Datum: «datum»
Onderwerp: voornemen last onder dwangsom

Geachte «aanhef»,

Op 12 mei 2026 heeft onze toezichthouder geconstateerd dat op het perceel «adres» zonder vergunning een schuur is gebouwd.
Wij zijn van plan u een last onder dwangsom op te leggen.
U moet de schuur dan binnen acht weken weghalen.
Doet u dat niet, dan moet u een dwangsom van € 500 per week betalen, met een maximum van € 5.000.

Wij nemen nog geen besluit.
U kunt binnen twee weken na de datum van deze brief uw zienswijze geven.
Dat kan schriftelijk of mondeling bij mevrouw «behandelaar», telefoon 0113 24 68 10.

Met vriendelijke groet,

«ondertekenaar»
"""


def test_a_template_written_from_a_voornemen_keeps_its_letter_type(linter, tmp_path):
    from letterlint.config import LETTER_TYPES
    from letterlint.rewrite.merge_fields import write_template

    proposal = propose_rewrite(linter, linter.lint_text(VOORNEMEN_TEMPLATE, "voornemen.md", "markdown"),
                               suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert proposal.letter_type == "voornemen"
    meta_path = write_template(proposal, tmp_path / "voornemen-b1.md.j2")
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))["meta"]
    assert meta["letter_type"] == "voornemen" and meta["letter_type"] in LETTER_TYPES


@pytest.fixture(scope="module")
def keeping(linter):
    from letterlint.config import Config
    from letterlint.engine.linter import Linter

    return Linter(Config(), pipeline=linter.pipeline, keep_spans=True)


def test_simplifier_given_the_checks_phrase_matches_gives_what_it_finds_itself(keeping):
    from letterlint.rewrite.proposal import simplifier_for
    from letterlint.rewrite.statements import RewriteRules, split_letter

    handed = 0
    # jargon in the second and third sentence of a paragraph: the check's matches point into the
    # paragraph's parse, the simplifier's into the sentence
    paragraph = letter("herinnering", """
Wij hebben uw aanvraag op 2 maart 2026 ontvangen. Teneinde uw aanvraag te behandelen hebben wij uw loonstroken nodig. \
Deze dient u middels het formulier op onze website aan ons te sturen.

{CONTACT}""".replace("{CONTACT}", CONTACT))
    for name, text in [*LETTERS.items(), ("alinea", paragraph)]:
        result = keeping.lint_text(text, f"{name}.txt", "text")
        assert result.phrase_hits is not None and len(result.phrase_hits) == len(result.spans)
        handed += sum(len(found) for found in result.phrase_hits)
        parts = split_letter(result, RewriteRules.for_linter(keeping))
        texts = [statement.text for statement in parts.statements]
        spans = {span.text.strip(): (span, found) for (_block, span), found in zip(result.spans, result.phrase_hits)}
        docs = [spans[text][0] if text in spans else keeping.pipeline.nlp.make_doc("") for text in texts]
        hits = [spans[text][1] if text in spans else None for text in texts]
        simplifier = simplifier_for(keeping, parts.register)
        given = simplifier.simplify_many(texts, docs, hits)
        matched_here = simplifier.simplify_many(texts, docs)
        assert [(s.sentences, s.transformations, s.law_lines, s.needs_rewrite) for s in given] == \
               [(s.sentences, s.transformations, s.law_lines, s.needs_rewrite) for s in matched_here], name
    assert handed >= 3  # "Hierbij delen wij u mede", "ten bedrage van", "dient": matches were really handed over


def test_simplifier_with_the_checks_token_vectors_gives_what_it_gives_without(keeping):
    """The simplifier's parses and taggings of pieces take the check's token vectors where the
    context is the same (letterlint.nlp.reuse): the same Docs, so the same simplifications."""
    from letterlint.rewrite.proposal import _docs_from_check, simplifier_for
    from letterlint.rewrite.statements import RewriteRules, split_letter

    grew = 0
    for name, text in LETTERS.items():
        result = keeping.lint_text(text, f"{name}.txt", "text")
        parts = split_letter(result, RewriteRules.for_linter(keeping))
        texts = [statement.text for statement in parts.statements]
        simplifier = simplifier_for(keeping, parts.register)
        tensors = keeping.pipeline.tensor_index(result.parses.values())
        known = len(tensors.rows)
        given = simplifier.simplify_many(texts, *_docs_from_check(result, texts, keeping), tensors=tensors)
        alone = simplifier.simplify_many(texts, *_docs_from_check(result, texts, keeping))
        assert [(s.sentences, s.transformations, s.law_lines, s.needs_rewrite, s.items) for s in given] == \
               [(s.sentences, s.transformations, s.law_lines, s.needs_rewrite, s.items) for s in alone], name
        grew += len(tensors.rows) > known  # the pieces it parsed joined the index for the lint
    assert grew


@pytest.mark.parametrize("name", list(LETTERS))
def test_lint_of_the_proposal_with_known_parses_equals_a_lint_that_parses_everything(keeping, name):
    """The proposal's paragraphs that the check already parsed (and the headings, cached) are not
    parsed again, and the others take the token vectors of the check and the simplifier where a
    token's context is the same; findings, readability and sentence scores are exactly those of a
    full lint (of the text without the writer's notes, as the proposal is measured)."""
    from letterlint.rewrite.notes import lint_without_notes

    result = keeping.lint_text(LETTERS[name], f"{name}.txt", "text")
    proposal = propose_rewrite(keeping, result, suggest=False)
    full = lint_without_notes(keeping, proposal.markdown)
    assert any(text in result.parses for text in LETTERS[name].split("\n\n"))  # a paragraph the proposal keeps
    reused = proposal.after
    assert [f.as_dict() for f in reused.findings] == [f.as_dict() for f in full.findings]
    assert reused.readability == full.readability and reused.sentences == full.sentences
