"""The classes red team 18 found out of sample (tests/data/redteam18/FINDINGS-265c2f5.md):

- a relative clause inside a condition became a sentence of its own: "…, tenzij u aannemelijk maakt
  dat u het geld nodig heeft voor kosten, waarvoor geen andere voorziening beschikbaar is" gave
  "Daarvoor is geen andere voorziening beschikbaar." outside the "tenzij" (01-T11, misleading);
- a "zodat" clause inside what the reader holds ("U stelt zich op het standpunt dat: a. …, zodat …")
  became the municipality's conclusion (10-T3, misleading);
- a lettered list inside one sentence ("…: a. uw naam en adres; b. de dagtekening; …") was cut at its
  first semicolon into "a. uw naam en adres. B. de dagtekening; …" (eight times in five letters).

The sentences here are written for these tests; only the last test uses a red-team letter."""

from __future__ import annotations

import re

import pytest

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, body: str):
    text = f"Geachte mevrouw Visser,\n\n{body}\n\nMet vriendelijke groet,\n\nJ. de Graaf\nconsulent\n"
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    return proposal.markdown


@pytest.mark.parametrize("sentence, clause", [
    ("Wij verrekenen de vakantietoeslag met uw schuld, tenzij u aannemelijk maakt dat u het geld nodig heeft "
     "voor de huur van uw woning, waarvoor geen andere regeling beschikbaar is.", "waarvoor geen andere regeling"),
    ("De dwangsom wordt niet ingevorderd, mits u de container vóór 1 maart 2027 weghaalt van de stoep, welke "
     "eigendom is van de gemeente.", "welke eigendom is"),
    ("De boete vervalt, indien u binnen twee weken de stukken aanlevert, die wij nodig hebben voor de "
     "beoordeling van uw recht op bijstand.", "die wij nodig hebben"),
    ("Uw uitkering loopt door, voor zover u de inkomsten uit de verhuur van de zolderkamer opgeeft, waarbij u "
     "ook de huurovereenkomst moet meesturen.", "waarbij u ook de huurovereenkomst"),
])
def test_a_clause_inside_a_condition_after_the_main_clause_stays_in_it(simplifier, sentence, clause):
    """Split off, the clause would state as a fact what holds only under the condition."""
    result = simplifier.simplify(sentence)
    holder = next(text for text in result.sentences if clause.split()[-1] in text)
    assert clause in holder


def test_a_clause_after_a_condition_in_front_may_still_be_split(simplifier):
    """'Indien …, kunt u …': the condition ends where the main clause starts; the fronted condition
    itself becomes a question."""
    result = simplifier.simplify("Indien u het niet eens bent met dit besluit, kunt u een bezwaarschrift sturen naar "
                                 "het college, dat binnen zes weken na de dag van verzending moet zijn ontvangen.")
    assert result.sentences[0].endswith("?")


@pytest.mark.parametrize("sentence", [
    "In uw bezwaarschrift stelt u dat de woning sinds 1 mei 2026 leeg staat, zodat u over die maanden geen "
    "afvalstoffenheffing hoeft te betalen.",
    "U heeft verklaard dat uw zoon sinds januari bij zijn vader woont, waardoor u recht heeft op een hogere "
    "bijstandsnorm voor een alleenstaande.",
])
def test_a_clause_inside_what_the_reader_holds_is_not_made_a_fact(simplifier, sentence):
    result = simplifier.simplify(sentence)
    assert len(result.sentences) == 1
    assert not re.search(r"\. (?:Daardoor|Zo|Daarom)\b", " ".join(result.sentences))


def test_a_lettered_list_inside_a_sentence_becomes_a_list_with_its_letters(linter):
    markdown = _proposal(linter, "Wij hebben uw aanvraag om bijzondere bijstand voor een bril ontvangen. Om uw "
                                 "aanvraag te kunnen beoordelen, dient u de volgende stukken aan ons te sturen: a. een "
                                 "kopie van uw identiteitsbewijs; b. de offerte van de opticien; en c. uw laatste twee "
                                 "bankafschriften.")
    # (each item but the last ends in a Markdown hard break: "a." is no list marker to a Markdown viewer)
    assert re.search(r"(?:stukken|papieren) aan ons (?:te )?sturen:\n\na\. een kopie van uw identiteitsbewijs  \n"
                     r"b\. de offerte van de opticien  \nc\. uw laatste twee bankafschriften", markdown), markdown
    assert "B. de offerte" not in markdown


