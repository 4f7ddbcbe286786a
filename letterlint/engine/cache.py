"""A cache of lint results, keyed on everything that can change them.

The key hashes the file's bytes and kind together with letterlint's version and source code, the
rule pack's fingerprint, the configuration that shapes findings and the pipeline's identity, so a letter whose
file, rules, settings and pipeline are unchanged is not analysed again (the cost of a re-run is
reading and hashing files). Entries are small JSON files under ``.letterlint_cache/`` (like ruff's
``.ruff_cache``), written atomically; a broken entry is treated as a miss.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path

from letterlint import __version__
from letterlint.engine.linter import LetterResult, SentenceScore
from letterlint.findings import Finding, Location, Severity
from letterlint.readability import Readability
from letterlint.safeio import atomic_write
from letterlint.structure import StructureResult

DEFAULT_DIR = ".letterlint_cache"


def result_to_data(result: LetterResult) -> dict:
    """Everything a report needs from a result, as plain JSON data (the letter model is dropped)."""
    structure = result.structure
    return {
        "readability": asdict(result.readability) if result.readability else None,
        "structure": None if structure is None else {
            "letter_type": structure.letter_type, "type_confidence": structure.type_confidence,
            "type_scores": structure.type_scores, "sections": structure.sections, "required": structure.required},
        "findings": [_finding_data(finding) for finding in result.findings],
        "sentences": [asdict(sentence) for sentence in result.sentences],
        "notices": list(result.notices),
        "error": result.error,
    }


def _finding_data(finding: Finding) -> dict:
    data = asdict(finding)
    data["severity"] = int(finding.severity)
    data["suggestions"] = list(finding.suggestions)
    return data


_SHAPE = {"readability": (dict, type(None)), "structure": (dict, type(None)), "findings": list, "sentences": list,
          "notices": list, "error": (str, type(None))}


def result_from_data(path: str, data: dict) -> LetterResult:
    """The result stored by :func:`result_to_data`; ValueError if ``data`` does not have its shape."""
    if not isinstance(data, dict) or any(not isinstance(data.get(key), kinds) for key, kinds in _SHAPE.items()):
        raise ValueError("not a letterlint result")
    if not all(isinstance(item, str) for item in data["notices"]) or not all(
            isinstance(item, dict) for item in (*data["findings"], *data["sentences"])):
        raise ValueError("not a letterlint result")
    structure = data.get("structure")
    readability = data.get("readability")
    return LetterResult(
        path=path,
        readability=Readability(**readability) if readability else None,
        structure=StructureResult(**structure) if structure else None,
        findings=[Finding(**{**f, "severity": Severity(f["severity"]), "location": Location(**f["location"]),
                             "suggestions": tuple(f["suggestions"])}) for f in data.get("findings", [])],
        sentences=[SentenceScore(**sentence) for sentence in data.get("sentences", [])],
        notices=list(data.get("notices", [])),
        error=data.get("error"),
    )


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of letterlint's own source files. The version alone would let a cache written by an
    older checkout of the same version serve results that today's code computes differently."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode("utf-8") + b"\x00")
        digest.update(source.read_bytes())
    return digest.hexdigest()


class ResultCache:
    def __init__(self, directory: str | os.PathLike, salt: str):
        self.directory = Path(directory)
        self.salt = hashlib.sha256(f"{__version__}\x00{code_fingerprint()}\x00{salt}".encode("utf-8")).hexdigest()
        self.hits = 0
        self.misses = 0

    def key(self, data: bytes, kind: str) -> str:
        digest = hashlib.sha256(self.salt.encode("ascii"))
        digest.update(kind.encode("ascii") + b"\x00")
        digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        return self._file(key).is_file()

    def get(self, key: str, path: str) -> LetterResult | None:
        """The stored result, or None (a miss) when there is none or it is not usable: unreadable,
        not JSON, or JSON of another shape (null, a list, nested too deep)."""
        try:
            data = json.loads(self._file(key).read_text(encoding="utf-8"))
            result = result_from_data(path, data)
            if not isinstance(result.findings, list) or (result.readability is None and result.error is None):
                raise ValueError("incomplete result")
        except Exception:  # any broken entry is a miss; the letter is analysed again
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: LetterResult) -> None:
        if result.error:
            return
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            ignore = self.directory / ".gitignore"
            if not ignore.exists():  # like ruff's cache: never committed by accident
                atomic_write(ignore, "# letterlint's cache; safe to delete\n*\n")
                atomic_write(self.directory / "CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n")
            atomic_write(target, json.dumps(result_to_data(result), ensure_ascii=False), durable=False)
        except Exception:
            pass  # a read-only or full folder only means no cache, never a failed run
