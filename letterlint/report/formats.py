"""The registry of machine-readable formats, by name (the base types live in :mod:`letterlint.report.base`,
so the formats and the registry never import each other)."""

from __future__ import annotations

from letterlint.report import github, gitlab, json, junit, sarif

MACHINE_FORMATS = {"json": json.render, "sarif": sarif.render, "junit": junit.render,
                   "github": github.render, "gitlab": gitlab.render}


def machine_formatter(name: str):
    """The ``render`` function of a machine-readable format."""
    return MACHINE_FORMATS[name]
