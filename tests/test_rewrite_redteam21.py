"""The classes red team 21 found (tests/data/redteam21/). The sentences here are written for these tests."""

from __future__ import annotations

from conftest import wrap_letter
from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, body: str):
    text = wrap_letter(body, "Geachte heer Visser,", "Met vriendelijke groet,\n\nJ. de Graaf\nteam Burgerzaken")
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_numbered_decisions_made_a_list_keep_their_numbers_for_the_check(linter):
    # red team 21, 07: "…: 1°. …; 2°. …; en 3°. …" became a list with its marks, but the check read the
    # items without them and refused the whole proposal ("getal '3' uit de brief staat niet in het voorstel")
    proposal = _proposal(linter, "Op 4 november 2026 heeft u een nieuwe identiteitskaart aangevraagd.\n\n"
                                 "De burgemeester heeft besloten: 1°. u een identiteitskaart te verstrekken; 2°. uw "
                                 "aanvraag om een spoedlevering af te wijzen; en 3°. de toeslag voor spoedlevering aan u "
                                 "terug te betalen.")
    assert proposal.ok, proposal.verification.problems
    assert "3°. de toeslag voor spoedlevering aan u terug te betalen" in proposal.markdown


def _text(result) -> str:
    return " ".join(result.sentences)


def test_a_unit_with_a_bracket_keeps_it_against_its_number(simplifier):
    # red team 21, 06-P1: "38 dB(A)" became "38 dB (A)"
    result = simplifier.simplify("Op de erfgrens is een geluidsmeting verricht, waarbij een beoordelingsniveau van 38 dB(A) "
                                 "is gemeten, hetgeen lager is dan de waarde van 40 dB(A) die in het omgevingsplan geldt.")
    assert "38 dB(A)" in _text(result) and "40 dB(A)" in _text(result)


def test_a_split_keeps_the_closing_quote_of_the_words_before_it(simplifier):
    # red team 21, 05-P1: "… de functie 'Wonen', doch …" became "… de functie 'Wonen. Maar …"
    result = simplifier.simplify("Het gebruik als bed & breakfast is in strijd met de functie 'Wonen', doch het college is "
                                 "bereid daarvan af te wijken met toepassing van de Beleidsregel kleinschalig logies 2024.")
    assert "'Wonen'" in _text(result)


def test_welke_with_two_nouns_is_not_made_a_main_clause(simplifier):
    # red team 21, 09-T2: "…, welke beschikking en aanslag zijn bekendgemaakt op …" became "Deze beschikking zijn
    # en aanslag bekendgemaakt op …"
    result = simplifier.simplify("Uw bezwaarschrift is gericht tegen de beschikking over de waarde van uw woning en tegen de "
                                 "aanslag onroerendezaakbelasting 2026, welke beschikking en aanslag zijn bekendgemaakt op "
                                 "het aanslagbiljet van 27 februari 2026.")
    assert not any(sentence.startswith("Deze beschikking zijn") for sentence in result.sentences)


def test_a_condition_with_two_subjects_is_not_made_a_question(simplifier):
    # red team 21, 08-T13: "Indien u of uw zoon … verhinderd is, …" became "Is u of uw zoon … verhinderd?"
    result = simplifier.simplify("Indien u of uw zoon op 14 januari 2027 verhinderd is, dient u dat vóór 7 januari 2027 te "
                                 "melden, waarna u wordt uitgenodigd voor de eerstvolgende ceremonie op donderdag 11 maart 2027.")
    assert not any(sentence.startswith("Is u of uw zoon") for sentence in result.sentences)


def test_verkrijgen_in_the_passive_is_not_made_krijgen(simplifier):
    # red team 21, 08-T2: "wordt het Nederlanderschap eerst verkregen" became "wordt … eerst gekregen"
    passive = simplifier.simplify("Volgens de wet wordt het Nederlanderschap pas verkregen op de dag waarop de verklaring "
                                  "van verbondenheid is afgelegd tijdens de ceremonie in het gemeentehuis.")
    assert "gekregen" not in _text(passive)
    active = simplifier.simplify("U heeft in de maand mei inkomsten verkregen uit werk bij een uitzendbureau in de stad en "
                                 "dat heeft u niet aan ons gemeld.")
    assert "inkomsten gekregen" in _text(active)


