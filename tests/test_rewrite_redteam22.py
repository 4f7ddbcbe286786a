"""The classes red team 22 found out of sample (tests/data/redteam22/FINDINGS-1f5d35e.md). The sentences
here are written for these tests."""

from __future__ import annotations

import re

from conftest import rewrite_through_cli, wrap_letter
from letterlint.rewrite.proposal import propose_rewrite


def test_a_relative_clause_stacked_on_another_is_not_split_off(simplifier):
    # red team 22, 04-T1 (misleading): "… het pand, waarvan u eigenaar bent, waarop u … uw zienswijze heeft
    # gegeven" became "Daarvan bent u eigenaar, waarop u …" and then "Daarop heeft u …": the zienswijze
    # was on the voornemen, not on the pand
    result = simplifier.simplify("Bij brief van 3 november 2026 hebben wij u ons voornemen meegedeeld een last onder "
                                 "dwangsom op te leggen voor de bewoning van de loods aan de Havenweg 4 (hierna: de loods), "
                                 "waarvan u eigenaar bent, waarop u bij brief van 12 november 2026 uw zienswijze heeft gegeven.")
    assert not any(sentence.startswith(("Daarvan bent u eigenaar", "Daarop heeft u")) for sentence in result.sentences)


def test_a_condition_whose_parse_runs_past_the_main_verb_is_not_made_a_question(cli, tmp_path):
    # red team 22, 06-T15 (heavy): "Indien onverwijlde spoed dat vereist, kan, nadat bezwaar is gemaakt, de
    # voorzieningenrechter …, worden verzocht …" became "Kan onverwijlde spoed dat vereist, …?" and "Dan
    # worden gevraagd …" (only the letter's own parse runs the condition on: the letter itself)
    markdown = rewrite_through_cli(cli, tmp_path, "redteam22/06_vth_besluit_sloopmelding_maatwerkvoorschriften.md")
    assert "Kan onverwijlde spoed" not in markdown and "Dan worden gevraagd" not in markdown


def test_a_padded_table_keeps_a_positive_difference_in_one_cell(linter):
    # red team 22, 03-T7: "+ €  14,40" in the column 'Verschil' became two cells, "+ €" and "14,40"
    body = """De berekening per maand is als volgt:

Maand           Inkomsten    Betaald     Verschil
september 2026  €   812,40   € 1.200,00  - €  96,40
oktober 2026    € 1.048,00   € 1.200,00  + €  14,40

Wij verrekenen het verschil met de bijstand over december 2026."""
    text = wrap_letter(body, "Geachte heer Visser,", "Met vriendelijke groet,\n\nJ. de Graaf\nconsulent")
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert "| oktober 2026 | € 1.048,00 | € 1.200,00 | + € 14,40 |" in proposal.markdown


def test_an_address_taken_out_goes_after_the_piece_that_points_back_at_its_sentence(cli, tmp_path):
    # red team 22, 05-T2: "… verleend voor Eetcafé De Veenbrug, Marktstraat 5 te Veenhorst, waarbij als
    # sluitingstijd geldt …" became "… De Veenbrug. Het adres is Marktstraat 5 te Veenhorst. Daarbij geldt …":
    # "Daarbij" then pointed at the address (the letter itself: the order of the splits depends on its parse)
    markdown = rewrite_through_cli(cli, tmp_path, "redteam22/05_vth_voornemen_intrekking_exploitatievergunning_horeca.txt")
    text = re.sub(r"\[herschrijven: [^\]]*\] ", "", markdown)
    assert "Het adres is Marktstraat 5 te Veenhorst. Daarbij" not in text
    assert "zaterdag. Het adres is Marktstraat 5 te Veenhorst." in text
