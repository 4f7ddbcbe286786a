"""Red team 3: an independent measurement of `letterlint rewrite` on 14 new letters.

The letters in tests/data/redteam3/ (fictional municipality Zandhoven, fictional people) were
written before the rewrite was run on them and without looking at the rewrite's code, rules or
earlier red-team material. tests/data/redteam3/FINDINGS.md compares every proposal with its
original sentence by sentence.

Each misleading problem found there is one strict xfail below whose reason states the correct
behaviour: when the rewrite is fixed the test passes, strict=True turns that into a failure, and
the marker must be removed. The other tests pin what holds today: a proposal is either refused
with a reason or verified, keeps every number of the original and adds none, keeps the remedies
and negations, and keeps some sentences that lean on their neighbour next to that neighbour.

The rewrite is run once per letter through the command line (`python -m letterlint rewrite
--format json`), in process, as a letter writer would run it.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import runpy
import sys
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "redteam3"
LETTERS = sorted(
    p.name for p in DATA.iterdir() if p.suffix in {".txt", ".md"} and p.name != "FINDINGS.md"
)

NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
NEGATION = re.compile(r"\b(?:niet|geen|nooit|niets|noch)\b", re.IGNORECASE)
MARKER = re.compile(r"\[(?:herschrijven|invullen):[^\]]*\]\s*")
REMEDIES = (
    "administratief beroep",
    "bezwaar",
    "beroep",
    "zienswijze",
    "voorlopige voorziening",
    "griffierecht",
)


def _run_rewrite(path: Path) -> tuple[int, dict]:
    """Run `letterlint rewrite --format json PATH` in process; return exit code and JSON."""
    out, err = io.StringIO(), io.StringIO()
    saved_argv = sys.argv
    sys.argv = ["letterlint", "rewrite", "--format", "json", str(path)]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                runpy.run_module("letterlint", run_name="__main__", alter_sys=False)
            except SystemExit as exc:  # the command line ends with sys.exit(code)
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved_argv
    return code, json.loads(out.getvalue())


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[int, dict]]:
    """Every letter rewritten once."""
    return {name: _run_rewrite(DATA / name) for name in LETTERS}


def _original(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _proposal(results, name: str) -> str:
    code, data = results[name]
    assert code == 0 and data["ok"], f"{name}: geen voorstel ({data['problems']})"
    return data["proposal"]


def _text_without_added_headings(proposal: str, original: str) -> str:
    """The proposal without writer markers and without headings the original does not have."""
    kept = []
    for line in MARKER.sub("", proposal).splitlines():
        stripped = line.strip()
        if stripped.startswith("#") and stripped.lstrip("#").strip() not in original:
            continue
        kept.append(line)
    return "\n".join(kept)


def _sentences(proposal: str) -> list[str]:
    """The proposal's running sentences in order (markers and heading lines left out)."""
    text = "\n".join(
        line for line in MARKER.sub("", proposal).splitlines() if not line.lstrip().startswith("#")
    )
    parts = re.split(r"(?<=[.?!])\s+|\n\s*\n", text)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _sentence_index(sentences: list[str], needle: str) -> int:
    hits = [i for i, s in enumerate(sentences) if needle in s]
    assert hits, f"zin met {needle!r} niet gevonden"
    return hits[0]


def _section_of(proposal: str, needle: str) -> str:
    """The heading (## …) under which the first line containing needle stands, or ''."""
    heading = ""
    for line in MARKER.sub("", proposal).splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        elif needle in " ".join(line.split()):
            return heading
    raise AssertionError(f"{needle!r} niet gevonden in het voorstel")


# --- what holds for every letter ------------------------------------------------------------


@pytest.mark.parametrize("name", LETTERS)
def test_proposal_is_verified_or_refused_with_a_reason(results, name):
    code, data = results[name]
    if data["ok"]:
        assert code == 0 and data["proposal"] and not data["problems"]
    else:
        assert code == 1 and data["proposal"] is None and data["problems"]


@pytest.mark.parametrize("name", LETTERS)
def test_every_number_kept_and_none_added(results, name):
    code, data = results[name]
    if not data["ok"]:
        pytest.skip("geen voorstel (geweigerd met reden)")
    original = Counter(NUMBER.findall(_original(name)))
    proposal = Counter(NUMBER.findall(MARKER.sub("", data["proposal"])))
    assert not original - proposal, f"kwijt: {dict(original - proposal)}"
    assert not proposal - original, f"bijgekomen: {dict(proposal - original)}"


