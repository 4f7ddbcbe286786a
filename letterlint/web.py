"""``letterlint serve``: a small local web app for staff who do not use a terminal.

Upload a letter (.txt, .md, .docx) or paste it, pick a department, and see the same preview page
as ``letterlint preview``, with the proposed rewrite as a .docx download. The app listens on the
loopback interface only (another host needs an explicit flag), keeps one Linter per process (the
spaCy pipeline loads once, at start), and never stores a letter: an upload is written to a
temporary folder only for as long as reading it takes, and the .docx download is embedded in the
page instead of kept on the server.
"""

from __future__ import annotations

import ipaddress
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING


from letterlint.errors import LetterlintError
from letterlint.report.preview import content_security_policy, propose, render_preview
from letterlint.reading.sources import SUPPORTED_SUFFIXES
from letterlint.templating.pages import asset

if TYPE_CHECKING:  # pragma: no cover
    from flask import Flask

    from letterlint.engine.linter import LetterResult, Linter

# How much a request may carry beyond the letter itself (the form fields around it).
FORM_OVERHEAD_BYTES = 256 * 1024
MAX_PASTED_CHARS = 200_000
# The longest a request waits for the one pipeline while another letter is analysed; then it is
# answered "busy" (503) instead of holding its visitor. The analysis itself is bounded by the
# input limits and letterlint.nlp.bounds (a pasted letter of MAX_PASTED_CHARS: about 10 s).
REQUEST_WAIT_SECONDS = 20
FORM_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
class InputError(LetterlintError):
    """A letter the app cannot read; the message is one Dutch line for the user."""


@dataclass
class AppState:
    """Everything one app process shares between requests: the Linter and a lock around it."""

    linter: Linter
    library: object  # templating.TemplateLibrary
    departments: tuple[tuple[str, str], ...]
    lock: threading.Lock = field(default_factory=threading.Lock)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def departments(library) -> tuple[tuple[str, str], ...]:
    """(id, Dutch name) of every department of the template library."""
    return tuple((department.id, department.name) for department in library.departments())


# --------------------------------------------------------------------------- reading a request


def _lint_upload(linter: Linter, filename: str, data: bytes) -> LetterResult:
    """Lint an uploaded file; it lives in a temporary folder only while it is read."""
    name = Path(filename.replace("\\", "/")).name or "brief"
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"{name}: dit soort bestand kan letterlint niet lezen; gebruik .txt, .md of .docx")
    with tempfile.TemporaryDirectory(prefix="letterlint-") as folder:
        path = Path(folder) / f"brief{suffix}"
        path.write_bytes(data)
        document = linter.read(str(path))
    if getattr(document, "error", None):
        raise InputError(f"{name}: {document.error}")
    document.path = name  # the user's file name, not the temporary one
    return linter.lint_documents([document])[0]


def _lint_request(linter: Linter, form, files) -> LetterResult:
    upload = files.get("bestand")
    if upload is not None and upload.filename:
        data = upload.read()
        if not data:
            raise InputError(f"{upload.filename}: het bestand is leeg")
        result = _lint_upload(linter, upload.filename, data)
    else:
        text = form.get("tekst", "")
        if not text.strip():
            raise InputError("Kies een bestand of plak de tekst van een brief.")
        if len(text) > MAX_PASTED_CHARS:
            raise InputError(f"De geplakte tekst is te lang (meer dan {MAX_PASTED_CHARS} tekens).")
        result = linter.lint_text(text.replace("\r\n", "\n"), "geplakte brief", "text")
    if result.error:
        raise InputError(f"{result.path}: {result.error}")
    return result


# --------------------------------------------------------------------------- the app


def create_app(linter: Linter | None = None, config=None) -> Flask:
    """The web app. Pass a Linter to share one (tests do); otherwise one is made from ``config``."""
    from flask import Flask, Response, request
    from markupsafe import escape

    from letterlint.engine.linter import Linter
    from letterlint.templating.pages import render

    if linter is None:
        from letterlint.config import Config

        linter = Linter(config or Config())
    from letterlint.templating.library import TemplateLibrary

    library = TemplateLibrary()
    state = AppState(linter, library, departments(library))
    app = Flask(__name__, template_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = int(linter.config.max_file_size_mb * 1024 * 1024) + FORM_OVERHEAD_BYTES
    app.extensions["letterlint"] = state
    css = asset("preview.css")
    preview_policy = content_security_policy(asset("preview.js"))

    def form_page(error: str = "", text: str = "", department: str = "", status: int = 200) -> Response:
        page = render("index.html",
            css=css, csp=FORM_POLICY, error=error, text=text, department=department,
            departments=state.departments, max_mb=linter.config.max_file_size_mb)
        return Response(page, status=status, mimetype="text/html")

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", FORM_POLICY)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"  # letters hold personal data
        return response

    @app.get("/")
    def index() -> Response:
        return form_page()

    @app.post("/bekijk")
    def show() -> Response:
        department = request.form.get("afdeling", "")
        if department and department not in {key for key, _name in state.departments}:
            return form_page("Kies een afdeling uit de lijst.", request.form.get("tekst", ""), status=400)
        if not state.lock.acquire(timeout=REQUEST_WAIT_SECONDS):  # one spaCy pipeline, one letter at a time
            return form_page("letterlint is bezig met een andere brief. Probeer het over een minuut opnieuw.",
                             request.form.get("tekst", ""), department, status=503)
        try:
            result = _lint_request(state.linter, request.form, request.files)
            panel = propose(state.linter, result, department or None, with_docx=True, library=state.library)
        except InputError as exc:
            return form_page(str(exc), request.form.get("tekst", ""), department, status=400)
        finally:
            state.lock.release()
        page = render_preview(result, panel, served=True)
        response = Response(page, mimetype="text/html")
        response.headers["Content-Security-Policy"] = preview_policy
        return response

    @app.errorhandler(413)
    def too_large(_error) -> Response:
        mb = linter.config.max_file_size_mb
        return form_page(f"Het bestand is te groot: het maximum is {mb:g} MB.", status=413)

    @app.errorhandler(500)
    def internal_error(_error) -> Response:
        return form_page("Er ging iets mis in letterlint. Probeer het nog eens, of meld dit als fout in letterlint.",
                         status=500)

    @app.errorhandler(404)
    def not_found(_error) -> Response:
        return Response(f"<!DOCTYPE html><html lang=\"nl\"><title>Niet gevonden</title><h1>Deze pagina bestaat niet</h1>"
                        f"<p>{escape(request.path)} bestaat niet. <a href=\"/\">Naar het begin</a></p></html>",
                        status=404, mimetype="text/html")

    return app


# --------------------------------------------------------------------------- command line
