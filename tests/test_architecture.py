"""The package's shape: layers point down (import-linter contract in setup.cfg), no import cycle,
no private name taken from another module, one Jinja environment per purpose.

See docs/architecture.md for the map these tests keep true.
"""

from __future__ import annotations

import ast
import sys
import textwrap
from pathlib import Path

import grimp
import pytest
from importlinter import api as importlinter_api
from importlinter.cli import lint_imports

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "letterlint"


# --------------------------------------------------------------------------- layers


def test_import_linter_contracts_in_setup_cfg_are_kept(capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    monkeypatch.syspath_prepend(str(REPO))
    exit_code = lint_imports(config_filename=str(REPO / "setup.cfg"), no_cache=True, no_logo=True)
    output = capsys.readouterr().out
    assert exit_code == 0, output
    assert "0 broken" in output


def test_contract_names_the_layers_of_the_architecture_map():
    """The contract is the one documented: cli on top, the base modules at the bottom, click and rich fenced in."""
    config = importlinter_api.read_configuration(str(REPO / "setup.cfg"))
    contracts = {contract["name"]: contract for contract in config["contracts_options"]}
    layers = next(c for c in contracts.values() if c["type"] == "layers")["layers"]
    assert layers[0] == "letterlint.cli" and layers[1] == "letterlint.web"
    assert layers[-1].startswith("letterlint.config") and "letterlint.errors" in layers[-1]
    forbidden = {c["forbidden_modules"] if isinstance(c["forbidden_modules"], str) else c["forbidden_modules"][0]
                 for c in contracts.values() if c["type"] == "forbidden"}
    assert forbidden == {"click", "rich"}


# --------------------------------------------------------------------------- cycles


def import_cycles(package: str) -> list[list[str]]:
    """Groups of modules of ``package`` that import each other, directly or through others.

    Imports inside functions count (they still tie the modules together); imports under
    ``if TYPE_CHECKING:`` do not (they never run).
    """
    graph = grimp.build_graph(package, exclude_type_checking_imports=True, cache_dir=None)
    modules = sorted(graph.modules)
    edges = {module: sorted(graph.find_modules_directly_imported_by(module)) for module in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in edges[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1 or module in edges[module]:
                cycles.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return cycles


def test_letterlint_has_no_import_cycle():
    cycles = import_cycles("letterlint")
    assert not cycles, "modules that import each other: " + "; ".join(" <-> ".join(group) for group in cycles)


def test_cycle_finder_counts_imports_in_functions_but_not_under_type_checking(tmp_path, monkeypatch):
    package = tmp_path / "kringpakket"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "brief.py").write_text("def lees():\n    from kringpakket import afzender\n    return afzender\n")
    (package / "afzender.py").write_text("from kringpakket import brief\n")
    (package / "los.py").write_text(textwrap.dedent("""\
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from kringpakket import ander
        """))
    (package / "ander.py").write_text("from kringpakket import los\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles("kringpakket") == [["kringpakket.afzender", "kringpakket.brief"]]


# --------------------------------------------------------------------------- private names


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def private_imports(package_dir: Path) -> list[str]:
    """Every ``from letterlint.x import _name`` (and ``module._name`` through an imported letterlint
    module) in one module that takes a private name of another."""
    modules = {_module_name(path): path for path in package_dir.rglob("*.py")}
    found = []
    for name, path in sorted(modules.items()):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_aliases: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("letterlint"):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__") and node.module != name:
                        found.append(f"{path.relative_to(REPO)}:{node.lineno}: from {node.module} import {alias.name}")
                    if f"{node.module}.{alias.name}" in modules:
                        module_aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("letterlint") and alias.asname:
                        module_aliases[alias.asname] = alias.name
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and module_aliases.get(node.value.id, name) != name
                    and node.attr.startswith("_") and not node.attr.startswith("__")):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_a_private_name_of_another_module():
    assert private_imports(PACKAGE) == []


def test_private_import_scan_finds_both_spellings(tmp_path, monkeypatch):
    fake = tmp_path / "letterlint"
    (fake / "rewrite").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "rewrite" / "__init__.py").write_text("")
    (fake / "rewrite" / "fix.py").write_text("def _is_plain(run):\n    return True\n")
    (fake / "annotate.py").write_text("from letterlint.rewrite.fix import _is_plain\n")
    (fake / "web.py").write_text("from letterlint.rewrite import fix\n\nfix._is_plain(None)\n")
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert private_imports(fake) == [
        "letterlint/annotate.py:1: from letterlint.rewrite.fix import _is_plain",
        "letterlint/web.py:3: fix._is_plain",
    ]


# --------------------------------------------------------------------------- Jinja


def _jinja_environments() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in ("Environment", "SandboxedEnvironment", "NativeEnvironment", "ImmutableSandboxedEnvironment"):
                    found.append(f"{_module_name(path)}:{name}")
    return found


def test_one_jinja_environment_per_purpose_pages_and_letter_templates():
    assert _jinja_environments() == ["letterlint.templating.library:SandboxedEnvironment",
                                     "letterlint.templating.pages:Environment"]


@pytest.mark.parametrize("page", ["preview.html", "index.html", "compare.html", "report.html",
                                  "participant.html", "letter.html"])
def test_every_page_template_lives_in_the_one_html_folder_and_is_autoescaped(page):
    from letterlint.templating.pages import environment

    env = environment()
    assert (PACKAGE / "html" / page).is_file()
    assert env.get_template(page) is not None
    assert env.autoescape(page) is True