@pytest.mark.parametrize("name", LETTERS)
def test_remedies_and_negations_kept(results, name):
    code, data = results[name]
    if not data["ok"]:
        pytest.skip("geen voorstel (geweigerd met reden)")
    original = _original(name)
    text = _text_without_added_headings(data["proposal"], original)
    for remedy in REMEDIES:
        # (a split may repeat its subject, "De beroepstermijn is zes weken. De beroepstermijn begint …": the
        # term of a remedy named again is no new remedy)
        pattern = remedy + r"(?!s?termijn)"
        assert len(re.findall(pattern, text, re.I)) == len(re.findall(pattern, original, re.I)), remedy
    assert len(NEGATION.findall(text)) == len(NEGATION.findall(original))


# --- what holds in particular letters -------------------------------------------------------


def test_plain_passport_letter_keeps_its_order_and_the_answer_under_its_question(results):
    data = results["bz-01-paspoort-ophalen-plain.txt"][1]
    assert data["own_order"] is True
    proposal = _proposal(results, "bz-01-paspoort-ophalen-plain.txt")
    assert _section_of(proposal, "Dan mag iemand anders het niet voor u ophalen.") == (
        "Kunt u het paspoort niet zelf ophalen?"
    )
    sentences = _sentences(proposal)
    i = _sentence_index(sentences, "Uw oude paspoort maken wij ongeldig.")
    assert sentences[i + 1] == "U krijgt het daarna terug."


def test_tax_assessment_keeps_each_amount_with_its_tax(results):
    proposal = " ".join(_proposal(results, "bel-01-aanslag-plain.txt").split())
    for label, amount in (
        ("Onroerendezaakbelasting eigenaar", "€ 312,48"),
        ("Afvalstoffenheffing", "€ 298,00"),
        ("Rioolheffing", "€ 201,60"),
        ("Totaal", "€ 812,08"),
    ):
        assert re.search(re.escape(label) + r"\W{0,3}" + re.escape(amount), proposal), label
    assert "U moet wel blijven betalen." in proposal


def test_recovery_keeps_the_penalty_its_reason_and_the_payment_terms(results):
    sentences = _sentences(_proposal(results, "wi-02-terugvordering-bijstand.txt"))
    boete = sentences[_sentence_index(sentences, "boete opgelegd")]
    assert "€ 293,90" in boete
    total = sentences[_sentence_index(sentences, "€ 3.232,90")]
    assert "31 december 2026" in total and "NL42 BNGH 0285 1743 09" in total
    i = _sentence_index(sentences, "betalingsregeling aanvragen")
    assert "€ 75,00" in sentences[i + 1] and "in dat geval" in sentences[i + 1]


def test_penalty_order_keeps_the_third_partys_obligation_with_its_disclaimer(results):
    sentences = _sentences(_proposal(results, "vth-02-last-onder-dwangsom.txt"))
    i = _sentence_index(sentences, "De heer Jansen dient zich")
    assert sentences[i + 1] == "Deze verplichting rust op hem en niet op u."
    assert any("schorst de werking van dit besluit niet" in s for s in sentences)


def test_permit_for_neighbour_keeps_appeal_instead_of_objection(results):
    proposal = _proposal(results, "vth-03-vergunning-buurman-zienswijze.txt")
    sentences = _sentences(proposal)
    no_objection = sentences[_sentence_index(sentences, "geen bezwaar maken")]
    assert "uitgebreide voorbereidingsprocedure" in no_objection
    appeal = sentences[_sentence_index(sentences, "beroep instellen bij de rechtbank")]
    assert appeal.startswith("U kunt wel beroep")
    assert _section_of(proposal, "geen bezwaar maken") == _section_of(proposal, "U kunt wel beroep")


def test_waiver_refusal_keeps_administrative_appeal_and_no_objection(results):
    sentences = _sentences(_proposal(results, "bel-02-afwijzing-kwijtschelding.txt"))
    i = _sentence_index(sentences, "administratief beroep instellen")
    appeal = " ".join(sentences[i:i + 2])  # "Dat kan binnen zes weken …" may follow
    assert "invorderingsambtenaar" in sentences[i] and "zes weken" in appeal
    assert "Tegen deze beslissing staat geen bezwaar open." in sentences


def test_refused_correction_keeps_the_fee_that_is_not_refunded(results):
    sentences = _sentences(_proposal(results, "bz-03-afwijzing-correctie-brp.txt"))
    i = _sentence_index(sentences, "€ 31,60 aan leges betaald")
    assert sentences[i + 1].startswith("Deze leges worden niet terugbetaald")


