"""More clause-level splits (issue 16, step 3): two clauses under one subordinating word, two main
clauses that share the phrase in front, a connective said once, "alsmede" in a list, "waarvan" and
"mits". Each on fictional Dutch sentences, with the cases where a split would leave a fragment or
change what the sentence says, and nothing is split."""

from __future__ import annotations

import pytest

from letterlint.rewrite.simplify import has_finite_verb


def details(result) -> list[str]:
    return [t.detail for t in result.transformations if t.kind == "split"]


def all_have_finite_verbs(result, linter) -> bool:
    return all(has_finite_verb(linter.pipeline.nlp(sentence)) for sentence in result.sentences)


# --------------------------------------------------------------------------- "omdat A en B"


def test_two_clauses_after_omdat_repeat_the_frame_and_omdat(simplifier, linter):
    result = simplifier.simplify(
        "Dat komt omdat de schuur van uw buurman naar ons oordeel veel te dicht op de erfgrens staat en "
        "de hoogte van de schuur niet past binnen de regels van het omgevingsplan.")
    assert result.sentences == [
        "Dat komt omdat de schuur van uw buurman naar ons oordeel veel te dicht op de erfgrens staat.",
        "Dat komt ook omdat de hoogte van de schuur niet past binnen de regels van het omgevingsplan.",
    ]
    assert details(result) == ["zin gesplitst bij 'en' (begin van de zin en 'omdat' herhaald)"]
    assert all_have_finite_verbs(result, linter)


def test_two_clauses_after_dat_put_ook_after_the_finite_verb_of_the_frame(simplifier, linter):
    result = simplifier.simplify(
        "Dit kan tot gevolg hebben dat uw uitkering over de maand maart 2026 lager wordt vastgesteld en u "
        "het te veel betaalde bedrag moet terugbetalen.")
    assert result.sentences == [
        "Dit kan tot gevolg hebben dat uw uitkering over de maand maart 2026 lager wordt vastgesteld.",
        "Dit kan ook tot gevolg hebben dat u het te veel betaalde bedrag moet terugbetalen.",
    ]
    assert all_have_finite_verbs(result, linter)


def test_a_noun_phrase_after_en_is_no_clause_and_is_not_split_off(simplifier):
    # "de aanbouw ..." has no verb: a sentence "Wij hebben ook vastgesteld dat de aanbouw ..." would be a fragment
    result = simplifier.simplify(
        "Wij hebben vastgesteld dat de schuur in uw achtertuin hoger is dan drie meter en de aanbouw aan "
        "de achterzijde van de woning met de rode dakpannen.")
    assert result.sentences == [result.original]
    assert result.needs_rewrite


def test_two_conditions_after_als_hold_together_and_stay_one_condition(simplifier):
    result = simplifier.simplify(
        "Als u op 4 mei 2026 niet op het gesprek verschijnt en u zich niet op tijd heeft afgemeld, wordt "
        "uw uitkering over die maand met 20 procent verlaagd.")
    assert not any("herhaald" in detail for detail in details(result))
    assert not any(sentence.startswith("Als u zich niet op tijd") for sentence in result.sentences)


def test_a_clause_inside_the_first_keeps_en_from_being_split(simplifier):
    # "en" may continue the "of"-clause: the parse cannot tell which frame the second part belongs to
    result = simplifier.simplify(
        "Wij wijzen u erop dat wij niet kunnen beoordelen of uw woning aan de eisen voldoet en de eigenaar "
        "van de woning daarom vragen om een verklaring van de aannemer.")
    assert result.sentences == [result.original]


# --------------------------------------------------------------------------- "F V A en V B"


def test_two_main_clauses_share_the_phrase_in_front(simplifier, linter):
    result = simplifier.simplify(
        "Daarna wordt de vergunning voor het kappen van de drie beuken in de achtertuin verleend en "
        "kunnen de bomen vanaf 1 oktober 2026 worden gekapt.")
    assert result.sentences == [
        "Daarna wordt de vergunning voor het kappen van de drie beuken in de achtertuin verleend.",
        "Daarna kunnen de bomen vanaf 1 oktober 2026 worden gekapt.",
    ]
    assert details(result) == ["zin gesplitst bij 'en' ('Daarna' herhaald)"]
    assert all_have_finite_verbs(result, linter)


def test_a_longer_front_phrase_is_repeated_as_it_is(simplifier):
    result = simplifier.simplify(
        "In dat geval wordt uw uitkering over de maand juni 2026 stopgezet en zullen wij het te veel "
        "betaalde bedrag van u terugvorderen.")
    assert result.sentences == [
        "In dat geval wordt uw uitkering over de maand juni 2026 stopgezet.",
        "In dat geval zullen wij het te veel betaalde bedrag van u terugvorderen.",
    ]


