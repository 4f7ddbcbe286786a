"""The letter model (blocks of a letter), what readability counts, and finding locations."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from letterlint.reading.letter import BlockKind, build_letter
from letterlint.reading.sources import decode_text, read_document, split_lines

K = BlockKind

# A complete letter, line by line, with the kind of block every line belongs to.
# ("" is a blank line; "#" marks a heading, "-" a list item.)
COMPLETE_LETTER = [
    ("Gemeente Lindenburg", K.SENDER),
    ("Afdeling Werk en Inkomen", K.SENDER),
    ("Postbus 1450", K.SENDER),
    ("7390 HA Lindenburg", K.SENDER),
    ("", None),
    ("Mevrouw A. de Vries", K.RECIPIENT),
    ("Kastanjelaan 27", K.RECIPIENT),
    ("7391 KD Lindenburg", K.RECIPIENT),
    ("", None),
    ("Datum: 12 maart 2026", K.METADATA),
    ("Ons kenmerk: WI-2026-004512", K.METADATA),
    ("Onderwerp: U krijgt bijzondere bijstand", K.METADATA),
    ("", None),
    ("Beste mevrouw De Vries,", K.SALUTATION),
    ("", None),
    ("U krijgt bijzondere bijstand voor een nieuwe wasmachine. Dat hebben wij besloten na uw "
     "aanvraag van 2 maart 2026.", K.PARAGRAPH),
    ("", None),
    ("# Wat krijgt u?", K.HEADING),
    ("U krijgt € 450 voor de wasmachine. Wij storten het geld binnen 2 weken op uw rekening.", K.PARAGRAPH),
    ("", None),
    ("# Wat moet u doen?", K.HEADING),
    ("- Bewaar de kassabon van de wasmachine.", K.LIST_ITEM),
    ("- Stuur ons de kassabon vóór 1 mei 2026.", K.LIST_ITEM),
    ("", None),
    ("Heeft u vragen? Bel dan mevrouw Sanne Bakker op 0570 123 456. U kunt ook mailen naar "
     "s.bakker@lindenburg.nl.", K.PARAGRAPH),
    ("", None),
    ("Met vriendelijke groet,", K.CLOSING),
    ("", None),
    ("Sanne Bakker", K.SIGNATURE),
    ("consulent Werk en Inkomen", K.SIGNATURE),
    ("", None),
    ("Bijlage: berekening bijzondere bijstand", K.ATTACHMENTS),
]


def _plain(line: str) -> str:
    return line[2:] if line.startswith(("# ", "- ")) else line


def render(fmt: str, tmp_path: Path, letter=COMPLETE_LETTER) -> Path:
    """Write the letter as .txt (headings as plain lines), .md, or .docx (styles)."""
    if fmt == "txt":
        lines = [line[2:] if line.startswith("# ") else line for line, _ in letter]
        path = tmp_path / "brief.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "md":
        lines = ["## " + line[2:] if line.startswith("# ") else line for line, _ in letter]
        path = tmp_path / "brief.md"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        word = docx.Document()
        for line, _ in letter:
            if not line:
                if fmt == "docx-empty-paragraphs":
                    word.add_paragraph("")
            elif line.startswith("# "):
                word.add_heading(line[2:], level=2)
            elif line.startswith("- "):
                word.add_paragraph(line[2:], style="List Bullet")
            else:
                word.add_paragraph(line)
        path = tmp_path / "brief.docx"
        word.save(path)
    return path


def kinds_by_line(path: Path) -> dict[str, BlockKind]:
    letter = build_letter(read_document(str(path)))
    kinds: dict[str, BlockKind] = {}
    for block in letter.blocks:
        for line in block.lines:
            if line.text.strip():
                kinds[line.text.strip()] = block.kind
    return kinds


# --------------------------------------------------------------------------- blocks


@pytest.mark.parametrize("fmt", ["txt", "md", "docx-empty-paragraphs", "docx"])
def test_complete_letter_every_line_gets_the_right_block_kind(fmt, tmp_path):
    kinds = kinds_by_line(render(fmt, tmp_path))
    expected = {_plain(line): kind for line, kind in COMPLETE_LETTER if line}
    wrong = {line: (kinds.get(line), kind) for line, kind in expected.items() if kinds.get(line) is not kind}
    assert not wrong, "line: (got, expected) " + repr(wrong)


def test_running_text_is_headings_paragraphs_and_list_items_only(tmp_path):
    letter = build_letter(read_document(str(render("md", tmp_path))))
    running = [block.text for block in letter.running_blocks]
    expected = [_plain(line) for line, kind in COMPLETE_LETTER
                if kind in (K.HEADING, K.PARAGRAPH, K.LIST_ITEM)]
    assert running == expected


def test_letter_without_salutation_starts_running_text_at_first_sentence(tmp_path):
    letter = [(line, kind) for line, kind in COMPLETE_LETTER if kind is not K.SALUTATION]
    kinds = kinds_by_line(render("txt", tmp_path, letter))
    assert kinds["Mevrouw A. de Vries"] is K.RECIPIENT
    assert kinds["Onderwerp: U krijgt bijzondere bijstand"] is K.METADATA
    assert kinds[_plain(COMPLETE_LETTER[15][0])] is K.PARAGRAPH


def test_objection_clause_after_the_signature_is_running_text(tmp_path):
    letter = COMPLETE_LETTER + [
        ("", None),
        ("Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken. Stuur een "
         "brief naar Postbus 1450, 7390 HA Lindenburg.", K.PARAGRAPH),
    ]
    kinds = kinds_by_line(render("txt", tmp_path, letter))
    assert kinds[letter[-1][0]] is K.PARAGRAPH
    assert kinds["Sanne Bakker"] is K.SIGNATURE


def test_college_sign_off_is_all_signature(tmp_path):
    closing_at = next(i for i, (_, kind) in enumerate(COMPLETE_LETTER) if kind is K.CLOSING)
    letter = COMPLETE_LETTER[:closing_at] + [
        ("Hoogachtend,", K.CLOSING),
        ("", None),
        ("het college van burgemeester en wethouders van de gemeente Lindenburg,", K.SIGNATURE),
        ("namens dezen,", K.SIGNATURE),
        ("", None),
        ("J.P. van Dalen", K.SIGNATURE),
        ("teamleider Inkomen", K.SIGNATURE),
    ]
    kinds = kinds_by_line(render("txt", tmp_path, letter))
    wrong = {line: (kinds.get(line), kind) for line, kind in letter[closing_at:] if line and kinds.get(line) is not kind}
    assert not wrong, "line: (got, expected) " + repr(wrong)


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_decision_without_greeting_closes_with_its_signing_formula(fmt, tmp_path):
    # no "Met vriendelijke groet": the body's name and its mandate line are the closing, the
    # signer's lines the signature; none of it is running text to lint or rewrite
    closing_at = next(i for i, (_, kind) in enumerate(COMPLETE_LETTER) if kind is K.CLOSING)
    letter = COMPLETE_LETTER[:closing_at] + [
        ("De heffingsambtenaar van de gemeente Lindenburg,", K.CLOSING),
        ("namens deze,", K.CLOSING),
        ("", None),
        ("mr. P. Hendriks", K.SIGNATURE),
        ("coördinator Belastingen", K.SIGNATURE),
    ]
    kinds = kinds_by_line(render(fmt, tmp_path, letter))
    wrong = {line: (kinds.get(line), kind) for line, kind in letter[closing_at:] if line and kinds.get(line) is not kind}
    assert not wrong, "line: (got, expected) " + repr(wrong)


@pytest.mark.parametrize("fmt", ["txt", "docx"])  # a Word paragraph per line: two blocks too
def test_a_signing_formula_over_two_blocks_closes_the_letter(fmt, tmp_path):
    closing_at = next(i for i, (_, kind) in enumerate(COMPLETE_LETTER) if kind is K.CLOSING)
    letter = COMPLETE_LETTER[:closing_at] + [
        ("Burgemeester en wethouders van Lindenburg,", K.CLOSING),
        ("", None),
        ("namens dezen,", K.SIGNATURE),
        ("", None),
        ("J.P. van Dalen", K.SIGNATURE),
    ]
    kinds = kinds_by_line(render(fmt, tmp_path, letter))
    wrong = {line: (kinds.get(line), kind) for line, kind in letter[closing_at:] if line and kinds.get(line) is not kind}
    assert not wrong, "line: (got, expected) " + repr(wrong)


def test_a_sentence_opening_with_namens_is_no_signing_formula(tmp_path):
    closing_at = next(i for i, (_, kind) in enumerate(COMPLETE_LETTER) if kind is K.CLOSING)
    letter = COMPLETE_LETTER[:closing_at] + [
        ("Namens de burgemeester laat ik u weten dat uw aanvraag is ontvangen.", K.PARAGRAPH),
    ]
    kinds = kinds_by_line(render("txt", tmp_path, letter))
    assert kinds[letter[-1][0]] is K.PARAGRAPH


# --------------------------------------------------------------------------- readability counts


def _variant(replacements: dict[str, str]) -> list:
    return [(replacements.get(line, line), kind) for line, kind in COMPLETE_LETTER]


# Words of the running text of COMPLETE_LETTER, counted by hand (numbers count, '€' does not):
# paragraph 8 + 11, paragraph 6 + 10, list items 6 and 8, paragraph 3 + 9 + 6. The two headings
# (3 and 4 words) are no sentences and stay out of the score.
BASE_WORDS = 19 + 16 + 6 + 8 + 18
BASE_SENTENCES = 9


@pytest.mark.parametrize("change", [
    {"Kastanjelaan 27": "Burgemeester van der Steenhovenstraat 127 bis, tweede verdieping links"},
    {"Mevrouw A. de Vries": "Mevrouw A.M.J. de Vries-van den Berg en de heer K. de Vries"},
    {"consulent Werk en Inkomen": "namens het college van burgemeester en wethouders van de gemeente Lindenburg,"},
    {"Afdeling Werk en Inkomen": "Afdeling Werk, Inkomen en Zorg, team Bijzondere Bijstand en Schuldhulp"},
    {"Onderwerp: U krijgt bijzondere bijstand": "Onderwerp: besluit op uw aanvraag om bijzondere bijstand voor "
                                                 "een wasmachine op grond van de Participatiewet"},
    {"Bijlage: berekening bijzondere bijstand": "Bijlage: berekening van de bijzondere bijstand en de "
                                                "voorwaarden die daarbij horen"},
], ids=["street", "recipient-name", "signature", "letterhead", "subject", "attachments"])
def test_readability_counts_only_running_text(change, tmp_path, linter):
    base = linter.lint_paths([str(render("txt", tmp_path))])
    base_result = next(iter(base))
    (tmp_path / "variant").mkdir()
    variant_result = next(iter(linter.lint_paths([str(render("txt", tmp_path / "variant", _variant(change)))])))
    assert base_result.readability.words == BASE_WORDS
    assert variant_result.readability.words == base_result.readability.words
    assert variant_result.readability.sentences == base_result.readability.sentences == BASE_SENTENCES
    assert variant_result.readability.score == base_result.readability.score


def test_readability_word_count_follows_the_running_text(tmp_path, linter):
    line = COMPLETE_LETTER[18][0]
    longer = _variant({line: line + " Dat geld is voor een nieuwe wasmachine."})
    result = next(iter(linter.lint_paths([str(render("txt", tmp_path, longer))])))
    assert result.readability.words == BASE_WORDS + 7
    assert result.readability.sentences == BASE_SENTENCES + 1


# --------------------------------------------------------------------------- locations


def _same(span: str, text: str, markdown: bool) -> bool:
    """The text is the source span; in Markdown, markup may be blanked to spaces (same columns)."""
    if span == text:
        return True
    return markdown and len(span) == len(text) and all(a == b or b == " " for a, b in zip(span, text))


def _check_span(source_lines: list[str], finding, markdown: bool) -> str | None:
    """None when the finding's line/column span holds its text; else a description of the mismatch."""
    where = finding.as_dict()
    line, column, end_line, end_column = where["line"], where["column"], where["end_line"], where["end_column"]
    text = finding.text
    if line == end_line:
        spans = [source_lines[line - 1][column - 1:end_column - 1]]
    else:
        spans = [source_lines[line - 1][column - 1:], *source_lines[line:end_line - 1],
                 source_lines[end_line - 1][:end_column - 1]]
    problem = f"{finding.rule} {line}:{column}-{end_line}:{end_column} text={text!r} source={chr(10).join(spans)!r}"
    if " … " in text and "…" not in "".join(spans):  # a split match ("wordt … beoordeeld"): words in order
        span = " ".join(" ".join(spans).split())
        pieces = text.split(" … ")
        position = 0
        for piece in pieces:
            found = span.find(piece, position)
            if found < 0:
                return problem
            position = found + len(piece)
        return None if span.startswith(pieces[0]) and span.endswith(pieces[-1]) else problem
    texts = text.split("\n")
    if len(texts) != len(spans):
        return problem
    # a wrapped line's text starts after its indentation and has no trailing spaces
    pairs = [(spans[0].rstrip(), texts[0])] + [(s.strip(), t) for s, t in zip(spans[1:], texts[1:])]
    return None if all(_same(s, t.rstrip(), markdown) for s, t in pairs) else problem