def test_information_letters_stay_no_decision_without_a_remedy_section(results):
    for name in ("wi-04-informatie-inlichtingenplicht.txt", "vth-04-reactie-handhavingsverzoek.md"):
        proposal = _proposal(results, name)
        assert "Deze brief is geen besluit." in proposal, name
        assert "## Bent u het niet eens?" not in proposal, name
    sentences = _sentences(_proposal(results, "vth-04-reactie-handhavingsverzoek.md"))
    i = _sentence_index(sentences, "Deze brief is geen besluit.")
    assert sentences[i + 1] == "U kunt hiertegen dan ook geen bezwaar maken."


def test_deregistration_stays_an_intention_with_a_view(results):
    proposal = _proposal(results, "bz-02-voornemen-uitschrijving-brp.txt")
    assert re.search(r"(?:van plan|voornemens) u (?:vanaf|met ingang van) 3 november 2026", proposal)
    assert "Voordat wij een besluit nemen" in proposal
    assert "later bezwaar maken" in proposal or "te zijner tijd bezwaar maken" in proposal


# --- heavy problems (FINDINGS.md), strict xfails at the measured commit, fixed since ------------
#
# At the measured commit none of the problems was misleading; these three heavy edits had a clear
# correct behaviour and were strict xfails until they were fixed (5 December, afternoon). The two
# misleading problems of the first run (R3-M1, R3-M2) were fixed before the measurement and are
# pinned as passing tests above.


def test_deregistration_keeps_its_address_block(results):
    """R3-H1 (fixed): 'Aan de bewoner(s) van' above a street and postcode opens the address, it
    is no salutation; the header stays verbatim before 'Geachte heer Mulder,'."""
    name = "bz-02-voornemen-uitschrijving-brp.txt"
    original = _original(name)
    head = original[: original.index("Geachte heer Mulder,")]
    proposal = _proposal(results, name)
    assert proposal.startswith(head), proposal[: len(head)]


def test_third_parties_remedy_keeps_its_subject(results):
    """R3-H2 (fixed: the letter's own headings 'Besluit' and 'Rechtsmiddelen' are read as headings,
    so it keeps its order): 'Ook zij kunnen tegen dit besluit bezwaar maken.' stays in the
    paragraph that names 'zij' (the copy sent to the heer Jansen and the heer W. Peeters)."""
    proposal = _proposal(results, "vth-02-last-onder-dwangsom.txt")
    paragraph = next(p for p in proposal.split("\n\n") if "kunnen tegen dit besluit bezwaar maken" in p)
    before = paragraph[: paragraph.index("kunnen tegen dit besluit bezwaar maken")]
    if "Ook zij" in paragraph:
        assert "Jansen" in before and "Peeters" in before, paragraph
    else:
        assert "Jansen" in paragraph and "Peeters" in paragraph



def test_indiener_is_not_replaced_by_als(results):
    """R3-H3 (fixed): 'indien' -> 'als' does not fire inside 'indiener'."""
    proposal = " ".join(_proposal(results, "vth-02-last-onder-dwangsom.txt").split())
    assert "de als van het handhavingsverzoek" not in proposal
    assert "indiener van het handhavingsverzoek" in proposal


# --- misleading problems of the first run (a40ed6c), fixed before the measurement --------------


def test_collection_of_penalties_keeps_its_condition(results):
    """R3-M1 (fixed): 'Indien dat niet het geval is' stays after the check it refers to."""
    sentences = _sentences(_proposal(results, "vth-02-last-onder-dwangsom.txt"))
    i = _sentence_index(sentences, "verbeurde dwangsommen")
    if re.match(r"(?:Als|Indien) dat niet het geval is", sentences[i]):
        assert "aan de last is voldaan" in sentences[i - 1], sentences[i - 1]
    else:
        assert re.search(r"niet (?:op tijd )?aan de last (?:is )?voldaan|niet voldaan", sentences[i])


def test_employer_sentence_keeps_what_hierbij_refers_to(results):
    """R3-M2 (fixed): 'niet verplicht u hierbij te ondersteunen' stays after the new request."""
    sentences = _sentences(_proposal(results, "bel-02-afwijzing-kwijtschelding.txt"))
    i = _sentence_index(sentences, "Transportbedrijf Hoeks")
    if "hierbij" in sentences[i]:
        assert "nieuw verzoek om kwijtschelding" in sentences[i - 1], sentences[i - 1]
    else:
        assert "verzoek" in sentences[i]


def test_benefit_intention_stays_an_intention_with_a_view(results):
    sentences = _sentences(_proposal(results, "wi-03-voornemen-beeindiging.md"))
    i = _sentence_index(sentences, "ons voornemen om uw bijstandsuitkering")
    assert sentences[i + 1] == "Dit is nog geen besluit."
    assert any("zienswijze" in s and "8 december 2026" in " ".join(sentences[j : j + 2])
               for j, s in enumerate(sentences))
    assert any(s.endswith("tegen deze brief is dat niet het geval.") for s in sentences)
