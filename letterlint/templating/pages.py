"""The one Jinja environment for letterlint's own HTML pages: the preview, the serve form, the
comparison, the panel booklets and report, and the rewritten letter as HTML. Templates, styles and
scripts live together in ``letterlint/html/``; every value is HTML-escaped unless marked safe.

(Letter templates have their own sandboxed environment in :mod:`letterlint.templating.library`.)
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(loader=PackageLoader("letterlint", "html"),
                       autoescape=select_autoescape(("html", "j2"), default=True), undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True)


def render(template: str, /, **context) -> str:
    """Render one page template from letterlint/html/."""
    return environment().get_template(template).render(**context)


def asset(name: str) -> str:
    """The text of a CSS or JS file in letterlint/html/ (inlined into the pages)."""
    source, _filename, _uptodate = environment().loader.get_source(environment(), name)
    return source
