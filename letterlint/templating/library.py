"""Department letter templates: a library of Jinja2 templates that render a B1 letter from case data.

Layout of a templates folder (the bundled one is ``templates/letters/``, installed as the package
data ``letterlint.data.templates``)::

    base.md.j2                     the one layout: letter head, "In het kort", sections as blocks
    _blocks/*.md.j2                reusable section texts (objection, contact, amounts and dates)
    departments/<id>.yaml          one profile per department (name, contact, register, ...)
    common/<name>.md.j2 + .yaml    letter types any department can use
    <department>/_base.md.j2       optional: what a department changes in the layout
    <department>/<name>.md.j2      letter types of one department, with <name>.yaml beside it

Templates run in Jinja2's sandbox with strict undefined variables: a typo in a template is a
:class:`TemplateError` naming the template file and line. Missing *case data* never raises: the
``need`` filter shows a visible ``[invullen: ...]`` placeholder instead.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from jinja2 import (
    BaseLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
    Undefined,
)
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.sandbox import SandboxedEnvironment

from letterlint.config import LETTER_TYPES  # one source: rules/structure.yaml
from letterlint.errors import LetterlintError
from letterlint.placeholders import TO_FILL, to_fill
from letterlint.rulepack import bundled_lexicon
from letterlint.schema import validate

REGISTERS = ("u", "je")
COMMON = "common"
TEMPLATE_SUFFIX = ".md.j2"
ID_PART = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

# The case-data keys of the contract (docs: templates/letters/README.md). Every one of them is
# always defined in a template (None when the case has no value), so a misspelt name in a template
# is an error and not a silent placeholder.
CASE_KEYS = ("recipient", "letter_date", "case_number", "subject", "request_date", "decision",
             "decision_positive", "reasons", "legal_basis", "amounts", "dates", "deadline", "documents",
             "actions", "consequences", "contact", "objection_weeks", "extra")


class TemplateError(LetterlintError):
    """A template, profile or case file that cannot be used; the message is one Dutch line."""


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class Objection:
    address: list[str]
    url: str
    weeks: int = 6
    to: str = "het college van burgemeester en wethouders"


@dataclass(frozen=True)
class Signature:
    name: str
    role: str
    on_behalf: str = ""


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    municipality: str
    register: str
    contact: Contact
    general_phone: str
    address: list[str]
    objection: Objection
    signature: Signature
    salutation: str = "Beste"
    website: str = ""
    letterhead: str = ""
    path: Path | None = None


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    department: str          # the folder: a department id or "common"
    name: str
    title: str
    letter_type: str
    cues: list[str]
    path: Path
    sample: dict
    description: str = ""

    @property
    def is_common(self) -> bool:
        return self.department == COMMON

    @property
    def extra_keys(self) -> list[str]:
        """The template-specific case-data keys (under ``extra``), as the sample shows them."""
        extra = self.sample.get("extra")
        return list(extra) if isinstance(extra, dict) else []

    def applies_to(self, department_id: str) -> bool:
        return self.is_common or self.department == department_id


@dataclass
class RenderedLetter:
    markdown: str
    template_id: str
    department_id: str
    placeholders: list[str] = field(default_factory=list)
    sources: list[Path] = field(default_factory=list)   # every template file used, the letter type first


# --------------------------------------------------------------------------- Dutch formatting


def _is_missing(value: Any) -> bool:
    return value is None or isinstance(value, Undefined) or (
        isinstance(value, (str, list, tuple, dict)) and not value)


def need(value: Any, description: str) -> Any:
    """The value, or a visible placeholder ``[invullen: description]`` when the case has none."""
    return to_fill(description) if _is_missing(value) else value


def to_date(value: Any) -> dt.date | None:
    """A date from a date, a datetime or an ISO string ('2026-03-03'); None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def dutch_date(value: Any, description: str = "datum") -> str:
    """'3 maart 2026'. A string that is no ISO date is kept as written (it may already be Dutch)."""
    from babel.dates import format_date

    if _is_missing(value):
        return need(None, description)
    date = to_date(value)
    if date is None:
        return str(value)
    return format_date(date, "d MMMM y", locale="nl")


