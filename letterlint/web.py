"""``letterlint serve``: a small local web app for staff who do not use a terminal.

Upload a letter (.txt, .md, .docx) or paste it, pick a department, and see the same preview page
as ``letterlint preview``, with the proposed rewrite as a .docx download. On that page staff can
pick another department, accept or reject each safe suggestion and download their own letter
with the accepted ones applied (a .docx keeps its formatting, as ``letterlint fix``). The app
listens on the loopback interface only (another host needs an explicit flag), keeps one Linter
per process (the spaCy pipeline loads once, at start), and never stores a letter: an upload is
written to a temporary folder only for as long as reading it takes; the page carries the letter
back in its forms instead of the server keeping it.

Every form carries a token (Flask-WTF's CSRF protection, a per-process random secret): a POST
without a valid token, such as one another web site makes the staff member's browser send, is
refused. The framing ban (``frame-ancestors``) is sent as an HTTP header; browsers ignore it in a
meta tag.
"""

from __future__ import annotations

import base64
import binascii
import io
import ipaddress
import secrets
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING


from letterlint.errors import LetterlintError
from letterlint.report.preview import ServedForm, content_security_policy, corrected_original, propose, render_preview
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
FORM_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
NO_FRAMING = "frame-ancestors 'none'"  # only works as a header, never in a meta tag
CSRF_HOURS = 8  # a form stays usable for a working day
BUSY = "letterlint is bezig met een andere brief. Probeer het over een minuut opnieuw."


class InputError(LetterlintError):
    """A letter the app cannot read; the message is one Dutch line for the user."""


class TooLarge(InputError):
    """A letter above the configured size limit (answered with status 413)."""


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


PASTED_NAME = "geplakte brief"


@dataclass
class Letter:
    """The letter of a request: its bytes and its name (an upload, pasted text, or sent back by the page)."""

    name: str
    data: bytes
    pasted: bool = False


def request_letter(form, files, max_bytes: int | None = None) -> Letter:
    """The letter a form sends: an upload, pasted text, or the letter the preview page sends back."""
    letter = _request_letter(form, files)
    if max_bytes is not None and len(letter.data) > max_bytes:
        raise TooLarge(f"Het bestand is te groot: het maximum is {max_bytes / 1024 / 1024:g} MB.")
    return letter


def _request_letter(form, files) -> Letter:
    upload = files.get("bestand")
    if upload is not None and upload.filename:
        data = upload.read()
        if not data:
            raise InputError(f"{upload.filename}: het bestand is leeg")
        return Letter(Path(upload.filename.replace("\\", "/")).name or "brief", data)
    carried = form.get("brief_data", "")
    if carried:
        try:
            data = base64.b64decode(carried, validate=True)
        except (binascii.Error, ValueError):
            raise InputError("De brief kwam niet goed mee met het formulier. Begin opnieuw.") from None
        name = form.get("brief_naam", "") or "brief"
        return Letter(name, data, pasted=name == PASTED_NAME)
    text = form.get("tekst", "")
    if not text.strip():
        raise InputError("Kies een bestand of plak de tekst van een brief.")
    if len(text) > MAX_PASTED_CHARS:
        raise InputError(f"De geplakte tekst is te lang (meer dan {MAX_PASTED_CHARS} tekens).")
    return Letter(PASTED_NAME, text.replace("\r\n", "\n").encode("utf-8"), pasted=True)


def lint_letter(linter: Linter, letter: Letter) -> LetterResult:
    if letter.pasted:
        result = linter.lint_text(letter.data.decode("utf-8", errors="replace"), PASTED_NAME, "text")
    else:
        result = _lint_upload(linter, letter.name, letter.data)
    if result.error:
        raise InputError(f"{result.path}: {result.error}")
    return result


def _lint_request(linter: Linter, form, files) -> LetterResult:
    return lint_letter(linter, request_letter(form, files))


# --------------------------------------------------------------------------- the app