def _source_lines(path: str) -> list[str]:
    text, _ = decode_text(Path(path).read_bytes())
    return [line.replace("\t", " ") for line in split_lines(text)]


LOCATION_BODY = """\
Geachte heer Jansen,

Wij hebben Uw aanvraag ontvangen. Uw aanvraag wordt door ons beoordeeld.

## Wat gebeurt er met **Uw** aanvraag?

- De **aanvraag** wordt door de consulent van de afdeling Werk en Inkomen van de gemeente Lindenburg in de komende weken zorgvuldig bekeken en beoordeeld.
- U krijgt een brief. Je moet wel elke maand je inkomsten doorgeven.

U moet UITERLIJK 1 mei betalen, op grond van artikel 4:5 Awb. Bij het indienen van Uw
aanvraag heeft u [het formulier](https://www.lindenburg.nl/formulier) gebruikt, dat door
de afdeling werd verstuurd.

Met vriendelijke groet,

Sanne Bakker
"""


@pytest.mark.parametrize("suffix,newline", [(".md", "\n"), (".txt", "\n"), (".txt", "\r\n"), (".md", "\r")])
def test_text_findings_point_at_their_text(suffix, newline, tmp_path, linter):
    path = tmp_path / f"brief{suffix}"
    path.write_bytes(LOCATION_BODY.replace("\n", newline).encode("utf-8"))
    result = next(iter(linter.lint_paths([str(path)])))
    rules = {finding.rule for finding in result.findings}
    assert {"TO02", "SY01", "TO01", "TO04", "RD01"} <= rules
    lines = _source_lines(str(path))
    problems = [p for f in result.findings if (p := _check_span(lines, f, suffix == ".md"))]
    assert not problems, "\n".join(problems)