def to_amount(value: Any) -> Decimal | None:
    """A Decimal from a number or a string ('1234.56', '1.234,56', '€ 1.234,56'); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    if not isinstance(value, str):
        return None
    text = value.replace("€", "").replace("\u00a0", " ").replace("EUR", "").strip().replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|-?\d+(?:,\d{1,2})?", text):
        text = text.replace(".", "").replace(",", ".")
    elif not re.fullmatch(r"-?\d+(?:\.\d{1,2})?", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def dutch_amount(value: Any, description: str = "bedrag") -> str:
    """'€ 1.234,56' (Babel's Dutch currency format with a plain space; a negative amount as its
    absolute value: the sentence around it says who pays whom)."""
    from babel.numbers import format_currency

    if _is_missing(value):
        return need(None, description)
    amount = to_amount(value)
    if amount is None:
        return str(value)
    return format_currency(abs(amount), "EUR", locale="nl").replace("\u00a0", " ")


def add_weeks(date: dt.date, weeks: int) -> dt.date:
    return date + dt.timedelta(weeks=weeks)


def dutch_term(deadline: Any, letter_date: Any = None, description: str = "termijn") -> str:
    """'binnen 6 weken, dus vóór 14 april 2026'; 'vóór 14 april 2026' without weeks; with weeks and
    no date, the date is counted from ``letter_date``."""
    if isinstance(deadline, (int, float)) and not isinstance(deadline, bool):
        deadline = {"weeks": int(deadline)}
    elif not isinstance(deadline, dict):
        deadline = {"date": deadline} if not _is_missing(deadline) else {}
    weeks = deadline.get("weeks")
    try:
        weeks = int(weeks) if weeks not in (None, "") and not isinstance(weeks, bool) else None
    except (TypeError, ValueError):
        weeks = None
    date = to_date(deadline.get("date"))
    if date is None and weeks and to_date(letter_date):
        date = add_weeks(to_date(letter_date), int(weeks))
    if date is None and not deadline.get("date"):
        return f"binnen {weeks} {'week' if weeks == 1 else 'weken'}" if weeks else need(None, description)
    shown = dutch_date(date) if date else str(deadline.get("date"))
    if weeks:
        return f"binnen {weeks} {'week' if int(weeks) == 1 else 'weken'}, dus vóór {shown}"
    return f"vóór {shown}"


_INITIALS = re.compile(r"^(?:[A-Z]\.(?:-?[A-Z]\.)*\s*)+")


def salutation(recipient: Any, style: str = "Beste") -> str:
    """'Beste mevrouw De Vries' from {'name': 'mevrouw J. de Vries'} (or the recipient's own
    'salutation'). Without a name: '[invullen: aanhef]'."""
    if isinstance(recipient, dict) and recipient.get("salutation"):
        return str(recipient["salutation"]).rstrip(",")
    name = recipient.get("name") if isinstance(recipient, dict) else recipient
    if _is_missing(name):
        return f"{style} [invullen: naam van de ontvanger]"
    text = str(name).strip()
    title = ""
    for candidate, word in register_lexicon()["recipient_titles"].items():
        if text.lower().startswith(candidate + " "):
            title = word
            text = text[len(candidate):].strip()
            break
    text = _INITIALS.sub("", text).strip()
    if title and text:
        return f"{style} {title} {text[0].upper()}{text[1:]}"
    return f"{style} {text}" if text else f"{style} [invullen: naam van de ontvanger]"


def join_nl(items: Any, last: str = "en") -> str:
    """'a, b en c'."""
    values = [str(item) for item in (items or []) if not _is_missing(item)]
    if len(values) < 2:
        return "".join(values)
    return f"{', '.join(values[:-1])} {last} {values[-1]}"


def sentence_case(text: Any) -> str:
    """The text with a capital first letter (for a list item that starts a sentence)."""
    value = str(text)
    return value[:1].upper() + value[1:]


# --------------------------------------------------------------------------- register: u or je

@functools.lru_cache(maxsize=1)
def register_lexicon() -> dict:
    """rules/lexicon/register.yaml: salutation titles and the word lists of the switch to 'je'."""
    data = bundled_lexicon("register")
    return {**data, "not_verbs": frozenset(data["not_verbs"]),
            "other_subject": re.compile(r"\b(?:" + "|".join(map(re.escape, data["other_subjects"])) + r")\b",
                                        re.IGNORECASE)}


def _match_case(word: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if word[:1].isupper() else replacement


def to_je(text: str) -> str:
    """Rewrite a sentence from the polite 'u' to 'je' (register of a department that says 'je').

    Handles the forms our templates use: "heeft u" → "heb je", "u heeft" → "je hebt" (also with
    words between, as in "dat u nodig heeft"), "uw" → "je", "met u" → "met jou", "U" → "Je".
    Other text is left alone.
    """
    def inverted(match: re.Match) -> str:
        verb = match.group(1)
        lower = verb.lower()
        if lower in register_lexicon()["not_verbs"]:
            return match.group(0)
        stem = register_lexicon()["inverted_irregular"].get(lower)
        if stem is None:
            stem = lower[:-1] if lower.endswith("t") and not lower.endswith("tt") else lower
        return f"{_match_case(verb, stem)} {_match_case(match.group(2), 'je')}"

    def has(match: re.Match) -> str:
        pronoun, middle = match.group(1), match.group(2)
        if register_lexicon()["other_subject"].search(middle):
            return match.group(0)
        return f"{_match_case(pronoun, 'je')}{middle}hebt"

    def after_preposition(match: re.Match) -> str:
        return f"{match.group(1)} jou"

    text = re.sub(rf"\b({'|'.join(register_lexicon()['prepositions'])}) u\b(?! (?:dat|het|die|deze|dit|een)\b)", after_preposition,
                  text, flags=re.IGNORECASE)
    text = re.sub(r"\b([A-Za-zë]+t) (u)\b", inverted, text)
    text = re.sub(r"\b([Uu])\b([^,.;:?!]{0,40}?\b)heeft\b", has, text)
    text = re.sub(r"\bUw\b", "Je", text)
    text = re.sub(r"\buw\b", "je", text)
    text = re.sub(r"\bU\b", "Je", text)
    text = re.sub(r"\bu\b", "je", text)
    return text


def apply_register(markdown: str, register: str) -> str:
    """The letter in the department's register. The head (before the salutation) is left alone."""
    if register == "u":
        return markdown
    lines = markdown.split("\n")
    start = next((i for i, line in enumerate(lines) if re.match(r"^(Beste|Geachte|Hallo|Dag)\b", line)), 0)
    return "\n".join(lines[:start] + [to_je(line) for line in lines[start:]])


