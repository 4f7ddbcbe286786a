"""A letter that says it is no decision is typed informatie, however much it reports about a
decision (red team 2, R2-M9: typed besluit, its rewrite got "Waarom hebben wij dit besloten?"); an
intention that says "Dit is nog geen besluit" stays a voornemen. Fictional letters."""

from __future__ import annotations

INFO = """Wij hebben besloten uw verzoek om een naamswijziging voor uw dochter door te sturen naar de minister van Justitie en Veiligheid, die over naamswijzigingen beslist.
Het college heeft uw eerdere verzoek in 2025 afgewezen, omdat toen de toestemming van de vader ontbrak.
Deze brief is geen besluit; u kunt er geen bezwaar tegen maken. De minister neemt binnen acht weken een besluit.
Heeft u vragen? Bel dan mevrouw K. Smit op 0416 123 456."""

INTENTION = """Wij zijn van plan u een last onder dwangsom op te leggen, omdat de schutting in uw voortuin hoger is dan 1 meter.
Dit is nog geen besluit. Voordat wij besluiten, mag u ons binnen twee weken schriftelijk laten weten wat u van ons plan vindt.
Heeft u vragen? Bel dan de heer P. de Wit op 0416 123 789."""


def test_a_letter_that_says_it_is_no_decision_is_information(lint_body):
    assert lint_body(INFO).structure.letter_type == "informatie"


def test_an_intention_that_is_not_yet_a_decision_stays_an_intention(lint_body):
    assert lint_body(INTENTION).structure.letter_type == "voornemen"


# An announcement of an inspection that says what it is instead of a decision, and says there is no
# objection: the remedy it names as impossible and the sanctions it mentions as possible do not make
# it a decision (red team 9: typed besluit, its rewrite got a remedy placeholder).
ANNOUNCEMENT = """Hierbij delen wij u mede dat op 14 januari 2027 tussen 9.00 en 12.00 uur een controle zal worden uitgevoerd naar het brandveilig gebruik van het gebouw aan de Molenweg 8.
Wij vragen u ervoor te zorgen dat op die dag iemand aanwezig is die de toezichthouders toegang kan geven.
Worden bij de controle overtredingen vastgesteld, dan kan het college u een last onder dwangsom opleggen.
Deze brief betreft een aankondiging en geen besluit. U kunt daartegen dan ook geen bezwaar maken.
Heeft u vragen? Bel dan de heer J. Bos op 0416 123 555."""


def test_an_announcement_that_says_it_is_no_decision_is_information(lint_body):
    assert lint_body(ANNOUNCEMENT).structure.letter_type == "informatie"
