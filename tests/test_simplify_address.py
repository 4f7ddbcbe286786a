"""An address inside a long sentence becomes a sentence of its own that names whose address it is
(rules/simplify.yaml address); the guards that keep a place that goes on, or a name that is not
certain, in the sentence."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence, expected", [
    ("Als onverwijlde spoed dat vereist, kunt u, nadat u bezwaar heeft gemaakt, de voorzieningenrechter van de "
     "Rechtbank Midden-Zeewolde, Postbus 8080, 0777 RB Zeewolde, vragen een voorlopige voorziening te treffen.",
     "Het adres van de Rechtbank Midden-Zeewolde is Postbus 8080, 0777 RB Zeewolde."),
    ("U kunt uw zienswijze schriftelijk indienen bij het team Vergunningen, Postbus 700, 0777 AA Zeewolde, of "
     "mondeling toelichten na het maken van een afspraak via (0777) 12 34 56.",
     "Het adres van het team Vergunningen is Postbus 700, 0777 AA Zeewolde."),
])
def test_an_address_between_commas_becomes_a_sentence_naming_its_owner(simplifier, sentence, expected):
    result = simplifier.simplify(sentence)
    assert expected in result.sentences
    rest = [s for s in result.sentences if s != expected]
    assert not any("Postbus" in s for s in rest)
    assert any(s.startswith(("Als", "Is", "U kunt", "Vereist")) or "kunt u" in s for s in rest)


def test_an_address_at_the_end_after_a_misread_name_still_becomes_its_own_sentence(simplifier):
    result = simplifier.simplify(
        "Dan kunt u binnen zes weken na de dagtekening daarvan beroep instellen bij de rechtbank Midden-Zeewolde, "
        "team belastingrecht, Postbus 8080, 0777 RB Zeewolde.")
    assert result.sentences[-1] == "Het adres is Postbus 8080, 0777 RB Zeewolde."
    assert result.sentences[0].endswith("bij de rechtbank Midden-Zeewolde, team belastingrecht.")


def test_a_place_that_goes_on_after_the_address_stays_whole(simplifier):
    sentence = ("Deze afspraak vindt plaats in het Stadskantoor, Havenplein 3, tweede verdieping, balie 4, waar u zich "
                "bij de receptie kunt melden.")
    assert not any(s.startswith("Het adres") for s in simplifier.simplify(sentence).sentences)


def test_an_address_after_a_word_that_is_no_name_stays(simplifier):
    # "… sturen naar, Postbus …" has no name to say whose address it is
    sentence = ("De stukken die u wilt nasturen kunt u binnen vier weken sturen naar ons, Postbus 700, 0777 AA "
                "Zeewolde, onder vermelding van het zaaknummer.")
    assert not any(s.startswith("Het adres van") for s in simplifier.simplify(sentence).sentences)


def test_a_named_address_goes_after_a_piece_that_points_back_at_its_sentence(linter, simplifier):
    # the term split off first ("Dat kan binnen zes weken …") keeps following the remedy it points at
    result = simplifier.simplify(
        "Dan kunt u daartegen binnen zes weken na de datum van deze brief bezwaar maken bij de heffingsambtenaar van "
        "de gemeente Zeewolde, Postbus 700, 0777 AA Zeewolde, of digitaal via www.zeewolde.example/bezwaar.")
    assert result.sentences == [
        "Dan kunt u daartegen bezwaar maken bij de heffingsambtenaar van de gemeente Zeewolde of digitaal via "
        "www.zeewolde.example/bezwaar.",
        "Dat kan binnen zes weken na de datum van deze brief.",
        "Het adres van de gemeente Zeewolde is Postbus 700, 0777 AA Zeewolde."]
