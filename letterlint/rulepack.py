"""Loading the rule pack: YAML files in ``rules/`` (shipped as package data) plus extra folders.

The pack is data: rule metadata (id, Dutch message, severity, rationale, example), word and
phrase entries for substitution/existence rules, the structure cues, and the verb lexicon. This
module only validates and loads it; matching lives in :mod:`letterlint.patterns`.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from letterlint.errors import LetterlintError
from letterlint.findings import Severity
from letterlint.schema import load_yaml, validate
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
    lexicon: dict[str, dict] = field(default_factory=dict, hash=False, compare=False)  # rules/lexicon/<name>.yaml
    blocks: dict[str, dict] = field(default_factory=dict, hash=False, compare=False)  # facts:, simplify:, rewrite: (DATA_BLOCKS)

    @property
    def facts(self) -> dict:
        """The ``facts:`` block of facts.yaml (and of facts files in extra folders), merged."""
        return self.blocks.get("facts", {})

    @property
    def rewrite(self) -> dict:
        """The ``rewrite:`` block of rewrite.yaml (roles, B1 order, verification cues), merged."""
        return self.blocks.get("rewrite", {})

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


# --------------------------------------------------------------------------- schemas

_SEVERITY = {"type": "string", "pattern": "^(?i:error|warning|info)$",
             "x-message": "sleutel '{key}' moet error, warning of info zijn"}
_TEXTS = {"anyOf": [{"type": "null"}, {"type": "string"}, {"type": "array", "items": {"type": "string"}}],
          "x-message": "sleutel '{key}' moet een tekst of een lijst met teksten zijn"}

ENTRY_SCHEMA = {
    "type": "object",
    "required": ["match"],
    "properties": {
        "match": {"type": "string", "pattern": r"\S", "x-message": "elk item heeft een 'match' nodig"},
        "alternatives": _TEXTS, "unless": _TEXTS, "forms": _TEXTS,
        "advice": {"type": ["string", "null"]},
        "fix": {"type": ["boolean", "null"], "x-message": "'fix' moet true of false zijn"},
        "severity": {"anyOf": [{"type": "null"}, _SEVERITY], "x-message": "sleutel '{key}' moet error, warning of info zijn"},
        "note": {},
    },
    "additionalProperties": False,
}

RULE_SCHEMA = {
    "type": "object",
    "required": ["id", "name", "category", "severity", "kind", "message", "rationale", "example"],
    "properties": {
        "id": {"type": ["string", "integer"]},
        "category": {"enum": list(CATEGORIES), "x-message": f"categorie moet een van {', '.join(CATEGORIES)} zijn"},
        "kind": {"enum": list(KINDS), "x-message": f"kind moet een van {', '.join(KINDS)} zijn"},
        "severity": _SEVERITY,
        "example": {"type": "object", "required": ["bad"], "x-message": "example heeft 'bad' en 'good' nodig"},
        "entries": {"type": ["array", "null"], "items": ENTRY_SCHEMA},
        "params": {"type": ["object", "null"]},
    },
    # substitution and existence rules are lists of entries
    "if": {"properties": {"kind": {"enum": ["substitution", "existence"]}}},
    "then": {"required": ["entries"], "properties": {"entries": {"type": "array", "minItems": 1}}},
}

_PATTERN = {"type": "string", "format": "regex"}
STRUCTURE_SCHEMA = {
    "type": "object",
    "minProperties": 1,
    "properties": {
        "letter_types": {"type": "object", "additionalProperties": {
            "type": "object",
            "properties": {
                "label": {"type": "string"},
                "default": {"type": "boolean"},
                "cues": {"type": "array", "items": {"type": "object", "required": ["pattern", "weight"],
                                                     "properties": {"pattern": _PATTERN, "weight": {"type": "number"}}}},
            },
        }},
        "requirements": {"type": "object", "additionalProperties": {"type": "object"}},
        "sections": {"type": "object", "additionalProperties": {"type": "object"}},
        "core_first": {"type": "object"},
        "type_certainty": {"type": "object"},
        "merge_fields": {"type": "object", "additionalProperties": _PATTERN},
        "subject_cues": {},
    },
    # structure.yaml grows with the structure analysis (subject_cues, ...): other keys are its own
}

READABILITY_SCHEMA = {
    "type": "object",
    "minProperties": 1,
    "properties": {
        "features": {"type": "array", "items": {
            "type": "object", "required": ["name", "easy", "hard", "weight"],
            "properties": {"name": {"type": "string"}, "easy": {"type": "number"}, "hard": {"type": "number"},
                           "weight": {"type": "number"}}}},
        "long_sentence_words": {"type": "integer", "minimum": 1},
        "levels": {"type": "object", "additionalProperties": {"type": "number"}},
    },
    "additionalProperties": False,
}

RULES_FILE_SCHEMA = {"type": "object", "required": ["rules"],
                     "properties": {"rules": {"type": "array", "x-message": "verwacht een lijst 'rules:'"}}}
# blocks of patterns that other parts read (facts: the rewrite's fact finder; simplify: its simplifier)
DATA_BLOCKS = ("facts", "simplify", "rewrite")
DATA_FILE_SCHEMA = {"type": "object", "properties": {name: {"type": "object"} for name in DATA_BLOCKS}}

# a lexicon (rules/lexicon/<name>.yaml): word -> forms, or named word lists
VERBS_SCHEMA = {"type": "object", "additionalProperties": _TEXTS}
LEXICON_SCHEMA = {"type": "object", "additionalProperties": {
    "anyOf": [{"type": "array", "items": {"type": "string"}},
              {"type": "object", "additionalProperties": {"type": ["string", "array"]}}]}}
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
_WORD_MAP = {"type": "object", "additionalProperties": {"type": "string"}, "minProperties": 1}


def _lists(*required: str, maps: tuple[str, ...] = (), patterns: tuple[str, ...] = ()) -> dict:
    properties = {name: _WORD_MAP if name in maps else _WORDS for name in required}
    if patterns:
        properties["patterns"] = {"type": "object", "required": list(patterns), "additionalProperties": False,
                                  "properties": {name: {"type": "string", "format": "regex"} for name in patterns}}
    return {"type": "object", "required": list(properties), "properties": properties, "additionalProperties": False}


LEXICON_SCHEMAS: dict[str, dict] = {
    "verbs": VERBS_SCHEMA,
    # nlp/pipeline.py: tokenizer special cases and sentence boundaries
    "sentences": _lists("abbreviations", "titles", "sentence_ending", "sentence_starters"),
    # reading/letter.py: the letter's head, salutation, closing and attachments
    "letter": _lists("metadata_keys", patterns=("sender_hint", "salutation", "closing", "attachments", "mandate")),
    # templating/library.py: salutations and the switch from 'u' to 'je'
    "register": _lists("recipient_titles", "inverted_irregular", "prepositions", "not_verbs", "other_subjects",
                       "u_forms", "je_forms", maps=("recipient_titles", "inverted_irregular")),
    # checks/sentences.py: passive voice and clauses
    "grammar": _lists("worden", "zijn", "ergative_participles", "ergative_heads", "not_ergative_participles",
                      "alternating_participles", "acted_on_nouns",
                      "participles_without_ge", "stative_participles", "degree_words", "not_participles",
                      "subordinators", "agent_markers", "not_compound_heads",
                      "not_compound_modifiers", "separable_particles", "unstressed_prefixes"),
    # checks/words.py: words RD02 never reports, terms it always reports, how a letter explains a word
    "words": _lists("letter_terms", "rare_terms", "rare_term_modifiers", "definition_verbs", "naming_openers",
                    "definition_openers"),
}

# What a file in a rules folder is, recognised by its content (the first kind that fits), not its name.
FILE_KINDS = (("data", DATA_FILE_SCHEMA), ("rules", RULES_FILE_SCHEMA), ("structure", STRUCTURE_SCHEMA),
              ("readability", READABILITY_SCHEMA))
KIND_MARKERS = {"rules": ("rules",), "data": DATA_BLOCKS, "structure": tuple(STRUCTURE_SCHEMA["properties"]),
                "readability": tuple(READABILITY_SCHEMA["properties"])}


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _entry(raw: dict) -> Entry:
    return Entry(
        match=" ".join(raw["match"].split()),
        alternatives=_tuple(raw.get("alternatives")),
        advice=str(raw.get("advice") or "").strip(),
        unless=_tuple(raw.get("unless")),
        forms=_tuple(raw.get("forms")),
        fix=raw.get("fix"),
        severity=Severity.parse(raw["severity"]) if raw.get("severity") else None,
    )


def _rule(raw, where: str) -> RuleSpec:
    if isinstance(raw, dict) and "id" in raw:
        where = f"{where} ({raw['id']})"
    validate(raw, RULE_SCHEMA, where, RulePackError)
    example = raw["example"]
    return RuleSpec(
        id=str(raw["id"]), name=str(raw["name"]), category=raw["category"], severity=Severity.parse(raw["severity"]),
        kind=raw["kind"], message=str(raw["message"]).strip(), rationale=" ".join(str(raw["rationale"]).split()),
        example_bad=str(example.get("bad", "")).strip(), example_good=str(example.get("good", "")).strip(),
        entries=tuple(_entry(item) for item in raw.get("entries") or []), params=dict(raw.get("params") or {}),
        source=where.split(" ")[0],
    )


def file_kind(data, path: Path) -> str:
    """rules | data | structure | readability | lexicon, by content (lexicons: in a ``lexicon/`` folder).

    Raises RulePackError naming the file when it is none of them, or is one with a mistake."""
    if path.parent.name == "lexicon":
        validate(data, LEXICON_SCHEMAS.get(path.stem, LEXICON_SCHEMA), str(path), RulePackError)
        return "lexicon"
    for kind, schema in FILE_KINDS:
        if isinstance(data, dict) and any(key in data for key in KIND_MARKERS[kind]):
            validate(data, schema, str(path), RulePackError)
            return kind
    raise RulePackError(f"{path}: onbekend soort regelbestand (verwacht 'rules:', 'facts:', 'simplify:', de sleutels van "
                        "structure.yaml of readability.yaml, of een woordenlijst in een map lexicon/)")


@functools.lru_cache(maxsize=None)
def bundled_lexicon(name: str) -> dict:
    """One word-list file of the bundled pack (``rules/lexicon/<name>.yaml``), checked against its schema.

    For the parts that run before or without a rule pack (the tokenizer, the letter model, the
    letter templates); a rule pack has every lexicon, extra folders included, in ``pack.lexicon``.
    """
    path = bundled_rules_dir() / "lexicon" / f"{name}.yaml"
    data = load_yaml(path, RulePackError)
    file_kind(data, path)
    return data


def load_rule_pack(extra_dirs: tuple[str, ...] = ()) -> RulePack:
    """Load the bundled pack, then each extra folder; a rule id defined later replaces earlier ones."""
    rules: dict[str, RuleSpec] = {}
    structure: dict = {}
    lexicon: dict[str, dict] = {}
    readability: dict = {}
    blocks: dict[str, dict] = {}
    digest = hashlib.sha256()
    for folder in (bundled_rules_dir(), *map(Path, extra_dirs)):
        if not folder.is_dir():
            raise RulePackError(f"{folder}: map met regels bestaat niet")
        for path in sorted(folder.rglob("*.yaml")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
            data = load_yaml(path, RulePackError)
            kind = file_kind(data, path)
            if kind == "lexicon":
                lexicon[path.stem] = {**lexicon.get(path.stem, {}), **data}
            elif kind == "structure":
                structure = _merge_structure(structure, data)
            elif kind == "readability":
                readability = {**readability, **data}
            elif kind == "data":
                for name in DATA_BLOCKS:
                    if name == "rewrite" and name in data:
                        blocks[name] = merge_rewrite(blocks.get(name, {}), validate_rewrite(data[name], path))
                    elif name in data:
                        blocks[name] = _merge_structure(blocks.get(name, {}), data[name])
            if kind == "rules" or (kind == "data" and "rules" in data):
                for index, raw in enumerate(data.get("rules") or []):
                    rule = _rule(raw, f"{path.name} regel {index + 1}")
                    rules[rule.id] = rule
    if not rules:
        raise RulePackError("geen regels gevonden")
    verbs = {str(infinitive): _tuple(forms) for infinitive, forms in lexicon.pop("verbs", {}).items()}
    return RulePack(rules, structure, verbs, digest.hexdigest()[:16], readability, lexicon, blocks)


def unstressed_prefixes() -> tuple[str, ...]:
    """Dutch verb prefixes whose participles take no ge- (be, ge, her, ont, ver, er): one list, in
    rules/lexicon/grammar.yaml, for the participle test, the matcher's verb forms and the engine."""
    return tuple(bundled_lexicon("grammar")["unstressed_prefixes"])


