"""More safe splits of long sentences (issue 16, step 3, December 2026): a frame that announces its
message with a linking adverb ("Wij wijzen u er ook op dat ...") or a comment ("Voor de
duidelijkheid ..."), a relative clause at the end of a sentence split by its words, and a sentence
whose word-level replacements covered the place to split. Each on fictional Dutch sentences, with
the cases where nothing may be split."""

from __future__ import annotations


from letterlint.rewrite.simplify import has_finite_verb


def details(result) -> list[str]:
    return [t.detail for t in result.transformations]


def unchanged(result, sentence: str) -> bool:
    return result.sentences == [sentence] and not result.transformations


# --------------------------------------------------------------------------- frames


def test_ook_in_a_frame_opens_the_message_instead_of_being_dropped(simplifier):
    result = simplifier.simplify(
        "Wij wijzen u er ook op dat de kosten van de herinnering en de wettelijke rente volledig voor uw "
        "eigen rekening zullen komen.")
    assert result.sentences == [
        "Ook zullen de kosten van de herinnering en de wettelijke rente volledig voor uw eigen rekening komen."]
    assert "'Wij wijzen u er ook op dat' → 'Ook'" in details(result)


def test_ook_before_the_frame_verb_opens_the_message(simplifier):
    result = simplifier.simplify(
        "Ook wijzen wij u erop dat wij bij een volgende betalingsachterstand van de termijnen meteen een "
        "dwangbevel zullen laten betekenen aan uw adres.")
    assert result.sentences == [
        "Ook zullen wij bij een volgende betalingsachterstand van de termijnen meteen een dwangbevel laten "
        "betekenen aan uw adres."]


def test_dan_after_a_condition_stays_in_front_of_the_message(simplifier):
    # the "Dan" of a condition split off before ("Bent u verhuisd? Dan ...") must not get lost
    result = simplifier.simplify(
        "Dan wijzen wij u erop dat u uw nieuwe adres binnen vijf dagen na de verhuizing aan de gemeente van "
        "uw nieuwe woonplaats moet doorgeven.")
    assert result.sentences == [
        "Dan moet u uw nieuwe adres binnen vijf dagen na de verhuizing aan de gemeente van uw nieuwe "
        "woonplaats doorgeven."]


def test_the_message_keeps_its_negation_and_its_past_tense(simplifier):
    result = simplifier.simplify(
        "Wij wijzen u er ook op dat u de vorige termijn van de betalingsregeling niet op tijd heeft betaald "
        "aan de gemeente Lindenburg.")
    assert result.sentences == [
        "Ook heeft u de vorige termijn van de betalingsregeling niet op tijd betaald aan de gemeente Lindenburg."]


def test_a_phrase_that_only_comments_on_the_announcement_goes_with_the_frame(simplifier):
    result = simplifier.simplify(
        "Voor de goede orde wijzen wij u erop dat u het formulier voor de aanvraag van bijzondere bijstand "
        "volledig ingevuld en ondertekend moet terugsturen.")
    assert result.sentences == [
        "U moet het formulier voor de aanvraag van bijzondere bijstand volledig ingevuld en ondertekend "
        "terugsturen."]
    result = simplifier.simplify(
        "Voor de duidelijkheid wijzen wij u erop dat de nieuwe afvalpas pas vanaf 1 april 2026 kan worden "
        "gebruikt bij alle containers in de wijk.")
    assert result.sentences == [
        "De nieuwe afvalpas kan pas vanaf 1 april 2026 worden gebruikt bij alle containers in de wijk."]


def test_opmerken_announces_a_message(simplifier):
    result = simplifier.simplify(
        "Voor de volledigheid merken wij op dat de wijziging van de normbedragen geen gevolgen heeft voor de "
        "hoogte van uw bijzondere bijstand.")
    assert result.sentences == [
        "De wijziging van de normbedragen heeft geen gevolgen voor de hoogte van uw bijzondere bijstand."]


def test_merken_without_op_says_what_was_noticed_and_stays(simplifier):
    sentence = ("Wij merken aan de hand van uw bankafschriften dat u in de maand maart 2026 drie keer een "
                "bedrag van € 250,00 heeft ontvangen.")
    result = simplifier.simplify(sentence)
    assert not result.sentences[0].startswith("U heeft")
    assert result.sentences[0].startswith("Wij merken")


