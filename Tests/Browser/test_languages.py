"""Pages in the site's other languages in headless Chromium: on pages written right to left (Urdu, Arabic), every
phone number, text number and Relay UK number is laid out with its digits left to right and in order, measured
from the rendered position of each digit; and each page names its language and direction."""

import re

import pytest

from conftest import page_url, require_page, site_pages

RIGHT_TO_LEFT = ("ur/", "ar/", "kiosk/ur/", "kiosk/ar/")
RTL_PAGES = [p for p in site_pages() if p.startswith(RIGHT_TO_LEFT)] or [pytest.param(None, id="no-rtl-pages")]

# Each digit of each run of digit groups ("020 7946 0000") inside an element with dir="ltr", with where it is drawn.
DIGITS = r"""
const runs = [];
for (const el of document.querySelectorAll('[dir="ltr"]')) {
  if (!/\d+[ \u00a0]\d+/.test(el.textContent)) continue;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const digits = [];
  let node;
  while ((node = walker.nextNode())) {
    for (let i = 0; i < node.length; i++) {
      if (!/\d/.test(node.data[i])) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getBoundingClientRect();
      if (r.width > 0) digits.push([node.data[i], r.left, r.top]);
    }
  }
  runs.push({text: el.textContent.trim(), digits: digits});
}
return {dir: document.documentElement.dir, lang: document.documentElement.lang, runs: runs,
        footer: !!document.querySelector('footer [dir="ltr"], .leaflet__footer [dir="ltr"], .kiosk-card__shown')};
"""


def out_of_order(digits):
    """The first pair of digits on the same line where the later one is drawn to the left of the earlier."""
    for (a, ax, ay), (b, bx, by) in zip(digits, digits[1:]):
        if abs(ay - by) < 2 and bx < ax:
            return f"{a} is drawn at x={ax:.0f} but the {b} after it at x={bx:.0f}"
    return None


@pytest.mark.parametrize("page", RTL_PAGES)
def test_numbers_read_left_to_right_in_right_to_left_pages(browser, site_server, page):
    require_page(page)
    browser.set_window_size(1280, 900)
    browser.get(page_url(site_server, page))
    found = browser.execute_script(DIGITS)
    code = page.split("/")[1] if page.startswith("kiosk/") else page.split("/")[0]
    assert found["lang"] == code and found["dir"] == "rtl", f"{page}: <html lang={found['lang']!r} dir={found['dir']!r}>"
    problems = []
    for run in found["runs"]:
        written = re.sub(r"\D", "", run["text"])
        drawn = "".join(d[0] for d in sorted(run["digits"], key=lambda d: (round(d[2]), d[1])))
        if drawn != written:
            problems.append(f"{run['text']!r} is drawn as {drawn!r}")
        elif (problem := out_of_order(run["digits"])) is not None:
            problems.append(f"{run['text']!r}: {problem}")
    assert not problems, f"{page}:\n  " + "\n  ".join(problems)
    if not page.startswith("kiosk/") and page.endswith("index.html") and "/a-to-z/" not in page:
        # Every page of the website shows PALS's phone number in its footer.
        assert found["runs"], f"{page}: no phone number marked left to right"
