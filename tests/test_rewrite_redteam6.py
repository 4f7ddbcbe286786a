"""Red team 6: 12 letters of the fictional municipality Hollestein, written by a helper blind to
the code (tests/data/redteam6/, with KEY.md: 123 traps written before any run), judged on main
04096cd (FINDINGS.md: 1 misleading, 14 heavy and 31 light problems) and again on a763020 after the
merges of session 8 (RECHECK-a763020.md: 0 misleading, 8 heavy, 28 light; the proposals judged are
in proposals-04096cd/ and proposals-a763020/).

The tests pin what held on every letter (a verified proposal, every number kept — list numbers
too — and none added, remedies and negations kept) and the fixes made for the classes the judges
found, each also tested on own sentences in the simplifier's tests: "voornoemde brief" is an earlier
letter ("die brief"), never "deze brief"; a day clause the parse closes too early keeps its term
whole; "welke" before a het-word is the pronoun; a sentence of the letter that is only a
subordinate clause is marked for the writer.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from test_rewrite_redteam3 import MARKER, NEGATION, NUMBER, REMEDIES, _run_rewrite, _text_without_added_headings

DATA = Path(__file__).parent / "data" / "redteam6"
LETTERS = sorted(p.name for p in DATA.iterdir()
                 if p.suffix in {".txt", ".md"} and p.name not in ("KEY.md", "FINDINGS.md", "RECHECK-a763020.md"))


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[int, dict]]:
    return {name: _run_rewrite(DATA / name) for name in LETTERS}


def _original(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _proposal(results, name: str) -> str:
    code, data = results[name]
    assert code == 0 and data["ok"], f"{name}: geen voorstel ({data['problems']})"
    return data["proposal"]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_twelve_letters_are_there():
    assert len(LETTERS) == 12


@pytest.mark.parametrize("name", LETTERS)
def test_every_letter_gets_a_verified_proposal(results, name):
    code, data = results[name]
    assert code == 0 and data["ok"] and data["proposal"], data["problems"]


@pytest.mark.parametrize("name", LETTERS)
def test_every_number_kept_and_none_added(results, name):
    original = Counter(NUMBER.findall(_original(name)))
    found = Counter(NUMBER.findall(MARKER.sub("", _proposal(results, name))))
    assert not original - found, f"kwijt: {dict(original - found)}"
    assert not found - original, f"bijgekomen: {dict(found - original)}"


def _without_plain_headings(text: str) -> str:
    """The letter without its plain-text headings ("Bezwaar" on a line of its own): the proposal
    puts its own question heading there."""
    lines = text.splitlines()
    def heading(i: int) -> bool:
        line = lines[i].strip()
        return bool(line) and len(line.split()) <= 4 and not line.endswith((".", ":", ",", ";", "?")) \
            and (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
    return "\n".join(line for i, line in enumerate(lines) if not heading(i))


@pytest.mark.parametrize("name", LETTERS)
def test_remedies_and_negations_kept(results, name):
    original = _without_plain_headings(_original(name))
    text = _text_without_added_headings(_proposal(results, name), original)
    for remedy in REMEDIES:
        assert len(re.findall(remedy, text, re.I)) == len(re.findall(remedy, original, re.I)), remedy
    assert len(NEGATION.findall(text)) == len(NEGATION.findall(original))


def test_an_earlier_letter_named_voornoemde_brief_stays_that_letter(results):
    """bz-01: "In voornoemde brief bent u in de gelegenheid gesteld …" became "In deze brief heeft u
    de gelegenheid gekregen …" on 04096cd: this letter instead of the earlier one (misleading)."""
    proposal = _flat(_proposal(results, "bz-01-adresonderzoek.txt"))
    assert "In deze brief heeft u de gelegenheid" not in proposal
    assert "In die brief heeft u de gelegenheid gekregen" in proposal


def test_the_appeal_term_after_the_day_of_inspection_stays_whole(results):
    """vth-01 on a763020: "Wel kan gelegd beroep worden ingesteld … Dat kan binnen zes weken na de
    dag waarop dit besluit ter inzage is." """
    proposal = _flat(MARKER.sub("", _proposal(results, "vth-01-omgevingsvergunning.txt")))
    assert "kan gelegd beroep" not in proposal
    assert "binnen zes weken na de dag waarop dit besluit ter inzage is gelegd beroep" in proposal


