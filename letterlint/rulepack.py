"""Loading the rule pack: YAML files in ``rules/`` (shipped as package data) plus extra folders.

The pack is data: rule metadata (id, Dutch message, severity, rationale, example), word and
phrase entries for substitution/existence rules, the structure cues, and the verb lexicon. This
module only validates and loads it; matching lives in :mod:`letterlint.patterns`.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from letterlint.errors import LetterlintError
from letterlint.findings import Severity

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CATEGORIES = ("jargon", "readability", "structure", "style", "tone", "suppression")
KINDS = ("substitution", "existence", "code")


class RulePackError(LetterlintError):
    """The rule pack has a mistake; the message names the file and the entry."""


@dataclass(frozen=True)
class Entry:
    match: str
    alternatives: tuple[str, ...] = ()
    advice: str = ""
    unless: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    fix: bool | None = None
    severity: Severity | None = None

    @property
    def has_verb(self) -> bool:
        return "{" in self.match

    @property
    def safe_fix(self) -> bool:
        """The fixer may apply it: one alternative, no moving verb, not switched off."""
        if self.fix is not None:
            return self.fix and len(self.alternatives) == 1
        return len(self.alternatives) == 1 and not self.has_verb and "..." not in self.match


@dataclass(frozen=True)
class RuleSpec:
    id: str
    name: str
    category: str
    severity: Severity
    kind: str
    message: str
    rationale: str
    example_bad: str
    example_good: str
    entries: tuple[Entry, ...] = ()
    params: dict = field(default_factory=dict, hash=False, compare=False)
    source: str = ""

    def param(self, name: str, default):
        return self.params.get(name, default)


@dataclass(frozen=True)
class RulePack:
    rules: dict[str, RuleSpec]
    structure: dict
    verbs: dict[str, tuple[str, ...]]
    fingerprint: str
    readability: dict = field(default_factory=dict, hash=False, compare=False)

    def get(self, rule_id: str) -> RuleSpec:
        return self.rules[rule_id]

    def __iter__(self):
        return iter(sorted(self.rules.values(), key=lambda rule: rule.id))


def bundled_rules_dir() -> Path:
    """The rule pack shipped with letterlint: package data when installed (letterlint/data/rules),
    the repository's ``rules/`` when run from a checkout."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "data" / "rules", package.parent / "rules"):
        if (candidate / "core.yaml").is_file():
            return candidate
    raise RulePackError(f"de meegeleverde regels ontbreken (gezocht in {package / 'data' / 'rules'})")


