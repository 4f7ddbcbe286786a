"""The classes red team 25 found out of sample (tests/data/redteam25/FINDINGS-68cf5bf.md): no letter
misleading or heavy; light slips. The letters and sentences here are written for these tests."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite


def test_dient_om_te_is_serves_to_and_not_made_moet(simplifier):
    # red team 25, 08-T5: "het onderzoek dient uitsluitend om vast te stellen of …" became "moet alleen om
    # vaststellen of …"
    result = simplifier.simplify("Het gesprek dient alleen om vast te stellen of u op dit adres woont.")
    assert "dient alleen om vast te stellen" in " ".join(result.sentences)
    assert simplifier.simplify("U dient het formulier binnen twee weken in te vullen.").sentences == [
        "U moet het formulier binnen twee weken invullen."]


def test_a_relative_clause_whose_noun_stands_before_another_comma_is_not_split_off(simplifier):
    # red team 25, 03-T11: "…, mocht u opnieuw bijstand nodig hebben, een nieuwe aanvraag moet indienen, die
    # niet kan leiden tot …" became "Deze bijstand kan niet leiden tot …" (the aanvraag was meant)
    result = simplifier.simplify(
        "Het college kan de bijstand dan beëindigen, waarna u, mocht u later opnieuw bijstand nodig hebben, een "
        "nieuwe aanvraag moet indienen, die niet kan leiden tot bijstand over een periode vóór de dag van uw melding.")
    assert not any(sentence.startswith("Deze bijstand") for sentence in result.sentences)


def _word_letter(tmp_path, cells: list[tuple[str, str]]):
    import docx

    document = docx.Document()
    document.add_paragraph("Gemeente Wierdenveld")
    sender = document.add_paragraph("Team Belastingen")
    sender.add_run().add_break()
    sender.add_run("Postbus 990, 0990 AA Wierdenveld")
    document.add_paragraph("De heer P. Visser")
    document.add_paragraph("Datum: 4 maart 2027")
    document.add_paragraph("Geachte heer Visser,")
    document.add_paragraph("Hierbij ontvangt u de aanslag gemeentelijke belastingen 2027.")
    table = document.add_table(rows=len(cells), cols=2)
    for row, (label, amount) in enumerate(cells):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = amount
    document.add_paragraph("U betaalt het bedrag in twee termijnen.")
    document.add_paragraph("Met vriendelijke groet,")
    document.add_paragraph("A. de Boer")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    return path


def test_a_word_table_with_a_long_cell_stays_one_table(linter, tmp_path):
    # red team 25, 09-T3: a cell the reader took for prose ("Onroerendezaakbelasting eigenaren woning (0,0910 %
    # van € 318.000)") split the table in two, the first with an empty header
    path = _word_letter(tmp_path, [("Omschrijving", "Bedrag"),
                                   ("Onroerendezaakbelasting eigenaren woning (0,0910 % van € 318.000)", "€ 289,38"),
                                   ("Rioolheffing eigenaren", "€ 214,80")])
    proposal = propose_rewrite(linter, next(iter(linter.lint_paths([str(path)]))), suggest=False)
    assert proposal.ok, proposal.verification.problems
    lines = proposal.markdown.splitlines()
    assert lines.index("| Omschrijving | Bedrag |") + 2 == lines.index(
        "| Onroerendezaakbelasting eigenaren woning (0,0910 % van € 318.000) | € 289,38 |")
    assert "|  |  |" not in lines


def test_a_word_letters_header_paragraphs_stay_apart(linter, tmp_path):
    # red team 25, 09-P1: the sender, addressee and date paragraphs ran together without blank lines
    path = _word_letter(tmp_path, [("Omschrijving", "Bedrag"), ("Rioolheffing eigenaren", "€ 214,80")])
    proposal = propose_rewrite(linter, next(iter(linter.lint_paths([str(path)]))), suggest=False)
    assert proposal.ok, proposal.verification.problems
    header = proposal.markdown.split("Geachte heer Visser,")[0]
    assert "Gemeente Wierdenveld\n\n" in header
    assert "De heer P. Visser\n\n" in header


def test_a_word_closing_with_a_line_break_of_its_own_is_the_closing(linter, tmp_path):
    # red team 25, 09-P2: "Met vriendelijke groet,↵de heffingsambtenaar van …" (one Word paragraph) was no
    # closing: read as body text and written on one line
    import docx

    document = docx.Document()
    for text in ("Gemeente Wierdenveld", "Geachte heer Visser,", "Hierbij ontvangt u de aanslag voor 2027."):
        document.add_paragraph(text)
    closing = document.add_paragraph("Met vriendelijke groet,")
    closing.add_run().add_break()
    closing.add_run("de heffingsambtenaar van de gemeente Wierdenveld,")
    document.add_paragraph("A. de Boer")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    result = next(iter(linter.lint_paths([str(path)])))
    assert [block.kind.name for block in result.letter.blocks][-2:] == ["CLOSING", "SIGNATURE"]
    proposal = propose_rewrite(linter, result, suggest=False)
    assert "Met vriendelijke groet,\nde heffingsambtenaar van de gemeente Wierdenveld," in proposal.markdown
