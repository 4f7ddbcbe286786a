"""Red team 9: 12 letters of the fictional municipality Hoeksterveen, written by a helper blind to
the code (tests/data/redteam9/, with KEY.md: 172 traps written before any run), judged by another
helper on e7c90bb (FINDINGS-e7c90bb.md, out of sample: 2 misleading, 6 heavy, 3 light letters and 1
refused; traps kept / broken-heavy / broken-misleading 152 / 1 / 4 of the 157 scored).

The tests pin what held (every proposal verified, every number kept and none
added, negations and remedies kept; 05, refused on e7c90bb because an enumeration inside a list item
lost its sub-list, now gets a proposal) and the classes fixed after the judgement: outcomes "voor zover
het dit onderdeel betreft" above the parts they name (04), a remedy placeholder in an announcement
that says it is no decision (06), the bezwaar under "Wilt u reageren op ons plan?" in the letter's
own order (01). Each class is also tested on own letters (test_rewrite_order_check.py,
test_letter_type_no_decision.py).
"""

from __future__ import annotations

import re

import pytest
from redteam_support import RedTeam, number_changes, proposal
from test_rewrite_redteam3 import MARKER, NEGATION, REMEDIES, _text_without_added_headings

TEAM = RedTeam("redteam9")
LETTERS = TEAM.letters
SHOWN = LETTERS  # 05 was refused on e7c90bb: an enumeration inside a list item lost its sub-list


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[int, dict]]:
    return TEAM.rewrite_all()


_original = TEAM.original
_proposal = proposal


def _headings(text: str) -> list[tuple[str, str]]:
    """(heading, text under it) in order; text before the first heading under ''."""
    found, heading, lines = [], "", []
    for line in text.splitlines():
        if line.startswith("## "):
            found.append((heading, " ".join(lines)))
            heading, lines = line[3:].strip(), []
        else:
            lines.append(line)
    found.append((heading, " ".join(lines)))
    return found


def test_the_twelve_letters_are_there():
    assert len(LETTERS) == 12


@pytest.mark.parametrize("name", SHOWN)
def test_every_letter_gets_a_verified_proposal(results, name):
    code, data = results[name]
    assert code == 0 and data["ok"] and data["proposal"], data["problems"]


@pytest.mark.parametrize("name", SHOWN)
def test_every_number_kept_and_none_added(results, name):
    lost, added = number_changes(_original(name), _proposal(results, name))
    assert not lost and not added, f"kwijt: {lost}; bijgekomen: {added}"


@pytest.mark.parametrize("name", SHOWN)
def test_negations_and_remedies_kept(results, name):
    original = _original(name)
    text = _text_without_added_headings(_proposal(results, name), original)
    # headings do not count: a letter's own question heading ("Wat gebeurt er als je niet komt?", a
    # short line of its own) may give way to the B1 heading, and the B1 headings are added
    lines = _proposal(results, name).splitlines()
    body = MARKER.sub("", " ".join(line for line in lines if not line.startswith("#")))
    rows = [""] + original.splitlines()
    headings = " ".join(line for before, line in zip(rows, rows[1:])
                        if not before.strip() and (line.startswith("#") or (
                            line.strip().endswith("?") and len(line.split()) <= 8)))
    assert len(NEGATION.findall(body)) == len(NEGATION.findall(original)) - len(NEGATION.findall(headings))
    for remedy in REMEDIES:
        assert len(re.findall(remedy, text, re.I)) >= len(re.findall(remedy, original, re.I)), remedy


def test_outcomes_per_part_stand_after_the_parts_they_name(results):
    text = " ".join(MARKER.sub("", _proposal(results, "04_vth_toewijzing_handhavingsverzoek.txt")).split())
    assert text.index("eerste onderdeel") < text.index("dit onderdeel betreft, toe te wijzen")
    assert text.index("tweede onderdeel") < text.index("dit onderdeel betreft, af te wijzen")


def test_an_announcement_that_is_no_decision_gets_no_remedy_placeholder(results):
    text = _proposal(results, "06_vth_vooraankondiging_controle_sjabloon.md")
    assert "[invullen" not in text and "Bent u het niet eens?" not in text


def test_the_bezwaar_stands_under_its_own_heading_after_a_zienswijze(results):
    sections = _headings(_proposal(results, "01_wi_beeindiging_bijstand_samenwoning.txt"))
    heading = next(h for h, text in sections if "bezwaar maken" in text and "zes weken" in text)
    assert heading == "Bent u het niet eens?"


def test_a_numbered_attachment_list_keeps_its_numbers(results):
    # "De op bijlage 1 aangegeven calamiteitenroute" names the first attachment (05)
    text = _proposal(results, "05_vth_evenementenvergunning_vuurwerk_geweigerd.txt")
    assert "1. situatietekening evenemententerrein Markt" in text
    assert "2. verspreidingsgebied bewonersbrief" in text


def test_the_issued_dwangbevel_and_its_exploit_are_copied_as_they_stand(results):
    # 10-P1, 10-P2, trap 5: split, re-flowed, its amount table run together
    lines = _proposal(results, "10_bel_dwangbevel.txt").splitlines()
    original = TEAM.original("10_bel_dwangbevel.txt").splitlines()
    start = original.index("DWANGBEVEL") + 1
    end = original.index("belastingdeurwaarder") + 1
    quoted = [line.rstrip() for line in original[start:end] if line.strip() and line.strip() != "EXPLOIT VAN BETEKENING"]
    assert all(line in lines for line in quoted)


def test_the_decision_paragraph_gets_the_decision_heading_in_the_letters_own_order(results):
    # 08-P1: "In het kort" held only the background and the decision stood under "Waarom …?"
    sections = _headings(_proposal(results, "08_bz_correctie_adres_na_adresonderzoek.txt"))
    heading = next(h for h, text in sections if "Het college heeft besloten uw adres" in text)
    assert heading == "Wat hebben wij besloten?"


def test_the_intention_is_not_under_waarom_when_a_finding_reports_another_partys_act(results):
    # 07-P1: "… dat de huurovereenkomst is beëindigd" (the landlord's act) tied with the intention
    sections = _headings(_proposal(results, "07_bz_voornemen_uitschrijving_buitenland.txt"))
    heading = next(h for h, text in sections if "Het college is van plan" in text)
    # in the section that opens the letter: "In het kort" when the intention opens it, no heading when
    # the legal rule it rests on had to come first (no summary above a law article, session 13)
    assert heading in ("In het kort", "")
    assert heading == "" or sections[1][0] == heading