def _as_tuple(value, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise RulePackError(f"{where}: '{key}' moet een tekst of een lijst met teksten zijn")


def _entry(raw, where: str) -> Entry:
    if not isinstance(raw, dict) or not isinstance(raw.get("match"), str) or not raw["match"].strip():
        raise RulePackError(f"{where}: elk item heeft een 'match' nodig")
    unknown = set(raw) - {"match", "alternatives", "advice", "unless", "forms", "fix", "severity", "note"}
    if unknown:
        raise RulePackError(f"{where}: onbekende sleutel(s) {', '.join(sorted(unknown))}")
    severity = Severity.parse(raw["severity"]) if raw.get("severity") else None
    fix = raw.get("fix")
    if fix is not None and not isinstance(fix, bool):
        raise RulePackError(f"{where}: 'fix' moet true of false zijn")
    return Entry(
        match=" ".join(raw["match"].split()),
        alternatives=_as_tuple(raw.get("alternatives"), where, "alternatives"),
        advice=str(raw.get("advice") or "").strip(),
        unless=_as_tuple(raw.get("unless"), where, "unless"),
        forms=_as_tuple(raw.get("forms"), where, "forms"),
        fix=fix,
        severity=severity,
    )


def _rule(raw, where: str) -> RuleSpec:
    if not isinstance(raw, dict):
        raise RulePackError(f"{where}: een regel moet een mapping zijn")
    missing = [key for key in ("id", "name", "category", "severity", "kind", "message", "rationale", "example")
               if key not in raw]
    if missing:
        raise RulePackError(f"{where}: ontbrekende sleutel(s) {', '.join(missing)}")
    rule_id = str(raw["id"])
    where = f"{where} ({rule_id})"
    if raw["category"] not in CATEGORIES:
        raise RulePackError(f"{where}: categorie moet een van {', '.join(CATEGORIES)} zijn")
    if raw["kind"] not in KINDS:
        raise RulePackError(f"{where}: kind moet een van {', '.join(KINDS)} zijn")
    example = raw["example"] or {}
    if not isinstance(example, dict) or "bad" not in example:
        raise RulePackError(f"{where}: example heeft 'bad' en 'good' nodig")
    entries = tuple(_entry(item, f"{where} item {index + 1}") for index, item in enumerate(raw.get("entries") or []))
    if raw["kind"] in ("substitution", "existence") and not entries:
        raise RulePackError(f"{where}: een {raw['kind']}-regel heeft 'entries' nodig")
    try:
        severity = Severity.parse(raw["severity"])
    except ValueError as exc:
        raise RulePackError(f"{where}: {exc}") from None
    return RuleSpec(
        id=rule_id, name=str(raw["name"]), category=raw["category"], severity=severity, kind=raw["kind"],
        message=str(raw["message"]).strip(), rationale=" ".join(str(raw["rationale"]).split()),
        example_bad=str(example.get("bad", "")).strip(), example_good=str(example.get("good", "")).strip(),
        entries=entries, params=dict(raw.get("params") or {}), source=where.split(" ")[0],
    )


def _load_yaml(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" regel {mark.line + 1}" if mark is not None else ""
        raise RulePackError(f"{path}:{line} ongeldige YAML ({getattr(exc, 'problem', exc)})") from None
    except OSError as exc:
        raise RulePackError(f"{path}: kan niet lezen ({exc.strerror})") from None


def load_rule_pack(extra_dirs: tuple[str, ...] = ()) -> RulePack:
    """Load the bundled pack, then each extra folder; a rule id defined later replaces earlier ones."""
    rules: dict[str, RuleSpec] = {}
    structure: dict = {}
    verbs: dict[str, tuple[str, ...]] = {}
    readability: dict = {}
    digest = hashlib.sha256()
    for folder in (bundled_rules_dir(), *map(Path, extra_dirs)):
        if not folder.is_dir():
            raise RulePackError(f"{folder}: map met regels bestaat niet")
        for path in sorted(folder.rglob("*.yaml")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
            data = _load_yaml(path)
            if path.name == "verbs.yaml":
                for infinitive, forms in (data or {}).items():
                    verbs[str(infinitive)] = _as_tuple(forms, str(path), str(infinitive))
            elif path.name == "structure.yaml":
                structure = _merge_structure(structure, data or {})
            elif path.name == "readability.yaml":
                readability = {**readability, **(data or {})}
            else:
                if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
                    raise RulePackError(f"{path}: verwacht een lijst 'rules:'")
                for index, raw in enumerate(data["rules"]):
                    rule = _rule(raw, f"{path.name} regel {index + 1}")
                    rules[rule.id] = rule
    if not rules:
        raise RulePackError("geen regels gevonden")
    return RulePack(rules, structure, verbs, digest.hexdigest()[:16], readability)


@functools.lru_cache(maxsize=1)
def _bundled_structure() -> dict:
    path = bundled_rules_dir() / "structure.yaml"
    data = _load_yaml(path) or {}
    if not isinstance(data, dict):
        raise RulePackError(f"{path}: verwacht een mapping")
    return data


def _labels(key: str) -> dict[str, str]:
    path = bundled_rules_dir() / "structure.yaml"
    entries = _bundled_structure().get(key) or {}
    labels = {}
    for name, spec in entries.items():
        label = spec.get("label") if isinstance(spec, dict) else None
        if not isinstance(label, str) or not label.strip():
            raise RulePackError(f"{path}: {key}.{name} heeft een 'label' nodig (de Nederlandse naam)")
        labels[str(name)] = label.strip()
    return labels


def letter_type_labels() -> dict[str, str]:
    """Every letter type of the bundled rules/structure.yaml with its Dutch label, in file order.

    rules/structure.yaml is the one source of letter types: the configuration, the command line,
    the templates, the reports and the evaluation all take their names and labels from here.
    """
    return _labels("letter_types")


def required_sections(letter_type: str | None) -> dict[str, str]:
    """The sections a letter type needs (section -> severity), from the bundled rules/structure.yaml."""
    return dict((_bundled_structure().get("requirements") or {}).get(letter_type or "", {}))


def section_labels(long: bool = False) -> dict[str, str]:
    """The Dutch name of every section (``label``), or the phrase for readers (``description``)."""
    path = bundled_rules_dir() / "structure.yaml"
    sections = _bundled_structure().get("sections") or {}
    labels = _labels("sections")
    if not long:
        return labels
    described = {}
    for name, spec in sections.items():
        text = spec.get("description")
        if not isinstance(text, str) or not text.strip():
            raise RulePackError(f"{path}: sections.{name} heeft een 'description' nodig")
        described[str(name)] = text.strip()
    return described


def _merge_structure(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged
