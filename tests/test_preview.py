"""The HTML preview (``letterlint preview``) and the local web app (``letterlint serve``).

Every test lints real Dutch letters with the session Linter and checks what the page shows:
findings highlighted exactly where their source location points, sentences shaded by level,
letter text escaped, no external requests, and the web app's upload handling.
"""

from __future__ import annotations

import base64
import html
import io
import re
from pathlib import Path

import pytest
from conftest import CORPUS, corpus_letters, wrap_letter
from markupsafe import escape

from letterlint.report.preview import RewritePanel, build_view, content_security_policy, propose, render_preview
from letterlint.templating.pages import asset as page_asset

INJECTION = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"
JARGON_BODY = (
    "Teneinde uw aanvraag te kunnen beoordelen, verzoeken wij u vriendelijk de gevraagde stukken "
    "vóór 1 mei 2026 op te sturen. Heeft u vragen? Bel dan mevrouw Sanne Bakker op 0570 123 456."
)


def segments_of(view, index: int) -> list:
    return [seg for part in view.parts for line in part.lines for seg in line.segments if index in seg.findings]


def marker_findings(view) -> set[int]:
    return {i for part in view.parts for line in part.lines for marker in line.markers.values() for i in marker.findings}


@pytest.fixture(scope="module")
def corpus_results(linter):
    """One .txt, one .md and one .docx original from the corpus, linted."""
    chosen = {}
    for path in corpus_letters():
        if "heldout" in path.parts or "origineel" not in path.name:
            continue
        chosen.setdefault(path.suffix, path)
    assert {".txt", ".md", ".docx"} <= set(chosen), chosen
    return {suffix: next(linter.lint_paths([str(path)])) for suffix, path in chosen.items()}


# --------------------------------------------------------------------------- mapping


def test_jargon_word_in_a_text_letter_is_highlighted_at_its_line_and_column(linter):
    result = linter.lint_text(wrap_letter(JARGON_BODY), "brief.txt", "text")
    view = build_view(result)
    index = next(i for i, f in enumerate(result.findings) if f.rule == "JA01" and f.text.lower() == "teneinde")
    segments = segments_of(view, index)
    assert "".join(seg.text for seg in segments) == "Teneinde"
    line = next(line for part in view.parts for line in part.lines if any(index in s.findings for s in line.segments))
    assert line.key == ("body", result.findings[index].location.line)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_every_word_level_finding_covers_exactly_its_source_span(corpus_results, suffix):
    result = corpus_results[suffix]
    assert result.error is None and result.findings
    view = build_view(result)
    whole_sentence = marker_findings(view)
    checked = 0
    for index, finding in enumerate(result.findings):
        if index in whole_sentence:
            continue
        shown = "".join(seg.text for seg in segments_of(view, index))
        if "…" in finding.text:  # a split phrase ("draagt … zorg voor") covers the words between
            first, last = finding.text.split("…")[0].strip(), finding.text.split("…")[-1].strip()
            assert shown.startswith(first) and shown.endswith(last), (finding, shown)
        elif finding.location.line == finding.location.end_line:
            assert shown == finding.text, (finding, shown)
        checked += 1
    assert checked >= 5


def test_findings_over_a_whole_sentence_get_one_marker_before_that_sentence(corpus_results):
    result = corpus_results[".docx"]
    view = build_view(result)
    rd01 = [i for i, f in enumerate(result.findings) if f.rule == "RD01"]
    assert rd01, "this officialese original has long sentences"
    assert set(rd01) <= marker_findings(view)
    assert not any(segments_of(view, i) for i in rd01)  # not also as a highlight over every word


