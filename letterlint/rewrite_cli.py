"""``letterlint rewrite``: propose a B1 version of an original letter from the department templates."""

from __future__ import annotations

import sys
from pathlib import Path

import click

OUT_SUFFIXES = (".md", ".docx", ".html")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.exists() and a.samefile(b))
    except OSError:
        return False


@click.command(name="rewrite")
@click.argument("letter", type=click.Path(dir_okay=False))
@click.option("--department", "-d", help="Afdeling (bijvoorbeeld werk-en-inkomen). Zonder deze optie kiest letterlint zelf.")
@click.option("--type", "-t", "letter_type",
              help="Sjabloon om te gebruiken (bijvoorbeeld vth/weigering-omgevingsvergunning), in plaats van herkennen.")
@click.option("--out", "-o", "out_path", type=click.Path(dir_okay=False),
              help="Schrijf het voorstel naar dit bestand (.md, .docx of .html) in plaats van naar het scherm.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuratiebestand.")
def rewrite_command(letter, department, letter_type, out_path, config_path) -> None:
    """Maak een voorstel voor een B1-versie van een brief, met het sjabloon van de afdeling.

    letterlint herkent het soort brief, haalt de gegevens uit de brief (datum, kenmerk, bedragen,
    besluit, reden, termijn, contactpersoon) en vult het sjabloon. Wat niet in de brief staat,
    verzint letterlint niet: daar staat dan [invullen: ...].
    """
    from .cli import _config, _console, _fail

    source = Path(letter)
    if out_path:
        target = Path(out_path)
        if target.suffix.lower() not in OUT_SUFFIXES:
            _fail(f"{target}: kies een bestand dat eindigt op .md, .docx of .html")
        if _same_file(source, target):
            _fail(f"{target}: dit is de brief zelf; kies een ander bestand voor het voorstel")
    config = _config(config_path)
    from .engine import Linter  # spaCy loads here, not for --help
    from .facts import FactRules
    from .nlp import ModelError
    from .rewriting import RewriteError, propose_rewrite, report_lines
    from .rulepack import RulePackError
    from .templating import TemplateError, TemplateLibrary

    try:
        linter = Linter(config)
        result = next(iter(linter.lint_paths([letter])), None)
        if result is None:
            _fail(f"{letter}: geen brief gevonden (.txt, .md of .docx)")
        if result.error:
            _fail(f"{result.path}: {result.error}")
        library = TemplateLibrary()
        rewrite = propose_rewrite(linter, result, department=department, letter_type=letter_type,
                                  library=library, rules=FactRules.for_linter(linter))
    except (ModelError, RulePackError, TemplateError, RewriteError) as exc:
        _fail(str(exc))
        raise  # unreachable
    report = "\n".join(report_lines(rewrite))
    if not out_path:
        sys.stdout.write(rewrite.markdown)
        _console(stderr=True).print(report, markup=False)
        return
    _write(rewrite, library, Path(out_path))
    _console().print(f"Voorstel geschreven naar {out_path}.\n{report}", markup=False)


def _write(rewrite, library, target: Path) -> None:
    from .cli import _fail
    from .writers import WriteError, write_letter

    try:
        write_letter(rewrite.markdown, target, library.department(rewrite.department_id))
    except WriteError as exc:
        _fail(str(exc))
