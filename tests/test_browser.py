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
    highlight = page.locator("button.hl", has_text="Naar aanleiding van").first
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
    page.locator("button.hl").nth(3).hover()
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
    browser_page.locator("button.hl", has_text="Teneinde").click()  # the page's own script still works
    assert browser_page.locator("#uitleg").is_visible()
    browser_page.close()


def test_preview_page_has_no_serious_accessibility_violations(page, preview_file):
    page.goto(preview_file.as_uri())
    assert page.evaluate("() => document.documentElement.lang") == "nl"
    assert page.locator("h1").count() == 1 and page.locator("h2").count() >= 3
    page.locator("button.hl").first.click()  # checked with an explanation open: the page and the popup
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
    page.click("button[type=submit]")
    page.wait_for_url(server + "/bekijk")
    assert page.locator("h1").inner_text() == "Voorbeeld: bel-02-origineel.docx"
    page.locator("button.hl").first.click()
    assert page.locator("#uitleg").is_visible()
    assert "Gemeente Lindenburg" in page.frame_locator("iframe.herschreven").locator("body").inner_text()
    with page.expect_download() as download_info:
        page.locator("a[download]").click()
    download = download_info.value
    assert download.suggested_filename == "bel-02-origineel-b1.docx"
    assert Path(download.path()).read_bytes()[:2] == b"PK"
    assert serious_violations(page) == []


def test_web_app_shows_a_dutch_error_for_an_unreadable_file(page, server, tmp_path):
    bad = tmp_path / "brief.docx"
    bad.write_bytes(b"geen word")
    page.goto(server + "/")
    page.set_input_files("#bestand", str(bad))
    page.click("button[type=submit]")
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