def create_app(linter: Linter | None = None, config=None) -> Flask:
    """The web app. Pass a Linter to share one (tests do); otherwise one is made from ``config``."""
    from flask import Flask, Response, request, send_file
    from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf
    from markupsafe import escape

    from letterlint.engine.linter import Linter
    from letterlint.templating.pages import render

    if linter is None:
        from letterlint.config import Config

        # keep_spans: the proposal is made on the letter's own parse, as `letterlint rewrite` makes it
        linter = Linter(config or Config(), keep_spans=True)
    from letterlint.templating.library import TemplateLibrary

    library = TemplateLibrary()
    state = AppState(linter, library, departments(library))
    app = Flask(__name__, template_folder=None)
    # the letter travels back in the preview page's forms as base64 (4/3 of its size)
    app.config["MAX_CONTENT_LENGTH"] = int(linter.config.max_file_size_mb * 1024 * 1024 * 4 / 3) + FORM_OVERHEAD_BYTES
    app.config["MAX_FORM_MEMORY_SIZE"] = app.config["MAX_CONTENT_LENGTH"]
    app.config["SECRET_KEY"] = secrets.token_bytes(32)  # per process: a restart invalidates old forms
    app.config["WTF_CSRF_TIME_LIMIT"] = CSRF_HOURS * 3600
    app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    CSRFProtect(app)
    app.extensions["letterlint"] = state
    max_bytes = int(linter.config.max_file_size_mb * 1024 * 1024)
    css = asset("preview.css")
    preview_policy = content_security_policy(asset("preview.js"))

    def form_page(error: str = "", text: str = "", department: str = "", status: int = 200) -> Response:
        page = render("index.html", css=css, csp=FORM_POLICY, error=error, text=text, department=department,
                      departments=state.departments, max_mb=linter.config.max_file_size_mb,
                      csrf_token=generate_csrf())
        return Response(page, status=status, mimetype="text/html")

    @app.after_request
    def headers(response: Response) -> Response:
        policy = response.headers.get("Content-Security-Policy", FORM_POLICY)
        if "frame-ancestors" not in policy:
            policy = f"{policy}; {NO_FRAMING}"
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Frame-Options"] = "DENY"
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
        force = request.form.get("voorstel") == "toch"
        try:
            letter = request_letter(request.form, request.files, max_bytes)
        except InputError as exc:
            return form_page(str(exc), request.form.get("tekst", ""), department,
                             status=413 if isinstance(exc, TooLarge) else 400)
        if not state.lock.acquire(timeout=REQUEST_WAIT_SECONDS):  # one spaCy pipeline, one letter at a time
            return form_page(BUSY, request.form.get("tekst", ""), department, status=503)
        try:
            result = lint_letter(state.linter, letter)
            panel = propose(state.linter, result, department or None, with_docx=True, library=state.library,
                            force=force)
        except InputError as exc:
            return form_page(str(exc), request.form.get("tekst", ""), department, status=400)
        finally:
            state.lock.release()
        form = ServedForm(generate_csrf(), base64.b64encode(letter.data).decode("ascii"), letter.name,
                          state.departments, department)
        page = render_preview(result, panel, served=True, form=form)
        response = Response(page, mimetype="text/html")
        response.headers["Content-Security-Policy"] = preview_policy
        return response

    @app.post("/verbeter")
    def corrected() -> Response:
        """The letter sent back by the page, with the safe suggestions the user kept checked."""
        try:
            chosen = {int(value) for value in request.form.getlist("overnemen")}
        except ValueError:
            return form_page("De gekozen verbeteringen kwamen niet goed mee. Begin opnieuw.", status=400)
        try:
            letter = request_letter(request.form, request.files, max_bytes)
        except InputError as exc:
            return form_page(str(exc), status=413 if isinstance(exc, TooLarge) else 400)
        if not state.lock.acquire(timeout=REQUEST_WAIT_SECONDS):
            return form_page(BUSY, status=503)
        try:
            result = lint_letter(state.linter, letter)
        except InputError as exc:
            return form_page(str(exc), status=400)
        finally:
            state.lock.release()
        fixed = corrected_original(result, letter.data, letter.name if not letter.pasted else "geplakte-brief.txt",
                                   chosen)
        response = send_file(io.BytesIO(fixed.data), mimetype=fixed.mime, as_attachment=True,
                             download_name=fixed.name, max_age=0)
        response.headers["X-Letterlint-Toegepast"] = str(fixed.applied)
        return response

    @app.errorhandler(CSRFError)
    def refused(_error) -> Response:
        return form_page("Dit formulier is verlopen of kwam niet van deze pagina. Laad de pagina opnieuw en probeer "
                         "het nog eens.", status=400)

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
