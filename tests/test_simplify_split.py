"""Clause-level splits of long officialese sentences (issue 16, step 3): each split on fictional
Dutch sentences, and the cases where the parse is not clean enough and nothing is split."""

from __future__ import annotations


from letterlint.rewrite.simplify import has_finite_verb


def details(result) -> list[str]:
    return [t.detail for t in result.transformations if t.kind == "split"]


def all_have_finite_verbs(result, linter) -> bool:
    return all(has_finite_verb(linter.pipeline.nlp(sentence)) for sentence in result.sentences)


# --------------------------------------------------------------------------- "dat A en dat B"


def test_two_dat_clauses_under_one_frame_repeat_the_frame_with_ook(simplifier, linter):
    result = simplifier.simplify(
        # (a short frame: "Tijdens de controle op 3 maart 2026 is gebleken" is too long to say twice,
        # tests/test_simplify_redteam8.py)
        "Bij de controle is gebleken dat de schuur in de achtertuin van uw woning nog steeds "
        "aanwezig is, en dat er tot nu toe geen aanvraag om een vergunning is ingediend.")
    assert result.sentences == [
        "Bij de controle is gebleken dat de schuur in de achtertuin van uw woning nog steeds aanwezig is.",
        "Bij de controle is ook gebleken dat er tot nu toe geen aanvraag om een "
        "vergunning is ingediend.",
    ]
    assert details(result) == ["zin gesplitst bij 'en dat' (begin van de zin herhaald)"]
    assert all_have_finite_verbs(result, linter)


def test_a_repeated_frame_opens_up_erop_around_ook(simplifier):
    result = simplifier.simplify(
        "Wij wijzen u er nadrukkelijk op dat de vergunning vervalt als u niet binnen een jaar met de "
        "bouw begint en dat de leges dan niet worden terugbetaald.")
    assert result.sentences[1] == "Wij wijzen u er ook nadrukkelijk op dat de leges dan niet worden terugbetaald."
    assert result.sentences[0].endswith("als u niet binnen een jaar met de bouw begint.")


def test_a_frame_that_already_says_ook_is_repeated_as_it_is(simplifier):
    result = simplifier.simplify(
        "Ook wijzen wij u erop dat de kosten van de invordering voor uw rekening komen en dat wij de "
        "vordering aan een deurwaarder kunnen overdragen.")
    assert result.sentences == [
        "Ook wijzen wij u erop dat de kosten van de invordering voor uw rekening komen.",
        "Ook wijzen wij u erop dat wij de vordering aan een deurwaarder kunnen overdragen.",
    ]


def test_dat_clauses_joined_by_of_are_a_choice_and_stay_one_sentence(simplifier):
    result = simplifier.simplify(
        "Wij vragen u ons voor 1 juni 2026 te laten weten dat u de schuur zelf afbreekt of dat u "
        "alsnog een aanvraag om een omgevingsvergunning voor de schuur indient.")
    assert not any("dat'" in detail for detail in details(result))


def test_a_negated_frame_is_not_repeated(simplifier):
    result = simplifier.simplify(
        "Wij kunnen op dit moment niet garanderen dat de aanvraag voor 1 juni 2026 is behandeld en dat "
        "de bijzondere bijstand voor de verhuizing nog in mei op uw rekening staat.")
    assert not any("en dat" in detail for detail in details(result))


def test_en_dat_inside_a_nested_dat_clause_is_not_split_at_the_outer_frame(simplifier):
    # the second "dat" continues "melden dat ...", not "wijzen u erop dat ..."
    result = simplifier.simplify(
        "Wij wijzen u erop dat u ons moet melden dat uw partner sinds 1 april 2026 bij u woont en dat "
        "zij een eigen inkomen uit werk heeft.")
    assert not any("en dat" in detail for detail in details(result))


# --------------------------------------------------------------------------- want, doch


def test_want_between_two_main_clauses_starts_a_new_sentence(simplifier, linter):
    result = simplifier.simplify(
        "Wij kunnen uw aanvraag voor bijzondere bijstand nog niet beoordelen, want de loonstroken van "
        "uw partner over de maanden januari en februari ontbreken nog.")
    assert result.sentences == [
        "Wij kunnen uw aanvraag voor bijzondere bijstand nog niet beoordelen.",
        "Want de loonstroken van uw partner over de maanden januari en februari ontbreken nog.",
    ]
    assert all_have_finite_verbs(result, linter)


# --------------------------------------------------------------------------- enumerations as a list


