"""Clause-level splits of long sentences, third round (issue 16, December 2026): a law citation of
several items, the reasons and a citation in front of a decision ("Gelet op het vorenstaande en op
artikel …"), two te-clauses after "besluiten" / "vragen", and when the one to contact can be
reached. Fictional Dutch sentences; for every split the cases where splitting would change the
meaning or break the sentence, and nothing may happen."""

from __future__ import annotations




def split_details(result) -> list[str]:
    return [t.detail for t in result.transformations if t.kind == "split"]


# --------------------------------------------------------------------------- law citations


def test_reasons_and_a_citation_in_front_of_a_decision_become_daarom_and_a_law_line(simplifier):
    result = simplifier.simplify(
        "Gelet op het vorenstaande en op artikel 5.21 van de Omgevingswet besluiten wij de door u gevraagde "
        "omgevingsvergunning voor de aanbouw te weigeren.")
    assert result.sentences == ["Daarom besluiten wij de door u gevraagde omgevingsvergunning voor de aanbouw te weigeren."]
    assert result.law_lines == ["Dit staat in artikel 5.21 van de Omgevingswet."]


def test_a_plural_citation_after_the_reasons_moves_out_whole(simplifier):
    result = simplifier.simplify(
        "Gelet op het voorgaande en op de artikelen 3.1 en 3.4 van de Huisvestingsverordening Meerwijde 2024 "
        "verlenen wij u de vergunning voor het splitsen van uw woning.")
    assert result.sentences == ["Daarom verlenen wij u de vergunning voor het splitsen van uw woning."]
    assert result.law_lines == ["Dit staat in de artikelen 3.1 en 3.4 van de Huisvestingsverordening Meerwijde 2024."]


def test_a_citation_of_two_laws_between_commas_moves_out_whole(simplifier):
    result = simplifier.simplify(
        "Gelet op het vorenstaande besluiten wij, op grond van artikel 125 van de Gemeentewet en artikel 5:32 "
        "van de Algemene wet bestuursrecht, u een last onder dwangsom op te leggen.")
    assert result.sentences == ["Daarom besluiten wij u een last onder dwangsom op te leggen."]
    assert result.law_lines == [
        "Dit staat in artikel 125 van de Gemeentewet en artikel 5:32 van de Algemene wet bestuursrecht."]


def test_an_article_without_a_law_after_the_reasons_stays(simplifier):
    # "Dit staat in artikel 12." would not say which regulation
    sentence = ("Gelet op het vorenstaande en op artikel 12 besluiten wij de door u gevraagde vergunning voor de "
                "aanbouw aan de achterzijde te weigeren.")
    result = simplifier.simplify(sentence)
    assert not result.law_lines
    assert not any(t.kind == "law_citation" for t in result.transformations)


def test_a_chain_whose_last_law_name_is_cut_off_stays(simplifier):
    # the pattern knows "Kwijtscheldingsregeling" but not "gemeentelijke belastingen Meerwijde 2026" after it:
    # moved out, the sentence would keep half a name
    sentence = ("Deze beschikking is genomen op grond van artikel 26 van de Invorderingswet 1990 juncto artikel 255 "
                "van de Gemeentewet en de Kwijtscheldingsregeling gemeentelijke belastingen Meerwijde 2026.")
    result = simplifier.simplify(sentence)
    assert not result.law_lines
    assert "Meerwijde 2026" in " ".join(result.sentences)


def test_reasons_with_another_connective_keep_their_opening(simplifier):
    # "Daarom besluiten wij daarom …": one adverb of cause is enough
    sentence = ("Gelet op het vorenstaande en op artikel 5.21 van de Omgevingswet besluiten wij daarom de door u "
                "gevraagde omgevingsvergunning voor de aanbouw te weigeren.")
    result = simplifier.simplify(sentence)
    assert not any(s.startswith("Daarom") for s in result.sentences)


# --------------------------------------------------------------------------- two te-clauses