def test_a_plural_noun_with_a_plural_verb_is_not_made_a_singular_word(simplifier):
    # red team 21, 03-T11: "de inlichtingen te verstrekken die voor uw bijstand van belang zijn" became
    # "de informatie te verstrekken die … van belang zijn"
    result = simplifier.simplify("Verder bent u verplicht de inlichtingen te verstrekken die voor uw bijstand van belang "
                                 "zijn; nu u de afschriften niet heeft overgelegd, kan het college uw recht op bijstand "
                                 "niet vaststellen.")
    assert "de informatie te verstrekken die" not in _text(result)


def test_a_second_clause_that_shares_u_is_not_made_a_main_clause_without_it(simplifier):
    # red team 21, 08-T15: "…, waarvoor u een afspraak moet maken en leges bent verschuldigd" became
    # "Daarvoor moet u een afspraak maken en bent leges verschuldigd."
    result = simplifier.simplify("Vanaf vrijdag 15 januari 2027 kunt u een Nederlands paspoort of een Nederlandse "
                                 "identiteitskaart aanvragen, waarvoor u een afspraak moet maken en leges bent verschuldigd.")
    assert "en bent leges" not in _text(result)


def test_clauses_of_one_frame_after_semicolons_are_not_made_sentences(simplifier):
    # red team 21, 04-T7: "Het college overweegt dat A; dat B; en dat C" became "… Dat B. En dat C."
    result = simplifier.simplify("Het college overweegt dat wat een aannemer u heeft verteld voor uw eigen risico komt; dat "
                                 "voor de dakkapel op nummer 3 in 2009 een vergunning is verleend; en dat de kosten van het "
                                 "verwijderen niet zo hoog zijn dat handhaving onevenredig is.")
    assert not any(sentence.startswith(("Dat voor", "En dat")) for sentence in result.sentences)


def test_the_narrowed_guards_leave_the_right_splits_alone(simplifier):
    # found in the byte-diff of the red team 21 fixes: a sentence that opens with a demonstrative "dat"
    # or a dat-clause followed by its main clause, a condition whose subject is followed by "door … of
    # …", and a second clause that gets its "u" back were all refused by the first versions
    demonstrative = simplifier.simplify("Wij leggen geen aanslag afvalstoffenheffing of hondenbelasting op aan u voor het "
                                        "jaar 2026; dat staat los van de vraag of u de aanslag onroerendezaakbelasting moet betalen.")
    assert "Dat staat los van de vraag of u de aanslag onroerendezaakbelasting moet betalen." in demonstrative.sentences
    fronted = simplifier.simplify("De toeslag voor spoedlevering van € 46,75 blijft verschuldigd; dat de identiteitskaart is "
                                  "gestolen terwijl u op vakantie was in het buitenland, doet daaraan niet af.")
    assert len(fronted.sentences) == 2
    question = simplifier.simplify("Indien u door ziekte of een andere dringende reden niet op het gesprek kunt komen, moet u "
                                   "dat uiterlijk een dag van tevoren telefonisch aan uw consulent melden.")
    assert question.sentences[0] == "Kunt u door ziekte of een andere dringende reden niet op het gesprek komen?"
    shared = simplifier.simplify("Het paspoort dat niet vóór 1 maart 2027 is opgehaald, wordt vernietigd, waarna u een nieuw "
                                 "paspoort moet aanvragen en opnieuw leges bent verschuldigd.")
    assert "Daarna moet u een nieuw paspoort aanvragen en bent u opnieuw leges verschuldigd." in shared.sentences
    two_nouns = simplifier.simplify("Indien uw inkomen of vermogen na 4 april 2027 is gewijzigd, bent u verplicht dit binnen "
                                    "twee weken aan de invorderingsambtenaar te melden.")
    assert two_nouns.sentences[0] == "Is uw inkomen of vermogen na 4 april 2027 gewijzigd?"
    photos = simplifier.simplify("Indien u niet wenst dat foto's van u of uw kinderen worden gepubliceerd, kunt u dat bij "
                                 "aankomst melden, in welk geval zulke foto's niet worden gebruikt.")
    assert photos.sentences[0] == "Wenst u niet dat foto's van u of uw kinderen worden gepubliceerd?"
