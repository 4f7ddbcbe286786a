"""Template control blocks ({% if … %} … {% endif %}) survive the rewrite, and lettered options
(A. / B.) stay a list (red team 8: letters 07 and 11). Own fictional letters."""

from __future__ import annotations

import re

import jinja2
import pytest
from jinja2.sandbox import SandboxedEnvironment

from letterlint.rewrite import control_blocks
from letterlint.rewrite.control_blocks import Unit, block_problems
from letterlint.rewrite.merge_fields import to_template
from letterlint.rewrite.proposal import propose_rewrite

SENDER = "Gemeente Lindewaard\nPostbus 10\n9999 ZZ Lindewaard\n\n"

PERMIT = SENDER + """{{ naam }}
{{ adres }}

Lindewaard, {{ datum_brief }}
Ons kenmerk: {{ zaaknummer }}
Onderwerp: uw aanvraag parkeervergunning

Geachte {{ aanhef }},

Wij hebben uw aanvraag voor een parkeervergunning voor bewoners op {{ datum_aanvraag }} ontvangen. Het college heeft besloten u een parkeervergunning te verlenen voor het kenteken {{ kenteken }} met ingang van {{ ingangsdatum }}.

De vergunning geldt alleen in zone C van de binnenstad. U betaalt voor de vergunning € 84,00 per jaar. Dit bedrag wordt in twee termijnen van uw rekening afgeschreven.

{% if tweede_auto %}U heeft ook een vergunning voor een tweede auto aangevraagd. Voor een tweede auto geldt een wachtlijst van ongeveer zes maanden.
{% endif %}
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders, Postbus 10, 9999 ZZ Lindewaard.

Heeft u vragen? Bel dan met {{ behandelaar }} op telefoonnummer 0599 123 456.

Met vriendelijke groet,

{{ ondertekenaar }}
"""

# a block over two paragraphs whose sentences belong under different headings (a remedy, a contact)
SPREAD = SENDER + """Geachte {{ aanhef }},

Het college heeft besloten uw aanvraag om een kapvergunning voor de eik in uw achtertuin aan de Beukenlaan 4 te weigeren, omdat de boom volgens het advies van de bomendeskundige gezond is en een grote waarde heeft voor de buurt.

{%- if met_bezwaar -%}
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college van burgemeester en wethouders, Postbus 10, 9999 ZZ Lindewaard.

Heeft u vragen over uw bezwaar? Bel dan met {{ behandelaar }} op telefoonnummer 0599 123 456.
{%- endif -%}

Wij wijzen u erop dat het kappen van de boom zonder vergunning verboden is. Als u de boom toch kapt, kan het college u een boete opleggen van ten hoogste € 4.500,00.

Met vriendelijke groet,

{{ ondertekenaar }}
"""


def _rewrite(linter, text: str, name: str = "sjabloon.txt"):
    result = linter.lint_text(text, name, "text")
    assert result.error is None, result.error
    return propose_rewrite(linter, result, suggest=False)


def _between(markdown: str, opening: str, closing: str) -> str:
    start = markdown.index(opening)
    return markdown[start + len(opening):markdown.index(closing, start)]


def test_a_glued_endif_is_cut_off_the_sentence_after_the_block():
    assert control_blocks.split_at_tags("Wij sturen u een kopie. {% endif %} Bent u het niet eens? Dan kunt u bezwaar maken.") == [
        "Wij sturen u een kopie. {% endif %}", "Bent u het niet eens? Dan kunt u bezwaar maken."]
    # a tag inside one sentence stays where it is
    inline = "U ontvangt {% if twee %}twee{% else %}één{% endif %} brieven."
    assert control_blocks.split_at_tags(inline) == [inline]


def test_a_remedy_after_an_if_block_stays_outside_it_and_the_block_keeps_its_own_sentences(linter):
    proposal = _rewrite(linter, PERMIT)
    assert proposal.ok, proposal.verification.problems
    inside = _between(proposal.markdown, "{% if tweede_auto %}", "{% endif %}")
    assert "tweede auto aangevraagd" in inside and "wachtlijst van ongeveer zes maanden" in inside
    assert "##" not in inside and "bezwaar" not in inside  # no heading, no remedy inside the block
    assert "{ %" not in proposal.markdown  # the simplifier did not tear a tag apart


def test_the_rewritten_template_renders_the_block_only_when_its_condition_holds(linter):
    proposal = _rewrite(linter, PERMIT)
    template, samples = to_template(proposal.markdown)
    assert "{% if extra.tweede_auto %}" in template and "tweede_auto" in samples
    env = SandboxedEnvironment(undefined=jinja2.StrictUndefined)
    for value in (True, False):
        letter = env.from_string(template).render(extra={**samples, "tweede_auto": value})
        assert ("wachtlijst" in letter) is value
        assert "bezwaar maken" in letter and "Heeft u vragen?" in letter  # never switched off with the block
        assert "{%" not in letter


