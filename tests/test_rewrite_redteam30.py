"""Red team 30 (Wadderloo, tests/data/redteam30): the classes its judge found in the proposals of
5a9c668, each pinned with sentences written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, text: str):
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_citation_stays_when_a_verb_follows_die_wet_in_its_sentence(simplifier):
    # 05-T4: "… indien in een lokaal een middel als bedoeld in lijst II bij die wet wordt verkocht": the
    # "wordt" after "die wet" hid the pointer, the citation moved out and "die wet" lost its law
    sentence = ("Op grond van artikel 13b, eerste lid, van de Opiumwet, in samenhang met artikel 5:21 van de Algemene wet "
                "bestuursrecht, is de burgemeester bevoegd een last onder bestuursdwang op te leggen indien in een lokaal een middel als bedoeld in "
                "lijst II bij die wet wordt verkocht, afgeleverd of verstrekt.")
    result = simplifier.simplify(sentence)
    assert not result.law_lines and "artikel 13b, eerste lid, van de Opiumwet" in " ".join(result.sentences)


def test_a_term_with_a_date_that_restates_it_is_not_split_off(simplifier):
    # 10-T6: "… binnen veertien dagen na de dagtekening van deze brief betalen, en derhalve uiterlijk op dinsdag
    # 25 mei 2027, op rekening …" had become "U moet het bedrag … betalen, en dus uiterlijk op dinsdag 25 mei
    # 2027, … Dat moet binnen veertien dagen na de datum van deze brief."
    result = simplifier.simplify(
        "U moet het bedrag van € 412,50 binnen veertien dagen na de dagtekening van deze brief betalen, en derhalve "
        "uiterlijk op vrijdag 4 juni 2027, op rekening NL00 WADD 0000 12 ten name van de gemeente Wadderloo.")
    text = " ".join(result.sentences)
    assert "binnen veertien dagen na de datum van deze brief betalen, en dus uiterlijk op vrijdag 4 juni 2027" in text
    assert not any(sentence.startswith("Dat moet binnen") for sentence in result.sentences)


def test_a_line_after_a_complete_item_that_opens_in_lower_case_closes_the_list(linter):
    # 06-T1: "b. zaterdag …;" / "een en ander onder de voorschriften in onderdeel 4. Voor zover de aanvraag …
    # zondag …, wijst het college haar af." had been glued into item b.: the conditions and the refusal of
    # Sunday read as b.'s only
    from letterlint.reading.letter import BlockKind

    result = linter.lint_text(
        "Geachte heer Feenstra,\n\nHet college verleent de stichting ontheffing voor:\n"
        "a. vrijdag 11 juni 2027, van 19.00 tot 24.00 uur;\n"
        "b. zaterdag 12 juni 2027, van 14.00 tot 24.00 uur;\n"
        "een en ander onder de voorschriften hieronder. Voor zondag 13 juni 2027 wijst het college de aanvraag af.\n\n"
        "Met vriendelijke groet,\n\nG. Smit\n", "brief.txt", "text")
    items = [block.text for block in result.letter.blocks if block.kind is BlockKind.LIST_ITEM]
    assert items == ["vrijdag 11 juni 2027, van 19.00 tot 24.00 uur;", "zaterdag 12 juni 2027, van 14.00 tot 24.00 uur;"]


def test_a_part_still_long_after_a_split_says_it_could_not_be_split_further(linter):
    # the marker said "geen veilige plek om te splitsen" on sentences the rewrite had split (uncounted)
    proposal = _proposal(linter, "Geachte heer Smit,\n\nBlijkens het advies van de gemeentelijke verkeerskundige van 2 "
                                 "februari 2027, dat het college overneemt, leidt een terrein met 25 standplaatsen op "
                                 "piekdagen tot hoogstens 40 extra verkeersbewegingen per etmaal, hetgeen de Esweg zonder "
                                 "bezwaar kan verwerken.\n\nMet vriendelijke groet,\n\nG. Smit\nteamleider Vergunningen\n")
    assert "geen veilige plek om verder te splitsen] Blijkens het advies" in proposal.markdown
    assert "Dit kan de Esweg zonder bezwaar verwerken." in proposal.markdown
