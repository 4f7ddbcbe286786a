"""Red team 31 (Ravenwolde, tests/data/redteam31): the classes its judge found in the proposals of
bebc451, and the refusal it met, each pinned with sentences written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, text: str):
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_remedy_whose_condition_became_a_question_keeps_its_term_start(linter):
    # 05 was refused ("beroep: begin van de termijn was ontvangst, is nu niets"): the condition that
    # holds the term went into a question of its own, "Heeft het college … na ontvangst … niet beslist?
    # Dan kunt u … beroep instellen …"; the question and its "Dan …" are one remedy sentence
    proposal = _proposal(linter, (
        "Geachte heer Wolters,\n\nWij hebben uw aanvraag om een omgevingsvergunning op 3 mei 2027 ontvangen.\n\n"
        "Heeft het college twee weken na ontvangst van uw ingebrekestelling nog steeds niet beslist, dan verbeurt "
        "het college aan u een dwangsom voor iedere dag dat het in gebreke blijft, en kunt u zonder bezwaar te maken "
        "rechtstreeks beroep instellen bij de Rechtbank Oostmarke, Postbus 2200, 0880 AB Oostmarke.\n\n"
        "Met vriendelijke groet,\n\nG. Smit\nteamleider Vergunningen\n"))
    assert proposal.ok, proposal.verification.problems
    assert "Heeft het college twee weken na ontvangst van uw ingebrekestelling nog steeds niet beslist?" in proposal.markdown
    assert "Dan verbeurt het college aan u een dwangsom" in proposal.markdown


def test_voldoen_aan_stays_when_a_comma_or_a_split_stands_between_aan_and_the_verb(simplifier):
    # 03-T10 and 06-T3: "… dat u aan de onder 4, a tot en met c, vermelde verplichtingen heeft voldaan" and "Aan de
    # voorwaarden die onder 2 en 3 zijn besproken, wordt niet voldaan" had become "heeft betaald" / "wordt niet
    # betaald": "voldoen aan" is to comply, and its "aan" hangs on the verb beyond the comma
    kept = simplifier.simplify("U krijgt de premie pas als u aantoont dat u aan de onder 2, a en b, genoemde eisen heeft voldaan.")
    assert "heeft voldaan" in kept.sentences[-1] and "betaald" not in " ".join(kept.sentences)
    fronted = simplifier.simplify("Aan de eisen die in het bestemmingsplan voor de bouwhoogte zijn gesteld, wordt niet voldaan.")
    assert "betaald" not in " ".join(fronted.sentences)
    # an amount is paid, also with an "aan" in a clause of its own inside the sentence
    paid = simplifier.simplify("U heeft het bedrag van € 120,00, dat u aan de gemeente verschuldigd bent, nog niet voldaan.")
    assert paid.sentences[-1].endswith("nog niet betaald.")


def test_a_term_taken_out_stays_right_after_the_clause_of_its_verb_and_a_name_stays_whole(simplifier):
    # 03-T3: "dan moet u dat binnen twee weken na ontvangst van de beschikking van de Dienst Toeslagen aan het
    # college melden, waarna het college … zal vaststellen" had become "Dan moet u dat Toeslagen aan het college
    # melden. Daarna zal het college …. Dat moet binnen twee weken na ontvangst van de beschikking van de Dienst."
    result = simplifier.simplify(
        "Krijgt u zorgtoeslag, dan moet u dat binnen vier weken na ontvangst van de beschikking van de Dienst "
        "Toeslagen aan het college doorgeven, waarna het college de bijdrage opnieuw zal berekenen vanaf de eerste "
        "maand waarover u zorgtoeslag krijgt.")
    sentences = result.sentences
    assert len(sentences) > 1
    term = next((index for index, sentence in enumerate(sentences) if sentence.startswith("Dat moet binnen")), None)
    if term is None:  # the term stays in its clause
        assert any("moet u dat binnen vier weken na ontvangst van de beschikking van de Dienst Toeslagen aan het "
                   "college doorgeven" in sentence for sentence in sentences)
    else:  # or follows it right away, whole
        assert sentences[term] == "Dat moet binnen vier weken na ontvangst van de beschikking van de Dienst Toeslagen."
        assert "moet u dat aan het college doorgeven" in sentences[term - 1]
    assert all("dat Toeslagen" not in sentence for sentence in sentences)  # (the name had been cut: "dat Toeslagen aan")
    assert sentences[-1].startswith("Daarna zal het college")


def test_no_implied_we_for_a_passive_split_off_a_sentence_that_names_another_body(simplifier):
    # 03 (found on the way): "Wordt u huurtoeslag toegekend, dan moet u dat … na de beschikking van de Dienst
    # Toeslagen … melden" split first, "Wordt u huurtoeslag toegekend?" no longer named the Dienst Toeslagen and
    # became "Kennen wij u huurtoeslag toe?" in a letter that speaks as "wij"; and what is given to the reader
    # must be a thing the municipality itself hands out
    sentence = ("Wordt u huurtoeslag toegekend, dan moet u dat binnen twee weken na ontvangst van de beschikking van "
                "de Dienst Toeslagen aan ons melden, waarna wij de woonkostentoeslag opnieuw zullen vaststellen "
                "met ingang van de eerste maand waarover u huurtoeslag ontvangt.")
    result = simplifier.simplify_many([sentence], implied_agent="wij")[0]
    assert result.sentences[0] == "Wordt u huurtoeslag toegekend?"
    assert not any(sentence.startswith("Kennen wij") for sentence in result.sentences)


def test_a_relative_clause_followed_by_a_limit_is_not_taken_out_without_it(simplifier):
    # 01-T6: "…, die op 19 mei 2027 heeft geadviseerd het bezwaar gegrond te verklaren, zowel wat het vervoer als
    # wat het aantal etmalen betreft." had left the limit on the hearing: "… gehoord door de commissie zowel wat
    # het vervoer als wat het aantal etmalen betreft. Deze commissie heeft … geadviseerd …"
    result = simplifier.simplify(
        "Op 3 maart 2027 bent u gehoord door de Commissie bezwaarschriften Lindenburg (hierna: de commissie), die op "
        "10 maart 2027 heeft geadviseerd het bezwaar gegrond te verklaren, zowel wat de huur als wat de verhuizing "
        "betreft.")
    assert not any(sentence.startswith("Deze commissie") for sentence in result.sentences)


def test_hetgeen_after_two_coordinated_dat_clauses_keeps_both(simplifier):
    # 01-T9: "U heeft aangevoerd dat u geen auto heeft en dat De Wilgenhoeve … niet … bereikbaar is, hetgeen het
    # college juist heeft bevonden" had become "… dat u geen auto heeft. U heeft ook aangevoerd dat De
    # Wilgenhoeve … bereikbaar is, wat het college juist heeft bevonden." ("wat" about the second only); and a
    # name the tagger reads as a noun is not repeated as "Deze wilgenhoeve"
    result = simplifier.simplify(
        "U heeft aangevoerd dat u geen fiets heeft en dat Het Kinderhuis, dat op 14 kilometer van uw woning ligt, "
        "niet binnen een redelijke reistijd met de bus bereikbaar is, hetgeen het college juist heeft bevonden.")
    assert not any(sentence.startswith("U heeft ook aangevoerd") for sentence in result.sentences)
    assert not any("het kinderhuis" in sentence or "Dit kinderhuis" in sentence for sentence in result.sentences)


def test_genoemde_after_a_place_in_the_letter_stays(simplifier):
    # 08-T10: "met uitzondering van de onder 1, a tot en met c, genoemde organisaties" had become "behalve de onder
    # 1, a tot en met c, deze organisaties"
    result = simplifier.simplify("Het college geeft uw adres niet aan derden, met uitzondering van de onder 1, a tot en "
                                 "met c, genoemde organisaties.")
    assert "onder 1, a tot en met c, genoemde organisaties" in " ".join(result.sentences)


def test_a_verb_phrase_whose_preposition_comes_back_after_of_is_not_swapped(simplifier):
    # 08-T13: "kunt u zich wenden tot de politie, die …, dan wel tot Veilig Thuis" had become "kunt u contact
    # opnemen met de politie, die …, of tot Veilig Thuis"
    repeated = simplifier.simplify("Voelt u zich onveilig, dan kunt u zich wenden tot de wijkagent, die u kan helpen, "
                                   "dan wel tot het Steunpunt Huiselijk Geweld.")
    assert "zich wenden tot de wijkagent" in " ".join(repeated.sentences)
    single = simplifier.simplify("Heeft u vragen over deze brief, dan kunt u zich wenden tot mevrouw Bakker.")
    assert "contact opnemen met mevrouw Bakker" in " ".join(single.sentences)


def test_uitsluitend_recht_is_the_name_of_a_right(linter):
    # 10-T2, T3, T11: "het uitsluitend recht op het graf" had become "het alleen recht"
    result = linter.lint_text("Geachte heer Wolters,\n\nHet uitsluitend recht op het graf loopt af op 1 mei 2028. "
                              "U mag het graf uitsluitend laten onderhouden door een erkende steenhouwer.\n\n"
                              "Met vriendelijke groet,\n\nG. Smit\n", "brief.txt", "text")
    jargon = [finding.text for finding in result.findings if finding.rule == "JA01"]
    assert jargon == ["uitsluitend"]  # the adverb only
    assert "Het uitsluitend recht op het graf" in propose_rewrite(linter, result, suggest=False).markdown


def test_a_signing_formula_for_one_part_of_a_letter_signed_twice_is_a_closing(linter):
    # 10-P1: "Het college …,\nnamens dezen, voor onderdeel A," / "G. Kroeze\nbeheerder begraafplaatsen" /
    # "De heffingsambtenaar …, voor onderdeel B," was read as running text and run together
    proposal = _proposal(linter, (
        "Geachte heer Wolters,\n\nHet college verlengt het recht op het graf met tien jaar. Het bedrag van "
        "€ 1.480,00 moet u binnen twee maanden betalen.\n\n"
        "Het college van burgemeester en wethouders van Ravenwolde,\nnamens dezen, voor onderdeel A,\n\n"
        "G. Kroeze\nbeheerder begraafplaatsen\n\n"
        "De heffingsambtenaar van de gemeente Ravenwolde, voor onderdeel B,\n\ndrs. B.J. Rouwenhorst\n"))
    assert "\nG. Kroeze\nbeheerder begraafplaatsen\n" in proposal.markdown
    assert "van Ravenwolde,\nnamens dezen, voor onderdeel A," in proposal.markdown