def test_capital_u_in_markdown_points_at_the_u_itself(tmp_path, linter):
    path = tmp_path / "brief.md"
    path.write_text(LOCATION_BODY, encoding="utf-8")
    result = next(iter(linter.lint_paths([str(path)])))
    lines = _source_lines(str(path))
    spots = sorted((f.location.line, f.location.column) for f in result.findings if f.rule == "TO02")
    assert [lines[line - 1][column - 1:column + 1] for line, column in spots] == ["Uw"] * len(spots)
    assert [line for line, _ in spots] == [3, 5, 10]


def test_corpus_text_findings_point_at_their_text(corpus_sample):
    checked, problems = 0, []
    for path, result in corpus_sample.items():
        if result.error or not path.endswith((".txt", ".md")):
            continue
        lines = _source_lines(path)
        for finding in result.findings:
            checked += 1
            problem = _check_span(lines, finding, path.endswith(".md"))
            if problem:
                problems.append(f"{path}: {problem}")
    assert checked > 50
    assert not problems, "\n".join(problems[:20])


def _docx_paragraphs(path: str) -> dict[str, list[str]]:
    """Paragraph texts per part, numbered like letterlint documents them."""
    document = docx.Document(path)
    parts = {"body": [p.text for p in document.paragraphs], "table": []}

    def walk(table):
        seen = []
        for row in table.rows:
            for cell in row.cells:
                if any(cell._tc is other for other in seen):
                    continue
                seen.append(cell._tc)
                parts["table"].extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    walk(inner)

    for table in document.tables:
        walk(table)
    return parts