def test_each_sentence_is_shaded_with_its_own_level(corpus_results):
    result = corpus_results[".md"]
    page = render_preview(result)
    view = build_view(result)
    hard = [s for s in view.sentences if s.level in ("B2", "C1")]
    assert hard, "the officialese original has hard sentences"
    for sentence in hard:
        plain = [seg for part in view.parts for line in part.lines for seg in line.segments
                 if seg.sentence == sentence.index and not seg.findings and seg.text.strip()]
        for seg in plain:
            assert f'<span class="niveau-{sentence.level.lower()}">{escape(seg.text)}</span>' in page
    easy = [s.index for s in view.sentences if s.level in ("A2", "B1")]
    for part in view.parts:
        for line in part.lines:
            for seg in line.segments:
                if seg.sentence in easy and not seg.findings and seg.text.strip():
                    assert f'<span class="niveau-{view.sentences[seg.sentence].level.lower()}">{escape(seg.text)}</span>' in page


def test_docx_findings_map_to_paragraphs_and_header_is_shown_apart(tmp_path, linter):
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Gemeente Lindenburg, afdeling Belastingen"
    document.add_paragraph("Geachte heer Jansen,")
    document.add_paragraph("Wij hebben uw bezwaar ontvangen. " + JARGON_BODY)
    document.add_paragraph("Met vriendelijke groet,")
    document.add_paragraph("Sanne Bakker")
    path = tmp_path / "brief.docx"
    document.save(path)
    result = next(linter.lint_paths([str(path)]))
    assert result.error is None
    view = build_view(result)
    index = next(i for i, f in enumerate(result.findings) if f.text.lower() == "teneinde")
    assert result.findings[index].location.paragraph == 2
    assert "".join(seg.text for seg in segments_of(view, index)) == "Teneinde"
    assert [part.label for part in view.parts] == ["Koptekst", "Brief"]


# --------------------------------------------------------------------------- the page


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_every_finding_links_to_its_place_and_ids_are_unique(corpus_results, suffix):
    page = render_preview(corpus_results[suffix])
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    links = re.findall(r'<a href="#([^"]+)">toon in de brief</a>', page)
    assert len(links) == len(corpus_results[suffix].findings)
    assert set(links) <= set(ids)
    for indices in re.findall(r'data-findings="([^"]+)"', page):  # every highlight explains real findings
        assert all(f'id="melding-{i}"' in page for i in indices.split())


def test_letter_text_with_script_is_escaped_and_cannot_run(linter):
    result = linter.lint_text(wrap_letter(f"{INJECTION} Wij sturen u de pas toe. Heeft u vragen? Bel ons."),
                              "brief.txt", "text")
    page = render_preview(result)
    assert page.count("<script") == 1  # only the page's own script
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "<img" not in page
    own = page_asset("preview.js")
    assert f"<script>{own}</script>" in page
    assert content_security_policy(own) in html.unescape(page)


def test_page_is_dutch_self_contained_and_requests_nothing(corpus_results):
    page = render_preview(corpus_results[".txt"])
    assert '<html lang="nl">' in page
    assert re.search(r"<h1>Voorbeeld: [^<]+</h1>", page)
    assert "In één oogopslag" in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # nothing loaded from elsewhere
    assert "<link" not in page
    assert "default-src &#39;none&#39;" in page


def test_summary_shows_level_score_type_and_counts(corpus_results):
    result = corpus_results[".txt"]
    page = render_preview(result)
    assert f">{result.readability.level}</span>" in page
    assert f"{result.readability.score:.0f} van 100" in page
    errors = sum(1 for f in result.findings if f.severity.label == "error")
    assert f"{errors} fout" in page
    assert page.count('class="melding sev-') == len(result.findings)


def test_rewrite_panel_shows_rendered_letter_in_a_sandboxed_frame_and_offers_docx(corpus_results):
    panel = RewritePanel(html="<!DOCTYPE html><html lang=\"nl\"><body><p>Wij hebben uw aanvraag ontvangen.</p></body></html>",
                         level="B1", score=71.0, confidence=0.8, placeholders=["[datum]"], docx=b"PK\x03\x04test",
                         docx_name="brief-b1.docx")
    page = render_preview(corpus_results[".txt"], panel, served=True)
    assert 'sandbox="allow-same-origin"' in page
    assert "srcdoc=\"&lt;!DOCTYPE html&gt;" in page
    assert "Vul zelf nog in of herschrijf (1):" in page and "<li>[datum]</li>" in page
    match = re.search(r'href="data:application/vnd\.openxmlformats-officedocument\.wordprocessingml\.document;base64,([^"]+)" download="brief-b1.docx"', page)
    assert match and base64.b64decode(match.group(1)) == b"PK\x03\x04test"


