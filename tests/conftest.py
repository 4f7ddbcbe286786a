"""Shared fixtures: one Linter per test session, a CLI runner, and a few real Dutch letters.

The spaCy pipeline is cached per process by ``letterlint.nlp.load_pipeline``, so the session
``linter`` and every in-process CLI call share it: the pipeline loads once per test run.

The rule pack is loaded once per distinct set of rule files (see ``_rule_pack_once_per_content``).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import sys
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner

from letterlint import rulepack
from letterlint.cli.main import main
from letterlint.config import Config
from letterlint.engine.linter import LetterResult, Linter

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
RULES = REPO / "rules"

SALUTATION = "Geachte heer Jansen,"
CLOSING = "Met vriendelijke groet,\n\nSanne Bakker\nconsulent Werk en Inkomen"


def wrap_letter(body: str, salutation: str = SALUTATION, closing: str = CLOSING) -> str:
    """A minimal letter around some running text: salutation, the body, closing and signature."""
    return f"{salutation}\n\n{body.strip()}\n\n{closing}\n"


# --------------------------------------------------------------------------- rule pack


def _rule_files_digest(extra_dirs: tuple[str, ...]) -> str | None:
    """A digest of every file ``load_rule_pack(extra_dirs)`` reads (name, place and bytes), or None
    when a folder is missing (the real loader then reports it)."""
    digest = hashlib.sha256()
    for folder in (rulepack.bundled_rules_dir(), *map(Path, extra_dirs)):
        if not folder.is_dir():
            return None
        digest.update(str(folder.resolve()).encode() + b"\0")
        for path in sorted(folder.rglob("*.yaml")):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@pytest.fixture(scope="session", autouse=True)
def _rule_pack_once_per_content():
    """Every in-process ``letterlint check``/``rewrite``/... and every new Linter reads, parses and
    schema-validates the whole bundled rule pack again: about 0.7 s each, and the suite makes a few
    hundred of them, so this was more than a third of its time. In one process the same rule files
    give the same pack, so the library's calls get the real loader's pack for those exact bytes,
    loaded once and deep-copied per call (no run sees another run's objects). A changed or new rule
    file (tests write their own into tmp folders) is a new key and is loaded for real; a pack with a
    mistake raises each time, as nothing is stored for it. Tests that test the loader itself import
    ``load_rule_pack`` from letterlint.rulepack before this runs and so call the real function;
    test_rules_pack.py checks that this cache gives exactly what the real loader gives."""
    real = rulepack.load_rule_pack
    packs: dict[tuple[tuple[str, ...], str], rulepack.RulePack] = {}

    def load_rule_pack(extra_dirs: tuple[str, ...] = ()) -> rulepack.RulePack:
        extra_dirs = tuple(extra_dirs)
        digest = _rule_files_digest(extra_dirs)
        if digest is None:
            return real(extra_dirs)
        key = (extra_dirs, digest)
        if key not in packs:
            packs[key] = real(extra_dirs)
        return copy.deepcopy(packs[key])

    load_rule_pack.__wrapped__ = real
    patch = pytest.MonkeyPatch()
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] == "letterlint" and getattr(module, "load_rule_pack", None) is real:
            patch.setattr(module, "load_rule_pack", load_rule_pack)
    yield load_rule_pack
    patch.undo()


@pytest.fixture(scope="session")
def linter() -> Linter:
    """The one Linter of the test session, with letterlint's default configuration. It keeps the
    letter's parse (keep_spans) as every command that rewrites does, so a rewrite test sees the
    proposal a writer gets."""
    return Linter(Config(), keep_spans=True)


@pytest.fixture(scope="module")
def simplifier(linter):
    """The simplifier of the session's linter, one per test module (rewrite/simplify.py)."""
    from letterlint.rewrite.simplify import Simplifier

    return Simplifier(linter)


@pytest.fixture(scope="session")
def lint_body(linter):
    """Lint some running text inside a minimal letter; returns the LetterResult."""

    def run(body: str, kind: str = "markdown", path: str = "brief.md") -> LetterResult:
        result = linter.lint_text(wrap_letter(body), path, kind)
        assert result.error is None, result.error
        return result

    return run


def findings_of(result: LetterResult, rule: str) -> list:
    return [finding for finding in result.findings if finding.rule == rule]


# --------------------------------------------------------------------------- CLI


class Cli:
    """Runs ``letterlint`` in-process and checks that no traceback ever reaches the user."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None, env: dict | None = None):
        result = self.runner.invoke(main, list(args), input=input, env=env)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            details = "".join(traceback.format_exception(*result.exc_info))
            pytest.fail(f"letterlint {' '.join(args)} raised instead of reporting:\n{details}")
        assert "Traceback (most recent call last)" not in result.output
        return result

    def json(self, *args: str, **kwargs):
        result = self(*args, "--format", "json", **kwargs)
        try:
            return result, json.loads(result.stdout)
        except json.JSONDecodeError:
            pytest.fail(f"stdout is not JSON (exit {result.exit_code}):\n{result.stdout}\n{result.stderr}")


@pytest.fixture
def cli() -> Cli:
    return Cli()


# --------------------------------------------------------------------------- letters

# A B1 letter (type: informatie) that has every section it needs and nothing at error level.
CLEAN_LETTER = """\
Gemeente Lindenburg
Postbus 1450
7390 HA Lindenburg

De heer P. Jansen
Dorpsstraat 12
7391 AB Lindenburg

Datum: 12 maart 2026
Onderwerp: Uw nieuwe pas voor het zwembad

Geachte heer Jansen,

Wij laten u weten dat uw nieuwe pas voor het zwembad klaarligt. U kunt de pas ophalen bij het loket in het gemeentehuis.

Wat moet u doen?
Haal de pas op vóór 1 mei 2026. Neem uw oude pas mee.

Heeft u vragen? Bel dan mevrouw Sanne Bakker op 0570 123 456. U kunt haar ook mailen: s.bakker@lindenburg.nl.

Met vriendelijke groet,

Sanne Bakker
medewerker Publiekszaken
"""

# The same letter with one sentence of more than 30 words (RD01 error).
ERROR_SENTENCE = (
    "Wij laten u weten dat uw nieuwe pas voor het zwembad, die u op 3 maart 2026 bij de balie van "
    "het gemeentehuis heeft aangevraagd, nu klaarligt en dat u die pas tijdens de openingstijden van "
    "het gemeentehuis kunt ophalen."
)
ERROR_LETTER = CLEAN_LETTER.replace(
    "Wij laten u weten dat uw nieuwe pas voor het zwembad klaarligt. U kunt de pas ophalen bij het "
    "loket in het gemeentehuis.", ERROR_SENTENCE)

# The clean letter with a capital 'Uw' mid-sentence (TO02, a warning) and nothing worse.
WARNING_LETTER = CLEAN_LETTER.replace("Neem uw oude pas mee.", "Neem Uw oude pas mee.")


@pytest.fixture
def letters(tmp_path) -> dict[str, Path]:
    """The clean, warning and error letters as .txt files in a temporary folder."""
    paths = {}
    for name, text in (("schoon", CLEAN_LETTER), ("waarschuwing", WARNING_LETTER), ("fout", ERROR_LETTER)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


# --------------------------------------------------------------------------- corpus

CASE_FILE = re.compile(r"^(?P<case>[a-z]+-\d+)-(?P<version>origineel|b1)\.(?:txt|md|docx)$")


def rewrite_through_cli(cli, tmp_path: Path, letter: str) -> str:
    """The proposal ``letterlint rewrite`` writes for a letter of tests/data (e.g.
    "redteam16/06_….txt"): the path a writer takes, with the parse of the whole letter (a sentence
    parsed on its own may split differently)."""
    out = tmp_path / "voorstel.md"
    cli("rewrite", str(REPO / "tests" / "data" / letter), "--out", str(out))
    return out.read_text(encoding="utf-8")


def corpus_letters() -> list[Path]:
    """The letters of corpus/: <case>-origineel.* and <case>-b1.* (not the README, not gold files)."""
    return sorted(path for path in CORPUS.rglob("*") if CASE_FILE.match(path.name))


@pytest.fixture(scope="session")
def corpus_sample(linter) -> dict[str, LetterResult]:
    """The first two cases of every department (both versions, .txt, .md and .docx), linted with
    every rule. (The whole corpus with the jargon matcher takes too long for one test run.)"""
    by_department: dict[str, list[Path]] = {}
    for path in corpus_letters():
        by_department.setdefault(path.parent.name, []).append(path)
    paths = []
    for letters in by_department.values():
        cases = sorted({CASE_FILE.match(p.name)["case"] for p in letters})[:2]
        paths += [str(p) for p in letters if CASE_FILE.match(p.name)["case"] in cases]
    if not paths:
        pytest.skip("corpus/ has no letters")
    return {result.path: result for result in linter.lint_paths(paths)}