def _check_docx(path: str, result) -> list[str]:
    paragraphs = _docx_paragraphs(path)
    problems = []
    for finding in result.findings:
        where = finding.as_dict()
        assert where["paragraph"] == where["line"] and where["offset"] == where["column"] - 1
        if where["part"] not in paragraphs:
            continue
        text = paragraphs[where["part"]][where["paragraph"] - 1].replace("\t", " ")
        span = text[where["offset"]: where["end_column"] - 1]
        if " … " in finding.text:
            ok = span.startswith(finding.text.split(" … ")[0]) and span.endswith(finding.text.split(" … ")[-1])
        else:
            ok = span == finding.text
        if not ok:
            problems.append(f"{path} {finding.rule} {where['part']} alinea {where['paragraph']} "
                            f"offset {where['offset']}: {finding.text!r} != {span!r}")
    return problems


def test_docx_findings_point_at_paragraph_and_offset(tmp_path, linter):
    word = docx.Document()
    word.add_paragraph("Geachte heer Jansen,")
    word.add_paragraph("")
    word.add_paragraph("Wij hebben Uw aanvraag ontvangen. Uw aanvraag wordt door ons beoordeeld.")
    word.add_heading("Wat gebeurt er met Uw aanvraag?", level=2)
    word.add_paragraph("De aanvraag wordt door de consulent van de afdeling Werk en Inkomen van de gemeente "
                       "Lindenburg in de komende weken zorgvuldig bekeken en beoordeeld.", style="List Bullet")
    word.add_paragraph("U moet UITERLIJK 1 mei betalen, op grond van artikel 4:5 Awb.")
    word.add_paragraph("Met vriendelijke groet,")
    word.add_paragraph("Sanne Bakker")
    path = tmp_path / "brief.docx"
    word.save(path)
    result = next(iter(linter.lint_paths([str(path)])))
    assert {"TO02", "SY01", "TO04", "RD01", "TO05"} <= {f.rule for f in result.findings}
    capital = sorted((f.location.paragraph, f.location.offset) for f in result.findings if f.rule == "TO02")
    assert capital == [(3, 11), (4, 19)]
    problems = _check_docx(str(path), result)
    assert not problems, "\n".join(problems)