# --------------------------------------------------------------------------- department profiles

_TEXT = {"type": "string"}
_LINES = {"type": "array", "items": _TEXT}
PROFILE_SCHEMA = {
    "type": "object",
    "x-message": {"type": "het profiel moet een groep sleutels zijn"},
    "required": ["name", "municipality", "register", "contact", "general_phone", "address", "objection", "signature"],
    "properties": {
        "name": _TEXT, "municipality": _TEXT, "general_phone": _TEXT, "address": _LINES,
        "register": {"type": "string", "enum": list(REGISTERS),
                     "x-message": "sleutel 'register' moet 'u' of 'je' zijn, niet '{value}'"},
        "contact": {"type": "object", "required": ["name", "role", "phone", "email"], "additionalProperties": False,
                    "properties": {"name": _TEXT, "role": _TEXT, "phone": _TEXT, "email": _TEXT}},
        "objection": {"type": "object", "required": ["address", "url"], "additionalProperties": False,
                      "properties": {"address": _LINES, "url": _TEXT, "weeks": {"type": "integer"}, "to": _TEXT}},
        "signature": {"type": "object", "required": ["name", "role"], "additionalProperties": False,
                      "properties": {"name": _TEXT, "role": _TEXT, "on_behalf": _TEXT}},
        "salutation": _TEXT, "website": _TEXT, "letterhead": _TEXT,
    },
    "additionalProperties": False,
}


