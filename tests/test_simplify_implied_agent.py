"""A passive without an agent becomes active with "wij" only where the agent can only be the
municipality (issue 16, step 3: "passive -> active where the agent ... is the municipality").

The acts are listed in rules/simplify.yaml (implied_agent.verbs): deciding on and handling a case.
The letter must speak as "wij" itself; a sentence that names another body (UWV, rechtbank,
werkgever), one of the municipality's own bodies (college, burgemeester: which of them acts can
matter in law), "door" or an impersonal "er" keeps its passive. Own sentences (fictional
Wierdenveld), none from the corpus."""

from __future__ import annotations

import pytest

from letterlint.rewrite.proposal import propose_rewrite


def _active(simplifier, sentence: str) -> str:
    result = simplifier.simplify_many([sentence], implied_agent="wij")[0]
    return " ".join(result.sentences)


@pytest.mark.parametrize("sentence, expected", [
    ("Uw bezwaar tegen de aanslag is gedeeltelijk ingewilligd.",
     "Wij hebben uw bezwaar tegen de aanslag gedeeltelijk ingewilligd."),
    ("Uw aanvraag voor een gehandicaptenparkeerkaart wordt afgewezen.",
     "Wij wijzen uw aanvraag voor een gehandicaptenparkeerkaart af."),
    ("Het te veel ontvangen bedrag wordt in maandelijkse termijnen verrekend met uw uitkering.",
     "Wij verrekenen het te veel ontvangen bedrag in maandelijkse termijnen met uw uitkering."),
    ("Uw zienswijze is op 4 september 2026 ontvangen.",
     "Wij hebben uw zienswijze op 4 september 2026 ontvangen."),
    ("Daarna kan zonder verdere aankondiging een dwangbevel worden uitgevaardigd.",
     "Daarna kunnen wij zonder nieuwe waarschuwing een dwangbevel uitvaardigen."),
    ("Gedurende het onderzoek wordt de invordering van uw aanslag aangehouden.",
     "Tijdens het onderzoek houden wij de invordering van uw aanslag aan."),
])
def test_a_passive_of_handling_a_case_names_the_municipality(simplifier, sentence, expected):
    assert _active(simplifier, sentence) == expected


def test_in_a_subordinate_clause_the_verbs_stay_at_the_end(simplifier):
    assert _active(simplifier, "Wij laten u weten dat uw verzoek om bijzondere bijstand wordt afgewezen.") == \
        "Wij laten u weten dat wij uw verzoek om bijzondere bijstand afwijzen."


def test_the_transformation_is_recorded_as_passive_to_active(simplifier):
    result = simplifier.simplify_many(["Uw zienswijze is op 4 september 2026 ontvangen."], implied_agent="wij")[0]
    assert [t.kind for t in result.transformations] == ["passive_to_active"]
    assert "gemeente" in result.transformations[0].detail


@pytest.mark.parametrize("sentence", [
    # another body acts, named in the sentence
    "Uw WW-uitkering bij het UWV is per 1 augustus 2026 beëindigd.",
    # one of the municipality's own bodies is named: which of them acts can matter
    "De burgemeester heeft bepaald dat de vergunning wordt verleend.",
    # an act of the reader, or a verb whose agent is often someone else
    "Het bezwaarschrift moet worden ondertekend.",
    "Uw aanvraag is op 3 mei 2026 ingetrokken.",
    "Het bedrag moet binnen zes weken worden betaald.",
    # an impersonal passive
    "Er is besloten de invordering te hervatten.",
])
def test_a_passive_whose_agent_is_not_certainly_the_municipality_stays(simplifier, sentence):
    assert _active(simplifier, sentence) == sentence


@pytest.mark.parametrize("sentence, expected", [
    ("Uw beroep is door de rechtbank ontvangen.", "De rechtbank heeft uw beroep ontvangen."),
    ("Het loon over juli is door uw werkgever uitbetaald.", "Uw werkgever heeft het loon over juli uitbetaald."),
])
def test_a_passive_with_another_body_as_its_agent_makes_that_body_the_subject_never_wij(simplifier, sentence,
                                                                                       expected):
    assert _active(simplifier, sentence) == expected


def test_without_the_letter_speaking_as_wij_the_passive_stays(simplifier):
    sentence = "Uw aanvraag voor een gehandicaptenparkeerkaart wordt afgewezen."
    assert " ".join(simplifier.simplify_many([sentence])[0].sentences) == sentence


_LETTER = """Gemeente Wierdenveld
Afdeling Werk en Inkomen

Geachte heer Dekker,

Uw aanvraag voor bijzondere bijstand voor een wasmachine wordt afgewezen. {reason}

Met vriendelijke groet,

Team Inkomen
"""


