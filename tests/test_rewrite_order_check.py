"""The last check of the order in `letterlint rewrite` (issue 16; red team 8): a sentence that points
at something said before it ("Gelet hierop …", "het vorenstaande", "voornoemd", "op deze datum",
"dit voornemen", "tevens", rules/rewrite.yaml refers_earlier) may not come before the sentence that
preceded it in the letter, nor be parted from it within its paragraph. When re-sorting into the B1
skeleton did that, a pointer that only concludes from the sentence before it goes back after it (the
skeleton stays); otherwise the proposal keeps the letter's own order, with B1 headings where they fit.

Proven on letters of the fictional municipality Wilgendaal written for these tests.
"""

from __future__ import annotations

from test_rewrite_antecedents import propose_with, text_before
from test_rewrite_placement import sections

# A finding, then a decision that opens with "Gelet hierop": a re-sort that puts the decision first
# leaves "hierop" pointing at nothing.
GELET_HIEROP = """
Bij een controle op 4 maart 2027 is door een handhaver van de gemeente Wilgendaal vastgesteld dat uw aanhangwagen met kenteken WX-00-YZ langer dan drie dagen op de openbare weg aan de Beukenlaan stond geparkeerd.

Gelet hierop en op artikel 5:10 van de Algemene Plaatselijke Verordening Wilgendaal is door het college besloten u een last onder bestuursdwang op te leggen, inhoudende dat u de aanhangwagen uiterlijk op 18 maart 2027 van de openbare weg moet verwijderen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""

# An intention, then a second intention that says "tevens" and points at "het terug te vorderen
# bedrag": the second may not open the letter above the first.
TEVENS = """
Hierbij laten wij u weten dat het college van plan is de bijstand over de periode van 1 mei 2027 tot en met 30 juni 2027 te herzien en een bedrag van € 1.840,00 van u terug te vorderen, omdat u in die periode inkomsten uit arbeid heeft ontvangen die u niet aan ons heeft gemeld.

Het college is tevens van plan het terug te vorderen bedrag te verrekenen met uw bijstand, met een bedrag van € 95,00 per maand vanaf 1 september 2027.

U kunt binnen twee weken na de datum van deze brief uw zienswijze op dit voornemen aan ons geven, schriftelijk of mondeling.
"""


def test_a_decision_that_opens_with_gelet_hierop_never_stands_above_its_finding(linter):
    proposal = propose_with(linter, GELET_HIEROP, "last onder bestuursdwang aanhangwagen")
    assert text_before(proposal, "4 maart 2027", "hierop")


def test_a_second_intention_with_tevens_never_stands_above_the_first(linter):
    proposal = propose_with(linter, TEVENS, "voornemen herziening en terugvordering bijstand")
    assert text_before(proposal, "€ 1.840,00", "€ 95,00")


def test_in_the_own_order_every_paragraph_stays_whole_and_the_remedy_keeps_its_heading(linter):
    proposal = propose_with(linter, GELET_HIEROP, "last onder bestuursdwang aanhangwagen")
    headings = [heading for heading, _text in sections(proposal) if heading]
    assert any("niet eens" in heading for heading in headings)
    body = " ".join(text for _heading, text in sections(proposal))
    assert body.index("18 maart 2027") < body.index("zes weken")


# A refusal with its reasons, which close with a second refusal that concludes from them ("Gelet
# hierop …"): that sentence goes back to the end of the reasons, and the letter keeps the B1 skeleton
# (decision first) instead of falling back to its own order.
CONCLUSION_CLOSES_REASONS = """
Op 3 mei 2027 hebben wij uw aanvraag om een omgevingsvergunning ontvangen voor het bouwen van een carport naast uw woning aan de Lijsterlaan 14.

Wij hebben besloten de omgevingsvergunning voor de carport te weigeren.

De carport past niet binnen het omgevingsplan, omdat het bouwwerk 1,5 meter voor de voorgevel van uw woning komt te staan. Wij hebben bekeken of wij van het omgevingsplan kunnen afwijken. De adviescommissie heeft op 20 mei 2027 negatief geadviseerd, omdat de carport het open karakter van de straat aantast. Gelet hierop zijn wij niet bereid medewerking te verlenen aan een afwijking van het omgevingsplan.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""

