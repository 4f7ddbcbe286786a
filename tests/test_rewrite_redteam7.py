"""Red team 7: 12 letters of the fictional municipality Veldhorst, written by a helper blind to the
code (tests/data/redteam7/, with KEY.md: 137 traps written before any run), judged on main e96375a
(FINDINGS-e96375a.md: 0 misleading, 8 heavy and 4 light letters; problems 0 / 15 / 27) and again on
35c4efd after fixes for the classes found (FINDINGS-35c4efd.md: 0 misleading; problems 0 / 7 / 30;
11 fixed, 6 new) and on 51acee2 (FINDINGS-51acee2.md: 0 misleading, 4 heavy, 8 light letters;
problems 0 / 4 / 30). The proposals judged are in proposals-<commit>/.

The tests pin what held on every letter (a verified proposal, every number kept and none added,
remedies and negations kept) and the fixes for the classes the judges found, each also tested on own
sentences in the simplifier's and placement tests.
"""

from __future__ import annotations

import re

import pytest

from redteam_support import RedTeam, number_changes, proposal
from test_rewrite_redteam3 import MARKER, NEGATION, REMEDIES, _text_without_added_headings

TEAM = RedTeam("redteam7")
LETTERS = TEAM.letters


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[int, dict]]:
    return TEAM.rewrite_all()


_original = TEAM.original
_proposal = proposal


def _flat(text: str) -> str:
    return " ".join(MARKER.sub("", text).split())


def test_the_twelve_letters_are_there():
    assert len(LETTERS) == 12


@pytest.mark.parametrize("name", LETTERS)
def test_every_letter_gets_a_verified_proposal(results, name):
    code, data = results[name]
    assert code == 0 and data["ok"] and data["proposal"], data["problems"]


@pytest.mark.parametrize("name", LETTERS)
def test_every_number_kept_and_none_added(results, name):
    lost, added = number_changes(_original(name), _proposal(results, name))
    assert not lost and not added, f"kwijt: {lost}; bijgekomen: {added}"


@pytest.mark.parametrize("name", LETTERS)
def test_negations_kept(results, name):
    original = _original(name)
    text = _text_without_added_headings(_proposal(results, name), original)
    assert len(NEGATION.findall(text)) == len(NEGATION.findall(original))


@pytest.mark.parametrize("name", LETTERS)
def test_remedies_kept(results, name):
    original = _original(name)
    text = _text_without_added_headings(_proposal(results, name), original)
    for remedy in REMEDIES:
        assert len(re.findall(remedy, text, re.I)) >= len(re.findall(remedy, original, re.I)), remedy


@pytest.mark.parametrize("name, broken", [
    ("02_wi_hersteltermijn.txt", "Door ons vragen wij"),
    ("06_vth_afwijzing_handhavingsverzoek.txt", "Door de gemeente vervult de gemeente"),
    ("06_vth_afwijzing_handhavingsverzoek.txt", "aan de eigenaar geeft"),
    ("09_bz_erkenning_naamskeuze_sjabloon.txt", "Door u heeft u"),
    ("10_bel_woz_beschikking_aanslag.txt", "niet op tijd betalen?"),
    # 02-N1: the split that left "en naar aanleiding waarvan" dangling (the original sentence, whole and
    # followed by "Tijdens dit gesprek", is the letter's own order: see test_rewrite_antecedents.py)
    ("02_wi_hersteltermijn.txt", "Wij hebben deze aanvraag in behandeling genomen en naar aanleiding waarvan"),
])
def test_the_broken_sentences_the_judges_found_are_gone(results, name, broken):
    assert broken not in _flat(_proposal(results, name))


def test_the_appointment_stays_under_the_invitation(results):
    proposal = _proposal(results, "08_bz_uitnodiging_adresonderzoek.txt")
    lines = [line for line in proposal.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.endswith("uit voor een gesprek op:"))
    assert lines[start + 1] == "- dinsdag 15 juli 2025 om 10.30 uur"


def test_the_condition_and_its_consequence_stay_together(results):
    proposal = _flat(_proposal(results, "08_bz_uitnodiging_adresonderzoek.txt"))
    condition = proposal.index("Als u niet naar het gesprek komt")
    assert condition < proposal.index("uw inschrijving op dit adres dan mogelijk") < condition + 300


def test_the_breakdown_of_the_amount_stays_a_list(results):
    proposal = _proposal(results, "11_bel_naheffing_parkeerbelasting.txt")
    assert "- kosten naheffingsaanslag: € 74,90" in proposal.splitlines()


def test_a_second_ground_neither_opens_the_letter_nor_takes_the_first_grounds_article(results):
    proposal = _flat(_proposal(results, "12_bel_kwijtschelding_afwijzing.txt"))
    summary = proposal.split("## In het kort", 1)[1].split("##", 1)[0] if "## In het kort" in proposal else ""
    assert "Daarnaast" not in summary
    assert proposal.index("Dit staat in artikel 26 van de Invorderingswet 1990") < proposal.index("Daarnaast is door")
