"""Red team 26 (Brinkerveld, tests/data/redteam26/, judged out of sample on a586c93: 0 misleading,
0 heavy, 1 light, 9 usable; traps 162 kept, 1 minor, 0 misleading of 163). Its classes, each with
sentences written for these tests."""

from __future__ import annotations


def _sentences(simplifier, sentence: str) -> list[str]:
    return simplifier.simplify(sentence).sentences


def test_slechts_before_the_article_een_becomes_alleen_not_maar(simplifier):
    # 06-T15: "Het college kan voor een verlenging slechts een nieuw verzoek in behandeling nemen" had
    # become "… maar een nieuw verzoek …" ("just a", not "only")
    out = " ".join(_sentences(simplifier, "Wij kunnen slechts een nieuwe aanvraag beoordelen als die vóór 1 mei binnen is."))
    assert "alleen een nieuwe aanvraag" in out and "maar een" not in out


def test_slechts_before_a_written_number_stays_maar(simplifier):
    assert "maar één" in " ".join(_sentences(simplifier, "U mag slechts één container aan de straat zetten."))


def _report(linter, body: str) -> list[str]:
    from conftest import wrap_letter
    from letterlint.rewrite.proposal import propose_rewrite, report_lines

    text = wrap_letter(body, "Beste meneer Kamphuis,", "Met vriendelijke groet,\n\nA. Wolters\nmedewerker Burgerzaken")
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    return report_lines(proposal)


def _checked(lines: list[str]) -> str:
    return next(line for line in lines if line.startswith("Gecontroleerd:"))


def test_the_report_of_a_letter_without_a_remedy_does_not_claim_one(linter):
    # 07: an information e-mail; the report said "het rechtsmiddel en het besluit zijn hetzelfde"
    line = _checked(_report(linter, "Je bent op 3 april 2027 naar Brinkerveld verhuisd. Schrijf je binnen vijf dagen "
                                    "in bij de gemeente. Neem je paspoort mee naar de balie."))
    assert "geen rechtsmiddel" in line and "het besluit" not in line


def test_the_report_names_the_remedy_it_compared(linter):
    line = _checked(_report(linter, "Wij hebben besloten uw aanvraag om een parkeervergunning af te wijzen. U woont niet "
                                    "in het vergunninggebied. Bent u het niet eens met dit besluit? Dan kunt u binnen "
                                    "zes weken bezwaar maken bij het college."))
    assert "wat de brief zegt over bezwaar is hetzelfde" in line


def test_a_marked_sentence_of_a_plain_letter_is_not_counted_as_changed(linter):
    # 07 and 08: "letterlint heeft weinig veranderd (1 van de 37 zinnen)" counted a sentence that was
    # only marked for the writer
    body = ("Je paspoort is klaar. Je kunt het ophalen bij de balie in het gemeentehuis. Neem je oude paspoort mee. "
            "Als je het paspoort niet binnen drie maanden ophaalt, moeten wij het volgens de regels van de minister "
            "vernietigen en moet je een nieuw paspoort aanvragen en opnieuw betalen. Heb je vragen? Bel ons.")
    line = next(line for line in _report(linter, body) if "weinig veranderd" in line)
    assert "(0 van de 6 zinnen aangepast; 1 gemarkeerd om zelf te herschrijven)" in line


def test_a_moved_law_citation_follows_its_own_sentence_as_the_report_says(linter):
    # 02: the report said the line "Dit staat in …" stood "aan het eind van het stuk", while two
    # sentences of the paragraph followed it; it stands right after the sentence it came from
    from conftest import wrap_letter
    from letterlint.rewrite.proposal import propose_rewrite, report_lines

    body = ("## Terugvordering\n\nHet college vordert het bedrag van € 640,00 op grond van artikel 58 van de "
            "Participatiewet van u terug. Bij de berekening zijn wij uitgegaan van de nettobedragen. U hoeft nu nog "
            "niets te betalen.")
    text = wrap_letter(body, "Beste meneer Kamphuis,", "Met vriendelijke groet,\n\nA. Wolters\nconsulent")
    proposal = propose_rewrite(linter, linter.lint_text(text, "brief.md", "markdown"), suggest=False)
    assert proposal.ok, proposal.verification.problems
    paragraph = next(line for line in proposal.markdown.splitlines() if "Dit staat in" in line)
    assert paragraph.index("terug. Dit staat in artikel 58") < paragraph.index("Bij de berekening")
    assert any("staat direct na wat er van die zin over is. 1 wetsverwijzing staat nu in een eigen zin" in line
               for line in report_lines(proposal))


