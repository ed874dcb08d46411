"""The foyer kiosk (Site/kiosk/) on its own screen size, 1080 by 1920 CSS pixels, in headless Chromium:
axe-core with the AAA rules (contrast 7:1) on every kiosk page, touch targets, text size, no sideways
scrolling, QR codes that read as their labels say, no link out of the kiosk; the kiosk opened from file:// with the network off; and the idle
time-out of a kiosk built with a short time."""

import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO_ROOT, chromium, site_dir
from test_accessibility import RUN_AXE, axe_source, describe

WIDTH, HEIGHT = 1080, 1920
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
MIN_TARGET = 64  # CSS px each way; WCAG asks 44, a foyer asks more
MIN_GAP = 8  # CSS px between two targets
MIN_BODY_TEXT = 24  # CSS px


def kiosk_dir() -> Path:
    return site_dir() / "kiosk"


def kiosk_pages() -> list[str]:
    root = kiosk_dir()
    if not root.is_dir():
        return []
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))


PAGES = kiosk_pages() or [pytest.param(None, id="no-kiosk")]


def fit_viewport(driver):
    """Makes the page itself (the viewport) 1080 by 1920, whatever the window's own size."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})


@pytest.fixture
def kiosk_screen(browser):
    """The shared browser as the kiosk's screen, given back at its own size afterwards."""
    fit_viewport(browser)
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def open_kiosk_page(browser, server, page):
    if page is None:
        pytest.fail(f"no kiosk pages in {kiosk_dir()}: build the site first", pytrace=False)
    browser.get(f"{server}/kiosk/{page}")
    inner = browser.execute_script("return [window.innerWidth, window.innerHeight]")
    if inner != [WIDTH, HEIGHT]:
        pytest.fail(f"{page}: the viewport is {inner[0]}x{inner[1]}px, wanted {WIDTH}x{HEIGHT}px", pytrace=False)


@pytest.mark.parametrize("page", PAGES)
def test_kiosk_axe_with_aaa_contrast(kiosk_screen, site_server, page):
    browser = kiosk_screen
    open_kiosk_page(browser, site_server, page)
    browser.execute_script(axe_source())
    result = browser.execute_async_script(RUN_AXE, AXE_TAGS)
    if "error" in result:
        pytest.fail(f"axe.run failed on {page}: {result['error']}", pytrace=False)
    if result["violations"]:
        pytest.fail(describe(f"kiosk/{page}", WIDTH, result["violations"]), pytrace=False)


MEASURE_TARGETS = """
const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [role=button], [tabindex]')]
  .filter(e => { const s = getComputedStyle(e); return s.display !== 'none' && s.visibility !== 'hidden' && e.getClientRects().length; });
return targets.map(e => { const r = e.getBoundingClientRect();
  return {html: e.outerHTML.slice(0, 160), left: r.left, top: r.top + scrollY, right: r.right, bottom: r.bottom + scrollY,
          width: r.width, height: r.height}; });
"""


@pytest.mark.parametrize("page", PAGES)
def test_kiosk_touch_targets_are_large_and_apart(kiosk_screen, site_server, page):
    browser = kiosk_screen
    open_kiosk_page(browser, site_server, page)
    targets = browser.execute_script(MEASURE_TARGETS)
    assert targets, f"kiosk/{page} has no controls at all"
    small = [t for t in targets if t["width"] < MIN_TARGET or t["height"] < MIN_TARGET]
    close = []
    for i, a in enumerate(targets):
        for b in targets[i + 1:]:
            gap_x = max(b["left"] - a["right"], a["left"] - b["right"])
            gap_y = max(b["top"] - a["bottom"], a["top"] - b["bottom"])
            if max(gap_x, gap_y) < MIN_GAP:
                close.append((a["html"], b["html"], max(gap_x, gap_y)))
    problems = [f"  {t['width']:.0f}x{t['height']:.0f}px: {t['html']}" for t in small]
    problems += [f"  {gap:.0f}px apart: {a}  and  {b}" for a, b, gap in close]
    if problems:
        pytest.fail(
            f"kiosk/{page}: controls must be at least {MIN_TARGET}x{MIN_TARGET}px and {MIN_GAP}px apart:\n"
            + "\n".join(problems),
            pytrace=False,
        )


SMALL_TEXT = """
const small = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  if (!node.textContent.trim()) continue;
  const e = node.parentElement;
  if (e.closest('.visually-hidden, dialog:not([open]), svg, script')) continue;
  const size = parseFloat(getComputedStyle(e).fontSize);
  if (size < arguments[0]) small.push(size + 'px: ' + e.outerHTML.slice(0, 120));
}
return small;
"""