def test_a_numbered_list_after_a_colon_keeps_its_numbers_and_its_order(simplifier):
    result = simplifier.simplify("Wij hebben daarom besloten: 1) de aanvraag om een omgevingsvergunning toe te wijzen; "
                                 "2) de leges te verlagen tot € 412,50; 3) het verzoek om vergoeding van de kosten af "
                                 "te wijzen.")
    assert [(str(item), item.mark) for item in result.items] == [
        ("de aanvraag om een omgevingsvergunning toe te wijzen", "1)"), ("de leges te verlagen tot € 412,50", "2)"),
        ("het verzoek om vergoeding van de kosten af te wijzen", "3)")]


@pytest.mark.parametrize("sentence", [
    # a choice: bullets would lose the "of"
    "U kunt het bedrag op twee manieren betalen: a. in één keer vóór 1 maart 2027; of b. in zes termijnen van € 85,00.",
    # letters out of order: not one list
    "Het bezwaarschrift moet bevatten: a. uw naam en adres; c. de dagtekening; d. de gronden van het bezwaar.",
])
def test_no_list_and_no_semicolon_split_where_the_lettered_items_do_not_make_one_list(simplifier, sentence):
    result = simplifier.simplify(sentence)
    assert not result.items
    assert not any(re.match(r"[A-Z]\. ", text) for text in result.sentences)


def test_a_long_item_keeps_the_list_in_one_sentence_for_the_writer(simplifier):
    """A list item is not split again: an item over the B1 length stays in its sentence, marked."""
    result = simplifier.simplify(
        "U stelt zich op het standpunt dat: a. u sinds 1 februari 2026 alleen woont, omdat uw zoon, die tot die datum "
        "bij u stond ingeschreven, naar een kamer in Utrecht is verhuisd en daar nu ook staat ingeschreven; b. u geen "
        "gebruik maakt van de tweede container.")
    assert not result.items and len(result.sentences) == 1 and result.needs_rewrite


def test_red_team_18_claim_list_and_bezwaarschrift_list_through_the_cli(cli, tmp_path):
    from conftest import rewrite_through_cli

    markdown = rewrite_through_cli(cli, tmp_path, "redteam18/10_bel_uitspraak_bezwaar_afvalstoffenheffing_teruggave.txt")
    assert "Daardoor moet over het gehele jaar 2026" not in markdown
    assert "zodat over het gehele jaar 2026 het tarief" in markdown
    markdown = rewrite_through_cli(cli, tmp_path, "redteam18/01_wi_terugvordering_bijstand_verrekening_betalingsregeling.txt")
    assert "Daarvoor is geen andere voorziening beschikbaar" not in markdown
    assert "ten minste te bevatten:\n\na. uw naam en adres  \nb. de dagtekening  \n" in markdown


def test_the_municipality_speaking_does_not_bind_the_clause(simplifier):
    """Only what the reader or a third party says binds a clause: "Wij vinden dat …, zodat …" is the
    municipality's own conclusion."""
    ours = simplifier.simplify("Maar wij vinden dat de waarde van € 289.000 voor uw woning aan de Kerkstraat klopt, "
                               "zodat de aanslag onroerendezaakbelasting voor 2026 hetzelfde blijft.")
    assert ours.sentences == ["Maar wij vinden dat de waarde van € 289.000 voor uw woning aan de Kerkstraat klopt.",
                              "Daardoor blijft de aanslag onroerendezaakbelasting voor 2026 hetzelfde."]


def test_what_a_third_party_declares_is_not_made_a_fact(simplifier):
    result = simplifier.simplify("De vorige eigenaar heeft verklaard dat de schuur er al sinds 1998 staat en toen met "
                                 "toestemming van de buren is gebouwd, zodat er volgens hem geen vergunning nodig is.")
    assert len(result.sentences) == 1


