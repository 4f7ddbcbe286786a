"""The classes red team 15 found out of sample (tests/data/redteam15/FINDINGS-c61324f.md), each proved on
text written for these tests (fictional municipality Dorrewaard) where the parse allowed:

- an inserted clause taken out while a "tenzij" after it stayed on the rest of the sentence, so the
  exception moved onto another rule and "na die datum" lost its date (08-T7, misleading);
- a table whose label holds an abbreviation ("excl.") read as one run-on paragraph (03-T10);
- table rows padded after their colon shown with two colons ("Jeugdige:: Daan Mulder"), or, when only the
  first row had no digit, shown as a table with that row as its header;
- a duty to notify by e-mail read as a contact line, under "Heeft u vragen?" (04-P1)."""

from __future__ import annotations


from letterlint.rewrite.proposal import propose_rewrite
from letterlint.rewrite.statements import RewriteRules


def test_an_exception_after_an_inserted_clause_stays_with_it(simplifier):
    # the red-team sentence: the wrong split depends on its exact parse
    sentence = ("Het totaalbedrag is berekend overeenkomstig artikel 5 van de verordening, volgens welke per woning een "
                "vast bedrag van € 310,00 verschuldigd is, vermeerderd met € 0,32 per m³ voor zover de inhoud van de "
                "woning 250 m³ te boven gaat, waarbij voor de inhoud is uitgegaan van de bij de omgevingsvergunning van "
                "2019 behorende bouwtekening, tenzij u aannemelijk maakt dat de woning na die datum is verkleind.")
    result = simplifier.simplify(sentence)
    holder = next(s for s in result.sentences if "tenzij" in s)
    assert "bouwtekening" in holder


def _proposal(linter, body: str):
    text = f"Geachte heer Bos,\n\n{body}\n\nMet vriendelijke groet,\n\nL. Visser\nconsulent\n"
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_label_with_an_abbreviation_is_still_a_table_row(linter):
    proposal = _proposal(linter, "Wij verrekenen uw schuld met uw uitkering. Uw situatie is de volgende:\n\n"
                                 "Netto uitkering per maand (excl. vakantietoeslag):   € 1.401,40\n"
                                 "Beslagvrije voet per maand:                          € 1.261,26\n"
                                 "Verrekening per maand:                               €   140,14\n\n"
                                 "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.")
    assert "\n- Netto uitkering per maand (excl. vakantietoeslag): € 1.401,40\n" in proposal.markdown


def test_padded_label_rows_are_a_list_with_one_colon_not_a_table_with_a_label_as_header(linter):
    proposal = _proposal(linter, "Wij kennen u jeugdhulp toe. De gegevens zijn de volgende:\n\n"
                                 "Jeugdige:              Mila Bos\n"
                                 "Omvang:                2 uur per week\n"
                                 "Ingangsdatum:          1 december 2026\n\n"
                                 "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.")
    assert "- Omvang: 2 uur per week" in proposal.markdown
    assert "::" not in proposal.markdown


def test_a_duty_to_notify_by_email_is_a_task_not_a_contact(linter):
    rules = RewriteRules.for_linter(linter)
    sentence = ("U bent verplicht de toezichthouder ten minste twee werkdagen vóór de aanvang van de sloop per e-mail via "
                "toezicht@dorrewaard.example te melden wanneer u begint.")
    assert rules.best(rules.scores(sentence))[0] == "wat_moet_u_doen"