def test_a_shared_subject_after_a_front_phrase_gets_the_front_phrase_too(simplifier):
    # without "In dat geval" the second sentence would state without condition what only happens in that case
    result = simplifier.simplify(
        "In dat geval heeft de gemeente het bedrag van € 300,00 op uw uitkering ingehouden en heeft het "
        "bedrag daarna aan de woningcorporatie Woonwaarde overgemaakt.")
    assert result.sentences == [
        "In dat geval heeft de gemeente het bedrag van € 300,00 op uw uitkering ingehouden.",
        "In dat geval heeft de gemeente het bedrag daarna aan de woningcorporatie Woonwaarde overgemaakt.",
    ]
    assert details(result) == ["zin gesplitst bij 'en' (onderwerp en 'In dat geval' herhaald)"]


def test_a_second_clause_without_a_subject_of_its_own_is_not_given_the_front(simplifier):
    # "Daarbij heeft de bewoner ..." would need the parse to name "de bewoner" the subject; it does not
    result = simplifier.simplify(
        "Daarbij werd u niet op het adres aangetroffen en heeft de bewoner van de woning verklaard dat u "
        "daar al maanden niet meer woont.")
    assert not any("'Daarbij' herhaald" in detail for detail in details(result))
    assert not any(sentence.startswith("Daarbij heeft") for sentence in result.sentences)


# --------------------------------------------------------------------------- connective said once


def test_zodat_with_derhalve_becomes_daardoor_without_dus(simplifier, linter):
    result = simplifier.simplify(
        "Uw inkomen ligt in de maanden januari en februari 2026 boven de bijstandsnorm voor gehuwden, zodat "
        "u derhalve over die maanden geen recht op bijstand heeft.")
    assert result.sentences == [
        "Uw inkomen ligt in de maanden januari en februari 2026 boven de bijstandsnorm voor gehuwden.",
        "Daardoor heeft u over die maanden geen recht op bijstand.",
    ]
    assert details(result) == ["zin gesplitst bij 'zodat' ('dus' weggelaten: 'Daardoor' zegt het al)"]
    assert all_have_finite_verbs(result, linter)


def test_a_fronted_omdat_clause_with_dus_in_the_main_clause_says_daarom_once(simplifier):
    result = simplifier.simplify(
        "Omdat uw inkomen in de maanden januari en februari 2026 boven de bijstandsnorm voor gehuwden ligt, "
        "heeft u dus over die maanden geen recht op bijstand.")
    assert result.sentences[-1] == "Daarom heeft u over die maanden geen recht op bijstand."


# --------------------------------------------------------------------------- alsmede, waarvan, mits


def test_alsmede_joins_the_last_item_of_a_list(simplifier):
    result = simplifier.simplify(
        "De aanvraag moet zijn ondertekend en bevat ten minste uw naam en adres, uw burgerservicenummer, "
        "een kopie van het huurcontract alsmede de laatste drie loonstroken van uw partner.")
    assert result.sentences == ["De aanvraag moet zijn ondertekend en bevat ten minste:"]
    assert result.items == ["uw naam en adres", "uw burgerservicenummer", "een kopie van het huurcontract",
                            "de laatste drie loonstroken van uw partner"]


def test_waarvan_after_a_comma_becomes_daarvan(simplifier, linter):
    result = simplifier.simplify(
        "De eerste termijn wordt in twee delen betaald, waarvan het eerste deel vervalt op de laatste dag "
        "van de maand na de dagtekening van deze beschikking.")
    assert result.sentences == [
        "De eerste termijn wordt in twee delen betaald.",
        "Daarvan vervalt het eerste deel op de laatste dag van de maand na de datum van deze beschikking.",
    ]
    assert all_have_finite_verbs(result, linter)


def test_mits_becomes_dat_geldt_alleen_als(simplifier, linter):
    result = simplifier.simplify(
        "De kosten van het vervoer naar de dagbesteding worden door de gemeente vergoed voor de periode van "
        "1 maart tot en met 31 december 2026, mits u de ritten vooraf via het regiovervoer heeft gereserveerd.")
    # (and the passive with its agent "de gemeente" becomes active)
    assert result.sentences == [
        "De gemeente vergoedt de kosten van het vervoer naar de dagbesteding voor de periode van "
        "1 maart tot en met 31 december 2026.",
        "Dat geldt alleen als u de ritten vooraf via het regiovervoer heeft gereserveerd.",
    ]
    assert all_have_finite_verbs(result, linter)