def test_an_enumeration_after_a_colon_becomes_a_lead_sentence_and_a_list(simplifier, linter):
    result = simplifier.simplify(
        "Het bezwaarschrift moet zijn ondertekend en moet ten minste bevatten: uw naam en adres, de datum, "
        "een omschrijving van het besluit waartegen het bezwaar zich richt en de redenen van het bezwaar.")
    assert result.sentences == ["Het bezwaarschrift moet zijn ondertekend en moet ten minste bevatten:"]
    assert result.items == ["uw naam en adres", "de datum",
                            "een omschrijving van het besluit waartegen het bezwaar zich richt",
                            "de redenen van het bezwaar"]
    assert details(result) == ["opsomming van 4 delen als lijst"]
    assert all_have_finite_verbs(result, linter)


def test_an_enumeration_at_the_end_without_a_colon_gets_one(simplifier):
    result = simplifier.simplify(
        "Om uw aanvraag te beoordelen hebben wij van u nodig de loonstroken van de laatste drie maanden, "
        "een kopie van uw huurcontract, de afschriften van uw bankrekening en een kopie van uw identiteitsbewijs.")
    assert result.sentences == ["Om uw aanvraag te beoordelen hebben wij van u nodig:"]
    assert result.items == ["de loonstroken van de laatste drie maanden", "een kopie van uw huurcontract",
                            "de afschriften van uw bankrekening", "een kopie van uw identiteitsbewijs"]


def test_a_choice_between_places_is_not_made_into_a_list(simplifier):
    result = simplifier.simplify(
        "U kunt het formulier inleveren bij de balie van het stadskantoor, de servicebalie in de bibliotheek "
        "of de brievenbus van het wijkcentrum aan de Dorpsstraat.")
    assert result.items == []


def test_coordinated_clauses_with_one_auxiliary_are_not_a_list(simplifier):
    result = simplifier.simplify(
        "Wij hebben uw aanvraag op 3 maart ontvangen, de formulieren op 5 maart gecontroleerd en de hoogte van "
        "de uitkering voor de komende maanden berekend.")
    assert result.items == []
    assert result.sentences == [result.original]


def test_two_noun_phrases_are_too_few_for_a_list(simplifier):
    result = simplifier.simplify(
        "Voor de beoordeling van uw aanvraag om een parkeervergunning hebben wij nog van u nodig: een kopie "
        "van het kentekenbewijs van de auto en een kopie van uw huurcontract.")
    assert result.items == []


def test_a_list_split_off_a_sentence_is_a_bulleted_list_in_the_proposal(linter, tmp_path):
    from letterlint.rewrite.proposal import propose_rewrite

    letter = tmp_path / "besluit.md"
    letter.write_text(
        "# Besluit\n\nGeachte heer De Vries,\n\nWij hebben besloten uw aanvraag om bijzondere bijstand voor de "
        "aanschaf van een wasmachine af te wijzen.\n\nBent u het niet eens met dit besluit? Dan kunt u binnen "
        "zes weken na de dag van verzending van dit besluit bezwaar maken bij het college van burgemeester en "
        "wethouders.\nHet bezwaarschrift moet zijn ondertekend en moet ten minste bevatten: uw naam en adres, "
        "de datum, een omschrijving van het besluit waartegen het bezwaar zich richt en de redenen van het "
        "bezwaar.\n\nMet vriendelijke groet,\n\nJ. Jansen\n", encoding="utf-8")
    result = next(iter(linter.lint_paths([str(letter)])))
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok
    assert ("moet ten minste bevatten:\n\n- uw naam en adres\n- de datum\n- een omschrijving van het besluit "
            "waartegen het bezwaar zich richt\n- de redenen van het bezwaar") in proposal.markdown
    entry = next(e for e in proposal.sentence_map if e.original.startswith("Het bezwaarschrift"))
    assert entry.items == ["uw naam en adres", "de datum",
                           "een omschrijving van het besluit waartegen het bezwaar zich richt",
                           "de redenen van het bezwaar"]
    assert not entry.marked


def test_a_relative_clause_after_a_comma_is_never_read_as_a_list_item(simplifier):
    result = simplifier.simplify(
        "Wij hebben uw verzoek ontvangen om kwijtschelding van de aanslag rioolheffing 2026 voor uw woning, "
        "welke aanslag een bedrag van € 312,40 beloopt en betrekking heeft op de woning en de schuur.")
    assert result.items == []


# --------------------------------------------------------------------------- terms, appositions, addresses


def test_a_term_in_a_clause_with_kunt_becomes_dat_kan_and_the_address_its_own_sentence(simplifier, linter):
    result = simplifier.simplify(
        "Dan kunt u binnen zes weken na de dag van verzending van dit besluit een bezwaarschrift indienen bij "
        "het college van burgemeester en wethouders, Postbus 1450, 7390 HA Lindenburg.")
    assert result.sentences == [
        "Dan kunt u een bezwaarschrift indienen bij het college van burgemeester en wethouders.",
        "Dat kan binnen zes weken na de dag van verzending van dit besluit.",
        "Het adres is Postbus 1450, 7390 HA Lindenburg.",
    ]
    assert all_have_finite_verbs(result, linter)


