"""Whole paragraphs that move after the sentence-by-sentence placement (issue 16; red team 3, wi-04):
a task with a deadline that its paragraph held under "Waarom?" goes to "Wat moet u doen?" with the
sentences it leans on, and an information letter without a kern opens with its first paragraph
instead of with "Waarom?". A letter of the fictional municipality Lindewaard, written for these tests."""

from __future__ import annotations

import re

import pytest

from letterlint.rewrite.proposal import propose_rewrite

LETTER = """Gemeente Lindewaard
Postbus 200
4100 AB Lindewaard

Mevrouw S. Aydin
Kastanjelaan 12
4103 KL Lindewaard

Datum: 1 december 2026
Onderwerp: uw inkomsten uit zorg voor uw broer

Geachte mevrouw Aydin,

Uit de gegevens van de Belastingdienst is ons gebleken dat u sinds 1 oktober 2026 een persoonsgebonden budget ontvangt voor de zorg aan uw broer, de heer M. Aydin. Deze brief is geen besluit. Wij informeren u over wat dit voor uw bijstandsuitkering betekent.

Op grond van artikel 17 van de Participatiewet bent u gehouden alle inkomsten die van invloed kunnen zijn op uw recht op bijstand onverwijld aan ons door te geven. Inkomsten uit een persoonsgebonden budget worden in beginsel met uw uitkering verrekend. Het is daarom van belang dat u de toekenningsbrief van het zorgkantoor vóór 22 december 2026 aan ons toestuurt.

Uw broer ontvangt de zorg via het zorgkantoor. Hij hoeft zelf niets aan ons door te geven.

Mocht blijken dat de inkomsten hoger zijn dan wij nu aannemen, dan ontvangt u van ons een besluit over de verrekening.

Heeft u vragen? Bel dan met de heer J. Visser via 0416 123 456.

Met vriendelijke groet,

J. Visser
klantmanager
"""


@pytest.fixture(scope="module")
def proposal(linter):
    result = linter.lint_text(LETTER, "brief.txt", "text")
    return propose_rewrite(linter, result, suggest=False)


def _section(markdown: str, needle: str) -> str:
    heading = ""
    for line in markdown.splitlines():
        if line.startswith("## "):
            heading = line[3:]
        elif needle in line:
            return heading
    raise AssertionError(needle)


def test_a_task_with_a_deadline_goes_to_wat_moet_u_doen_with_the_paragraph_it_leans_on(proposal):
    assert proposal.ok, proposal.verification.problems
    markdown = proposal.markdown
    assert _section(markdown, "vóór 22 december 2026") == "Wat moet u doen?"
    # "daarom" keeps its reason right before it
    paragraph = next(p for p in markdown.split("\n\n") if "vóór 22 december 2026" in p)
    assert re.search(r"verrekend\. Het is daarom van belang", paragraph)


def test_the_paragraph_that_followed_the_task_still_follows_it_and_no_further_one(proposal):
    markdown = proposal.markdown
    assert _section(markdown, "Uw broer ontvangt de zorg") == "Wat moet u doen?"
    assert markdown.index("vóór 22 december 2026") < markdown.index("Uw broer ontvangt de zorg")
    assert _section(markdown, "Mocht blijken dat de inkomsten") != "Wat moet u doen?"


def test_an_information_letter_without_a_kern_opens_with_its_first_paragraph_not_with_waarom(proposal):
    markdown = proposal.markdown
    body = markdown[markdown.index("Geachte mevrouw Aydin,"):].splitlines()
    opening = next(line for line in body[1:] if line.strip())
    assert opening != "## Waarom?"
    assert _section(markdown, "Deze brief is geen besluit.") in ("In het kort", "")
    assert _section(markdown, "Uit de gegevens van de Belastingdienst") in ("In het kort", "")


def test_the_sentence_map_names_the_section_each_moved_sentence_went_to(proposal):
    entry = next(e for e in proposal.sentence_map if "22 december 2026" in e.original)
    assert entry.section == "doen"