def test_mits_without_a_finite_verb_would_leave_a_fragment_and_stays(simplifier):
    result = simplifier.simplify(
        "De kosten van het vervoer naar de dagbesteding worden vergoed tot een bedrag van € 500,00 per jaar "
        "voor de periode van 1 maart tot en met 31 december 2026, mits vooraf schriftelijk aangevraagd.")
    assert result.sentences == [result.original]
    assert result.needs_rewrite


# --------------------------------------------------------------------------- ", onder vermelding van X"


def test_onder_vermelding_van_at_the_end_of_an_instruction_becomes_vermeld_daarbij(simplifier, linter):
    result = simplifier.simplify(
        "De ontbrekende loonstroken kunt u ook per post sturen aan het Werkplein De Brug, Postbus 120, "
        "4400 AB Zeewolde, onder vermelding van het dossiernummer.")
    assert result.sentences == [
        "De ontbrekende loonstroken kunt u ook per post sturen aan het Werkplein De Brug, Postbus 120, "
        "4400 AB Zeewolde.",
        "Vermeld daarbij het dossiernummer.",
    ]
    assert details(result) == ["'onder vermelding van …' als eigen zin"]
    assert all_have_finite_verbs(result, linter)


def test_onder_opgave_van_becomes_geef_daarbij_op(simplifier):
    result = simplifier.simplify(
        "Dan moet u dit uiterlijk twee dagen voor aanvang van het gesprek met uw klantmanager melden via "
        "telefoonnummer 14 0321, onder opgave van de reden van verhindering.")
    assert result.sentences[-1] == "Geef daarbij de reden van verhindering op."


def test_a_past_duty_is_no_instruction_and_gets_no_imperative_nor_a_present_term(simplifier):
    # "Vermeld daarbij ..." and "Dat moet uiterlijk op 1 april 2026." would turn what was due into what is due now
    result = simplifier.simplify(
        "Volgens de regeling moest het bedrag uiterlijk op 1 april 2026 zijn overgemaakt op rekeningnummer "
        "NL00 ZEEW 0001 2345 67, onder vermelding van het factuurnummer.")
    assert not any(sentence.startswith(("Vermeld", "Dat moet")) for sentence in result.sentences)
    assert result.sentences == [result.original]


# --------------------------------------------------------------------------- ", welke N ..." at the end


@pytest.mark.parametrize("sentence, second", [
    ("Op 14 maart 2026 hebben wij via het Omgevingsloket uw aanvraag om een vergunning voor het bouwen van een "
     "schuur ontvangen, welke aanvraag is geregistreerd onder nummer OLO-88123.",
     "Deze aanvraag is geregistreerd onder nummer OLO-88123."),
    ("Bij de beoordeling van uw verzoek hebben wij uw betalingscapaciteit vastgesteld volgens de landelijke "
     "normen, welke betalingscapaciteit op jaarbasis € 420,00 bedraagt.",
     "Deze betalingscapaciteit is op jaarbasis € 420,00."),
    ("Uw verzoek om kwijtschelding van de aanslag afvalstoffenheffing 2026 is op 3 februari 2026 door ons "
     "ontvangen, welk verzoek nu in behandeling is genomen door een medewerker.",
     # (and its passive with a named agent becomes active)
     "Een medewerker heeft dit verzoek nu in behandeling genomen."),
])
def test_welke_with_its_noun_at_the_end_becomes_deze_or_dit_with_the_verb_second(simplifier, linter, sentence, second):
    result = simplifier.simplify(sentence)
    assert result.sentences[-1] == second
    assert len(result.sentences) == 2
    assert all_have_finite_verbs(result, linter)


def test_welke_with_two_coordinated_verbs_moves_both_verbs(simplifier):
    # "Deze aanvraag kost een bedrag van € 65,00 en een jaar geldig is" would not be a Dutch sentence;
    # since the subject "welke aanvraag" is shared, the second verb moves right behind "en" as well
    result = simplifier.simplify(
        "Op 2 april 2026 heeft u een aanvraag gedaan voor een parkeervergunning voor bewoners van de "
        "binnenstad, welke aanvraag een bedrag van € 65,00 kost en een jaar geldig is.")
    assert "Deze aanvraag kost een bedrag van € 65,00 en een jaar geldig is." not in result.sentences
    assert result.sentences[-1] == "Deze aanvraag kost een bedrag van € 65,00 en is een jaar geldig."


def test_an_infinitive_used_as_a_noun_does_not_stop_an_appositive_split(simplifier):
    # "de kosten van bestaan": "bestaan" is a noun here, the phrase has no verb of its own
    result = simplifier.simplify(
        "Bij de beoordeling van uw verzoek hebben wij volgens de landelijke normen uw betalingscapaciteit "
        "vastgesteld, zijnde het verschil tussen uw netto inkomen en de kosten van bestaan.")
    assert result.sentences[-1] == "Dat is het verschil tussen uw netto inkomen en de kosten van bestaan."