def test_a_term_ending_in_daarvan_stays_in_the_sentence_whose_subject_it_refers_to(simplifier):
    # red team 3, bel-03: "… na de dagtekening daarvan" (of the uitspraak) cut off as "Dat kan binnen
    # zes weken na de dagtekening daarvan." would point at the court named just before it
    result = simplifier.simplify(
        "Dan kunt u binnen zes weken na de dagtekening daarvan beroep instellen bij de rechtbank Gelderland.")
    assert not any(sentence.startswith("Dat kan binnen") for sentence in result.sentences)
    assert "binnen zes weken na de dagtekening daarvan" in " ".join(result.sentences)


def test_a_term_in_a_clause_with_dient_becomes_dat_moet(simplifier):
    result = simplifier.simplify(
        "U dient het bedrag van € 640,00 binnen vier weken na dagtekening van deze brief in één keer te "
        "betalen op rekeningnummer NL12 ABCD 0123 4567 89.")
    assert result.sentences == [
        "U moet het bedrag van € 640,00 in één keer betalen op rekeningnummer NL12 ABCD 0123 4567 89.",
        "Dat moet binnen vier weken na de datum van deze brief.",
    ]


def test_a_term_is_not_moved_away_from_a_negation(simplifier):
    result = simplifier.simplify(
        "U kunt binnen zes weken na de dag van verzending van dit besluit geen nieuwe aanvraag voor "
        "bijzondere bijstand voor dezelfde kosten indienen bij de gemeente.")
    assert not any(detail.startswith("termijn") for detail in details(result))


def test_a_term_after_a_verb_that_is_no_modal_stays(simplifier):
    result = simplifier.simplify(
        "Wij vragen u binnen twee weken na dagtekening van deze brief, dus uiterlijk op 3 juni 2026, de "
        "ontbrekende stukken te sturen aan de afdeling Werk en Inkomen.")
    assert not any(detail.startswith("termijn") for detail in details(result))


def test_zijnde_with_an_amount_becomes_dat_is(simplifier, linter):
    result = simplifier.simplify(
        "Het college heeft besloten uw uitkering gedurende een maand te verlagen met 20% van de "
        "bijstandsnorm, zijnde een bedrag van € 250,10.")
    assert result.sentences == [
        "Het college heeft besloten uw uitkering gedurende een maand te verlagen met 20% van de bijstandsnorm.",
        "Dat is een bedrag van € 250,10.",
    ]
    assert all_have_finite_verbs(result, linter)


def test_zijnde_in_the_middle_of_a_sentence_is_not_split(simplifier):
    result = simplifier.simplify(
        "Wij verlagen uw uitkering met 20% van de bijstandsnorm, zijnde een bedrag van € 250,10, gedurende "
        "de maanden mei en juni van het jaar 2026.")
    assert not any("zijnde" in detail for detail in details(result))


def test_a_term_whose_noun_has_a_relative_clause_is_never_cut_inside_it(simplifier):
    # the term is cut at "dag" nowhere: it stays, or (round 4, terms.day_clauses) moves out with its
    # whole clause "waarop het besluit is verzonden"
    result = simplifier.simplify(
        "Tegen dit besluit kunt u binnen zes weken na de dag waarop het besluit is verzonden een bezwaarschrift "
        "indienen bij het college van burgemeester en wethouders van Lindenburg.")
    assert not any("u waarop" in sentence for sentence in result.sentences)
    assert all(sentence == "Dat kan binnen zes weken na de dag waarop het besluit is verzonden."
               for sentence in result.sentences if sentence.startswith("Dat kan"))


def test_a_split_that_leaves_a_bare_subordinate_clause_is_not_made(simplifier):
    # red team 4, bz-02: "Omdat u geen woonadres heeft opgegeven. Tijdens het onderzoek onbereikbaar
    # was, is het college …" — both halves broken
    result = simplifier.simplify(
        "Aangezien u geen woonadres of briefadres heeft opgegeven en tijdens het adresonderzoek "
        "onbereikbaar was, is het college terecht tot uitschrijving overgegaan.")
    assert not any(s.startswith(("Omdat u geen woonadres", "Aangezien u geen woonadres")) and s.endswith("opgegeven.")
                   for s in result.sentences)
    assert "onbereikbaar was, is het college terecht tot uitschrijving overgegaan" in " ".join(result.sentences)
