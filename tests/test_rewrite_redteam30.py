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


def test_a_numbered_title_right_above_a_list_that_counts_anew_is_a_heading(linter):
    # 06 (uncounted): "4. Voorschriften" right above "1. Het geluidsniveau …" was read as an item of
    # the list below it; "5. Toezicht" above its paragraph was a heading. A list whose next item
    # would be "5." goes on; one that starts at "1." or "a." is a list of its own.
    from letterlint.reading.letter import BlockKind

    def kinds(text: str) -> list[tuple[str, str]]:
        result = linter.lint_text(text, "brief.txt", "text")
        return [(block.kind.name, block.text) for block in result.letter.blocks
                if block.kind in (BlockKind.HEADING, BlockKind.LIST_ITEM)]

    letter = ("Geachte heer Kramer,\n\nHet college verleent u de vergunning.\n\n4. Voorschriften\n"
              "1. Het hek is niet hoger dan twee meter.\n2. U meldt het begin van het werk twee dagen van tevoren.\n\n"
              "Met vriendelijke groet,\n\nG. Smit\n")
    assert kinds(letter)[0] == ("HEADING", "Voorschriften")
    lettered = letter.replace("1. Het hek", "a. Het hek").replace("2. U meldt", "b. U meldt")
    assert kinds(lettered)[0] == ("HEADING", "Voorschriften")
    # the next item of the title's own list: all three are items
    going_on = letter.replace("4. Voorschriften\n1. Het hek", "4. Voorschriften\n5. Het hek").replace("2. U meldt", "6. U meldt")
    assert [kind for kind, _text in kinds(going_on)] == ["LIST_ITEM"] * 3


def test_a_calculation_row_with_its_own_label_gives_its_result_with_an_equals_sign(linter):
    # 02 (uncounted): "Kompas Noord: 2 uur × € 58,00 × 52 weken     € 6.032,00" became a list item with
    # two colons ("… 52 weken: € 6.032,00"); a row without a sum keeps "label: value"
    proposal = _proposal(linter, "Geachte mevrouw Tammeling,\n\nHet college kent u een pgb toe. Het pgb is als volgt berekend:\n\n"
                                 "  Thuiszorg Oost: 2 uur × € 58,00 × 52 weken     € 6.032,00\n"
                                 "  Uw zus: 2 uur × € 24,00 × 52 weken             € 2.496,00\n"
                                 "  Pgb per jaar, ten hoogste                      € 8.528,00\n\n"
                                 "Met vriendelijke groet,\n\nG. Smit\n")
    assert "Thuiszorg Oost: 2 uur × € 58,00 × 52 weken = € 6.032,00" in proposal.markdown
    assert "Uw zus: 2 uur × € 24,00 × 52 weken = € 2.496,00" in proposal.markdown
    assert "Pgb per jaar, hoogstens: € 8.528,00" in proposal.markdown
    assert proposal.ok


def test_a_plural_verb_tagged_as_an_infinitive_counts_as_the_finite_verb_of_a_new_sentence(simplifier):
    # 05 (uncounted): the citation could not move out ("geen persoonsvorm in 'De kosten van de sluiting
    # komen voor uw rekening als eigenaar.'"): the tags alone read "komen" as an infinitive; the parse
    # gives it its plural subject
    result = simplifier.simplify("De kosten van het verwijderen komen op grond van artikel 5:25 van de Algemene wet "
                                 "bestuursrecht voor uw rekening als eigenaar van het perceel.")
    assert result.sentences == ["De kosten van het verwijderen komen voor uw rekening als eigenaar van het perceel."]
    assert result.law_lines == ["Dit staat in artikel 5:25 van de Algemene wet bestuursrecht."]