@functools.lru_cache(maxsize=1)
def bundled_pack() -> RulePack:
    """The bundled rule pack without extra folders (loaded once), for the parts that run without a linter."""
    return load_rule_pack()


@functools.lru_cache(maxsize=1)
def _bundled_structure() -> dict:
    path = bundled_rules_dir() / "structure.yaml"
    data = load_yaml(path, RulePackError) or {}
    if not isinstance(data, dict):
        raise RulePackError(f"{path}: verwacht een mapping")
    return data


def structure_config() -> dict:
    """The bundled rules/structure.yaml as data (cached)."""
    return _bundled_structure()


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


def law_name_pattern(pack: "RulePack") -> "re.Pattern | None":
    """The names of laws and regulations (simplify.yaml ``law_names``, case-sensitive) as one
    pattern: "de Algemene wet inzake rijksbelastingen", "het Besluit proceskosten bestuursrecht".
    No word inside such a name may be replaced: it is the law's own title. None without names;
    a broken pattern is reported where the simplify block is compiled."""
    block = pack.blocks.get("simplify")
    names = block.get("law_names") if isinstance(block, dict) else None
    if not names:
        return None
    try:
        return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{name})" for name in names) + r")(?![\w-])")
    except (re.error, TypeError):
        return None


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


# --------------------------------------------------------------------------- rewrite cues

