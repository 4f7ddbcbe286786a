"""Sentence simplification (letterlint.rewrite.simplify): each transformation on Dutch sentences,
the facts guarantees, and properties (numbers never invented, deterministic)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from letterlint.config import Config
from letterlint.engine.linter import Linter
from letterlint.rewrite.simplify import Simplifier, facts_problem, word_count


def kinds(result) -> list[str]:
    return [t.kind for t in result.transformations]


# --------------------------------------------------------------------------- splitting


def test_coordinated_main_clauses_become_separate_sentences(simplifier):
    result = simplifier.simplify(
        "Wij hebben uw aanvraag op 3 maart 2026 ontvangen en onze medewerker heeft uw gegevens op "
        "10 maart 2026 gecontroleerd, maar wij missen nog de loonstroken van januari en februari.")
    assert result.sentences == [
        "Wij hebben uw aanvraag op 3 maart 2026 ontvangen.",
        "Onze medewerker heeft uw gegevens op 10 maart 2026 gecontroleerd.",
        "Maar wij missen nog de loonstroken van januari en februari.",
    ]
    assert "split" in kinds(result)


def test_waarbij_clause_becomes_daarbij_sentence_with_verb_second(simplifier):
    result = simplifier.simplify(
        "Wij hebben uw inkomen over de afgelopen twaalf maanden opnieuw berekend en vergeleken met de "
        "bijstandsnorm, waarbij uw inkomen uit de nieuwe baan is meegeteld.")
    assert result.sentences[-1] == "Daarbij is uw inkomen uit de nieuwe baan meegeteld."
    assert result.sentences[0].endswith("vergeleken met de bijstandsnorm.")
    assert any(t.detail == "zin gesplitst bij 'waarbij'" for t in result.transformations)


def test_inserted_waarin_clause_is_taken_out_and_the_main_clause_stays_whole(simplifier):
    result = simplifier.simplify(
        "De eerste betaling, waarin tevens de bijstand over de maand april 2026 is opgenomen, zal "
        "uiterlijk op 27 mei 2026 op uw rekening worden bijgeschreven.")
    assert result.sentences == [
        "De eerste betaling zal uiterlijk op 27 mei 2026 op uw rekening worden bijgeschreven.",
        "In deze betaling is ook de bijstand over de maand april 2026 opgenomen.",
    ]


def test_a_sentence_announcing_a_list_keeps_its_colon(simplifier):
    result = simplifier.simplify("Derhalve verzoeken wij u de volgende stukken aan ons te sturen:")
    assert result.sentences == ["Dus vragen wij u de volgende papieren aan ons te sturen:"]


def test_a_plural_present_read_as_infinitive_still_counts_as_the_finite_verb(simplifier):
    # the tagger reads "uitleggen" after "wij" as an infinitive; it is the finite verb of the clause
    result = simplifier.simplify(
        "Wij sturen u deze week een nieuw overzicht, waarin wij alle regels voor bijzondere bijstand uitleggen, "
        "omdat de regels dit jaar zijn veranderd.")
    assert result.sentences == [
        "Wij sturen u deze week een nieuw overzicht.",
        "Daarin leggen wij alle regels voor bijzondere bijstand uit, omdat de regels dit jaar zijn veranderd.",
    ]


def test_fronted_omdat_clause_becomes_a_sentence_and_the_main_clause_starts_with_daarom(simplifier):
    result = simplifier.simplify(
        "Omdat u de gevraagde loonstroken niet op tijd aan ons heeft gestuurd, hebben wij besloten uw "
        "aanvraag van 4 april 2026 niet verder te behandelen.")
    assert result.sentences == [
        "U heeft de gevraagde loonstroken niet op tijd aan ons gestuurd.",
        "Daarom hebben wij besloten uw aanvraag van 4 april 2026 niet verder te behandelen.",
    ]


def test_a_fronted_condition_becomes_a_question_followed_by_dan(simplifier):
    result = simplifier.simplify(
        "Indien u zich niet met dit besluit kunt verenigen, kunt u binnen zes weken na de datum van deze brief "
        "bezwaar maken bij het college.")
    assert result.sentences == [
        "Kunt u zich niet met dit besluit verenigen?",
        "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college.",
    ]


def test_a_condition_with_the_verb_first_and_dan_becomes_a_question(simplifier):
    result = simplifier.simplify(
        "Heeft u vragen over deze brief of over uw aanvraag voor bijzondere bijstand, dan kunt u bellen met "
        "mevrouw De Wit via telefoonnummer 14 0123.")
    assert result.sentences == [
        "Heeft u vragen over deze brief of over uw aanvraag voor bijzondere bijstand?",
        "Dan kunt u bellen met mevrouw De Wit via telefoonnummer 14 0123.",
    ]


def test_an_imperative_before_dan_is_not_turned_into_a_question(simplifier):
    result = simplifier.simplify(
        "Bel ons gerust op werkdagen tussen 9.00 en 17.00 uur via telefoonnummer 14 0123, dan helpen wij u "
        "graag verder met uw vragen over de aanslag.")
    assert not any(sentence.endswith("?") for sentence in result.sentences)


def test_welke_with_its_noun_becomes_deze_with_that_noun(simplifier):
    result = simplifier.simplify(
        "Wij hebben uw aanvraag voor een parkeervergunning op 4 maart 2026 ontvangen, welke aanvraag wij binnen "
        "acht weken na ontvangst zullen beoordelen.")
    assert result.sentences == [
        "Wij hebben uw aanvraag voor een parkeervergunning op 4 maart 2026 ontvangen.",
        "Deze aanvraag zullen wij binnen acht weken na ontvangst beoordelen.",
    ]


def test_a_separable_verb_leaves_its_particle_at_the_end_of_the_new_main_clause(simplifier):
    result = simplifier.simplify(
        "Indien het resterende bedrag van € 312,00 niet voor 1 mei 2026 is betaald, sturen wij u een aanmaning, "
        "hetgeen extra kosten met zich meebrengt.")
    assert result.sentences[-1] == "Dit brengt extra kosten met zich mee."


def test_coordinated_verbs_with_one_subject_get_the_subject_repeated(simplifier):
    result = simplifier.simplify(
        "Het paspoort is op 20 januari 2026 door de producent aan de gemeente geleverd en ligt sindsdien klaar "
        "voor u aan de balie van het Stadskantoor.")
    assert result.sentences == [
        "De producent heeft het paspoort op 20 januari 2026 aan de gemeente geleverd.",
        "Het paspoort ligt sindsdien klaar voor u aan de balie van het Stadskantoor.",
    ]


def test_inhoudende_dat_opens_a_sentence_dit_houdt_in_dat(simplifier):
    result = simplifier.simplify(
        "Wij zijn van plan u een last onder dwangsom op te leggen, inhoudende dat u de schuur binnen acht weken "
        "na de datum van het besluit moet verwijderen.")
    assert result.sentences == [
        "Wij zijn van plan u een last onder dwangsom op te leggen.",
        "Dit houdt in dat u de schuur binnen acht weken na de datum van het besluit moet verwijderen.",
    ]


def test_a_die_clause_repeats_its_noun_with_the_possessive_it_had(simplifier):
    result = simplifier.simplify(
        "Wij hebben tot nu toe helaas nog geen brief ontvangen van haar vader, die samen met u het gezag over uw "
        "dochter Lotte heeft.")
    assert result.sentences == ["Wij hebben tot nu toe helaas nog geen brief ontvangen van haar vader.",
                                "Haar vader heeft samen met u het gezag over uw dochter Lotte."]
    # with another noun just before it ("toestemming van haar vader, die ...") the clause stays
    sentence = ("Wij kunnen het paspoort voor uw dochter niet maken zonder toestemming van haar vader, die samen "
                "met u het gezag over uw dochter heeft.")
    assert simplifier.simplify(sentence).sentences == [sentence]


def test_relative_clause_about_one_of_two_nouns_is_not_split(simplifier):
    # 'welke' may be about 'aanvraag' or 'bijstand': no sentence "Deze bijstand is ... ontvangen"
    result = simplifier.simplify(
        "In de brief van 2 maart 2026 hebben wij u gevraagd in het kader van uw aanvraag om algemene bijstand, "
        "welke op 23 februari 2026 door ons is ontvangen, een aantal gegevens aan ons te sturen.")
    assert not any(s.startswith(("Deze bijstand", "Deze aanvraag")) for s in result.sentences)


def test_a_relative_clause_with_an_uncertain_antecedent_is_not_split(simplifier):
    # 'welke' may refer to 'aanvraag', 'bijstand' or 'Participatiewet': no sentence "Deze ... is ontvangen"
    sentence = ("Naar aanleiding van uw aanvraag om algemene bijstand ingevolge de Participatiewet, welke op "
                "9 februari 2026 door ons is ontvangen, hebben wij besloten u bijstand toe te kennen.")
    result = simplifier.simplify(sentence)
    assert not any(s.startswith(("Deze ", "Dit ")) for s in result.sentences)


def test_a_partly_simplified_sentence_is_not_marked_and_lists_what_is_still_long(simplifier):
    result = simplifier.simplify(
        "Indien u zich met dit besluit niet kunt verenigen, heeft u het recht om binnen zes weken na de dagtekening "
        "van deze brief schriftelijk bezwaar te maken bij het college van burgemeester en wethouders van de "
        "gemeente Lindenburg, Postbus 1450, 7390 HA Lindenburg.")
    assert result.sentences[0] == "Bent u het niet eens met dit besluit?"
    assert result.needs_rewrite is None
    assert result.remaining == [result.sentences[1]]


def test_short_sentences_are_not_split(simplifier):
    sentence = "Wij hebben uw brief ontvangen en wij sturen u snel een antwoord."
    result = simplifier.simplify(sentence)
    assert result.sentences == [sentence]
    assert result.needs_rewrite is None


def test_a_long_sentence_without_a_safe_split_is_kept_and_marked(simplifier):
    # ("door ziekte van de consulent" is a cause, no agent: the passive stays)
    sentence = ("De aanvraag die u op 2 mei 2026 heeft ingediend voor bijzondere bijstand voor de kosten van "
                "een bril is door ziekte van de consulent pas laat beoordeeld op basis van de regels van de gemeente.")
    result = simplifier.simplify(sentence)
    assert result.sentences == [sentence]
    assert result.needs_rewrite and "woorden" in result.needs_rewrite


def test_a_frame_that_only_announces_the_message_is_dropped(simplifier):
    result = simplifier.simplify(
        "Wij wijzen u er nadrukkelijk op dat u elke verandering in uw inkomen binnen een week na de verandering "
        "aan de gemeente moet doorgeven.")
    assert result.sentences == [
        "U moet elke verandering in uw inkomen binnen een week na de verandering aan de gemeente doorgeven."]


def test_a_frame_with_a_word_of_its_own_is_kept(simplifier):
    # "daarom" says why: the frame is not only an announcement
    result = simplifier.simplify(
        "Wij wijzen u er daarom op dat u elke verandering in uw inkomen binnen een week na de verandering aan "
        "de gemeente moet doorgeven.")
    assert result.sentences[0].startswith("Wij wijzen u er daarom op dat")


# --------------------------------------------------------------------------- passive to active


def test_passive_with_door_ons_becomes_active_in_the_same_tense(simplifier):
    result = simplifier.simplify("Uw aanvraag is op 12 februari 2026 door ons ontvangen.")
    assert result.sentences == ["Wij hebben uw aanvraag op 12 februari 2026 ontvangen."]
    assert kinds(result) == ["passive_to_active"]


def test_present_passive_with_the_municipality_as_agent_becomes_present_active(simplifier):
    result = simplifier.simplify("Uw aanvraag wordt door de gemeente binnen acht weken beoordeeld.")
    assert result.sentences == ["De gemeente beoordeelt uw aanvraag binnen acht weken."]


def test_municipal_formulas_become_active(simplifier):
    inverted = simplifier.simplify("Hierbij wordt u verzocht de ontbrekende stukken binnen twee weken aan ons toe te sturen.")
    assert inverted.sentences == ["Hierbij vragen wij u de ontbrekende papieren binnen twee weken aan ons toe te sturen."]
    opening = simplifier.simplify("U wordt verzocht het formulier vóór 1 juni 2026 te ondertekenen.")
    assert opening.sentences == ["Wij vragen u het formulier vóór 1 juni 2026 te ondertekenen."]


def test_passive_without_a_safe_agent_is_left_alone(simplifier):
    sentence = "Uw aanvraag is op 12 februari 2026 ontvangen."
    assert simplifier.simplify(sentence).sentences == [sentence]


# --------------------------------------------------------------------------- words


def test_jargon_is_replaced_by_the_rule_packs_alternative_with_its_capital(simplifier):
    result = simplifier.simplify("Teneinde uw aanvraag te kunnen beoordelen, hebben wij de volgende stukken nodig.")
    assert result.sentences == ["Om uw aanvraag te kunnen beoordelen, hebben wij de volgende papieren nodig."]
    assert result.transformations[0].detail == "'Teneinde' → 'Om'"


def test_jargon_entries_the_fixer_may_not_apply_are_left_alone(simplifier):
    # 'alvorens' has fix: false in rules/jargon.yaml
    sentence = "Alvorens wij een besluit nemen, bekijken wij uw gegevens."
    assert "jargon" not in kinds(simplifier.simplify(sentence))


def test_referent_words_become_a_demonstrative_with_the_same_noun(simplifier):
    assert simplifier.simplify("Het onderhavige besluit gaat in op 1 juli 2026.").sentences == [
        "Dit besluit gaat in op 1 juli 2026."]
    assert simplifier.simplify("De voornoemde termijn eindigt op 15 juni 2026.").sentences == [
        "Deze termijn eindigt op 15 juni 2026."]


def test_referent_word_used_as_determiner_becomes_deze_or_dit_by_the_nouns_gender(simplifier):
    result = simplifier.simplify("Indien betaling niet binnen voornoemde termijn plaatsvindt, sturen wij u een aanmaning.")
    assert result.sentences == ["Als betaling niet binnen deze termijn plaatsvindt, sturen wij u een aanmaning."]
    # after another word of the noun phrase it is left alone
    sentence = "De in artikel 4 genoemde termijn is op 1 mei 2026 verstreken."
    assert simplifier.simplify(sentence).sentences == [sentence]


def test_referent_before_a_letter_noun_points_back_with_die_never_at_this_letter(simplifier):
    # "deze brief" / "dit besluit" would name the letter the reader holds; the earlier one is "die"/"dat"
    result = simplifier.simplify("Bij voornoemde brief ontving u een overzicht van uw schuld.")
    assert result.sentences == ["Bij die brief ontving u een overzicht van uw schuld."]
    result = simplifier.simplify("Het bovengenoemde besluit is op 3 maart 2026 verzonden.")
    assert result.sentences == ["Dat besluit is op 3 maart 2026 verstuurd."]
    result = simplifier.simplify("In de genoemde beschikking staat het bedrag van de subsidie.")
    assert result.sentences == ["In die beschikking staat het bedrag van de subsidie."]


def test_onderhavig_before_a_letter_noun_still_means_this_letter(simplifier):
    result = simplifier.simplify("Tegen het onderhavige besluit kunt u bezwaar maken.")
    assert result.sentences == ["Tegen dit besluit kunt u bezwaar maken."]


@pytest.mark.parametrize("sentence", [
    "Indien de aanvraag niet binnen de gestelde termijn volledig is.",
    "Omdat u niet op de afspraak bent verschenen.",
    "Indien uw inkomen stijgt voordat de regeling is afgelopen.",
])
def test_a_sentence_that_is_only_a_subordinate_clause_is_marked_not_simplified(simplifier, sentence):
    result = simplifier.simplify(sentence)
    assert result.sentences == [sentence]
    assert result.needs_rewrite.startswith("bijzin zonder hoofdzin")


@pytest.mark.parametrize("sentence", [
    "Indien u het niet eens bent met dit besluit, kunt u bezwaar maken.",
    "Omdat u geen woonadres heeft opgegeven schrijven wij u uit.",
    "Als eigenaar moet u de schade aan de stoep herstellen.",
])
def test_a_subordinate_clause_with_its_main_clause_is_no_fragment(simplifier, sentence):
    assert not (simplifier.simplify(sentence).needs_rewrite or "").startswith("bijzin")


def test_referent_without_a_noun_is_reported_not_guessed(simplifier):
    result = simplifier.simplify("Voornoemde heeft de aanvraag niet ondertekend.")
    assert result.sentences == ["Voornoemde heeft de aanvraag niet ondertekend."]
    assert "Voornoemde" in result.needs_rewrite


def test_capital_u_mid_sentence_is_lowered(simplifier):
    result = simplifier.simplify("Wij sturen Uw aanvraag door naar de afdeling Belastingen.")
    assert result.sentences == ["Wij sturen uw aanvraag door naar de afdeling Belastingen."]
    assert kinds(result) == ["register"]


def test_je_register_turns_u_forms_into_je_forms_with_the_verb(linter):
    result = Simplifier(linter, register="je").simplify("Heeft u vragen, dan kunt u ons bellen over uw aanvraag.")
    assert result.sentences == ["Heb je vragen, dan kun je ons bellen over je aanvraag."]


# --------------------------------------------------------------------------- law citations


def test_law_citation_in_front_moves_to_a_law_line_and_the_subject_comes_first(simplifier):
    result = simplifier.simplify(
        "Op grond van artikel 7:1 van de Algemene wet bestuursrecht kunt u binnen zes weken bezwaar maken.")
    assert result.sentences == ["U kunt binnen zes weken bezwaar maken."]
    assert result.law_lines == ["Dit staat in artikel 7:1 van de Algemene wet bestuursrecht."]


def test_law_citation_in_front_keeps_the_object_pronoun_after_the_verb(simplifier):
    # the parser hangs "u" on the subject after "legt de burgemeester"; "De burgemeester u legt …"
    # was the result before
    for sentence, expected in [
        ("Op grond van artikel 125 van de Gemeentewet legt de burgemeester u een last onder bestuursdwang op.",
         "De burgemeester legt u een last onder bestuursdwang op."),
        ("Op grond van artikel 5:32 van de Algemene wet bestuursrecht legt het college u een last onder dwangsom op.",
         "Het college legt u een last onder dwangsom op."),
    ]:
        assert simplifier.simplify(sentence).sentences == [expected]


def test_law_citation_after_a_comma_moves_to_a_law_line(simplifier):
    result = simplifier.simplify(
        "De bijstand wordt verleend naar de norm voor een alleenstaande ouder, conform artikel 21, onderdeel a, "
        "van de Participatiewet.")
    assert result.sentences == ["De bijstand wordt verleend naar de norm voor een alleenstaande ouder."]
    assert result.law_lines == ["Dit staat in artikel 21, onderdeel a, van de Participatiewet."]


# --------------------------------------------------------------------------- guarantees


def test_facts_are_copied_exactly(simplifier):
    sentence = ("Heeft u vragen, dan kunt u bellen met mevrouw De Wit via 14 0123 of mailen naar "
                "info@lindenburg.nl.")
    result = simplifier.simplify(sentence)
    joined = " ".join(result.sentences)
    for fact in ("De Wit", "14 0123", "info@lindenburg.nl"):
        assert fact in joined


def test_facts_check_rejects_a_lost_amount_an_added_number_and_a_lost_negation():
    original = "U krijgt geen bijstand van € 1.346,12 per maand."
    assert facts_problem(original, "U krijgt geen bijstand per maand.")
    assert facts_problem(original, "U krijgt geen bijstand van € 1.346,12 per maand vanaf 2027.")
    assert facts_problem(original, "U krijgt bijstand van € 1.346,12 per maand.")
    assert facts_problem(original, original) is None


def test_every_produced_sentence_has_a_capital_a_full_stop_and_a_finite_verb(simplifier, linter):
    from letterlint.rewrite.simplify import has_finite_verb

    sentences = [
        "Wij hebben uw aanvraag op 3 maart 2026 ontvangen en onze medewerker heeft uw gegevens op 10 maart "
        "2026 gecontroleerd, maar wij missen nog de loonstroken van januari en februari.",
        "Omdat u de gevraagde loonstroken niet op tijd aan ons heeft gestuurd, hebben wij besloten uw aanvraag "
        "van 4 april 2026 niet verder te behandelen.",
    ]
    for result in simplifier.simplify_many(sentences):
        for sentence in result.sentences:
            assert sentence[0].isupper() and sentence.endswith(".")
            assert has_finite_verb(linter.pipeline(sentence))


def test_simplify_many_with_the_checks_parses_gives_the_same_result(simplifier, linter):
    sentences = ["Uw aanvraag is op 12 februari 2026 door ons ontvangen.",
                 "De voornoemde termijn eindigt op 15 juni 2026."]
    docs = [linter.pipeline(sentence) for sentence in sentences]
    assert simplifier.simplify_many(sentences, docs) == simplifier.simplify_many(sentences)


# --------------------------------------------------------------------------- properties

_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
_TEMPLATES = [
    "Wij hebben uw aanvraag op {date} ontvangen en onze medewerker heeft uw gegevens gecontroleerd, maar wij "
    "missen nog een bewijs van uw huur van {amount} per maand.",
    "Omdat u het bedrag van {amount} niet voor {date} heeft betaald, sturen wij u een aanmaning met kosten.",
    "De eerste betaling, waarin tevens de bijstand over {month} is opgenomen, zal uiterlijk op {date} op uw "
    "rekening worden bijgeschreven.",
    "Indien u het bedrag van {amount} niet op {date} heeft betaald, dient u op grond van artikel 4:5 van de "
    "Algemene wet bestuursrecht contact op te nemen.",
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(template=st.sampled_from(_TEMPLATES), day=st.integers(1, 28), month=st.sampled_from(_MONTHS),
       year=st.integers(2020, 2030), euros=st.integers(1, 99999), cents=st.integers(0, 99))
def test_property_no_number_in_the_output_that_the_input_lacks_and_deterministic(
        simplifier, template, day, month, year, euros, cents):
    amount = f"€ {euros:,}".replace(",", ".") + f",{cents:02d}"
    sentence = template.format(date=f"{day} {month} {year}", amount=amount, month=f"{month} {year}")
    first = simplifier.simplify(sentence)
    output = " ".join(first.sentences + first.law_lines)
    numbers_in = set(re.findall(r"\d+(?:[.,:]\d+)*", sentence))
    assert set(re.findall(r"\d+(?:[.,:]\d+)*", output)) <= numbers_in
    assert f"{day} {month} {year}" in output
    assert amount in output or "{amount}" not in template
    assert simplifier.simplify(sentence) == first
    assert all(word_count(s) >= 3 for s in first.sentences)


def test_a_simplify_block_in_an_extra_rules_folder_changes_the_simplifier_of_the_rewrite(tmp_path, linter):
    sentence = "Gelet op het voorgaande wijzen wij uw aanvraag af."
    assert Simplifier(linter).simplify(sentence).sentences == ["Daarom wijzen wij uw aanvraag af."]
    (tmp_path / "eenvoud.yaml").write_text(
        "simplify:\n  phrase_formulas:\n"
        "    - {pattern: '^Gelet op het voorgaande', replace: 'Om die reden', before_finite: true}\n",
        encoding="utf-8")
    own = Linter(Config(rules_dirs=(str(tmp_path),)), pipeline=linter.pipeline)
    assert Simplifier(own).simplify(sentence).sentences == ["Om die reden wijzen wij uw aanvraag af."]


def test_an_article_of_a_law_named_before_with_die_wet_stays_in_the_sentence(simplifier):
    # red team 4, bz-01: "ingevolge artikel 2.8 van die wet" moved out left "… van die wet worden
    # ontleend" behind and a bare "Dit staat in artikel 2.8."
    result = simplifier.simplify(
        "De gegevens over de geboorte worden ingevolge artikel 2.8 van die wet ontleend aan een geboorteakte.")
    assert "Dit staat in artikel 2.8." not in result.law_lines
    assert "artikel 2.8 van die wet" in " ".join(result.sentences)


def test_voornoemde_before_a_noun_the_parse_calls_neuter_is_left_alone(simplifier):
    # red team 7: "voornoemde e-mail" became "dat e-mail": the -e says de-word, the parse het-word
    result = simplifier.simplify("Wij stellen vast dat voornoemde e-mail geen toezegging bevat.")
    assert not any(word in " ".join(result.sentences) for word in ("dat e-mail", "dit e-mail"))


def test_welke_after_two_nouns_or_with_a_plural_verb_becomes_die(simplifier):
    # "uw bed en matras, welke … zijn afgeleverd" became "…, dat … zijn afgeleverd" (red team 9, 08-P2)
    result = simplifier.simplify(
        "Ter onderbouwing heeft u een afleveringsbevestiging overgelegd van uw bed en matras, welke op deze "
        "datum in de woning zijn afgeleverd.")
    assert ", die op deze datum" in result.sentences[0]
    # a singular het-word with its own verb keeps "dat"
    result = simplifier.simplify("Wij hebben het rapport ontvangen, welke door de toezichthouder is opgesteld.")
    assert result.sentences == ["Wij hebben het rapport ontvangen, dat de toezichthouder heeft opgesteld."]


def test_a_law_citation_after_en_takes_the_en_with_it(simplifier):
    # "Gelet op het vorenstaande en heeft de burgemeester besloten:" was left (red team 9, 05-N2)
    result = simplifier.simplify(
        "Gelet op het vorenstaande en gelet op artikel 2:25 van de Algemene Plaatselijke Verordening Wilgendaal "
        "2027 heeft de burgemeester besloten:")
    assert " en heeft" not in result.sentences[0]
    assert result.law_lines == ["Dit staat in artikel 2:25 van de Algemene Plaatselijke Verordening Wilgendaal 2027."]


def test_a_law_citation_that_defines_a_short_name_stays_in_its_sentence(simplifier):
    # "verzocht om een vergunning (hierna: APV)" named the permit the APV (red team 9, 05-N1)
    result = simplifier.simplify(
        "Bij aanvraag van 28 september 2027 heeft u de burgemeester verzocht om een vergunning als bedoeld in "
        "artikel 2:25 van de Algemene Plaatselijke Verordening Wilgendaal 2027 (hierna: APV) voor het "
        "organiseren van een markt.")
    assert "Verordening Wilgendaal 2027 (hierna: APV)" in result.sentences[0] and not result.law_lines


def test_a_citation_before_a_comma_and_en_dat_moves_out_the_next_clause_does_not_continue_it(simplifier):
    # ", en dat …" opens a second "dat" clause; it was taken for "artikel 4 en dat van …" and the
    # citation stayed in a sentence of 22 words
    result = simplifier.simplify(
        "Wij delen u mee dat het niet melden van een verhuizing een overtreding is ingevolge artikel 2.39 van "
        "de Wet basisregistratie personen, en dat wij uw adres dan zelf kunnen aanpassen.")
    assert result.law_lines == ["Dit staat in artikel 2.39 van de Wet basisregistratie personen."]
    assert not any("2.39" in sentence for sentence in result.sentences)


def test_a_maximum_at_the_end_of_a_long_sentence_becomes_a_sentence_of_its_own(simplifier):
    result = simplifier.simplify(
        "U verbeurt een dwangsom van € 750,00 voor iedere week dat de overtreding na de begunstigingstermijn van "
        "zes weken voortduurt, tot een maximum van € 7.500,00.")
    assert result.sentences == [
        "U verbeurt een dwangsom van € 750,00 voor iedere week dat de overtreding na de begunstigingstermijn van "
        "zes weken voortduurt.", "Het maximum is € 7.500,00."]


def test_a_maximum_with_more_after_it_or_without_a_number_stays_in_its_sentence(simplifier):
    for sentence in (
            "Wij vergoeden de reiskosten naar het ziekenhuis en terug met de auto of het openbaar vervoer voor u "
            "en uw begeleider, met een maximum van vier enkele reizen per maand en per persoon, niet meer.",
            "Wij vergoeden de kosten van de verhuizing naar de nieuwe woning en van de inrichting van de nieuwe "
            "woning voor u en uw gezin, tot een maximum van de helft van de werkelijke kosten."):
        assert not any(s.startswith("Het maximum is") for s in simplifier.simplify(sentence).sentences)


def test_a_maximum_in_an_item_that_goes_on_from_its_lead_stays_in_the_item(simplifier):
    # "inhoudende dat u: 1. binnen zestien weken … beëindigt …, met een maximum van € 25.000,00;" had become
    # "Binnen zestien weken … beëindigt …. Het maximum is € 25.000,00." (no sentence, no ";"); an item whose
    # object comes first ("a. het gedeelte van de schutting … verwijdert") reads like a main clause once its
    # first word has a capital (red team 24's letter, byte-diff)
    items = ("binnen twaalf weken na de dag van verzending van dit besluit de permanente bewoning van het "
             "bijgebouw beëindigt en beëindigd houdt, op straffe van een dwangsom van € 1.500,00 voor iedere week, "
             "of gedeelte daarvan, dat het bijgebouw na afloop van die termijn permanent wordt bewoond, met een "
             "maximum van € 15.000,00;",
             "het gedeelte van de schutting vóór de voorgevelrooilijn verwijdert of verlaagt tot ten hoogste 1,00 "
             "meter, op straffe van een dwangsom van € 150,00 per week of gedeelte daarvan dat de overtreding "
             "voortduurt, met een maximum van € 3.000,00;")
    for item in items:
        assert not any(s.startswith("Het maximum is") for s in simplifier.simplify(item).sentences)


def test_de_artikelen_after_a_cue_is_a_citation_too(simplifier):
    result = simplifier.simplify("Wij wijzen uw aanvraag af op grond van de artikelen 31 en 34 van de Participatiewet.")
    assert result.law_lines == ["Dit staat in de artikelen 31 en 34 van de Participatiewet."]
    assert result.sentences == ["Wij wijzen uw aanvraag af."]


def test_a_chain_of_citations_before_the_participle_that_ends_the_clause_moves_out_whole(simplifier):
    result = simplifier.simplify(
        "Daarom wordt uw verzoek op grond van artikel 11, eerste lid, en de artikelen 31 en 34 van de Participatiewet "
        "afgewezen, omdat uw vermogen hoger is dan de grens die voor u geldt.")
    assert result.law_lines == ["Dit staat in artikel 11, eerste lid, en de artikelen 31 en 34 van de Participatiewet."]
    assert "artikel" not in " ".join(result.sentences)
