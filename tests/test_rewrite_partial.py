"""Partial simplification: a sentence the simplifier cannot bring to B1 is still marked
[herschrijven: …], but shows the safe changes (jargon, U → u, law citation moved out) — only when
the per-sentence check keeps its facts, negations, direction and remedy; otherwise the original.

Letters of the fictional municipality Meerwijde, written for these tests.
"""

from __future__ import annotations

import pytest

from letterlint.placeholders import TO_REWRITE
from letterlint.rewrite.proposal import propose_rewrite, shown_for, simplifier_for
from letterlint.rewrite.simplify import Simplified, Transformation
from letterlint.rewrite.statements import RewriteRules
from letterlint.rewrite.verify import facts_in, sentence_change_problem

LETTER = """\
Gemeente Meerwijde
Afdeling Sociaal Domein
Postbus 88
4410 AA Meerwijde

De heer P. Kooistra
Dorpsstraat 3
4412 DE Meerwijde

Datum: 9 maart 2026
Ons kenmerk: SD-2026-05120
Onderwerp: bijzondere bijstand tandarts

Geachte heer Kooistra,

Wij hebben uw aanvraag om bijzondere bijstand voor de kosten van de tandarts ontvangen.
Teneinde de hoogte van de aan U toekomende bijzondere bijstand vast te kunnen stellen, verzoeken wij U derhalve om de nota van de tandarts alsmede het overzicht van uw zorgverzekeraar uiterlijk op 14 april 2026 aan ons te doen toekomen.
Als wij de stukken niet op tijd ontvangen, kunnen wij uw aanvraag niet behandelen.
Voor vragen kunt u bellen met de heer J. Smit op telefoonnummer 0113 24 68 22.

Met vriendelijke groet,

namens het college van burgemeester en wethouders,
L. Vermeulen
teamleider Inkomen
"""
LONG = ("Teneinde de hoogte van de aan U toekomende bijzondere bijstand vast te kunnen stellen, verzoeken wij U "
        "derhalve om de nota van de tandarts alsmede het overzicht van uw zorgverzekeraar uiterlijk op 14 april "
        "2026 aan ons te doen toekomen.")


@pytest.fixture(scope="module")
def rules(linter) -> RewriteRules:
    return RewriteRules.for_linter(linter)


@pytest.fixture(scope="module")
def proposal(linter):
    result = linter.lint_text(LETTER, "tandarts.txt", "text")
    return propose_rewrite(linter, result, suggest=False)


def test_a_long_sentence_is_marked_but_shows_its_jargon_and_capital_u_replaced(proposal):
    assert proposal.ok, proposal.verification.problems
    entry = next(e for e in proposal.sentence_map if e.original == LONG)
    assert entry.marked
    shown = " ".join(entry.proposal)
    assert shown.startswith("[herschrijven: ")
    text = TO_REWRITE.sub("", shown)
    assert "Teneinde" not in text and "derhalve" not in text and "alsmede" not in text
    assert " U " not in text and "aan u toekomende" in text
    assert "14 april 2026" in text
    assert any(t.startswith("jargon") for t in entry.transformations)
    assert shown in proposal.markdown


def test_the_partly_simplified_sentence_keeps_the_letter_level_verification(proposal):
    assert proposal.verification.facts_kept and proposal.verification.nothing_invented
    assert proposal.verification.direction_same and proposal.verification.remedy_same


def test_sentence_check_accepts_jargon_and_register_changes(linter, rules):
    after = ("Om de hoogte van de aan u toekomende bijzondere bijstand vast te kunnen stellen, verzoeken wij u "
             "daarom om de nota van de tandarts en het overzicht van uw zorgverzekeraar uiterlijk op 14 april 2026 "
             "aan ons te doen toekomen.")
    assert sentence_change_problem(LONG, after, rules, linter.analyzer) is None


@pytest.mark.parametrize("after, what", [
    ("U krijgt de bijzondere bijstand van € 214,50 niet.", "ontkenningen"),
    ("U krijgt de bijzondere bijstand van € 241,50 wel.", "bedrag"),
    ("Wij wijzen de bijzondere bijstand van € 214,50 af.", "strekking"),
    ("U krijgt de bijzondere bijstand van € 214,50 wel. U kunt binnen zes weken bezwaar maken.", "termijn"),
])
def test_sentence_check_refuses_a_changed_amount_negation_direction_or_remedy(linter, rules, after, what):
    before = "U krijgt de bijzondere bijstand van € 214,50 wel."
    problem = sentence_change_problem(before, after, rules, linter.analyzer)
    assert problem is not None and (what in problem or what == "strekking" and "strekking" in problem)


def test_a_partial_result_that_loses_a_negation_falls_back_to_the_original(linter, rules):
    original = ("Indien U de gevraagde stukken niet tijdig aan ons doet toekomen, kunnen wij uw aanvraag om "
                "bijzondere bijstand voor de kosten van de tandarts niet in behandeling nemen en wordt deze afgehandeld.")
    broken = ("Als u de gevraagde stukken tijdig aan ons stuurt, kunnen wij uw aanvraag om bijzondere bijstand "
              "voor de kosten van de tandarts niet in behandeling nemen en wordt deze afgehandeld.")
    result = Simplified(original, [broken], [Transformation("jargon", "'indien' → 'als'")], [],
                        "zin van 31 woorden; geen veilige plek om te splitsen")
    shown = shown_for(original, result, rules, linter, 20)
    assert shown.marked and not shown.partial and "ontkenningen" in shown.refused
    assert shown.texts == [f"[herschrijven: zin van 31 woorden; geen veilige plek om te splitsen] {original}"]
    assert shown.transformations == []


def test_a_short_simplified_sentence_is_not_marked(linter, rules):
    simplifier = simplifier_for(linter, "u")
    original = "Wij verzoeken U de nota te sturen."
    shown = shown_for(original, simplifier.simplify(original), rules, linter, 20)
    assert not shown.marked and shown.texts == ["Wij vragen u de nota te sturen."]


def test_a_law_line_is_only_added_when_the_citation_left_the_sentence(linter, rules):
    original = "Op grond van artikel 35 van de Participatiewet kennen wij U een bijdrage toe van € 150,00."
    kept_in = Simplified(original, ["Op grond van artikel 35 van de Participatiewet kennen wij u een bijdrage toe "
                                    "van € 150,00."], [Transformation("register", "'U' → 'u'")],
                         ["Dit staat in artikel 35 van de Participatiewet."])
    shown = shown_for(original, kept_in, rules, linter, 20)
    assert shown.law_lines == []
    moved = Simplified(original, ["Wij kennen u een bijdrage toe van € 150,00."],
                       [Transformation("law_citation", "artikel 35")], ["Dit staat in artikel 35 van de Participatiewet."])
    shown = shown_for(original, moved, rules, linter, 20)
    assert shown.law_lines == ["Dit staat in artikel 35 van de Participatiewet."]


def test_a_sentence_opening_with_a_law_preposition_is_no_named_person(linter, rules):
    text = "Ingevolge de Rijkswet op het Nederlanderschap krijgt u een uitnodiging van de burgemeester."
    assert not [f for f in facts_in(text, rules, linter.analyzer) if f.kind == "person"]


def test_request_direction_is_the_same_for_passive_and_active_request(rules):
    assert "request" in rules.directions_of("U wordt dringend verzocht het bedrag te betalen.")
    assert "request" in rules.directions_of("Daarom wordt u derhalve verzocht het formulier te sturen.")
    assert "request" in rules.directions_of("Wij vragen u dringend het bedrag te betalen.")
