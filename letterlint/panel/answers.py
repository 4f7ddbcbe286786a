"""Reading the panel key (sleutel.json) and validating the answers CSV.

A row that cannot be placed (an unknown participant, a participant twice) is reported with file
name and row number and skipped. A bad cell (a rating outside 1-10, a missing or wrong preference,
a wrong comprehension score, a field longer than the CSV limit of 131,072 characters) drops only
that answer: it is reported the same way and the row's other answers still count. Row numbers are spreadsheet rows: the header is row 1.
A file whose columns are wrong cannot be read at all: that is one error naming the columns.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from letterlint.errors import LetterlintError
from letterlint.panel.kit import BASE_COLUMNS, KEY_VERSION, ORDERS, REMARKS_COLUMN


FIELD_LIMIT = 131_072  # the csv module's default field size limit


class PanelError(LetterlintError):
    """A key or answers file that cannot be used at all; one Dutch line naming the file."""


@dataclass(frozen=True)
class KeyQuestion:
    column: str
    id: str
    text: str


@dataclass(frozen=True)
class PanelKey:
    path: str
    seed: int
    version_a: str
    version_b: str
    orders: dict[str, str]  # participant -> "AB" | "BA"
    questions: tuple[KeyQuestion, ...]

    @property
    def required_columns(self) -> tuple[str, ...]:
        return (*BASE_COLUMNS, *(q.column for q in self.questions))


def load_key(path: str) -> PanelKey:
    """Read sleutel.json (or the sleutel/ folder that holds it)."""
    target = Path(path)
    if target.is_dir():  # the sleutel/ folder, or the kit folder that holds it
        nested = target / "sleutel" / "sleutel.json"
        target = nested if nested.is_file() and not (target / "sleutel.json").exists() else target / "sleutel.json"
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PanelError(f"{target}: sleutelbestand niet gevonden") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PanelError(f"{target}: kan de sleutel niet lezen ({exc})") from None
    except json.JSONDecodeError as exc:
        raise PanelError(f"{target}: dit is geen geldige sleutel (geen JSON: regel {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("letterlint_panel_key") != KEY_VERSION:
        raise PanelError(f"{target}: dit is geen sleutel van 'letterlint panel kit'")
    try:
        orders = {str(pid): str(info["order"]) for pid, info in data["participants"].items()}
        questions = tuple(KeyQuestion(str(q["column"]), str(q["id"]), str(q["text"])) for q in data["questions"])
        key = PanelKey(str(target), int(data["seed"]), str(data["versions"]["A"]["path"]),
                       str(data["versions"]["B"]["path"]), orders, questions)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PanelError(f"{target}: de sleutel is onvolledig of beschadigd ({exc})") from None
    bad = sorted(pid for pid, order in orders.items() if order not in ORDERS)
    if bad:
        raise PanelError(f"{target}: onbekende volgorde bij deelnemer {bad[0]}")
    return key


@dataclass(frozen=True)
class Answer:
    """One participant's valid answers, with the key applied (A/B known)."""

    participant: str
    order: str  # "AB": Versie 1 was A
    rating_1: int | None  # None: missing or not valid (reported), left out of the ratings
    rating_2: int | None
    preference: int | None  # 1 or 2 (Versie 1 or Versie 2); None: missing or not valid
    comprehension: dict[str, int | None]  # question column -> 1 correct, 0 wrong, None not scored
    remarks: str = ""

    @property
    def rating_a(self) -> int | None:
        return self.rating_1 if self.order == "AB" else self.rating_2

    @property
    def rating_b(self) -> int | None:
        return self.rating_2 if self.order == "AB" else self.rating_1

    @property
    def has_ratings(self) -> bool:
        return self.rating_1 is not None and self.rating_2 is not None

    @property
    def prefers(self) -> str | None:
        """'A' or 'B' (None without a valid preference)."""
        return self.order[self.preference - 1] if self.preference is not None else None

    @property
    def first(self) -> str:
        """The version read first (and answered the questions about): 'A' or 'B'."""
        return self.order[0]


@dataclass(frozen=True)
class RowProblem:
    file: str
    row: int
    message: str

    def line(self) -> str:
        return f"{self.file}, rij {self.row}: {self.message}"


@dataclass
class AnswerSet:
    file: str
    answers: list[Answer] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # rows skipped because they are wrong
    cell_problems: list[RowProblem] = field(default_factory=list)  # single answers left out of a counted row
    notes: list[RowProblem] = field(default_factory=list)  # things to know that skip nothing
    empty: list[str] = field(default_factory=list)  # participants whose row is empty (did not take part)

    @property
    def skipped(self) -> int:
        return len(self.problems)


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise PanelError(f"{path}: kan het bestand niet lezen (geen UTF-8 of Windows-1252)") from None


def _column(name: str) -> str:
    return "_".join(name.replace("\ufeff", "").strip().lower().split())