@pytest.mark.parametrize("sentence, second", [
    # "als" here means "as", no condition
    ("Wij wijzen u erop dat een rijbewijs niet geldig is als identiteitsbewijs bij de aanvraag van een paspoort, zodat "
     "u een geldige identiteitskaart moet meenemen naar de afspraak.",
     "Daardoor moet u een geldige identiteitskaart meenemen naar de afspraak."),
    # the reader in a clause in front; the college speaks in the main clause
    ("Nu u de gevraagde loonstroken niet heeft gestuurd, is het college van oordeel dat uw recht op bijstand over de "
     "maand oktober niet kan worden vastgesteld, zodat de bijstand over die maand wordt teruggevorderd.",
     "Daardoor wordt de bijstand over die maand teruggevorderd."),
])
def test_the_municipalitys_own_conclusion_is_still_split(simplifier, sentence, second):
    assert simplifier.simplify(sentence).sentences[-1] == second


def test_what_the_reader_told_the_college_is_not_made_a_fact(simplifier):
    result = simplifier.simplify("U heeft het college laten weten dat uw dochter sinds 1 september 2026 op kamers woont "
                                 "in Groningen, zodat zij volgens u niet meer tot uw huishouden behoort.")
    assert len(result.sentences) == 1


def test_a_clause_about_the_whole_condition_is_still_split(simplifier):
    """"…, tenzij …, wat in uw situatie niet het geval is": "wat" points at the condition itself."""
    result = simplifier.simplify("Een schuldregeling kan niet worden getroffen als er een fraudevordering is, tenzij de "
                                 "schuldeiser met opname daarvan in de regeling instemt of de vordering geheel is "
                                 "afgelost, wat in uw situatie niet het geval is.")
    assert result.sentences[-1] == "Dit is in uw situatie niet het geval."


def test_a_repeated_frame_puts_ook_after_a_subject_that_follows_its_verb(simplifier):
    """"Daarom is ook het college van oordeel" says that someone else holds the view too (red team
    18, 01-P2); "ook" goes after the subject."""
    result = simplifier.simplify("Daarom is het college van oordeel dat u de inlichtingenplicht heeft geschonden en "
                                 "dat als gevolg daarvan over de maanden juni en juli 2026 te veel bijstand aan u is verleend.")
    assert result.sentences[1].startswith("Daarom is het college ook van oordeel dat")


def test_a_clause_in_the_last_item_of_a_lettered_list_stays_with_that_item(simplifier):
    """Split off, "Daarvoor is een aparte ontheffing aangevraagd." would follow the whole list (found
    in the byte-diff of the list fix); a colon in brackets announces no list."""
    result = simplifier.simplify(
        "Op 2 september 2026 heeft de Stichting Lichtjesmarkt (hierna: de stichting) ook gevraagd om: a. muziek op "
        "zaterdag tot 23.00 uur; b. een vuurwerkshow op zaterdag om 22.00 uur; c. het plaatsen van zes vuurkorven op "
        "het plein bij de kerk; d. het schenken van zwak-alcoholhoudende drank door de stichting, waarvoor een aparte "
        "ontheffing is aangevraagd.")
    assert not any(text.startswith("Daarvoor") for text in result.sentences)
    assert [item.mark for item in result.items] == ["a.", "b.", "c.", "d."]
    assert str(result.items[-1]).endswith("door de stichting, waarvoor een aparte ontheffing is aangevraagd")


@pytest.mark.parametrize("sentence, expected", [
    ("U bent uitgenodigd voor een gesprek, hetwelk op 6 oktober 2026 heeft plaatsgevonden.", "een gesprek, dat op"),
    ("De markt vindt plaats op het plein, hetwelk aan drie zijden wordt omgeven door woningen.", "het plein, dat aan"),
    ("U heeft de stukken niet gestuurd, hetwelk betekent dat wij uw aanvraag niet kunnen behandelen.", "gestuurd, wat betekent"),
    # "hetwelk" points at a het-word only: not at the nearer de-word (red team 19, 03-P2)
    ("Er is een onderzoek naar uw woonsituatie gedaan, hetwelk is uitgevoerd door een rechercheur.", "gedaan, dat is"),
    # a rare compound without gender in the tags: its article tells (red team 19, 07-P1)
    ("Wij sturen u het verstrekkingenoverzicht, hetwelk als bijlage 2 is bijgevoegd.", "verstrekkingenoverzicht, dat als"),
])
def test_hetwelk_after_a_noun_becomes_dat_or_die_and_after_a_clause_wat(simplifier, sentence, expected):
    """"een gesprek, wat …" is wrong Dutch for a noun (red team 18: three times)."""
    assert expected in " ".join(simplifier.simplify(sentence).sentences)


