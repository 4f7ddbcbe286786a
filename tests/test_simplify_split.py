"""Clause-level splits of long officialese sentences (issue 16, step 3): each split on fictional
Dutch sentences, and the cases where the parse is not clean enough and nothing is split."""

from __future__ import annotations

import pytest

from letterlint.rewrite.simplify import Simplifier, has_finite_verb


@pytest.fixture(scope="module")
def simplifier(linter):
    return Simplifier(linter)


def details(result) -> list[str]:
    return [t.detail for t in result.transformations if t.kind == "split"]


def all_have_finite_verbs(result, linter) -> bool:
    return all(has_finite_verb(linter.pipeline.nlp(sentence)) for sentence in result.sentences)


# --------------------------------------------------------------------------- "dat A en dat B"


def test_two_dat_clauses_under_one_frame_repeat_the_frame_with_ook(simplifier, linter):
    result = simplifier.simplify(
        "Tijdens de controle op 3 maart 2026 is gebleken dat de schuur in de achtertuin nog steeds "
        "aanwezig is, en dat er tot nu toe geen aanvraag om een vergunning is ingediend.")
    assert result.sentences == [
        "Tijdens de controle op 3 maart 2026 is gebleken dat de schuur in de achtertuin nog steeds aanwezig is.",
        "Tijdens de controle op 3 maart 2026 is ook gebleken dat er tot nu toe geen aanvraag om een "
        "vergunning is ingediend.",
    ]
    assert details(result) == ["zin gesplitst bij 'en dat' (begin van de zin herhaald)"]
    assert all_have_finite_verbs(result, linter)


def test_a_repeated_frame_opens_up_erop_around_ook(simplifier):
    result = simplifier.simplify(
        "Wij wijzen u er nadrukkelijk op dat de vergunning vervalt als u niet binnen een jaar met de "
        "bouw begint en dat de leges dan niet worden terugbetaald.")
    assert result.sentences[1] == "Wij wijzen u er ook nadrukkelijk op dat de leges dan niet worden terugbetaald."
    assert result.sentences[0].endswith("als u niet binnen een jaar met de bouw begint.")


def test_a_frame_that_already_says_ook_is_repeated_as_it_is(simplifier):
    result = simplifier.simplify(
        "Ook wijzen wij u erop dat de kosten van de invordering voor uw rekening komen en dat wij de "
        "vordering aan een deurwaarder kunnen overdragen.")
    assert result.sentences == [
        "Ook wijzen wij u erop dat de kosten van de invordering voor uw rekening komen.",
        "Ook wijzen wij u erop dat wij de vordering aan een deurwaarder kunnen overdragen.",
    ]


def test_dat_clauses_joined_by_of_are_a_choice_and_stay_one_sentence(simplifier):
    result = simplifier.simplify(
        "Wij vragen u ons voor 1 juni 2026 te laten weten dat u de schuur zelf afbreekt of dat u "
        "alsnog een aanvraag om een omgevingsvergunning voor de schuur indient.")
    assert not any("dat'" in detail for detail in details(result))


def test_a_negated_frame_is_not_repeated(simplifier):
    result = simplifier.simplify(
        "Wij kunnen op dit moment niet garanderen dat de aanvraag voor 1 juni 2026 is behandeld en dat "
        "de bijzondere bijstand voor de verhuizing nog in mei op uw rekening staat.")
    assert not any("en dat" in detail for detail in details(result))


def test_en_dat_inside_a_nested_dat_clause_is_not_split_at_the_outer_frame(simplifier):
    # the second "dat" continues "melden dat ...", not "wijzen u erop dat ..."
    result = simplifier.simplify(
        "Wij wijzen u erop dat u ons moet melden dat uw partner sinds 1 april 2026 bij u woont en dat "
        "zij een eigen inkomen uit werk heeft.")
    assert not any("en dat" in detail for detail in details(result))


# --------------------------------------------------------------------------- want, doch


def test_want_between_two_main_clauses_starts_a_new_sentence(simplifier, linter):
    result = simplifier.simplify(
        "Wij kunnen uw aanvraag voor bijzondere bijstand nog niet beoordelen, want de loonstroken van "
        "uw partner over de maanden januari en februari ontbreken nog.")
    assert result.sentences == [
        "Wij kunnen uw aanvraag voor bijzondere bijstand nog niet beoordelen.",
        "Want de loonstroken van uw partner over de maanden januari en februari ontbreken nog.",
    ]
    assert all_have_finite_verbs(result, linter)
