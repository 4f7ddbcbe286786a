"""Next steps (issue 15, class 2) on short passages written for letterlint.

A passage states a next step when it tells what the reader must do or what the municipality will
do, and when (corpus/README.md). Statements of legal effect, general rules, recurring rules,
history, contact offers and vague warnings are not next steps.

- tests/data/next_steps_paragraphs.txt is the tuning set: the cues were written with it in view,
  so every passage must come out right.
- tests/data/next_steps_paragraphs_fresh.txt was written after the cues (two batches, each measured
  once; see docs/evaluation.md): it pins the figures measured then as a floor, not perfection.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
HEADER = re.compile(r"^## (\w+) \| steps: (yes|no)\n(.*?)(?=^## |^# |\Z)", re.M | re.S)


def passages(name: str) -> list[tuple[str, bool, str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [(dept, gold == "yes", body.strip()) for dept, gold, body in HEADER.findall(text)]


TUNING = passages("next_steps_paragraphs.txt")
FRESH = passages("next_steps_paragraphs_fresh.txt")


def states_next_step(lint_body, body: str) -> bool:
    return lint_body(body).structure.sections["next_steps"]


def test_the_sets_have_both_kinds_in_every_department():
    for items in (TUNING, FRESH):
        for dept in ("wi", "vth", "bz", "bel"):
            golds = {gold for d, gold, _ in items if d == dept}
            assert golds == {True, False}, dept


@pytest.mark.parametrize("dept,gold,body", TUNING, ids=[f"{d}-{i}" for i, (d, _, _) in enumerate(TUNING)])
def test_tuning_passage_is_read_as_annotated(lint_body, dept, gold, body):
    assert states_next_step(lint_body, body) is gold


def test_fresh_passages_keep_the_measured_recall_and_precision(lint_body):
    found = [(gold, states_next_step(lint_body, body)) for _dept, gold, body in FRESH]
    tp = sum(gold and got for gold, got in found)
    fp = sum(got and not gold for gold, got in found)
    fn = sum(gold and not got for gold, got in found)
    assert fp == 0
    assert tp / (tp + fn) >= 0.9


@pytest.mark.parametrize("body", [
    "Ieder jaar worden de huurtoeslaggrenzen per 1 januari aangepast.",
    "Jaarlijks stellen wij op 1 januari de tarieven vast.",
])
def test_a_recurring_rule_is_not_a_next_step(lint_body, body):
    assert not states_next_step(lint_body, body)


@pytest.mark.parametrize("body", [
    "Voor meer informatie kunt u contact opnemen met ons, op werkdagen van 9.00 tot 17.00 uur.",
    "Als u niet op tijd betaalt, kan dat gevolgen hebben voor uw toeslag.",
])
def test_a_contact_offer_or_vague_warning_is_not_a_next_step(lint_body, body):
    assert not states_next_step(lint_body, body)


@pytest.mark.parametrize("body", [
    "Breek de dakkapel af vóór 1 oktober.",
    "Levert u de sleutels uiterlijk 30 juni in bij de receptie?",
    "Onze handhaver komt op 4 maart kijken of de container weg is.",
    "U heeft op woensdag 7 januari om 9.00 uur een intake met de klantmanager.",
    "Uw identiteitskaart ligt vanaf 2 april voor u klaar bij de balie.",
    "Begin juli sturen wij u een nieuwe beschikking.",
])
def test_a_concrete_instruction_without_a_heading_is_a_next_step(lint_body, body):
    assert states_next_step(lint_body, body)
