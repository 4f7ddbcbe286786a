"""The classes red team 20 found out of sample (tests/data/redteam20/FINDINGS-9678819.md):

- "…, mits mevrouw W. daaraan haar medewerking verleent, en worden de trillingen … gemeten" became
  "Dat geldt alleen als mevrouw W. … verleent, en worden de trillingen … gemeten": the measurement
  came to depend on her cooperation (06-T11, misleading);
- the items of "U voert aan dat:" on lines of their own were split ("…, hetgeen …" -> "Dit betekent
  …"), so what the reader holds read as the municipality's statements (05-T3, heavy);
- items numbered "1°.", "2°." were not known as items of a list.

The sentences here are written for these tests."""

from __future__ import annotations

from conftest import rewrite_through_cli, wrap_letter
from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, body: str) -> str:
    text = wrap_letter(body, "Geachte heer Visser,", "Met vriendelijke groet,\n\nJ. de Graaf\nvergunningverlener")
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    return proposal.markdown


def test_a_mits_condition_is_not_split_off_when_the_main_clause_goes_on_after_it(simplifier):
    result = simplifier.simplify("Vóór de sloop laat u een bouwkundige opname maken van de woning aan de Dorpsstraat 9, "
                                 "mits de bewoner daaraan zijn medewerking verleent, en worden de trillingen bij die woning "
                                 "tijdens de hele sloop gemeten.")
    assert not any(text.startswith("Dat geldt alleen als") for text in result.sentences)


def test_the_items_of_what_the_reader_holds_are_not_split(linter):
    markdown = _proposal(linter, """In uw bezwaarschrift voert u aan dat:
a. de nieuwe aanbouw van uw buren uw tuin en uw woonkamer in de middag van zonlicht beneemt, waardoor uw terras vanaf 13.00 uur in de schaduw ligt;
b. u vanaf het dakterras van uw buren rechtstreeks zicht heeft op uw tuin en op uw slaapkamer, hetgeen een onaanvaardbare inbreuk op uw privacy betekent.

Wij hebben uw bezwaar op 6 oktober 2026 besproken in een hoorzitting.""")
    assert "Daardoor ligt uw terras" not in markdown and "Dit betekent een onaanvaardbare" not in markdown
    assert "waardoor uw terras vanaf 13.00 uur in de schaduw ligt" in markdown


def test_items_numbered_with_a_degree_sign_make_a_list(simplifier):
    result = simplifier.simplify("Het college verbindt aan de vergunning de volgende voorschriften: 1°. de sloop vindt "
                                 "alleen op werkdagen plaats; 2°. bij harde wind wordt niet gesloopt.")
    assert [item.mark for item in result.items] == ["1°.", "2°."]


def test_a_rebuilt_sentence_keeps_what_the_original_writes_together(simplifier):
    # red team 20, 06: "Gelet op het vorenstaande is …" became "Daarom is …" and every "1°." "1 °."
    result = simplifier.simplify("Gelet op het vorenstaande is het college voornemens in 's-Hertogenbosch de "
                                 "volgende voorschriften te stellen: 1°. er wordt alleen op werkdagen gesloopt; "
                                 "2°. de kopgevel blijft staan tot een ecoloog heeft verklaard dat er geen vleermuizen "
                                 "meer in zitten, zoals bedoeld in art.4 van de verordening.")
    text = " ".join(result.sentences + [f"{item.mark} {item}" for item in result.items])
    assert text.startswith("Daarom")
    assert "1°." in text and "2°." in text and "'s-Hertogenbosch" in text and "art.4" in text
    assert "1 °" not in text and "' s-" not in text


def test_a_relative_clause_whose_verb_the_tagger_missed_takes_no_verb_of_the_sentence_around_it(simplifier):
    # red team 20, 05-T6: "…dat het dakterras, dat tot op 0,50 meter van de erfgrens reikt, een …
    # inbreuk maakt op uw privacy, nu …" became "Dit dakterras maakt tot op … reikt, een … inbreuk …"
    result = simplifier.simplify("Wij zijn van mening dat de schuur, die tot op 0,50 meter van de erfgrens reikt, een "
                                 "onaanvaardbare inbreuk maakt op uw privacy, nu vanaf het dak rechtstreeks zicht bestaat "
                                 "op uw tuin.")
    assert not any(text.startswith("Deze schuur maakt") for text in result.sentences)
    assert any("een onaanvaardbare inbreuk maakt op uw privacy" in text for text in result.sentences)


def test_a_relative_clause_inside_a_dat_clause_is_still_split_when_its_verb_is_known(simplifier):
    result = simplifier.simplify("Wij vinden dat de aanbouw, die op 4 mei 2026 is gebouwd, te hoog is voor deze plek "
                                 "aan de straat.")
    assert result.sentences == ["Wij vinden dat de aanbouw te hoog is voor deze plek aan de straat.",
                                "Deze aanbouw is op 4 mei 2026 gebouwd."]


def test_the_noun_voornemens_is_not_made_van_plan(simplifier):
    # red team 20, 08-T9: "niet aan de hand van voornemens" had become "aan de hand van van plan"
    noun = simplifier.simplify("Wij kijken naar uw feitelijke situatie en niet naar uw voornemens voor later.")
    assert "van plan" not in " ".join(noun.sentences)
    adjective = simplifier.simplify("Het college is voornemens de vergunning in te trekken.")
    assert adjective.sentences == ["Het college is van plan de vergunning in te trekken."]


def test_hetwelk_after_a_preposition_is_not_made_wat(simplifier):
    # red team 20, 04-T1: "het omgevingsplan, ingevolge hetwelk …" had become "volgens wat …"
    result = simplifier.simplify("Het bijgebouw staat in het gebied van het omgevingsplan, ingevolge hetwelk een bijgebouw "
                                 "niet mag worden bewoond.")
    assert "volgens wat" not in " ".join(result.sentences)