def _without_nulls(data):
    """An empty value counts as absent (YAML's ``key:`` with nothing after it)."""
    if isinstance(data, dict):
        return {key: _without_nulls(value) for key, value in data.items() if value is not None}
    return data


def load_department(path: Path) -> Department:
    """Read and validate one department profile (``departments/<id>.yaml``)."""
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{where}: kan het bestand niet lezen ({exc.__class__.__name__})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f", regel {mark.line + 1}" if mark else ""
        raise TemplateError(f"{where}{line}: geen geldige YAML") from None
    data = _without_nulls(data)
    validate(data, PROFILE_SCHEMA, where, TemplateError)
    return Department(
        id=path.stem, name=data["name"], municipality=data["municipality"], register=data["register"],
        contact=Contact(**data["contact"]), general_phone=data["general_phone"], address=list(data["address"]),
        objection=Objection(**data["objection"]), signature=Signature(**data["signature"]),
        salutation=data.get("salutation") or "Beste", website=data.get("website") or "",
        letterhead=data.get("letterhead") or "", path=path)


# --------------------------------------------------------------------------- template metadata

META_SCHEMA = {
    "type": "object",
    "required": ["meta"],
    "x-message": {"type": "sleutel 'meta' ontbreekt"},
    "properties": {
        "meta": {
            "type": "object",
            "required": ["title", "letter_type", "cues"],
            "properties": {"title": _TEXT, "letter_type": {"type": "string", "enum": list(LETTER_TYPES)},
                           "cues": {"type": "array"}, "description": _TEXT},
            "additionalProperties": False,
        },
        "sample": {"type": "object", "x-message": "sleutel 'sample' moet een groep sleutels zijn"},
    },
}


def load_template_info(template_path: Path, root: Path | None = None) -> TemplateInfo:
    """The metadata beside a template: ``<name>.yaml`` with ``meta:`` and ``sample:``."""
    name = template_path.name[: -len(TEMPLATE_SUFFIX)]
    meta_path = template_path.with_name(f"{name}.yaml")
    folder = template_path.parent.name
    where = str(meta_path)
    if not meta_path.is_file():
        raise TemplateError(f"{template_path}: het bestand {meta_path.name} met meta en sample ontbreekt")
    try:
        data = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise TemplateError(f"{where}{f', regel {mark.line + 1}' if mark else ''}: geen geldige YAML") from None
    if isinstance(data, dict) and isinstance(data.get("meta"), dict):
        data = {**data, "meta": _without_nulls(data["meta"])}
    validate(data, META_SCHEMA, where, TemplateError)
    meta = data["meta"]
    for cue in meta["cues"]:
        try:
            re.compile(str(cue))
        except re.error:
            raise TemplateError(f"{where}: herkenning '{cue}' is geen geldige reguliere expressie") from None
    sample = data.get("sample") or {}
    return TemplateInfo(id=f"{folder}/{name}", department=folder, name=name, title=meta["title"],
                        letter_type=meta["letter_type"], cues=[str(cue) for cue in meta["cues"]],
                        path=template_path, sample=sample, description=meta.get("description") or "")


# --------------------------------------------------------------------------- the library


