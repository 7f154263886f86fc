"""The workbench in a real headless Chromium (Selenium): article view, claim chain, events.

One browser session for the module; screenshots go to a temporary folder (set
``NEWSGRAPH_SCREENSHOTS=DIR`` to keep them).  Skipped when Chromium or its driver is absent.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_corpus import build_db, running_server

pytestmark = pytest.mark.browser
pytest.importorskip("flask")
webdriver = pytest.importorskip("selenium.webdriver")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    keep = os.environ.get("NEWSGRAPH_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = build_db(tmp_path_factory.mktemp("browser") / "corpus.db")
    with running_server(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        pytest.skip("headless Chromium / chromedriver not installed")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                "--window-size=1400,1000"):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(DRIVER), options=opts)
    drv.implicitly_wait(2)
    try:
        yield drv
    finally:
        drv.quit()


def _by() -> Any:
    from selenium.webdriver.common.by import By

    return By


def test_article_view_claim_chain_and_hover(browser: Any, base: str, shots: Path) -> None:
    by = _by()
    browser.get(base + "/articles/art-chain")
    kinds = [b.get_attribute("data-kind") for b in
             browser.find_elements(by.CSS_SELECTOR, "#text .block.noncontent")]
    assert kinds == ["caption", "related", "appeal"]
    person = browser.find_element(by.CSS_SELECTOR, "#text .ent-PERSON")
    assert person.value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "")

    chain = browser.find_element(by.ID, "chain-c2")
    assert not chain.is_displayed()  # hidden until the claim is selected
    browser.find_element(by.CSS_SELECTOR, '#text [data-claim="c2"]').click()
    card = browser.find_element(by.ID, "claim-card-c2")
    assert "open" in card.get_attribute("class")
    assert chain.is_displayed()
    labels = [t.text for t in chain.find_elements(by.CSS_SELECTOR, ".chain-node text")]
    assert labels[0::2] == ["Testpost", "Yonhap", "National Intelligence Service"]
    assert labels[1::2] == ["publisher", "reported", "alleged"]
    selected = browser.find_elements(by.CSS_SELECTOR, "#text .claim.selected")
    assert selected and all(s.get_attribute("data-claim") == "c2" for s in selected)
    browser.save_screenshot(str(shots / "article-claim.png"))

    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    ActionChains(browser).move_to_element(person).perform()
    tip = browser.find_element(by.ID, "tip")
    WebDriverWait(browser, 5).until(lambda _: tip.is_displayed())
    assert "PERSON · Kim Jong-un" in tip.text

    browser.find_element(by.CSS_SELECTOR, '[data-goto-event="v2"]').click()
    trigger = browser.find_element(by.CSS_SELECTOR, '#text .trigger[data-event="v2"]')
    assert "current" in trigger.get_attribute("class") and trigger.text == "trafen"
    assert "current" in browser.find_element(by.ID, "ev-v2").get_attribute("class")
    assert (shots / "article-claim.png").stat().st_size > 10_000


def test_events_filter_and_sort(browser: Any, base: str, shots: Path) -> None:
    by = _by()
    browser.get(base + "/events")
    rows = browser.find_elements(by.CSS_SELECTOR, "#events-table tbody tr")
    assert len(rows) > 5
    form = browser.find_element(by.ID, "event-filters")
    form.find_element(by.NAME, "actor").send_keys("north korea")
    from selenium.webdriver.support.ui import WebDriverWait

    form.find_element(by.CSS_SELECTOR, "button[type=submit]").click()
    # wait for the new page, not the one being left (stale rows on a loaded machine)
    WebDriverWait(browser, 20).until(lambda d: "actor=north+korea" in d.current_url)
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return document.readyState") == "complete")
    rows = browser.find_elements(by.CSS_SELECTOR, "#events-table tbody tr")
    assert sorted(r.get_attribute("data-type") for r in rows) == ["AID", "MOBILIZE",
                                                                  "MOBILIZE"]
    assert "actor=north+korea" in browser.current_url
    browser.find_element(by.CSS_SELECTOR, 'th a[data-sort="confidence"]').click()
    WebDriverWait(browser, 20).until(lambda d: "sort=confidence" in d.current_url)
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return document.readyState") == "complete")
    confs = [float(td.text) for td in
             browser.find_elements(by.CSS_SELECTOR, "#events-table tbody td.conf")]
    assert confs == sorted(confs, reverse=True) and len(confs) == 3
    bars = browser.find_elements(by.CSS_SELECTOR, "#timeline svg rect.bar")
    # 2024-06-20: MOBILIZE + AID stacked, 2024-06-22: MOBILIZE
    assert sorted(b.get_attribute("textContent") for b in bars) == [
        "2024-06-20 · AID: 1", "2024-06-20 · MOBILIZE: 1", "2024-06-22 · MOBILIZE: 1"]
    browser.save_screenshot(str(shots / "events.png"))


def test_map_and_network_draw(browser: Any, base: str, shots: Path) -> None:
    by = _by()
    browser.get(base + "/map")
    assert len(browser.find_elements(by.CSS_SELECTOR, "#map path.country")) > 150
    assert len(browser.find_elements(by.CSS_SELECTOR, "#map circle.place")) == 6
    browser.save_screenshot(str(shots / "map.png"))
    browser.get(base + "/network")
    assert len(browser.find_elements(by.CSS_SELECTOR, "#network path.edge")) == 5
    browser.save_screenshot(str(shots / "network.png"))
