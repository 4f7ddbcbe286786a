"""The classes red team 14 found out of sample (tests/data/redteam14/FINDINGS-a26bd48.md), each proved on
sentences written for these tests (fictional municipality Dorrewaard):

- an indirect question split as a relative clause: "… onderzoekt of, en zo ja, in welke omvang u …
  in aanmerking komt" became "In deze omvang komt u … in aanmerking." (01-T13, misleading);
- conditions with "mits" moved: of several "mits" only the first stayed with its clause, the others
  went to a "Dit betekent dat …" sentence (05-T4, misleading); an inserted "mits"-clause split off as if
  it ended the sentence ("kunt u. Dat geldt alleen als …, de baatbelasting betalen …", 09-T8); the
  consequence of a condition made a fact ("…, mits …, zodat geen woonruimte ontstaat");
- two subjects of one verb split as two clauses, leaving "De vraag of … hadden moeten worden
  aangelegd." without a main verb (09-T14, misleading);
- a relative clause split off with the rest of its sentence (04-T6);
- table rows with long values read as one run-on paragraph (01-T7, 06-T7)."""

from __future__ import annotations

import pytest

from letterlint.rewrite.proposal import propose_rewrite


def test_an_indirect_question_is_not_split_as_a_relative_clause(simplifier):
    result = simplifier.simplify("Na afloop van de periode onderzoekt het college opnieuw of, en zo ja, in welke mate u "
                                 "voor een vergoeding van de reiskosten in aanmerking komt.")
    assert not any(s.startswith(("In deze mate", "In dit mate")) for s in result.sentences)
    assert any("in welke mate" in s for s in result.sentences)


def test_several_mits_conditions_stay_with_their_clause(simplifier):
    sentence = ("Het college is in principe bereid mee te werken aan een kapsalon aan huis, mits de salon niet groter "
                "is dan 30 m², hetgeen betekent dat uw plan moet worden aangepast, mits u zelf in de woning blijft "
                "wonen, en mits u op eigen terrein twee parkeerplaatsen aanlegt, zodat de straat niet voller wordt.")
    result = simplifier.simplify(sentence)
    holder = next(s for s in result.sentences if "bereid mee te werken" in s)
    assert "zelf in de woning blijft wonen" in holder and "twee parkeerplaatsen" in holder
    assert not any(s.startswith("Daardoor") for s in result.sentences)


# The next three use the red-team sentences themselves: the parse that made the wrong split depends on
# their exact words (own variants of them were parsed right, before and after the fix).

def test_an_inserted_mits_clause_is_not_split_off(simplifier):
    sentence = ("In plaats van het bedrag ineens te voldoen, kunt u, mits u daartoe vóór de vervaldatum schriftelijk "
                "een verzoek bij de heffingsambtenaar indient, de baatbelasting voldoen in de vorm van een jaarlijkse "
                "baatbelasting gedurende tien of vijftien jaar, naar uw keuze, waarbij een rente van 3,2 procent per "
                "jaar in de jaarlijkse bedragen is begrepen, zodat u bij een looptijd van tien jaar jaarlijks "
                "€ 1.257,97 en bij een looptijd van vijftien jaar jaarlijks € 902,69 betaalt, in welk laatstgenoemd "
                "geval u in totaal € 13.540,35 betaalt.")
    result = simplifier.simplify(sentence)
    assert not any(s.rstrip(".").endswith("kunt u") for s in result.sentences)


def test_two_subjects_of_one_verb_are_not_split_into_a_fragment(simplifier):
    sentence = ("U kunt onder meer bezwaar maken tegen de in aanmerking genomen oppervlakte of tegen de omvang van het "
                "gedeelte met de functie \"Agrarisch\"; de vraag of de voorzieningen hadden moeten worden aangelegd en de "
                "begrenzing van het baatgebied liggen evenwel vast in de verordening en kunnen in de bezwaarprocedure "
                "tegen deze aanslag niet tot vermindering leiden.")
    result = simplifier.simplify(sentence)
    assert not any(s.startswith("De vraag of") and "liggen" not in s for s in result.sentences)


def test_a_relative_clause_that_the_sentence_goes_on_after_stays(simplifier):
    sentence = ("Tijdens voornoemd telefoongesprek heeft u verzocht u toe te staan, ter voorkoming van waterschade aan "
                "de bestaande woning, waarvan de achtergevel ter plaatse van de aanbouw gedeeltelijk is weggebroken, het "
                "dakbeschot en de dakbedekking van de aanbouw aan te brengen en de aanbouw voorts tijdelijk af te dekken.")
    result = simplifier.simplify(sentence)
    asked = next(s for s in result.sentences if "gevraagd" in s)
    assert "het dakbeschot en de dakbedekking van de aanbouw aan te brengen" in asked


def test_rows_with_long_values_are_a_table(linter):
    text = ("Geachte mevrouw Brink,\n\nWij kennen u huishoudelijke ondersteuning toe.\n\n"
            "Gegevens van de voorziening\n"
            "Voorziening: huishoudelijke ondersteuning (schoonmaken van woonkamer, keuken, sanitair en de slaapkamer)\n"
            "Omvang: 120 minuten per week\n"
            "Ingangsdatum: 1 december 2026\n\n"
            "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.\n\n"
            "Met vriendelijke groet,\n\nL. Visser\nconsulent Wmo\n")
    proposal = propose_rewrite(linter, linter.lint_text(text, "wmo.txt", "text"), suggest=False)
    assert "\n- Omvang: 120 minuten per week\n" in proposal.markdown


def test_the_report_counts_the_marks_the_writer_sees(linter):
    # red teams 13 and 14: "Zelf herschrijven (22)" while the proposal had 26 marks (a sentence split in
    # parts that are each still too long is marked in each part)
    from pathlib import Path

    from letterlint.placeholders import TO_REWRITE
    from letterlint.rewrite.proposal import report_lines

    letter = Path(__file__).parent / "data" / "redteam14" / "02_wi_leenbijstand_krediethypotheek.txt"
    proposal = propose_rewrite(linter, linter.lint_text(letter.read_text(encoding="utf-8"), letter.name, "text"),
                               suggest=False)
    marks = len(TO_REWRITE.findall(proposal.markdown))
    line = next(line for line in report_lines(proposal) if line.startswith("Zelf herschrijven"))
    assert marks != len(proposal.marked)
    assert f"op {marks} plekken" in line


@pytest.mark.parametrize("name", ["01_wi_wmo_huishoudelijke_ondersteuning.txt", "06_bz_eerste_inschrijving_brp.txt"])
def test_a_long_background_before_the_decision_gets_no_heading_of_another_section(linter, name):
    # 01-P1, 06-P1 (light): in the letter's own order the facts before the decision stood under
    # "Wat gebeurt er nu?" or "Wat moet u doen?"
    from pathlib import Path

    letter = Path(__file__).parent / "data" / "redteam14" / name
    proposal = propose_rewrite(linter, linter.lint_text(letter.read_text(encoding="utf-8"), letter.name, "text"),
                               suggest=False)
    headings = [line[3:] for line in proposal.markdown.splitlines() if line.startswith("## ")]
    assert headings and headings[0] not in ("Wat gebeurt er nu?", "Wat moet u doen?")
