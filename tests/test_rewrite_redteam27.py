"""Red team 27 (Oudewaard, tests/data/redteam27/). Its classes, each with sentences written for
these tests."""

from __future__ import annotations

from conftest import wrap_letter
from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, body: str):
    text = wrap_letter(body, "Geachte heer en mevrouw Bakker,", "Met vriendelijke groet,\n\nR. Smit\nconsulent Onderwijs")
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_condition_about_a_named_child_made_a_question_is_no_change_of_name(linter):
    # 02 was refused: "Indien Thijs …" and "Kan Thijs …?" were read as the names "Indien Thijs" and
    # "Kan Thijs", so the check saw a name lost and another invented
    proposal = _proposal(linter, "Wij vergoeden de kosten van de bus tot 1 december 2027. Indien Sanne na de "
                                 "reistraining naar het oordeel van de jeugdarts nog niet zelfstandig kan reizen, kan het "
                                 "college de vergoeding voor de bus verlengen; u hoeft daarvoor geen nieuwe aanvraag in te "
                                 "dienen.")
    assert proposal.ok, proposal.verification.problems
    assert "Kan Sanne na de reistraining" in proposal.markdown


def _sentences(simplifier, sentence: str) -> list[str]:
    return simplifier.simplify(sentence).sentences


def test_a_zodat_clause_with_a_deadline_stays_a_requirement(simplifier):
    # 10-T9 (misleading): "…, zodat het uiterlijk twee weken na de dagtekening … is ontvangen" had become
    # "Daardoor heeft de invorderingsambtenaar het uiterlijk twee weken na de datum van deze brief ontvangen."
    out = _sentences(simplifier, "U gaat akkoord met de regeling door het bijgevoegde formulier te ondertekenen en aan "
                                 "ons terug te sturen, zodat het uiterlijk op 30 juni 2027 door de afdeling Belastingen "
                                 "is ontvangen.")
    assert len(out) == 1 and ", zodat" in out[0] and not out[0].startswith("Daardoor")


def test_a_zodat_clause_of_consequence_is_still_split(simplifier):
    out = _sentences(simplifier, "Het maken van bezwaar schort de werking van dit besluit niet op, zodat u de eerste "
                                 "termijn van de terugbetaling van € 95,00 toch moet betalen in de maand augustus 2027.")
    assert not any("uiterlijk" in s for s in out)  # (a guard: the deadline rule concerns deadlines only)


def test_a_law_citation_keeps_the_place_and_year_of_an_abbreviated_regulation(simplifier):
    # 05-P1 (misleading): "op grond van artikel 2:25 van de APV Oudewaard 2026" was cut after "APV":
    # "De burgemeester verleent de vergunning Oudewaard 2026, …"
    result = simplifier.simplify("De burgemeester verleent de vergunning op grond van artikel 2:10 van de APV "
                                 "Dorrewaard 2025, met dien verstande dat de eindtijd en het aantal bezoekers afwijken "
                                 "van uw aanvraag, en onder de voorschriften in bijlage 1.")
    assert not any("Dorrewaard 2025" in s for s in result.sentences)
    assert result.law_lines == ["Dit staat in artikel 2:10 van de APV Dorrewaard 2025."]


def test_an_occupation_is_no_remedy_beroep(linter):
    # 06: the report said "wat de brief zegt over beroep en bezwaar" of "een aan huis verbonden beroep"
    from letterlint.rewrite.proposal import report_lines

    proposal = _proposal(linter, "Het omgevingsplan staat een aan huis verbonden beroep toe. Wij wijzen uw verzoek om "
                                 "handhaving af. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken "
                                 "bezwaar maken bij het college.")
    assert proposal.ok, proposal.verification.problems
    line = next(line for line in report_lines(proposal) if line.startswith("Gecontroleerd:"))
    assert "over bezwaar is hetzelfde" in line and "beroep" not in line


def test_a_capital_u_after_a_section_number_opens_the_sentence(simplifier):
    # 01-P1: "2.2 U heeft gesteld …" had become "2.2 u heeft gesteld …"
    assert _sentences(simplifier, "2.2 U heeft gesteld dat uw echtgenoot het huishouden niet kan doen.")[0].startswith("2.2 U ")


def test_a_list_item_of_short_sentences_is_not_marked_as_one_long_sentence(simplifier):
    # 08: "[herschrijven: zin van 25 woorden …] Adres: Havikstraat 21, … Hier woont uw zus, … Zij heeft …"
    result = simplifier.simplify("Adres: Merelstraat 4, 0992 AB Dorrewaard. Hier woont uw broer, de heer P. de Wit. "
                                 "Hij heeft op papier laten weten dat hij het goed vindt.")
    assert result.needs_rewrite is None and not result.remaining


def test_a_list_is_not_split_off_after_an_en_inside_its_first_item(simplifier):
    # 09-T14: "bevat de naam en het adres van uw vennootschap, het aanslagnummer en …" had become
    # "… bevat de naam en:" and a list starting with "het adres van uw vennootschap"
    out = _sentences(simplifier, "Een schriftelijk bezwaarschrift moet zijn ondertekend en bevat de naam en het adres "
                                 "van uw stichting, het aanslagnummer en de redenen van het bezwaar.")
    assert not any(s.rstrip().endswith("en:") for s in out)


def test_a_zodat_consequence_of_a_finding_with_a_deadline_is_still_split(simplifier):
    out = _sentences(simplifier, "De commissie heeft vastgesteld dat de aanvraag volledig is ingediend, zodat de "
                                 "beslistermijn vanaf 4 mei 2027 loopt en het besluit uiterlijk op 29 juni 2027 wordt genomen.")
    assert out[1].startswith("Daardoor loopt de beslistermijn")


def test_an_instruction_with_a_zodat_deadline_is_not_split(simplifier):
    out = _sentences(simplifier, "Stuur het formulier ondertekend terug aan de afdeling Belastingen van de gemeente, "
                                 "zodat het uiterlijk op 30 juni 2027 bij ons is ontvangen.")
    assert len(out) == 1


def test_a_letters_own_subheadings_keep_their_level(linter):
    # 04: the Word "Heading 3" sub-sections under a "Heading 2" became "##" like their parent
    text = ("Geacht bestuur,\n\n## Beoordeling per onderdeel\n\nWij hebben elk onderdeel apart bekeken.\n\n"
            "### Kookworkshops\n\nEr zijn 16 van de 24 workshops gehouden.\n\n### Huur\n\nDe huur is volledig "
            "verantwoord.\n\n## Bezwaar\n\nBent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar "
            "maken bij het college.\n\nMet vriendelijke groet,\n\nR. Smit\nsubsidieadviseur\n")
    proposal = propose_rewrite(linter, linter.lint_text(text, "besluit.md", "markdown"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    lines = proposal.markdown.splitlines()
    assert "### Kookworkshops" in lines and "### Huur" in lines and "## Beoordeling per onderdeel" in lines
