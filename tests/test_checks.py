"""The checks on real Dutch letter sentences, the sections, and readability on the corpus."""

from __future__ import annotations

import pytest

from letterlint.config import Config
from letterlint.engine.linter import Linter
from letterlint.findings import Severity
from letterlint.readability import shown_score

from conftest import CASE_FILE, CORPUS, RULES, corpus_letters, findings_of

# --------------------------------------------------------------------------- RD01 long sentences

# Real sentences with a known number of words (numbers count as words).
WORDS_20 = ("Wij hebben uw aanvraag voor bijzondere bijstand op 3 maart ontvangen en wij sturen u binnen "
            "twee weken een brief.")
WORDS_21 = WORDS_20.replace("een brief.", "een nieuwe brief.")
WORDS_30 = WORDS_20.replace("een brief.", "een brief met ons besluit over de kosten van uw nieuwe wasmachine.")
WORDS_31 = WORDS_20.replace("een brief.", "een brief met ons besluit over de kosten van uw wasmachine en droger.")


@pytest.mark.parametrize("sentence,words,severity", [
    (WORDS_20, 20, None),
    (WORDS_21, 21, Severity.WARNING),
    (WORDS_30, 30, Severity.WARNING),
    (WORDS_31, 31, Severity.ERROR),
], ids=["20-none", "21-warning", "30-warning", "31-error"])
def test_long_sentence_warning_above_20_and_error_above_30_words(lint_body, sentence, words, severity):
    result = lint_body(sentence + " Heeft u vragen? Bel ons.")
    found = findings_of(result, "RD01")
    assert [record.words for record in result.sentences][0] == words
    if severity is None:
        assert found == []
    else:
        assert [f.severity for f in found] == [severity]
        assert f"{words} woorden" in found[0].message
        assert found[0].text == sentence


def test_long_sentence_limits_follow_rule_parameters(linter):
    strict = Linter(Config(rule_params={"RD01": {"warning_words": 10, "error_words": 20}}),
                    pack=linter.pack, pipeline=linter.pipeline)
    result = strict.lint_text(f"Geachte heer Jansen,\n\n{WORDS_20} {WORDS_21}\n", "brief.md")
    assert [f.severity for f in findings_of(result, "RD01")] == [Severity.WARNING, Severity.ERROR]


# --------------------------------------------------------------------------- SY01 passive voice


@pytest.mark.parametrize("sentence,verb", [
    ("Uw aanvraag wordt door ons beoordeeld.", "beoordeeld"),
    ("Het bedrag is door ons vastgesteld.", "vastgesteld"),
    ("De stukken moeten vóór 1 mei worden aangeleverd.", "aangeleverd"),
    ("Uw uitkering werd in maart stopgezet.", "stopgezet"),
])
def test_passive_voice_is_found(lint_body, sentence, verb):
    found = findings_of(lint_body(sentence), "SY01")
    assert len(found) == 1
    assert verb in found[0].text


@pytest.mark.parametrize("sentence", [
    "U bent verhuisd.",
    "De termijn is verlopen.",
    "U bent op 1 maart naar Lindenburg gekomen.",
    "Wij hebben uw aanvraag beoordeeld.",
    "Het is belangrijk dat u op tijd betaalt.",
    "Het is fijn dat u de formulieren verstuurt.",
])
def test_active_sentence_is_not_passive(lint_body, sentence):
    assert findings_of(lint_body(sentence), "SY01") == []


# --------------------------------------------------------------------------- JA01 jargon

needs_jargon = pytest.mark.skipif(not (RULES / "jargon.yaml").exists(), reason="rules/jargon.yaml is not there yet")


@needs_jargon
@pytest.mark.parametrize("sentence,words", [
    ("Wij dragen er zorg voor dat u uw geld op tijd krijgt.", ["dragen", "zorg"]),
    ("De gemeente draagt er zorg voor dat uw aanvraag snel wordt behandeld.", ["draagt", "zorg"]),
    ("Draagt u er zorg voor dat de papieren compleet zijn?", ["Draagt", "zorg"]),
    ("Wij hebben er zorg voor gedragen dat alles klopt.", ["zorg", "gedragen"]),
    ("Indien u vragen heeft, kunt u ons bellen.", ["Indien"]),
])
def test_jargon_is_found_in_inflected_and_split_forms(lint_body, sentence, words):
    found = findings_of(lint_body(sentence), "JA01")
    assert found, f"no JA01 in {sentence!r}"
    text = " ".join(f.text for f in found)
    for word in words:
        assert word in text, (word, text)
    assert all(f.suggestions for f in found)


@needs_jargon
def test_plain_words_are_not_jargon(lint_body):
    result = lint_body("Wij zorgen dat u uw geld op tijd krijgt. Als u vragen heeft, kunt u ons bellen.")
    assert findings_of(result, "JA01") == []