def test_docx_table_findings_point_at_the_cell_paragraph(tmp_path, linter):
    word = docx.Document()
    word.add_paragraph("Geachte heer Jansen,")
    word.add_paragraph("U krijgt bijzondere bijstand voor een nieuwe wasmachine. Hieronder staat het overzicht.")
    table = word.add_table(rows=3, cols=2)
    cells = [("Bedrag", "€ 450"), ("Betaaldag", "25 maart 2026"),
             ("Toelichting", "Wij hebben Uw aanvraag van 3 maart 2026 voor een nieuwe wasmachine goed bekeken.")]
    for row, (label, value) in enumerate(cells):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = value
    word.add_paragraph("Met vriendelijke groet,")
    word.add_paragraph("Sanne Bakker")
    path = tmp_path / "brief.docx"
    word.save(path)
    result = next(iter(linter.lint_paths([str(path)])))
    capital = [f for f in result.findings if f.rule == "TO02"]
    assert [(f.location.part, f.location.paragraph, f.location.offset) for f in capital] == [("table", 6, 11)]
    problems = _check_docx(str(path), result)
    assert not problems, "\n".join(problems)


def test_corpus_docx_findings_point_at_paragraph_and_offset(corpus_sample):
    docx_results = {p: r for p, r in corpus_sample.items() if p.endswith(".docx") and not r.error}
    if not docx_results:
        pytest.skip("corpus/ has no .docx letters")
    problems = [problem for path, result in docx_results.items() for problem in _check_docx(path, result)]
    assert sum(len(r.findings) for r in docx_results.values()) > 20
    assert not problems, "\n".join(problems[:20])