@pytest.mark.parametrize("page", PAGES)
def test_kiosk_text_is_at_least_24px(kiosk_screen, site_server, page):
    browser = kiosk_screen
    open_kiosk_page(browser, site_server, page)
    small = browser.execute_script(SMALL_TEXT, MIN_BODY_TEXT)
    if small:
        pytest.fail(f"kiosk/{page}: text under {MIN_BODY_TEXT}px:\n  " + "\n  ".join(small[:20]), pytrace=False)


MIN_QR = 76  # CSS px: 2 cm at the CSS reference of 96 px an inch


def qr_label_address(label: str, lang: str):
    """The address a QR code's label names, by `qr_label_kiosk` of its language's strings file ("QR code for
    {address}", "{address} کے لیے QR کوڈ"); None when the label is not in that form."""
    code = "en" if lang.startswith("en") else lang
    path = REPO_ROOT / "Templates" / "strings" / f"{code}.yaml"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("qr_label_kiosk:"):
            before, after = line.split(":", 1)[1].strip().strip('"').split("{address}")
            if label.startswith(before) and label.endswith(after) and len(label) > len(before) + len(after):
                return label[len(before): len(label) - len(after)]
            return None
    raise AssertionError(f"{path} has no qr_label_kiosk")


@pytest.mark.parametrize("page", PAGES)
def test_kiosk_qr_codes_are_at_least_2cm_and_labelled(kiosk_screen, site_server, page):
    browser = kiosk_screen
    open_kiosk_page(browser, site_server, page)
    codes = browser.execute_script(
        "return [...document.querySelectorAll('svg.qr-code')].map(s => { const r = s.getBoundingClientRect();"
        " return [r.width, r.height, s.getAttribute('role'), s.getAttribute('aria-label') || '']; })")
    lang = browser.execute_script("return document.documentElement.lang")
    bad = [c for c in codes if c[0] < MIN_QR or c[1] < MIN_QR or c[2] != "img" or qr_label_address(c[3], lang) is None]
    assert not bad, f"kiosk/{page}: QR codes must be at least {MIN_QR}px across and labelled: {bad}"


@pytest.mark.parametrize("page", PAGES)
def test_kiosk_qr_codes_read_as_what_they_say(kiosk_screen, site_server, page, tmp_path):
    """Each code, as the screen shows it, decodes (zbarimg) to the address or number its label names."""
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: install zbar-tools (scripts/setup test)", pytrace=False)
    browser = kiosk_screen
    open_kiosk_page(browser, site_server, page)
    lang = browser.execute_script("return document.documentElement.lang")
    wrong = []
    for index, code in enumerate(browser.find_elements(By.CSS_SELECTOR, "svg.qr-code")):
        wanted = qr_label_address(code.get_attribute("aria-label"), lang)
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", code)
        image = tmp_path / f"code-{index}.png"
        image.write_bytes(code.screenshot_as_png)
        read = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True).stdout.split()
        if read != [wanted]:
            wrong.append(f"{wanted} read as {read}")
    assert not wrong, f"kiosk/{page}: QR codes that do not read as their label says:\n  " + "\n  ".join(wrong)


@pytest.mark.parametrize("page", PAGES)
def test_kiosk_does_not_scroll_sideways(kiosk_screen, site_server, page):
    browser = kiosk_screen
    open_kiosk_page(browser, site_server, page)
    for size in ("1", "3"):
        browser.execute_script(
            "document.documentElement.setAttribute('data-text-size', arguments[0])", size)
        scroll = browser.execute_script("return document.documentElement.scrollWidth")
        assert scroll <= WIDTH, f"kiosk/{page} at text size {size} is {scroll}px wide on a {WIDTH}px screen"


@pytest.mark.parametrize("page", PAGES)
def test_kiosk_links_stay_in_the_kiosk_and_name_their_file(kiosk_screen, site_server, page):
    browser = kiosk_screen
    open_kiosk_page(browser, site_server, page)
    hrefs = browser.execute_script(
        "return [...document.querySelectorAll('a, area')].map(a => [a.getAttribute('href'), a.href])")
    root = kiosk_dir().resolve()
    base = f"{site_server}/kiosk/"
    bad = []
    for written, resolved in hrefs:
        if written is None:
            bad.append("a link with no href")
            continue
        if not resolved.startswith(base):
            bad.append(f"{written}: leaves the kiosk ({resolved})")
            continue
        path = unquote(urlsplit(resolved).path)[len("/kiosk/"):]
        if not written.startswith("#") and (path == "" or path.endswith("/")):
            bad.append(f"{written}: names a folder, which does not open from file://")
            continue
        target = (root / path).resolve()
        if not target.is_file() or not target.is_relative_to(root):
            bad.append(f"{written}: {target} is not a file of the kiosk")
    if bad:
        pytest.fail(f"kiosk/{page}:\n  " + "\n  ".join(bad), pytrace=False)


