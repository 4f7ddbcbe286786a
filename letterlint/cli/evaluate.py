"""``letterlint eval`` (measure against gold annotations) and ``letterlint compare`` (two versions)."""

from __future__ import annotations

import io
import os

import click

from letterlint.cli.common import config_option, console, fail, load_config, model_option

from letterlint.evaluation import compare, scores
from letterlint.report.text import print_comparison, print_evaluation


@click.command(name="eval")
@click.argument("corpus_dirs", nargs=-1, required=True, metavar="CORPUS_DIR...")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), help="Uitvoer: text of json.")
@model_option
@config_option
@click.option("-v", "--verbose", is_flag=True, help="Toon alle gemiste en onterechte meldingen.")
@click.option("--rewrite", "rewrite_pattern", metavar="PATROON", default=None,
              help="Meet in plaats daarvan de herschrijvingen (letterlint rewrite) van de brieven in de mappen "
                   "die op PATROON passen, bijvoorbeeld '*/*-origineel.*' of '**/*.md' (relatief aan elke map).")
def eval_command(corpus_dirs, output_format, model, config_path, verbose, rewrite_pattern) -> None:
    """Meet letterlint tegen de gold-annotaties (*.gold.yaml) in een of meer mappen: P/R/F1 en meer."""

    config = load_config(config_path, model=model)
    for corpus_dir in corpus_dirs:
        if not os.path.isdir(corpus_dir):
            fail(f"{corpus_dir}: map bestaat niet")
    if rewrite_pattern:
        _eval_rewrite(list(corpus_dirs), rewrite_pattern, config, output_format or config.format, verbose)
        return
    report = scores.run(list(corpus_dirs), config)
    if (output_format or config.format) == "json":
        click.echo(scores.render_json(report))
    else:
        print_evaluation(console(), report, verbose)


def _eval_rewrite(corpus_dirs: list[str], pattern: str, config, output_format: str, verbose: bool) -> None:
    import json
    from pathlib import Path

    from letterlint.engine.linter import Linter
    from letterlint.reading.sources import SUPPORTED_SUFFIXES
    from letterlint.rewrite.measure import measure_paths

    paths = sorted(str(p) for corpus_dir in corpus_dirs for p in Path(corpus_dir).glob(pattern)
                   if p.suffix.lower() in SUPPORTED_SUFFIXES)
    if not paths:
        fail(f"{', '.join(corpus_dirs)}: geen brieven die passen op '{pattern}'")
    summary = measure_paths(Linter(config, keep_spans=True), paths)
    if output_format == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    out = console()
    rows = [
        ("brieven (herschreven)", f"{summary['letters']} ({summary['rewritten']})"),
        ("voorstel gecontroleerd en goed", f"{summary['verified_pct']} %"),
        ("feiten behouden bij hun rol", f"{summary['facts_kept_pct']} %"),
        ("niets verzonnen", f"{summary['nothing_invented_pct']} %"),
        ("rechtsmiddel gelijk", f"{summary['remedy_same_pct']} %"),
        ("strekking besluit gelijk", f"{summary['direction_same_pct']} %"),
        ("zinnen terug te vinden via de zinnenkaart", f"{summary['traceable_pct']} %"),
        ("voorstel op B1 of makkelijker (origineel)", f"{summary['b1_or_easier_pct']} % ({summary['b1_or_easier_before_pct']} %)"),
        ("zinnen van meer dan 20 woorden in het voorstel", f"{summary['long_sentences_pct']} %"),
        ("zinnen gemarkeerd met [herschrijven: …]", f"{summary['marked_pct']} %"),
        ("JA01 / SY01 ten opzichte van het origineel", f"{summary['ja01_ratio_pct']} % / {summary['sy01_ratio_pct']} %"),
        ("SY01 als waarschuwing (lange zin of 'door …')", f"{summary['sy01_warning_ratio_pct']} %"),
        ("zinnen zonder persoonsvorm (origineel → voorstel)", f"{summary['no_verb_before']} → {summary['no_verb_after']}"),
        ("tijd herschrijven / tijd check", f"{summary['rewrite_vs_check']}"),
    ]
    for label, value in rows:
        out.print(f"{label:<52} {value}", markup=False)
    for error in summary["errors"]:
        out.print(f"fout: {error}", markup=False)
    if verbose:
        for path, problems in summary["problems"].items():
            out.print(f"{path}: " + "; ".join(problems), markup=False)


@click.command(name="compare")
@click.argument("version_a", metavar="A")
@click.argument("version_b", metavar="B")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True, help="Uitvoer: text, json of html.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), help="Schrijf naar dit bestand in plaats van het scherm.")
@model_option
@config_option
@click.option("--redact", is_flag=True, help="Verberg BSN, IBAN, telefoonnummers en e-mailadressen in de vergelijking.")
def compare_command(version_a, version_b, output_format, out_path, model, config_path, redact) -> None:
    """Vergelijk twee versies van een brief (A en B): score, niveau, onderdelen en meldingen."""
    from letterlint.engine.linter import Linter
    from letterlint.safeio import atomic_write, ensure_not_input

    config = load_config(config_path, model=model)
    for path in (version_a, version_b):
        if os.path.isdir(path):
            fail(f"{path}: dit is een map; geef twee losse brieven")
    if out_path:
        ensure_not_input(out_path, [version_a, version_b])
    linter = Linter(config)
    results = [linter.lint_paths([path]) for path in (version_a, version_b)]
    linted = [compare.single_result(path, list(found)) for path, found in zip((version_a, version_b), results)]
    masked = None
    if redact:
        from letterlint.engine.redaction import redact as masked, redact_result

        linted = [redact_result(result) for result in linted]
    comparison = compare.compare_results(*linted, redact=masked)
    if output_format == "json":
        output = compare.render_json(comparison) + "\n"
    elif output_format == "html":
        output = compare.render_html(comparison)
    else:
        if not out_path:
            print_comparison(console(), comparison)
            return
        from rich.console import Console

        recorder = Console(record=True, no_color=True, width=120, file=io.StringIO())
        print_comparison(recorder, comparison)
        output = recorder.export_text()
    if out_path:
        atomic_write(out_path, output)
        click.echo(f"Vergelijking geschreven naar {out_path}")
    else:
        click.echo(output, nl=False)