class _RecordingLoader(BaseLoader):
    """A file-system loader that remembers which template files a render used."""

    def __init__(self, root: Path):
        self.inner = FileSystemLoader(str(root), encoding="utf-8")
        self.loaded: list[str] = []

    def get_source(self, environment, template):
        source, filename, uptodate = self.inner.get_source(environment, template)
        if filename not in self.loaded:
            self.loaded.append(filename)
        return source, filename, uptodate


def bundled_templates_dir() -> Path:
    """The bundled templates: package data when installed (letterlint/data/templates/letters),
    else templates/letters of the source tree."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "data" / "templates" / "letters", package.parent / "templates" / "letters"):
        if (candidate / f"base{TEMPLATE_SUFFIX}").is_file():
            return candidate
    raise TemplateError(f"{package}: de sjablonen voor brieven ontbreken (templates/letters)")


def check_id_part(value: str, what: str) -> str:
    """Reject ids that could leave the templates folder ('..', '/', absolute paths)."""
    if not isinstance(value, str) or not ID_PART.match(value):
        raise TemplateError(f"ongeldige naam voor {what}: '{value}' (alleen kleine letters, cijfers, - en _)")
    return value


def _template_frame(exc: BaseException) -> tuple[str, int] | None:
    """The innermost traceback frame that runs a template file: (file, line)."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