# ---- A browser of its own, for file:// with the network off and for the idle time-out ----------------


def kiosk_browser(log_network=False):
    # No host resolves at all: the kiosk runs from its folder.
    driver = chromium(
        "--host-resolver-rules=MAP * ~NOTFOUND", f"--window-size={WIDTH},{HEIGHT}",
        capabilities={"goog:loggingPrefs": {"performance": "ALL"}} if log_network else None)
    driver.set_page_load_timeout(30)
    driver.get("about:blank")
    fit_viewport(driver)
    return driver


def network_events(driver):
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        yield message["method"], message.get("params", {})


def test_kiosk_runs_from_file_with_the_network_off():
    root = kiosk_dir()
    if not (root / "index.html").is_file():
        pytest.fail(f"no kiosk in {root}: build the site first", pytrace=False)
    driver = kiosk_browser(log_network=True)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        start = (root / "index.html").resolve().as_uri()
        to_visit, seen, failures, requested = [start], set(), [], {}
        while to_visit:
            url = to_visit.pop()
            if url in seen:
                continue
            seen.add(url)
            driver.get(url)
            # Pictures below the fold are lazy: load every one now, so each is requested and checked.
            driver.execute_async_script("""
                const done = arguments[arguments.length - 1];
                const images = [...document.images];
                images.forEach(i => { i.loading = 'eager'; });
                Promise.all(images.map(i => i.decode().catch(() => null))).then(() => done());
            """)
            for method, params in network_events(driver):
                if method == "Network.requestWillBeSent":
                    requested[params["requestId"]] = params["request"]["url"]
                    if not params["request"]["url"].startswith("file://"):
                        failures.append(f"{url}: asked another host for {params['request']['url']}")
                elif method == "Network.loadingFailed":
                    failures.append(f"{url}: {requested.get(params['requestId'], '?')} failed: {params.get('errorText')}")
            styled = driver.execute_script(
                "return getComputedStyle(document.body).fontSize === '24px' && !!document.querySelector('main h1')")
            if not styled:
                failures.append(f"{url}: the page did not load with its stylesheet")
            broken = driver.execute_script(
                "return [...document.images].filter(i => !i.complete || !i.naturalWidth).map(i => i.src)")
            failures += [f"{url}: picture did not load: {src}" for src in broken]
            for href in driver.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.href)"):
                page = href.split("#")[0]
                if page.endswith(".html") and page not in seen:
                    to_visit.append(page)
        visited = {unquote(urlsplit(u).path) for u in seen}
        missing = [p for p in kiosk_pages() if str((root / p).resolve()) not in visited]
        assert not failures, "\n".join(failures)
        assert not missing, f"pages no link leads to: {missing}"
    finally:
        driver.quit()


IDLE_SECONDS = 10
WARNING_SECONDS = 20


