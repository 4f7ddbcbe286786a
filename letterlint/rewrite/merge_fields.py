"""Merge fields in standard letters, and a proposal written out as a letter template (.md.j2).

Advisers rewrite standard letters, not one case. A standard letter carries merge fields as
document-composition systems write them: Jinja ``{{ naam }}``, ``«naam»``, ``<<naam>>`` (and Word
MERGEFIELD fields, which the .docx reader shows as ``«naam»`` and the .docx writer writes back as
MERGEFIELD fields). A rewrite copies them like any
other text and the verification checks that every field survives. ``--out X.md.j2`` writes the
proposal as a Jinja2 template for ``letterlint render`` and ``letterlint check``: every field
becomes ``{{ extra.naam }}`` (case data under ``extra``), with ``X.yaml`` beside it (meta, and sample
data that shows each field by its own notation).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from letterlint.config import LETTER_TYPES  # one source: rules/structure.yaml
from letterlint.reading.letter import PLAIN_CONDITION_WORDS
from letterlint.rewrite.control_blocks import CONTROL_TAG
from letterlint.rewrite.writers import WORD_FIELD
from letterlint.safeio import atomic_write

if TYPE_CHECKING:  # pragma: no cover
    from letterlint.rewrite.proposal import Proposal

MERGE_FIELD = re.compile(r"\{\{\s*[\w.]+\s*\}\}|" + WORD_FIELD)
# a condition written in plain text by a template author: "[ALLEEN BIJ GEDEELTELIJKE TOEKENNING:]",
# "[EINDE VOLLEDIGE TOEKENNING]", "[INDIEN PARTNER]" - capitals in square brackets, copied exactly
# like a merge field (a merge program or a person reads them character for character)
TEMPLATE_INSTRUCTION = re.compile(r"\[(?=[^\]\n]*[A-ZÀ-Ý]{2})[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 .,:;/()'’&+-]{1,80}\]")
# such an instruction that switches text on or off: letterlint does not pair them up, so a letter
# with one keeps its own order (nothing moves into or out of a condition)
_CONDITION_WORD = re.compile(r"^\[\s*(?:" + PLAIN_CONDITION_WORDS + r")\b|:\s*\]$")


def has_template_condition(text: str) -> bool:
    """Whether ``text`` holds a plain-text template condition ("[ALLEEN BIJ AFWIJZING:]", "[EINDE]")."""
    return any(_CONDITION_WORD.search(match.group(0)) for match in TEMPLATE_INSTRUCTION.finditer(text))
_JINJA_OPEN = re.compile(r"\{[%#]|[%#]\}")


def field_name(field: str) -> str:
    """'«Naam klant»' -> 'naam_klant'; '{{ extra.datum }}' -> 'datum'."""
    inner = field.strip("{}«»<> \t")
    inner = inner.split(".")[-1] if inner.startswith("extra.") else inner
    name = re.sub(r"\W+", "_", inner.strip().lower()).strip("_")
    return name if name and not name[0].isdigit() else f"veld_{name}"


def has_merge_fields(text: str) -> bool:
    return bool(MERGE_FIELD.search(text))


_TAG_WORDS = frozenset({"if", "elif", "else", "endif", "for", "endfor", "in", "not", "and", "or", "is", "true",
                        "false", "none", "True", "False", "None", "loop", "set", "endset", "with", "endwith",
                        "recursive", "defined", "undefined"})
_NAME = re.compile(r"(?<![\w.|'\"])([A-Za-z_]\w*)(?![\w(])")
_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")


def _bound_names(markdown: str) -> set[str]:
    """Names a template binds itself: loop variables and ``set`` targets ({% for k in kinderen %})."""
    bound: set[str] = set()
    for tag in CONTROL_TAG.finditer(markdown):
        loop = re.match(r"\{%-?\s*for\s+([\w\s,]+?)\s+in\b", tag.group(0))
        assign = re.match(r"\{%-?\s*set\s+([\w\s,]+?)\s*=", tag.group(0))
        for found in (loop, assign):
            if found:
                bound.update(name.strip() for name in found.group(1).split(","))
    return bound


def to_template(markdown: str) -> tuple[str, dict[str, str]]:
    """(Jinja2 template text, sample data: field name -> the field as written in the letter).

    A template block of the letter ({% if gemachtigde %} … {% endif %}) stays a working block; the
    case data it tests is read from ``extra`` like every field ({% if extra.gemachtigde %}). Any
    other "{%" or "{#" in the text is written out as text."""
    samples: dict[str, str] = {}
    bound = _bound_names(markdown)

    def field(match: re.Match) -> str:
        if match.group(0).startswith("{{") and match.group(0).strip("{} ").split(".")[0] in bound:
            return match.group(0)  # a loop variable ({{ kind.naam }}) is no case data
        name = field_name(match.group(0))
        samples.setdefault(name, match.group(0))
        return "{{ extra." + name + " }}"

    def tag(match: re.Match) -> str:
        inside, strings = match.group(0), []

        def keep(found: re.Match) -> str:
            strings.append(found.group(0))
            return f"\x00{len(strings) - 1}\x00"

        inside = _STRING.sub(keep, inside)
        head = re.match(r"\{%-?\s*\w+", inside).group(0)  # the tag's own word stays as it is

        def name(found: re.Match) -> str:
            word = found.group(1)
            if word in _TAG_WORDS or word in bound:
                return word
            samples.setdefault(word, "{{ " + word + " }}")
            return "extra." + word

        body = _NAME.sub(name, inside[len(head):])
        return re.sub(r"\x00(\d+)\x00", lambda m: strings[int(m.group(1))], head + body)

    out = []
    position = 0
    for match in CONTROL_TAG.finditer(markdown):
        out.append(MERGE_FIELD.sub(field, _JINJA_OPEN.sub(_as_text, markdown[position:match.start()])))
        out.append(tag(match))
        position = match.end()
    out.append(MERGE_FIELD.sub(field, _JINJA_OPEN.sub(_as_text, markdown[position:])))
    return "".join(out), samples


def _as_text(match: re.Match) -> str:
    return "{{ '" + match.group(0) + "' }}"


def write_template(proposal: Proposal, target: Path) -> Path:
    """Write ``target`` (…/name.md.j2) and its metadata ``name.yaml`` beside it."""
    template, samples = to_template(proposal.markdown)
    name = target.name[: -len(".j2")] if target.name.endswith(".j2") else target.name
    stem = name[: -len(".md")] if name.endswith(".md") else name
    meta_path = target.with_name(f"{stem}.yaml")
    subject = next((line.split(":", 1)[1].strip() for line in proposal.markdown.splitlines()
                    if re.match(r"\s*(?:onderwerp|betreft)\s*:", line, re.IGNORECASE)), "")
    letter_type = proposal.letter_type if proposal.letter_type in LETTER_TYPES else "informatie"
    meta = {
        "meta": {
            "title": subject or stem,
            "letter_type": letter_type,
            "cues": [],
            "description": f"Herschreven met letterlint rewrite uit {Path(proposal.before.path).name}; "
                           "de inhoud komt uit die brief.",
        },
        "sample": {"extra": samples} if samples else {},
    }
    atomic_write(target, template if template.endswith("\n") else template + "\n")
    atomic_write(meta_path, yaml.safe_dump(meta, allow_unicode=True, sort_keys=False))
    return meta_path
