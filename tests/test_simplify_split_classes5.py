"""Three classes of officialese the splitter used to refuse ("geen veilige plek om te splitsen"):

1. a non-restrictive relative clause with "welke N" or "die" whose clause has two coordinated
   finite verbs ("…, welke aanslag … beloopt en … moet worden betaald."): the subject is shared,
   so both verbs move ("Deze aanslag beloopt … en moet … worden betaald.");
2. a clause after ", waarbij/waarna/zodat/waardoor" with a relative clause inside it ("waardoor
   de rekening die u … heeft ontvangen niet … kan worden vergoed"): only the clause's own finite
   verb moves, the relative clause keeps its words and order;
3. "…, zijnde € …" at the end: "Dat is € …" ("Dat", never "Deze N": "zijnde" may be about more
   than the noun before it).

And the cases where a split would change what the sentence says or leave a sentence that is not
Dutch, which stay as they are. Own fictional sentences (Wierdenveld), from all four departments."""

from __future__ import annotations

import pytest

from letterlint.rewrite.simplify import has_finite_verb


def all_have_finite_verbs(result, linter) -> bool:
    return all(has_finite_verb(linter.pipeline.nlp(sentence)) for sentence in result.sentences)


# --------------------------------------------------------------------------- 1. two verbs, one subject


@pytest.mark.parametrize("sentence, first, second", [
    (  # Belastingen
        "Wij hebben u op 31 januari 2026 een aanslag afvalstoffenheffing over het belastingjaar 2026 toegezonden, "
        "welke aanslag een bedrag van € 412,30 beloopt en in acht termijnen moet worden betaald.",
        "Wij hebben u op 31 januari 2026 een aanslag afvalstoffenheffing over het belastingjaar 2026 toegezonden.",
        "Deze aanslag beloopt een bedrag van € 412,30 en moet in acht termijnen worden betaald.",
    ),
    (  # VTH
        "Op 1 maart 2026 heeft het college u een last onder dwangsom opgelegd voor de schutting aan de Dorpsstraat "
        "12, welke last een dwangsom van € 500 per week bevat en tot een maximum van € 5.000 kan oplopen.",
        "Op 1 maart 2026 heeft het college u een last onder dwangsom opgelegd voor de schutting aan de Dorpsstraat 12.",
        "Deze last bevat een dwangsom van € 500 per week en kan tot een maximum van € 5.000 oplopen.",
    ),
    (  # Burgerzaken
        "U heeft op 8 april 2026 een verklaring omtrent het gedrag aangevraagd bij de gemeente Wierdenveld, welke "
        "verklaring door Justis wordt beoordeeld en binnen vier weken wordt toegestuurd.",
        "U heeft op 8 april 2026 een verklaring omtrent het gedrag aangevraagd bij de gemeente Wierdenveld.",
        "Deze verklaring wordt door Justis beoordeeld en wordt binnen vier weken toegestuurd.",
    ),
    (  # Werk en Inkomen (with "met ingang van" -> "vanaf" in the same sentence)
        "Op 3 februari 2026 heeft u een uitkering op grond van de Participatiewet aangevraagd bij het Werkplein, "
        "welke uitkering met ingang van 1 maart 2026 is toegekend en maandelijks wordt uitbetaald.",
        "Op 3 februari 2026 heeft u een uitkering op grond van de Participatiewet aangevraagd bij het Werkplein.",
        "Deze uitkering is vanaf 1 maart 2026 toegekend en wordt maandelijks uitbetaald.",
    ),
    (  # "die" as the subject of both verbs (Werk en Inkomen, bezwaar)
        "Wij hebben uw bezwaarschrift van 3 mei 2026 doorgestuurd naar de onafhankelijke adviescommissie, die uw "
        "bezwaar op 10 juni 2026 bespreekt en daarna een advies stuurt aan het college.",
        "Wij hebben uw bezwaarschrift van 3 mei 2026 doorgestuurd naar de onafhankelijke adviescommissie.",
        "Deze adviescommissie bespreekt uw bezwaar op 10 juni 2026 en stuurt daarna een advies aan het college.",
    ),
])
def test_a_relative_clause_with_two_verbs_of_one_subject_becomes_one_main_clause(simplifier, linter, sentence,
                                                                                first, second):
    result = simplifier.simplify(sentence)
    assert result.sentences == [first, second]
    assert all_have_finite_verbs(result, linter)