_REWRITE_KEYS = {"second_role_min", "citation_yields_to", "points_at_whole", "opens_with_pointer", "roles", "priority", "sections", "order", "long_letter_sentences", "headings",
                 "overig_not_into",
                 "je_words", "u_words", "required", "placeholders", "remedies", "directions", "facts",
                 "negations", "kern_decision_min", "points_back", "points_back_keeps_own_kern", "additions", "leaves_paragraph_min", "openers_follow", "stays_in_paragraph", "citation_member", "citation_article", "refers_remainder", "refers_noun_named_by", "obligation",
                 "own_structure_min_headings", "own_structure_levels",
                 "refers_inside", "refers_noun", "self_reference", "main_clause_end", "additional_finding",
                 "subordinate", "not_a_decision", "concludes", "conclusion_word", "conclusion_opener", "conclusion_passive", "points_forward",
                 "antecedent_determiner", "antecedent_marker", "antecedent_not_marker", "antecedent_not", "antecedent_adverb",
                 "antecedent_named_by", "refers_earlier", "defines", "verbatim_heading", "decision_actor", "concludes_from_before"}


def _check_pattern(pattern, where: str) -> None:
    import re

    if not isinstance(pattern, str):
        raise RulePackError(f"{where}: een patroon moet een tekst zijn")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise RulePackError(f"{where}: ongeldig patroon '{pattern}' ({exc})") from None


