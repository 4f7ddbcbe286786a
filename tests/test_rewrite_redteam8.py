"""Red team 8: 12 letters of the fictional municipality Brakelwoude, written by a helper blind to the
code (tests/data/redteam8/, with KEY.md: 157 traps written before any run), judged on main b26e226
(FINDINGS-b26e226.md, out of sample: 5 misleading, 5 heavy and 2 light letters; traps kept /
broken-heavy / broken-misleading 146 / 6 / 5) and again on 7aaab1e after fixes for the classes found
(FINDINGS-7aaab1e.md: 1 misleading, 8 heavy, 3 light; traps 154 / 2 / 1; no misleading problem left
outside the traps). The proposals judged are in proposals-<commit>/.

The tests pin what held on every letter (a verified proposal, every number kept and none added,
negations and remedies kept) and the misleading classes the judges found: a pointer placed before
what it points at, a template block broken by re-sorting, "laten ik". Each class is also tested on
own sentences and letters (test_rewrite_order_check.py, test_rewrite_templates_blocks.py,
test_simplify_redteam8.py).
"""

from __future__ import annotations

import re

import pytest

from redteam_support import RedTeam, number_changes, proposal
from test_rewrite_redteam3 import MARKER, NEGATION, REMEDIES, _text_without_added_headings

TEAM = RedTeam("redteam8")
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


@pytest.mark.parametrize("name", LETTERS)
def test_no_laten_ik(results, name):
    assert "laten ik" not in _flat(_proposal(results, name))


@pytest.mark.parametrize("name, antecedent, pointer", [
    # 10-P1: "Gelet hierop …" opened the letter above the finding it concludes from
    ("10_bel_naheffing_parkeervergunning.txt", "scanvoertuig", "Gelet hierop"),
    # 08: "op deze brief niet gereageerd" parted from the letter of 5 October
    ("08_bz_weigering_adreswijziging.txt", "5 oktober 2026", "op deze brief"),
    # 07 trap 9: "deze verordening" above the Legesverordening
    ("07_vth_ontvangstbevestiging_verdaging_sjabloon.txt", "Legesverordening", "deze verordening"),
])
def test_a_pointer_never_stands_above_what_it_points_at(results, name, antecedent, pointer):
    text = _flat(_proposal(results, name))
    assert text.index(antecedent) < text.index(pointer)


def test_the_template_block_encloses_what_it_enclosed_in_the_letter(results):
    text = _proposal(results, "07_vth_ontvangstbevestiging_verdaging_sjabloon.txt")
    block = text[text.index("{% if gemachtigde %}"):text.index("{% endif %}")]
    assert "##" not in block and "bezwaar" not in block.lower()