def test_a_frame_with_two_linking_adverbs_is_kept(simplifier):
    sentence = ("Ook wijzen wij u er verder op dat de kosten van de herinnering en de wettelijke rente volledig "
                "voor uw eigen rekening zullen komen.")
    assert simplifier.simplify(sentence).sentences == [sentence]


def test_a_frame_in_the_past_tense_is_kept(simplifier):
    # "wij hebben u erop gewezen" reports an earlier warning: dropping it would make it a new statement
    sentence = ("Wij hebben u er ook op gewezen dat de kosten van de herinnering en de wettelijke rente volledig "
                "voor uw eigen rekening zullen komen.")
    assert simplifier.simplify(sentence).sentences == [sentence]


def test_a_frame_that_gives_a_reason_is_still_kept(simplifier):
    sentence = ("Wij wijzen u er daarom ook op dat de kosten van de herinnering en de wettelijke rente volledig "
                "voor uw eigen rekening zullen komen.")
    assert simplifier.simplify(sentence).sentences == [sentence]


# --------------------------------------------------------------------------- relative clause at the end


def test_a_relative_clause_at_the_end_becomes_a_sentence_about_its_noun(simplifier, linter):
    result = simplifier.simplify(
        "Wij sturen u hierbij het overzicht van de nieuwe normbedragen, die vanaf 1 januari 2026 van "
        "toepassing zijn op de uitkering van alle inwoners.")
    assert result.sentences == [
        "Wij sturen u hierbij het overzicht van de nieuwe normbedragen.",
        "Deze normbedragen zijn vanaf 1 januari 2026 van toepassing op de uitkering van alle inwoners."]
    assert all(has_finite_verb(linter.pipeline.nlp(s)) for s in result.sentences)


def test_a_relative_pronoun_as_object_keeps_its_meaning(simplifier):
    # Dutch may put the object first: the verb still agrees with the subject of the clause
    result = simplifier.simplify(
        "Wij sturen u hierbij het overzicht van de bankafschriften, die u op 3 maart 2026 aan de balie van "
        "het Werkplein heeft afgegeven.")
    assert result.sentences == [
        "Wij sturen u hierbij het overzicht van de bankafschriften.",
        "Deze bankafschriften heeft u op 3 maart 2026 aan de balie van het Werkplein afgegeven."]


def test_a_relative_pronoun_that_may_point_at_two_nouns_is_not_split(simplifier):
    # "die" may be the daughter or the application
    sentence = ("Wij hebben op 3 maart 2026 de aanvraag van uw dochter ontvangen en beoordeeld, die op dit moment "
                "in Lindenburg op kamers woont.")
    assert simplifier.simplify(sentence).sentences == [sentence]


def test_a_relative_pronoun_after_two_nouns_of_its_kind_is_not_split(simplifier):
    sentence = ("Door niet te verschijnen heeft u niet voldaan aan de verplichting om mee te werken aan een "
                "voorziening gericht op arbeidsinschakeling, die op u rust.")
    assert simplifier.simplify(sentence).sentences == [sentence]


def test_dat_as_a_conjunction_after_a_comma_is_not_a_relative_clause(simplifier):
    sentence = ("Wij informeren u hierbij uitgebreid over het belangrijke feit, dat u op 3 maart 2026 niet op de "
                "afspraak bij het Werkplein bent verschenen.")
    result = simplifier.simplify(sentence)
    assert not any(s.startswith("Dit feit") for s in result.sentences)


def test_dat_does_not_point_at_a_de_word(simplifier):
    # "dat" cannot be "de burgemeester": the noun before the comma is not the antecedent
    sentence = ("Wij sturen u hierbij een kopie van het besluit van de burgemeester, dat op 3 maart 2026 in het "
                "gemeenteblad van Lindenburg is gepubliceerd.")
    result = simplifier.simplify(sentence)
    assert not any(s.startswith(("Dit burgemeester", "Deze burgemeester")) for s in result.sentences)


# --------------------------------------------------------------------------- replaced words, parsed again


