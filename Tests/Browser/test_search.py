"""The search, in headless Chromium over the built site: queries as patients type them find the guide or service
they need in the first three results, over HTTP and opened from the disk (file://); the words are read exactly as
Signpost's index reads them (Tests/SearchTests/Fixtures/terms.json); a Polish page searches the Polish pages and
marks the English ones; the kiosk's on-screen keyboard types a query and its results are large buttons; and axe-core
finds nothing on the search page with results showing, at 1280 and 320 px wide."""

import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO_ROOT, site_dir
from test_accessibility import RUN_AXE, axe_source, describe

# (what a patient types, a page that must be in the first three results)
QUERIES = [
    ("complain", "guides/concerns/making-a-complaint/"),
    ("complaint", "guides/concerns/making-a-complaint/"),
    ("how do i complain about a nurse", "guides/concerns/making-a-complaint/"),
    ("death certificate", "guides/bereavement/when-someone-dies/"),
    ("someone died", "guides/bereavement/when-someone-dies/"),
    ("interpreter", "guides/access/interpreting-and-translation/"),
    ("interpreter polish", "guides/access/interpreting-and-translation/"),
    ("braille", "guides/access/other-formats/"),
    ("large print", "guides/access/other-formats/"),
    ("parking", "services/travel-and-parking/"),
    ("bsl", "guides/access/interpreting-and-translation/"),
    ("advocacy", "guides/concerns/complaints-advocacy/"),
    ("medical examiner", "guides/bereavement/medical-examiner/"),
    ("health records", "guides/rights/health-records/"),
    ("visiting times", "guides/care/visiting-and-carers/"),
    ("martha", "guides/care/worried-patient-getting-worse/"),
    ("chaplain", "services/chaplaincy/"),
    ("pharm", "services/pharmacy/"),  # a prefix of the word
    ("COMPLAINTS", "guides/concerns/making-a-complaint/"),  # case is ignored
    ("a&e", "services/emergency-department/"),  # "A&E" is one word
]
NO_RESULTS = "xylophone zebra"

SEARCH = """
const [query, limit, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const wait = () => window.signpostSearch && window.signpostSearch.search
  ? window.signpostSearch.search(query, limit).then(r => done(r), e => done({error: String(e)}))
  : setTimeout(wait, 20);
wait();
"""


def search(browser, query, limit=3):
    result = browser.execute_async_script(SEARCH, query, limit)
    assert "error" not in result, result
    # Every result comes back, best first; what they show is loaded for the first `limit`.
    return result["results"][:limit]


@pytest.fixture(scope="module")
def english_search(browser, site_server):
    browser.get(f"{site_server}/search/")
    return browser


@pytest.mark.parametrize("query,expected", QUERIES, ids=[q for q, _ in QUERIES])
def test_a_query_finds_its_page_in_the_first_three(english_search, query, expected):
    found = [r["path"] for r in search(english_search, query)]
    assert expected in found, f"{query!r}: the first three were {found}"


def test_a_query_with_no_results_says_so_and_offers_the_a_to_z(browser, site_server):
    browser.get(f"{site_server}/search/?q=" + NO_RESULTS.replace(" ", "+"))
    status = browser.find_element(By.ID, "search-status")
    WebDriverWait(browser, 10).until(lambda d: NO_RESULTS in status.text)
    none = browser.find_element(By.ID, "search-none")
    assert none.is_displayed()
    assert none.find_element(By.CSS_SELECTOR, "a[href='#a-to-z']")
    assert not browser.find_element(By.ID, "search-results").is_displayed()


def test_the_page_shows_results_as_links_with_summaries_and_announces_how_many(browser, site_server):
    browser.get(f"{site_server}/search/?q=complaint")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    status = browser.find_element(By.ID, "search-status")
    assert status.get_attribute("role") == "status"
    count = len(browser.find_elements(By.CSS_SELECTOR, "#search-results > li"))
    assert status.text.endswith(str(count)) or count == 10, status.text
    first = browser.find_element(By.CSS_SELECTOR, "#search-results > li")
    assert first.find_element(By.TAG_NAME, "a").get_attribute("href").endswith("/guides/concerns/making-a-complaint/")
    assert first.find_element(By.CSS_SELECTOR, ".search-result__summary").text


def test_the_header_box_of_every_page_leads_to_the_search(browser, site_server):
    browser.get(f"{site_server}/guides/concerns/raising-a-concern/")
    form = browser.find_element(By.CSS_SELECTOR, "header form[role=search]")
    box = form.find_element(By.CSS_SELECTOR, "input[name=q]")
    label = browser.find_element(By.CSS_SELECTOR, f"label[for='{box.get_attribute('id')}']")
    assert label.get_attribute("textContent").strip()
    box.send_keys("advocacy")
    form.submit()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    assert "/search/?q=advocacy" in browser.current_url