def test_own_rule_matches_inflected_and_separable_verbs(linter, tmp_path):
    (tmp_path / "huisstijl.yaml").write_text("""\
rules:
  - id: HS01
    name: huisstijl
    category: jargon
    severity: warning
    kind: substitution
    message: "Schrijf {alternatives} in plaats van '{match}'."
    rationale: "In onze huisstijl gebruiken wij gewone woorden die iedere inwoner kent en begrijpt."
    example: {bad: "Wij dragen zorg voor uw aanvraag.", good: "Wij zorgen voor uw aanvraag."}
    entries:
      - {match: "zorg {dragen} voor", alternatives: ["zorgen voor"]}
      - {match: "{toe_zenden}", alternatives: ["sturen"]}
""", encoding="utf-8")
    own = Linter(Config(rules_dirs=(str(tmp_path),), select=("HS01",)), pipeline=linter.pipeline)
    cases = {
        "Wij dragen er zorg voor dat u het geld krijgt.": "dragen … zorg … voor",
        "De gemeente draagt hier zorg voor.": "draagt … zorg … voor",
        "Wij droegen zorg voor uw aanvraag.": "droegen zorg voor",
        "Wilt u de stukken toezenden?": "toezenden",
        "Wij zenden u de stukken toe.": "zenden … toe",
        "Wij hebben u de stukken toegezonden.": "toegezonden",
        "Wij vragen u de stukken toe te zenden.": "toe te zenden",
    }
    for sentence, text in cases.items():
        result = own.lint_text(f"Geachte heer Jansen,\n\n{sentence}\n", "brief.md")
        assert [f.text for f in result.findings] == [text], sentence
    other = own.lint_text("Geachte heer Jansen,\n\nU draagt de kosten. Zorg voor een kopie.\n", "brief.md")
    assert other.findings == []


# --------------------------------------------------------------------------- tone


def test_capital_u_mid_sentence_is_flagged_with_lower_case_fix(lint_body):
    result = lint_body("Wij hebben Uw aanvraag ontvangen. Wij bellen U volgende week.")
    found = findings_of(result, "TO02")
    assert [(f.text, f.suggestions) for f in found] == [("Uw", ("uw",)), ("U", ("u",))]


@pytest.mark.parametrize("text", [
    "U krijgt een uitkering. Uw aanvraag is compleet.",
    "Heeft u vragen? U kunt ons bellen.",
    "Let op: U moet vóór 1 mei betalen.",
])
def test_capital_u_at_sentence_start_is_fine(lint_body, text):
    assert findings_of(lint_body(text), "TO02") == []


def test_u_and_je_mixed_is_flagged_once(lint_body):
    result = lint_body("U krijgt een uitkering. Je moet wel elke maand je inkomsten doorgeven. U kunt dat online doen.")
    found = findings_of(result, "TO01")
    assert len(found) == 1
    assert found[0].text == "Je"


@pytest.mark.parametrize("text", [
    "U krijgt een uitkering. U moet wel elke maand uw inkomsten doorgeven.",
    "Je krijgt een uitkering. Je moet wel elke maand je inkomsten doorgeven.",
])
def test_one_form_of_address_is_fine(lint_body, text):
    assert findings_of(lint_body(text), "TO01") == []


def test_law_article_without_explanation_is_flagged(lint_body):
    found = findings_of(lint_body("Uw uitkering stopt op grond van artikel 54 lid 3 Participatiewet."), "TO05")
    assert [f.text for f in found] == ["artikel 54 lid 3 Participatiewet"]


def test_law_article_match_ends_at_the_law_name(lint_body):
    result = lint_body("Indien u niet aan deze verplichting voldoet, kan uw bijstand op grond van artikel 54, "
                       "derde lid, van de Participatiewet worden herzien.")
    assert [f.text for f in findings_of(result, "TO05")] == ["artikel 54, derde lid, van de Participatiewet"]


@pytest.mark.parametrize("text", [
    "U krijgt twee weken extra om de papieren te sturen (artikel 4:5 Awb).",
    "U krijgt twee weken extra om de papieren te sturen (zie artikel 4:5 van de Awb).",
    "U krijgt geen bijstand op grond van artikel 11 Participatiewet. Dat betekent dat u te veel spaargeld heeft.",
])
def test_law_article_with_explanation_is_not_flagged(lint_body, text):
    assert findings_of(lint_body(text), "TO05") == []


# --------------------------------------------------------------------------- sections

