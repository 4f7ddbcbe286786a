"""``letterlint preview`` (one HTML page) and ``letterlint serve`` (the local web app for staff)."""

from __future__ import annotations

from pathlib import Path

import click

from letterlint.cli.common import config_option, fail, load_config, model_option
from letterlint import web
from letterlint.report import preview


def _default_out(letter: str) -> Path:
    stem = "brief" if letter == "-" else Path(letter).stem
    return Path(f"{stem}-voorbeeld.html")


@click.command("preview")
@click.argument("letter", type=click.Path(dir_okay=False))
@click.option("--department", "-d", metavar="AFDELING", help="Afdeling voor het voorstel (briefhoofd en sjabloon).")
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False), metavar="BESTAND.html",
              help="Waar de pagina komt. Standaard: <naam>-voorbeeld.html in de huidige map.")
@config_option
@model_option
def preview_command(letter: str, department: str | None, out: str | None, config_path: str | None, model: str | None) -> None:
    """Maak één HTML-pagina van een brief: de tekst met de meldingen gemarkeerd, het taalniveau per zin
    en een voorstel in B1-taal. De pagina werkt zonder internet."""
    from letterlint.engine.linter import Linter
    from letterlint.safeio import atomic_write, ensure_not_input

    target = Path(out) if out else _default_out(letter)
    if target.suffix.lower() not in (".html", ".htm"):
        fail(f"{target}: de pagina moet een .html-bestand zijn")
    ensure_not_input(target, [letter])
    # keep_spans: the proposal is made on the letter's own parse, as `letterlint rewrite` makes it
    linter = Linter(load_config(config_path, model=model), keep_spans=True)
    result = next(iter(linter.lint_paths([letter])), None)
    if result is None:
        fail(f"{letter}: geen brief gevonden (gebruik een .txt-, .md- of .docx-bestand)")
    if result.error:
        fail(f"{result.path}: {result.error}")
    # the page offers what a static file can: the proposal as Word and the letter with every safe fix
    panel = preview.propose(linter, result, department, with_docx=True)
    if panel.note:
        click.echo(f"letterlint: let op: {panel.note}", err=True)
    corrected = None
    if letter != "-" and any(item.safe for item in preview.build_view(result).findings):
        corrected = preview.corrected_original(result, Path(letter).read_bytes(), Path(letter).name)
    page = preview.render_preview(result, panel, corrected=corrected)
    atomic_write(target, page)
    click.echo(f"Voorbeeld geschreven: {target}")


@click.command("serve")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535), help="Poort.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres om op te luisteren.")
@click.option("--allow-remote", is_flag=True,
              help="Sta een adres buiten deze computer toe. Let op: dan kan iedereen op het netwerk brieven insturen.")
@config_option
@model_option
def serve_command(port: int, host: str, allow_remote: bool, config_path: str | None, model: str | None) -> None:
    """Start een kleine webapp op deze computer: brief uploaden of plakken, meldingen en voorstel bekijken,
    voorstel downloaden als Word-bestand."""

    if not web.is_loopback(host) and not allow_remote:
        fail(f"{host} is geen adres op deze computer; gebruik 127.0.0.1, of --allow-remote als u dit echt wilt")
    if not web.is_loopback(host):
        click.echo(f"letterlint: let op: {host} is bereikbaar vanaf andere computers; iedereen daar kan brieven insturen",
                   err=True)
    config = load_config(config_path, model=model)
    click.echo("letterlint laadt de taalmodellen ...")
    app = web.create_app(config=config)
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no English request log for staff
    shown = f"[{host}]" if ":" in host else host
    try:
        server = make_server(host, port, app, threaded=True)
    except OSError as exc:
        fail(f"kan niet luisteren op {shown}:{port} ({exc.strerror or exc})")
    click.echo(f"Open http://{shown}:{server.server_port}/ in uw browser. Stoppen: Ctrl+C.")
    try:
        server.serve_forever()
    finally:
        server.server_close()
