"""A letter with headings of its own keeps its structure in the rewrite (rules/rewrite.yaml,
``own_structure_min_headings``).

The writer chose the headings and their order; sentences such as "Daarom heeft u recht op
bijstand." or "Dan kunt u bezwaar maken." lean on the sentence or heading before them. Re-sorted by
role under B1 headings they would be cut loose (the reasons under "Wat gebeurt er nu?", the
conclusion above them). Letters of the fictional municipality Lindewaard, written for these tests.
"""

from __future__ import annotations

import re

from letterlint.rewrite.proposal import propose_rewrite

GRANT = """Gemeente Lindewaard
Team Werk en Inkomen
Postbus 200
4100 AB Lindewaard

Mevrouw S. de Vries
Kerkstraat 12
4101 CD Lindewaard

Datum: 3 december 2026
Ons kenmerk: WI-2026-0412
Onderwerp: U krijgt bijstand

Beste mevrouw De Vries,

U vroeg op 2 november om bijstand. U krijgt bijstand vanaf 2 november 2026. In deze brief leest u hoeveel geld u krijgt en wat u moet doen.

## Hoeveel krijgt u?

U krijgt € 1.320,45 per maand. Wij betalen het geld elke maand voor de 25e op uw rekening.

## Waarom krijgt u bijstand?

U heeft geen werk en geen ander inkomen. Uw spaargeld is lager dan € 7.960. Daarom heeft u recht op bijstand.

## Wat moet u doen?

Geef veranderingen in uw inkomen of uw woonsituatie binnen een week aan ons door. Doet u dat niet, dan moet u misschien geld terugbetalen.

## Bent u het niet eens met dit besluit?

Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Stuur ons een brief of vul het formulier in op www.lindewaard.nl/bezwaar.

## Vragen?

Bel dan met uw consulent Fatima Yilmaz op 0416 123 456.

Met vriendelijke groet,

Fatima Yilmaz
consulent Werk en Inkomen
"""

# an officialese enforcement decision with headings of its own and no remedy
ENFORCEMENT = """Gemeente Lindewaard
Vergunningen, Toezicht en Handhaving
Postbus 200
4100 AB Lindewaard

De heer P. Jansen
Molenweg 8
4102 EF Lindewaard

Datum: 1 december 2026
Ons kenmerk: VTH-2026-1187
Onderwerp: last onder bestuursdwang, Molenweg 8

Geachte heer Jansen,

Op 10 november 2026 is door een toezichthouder geconstateerd dat op het perceel Molenweg 8 een container is geplaatst op de openbare weg.

## Overtreding

Het plaatsen van een container op de openbare weg zonder vergunning is in strijd met artikel 2:10 van de Algemene Plaatselijke Verordening Lindewaard. Derhalve bent u overtreder.

## Besluit

Wij gelasten u de container vóór 15 december 2026 te verwijderen. Indien u de container niet tijdig verwijdert, zal de gemeente de container op uw kosten laten verwijderen.

Voor vragen kunt u contact opnemen met mevrouw R. Bakker, telefoon 0416 123 789.

Hoogachtend,

Het college van burgemeester en wethouders van Lindewaard
"""


def proposal_of(linter, text: str, name: str = "brief.md"):
    result = linter.lint_text(text, name, "markdown")
    assert result.error is None, result.error
    return propose_rewrite(linter, result, suggest=False)


def headings(markdown: str) -> list[str]:
    return re.findall(r"^## (.*)$", markdown, re.M)


def test_a_b1_letter_with_its_own_headings_keeps_them_in_its_order(linter):
    proposal = proposal_of(linter, GRANT)
    assert proposal.ok, proposal.verification.problems
    assert headings(proposal.markdown) == ["Hoeveel krijgt u?", "Waarom krijgt u bijstand?", "Wat moet u doen?",
                                           "Bent u het niet eens met dit besluit?", "Vragen?"]


def test_a_conclusion_stays_after_the_reasons_it_draws_on(linter):
    markdown = proposal_of(linter, GRANT).markdown
    reasons = markdown.index("Uw spaargeld is lager dan € 7.960.")
    conclusion = markdown.index("Daarom heeft u recht op bijstand.")
    assert reasons < conclusion
    between = markdown[reasons:conclusion]
    assert "##" not in between


def test_a_sentence_that_leans_on_its_heading_stays_under_it(linter):
    markdown = proposal_of(linter, GRANT).markdown
    section = markdown.split("## Bent u het niet eens met dit besluit?")[1].split("##")[0]
    assert "Dan kunt u binnen 6 weken" in section