class TemplateLibrary:
    """The letter templates and department profiles of one templates folder."""

    def __init__(self, templates_dir: Path | None = None):
        self.root = Path(templates_dir) if templates_dir is not None else bundled_templates_dir()
        if not (self.root / "base.md.j2").is_file():
            raise TemplateError(f"{self.root}: geen sjablonenmap (base.md.j2 ontbreekt)")

    # ------------------------------------------------------------------ departments

    def departments(self) -> list[Department]:
        folder = self.root / "departments"
        return [load_department(path) for path in sorted(folder.glob("*.yaml"))]

    def department(self, id: str) -> Department:
        check_id_part(id, "afdeling")
        path = self.root / "departments" / f"{id}.yaml"
        if not path.is_file():
            known = ", ".join(path.stem for path in sorted((self.root / "departments").glob("*.yaml")))
            raise TemplateError(f"onbekende afdeling '{id}' (bekend: {known})")
        return load_department(path)

    # ------------------------------------------------------------------ templates

    def templates(self, department: str | None = None) -> list[TemplateInfo]:
        """Every letter template; with a department: its own and the common ones."""
        if department is not None:
            self.department(department)
        infos = []
        for path in sorted(self.root.glob(f"*/*{TEMPLATE_SUFFIX}")):
            if path.name.startswith("_") or path.parent.name.startswith("_") or path.parent.name == "departments":
                continue
            info = load_template_info(path, self.root)
            if department is None or info.applies_to(department):
                infos.append(info)
        return infos

    def template(self, id: str) -> TemplateInfo:
        folder, name = self._split_id(id)
        path = self.root / folder / f"{name}{TEMPLATE_SUFFIX}"
        if not path.is_file():
            raise TemplateError(f"onbekend sjabloon '{id}' (zie: letterlint templates)")
        return load_template_info(path, self.root)

    @staticmethod
    def _split_id(id: str) -> tuple[str, str]:
        if not isinstance(id, str) or id.count("/") != 1:
            raise TemplateError(f"ongeldige sjabloonnaam '{id}': gebruik afdeling/naam, bijvoorbeeld vth/weigering-omgevingsvergunning")
        folder, name = id.split("/")
        return check_id_part(folder, "sjabloonmap"), check_id_part(name, "sjabloon")

    # ------------------------------------------------------------------ rendering

    def environment(self) -> tuple[SandboxedEnvironment, _RecordingLoader]:
        loader = _RecordingLoader(self.root)
        env = SandboxedEnvironment(loader=loader, undefined=StrictUndefined, autoescape=False,
                                   trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                                   finalize=_finalize)
        env.filters.update(need=need, datum=dutch_date, bedrag=dutch_amount, termijn=dutch_term,
                           aanhef=salutation, opsomming=join_nl, hoofdletter=sentence_case)
        env.globals.update(plus_weken=lambda date, weeks: add_weeks(to_date(date), int(weeks)) if to_date(date) else None)
        return env, loader

    def render(self, template_id: str, department_id: str, data: dict | None) -> RenderedLetter:
        info = self.template(template_id)
        department = self.department(department_id)
        if not info.applies_to(department.id):
            raise TemplateError(f"sjabloon '{template_id}' hoort bij afdeling '{info.department}', niet bij '{department.id}'")
        return self.render_file(info.path, department, data, template_id=info.id, meta=info)

    def render_file(self, path: Path, department: Department, data: dict | None, template_id: str | None = None,
                    meta: TemplateInfo | None = None) -> RenderedLetter:
        """Render one template file (inside this library's folder) for a department."""
        path = Path(path).resolve()
        try:
            relative = path.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            raise TemplateError(f"{path}: het sjabloon staat niet in de sjablonenmap {self.root}") from None
        if data is not None and not isinstance(data, dict):
            raise TemplateError(f"{template_id or path}: de zaakgegevens moeten een groep sleutels zijn")
        validate_case(data or {}, f"zaakgegevens voor {template_id or path.name}")
        env, loader = self.environment()
        context = self.context(department, data or {}, meta)
        try:
            template = env.get_template(relative)
            text = template.render(**context)
        except TemplateSyntaxError as exc:
            where = exc.filename or str(path)
            raise TemplateError(f"{where}, regel {exc.lineno}: fout in het sjabloon: {exc.message}") from None
        except TemplateNotFound as exc:
            raise TemplateError(f"{path}: sjabloon '{exc.name}' bestaat niet") from None
        except JinjaTemplateError as exc:
            frame = _template_frame(exc)
            where = f"{frame[0]}, regel {frame[1]}" if frame else str(path)
            raise TemplateError(f"{where}: fout in het sjabloon: {exc.message or exc}"
                                .replace(" is undefined", " bestaat niet (tikfout?)")) from None
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            frame = _template_frame(exc)
            where = f"{frame[0]}, regel {frame[1]}" if frame else str(path)
            raise TemplateError(f"{where}: het sjabloon kan deze gegevens niet gebruiken ({exc})") from None
        markdown = apply_register(tidy_markdown(text), department.register)
        return RenderedLetter(markdown=markdown, template_id=template_id or relative,
                              department_id=department.id, placeholders=TO_FILL.findall(markdown),
                              sources=[Path(name) for name in loader.loaded])

    def context(self, department: Department, data: dict, meta: TemplateInfo | None) -> dict:
        case = {key: data.get(key) for key in CASE_KEYS}
        case["extra"] = data.get("extra") or {}
        recipient = dict(data.get("recipient") or {})
        if isinstance(recipient.get("address"), str):
            recipient["address"] = [line.strip() for line in re.split(r"[\n,]", recipient["address"]) if line.strip()]
        case["recipient"] = recipient or None
        case["contact"] = {**vars(department.contact), **{k: v for k, v in (data.get("contact") or {}).items() if v}}
        case["objection_weeks"] = data.get("objection_weeks") or department.objection.weeks
        for key in ("reasons", "legal_basis", "amounts", "dates", "documents", "actions", "consequences"):
            value = case[key]
            case[key] = [] if value is None else (value if isinstance(value, list) else [value])
        department_base = f"{department.id}/_base{TEMPLATE_SUFFIX}"
        layout = department_base if (self.root / department_base).is_file() else f"base{TEMPLATE_SUFFIX}"
        return {**soften(case), "afdeling": department, "layout": layout, "sjabloon": meta}


_CASE_DICTS = ("recipient", "deadline", "contact", "extra")
_CASE_LISTS = ("reasons", "legal_basis", "amounts", "dates", "documents", "actions", "consequences")
_LABELLED = ("amounts", "dates")