NUMBERED_TABLE = """Wij leggen u twee lasten onder dwangsom op. Samengevat:

    Last                               Termijn                      Dwangsom
    1. verwijderen aanbouw             8 weken na verzending        € 1.000,00 per week
    2. herstellen erfafscheiding       uiterlijk 1 maart 2027       € 250,00 per dag

Als u de lasten op tijd uitvoert, hoeft u niets te betalen."""


def test_a_padded_table_that_numbers_its_rows_stays_a_table_with_its_header(linter):
    """Rows starting "1." with column gaps are table rows, not list items; their header row is no
    heading (red team 18, 04-T10 and 05-T3: "## Last Termijn Dwangsom Maximum")."""
    markdown = _proposal(linter, NUMBERED_TABLE)
    assert "| Last | Termijn | Dwangsom |" in markdown
    assert "| 1. verwijderen aanbouw | 8 weken na verzending | € 1.000,00 per week |" in markdown
    assert "## Last" not in markdown


def test_a_padded_table_that_numbers_its_rows_is_no_long_sentence_for_check(lint_body):
    result = lint_body(NUMBERED_TABLE)
    assert not [f for f in result.findings if f.rule == "RD01" and "verwijderen" in f.text]


def test_a_repeated_frame_leaves_out_the_paragraphs_reference_label(simplifier):
    """"Ad a. Uit de BRP blijkt dat A en dat B" had become "… A. Ad a. Uit de BRP blijkt ook dat B"
    (red team 18, 10-T6): the label heads the paragraph once."""
    result = simplifier.simplify("Ad b. Uit de registratie blijkt dat u de container op 3 juni 2026 heeft ingeleverd en "
                                 "dat de toeslag voor de tweede container daarom vanaf 1 juli 2026 vervalt.")
    assert result.sentences[0].startswith("Ad b. Uit de registratie blijkt dat")
    assert result.sentences[1].startswith("Uit de registratie blijkt ook dat")


def test_dient_stays_when_a_second_te_infinitive_after_an_inserted_zoals_would_keep_its_te(simplifier):
    """"u moet aantonen welke vaste lasten u heeft en deze met bewijsstukken … te onderbouwen" (red
    team 18, 01-P3): a "zoals" phrase between "en" and "te" opens no clause."""
    result = simplifier.simplify("U kunt ons vragen het bedrag te verlagen, in welk geval u dient aan te tonen welke "
                                 "vaste lasten u heeft en deze met bewijsstukken, zoals bankafschriften van de laatste "
                                 "drie maanden, te onderbouwen.")
    text = " ".join(result.sentences)
    assert "moet aantonen" not in text and "te onderbouwen" in text


@pytest.mark.parametrize("sentence, expected", [
    ("U dient het bedrag binnen zes weken over te maken op de rekening van de gemeente.", "overmaken"),
    ("U dient de stukken door te sturen naar de afdeling Belastingen.", "doorsturen"),
])
def test_a_particle_before_te_joins_its_verb_when_te_goes(simplifier, sentence, expected):
    """"moet over maken" (red team 18, 01-P4): before "te" any particle is a separated one."""
    assert expected in " ".join(simplifier.simplify(sentence).sentences)


def test_a_term_in_single_quotes_keeps_its_quotes_against_it(linter):
    """"de functie ' Recreatie – Verblijfsrecreatie ' heeft" (red team 18, 04-P1; red team 19, 03-P1)."""
    markdown = _proposal(linter, "U bent eigenaar van de woning aan de Heideweg 3, welk perceel ingevolge het omgevingsplan "
                                 "van de gemeente de functie 'Recreatie – Verblijfsrecreatie' heeft, waarbij het college "
                                 "permanente bewoning van de woning niet toestaat.")
    assert "'Recreatie – Verblijfsrecreatie'" in markdown
