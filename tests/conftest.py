"""Shared fixtures: one Linter per test session, a CLI runner, and a few real Dutch letters.

The spaCy pipeline is cached per process by ``letterlint.nlp.load_pipeline``, so the session
``linter`` and every in-process CLI call share it: the pipeline loads once per test run.
"""

from __future__ import annotations

import json
import re
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner

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


@pytest.fixture(scope="session")
def linter() -> Linter:
    """The one Linter of the test session, with letterlint's default configuration."""
    return Linter(Config())


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
