"""``letterlint panel kit`` and ``letterlint panel results`` (click); heavy imports stay inside."""

from __future__ import annotations

import click

from letterlint.cli.common import config_option, console, fail, load_config, model_option



@click.group(name="panel")
def panel_group() -> None:
    """Leesonderzoek met inwoners: maak een blinde testmap en werk de antwoorden uit."""


@panel_group.command(name="kit")
@click.argument("version_a", metavar="A")
@click.argument("version_b", metavar="B")
@click.option("--participants", "-n", type=click.IntRange(min=2), required=True, help="Aantal deelnemers.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), required=True, help="Nieuwe map voor de testmap.")
@click.option("--seed", type=int, help="Startgetal voor de loting van de volgorde (standaard: willekeurig, wordt bewaard).")
@click.option("--redact/--no-redact", default=True, show_default=True,
              help="Vervang persoonsgegevens (BSN, IBAN, telefoon, e-mail, naam en adres) door verzonnen gegevens.")
@model_option
@config_option
def kit_command(version_a, version_b, participants, out_dir, seed, redact, model, config_path) -> None:
    """Maak een blinde testmap voor twee versies (A en B) van een brief: boekjes, antwoordenbestand en sleutel."""
    from letterlint.engine.linter import Linter
    from letterlint.panel.kit import KitError, build_kit, write_kit

    config = load_config(config_path, model=model)
    linter = Linter(config)
    try:
        kit, booklets = build_kit(version_a, version_b, participants, seed, linter, redact=redact)
        write_kit(kit, booklets, out_dir)
    except KitError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{out_dir}: kan de testmap niet schrijven ({exc.strerror or exc})")
    first_a = sum(1 for order in kit.participants.values() if order == "AB")
    click.echo(f"Testmap gemaakt in {out_dir}: {participants} deelnemers ({first_a} lezen A eerst, "
               f"{participants - first_a} B eerst), {len(kit.questions)} vragen, seed {kit.seed}.")
    if kit.dropped:
        click.echo(f"Weggelaten (staat niet in beide versies): {', '.join(q.text for q in kit.dropped)}")
    if redact:
        click.echo(f"Persoonsgegevens vervangen door verzonnen gegevens: {len(kit.replacements)} vervangingen "
                   "(zie sleutel/antwoordsleutel.md; --no-redact houdt de echte gegevens).")
    click.echo(f"Bewaar {out_dir}/sleutel/ apart; geef deelnemers alleen hun boekje uit {out_dir}/deelnemers/.")


@panel_group.command(name="results")
@click.argument("answers_path", metavar="ANTWOORDEN.csv")
@click.option("--key", "key_path", required=True, type=click.Path(), help="De sleutel: sleutel/sleutel.json uit de testmap.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), help="Schrijf het verslag als HTML naar dit bestand.")
def results_command(answers_path, key_path, out_path) -> None:
    """Werk de antwoorden van een panel uit: voorkeur, cijfers, begrip en volgorde, met toetsen."""
    from letterlint.safeio import atomic_write, ensure_not_input
    from letterlint.panel.answers import load_key, read_answers
    from letterlint.panel.report import render_html
    from letterlint.report.text import print_panel_summary
    from letterlint.panel.stats import analyse

    key = load_key(key_path)
    answers = read_answers(answers_path, key)
    if out_path:
        ensure_not_input(out_path, [answers_path, key.path])
    stats = analyse(answers.answers, key)
    print_panel_summary(console(), stats, answers, key)
    if out_path:
        atomic_write(out_path, render_html(stats, answers, key))
        click.echo(f"Verslag geschreven naar {out_path}")
