"""The role cues are only searched in sentences that contain a word every match needs
(letterlint.rewrite.prefilter, issue 16): a skipped search is one that would not have matched, so
the role scores are exactly those of searching every cue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_rewrite import LETTERS

from letterlint.rewrite.prefilter import may_match, required, searchable
from letterlint.rewrite.statements import RewriteRules

DEVELOPMENT = ["werk-en-inkomen", "vth", "burgerzaken", "belastingen"]
# characters that re.IGNORECASE matches across cases in ways str.lower() does not (ſ ~ s, ı ~ i,
# the Kelvin sign ~ k, µ ~ μ), capitals, accents, and text around the cue words
ODD = ["U kunt BEZWAAR MAKEN binnen zes weken.", "U kunt bezwaar maken.", "U kunt beſwaar maken of ſchriftelijk reageren.", "Een bezwaar ſchorſt de betaling niet.",
       "Heeft u vragen? Neem dan contact op.", "Hebt u vragen? Neem dan \u212aontact op.", "İnstellen van beroep kan bij de rechtbank.",
       "De rechtbank: beroep ınstellen.", "Wij hebben besloten uw aanvraag af te wijzen.", "Het bedrag is € 12,50 (µ-test).",
       "Wij stellen de WOZ-waarde vast op € 312.000.", "Contact: 14 0113.", "ÉÉN MOMENT: U MOET HET FORMULIER INVULLEN."]


def plain_scores(rules: RewriteRules, text: str) -> dict[str, float]:
    """The role scores searching every cue, as before the filter."""
    result = {}
    for role, cues in rules.roles.items():
        total = sum(weight for pattern, weight in cues if pattern.search(text))
        if total > 0:
            result[role] = total
    return result


def sentences() -> list[str]:
    texts = [*ODD]
    for letter in LETTERS.values():
        texts += re.split(r"(?<=[.?!])\s+", letter)
    repo = Path(__file__).resolve().parent.parent
    for folder in DEVELOPMENT:  # never corpus/heldout or corpus/blind
        for path in sorted((repo / "corpus" / folder).glob("*-origineel.*")):
            if path.suffix in (".md", ".txt"):
                texts += re.split(r"(?<=[.?!])\s+", path.read_text(encoding="utf-8"))
    return [text for text in texts if text.strip()]


@pytest.fixture(scope="module")
def rules(linter) -> RewriteRules:
    return RewriteRules.for_linter(linter)


def test_required_strings_of_simple_expressions():
    assert required(re.compile(r"\bbezwaar\s*(?:maken|indienen)", re.I)) == {"bezwaar"}
    assert required(re.compile(r"\b(?:u|je) (?:moet|dient)\b", re.I)) == {"moet", "dient"}
    assert required(re.compile(r"\bVOOR(?:lopige)? voorziening", re.I)) == {" voorziening"}
    assert required(re.compile(r"Besluit|besluit")) == {"Besluit", "besluit"}  # case kept when case matters
    assert required(re.compile(r"(?:wij )?besluiten", re.I)) == {"besluiten"}
    assert required(re.compile(r"a*|b", re.I)) is None  # may match the empty string: nothing is needed
    assert required(re.compile(r"(?i:ab)c", 0)) == {"c"}  # a group with its own flags is not read


def test_searchable_text_is_lower_case_only_where_it_means_ignore_case():
    assert searchable("Uw BEZWAAR, één reactie, € 5") == "uw bezwaar, één reactie, € 5"
    for odd in ("beſwaar", "ınstellen", "İnstellen", "\u212aontact", "µ"):
        assert searchable(odd) is None


def test_a_skipped_search_would_not_have_matched(rules):
    skipped = 0
    for text in sentences():
        folded = searchable(text)
        for cues in rules.roles.values():
            for pattern, _weight in cues:
                if not may_match(required(pattern), bool(pattern.flags & re.IGNORECASE), text, folded):
                    skipped += 1
                    assert not pattern.search(text), (pattern.pattern, text)
    assert skipped > 1000  # the filter does skip most searches


def test_role_scores_are_those_of_searching_every_cue(rules):
    texts = sentences()
    assert all(required(pattern) is not None for cues in rules.roles.values() for pattern, _w in cues)
    assert [rules.scores(text) for text in texts] == [plain_scores(rules, text) for text in texts]
    assert plain_scores(rules, ODD[3]) != plain_scores(rules, ODD[3].replace("ſ", "x"))  # "ſchorſt" is "schorst" to re


def test_directions_and_remedies_are_those_of_searching_every_expression(rules):
    """The direction and remedy expressions are filtered the same way (rules._matching)."""
    def plain(named: list[tuple[str, re.Pattern]], text: str) -> set[str]:
        return {name for name, pattern in named if pattern.search(text)}

    def plain_kinds(text: str) -> list[str]:
        found, covered = [], []
        for name, pattern in rules.remedy_types:
            for match in pattern.finditer(text):
                if any(start <= match.start() and match.end() <= end for start, end in covered):
                    continue
                covered.append(match.span())
                if name not in found:
                    found.append(name)
        return found

    named = [rules.directions, rules.remedy_types, rules.remedy_starts, rules.addressees, rules.remedy_notes]
    assert all(required(pattern) is not None for cues in named for _name, pattern in cues)
    texts = sentences()
    assert [rules.directions_of(text) for text in texts] == [plain(rules.directions, text) for text in texts]
    assert [rules.remedy_kinds(text) for text in texts] == [plain_kinds(text) for text in texts]
    assert [rules.remedy_details(text)[1:] for text in texts] == [
        (plain(rules.remedy_starts, text), plain(rules.addressees, text), plain(rules.remedy_notes, text))
        for text in texts]
    assert any(rules.directions_of(text) for text in texts) and any(rules.remedy_kinds(text) for text in texts)