def test_a_b1_letter_with_its_own_headings_gets_few_changes_and_says_so(linter):
    proposal = proposal_of(linter, GRANT)
    assert proposal.changed <= 2
    body = proposal.markdown.split("Beste mevrouw De Vries,")[1].split("Met vriendelijke groet,")[0]
    original = GRANT.split("Beste mevrouw De Vries,")[1].split("Met vriendelijke groet,")[0]
    assert body.split() == original.split()


def test_an_officialese_letter_with_headings_keeps_them_and_simplifies_under_them(linter):
    proposal = proposal_of(linter, ENFORCEMENT)
    assert proposal.ok, proposal.verification.problems
    found = headings(proposal.markdown)
    assert found[:2] == ["Overtreding", "Besluit"]
    decision = proposal.markdown.split("## Besluit")[1]
    assert "15 december 2026" in decision.split("##")[0]
    assert "Derhalve" not in proposal.markdown  # the word-level simplification still applies


def test_a_required_section_the_letter_lacks_still_gets_a_placeholder(linter):
    proposal = proposal_of(linter, ENFORCEMENT)
    # a besluit without a remedy: a visible placeholder under its B1 heading, never a default text
    assert any("bezwaar" in placeholder.lower() or "rechtsmiddel" in placeholder.lower()
               for placeholder in proposal.placeholders), proposal.placeholders
    assert "binnen 6 weken" not in proposal.markdown and "zes weken" not in proposal.markdown


def test_an_officialese_letter_with_one_heading_is_still_ordered_by_role(linter):
    one_heading = ENFORCEMENT.replace("## Overtreding\n\n", "").replace(
        "Derhalve bent u overtreder.",
        "Derhalve bent u als eigenaar en gebruiker van het perceel Molenweg 8 aan te merken als overtreder in de zin "
        "van artikel 5:1 van de Algemene wet bestuursrecht, zodat het college bevoegd is handhavend op te treden. "
        "Bij de afweging van de betrokken belangen heeft het college het algemeen belang van een veilige en vrij "
        "toegankelijke openbare weg zwaarder laten wegen dan uw belang bij het handhaven van de huidige situatie.")
    proposal = proposal_of(linter, one_heading)
    assert proposal.before.readability.level not in ("A1", "A2", "B1")
    assert not proposal.own_order
    assert "Besluit" not in headings(proposal.markdown)  # B1 headings from rules/rewrite.yaml


# a B1 letter without headings: re-sorted by role, "Dan mag iemand anders …" lost its question
# and "U krijgt het daarna terug." its "het"
PASSPORT = """Gemeente Lindewaard
Burgerzaken
Postbus 200
4100 AB Lindewaard

De heer K. Öztürk
Beukenlaan 4
4103 GH Lindewaard

Datum: 2 december 2026
Onderwerp: uw paspoort ligt klaar

Beste heer Öztürk,

Uw nieuwe paspoort ligt klaar. U kunt het ophalen bij de balie in het stadhuis. Maak eerst een afspraak op www.lindewaard.nl/afspraak of bel 14 0416.

Neem uw oude paspoort mee. Dat maken wij dan ongeldig. U krijgt het daarna terug.

Haal uw paspoort op vóór 2 maart 2027. Daarna sturen wij het terug naar de maker. U moet dan een nieuw paspoort aanvragen en opnieuw betalen.

Kunt u niet zelf komen? Dan mag iemand anders het paspoort niet voor u ophalen. Bel ons dan, zodat wij samen een oplossing zoeken.

Met vriendelijke groet,

Anna de Boer
medewerker Burgerzaken
"""


def test_a_b1_letter_without_headings_keeps_its_order(linter):
    proposal = proposal_of(linter, PASSPORT, "brief.txt")
    assert proposal.ok, proposal.verification.problems
    assert proposal.before.readability.level in ("A1", "A2", "B1")
    assert proposal.own_order
    assert headings(proposal.markdown) == []
    assert "Kunt u niet zelf komen? Dan mag iemand anders" in proposal.markdown
    assert "Dat maken wij dan ongeldig. U krijgt het daarna terug." in proposal.markdown


def test_the_report_says_the_order_was_kept(linter):
    from letterlint.rewrite.proposal import report_lines

    lines = report_lines(proposal_of(linter, PASSPORT, "brief.txt"))
    # (since session 18 without "de kopjes zijn gebleven": a Word heading may change level)
    assert any("De brief houdt zijn eigen volgorde" in line for line in lines)
