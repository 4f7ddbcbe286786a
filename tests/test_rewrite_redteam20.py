"""The classes red team 20 found out of sample (tests/data/redteam20/FINDINGS-9678819.md):

- "…, mits mevrouw W. daaraan haar medewerking verleent, en worden de trillingen … gemeten" became
  "Dat geldt alleen als mevrouw W. … verleent, en worden de trillingen … gemeten": the measurement
  came to depend on her cooperation (06-T11, misleading);
- the items of "U voert aan dat:" on lines of their own were split ("…, hetgeen …" -> "Dit betekent
  …"), so what the reader holds read as the municipality's statements (05-T3, heavy);
- items numbered "1°.", "2°." were not known as items of a list.

The sentences here are written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def _proposal(linter, body: str) -> str:
    text = f"Geachte heer Visser,\n\n{body}\n\nMet vriendelijke groet,\n\nJ. de Graaf\nvergunningverlener\n"
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