def test_no_finding_message_has_an_unfilled_placeholder(corpus_sample):
    unfilled = [(path, f.rule, f.message) for path, result in corpus_sample.items() for f in result.findings
                if re.search(r"\{\w+\}", f.message)]
    assert not unfilled, unfilled[:10]


def test_return_address_line_above_the_recipient_stays_with_the_sender():
    """Word letters often print 'Retouradres: Postbus …' directly above the recipient, with no
    empty paragraph between: the recipient is still found as its own address block."""
    from letterlint.reading.sources import parse_text_lines, SourceDocument

    text = ("Gemeente Lindenburg\nBelastingen | Team Kwijtschelding\nRetouradres: Postbus 1200, 4799 ZZ Lindenburg\n"
            "Mevrouw J.M. Hoekstra\nVlierbesstraat 9\n4793 LP Lindenburg\nDatum: 24 maart 2026\n\n"
            "Geachte mevrouw Hoekstra,\n\nU krijgt geen kwijtschelding.\n")
    letter = build_letter(SourceDocument("brief.txt", "text", parse_text_lines(text, markdown=False)))
    recipients = letter.blocks_of(BlockKind.RECIPIENT)
    assert [line.text for line in recipients[0].lines] == ["Mevrouw J.M. Hoekstra", "Vlierbesstraat 9", "4793 LP Lindenburg"]


def _running(text: str, tmp_path) -> list[tuple[K, str]]:
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    letter = build_letter(read_document(str(path)))
    return [(block.kind, block.text) for block in letter.running_blocks]


HEADED = """Gemeente Lindewaard
Postbus 200
4100 AB Lindewaard

De heer B. Kaya
Populierenlaan 3
4106 NP Lindewaard

Geachte heer Kaya,

Op 3 november 2026 hebben wij uw aanvraag ontvangen.

Besluit
Wij hebben besloten uw aanvraag af te wijzen. U voldoet niet aan de voorwaarden.

Begin nog niet met bouwen
U mag pas bouwen als u de vergunning heeft. Begint u eerder? Dan kunt u een boete krijgen.

Bent u het niet eens met de aanslag of met de WOZ-waarde?
Dan kunt u binnen 6 weken bezwaar maken.

Met vriendelijke groet,

Sanne Bakker
"""


def test_a_short_line_without_punctuation_above_running_text_is_a_heading(tmp_path):
    running = _running(HEADED, tmp_path)
    headings = [text for kind, text in running if kind is K.HEADING]
    assert headings == ["Besluit", "Begin nog niet met bouwen",
                        "Bent u het niet eens met de aanslag of met de WOZ-waarde?"]
    assert (K.PARAGRAPH, "Wij hebben besloten uw aanvraag af te wijzen. U voldoet niet aan de voorwaarden.") in running


def test_a_hard_wrapped_sentence_is_no_heading(tmp_path):
    wrapped = HEADED.replace(
        "Op 3 november 2026 hebben wij uw aanvraag ontvangen.",
        "Wij hebben uw aanvraag voor een\nvergunning op 3 november 2026 ontvangen en\nbekeken. "
        "Wij nemen een besluit\nBinnen acht weken na ontvangst, zoals de wet zegt.")
    running = _running(wrapped, tmp_path)
    assert not any(kind is K.HEADING and text.startswith(("Wij hebben", "Wij nemen")) for kind, text in running)


def test_aan_de_bewoners_van_above_an_address_is_the_recipient_not_the_salutation(tmp_path):
    text = HEADED.replace("De heer B. Kaya\nPopulierenlaan 3", "Aan de bewoner(s) van\nPopulierenlaan 3")
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    letter = build_letter(read_document(str(path)))
    assert [b.text for b in letter.blocks if b.kind is K.SALUTATION] == ["Geachte heer Kaya,"]
    assert any(b.kind is K.RECIPIENT and b.text.startswith("Aan de bewoner(s) van") for b in letter.blocks)


def test_aan_de_bewoners_as_an_opening_line_is_the_salutation(tmp_path):
    text = HEADED.replace("Geachte heer Kaya,", "Aan de bewoners van de Populierenlaan,")
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    letter = build_letter(read_document(str(path)))
    assert [b.text for b in letter.blocks if b.kind is K.SALUTATION] == ["Aan de bewoners van de Populierenlaan,"]