def test_without_rewrite_the_panel_says_so_in_dutch(corpus_results):
    page = render_preview(corpus_results[".txt"], RewritePanel(note="Een voorstel is nog niet beschikbaar."))
    assert "Een voorstel is nog niet beschikbaar." in page
    assert "<iframe" not in page


@pytest.fixture(scope="module")
def rewrite_panel(linter, corpus_results):
    return propose(linter, corpus_results[".txt"], with_docx=True)


def test_real_rewrite_is_rendered_beside_the_letter_with_a_docx_that_word_can_open(rewrite_panel, corpus_results):
    import docx

    assert rewrite_panel.note == "" and rewrite_panel.sentence_map and rewrite_panel.level
    page = render_preview(corpus_results[".txt"], rewrite_panel, served=True)
    first = rewrite_panel.sentence_map[0]
    assert "Waar is elke zin gebleven?" in page and html.escape(first["original"], quote=False) in page
    frame = re.search(r'<iframe class="herschreven"[^>]*srcdoc="([^"]+)"', page)
    assert frame and '<html lang="nl">' in html.unescape(frame.group(1))
    document = docx.Document(io.BytesIO(rewrite_panel.docx))
    paragraphs = [p.text for p in document.paragraphs if len(p.text.split()) >= 6]
    assert paragraphs, "the .docx holds the letter's running text"
    shown = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.unescape(frame.group(1))))
    assert all(" ".join(text.split()) in shown for text in paragraphs[:3])  # the same letter in the frame
    assert f'download="{Path(corpus_results[".txt"].path).stem}-b1.docx"' in page


def test_unknown_department_gives_a_dutch_note_instead_of_a_rewrite(linter, corpus_results):
    panel = propose(linter, corpus_results[".txt"], department="zwembad")
    assert panel.html == "" and "onbekende afdeling 'zwembad'" in panel.note
    page = render_preview(corpus_results[".txt"], panel)
    assert "Er kon geen voorstel worden gemaakt" in page and "<iframe" not in page


# --------------------------------------------------------------------------- command line


def test_preview_command_writes_the_page(cli, tmp_path):
    letter = CORPUS / "vth" / "vth-02-origineel.txt"
    out = tmp_path / "pagina.html"
    before = letter.read_bytes()
    result = cli("preview", str(letter), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert letter.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p != out]  # no temporary file left behind


def test_preview_command_refuses_to_overwrite_its_input(cli, tmp_path):
    letter = tmp_path / "brief.html"
    letter.write_text("Geachte heer Jansen,\n\nWij sturen u de pas.\n", encoding="utf-8")
    result = cli("preview", str(letter), "--out", str(letter))
    assert result.exit_code == 2
    assert letter.read_text(encoding="utf-8") == "Geachte heer Jansen,\n\nWij sturen u de pas.\n"


def test_preview_command_names_an_unreadable_letter_in_one_line(cli, tmp_path):
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"dit is geen word-bestand")
    result = cli("preview", str(broken), "--out", str(tmp_path / "uit.html"))
    assert result.exit_code == 2
    assert "kapot.docx" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "uit.html").exists()


def test_serve_refuses_a_host_outside_this_computer(cli):
    result = cli("serve", "--host", "0.0.0.0")
    assert result.exit_code == 2
    assert "--allow-remote" in result.output


# --------------------------------------------------------------------------- web app


class FormClient:
    """A test client that sends the form token the way the page does (read from the form page)."""

    def __init__(self, client):
        self.client = client

    def token(self) -> str:
        page = self.client.get("/").get_data(as_text=True)
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def get(self, *args, **kwargs):
        return self.client.get(*args, **kwargs)

    def post(self, url, data=None, **kwargs):
        data = dict(data or {})
        data.setdefault("csrf_token", self.token())
        return self.client.post(url, data=data, **kwargs)