def validate_rewrite(data, path) -> dict:
    """Check the ``rewrite:`` block of a rule file (rules/rewrite.yaml): known keys, every pattern
    compiles, roles named in sections and priority exist. Returns the block."""
    if not isinstance(data, dict):
        raise RulePackError(f"{path}: 'rewrite' moet een mapping zijn")
    unknown = set(data) - _REWRITE_KEYS
    if unknown:
        raise RulePackError(f"{path}: onbekende sleutel(s) in 'rewrite': {', '.join(sorted(unknown))}")
    for role, cues in (data.get("roles") or {}).items():
        if not isinstance(cues, list):
            raise RulePackError(f"{path}: rewrite.roles.{role} moet een lijst zijn")
        for index, cue in enumerate(cues):
            if not isinstance(cue, dict) or "pattern" not in cue:
                raise RulePackError(f"{path}: rewrite.roles.{role} item {index + 1} heeft een 'pattern' nodig")
            _check_pattern(cue["pattern"], f"{path}: rewrite.roles.{role} item {index + 1}")
            if not isinstance(cue.get("weight", 1), (int, float)):
                raise RulePackError(f"{path}: rewrite.roles.{role} item {index + 1}: 'weight' moet een getal zijn")
    for key in ("directions",):
        for name, pattern in (data.get(key) or {}).items():
            _check_pattern(pattern, f"{path}: rewrite.{key}.{name}")
    for name, pattern in (data.get("facts") or {}).items():
        _check_pattern(pattern, f"{path}: rewrite.facts.{name}")
    for key in ("refers_noun_named_by", "antecedent_named_by"):
        for name, pattern in (data.get(key) or {}).items():
            _check_pattern(pattern, f"{path}: rewrite.{key}.{name}")
    remedies = data.get("remedies") or {}
    for group in ("types", "starts", "addressees", "notes"):
        for name, pattern in (remedies.get(group) or {}).items():
            _check_pattern(pattern, f"{path}: rewrite.remedies.{group}.{name}")
    for key in ("term", "addressee_lead"):
        if key in remedies:
            _check_pattern(remedies[key], f"{path}: rewrite.remedies.{key}")
    for key in ("je_words", "u_words", "negations", "points_back", "refers_earlier", "defines", "verbatim_heading", "decision_actor", "obligation", "refers_inside", "refers_noun",
                "self_reference", "main_clause_end", "additional_finding", "subordinate", "not_a_decision",
                "concludes", "concludes_from_before", "antecedent_determiner", "antecedent_marker", "antecedent_not_marker", "antecedent_not",
                "antecedent_adverb"):
        if key in data:
            _check_pattern(data[key], f"{path}: rewrite.{key}")
    for name, roles in (data.get("sections") or {}).items():
        if not isinstance(roles, list) or not all(isinstance(role, str) for role in roles):
            raise RulePackError(f"{path}: rewrite.sections.{name} moet een lijst met rollen zijn")
    for letter_type, order in (data.get("order") or {}).items():
        if not isinstance(order, list):
            raise RulePackError(f"{path}: rewrite.order.{letter_type} moet een lijst zijn")
    return data


def merge_rewrite(base: dict, extra: dict) -> dict:
    """A later rewrite.yaml adds to the earlier one: cue lists are extended, mappings merged,
    other values replaced."""
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            merged[key] = merge_rewrite(old, value)
        elif isinstance(value, list) and isinstance(old, list) and key not in ("priority",) and not isinstance(
                next(iter(value), None), str):
            merged[key] = old + value
        else:
            merged[key] = value
    return merged
