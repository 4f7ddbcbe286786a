"""The classes red team 17 found out of sample (tests/data/redteam17/FINDINGS-1a8766c.md):

- a condition of two coordinated clauses made a question put the finite verb before a noun that was
  the object of the second clause ("Indien u een verzoek heeft ingediend en het college daarvan in kennis
  heeft gesteld" became "Heeft u … ingediend en heeft het college daarvan in kennis gesteld?", so the
  college did the informing; 04-T16, misleading);
- "waartoe"/"daartoe" swapped for "waarvoor"/"daarvoor" with a verb or adjective of "tot" at the end of
  the clause ("waartoe u verplicht was", "waartoe … wordt gerekend"; 04-T2, 07-T10): never swapped now,
  check still reports them (tests/test_rewrite_redteam10.py)."""

from __future__ import annotations

from letterlint.rewrite.proposal import propose_rewrite

from conftest import rewrite_through_cli


def _proposal(linter, body: str):
    text = f"Geachte heer Timmer,\n\n{body}\n\nMet vriendelijke groet,\n\nA. Wolters\nhandhaver\n"
    return propose_rewrite(linter, linter.lint_text(text, "brief.txt", "text"), suggest=False)


def test_a_noun_after_en_in_a_condition_does_not_become_the_subject_of_a_question(cli, tmp_path):
    # the red-team letter itself, through the command a writer uses: the wrong question came from the
    # parse of the whole letter (the sentence alone, or in its paragraph, was parsed right before and
    # after the fix)
    markdown = rewrite_through_cli(cli, tmp_path, "redteam17/04_vth_last_onder_bestuursdwang_container_kostenverhaal.txt")
    assert "heeft het college daarvan in kennis gesteld" not in markdown
    assert "het college daarvan in kennis heeft gesteld" in markdown


def test_waartoe_with_verplicht_at_the_end_is_not_made_waarvoor(simplifier):
    result = simplifier.simplify("U bent niet verschenen op het gesprek van 3 november 2026, waartoe u op grond van "
                                 "artikel 17 van de Participatiewet verplicht was.")
    assert "waarvoor" not in " ".join(result.sentences)


def test_a_waartoe_clause_is_split_with_daartoe(simplifier):
    """The split keeps the "tot" that "waartoe" carries ("verplicht tot"): "Daartoe", not "Daarvoor"."""
    result = simplifier.simplify("U moet op het briefadres bereikbaar zijn en de post die daar voor u wordt bezorgd op "
                                 "tijd ontvangen, waartoe de briefadresgever zich bij de ondertekening van het formulier "
                                 "heeft verplicht.")
    assert result.sentences[-1] == ("Daartoe heeft de briefadresgever zich bij de ondertekening van het formulier "
                                    "verplicht.")