def test_welke_n_as_the_object_with_two_verbs_is_not_split(simplifier):
    # "wij" is the subject; "Deze aanvraag hebben wij … ontvangen en nu in behandeling nemen" is not
    # Dutch ("nemen" is a plural finite verb, not an infinitive under "hebben")
    result = simplifier.simplify(
        "Op 17 februari 2026 heeft u een aanvraag voor kwijtschelding van de afvalstoffenheffing ingediend, welke "
        "aanvraag wij op 3 maart 2026 hebben ontvangen en nu in behandeling nemen.")
    assert result.sentences == [result.original]


def test_welke_n_as_the_object_with_a_second_relative_clause_is_not_split(simplifier):
    result = simplifier.simplify(
        "Wij hebben op 3 april 2026 een aanslag afvalstoffenheffing opgelegd voor uw woning aan de Lindelaan 4, "
        "welke aanslag u in tien termijnen mag betalen en die wij automatisch innen.")
    assert result.sentences == [result.original]


def test_a_second_verb_tagged_as_a_noun_blocks_the_split(simplifier):
    # "plaatsvond" read as a noun: moving only "duurde" would leave "… en plaatsvond in …"
    result = simplifier.simplify(
        "Op 12 maart 2026 heeft de toezichthouder een controle uitgevoerd op het perceel Kerkstraat 4 in "
        "Wierdenveld, welke controle ongeveer een uur duurde en plaatsvond in aanwezigheid van de eigenaar.")
    assert not any("en plaatsvond" in s and s != result.original for s in result.sentences)
    assert result.sentences == [result.original]


def test_die_after_a_plural_noun_with_singular_verbs_is_not_split(simplifier):
    # "die … beloopt" is about the aanslag, not about the two dogs before the comma
    result = simplifier.simplify(
        "Aan u is een aanslag hondenbelasting over het jaar 2026 opgelegd voor twee honden op het adres "
        "Beukenlaan 22, die een bedrag van € 236,00 beloopt en vóór 30 april 2026 moet zijn betaald.")
    assert not any(s.startswith("Deze honden") for s in result.sentences)


def test_die_that_may_point_at_another_noun_of_the_phrase_is_not_split(simplifier):
    # "die" may point at "identiteitskaart" as well as at "zoon": both are de-words of one phrase
    result = simplifier.simplify(
        "Op 6 mei 2026 hebben wij een melding ontvangen van de vermissing van de identiteitskaart van uw zoon, "
        "die op 2 mei 2026 aangifte heeft gedaan en een nieuwe kaart heeft aangevraagd.")
    assert not any(s.startswith(("Deze zoon", "Deze identiteitskaart", "Uw zoon")) for s in result.sentences)
    assert result.sentences == [result.original]


# --------------------------------------------------------------------------- 2. a relative clause inside


