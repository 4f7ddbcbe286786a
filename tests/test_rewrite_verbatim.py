"""A document the letter quotes as it was issued — a dwangbevel with its exploit van betekening, an
akte, a proces-verbaal — is copied line by line under its heading, never simplified or re-flowed
(rules/rewrite.yaml verbatim_heading; red team 9: the operative sentence of an issued dwangbevel
was split into three and its amount table run together). The letter's own text around it is
simplified as usual. A fictional letter of the municipality Wilgendaal."""

from __future__ import annotations

from test_rewrite_antecedents import propose_with

BODY = """
Op 2 maart 2027 is aan u een aanslag gemeentelijke belastingen opgelegd. Deze aanslag is ondanks de aanmaning van 20 april 2027 tot op heden niet voldaan. Derhalve is tegen u een dwangbevel uitgevaardigd.

DWANGBEVEL

De invorderingsambtenaar van de gemeente Wilgendaal,
gelet op artikel 12 van de Invorderingswet 1990,
beveelt de belastingschuldige om binnen twee dagen na de betekening van dit dwangbevel te betalen:

  openstaand bedrag aanslag 2027.0042        € 412,00
  kosten aanmaning                           €   8,00
  totaal                                     € 420,00

bij gebreke waarvan dit dwangbevel ten uitvoer zal worden gelegd.

Aldus uitgevaardigd te Wilgendaal op 1 juni 2027.

TOELICHTING

U dient het totaalbedrag van € 420,00 binnen twee dagen na de betekening te voldoen.
"""


def _proposal(linter):
    return propose_with(linter, BODY, "dwangbevel aanslag gemeentelijke belastingen")


def test_the_quoted_dwangbevel_stands_line_by_line_as_issued(linter):
    markdown = _proposal(linter).markdown
    for line in ("De invorderingsambtenaar van de gemeente Wilgendaal,",
                 "beveelt de belastingschuldige om binnen twee dagen na de betekening van dit dwangbevel te betalen:",
                 "  kosten aanmaning                           €   8,00",
                 "bij gebreke waarvan dit dwangbevel ten uitvoer zal worden gelegd.",
                 "Aldus uitgevaardigd te Wilgendaal op 1 juni 2027."):
        assert line in markdown.splitlines()


def test_the_letter_around_the_quoted_document_is_still_simplified(linter):
    proposal = _proposal(linter)
    assert "Derhalve" not in proposal.markdown and "tot nu toe niet betaald" in proposal.markdown
    kept = [entry for entry in proposal.sentence_map if "beveelt" in entry.original]
    assert kept and kept[0].proposal == [kept[0].original] and not kept[0].transformations
