"""``letterlint panel kit``: a blinded, counterbalanced reading test for two versions of a letter.

Layout of the kit folder (see docs/panel.md)::

    LEESMIJ.md              instructions for the panel leader (Dutch), with the CSV columns
    antwoorden.csv          the answers template: one row per participant
    deelnemers/D01.html     one printable booklet per participant (HTML and Word)
    deelnemers/D01.docx     (each version and its questions start on a new page)
    sleutel/sleutel.json    THE KEY: seed, which version is A and B, each participant's order,
                            the comprehension questions with their answer key, the questions left
                            out and what the redaction replaced
    sleutel/antwoordsleutel.md   the answer key, readable (and as .docx)

Panel material is redacted by default (:mod:`letterlint.panel.redact`): the booklets show
fictional data instead of the letter's BSN, IBAN, phone numbers, e-mail addresses and the
addressee's name and street address; ``redact=False`` keeps the originals.

Participants only ever see "Versie 1" and "Versie 2". Half of them (rounded, the odd one out
chosen at random) read A first; which participant gets which order is drawn with
``random.Random(seed)``, and the seed is recorded in the key so the draw can be repeated.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from letterlint.errors import LetterlintError
from letterlint import __version__
from letterlint.reading.letter import BlockKind, Letter
from letterlint.panel.questions import DroppedQuestion, Question, questions_and_dropped
from letterlint.panel.redact import PanelRedactor, Replacement, redactor_for

KEY_VERSION = 1
ORDERS = ("AB", "BA")  # AB: Versie 1 is A
BASE_COLUMNS = ("deelnemer", "cijfer_versie_1", "cijfer_versie_2", "voorkeur")
REMARKS_COLUMN = "opmerkingen"
# letter parts a participant reads (the address of the real inhabitant stays in, it is fictional in tests)
SHOWN_KINDS = tuple(kind for kind in BlockKind if kind not in (BlockKind.PAGE_HEADER, BlockKind.PAGE_FOOTER))


class KitError(LetterlintError):
    """A kit that cannot be made; the message is one Dutch line naming the file or folder."""


@dataclass(frozen=True)
class LetterView:
    """A letter as neutral blocks (kind, text) for the booklet: no file name, no version label."""

    blocks: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, letter: Letter, redactor: PanelRedactor | None = None) -> LetterView:
        def shown(text: str) -> str:
            return redactor.apply(text) if redactor is not None else text

        return cls(tuple((block.kind.value, shown(block.text)) for block in letter.blocks if block.kind in SHOWN_KINDS))


@dataclass
class Kit:
    seed: int
    version_a: str
    version_b: str
    participants: dict[str, str]  # participant id -> "AB" or "BA"
    questions: list[Question]
    sha256: dict[str, str] = field(default_factory=dict)
    dropped: list[DroppedQuestion] = field(default_factory=list)
    redacted: bool = True
    replacements: list[Replacement] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return [*BASE_COLUMNS, *question_columns(len(self.questions)), REMARKS_COLUMN]

    def key_dict(self) -> dict:
        return {
            "letterlint_panel_key": KEY_VERSION,
            "made_with": f"letterlint {__version__}",
            "made_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "seed": self.seed,
            "versions": {"A": {"path": self.version_a, "sha256": self.sha256.get("A", "")},
                         "B": {"path": self.version_b, "sha256": self.sha256.get("B", "")}},
            "participants": {pid: {"order": order, "versie_1": order[0], "versie_2": order[1]}
                             for pid, order in self.participants.items()},
            "questions": [{"column": column, **question.as_dict()}
                          for column, question in zip(question_columns(len(self.questions)), self.questions)],
            "dropped_questions": [question.as_dict() for question in self.dropped],
            "redaction": {"applied": self.redacted,
                          "replaced": [replacement.as_dict() for replacement in self.replacements]},
            "columns": self.columns,
        }


def question_columns(count: int) -> list[str]:
    return [f"vraag_{index}" for index in range(1, count + 1)]


def participant_ids(count: int) -> list[str]:
    width = max(2, len(str(count)))
    return [f"D{index:0{width}d}" for index in range(1, count + 1)]


def assign_orders(count: int, seed: int) -> dict[str, str]:
    """Balanced random orders: floor(n/2) of each, the odd one out drawn too; reproducible by seed."""
    rng = random.Random(seed)
    orders = [ORDERS[0]] * (count // 2) + [ORDERS[1]] * (count // 2)
    if count % 2:
        orders.append(rng.choice(ORDERS))
    rng.shuffle(orders)
    return dict(zip(participant_ids(count), orders))


def new_seed() -> int:
    return secrets.randbelow(2**31)


# --------------------------------------------------------------------------- booklet text (Dutch, B1)

INTRO = [
    ("Fijn dat u meedoet. U leest twee versies van dezelfde brief van de gemeente: Versie 1 en Versie 2. "
     "Wij willen weten welke versie duidelijker is. Wij testen de brief, niet u."),
    "Zo gaat het:",
]
STEPS = [
    "Lees Versie 1.",
    "Beantwoord de vragen over Versie 1. U mag terugkijken in de brief.",
    "Lees Versie 2.",
    "Geef elke versie een cijfer en kies de versie die u het duidelijkst vindt.",
]
RATING_QUESTION = "Welk cijfer geeft u {label}? 1 is heel slecht, 10 is heel goed."
PREFERENCE_QUESTION = "Welke versie vindt u het duidelijkst? Kies er één."
REMARKS_QUESTION = "Wilt u nog iets zeggen over de brieven? Schrijf het hier op."


@dataclass(frozen=True)
class Booklet:
    participant: str
    first: LetterView
    second: LetterView
    questions: tuple[str, ...]

    @property
    def title(self) -> str:
        return f"Leesonderzoek: twee versies van een brief (deelnemer {self.participant})"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!])")
_MD_LIST_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)")


def _md_line(line: str) -> str:
    line = _MD_SPECIAL.sub(r"\\\1", line)
    return _MD_LIST_START.sub(lambda m: f"{m.group(1)}{m.group(2)[:-1]}\\{m.group(2)[-1]}{m.group(3)}", line)


def _letter_markdown(view: LetterView) -> list[str]:
    parts: list[str] = []
    for kind, text in view.blocks:
        lines = [_md_line(line.strip()) for line in text.splitlines() if line.strip()]
        if not lines:
            continue
        if kind == BlockKind.HEADING.value:
            parts.append("### " + " ".join(lines))
        elif kind == BlockKind.LIST_ITEM.value:
            parts.append("- " + " ".join(lines))
        else:
            parts.append("\n".join(lines))
    return parts


# Each of these headings starts a new page in the Word booklet, so a reader never sees the other
# version while answering questions (the HTML booklet does the same with CSS page breaks).
PAGE_HEADINGS = ("Versie 1", "Vragen over Versie 1", "Versie 2", "Uw mening over de twee versies")
ANSWER_LINE = "_" * 60
ANSWER_LINES = 4  # writing room for one open question
REMARK_LINES = 5


def booklet_markdown(booklet: Booklet) -> str:
    """The whole booklet as Markdown (for the Word version through letterlint.writers)."""
    parts = [f"# {booklet.title}", *INTRO, "\n".join(f"{i}. {step}" for i, step in enumerate(STEPS, 1)),
             f"## {PAGE_HEADINGS[0]}", *_letter_markdown(booklet.first), f"## {PAGE_HEADINGS[1]}"]
    for number, question in enumerate(booklet.questions, 1):
        parts += [f"**Vraag {number}.** {_md_line(question)}", "Antwoord:", *[_md_line(ANSWER_LINE)] * ANSWER_LINES]
    parts += [f"## {PAGE_HEADINGS[2]}", *_letter_markdown(booklet.second), f"## {PAGE_HEADINGS[3]}"]
    for label in ("Versie 1", "Versie 2"):
        parts += [f"**{RATING_QUESTION.format(label=label)}**", "Omcirkel: 1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9 - 10"]
    parts += [f"**{PREFERENCE_QUESTION}**", "☐ Versie 1     ☐ Versie 2", f"**{REMARKS_QUESTION}**",
              *[_md_line(ANSWER_LINE)] * REMARK_LINES, "Dank u wel voor uw hulp!"]
    return "\n\n".join(parts) + "\n"


def booklet_html(booklet: Booklet) -> str:
    from letterlint.templating.pages import render

    return render("participant.html", b=booklet, intro=INTRO, steps=STEPS, rating=RATING_QUESTION,
                  preference=PREFERENCE_QUESTION, remarks=REMARKS_QUESTION, groups=_grouped,
                  answer_lines=ANSWER_LINES, remark_lines=REMARK_LINES)


def _grouped(view: LetterView) -> list[tuple[str, list[str]]]:
    """Blocks with consecutive list items grouped into one list (for <ul>)."""
    groups: list[tuple[str, list[str]]] = []
    for kind, text in view.blocks:
        if kind == BlockKind.LIST_ITEM.value and groups and groups[-1][0] == "list":
            groups[-1][1].append(text)
        elif kind == BlockKind.LIST_ITEM.value:
            groups.append(("list", [text]))
        else:
            groups.append((kind, [text]))
    return groups


def booklet_docx(booklet: Booklet) -> bytes:
    """The booklet as Word, written by letterlint.writers (the project's letter writer)."""
    from docx.shared import Pt

    from letterlint.rewrite.writers import docx_bytes, letter_to_docx

    document = letter_to_docx(booklet_markdown(booklet))
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading") and paragraph.text.strip() in PAGE_HEADINGS:
            paragraph.paragraph_format.page_break_before = True
        elif paragraph.text.strip() == ANSWER_LINE:
            paragraph.paragraph_format.space_before = Pt(14)  # room to write on the line
    properties = document.core_properties
    properties.title = booklet.title
    properties.author = "gemeente"
    properties.last_modified_by = "gemeente"
    properties.subject = properties.comments = properties.keywords = properties.category = ""
    return docx_bytes(document)


# --------------------------------------------------------------------------- files


def answers_template(kit: Kit) -> str:
    """The answers CSV: header and one row per participant, the rest empty (comma separated, UTF-8 with BOM
    so Excel opens it with the right characters)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(kit.columns)
    for pid in kit.participants:
        writer.writerow([pid] + [""] * (len(kit.columns) - 1))
    return "\ufeff" + buffer.getvalue()


def readme(kit: Kit) -> str:
    """Instructions for the panel leader (Dutch): how to run the test and fill in antwoorden.csv."""
    count = len(kit.participants)
    first_a = sum(1 for order in kit.participants.values() if order == "AB")
    question_rows = "\n".join(f"| `{column}` | 1 = goed, 0 = fout (vraag {n}: {q.text}) |"
                              for n, (column, q) in enumerate(zip(question_columns(len(kit.questions)), kit.questions), 1))
    return f"""# Leesonderzoek met inwoners: zo gebruikt u deze map

Deze map is gemaakt door letterlint {__version__}. Er doen {count} deelnemers mee.
Elke deelnemer leest twee versies van dezelfde brief. De deelnemer ziet alleen "Versie 1" en
"Versie 2". {first_a} deelnemers lezen eerst de ene versie, {count - first_a} eerst de andere.
Welke versie dat is, staat alleen in de map `sleutel/`.

## Wat zit er in de map?

- `deelnemers/`: voor elke deelnemer een boekje om te printen (`D01.docx` of `D01.html`, enzovoort).
  Geef elke deelnemer zijn eigen boekje. Het nummer staat bovenaan.
- `antwoorden.csv`: hier zet u de antwoorden in. Eén regel per deelnemer.
- `sleutel/`: **niet aan deelnemers of onderzoekers geven die de antwoorden invoeren.** Hierin staat
  welke versie Versie 1 is voor elke deelnemer, en de antwoordsleutel van de vragen.

## Zo gaat het onderzoek

1. Controleer eerst de antwoordsleutel in `sleutel/antwoordsleutel.md`. De antwoorden zijn automatisch
   uit de brieven gehaald. Pas ze aan als dat nodig is.
2. Geef elke deelnemer het boekje met zijn nummer. Zeg niet welke versie oud of nieuw is.
3. De deelnemer leest Versie 1, beantwoordt de vragen, leest Versie 2 en geeft cijfers.
4. Zet de antwoorden in `antwoorden.csv`. Kijk voor de vragen in de antwoordsleutel: goed is 1, fout is 0.
   Een vraag zonder antwoord is fout (0).
5. Maak het verslag: `letterlint panel results antwoorden.csv --key sleutel/sleutel.json --out verslag.html`

## De kolommen van antwoorden.csv

| kolom | wat zet u erin |
|---|---|
| `deelnemer` | het nummer van de deelnemer, zoals D01 (staat er al) |
| `cijfer_versie_1` | het cijfer voor Versie 1: een heel getal van 1 tot en met 10 |
| `cijfer_versie_2` | het cijfer voor Versie 2: een heel getal van 1 tot en met 10 |
| `voorkeur` | de versie die de deelnemer het duidelijkst vindt: 1 of 2 |
{question_rows}
| `opmerkingen` | wat de deelnemer verder schreef (mag leeg blijven) |

De vragen gaan over Versie 1: de versie die de deelnemer als eerste leest.
Laat een regel helemaal leeg als een deelnemer niet is gekomen. Een komma of een puntkomma als
scheidingsteken mag allebei (Excel gebruikt in Nederland vaak een puntkomma).

{_dropped_text(kit)}
{_redaction_text(kit)}
"""


def _dropped_text(kit: Kit) -> str:
    """Why some standard questions are not in the booklets (Dutch, for the panel leader)."""
    if not kit.dropped:
        return "## Vragen\n\nElke vraag gaat over iets dat in beide versies staat.\n"
    lines = ["## Vragen die niet in de boekjes staan", "",
             "Elke vraag gaat over iets dat in beide versies staat. Anders kunt u de versies niet eerlijk",
             "vergelijken. Deze vragen zijn daarom weggelaten:", ""]
    for question in kit.dropped:
        where = "beide versies" if question.missing_in == "A en B" else f"versie {question.missing_in}"
        lines.append(f"- {question.text} (dit staat niet in {where}, of letterlint vond het niet)")
    return "\n".join(lines) + "\n"


def _redaction_text(kit: Kit) -> str:
    if not kit.redacted:
        return ("## Persoonsgegevens\n\nLet op: deze boekjes zijn gemaakt met `--no-redact`. Ze bevatten de echte "
                "gegevens uit de brief, zoals namen, adressen en nummers. Ga er zorgvuldig mee om.\n")
    return ("## Persoonsgegevens\n\nIn de boekjes staan geen echte persoonsgegevens. Een BSN, rekeningnummer (IBAN), "
            "telefoonnummer, e-mailadres en de naam en het adres van de geadresseerde zijn vervangen door verzonnen "
            f"gegevens ({len(kit.replacements)} vervangingen). Wat is vervangen, staat in `sleutel/antwoordsleutel.md`.\n")


def answer_key_markdown(kit: Kit) -> str:
    lines = ["# Antwoordsleutel (alleen voor de leider van het panel)", "",
             f"Versie A: `{kit.version_a}`  ", f"Versie B: `{kit.version_b}`  ", f"Seed: {kit.seed}", "",
             "De antwoorden zijn automatisch uit de brieven gehaald. Controleer ze voordat het onderzoek begint.",
             "Een leeg antwoord betekent: deze versie zegt dit niet (of letterlint vond het niet).", ""]
    for column, question in zip(question_columns(len(kit.questions)), kit.questions):
        lines += [f"## {column}: {question.text}", "", f"- A: {question.answer_a or '(staat er niet in)'}",
                  f"- B: {question.answer_b or '(staat er niet in)'}", f"- gevonden in: {question.source}", ""]
    if kit.dropped:
        lines += ["## Weggelaten vragen", "", "Deze vragen staan niet in de boekjes: het antwoord staat niet in "
                  "beide versies.", ""]
        lines += [f"- {question.text} (ontbreekt in {'beide versies' if question.missing_in == 'A en B' else 'versie ' + question.missing_in})"
                  for question in kit.dropped]
        lines.append("")
    if kit.redacted:
        lines += ["## Vervangen persoonsgegevens", "",
                  "Deze gegevens uit de brieven zijn in de boekjes (en in de antwoorden hierboven) vervangen:", "",
                  "| soort | in de brief | in de boekjes |", "|---|---|---|"]
        lines += [f"| {r.kind} | {r.original} | {r.fictional} |" for r in kit.replacements]
        if not kit.replacements:
            lines.append("| - | (niets gevonden) | - |")
        lines.append("")
    else:
        lines += ["## Persoonsgegevens", "", "Niet vervangen: de kit is gemaakt met `--no-redact`.", ""]
    lines += ["## Volgorde per deelnemer", "", "| deelnemer | Versie 1 | Versie 2 |", "|---|---|---|"]
    lines += [f"| {pid} | {order[0]} | {order[1]} |" for pid, order in kit.participants.items()]
    return "\n".join(lines) + "\n"


def tables_as_lists(markdown: str) -> str:
    """Markdown tables as bullet lists ("- soort: naam; in de brief: ...") for the Word writer,
    which writes paragraphs and lists, not tables."""
    lines, header = [], None
    for line in markdown.splitlines():
        if not line.startswith("|"):
            header = None
            lines.append(line)
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
        elif not all(set(cell) <= {"-", ":"} for cell in cells):
            lines.append("- " + "; ".join(f"{name}: {value}" for name, value in zip(header, cells)))
    return "\n".join(lines) + "\n"


def answer_key_docx(kit: Kit) -> bytes:
    """The answer key as Word (Dutch proofing language, like every .docx letterlint writes)."""
    from letterlint.rewrite.writers import docx_bytes, letter_to_docx

    document = letter_to_docx(tables_as_lists(answer_key_markdown(kit)))
    document.core_properties.title = "Antwoordsleutel"
    document.core_properties.author = document.core_properties.last_modified_by = "gemeente"
    return docx_bytes(document)


def build_kit(path_a: str, path_b: str, participants: int, seed: int | None, linter,
              redact: bool = True) -> tuple[Kit, dict[str, Booklet]]:
    """Lint both versions, derive the questions and draw the orders. Raises KitError.

    With ``redact`` (the default) personal data in the booklets and the answers is replaced by
    fictional data; the kit's key records every replacement."""
    if participants < 2:
        raise KitError("--participants: er zijn minstens 2 deelnemers nodig")
    for path in (path_a, path_b):
        if Path(path).is_dir():
            raise KitError(f"{path}: dit is een map; geef twee losse brieven")
    results = list(linter.lint_paths([path_a, path_b]))
    for result in results:
        if result.error:
            raise KitError(f"{result.path}: {result.error}")
    result_a, result_b = results
    seed = new_seed() if seed is None else seed
    questions, dropped = questions_and_dropped(result_a, result_b, linter.analyzer)
    redactor = redactor_for([result_a.letter, result_b.letter]) if redact else None
    if redactor is not None:
        questions = [Question(q.id, q.text, redactor.apply(q.answer_a), redactor.apply(q.answer_b), q.source)
                     for q in questions]
    kit = Kit(seed, path_a, path_b, assign_orders(participants, seed), questions,
              {"A": _sha256(path_a), "B": _sha256(path_b)}, dropped, redact,
              redactor.replacements if redactor is not None else [])
    views = {"A": LetterView.of(result_a.letter, redactor), "B": LetterView.of(result_b.letter, redactor)}
    texts = tuple(question.text for question in kit.questions)
    booklets = {pid: Booklet(pid, views[order[0]], views[order[1]], texts) for pid, order in kit.participants.items()}
    return kit, booklets


def _sha256(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def write_kit(kit: Kit, booklets: dict[str, Booklet], out_dir: str) -> list[Path]:
    """Write the kit into ``out_dir`` (which must be new or empty), every file atomically."""
    from letterlint.safeio import atomic_write

    root = Path(out_dir)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise KitError(f"{out_dir}: deze map bestaat al en is niet leeg; kies een nieuwe map "
                       "(zo raakt een oude sleutel nooit kwijt)")
    (root / "deelnemers").mkdir(parents=True, exist_ok=True)
    (root / "sleutel").mkdir(exist_ok=True)
    files: dict[Path, bytes | str] = {
        root / "LEESMIJ.md": readme(kit),
        root / "antwoorden.csv": answers_template(kit),
        root / "sleutel" / "sleutel.json": json.dumps(kit.key_dict(), ensure_ascii=False, indent=2) + "\n",
        root / "sleutel" / "antwoordsleutel.md": answer_key_markdown(kit),
        root / "sleutel" / "antwoordsleutel.docx": answer_key_docx(kit),
    }
    for pid, booklet in booklets.items():
        files[root / "deelnemers" / f"{pid}.html"] = booklet_html(booklet)
        files[root / "deelnemers" / f"{pid}.docx"] = booklet_docx(booklet)
    for path, data in files.items():
        atomic_write(path, data)
    return list(files)
