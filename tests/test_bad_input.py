"""The bad-input suite (issue 13): every case through the real command line, next to good letters.

Each case puts one bad input between two good letters (``goed.md``: clean, ``ander.md``: one
sentence too long, an RD01 error) and runs ``letterlint check`` in every machine format and as
text. For every case the suite asserts the exit code, exactly one text line naming the bad file
(for errors), a valid JSON report (and SARIF 2.1.0 and JUnit XML), both good letters reported,
and every input byte-identical afterwards. Cases that must stop a run before it starts
(an output that would replace an input, a bad setting) are checked for the one Dutch line,
exit code 2 and untouched inputs.

Slow worst cases (5 MB inputs) are measured in bench/bench_worst.py, not here.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import docx
import jsonschema
import pytest

from conftest import CLEAN_LETTER, ERROR_LETTER
from letterlint.templating import library as templating

REPO = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((REPO / "tests" / "data" / "sarif" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
WARNING_SENTENCE = "Neem Uw oude pas mee."  # TO02: a capital 'Uw' mid-letter


@pytest.fixture(autouse=True)
def _outside_the_repository(tmp_path, monkeypatch):
    """Run in an empty folder of its own, so no project configuration is picked up."""
    work = tmp_path / "werkmap"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "invoer"
    folder.mkdir()
    (folder / "goed.md").write_text(CLEAN_LETTER, encoding="utf-8")
    (folder / "ander.md").write_text(ERROR_LETTER, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- snapshots


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under ``folder``: a file's bytes hash and mode, a link's target, a folder."""
    state: dict[str, object] = {}
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if name != "werkmap"]  # the working folder holds the cache
        for name in dirs + files:
            path = os.path.join(root, name)
            status = os.lstat(path)
            if os.path.islink(path):
                state[path] = ("link", os.readlink(path))
            elif os.path.isfile(path):
                with open(path, "rb") as handle:
                    state[path] = ("file", hashlib.sha256(handle.read()).hexdigest(), status.st_mode,
                                   status.st_mtime_ns)
            else:
                state[path] = ("other", status.st_mode)
    return state


# --------------------------------------------------------------------------- Word files


def word_bytes(paragraphs=("Geachte heer Jansen,", "Wij hebben uw aanvraag ontvangen.", "Met vriendelijke groet,",
                           "Sanne Bakker")) -> bytes:
    import io

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rezip(path: Path, change: dict[str, bytes | Callable[[bytes], bytes] | None],
          source: bytes | None = None, compression=zipfile.ZIP_DEFLATED) -> Path:
    """A copy of a Word file with parts replaced (bytes), edited (a function) or left out (None);
    names not in the original are added."""
    import io

    source = source or word_bytes()
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(path, "w", compression) as target:
        names = original.namelist()
        for name in names:
            if name in change and change[name] is None:
                continue
            data = original.read(name)
            if name in change:
                edit = change[name]
                data = edit(data) if callable(edit) else edit
            target.writestr(name, data)
        for name, data in change.items():
            if name not in names and data is not None and not callable(data):
                target.writestr(name, data)
    return path


def _in_body(xml: str) -> Callable[[bytes], bytes]:
    return lambda data: data.replace(b"</w:body>", xml.encode("utf-8") + b"</w:body>", 1) if b"<w:sectPr" not in data \
        else data.replace(b"<w:sectPr", xml.encode("utf-8") + b"<w:sectPr", 1)


def _local_header(data: bytes, name: bytes) -> int:
    return next(i for i in range(len(data)) if data.startswith(b"PK\x03\x04", i) and data[i + 30:i + 30 + len(name)] == name)


def _central_header(data: bytes, name: bytes) -> int:
    return next(i for i in range(len(data)) if data.startswith(b"PK\x01\x02", i) and data[i + 46:i + 46 + len(name)] == name)


def _patched(folder: Path, file_name: str, patch: Callable[[bytearray], None]) -> Path:
    path = folder / file_name
    data = bytearray(word_bytes())
    patch(data)
    path.write_bytes(bytes(data))
    return path


def _corrupt_deflate(data: bytearray) -> None:
    name = b"word/document.xml"
    local = _local_header(data, name)
    start = local + 30 + len(name) + struct.unpack("<H", data[local + 28:local + 30])[0]
    size = struct.unpack("<I", data[local + 18:local + 22])[0]
    for offset in range(start + 2, start + size - 2, 7):
        data[offset] ^= 0x5A


def _bad_crc(data: bytearray) -> None:
    name = b"word/document.xml"
    for header, field in ((_local_header(data, name), 14), (_central_header(data, name), 16)):
        data[header + field:header + field + 4] = b"\xde\xad\xbe\xef"


def _unknown_compression(data: bytearray) -> None:
    name = b"word/document.xml"
    data[_local_header(data, name) + 8:_local_header(data, name) + 10] = struct.pack("<H", 99)
    data[_central_header(data, name) + 10:_central_header(data, name) + 12] = struct.pack("<H", 99)


