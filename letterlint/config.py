"""Configuration: ``[letterlint]`` in setup.cfg or ``[tool.letterlint]`` in pyproject.toml.

Found from the working directory upward (the first file that has a letterlint section wins);
``--config FILE`` names one explicitly. Command-line options override the file.

Keys (all optional)::

    model = embedded                 # embedded | blank | nl_core_news_lg | /path/to/pipeline
    select = JA01, structure         # rule ids or categories; empty = all
    ignore = RD03
    min_severity = info              # hide findings below this
    fail_on = error                  # exit 1 when a finding at or above this remains
    format = text                    # text | json
    rules_dirs = huisstijl/regels    # extra rule folders (relative to the config file)
    letter_type = besluit            # force the letter type instead of detecting it
    severity = RD03:warning, ST05:error
    RD01.warning_words = 15          # any rule parameter: RULE.parameter = value
    max_file_size_mb = 5
    exclude = README*, concepten/*   # globs for files found in folders (default: README*, LICENSE*, ...)
    per_file_ignores =               # glob: rules (relative to the config file), one per line
        corpus/*-origineel.*: JA01, RD01
        templates/*: ST05
    cache = true                     # reuse results of unchanged letters
    cache_dir = .letterlint_cache    # relative to the config file
    jobs = auto                      # processes: auto | 1 | 2 | ...
"""

from __future__ import annotations

import configparser
import fnmatch
import math
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from letterlint.errors import LetterlintError
from letterlint.findings import Severity
from letterlint.rulepack import letter_type_labels
from letterlint.schema import describe, parse_boolean, problems

# The largest file-size limit a configuration may set: above it no input meets letterlint's time
# and memory targets (bench/RESULTS.md), and a .docx may not inflate beyond 100 MB anyway.
MAX_FILE_SIZE_MB = 50

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

KNOWN_KEYS = {
    "model", "select", "ignore", "min_severity", "fail_on", "format", "rules_dirs", "letter_type",
    "severity", "max_file_size_mb", "exclude", "per_file_ignores", "cache", "cache_dir", "jobs",
}
FORMATS = ("text", "json", "sarif", "junit", "github", "gitlab")
# files in checked folders that are not letters (a config can replace the list)
DEFAULT_EXCLUDE = ("README*", "LICENSE*", "CHANGELOG*", "CONTRIBUTING*")
LETTER_TYPES = tuple(letter_type_labels())  # one source: rules/structure.yaml


_SEVERITY_NAME = {"type": "string", "pattern": "^(?i:error|warning|info)$", "x-message": "kies error, warning of info"}
_NAMES = {"type": "array", "items": {"type": "string"}}
# The settings after conversion from their text (lists split, yes/no and numbers read): what each may be.
CONFIG_SCHEMA = {
    "type": "object",
    "properties": {
        "model": {"type": "string", "minLength": 1}, "select": _NAMES, "ignore": _NAMES, "exclude": _NAMES,
        "rules_dirs": _NAMES, "min_severity": _SEVERITY_NAME, "fail_on": _SEVERITY_NAME,
        "format": {"enum": list(FORMATS), "x-message": f"kies uit {', '.join(FORMATS)}"},
        "letter_type": {"enum": list(LETTER_TYPES), "x-message": f"kies uit {', '.join(LETTER_TYPES)}"},
        "severity": {"type": "object", "additionalProperties": _SEVERITY_NAME},
        "per_file_ignores": {"type": "array"},
        "cache": {"type": "boolean"},
        "cache_dir": {"type": "string"},
        "jobs": {"anyOf": [{"const": "auto"}, {"type": "integer", "minimum": 1}],
                 "x-message": "kies auto of een getal vanaf 1"},
        "max_file_size_mb": {"type": "number", "exclusiveMinimum": 0, "x-message": "moet groter dan 0 zijn"},
    },
    "additionalProperties": False,
}


class ConfigError(LetterlintError):
    """A configuration mistake; the message names the file and the key (Dutch)."""


