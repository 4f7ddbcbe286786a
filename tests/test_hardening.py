"""Bad input through the real command line: one clear Dutch line naming the file, exit code 2,
and the other letters still checked.

Every case runs ``letterlint check goed.md <BAD> ander.md`` (text and JSON). Reader-level details
live in test_reading.py and configuration mistakes in test_config.py; this file adds what they do
not cover and proves the whole command keeps going.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import CLEAN_LETTER, ERROR_LETTER, ERROR_SENTENCE

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _outside_the_repository(tmp_path, monkeypatch):
    """Run in an empty folder, so no project configuration is picked up."""
    work = tmp_path / "werkmap"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def good_letters(tmp_path) -> tuple[Path, Path]:
    good = tmp_path / "goed.md"
    good.write_text(CLEAN_LETTER, encoding="utf-8")
    other = tmp_path / "ander.md"
    other.write_text(ERROR_LETTER, encoding="utf-8")
    return good, other


def word_letter(path: Path, paragraphs: tuple[str, ...] = ("Geachte heer Jansen,", "Wij hebben uw aanvraag ontvangen.",
                                                           "Met vriendelijke groet,", "Sanne Bakker")) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def assert_bad_file_reported(cli, good_letters, bad: Path, *words: str) -> str:
    """Check good + bad + other in text and JSON; returns the error message for the bad file."""
    good, other = good_letters
    args = ("check", str(good), str(bad), str(other), "--select", "RD,ST")
    result = cli(*args)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if bad.name in line]
    assert len(lines) == 1, result.output  # one line, naming the file
    for word in words:
        assert word in lines[0], lines[0]
    assert "goed.md" in result.stdout and "ander.md" in result.stdout
    assert "RD01" in result.stdout  # the letter after the bad one was checked too

    result, report = cli.json(*args)
    assert result.exit_code == 2
    by_path = {entry["path"]: entry for entry in report["files"]}
    assert list(by_path) == [str(good), str(bad), str(other)]
    assert by_path[str(good)]["error"] is None and by_path[str(good)]["readability"]["words"] > 0
    assert any(f["rule"] == "RD01" for f in by_path[str(other)]["findings"])
    message = by_path[str(bad)]["error"]
    assert isinstance(message, str) and message and "\n" not in message
    assert report["summary"]["unreadable"] == 1
    return message


# --------------------------------------------------------------------------- bad files


def _empty_with_bom(folder: Path) -> Path:
    path = folder / "leeg.md"
    path.write_bytes(b"\xef\xbb\xbf \n\r\n\t\n")
    return path


def _word_without_text(folder: Path) -> Path:
    return word_letter(folder / "leeg.docx", ("", "   "))


def _word_renamed_txt(folder: Path) -> Path:
    source = word_letter(folder / "echt.docx")
    path = folder / "brief.txt"
    shutil.move(source, path)
    return path


def _truncated_word(folder: Path) -> Path:
    data = word_letter(folder / "heel.docx").read_bytes()
    path = folder / "afgebroken.docx"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _word_with_broken_xml(folder: Path) -> Path:
    source = word_letter(folder / "heel.docx")
    path = folder / "kapotte-xml.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # valid zip, XML cut off mid-element
            target.writestr(item, data)
    return path


def _zip_bomb_by_ratio(folder: Path) -> Path:
    """A .docx whose document.xml inflates 20 MB from a few kB (honest sizes in the headers)."""
    source = word_letter(folder / "heel.docx")
    path = folder / "bom.docx"
    filler = b"<w:p><w:r><w:t>" + b"a" * (20 * 1024 * 1024) + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", filler + b"</w:body>")
            target.writestr(item.filename, data)
    assert path.stat().st_size < 200_000
    return path


def _zip_bomb_lying_about_size(folder: Path) -> Path:
    """A .docx whose headers claim document.xml is 2 kB while it inflates to 30 MB."""
    path = folder / "liegende-bom.docx"
    source = word_letter(folder / "heel.docx")
    big = b"<w:document>" + b" " * (30 * 1024 * 1024) + b"</w:document>"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in original.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item.filename, original.read(item.filename))
        target.writestr("word/document.xml", big)
    data = bytearray(path.read_bytes())
    claimed = struct.pack("<I", 2048)
    name = b"word/document.xml"
    local = next(i for i in range(len(data)) if data.startswith(b"PK\x03\x04", i) and data[i + 30:i + 30 + len(name)] == name)
    data[local + 22:local + 26] = claimed
    central = next(i for i in range(len(data)) if data.startswith(b"PK\x01\x02", i) and data[i + 46:i + 46 + len(name)] == name)
    data[central + 24:central + 28] = claimed
    path.write_bytes(bytes(data))
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size == 2048
    return path


def _nested_tables(depth: int, folder: Path, name: str) -> Path:
    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")
    document.add_paragraph("Hieronder ziet u de bedragen.")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "niveau 1"
    for level in range(2, depth + 1):
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
        cell.paragraphs[0].text = f"niveau {level}"
    document.add_paragraph("Met vriendelijke groet,")
    path = folder / name
    document.save(str(path))
    return path


def _deeply_nested_tables(folder: Path) -> Path:
    return _nested_tables(12, folder, "diep-genest.docx")


def _encrypted_word(folder: Path) -> Path:
    """What Word writes for a password-protected .docx: an OLE compound file (CFB) with an
    EncryptionInfo stream, not a zip. Here the 512-byte CFB header Word starts with."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    header[24:26] = struct.pack("<H", 0x003E)  # minor version
    header[26:28] = struct.pack("<H", 0x0003)  # major version 3
    header[28:30] = b"\xfe\xff"  # little endian
    header[30:32] = struct.pack("<H", 9)  # 512-byte sectors
    header[32:34] = struct.pack("<H", 6)
    path = folder / "beveiligd.docx"
    path.write_bytes(bytes(header) + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 4096)
    return path


def _macro_document(folder: Path) -> Path:
    source = word_letter(folder / "heel.docx")
    path = folder / "macro.docm"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as target:
        for item in original.infolist():
            target.writestr(item, original.read(item.filename))
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\x00" * 60)
    return path


def _macro_in_docx(folder: Path) -> Path:
    path = _macro_document(folder)
    return path.rename(folder / "macro-vermomd.docx")


def _huge_text(folder: Path) -> Path:
    path = folder / "groot.txt"
    paragraph = (ERROR_SENTENCE + "\n\n").encode("utf-8")
    with open(path, "wb") as handle:
        handle.write(paragraph * (20 * 1024 * 1024 // len(paragraph) + 1))
    return path


def _neither_utf8_nor_cp1252(folder: Path) -> Path:
    path = folder / "onleesbaar.txt"
    path.write_bytes("Geachte heer Jansen,\n\nWij hebben uw aanvraag ontvangen.".encode("utf-8") + b"\x81\x8d\x90\x9d")
    return path


def _missing_folder(folder: Path) -> Path:
    return folder / "bestaat-niet" / "brief.md"


def _folder_named_like_a_letter(folder: Path) -> Path:
    path = folder / "map.md"
    path.mkdir()
    (path / "brief.md").write_text(CLEAN_LETTER, encoding="utf-8")
    return path.parent / "map.md" / "brief.md" / "nog-dieper.md"


BAD_FILES = {
    "leeg-met-bom": (_empty_with_bom, "leeg"),
    "word-zonder-tekst": (_word_without_text, "geen tekst"),
    "word-hernoemd-naar-txt": (_word_renamed_txt, "binair"),
    "word-afgebroken": (_truncated_word, "beschadigd"),
    "word-kapotte-xml": (_word_with_broken_xml, "Word-bestand"),
    "zip-bom": (_zip_bomb_by_ratio, "zip-bom"),
    "zip-bom-liegende-koppen": (_zip_bomb_lying_about_size, "beschadigd"),
    "tabellen-te-diep": (_deeply_nested_tables, "genest"),
    "wachtwoord": (_encrypted_word, "wachtwoord"),
    "docm": (_macro_document, "macro"),
    "macro-in-docx": (_macro_in_docx, "macro"),
    "20-mb": (_huge_text, "te groot"),
    "geen-utf8-geen-cp1252": (_neither_utf8_nor_cp1252, "ongeldige tekens"),
    "map-bestaat-niet": (_missing_folder, "bestaat niet"),
    "pad-door-een-bestand": (_folder_named_like_a_letter, "bestaat niet"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_one_dutch_line_exit_2_and_the_others_are_still_checked(cli, good_letters, tmp_path, case):
    build, expected = BAD_FILES[case]
    bad = build(tmp_path)
    started = time.perf_counter()
    assert_bad_file_reported(cli, good_letters, bad, expected)
    assert time.perf_counter() - started < 30


def _special_files(folder: Path) -> list[Path]:
    """A named pipe, a symlink to an endless device and a symlink loop, all named like letters."""
    pipe = folder / "pijp.md"
    os.mkfifo(pipe)
    endless = folder / "eindeloos.txt"
    endless.symlink_to("/dev/zero")
    (folder / "lus-a.md").symlink_to(folder / "lus-b.md")
    (folder / "lus-b.md").symlink_to(folder / "lus-a.md")
    return [pipe, endless, folder / "lus-a.md"]


SPECIAL_MESSAGES = {"pijp.md": "geen gewoon bestand", "eindeloos.txt": "geen gewoon bestand",
                    "lus-a.md": "symlinks"}


def test_pipes_devices_and_symlink_loops_are_refused_by_the_reader(cli, good_letters, tmp_path):
    good, other = good_letters
    special = _special_files(tmp_path)
    result, report = cli.json("check", str(good), *map(str, special), str(other), "--select", "RD", "--no-cache")
    assert result.exit_code == 2
    errors = {Path(entry["path"]).name: entry["error"] for entry in report["files"]}
    for name, words in SPECIAL_MESSAGES.items():
        assert words in errors[name], errors
    assert errors["goed.md"] is None and errors["ander.md"] is None


def test_a_named_pipe_does_not_hang_the_default_check(cli, good_letters, tmp_path):
    """Runs in a thread; if it blocks, the test writes EOF into the pipe so the thread can end."""
    import threading

    from letterlint.cli.main import main

    good, other = good_letters
    pipe = tmp_path / "pijp.md"
    os.mkfifo(pipe)
    outcome: dict = {}
    args = ["check", str(good), str(pipe), str(other), "--select", "RD", "--format", "json"]
    thread = threading.Thread(target=lambda: outcome.update(result=cli.runner.invoke(main, args)), daemon=True)
    thread.start()
    thread.join(timeout=10)
    hung = thread.is_alive()
    if hung:
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))  # the blocked reader gets end-of-file
        thread.join(timeout=60)
    assert not hung, "letterlint check blocked on a named pipe"
    result = outcome["result"]
    assert result.exit_code == 2
    errors = {Path(entry["path"]).name: entry["error"] for entry in json.loads(result.stdout)["files"]}
    assert "geen gewoon bestand" in errors["pijp.md"]


def test_zip_bomb_is_refused_without_inflating_it(tmp_path):
    """The size check reads the archive's directory; the 20 MB never reach memory."""
    import tracemalloc

    from letterlint.reading.sources import ReadError, read_document

    bomb = _zip_bomb_by_ratio(tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(ReadError, match="zip-bom"):
            read_document(str(bomb))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024


def test_zip_bomb_with_lying_headers_is_read_only_up_to_the_claimed_size(tmp_path):
    import tracemalloc

    from letterlint.reading.sources import ReadError, read_document

    bomb = _zip_bomb_lying_about_size(tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(ReadError):
            read_document(str(bomb))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # not the 30 MB the data really holds


def test_word_file_that_inflates_to_far_more_text_than_the_size_limit_is_refused_before_parsing(
        cli, good_letters, tmp_path):
    """A .docx under the file-size limit whose body XML inflates to more than 4x that limit (but not
    compressible enough to look like a zip bomb) would hold far more text than a .txt may."""
    import random

    (Path.cwd() / "setup.cfg").write_text("[letterlint]\nmax_file_size_mb = 0.1\n", encoding="utf-8")
    rng = random.Random(8)
    words = ("de", "gemeente", "besluit")
    paragraphs = "".join(f"<w:p><w:r><w:t>{' '.join(rng.choices(words, k=40))}</w:t></w:r></w:p>" for _ in range(3500))
    source = word_letter(tmp_path / "heel.docx")
    path = tmp_path / "veel-tekst.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", paragraphs.encode() + b"</w:body>")
            target.writestr(item.filename, data)
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    assert path.stat().st_size < 0.1 * 1024 * 1024 and info.file_size / info.compress_size < 200
    assert info.file_size > 0.4 * 1024 * 1024
    assert_bad_file_reported(cli, good_letters, path, "te veel tekst")


def test_nested_tables_within_the_limit_are_read_in_order(cli, tmp_path):
    path = _nested_tables(4, tmp_path, "genest.docx")
    from letterlint.reading.sources import read_document

    texts = [line.text for line in read_document(str(path)).lines if line.text]
    assert texts[:2] == ["Geachte heer Jansen,", "Hieronder ziet u de bedragen."]
    assert [text for text in texts if text.startswith("niveau")] == ["niveau 1", "niveau 2", "niveau 3", "niveau 4"]
    result = cli("check", str(path))
    assert result.exit_code in (0, 1), result.output


# --------------------------------------------------------------------------- size limit from the configuration


def _letter_of_size(path: Path, size: int) -> Path:
    head = CLEAN_LETTER.split("Met vriendelijke groet,")[0]
    tail = "Met vriendelijke groet,\n\nSanne Bakker\nmedewerker Publiekszaken\n"
    paragraph = "U kunt de pas ophalen bij het loket in het gemeentehuis. Neem uw oude pas mee.\n\n"
    body = head
    while len((body + paragraph + tail).encode("utf-8")) <= size:
        body += paragraph
    data = (body + tail).encode("utf-8")
    data += b" " * (size - len(data))
    path.write_bytes(data)
    assert path.stat().st_size == size
    return path


def test_file_just_under_a_lowered_limit_is_checked_and_just_over_is_refused(cli, good_letters, tmp_path):
    limit = 25 * 1024
    (Path.cwd() / "setup.cfg").write_text(f"[letterlint]\nmax_file_size_mb = {limit / 1024 / 1024}\n", encoding="utf-8")
    under = _letter_of_size(tmp_path / "net-eronder.md", limit - 100)
    over = _letter_of_size(tmp_path / "net-erboven.md", limit + 100)
    started = time.perf_counter()
    result, report = cli.json("check", str(under))
    elapsed = time.perf_counter() - started
    assert result.exit_code in (0, 1), result.output
    assert report["files"][0]["error"] is None and report["files"][0]["readability"]["words"] > 3500
    assert elapsed < 30, f"25 kB took {elapsed:.1f} s"
    assert_bad_file_reported(cli, good_letters, over, "te groot")


# --------------------------------------------------------------------------- line endings and long lines


def _mixed_endings(lines: list[str]) -> str:
    """CRLF, CR and LF in turn. A CR is never followed by an empty LF line: "\\r" + "\\n" is one
    CRLF line break for every editor, so that would change the line count."""
    endings = ["\r\n", "\r", "\n"]
    parts = []
    for index, line in enumerate(lines):
        ending = endings[index % 3]
        if ending == "\r" and index + 1 < len(lines) and lines[index + 1] == "":
            ending = "\r\n"
        parts.append(line + ending)
    return "".join(parts)


def test_mixed_line_endings_give_findings_at_the_right_line_and_column(cli, tmp_path):
    lines = CLEAN_LETTER.replace(
        "Wij laten u weten dat uw nieuwe pas voor het zwembad klaarligt. U kunt de pas ophalen bij het "
        "loket in het gemeentehuis.", ERROR_SENTENCE).replace("Neem uw", "Neem Uw").rstrip("\n").split("\n")
    data = _mixed_endings(lines)
    assert data.count("\r\n") and data.replace("\r\n", "").count("\r") and data.replace("\r\n", "").count("\n")
    path = tmp_path / "gemengd.txt"
    path.write_bytes(data.encode("utf-8"))
    expected_line = lines.index(ERROR_SENTENCE) + 1
    capital = next(index for index, line in enumerate(lines) if "Neem Uw oude pas mee." in line)

    result, report = cli.json("check", str(path), "--select", "RD01,TO02")
    findings = {f["rule"]: f for f in report["files"][0]["findings"]}
    assert findings["RD01"]["line"] == expected_line and findings["RD01"]["column"] == 1
    assert findings["TO02"]["line"] == capital + 1
    assert findings["TO02"]["column"] == lines[capital].index("Uw") + 1
    assert findings["TO02"]["text"] == "Uw"


LONG_SENTENCE = "Wij hebben uw aanvraag voor bijzondere bijstand ontvangen en wij nemen binnen acht weken een besluit. "


def _long_line_letter(length: int, unit: str = LONG_SENTENCE) -> str:
    line = (unit * (length // len(unit) + 1))[:length]
    return f"Geachte heer Jansen,\n\n{line}\n\nNeem Uw oude pas mee.\n\nMet vriendelijke groet,\n\nSanne Bakker\n"


def test_a_100000_character_line_is_checked_with_findings_after_it_in_place(linter):
    text = _long_line_letter(100_000)
    started = time.perf_counter()
    result = linter.lint_text(text, "lange-regel.txt", "text")
    elapsed = time.perf_counter() - started
    assert result.error is None
    assert result.readability.words > 14_000
    capital = [f for f in result.findings if f.rule == "TO02"]
    assert [(f.location.line, f.location.column) for f in capital] == [(5, 6)]
    assert elapsed < 45, f"100,000 characters took {elapsed:.1f} s"


def _sentence_splitting_seconds(linter, length: int) -> float:
    """Time of letterlint's sentence splitter (the letter_sentences component) on one long line."""
    nlp = linter.pipeline.nlp
    component = nlp.get_pipe("letter_sentences")
    doc = nlp.make_doc((LONG_SENTENCE * (length // len(LONG_SENTENCE) + 1))[:length])
    started = time.perf_counter()
    doc = component(doc)
    elapsed = time.perf_counter() - started
    assert len(list(doc.sents)) > length // 120
    return elapsed


def test_sentence_splitting_time_grows_linearly_with_the_length_of_one_line(linter):
    _sentence_splitting_seconds(linter, 1_000)  # warm up
    quarter = min(_sentence_splitting_seconds(linter, 12_500) for _ in range(3))
    full = _sentence_splitting_seconds(linter, 50_000)
    # linear: 4x the text takes about 4x the time; quadratic would be 16x
    assert full < 8 * quarter + 0.05, f"12,500 chars: {quarter:.3f} s, 50,000 chars: {full:.3f} s"


def test_one_3000_letter_word_is_checked_not_an_internal_error(linter):
    text = _long_line_letter(3_000, unit="woord")
    result = linter.lint_text(text, "een-woord.txt", "text")
    assert result.error is None, result.error
    assert result.readability.words >= 1


# --------------------------------------------------------------------------- permissions


def test_unreadable_file_is_reported_and_the_others_checked(cli, good_letters, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("als root heeft chmod 000 geen effect; zie de test die als 'nobody' draait")
    bad = tmp_path / "geheim.md"
    bad.write_text(CLEAN_LETTER, encoding="utf-8")
    bad.chmod(0)
    try:
        assert_bad_file_reported(cli, good_letters, bad, "leesrechten")
    finally:
        bad.chmod(0o644)


def test_unreadable_file_as_an_unprivileged_user(good_letters):
    """As root chmod 000 does not bite: run the real command as 'nobody' with setpriv."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to switch to an unprivileged user")
    folder = Path(tempfile.mkdtemp(prefix="letterlint-rechten-"))
    try:
        folder.chmod(0o755)
        good, other = good_letters
        shutil.copy(good, folder / "goed.md")
        shutil.copy(other, folder / "ander.md")
        bad = folder / "geheim.md"
        bad.write_text(CLEAN_LETTER, encoding="utf-8")
        bad.chmod(0)
        for path in (folder / "goed.md", folder / "ander.md"):
            path.chmod(0o644)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "letterlint",
                   "check", "goed.md", "geheim.md", "ander.md", "--select", "RD,ST"]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(folder), "LANG": "C.UTF-8"}
        probe = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
                                "import letterlint"], cwd=folder, env=env, capture_output=True, timeout=60)
        if probe.returncode != 0:
            pytest.skip("the virtual environment is not readable for 'nobody'")
        run = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=120)
        output = run.stdout + run.stderr
        assert run.returncode == 2, output
        lines = [line for line in output.splitlines() if "geheim.md" in line]
        assert len(lines) == 1 and "leesrechten" in lines[0], output
        assert "Traceback" not in output
        assert "goed.md" in run.stdout and "RD01" in run.stdout
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- inputs stay untouched


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode)
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_checking_a_folder_changes_deletes_or_adds_nothing_in_it(cli, tmp_path):
    folder = tmp_path / "brieven"
    (folder / "sub").mkdir(parents=True)
    (folder / "goed.md").write_text(CLEAN_LETTER, encoding="utf-8")
    (folder / "sub" / "fout.txt").write_bytes(ERROR_LETTER.replace("\n", "\r\n").encode("cp1252"))
    word_letter(folder / "brief.docx")
    (folder / "leeg.txt").write_bytes(b"")
    before = _snapshot(folder)
    for args in (("check", str(folder)), ("check", str(folder), "--format", "json")):
        result = cli(*args)
        assert result.exit_code == 2, result.output  # leeg.txt
    assert _snapshot(folder) == before


def test_compare_refuses_to_write_its_report_over_an_input(cli, good_letters):
    good, other = good_letters
    before = good.read_bytes()
    result = cli("compare", str(good), str(other), "--format", "html", "--out", str(good))
    assert result.exit_code == 2
    assert "invoer" in result.output and "\n" not in result.output.strip()
    assert good.read_bytes() == before


def test_compare_writes_its_report_atomically_next_to_the_inputs(cli, good_letters, tmp_path):
    good, other = good_letters
    out = tmp_path / "vergelijking.html"
    result = cli("compare", str(good), str(other), "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


# --------------------------------------------------------------------------- sandbox: names and templates

templating = pytest.importorskip("letterlint.templating.library")

ESCAPING_NAMES = ["../vth", "..", "vth/../../etc", "/etc/passwd", "departments/../../x", "VTH", "vth\\..\\x",
                  "werk-en-inkomen/..", "", " vth", "vth\x00"]


@pytest.mark.parametrize("name", ESCAPING_NAMES)
def test_department_name_cannot_leave_the_departments_folder(name):
    library = templating.TemplateLibrary()
    with pytest.raises(templating.TemplateError) as caught:
        library.department(name)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("template_id", [
    "../belastingen/aanmaning", "belastingen/../aanmaning", "belastingen/../../README", "/etc/passwd",
    "../../../../etc/passwd", "belastingen/aanmaning/..", "_blocks/bezwaar", "departments/vth", "belastingen\\aanmaning",
])
def test_template_name_cannot_leave_the_templates_folder(template_id):
    library = templating.TemplateLibrary()
    with pytest.raises(templating.TemplateError):
        library.template(template_id)


@pytest.fixture
def own_library(tmp_path) -> Path:
    """A copy of the bundled templates with a secret file next to (outside) the copy."""
    root = tmp_path / "sjablonen"
    shutil.copytree(templating.bundled_templates_dir(), root)
    (tmp_path / "geheim.txt").write_text("WACHTWOORD=hunter2", encoding="utf-8")
    return root


def _render_own(root: Path, body: str):
    (root / "belastingen" / "proef.md.j2").write_text(body, encoding="utf-8")
    shutil.copy(root / "belastingen" / "aanmaning.yaml", root / "belastingen" / "proef.yaml")
    library = templating.TemplateLibrary(root)
    info = library.template("belastingen/proef")
    return library.render("belastingen/proef", "belastingen", info.sample)


@pytest.mark.parametrize("body", [
    '{% include "../geheim.txt" %}',
    '{% include "/etc/passwd" %}',
    '{% extends "../../geheim.txt" %}',
])
def test_a_template_cannot_include_a_file_outside_the_templates_folder(own_library, body):
    with pytest.raises(templating.TemplateError) as caught:
        _render_own(own_library, body)
    assert "hunter2" not in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("body", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ amounts.__class__.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
])
def test_the_sandbox_blocks_python_internals_in_a_template(own_library, body):
    with pytest.raises(templating.TemplateError) as caught:
        _render_own(own_library, body)
    assert "uid=" not in str(caught.value)


def test_a_template_syntax_error_names_the_file_and_line(own_library):
    with pytest.raises(templating.TemplateError) as caught:
        _render_own(own_library, "Beste inwoner,\n\n{% if amounts %}\nU betaalt {{ amounts[0].value | bedrag }}.\n")
    message = str(caught.value)
    assert "proef.md.j2" in message and "regel" in message and "\n" not in message


def test_an_undefined_variable_in_a_template_names_the_file_and_line(own_library):
    with pytest.raises(templating.TemplateError) as caught:
        _render_own(own_library, "Beste inwoner,\n\nU betaalt {{ bedragen_totaal }} vóór {{ deadline }}.\n")
    message = str(caught.value)
    assert "proef.md.j2" in message and "regel 3" in message and "bedragen_totaal" in message


def test_case_data_that_looks_like_template_code_is_printed_not_run(own_library):
    library = templating.TemplateLibrary(own_library)
    data = dict(library.template("belastingen/aanmaning").sample)
    data["subject"] = "{{ ''.__class__ }} {% include '../geheim.txt' %}"
    letter = library.render("belastingen/aanmaning", "belastingen", data)
    assert "{{ ''.__class__ }}" in letter.markdown and "hunter2" not in letter.markdown


# --------------------------------------------------------------------------- HTML output escapes letter text

HOSTILE = "Geachte heer <script>alert('brief')</script> Jansen, <img src=x onerror=alert(1)> & zo."


def _hostile_letter(tmp_path: Path, name: str = "vijandig.md") -> Path:
    path = tmp_path / name
    path.write_text(CLEAN_LETTER.replace("Geachte heer Jansen,", HOSTILE).replace(
        "Neem uw oude pas mee.", "Neem Uw oude pas <b onmouseover=alert(2)>mee</b>."), encoding="utf-8")
    return path


def _assert_escaped(html: str) -> None:
    assert "<script>alert('brief')</script>" not in html
    assert "<img src=x onerror" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;" in html or "&lt;script>" in html


def test_compare_html_escapes_letter_text(cli, tmp_path):
    a = _hostile_letter(tmp_path, "a.md")
    b = tmp_path / "b.md"
    b.write_text(ERROR_LETTER.replace("het gemeentehuis kunt ophalen.",
                                      "het gemeentehuis <script>alert('brief')</script> kunt ophalen."), encoding="utf-8")
    out = tmp_path / "vergelijking.html"
    result = cli("compare", str(a), str(b), "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    _assert_escaped(out.read_text(encoding="utf-8"))


def test_preview_html_escapes_letter_text(linter, tmp_path):
    preview = pytest.importorskip("letterlint.report.preview")
    result = next(iter(linter.lint_paths([str(_hostile_letter(tmp_path))])))
    assert result.error is None
    html = preview.render_preview(result)
    _assert_escaped(html)


# --------------------------------------------------------------------------- no command writes over an input

CASE_YAML = """recipient: {name: "de heer O. Yildiz", address: ["Acaciastraat 31", "7391 LL Lindenburg"]}
letter_date: 2026-05-14
case_number: "BEL-2026-02210"
"""


def _commands_writing_over(good: Path, other: Path, data: Path, target: str) -> dict[str, tuple[str, ...]]:
    return {
        "preview": ("preview", str(good), "--out", target),
        "fix": ("fix", str(good), "--out", target),
        "rewrite": ("rewrite", str(good), "--out", target),
        "compare": ("compare", str(good), str(other), "--format", "html", "--out", target),
        "render": ("render", "belastingen/aanmaning", "-d", "belastingen", "--data", str(data), "--out", target),
    }


@pytest.mark.parametrize("command", ["preview", "fix", "rewrite", "compare", "render"])
@pytest.mark.parametrize("spelling", ["same", "detour", "symlink"])
def test_no_command_writes_its_output_over_an_input(cli, good_letters, tmp_path, command, spelling):
    good, other = good_letters
    data = tmp_path / "zaak.yaml"
    data.write_text(CASE_YAML, encoding="utf-8")
    victim = data if command == "render" else good
    (tmp_path / "sub").mkdir()
    target = {"same": str(victim), "detour": str(tmp_path / "sub" / ".." / victim.name),
              "symlink": str(tmp_path / "sub" / victim.name)}[spelling]
    if spelling == "symlink":
        Path(target).symlink_to(victim)
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in (good, other, data)}
    result = cli(*_commands_writing_over(good, other, data, target)[command])
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in (good, other, data)} == before
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]