def _encrypted_flag(data: bytearray) -> None:
    name = b"word/document.xml"
    for header, field in ((_local_header(data, name), 6), (_central_header(data, name), 8)):
        flags = struct.unpack("<H", data[header + field:header + field + 2])[0] | 0x1
        data[header + field:header + field + 2] = struct.pack("<H", flags)


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha">'
                  + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
                  + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                  '<w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>')
XXE = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
       '<w:p><w:r><w:t>Geachte heer Jansen, &geheim;</w:t></w:r></w:p></w:body></w:document>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _deep_xml(depth: int) -> bytes:
    return (f'<?xml version="1.0"?><w:document {W}><w:body><w:p>' + "<w:smartTag>" * depth
            + "<w:r><w:t>diep</w:t></w:r>" + "</w:smartTag>" * depth + "</w:p></w:body></w:document>").encode()


TEXT_BOX = ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
            '<w:p><w:r><w:t>Tekst in een tekstvak.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>'
            '</w:pict></w:r></w:p>')
INSERTION = ('<w:p><w:ins w:id="7" w:author="Sanne Bakker" w:date="2026-03-01T10:00:00Z"><w:r><w:t>'
             f'{WARNING_SENTENCE}</w:t></w:r></w:ins></w:p>')
FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:t>Zie artikel 4:8 van de Awb.</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>').encode()


