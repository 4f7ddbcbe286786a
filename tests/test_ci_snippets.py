"""The GitHub Actions and GitLab CI snippets in the README, run for real.

The shell lines of both snippets run in a throw-away git repository with a remote, a main branch
and a feature branch that changes one letter; the reports they write are then checked the way the
CI systems read them. Only what needs the CI service itself (checkout, setup-python, pip install,
uploading) is left out.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
import yaml

from conftest import CLEAN_LETTER, CORPUS, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def snippet(marker: str) -> dict:
    """The YAML block of the README that starts with the comment ``marker``."""
    for block in re.findall(r"```yaml\n(.*?)```", README, flags=re.S):
        if block.startswith(marker):
            return yaml.safe_load(block)
    raise AssertionError(f"no snippet {marker} in README")


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> Path:
    """A clone on a feature branch that adds one officialese letter next to an unchanged clean one."""
    root = tmp_path_factory.mktemp("ci")
    git(root, "init", "-q", "--bare", "-b", "main", "origin.git")
    work = root / "work"
    git(root, "clone", "-q", str(root / "origin.git"), "work")
    git(work, "checkout", "-q", "-b", "main")
    (work / "brieven").mkdir()
    (work / "brieven" / "schoon.md").write_text(CLEAN_LETTER, encoding="utf-8")
    git(work, "add", ".")
    git(work, "commit", "-q", "-m", "eerste brief")
    git(work, "push", "-q", "origin", "main")
    git(work, "checkout", "-q", "-b", "nieuwe-brief")
    shutil.copy(CORPUS / "werk-en-inkomen" / "wi-01-origineel.md", work / "brieven" / "afwijzing.md")
    git(work, "add", ".")
    git(work, "commit", "-q", "-m", "nieuwe brief")
    return work


def bash(script: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"  # letterlint of this environment
    return subprocess.run(["bash", "-c", script], cwd=cwd, env={**os.environ, **env, "PATH": path},
                          capture_output=True, text=True, timeout=300)


def test_github_actions_snippet_annotates_and_writes_valid_sarif_for_the_changed_letter(repository):
    steps = snippet("# .github/workflow")["jobs"]["letters"]["steps"]
    script = "\n".join(step["run"] for step in steps if "run" in step and not step["run"].startswith("pip "))
    script = script.replace("${{ github.base_ref }}", "main")
    done = bash("set -e -o pipefail\n" + script, repository, {})
    assert (repository / "changed-letters.txt").read_text(encoding="utf-8").split() == ["brieven/afwijzing.md"]
    assert done.returncode != 0, done.stderr  # the officialese letter has errors: the job fails (xargs: 123)
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert annotations and all("file=brieven/afwijzing.md," in line for line in annotations)
    schema = json.loads((REPO / "tests" / "data" / "sarif" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
    sarif = json.loads((repository / "letterlint.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    assert sarif["runs"][0]["results"]


def test_gitlab_ci_snippet_writes_code_quality_and_junit_reports(repository):
    job = snippet("# .gitlab-ci.yml")["letterlint"]
    script = "\n".join(line for line in job["script"] if not line.startswith("pip "))
    done = bash("set -e\n" + script, repository, {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"})
    assert done.returncode != 0, done.stderr  # xargs exits 123 when letterlint exits 1: the job fails
    reports = job["artifacts"]["reports"]
    quality = json.loads((repository / reports["codequality"]).read_text(encoding="utf-8"))
    assert quality and all(issue["location"]["path"] == "brieven/afwijzing.md" for issue in quality)
    assert all({"description", "check_name", "fingerprint", "severity"} <= set(issue) for issue in quality)
    junit = ET.parse(repository / reports["junit"]).getroot()
    assert int(junit.get("failures")) > 0
