"""Run letterlint as ``python -m letterlint``."""

from letterlint.cli.main import run

run()
