"""``letterlint render`` and ``letterlint templates``: fill in a department letter template."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from letterlint.cli.common import fail


def _library(templates_dir: str | None):
    from letterlint.templating.library import TemplateLibrary

    return TemplateLibrary(Path(templates_dir) if templates_dir else None)


def _print_list(library, department: str | None) -> None:
    from letterlint.templating.library import TemplateError

    try:
        departments = library.departments()
        templates = library.templates(department)
    except TemplateError as exc:
        fail(str(exc))
        return
    click.echo("Afdelingen:")
    for item in departments:
        click.echo(f"  {item.id:<18} {item.name} (aanspreekvorm: {item.register})")
    click.echo("")
    click.echo("Sjablonen:")
    for info in templates:
        where = "alle afdelingen" if info.is_common else info.department
        click.echo(f"  {info.id:<50} {info.title} [{info.letter_type}; {where}]")


def _write(markdown: str, out: str, department) -> None:
    from letterlint.rewrite.writers import write_letter

    write_letter(markdown, Path(out), department)


@click.command("render")
@click.argument("template", required=False)
@click.option("--department", "-d", "department_id", help="Afdeling, bijvoorbeeld vth of werk-en-inkomen.")
@click.option("--data", "data_file", type=click.Path(dir_okay=False),
              help="YAML-bestand met de gegevens van de zaak. Zonder --data: de voorbeeldgegevens van het sjabloon.")
@click.option("--out", "-o", "out_file", type=click.Path(dir_okay=False),
              help="Schrijf de brief naar dit bestand (.md, .docx of .html) in plaats van naar het scherm.")
@click.option("--templates", "templates_dir", type=click.Path(file_okay=False),
              help="Andere map met sjablonen (standaard: de sjablonen van letterlint).")
@click.option("--list", "list_only", is_flag=True, help="Toon alle sjablonen en afdelingen.")
def render_command(template: str | None, department_id: str | None, data_file: str | None, out_file: str | None,
                   templates_dir: str | None, list_only: bool) -> None:
    """Maak een brief in B1-taal van een sjabloon, met de gegevens van een zaak.

    TEMPLATE is de naam van een sjabloon (vth/weigering-omgevingsvergunning) of een .j2-bestand.
    """
    from letterlint.templating.library import TemplateError, find_templates_root, load_case_file, load_template_info

    library = _library(templates_dir)
    if list_only:
        _print_list(library, department_id)
        return
    if not template:
        fail("geef een sjabloon op (zie: letterlint templates)")
    try:
        path = Path(template)
        if template.endswith(".j2"):
            if not path.is_file():
                fail(f"{template}: bestand bestaat niet")
            root = find_templates_root(path)
            library = _library(str(root))
            info = load_template_info(path.resolve(), root)
        else:
            info = library.template(template)
        if department_id is None:
            if info.is_common:
                fail(f"sjabloon '{info.id}' is voor alle afdelingen: kies er een met --department")
            department_id = info.department
        department = library.department(department_id)
        if not info.applies_to(department.id):
            fail(f"sjabloon '{info.id}' hoort bij afdeling '{info.department}', niet bij '{department.id}'")
        data = load_case_file(Path(data_file)) if data_file else info.sample
        rendered = library.render_file(info.path, department, data, template_id=info.id, meta=info)
    except TemplateError as exc:
        fail(str(exc))
        return
    if out_file:
        from letterlint.safeio import ensure_not_input

        ensure_not_input(out_file, [item for item in (data_file, str(info.path)) if item])
        _write(rendered.markdown, out_file, department)
        click.echo(f"Brief geschreven naar {out_file}", err=True)
    else:
        sys.stdout.write(rendered.markdown)
    if rendered.placeholders:
        click.echo(f"Let op: nog {len(rendered.placeholders)} keer [invullen: ...] in de brief.", err=True)


@click.command("templates")
@click.option("--department", "-d", "department_id", help="Alleen de sjablonen van deze afdeling.")
@click.option("--templates", "templates_dir", type=click.Path(file_okay=False),
              help="Andere map met sjablonen (standaard: de sjablonen van letterlint).")
def templates_command(department_id: str | None, templates_dir: str | None) -> None:
    """Toon de sjablonen voor brieven en de afdelingen."""
    _print_list(_library(templates_dir), department_id)
