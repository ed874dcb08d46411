"""`signpost new site` from an empty folder, with no Templates/ anywhere: the starter site builds with no errors
and no warnings, and its pages pass axe-core (at 1280 and 320 CSS pixels) and the Nu HTML Checker. The site is
built a second time with a logo and the palest header colour that passes, so that axe checks the branded header."""

import functools
import http.server
import json
import os
import subprocess
import threading
from pathlib import Path

import pytest

from conftest import REPO_ROOT, page_url
from test_accessibility import AXE_TAGS, FAILING_IMPACTS, RUN_AXE, axe_source, describe
from test_html_valid import vnu_jar

SIGNPOST = Path(os.environ.get("SIGNPOST_BIN", REPO_ROOT / ".build/debug/signpost")).resolve()
DETAILS = [
    "--organisation", "Northshire Hospitals NHS Foundation Trust",
    "--base-url", "https://pals.northshire.nhs.uk/",
    "--phone", "01632 960000",
    "--email", "pals@northshire.nhs.uk",
]
# 4.5:1 against white, just: the colour `signpost build` suggests for #4c9be8.
BRANDING = """branding:
  logo: images/easy-read/hospital.svg
  logo_alt: Northshire Hospitals NHS Foundation Trust
  header_colour: "#3c7ab7"
"""


def signpost(*args, cwd):
    assert SIGNPOST.is_file(), f"{SIGNPOST} is missing: run `swift build` first"
    return subprocess.run([str(SIGNPOST), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def new_site(tmp_path_factory):
    """The starter site's folder, made and built with Signpost's own templates, then built again with branding."""
    root = tmp_path_factory.mktemp("new-site")
    made = signpost("new", "site", "northshire", *DETAILS, cwd=root)
    assert made.returncode == 0, made.stderr
    folder = root / "northshire"
    assert not (folder / "Templates").exists()
    plain = signpost("build", cwd=folder)
    assert plain.returncode == 0, plain.stderr
    assert plain.stderr == ""
    assert plain.stdout.rstrip().endswith(": 0 errors, 0 warnings."), plain.stdout
    checked = signpost("check", cwd=folder)
    assert checked.returncode == 0 and checked.stderr == "", checked.stderr
    settings = folder / "Content/site.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + BRANDING, encoding="utf-8")
    branded = signpost("build", cwd=folder)
    assert branded.returncode == 0 and branded.stderr == "", branded.stderr
    return folder / "Site"


@pytest.fixture(scope="module")
def new_site_server(new_site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(new_site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def pages_of(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_the_starter_site_has_every_part(new_site):
    pages = pages_of(new_site)
    for page in ["index.html", "404.html", "accessibility/index.html", "guides/pals/what-pals-does/index.html",
                 "services/pals/index.html", "kiosk/index.html", "search/index.html"]:
        assert page in pages
    assert (new_site / "assets/brand.css").read_text(encoding="utf-8").count("#3c7ab7") == 1
    assert 'class="site-header__logo"' in (new_site / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [1280, 320])
def test_axe_passes_on_every_page(browser, new_site, new_site_server, width):
    failures = []
    browser.set_window_size(width, 900)
    for page in pages_of(new_site):
        browser.get(page_url(new_site_server, page))
        browser.execute_script(axe_source())
        result = browser.execute_async_script(RUN_AXE, AXE_TAGS)
        assert "error" not in result, f"axe.run failed on {page}: {result.get('error')}"
        failing = [v for v in result["violations"] if v["impact"] in FAILING_IMPACTS]
        if failing:
            failures.append(describe(page, width, failing))
    assert not failures, "\n".join(failures)


def test_nu_html_checker_passes(new_site):
    files = pages_of(new_site) + sorted(p.relative_to(new_site).as_posix() for p in new_site.rglob("*.css"))
    run = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(vnu_jar()), "--format", "json", "--also-check-css", *files],
        cwd=new_site, capture_output=True, text=True, timeout=600,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [f"{m.get('url', '?')}:{m.get('lastLine', '?')}: {m['message']}" for m in messages
              if m["type"] in ("error", "non-document-error")]
    assert not errors, "\n".join(errors)