def test_two_decisions_in_te_clauses_become_two_sentences(simplifier):
    result = simplifier.simplify(
        "Het college heeft besloten uw uitkering over de maanden mei en juni te herzien en het te veel betaalde "
        "bedrag van € 1.204,50 van u terug te vorderen.")
    assert result.sentences == [
        "Het college heeft besloten uw uitkering over de maanden mei en juni te herzien.",
        "Het college heeft ook besloten het te veel betaalde bedrag van € 1.204,50 van u terug te vorderen."]


def test_two_requests_in_te_clauses_become_two_requests(simplifier):
    result = simplifier.simplify(
        "Wij vragen u het ingevulde formulier vóór 1 maart te ondertekenen en de gevraagde bewijsstukken per post "
        "naar het Werkplein te sturen.")
    assert result.sentences == [
        "Wij vragen u het ingevulde formulier vóór 1 maart te ondertekenen.",
        "Wij vragen u ook de gevraagde bewijsstukken per post naar het Werkplein te sturen."]


def test_a_second_te_clause_that_shares_the_object_stays(simplifier):
    # "Het college heeft ook besloten vanaf 1 juli volledig te beëindigen." would lose what ends
    sentence = ("Het college heeft besloten uw uitkering over de maanden mei en juni te herzien en vanaf 1 juli "
                "volledig te beëindigen.")
    assert not split_details(simplifier.simplify(sentence))


def test_a_choice_between_two_te_clauses_stays(simplifier):
    sentence = ("Wij vragen u de aanbouw binnen vier weken te verwijderen of alsnog een aanvraag om een "
                "omgevingsvergunning bij ons in te dienen.")
    assert not split_details(simplifier.simplify(sentence))


def test_a_negated_frame_of_two_te_clauses_stays(simplifier):
    # repeated, "niet" would be counted twice; and "niet … en …" may deny only both together
    sentence = ("Het college heeft niet besloten uw uitkering over de maanden mei en juni te herzien en het te veel "
                "betaalde bedrag van u terug te vorderen.")
    assert not any("te-zinnen" in d for d in split_details(simplifier.simplify(sentence)))


def test_a_phrase_in_front_of_the_first_te_clause_is_not_lost_for_the_second(simplifier):
    # "met ingang van 1 mei" may hold for both: split, the second would lose it
    sentence = ("Het college heeft besloten met ingang van 1 mei uw uitkering te verlagen en uw toeslag voor "
                "woonkosten te beëindigen.")
    assert not any("te-zinnen" in d for d in split_details(simplifier.simplify(sentence)))


def test_te_clauses_after_another_verb_stay(simplifier):
    # "proberen" is no verb of te_coordination: "Wij proberen ook …" would read as another attempt
    sentence = ("Wij proberen uw aanvraag binnen vier weken na ontvangst te beoordelen en het besluit daarna "
                "meteen per post aan u te versturen.")
    assert not any("te-zinnen" in d for d in split_details(simplifier.simplify(sentence)))


# --------------------------------------------------------------------------- contact


def test_when_the_contact_is_reachable_becomes_a_sentence_about_it(simplifier):
    result = simplifier.simplify(
        "Met vragen over uw aanslag kunt u contact opnemen met het Belastingloket van de gemeente Meerwijde, "
        "telefoonnummer 0113 24 00 00, bereikbaar op maandag tot en met vrijdag van 8.30 tot 16.30 uur.")
    assert result.sentences == [
        "Met vragen over uw aanslag kunt u contact opnemen met het Belastingloket van de gemeente Meerwijde, "
        "telefoonnummer 0113 24 00 00.",
        "Het Belastingloket is bereikbaar op maandag tot en met vrijdag van 8.30 tot 16.30 uur."]


def test_a_person_to_contact_is_named_again(simplifier):
    result = simplifier.simplify(
        "Heeft u vragen, dan kunt u terecht bij de heer P. de Wit van het team Vergunningen, bereikbaar via "
        "telefoonnummer 0113 24 68 10 op dinsdag en donderdag.")
    assert "De heer P. de Wit is bereikbaar via telefoonnummer 0113 24 68 10 op dinsdag en donderdag." in result.sentences


