"""Shared fixtures for the browser and HTML tests of a built Signpost site.

The site folder comes from SIGNPOST_SITE (absolute, or relative to the repository root; default
Site). `site_server` serves it at the URL root on 127.0.0.1 with a free port, `browser` is one
headless Chromium for the whole run, and `site_pages()` lists every .html page of the site.
"""

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

# Selenium must never look for drivers or browsers on the network.
os.environ["SE_OFFLINE"] = "true"

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def site_dir() -> Path:
    """The built site folder named by SIGNPOST_SITE."""
    return (REPO_ROOT / os.environ.get("SIGNPOST_SITE", "Site")).resolve()


def site_pages() -> list[str]:
    """Every .html file of the site (404.html included), as sorted paths relative to the site folder."""
    root = site_dir()
    if not root.is_dir():
        return []
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html") if p.is_file())


def page_params():
    """Pages to parametrize tests with; a placeholder that fails when there are none, so an
    empty or missing site never passes by running no test."""
    return site_pages() or [pytest.param(None, id="no-pages")]


def require_page(page):
    if page is None:
        pytest.fail(
            f"no .html pages in {site_dir()} (SIGNPOST_SITE={os.environ.get('SIGNPOST_SITE')!r}): "
            "build the site first, e.g. `.build/debug/signpost build --output .build/test-site`",
            pytrace=False,
        )


def page_url(base: str, page: str) -> str:
    """The URL a visitor would use: folders for index.html pages, the file name otherwise."""
    if page == "index.html":
        return base + "/"
    if page.endswith("/index.html"):
        return f"{base}/{page[: -len('index.html')]}"
    return f"{base}/{page}"


def pytest_report_header(config):
    return f"signpost site: {site_dir()} ({len(site_pages())} pages)"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def site_server():
    """Serves the site folder at http://127.0.0.1:PORT/ and yields that origin (no trailing slash)."""
    root = site_dir()
    if not root.is_dir():
        pytest.fail(f"site folder {root} does not exist: build the site first", pytrace=False)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# Headless, and quiet: nothing of Chromium's own reaches the network.
CHROMIUM_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
# Only the local test server resolves; any other host fails fast and offline.
LOCAL_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"


def chromium(*args: str, capabilities: dict | None = None):
    """A headless Chromium driven through Debian's chromedriver, with `args` after the common ones (the browser
    tests', the kiosk's own and the search benchmark's)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in CHROMIUM_ARGS + args:
        options.add_argument(arg)
    for name, value in (capabilities or {}).items():
        options.set_capability(name, value)
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session."""
    driver = chromium(LOCAL_ONLY)
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
