"""The directory as other organisations read it: every service of the test build's `services.json`, and of the
valid fixture site's expected output, validates against the official Open Referral UK 3.0 schema
(`../shared/data/open-referral-uk/service.json`, beside the repository)."""

import json
import os
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SCHEMA = ROOT.parent / "shared/data/open-referral-uk/service.json"
SITE = Path(os.environ.get("SIGNPOST_SITE", ROOT / ".build/test-site"))
EXPORTS = {
    "bundled": SITE / "services.json",
    "fixture": ROOT / "Tests/SiteTests/Fixtures/valid/Site/services.json",
}


@pytest.fixture(scope="module")
def validator():
    if not SCHEMA.exists():
        pytest.fail(f"the Open Referral UK schema is missing: {SCHEMA}", pytrace=False)
    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_exported_service_is_valid_open_referral_uk(validator, name):
    records = json.loads(EXPORTS[name].read_text())
    assert records, f"{name}: services.json has no services"
    problems = [
        f"{record.get('id')}: {'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for record in records
        for error in validator.iter_errors(record)
    ]
    assert not problems, f"{name}: {len(problems)} schema errors:\n  " + "\n  ".join(problems[:20])


def test_addresses_carry_their_postcode_and_region():
    for record in json.loads(EXPORTS["bundled"].read_text()):
        for place in record.get("service_at_locations", []):
            for address in place["location"].get("addresses", []):
                assert address["postal_code"].startswith("ZZ"), record["id"]
                assert address["state_province"] == "Greater London", record["id"]


def test_markup_never_reaches_the_export_unescaped():
    text = EXPORTS["bundled"].read_text()
    assert "<" not in text and ">" not in text and "&" not in text.replace("\\u0026", "")