@pytest.fixture(scope="module")
def short_idle_kiosk(tmp_path_factory):
    """The bundled content built alone into a kiosk whose idle time is short (signpost build --only kiosk)."""
    signpost = REPO_ROOT / os.environ.get("SIGNPOST_BIN", ".build/debug/signpost")
    if not signpost.is_file():
        pytest.fail(f"{signpost} does not exist: build signpost first", pytrace=False)
    folder = tmp_path_factory.mktemp("idle")
    content = folder / "Content"
    shutil.copytree(REPO_ROOT / "Content", content)
    config = (content / "site.yaml").read_text(encoding="utf-8")
    assert "  idle_seconds: 120" in config and "  warning_seconds: 30" in config
    config = config.replace("  idle_seconds: 120", f"  idle_seconds: {IDLE_SECONDS}")
    config = config.replace("  warning_seconds: 30", f"  warning_seconds: {WARNING_SECONDS}")
    (content / "site.yaml").write_text(config, encoding="utf-8")
    run = subprocess.run(
        [str(signpost), "build", "--only", "kiosk", "--content", str(content),
         "--templates", str(REPO_ROOT / "Templates"), "--output", str(folder / "Site")],
        capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert sorted(p.name for p in (folder / "Site").iterdir()) == ["kiosk"], "--only kiosk wrote more than the kiosk"
    return folder / "Site" / "kiosk"


def test_idle_warning_keeps_the_page_or_starts_again(short_idle_kiosk):
    driver = kiosk_browser()
    try:
        start = (short_idle_kiosk / "index.html").resolve().as_uri()
        guide = (short_idle_kiosk / "guides/concerns/making-a-complaint/index.html").resolve().as_uri()
        driver.get(start)
        driver.find_element(By.CSS_SELECTOR, "a.kiosk-tile[href$='concerns-and-complaints/index.html']").click()
        driver.get(guide)
        driver.find_element(By.CSS_SELECTOR, "[data-kiosk-size='3']").click()
        assert driver.execute_script("return getComputedStyle(document.body).fontSize") == "32px"
        driver.execute_script("window.scrollTo(0, 600)")
        time.sleep(1)

        dialog_open = "return document.getElementById('kiosk-idle').open"
        began = time.monotonic()
        WebDriverWait(driver, IDLE_SECONDS + 5, poll_frequency=0.2).until(lambda d: d.execute_script(dialog_open))
        assert time.monotonic() - began >= IDLE_SECONDS - 2, "the warning came before the idle time"
        focused = driver.execute_script("return document.activeElement.id")
        assert focused == "kiosk-idle-stay", f"the warning did not take focus (focus on #{focused})"
        dialog = driver.find_element(By.ID, "kiosk-idle")
        assert "Are you still there?" in dialog.text and "Yes, keep going" in dialog.text
        assert driver.execute_script(
            "const d = document.getElementById('kiosk-idle');"
            "return d.getAttribute('aria-labelledby') && document.getElementById(d.getAttribute('aria-labelledby')).textContent")
        count = int(driver.find_element(By.ID, "kiosk-idle-count").text)
        assert count >= WARNING_SECONDS - 2

        driver.find_element(By.ID, "kiosk-idle-stay").click()
        assert not driver.execute_script(dialog_open)
        assert driver.current_url == guide, "Yes, keep going left the page"
        assert driver.execute_script("return getComputedStyle(document.body).fontSize") == "32px"

        WebDriverWait(driver, IDLE_SECONDS + 5, poll_frequency=0.2).until(lambda d: d.execute_script(dialog_open))
        WebDriverWait(driver, WARNING_SECONDS + 5, poll_frequency=0.5).until(lambda d: d.current_url == start)
        assert driver.execute_script("return document.documentElement.getAttribute('data-text-size')") == "1"
        assert driver.execute_script("return getComputedStyle(document.body).fontSize") == "24px"
        assert driver.execute_script("return window.scrollY") == 0
        trail = driver.execute_script("return JSON.parse(sessionStorage.getItem('signpost-kiosk-trail'))")
        assert trail == [start], f"the kiosk remembered the last person's pages: {trail}"
        assert not driver.execute_script(dialog_open)
    finally:
        driver.quit()


def test_back_returns_to_the_page_seen_before(short_idle_kiosk):
    driver = kiosk_browser()
    try:
        driver.get((short_idle_kiosk / "index.html").resolve().as_uri())
        driver.find_element(By.CSS_SELECTOR, "a.kiosk-tile[href$='a-to-z/index.html']").click()
        a_to_z = driver.current_url
        driver.find_element(By.CSS_SELECTOR, "a.kiosk-tile[href*='medical-examiner']").click()
        assert driver.current_url.endswith("guides/bereavement/medical-examiner/index.html")
        driver.find_element(By.CSS_SELECTOR, "[data-kiosk-back]").click()
        assert driver.current_url == a_to_z, "Back did not go to the page seen before"
        driver.find_element(By.CSS_SELECTOR, "[data-kiosk-restart]").click()
        assert driver.current_url.endswith("/kiosk/index.html")
    finally:
        driver.quit()


def test_the_time_out_returns_a_kiosk_in_another_language_to_english(short_idle_kiosk):
    driver = kiosk_browser()
    try:
        english = (short_idle_kiosk / "index.html").resolve().as_uri()
        polish = (short_idle_kiosk / "pl/index.html").resolve().as_uri()
        driver.get(english)
        # The start page offers every language by its own name; the Polish kiosk is in Polish.
        driver.find_element(By.CSS_SELECTOR, "a.kiosk-tile--language[lang='pl']").click()
        assert driver.current_url == polish
        assert driver.execute_script("return document.documentElement.lang") == "pl"
        driver.find_element(By.CSS_SELECTOR, "a.kiosk-tile[href$='interpreting-and-translation/index.html']").click()
        assert "/pl/guides/access/interpreting-and-translation/" in driver.current_url
        WebDriverWait(driver, IDLE_SECONDS + WARNING_SECONDS + 10, poll_frequency=0.5).until(
            lambda d: d.current_url == english)
        assert driver.execute_script("return document.documentElement.lang") == "en-GB"
    finally:
        driver.quit()
