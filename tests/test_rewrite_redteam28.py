"""Red team 28 (Staverhorst, tests/data/redteam28): the classes its judge found misleading in the
proposals of a2eb878, each pinned with sentences written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, text: str):
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def one(simplifier, sentence: str) -> str:
    return " ".join(simplifier.simplify(sentence).sentences)


def test_a_citation_between_an_article_and_its_noun_stays_in_the_noun_phrase(simplifier):
    # 04-T4: "zonder dat voor het bord de op grond van artikel 2:10 en voor de uitweg de op grond van
    # artikel 2:12 … vereiste vergunning" lost "op grond van artikel 2:10": "voor het bord de en voor …"
    text = one(simplifier, "Uit de controle blijkt dat u een schutting heeft geplaatst, zonder dat voor de schutting "
                           "de op grond van artikel 4:7 en voor de poort de op grond van artikel 4:9 van de "
                           "Algemene plaatselijke verordening Marrewijk 2025 vereiste vergunning is verleend.")
    assert "de op grond van artikel 4:7 en voor de poort de op grond van artikel 4:9" in text
    assert "Dit staat in artikel 4:7" not in text


def test_a_citation_after_the_noun_still_moves_to_its_own_line(simplifier):
    result = simplifier.simplify("Wij kennen u bijzondere bijstand toe op grond van artikel 35 van de Participatiewet "
                                 "voor de kosten van de verhuizing.")
    assert any("Dit staat in artikel 35 van de Participatiewet" in line for line in result.law_lines)


def test_die_dag_does_not_open_a_sentence_after_a_date_when_it_points_at_a_day_named_in_words(simplifier):
    # 04-T9: "… twee weken na de dag van verzending, en eindigt derhalve op woensdag 6 oktober 2027; voor b.
    # bedraagt deze acht weken na die dag" split in three: "die dag" then read as 6 October
    text = simplifier.simplify(
        "De hersteltermijn bedraagt voor het onder 1 genoemde vier weken na de dag van verzending van dit besluit, "
        "en eindigt derhalve op vrijdag 12 november 2027; voor het onder 2 genoemde bedraagt deze tien weken na "
        "die dag.").sentences
    for before, sentence in zip(text, text[1:]):
        assert not (sentence.startswith("Voor het onder 2") and "12 november 2027" in before)


def test_die_dag_after_a_date_it_points_at_may_still_open_a_sentence(simplifier):
    # one day only, the date itself: "vanaf die dag" is that date in either form
    result = simplifier.simplify("U ontvangt het nieuwe pasje op maandag 4 oktober 2027, en vanaf die dag is "
                                 "het oude pasje niet meer geldig.")
    assert "4 oktober 2027" in " ".join(result.sentences)
    assert not result.needs_rewrite


def test_a_coordinated_part_without_its_own_finite_verb_is_not_split_off(simplifier):
    # 02-T7: "U kunt … niet zelf … kiezen, doch wel uw consulent vragen …" became "Maar wel uw consulent
    # vragen …", a sentence without subject and finite verb ("kunt" belongs to both parts)
    text = simplifier.simplify("U kunt daarom niet zelf voor een andere cursus kiezen, doch wel uw consulent vragen de "
                               "school om een zodanig advies te verzoeken.").sentences
    assert not any(sentence.startswith("Maar wel") for sentence in text)


def test_a_repeated_frame_that_already_says_verder_gets_no_ook(simplifier):
    # 08-T5: "U heeft voorts aangevoerd dat A, en dat B" -> "U heeft ook verder aangevoerd dat B"
    text = " ".join(simplifier.simplify(
        "U heeft voorts aangevoerd dat de boom al jaren ziek is en gevaar oplevert, en dat u daarom geen vergunning "
        "nodig heeft.").sentences)
    assert "ook verder" not in text


def test_a_line_after_the_last_list_item_that_goes_on_with_the_lead_is_not_part_of_that_item(linter):
    # 04-T8: "en de aldus ontstane situatie vervolgens zo te houden, bij gebreke waarvan …" on its own
    # line after item b. was glued into b.: the duty and the consequence then read as b.'s only
    body = (
        "Geachte heer Veenstra,\n\n"
        "Het college gelast u, op grond van artikel 125 van de Gemeentewet, binnen de hierna vermelde termijnen:\n"
        "a. de container met de daarbij behorende afdekplaat en verlichting van het gemeentelijke trottoir te "
        "verwijderen;\n"
        "b. de inrit naar de Kerkstraat ongedaan te maken door de tegels en het onderliggende zand te verwijderen "
        "en de stoep in de oorspronkelijke staat terug te brengen,\n"
        "en de aldus ontstane situatie vervolgens zo te houden, bij gebreke waarvan het college de maatregelen "
        "onder a. en b. zelf zal laten uitvoeren.\n\n"
        "Met vriendelijke groet,\n\nH. de Groot\nteamleider Handhaving\n")
    proposal = _proposal(linter, body)
    lines = proposal.markdown.splitlines()
    item_b = next(line for line in lines if line.startswith("b."))
    assert "zo te houden" not in item_b
    assert any(line.startswith("en de aldus ontstane situatie") or line.startswith("en de zo ontstane situatie")
               for line in lines)


def test_a_bulleted_item_the_simplifier_splits_keeps_one_bullet(linter):
    # 07-T14: "- Woont u …? Laat dat dan weten en voeg stukken bij …; een enkele verklaring … is … niet
    # voldoende." split at ";" became two bullets: the second read as an option of its own
    body = (
        "Geachte mevrouw Dijkstra,\n\n"
        "1. Aanleiding\n\n"
        "Uit ons onderzoek blijkt dat u waarschijnlijk niet meer op het adres Lindelaan 9 woont.\n\n"
        "2. Ons voornemen\n\n"
        "Het college is voornemens uw inschrijving op dit adres te beëindigen.\n\n"
        "3. Uw reactie\n\n"
        "U kunt binnen twee weken na de dagtekening van deze brief reageren.\n\n"
        "- Woont u in het buitenland? Dan hoeft u niet te reageren.\n"
        "- Woont u nog wel op de Lindelaan 9? Laat dat dan weten en voeg stukken bij waaruit dat blijkt; "
        "een enkele verklaring van uzelf is daartoe in de regel niet voldoende.\n\n"
        "4. Wat gebeurt er daarna?\n\n"
        "Het college besluit niet eerder dan op vrijdag 5 november 2027.\n\n"
        "Met vriendelijke groet,\n\nP. Bakker\nteamleider Burgerzaken\n")
    proposal = _proposal(linter, body)
    lines = proposal.markdown.splitlines()
    assert not any(line.startswith("- Een enkele verklaring") for line in lines)
    item = next(line for line in lines if "Lindelaan 9?" in line)
    assert item.startswith("- ") and "Een enkele verklaring van uzelf" in item


def test_numbered_headings_right_under_the_salutation_and_a_question_after_a_list_are_headings(linter):
    # 07-P1: "1. Aanleiding" (first in the body) and "5. Wat gebeurt er daarna?" (after a bullet list)
    # were read as list items, so the proposal made "##" of the other numbered headings only
    from letterlint.reading.letter import BlockKind

    result = linter.lint_text(
        "Geachte mevrouw Dijkstra,\n\n"
        "1. Aanleiding\n\n"
        "Uit ons onderzoek blijkt dat u waarschijnlijk niet meer op het adres Lindelaan 9 woont.\n\n"
        "2. Uw reactie\n\n"
        "U kunt binnen twee weken na de dagtekening van deze brief schriftelijk of per e-mail op dit "
        "voornemen reageren.\n\n"
        "- Woont u in het buitenland? Dan hoeft u niet te reageren.\n"
        "- Woont u nog wel op de Lindelaan 9? Laat dat dan weten.\n\n"
        "3. Wat gebeurt er daarna?\n\n"
        "Het college besluit niet eerder dan op vrijdag 5 november 2027.\n\n"
        "Met vriendelijke groet,\n\nP. Bakker\n", "brief.txt", "text")
    headings = [block.text for block in result.letter.blocks if block.kind is BlockKind.HEADING]
    assert "Aanleiding" in headings and "Wat gebeurt er daarna?" in headings
    items = [block.text for block in result.letter.blocks if block.kind is BlockKind.LIST_ITEM]
    assert len(items) == 2