def test_a_name_inside_another_place_is_not_taken_for_whom_to_contact(simplifier):
    # "De Markt is bereikbaar …" would be about the street, not the counters
    sentence = ("U kunt de formulieren afgeven bij de balies in het stadskantoor aan de Markt, bereikbaar op "
                "werkdagen tussen 9.00 en 12.00 uur.")
    assert not split_details(simplifier.simplify(sentence))


def test_a_reachable_phrase_with_a_deadline_after_it_stays(simplifier):
    # ", en wel uiterlijk op 4 mei" belongs to the obligation, not to when the person can be reached
    sentence = ("U moet contact opnemen met uw klantmanager, mevrouw S. Jansen, bereikbaar onder telefoonnummer "
                "0113 24 11 11, en wel uiterlijk op 4 mei 2026.")
    assert not any("bereikbaar" in d for d in split_details(simplifier.simplify(sentence)))


def test_reachable_as_a_verb_phrase_in_a_clause_stays(simplifier):
    sentence = ("U heeft ons laten weten dat de huurder van de woning aan de Dorpsstraat, bereikbaar is op het "
                "adres van zijn ouders in Meerwijde.")
    assert not any("bereikbaar" in d for d in split_details(simplifier.simplify(sentence)))


def test_plural_contacts_are_not_named_as_one(simplifier):
    sentence = ("Met vragen kunt u contact opnemen met de medewerkers van het team Belastingen, telefoonnummer "
                "0113 24 00 00, bereikbaar op werkdagen van 9.00 tot 17.00 uur.")
    assert not any("bereikbaar" in d for d in split_details(simplifier.simplify(sentence)))


# --------------------------------------------------------------------------- opening hours


def test_opening_hours_in_a_contact_sentence_become_a_sentence_of_their_own(simplifier):
    result = simplifier.simplify(
        "Met vragen kunt u op werkdagen tussen 8.30 en 16.30 uur telefonisch contact opnemen met het "
        "Belastingloket via telefoonnummer 0113 24 00 00.")
    assert result.sentences == [
        "Met vragen kunt u telefonisch contact opnemen met het Belastingloket via telefoonnummer 0113 24 00 00.",
        "Dat kan op werkdagen tussen 8.30 en 16.30 uur."]


def test_opening_hours_in_a_negated_sentence_stay(simplifier):
    # "U kunt niet … terecht. Dat kan op werkdagen …" would say the opposite
    sentence = ("U kunt op werkdagen tussen 9.00 en 17.00 uur niet zonder afspraak bij de balie van het stadskantoor "
                "in Meerwijde terecht voor een paspoort.")
    assert not split_details(simplifier.simplify(sentence))


def test_opening_hours_without_a_modal_verb_stay(simplifier):
    # "Dat kan …" needs a "kan" in the sentence it repeats; a past "waren" has none
    sentence = ("Wij waren op werkdagen tussen 9.00 en 17.00 uur bereikbaar via het algemene telefoonnummer "
                "0113 24 00 00 van de gemeente Meerwijde in Zeeland.")
    assert not any("termijn" in d for d in split_details(simplifier.simplify(sentence)))


# --------------------------------------------------------------------------- frames the parser misreads


def test_a_frame_goes_when_the_parser_reads_its_dat_as_a_subject(simplifier):
    # the parser takes "dat" for a second subject of "opgelegd"; it opens the message, it is not in it
    result = simplifier.simplify(
        "Wij wijzen u er nadrukkelijk op dat bij een tweede overtreding van deze regels een hogere boete zal "
        "worden opgelegd, welke kan oplopen tot € 2.500,00 per overtreding.")
    assert result.sentences[0].startswith(
        "Bij een tweede overtreding van deze regels zal een hogere boete worden opgelegd")
    assert "€ 2.500,00" in " ".join(result.sentences)


