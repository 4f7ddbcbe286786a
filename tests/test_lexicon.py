"""Dutch word lists of the tokenizer, the letter model and the letter templates are data in
rules/lexicon/ (sentences.yaml, letter.yaml, register.yaml), read through the rule pack and checked
against a schema like every other rule file."""

from __future__ import annotations

import shutil

import pytest

from letterlint.reading.letter import is_metadata_line, line_patterns
from letterlint.rulepack import LEXICON_SCHEMAS, RulePackError, bundled_lexicon, bundled_rules_dir, load_rule_pack
from letterlint.templating.library import salutation, to_je


@pytest.mark.parametrize("name", ["sentences", "letter", "register", "verbs"])
def test_every_bundled_lexicon_fits_its_schema(name):
    assert name in LEXICON_SCHEMAS
    assert bundled_lexicon(name)


def test_abbreviations_from_the_lexicon_stay_one_token_and_end_no_sentence(linter):
    doc = linter.pipeline("Neem o.a. uw loonstroken mee naar dhr. Jansen. Daarna beslissen wij z.s.m. Wij bellen u.")
    assert [token.text for token in doc][:3] == ["Neem", "o.a.", "uw"]
    assert [sentence.text for sentence in doc.sents] == [
        "Neem o.a. uw loonstroken mee naar dhr. Jansen.", "Daarna beslissen wij z.s.m.", "Wij bellen u."]


def test_letter_lines_follow_the_lexicon_and_babel_month_names():
    assert is_metadata_line("Ons kenmerk: WI-2026-0412")
    assert is_metadata_line("Lindenburg, dinsdag 3 februari 2026")
    assert not is_metadata_line("Wij hebben uw aanvraag op 3 februari 2026 ontvangen.")
    assert line_patterns().salutation.match("Zeer geachte mevrouw Bakker,")
    assert line_patterns().closing.match("Met vriendelijke groeten,")


def test_register_lexicon_drives_salutation_and_the_switch_to_je():
    assert salutation({"name": "de heer P. de Wit"}) == "Beste heer De Wit"
    assert to_je("Heeft u vragen? Dan helpen wij u graag.") == "Heb je vragen? Dan helpen wij je graag."
    assert to_je("Wij bellen met u.") == "Wij bellen met jou."


def test_a_broken_lexicon_in_an_extra_folder_names_file_and_key(tmp_path):
    (tmp_path / "lexicon").mkdir()
    shutil.copy(bundled_rules_dir() / "lexicon" / "register.yaml", tmp_path / "lexicon" / "register.yaml")
    text = (tmp_path / "lexicon" / "register.yaml").read_text(encoding="utf-8")
    (tmp_path / "lexicon" / "register.yaml").write_text(text.replace("prepositions:", "voorzetsels:"),
                                                        encoding="utf-8")
    with pytest.raises(RulePackError, match=r"register\.yaml: onbekende sleutel 'voorzetsels'$"):
        load_rule_pack((str(tmp_path),))


def test_a_cue_that_is_no_regular_expression_is_refused(tmp_path):
    (tmp_path / "lexicon").mkdir()
    text = (bundled_rules_dir() / "lexicon" / "letter.yaml").read_text(encoding="utf-8")
    (tmp_path / "lexicon" / "letter.yaml").write_text(text.replace(r"^bijlage(?:n|\(n\))?\b", "^bijlage(n"),
                                                      encoding="utf-8")
    with pytest.raises(RulePackError, match=r"letter\.yaml: sleutel 'patterns\.attachments' is geen geldige reguliere"):
        load_rule_pack((str(tmp_path),))
