"""One schema layer for letterlint's data files: the rule pack, letter-template metadata and
department profiles, gold annotations and the configuration.

Each file kind describes its shape once, as a JSON Schema (draft 2020-12) next to the code that
reads it; :func:`validate` checks data against it with `jsonschema` and turns the first problem
into one Dutch line that names the file and the key (``huisstijl.yaml: sleutel 'entries nr. 2.match'
ontbreekt``). A subschema may carry ``"x-message"``: the text to show instead when it fails (or
a mapping from the failing JSON Schema keyword to that text); ``{key}`` and ``{value}`` are filled in.
:func:`parse_boolean` is the one reader of yes/no settings, :func:`load_yaml` the one YAML reader.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import yaml

from letterlint.errors import LetterlintError

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TRUE_WORDS = ("true", "1", "yes", "ja", "on")
FALSE_WORDS = ("false", "0", "no", "nee", "off")

_TYPE_NAMES = {
    "string": "tekst", "object": "een groep sleutels", "array": "een lijst", "integer": "een heel getal",
    "number": "een getal", "boolean": "true of false", "null": "leeg",
}


def parse_boolean(value) -> bool:
    """true/false, ja/nee, yes/no, on/off, 1/0 (any case) or a YAML/TOML boolean; else ValueError."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ValueError("kies true of false")


def load_yaml(path: Path, error: type[LetterlintError]):
    """Parse one YAML file; a syntax error or unreadable file raises ``error`` naming the file and line."""
    try:
        return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" regel {mark.line + 1}" if mark is not None else ""
        raise error(f"{path}:{line} ongeldige YAML ({getattr(exc, 'problem', None) or exc})") from None
    except UnicodeDecodeError:
        raise error(f"{path}: geen UTF-8-tekst") from None
    except OSError as exc:
        raise error(f"{path}: kan niet lezen ({exc.strerror or type(exc).__name__})") from None


def key_path(parts) -> str:
    """['entries', 1, 'match'] -> "entries nr. 2.match" (list positions counted from 1)."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f" nr. {part + 1}"
        else:
            text += f".{part}" if text else str(part)
    return text


def _type_names(schema_type) -> str:
    names = [_TYPE_NAMES.get(name, name) for name in ([schema_type] if isinstance(schema_type, str) else schema_type)]
    return " of ".join(dict.fromkeys(names))


def describe(error) -> str:
    """One Dutch phrase for a jsonschema ValidationError (without the file name)."""
    custom = error.schema.get("x-message") if isinstance(error.schema, dict) else None
    if isinstance(custom, dict):  # per validator: {"type": "...", "required": "..."}
        custom = custom.get(error.validator)
    where = key_path(error.absolute_path)
    named = f"sleutel '{where}'" if where else "het bestand"
    if custom:
        return custom.format(key=where, value=error.instance)
    kind = error.validator
    if kind == "required":
        missing = next(name for name in error.validator_value if name not in error.instance)
        return f"sleutel '{key_path([*error.absolute_path, missing])}' ontbreekt"
    if kind in ("additionalProperties", "unevaluatedProperties"):
        allowed = set(error.schema.get("properties", {}))
        patterns = error.schema.get("patternProperties", {})
        extra = sorted(key for key in error.instance
                       if key not in allowed and not any(re.search(p, key) for p in patterns))
        return f"onbekende sleutel '{key_path([*error.absolute_path, extra[0]])}'"
    if kind == "type":
        return f"{named} moet {_type_names(error.validator_value)} zijn"
    if kind in ("enum", "const"):
        choices = error.validator_value if kind == "enum" else [error.validator_value]
        return f"{named} is '{error.instance}', kies uit {', '.join(map(str, choices))}"
    if kind == "format" and error.validator_value == "regex":
        return f"{named} is geen geldige reguliere expressie"
    if kind in ("minItems", "minLength", "minProperties"):
        return f"{named} mag niet leeg zijn"
    if kind in ("minimum", "exclusiveMinimum"):
        return f"{named} moet {'groter dan' if kind == 'exclusiveMinimum' else 'minstens'} {error.validator_value} zijn"
    return f"{named} heeft een ongeldige waarde {error.instance!r}"


def _first_error(errors):
    """The problem to report: the shallowest, then the first in document order (deterministic)."""
    return min(errors, key=lambda e: (len(e.absolute_path), [str(p) for p in e.absolute_path],
                                      str(e.validator)), default=None)


_VALIDATORS: dict[int, object] = {}


def _validator(schema: dict):
    from jsonschema import Draft202012Validator

    validator = _VALIDATORS.get(id(schema))
    if validator is None or validator.schema is not schema:
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        _VALIDATORS[id(schema)] = validator
    return validator


def problems(data, schema: dict) -> list:
    """Every jsonschema ValidationError of ``data`` (empty when it fits)."""
    return list(_validator(schema).iter_errors(data))


def fits(data, schema: dict) -> bool:
    return _validator(schema).is_valid(data)


def validate(data, schema: dict, where: str, error: Callable[[str], Exception] = LetterlintError) -> None:
    """Raise ``error("<where>: <problem>")`` for the first problem of ``data`` against ``schema``."""
    first = _first_error(_validator(schema).iter_errors(data))
    if first is not None:
        raise error(f"{where}: {describe(first)}")


def choice(values, message: str | None = None) -> dict:
    """A schema for one of ``values`` (a string)."""
    schema: dict = {"type": "string", "enum": list(values)}
    if message:
        schema["x-message"] = message
    return schema


def strings(allow_single: bool = True) -> dict:
    """A schema for a list of strings (or one string when ``allow_single``)."""
    many = {"type": "array", "items": {"type": "string"}}
    return {"anyOf": [{"type": "string"}, many], "x-message": "sleutel '{key}' moet een tekst of een lijst met teksten zijn"} \
        if allow_single else many