def validate_case(data: dict, where: str = "zaakgegevens") -> None:
    """One-line Dutch message for case data of the wrong shape (a typo in YAML, a wrong type)."""
    for key in _CASE_DICTS:
        if data.get(key) is not None and not isinstance(data[key], dict):
            raise TemplateError(f"{where}: '{key}' moet een groep sleutels zijn")
    for key in _CASE_LISTS:
        value = data.get(key)
        if value is None or isinstance(value, (str, int, float, dt.date)):
            continue  # one value is taken as a list of one
        if not isinstance(value, list):
            raise TemplateError(f"{where}: '{key}' moet een lijst zijn")
        for item in value:
            if key in _LABELLED and not isinstance(item, dict):
                raise TemplateError(f"{where}: elk item van '{key}' moet 'label' en 'value' hebben")
    recipient = data.get("recipient") or {}
    if recipient.get("address") is not None and not isinstance(recipient["address"], (list, str)):
        raise TemplateError(f"{where}: 'recipient.address' moet een lijst met regels zijn")
    weeks = data.get("objection_weeks")
    if weeks is not None and (isinstance(weeks, bool) or not isinstance(weeks, int)):
        raise TemplateError(f"{where}: 'objection_weeks' moet een heel getal zijn")


class CaseData(dict):
    """A dict of case data in which a missing key is None (shown as a placeholder), not an error."""

    def __missing__(self, key):
        return None


def soften(value: Any) -> Any:
    """Case data with every nested dict a :class:`CaseData`."""
    if isinstance(value, dict):
        return CaseData({key: soften(item) for key, item in value.items()})
    if isinstance(value, list):
        return [soften(item) for item in value]
    return value


def _finalize(value: Any) -> Any:
    """What ``{{ ... }}`` prints: a missing case value is a visible placeholder, never 'None'."""
    return to_fill("ontbrekend gegeven") if value is None else value


