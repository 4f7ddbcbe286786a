"""Sentence segmentation of letter text with the default pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "data" / "sentences_gold.txt"


def read_gold(path: Path) -> list[list[str]]:
    """Blocks of gold sentences: '#' lines are the header, a blank line ends a block, one sentence a line."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def sentences(pipeline, text: str) -> list[str]:
    return [span.text.strip() for span in pipeline(text).sents if span.text.strip()]


@pytest.fixture(scope="module")
def pipeline(linter):
    return linter.pipeline


def test_gold_sentence_boundaries_f1_at_least_097(pipeline):
    if not GOLD.exists():
        pytest.skip("tests/data/sentences_gold.txt is not there (yet)")
    blocks = read_gold(GOLD)
    assert len(blocks) >= 20, "the gold file should hold at least 20 paragraphs"
    true_positive = false_positive = false_negative = 0
    mistakes = []
    for block in blocks:
        text = " ".join(block)
        gold, position = set(), 0
        for sentence in block[:-1]:
            position += len(sentence) + 1
            gold.add(position)  # a boundary is the offset where a sentence starts (not the first)
        predicted = {span.start_char for span in pipeline(text).sents if span.start_char > 0 and span.text.strip()}
        true_positive += len(gold & predicted)
        false_positive += len(predicted - gold)
        false_negative += len(gold - predicted)
        if gold != predicted:
            mistakes.append(f"gold {block}\n     got {sentences(pipeline, text)}")
    precision = true_positive / ((true_positive + false_positive) or 1)
    recall = true_positive / ((true_positive + false_negative) or 1)
    f1 = 2 * precision * recall / ((precision + recall) or 1)
    assert f1 >= 0.97, (f"F1 {f1:.3f} (precision {precision:.3f}, recall {recall:.3f}) on {len(blocks)} "
                        f"paragraphs; wrong paragraphs:\n" + "\n".join(mistakes))


@pytest.mark.parametrize("text,expected", [
    ("Wij hebben o.a. uw loonstroken nodig. Stuur die vóór 1 mei 2026.",
     ["Wij hebben o.a. uw loonstroken nodig.", "Stuur die vóór 1 mei 2026."]),
    ("Stuur bijv. een kopie van uw paspoort. Dat kan ook per e-mail.",
     ["Stuur bijv. een kopie van uw paspoort.", "Dat kan ook per e-mail."]),
    ("Uw brief d.d. 3 maart 2026 hebben wij ontvangen. Wij reageren binnen 2 weken.",
     ["Uw brief d.d. 3 maart 2026 hebben wij ontvangen.", "Wij reageren binnen 2 weken."]),
    ("Stuur de brief t.a.v. Team Inkomen. Zij behandelen uw zaak.",
     ["Stuur de brief t.a.v. Team Inkomen.", "Zij behandelen uw zaak."]),
    ("Wilt u de stukken z.s.m. sturen? Dan kunnen wij verder.",
     ["Wilt u de stukken z.s.m. sturen?", "Dan kunnen wij verder."]),
    ("Het gaat om aanslag nr. 2026.0233. Betaal die vóór 1 mei.",
     ["Het gaat om aanslag nr. 2026.0233.", "Betaal die vóór 1 mei."]),
    ("Dit staat in art. 4:5 Awb en geldt voor iedereen. U krijgt dus twee weken extra.",
     ["Dit staat in art. 4:5 Awb en geldt voor iedereen.", "U krijgt dus twee weken extra."]),
    ("U moet € 1.234,56 betalen. Dat bedrag staat op de aanslag.",
     ["U moet € 1.234,56 betalen.", "Dat bedrag staat op de aanslag."]),
    ("Bel ons op 14 036. Wij zijn bereikbaar van 9.00 tot 17.00 uur.",
     ["Bel ons op 14 036.", "Wij zijn bereikbaar van 9.00 tot 17.00 uur."]),
    ("Mail naar j.de.vries@lindenburg.nl als u vragen heeft. Dat kan altijd.",
     ["Mail naar j.de.vries@lindenburg.nl als u vragen heeft.", "Dat kan altijd."]),
    ("Mail uw vragen naar info@lindenburg.nl. Wij antwoorden binnen 5 werkdagen.",
     ["Mail uw vragen naar info@lindenburg.nl.", "Wij antwoorden binnen 5 werkdagen."]),
    ("Bel mevrouw J. de Vries. Zij helpt u verder.", ["Bel mevrouw J. de Vries.", "Zij helpt u verder."]),
    ("Heeft u vragen? Bel ons. 's Avonds zijn wij gesloten.",
     ["Heeft u vragen?", "Bel ons.", "'s Avonds zijn wij gesloten."]),
], ids=["o.a.", "bijv.", "d.d.", "t.a.v.", "z.s.m.", "nr.", "art. 4:5 Awb", "amount", "14 036",
        "e-mail-mid", "e-mail-end", "initial", "'s"])
def test_letter_sentences_split_only_at_real_boundaries(pipeline, text, expected):
    assert sentences(pipeline, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("U krijgt twee weken extra op grond van artikel 4:5 Awb. Stuur de papieren vóór 1 mei.",
     ["U krijgt twee weken extra op grond van artikel 4:5 Awb.", "Stuur de papieren vóór 1 mei."]),
    ("Wij betalen het geld z.s.m. U hoeft daarvoor niets te doen.",
     ["Wij betalen het geld z.s.m.", "U hoeft daarvoor niets te doen."]),
    ("Dit staat in artikel 54, derde lid. Daarom stopt uw uitkering.",
     ["Dit staat in artikel 54, derde lid.", "Daarom stopt uw uitkering."]),
], ids=["Awb.", "z.s.m.", "lid."])
def test_abbreviation_that_ends_a_sentence_ends_it(pipeline, text, expected):
    assert sentences(pipeline, text) == expected


def test_wrapped_line_inside_a_paragraph_is_no_boundary(pipeline):
    text = "Wij hebben uw aanvraag\nontvangen en bekeken. U krijgt\nbinnen twee weken bericht."
    assert [" ".join(s.split()) for s in sentences(pipeline, text)] == [
        "Wij hebben uw aanvraag ontvangen en bekeken.", "U krijgt binnen twee weken bericht."]
