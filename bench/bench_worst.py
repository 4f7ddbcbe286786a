"""Worst-case inputs against letterlint's reliability targets (issue 13).

Target: every input up to the file-size limit (5 MB by default) finishes ``letterlint check`` in
at most 60 s and 2 GB peak memory on one core, and the report is valid JSON with an entry for
the file. Each input is generated here (seeded, fictional text), checked in a fresh process with
``--format json --no-cache --jobs 1``, and measured: wall time and peak RSS (``os.wait4``).

    python bench/bench_worst.py                  # all cases, a table on stdout
    python bench/bench_worst.py --json bench/worst.json --only brackets
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIMIT = 5 * 1024 * 1024  # the default max_file_size_mb
TIME_TARGET = 60.0
MEMORY_TARGET_MB = 2048

SENTENCES = [
    "Wij hebben uw aanvraag voor bijzondere bijstand op 3 maart ontvangen.",
    "U krijgt binnen acht weken een besluit van ons.",
    "Heeft u vragen? Bel dan met het Klantcontactcentrum.",
    "Conform artikel 4:13 van de Algemene wet bestuursrecht dient u het bezwaarschrift tijdig in te dienen.",
    "Stuur de ontbrekende gegevens voor 1 april naar ons op.",
]
HEAD = "Geachte heer Jansen,\n\n"
TAIL = "\n\nMet vriendelijke groet,\n\nSanne Bakker\nconsulent Werk en Inkomen\n"


def _fill(size: int, unit_of, separator: str = " ") -> str:
    """Text of about ``size`` bytes made of units from ``unit_of(i)``."""
    parts, total, index = [], 0, 0
    while total < size:
        unit = unit_of(index) + separator
        parts.append(unit)
        total += len(unit.encode("utf-8"))
        index += 1
    return "".join(parts)


def _body(size: int) -> int:
    return size - len((HEAD + TAIL).encode("utf-8")) - 64


def one_paragraph(size: int) -> str:
    rng = random.Random(1)
    return HEAD + _fill(_body(size), lambda i: rng.choice(SENTENCES)) + TAIL


def short_sentences_one_line(size: int) -> str:
    return HEAD + _fill(_body(size), lambda i: f"Dit is zin {i}.") + TAIL


def short_lines(size: int) -> str:
    return HEAD + _fill(_body(size), lambda i: f"Zin {i}.", separator="\n") + TAIL


def paragraphs(size: int) -> str:
    return HEAD + _fill(_body(size), lambda i: f"Zin {i}.", separator="\n\n") + TAIL


def list_items(size: int) -> str:
    return HEAD + _fill(_body(size), lambda i: f"- punt {i}", separator="\n") + TAIL


def empty_lines(size: int) -> str:
    return HEAD + "Wij schrijven u.\n" + "\n" * _body(size) + TAIL


def one_letter_lines(size: int) -> str:
    return HEAD + "a\n" * (_body(size) // 2) + TAIL


def brackets_one_token(count: int) -> str:
    return HEAD + "Wij schrijven u. " + "[" * count + " Klaar." + TAIL


def bracket_tokens(size: int) -> str:
    """Distinct bracket-heavy tokens just under the token bound (defeating spaCy's token cache)."""
    return HEAD + _fill(_body(size), lambda i: "[" * 90 + str(i)) + TAIL


def long_words(size: int) -> str:
    rng = random.Random(2)
    return HEAD + _fill(_body(size), lambda i: "".join(rng.choice("abcdefghij") for _ in range(99))) + TAIL


def markdown_brackets(size: int) -> str:
    return "# Brief\n\n" + "[" * (size // 2) + "](" * (size // 4 - 10) + "\n"


def markdown_emphasis(size: int) -> str:
    return "Geachte heer Jansen,\n\n" + "**a " * (size // 4 - 10) + "\n"


def one_long_sentence(size: int) -> str:
    rng = random.Random(3)
    words = "wij hebben uw aanvraag voor bijzondere bijstand ontvangen en bekijken die nu zorgvuldig".split()
    return HEAD + _fill(_body(size), lambda i: rng.choice(words)) + TAIL


def docx_letter(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_many_paragraphs(size: int) -> bytes:
    rng = random.Random(4)
    paragraphs = ["Geachte heer Jansen,"] + [rng.choice(SENTENCES) for _ in range(size // 90)] + [
        "Met vriendelijke groet,", "Sanne Bakker"]
    return docx_letter(paragraphs)


def docx_one_paragraph(size: int) -> bytes:
    return docx_letter(["Geachte heer Jansen,", one_paragraph(size)[len(HEAD):-len(TAIL)], "Met vriendelijke groet,"])


CASES = {
    # name: (file name, builder, argument, what it stresses)
    "paragraph-990k": ("alinea.txt", one_paragraph, 990_000, "one paragraph of 990,000 characters (was 27 s, 3.2 GB)"),
    "sentences-2.4mb": ("zinnen.txt", short_sentences_one_line, 2_400_000,
                        "about 150,000 short sentences on one line, 2.4 MB (was E088)"),
    "paragraph-5mb": ("groot.txt", one_paragraph, LIMIT - 1024, "running text up to the 5 MB limit"),
    "short-lines-5mb": ("regels.txt", short_lines, LIMIT - 1024, "500,000 short lines (one block each)"),
    "paragraphs-5mb": ("alineas.md", paragraphs, LIMIT - 1024, "600,000 one-sentence paragraphs"),
    "list-items-5mb": ("lijst.md", list_items, LIMIT - 1024, "450,000 list items"),
    "one-letter-lines-5mb": ("letters.md", one_letter_lines, LIMIT - 1024, "2.6 million lines of one letter"),
    "empty-lines-5mb": ("leeg.txt", empty_lines, LIMIT - 1024, "5 million empty lines"),
    "long-sentence-5mb": ("zin.txt", one_long_sentence, LIMIT - 1024, "one sentence of 5 MB, no punctuation"),
    "brackets-10k": ("haken.txt", brackets_one_token, 10_000, "one token of 10,000 '[' (was 11 s)"),
    "brackets-20k": ("haken2.txt", brackets_one_token, 20_000, "one token of 20,000 '[' (was 40 s)"),
    "bracket-tokens-5mb": ("haakjes.txt", bracket_tokens, LIMIT - 1024, "5 MB of distinct 92-character bracket tokens"),
    "long-words-5mb": ("woorden.txt", long_words, LIMIT - 1024, "5 MB of distinct 99-letter words"),
    "markdown-brackets-120k": ("haken.md", markdown_brackets, 120_000, "120 kB Markdown of '[' and '](' (was > 5 min)"),
    "markdown-brackets-5mb": ("haken-groot.md", markdown_brackets, LIMIT - 1024, "5 MB Markdown of '[' and '](' "),
    "markdown-emphasis-5mb": ("nadruk.md", markdown_emphasis, LIMIT - 1024, "5 MB of unclosed '**a '"),
    "docx-paragraphs": ("alineas.docx", docx_many_paragraphs, 4_000_000, ".docx with 44,000 paragraphs"),
    "docx-one-paragraph": ("alinea.docx", docx_one_paragraph, 4_000_000, ".docx with one 4 MB paragraph"),
}


def run_case(name: str, folder: Path) -> dict:
    file_name, builder, argument, about = CASES[name]
    content = builder(argument)
    path = folder / file_name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    size = path.stat().st_size
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "letterlint", "check", str(path), "--format", "json", "--no-cache",
               "--jobs", "1", "--select", "RD,JA,TO,ST"]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=folder, env=env)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    code = os.waitstatus_to_exitcode(status)
    peak_mb = usage.ru_maxrss / 1024  # kB on Linux
    try:
        report = json.loads(stdout)
        entry = report["files"][0]
        outcome = "error: " + entry["error"] if entry["error"] else f"{entry['readability']['words']} words analysed"
        valid = True
    except (ValueError, KeyError, IndexError) as exc:
        outcome, valid = f"no valid report ({type(exc).__name__}): {stderr.decode(errors='replace')[-200:]}", False
    notices = entry.get("notices", []) if valid else []
    return {"case": name, "about": about, "bytes": size, "seconds": round(seconds, 2), "peak_mb": round(peak_mb),
            "exit_code": code, "valid_json": valid, "outcome": outcome, "notices": notices,
            "met": valid and seconds <= TIME_TARGET and peak_mb <= MEMORY_TARGET_MB}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the measurements to this file")
    parser.add_argument("--only", nargs="*", help="case names (default: all)")
    args = parser.parse_args()
    names = args.only or list(CASES)
    rows = []
    with tempfile.TemporaryDirectory() as temp:
        for name in names:
            row = run_case(name, Path(temp))
            rows.append(row)
            print(f"| {row['case']} | {row['bytes']:,} | {row['seconds']:.1f} | {row['peak_mb']:,} | {row['exit_code']} "
                  f"| {'yes' if row['met'] else '**no**'} | {row['outcome']} |", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"python": sys.version.split()[0], "cases": rows}, indent=1) + "\n",
                                   encoding="utf-8")
    return 0 if all(row["met"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
