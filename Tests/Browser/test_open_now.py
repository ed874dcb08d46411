"""The live "Open now" status on service pages, at fixed clocks.

The browser's clock is fixed with a Date override injected before any script runs, and its time zone
is set to one far from London, so the script must work out London time itself (GMT or BST). The
expected words are the same as the Swift tests of OpenStatus expect for the same hours.
"""

import calendar
import re
from datetime import datetime

import pytest

from conftest import site_dir

FIXED_DATE = """
(() => {
  const fixed = %d;
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args) { if (args.length === 0) { super(fixed); } else { super(...args); } }
    static now() { return fixed; }
  }
  window.Date = FixedDate;
})();
"""

# (service page, UTC instant, what the page must say)
CASES = [
    ("pals", "2026-11-25T10:00", "Open now, closes at 5pm"),
    ("pals", "2026-11-24T07:00", "Closed now, opens at 9am today"),
    ("pals", "2026-11-27T18:00", "Closed now, opens at 9am on Monday"),
    # BST: 08:30 UTC is 09:30 in London, so PALS is open; 16:30 UTC is 17:30, so it has closed.
    ("pals", "2026-06-01T08:30", "Open now, closes at 5pm"),
    ("pals", "2026-06-01T16:30", "Closed now, opens at 9am tomorrow"),
    # Past midnight: Friday and Saturday until 2am the next day.
    ("late-pharmacy", "2026-11-27T20:00", "Open now, closes at 2am tomorrow"),
    ("late-pharmacy", "2026-11-28T01:00", "Open now, closes at 2am"),
    ("late-pharmacy", "2026-11-24T19:00", "Open now, closes at midnight"),
    ("late-pharmacy", "2026-11-29T03:00", "Closed now, opens at 1pm today"),
    # The clocks go forward at 01:00 UTC on 29 March 2026: 12:30 UTC is 13:30 BST, open.
    ("late-pharmacy", "2026-03-29T12:30", "Open now, closes at midnight"),
    ("late-pharmacy", "2026-03-29T11:30", "Closed now, opens at 1pm today"),
    # The clocks go back at 01:00 UTC on 25 October 2026: 01:30 GMT is still Saturday night's opening.
    ("late-pharmacy", "2026-10-25T00:30", "Open now, closes at 2am"),
    ("late-pharmacy", "2026-10-25T01:30", "Open now, closes at 2am"),
    ("late-pharmacy", "2026-10-25T02:30", "Closed now, opens at 1pm today"),
    ("chaplaincy", "2026-11-25T03:00", "Open now, 24 hours a day"),
]


def require_service(page):
    if not (site_dir() / "services" / page / "index.html").is_file():
        pytest.fail(f"the site has no services/{page}/ page: build the bundled site first", pytrace=False)


@pytest.fixture
def fixed_clock(browser):
    """Sets the browser's time zone to New York and its clock to a UTC instant; undone afterwards."""
    scripts = []

    def set_clock(utc):
        millis = calendar.timegm(datetime.fromisoformat(utc).timetuple()) * 1000
        browser.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": "America/New_York"})
        result = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIXED_DATE % millis})
        scripts.append(result["identifier"])

    yield set_clock
    for identifier in scripts:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": identifier})
    browser.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": ""})


@pytest.mark.parametrize("page,utc,expected", CASES, ids=[f"{p}-{t}" for p, t, _ in CASES])
def test_open_now_at_a_fixed_clock(browser, site_server, fixed_clock, page, utc, expected):
    require_service(page)
    fixed_clock(utc)
    browser.get(f"{site_server}/services/{page}/")
    assert browser.execute_script("return new Date().toISOString()").startswith(utc)
    status = browser.find_element("css selector", "[data-open-now]")
    assert status.is_displayed()
    assert status.text == expected


def test_the_hours_are_on_the_page_without_the_script(browser, site_server):
    require_service("pals")
    html = (site_dir() / "services" / "pals" / "index.html").read_text(encoding="utf-8")
    assert "Open Monday to Friday, 9am to 5pm." in html
    # The live status is empty and hidden until the script fills it in (its words wait in data- attributes).
    assert re.search(r'<p class="open-now" data-open-now hidden[^>]*></p>', html), "the live status is not empty and hidden"


def test_a_temporarily_closed_service_shows_no_live_status(browser, site_server):
    require_service("hearing-aid-repairs")
    browser.get(f"{site_server}/services/hearing-aid-repairs/")
    assert browser.find_elements("css selector", "[data-open-now]") == []
    assert "Temporarily closed" in browser.find_element("css selector", "main").text