# A penalty "per week, of een gedeelte daarvan": "daarvan" points inside its own sentence, not at the
# sentence before it, so it does not stop the re-sort.
WITHIN_SENTENCE = """
Bij een controle op 12 april 2027 hebben wij vastgesteld dat op uw perceel aan de Meidoornweg 3 zonder vergunning een container voor de opslag van bouwmaterialen staat.

Het college legt u een last onder dwangsom op. U dient de container uiterlijk op 30 juni 2027 te verwijderen. Indien u niet tijdig aan de last voldoet, verbeurt u een dwangsom van € 250,00 voor iedere week, of een gedeelte daarvan, dat de container blijft staan, tot een maximum van € 2.500,00.

Wij verzoeken u het college te berichten zodra de container is verwijderd, zodat een hercontrole kan plaatsvinden.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""


def test_a_conclusion_that_closes_the_reasons_goes_back_under_them_and_the_decision_opens(linter):
    proposal = propose_with(linter, CONCLUSION_CLOSES_REASONS, "weigering omgevingsvergunning carport")
    found = sections(proposal)
    first = next(text for heading, text in found if heading)
    assert "te weigeren" in first and "Gelet hierop" not in first and "3 mei 2027" not in first
    reasons = next(text for heading, text in found if heading and heading.startswith("Waarom"))
    assert reasons.rstrip().endswith(
        "Gelet hierop zijn wij niet bereid medewerking te verlenen aan een afwijking van het omgevingsplan.")
    assert text_before(proposal, "20 mei 2027", "Gelet hierop")


def test_a_pointer_inside_its_own_sentence_does_not_stop_the_skeleton(linter):
    proposal = propose_with(linter, WITHIN_SENTENCE, "last onder dwangsom container")
    found = sections(proposal)
    first = next(text for heading, text in found if heading)
    assert "last onder dwangsom" in first and "12 april 2027" not in first
    assert not any(heading and "invullen" in text for heading, text in found)


# Two parts of a request, each with its reasons and its outcome "voor zover het dit onderdeel
# betreft": re-sorting would put both outcomes above the parts they name.
TWO_PARTS = """
In de brief van 2 maart 2027 heeft u ons gevraagd handhavend op te treden tegen het perceel Lindelaan 9. Uw verzoek gaat over twee onderdelen: het stallen van vrachtwagens in de tuin en een schutting van 2,5 meter hoog.

Ten aanzien van het eerste onderdeel overweegt het college als volgt. Het stallen van vrachtwagens is in strijd met het omgevingsplan, omdat het perceel alleen voor wonen mag worden gebruikt. Het college heeft besloten uw verzoek, voor zover het dit onderdeel betreft, toe te wijzen.

Ten aanzien van het tweede onderdeel overweegt het college als volgt. Een schutting van 2,5 meter hoog achter de voorgevel is vergunningvrij. Het college heeft besloten uw verzoek, voor zover het dit onderdeel betreft, af te wijzen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
"""


def test_an_outcome_for_this_part_never_stands_above_the_part_it_names(linter):
    proposal = propose_with(linter, TWO_PARTS, "besluit op uw verzoek om handhaving")
    assert text_before(proposal, "eerste onderdeel", "toe te wijzen")
    assert text_before(proposal, "tweede onderdeel", "af te wijzen")



# A numbered list of conditions whose second item enumerates opening hours: the simplifier would
# make that enumeration a list of its own, which an item cannot hold (red team 9, 05: refused
# because "24" and "12" were lost). The item stays as it was and the proposal is shown.
CONDITIONS = """
Wij hebben besloten u de evenementenvergunning voor de Wintermarkt op het Kerkplein te verlenen. Aan de vergunning zijn de volgende voorschriften verbonden:

1. Het evenement vindt alleen plaats op het Kerkplein.
2. Het evenement is voor publiek geopend op vrijdag 11 december 2026 van 16.00 tot 23.00 uur, op zaterdag 12 december 2026 van 11.00 tot 24.00 uur en op zondag 13 december 2026 van 12.00 tot 20.00 uur.
3. Glaswerk is op het terrein niet toegestaan.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij de burgemeester van Wilgendaal.
"""


def test_an_enumeration_inside_a_list_item_keeps_every_time_in_that_item(linter):
    proposal = propose_with(linter, CONDITIONS, "evenementenvergunning Wintermarkt")
    item = next(line for line in proposal.markdown.splitlines() if "geopend op" in line)
    for time in ("16.00", "23.00", "11.00", "24.00", "12.00", "20.00"):
        assert time in item