@dataclass(frozen=True)
class Config:
    model: str = "embedded"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_severity: Severity = Severity.INFO
    fail_on: Severity = Severity.ERROR
    format: str = "text"
    rules_dirs: tuple[str, ...] = ()
    letter_type: str | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    rule_params: dict[str, dict] = field(default_factory=dict)
    max_file_size_mb: float = 5.0
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    cache: bool = True
    cache_dir: str | None = None  # None: .letterlint_cache beside the config file, else in the working folder
    jobs: int = 0  # 0 = auto
    source: str | None = None
    overridden: frozenset[str] = frozenset()  # keys set on the command line

    def with_overrides(self, **values) -> "Config":
        clean = {key: value for key, value in values.items() if value not in (None, ())}
        return replace(self, **clean, overridden=self.overridden | frozenset(clean))

    def origin(self, key: str) -> str:
        """Where a setting came from, for messages."""
        return "opdrachtregel" if key in self.overridden or not self.source else self.source

    @property
    def base_dir(self) -> Path:
        """The folder relative paths in the configuration start from."""
        return Path(self.source).resolve().parent if self.source else Path.cwd()

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """The rules and categories ``per_file_ignores`` switches off for this file (upper case)."""
        if not self.per_file_ignores or path.startswith("<") or path == "-":
            return ()
        absolute = Path(path).resolve()
        try:
            relative = absolute.relative_to(self.base_dir).as_posix()
        except ValueError:
            relative = absolute.as_posix()
        name = absolute.name
        ignored: list[str] = []
        for pattern, rules in self.per_file_ignores:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern) \
                    or fnmatch.fnmatch(relative, f"*/{pattern}"):
                ignored.extend(rules)
        return tuple(ignored)

    def is_enabled(self, rule_id: str, category: str) -> bool:
        def hits(items: tuple[str, ...]) -> bool:
            return any(item.upper() == rule_id.upper() or item.lower() == category
                       or (len(item) < len(rule_id) and rule_id.upper().startswith(item.upper()))
                       for item in items)

        if self.select and not hits(self.select):
            return False
        return not hits(self.ignore)


def _split(value: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in value.replace("\n", ",").split(",") if item.strip())


