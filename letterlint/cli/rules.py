"""``letterlint rules``, ``explain`` and ``info``: what the rule pack and the pipeline hold."""

from __future__ import annotations

import click
from rich.markup import escape
from rich.table import Table

from letterlint import __version__
from letterlint.cli.common import config_option, console, fail, load_config, load_pack, model_option


@click.command(name="rules")
@click.option("--category", help="Alleen regels uit deze categorie.")
@config_option
def list_rules(category, config_path) -> None:
    """Toon alle regels met hun code, categorie en ernst."""
    pack = load_pack(load_config(config_path))
    table = Table(title="letterlint-regels", show_lines=False)
    for column in ("code", "naam", "categorie", "ernst", "soort", "items"):
        table.add_column(column)
    for rule in pack:
        if category and rule.category != category:
            continue
        table.add_row(rule.id, rule.name, rule.category, rule.severity.label, rule.kind,
                      str(len(rule.entries)) if rule.entries else "")
    console().print(table)


@click.command(name="explain")
@click.argument("rule_id")
@config_option
def explain(rule_id, config_path) -> None:
    """Leg één regel uit: waarom, een voorbeeld, en (bij woordenlijsten) de eerste items."""
    pack = load_pack(load_config(config_path))
    rule = pack.rules.get(rule_id.upper())
    if rule is None:
        fail(f"onbekende regel '{rule_id}'; zie 'letterlint rules'")
    out = console()
    out.print(f"[bold]{rule.id} {rule.name}[/]  ({rule.category}, {rule.severity.label})")
    out.print(f"\n[bold]Melding[/]\n  {escape(rule.message)}")
    out.print(f"\n[bold]Waarom[/]\n  {escape(rule.rationale)}")
    out.print(f"\n[bold]Voorbeeld[/]\n  [red]niet:[/] {escape(rule.example_bad)}\n  [green]wel:[/]  {escape(rule.example_good)}")
    if rule.params:
        settings = ", ".join(f"{rule.id}.{key} = {value}" for key, value in rule.params.items())
        out.print(f"\n[bold]Instellingen[/] (in [letterlint])\n  {escape(settings)}")
    if rule.entries:
        out.print(f"\n[bold]Woorden en uitdrukkingen[/] ({len(rule.entries)}, uit {rule.source})")
        for entry in rule.entries[:25]:
            advice = " / ".join(entry.alternatives) or entry.advice
            out.print(f"  {escape(entry.match)} → {escape(advice)}")
        if len(rule.entries) > 25:
            out.print(f"  … en nog {len(rule.entries) - 25}")


@click.command(name="info")
@model_option
@config_option
def info(model, config_path) -> None:
    """Toon versie, configuratie, pipeline en de nauwkeurigheid daarvan."""
    config = load_config(config_path, model=model)
    from letterlint.nlp.pipeline import load_pipeline

    pack = load_pack(config)
    pipeline = load_pipeline(config.model)
    out = console()
    out.print(f"letterlint {__version__}")
    out.print(escape(f"configuratie: {config.source or 'standaard (geen [letterlint]-sectie gevonden)'}"))
    out.print(f"pipeline: {pipeline.info.describe()} [{pipeline.info.kind}]")
    out.print(f"onderdelen: {', '.join(pipeline.info.components)}")
    labels = {"pos_acc": "woordsoort (UPOS)", "morph_acc": "morfologie", "dep_uas": "UAS", "dep_las": "LAS",
              "lemma_acc": "lemma", "sents_f": "zinsgrenzen F"}
    for key, value in pipeline.info.accuracy.items():
        out.print(f"  {labels.get(key, key)}: {value:.3f}")
    out.print(f"regels: {len(pack.rules)} (pakket {pack.fingerprint})")