def test_a_block_whose_sentences_belong_under_different_headings_keeps_the_letters_order(linter):
    proposal = _rewrite(linter, SPREAD)
    assert proposal.ok, proposal.verification.problems
    assert proposal.own_order
    inside = _between(proposal.markdown, "{%- if met_bezwaar -%}", "{%- endif -%}")
    assert "bezwaar maken" in inside and "Heeft u vragen over uw bezwaar?" in inside
    assert "##" not in inside and "boete" not in inside and "kapvergunning" not in inside


def test_the_verifier_refuses_a_block_that_took_in_a_heading_or_another_sentence():
    before = [Unit(("zin", 0), "Wij hebben uw aanvraag ontvangen."),
              Unit(("zin", 1), "{% if gemachtigde %}Een kopie gaat naar uw gemachtigde."),
              Unit(("zin", 2), "Wij schrijven alleen nog aan uw gemachtigde. {% endif %}"),
              Unit(("zin", 3), "U kunt binnen zes weken bezwaar maken.")]
    assert block_problems(before, list(before)) == []
    heading_inside = [before[0], before[1], Unit(("nieuw", "## Bent u het niet eens?"), "Bent u het niet eens?"),
                      before[3], before[2]]
    problems = block_problems(before, heading_inside)
    assert any("Bent u het niet eens?" in p and "{% if gemachtigde %}" in p for p in problems)
    assert any("bezwaar" in p for p in problems)  # the remedy now only reaches readers with a gemachtigde
    lost_tag = [before[0], before[1], Unit(("zin", 2), "Wij schrijven alleen nog aan uw gemachtigde."), before[3]]
    assert block_problems(before, lost_tag)
    swapped = [before[0], Unit(("zin", 2), "Wij schrijven alleen nog aan uw gemachtigde. {% endif %}"),
               Unit(("zin", 1), "{% if gemachtigde %}Een kopie gaat naar uw gemachtigde."), before[3]]
    assert block_problems(before, swapped)


OPTIONS = SENDER + """Geachte heer Jansen,

Op 3 maart 2026 hebben wij uw aanvraag voor bijzondere bijstand ontvangen. Daarin vraagt u om een vergoeding voor een nieuwe wasmachine.

U kunt kiezen hoe u het geld ontvangt:
A. Wij maken het bedrag van € 450,00 in één keer over op uw rekening.
B. Wij betalen de winkel rechtstreeks. U stuurt ons dan eerst de offerte van de winkel.

Laat ons binnen twee weken weten welke keuze u maakt. Als u niets laat weten, kiezen wij voor A.

Heeft u vragen? Bel dan met mevrouw De Vries op telefoonnummer 0599 123 456.

Met vriendelijke groet,

Sanne Bakker
consulent
"""


def test_lettered_options_stay_a_list_with_their_letters(linter):
    proposal = _rewrite(linter, OPTIONS, "opties.txt")
    assert proposal.ok, proposal.verification.problems
    lines = proposal.markdown.splitlines()
    a = next(line for line in lines if line.startswith("A. "))
    b = next(line for line in lines if line.startswith("B. "))
    assert "€ 450,00" in a and "rechtstreeks" in b and lines.index(b) == lines.index(a) + 1
    assert "U stuurt ons dan eerst" in b  # a second sentence in an option keeps its capital


def test_an_initial_at_the_start_of_a_line_is_no_lettered_list(linter):
    result = linter.lint_text(SENDER + "Geachte heer Jansen,\n\nUw aanvraag is behandeld door\n"
                              "A. de Wit, consulent Werk en Inkomen.\n\nMet vriendelijke groet,\n\nSanne Bakker\n",
                              "initiaal.txt", "text")
    assert not any(block.kind.value == "list_item" for block in result.letter.blocks)


def test_a_salutation_of_merge_fields_starts_the_body_and_a_loop_keeps_its_bullet(linter):
    # "{{ aanhef }} {{ achternaam }}," was no salutation, so the first paragraph and the list under it
    # were read as part of the header: copied without the rewrite, and "- {{ stuk }}" lost its bullet
    text = """Gemeente Wierdenveld
Postbus 990
0990 AA Wierdenveld

Datum: {{ verzenddatum }}
Onderwerp: uw aanvraag

{{ aanhef }} {{ achternaam }},

Op {{ datum_aanvraag }} heeft u bij ons een aanvraag ingediend voor bijzondere bijstand voor een wasmachine. U heeft deze stukken meegestuurd:
{% for stuk in stukken %}
- {{ stuk }}
{% endfor %}

Wij wijzen uw aanvraag af, omdat u de kosten zelf kunt betalen.

Met vriendelijke groet,

{{ naam_consulent }}
"""
    result = linter.lint_text(text, "sjabloon.md", "markdown")
    proposal = propose_rewrite(linter, result, suggest=False)
    assert proposal.ok, proposal.verification.problems
    assert "- {{ stuk }}" in proposal.markdown.splitlines()
    assert any("datum_aanvraag" in entry.original for entry in proposal.sentence_map)