def test_a_letter_that_speaks_as_wij_gets_the_active_sentence(linter):
    text = _LETTER.format(reason="Wij vinden dat u de wasmachine uit uw eigen geld kunt betalen.")
    proposal = propose_rewrite(linter, linter.lint_text(text, "wij.txt", "text"), suggest=False)
    assert "Wij wijzen uw aanvraag voor bijzondere bijstand voor een wasmachine af." in proposal.markdown
    assert proposal.verification.ok


def test_a_letter_that_never_says_wij_keeps_its_passive(linter):
    text = _LETTER.format(reason="Het college vindt dat u de wasmachine uit eigen geld kunt betalen.")
    proposal = propose_rewrite(linter, linter.lint_text(text, "college.txt", "text"), suggest=False)
    assert "wordt afgewezen" in proposal.markdown
    assert "Wij wijzen" not in proposal.markdown


@pytest.mark.parametrize("sentence", [
    "De huurovereenkomst voor deze woning is per 30 september 2026 beëindigd.",  # the landlord's act
    "Uw rijbewijs is op 2 mei 2026 ingevorderd.",                                # the police's
    "Dit wordt per 1 juli 2026 herzien.",                                         # "dit": not known here
])
def test_a_passive_whose_subject_the_municipality_does_not_handle_stays(simplifier, sentence):
    assert _active(simplifier, sentence) == sentence


def test_a_question_with_the_verb_first_names_the_municipality(simplifier):
    result = simplifier.simplify_many(["Wordt uw aanvraag voor een gehandicaptenparkeerkaart afgewezen?"],
                                      implied_agent="wij")[0]
    assert result.sentences == ["Wijzen wij uw aanvraag voor een gehandicaptenparkeerkaart af?"]


def test_a_split_keeps_a_second_clause_with_its_own_subject(simplifier):
    # "… en zult u …": the subject of the first clause is not repeated before "u"
    result = simplifier.simplify_many([
        "In dat geval wordt uw aanvraag niet behandeld en zult u, als u nog steeds hulp nodig heeft, "
        "een nieuwe aanvraag moeten indienen."], implied_agent="wij")[0]
    assert "zult uw aanvraag" not in " ".join(result.sentences)


def test_a_letter_that_says_we_gets_we(linter):
    text = ("Gemeente Wierdenveld\n\nBeste Sanne,\n\nWe hebben je aanvraag bekeken. Je aanvraag voor een "
            "vergoeding van je laptop wordt afgewezen. We vinden dat je de laptop zelf kunt betalen.\n\n"
            "Groeten,\n\nTeam Jongeren\n")
    proposal = propose_rewrite(linter, linter.lint_text(text, "we.txt", "text"), suggest=False)
    assert "We wijzen je aanvraag voor een vergoeding van je laptop af." in proposal.markdown


@pytest.mark.parametrize("sentence, expected", [
    # red team 7: "Door ons vragen wij u", "Door de gemeente vervult de gemeente", "Door u heeft u"
    ("Door ons wordt u verzocht de loonstroken binnen acht dagen in te leveren.",
     "Wij vragen u de loonstroken binnen acht dagen in te leveren."),
    ("Door de gemeente wordt u verzocht het formulier te ondertekenen.",
     "De gemeente vraagt u het formulier te ondertekenen."),
    ("Door u is op 2 juni 2026 een parkeervergunning aangevraagd.",
     "U heeft op 2 juni 2026 een parkeervergunning aangevraagd."),
])
def test_an_agent_that_opens_the_sentence_becomes_its_subject_once(simplifier, sentence, expected):
    assert _active(simplifier, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a participle of the list read as a noun by the tagger
    ("Daarnaast zal de invordering van uw aanslag worden hervat.",
     "Daarnaast zullen wij de invordering van uw aanslag hervatten."),
    # a question whose subject the parse calls an object (a passive has none)
    ("Wordt het openstaande bedrag niet binnen deze termijn ontvangen?",
     "Ontvangen wij het openstaande bedrag niet binnen deze termijn?"),
    ("De verlaging wordt toegepast op de bijstand over de maand juni 2026.",
     "Wij passen de verlaging toe op de bijstand over de maand juni 2026."),
    ("Uw aanvraag wordt niet in behandeling genomen.", "Wij nemen uw aanvraag niet in behandeling."),
])
def test_more_passives_of_handling_a_case_name_the_municipality(simplifier, sentence, expected):
    assert _active(simplifier, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Er zijn maatregelen genomen.",
    "De regels van de verordening worden toegepast.",
    # the reader beside the noun the parse calls an object: who is the subject is not certain
    "Wordt u het bedrag niet binnen deze termijn terugbetaald?",
])
def test_a_passive_whose_subject_is_not_a_case_stays(simplifier, sentence):
    assert _active(simplifier, sentence) == sentence
