"""Red team 28 (Staverhorst, tests/data/redteam28): the classes its judge found misleading in the
proposals of a2eb878, each pinned with sentences written for these tests."""

from __future__ import annotations


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
