"""Jinja2 templates shipped in letterlint/panel/templates/ (HTML, autoescaped)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(loader=PackageLoader("letterlint.panel", "templates"),
                       autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def render(name: str, **context) -> str:
    """Render one template; every value is HTML-escaped unless marked safe."""
    return _environment().get_template(name).render(**context)