# --------------------------------------------------------------------------- ", waarvoor/waarna/waarbij …" at the end


def test_waarbij_at_the_end_becomes_daarbij_with_the_verb_second(simplifier, linter):
    result = simplifier.simplify(
        "U kunt het formulier voor de bijzondere bijstand ophalen bij de balie van het Werkplein in Zeewolde, "
        "waarbij u een geldig identiteitsbewijs moet laten zien.")
    assert result.sentences == [
        "U kunt het formulier voor de bijzondere bijstand ophalen bij de balie van het Werkplein in Zeewolde.",
        "Daarbij moet u een geldig identiteitsbewijs laten zien.",
    ]
    assert all_have_finite_verbs(result, linter)


def test_two_clauses_after_waarna_become_two_main_clauses_after_daarna(simplifier, linter):
    result = simplifier.simplify(
        "Dan krijgt u een laatste herinnering van de invorderingsambtenaar, waarna zonder nadere aankondiging "
        "een dwangbevel kan worden uitgevaardigd en ook invorderingsrente verschuldigd is.")
    assert result.sentences == [
        "Dan krijgt u een laatste herinnering van de invorderingsambtenaar.",
        "Daarna kan zonder nieuwe waarschuwing een dwangbevel worden uitgevaardigd en is ook "
        "invorderingsrente verschuldigd.",
    ]
    assert all_have_finite_verbs(result, linter)


def test_a_second_clause_that_shares_its_subject_is_not_made_a_main_clause_without_one(simplifier):
    # "Daardoor moet u ... betalen en krijgt geen vergoeding" lacks the subject of its second clause
    result = simplifier.simplify(
        "Wij hebben uw aanvraag om een vergoeding voor de kosten van de traplift afgewezen, waardoor u deze "
        "kosten van € 3.400,00 zelf moet betalen en geen vergoeding krijgt.")
    assert not any(sentence.startswith("Daardoor") for sentence in result.sentences)


# --------------------------------------------------------------------------- splits that would break the sentence


def test_zodat_with_two_coordinated_clauses_is_not_made_half_a_main_clause(simplifier):
    # "Daardoor worden uw vaste lasten doorbetaald en er geen nieuwe schulden ontstaan" keeps the
    # second clause in subordinate word order
    result = simplifier.simplify(
        "Wij betalen de huur en de energierekening rechtstreeks aan de verhuurder en het energiebedrijf, "
        "zodat uw vaste lasten worden doorbetaald en er geen nieuwe schulden ontstaan.")
    assert not any(sentence.startswith("Daardoor") for sentence in result.sentences)


def test_an_adverb_the_parse_took_into_the_subject_does_not_come_before_the_verb(simplifier):
    result = simplifier.simplify(
        "Doordat uw vermogen hierdoor vanaf 1 maart 2026 boven de vermogensgrens van € 7.850,00 uitkwam, "
        "had u vanaf die datum geen recht op bijstand.")
    assert not any(sentence.startswith("Uw vermogen hierdoor") for sentence in result.sentences)


def test_a_subject_with_an_apposition_between_commas_is_not_made_a_main_clause(simplifier):
    result = simplifier.simplify(
        "Omdat de moeder van Sanne, mevrouw J. de Vries, samen met u het gezag heeft, moet zij ook "
        "toestemming geven voor de aanvraag van het paspoort.")
    assert not any("de Vries heeft" in sentence for sentence in result.sentences)


def test_a_reflexive_pronoun_stays_before_ook_in_a_repeated_frame(simplifier):
    result = simplifier.simplify(
        "U stelt zich op het standpunt dat de aanslag rioolheffing te hoog is berekend en dat de aanslag "
        "afvalstoffenheffing voor een te groot huishouden is opgelegd.")
    assert result.sentences[1].startswith("U stelt zich ook op het standpunt dat")


def test_a_reason_after_a_reported_dat_clause_is_not_made_our_own(simplifier):
    # "Dat komt omdat de fundering ... gebreken vertoont" would state the objector's argument as ours
    result = simplifier.simplify(
        "In uw bezwaarschrift stelt u dat de waarde van uw woning te hoog is vastgesteld, omdat de "
        "fundering van uw woning ernstige gebreken vertoont.")
    assert not any(sentence.startswith("Dat komt") for sentence in result.sentences)


def test_a_reason_after_our_own_finding_is_still_split_off(simplifier):
    result = simplifier.simplify(
        "Bij de beoordeling van uw aanvraag is gebleken dat de aanvraag niet volledig is, omdat de "
        "tekeningen van de nieuwe schuur en de foto's van de bestaande situatie ontbreken.")
    assert result.sentences[-1].startswith("Dat komt omdat de tekeningen")
