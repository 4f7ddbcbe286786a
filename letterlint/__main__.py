"""Run letterlint as ``python -m letterlint``."""

from .cli import run

run()
