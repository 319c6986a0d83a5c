"""Headless Debian Chromium driven by Selenium, opening the shipped verify.html from a file:// URL offline.

Networking is cut three ways: DevTools network emulation "offline", a host resolver that resolves nothing,
and the page's own Content-Security-Policy. Every request the page makes is read back from the browser's
performance log, and tests assert there is none but the page itself.

Needs Debian's ``chromium`` and ``chromium-driver`` (a driver that downloads its own browser does not work
here). Without them these tests skip, unless CUSTODY_REQUIRE_BROWSER=1 (CI) makes that a failure.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from custody.paths import resource

PAGE = resource("verifier", "verify.html")
TIMEOUT = 60


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class Outcome:
    status: str  # VERIFIED, INTACT BUT UNTRUSTED or FAILED (the page's data-status)
    verdict: str  # the verdict as shown, in the page's language
    codes: list[str]  # failure codes, in the order shown
    reasons: list[str]  # failure texts as shown
    items: dict[str, list[int]] = field(default_factory=dict)  # item id -> seqs of its proven history
    #: item id -> (origin of the ledger that proves it, seq) of each line, for a history across stations
    history: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    segments: list[int | None] = field(default_factory=list)  # per reason: the other station's segment it is in
    seqs: list[int | None] = field(default_factory=list)  # per reason: the entry it names


class VerifierPage:
    def __init__(self, driver) -> None:
        self.driver = driver
        self.url = PAGE.resolve().as_uri()

    def open(self, lang: str = "en") -> None:
        from selenium.webdriver.support.ui import Select

        self.driver.get(self.url)
        Select(self.driver.find_element("id", "lang")).select_by_value(lang)

    def _wait_done(self, count: int) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            done = self.driver.execute_script(
                "const r = document.getElementById('results');"
                "return r.dataset.done ? r.querySelectorAll('.result').length : -1;")
            if done == count:
                return
            time.sleep(0.05)
        raise AssertionError(f"the page did not finish checking {count} file(s) within {TIMEOUT} s")

    def type_keys(self, keys: Sequence[str]) -> None:
        box = self.driver.find_element("id", "key")
        box.clear()
        if keys:
            box.send_keys("\n".join(keys))

    def check(self, pdfs: Sequence[Path], keys: Sequence[str] = (), lang: str = "en") -> list[Outcome]:
        """Open the page, type the trusted keys, choose the PDFs and read the results."""
        self.open(lang)
        self.type_keys(keys)
        self.driver.find_element("id", "file").send_keys("\n".join(str(p) for p in pdfs))
        self._wait_done(len(pdfs))
        return self.read()

    def drop(self, name: str, data: bytes, keys: Sequence[str] = ()) -> Outcome:
        """Drop a file on the drop zone, as a person dragging it from a folder would."""
        self.open()
        self.type_keys(keys)
        self.driver.execute_script(
            "const bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));"
            "const dt = new DataTransfer();"
            "dt.items.add(new File([bytes], arguments[0], {type: 'application/pdf'}));"
            "const zone = document.getElementById('drop');"
            "for (const type of ['dragenter', 'dragover', 'drop'])"
            "  zone.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));",
            name, base64.b64encode(data).decode())
        self._wait_done(1)
        return self.read()[0]

    def read(self) -> list[Outcome]:
        data = self.driver.execute_script("""
            return [...document.querySelectorAll('#results .result')].map(s => ({
              status: s.dataset.status,
              verdict: s.querySelector('.verdict').textContent,
              codes: [...s.querySelectorAll('.reasons li[data-code]')].map(li => li.dataset.code),
              reasons: [...s.querySelectorAll('.reasons li')].map(li => li.textContent),
              items: Object.fromEntries([...s.querySelectorAll('h3[data-item]')].map(h => [h.dataset.item,
                [...h.nextElementSibling.querySelectorAll('tbody tr')].map(tr => Number(tr.dataset.seq))])),
              history: Object.fromEntries([...s.querySelectorAll('h3[data-item]')].map(h => [h.dataset.item,
                [...h.nextElementSibling.querySelectorAll('tbody tr[data-origin]')].map(
                  tr => [tr.dataset.origin, Number(tr.dataset.seq)])]).filter(([, rows]) => rows.length)),
              segments: [...s.querySelectorAll('.reasons li[data-code]')].map(
                li => li.dataset.segment ? Number(li.dataset.segment) : null),
              seqs: [...s.querySelectorAll('.reasons li[data-code]')].map(
                li => li.dataset.seq ? Number(li.dataset.seq) : null),
            }));""")
        out = [Outcome(**d) for d in data]
        for o in out:
            o.history = {item: [(origin, seq) for origin, seq in rows] for item, rows in o.history.items()}
        return out

    def key_matches(self) -> dict[str, str]:
        """Each key the reader gave -> the station codes whose ledger it opened (space-separated), as shown."""
        return self.driver.execute_script(
            "return Object.fromEntries([...document.querySelectorAll('#results .key-match')].map("
            "d => [d.querySelector('bdi').textContent, d.dataset.matched]));")

    def screenshot(self, path: Path) -> None:
        """The whole page, however long, as a PNG (for looking at it)."""
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(1366, max(768, min(int(height) + 40, 8000)))
        try:
            self.driver.save_screenshot(str(path))
        finally:
            self.driver.set_window_size(1366, 768)

    def text(self, selector: str) -> str:
        """The rendered text of the first element matching a CSS selector, read in one step inside the page (an
        element handle can go stale when the page redraws its results, e.g. after the signature check ends)."""
        return self.driver.execute_script(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;", selector) or ""

    def requests(self) -> list[str]:
        """URLs of every request the page made since the last call (from the performance log)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VerifierPage]:
    chromium = _find("chromium", "chromium-browser")
    driver_path = _find("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        webdriver = None
    if not (chromium and driver_path and webdriver):
        message = "needs Debian's chromium and chromium-driver, and selenium (the test extra)"
        if os.environ.get("CUSTODY_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    profile = tmp_path_factory.mktemp("chromium-profile")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--no-proxy-server", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                "--lang=en-US", f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=opts)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        yield VerifierPage(driver)
    finally:
        driver.quit()


@pytest.fixture
def page(browser: VerifierPage) -> Iterator[VerifierPage]:
    """The page; after the test, asserts that it requested nothing but itself."""
    browser.requests()  # drain what earlier tests left
    yield browser
    others = [u for u in browser.requests() if u != browser.url]
    assert others == [], f"the verifier page made network requests: {others}"