def _per_file_ignores(value: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``glob: RULE, RULE`` lines (or ``;``-separated) -> ((glob, (RULE, ...)), ...)."""
    entries = []
    for line in value.replace(";", "\n").splitlines():
        if not line.strip():
            continue
        pattern, separator, rules = line.rpartition(":")
        names = tuple(item.strip().upper() for item in rules.split(",") if item.strip())
        if not separator or not pattern.strip() or not names:
            raise ValueError(f"schrijf 'patroon: REGEL, REGEL', niet '{line.strip()}'")
        entries.append((pattern.strip(), names))
    return tuple(entries)


def _jobs(value) -> int | str:
    text = str(value).strip().lower()
    return text if text == "auto" else int(text)


def _number(value: str):
    text = str(value).strip()
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


def _convert(key: str, value, source: str):
    """A setting's text (or TOML value) as data: lists split, yes/no and numbers read, paths resolved."""
    if key in ("select", "ignore", "exclude"):
        return list(_split(str(value)))
    if key == "rules_dirs":
        base = Path(source).parent
        return [str((base / item).resolve()) for item in _split(str(value))]
    if key == "severity":
        return {rule.split(":")[0].strip().upper(): rule.split(":", 1)[1].strip()
                for rule in _split(str(value)) if ":" in rule}
    if key == "per_file_ignores":
        return _per_file_ignores(str(value))
    if key == "cache":
        return parse_boolean(value)
    if key == "cache_dir":
        return str((Path(source).parent / str(value)).resolve())
    if key == "jobs":
        return _jobs(value)
    if key == "max_file_size_mb":
        size = float(value)
        if not math.isfinite(size) or not 0 < size <= MAX_FILE_SIZE_MB:
            raise ValueError(f"kies een getal groter dan 0 en hoogstens {MAX_FILE_SIZE_MB}")
        return size
    return str(value)


def _plain(value):
    """Tuples as lists, for the schema (JSON has no tuples)."""
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def from_mapping(values: dict, source: str) -> Config:
    """Build a Config from the raw key/values of a config section."""
    config = Config(source=source)
    changes: dict = {}
    params: dict[str, dict] = {}
    for raw_key, raw_value in values.items():
        key = raw_key.strip().replace("-", "_")
        value = raw_value if not isinstance(raw_value, list) else ", ".join(map(str, raw_value))
        value = str(value).strip() if not isinstance(value, (int, float)) else value
        where = f"{source}: '{raw_key}'"
        if "." in key:
            rule_id, param = key.split(".", 1)
            params.setdefault(rule_id.upper(), {})[param] = _number(value)
            continue
        if key not in KNOWN_KEYS:
            raise ConfigError(f"{where} is geen bekende instelling (bekend: {', '.join(sorted(KNOWN_KEYS))})")
        try:
            changes[key] = _convert(key, value, source)
            problem = next(iter(problems({key: _plain(changes[key])}, CONFIG_SCHEMA)), None)
            if problem is not None:
                raise ValueError(describe(problem))
        except (ValueError, IndexError, OverflowError) as exc:
            raise ConfigError(f"{where} heeft een ongeldige waarde '{value}' ({exc})") from None
        if key in ("min_severity", "fail_on"):
            changes[key] = Severity.parse(changes[key])
        elif key == "severity":
            changes[key] = {rule: Severity.parse(name) for rule, name in changes[key].items()}
        elif key == "jobs" and changes[key] == "auto":
            changes[key] = 0
    for key in ("select", "ignore", "exclude", "rules_dirs"):
        if key in changes:
            changes[key] = tuple(changes[key])
    return replace(config, **changes, rule_params=params)


def _read_setup_cfg(path: Path) -> dict | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: ongeldig configuratiebestand ({type(exc).__name__})") from None
    if not parser.has_section("letterlint"):
        return None
    return dict(parser.items("letterlint"))


def _read_pyproject(path: Path) -> dict | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: ongeldige TOML ({exc})") from None
    section = data.get("tool", {}).get("letterlint")
    return section if isinstance(section, dict) else None


def read_config_file(path: Path) -> Config | None:
    reader = _read_pyproject if path.name == "pyproject.toml" else _read_setup_cfg
    values = reader(path)
    return None if values is None else from_mapping(values, str(path))


def discover(start: str | os.PathLike | None = None) -> Config:
    """The first letterlint section found from ``start`` (default: cwd) upward, else defaults."""
    directory = Path(start or os.getcwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in ("setup.cfg", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                config = read_config_file(candidate)
                if config is not None:
                    return config
    return Config()


def load(explicit: str | None = None) -> Config:
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{explicit}: configuratiebestand bestaat niet")
        config = read_config_file(path)
        if config is None:
            raise ConfigError(f"{explicit}: geen [letterlint]- of [tool.letterlint]-sectie gevonden")
        return config
    return discover()


def validate_against(config: Config, rules: dict, categories: tuple[str, ...]) -> Config:
    """Check rule ids, categories and rule parameters against the loaded rule pack.

    Returns the config with every ``RULE.parameter`` converted to the type of its default in the
    pack. Raises :class:`ConfigError` naming the key for anything that does not exist or fit.
    """
    where = config.origin("rule_params")
    ids = set(rules)
    for key in ("select", "ignore"):
        for item in getattr(config, key):
            where = config.origin(key)
            known = (item.upper() in ids or item.lower() in categories
                     or any(rule_id.startswith(item.upper()) for rule_id in ids))
            if not known:
                raise ConfigError(f"{where}: '{key}' noemt '{item}', maar dat is geen regel of categorie "
                                  "(zie 'letterlint rules')")
    where = config.origin("per_file_ignores")
    for pattern, names in config.per_file_ignores:
        for item in names:
            if not (item in ids or item == "ALL" or item.lower() in categories):
                raise ConfigError(f"{where}: 'per_file_ignores' noemt bij '{pattern}' onbekende regel '{item}'")
    where = config.origin("severity")
    for rule_id in config.severity:
        if rule_id not in ids:
            raise ConfigError(f"{where}: 'severity' noemt onbekende regel '{rule_id}'")
    where = config.origin("rule_params")
    typed: dict[str, dict] = {}
    for rule_id, params in config.rule_params.items():
        rule = rules.get(rule_id)
        if rule is None:
            raise ConfigError(f"{where}: '{rule_id}.…' noemt een onbekende regel")
        for name, value in params.items():
            if name not in rule.params:
                allowed = ", ".join(f"{rule_id}.{p}" for p in rule.params) or "geen"
                raise ConfigError(f"{where}: '{rule_id}.{name}' is geen instelling van {rule_id} (wel: {allowed})")
            typed.setdefault(rule_id, {})[name] = _coerce(value, rule.params[name], f"{where}: '{rule_id}.{name}'")
    return replace(config, rule_params=typed)


def _coerce(value, default, where: str):
    try:
        if isinstance(default, bool):
            return parse_boolean(value)
        if isinstance(default, int):
            number = float(value)
            if not math.isfinite(number) or not number.is_integer():
                raise ValueError
            return int(number)
        if isinstance(default, float):
            number = float(value)
            if not math.isfinite(number):  # nan compares false with every bound: never a setting
                raise ValueError
            return number
        if isinstance(default, list):
            return list(value) if isinstance(value, list) else list(_split(str(value)))
        return str(value)
    except (TypeError, ValueError, OverflowError):
        kind = "een geheel getal" if isinstance(default, int) and not isinstance(default, bool) else (
            "een getal" if isinstance(default, float) else "true of false" if isinstance(default, bool) else "een tekst")
        raise ConfigError(f"{where} heeft een ongeldige waarde '{value}' (verwacht {kind})") from None
