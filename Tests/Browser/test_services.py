"""The directory's machine-readable outputs in the built site: schema.org JSON-LD on every service
page, and the Open Referral UK and spreadsheet exports."""

import csv
import json
import re
import uuid

import pytest

from conftest import REPO_ROOT, site_dir

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def service_pages():
    root = site_dir() / "services"
    pages = sorted(p for p in root.glob("*/index.html") if p.parent.name != "category") if root.is_dir() else []
    return pages or [pytest.param(None, id="no-services")]


@pytest.mark.parametrize("page", service_pages(), ids=lambda p: p.parent.name if p else "none")
def test_every_service_page_has_valid_json_ld(page):
    if page is None:
        pytest.fail(f"no service pages under {site_dir()}/services: build the bundled site first", pytrace=False)
    found = LD_JSON.findall(page.read_text(encoding="utf-8"))
    assert len(found) == 1, "one JSON-LD block a service page"
    data = json.loads(found[0])
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalClinic"
    assert data["parentOrganization"]["@type"] == "Hospital"
    assert data["name"] and data["url"].endswith(f"/services/{page.parent.name}/")
    for spec in data.get("openingHoursSpecification", []):
        assert spec["@type"] == "OpeningHoursSpecification"
        assert re.fullmatch(r"\d\d:\d\d", spec["opens"]) and re.fullmatch(r"\d\d:\d\d", spec["closes"])
        assert all(d.startswith("https://schema.org/") for d in spec["dayOfWeek"])
    for language in data.get("availableLanguage", []):
        assert language["@type"] == "Language" and language["name"]


def test_exports_list_every_published_service():
    root = site_dir()
    pages = {p.parent.name for p in (root / "services").glob("*/index.html") if p.parent.name != "category"}
    records = json.loads((root / "services.json").read_text(encoding="utf-8"))
    # Open Referral UK ids are UUIDs, version 5, of the site's address and the service's page.
    base = re.search(r"^base_url: (\S+)", (REPO_ROOT / "Content/site.yaml").read_text(encoding="utf-8"), re.M).group(1)
    assert {r["id"] for r in records} == {str(uuid.uuid5(uuid.NAMESPACE_URL, f"{base}services/{p}/")) for p in pages}
    for record in records:
        assert record["status"] in {"active", "temporarily closed"}
        for schedule in record.get("schedules", []):
            if "byday" in schedule:
                assert schedule["freq"] == "WEEKLY"
                assert set(schedule["byday"].split(",")) <= {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
    with open(root / "services.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {row["id"] for row in rows} == pages
    pals = next(row for row in rows if row["id"] == "pals")
    assert pals["hours"] == "Open Monday to Friday, 9am to 5pm. Closed on Saturday and Sunday."
    assert pals["languages"] == "Polish; Urdu; Bengali; Somali"
