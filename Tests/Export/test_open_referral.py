"""The directory as other organisations read it: every service of the test build's `services.json` and of its
Open Referral UK feed (`openreferral/services/`), and of the valid fixture site's expected output, validates against
the official Open Referral UK 3.0 schemas (`Tests/Export/open-referral-uk/`, kept here unchanged), ids included
(UUIDs, checked as formats)."""

import json
import os
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SCHEMA = ROOT / "Tests/Export/open-referral-uk/service.json"
LIST_SCHEMA = ROOT / "Tests/Export/open-referral-uk/service_list.json"
SITE = Path(os.environ.get("SIGNPOST_SITE", ROOT / ".build/test-site"))
EXPORTS = {
    "bundled": SITE / "services.json",
    "fixture": ROOT / "Tests/SiteTests/Fixtures/valid/Site/services.json",
}


@pytest.fixture(scope="module")
def validator():
    if not SCHEMA.exists():
        pytest.fail(f"the Open Referral UK schema is missing: {SCHEMA}", pytrace=False)
    return jsonschema.Draft202012Validator(
        json.loads(SCHEMA.read_text()), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def problems(validator, records):
    return [
        f"{record.get('id')}: {'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for record in records
        for error in validator.iter_errors(record)
    ]


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_exported_service_is_valid_open_referral_uk(validator, name):
    records = json.loads(EXPORTS[name].read_text())
    assert records, f"{name}: services.json has no services"
    found = problems(validator, records)
    assert not found, f"{name}: {len(found)} schema errors:\n  " + "\n  ".join(found[:20])


@pytest.mark.parametrize("site", [SITE, ROOT / "Tests/SiteTests/Fixtures/valid/Site"], ids=["bundled", "fixture"])
def test_the_feed_pages_the_list_and_gives_each_service_its_file(validator, site):
    list_validator = jsonschema.Draft202012Validator(
        json.loads(LIST_SCHEMA.read_text()), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    exported = {record["id"]: record for record in json.loads((site / "services.json").read_text())}
    feed = site / "openreferral/services"
    page = json.loads((feed / "index.json").read_text())
    assert page["total_items"] == len(exported)
    assert page["page_number"] == 1 and page["first_page"] and page["size"] == len(page["contents"]) <= 50
    assert page["total_pages"] == max(1, -(-len(exported) // 50)) and page["last_page"] == (page["total_pages"] == 1)
    assert not problems(list_validator, page["contents"]) and not problems(validator, page["contents"])
    for service_id, record in exported.items():
        single = json.loads((feed / f"{service_id}.json").read_text())
        assert single == record, service_id
    assert sorted(path.name for path in feed.glob("*-*-*-*-*.json")) == sorted(f"{i}.json" for i in exported)


def test_addresses_carry_their_postcode_and_region():
    for record in json.loads(EXPORTS["bundled"].read_text()):
        for place in record.get("service_at_locations", []):
            for address in place["location"].get("addresses", []):
                assert address["postal_code"].startswith("ZZ"), record["id"]
                assert address["state_province"] == "Greater London", record["id"]


def test_markup_never_reaches_the_export_unescaped():
    text = EXPORTS["bundled"].read_text()
    assert "<" not in text and ">" not in text and "&" not in text.replace("\\u0026", "")
