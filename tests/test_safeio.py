"""Atomic writes and the guard against overwriting an input file."""

from __future__ import annotations

import os
import stat

import pytest

from letterlint import safeio
from letterlint.safeio import OutputError, atomic_write, ensure_not_input

OLD_REPORT = "Rapport van gisteren: 3 brieven gecontroleerd.\n"
NEW_REPORT = "Rapport van vandaag: 4 brieven gecontroleerd, één met een fout.\n"


def _leftovers(folder) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def test_atomic_write_creates_a_new_file_with_the_text(tmp_path):
    target = tmp_path / "rapport.txt"
    atomic_write(target, NEW_REPORT)
    assert target.read_text(encoding="utf-8") == NEW_REPORT
    assert _leftovers(tmp_path) == []


def test_atomic_write_replaces_an_existing_file_and_writes_bytes_as_is(tmp_path):
    target = tmp_path / "rapport.html"
    target.write_text(OLD_REPORT, encoding="utf-8")
    atomic_write(target, "<p>Één brief</p>".encode("utf-8"))
    assert target.read_bytes() == "<p>Één brief</p>".encode("utf-8")


def test_atomic_write_honours_the_encoding(tmp_path):
    target = tmp_path / "oud.txt"
    atomic_write(target, "Geachte heer Müller, één", encoding="cp1252")
    assert target.read_bytes() == "Geachte heer Müller, één".encode("cp1252")


def test_atomic_write_keeps_the_permissions_of_the_existing_file(tmp_path):
    target = tmp_path / "rapport.txt"
    target.write_text(OLD_REPORT, encoding="utf-8")
    os.chmod(target, 0o640)
    atomic_write(target, NEW_REPORT)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_new_file_gets_umask_permissions_not_the_private_temp_file_mode(tmp_path):
    target = tmp_path / "nieuw.txt"
    old = os.umask(0o022)
    try:
        atomic_write(target, NEW_REPORT)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644


class _FailingWrite:
    """Wraps the temp file so that writing raises, as a full disk or Ctrl-C would mid-write."""

    def __init__(self, real_factory, exception: BaseException) -> None:
        self.real_factory = real_factory
        self.exception = exception

    def __call__(self, *args, **kwargs):
        handle = self.real_factory(*args, **kwargs)
        exception = self.exception

        def write(data):
            handle.file.write(data[: len(data) // 2])  # half the data reaches the temp file
            raise exception

        handle.write = write
        return handle


@pytest.mark.parametrize("exception", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_exception_mid_write_leaves_the_old_file_intact_and_no_temp_file(tmp_path, monkeypatch, exception):
    target = tmp_path / "rapport.txt"
    target.write_text(OLD_REPORT, encoding="utf-8")
    monkeypatch.setattr(safeio.tempfile, "NamedTemporaryFile",
                        _FailingWrite(safeio.tempfile.NamedTemporaryFile, exception))
    # a full disk becomes one Dutch line naming the file (OutputError); Ctrl-C stays itself
    with pytest.raises(safeio.OutputError if isinstance(exception, OSError) else type(exception)) as raised:
        atomic_write(target, NEW_REPORT * 1000)
    if isinstance(exception, OSError):
        assert str(raised.value).startswith(f"{target}: ") and "schijf is vol" in str(raised.value)
    assert target.read_text(encoding="utf-8") == OLD_REPORT
    assert _leftovers(tmp_path) == []
    assert sorted(os.listdir(tmp_path)) == ["rapport.txt"]


def test_interrupt_at_replace_leaves_no_half_written_new_file(tmp_path, monkeypatch):
    target = tmp_path / "nieuw.json"

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(safeio.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, '{"brieven": 4}')
    assert os.listdir(tmp_path) == []


def test_output_equal_to_an_input_is_refused(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer Jansen,", encoding="utf-8")
    with pytest.raises(OutputError, match="invoer") as caught:
        ensure_not_input(letter, [tmp_path / "ander.txt", letter])
    assert "brief.txt" in str(caught.value) and "\n" not in str(caught.value)


def test_output_reached_by_another_spelling_of_the_same_path_is_refused(tmp_path, monkeypatch):
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer Jansen,", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    with pytest.raises(OutputError):
        ensure_not_input("../brief.txt", [str(letter)])


def test_output_that_is_a_symlink_or_hard_link_to_an_input_is_refused(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer Jansen,", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(letter)
    os.link(letter, tmp_path / "hard.txt")
    with pytest.raises(OutputError):
        ensure_not_input(tmp_path / "link.txt", [letter])
    with pytest.raises(OutputError):
        ensure_not_input(tmp_path / "hard.txt", [letter])


def test_a_different_output_file_is_allowed(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer Jansen,", encoding="utf-8")
    ensure_not_input(tmp_path / "rapport.html", [letter, "-"])
    ensure_not_input("-", [letter])