def _with_footnotes(folder: Path) -> Path:
    rels = ('<Relationship Id="rIdVoetnoot" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
    override = ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
    return rezip(folder / "voetnoten.docx", {
        "word/footnotes.xml": FOOTNOTES,
        "word/_rels/document.xml.rels": lambda data: data.replace(b"</Relationships>", rels),
        "[Content_Types].xml": lambda data: data.replace(b"</Types>", override),
    })


def _external_header(folder: Path) -> Path:
    rels = ('<Relationship Id="rIdExtern" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/header" Target="http://voorbeeld.invalid/kop.xml" TargetMode="External"/>'
            '</Relationships>').encode()
    return rezip(folder / "extern.docx", {"word/_rels/document.xml.rels": lambda d: d.replace(b"</Relationships>", rels)})


def _nested_tables(folder: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for level in range(2, 10):
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    path = folder / "genest.docx"
    document.save(str(path))
    return path


def _template(body: str, name: str = "proef") -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        root = folder / "sjablonen"
        if not root.exists():
            shutil.copytree(templating.bundled_templates_dir(), root)
        (root / "belastingen" / f"{name}.md.j2").write_text(body, encoding="utf-8")
        shutil.copy(root / "belastingen" / "aanmaning.yaml", root / "belastingen" / f"{name}.yaml")
        return root / "belastingen" / f"{name}.md.j2"
    return build


# --------------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Case:
    build: Callable[[Path], Path]
    kind: str  # error | notice | analysed
    words: str = ""  # in the error or a notice (lower case compared)


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path
    return build


def _letter_with(body: str) -> str:
    return f"Geachte heer Jansen,\n\n{body}\n\nMet vriendelijke groet,\n\nSanne Bakker\n"


def _symlink(name: str, target: Callable[[Path], str]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(target(folder))
        return path
    return build


def _fifo(folder: Path) -> Path:
    path = folder / "pijp.md"
    os.mkfifo(path)
    return path


def _loop(folder: Path) -> Path:
    (folder / "lus-a.md").symlink_to(folder / "lus-b.md")
    (folder / "lus-b.md").symlink_to(folder / "lus-a.md")
    return folder / "lus-a.md"


def _folder_named_md(folder: Path) -> Path:
    path = folder / "map.md"
    path.mkdir()
    return path / "nog-een.md" / "brief.md"


def _secret_outside(folder: Path) -> Path:
    secret = folder.parent / "buiten" / "geheim.md"
    secret.parent.mkdir(exist_ok=True)
    secret.write_text(_letter_with("Het wachtwoord van de server is hunter2."), encoding="utf-8")
    return secret


def _folder_with_link_out(folder: Path) -> Path:
    inner = folder / "map"
    inner.mkdir()
    (inner / "brief.md").write_text(CLEAN_LETTER, encoding="utf-8")
    (inner / "lek.md").symlink_to(_secret_outside(folder))
    return inner


def _folder_with_dir_link_out(folder: Path) -> Path:
    inner = folder / "map"
    inner.mkdir()
    (inner / "brief.md").write_text(CLEAN_LETTER, encoding="utf-8")
    (inner / "lekmap").symlink_to(_secret_outside(folder).parent, target_is_directory=True)
    return inner


def _folder_with_link_inside(folder: Path) -> Path:
    inner = folder / "map"
    inner.mkdir()
    (inner / "brief.md").write_text(CLEAN_LETTER, encoding="utf-8")
    (inner / "kopie.md").symlink_to(inner / "brief.md")
    return inner


def _folder_with_link_loop(folder: Path) -> Path:
    inner = folder / "map"
    (inner / "sub").mkdir(parents=True)
    (inner / "brief.md").write_text(CLEAN_LETTER, encoding="utf-8")
    (inner / "sub" / "terug").symlink_to(inner, target_is_directory=True)
    return inner


LONG_TOKEN = _letter_with("Wij schrijven u. " + "[" * 10_000 + " Klaar.")

CASES: dict[str, Case] = {
    # ---- text files that are not letters
    "leeg-bestand": Case(_write("leeg.md", b""), "error", "leeg"),
    "alleen-witruimte": Case(_write("wit.md", b" \n\t\r\n   \n"), "error", "leeg"),
    "bom-en-witruimte": Case(_write("bom.md", b"\xef\xbb\xbf \n\r\n"), "error", "leeg"),
    "nul-bytes": Case(_write("nul.txt", b"Geachte heer,\x00\x00\x00 binair"), "error", "binair"),
    "stuurtekens": Case(_write("stuur.txt", bytes(range(1, 9)) * 200), "error", "binair"),
    "utf16-kapot": Case(_write("utf16.txt", b"\xff\xfeG\x00e\x00\x00\xd8"), "error", "utf-16"),
    "geen-utf8-geen-cp1252": Case(_write("raar.txt", "Geachte heer,".encode() + b"\x81\x8d\x90\x9d"), "error",
                                  "ongeldige tekens"),
    "word-als-txt": Case(_write("brief.txt", word_bytes()), "error", "binair"),
    "pdf": Case(_write("brief.pdf", b"%PDF-1.7\n%\xe2\xe3\n"), "error", ".pdf"),
    "doc": Case(_write("brief.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), "error", ".doc"),
    "docm": Case(_write("brief.docm", word_bytes()), "error", "macro"),
    "bestaat-niet": Case(lambda folder: folder / "weg.md", "error", "bestaat niet"),
    "map-bestaat-niet": Case(lambda folder: folder / "weg" / "brief.md", "error", "bestaat niet"),
    "pad-door-een-bestand": Case(lambda folder: folder / "goed.md" / "brief.md", "error", "bestaat niet"),
    "map-met-md-naam": Case(_folder_named_md, "error", "bestaat niet"),
    "pijp": Case(_fifo, "error", "geen gewoon bestand"),
    "link-naar-apparaat": Case(_symlink("nul.txt", lambda folder: "/dev/zero"), "error", "geen gewoon bestand"),
    "link-lus": Case(_loop, "error", "symlink"),
    "link-naar-niets": Case(_symlink("weg-link.md", lambda folder: str(folder / "bestaat-niet.md")), "error",
                            "bestaat niet"),
    "te-groot": Case(_write("groot.txt", b"Dit is een zin. " * (6 * 1024 * 1024 // 16)), "error", "te groot"),
    # ---- Word files that are broken or hostile
    "word-leeg": Case(_write("leeg.docx", b""), "error", "leeg"),
    "word-willekeurige-bytes": Case(_write("ruis.docx", bytes((i * 37 + 11) % 256 for i in range(4096))), "error",
                                    "geen geldig"),
    "word-zip-zonder-document": Case(lambda folder: rezip(folder / "zonder.docx", {"word/document.xml": None}),
                                     "error", "document.xml"),
    "word-afgebroken": Case(lambda folder: _write("half.docx", word_bytes()[:5000])(folder), "error", "beschadigd"),
    "word-gecomprimeerde-data-kapot": Case(lambda folder: _patched(folder, "zlib.docx", _corrupt_deflate), "error",
                                           "beschadigd"),
    "word-crc-fout": Case(lambda folder: _patched(folder, "crc.docx", _bad_crc), "error", "beschadigd"),
    "word-onbekende-compressie": Case(lambda folder: _patched(folder, "methode.docx", _unknown_compression), "error",
                                      "beschadigd"),
    "word-versleuteld-bitje": Case(lambda folder: _patched(folder, "versleuteld.docx", _encrypted_flag), "error",
                                   "versleuteld"),
    "word-wachtwoord": Case(_write("wachtwoord.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024), "error",
                            "wachtwoord"),
    "word-macro": Case(lambda folder: rezip(folder / "macro.docx", {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}),
                       "error", "macro"),
    "word-xml-half": Case(lambda folder: rezip(folder / "xml.docx", {"word/document.xml": lambda d: d[:len(d) // 2]}),
                          "error", "Word-bestand"),
    "word-xml-is-binair": Case(lambda folder: rezip(folder / "bin.docx", {"word/document.xml": bytes(range(256)) * 4}),
                               "error", "Word-bestand"),
    "word-xml-te-diep": Case(lambda folder: rezip(folder / "diep.docx", {"word/document.xml": _deep_xml(5000)}),
                             "error", "Word-bestand"),
    "word-zonder-content-types": Case(lambda folder: rezip(folder / "types.docx", {"[Content_Types].xml": None}),
                                      "error", "Word-bestand"),
    "word-zonder-tekst": Case(lambda folder: _write("stil.docx", word_bytes(("", "  ")))(folder), "error", "geen tekst"),
    "word-zip-bom": Case(lambda folder: rezip(folder / "bom.docx", {"word/document.xml": lambda d: d.replace(
        b"</w:body>", b"<w:p><w:r><w:t>" + b"a" * (20 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body>")}), "error",
        "zip-bom"),
    "word-miljard-lachjes": Case(lambda folder: rezip(folder / "lach.docx", {"word/document.xml": BILLION_LAUGHS.encode()}),
                                 "error", "Word-bestand"),
    "word-tabellen-te-diep": Case(_nested_tables, "error", "genest"),
    "word-xxe": Case(lambda folder: rezip(folder / "xxe.docx", {"word/document.xml": XXE.encode()}), "analysed"),
    "word-externe-koptekst": Case(_external_header, "analysed"),
    "word-tekstvak": Case(lambda folder: rezip(folder / "tekstvak.docx", {"word/document.xml": _in_body(TEXT_BOX)}),
                          "analysed"),
    "word-voetnoot": Case(_with_footnotes, "notice", "voetnoten"),
    "word-ingevoegde-tekst": Case(lambda folder: rezip(folder / "ingevoegd.docx",
                                                       {"word/document.xml": _in_body(INSERTION)}), "analysed"),
    # ---- text that is slow or strange
    "token-van-10000-haken": Case(_write("haken.txt", LONG_TOKEN), "notice", "overgeslagen"),
    "woord-van-3000-letters": Case(_write("woord.txt", _letter_with("Dit is " + "a" * 3000 + " lang.")), "notice",
                                   "overgeslagen"),
    "markdown-haken": Case(_write("haken.md", "# Brief\n\n" + "[" * 20_000 + "](" * 5_000 + "\n"), "notice",
                           "overgeslagen"),
    "markdown-sterren": Case(_write("sterren.md", _letter_with("**a " * 2_000)), "analysed"),
    "markdown-commentaar-open": Case(_write("commentaar.md", _letter_with("<!--" * 20_000 + " tekst")), "notice",
                                     "overgeslagen"),
    "markdown-koppen": Case(_write("koppen.md", "# x" + " #" * 30_000 + "\n\n" + _letter_with("Wij schrijven u.")),
                            "analysed"),
    "markdown-tabelscheiding": Case(_write("tabel.md", _letter_with("|---" * 20_000 + "x")), "notice", "overgeslagen"),
    "front-matter-zonder-einde": Case(_write("front.md", "---\ntitel: brief\n" + _letter_with("Wij schrijven u.")),
                                      "analysed"),
    "alleen-front-matter": Case(_write("alleen-front.md", "---\ntitel: brief\n---\n"), "error", "geen tekst"),
    "alleen-koppen": Case(_write("koppen2.md", "# Brief\n\n## Onderwerp\n\n### Meer\n"), "analysed"),
    "alleen-een-lijst": Case(_write("lijst.md", "- een\n- twee\n- drie\n"), "analysed"),
    "alleen-cr": Case(_write("cr.txt", _letter_with("Wij schrijven u.\rNeem Uw pas mee.").replace("\n", "\r")),
                      "analysed"),
    "windows-1252": Case(_write("oud.txt", _letter_with("Wij zijn blij met uw reactie op het café.").encode("cp1252")),
                         "notice", "windows-1252"),
    "utf16-met-bom": Case(_write("utf16-goed.txt", _letter_with("Wij schrijven u.").encode("utf-16")), "notice",
                          "utf-16"),
    "onzichtbare-tekens": Case(_write("onzichtbaar.md", _letter_with("Wij\u200b schrijven\u202e u\u2066 nu.\ufeff")),
                               "analysed"),
    "emoji": Case(_write("emoji.md", _letter_with("Wij schrijven u 😀🏳️‍🌈 vandaag. " * 50)), "analysed"),
    "drieduizend-regels": Case(_write("regels.txt", _letter_with("\n".join(f"Zin {i}." for i in range(3_000)))),
                               "analysed"),
    "lange-regel-zonder-punt": Case(_write("zin.txt", _letter_with(" ".join(["woord"] * 5_000))), "analysed"),
    "veel-lege-regels": Case(_write("leeg-veel.txt", _letter_with("Wij schrijven u." + "\n" * 200_000 + "Klaar.")),
                             "analysed"),
    "nul-byte-na-64k": Case(_write("laat.txt", _letter_with("Wij schrijven u. " * 4000) + "\x00"), "analysed"),
    "onderdrukking-zonder-reden": Case(_write("onderdruk.md", _letter_with(
        "<!-- letterlint: disable RD01 -->\nWij schrijven u.")), "analysed"),
    "onderdrukking-onbekende-regel": Case(_write("onderdruk2.md", _letter_with(
        "<!-- letterlint: disable XX99 -- omdat het moet -->\nWij schrijven u.")), "analysed"),
    "naam-met-spaties-en-accenten": Case(_write("brief aan één inwoner.md", CLEAN_LETTER), "analysed"),
    # ---- letter templates that fail while rendering
    "sjabloon-deling-door-nul": Case(_template("Beste inwoner,\n\n{{ 100 / 0 }}\n"), "error", "ZeroDivisionError"),
    "sjabloon-groot-bereik": Case(_template("Beste inwoner,\n\n{% for i in range(10**8) %}x{% endfor %}\n"), "error",
                                  "sjabloon"),
    "sjabloon-syntaxfout": Case(_template("Beste inwoner,\n\n{% if x %}\n"), "error", "regel"),
    "sjabloon-onbekende-variabele": Case(_template("Beste inwoner,\n\n{{ bestaat_niet }}\n"), "error", "bestaat_niet"),
    "sjabloon-buiten-de-map": Case(_template('{% include "../../../goed.md" %}'), "error", "sjabloon"),
    "sjabloon-python-binnenwerk": Case(_template("{{ ''.__class__.__mro__[1].__subclasses__() }}"), "error", "sjabloon"),
    "sjabloon-recursie": Case(_template("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}"), "error", "sjabloon"),
    # ---- folders
    "link-naar-buiten": Case(_folder_with_link_out, "notice", "symlink"),
    "maplink-naar-buiten": Case(_folder_with_dir_link_out, "notice", "symlink"),
    "link-binnen-de-map": Case(_folder_with_link_inside, "analysed"),
    "maplink-lus": Case(_folder_with_link_loop, "analysed"),
}


def _report_entries(report: dict, bad: Path) -> list[dict]:
    """The report's entries for the bad input (a file, or the files of a folder)."""
    return [entry for entry in report["files"] if entry["path"] == str(bad) or entry["path"].startswith(f"{bad}{os.sep}")]


def _check_all_formats(cli, args: tuple[str, ...]) -> dict:
    """Run check as SARIF and JUnit too: every format valid; returns the JSON report."""
    result, report = cli.json(*args)
    exit_code = result.exit_code
    sarif = cli(*args, "--format", "sarif")
    assert sarif.exit_code == exit_code
    jsonschema.validate(json.loads(sarif.stdout), SARIF_SCHEMA)
    junit = cli(*args, "--format", "junit")
    assert junit.exit_code == exit_code
    suites = ET.fromstring(junit.stdout)
    cases = " ".join(f"{case.get('classname')} {case.get('name')}" for case in suites.iter("testcase"))
    assert "goed.md" in cases and "ander.md" in cases and len(list(suites.iter("testcase"))) >= len(report["files"])
    return report


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_reported_per_file_and_the_run_goes_on(cli, inputs, case):
    spec = CASES[case]
    bad = spec.build(inputs)
    good, other = inputs / "goed.md", inputs / "ander.md"
    folder = inputs.parent
    before = snapshot(folder)
    args = ("check", str(good), str(bad), str(other), "--select", "RD,ST,TO")
    started = time.perf_counter()

    text = cli(*args)
    report = _check_all_formats(cli, args)

    entries = _report_entries(report, bad)
    by_path = {entry["path"]: entry for entry in report["files"]}
    assert by_path[str(good)]["error"] is None and by_path[str(good)]["readability"]["words"] > 0
    assert any(f["rule"] == "RD01" for f in by_path[str(other)]["findings"]), "the letter after the bad one is checked"
    assert entries, f"no entry for {bad}"
    messages = [entry["error"] or "" for entry in entries] + [notice for entry in entries for notice in entry["notices"]]
    if spec.kind == "error":
        assert text.exit_code == 2, text.output
        assert report["summary"]["unreadable"] == len([e for e in entries if e["error"]]) >= 1
        error = entries[0]["error"]
        assert spec.words.lower() in error.lower() and "\n" not in error, error
        lines = [line for line in text.output.splitlines() if bad.name in line]
        assert len(lines) == 1, text.output  # one line, naming the file
        assert "Traceback" not in text.output
    else:
        assert all(entry["error"] is None for entry in entries), entries
        assert text.exit_code == 1, text.output  # ander.md's RD01 error, nothing unreadable
        if spec.kind == "notice":
            assert any(spec.words.lower() in message.lower() for message in messages), messages
            assert any(spec.words.lower() in line.lower() for line in text.output.splitlines() if bad.name in line)
    everything = text.output + json.dumps(report)
    assert "hunter2" not in everything, "a file outside the checked folder leaked"
    assert "root:x:0" not in everything, "an external entity was resolved"
    assert snapshot(folder) == before, "an input changed"
    assert time.perf_counter() - started < 60


@pytest.mark.parametrize("unit", ["[", "**", "__a", "<!--", " #", "[a](", "![", "*a ", "|---", "](", "`"])
def test_markdown_markup_costs_linear_time_in_the_length_of_a_line(unit):
    from letterlint.reading.sources import parse_text_lines

    def seconds(count: int) -> float:
        line = "# x" + unit * count if unit == " #" else unit * count
        started = time.perf_counter()
        parse_text_lines(line, markdown=True)
        return time.perf_counter() - started

    seconds(1_000)
    small = min(seconds(10_000) for _ in range(3))
    large = min(seconds(80_000) for _ in range(2))
    assert large < 16 * small + 0.05, f"{unit!r}: 10,000 in {small:.3f} s, 80,000 in {large:.3f} s"  # quadratic: 64x


@pytest.mark.parametrize("case", ["word-gecomprimeerde-data-kapot", "sjabloon-deling-door-nul", "link-naar-buiten",
                                  "token-van-10000-haken", "pijp"])
def test_github_and_gitlab_reports_stay_valid_with_bad_input(cli, inputs, case):
    bad = CASES[case].build(inputs)
    args = ("check", str(inputs / "goed.md"), str(bad), str(inputs / "ander.md"), "--select", "RD,ST")
    expected = 2 if CASES[case].kind == "error" else 1
    gitlab = cli(*args, "--format", "gitlab")
    issues = json.loads(gitlab.stdout)
    assert isinstance(issues, list) and gitlab.exit_code == expected
    assert any(issue["location"]["path"].endswith("ander.md") for issue in issues)
    github = cli(*args, "--format", "github")
    assert github.exit_code == expected
    assert all(line.startswith("::") for line in github.stdout.splitlines() if line), github.stdout


def test_tracked_insertions_are_read_as_current_text(cli, inputs):
    bad = rezip(inputs / "ingevoegd.docx", {"word/document.xml": _in_body(INSERTION)})
    _result, report = cli.json("check", str(bad), "--select", "TO02")
    (entry,) = report["files"]
    assert [f["rule"] for f in entry["findings"]] == ["TO02"], entry
    assert "Uw" in entry["findings"][0]["text"]


def test_the_symlinked_letter_is_checked_only_with_follow_links(cli, inputs):
    folder = _folder_with_link_out(inputs)
    _result, report = cli.json("check", str(folder), "--select", "RD")
    skipped = {entry["path"]: entry for entry in report["files"]}[str(folder / "lek.md")]
    assert skipped["readability"] is None and "--follow-links" in skipped["notices"][0]
    _result, report = cli.json("check", str(folder), "--select", "RD", "--follow-links")
    followed = {entry["path"]: entry for entry in report["files"]}[str(folder / "lek.md")]
    assert followed["error"] is None and followed["readability"]["words"] > 0


# --------------------------------------------------------------------------- the cache


CACHE_ENTRIES = {
    "null": b"null",
    "lijst": b"[1, 2, 3]",
    "diep-genest": b"[" * 100_000 + b"]" * 100_000,
    "diep-genest-object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "tekst": b'"een tekst"',
    "getal": b"12",
    "geen-json": b"{niet: json",
    "leeg": b"",
    "binair": bytes(range(256)),
    "verkeerde-velden": b'{"findings": "abc", "notices": 5, "error": 3}',
    "verkeerde-ernst": json.dumps({"readability": None, "structure": None, "sentences": [], "notices": [], "error": None,
                                   "findings": [{"severity": "hoog"}]}).encode(),
    "resultaat-zonder-meting": json.dumps({"readability": None, "structure": None, "findings": [], "sentences": [],
                                           "notices": [], "error": None}).encode(),
}


@pytest.mark.parametrize("entry", list(CACHE_ENTRIES))
def test_a_cache_entry_of_the_wrong_shape_is_a_miss(cli, inputs, tmp_path, entry):
    cache = tmp_path / "cache"
    args = ("check", str(inputs / "goed.md"), str(inputs / "ander.md"), "--select", "RD,ST", "--cache-dir", str(cache))
    _result, first = cli.json(*args)
    files = [path for path in cache.rglob("*.json")]
    assert len(files) == 2
    for path in files:
        path.write_bytes(CACHE_ENTRIES[entry])
    result, again = cli.json(*args)
    assert result.exit_code == 1
    assert [(f["path"], f["error"], f["findings"]) for f in again["files"]] == \
           [(f["path"], f["error"], f["findings"]) for f in first["files"]]


# --------------------------------------------------------------------------- outputs that would replace an input


def _hard_link(inputs: Path) -> tuple[str, ...]:
    os.link(inputs / "goed.md", inputs.parent / "koppeling.md")
    return ("--output", str(inputs.parent / "koppeling.md"))


def _symlink_output(inputs: Path) -> tuple[str, ...]:
    (inputs.parent / "wijzer.md").symlink_to(inputs / "ander.md")
    return ("--output", str(inputs.parent / "wijzer.md"))


def _letter_in_subfolder(inputs: Path) -> tuple[str, ...]:
    (inputs / "sub").mkdir()
    (inputs / "sub" / "brief.txt").write_text(CLEAN_LETTER, encoding="utf-8")
    return ("--baseline", str(inputs / "sub" / "brief.txt"), "--update-baseline")


REFUSED = {
    "rapport-over-brief-in-map": lambda inputs: ("--output", str(inputs / "goed.md")),
    "json-rapport-over-brief-in-map": lambda inputs: ("--format", "json", "-o", str(inputs / "ander.md")),
    "sarif-rapport-over-brief-in-map": lambda inputs: ("--format", "sarif", "--out", str(inputs / "goed.md")),
    "rapport-via-omweg": lambda inputs: ("--output", str(inputs / ".." / "invoer" / "goed.md")),
    "rapport-harde-koppeling": _hard_link,
    "rapport-symlink-naar-brief": _symlink_output,
    "baseline-over-brief": lambda inputs: ("--baseline", str(inputs / "goed.md"), "--update-baseline"),
    "baseline-over-brief-in-submap": lambda inputs: _letter_in_subfolder(inputs),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_an_output_that_is_one_of_the_letters_found_in_a_folder_is_refused(cli, inputs, case):
    options = REFUSED[case](inputs)
    before = snapshot(inputs.parent)
    result = cli("check", str(inputs), "--select", "RD", *options)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "invoerbestand" in lines[0], result.output
    assert snapshot(inputs.parent) == before


def test_an_output_next_to_the_letters_but_not_one_of_them_is_written(cli, inputs):
    report = inputs / "rapport.txt"  # .txt is checked too, but the report does not exist yet
    result = cli("check", str(inputs / "goed.md"), str(inputs / "ander.md"), "--output", str(report))
    assert result.exit_code == 1 and report.read_text(encoding="utf-8").count("goed.md") >= 1


# --------------------------------------------------------------------------- settings that stop a run before it starts


BAD_SETTINGS = {
    "max_file_size_mb = 100000": "max_file_size_mb",
    "max_file_size_mb = inf": "max_file_size_mb",
    "max_file_size_mb = nan": "max_file_size_mb",
    "max_file_size_mb = -1": "max_file_size_mb",
    "max_file_size_mb = 1e400": "max_file_size_mb",
    "RD02.zipf_threshold = nan": "RD02.zipf_threshold",
    "RD02.zipf_threshold = inf": "RD02.zipf_threshold",
    "RD01.max_words = nan": "RD01.max_words",
    "RD01.max_words = 1e400": "RD01.max_words",
    "jobs = -3": "jobs",
    "jobs = inf": "jobs",
    "cache = misschien": "cache",
}


@pytest.mark.parametrize("setting", list(BAD_SETTINGS))
def test_an_out_of_range_setting_names_its_key_and_nothing_is_checked(cli, inputs, tmp_path, setting):
    config = tmp_path / "setup.cfg"
    config.write_text(f"[letterlint]\n{setting}\n", encoding="utf-8")
    result = cli("check", str(inputs), "--config", str(config), "--format", "json")
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and BAD_SETTINGS[setting] in lines[0] and "Traceback" not in result.output, result.output
    assert result.stdout == ""  # no report at all: the run never started


# --------------------------------------------------------------------------- interrupted and failing writes


def _run_letterlint(args: list[str], cwd: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    return subprocess.Popen([sys.executable, "-m", "letterlint", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_sigterm_while_the_report_is_written_leaves_no_temp_file_and_no_partial_report(inputs, tmp_path):
    """A real process, stopped with SIGTERM once its temporary report file exists."""
    folder = tmp_path / "veel"
    folder.mkdir()
    for index in range(300):
        (folder / f"brief-{index:03}.md").write_text(CLEAN_LETTER.replace("12 maart", f"{index % 28 + 1} maart"),
                                                      encoding="utf-8")
    out = tmp_path / "uit"
    out.mkdir()
    before = snapshot(folder)
    process = _run_letterlint(["check", str(folder), "--format", "json", "--no-cache", "--jobs", "1",
                               "--select", "RD", "-o", str(out / "rapport.json")], tmp_path)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(out.glob(".rapport.json.*.tmp")) and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before the test could stop it"
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    assert list(out.iterdir()) == [], "a temporary file or a partial report was left behind"
    assert snapshot(folder) == before


def test_a_full_disk_during_output_is_one_dutch_line(cli, inputs, tmp_path):
    """A real full disk: a 4 kB tmpfs (needs root and mount; skipped otherwise)."""
    disk = tmp_path / "klein"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", str(disk)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        many = [str(inputs / "ander.md")] * 20  # a report larger than 4 kB
        result = cli("check", *many, "--select", "RD,ST,TO", "--format", "json", "--output", str(disk / "rapport.txt"))
        assert result.exit_code == 2
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and "schijf is vol" in lines[0] and "rapport.txt" in lines[0], result.output
        assert os.listdir(disk) == []  # no temporary file, no partial report
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


def test_a_disk_error_while_writing_the_report_is_one_dutch_line(cli, inputs, tmp_path, monkeypatch):
    import errno

    from letterlint import safeio

    real = safeio.tempfile.NamedTemporaryFile

    def failing(*args, **kwargs):
        handle = real(*args, **kwargs)

        def write(_data):
            raise OSError(errno.ENOSPC, "No space left on device")

        handle.write = write
        return handle

    monkeypatch.setattr(safeio.tempfile, "NamedTemporaryFile", failing)
    out = tmp_path / "uit"
    out.mkdir()
    result = cli("check", str(inputs / "goed.md"), "--format", "json", "--output", str(out / "rapport.json"))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "schijf is vol" in lines[0], result.output
    assert os.listdir(out) == []


def test_unreadable_subfolder_is_reported_and_fails_the_run(inputs):
    """As root a folder's permissions do not bite: run as 'nobody' with setpriv."""
    import tempfile

    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to switch to an unprivileged user")
    folder = Path(tempfile.mkdtemp(prefix="letterlint-map-"))
    try:
        folder.chmod(0o755)
        (folder / "brieven" / "dicht").mkdir(parents=True)
        shutil.copy(inputs / "goed.md", folder / "brieven" / "goed.md")
        (folder / "brieven" / "dicht" / "geheim.md").write_text(CLEAN_LETTER, encoding="utf-8")
        for path in (folder / "brieven", folder / "brieven" / "goed.md"):
            path.chmod(0o755)
        (folder / "brieven" / "dicht").chmod(0)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(folder), "LANG": "C.UTF-8",
               "PYTHONPATH": str(REPO)}
        base = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
        probe = subprocess.run([*base, "-c", "import letterlint"], cwd=folder, env=env, capture_output=True, timeout=60)
        if probe.returncode != 0:
            pytest.skip("the virtual environment is not readable for 'nobody'")
        run = subprocess.run([*base, "-m", "letterlint", "check", "brieven", "--select", "RD", "--no-cache"],
                             cwd=folder, env=env, capture_output=True, text=True, timeout=120)
        output = run.stdout + run.stderr
        assert run.returncode == 2, output
        lines = [line for line in output.splitlines() if "dicht" in line]
        assert len(lines) == 1 and "map kan niet worden gelezen" in lines[0], output
        assert "goed.md" in run.stdout
    finally:
        (folder / "brieven" / "dicht").chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- serve


def test_serve_answers_a_paste_of_15000_brackets_quickly_and_a_busy_app_says_so(linter, monkeypatch):
    from letterlint import web

    app = web.create_app(linter=linter)
    client = app.test_client()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").get_data(as_text=True)).group(1)  # the form's token
    paste = "Geachte heer Jansen,\n\nWij schrijven u. " + "[" * 15_000 + "\n\nMet vriendelijke groet,\n\nSanne Bakker\n"
    started = time.perf_counter()
    response = client.post("/bekijk", data={"tekst": paste, "csrf_token": token})
    assert response.status_code == 200 and time.perf_counter() - started < 10
    monkeypatch.setattr(web, "REQUEST_WAIT_SECONDS", 0.1)
    state = app.extensions["letterlint"]
    with state.lock:  # another request holds the pipeline
        busy = client.post("/bekijk", data={"tekst": paste, "csrf_token": token})
    assert busy.status_code == 503 and "bezig" in busy.get_data(as_text=True)


# --------------------------------------------------------------------------- an output folder that does not exist

MISSING_FOLDER_OUTPUTS = {
    "check-rapport": lambda letter, out: ("check", str(letter), "--format", "json", "--output", str(out / "rapport.json")),
    "rewrite-word": lambda letter, out: ("rewrite", str(letter), "--out", str(out / "voorstel.docx")),
    "rewrite-sjabloon": lambda letter, out: ("rewrite", str(letter), "--out", str(out / "voorstel.md.j2")),
    "preview-pagina": lambda letter, out: ("preview", str(letter), "--out", str(out / "voorbeeld.html")),
    "compare-verslag": lambda letter, out: ("compare", str(letter), str(letter), "--out", str(out / "vergelijking.txt")),
}


@pytest.mark.parametrize("case", list(MISSING_FOLDER_OUTPUTS))
def test_an_output_in_a_missing_folder_is_one_dutch_line_naming_the_file(cli, inputs, tmp_path, case):
    missing = tmp_path / "bestaat-niet"
    before = snapshot(inputs)
    result = cli(*MISSING_FOLDER_OUTPUTS[case](inputs / "ander.md", missing))
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if "kan niet schrijven" in line]
    assert len(lines) == 1 and f"{missing}" in lines[0] and "(de map bestaat niet)" in lines[0], result.output
    assert not missing.exists() and snapshot(inputs) == before


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the ignored exception itself
def test_a_stop_signal_whose_exception_python_ignored_still_leaves_no_report(tmp_path):
    """A SIGTERM that lands in a finaliser: Python ignores the exception the handler raises there and
    goes on, so the writer itself must not replace the target afterwards (seen once as exit code 0
    in the test above on a loaded machine)."""
    from letterlint.safeio import Terminated, atomic_writer

    class StopsInItsFinaliser:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # the handler runs here, inside the finaliser
                pass

    target = tmp_path / "rapport.json"
    with pytest.raises(Terminated) as stopped:
        with atomic_writer(target) as handle:
            handle.write(b"{")
            finalised = StopsInItsFinaliser()
            del finalised
            handle.write(b"}")
    assert stopped.value.code == 128 + signal.SIGTERM
    assert not target.exists() and not list(tmp_path.glob(".rapport.json.*"))