def tidy_markdown(text: str) -> str:
    """At most one blank line in a row, no trailing spaces, one newline at the end."""
    lines = [line.rstrip() for line in text.strip().split("\n")]
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def load_case_file(path: Path) -> dict:
    """Case data from a YAML (or JSON) file; a clear one-line message when it cannot be used."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateError(f"{path}: bestand bestaat niet") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: kan het bestand niet lezen ({exc.__class__.__name__})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise TemplateError(f"{path}{f', regel {mark.line + 1}' if mark else ''}: geen geldige YAML") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TemplateError(f"{path}: de zaakgegevens moeten een groep sleutels zijn")
    return data


# --------------------------------------------------------------------------- linting templates

_JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}")
_YAML_SPLIT = re.compile(r"[\"'\[\]{},]|^\s*-?\s*[\w.]+:\s|\s#\s")
MIN_CHUNK = 3


@dataclass
class _SourceLine:
    path: str
    line: int
    chunks: list[str]


def _template_chunks(line: str) -> list[str]:
    """The literal text of a template line, in the pieces between Jinja tags."""
    if line.lstrip().startswith("{#"):
        return []
    pieces = _JINJA_TAG.split(line)
    return [piece.strip() for piece in pieces if len(piece.strip()) >= MIN_CHUNK]


def _yaml_chunks(line: str) -> list[str]:
    """The text values of a YAML line (sample data, department profile)."""
    if line.lstrip().startswith("#"):
        return []
    pieces = _YAML_SPLIT.split(line)
    return [piece.strip() for piece in pieces if len(piece.strip()) >= 8]


def _source_lines(paths: list[Path]) -> list[_SourceLine]:
    lines = []
    for path in paths:
        chunker = _yaml_chunks if path.suffix == ".yaml" else _template_chunks
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        for number, line in enumerate(text.split("\n"), start=1):
            chunks = chunker(line)
            if chunks:
                lines.append(_SourceLine(str(path), number, chunks))
    return lines


def _overlap(source: _SourceLine, rendered: str) -> int:
    """How much literal text of a source line occurs in a rendered line (0 when none); template
    text counts double, so a sentence of a template beats a case value inside it."""
    weight = 1 if source.path.endswith(".yaml") else 2
    return weight * sum(len(chunk) for chunk in source.chunks if chunk in rendered)


def _lowered(lines: list[_SourceLine]) -> list[_SourceLine]:
    return [_SourceLine(line.path, line.line, [chunk.lower() for chunk in line.chunks]) for line in lines]


def _shape_match(paths: list[Path], rendered: str) -> tuple[str, int] | None:
    """The first template line with an expression whose shape (its literal text around the
    expressions, e.g. ``{{ recipient | aanhef }},``) matches the whole rendered line."""
    for path in paths:
        if path.suffix == ".yaml":
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        for number, line in enumerate(text.split("\n"), start=1):
            stripped = line.strip()
            if "{{" not in stripped or stripped.startswith("{#"):
                continue
            literal = _JINJA_TAG.sub("", stripped).strip()
            if not literal:
                continue
            pattern = ".*".join(re.escape(piece) for piece in _JINJA_TAG.split(stripped))
            if re.fullmatch(pattern, rendered):
                return str(path), number
    return None


@dataclass
class LintVariant:
    """One template rendered for one department with its sample data, ready to lint."""

    label: str
    text: str
    template: Path
    department: str
    sources: list[Path]

    def source_line(self, rendered_line: int) -> tuple[str, int]:
        """The template file and 1-based line a rendered line comes from (best literal overlap
        along the inheritance chain, then the sample data and the department profile)."""
        lines = self.text.split("\n")
        candidates = _lowered(_source_lines(self.sources))
        index = min(max(rendered_line, 1), len(lines)) - 1
        # a blank or unmatched line borrows the location of the nearest line above it
        for current in range(index, -1, -1):
            text = lines[current].strip().lower()
            if not text:
                continue
            best = max(candidates, key=lambda source: _overlap(source, text), default=None)
            if best is not None and _overlap(best, text) > 0:
                return best.path, best.line
            shaped = _shape_match(self.sources, lines[current].strip())
            if shaped is not None:
                return shaped
        return str(self.template), 1


def find_templates_root(path: Path) -> Path:
    """The templates folder (the one with base.md.j2) that holds ``path``."""
    path = Path(path).resolve()
    for folder in [path, *path.parents] if path.is_dir() else list(path.parents):
        if (folder / f"base{TEMPLATE_SUFFIX}").is_file():
            return folder
    raise TemplateError(f"{path}: geen sjablonenmap gevonden (een map met base.md.j2)")


def lint_variants(path: Path) -> list[LintVariant]:
    """Every letter template under ``path`` (a templates folder, a sub-folder or one .j2 file),
    rendered with its sample data for every department it applies to."""
    path = Path(path)
    root = find_templates_root(path)
    library = TemplateLibrary(root)
    if path.is_file():
        files = [path.resolve()]
    else:
        files = [p.resolve() for p in sorted(path.rglob(f"*{TEMPLATE_SUFFIX}"))]
    variants = []
    departments = library.departments()
    for file in files:
        relative = file.relative_to(root.resolve())
        if len(relative.parts) != 2 or file.name.startswith("_") or relative.parts[0].startswith("_"):
            continue  # layouts and blocks are linted through the letters that use them
        info = load_template_info(file, root)
        for department in departments:
            if not info.applies_to(department.id):
                continue
            rendered = library.render_file(file, department, info.sample, template_id=info.id, meta=info)
            meta_path = file.with_name(f"{info.name}.yaml")
            sources = [*rendered.sources, meta_path, *([department.path] if department.path else [])]
            variants.append(LintVariant(label=f"{relative.as_posix()} [{department.id}]", text=rendered.markdown,
                                        template=file, department=department.id, sources=sources))
    return variants