def test_welke_onderdeel_uitmaakt_is_not_made_a_sentence_about_a_part(results):
    proposal = _flat(MARKER.sub("", _proposal(results, "vth-01-omgevingsvergunning.txt")))
    assert "Dit onderdeel maakt uit" not in proposal
    assert "welke onderdeel uitmaakt van dit besluit" in proposal


@pytest.mark.parametrize("name, fragment", [
    ("wi-01-terugvordering-boete.txt", "Indien uw uitkering wordt beëindigd voordat het volledige bedrag is terugbetaald."),
    ("bel-03-dwangbevel-hondenbelasting.txt", "Indien betaling niet binnen voornoemde termijn plaatsvindt."),
    ("vth-03-evenementenvergunning.txt", "Indien de windsnelheid op de dag van het evenement windkracht 7 of hoger bereikt."),
])
def test_a_subordinate_clause_standing_alone_in_the_letter_is_marked_for_the_writer(results, name, fragment):
    assert fragment in _flat(_original(name))
    proposal = _flat(_proposal(results, name))
    assert f"[herschrijven: bijzin zonder hoofdzin; maak er één zin van met de zin die erbij hoort] {fragment}" in proposal


NUMBERED_ITEM = re.compile(r"\s*\d+\.\s")
WITH_LISTS = [name for name in LETTERS if any(NUMBERED_ITEM.match(line) for line in _original(name).splitlines())]


def test_seven_letters_have_numbered_lists():
    assert len(WITH_LISTS) == 7, WITH_LISTS


@pytest.mark.parametrize("name", WITH_LISTS)
def test_the_numbers_of_a_numbered_list_stay_at_the_start_of_their_items(results, name):
    """On 04096cd seven letters lost their list numbers, so "het besluit onder 2" pointed nowhere."""
    numbered = [line.strip()[:3] for line in _original(name).splitlines() if NUMBERED_ITEM.match(line)]
    lines = [line.strip().lstrip("#").strip() for line in MARKER.sub("", _proposal(results, name)).splitlines()]
    for mark in numbered:
        assert any(line.startswith(mark) for line in lines), mark


def test_the_objection_against_the_assessments_stays_in_its_sentence(results):
    """bel-01: "…, gericht tegen de beschikking …, waarbij de waarde … is vastgesteld op € 312.000,
    alsmede tegen de op hetzelfde aanslagbiljet vermelde aanslagen …" lost its verb when cut at "en"
    ("Tegen de op hetzelfde aanslagbiljet vermelde aanslagen … 2026." on a763020)."""
    proposal = _flat(MARKER.sub("", _proposal(results, "bel-01-woz-uitspraak.txt")))
    assert "2026. Tegen de op hetzelfde aanslagbiljet" not in proposal
    assert "Bij uw bezwaarschrift is de waarde" not in proposal
    assert "€ 312.000, en tegen de op hetzelfde aanslagbiljet vermelde aanslagen" in proposal


def test_two_numbered_decisions_keep_the_letters_own_order_and_numbered_headings(results):
    """wi-01: "1. Herziening en terugvordering" and "2. Bestuurlijke boete" on lines of their own were
    read as lists of one item, so the letter was re-sorted under question headings and both decisions
    were scattered (4 heavy problems on a763020: the fine before its basis, "de hiervoor genoemde
    inhouding" before the deduction, the reasons under "Wat moet u doen?")."""
    code, data = results["wi-01-terugvordering-boete.txt"]
    assert data["own_order"] is True
    proposal = _proposal(results, "wi-01-terugvordering-boete.txt")
    assert "## 1. Herziening en terugvordering" in proposal and "## 2. Bestuurlijke boete" in proposal
    flat = _flat(MARKER.sub("", proposal))
    assert flat.index("€ 98,50") < flat.index("behalve de hiervoor genoemde inhouding")
    assert flat.index("hoogstens het benadelingsbedrag") < flat.index("bestuurlijke boete op van € 823,08")