BESLUIT = """\
Geachte mevrouw De Vries,

U krijgt bijzondere bijstand voor een nieuwe wasmachine. Dat hebben wij besloten, omdat uw inkomen te laag is om de wasmachine zelf te betalen.

Wij storten € 450 binnen 2 weken op uw rekening.

{objection}

{contact}

Met vriendelijke groet,

Sanne Bakker
consulent Werk en Inkomen
"""
OBJECTION = ("Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken. Stuur een brief "
             "naar Postbus 1450, 7390 HA Lindenburg.")
NAMED_CONTACT = "Heeft u vragen? Bel dan Sanne Bakker op 0570 123 456."


def lint_besluit(linter, objection: str = OBJECTION, contact: str = NAMED_CONTACT):
    result = linter.lint_text(BESLUIT.format(objection=objection, contact=contact), "besluit.txt", "text")
    assert result.structure.letter_type == "besluit"
    return result


@pytest.mark.parametrize("contact", [
    NAMED_CONTACT,
    "Heeft u vragen? Mail dan mevrouw S. Bakker: s.bakker@lindenburg.nl.",
    "Heeft u vragen? Bel dan met mevrouw Bakker, telefoon 0570 123 456.",
])
def test_named_person_with_direct_line_is_contact_named_person(linter, contact):
    result = lint_besluit(linter, contact=contact)
    assert result.structure.sections["contact"] is True
    assert result.structure.sections["contact_named_person"] is True
    assert findings_of(result, "ST05") == []


@pytest.mark.parametrize("contact", [
    "Heeft u vragen? Bel dan de gemeente op 14 036.",
    "Heeft u vragen? Mail dan naar info@lindenburg.nl.",
])
def test_general_number_or_mailbox_is_contact_but_no_named_person(linter, contact):
    result = lint_besluit(linter, contact=contact)
    assert result.structure.sections["contact"] is True
    assert result.structure.sections["contact_named_person"] is False
    assert len(findings_of(result, "ST05")) == 1


def test_letter_without_any_contact_gets_st04_not_st05(linter):
    result = lint_besluit(linter, contact="")
    assert result.structure.sections["contact"] is False
    assert [f.severity for f in findings_of(result, "ST04")] == [Severity.ERROR]
    assert findings_of(result, "ST05") == []


@pytest.mark.parametrize("objection,present", [
    (OBJECTION, True),
    ("Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken via "
     "www.lindenburg.nl/bezwaar.", True),
    ("", False),
    ("U kunt bezwaar maken tegen dit besluit.", False),
    ("U kunt binnen 6 weken bezwaar maken tegen dit besluit.", False),
    ("Bent u het niet eens met dit besluit? Stuur dan een brief naar Postbus 1450, 7390 HA Lindenburg.", False),
], ids=["term-and-letter", "term-and-website", "none", "neither", "term-only", "how-only"])
def test_objection_needs_both_term_and_how(linter, objection, present):
    result = lint_besluit(linter, objection=objection)
    assert result.structure.sections["objection"] is present
    assert len(findings_of(result, "ST03")) == (0 if present else 1)


def test_reason_about_the_reader_counts_and_law_alone_does_not(linter):
    with_reason = lint_besluit(linter)
    assert with_reason.structure.sections["reason"] is True
    law_only = linter.lint_text(BESLUIT.replace(
        "Dat hebben wij besloten, omdat uw inkomen te laag is om de wasmachine zelf te betalen.",
        "Dit besluit is genomen op grond van artikel 35 van de Participatiewet.").format(
        objection=OBJECTION, contact=NAMED_CONTACT), "besluit.txt", "text")
    assert law_only.structure.sections["reason"] is False
    assert len(findings_of(law_only, "ST06")) == 1


# --------------------------------------------------------------------------- corpus readability


def _long_sentence_rewrites() -> set[str]:
    """Cases whose B1 version carries the labelled flaw 'long_sentences' (plain words, sentences of
    30-45 words): by design not easier in sentence length than their original."""
    import yaml

    return {gold.name.split("-b1")[0] for gold in CORPUS.rglob("*-b1.gold.yaml")
            if yaml.safe_load(gold.read_text(encoding="utf-8")).get("imperfection") == "long_sentences"}


