"""Classes of long sentences the splitter used to refuse ("geen veilige plek om te splitsen"),
found among the long sentences left in the development proposals (issue 16):

1. "…, zodat A en B" at the end of a sentence, with two coordinated clauses that each have their
   own subject (also "zowel X als Y" as the second subject): "Daardoor <verb> A en <verb> B.";
2. a second clause whose finite verb can only have "u" as its subject ("bent", "hebt", "kunt"),
   after a first clause that opens with "u" ("in welk geval u … moet aanvragen en opnieuw leges
   verschuldigd bent"): "u" is repeated ("en bent u opnieuw leges verschuldigd");
3. a clause that ends in a "dat"-clause after its verbs ("waarbij … en de buurman heeft verklaard
   dat …"): the "dat"-clause keeps its words and order;
4. ", onder vermelding van …" after "Verzocht wordt …" (no "u" in it) or before a word that points
   back ("voornoemd zaaknummer"); and a clause after "Ik verzoek u …, waarbij" (the tagger may read
   "verzoek" as a noun: the words show the request);
5. "…, waartegen wij … moeten optreden" ("Daartegen moeten wij … optreden") and "…, waarover u …
   zult worden geïnformeerd" (the tagger may read "zult" and a plural after "wij" as infinitives).

And the traps where a split would change what the sentence says or leave a sentence that is not
Dutch: they stay as they are. Own fictional sentences (Wierdenveld), from all four departments."""

from __future__ import annotations

import pytest

from letterlint.rewrite.simplify import has_finite_verb


def all_have_finite_verbs(result, linter, simplifier) -> bool:
    """Every sentence has a finite verb by its tags, or opens with "Ik verzoek u" (which the tagger
    may read as a noun: the verifier accepts it by its words)."""
    return all(has_finite_verb(doc) or simplifier._request_frame(list(doc))
               for doc in (linter.pipeline.nlp(sentence) for sentence in result.sentences))


@pytest.mark.parametrize("sentence, expected", [
    # 1. zodat with two clauses of their own
    (
        "De commissie heeft vastgesteld dat de aanvraag volledig is ingediend, zodat de beslistermijn vanaf 4 mei "
        "2026 loopt en het besluit uiterlijk op 29 juni 2026 wordt genomen.",
        ["De commissie heeft vastgesteld dat de aanvraag volledig is ingediend.",
         "Daardoor loopt de beslistermijn vanaf 4 mei 2026 en wordt het besluit uiterlijk op 29 juni 2026 genomen."],
    ),
    (
        "Wij zijn van oordeel dat de WOZ-waarde juist is vastgesteld, zodat uw bezwaar ongegrond wordt verklaard en "
        "zowel de beschikking als de aanslag ongewijzigd worden gehandhaafd.",
        ["Wij zijn van oordeel dat de WOZ-waarde juist is vastgesteld.",
         "Daardoor wordt uw bezwaar ongegrond verklaard en worden zowel de beschikking als de aanslag ongewijzigd "
         "gehandhaafd."],
    ),
    # 2. the shared "u" repeated
    (
        "Uw ontheffing voor het parkeren in de binnenstad vervalt op 30 september 2026, in welk geval u een nieuwe "
        "ontheffing moet aanvragen en opnieuw leges verschuldigd bent.",
        ["Uw ontheffing voor het parkeren in de binnenstad vervalt op 30 september 2026.",
         "In dit geval moet u een nieuwe ontheffing aanvragen en bent u opnieuw leges verschuldigd."],
    ),
    (
        "Uw parkeervergunning voor de wijk Oosterhof verloopt op 30 september 2026, waarna u geen gebruik meer mag "
        "maken van de vergunninghoudersplaatsen en een nieuwe vergunning nodig hebt.",
        ["Uw parkeervergunning voor de wijk Oosterhof verloopt op 30 september 2026.",
         "Daarna mag u geen gebruik meer maken van de vergunninghoudersplaatsen en hebt u een nieuwe vergunning nodig."],
    ),
    # 3. a dat-clause after the verbs
    (
        "Op 3 maart 2026 heeft een toezichthouder van de gemeente het perceel bezocht, waarbij de hond niet aanwezig "
        "was en de buurman heeft verklaard dat het dier bij familie verblijft.",
        ["Op 3 maart 2026 heeft een toezichthouder van de gemeente het perceel bezocht.",
         "Daarbij was de hond niet aanwezig en heeft de buurman verklaard dat het dier bij familie verblijft."],
    ),
    (
        "Wij hebben uw aanvraag om bijzondere bijstand voor een wasmachine zorgvuldig beoordeeld, waarna de consulent "
        "heeft vastgesteld dat de kosten niet noodzakelijk zijn.",
        ["Wij hebben uw aanvraag om bijzondere bijstand voor een wasmachine zorgvuldig beoordeeld.",
         "Daarna heeft de consulent vastgesteld dat de kosten niet noodzakelijk zijn."],
    ),
    # 4. onder vermelding van
    (
        "Ik verzoek u de gevraagde bankafschriften binnen veertien dagen na de datum van deze brief te sturen, "
        "waarbij voor toezending gebruik kan worden gemaakt van de bijgevoegde antwoordenvelop.",
        ["Ik vraag u de gevraagde bankafschriften binnen veertien dagen na de datum van deze brief te sturen.",
         "Daarbij kan voor toezending gebruik worden gemaakt van de bijgevoegde antwoordenvelop."],
    ),
    (
        "De ingevulde formulieren kunt u ook afgeven bij de balie van het gemeentehuis in Wierdenveld, Kerkplein 2, "
        "onder vermelding van voornoemd zaaknummer.",
        ["De ingevulde formulieren kunt u ook afgeven bij de balie van het gemeentehuis in Wierdenveld, Kerkplein 2.",
         "Vermeld daarbij voornoemd zaaknummer."],
    ),
    # 5. waartegen, waarover … zult
    (
        "Op het perceel Esdoornlaan 9 in Wierdenveld is tijdens de controle een overtreding van het omgevingsplan "
        "geconstateerd, waartegen wij volgens ons handhavingsbeleid moeten optreden.",
        ["Op het perceel Esdoornlaan 9 in Wierdenveld is tijdens de controle een overtreding van het omgevingsplan "
         "geconstateerd.", "Daartegen moeten wij volgens ons handhavingsbeleid optreden."],
    ),
    (
        "Het college behoudt zich het recht voor om in verband met de te late melding van uw inkomsten een "
        "bestuurlijke boete op te leggen, waarover u bij afzonderlijke brief zult worden geïnformeerd.",
        ["Het college behoudt zich het recht voor om in verband met de te late melding van uw inkomsten een "
         "bestuurlijke boete op te leggen.", "Daarover zult u bij afzonderlijke brief worden geïnformeerd."],
    ),
])
def test_a_refused_clause_boundary_is_now_split_into_sentences_with_a_finite_verb(simplifier, linter, sentence,
                                                                                    expected):
    result = simplifier.simplify(sentence)
    assert result.sentences == expected
    assert all_have_finite_verbs(result, linter, simplifier)