# Long sentences red teams 20-26 left long (issue 16): a causal "nu" after the main clause, and a
# lettered list straight after its lead without a colon. Sentences written for these tests.

def test_a_causal_nu_after_the_main_clause_becomes_a_sentence_of_its_own(simplifier):
    assert _sentences(simplifier, "Uw verzoek om uitstel van betaling wijzen wij af, nu u de gevraagde papieren ook na "
                                  "onze herinnering van 3 maart niet heeft ingeleverd.") == [
        "Uw verzoek om uitstel van betaling wijzen wij af.",
        "Dat komt omdat u de gevraagde papieren ook na onze herinnering van 3 maart niet heeft ingeleverd."]


def test_an_impersonal_causal_nu_clause_is_split_too(simplifier):
    assert _sentences(simplifier, "Het college maakt gebruik van zijn bevoegdheid om de bijstand terug te vorderen, nu "
                                  "niet is gebleken van dringende redenen om daarvan af te zien.")[1].startswith(
        "Dat komt omdat niet is gebleken")


def test_nu_as_the_adverb_now_is_not_split(simplifier):
    # "nu is het moment": the finite verb right after "nu" makes it a main clause with the adverb
    sentence = "U kunt de aanvraag voor de verbouwing van uw woning bij de gemeente indienen, nu is het juiste moment daarvoor gekomen."
    assert not any(s.startswith("Dat komt omdat") for s in _sentences(simplifier, sentence))


def test_a_causal_nu_inside_a_condition_or_an_argument_stays(simplifier):
    for sentence in ("Voor zover het de periode van 1 mei tot en met 30 september 2026 betreft, neemt het college geen "
                     "standpunt in, nu de gegevens daarover ontbreken.",
                     "U stelt dat de boete te hoog is, nu u het geld heeft gebruikt om de huurachterstand van uw moeder af te lossen."):
        assert not any(s.startswith("Dat komt omdat") for s in _sentences(simplifier, sentence))


def test_a_lettered_list_straight_after_its_lead_becomes_a_list_with_a_colon(simplifier):
    result = simplifier.simplify("Het college is van plan a. uw recht op bijstand vanaf 1 oktober 2026 in te trekken; "
                                 "b. de over oktober 2026 betaalde bijstand van € 1.412,40 van u terug te vorderen; en "
                                 "c. de bijstand over november 2026 niet alsnog uit te betalen.")
    assert result.sentences == ["Het college is van plan:"]
    assert [f"{item.mark} {item}" for item in result.items] == [
        "a. uw recht op bijstand vanaf 1 oktober 2026 in te trekken",
        "b. de over oktober 2026 betaalde bijstand van € 1.412,40 van u terug te vorderen",
        "c. de bijstand over november 2026 niet alsnog uit te betalen"]


def test_nu_followed_by_another_adverb_is_the_adverb_now(simplifier):
    # found in the byte-diff over the red-team letters: "…, zodat u, hoewel het besluit al is genomen,
    # nu nog niet de Nederlandse nationaliteit bezit." had become "Dat komt omdat nog niet …"
    sentence = ("Het Nederlanderschap krijgt u pas tijdens de ceremonie, zodat u, hoewel het besluit al is genomen, "
                "nu nog niet de Nederlandse nationaliteit bezit.")
    assert not any(s.startswith("Dat komt omdat") for s in _sentences(simplifier, sentence))
