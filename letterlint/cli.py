"""The ``letterlint`` command line (click + rich)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .config import FORMATS, LETTER_TYPES, Config, ConfigError, load
from .findings import Severity
from .rulepack import RulePackError, load_rule_pack

SEVERITIES = click.Choice(["error", "warning", "info"], case_sensitive=False)


def _console(stderr: bool = False) -> Console:
    plain = bool(os.environ.get("NO_COLOR")) or not (sys.stderr if stderr else sys.stdout).isatty()
    return Console(stderr=stderr, no_color=plain, highlight=False, soft_wrap=True,
                   force_terminal=False if plain else None, emoji=False)


def _fail(message: str) -> None:
    _console(stderr=True).print(f"[bold red]letterlint: {escape(message)}[/]")
    sys.exit(2)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


def _pack(config: Config):
    """The rule pack for this configuration, or a one-line message and exit 2."""
    try:
        return load_rule_pack(config.rules_dirs)
    except RulePackError as exc:
        _fail(str(exc))
        raise  # unreachable


def _config(config_path: str | None, **overrides) -> Config:
    try:
        return load(config_path).with_overrides(**overrides)
    except ConfigError as exc:
        _fail(str(exc))
        raise  # unreachable


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="letterlint")
def main() -> None:
    """letterlint: controleer gemeentelijke brieven op B1-taalniveau, ambtelijke taal en ontbrekende onderdelen."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(FORMATS),
              help="Uitvoer: text, json, sarif, junit, github (annotaties) of gitlab (Code Quality).")