def test_every_corpus_original_scores_harder_than_its_b1_rewrite(linter):
    letters = corpus_letters()
    if not letters:
        pytest.skip("corpus/ has no letters")
    # readability does not depend on the rules; skip the phrase matcher to keep this fast
    readability_only = Linter(Config(select=("RD04",)), pack=linter.pack, pipeline=linter.pipeline)
    scores: dict[str, dict[str, float]] = {}
    levels: dict[str, str] = {}
    for result in readability_only.lint_paths([str(path) for path in letters]):
        assert result.error is None, f"{result.path}: {result.error}"
        match = CASE_FILE.match(result.path.rsplit("/", 1)[-1])
        scores.setdefault(match["case"], {})[match["version"]] = result.readability.score
        if match["version"] == "b1":
            levels[match["case"]] = result.readability.level
    incomplete = sorted(case for case, pair in scores.items() if len(pair) != 2)
    assert not incomplete, f"cases without both versions: {incomplete}"
    flawed = _long_sentence_rewrites()
    wrong = {case: pair for case, pair in sorted(scores.items())
             if case not in flawed and not pair["origineel"] < pair["b1"]}
    assert len(scores) >= 10 and len(flawed) >= 2
    assert not wrong, f"original not harder than its B1 rewrite (score, higher = easier): {wrong}"
    # a 'B1' version made of 30-45-word sentences is never scored B1 or easier: headings do not hide it
    assert {case: levels[case] for case in flawed if levels[case] in ("A2", "B1")} == {}


_LONG_PARAGRAPH = ("Naar aanleiding van uw aanvraag om bijzondere bijstand voor de kosten van een nieuwe wasmachine "
                   "hebben wij op grond van de door u overgelegde stukken vastgesteld dat u niet beschikt over "
                   "voldoende middelen om deze kosten zelf te betalen.")


def test_question_headings_do_not_make_a_letter_easier(linter):
    """A heading is no sentence: five short question headings above the same paragraphs leave the score
    where it was (they would otherwise pull the average sentence length down)."""
    plain = f"Geachte heer Jansen,\n\n{_LONG_PARAGRAPH}\n\n{_LONG_PARAGRAPH}\n\nMet vriendelijke groet,\n\nP. de Vries\n"
    headed = (f"Geachte heer Jansen,\n\n## Wat hebben wij besloten?\n\n{_LONG_PARAGRAPH}\n\n## Waarom?\n\n"
              f"{_LONG_PARAGRAPH}\n\n## Wat moet u doen?\n\n## Heeft u vragen?\n\n## Bent u het niet eens?\n\n"
              "Met vriendelijke groet,\n\nP. de Vries\n")
    before, after = linter.lint_text(plain).readability, linter.lint_text(headed).readability
    assert after.score == before.score and after.sentences == before.sentences == 2


def test_a_text_of_headings_only_is_still_scored_on_them(linter):
    result = linter.lint_text("## Uw aanvraag om bijzondere bijstand voor een wasmachine\n\n## Wat moet u doen\n")
    assert result.readability.sentences == 2


def test_syllables_and_flesch_douma_constants_equal_textstats_dutch_counts():
    """letterlint counts syllables with Pyphen itself (importing textstat costs a second of cold start);
    the counts and the Douma constants must stay exactly textstat's for Dutch."""
    from textstat.backend.counts import count_syllables
    from textstat.backend.utils import get_lang_cfg

    from letterlint.readability import FLESCH_DOUMA, syllables

    words = ["bijstandsuitkering", "onverwijld", "u", "heeft", "ingevolge", "Participatiewet", "e-mail",
             "14-daagse", "aanvraag.", "'s", "gemeentelijke", "belastingaanslag", "wij"]
    for word in words:
        assert syllables(word) == max(1, count_syllables(word, "nl")), word
    assert FLESCH_DOUMA == tuple(get_lang_cfg("nl", key) for key in ("fre_base", "fre_sentence_length", "fre_syll_per_word"))


def test_bank_code_inside_an_iban_is_not_shouting_but_a_capitalised_word_is(lint_body):
    body = ("Maak het bedrag over naar rekeningnummer NL12 BANK 0123 4567 89 van de gemeente. "
            "Doe dat HEEL snel.")
    flagged = [finding.text for finding in findings_of(lint_body(body), "TO04")]
    assert flagged == ["HEEL"]


@pytest.mark.parametrize("body", [
    "U heeft gevraagd om Nederlander te worden.",
    "U heeft ons gevraagd om lid te worden van de cliëntenraad.",
])
def test_worden_meaning_become_after_an_active_perfect_is_not_passive(lint_body, body):
    assert not findings_of(lint_body(body), "SY01")


@pytest.mark.parametrize("body", [
    "De aanslag dient binnen twee maanden betaald te worden.",
    "Uw aanvraag is door ons afgewezen.",
    "De documenten moeten vóór 1 mei worden aangeleverd.",
])
def test_passive_with_te_worden_or_an_agent_is_still_found(lint_body, body):
    assert findings_of(lint_body(body), "SY01")


@pytest.mark.parametrize("score, shown, level", [(96.8, "96,8", "B1"), (97.2, "97", "A2"), (66.4, "66,4", "B1"),
                                                 (66.2, "66", "B2"), (80.4, "80", "B1")])
def test_a_shown_score_never_rounds_across_a_level_bound(linter, score, shown, level):
    model = linter.readability_model
    assert model.level(score) == level
    assert shown_score(score, model) == shown