def test_without_javascript_the_page_lists_every_guide_and_service(site_server):
    html = (site_dir() / "search/index.html").read_text(encoding="utf-8")
    guides = sorted(p.parent.relative_to(site_dir()).as_posix() + "/" for p in (site_dir() / "guides").rglob("index.html"))
    services = [p for p in (site_dir() / "services").glob("*/index.html") if p.parent.name != "category"]
    for path in guides:
        assert f'href="/{path}"' in html, f"the A to Z lacks {path}"
    assert len(services) > 0
    for page in services:
        assert f'href="/services/{page.parent.name}/"' in html, f"the A to Z lacks the service {page.parent.name}"


def test_the_words_are_read_as_the_index_reads_them(english_search):
    cases = json.loads((REPO_ROOT / "Tests/SearchTests/Fixtures/terms.json").read_text(encoding="utf-8"))
    got = english_search.execute_script("return arguments[0].map(c => window.signpostSearch.terms(c.text))", cases)
    wrong = [f"{c['text']!r}: {g} (the index reads {c['terms']})" for c, g in zip(cases, got) if g != c["terms"]]
    assert not wrong, "\n".join(wrong)


def test_a_polish_page_searches_the_polish_pages_and_marks_the_english_ones(browser, site_server):
    browser.get(f"{site_server}/pl/search/")
    found = search(browser, "skarga", limit=5)
    assert found and found[0]["path"] == "pl/guides/concerns/making-a-complaint/", found
    assert not found[0]["inEnglish"]
    english = search(browser, "braille", limit=5)
    assert english and english[0]["inEnglish"], english
    browser.get(f"{site_server}/pl/search/?q=braille")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    link = browser.find_element(By.CSS_SELECTOR, "#search-results li a")
    assert link.get_attribute("hreflang") == "en"
    assert link.get_attribute("href").endswith("/guides/access/other-formats/")


def test_an_urdu_query_finds_the_urdu_page(browser, site_server):
    browser.get(f"{site_server}/ur/search/")
    found = search(browser, "شکایت", limit=3)
    assert "ur/guides/concerns/making-a-complaint/" in [r["path"] for r in found], found


def test_search_works_opened_from_the_disk(browser):
    page = (site_dir() / "search/index.html").resolve().as_uri()
    browser.get(page + "?q=interpreter")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    href = browser.find_element(By.CSS_SELECTOR, "#search-results li a").get_attribute("href")
    assert href.startswith("file://") and href.endswith("/guides/access/interpreting-and-translation/index.html"), href
    found = [r["path"] for r in search(browser, "death certificate")]
    assert "guides/bereavement/when-someone-dies/" in found


@pytest.mark.parametrize("width", [1280, 320])
def test_axe_finds_nothing_with_results_showing(browser, site_server, width):
    browser.set_window_size(width, 900)
    browser.get(f"{site_server}/search/?q=complaint")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    browser.execute_script(axe_source())
    result = browser.execute_async_script(RUN_AXE, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    assert "error" not in result, result
    serious = [v for v in result["violations"] if v["impact"] in ("moderate", "serious", "critical")]
    assert not serious, describe("search/?q=complaint", width, serious)
    browser.set_window_size(1280, 900)


def test_the_kiosk_keyboard_types_a_query_and_results_are_large_buttons(browser):
    browser.set_window_size(1080, 1920)
    browser.get((site_dir() / "kiosk/search/index.html").resolve().as_uri())
    keys = browser.find_elements(By.CSS_SELECTOR, "[data-key]")
    assert len(keys) >= 27
    for key in keys:
        size = key.size
        assert size["width"] >= 64 and size["height"] >= 64, f"key {key.text!r} is {size}"
    for letter in "complain":
        browser.find_element(By.CSS_SELECTOR, f"[data-key='{letter}']").click()
    box = browser.find_element(By.ID, "kiosk-search-query")
    assert box.get_attribute("value") == "complain"
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a"))
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results a")
    hrefs = [r.get_attribute("href") for r in results[:3]]
    assert any(h.endswith("/kiosk/guides/concerns/making-a-complaint/index.html") for h in hrefs), hrefs
    for result in results:
        assert result.size["height"] >= 64
    browser.find_element(By.CSS_SELECTOR, "[data-key-delete]").click()
    assert box.get_attribute("value") == "complai"
    browser.find_element(By.CSS_SELECTOR, "[data-key-clear]").click()
    assert box.get_attribute("value") == ""
    browser.set_window_size(1280, 900)


def test_the_kiosk_start_page_has_a_search_tile(browser):
    browser.get((site_dir() / "kiosk/index.html").resolve().as_uri())
    tile = browser.find_element(By.CSS_SELECTOR, "a.kiosk-tile--search")
    assert tile.get_attribute("href").endswith("/kiosk/search/index.html")