@pytest.fixture(scope="module")
def app(linter):
    from letterlint.web import create_app

    app = create_app(linter=linter)
    app.testing = True
    return app


@pytest.fixture(scope="module")
def client(app):
    return FormClient(app.test_client())


def test_form_page_is_dutch_and_lists_departments(client):
    response = client.get("/")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and '<html lang="nl">' in page
    assert 'name="bestand"' in page and 'name="tekst"' in page and 'name="afdeling"' in page
    assert '<option value="vth">Vergunningen, Toezicht en Handhaving</option>' in page
    assert response.headers["Cache-Control"] == "no-store"


def test_pasted_letter_is_shown_with_its_findings(client):
    response = client.post("/bekijk", data={"tekst": wrap_letter(JARGON_BODY), "afdeling": ""})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.search(r'<span role="button" tabindex="0" class="hl [^"]*"[^>]*>Teneinde</span>', page)
    assert "script-src 'sha256-" in response.headers["Content-Security-Policy"]


def test_served_page_offers_the_rewrite_of_the_chosen_department_as_docx(client):
    text = (CORPUS / "vth" / "vth-02-origineel.txt").read_text(encoding="utf-8")
    response = client.post("/bekijk", data={"tekst": text, "afdeling": "vth"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "(Vergunningen, Toezicht en Handhaving)" in page
    match = re.search(r'href="data:[^;]+;base64,([^"]+)" download="[^"]+-b1\.docx"', page)
    assert match and base64.b64decode(match.group(1))[:2] == b"PK"


def test_uploaded_docx_is_read_in_memory_and_not_kept(client, tmp_path, monkeypatch):
    import tempfile

    import docx

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    document = docx.Document()
    for text in ("Geachte mevrouw De Vries,", JARGON_BODY, "Met vriendelijke groet,", "Sanne Bakker"):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    response = client.post("/bekijk", data={"bestand": (buffer, "mijn brief.docx")}, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 200, page
    assert "Voorbeeld: mijn brief.docx" in page
    assert ">Teneinde</span>" in page
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone


def test_pasted_script_is_escaped_in_the_page_and_in_the_form(client):
    response = client.post("/bekijk", data={"tekst": wrap_letter(INJECTION + " Wij sturen u de pas. Bel ons gerust.")})
    page = response.get_data(as_text=True)
    assert page.count("<script") == 1 and "&lt;script&gt;" in page
    empty = client.post("/bekijk", data={"tekst": INJECTION[:0] + "   ", "afdeling": "<b>x</b>"})
    assert empty.status_code == 400 and "<b>x</b>" not in empty.get_data(as_text=True)


def test_wrong_file_type_gets_a_dutch_message_naming_the_file(client):
    response = client.post("/bekijk", data={"bestand": (io.BytesIO(b"%PDF-1.4"), "brief.pdf")},
                           content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "brief.pdf: dit soort bestand kan letterlint niet lezen" in page


def test_upload_above_the_size_limit_is_refused(client, linter):
    size = int(linter.config.max_file_size_mb * 1024 * 1024) + 512 * 1024
    response = client.post("/bekijk", data={"bestand": (io.BytesIO(b"a" * size), "groot.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 413
    assert "Het bestand is te groot" in response.get_data(as_text=True)


def test_loopback_check_accepts_only_this_computer():
    from letterlint.web import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10") and not is_loopback("example.org")


def test_preview_command_warns_when_no_rewrite_can_be_made_but_still_writes_the_page(cli, tmp_path):
    out = tmp_path / "pagina.html"
    result = cli("preview", str(CORPUS / "vth" / "vth-02-origineel.txt"), "--department", "zwembad", "--out", str(out))
    assert result.exit_code == 0
    assert "onbekende afdeling 'zwembad'" in result.stderr
    assert "Er kon geen voorstel worden gemaakt" in out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- staff use (issue 14)

TWO_PARAGRAPHS = (
    "Wij hebben uw aanvraag ontvangen. Wij kijken of alles klopt.\n\n"
    "Wij hebben nog een kopie van uw paspoort nodig. Teneinde uw aanvraag te beoordelen, vragen wij dit. "
    "Stuur de kopie vóór 1 mei 2026."
)


def test_findings_say_paragraph_and_sentence_instead_of_line_and_column(linter):
    result = linter.lint_text(wrap_letter(TWO_PARAGRAPHS), "brief.txt", "text")
    view = build_view(result)
    item = next(item for item in view.findings if item.finding.text.lower() == "teneinde")
    # the salutation is paragraph 1; "Teneinde" is in the second sentence of the third paragraph
    assert item.where == "alinea 3, zin 2"
    assert all("kolom" not in item.where and "regel" not in item.where for item in view.findings)


def test_categories_are_counted_for_the_filter_and_the_summary(corpus_results):
    result = corpus_results[".txt"]
    view = build_view(result)
    counted = {c.category: c.count for c in view.categories}
    assert sum(counted.values()) == len(result.findings)
    assert counted == {cat: sum(1 for f in result.findings if f.category == cat) for cat in counted}
    page = render_preview(result)
    assert 'name="soort"' in page and "Meldingen per soort:" in page
    for c in view.categories:
        assert f"{c.label} ({c.count})" in page
    # the summary and the downloads come before the letter; a skip link comes first of all
    assert page.index("Direct naar de meldingen") < page.index("In één oogopslag") < page.index("De brief met meldingen")


def test_static_page_offers_word_downloads_and_never_sends_staff_to_serve(cli, tmp_path):
    letter = next(CORPUS.rglob("bel-02-origineel.docx"))
    out = tmp_path / "voorbeeld.html"
    result = cli("preview", str(letter), "--department", "belastingen", "-o", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "letterlint serve" not in page
    assert 'download="bel-02-origineel-b1.docx"' in page  # the proposal as Word
    assert 'download="bel-02-origineel-verbeterd.docx"' in page  # the original with every safe fix
    assert "frame-ancestors" not in page  # ignored in a meta tag; serve sends it as a header
    assert "geen afdeling gekozen" not in page


def test_a_page_without_a_chosen_department_warns_clearly(linter, corpus_results):
    panel = propose(linter, corpus_results[".txt"])
    assert not panel.department_chosen
    page = render_preview(corpus_results[".txt"], panel)
    assert "Let op: er is geen afdeling gekozen." in page
    assert (panel.department in page) if panel.department else "geen briefhoofd en sjabloon van uw afdeling" in page
    chosen = render_preview(corpus_results[".txt"], propose(linter, corpus_results[".txt"], "vth"))
    assert "er is geen afdeling gekozen" not in chosen


def test_a_letter_already_at_b1_is_told_so_instead_of_getting_a_proposal(linter):
    result = next(linter.lint_paths([str(CORPUS / "vth" / "vth-02-b1.txt")]))
    assert result.readability.level in ("A2", "B1")
    panel = propose(linter, result, "vth")
    assert panel.at_b1 and not panel.html and panel.docx is None
    page = render_preview(result, panel)
    assert "al op B1-niveau" in page or "al op A2-niveau" in page
    assert "<iframe" not in page and "[invullen" not in page
    forced = propose(linter, result, "vth", force=True)
    assert forced.html and not forced.at_b1


def test_sentence_map_shows_each_original_sentence_beside_where_it_went(corpus_results):
    from letterlint.report.preview import mapped_sentences

    sentence_map = [
        {"original": "Teneinde uw aanvraag te beoordelen, verzoeken wij u de stukken te sturen.",
         "proposal": ["Wij willen uw aanvraag beoordelen.", "Stuur ons daarom de stukken."],
         "role": "wat u moet doen", "transformations": ["zin gesplitst", "ambtelijk woord vervangen"], "marked": False},
        {"original": "Gelet op het vorenstaande wordt besloten als volgt.",
         "proposal": ["[herschrijven: Gelet op het vorenstaande wordt besloten als volgt.]"],
         "role": "besluit", "transformations": [], "marked": True},
        {"original": "Hoogachtend,", "proposal": [], "role": "afsluiting", "transformations": [], "marked": False},
    ]
    panel = RewritePanel(html="<!DOCTYPE html><html lang=\"nl\"><body><p>Voorstel</p></body></html>",
                         placeholders=["[invullen: datum van het besluit]"], sentence_map=mapped_sentences(sentence_map),
                         department_chosen=True)
    assert [m.change for m in panel.sentence_map] == ["gesplitst", "herschreven", "weggelaten"]
    assert [m.needs_work for m in panel.sentence_map] == [False, True, False]
    page = render_preview(corpus_results[".txt"], panel)
    assert "Waar is elke zin gebleven?" in page
    assert '<mark class="plek plek-herschrijven">[herschrijven: Gelet op het vorenstaande wordt besloten als volgt.]</mark>' in page
    assert '<mark class="plek plek-invullen">[invullen: datum van het besluit]</mark>' in page
    assert page.index("Teneinde uw aanvraag te beoordelen, verzoeken") < page.index("Stuur ons daarom de stukken.")
    assert "Deze zin staat niet in het voorstel." in page and "zin gesplitst, ambtelijk woord vervangen" in page


def test_cross_site_post_without_the_form_token_is_refused(app):
    raw = app.test_client()  # a browser that never loaded the form: no token
    response = raw.post("/bekijk", data={"tekst": wrap_letter(JARGON_BODY)},
                        headers={"Origin": "https://kwaadwillend.example", "Referer": "https://kwaadwillend.example/"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "kwam niet van deze pagina" in page and "Teneinde" not in page
    wrong = raw.post("/verbeter", data={"csrf_token": "nep", "brief_data": "aGFsbG8=", "brief_naam": "brief.txt"})
    assert wrong.status_code == 400


def test_frame_ancestors_is_sent_as_a_header_and_left_out_of_the_meta_tag(client):
    form = client.get("/")
    assert "frame-ancestors 'none'" in form.headers["Content-Security-Policy"]
    assert "frame-ancestors" not in form.get_data(as_text=True)
    shown = client.post("/bekijk", data={"tekst": wrap_letter(JARGON_BODY)})
    assert shown.status_code == 200
    assert "frame-ancestors 'none'" in shown.headers["Content-Security-Policy"]
    assert "script-src 'sha256-" in shown.headers["Content-Security-Policy"]
    assert "frame-ancestors" not in shown.get_data(as_text=True)
    assert shown.headers["X-Frame-Options"] == "DENY"


def test_pasted_letter_downloads_have_no_spaces_in_their_names(client):
    # the short letter already reads at B1 and has its sections: ask for a proposal anyway ("voorstel=toch")
    page = client.post("/bekijk", data={"tekst": wrap_letter(JARGON_BODY), "afdeling": "vth", "voorstel": "toch"}
                       ).get_data(as_text=True)
    assert 'download="geplakte-brief-b1.docx"' in page
    assert "geplakte brief-b1" not in page


def _form_fields(page: str) -> dict[str, str]:
    form = page[page.index('<form id="verbeter-form"'):]
    form = form[:form.index("</form>")]
    return dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', form))


def test_served_page_applies_only_the_accepted_suggestions_to_the_original_docx(client):
    import docx

    document = docx.Document()
    document.add_paragraph("Geachte mevrouw De Vries,")
    paragraph = document.add_paragraph()
    paragraph.add_run("Teneinde").bold = True
    paragraph.add_run(" uw aanvraag te beoordelen, verzoeken wij u de stukken op te sturen. ")
    paragraph.add_run("Aangezien").italic = True
    paragraph.add_run(" de termijn bijna voorbij is, vragen wij u snel te reageren.")
    document.add_paragraph("Met vriendelijke groet,")
    document.add_paragraph("Sanne Bakker")
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    page = client.post("/bekijk", data={"bestand": (buffer, "mijn brief.docx"), "afdeling": "vth"},
                       content_type="multipart/form-data").get_data(as_text=True)
    choices = dict((text, index) for index, text in re.findall(
        r'name="overnemen" value="(\d+)" form="verbeter-form" checked> Verbetering overnemen: „([^”]+)”', page))
    assert {"Teneinde", "Aangezien"} <= set(choices)
    fields = _form_fields(page)
    response = client.client.post("/verbeter", data={**fields, "overnemen": [choices["Aangezien"]]})
    assert response.status_code == 200
    assert 'filename=mijn-brief-verbeterd.docx' in response.headers["Content-Disposition"]
    fixed = docx.Document(io.BytesIO(response.data))
    body = fixed.paragraphs[1]
    assert body.text.startswith("Teneinde uw aanvraag")  # not accepted: unchanged
    assert "Omdat de termijn" in body.text  # accepted
    assert body.runs[0].bold and body.runs[0].text == "Teneinde"  # formatting kept, as fix does
    assert any(run.italic and run.text == "Omdat" for run in body.runs)


def test_sentence_map_given_as_plain_dicts_or_objects_renders_the_same(corpus_results):
    from dataclasses import dataclass as plain_dataclass

    from letterlint.report.preview import mapped_sentences

    @plain_dataclass
    class Entry:  # the shape the rewrite's own sentence map may take
        original: str
        proposal: list
        role: str
        transformations: list
        marked: bool

    entry = {"original": "Wij verzoeken u vriendelijk te reageren.", "proposal": ["Wilt u reageren?"],
             "role": "verzoek", "transformations": ["vraagzin"], "marked": False}
    as_object = mapped_sentences([Entry(**entry)])
    assert as_object == mapped_sentences([entry])
    pages = [render_preview(corpus_results[".txt"], RewritePanel(html="<p>x</p>", sentence_map=data, department_chosen=True))
             for data in ([entry], as_object)]
    assert pages[0] == pages[1]
    assert "Wilt u reageren?" in pages[0] and "herschreven · verzoek · vraagzin" in pages[0]


def test_served_b1_letter_is_told_so_and_can_still_ask_for_a_proposal(client):
    text = (CORPUS / "vth" / "vth-02-b1.txt").read_text(encoding="utf-8")
    page = client.post("/bekijk", data={"tekst": text, "afdeling": "vth"}).get_data(as_text=True)
    assert "Een nieuwe versie is niet nodig" in page and "<iframe" not in page
    form = page[page.index('<form class="afdeling-kiezen"'):]
    form = form[:form.index("</form>")]
    fields = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', form))
    assert fields["voorstel"] == "toch" and "Toch een voorstel maken" in form
    again = client.client.post("/bekijk", data={**fields, "afdeling": "vth"}).get_data(as_text=True)
    assert "Een nieuwe versie is niet nodig" not in again
    assert '<iframe class="herschreven"' in again  # the letter came back with the form: no new upload needed


def test_preview_and_serve_show_the_proposal_that_rewrite_writes(cli, tmp_path):
    from letterlint.web import create_app

    # in this letter the split of one relative clause depends on the parse of the whole letter;
    # a writer must get the same proposal from `rewrite`, `preview` and `serve`
    letter = Path(__file__).parent / "data" / "redteam16" / "01_wi_herziening_terugvordering_bijstand.txt"
    cli("rewrite", str(letter), "--out", str(tmp_path / "voorstel.md"))
    # the proposal's sentence with its marker (the original has no marker)
    sentence = re.search(r"\[herschrijven: [^\]]*\] Naar aanleiding van dat gesprek [^.]* berekening",
                         (tmp_path / "voorstel.md").read_text(encoding="utf-8")).group(0)

    def page_text(page: str) -> str:  # the proposal sits escaped in the frame's srcdoc
        return re.sub(r"<[^>]+>", "", html.unescape(page))

    cli("preview", str(letter), "--out", str(tmp_path / "pagina.html"))
    assert sentence in page_text((tmp_path / "pagina.html").read_text(encoding="utf-8"))
    app = create_app()  # the app of `letterlint serve`, with a linter of its own
    app.testing = True
    served = FormClient(app.test_client()).post(
        "/bekijk", data={"tekst": letter.read_text(encoding="utf-8"), "afdeling": ""})
    assert sentence in page_text(served.get_data(as_text=True))