def _integer(value: str) -> int | None:
    value = value.strip()
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _shown(raw: str) -> str:
    return raw if len(raw) <= 40 else raw[:37] + "..."


def _check_row(cells: dict[str, str], key: PanelKey) -> tuple[Answer | None, list[str]]:
    """(answer, reasons for each answer left out) for a row of a known participant, or
    (None, [the reason the row is skipped])."""
    pid = cells["deelnemer"].strip().upper()
    if pid not in key.orders:
        return None, [f"onbekende deelnemer '{_shown(cells['deelnemer'].strip())}' (niet in de sleutel)"]
    dropped: list[str] = []
    ratings: list[int | None] = []
    for column in ("cijfer_versie_1", "cijfer_versie_2"):
        raw = cells[column].strip()
        value = _integer(raw) if raw else None
        if not raw:
            dropped.append(f"{pid}: {column} ontbreekt")
        elif value is None or not 1 <= value <= 10:
            dropped.append(f"{pid}: {column} is '{_shown(raw)}', dat moet een heel getal van 1 tot en met 10 zijn")
            value = None
        ratings.append(value)
    raw = cells["voorkeur"].strip()
    preference = _integer(raw.lower().removeprefix("versie").strip()) if raw else None
    if not raw:
        dropped.append(f"{pid}: voorkeur ontbreekt")
    elif preference not in (1, 2):
        dropped.append(f"{pid}: voorkeur is '{_shown(raw)}', dat moet 1 of 2 zijn")
        preference = None
    comprehension: dict[str, int | None] = {}
    for question in key.questions:
        raw = cells[question.column].strip()
        value = _integer(raw) if raw else None
        if raw and value not in (0, 1):
            dropped.append(f"{pid}: {question.column} is '{_shown(raw)}', dat moet 1 (goed) of 0 (fout) zijn")
            value = None
        comprehension[question.column] = value
    return Answer(pid, key.orders[pid], ratings[0], ratings[1], preference, comprehension,
                  cells.get(REMARKS_COLUMN, "").strip()), dropped


def read_answers(path: str, key: PanelKey) -> AnswerSet:
    """Validate the answers CSV against the key. Raises PanelError only when nothing can be read."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise PanelError(f"{path}: bestand niet gevonden") from None
    except OSError as exc:
        raise PanelError(f"{path}: kan het bestand niet lezen ({exc.strerror or exc})") from None
    text = _decode(data, path)
    if not text.strip():
        raise PanelError(f"{path}: het bestand is leeg")
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    limit = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)  # read long fields, then report them per row (below)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise PanelError(f"{path}: dit is geen leesbaar CSV-bestand ({exc})") from None
    finally:
        csv.field_size_limit(limit)
    reader = iter(rows)
    header = [_column(name) for name in next(reader)]
    missing = [column for column in key.required_columns if column not in header]
    unknown = [column for column in header if column and column not in (*key.required_columns, REMARKS_COLUMN)]
    if missing:
        extra = f"; onbekende kolommen: {', '.join(unknown)}" if unknown else ""
        raise PanelError(f"{path}: verkeerde kolomnamen; deze ontbreken: {', '.join(missing)}{extra} "
                         "(zie LEESMIJ.md in de map van het panel)")
    result = AnswerSet(path)
    if unknown:
        result.notes.append(RowProblem(path, 1, f"onbekende kolommen genegeerd: {', '.join(unknown)}"))
    seen: set[str] = set()
    for row_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = {name: (row[index] if index < len(row) else "") for index, name in enumerate(header) if name}
        cells.setdefault(REMARKS_COLUMN, "")
        for name, value in cells.items():
            if len(value) > FIELD_LIMIT:
                where = "de rij overgeslagen" if name == "deelnemer" else "dit antwoord overgeslagen"
                result.cell_problems.append(RowProblem(path, row_number, f"{name} is te lang ({len(value):,} tekens; "
                                                       f"hoogstens {FIELD_LIMIT:,}); {where}".replace(",", ".")))
                cells[name] = "" if name != "deelnemer" else "(te lang)"
        filled = [name for name in cells if name not in ("deelnemer", REMARKS_COLUMN) and cells[name].strip()]
        pid = cells["deelnemer"].strip().upper()
        if not filled and pid in key.orders:
            result.empty.append(pid)  # an untouched template row: this participant did not take part
            continue
        answer, reasons = _check_row(cells, key)
        if answer is None:
            result.problems.append(RowProblem(path, row_number, reasons[0] + "; rij overgeslagen"))
            continue
        if answer.participant not in seen:
            result.cell_problems += [RowProblem(path, row_number, reason + "; dit antwoord overgeslagen")
                                     for reason in reasons]
        if answer.participant in seen:
            result.problems.append(RowProblem(path, row_number, f"{answer.participant} staat er twee keer in; "
                                              "deze rij overgeslagen"))
            continue
        seen.add(answer.participant)
        result.answers.append(answer)
    return result
