"""The preview page and the web app in a real headless browser (Debian chromium + Playwright).

What a person does: click a highlighted finding and read its message, open one with the keyboard
(Tab, Enter, Space, Escape), hover one; and what a screen-reader user needs: axe-core finds no
serious or critical accessibility violation. Skips with a reason when chromium, Playwright or
axe-core (``npm install`` in tests/browser) is not installed.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from conftest import CORPUS, wrap_letter

from letterlint.report.preview import render_preview

BROWSER_DIR = Path(__file__).resolve().parent / "browser"
AXE = BROWSER_DIR / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LETTER = CORPUS / "belastingen" / "bel-02-origineel.docx"

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install playwright)")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
if not AXE.exists():
    pytest.skip("axe-core is not installed (cd tests/browser && npm ci)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # bypass_csp lets the test inject axe-core; the page itself forbids any script but its own
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True, locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def letter_result(linter):
    result = next(linter.lint_paths([str(LETTER)]))
    assert result.error is None, result.error
    return result


@pytest.fixture(scope="module")
def preview_file(letter_result, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("preview") / "voorbeeld.html"
    path.write_text(render_preview(letter_result), encoding="utf-8")
    return path


def serious_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
            for v in results["violations"] if v["impact"] in ("serious", "critical")]


def test_clicking_a_highlight_shows_its_message_and_suggestion(page, preview_file, letter_result, tmp_path):
    page.goto(preview_file.as_uri())
    popup = page.locator("#uitleg")
    assert popup.is_hidden()
    highlight = page.locator(".hl", has_text="Naar aanleiding van").first
    index = int(highlight.get_attribute("data-findings").split()[0])
    finding = letter_result.findings[index]
    highlight.click()
    assert popup.is_visible()
    assert finding.message in popup.inner_text()
    assert highlight.get_attribute("aria-expanded") == "true"
    page.screenshot(path=str(tmp_path / "voorbeeld.png"))
    assert (tmp_path / "voorbeeld.png").stat().st_size > 10_000
    highlight.click()  # a second click closes it
    assert popup.is_hidden() and highlight.get_attribute("aria-expanded") == "false"


def test_keyboard_tab_and_enter_open_a_highlight_and_escape_closes_it(page, preview_file):
    page.goto(preview_file.as_uri())
    for _ in range(20):  # Tab until a highlight or a sentence marker has the focus
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('.hl, .zinmarker')"):
            break
    else:
        pytest.fail("no highlight can be reached with Tab")
    trigger = page.evaluate_handle("() => document.activeElement")
    page.keyboard.press("Enter")
    popup = page.locator("#uitleg")
    assert popup.is_visible()
    assert page.evaluate("() => document.activeElement.id") == "uitleg-titel"  # focus moved into the explanation
    assert popup.locator("li .bericht").count() >= 1
    page.keyboard.press("Escape")
    assert popup.is_hidden()
    assert page.evaluate("(el) => el === document.activeElement", trigger)  # focus back on the highlight
    page.keyboard.press(" ")
    assert popup.is_visible()


def test_hovering_a_highlight_shows_its_explanation(page, preview_file):
    page.goto(preview_file.as_uri())
    page.locator(".hl").nth(3).hover()
    page.locator("#uitleg").wait_for(state="visible", timeout=2000)
    page.mouse.move(5, 5)
    page.locator("#uitleg").wait_for(state="hidden", timeout=2000)


def test_letter_with_script_runs_no_script_in_the_browser(page, linter, tmp_path):
    text = wrap_letter("<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> "
                       "Teneinde uw aanvraag te beoordelen, sturen wij u dit formulier.")
    result = linter.lint_text(text, "brief.txt", "text")
    path = tmp_path / "aanval.html"
    path.write_text(render_preview(result), encoding="utf-8")
    browser_page = page.context.browser.new_page()  # a context that enforces the page's CSP
    browser_page.goto(path.as_uri())
    assert browser_page.evaluate("() => window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in browser_page.locator(".brieftekst").inner_text()
    browser_page.locator(".hl", has_text="Teneinde").click()  # the page's own script still works
    assert browser_page.locator("#uitleg").is_visible()
    browser_page.close()


def test_preview_page_has_no_serious_accessibility_violations(page, preview_file):
    page.goto(preview_file.as_uri())
    assert page.evaluate("() => document.documentElement.lang") == "nl"
    assert page.locator("h1").count() == 1 and page.locator("h2").count() >= 3
    page.locator(".hl").first.click()  # checked with an explanation open: the page and the popup
    assert page.locator("#uitleg").is_visible()
    assert serious_violations(page) == []


@pytest.fixture(scope="module")
def server(linter):
    """The web app on a free loopback port, in a thread."""
    from werkzeug.serving import make_server

    from letterlint.web import create_app

    httpd = make_server("127.0.0.1", 0, create_app(linter=linter), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=5)


def test_web_app_upload_shows_the_preview_and_is_accessible(page, server):
    page.goto(server + "/")  # (the form itself is checked by axe in the error test below)
    page.set_input_files("#bestand", str(LETTER))
    page.select_option("#afdeling", "belastingen")
    page.click("form.invoer button[type=submit]")
    page.wait_for_url(server + "/bekijk")
    assert page.locator("h1").inner_text() == "Voorbeeld: bel-02-origineel.docx"
    page.locator(".hl").first.click()
    assert page.locator("#uitleg").is_visible()
    assert "Gemeente Lindenburg" in page.frame_locator("iframe.herschreven").locator("body").inner_text()
    with page.expect_download() as download_info:
        page.locator("a[download]").first.click()
    download = download_info.value
    assert download.suggested_filename == "bel-02-origineel-b1.docx"
    assert Path(download.path()).read_bytes()[:2] == b"PK"
    assert serious_violations(page) == []


def test_web_app_shows_a_dutch_error_for_an_unreadable_file(page, server, tmp_path):
    bad = tmp_path / "brief.docx"
    bad.write_bytes(b"geen word")
    page.goto(server + "/")
    page.set_input_files("#bestand", str(bad))
    page.click("form.invoer button[type=submit]")
    assert "brief.docx: geen geldig Word-bestand" in page.locator("[role=alert]").inner_text()
    assert serious_violations(page) == []


def test_panel_kit_booklet_has_no_serious_accessibility_violations(page, linter, tmp_path):
    kit = pytest.importorskip("letterlint.panel.kit", reason="the panel kit (letterlint.panel) is not installed")
    _kit, booklets = kit.build_kit(str(CORPUS / "vth" / "vth-02-origineel.txt"), str(CORPUS / "vth" / "vth-02-b1.txt"),
                                   2, 7, linter)
    path = tmp_path / "boekje.html"
    path.write_text(kit.booklet_html(next(iter(booklets.values()))), encoding="utf-8")
    page.goto(path.as_uri())
    assert page.evaluate("() => document.documentElement.lang") == "nl"
    assert serious_violations(page) == []


# --------------------------------------------------------------------------- staff use (issue 14)

DOCS_IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"


def screenshot_folder(tmp_path: Path) -> Path:
    """docs/images when LETTERLINT_UPDATE_SCREENSHOTS=1 (to refresh the documentation), else a temporary folder."""
    import os

    return DOCS_IMAGES if os.environ.get("LETTERLINT_UPDATE_SCREENSHOTS") == "1" else tmp_path


def upload(page, server, department: str | None = "belastingen", letter: Path = LETTER) -> None:
    page.goto(server + "/")
    page.set_input_files("#bestand", str(letter))
    if department:
        page.select_option("#afdeling", department)
    page.click("form.invoer button[type=submit]")
    page.wait_for_url(server + "/bekijk")


def test_skip_link_is_the_first_tab_stop_and_jumps_to_the_findings(page, server):
    upload(page, server)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Direct naar de meldingen"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#meldingen-titel"
    # the downloads are reached within a few Tab presses, before any highlight in the letter
    page.goto(server + "/")
    upload(page, server)
    for presses in range(1, 12):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('.downloads a[download]')"):
            break
    else:
        pytest.fail("the download is not among the first Tab stops")
    assert presses <= 6


def test_category_filter_shows_only_that_category_in_the_list_and_the_letter(page, server):
    upload(page, server)
    radios = page.locator(".filter input[name=soort]")
    assert radios.count() >= 3
    chosen = radios.nth(1)
    category = chosen.get_attribute("value")
    label = page.locator(".filter label").nth(1).inner_text()
    expected = int(label.rsplit("(", 1)[1].rstrip(")"))
    chosen.check()
    visible = page.locator(".meldingen .melding:visible")
    assert visible.count() == expected
    assert all(visible.nth(i).get_attribute("data-soort") == category for i in range(visible.count()))
    dimmed = page.locator(".hl.uitgefilterd")
    assert dimmed.count() > 0
    radios.nth(0).check()
    assert page.locator(".meldingen .melding:visible").count() == page.locator(".meldingen .melding").count()


def test_accepting_and_rejecting_suggestions_in_place_changes_the_downloaded_original(page, server, tmp_path):
    import docx

    upload(page, server)
    boxes = page.locator("input.overnemen")
    total = boxes.count()
    assert total >= 3
    first_index = boxes.first.get_attribute("value")
    replacement = page.locator(f"ins.vervanging[data-finding='{first_index}']")
    assert replacement.is_visible()  # accepted by default: the new words stand in the letter
    # reject it in place, from the explanation of its highlight
    highlight = page.locator(f"#plek-{first_index}")
    old_words = highlight.inner_text()
    highlight.click()
    toggle = page.locator("#uitleg .keuzeknop")
    assert toggle.get_attribute("aria-pressed") == "true"
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "false"
    assert not boxes.first.is_checked() and replacement.is_hidden()
    page.keyboard.press("Escape")
    with page.expect_download() as download_info:
        page.locator("button[form=verbeter-form]").click()
    download = download_info.value
    assert download.suggested_filename == "bel-02-origineel-verbeterd.docx"
    path = tmp_path / "verbeterd.docx"
    download.save_as(str(path))
    original = "\n".join(p.text for p in docx.Document(str(LETTER)).paragraphs)
    fixed = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert fixed != original
    assert original.count(old_words) == fixed.count(old_words)  # the rejected one stays as it was


def test_mobile_pages_fit_a_390_pixel_screen_and_long_highlights_wrap(browser, server, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2, locale="nl-NL", bypass_csp=True)
    mobile = context.new_page()
    mobile.goto(server + "/")
    assert mobile.evaluate("() => document.documentElement.scrollWidth") <= 390
    form_width = mobile.evaluate("() => document.querySelector('form.invoer').getBoundingClientRect().right")
    assert form_width <= 390
    upload(mobile, server)
    assert mobile.evaluate("() => document.documentElement.scrollWidth") <= 390
    # the download is near the top: within the first two screens
    top = mobile.evaluate("() => document.querySelector('.downloads .knop').getBoundingClientRect().top + scrollY")
    assert top < 2 * 844
    # a long highlight wraps over lines like text, and never sticks out of the letter
    box = mobile.evaluate("() => document.querySelector('.brieftekst').getBoundingClientRect().right")
    wrapped = mobile.evaluate("""() => Array.from(document.querySelectorAll('.hl'))
        .filter(el => el.getClientRects().length > 1).length""")
    assert wrapped >= 1
    widest = mobile.evaluate("() => Math.max(...Array.from(document.querySelectorAll('.hl')).map(el => el.getBoundingClientRect().right))")
    assert widest <= box + 1
    # a sentence marker never stands alone at the start of a line, away from its sentence
    lonely = mobile.evaluate("""() => Array.from(document.querySelectorAll('.zinmarker')).filter(m => {
        const next = m.nextElementSibling || m.nextSibling;
        if (!next || !next.getBoundingClientRect) return false;
        const a = m.getBoundingClientRect(), b = next.getClientRects()[0];
        return b && b.top > a.bottom; }).length""")
    assert lonely == 0
    mobile.locator(".hl").first.tap()
    assert mobile.locator("#uitleg").is_visible()
    mobile.screenshot(path=str(screenshot_folder(tmp_path) / "serve-mobiel.png"))
    assert serious_violations(mobile) == []
    context.close()


def test_printing_gives_a_findings_report(page, server):
    upload(page, server)
    page.emulate_media(media="print")
    assert page.locator(".meldingen").is_visible()
    assert page.locator(".brief-sectie").is_hidden() and page.locator(".herschrijving").is_hidden()
    assert page.locator(".downloads").is_hidden() and page.locator(".filter").is_hidden()
    assert page.locator(".overzicht").is_visible()
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF"
    page.emulate_media(media="screen")


def test_serve_page_sends_frame_ancestors_as_a_header_and_logs_no_csp_error(browser, server):
    context = browser.new_context(locale="nl-NL")  # CSP enforced
    strict = context.new_page()
    messages = []
    strict.on("console", lambda message: messages.append(message.text))
    response = strict.goto(server + "/")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    upload(strict, server)
    strict.locator(".hl").first.click()  # the page's own script runs
    assert strict.locator("#uitleg").is_visible()
    assert not [m for m in messages if "Content Security Policy" in m or "frame-ancestors" in m], messages
    context.close()


def test_cross_site_form_post_is_refused(browser, server, tmp_path):
    attack = tmp_path / "aanval.html"
    attack.write_text(f"""<!DOCTYPE html><html lang="nl"><body>