def test_a_heading_right_under_a_paragraph_line_that_ends_a_sentence_is_a_heading(tmp_path):
    text = HEADED.replace(
        "Op 3 november 2026 hebben wij uw aanvraag ontvangen.\n\nBesluit\n",
        "Op 3 november 2026 hebben wij uw aanvraag ontvangen.\nBesluit\n").replace(
        "Dan kunt u een boete krijgen.\n\n", "Dan kunt u een boete krijgen.\n")
    running = _running(text, tmp_path)
    headings = [t for kind, t in running if kind is K.HEADING]
    assert headings == ["Besluit", "Begin nog niet met bouwen",
                        "Bent u het niet eens met de aanslag of met de WOZ-waarde?"]
    assert (K.PARAGRAPH, "Op 3 november 2026 hebben wij uw aanvraag ontvangen.") in running


NUMBERED_HEADINGS = """Gemeente Wierdenveld
Postbus 10
9999 ZZ Wierdenveld

De heer B. Kaya
Populierenlaan 3
9999 AB Wierdenveld

Geachte heer Kaya,

Wij hebben twee besluiten genomen over uw bijstand.

1. Terugvordering

U moet € 310,00 terugbetalen. Wij houden dit bedrag in op uw uitkering.

2. Boete

Wij leggen u een boete op van € 150,00. Dit besluit noemen wij hierna het besluit onder 2.

Dit zijn de stukken die wij hebben gebruikt:

1. Uw loonstroken

2. Uw bankafschriften

Stuur ons ook uw huurcontract.

Dit stuk missen wij nog:

1. Uw jaaropgaaf

Stuur het vóór 1 mei.

Met vriendelijke groet,

Sanne Bakker
"""


def test_a_numbered_line_alone_between_paragraphs_is_a_heading_not_a_list_of_one(tmp_path):
    running = _running(NUMBERED_HEADINGS, tmp_path)
    headings = [text for kind, text in running if kind is K.HEADING]
    assert headings == ["Terugvordering", "Boete"]


def test_numbered_items_separated_by_blank_lines_stay_list_items(tmp_path):
    running = _running(NUMBERED_HEADINGS, tmp_path)
    items = [text for kind, text in running if kind is K.LIST_ITEM]
    assert items == ["Uw loonstroken", "Uw bankafschriften", "Uw jaaropgaaf"]


_TABLE_UNDER_INTRO = """Gemeente Wierdenveld

Geachte heer Kok,

U moet de volgende bedragen betalen. Het bedrag is als volgt opgebouwd:
leges omgevingsvergunning      € 412,00
kosten welstandsadvies         € 85,00
totaal                         € 497,00

Met vriendelijke groet,

Team Vergunningen
"""


def test_a_table_glued_under_its_introduction_is_a_block_of_its_own(tmp_path, linter):
    path = tmp_path / "brief.txt"
    path.write_text(_TABLE_UNDER_INTRO, encoding="utf-8")
    letter = build_letter(read_document(str(path)))
    texts = [block.text for block in letter.running_blocks]
    assert "U moet de volgende bedragen betalen. Het bedrag is als volgt opgebouwd:" in texts
    assert any(text.startswith("leges omgevingsvergunning") and text.endswith("€ 497,00") for text in texts)
    # the rows are no long sentence
    result = next(iter(linter.lint_paths([str(path)])))
    assert not [f for f in result.findings if f.rule == "RD01"]


def test_a_paragraph_with_a_colon_and_prose_after_it_stays_one_block(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(_TABLE_UNDER_INTRO.replace(
        "leges omgevingsvergunning      € 412,00\nkosten welstandsadvies         € 85,00\ntotaal                         € 497,00",
        "de leges voor de vergunning en\nde kosten van het welstandsadvies van de commissie\nsamen € 497,00."), encoding="utf-8")
    letter = build_letter(read_document(str(path)))
    assert any("opgebouwd:\nde leges" in block.text for block in letter.running_blocks)
