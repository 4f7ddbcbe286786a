"""``letterlint rewrite`` (a B1 proposal for a letter) and ``letterlint fix`` (safe suggestions applied)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from letterlint.cli.common import config_option, console, fail, load_config
from letterlint.rewrite import fix
from letterlint.safeio import ensure_not_input

OUT_SUFFIXES = (".md", ".docx", ".html", ".md.j2")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.exists() and a.samefile(b))
    except OSError:
        return False


@click.command(name="rewrite")
@click.argument("letter", type=click.Path(dir_okay=False))
@click.option("--department", "-d",
              help="Afdeling (bijvoorbeeld werk-en-inkomen) waarvan het briefhoofd en de opmaak worden gebruikt. "
                   "Zonder deze optie blijven de afzender en contactgegevens van de brief zelf.")
@click.option("--out", "-o", "out_path", type=click.Path(dir_okay=False),
              help="Schrijf het voorstel naar dit bestand (.md, .docx of .html) in plaats van naar het scherm. "
                   ".md.j2: een sjabloon voor letterlint render, met de samenvoegvelden van de brief.")
@click.option("--format", "-f", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: voorstel, zinnenkaart, overgebleven meldingen, leesbaarheid en in te vullen plekken.")
@click.option("--map", "show_map", is_flag=True, help="Laat ook zien waar elke zin van de brief gebleven is.")
@config_option
def rewrite_command(letter, department, out_path, output_format, show_map, config_path) -> None:
    """Maak een voorstel voor een B1-versie van een brief, met de zinnen van de brief zelf.

    letterlint zet de zinnen van de brief in de B1-volgorde (kern eerst, dan vragen als kopjes),
    maakt ze eenvoudiger waar dat veilig kan, en controleert daarna dat alle bedragen, datums,
    termijnen, nummers en namen erin staan, dat er niets bij is gekomen en dat het besluit en het
    rechtsmiddel hetzelfde zijn. Lukt dat niet, dan geeft letterlint geen voorstel (exitcode 1).
    Wat ontbreekt, verzint letterlint niet: daar staat dan [invullen: ...].
    """
    import json

    source = Path(letter)
    if out_path:
        target = Path(out_path)
        if not target.name.lower().endswith(OUT_SUFFIXES):
            fail(f"{target}: kies een bestand dat eindigt op .md, .docx, .html of .md.j2")
        if _same_file(source, target):
            fail(f"{target}: dit is de brief zelf; kies een ander bestand voor het voorstel")
    config = load_config(config_path)
    from letterlint.engine.linter import Linter  # spaCy loads here, not for --help
    from letterlint.rewrite.proposal import map_lines, propose_rewrite, refusal, report_lines

    linter = Linter(config, keep_spans=True)
    result = next(iter(linter.lint_paths([letter])), None)
    if result is None:
        fail(f"{letter}: geen brief gevonden (.txt, .md of .docx)")
    if result.error:
        fail(f"{result.path}: {result.error}")
    proposal = propose_rewrite(linter, result, department=department)
    if output_format == "json":
        sys.stdout.write(json.dumps(proposal.as_dict(), ensure_ascii=False, indent=2) + "\n")
        sys.exit(0 if proposal.ok else 1)
    err = console(stderr=True)
    if not proposal.ok:
        err.print(refusal(proposal), markup=False)
        sys.exit(1)
    report = "\n".join(report_lines(proposal))
    if show_map:
        report = "Waar is elke zin gebleven?\n" + "\n".join(map_lines(proposal)) + "\n\n" + report
    if not out_path:
        sys.stdout.write(proposal.markdown)
        err.print(report, markup=False)
        return
    if out_path.lower().endswith(".md.j2"):
        from letterlint.rewrite.merge_fields import write_template

        meta = write_template(proposal, Path(out_path))
        console().print(f"Sjabloon geschreven naar {out_path} (met {meta.name} ernaast). Zet beide in een afdelingsmap "
                        f"van de sjablonen om ze met letterlint render te gebruiken.\n{report}", markup=False)
        return
    from letterlint.rewrite.writers import write_letter

    write_letter(proposal.markdown, Path(out_path), proposal.department)
    console().print(f"Voorstel geschreven naar {out_path}.\n{report}", markup=False)


def _styled(marker: str, pieces: list[tuple[str, bool]], colour: str):
    from rich.text import Text

    text = Text(marker, style=colour)
    for piece, changed in pieces:
        text.append(piece, style=f"bold reverse {colour}" if changed else colour)
    return text


def _print_diff(console, lines: list[str]) -> None:
    """The unified diff; on a terminal in colour, with the replaced words marked."""
    from rich.text import Text

    index = 2 if len(lines) >= 2 and lines[0].startswith("---") and lines[1].startswith("+++") else 0
    for header in lines[:index]:
        console.print(Text(header, style="bold"))
    while index < len(lines):
        line = lines[index]
        if line.startswith("@@"):
            console.print(Text(line, style="cyan"))
        elif line.startswith("-"):
            removed = [line]
            while index + 1 < len(lines) and lines[index + 1].startswith("-"):
                index += 1
                removed.append(lines[index])
            added = []
            while index + 1 < len(lines) and lines[index + 1].startswith("+"):
                index += 1
                added.append(lines[index])
            pairs = list(zip(removed, added)) if len(removed) == len(added) else []
            for old, new in pairs:
                left, right = fix.highlight_changes(old[1:], new[1:])
                console.print(_styled("-", left, "red"))
                console.print(_styled("+", right, "green"))
            if not pairs:
                for old in removed:
                    console.print(Text(old, style="red"))
                for new in added:
                    console.print(Text(new, style="green"))
        elif line.startswith("+"):
            console.print(Text(line, style="green"))
        else:
            console.print(Text(line))
        index += 1


@click.command(name="fix")
@click.argument("letter", type=click.Path(dir_okay=False))
@click.option("--out", "out_path", type=click.Path(dir_okay=False),
              help="Schrijf de verbeterde brief hierheen (standaard: BRIEF.fixed.docx/.md/.txt ernaast).")
@click.option("--in-place", is_flag=True, help="Verbeter de brief zelf (overschrijft het bestand).")
@config_option
def fix_command(letter, out_path, in_place, config_path) -> None:
    """Voer de veilige verbeteringen uit (vaste vervangingen voor ambtelijke woorden, 'U' -> 'u').

    Schrijft een verbeterde kopie en laat zien wat er is veranderd. De brief zelf blijft zoals hij
    was, behalve met --in-place.
    """
    import sys
    from letterlint.reading.sources import SUPPORTED_SUFFIXES

    source = Path(letter)
    if letter == "-" or source.suffix.lower() not in SUPPORTED_SUFFIXES:
        fail(f"{letter}: kan alleen een .txt-, .md- of .docx-bestand verbeteren")
    if not source.is_file():
        fail(f"{letter}: bestand bestaat niet")
    if in_place and out_path:
        fail("kies --out of --in-place, niet allebei")
    note = None
    if in_place:
        source, note = fix.in_place_target(source)
    output = source if in_place else Path(out_path) if out_path else fix.default_output(source)
    if not in_place:
        ensure_not_input(output, [source])
        if output.suffix.lower() != source.suffix.lower():
            fail(f"{output}: gebruik dezelfde extensie als de brief ({source.suffix})")
        if not output.parent.is_dir():
            fail(f"{output}: de map {output.parent} bestaat niet")
    from letterlint.engine.linter import Linter

    linter = Linter(load_config(config_path))
    report = fix.fix_file(linter, source, output)
    out = console()
    if note:
        out.print(note, markup=False)
    if not report.written:
        out.print(f"Geen veilige verbeteringen gevonden in {source}; er is niets geschreven "
                      f"({report.findings_before} meldingen, zie letterlint check {source}).", markup=False)
        sys.exit(0)
    _print_diff(out, report.diff)
    fixed = report.findings_before - report.findings_after
    out.print(
        f"\n{len(report.applied)} {'verbetering' if len(report.applied) == 1 else 'verbeteringen'} toegepast"
        f" ({report.skipped} overgeslagen). Meldingen: {report.findings_before} vooraf, "
        f"{report.findings_after} nu ({fixed} opgelost). Geschreven naar {output}.", markup=False)
    if report.findings_after:
        out.print(f"De andere meldingen moet u zelf bekijken: letterlint check {output}", markup=False)
    sys.exit(0)