@pytest.mark.parametrize("sentence, first, second", [
    (  # Burgerzaken: the relative clause closed by a comma, in a list
        "U kunt uw nieuwe identiteitskaart vanaf 14 juli 2026 ophalen bij de balie van het stadskantoor, waarbij u "
        "een recente pasfoto die voldoet aan de eisen, uw oude identiteitskaart en het afhaalbewijs moet meebrengen.",
        "U kunt uw nieuwe identiteitskaart vanaf 14 juli 2026 ophalen bij de balie van het stadskantoor.",
        "Daarbij moet u een recente pasfoto die voldoet aan de eisen, uw oude identiteitskaart en het afhaalbewijs "
        "meebrengen.",
    ),
    (  # Burgerzaken: a plural verb the tagger reads as an infinitive
        "Wij hebben uw verhuizing naar de Wilgenstraat 9 op 12 mei 2026 verwerkt in de basisregistratie personen, "
        "waardoor de brieven die de gemeente u stuurt voortaan op dit adres worden bezorgd.",
        "Wij hebben uw verhuizing naar de Wilgenstraat 9 op 12 mei 2026 verwerkt in de basisregistratie personen.",
        "Daardoor worden de brieven die de gemeente u stuurt voortaan op dit adres bezorgd.",
    ),
    (  # Werk en Inkomen
        "Wij hebben uw aanvraag om bijzondere bijstand op 3 juni 2026 afgewezen, waardoor de rekening die u van de "
        "tandarts heeft ontvangen niet door de gemeente kan worden vergoed.",
        "Wij hebben uw aanvraag om bijzondere bijstand op 3 juni 2026 afgewezen.",
        "Daardoor kan de rekening die u van de tandarts heeft ontvangen niet door de gemeente worden vergoed.",
    ),
    (  # Werk en Inkomen
        "U bent op 14 maart 2026 niet verschenen op de afspraak met uw klantmanager, waardoor de uitkering die u "
        "van ons ontvangt over de maand april met 20 procent wordt verlaagd.",
        "U bent op 14 maart 2026 niet verschenen op de afspraak met uw klantmanager.",
        "Daardoor wordt de uitkering die u van ons ontvangt over de maand april met 20 procent verlaagd.",
    ),
    (  # VTH
        "Wij hebben uw aanvraag om een omgevingsvergunning voor de aanbouw aan de Esdoornlaan 3 op 4 mei 2026 "
        "ontvangen, waarna de tekeningen die u heeft ingediend door de welstandscommissie worden beoordeeld.",
        "Wij hebben uw aanvraag om een omgevingsvergunning voor de aanbouw aan de Esdoornlaan 3 op 4 mei 2026 "
        "ontvangen.",
        # (then the passive with its named agent becomes active)
        "Daarna beoordeelt de welstandscommissie de tekeningen die u heeft ingediend.",
    ),
    (  # VTH, "zodat"
        "De toezichthouder heeft op 9 juni 2026 geconstateerd dat de overkapping nog steeds aanwezig is, zodat de "
        "dwangsom die in het besluit van 1 april 2026 is vastgesteld nu door u is verbeurd.",
        "De toezichthouder heeft op 9 juni 2026 geconstateerd dat de overkapping nog steeds aanwezig is.",
        "Daardoor is de dwangsom die in het besluit van 1 april 2026 is vastgesteld nu door u verbeurd.",
    ),
    (  # Belastingen
        "U heeft de tweede termijn van de aanslag rioolheffing niet op tijd betaald, waardoor de kosten die wij voor "
        "de aanmaning in rekening brengen bij het openstaande bedrag worden opgeteld.",
        "U heeft de tweede termijn van de aanslag rioolheffing niet op tijd betaald.",
        "Daardoor worden de kosten die wij voor de aanmaning in rekening brengen bij het openstaande bedrag opgeteld.",
    ),
    (  # Burgerzaken: the relative clause between commas, its plural verb tagged as an infinitive
        "U kunt uw rijbewijs vanaf 10 juli 2026 ophalen aan de balie van het stadskantoor, waarbij u het oude "
        "rijbewijs, dat wij na de uitgifte ongeldig maken, moet inleveren.",
        "U kunt uw rijbewijs vanaf 10 juli 2026 ophalen aan de balie van het stadskantoor.",
        "Daarbij moet u het oude rijbewijs, dat wij na de uitgifte ongeldig maken, inleveren.",
    ),
    (  # Belastingen
        "Wij hebben uw verzoek om kwijtschelding van de rioolheffing op 2 mei 2026 afgewezen, waarna u de aanslag "
        "die op 28 februari 2026 is opgelegd binnen twee maanden moet betalen.",
        "Wij hebben uw verzoek om kwijtschelding van de rioolheffing op 2 mei 2026 afgewezen.",
        "Daarna moet u de aanslag die op 28 februari 2026 is opgelegd binnen twee maanden betalen.",
    ),
])
def test_only_the_clauses_own_finite_verb_moves_past_a_relative_clause_inside_it(simplifier, linter, sentence,
                                                                                first, second):
    result = simplifier.simplify(sentence)
    assert result.sentences == [first, second]
    assert all_have_finite_verbs(result, linter)


@pytest.mark.parametrize("sentence", [
    # the verbs of the two clauses stand together: the words do not show which verb is whose
    "U moet het formulier vóór 1 augustus 2026 ingevuld terugsturen aan de afdeling Werk en Inkomen, waarna uw "
    "consulent de gegevens die u heeft opgegeven zal controleren.",
    # where the relative clause ends ("als vergelijking") is not certain
    "Wij hebben de waarde van uw woning op 1 januari 2025 vastgesteld op € 312.000, waarbij de verkoopprijzen van "
    "woningen die in uw buurt zijn verkocht als vergelijking zijn gebruikt.",
    # a relative clause opened by a comma and not closed by one: where it ends is not certain
    "U kunt uw rijbewijs vanaf 10 juli 2026 ophalen aan de balie van het stadskantoor, waarbij u het oude "
    "rijbewijs, dat wij na de uitgifte ongeldig maken moet inleveren.",
    # a comparison after the verb ("dan u gewend bent") is a clause of its own at the end
    "Wij hebben uw inkomsten over de maand mei 2026 verrekend met uw uitkering, waardoor het bedrag dat wij op "
    "25 juni 2026 aan u overmaken lager is dan u gewend bent.",
])
def test_a_nested_clause_whose_bounds_are_uncertain_blocks_the_split(simplifier, sentence):
    result = simplifier.simplify(sentence)
    assert result.sentences == [result.original]