def test_an_exception_of_two_coordinated_nouns_keeps_its_preposition_and_its_relative_clause(simplifier):
    # red team 20, 03-T9: "met uitzondering van de bedragen en van alle bijschrijvingen, die leesbaar
    # moeten blijven" had become "behalve de bedragen en van alle bijschrijvingen. Deze bijschrijvingen …"
    result = simplifier.simplify("U mag de kopieën van uw bankafschriften onleesbaar maken, met uitzondering van de "
                                 "bedragen en van alle bijschrijvingen, die leesbaar moeten blijven.")
    text = " ".join(result.sentences)
    assert "behalve de bedragen en van" not in text
    assert not any(sentence.startswith("Deze bijschrijvingen") for sentence in result.sentences)


def test_a_passive_second_clause_with_its_own_subject_gets_no_subject_copied(simplifier):
    # red team 20, 09-T5: "…, en wordt voor het restant alsnog een dwangbevel uitgevaardigd" had become
    # "Dan wordt dat voor het restant alsnog een dwangbevel uitgevaardigd."
    result = simplifier.simplify("Betaalt u slechts een deel van dit bedrag, dan wordt dat deel eerst afgeboekt op de "
                                 "kosten van deze aanmaning, en wordt voor het restant alsnog een dwangbevel uitgevaardigd.")
    assert not any("wordt dat voor het restant" in sentence for sentence in result.sentences)


def test_plain_text_template_conditions_stay_lines_of_their_own(linter):
    # red team 20, 01-T2 and 10-T2: "[EINDE]" had ended a sentence ("… niet vergoed. [EINDE].") and
    # "[ALLEEN INDIEN …:]" had opened the paragraph below it
    markdown = _proposal(linter, """Wij geven u uitstel van betaling tot 1 maart 2027.

[ALLEEN INDIEN HET UITSTEL LANGER DUURT DAN DRIE MAANDEN:]
Over het bedrag waarvoor u uitstel krijgt, betaalt u rente.
[EINDE]

Heeft u vragen? Bel dan 097 - 123 45 67.""")
    lines = markdown.splitlines()
    assert "[ALLEEN INDIEN HET UITSTEL LANGER DUURT DAN DRIE MAANDEN:]" in lines
    assert "[EINDE]" in lines


def test_a_conclusion_word_inside_a_clause_of_the_decision_stays(cli, tmp_path):
    # red team 20, 01-T5: the decision moved to the front lost the "derhalve" of its relative clause,
    # as if it were the decision's own "daarom" (only the letter's own parse moves it: the letter itself)
    markdown = rewrite_through_cli(cli, tmp_path, "redteam20/01_wi_bijzondere_bijstand_laptop_sjabloon.txt")
    assert "omstandigheden en dus uit de bijstandsnorm" in markdown


def test_a_welke_clause_of_two_coordinated_parts_does_not_put_the_second_verb_in_front(simplifier):
    # red team 20, 01: "Deze kosten moeten … niet voortvloeien uit bijzondere omstandigheden en … worden betaald"
    result = simplifier.simplify("Het college wijst uw aanvraag af voor de kosten van een beschermhoes, een muis, een "
                                 "printer en een verzekering, "
                                 "welke kosten naar het oordeel van het college niet voortvloeien uit bijzondere "
                                 "omstandigheden en derhalve uit de bijstandsnorm dan wel uit het kindgebonden budget "
                                 "dienen te worden voldaan.")
    assert not any(sentence.startswith("Deze kosten moeten") for sentence in result.sentences)


def test_a_citation_that_says_which_thing_is_meant_under_a_negation_stays_in_its_sentence(simplifier):
    # "… en derhalve geen eigen bijdrage als bedoeld in artikel 2.1.4 …": without the article, "is dus
    # geen eigen bijdrage" says the opposite of the sentence's "betaalt u een eigen bijdrage"
    result = simplifier.simplify("Voor iedere rit betaalt u aan de chauffeur een eigen bijdrage van € 0,25 per kilometer, "
                                 "welke bijdrage gelijk is aan het tarief van het openbaar vervoer en derhalve geen eigen "
                                 "bijdrage als bedoeld in artikel 2.1.4 van de Wet maatschappelijke ondersteuning 2015 is, "
                                 "zodat u daarvoor geen factuur van het CAK ontvangt.")
    assert not result.law_lines
    assert any("geen eigen bijdrage als bedoeld in artikel 2.1.4" in sentence for sentence in result.sentences)


def test_a_markdown_letter_keeps_the_hard_line_breaks_of_its_address_block(linter):
    # red team 20, 03-P1 (and red team 17): the two spaces that end the sender and address lines were
    # lost, so a Markdown viewer ran "Gemeente Wolderkamp Werk en Inkomen Postbus 970 …" together
    text = ("**Gemeente Wolderkamp**  \nTeam Intake  \nPostbus 970, 0970 AA Wolderkamp\n\n"
            "Mevrouw J. Tammes  \nKerkeland 3B  \n0975 JT Meerveen\n\n"
            "Geachte mevrouw Tammes,\n\nOp 16 november 2026 hebben wij uw aanvraag om bijstand ontvangen. "
            "Wij beslissen binnen acht weken op uw aanvraag.\n\nMet vriendelijke groet,\n\nD. Hesselink\n")
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.md", "markdown"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    lines = proposal.markdown.splitlines()
    # also after bold text, which stays bold (red team 23, 06-P1)
    assert "**Gemeente Wolderkamp**  " in lines and "Kerkeland 3B  " in lines
    assert "Postbus 970, 0970 AA Wolderkamp" in lines
