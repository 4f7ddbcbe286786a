"""What an officialese sentence leans on when the rewrite pours it into the B1 skeleton (issue 16,
red team 4: the heavy problems left were wrong placements in letters without headings of their own).

One class per test, each on a letter of the fictional municipality Wilgendaal written for it:

- a sentence without a role of its own that opens a paragraph goes where the paragraph goes;
- an option in officialese ("het staat u vrij …") is something the reader can do, not a reason;
- a remainder ("het resterende bedrag") stays after what it is the rest of, while a decided
  remainder ("Voor het overige wordt … afgewezen") stays a decision;
- a decision that cites its basis and mentions an attachment is the decision, not an attachment;
- a "dus" after the verb points back; a task that leaves its reason for "Wat moet u doen?" drops it;
- "die termijn" points at a term the sentence before names in other words ("binnen vier weken");
- "Deze brief …" / "Dit besluit …" is the letter itself, not the sentence before;
- when a decision takes effect is what happens next; a law line follows its own sentence.
"""

from __future__ import annotations

from letterlint.rewrite.verify import points_back
from test_rewrite_placement import REMEDY, WHY, became, plain, position, propose, right_after, where
from test_rewrite_placement import rules  # noqa: F401  (the module's RewriteRules fixture)

DO = "Wat moet u doen?"
NEXT = "Wat gebeurt er nu?"


