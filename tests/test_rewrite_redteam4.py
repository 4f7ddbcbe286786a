"""Red team 4: 14 letters of the fictional municipality Oosterwaalde, written by a helper blind to
the code (tests/data/redteam4/, with KEY.md: what a correct rewrite must keep, written before any
run) and judged by another helper on main 388146b (FINDINGS.md: 0 misleading, 20 heavy and 23 light
problems, 1 letter refused; the proposals judged are in proposals-388146b/).

The tests pin what held then on every letter (verified or refused with a reason, every number kept
and none added, remedies and negations kept) and the fixes made after the measurement for the
classes it found, each also tested on own letters elsewhere: headings in plain text directly under
a paragraph line, a table row copied exactly (the refusal of wi-01), a decision of the college in
the third person that opens the proposal, "dan ook" that is no conclusion, list items that keep
their shape, and a split that would leave a bare subordinate clause.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from test_rewrite_redteam3 import (MARKER, NEGATION, NUMBER, REMEDIES, _run_rewrite, _section_of,
                                   _text_without_added_headings)

DATA = Path(__file__).parent / "data" / "redteam4"
LETTERS = sorted(p.name for p in DATA.iterdir() if p.suffix in {".txt", ".md"} and p.name not in ("KEY.md", "FINDINGS.md"))


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[int, dict]]:
    return {name: _run_rewrite(DATA / name) for name in LETTERS}


def _original(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _proposal(results, name: str) -> str:
    code, data = results[name]
    assert code == 0 and data["ok"], f"{name}: geen voorstel ({data['problems']})"
    return data["proposal"]


def test_the_fourteen_letters_are_there():
    assert len(LETTERS) == 14


@pytest.mark.parametrize("name", LETTERS)
def test_every_letter_gets_a_verified_proposal(results, name):
    code, data = results[name]
    assert code == 0 and data["ok"] and data["proposal"], data["problems"]


@pytest.mark.parametrize("name", LETTERS)
def test_every_number_kept_and_none_added(results, name):
    proposal = _proposal(results, name)
    # the numbers of a numbered list ("1. het bezwaar …") stay: the text may refer to them
    original = Counter(NUMBER.findall(_original(name)))
    found = Counter(NUMBER.findall(MARKER.sub("", proposal)))
    assert not original - found, f"kwijt: {dict(original - found)}"
    assert not found - original, f"bijgekomen: {dict(found - original)}"


@pytest.mark.parametrize("name", LETTERS)
def test_remedies_and_negations_kept(results, name):
    original = _original(name)
    text = _text_without_added_headings(_proposal(results, name), original)
    for remedy in REMEDIES:
        assert len(re.findall(remedy, text, re.I)) == len(re.findall(remedy, original, re.I)), remedy
    assert len(NEGATION.findall(text)) == len(NEGATION.findall(original))


def test_decision_on_objection_keeps_its_own_headings_and_the_decision_under_beslissing(results):
    proposal = _proposal(results, "bz-02-beslissing-op-bezwaar-uitschrijving.txt")
    assert results["bz-02-beslissing-op-bezwaar-uitschrijving.txt"][1]["own_order"] is True
    assert _section_of(proposal, "het bezwaar gedeeltelijk gegrond te verklaren") == "Beslissing"
    assert "3. het bestreden besluit voor de rest in stand te laten;" in proposal
    assert "Omdat u geen woonadres of briefadres heeft opgegeven." not in proposal


def test_refusal_of_a_correction_opens_with_the_decision(results):
    proposal = _proposal(results, "bz-01-weigering-correctie-brp.txt")
    assert _section_of(proposal, "uw verzoek af te wijzen") == "In het kort"


def test_penalty_order_opens_with_the_order(results):
    proposal = _proposal(results, "vth-02-last-onder-dwangsom.txt")
    assert _section_of(proposal, "last onder dwangsom op") == "In het kort"


def test_dan_ook_of_a_consequence_stays(results):
    proposal = _proposal(results, "wi-02-inlichtingen-plain.txt")
    assert "U kunt dan ook over de periode tot de nieuwe aanvraag geen bijstand meer krijgen." in proposal


def test_no_objection_against_an_intention_stays_after_no_decision_yet(results):
    """'Tegen deze brief kunt u dus geen bezwaar maken.' stays after 'Deze brief is nog geen besluit.'
    (a 'dus' after the verb points back; it opened 'Bent u het niet eens?' on its own)."""
    proposal = " ".join(_proposal(results, "vth-03-voornemen-bestuursdwang.md").split())
    assert "Deze brief is nog geen besluit. Tegen deze brief kunt u dus geen bezwaar maken." in proposal


def test_a_decision_that_cites_its_legal_basis_is_the_decision_not_its_basis(results):
    """'Ingevolge artikel 22 van de Wet WOZ is de waarde … vastgesteld op € 312.000' opens the
    proposal, before 'Op basis van deze waarde … de volgende aanslag opgelegd:' that leans on it
    (bel-01: it stood under 'Waarom hebben wij dit besloten?', after the assessment)."""
    proposal = _proposal(results, "bel-01-aanslag-en-woz-beschikking.txt")
    assert _section_of(proposal, "vastgesteld op € 312.000") == "In het kort"
    assert proposal.index("vastgesteld op € 312.000") < proposal.index("Op basis van deze waarde")
    assert _section_of(proposal, "kunt u kwijtschelding aanvragen") == "Wat moet u doen?"


def test_the_rule_pack_lets_a_citation_yield_to_a_decision_cue(linter):
    from letterlint.rewrite.statements import RewriteRules

    rules = RewriteRules.for_linter(linter)
    decision = ("Op grond van artikel 2.22 van de Wet BRP is uw adres met ingang van 1 juli 2026 "
                "vastgesteld op Kerkstraat 4.")
    assert rules.best(rules.scores(decision))[0] == "kern"
    basis = "Op grond van artikel 17 van de Participatiewet geldt een inlichtingenplicht."
    assert rules.best(rules.scores(basis))[0] == "grondslag"


def test_a_zienswijze_already_given_is_part_of_the_reasons_not_the_remedy(results, linter):
    """vth-02 (and red team 3's vth-02): the reader's zienswijze and what the decision says of it
    stood under 'Bent u het niet eens?', as if it were the remedy against this decision."""
    proposal = _proposal(results, "vth-02-last-onder-dwangsom.txt")
    assert _section_of(proposal, "een zienswijze ingediend") == "Waarom hebben wij dit besloten?"
    assert _section_of(proposal, "ziet het college in uw zienswijze geen aanleiding") == "Waarom hebben wij dit besloten?"
    from letterlint.rewrite.statements import RewriteRules

    rules = RewriteRules.for_linter(linter)
    for remedy in ("U kunt binnen twee weken uw zienswijze geven.", "Uw zienswijze kunt u mondeling of schriftelijk geven."):
        assert rules.best(rules.scores(remedy))[0] == "rechtsmiddel", remedy
    assert rules.best(rules.scores("Deze zienswijze geeft ons geen aanleiding om af te zien van handhaving."))[0] == "reden"
