"""Which spaCy pipeline letterlint uses: names, availability and descriptions, without loading
(or even importing) spaCy, so that runs served from the cache and ``--help`` start fast. Loading
and running a pipeline is :mod:`letterlint.nlp`.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from letterlint.errors import LetterlintError

EMBEDDED_DIR = Path(__file__).resolve().parent.parent / "models" / "nl_letterlint"
BLANK_NOTE = "zonder woordsoorten en zinsontleding"


class ModelError(LetterlintError):
    """The requested pipeline is not available; the message says what to do (Dutch)."""


def ensure_available(model: str = "embedded") -> None:
    """Raise :class:`ModelError` now if ``model`` cannot be loaded later (cheap: nothing is loaded)."""
    model = (model or "embedded").strip()
    if model in ("blank", "embedded"):
        return
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "config.cfg").exists():
            raise ModelError(f"'{model}' is geen spaCy-pipeline (config.cfg ontbreekt)")
        return
    import spacy  # only for an installed package's name

    if not spacy.util.is_package(model):
        raise ModelError(
            f"spaCy-model '{model}' is niet geïnstalleerd; installeer het (python -m spacy download {model}) "
            "of gebruik model = embedded")


def model_description(model: str = "embedded") -> str:
    """How reports name a pipeline, without loading it (for runs served from the cache)."""
    model = (model or "embedded").strip()
    if model == "blank":
        from spacy import about

        return f"blank nl {about.__version__} ({BLANK_NOTE})"
    path = EMBEDDED_DIR if model == "embedded" else Path(model).expanduser()
    if model != "embedded" and not path.is_dir() and _is_package(model):
        import spacy

        path = Path(spacy.util.get_package_path(model))
        meta_file = path / "meta.json"
        version = json.loads(meta_file.read_text(encoding="utf-8")).get("version", "") if meta_file.is_file() else ""
        return f"{model} {version}".strip()
    meta_file = path / "meta.json"
    if meta_file.is_file():
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            return f"{meta.get('lang', 'nl')}_{meta.get('name', path.name)} {meta.get('version', '')}".strip()
        except (OSError, ValueError):
            pass
    return model


def _is_package(model: str) -> bool:
    return importlib.util.find_spec(model.replace("-", "_")) is not None if model.isidentifier() else False