@click.option("-o", "--output", "--out", "output_file", type=click.Path(dir_okay=False),
              help="Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
@click.option("--select", multiple=True, help="Alleen deze regels of categorieën (komma's mogen).")
@click.option("--ignore", multiple=True, help="Deze regels of categorieën overslaan.")
@click.option("--min-severity", type=SEVERITIES, help="Toon alleen meldingen vanaf dit niveau.")
@click.option("--fail-on", type=SEVERITIES, help="Exitcode 1 bij een melding vanaf dit niveau (standaard: error).")
@click.option("--model", help="spaCy-pipeline: embedded, blank, een geïnstalleerd model of een map.")
@click.option("--type", "letter_type", type=click.Choice(LETTER_TYPES), help="Soort brief, in plaats van herkennen.")
@click.option("--statistics", is_flag=True, help="Toon daarna per regel hoe vaak die meldt.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Meldingen die in dit bestand staan, worden niet meer gemeld. Bestaat het niet, dan wordt het gemaakt.")
@click.option("--update-baseline", is_flag=True, help="Schrijf de meldingen van nu opnieuw naar --baseline.")
@click.option("--annotate", "annotate_file", type=click.Path(dir_okay=False),
              help="Schrijf een kopie van het .docx-bestand met elke melding als opmerking in Word.")
@click.option("--redact", is_flag=True, help="Verberg BSN, IBAN, telefoonnummers en e-mailadressen in het rapport.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), help="Aantal processen (0 = automatisch).")
@click.option("--no-cache", is_flag=True, help="Analyseer alle brieven opnieuw, ook als ze niet veranderd zijn.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Map voor de cache (standaard .letterlint_cache).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuratiebestand (setup.cfg of pyproject.toml).")
def check(paths, output_format, output_file, select, ignore, min_severity, fail_on, model, letter_type, statistics,
          baseline_file, update_baseline, annotate_file, redact, jobs, no_cache, cache_dir, config_path) -> None:
    """Controleer brieven (.txt, .md, .docx, mappen, of - voor standaardinvoer)."""
    config = _config(
        config_path, format=output_format, select=_split(select), ignore=_split(ignore),
        min_severity=Severity.parse(min_severity) if min_severity else None,
        fail_on=Severity.parse(fail_on) if fail_on else None, model=model, letter_type=letter_type,
        jobs=jobs, cache=False if no_cache else None,
        cache_dir=str(Path(cache_dir).resolve()) if cache_dir else None,
    )
    if update_baseline and not baseline_file:
        _fail("--update-baseline heeft --baseline BESTAND nodig")
    from .checking import CheckError, CheckRun  # spaCy loads here, not for --help
    from .pipelines import ModelError

    try:
        run = CheckRun(config, paths, output_file=output_file, baseline_file=baseline_file,
                       update_baseline=update_baseline, annotate_file=annotate_file, redact=redact)
    except (ModelError, RulePackError, ConfigError, CheckError) as exc:
        _fail(str(exc))
    sys.exit(run.execute(_console(), _console(stderr=True), statistics))


@main.command(name="rules")
@click.option("--category", help="Alleen regels uit deze categorie.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def list_rules(category, config_path) -> None:
    """Toon alle regels met hun code, categorie en ernst."""
    pack = _pack(_config(config_path))
    table = Table(title="letterlint-regels", show_lines=False)
    for column in ("code", "naam", "categorie", "ernst", "soort", "items"):
        table.add_column(column)
    for rule in pack:
        if category and rule.category != category:
            continue
        table.add_row(rule.id, rule.name, rule.category, rule.severity.label, rule.kind,
                      str(len(rule.entries)) if rule.entries else "")
    _console().print(table)


@main.command()
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def explain(rule_id, config_path) -> None:
    """Leg één regel uit: waarom, een voorbeeld, en (bij woordenlijsten) de eerste items."""
    pack = _pack(_config(config_path))
    rule = pack.rules.get(rule_id.upper())
    if rule is None:
        _fail(f"onbekende regel '{rule_id}'; zie 'letterlint rules'")
    console = _console()
    console.print(f"[bold]{rule.id} {rule.name}[/]  ({rule.category}, {rule.severity.label})")
    console.print(f"\n[bold]Melding[/]\n  {escape(rule.message)}")
    console.print(f"\n[bold]Waarom[/]\n  {escape(rule.rationale)}")
    console.print(f"\n[bold]Voorbeeld[/]\n  [red]niet:[/] {escape(rule.example_bad)}\n  [green]wel:[/]  {escape(rule.example_good)}")
    if rule.params:
        settings = ", ".join(f"{rule.id}.{key} = {value}" for key, value in rule.params.items())
        console.print(f"\n[bold]Instellingen[/] (in [letterlint])\n  {escape(settings)}")
    if rule.entries:
        console.print(f"\n[bold]Woorden en uitdrukkingen[/] ({len(rule.entries)}, uit {rule.source})")
        for entry in rule.entries[:25]:
            advice = " / ".join(entry.alternatives) or entry.advice
            console.print(f"  {escape(entry.match)} → {escape(advice)}")
        if len(rule.entries) > 25:
            console.print(f"  … en nog {len(rule.entries) - 25}")


@main.command()
@click.option("--model", help="spaCy-pipeline om te tonen.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def info(model, config_path) -> None:
    """Toon versie, configuratie, pipeline en de nauwkeurigheid daarvan."""
    config = _config(config_path, model=model)
    from .nlp import load_pipeline
    from .pipelines import ModelError

    pack = _pack(config)
    try:
        pipeline = load_pipeline(config.model)
    except ModelError as exc:
        _fail(str(exc))
    console = _console()
    console.print(f"letterlint {__version__}")
    console.print(escape(f"configuratie: {config.source or 'standaard (geen [letterlint]-sectie gevonden)'}"))
    console.print(f"pipeline: {pipeline.info.describe()} [{pipeline.info.kind}]")
    console.print(f"onderdelen: {', '.join(pipeline.info.components)}")
    labels = {"pos_acc": "woordsoort (UPOS)", "morph_acc": "morfologie", "dep_uas": "UAS", "dep_las": "LAS",
              "lemma_acc": "lemma", "sents_f": "zinsgrenzen F"}
    for key, value in pipeline.info.accuracy.items():
        console.print(f"  {labels.get(key, key)}: {value:.3f}")
    console.print(f"regels: {len(pack.rules)} (pakket {pack.fingerprint})")


# --- command registration --- (commands that live in their own modules; one import + add_command each)
from .evaluation import eval_command  # noqa: E402

main.add_command(eval_command, "eval")
from .compare import compare_command  # noqa: E402

main.add_command(compare_command, "compare")
from .fixing import fix_command  # noqa: E402

main.add_command(fix_command, "fix")
from .preview import preview_command  # noqa: E402
from .web import serve_command  # noqa: E402

main.add_command(preview_command, "preview")
main.add_command(serve_command, "serve")
from .panel.commands import panel_group  # noqa: E402

main.add_command(panel_group, "panel")
from .rewrite_cli import rewrite_command  # noqa: E402

main.add_command(rewrite_command, "rewrite")
from .render_cli import render_command, templates_command  # noqa: E402

main.add_command(render_command, "render")
main.add_command(templates_command, "templates")
# --- end of command registration ---


def run() -> None:
    """Console entry point: click's own errors as usual; anything unexpected as one line, exit 2."""
    try:
        main(standalone_mode=True)
    except KeyboardInterrupt:
        _console(stderr=True).print("letterlint: afgebroken")
        sys.exit(130)
    except Exception as exc:  # never a traceback for a user
        _fail(f"onverwachte fout ({type(exc).__name__}: {exc}); meld dit als fout in letterlint")


if __name__ == "__main__":  # pragma: no cover
    run()
