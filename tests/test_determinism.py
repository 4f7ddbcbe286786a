"""letterlint check is deterministic: the same letters give byte-identical JSON in every process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _check_json(seed: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
    paths = [str(CORPUS / "werk-en-inkomen"), str(CORPUS / "vth" / "vth-04-origineel.md")]
    completed = subprocess.run([sys.executable, "-m", "letterlint", "check", "--format", "json", *paths],
                               capture_output=True, text=True, env=environment, timeout=300)
    assert completed.returncode in (0, 1), completed.stderr
    return completed.stdout


def test_check_output_is_identical_across_processes_and_hash_seeds():
    first, second = _check_json("1"), _check_json("2")
    assert '"findings"' in first
    assert first == second
