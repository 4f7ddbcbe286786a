"""Red team 33 (Wolderbroek, tests/data/redteam33): the refusal and the classes its judge found in the
proposals of 52ba328, each pinned with sentences written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, text: str):
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_name_after_a_verb_that_now_opens_the_sentence_is_no_new_name(linter):
    # 07 was refused ("het voorstel noemt een naam die niet in de brief staat: 'Legt Andrei'"): "…; legt Andrei hem
    # niet op tijd af, dan vervalt het voor hem" had become the question "Legt Andrei hem niet op tijd af?"
    proposal = _proposal(linter, (
        "Beste Elena,\n\nJe bent genaturaliseerd, samen met je zoon Tomas. Leg jij de verklaring niet op tijd af, "
        "dan vervalt het besluit voor jou; legt Tomas hem niet op tijd af, dan vervalt het besluit voor hem.\n\n"
        "Groeten,\n\nSanne de Wit\nteam Burgerzaken\n"))
    assert proposal.ok, proposal.verification.problems
    assert "Tomas" in proposal.markdown


def test_voornoemd_is_not_made_deze_when_its_noun_was_named_further_back(linter):
    # 10-T15: "… dan moet u de regels 1 tot en met 3 dus wel binnen voornoemde termijn betalen" (the payment term of
    # an earlier part) had become "binnen deze termijn", right after the six weeks of the bezwaar
    proposal = _proposal(linter, (
        "Geachte heer Smit,\n\nU moet het bedrag van € 240,00 binnen een maand na de dagtekening van deze aanslag "
        "betalen.\n\nBent u het niet eens met deze aanslag, dan kunt u binnen zes weken bezwaar maken bij de "
        "heffingsambtenaar. Maakt u alleen bezwaar tegen de boete, dan moet u de belasting wel binnen voornoemde "
        "termijn betalen.\n\nMet vriendelijke groet,\n\nG. Smit\n"))
    assert "binnen deze termijn" not in proposal.markdown
    # the noun in the sentence before: the pointer is certain
    near = _proposal(linter, (
        "Geachte heer Smit,\n\nU moet het bedrag binnen een termijn van een maand betalen. Betaalt u niet binnen "
        "voornoemde termijn, dan sturen wij u een aanmaning.\n\nMet vriendelijke groet,\n\nG. Smit\n"))
    assert "voornoemde termijn" not in near.markdown


def test_a_label_that_ends_in_a_word_that_cannot_end_it_joins_the_next_line(linter):
    # 09-T4: "Af: netto woonlasten, voor zover deze hoger zijn dan" / "het in het normbedrag begrepen deel   € 42,00"
    # became two list items, the amount on the second half of the label
    text = ("Geachte mevrouw Dekker,\n\nUw betalingscapaciteit is als volgt berekend:\n\n"
            "  Netto inkomen per maand                              € 1.410,00\n"
            "  Af: woonlasten, voor zover deze hoger zijn dan\n"
            "      het bedrag in de norm                            €    55,00\n"
            "  Ruimte per maand                                     €    22,00\n\n"
            "Met vriendelijke groet,\n\nG. Smit\n")
    markdown = _proposal(linter, text).markdown
    assert "- Af: woonlasten, voor zover deze hoger zijn dan het bedrag in de norm: € 55,00" in markdown
    # a header row of columns that ends in such a word ("Dag   Onderdeel   Van   Tot") is no wrapped label
    table = _proposal(linter, (
        "Geachte heer Bos,\n\nHet tijdschema is als volgt:\n\n"
        "    Dag                          Onderdeel       Van      Tot\n"
        "    vrijdag 18 december 2026     opbouw          8.00     22.00\n"
        "    zaterdag 19 december 2026    markt           12.00    23.30\n\n"
        "Met vriendelijke groet,\n\nG. Smit\n")).markdown
    assert "| Dag | Onderdeel | Van | Tot |\n|---|---|---|---|\n| vrijdag 18 december 2026 | opbouw | 8.00 | 22.00 |" in table