<form method="post" action="{server}/bekijk"><input name="tekst" value="Geachte heer, Teneinde iets te doen.">
<button type="submit">Verstuur</button></form></body></html>""", encoding="utf-8")
    context = browser.new_context(locale="nl-NL")
    other = context.new_page()
    other.goto(attack.as_uri())
    other.click("button")
    other.wait_for_url(server + "/bekijk")
    assert "kwam niet van deze pagina" in other.locator("[role=alert]").inner_text()
    assert other.locator(".hl").count() == 0
    context.close()


def test_choosing_another_department_in_the_page_shows_its_proposal(page, server):
    upload(page, server, department=None)
    assert page.locator(".afdeling-waarschuwing").is_visible()
    page.select_option("#afdeling-opnieuw", "belastingen")
    page.click("form.afdeling-kiezen button[type=submit]")
    page.wait_for_url(server + "/bekijk")
    assert page.locator(".afdeling-waarschuwing").count() == 0
    assert page.locator("h1").inner_text() == "Voorbeeld: bel-02-origineel.docx"
    assert page.locator("#afdeling-opnieuw").input_value() == "belastingen"


def test_sentence_map_selecting_an_original_shows_where_it_went(page, letter_result, tmp_path):
    from letterlint.report.preview import RewritePanel, mapped_sentences

    panel = RewritePanel(html="<!DOCTYPE html><html lang=\"nl\"><body><p>Voorstel</p></body></html>", department_chosen=True,
                         sentence_map=mapped_sentences([
                             {"original": "Naar aanleiding van uw verzoek delen wij u mede dat het is ingewilligd.",
                              "proposal": ["U vroeg om kwijtschelding.", "Dat krijgt u."], "role": "besluit",
                              "transformations": ["zin gesplitst"], "marked": False},
                             {"original": "Gelet op het bovenstaande wordt als volgt besloten.",
                              "proposal": ["[herschrijven: Gelet op het bovenstaande wordt als volgt besloten.]"],
                              "role": "besluit", "transformations": [], "marked": True},
                         ]))
    path = tmp_path / "zinnen.html"
    path.write_text(render_preview(letter_result, panel), encoding="utf-8")
    page.goto(path.as_uri())
    first = page.locator(".zinpaar .origineel").first
    first.click()
    assert first.get_attribute("aria-pressed") == "true"
    chosen = page.locator(".zinpaar.gekozen")
    assert chosen.count() == 1 and "Dat krijgt u." in chosen.inner_text()
    page.check("#alleen-werk")
    assert page.locator(".zinpaar:visible").count() == 1
    assert page.locator(".zinpaar:visible mark.plek-herschrijven").count() == 1
    assert serious_violations(page) == []


def test_docs_screenshot_of_the_preview_is_current(page, server, tmp_path):
    page.set_viewport_size({"width": 1280, "height": 1600})
    upload(page, server)
    page.locator(".hl", has_text="Naar aanleiding van").first.click()
    page.evaluate("() => window.scrollTo(0, 0)")
    assert page.locator("#uitleg").is_visible()
    folder = screenshot_folder(tmp_path)
    page.screenshot(path=str(folder / "preview.png"))
    assert (folder / "preview.png").stat().st_size > 20_000