# --------------------------------------------------------------------------- 3. "zijnde" at the end


def test_zijnde_with_an_amount_becomes_dat_is(simplifier, linter):
    result = simplifier.simplify(
        "De gemeente brengt u voor het aanvragen van een nieuw paspoort de wettelijke leges in rekening, zijnde "
        "€ 82,35 voor personen van 18 jaar en ouder.")
    # the amount is one thing: not "Dat zijn" for "personen"
    assert result.sentences == [
        "De gemeente brengt u voor het aanvragen van een nieuw paspoort de wettelijke leges in rekening.",
        "Dat is € 82,35 voor personen van 18 jaar en ouder.",
    ]
    assert all_have_finite_verbs(result, linter)


def test_zijnde_names_no_noun_it_may_not_be_about(simplifier):
    # "zijnde € 261,40" is about the 20 procent, not about the bijstandsnorm before the comma
    result = simplifier.simplify(
        "Wij verlagen uw bijstand over de maanden mei en juni 2026 met 20 procent van de voor u geldende "
        "bijstandsnorm, zijnde € 261,40 per maand.")
    assert result.sentences[-1] == "Dat is € 261,40 per maand."
    assert not any("Deze bijstandsnorm" in s for s in result.sentences)


def test_zijnde_with_plural_documents_becomes_dat_zijn(simplifier):
    result = simplifier.simplify(
        "Op 2 mei 2026 heeft u uw aangifte gedaan van vermissing van uw rijbewijs en uw paspoort, zijnde de "
        "documenten die op uw naam waren uitgegeven.")
    assert result.sentences[-1] == "Dat zijn de documenten die op uw naam waren uitgegeven."


def test_zijnde_followed_by_another_phrase_after_a_comma_is_not_split(simplifier):
    result = simplifier.simplify(
        "Het college heeft besloten de dwangsom vast te stellen op € 250 per week, zijnde het maximale bedrag van "
        "€ 5.000, gelet op de ernst van de overtreding.")
    assert not any(s.startswith("Dat is") for s in result.sentences)


@pytest.mark.parametrize("sentence", [
    # the participle is about "bezwaarschrift", far before the comma: its noun is not certain
    "Wij hebben uw bezwaarschrift op 14 maart 2026 ontvangen, gericht tegen het besluit van 2 februari 2026 over "
    "de verlaging van uw uitkering.",
    "Op 2 juni 2026 is de toezichthouder langsgekomen bij uw bedrijfspand aan de Havenweg 14 in Wierdenveld, "
    "gelegen op het bedrijventerrein De Kreek.",
])
def test_a_participle_phrase_at_the_end_is_not_made_a_sentence(simplifier, sentence):
    result = simplifier.simplify(sentence)
    assert result.sentences == [result.original]


# --------------------------------------------------------------------------- coordinated verbs the parse misreads


def test_a_verb_without_tags_after_an_adjective_with_is_blocks_the_split(simplifier):
    # "afloopt" has no verb form in the parse: "Deze vergunning is een jaar geldig en op 12 januari 2027
    # afloopt" would not be Dutch
    result = simplifier.simplify(
        "Op 12 januari 2026 is aan u een vergunning verleend voor het innemen van een standplaats op de markt in "
        "Wierdenveld, welke vergunning een jaar geldig is en op 12 januari 2027 afloopt.")
    assert not any(s.endswith("afloopt.") and s != result.original for s in result.sentences)


def test_en_after_a_relative_clause_does_not_get_the_subject_of_the_main_clause(simplifier):
    # "en hebben doorgestuurd" continues "die wij hebben beoordeeld" (the stukken are sent on), it is
    # no second main clause of "Wij hebben … ontvangen": "Wij hebben doorgestuurd naar …" loses what
    result = simplifier.simplify(
        "Wij hebben op 4 februari 2026 de formulieren ontvangen die u bij uw aanvraag om bijzondere bijstand heeft "
        "gevoegd, die wij hebben beoordeeld en hebben doorgestuurd naar de medisch adviseur.")
    assert "Wij hebben doorgestuurd naar de medisch adviseur." not in result.sentences
    assert result.sentences == [result.original]
