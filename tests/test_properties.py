"""Property-based tests: letterlint never raises on arbitrary text, and every finding points
inside the source it came from."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from letterlint.config import Config
from letterlint.engine.linter import Linter

LETTERISH = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:?!()-'\"€0123456789\n\t#*_[]|>éëïü")),
    max_size=600,
)
ANY_UNICODE = st.text(max_size=300)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config())


def _assert_locations_inside(text: str, result) -> None:
    lines = re.split(r"\r\n|\r|\n", text)
    for finding in result.findings:
        location = finding.location
        assert 1 <= location.line <= len(lines), finding
        assert 1 <= location.end_line <= len(lines), finding
        assert location.line <= location.end_line, finding
        assert 1 <= location.column <= len(lines[location.line - 1]) + 1, finding
        assert 1 <= location.end_column <= len(lines[location.end_line - 1]) + 1, finding


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ANY_UNICODE)
def test_check_never_raises_on_arbitrary_unicode(linter, text):
    for kind in ("markdown", "text"):
        result = linter.lint_text(text, kind=kind)
        if result.error is not None:  # only for input without any text: a clear message, no crash
            assert result.error in ("het bestand is leeg", "het bestand bevat geen tekst",
                                    "dit lijkt een binair bestand, geen tekst"), result.error
            continue
        _assert_locations_inside(text, result)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=LETTERISH)
def test_locations_stay_inside_letter_like_text(linter, body):
    text = f"Geachte heer Jansen,\n\n{body}\n\nMet vriendelijke groet,\n\nS. Bakker\n"
    for kind in ("markdown", "text"):
        result = linter.lint_text(text, kind=kind)
        assert result.error is None, result.error
        _assert_locations_inside(text, result)
