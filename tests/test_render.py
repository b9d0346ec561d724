"""The HTML view (issue #9): self-contained, escaped, every fact linked; and in a real
browser (headless Chromium through chromedriver) the highlights are there and a click on
a fact selects and scrolls to its span. The browser test is skipped only where Chromium
is missing and ``FACTKIT_REQUIRE_BROWSER`` is unset; CI sets it, so there a missing
browser is a failure. The screenshot goes to ``$FACTKIT_ARTIFACTS`` (default
``test-artifacts/``)."""

from __future__ import annotations

import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import regex

import factkit
from factkit.cli import main
from factkit.render import render_html

from .conftest import ROOT, SEEDS

SEED = (SEEDS / "003_5c91bc419b3e8041.txt").read_text(encoding="utf-8")


class _Checker(HTMLParser):
    """Counts open elements, and collects every src/href and data-target/id."""

    VOID = frozenset({"meta", "br", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.urls: list[str] = []
        self.ids: set[str] = set()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.urls += [v for k, v in a.items() if k in ("src", "href") and v]
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if a.get("data-target"):
            self.targets.append(str(a["data-target"]))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def check(page: str) -> _Checker:
    c = _Checker()
    c.feed(page)
    c.close()
    return c


def test_page_is_well_formed_self_contained_and_links_every_fact() -> None:
    art = factkit.extract(SEED)
    c = check(render_html(art))
    assert c.errors == []
    assert c.stack == []
    assert c.urls == []  # no network resources, no links out
    n_facts = len(art.statements) + len(art.incidents) + len(art.dialogues)
    assert len(c.targets) == n_facts + len(art.entities)
    assert set(c.targets) <= c.ids  # every fact jumps to an anchor in the text


def test_article_text_is_escaped_and_kept() -> None:
    text = (
        'Attack <script>alert("x")</script> & co\n\nMilitants attacked a post in Bannu, "we" said.'
    )
    page = render_html(factkit.extract(text))
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
    visible = regex.sub(r"<[^>]+>", "", page.split('<div id="text">')[1].split("</div>")[0])
    import html

    assert html.unescape(visible) == text


def test_render_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "page.html"
    assert main(["render", str(SEEDS / "003_5c91bc419b3e8041.txt"), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    art_json = tmp_path / "a.json"
    art_json.write_text(factkit.extract(SEED).model_dump_json(), encoding="utf-8")
    assert main(["render", str(art_json)]) == 0
    assert "strategic level defence dialogue" in capsys.readouterr().out
    assert main(["render", str(tmp_path / "missing.txt")]) == 1


def _browser() -> tuple[str, str] | None:
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (chrome, driver) if chrome and driver else None


def test_in_a_real_browser(tmp_path: Path) -> None:
    found = _browser()
    if found is None:
        if os.environ.get("FACTKIT_REQUIRE_BROWSER"):
            pytest.fail("chromium and chromedriver are required (FACTKIT_REQUIRE_BROWSER)")
        pytest.skip("chromium/chromedriver not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    art = factkit.extract(SEED)
    page = tmp_path / "page.html"
    page.write_text(render_html(art), encoding="utf-8")
    opts = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,700"):
        opts.add_argument(arg)
    opts.binary_location = found[0]
    drv = webdriver.Chrome(service=Service(found[1]), options=opts)
    try:
        drv.get(page.as_uri())
        assert len(drv.find_elements(By.CSS_SELECTOR, "#text span.stmt")) >= len(art.statements)
        assert drv.find_elements(By.CSS_SELECTOR, "#text span.dlg")
        assert drv.find_elements(By.CSS_SELECTOR, "#text span.ent")
        assert drv.find_elements(By.CSS_SELECTOR, "#text span.date")
        assert drv.find_elements(By.CSS_SELECTOR, "span.active") == []
        # the last statement is far down the text: clicking it must scroll there
        item = drv.find_elements(By.CSS_SELECTOR, "li.fact.stmt")[-1]
        target = item.get_attribute("data-target")
        drv.execute_script("document.getElementById('text').scrollTop = 0")
        item.click()
        assert drv.execute_script("return document.body.dataset.selected") == target
        active = drv.find_elements(By.CSS_SELECTOR, "span.active")
        assert active
        assert all(target in (a.get_attribute("data-k") or "").split() for a in active)
        top = drv.execute_script(
            "var r=document.getElementById(arguments[0]).getBoundingClientRect();"
            "var t=document.getElementById('text').getBoundingClientRect();"
            "return [r.top-t.top, t.height];",
            target,
        )
        assert 0 <= top[0] <= top[1]  # the span is inside the visible text pane
        out = Path(os.environ.get("FACTKIT_ARTIFACTS", ROOT / "test-artifacts"))
        out.mkdir(parents=True, exist_ok=True)
        assert drv.save_screenshot(str(out / "render.png"))
    finally:
        drv.quit()