def test_a_split_place_covered_by_replaced_verbs_is_found_in_the_new_sentence(simplifier):
    # "dient ... te tonen" -> "moet ... tonen" covered the clause's verb; parsed as a sentence of its
    # own, the plain sentence splits at "waarbij" like any other
    result = simplifier.simplify(
        "U dient zich uiterlijk om 10.00 uur te melden bij de receptie in de hal van het stadskantoor, "
        "waarbij u een geldig identiteitsbewijs dient te tonen.")
    assert result.sentences == [
        "U moet zich uiterlijk om 10.00 uur melden bij de receptie in de hal van het stadskantoor.",
        "Daarbij moet u een geldig identiteitsbewijs tonen."]
    assert "zin gesplitst bij 'waarbij'" in details(result)


# --------------------------------------------------------------------------- no split of a fragment


def test_a_sentence_parsed_as_a_fragment_is_not_split_at_doch(simplifier):
    # the parse made "situatie" the root and "bedraagt" a coordinated main clause: split there, the
    # result was "Maar de pensioengerechtigde leeftijd nog niet, is de netto bijstandsnorm ..."
    result = simplifier.simplify(
        "Voor uw situatie, zijnde die van gehuwden die beiden de leeftijd van 21 jaar hebben bereikt doch de "
        "pensioengerechtigde leeftijd nog niet, bedraagt de netto bijstandsnorm met ingang van 1 januari 2026 "
        "€ 1.941,40 per maand, exclusief vakantietoeslag.")
    assert len(result.sentences) == 1
    assert not any(s.startswith("Maar") for s in result.sentences)


# --------------------------------------------------------------------------- a condition as a question


def test_a_condition_becomes_a_question_when_the_tagger_misreads_its_first_verb(simplifier):
    # on its own, "Zijn de stukken ...?" is tagged with the possessive "zijn"; the original shows
    # that "zijn" is the finite verb the question moved to the front
    result = simplifier.simplify(
        "Als de stukken niet uiterlijk op deze datum in ons bezit zijn, zal uw aanvraag buiten behandeling "
        "worden gesteld, zonder dat u hierover nader bericht ontvangt.")
    assert result.sentences == [
        "Zijn de papieren niet uiterlijk op deze datum in ons bezit?",
        "Dan zal uw aanvraag buiten behandeling worden gesteld, zonder dat u hierover nader bericht ontvangt."]


def test_a_question_whose_first_word_is_no_verb_of_the_original_still_needs_a_finite_verb(simplifier):
    assert simplifier.verify("Als het bedrag te hoog is, betaalt u minder.",
                             ["De stukken van het bedrag?", "Dan betaalt u minder."], [],
                             [simplifier.nlp("De stukken van het bedrag?"), simplifier.nlp("Dan betaalt u minder.")],
                             simplifier.nlp("Als het bedrag te hoog is, betaalt u minder."))


# --------------------------------------------------------------------------- "..., waaronder A, B en C"


def test_a_list_after_waaronder_becomes_a_bulleted_list(simplifier):
    result = simplifier.simplify(
        "De gewijzigde gegevens worden automatisch gegeven aan de afnemers van de basisregistratie personen, "
        "waaronder de Belastingdienst, de Sociale Verzekeringsbank en uw zorgverzekeraar.")
    assert result.sentences == [
        "De gewijzigde gegevens worden automatisch gegeven aan de afnemers van de basisregistratie personen, "
        "waaronder:"]
    assert result.items == ["de Belastingdienst", "de Sociale Verzekeringsbank", "uw zorgverzekeraar"]


def test_a_choice_after_zoals_stays_in_the_sentence(simplifier):
    # "of" gives a choice: bullets would lose it
    result = simplifier.simplify(
        "Neem bij uw afspraak aan de balie alle stukken mee die wij nodig hebben, zoals een geldig "
        "identiteitsbewijs, een recent loonstrookje of een uitkeringsspecificatie.")
    assert not result.items


def test_two_things_after_waaronder_are_no_list(simplifier):
    result = simplifier.simplify(
        "Wij hebben uw aanvraag beoordeeld aan de hand van de regels van de gemeente, waaronder de regels voor "
        "het kappen van bomen en de regels voor welstand.")
    assert not result.items
