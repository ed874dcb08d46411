"""Document control in the built site: every guide under it shows its reference, version and dates on its web page,
its large-print page and its kiosk page, and its web page's "What changed" list is folded away until opened; the
leaflet register is a spreadsheet beside the health report with a row for each guide."""

import csv
import re

import pytest
from selenium.webdriver.common.by import By

from conftest import site_dir


def guides():
    root = site_dir() / "guides"
    found = sorted(p.relative_to(site_dir()).as_posix() for p in root.rglob("index.html")) if root.is_dir() else []
    return found or [pytest.param(None, id="no-guides")]


def reference_of(page: str) -> str | None:
    match = re.search(r'class="document-control__line">[^<]*<span dir="ltr">([^<]+)</span>', page)
    return match.group(1) if match else None


@pytest.mark.parametrize("guide", guides())
def test_each_format_of_a_guide_shows_its_reference(guide):
    assert guide is not None, "no guides in the built site"
    page = (site_dir() / guide).read_text(encoding="utf-8")
    reference = reference_of(page)
    assert reference, f"{guide} shows no reference (every bundled guide is under document control)"
    large_print = site_dir() / guide.replace("guides/", "large-print/", 1)
    assert reference in large_print.read_text(encoding="utf-8"), f"{large_print} lacks {reference}"
    kiosk = site_dir() / "kiosk" / guide
    assert reference in kiosk.read_text(encoding="utf-8"), f"{kiosk} lacks {reference}"


def test_what_changed_is_folded_until_opened(browser, site_server):
    browser.set_window_size(1280, 900)
    browser.get(f"{site_server}/guides/concerns/making-a-complaint/")
    block = browser.find_element(By.CSS_SELECTOR, ".document-control")
    assert re.search(r"Reference PALS-\d{3} · Version \d+ · Published \d", block.text), block.text
    changes = block.find_element(By.CSS_SELECTOR, "details")
    assert changes.get_attribute("open") is None
    item = changes.find_element(By.CSS_SELECTOR, "li")
    assert not item.is_displayed()
    changes.find_element(By.TAG_NAME, "summary").click()
    assert item.is_displayed() and item.text.startswith("Version ")


def test_the_register_lists_every_guide():
    register = site_dir() / "_report/register.csv"
    rows = list(csv.DictReader(register.open(encoding="utf-8", newline="")))
    pages = {row["page"].split("/", 3)[-1] for row in rows}
    for guide in guides():
        assert guide.removesuffix("index.html") in pages, f"the register lacks {guide}"
    references = [row["reference"] for row in rows if row["reference"]]
    assert len(references) == len(set(references)), "a reference is in the register twice"
    assert all(row["version"] and row["approved_by"] and row["approved_on"] for row in rows if row["reference"])