def test_a_weak_opening_sentence_goes_where_its_paragraph_goes(linter):
    proposal = propose(linter, """
Het college heeft besloten uw aanvraag om een parkeervergunning voor de Havenstraat af te wijzen, omdat er voor uw adres op grond van het parkeerbeleid van de gemeente Wilgendaal geen vergunning meer wordt uitgegeven.

Het college merkt daarnaast op dat het Waterschap Lage Maas beslist over parkeren op de dijk. Een vergunning van de gemeente geldt daar niet; daarvoor moet u zich tot het waterschap wenden.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    opener = where(proposal, "beslist over parkeren op de dijk")
    task = where(proposal, "moet u zich tot het waterschap wenden", -1)
    assert opener[1] == task[1] == DO
    assert opener[2] < task[2]


def test_a_weak_sentence_before_a_remedy_stays_out_of_the_remedy(linter):
    """The remedy section takes in no sentence without a remedy cue (red team 2, R2-M5)."""
    proposal = propose(linter, """
Het college heeft besloten uw aanvraag om een standplaatsvergunning voor de weekmarkt af te wijzen, omdat alle standplaatsen op de markt aan de Lindenlaan voor het jaar 2027 al zijn uitgegeven.

Voor de behandeling van uw aanvraag zijn leges betaald. Tegen dit besluit kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    assert where(proposal, "zijn leges betaald")[1] != REMEDY


def test_an_officialese_option_is_something_to_do_not_a_reason(linter):
    proposal = propose(linter, """
Het college heeft besloten uw verzoek om vermindering van de precariobelasting voor uw terras af te wijzen, omdat de terrasoverkapping volgens de tekening die u op 3 februari 2027 heeft ingediend groter is dan 20 vierkante meter.

Indien u alsnog een tekening kunt overleggen waaruit blijkt dat de overkapping kleiner is, staat het u vrij een nieuw verzoek in te dienen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    assert where(proposal, "staat het u vrij")[1] == DO


def test_a_remainder_stays_after_what_it_is_the_rest_of(linter):
    proposal = propose(linter, """
Het college heeft besloten u uitstel van betaling te verlenen voor de aanslag rioolheffing van € 264,00, omdat u tegen die aanslag bezwaar heeft gemaakt en daarop nog niet is beslist.

Voor de afvalstoffenheffing van € 318,60 is geen uitstel mogelijk. U kunt de invorderingsambtenaar in uw bezwaarschrift verzoeken om uitstel voor het bedrag waartegen het bezwaar is gericht. Het resterende bedrag dient u vóór 1 mei 2027 te betalen.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    assert right_after(proposal, "in uw bezwaarschrift verzoeken om uitstel", "Het resterende bedrag")


def test_a_decided_remainder_is_still_the_decision(rules):
    """'Voor het overige' is this letter's partial decision, not an earlier one told as background."""
    remainder = "Voor het overige wordt uw aanvraag afgewezen."
    assert rules.refers_back(remainder, "Wij kennen u een vergoeding toe voor de traplift.") == "remainder"
    assert rules.best(rules.scores(remainder))[0] == "kern"


def test_a_decision_citing_its_basis_and_an_attachment_is_the_decision(rules):
    decision = ("Gelet op artikel 5.1 van de Omgevingswet verleent het college de gevraagde vergunning voor "
                "het bouwen van een carport, met inachtneming van de voorschriften die als bijlage bij dit "
                "besluit zijn gevoegd.")
    assert rules.best(rules.scores(decision))[0] == "kern"
    attachment = "De voorschriften zijn als bijlage bij dit besluit gevoegd."
    assert rules.best(rules.scores(attachment))[0] == "bijlagen"


def test_a_dus_after_the_verb_points_back(rules):
    assert rules.refers_back("Tegen deze brief kunt u dus geen bezwaar maken.",
                             "Deze brief is nog geen besluit.") == "inside"
    # "dus" that opens the sentence is a conclusion word (handled where the decision opens the letter)
    assert rules.refers_back("Dus hebben wij besloten uw aanvraag af te wijzen.", "U heeft te veel vermogen.") is None


def test_no_objection_now_stays_after_not_a_decision_yet(linter):
    proposal = propose(linter, """
Het college is voornemens u een last onder dwangsom op te leggen, omdat de container die u zonder omgevingsvergunning op de stoep voor de Molenstraat 14 heeft geplaatst de doorgang voor voetgangers belemmert.

Deze brief is nog geen besluit. Tegen deze brief kunt u derhalve geen bezwaar maken. U kunt binnen twee weken na de dagtekening van deze brief uw zienswijze op dit voornemen naar voren brengen.
""")
    text = plain(proposal.markdown)
    assert "Deze brief is nog geen besluit. Tegen deze brief kunt u dus geen bezwaar maken." in text


def test_a_task_that_leaves_its_reason_drops_its_dus(linter):
    proposal = propose(linter, """
Op 2 januari 2027 is aan u een aanslag hondenbelasting opgelegd van € 126,00, die uiterlijk op 28 februari 2027 had moeten zijn betaald op rekening NL00 WILG 0123 4567 89 van de gemeente Wilgendaal.

Uit onze administratie blijkt dat wij uw betaling nog niet hebben ontvangen.

Wij verzoeken u derhalve het bedrag van € 126,00 uiterlijk op 20 maart 2027 alsnog te betalen. Na die datum sturen wij u een aanmaning.
""", subject="herinnering hondenbelasting 2027")  # a certain type: a close call keeps its own order (session 13)
    task = became(proposal, "Wij verzoeken u derhalve")
    assert task[0].startswith("Wij vragen u het bedrag van € 126,00")
    assert " dus " not in task[0]
    assert position(proposal, task[0])[1] == DO


def test_die_termijn_points_at_a_term_named_in_other_words(rules):
    previous = "Dit houdt in dat u de schuur binnen vier weken na verzending van het besluit moet slopen."
    assert rules.refers_back("Als u niet binnen die termijn aan de last voldoet, laat de gemeente de "
                             "schuur slopen.", previous) == "inside"
    assert rules.refers_back("Als u niet binnen die termijn aan de last voldoet, laat de gemeente de "
                             "schuur slopen.", "De schuur staat op 1 meter van de erfgrens.") is None


def test_the_letter_itself_is_no_reference_to_the_sentence_before(rules):
    before = "Deze kosten worden geraamd op € 2.400,00."
    assert rules.refers_back("Deze brief is nog geen besluit.", before) is None
    assert rules.refers_back("Dit besluit treedt in werking op 1 april 2027.", before) is None
    assert rules.refers_back("Deze kosten moet u zelf betalen.", before) == "start"


def test_when_a_permit_takes_effect_is_what_happens_next(linter):
    proposal = propose(linter, """
Gelet op artikel 5.1 van de Omgevingswet verleent het college u de gevraagde omgevingsvergunning voor het bouwen van een carport naast de woning aan de Beukenlaan 8, met inachtneming van de voorschriften die als bijlage bij dit besluit zijn gevoegd.

Dit besluit wordt bekendgemaakt in het Gemeenteblad en treedt in werking op de dag na die van bekendmaking.

Belanghebbenden kunnen binnen zes weken na de dag van bekendmaking bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    assert where(proposal, "verleent het college u de gevraagde")[0] == 1 or \
        where(proposal, "verleent het college u de gevraagde")[1] not in (*WHY, DO, NEXT, REMEDY, "Bijlagen")
    assert where(proposal, "treedt in werking")[1] == NEXT


def test_a_law_line_follows_its_own_sentence(linter):
    proposal = propose(linter, """
Het college is voornemens u een last onder bestuursdwang op te leggen, omdat de houten schuur in uw achtertuin aan de Beukenlaan 8 volgens de inspectie van 12 februari 2027 op instorten staat.

Indien u niet binnen vier weken na verzending van het besluit aan de last voldoet, zal de gemeente de schuur op uw kosten laten slopen. Deze kosten zullen op grond van artikel 5:25 van de Algemene wet bestuursrecht van u worden ingevorderd.

Op 12 februari 2027 heeft een toezichthouder de schuur bekeken. Daarbij is gebleken dat de achtergevel uit het lood staat.

U kunt binnen twee weken na de dagtekening van deze brief uw zienswijze op dit voornemen naar voren brengen.
""")
    law = position(proposal, "Dit staat in artikel 5:25 van de Algemene wet bestuursrecht.")
    costs = where(proposal, "van u worden ingevorderd")
    inspection = where(proposal, "heeft een toezichthouder de schuur bekeken")
    assert law[0] == costs[0] and costs[2] < law[2]
    if inspection[0] == law[0]:
        assert law[2] < inspection[2]


def test_a_zienswijze_the_reader_already_gave_is_background_in_either_word_order(rules):
    for given in ("Op 4 maart 2027 heeft u schriftelijk een zienswijze ingediend.",
                  "Op 4 maart 2027 is door u telefonisch een zienswijze naar voren gebracht.",
                  "Daarbij heeft u de gelegenheid gekregen om binnen twee weken een zienswijze naar voren te brengen.",
                  "Uw zienswijze hebben wij zorgvuldig bekeken."):
        assert rules.best(rules.scores(given))[0] != "rechtsmiddel", given
    still_open = "U wordt in de gelegenheid gesteld binnen twee weken uw zienswijze naar voren te brengen."
    assert rules.best(rules.scores(still_open))[0] == "rechtsmiddel"


def test_the_readers_own_plan_is_no_intention_of_the_municipality(rules):
    assert "kern" not in rules.scores("U heeft laten weten dat u voornemens bent de caravan te verkopen.")
    assert rules.best(rules.scores("Het college is voornemens u een last onder dwangsom op te leggen."))[0] == "kern"


def test_a_possibility_is_no_decision(rules):
    assert rules.best(rules.scores("Uw aanvraag kan dan worden afgewezen."))[0] == "wat_gebeurt_er_nu"
    assert rules.best(rules.scores("Wij hebben besloten uw aanvraag af te wijzen."))[0] == "kern"


def test_handing_in_told_in_the_passive_is_something_to_do(rules):
    sentence = ("De formulieren kunnen worden ingeleverd bij de balie van het stadskantoor of worden verzonden "
                "aan Postbus 12, 4100 AA Wilgendaal.")
    assert rules.best(rules.scores(sentence))[0] == "wat_moet_u_doen"


def test_die_datum_points_at_a_date_named_before(rules):
    previous = "U moet de bewoning van de schuur uiterlijk op 1 juni 2027 beëindigen."
    assert rules.refers_back("Ook moet u de keuken vóór die datum verwijderen.", previous) == "inside"


def test_a_request_that_opens_with_dus_under_another_heading_drops_it(linter):
    proposal = propose(linter, """
Op 2 februari 2027 hebben wij uw verzoek om kwijtschelding van de aanslag gemeentelijke belastingen 2027 ontvangen. Uit de stukken die u heeft meegestuurd, blijkt niet hoeveel spaargeld u heeft op uw rekening bij de bank.

Derhalve verzoek ik u de afschriften van al uw bank- en spaarrekeningen over januari 2027 uiterlijk op 9 maart 2027 aan mij te sturen.

Voor vragen kunt u bellen met mevrouw J. Bakker, telefoon 14 0999.
""")
    request = became(proposal, "Derhalve verzoek ik u")[0]
    if position(proposal, request)[1] == DO:
        assert not request.lower().startswith("dus"), request


def test_a_law_line_does_not_come_between_a_sentence_and_the_one_that_leans_on_it(linter):
    proposal = propose(linter, """
Op 2 februari 2027 hebben wij uw aanvraag om bijzondere bijstand voor een bril ontvangen, maar de offerte van de opticien ontbreekt nog.

Wij verzoeken u de offerte van de opticien uiterlijk op 9 maart 2027 aan ons te sturen. Indien de offerte niet binnen deze termijn is ontvangen, wordt uw aanvraag op grond van artikel 4:5 van de Algemene wet bestuursrecht niet in behandeling genomen. In dat geval kunt u later opnieuw een aanvraag indienen.

Voor vragen kunt u bellen met mevrouw J. Bakker, telefoon 14 0999.
""")
    text = plain(proposal.markdown)
    consequence = [t for t in became(proposal, "niet in behandeling genomen") if not t.startswith("Dit staat in")][-1]
    then = became(proposal, "In dat geval kunt u later")[0]
    assert consequence + " " + then in text


def test_a_consequence_of_doing_it_again_is_no_decision(rules):
    warning = ("Wij wijzen u erop dat bij herhaling van verwijtbare gedragingen een hogere boete zal worden "
               "opgelegd.")
    assert rules.best(rules.scores(warning))[0] == "wat_gebeurt_er_nu"


def test_what_the_reader_failed_to_do_is_a_reason_not_a_task(rules):
    fact = "U bent op 12 maart 2027 zonder bericht niet op de afspraak bij het Werkplein verschenen."
    assert rules.best(rules.scores(fact))[0] == "reden"
    task = "U moet de nieuwe afspraak op 19 maart 2027 nakomen."
    assert rules.best(rules.scores(task))[0] == "wat_moet_u_doen"


# --------------------------------------------------------------------------- red team 5's misleading classes


def test_the_answer_to_a_condition_question_never_opens_the_letter_as_its_decision(linter):
    """'Indien …, kunnen wij besluiten …' split into a question and 'Dan kunnen wij besluiten …':
    the answer stayed in 'In het kort' without its condition (red team 5, wi-02)."""
    proposal = propose(linter, """
Op 3 maart 2027 hebben wij uw aanvraag om bijzondere bijstand voor een bed ontvangen. Om uw aanvraag te kunnen beoordelen, hebben wij een offerte van de winkel nodig.

Wij verzoeken u de offerte uiterlijk op 24 maart 2027 aan ons te sturen.

Indien de offerte niet of niet op tijd door ons wordt ontvangen, kunnen wij op grond van artikel 4:5 van de Algemene wet bestuursrecht besluiten uw aanvraag niet te behandelen.

Voor vragen kunt u bellen met mevrouw J. Bakker, telefoon 14 0999.
""")
    parts = [p for p in became(proposal, "kunnen wij op grond van artikel 4:5") if not p.startswith("Dit staat in")]
    if len(parts) > 1:
        assert parts[0].endswith("?")
        assert parts[0] + " " + parts[1] in plain(proposal.markdown)


def test_seizure_is_a_consequence_not_the_decision(rules):
    seizure = "Na betekening van het dwangbevel kan de deurwaarder beslag leggen op uw inkomen of uw bankrekening."
    assert rules.best(rules.scores(seizure))[0] == "wat_gebeurt_er_nu"


def test_a_permission_that_can_only_be_granted_is_no_decision_and_dergelijke_points_back(rules):
    previous = "Het staat u vrij een gedoogbeschikking aan te vragen."
    following = "Een dergelijke beschikking kan alleen worden verleend als u aantoont dat u er al in 2003 woonde."
    assert rules.best(rules.scores(following))[0] != "kern"
    assert rules.refers_back(following, previous) == "inside"


def test_a_law_name_in_lower_case_words_does_not_take_the_verb_after_it(linter):
    """'… ingevolge artikel 2.22 van de Wet basisregistratie personen besloten de bijhouding … op te
    schorten': the verb went into 'Dit staat in …' and the decision lost it (red team 5, bz-01)."""
    proposal = propose(linter, """
Uit het adresonderzoek is gebleken dat u niet meer op het adres Beukenlaan 8 woont en dat niet bekend is waar u nu verblijft.

Gelet op het vorenstaande hebben wij ingevolge artikel 2.22 van de Wet basisregistratie personen besloten de bijhouding van uw persoonslijst op te schorten met ingang van 1 april 2027.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij het college van burgemeester en wethouders van Wilgendaal.
""")
    text = plain(proposal.markdown)
    assert "Wet basisregistratie personen besloten" not in text
    assert "besloten de bijhouding" in text


def test_a_list_is_not_hung_on_an_article_of_one_law(linter):
    """'… aan de hand van artikel 255 van de Gemeentewet, de Invorderingswet 1990 en de
    Kwijtscheldingsregeling 2027' must not become 'artikel 255 van:' with the laws as bullets."""
    proposal = propose(linter, """
Op 4 maart 2027 hebben wij uw verzoek om kwijtschelding van de aanslag gemeentelijke belastingen 2027 ontvangen.

Uw verzoek is beoordeeld aan de hand van artikel 255 van de Gemeentewet, de Invorderingswet 1990, de Uitvoeringsregeling Invorderingswet 1990 en de Kwijtscheldingsregeling Wilgendaal 2027.

Wij hebben besloten u volledige kwijtschelding te verlenen, omdat uw inkomen lager is dan de kwijtscheldingsnorm.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending van deze brief bezwaar maken bij de invorderingsambtenaar van de gemeente Wilgendaal.
""")
    assert "artikel 255 van:" not in proposal.markdown


def test_an_addition_points_back_to_the_sentence_it_adds_to(rules):
    # red team 7: "Daarnaast is door de gemeenteraad bepaald …", a second ground, opened the letter
    previous = "Uw spaargeld is hoger dan het bedrag van de aanslag."
    for text in ("Daarnaast geldt voor de hondenbelasting geen kwijtschelding.",
                 "Bovendien heeft u de gevraagde bankafschriften niet gestuurd."):
        assert rules.refers_back(text, previous) == "start"
    assert points_back("Daarnaast geldt voor de hondenbelasting geen kwijtschelding.", rules, previous)


def test_a_law_line_stays_with_its_own_ground_before_an_addition(linter):
    # red team 7: "Dit staat in artikel 26 …" came after "Daarnaast …" about another ground
    proposal = propose(linter, (
        "Wij hebben uw verzoek om kwijtschelding van de aanslag 2026 niet toegewezen. Uw vermogen is hoger dan het "
        "bedrag van de aanslag, zodat u op grond van artikel 26 van de Invorderingswet 1990 de aanslag zelf kunt "
        "betalen. Daarnaast geldt voor de hondenbelasting volgens de kwijtscheldingsregeling van de gemeente nooit "
        "kwijtschelding."))
    text = plain(proposal.markdown)
    assert "Dit staat in artikel 26 van de Invorderingswet 1990" in text
    assert text.index("Dit staat in artikel 26 van de Invorderingswet 1990") < text.index("Daarnaast")


def test_a_decision_told_in_the_passive_is_a_decision_and_opens_without_its_conclusion_word(rules):
    # red team 7: "Gelet op het vorenstaande is door ons besloten …" was no decision for the roles
    # (only the active "wij hebben besloten" was), and "Daarom is door X besloten:" opened the summary
    from letterlint.rewrite.proposal import _without_conclusion_word

    decision = "Gelet op het vorenstaande is door ons besloten uw verzoek om kwijtschelding af te wijzen."
    assert rules.best(rules.scores(decision))[0] == "kern"
    assert rules.best(rules.scores("Er is nog niets besloten over uw aanvraag."))[0] != "kern"
    assert _without_conclusion_word("Daarom is door de invorderingsambtenaar besloten:", rules)[0] == \
        "De invorderingsambtenaar heeft besloten:"
    assert _without_conclusion_word("Daarom is door ons besloten uw verzoek af te wijzen.", rules)[0] == \
        "Wij hebben besloten uw verzoek af te wijzen."