def test_en_dat_followed_by_a_verb_is_a_pronoun_and_not_a_second_message(simplifier):
    # "en dat is de laatste termijn" points at the term: "Wij wijzen u er ook op dat is …" would be no Dutch
    sentence = ("Wij wijzen u erop dat u de schuur binnen vier weken moet afbreken en dat is de laatste termijn "
                "die wij u in deze zaak nog kunnen geven.")
    result = simplifier.simplify(sentence)
    assert not any("'en dat'" in d for d in split_details(result))
    assert not any(s.startswith("Wij wijzen u er ook op dat is") for s in result.sentences)


# --------------------------------------------------------------------------- a purpose in front


def test_a_purpose_in_front_follows_the_main_clause(simplifier):
    result = simplifier.simplify(
        "Om verdere aanmaningen en de kosten die daarbij horen te voorkomen, vragen wij u het openstaande bedrag "
        "binnen twee weken te betalen.")
    assert result.sentences == [
        "Wij vragen u het openstaande bedrag binnen twee weken te betalen.",
        "Dat doen wij om verdere aanmaningen en de kosten die daarbij horen te voorkomen."]


def test_a_purpose_with_a_dat_clause_keeps_it_whole(simplifier):
    result = simplifier.simplify(
        "Om te voorkomen dat uw rijbewijs ongeldig wordt verklaard, vragen wij u het document vóór 1 juni "
        "persoonlijk op te halen bij de balie.")
    assert result.sentences[-1] == "Dat doen wij om te voorkomen dat uw rijbewijs ongeldig wordt verklaard."


def test_a_purpose_before_a_main_clause_without_wij_stays_in_front(simplifier):
    # "Dat doen wij …" after "Het is noodzakelijk dat u …" would make the municipality the one who acts
    sentence = ("Om uw aanvraag goed te kunnen beoordelen, is het noodzakelijk dat u ons uw loonstroken over de "
                "laatste drie maanden toestuurt.")
    assert not any("doel" in d for d in split_details(simplifier.simplify(sentence)))


def test_om_die_reden_is_no_purpose_clause(simplifier):
    sentence = ("Om die reden hebben wij besloten uw aanvraag om een tegemoetkoming in de kosten van het "
                "leerlingenvervoer af te wijzen.")
    assert not any("doel" in d for d in split_details(simplifier.simplify(sentence)))


def test_a_purpose_before_a_long_main_clause_with_commas_stays(simplifier):
    # the main clause would be split again at its commas; a part could come between it and "Dat doen wij"
    sentence = ("Om de voortgang van uw traject te bespreken, nodigen wij u uit voor een gesprek met uw klantmanager, "
                "mevrouw A. Smit, op dinsdag 3 maart 2026 om 10.00 uur op het Werkplein in Meerwijde.")
    assert not any("doel" in d for d in split_details(simplifier.simplify(sentence)))


def test_a_purpose_before_a_duty_of_the_reader_follows_it_with_dat_is(simplifier):
    result = simplifier.simplify(
        "Om te voorkomen dat u bij een controle op straat een boete krijgt, moet u binnen vier weken na de datum "
        "van deze brief een nieuwe identiteitskaart aanvragen.")
    assert result.sentences == [
        "U moet binnen vier weken na de datum van deze brief een nieuwe identiteitskaart aanvragen.",
        "Dat is om te voorkomen dat u bij een controle op straat een boete krijgt."]


def test_a_purpose_before_kunt_u_stays_in_front(simplifier):
    # "Om uw rijbewijs op te halen, kunt u …" names a way, not the reason of a duty: "Dat is om …" would
    # read as the reason why the reader may come
    sentence = ("Om uw rijbewijs op te halen, kunt u op werkdagen tussen 9.00 en 12.00 uur langskomen bij de balie "
                "van het stadskantoor.")
    assert not any("doel" in d for d in split_details(simplifier.simplify(sentence)))