def test_verzocht_wordt_with_onder_vermelding_van_becomes_an_instruction(simplifier):
    result = simplifier.simplify(
        "Verzocht wordt het openstaande bedrag van € 212,40 vóór 15 mei 2026 over te maken op rekeningnummer NL99 "
        "WIER 0001 2345 67, onder vermelding van het factuurnummer.")
    assert result.sentences == [
        "Verzocht wordt het openstaande bedrag van € 212,40 vóór 15 mei 2026 over te maken op rekeningnummer NL99 "
        "WIER 0001 2345 67.", "Vermeld daarbij het factuurnummer."]


@pytest.mark.parametrize("sentence", [
    # "terugstuurt" has no subject of its own and is no form of "u" alone: "en stuurt … terug" lacks one
    "Uit de stukken blijkt dat het formulier niet is ondertekend, zodat u het formulier opnieuw moet invullen en "
    "binnen twee weken terugstuurt.",
    # "of" gives a choice: the two clauses are not two facts
    "De aanvraag is na de sluitingsdatum van de regeling ontvangen, zodat het verzoek wordt aangehouden of de "
    "aanvraag wordt afgewezen door het college.",
    # "kunt" needs "u", but the first clause's subject is "de termijn": who cannot object is not said
    "Uw bezwaarschrift tegen de aanslag rioolheffing 2026 is pas op 14 mei 2026 bij ons binnengekomen, waardoor de "
    "termijn ruim is verstreken en niet meer in bezwaar kunt komen.",
    # "Daarom … van oordeel dat …, zodat …": the conclusion is in the zodat-clause; "Daardoor" would
    # chain a second conclusion to a sentence that only gives the ground
    "Daarom is de heffingsambtenaar van oordeel dat de waarde juist is vastgesteld, zodat uw bezwaar ongegrond "
    "wordt verklaard en de aanslag ongewijzigd blijft.",
    # a request in the past is told, not made: no "Vermeld daarbij …"
    "Wij verzochten u het bedrag van € 85,00 binnen veertien dagen over te maken op rekeningnummer NL99 WIER 0001 "
    "2345 67, onder vermelding van het factuurnummer.",
    "Volgens de betalingsregeling moest u het bedrag uiterlijk op 1 mei 2026 overmaken op rekeningnummer NL99 WIER "
    "0001 2345 67, onder vermelding van het factuurnummer.",
])
def test_a_split_that_would_lose_a_subject_or_a_choice_or_the_tense_is_not_made(simplifier, sentence):
    result = simplifier.simplify(sentence)
    assert not any(s.startswith(("Daardoor", "Vermeld")) for s in result.sentences)
    assert len(result.sentences) == 1
