"""The built site served by nginx with the shipped docs/nginx/signpost.conf: the very file, with only its `listen`
and `root` lines changed, in a throwaway nginx run as the current user (its pid, logs and temp files in a temp
folder). Over HTTP: every file of the site answers 200 with its type, UTF-8, the security headers and its cache
rule; a missing page is the site's 404 page in its language, with the 404 status; text is compressed; a folder
without its slash is redirected; the Open Referral UK API addresses answer. In one Chromium: every page, by the
address a visitor uses, loads with nothing blocked by the Content-Security-Policy and no error in the console, and
the "open now" status, the search and the header's search box work. A page with an inline script, an inline style
and an event handler, served by the same file, shows that both ways of catching a violation do catch one.

Skipped only when nginx is not installed (scripts/setup test installs it)."""

import calendar
import gzip
import html
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.parse
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import LOCAL_ONLY, REPO_ROOT, chromium, page_url, require_page, site_dir, site_pages
from test_open_now import CASES as OPEN_NOW_CASES
from test_open_now import FIXED_DATE, require_service

NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
if NGINX is None:
    pytest.skip("nginx is not installed: scripts/setup test installs it", allow_module_level=True)

SHIPPED = REPO_ROOT / "docs" / "nginx" / "signpost.conf"

# What each kind of file of the site must be sent as. A file of another kind fails the test: add its type to the
# `types` block of docs/nginx/signpost.conf and here.
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".brf": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".pdf": "application/pdf",
}
COMPRESSED = [".html", ".css", ".js", ".json", ".csv", ".xml", ".svg", ".brf"]
# Files kept for an hour, then revalidated; every other answer is "no-cache" (ask every time).
CACHED = re.compile(r"^/(?:kiosk/)?(?:assets|images)/")

# Installed before any script of each page runs (DevTools' scripts are not under the page's CSP): it keeps every
# Content-Security-Policy violation the page reports.
RECORD_VIOLATIONS = """
window.__signpostViolations = [];
document.addEventListener('securitypolicyviolation', e => window.__signpostViolations.push(
  `${e.violatedDirective} blocked ${e.blockedURI || '?'} at ${e.sourceFile || '?'}:${e.lineNumber}`));
"""
VIOLATIONS = "return window.__signpostViolations || ['the violation listener was not installed']"

# A page that breaks the policy four ways, to show that the checks below see it.
CANARY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>canary</title><link rel="icon" href="data:,">
<style>body { color: red; }</style>
<script>document.title = "the inline script ran";</script>
</head><body><p style="color: blue">Inline style</p><button onclick="alert(1)">Inline handler</button></body></html>
"""


# ---- nginx --------------------------------------------------------------------------------------------------


def shipped_server(listen: str, root: Path) -> str:
    """docs/nginx/signpost.conf with its one `listen` and one `root` line changed, and nothing else."""
    text = SHIPPED.read_text(encoding="utf-8")
    assert '"' not in str(root), root
    text, listens = re.subn(r"(?m)^(\s*)listen\s+[^;]+;", lambda m: f"{m[1]}listen {listen};", text)
    text, roots = re.subn(r"(?m)^(\s*)root\s+[^;]+;", lambda m: f'{m[1]}root "{root}";', text)
    assert (listens, roots) == (1, 1), (
        f"{SHIPPED.relative_to(REPO_ROOT)} should have one `listen` and one `root` line (it has {listens} and {roots}), "
        "so that the test can point it at the site")
    return text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def nginx_conf(folder: Path) -> str:
    """The main configuration: everything in `folder`, nginx's http { } around the shipped file, as Debian's has."""
    user = "user root;\n" if os.geteuid() == 0 else ""  # else the worker is `nobody`, who may not read the site
    temp = "\n".join(f"    {name}_temp_path {folder / name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""{user}worker_processes 1;
daemon off;
pid {folder / 'nginx.pid'};
error_log {folder / 'error.log'} warn;
events {{ worker_connections 256; }}
http {{
    access_log {folder / 'access.log'};
{temp}
    include {folder / 'signpost.conf'};
}}
"""


@contextmanager
def nginx_serving(root: Path, folder: Path):
    """Runs nginx on a free port of 127.0.0.1, serving `root` with the shipped file; yields its origin."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "nginx.conf"
    conf.write_text(nginx_conf(folder), encoding="utf-8")
    command = [NGINX, "-p", str(folder), "-c", str(conf), "-e", str(folder / "error.log")]
    for attempt in range(3):
        port = free_port()
        (folder / "signpost.conf").write_text(shipped_server(f"127.0.0.1:{port}", root), encoding="utf-8")
        check = subprocess.run(command + ["-t"], capture_output=True, text=True)
        if check.returncode != 0 or re.search(r"\[(warn|emerg|alert|crit)\]", check.stderr):
            pytest.fail(f"nginx -t finds fault with the shipped configuration:\n{check.stderr}", pytrace=False)
        with open(folder / "stderr.log", "w") as stderr:
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        ready, deadline = False, time.monotonic() + 10
        while not ready and process.poll() is None and time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                ready = True
            except OSError:
                time.sleep(0.02)
        if ready:
            break
        if process.poll() is None:
            process.kill()
            process.wait()
        log = (folder / "stderr.log").read_text(errors="replace") + (folder / "error.log").read_text(errors="replace")
        if "Address already in use" not in log or attempt == 2:
            pytest.fail(f"nginx did not start on port {port}:\n{log}", pytrace=False)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def nginx(tmp_path_factory):
    root = site_dir()
    if not (root / "index.html").is_file():
        pytest.fail(f"no site in {root}: build it first, e.g. `.build/debug/signpost build --output .build/test-site`",
                    pytrace=False)
    with nginx_serving(root, tmp_path_factory.mktemp("nginx")) as origin:
        yield origin


@pytest.fixture(scope="module")
def canary(tmp_path_factory):
    """The shipped file serving a folder with one page that breaks the Content-Security-Policy."""
    root = tmp_path_factory.mktemp("canary-site")
    (root / "index.html").write_text(CANARY, encoding="utf-8")
    with nginx_serving(root, tmp_path_factory.mktemp("canary-nginx")) as origin:
        yield origin


class Client:
    """GETs over one kept-alive connection (a new one when nginx closes it)."""

    def __init__(self, origin):
        self.host = urllib.parse.urlsplit(origin).netloc
        self.connection = http.client.HTTPConnection(self.host, timeout=10)

    def get(self, path, headers=None):
        for attempt in (1, 2):
            try:
                self.connection.request("GET", urllib.parse.quote(path, safe="/?=&%"), headers=headers or {})
                response = self.connection.getresponse()
                return response, response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.connection.close()
                if attempt == 2:
                    raise


@pytest.fixture(scope="module")
def client(nginx):
    c = Client(nginx)
    yield c
    c.connection.close()


def site_files():
    root = site_dir()
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def url_path(file):
    """The address of a site file: its folder for an index.html."""
    return page_url("", file)


# ---- The headers -------------------------------------------------------------------------------------------


def policy(header):
    """A Content-Security-Policy as {directive: [sources]}."""
    directives = {}
    for part in (header or "").split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = words[1:]
    return directives


def header_problems(path, response):
    """What is wrong with the headers every answer must have."""
    h = response.headers
    problems = []
    csp = policy(h.get("Content-Security-Policy"))
    if not csp:
        problems.append("no Content-Security-Policy")
    else:
        scripts = csp.get("script-src", csp.get("default-src"))
        if scripts != ["'self'"]:
            problems.append(f"script-src is {scripts}, not 'self' alone")
        for name, wanted in (("default-src", ["'self'"]), ("object-src", ["'none'"]), ("frame-ancestors", ["'none'"])):
            if csp.get(name) != wanted:
                problems.append(f"{name} is {csp.get(name)}, not {wanted}")
        for name in ("base-uri", "form-action"):
            if name not in csp:
                problems.append(f"no {name}")
        # No page has an inline style, so none may use one.
        if csp.get("style-src") != ["'self'"]:
            problems.append(f"style-src is {csp.get('style-src')}, not 'self' alone")
        if any("unsafe-eval" in s or "*" in s for sources in csp.values() for s in sources):
            problems.append("the policy allows eval or any host")
    expected = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
    }
    for name, value in expected.items():
        if h.get(name) != value:
            problems.append(f"{name} is {h.get(name)!r}, not {value!r}")
    if not h.get("Permissions-Policy"):
        problems.append("no Permissions-Policy")
    if h.get("Server", "nginx") != "nginx":
        problems.append(f"Server tells its version: {h.get('Server')}")
    cache = h.get("Cache-Control")
    if response.status in (200, 304) and CACHED.match(path):
        if cache != "public, max-age=3600" or not h.get("ETag"):
            problems.append(f"Cache-Control is {cache!r} (ETag {h.get('ETag')!r}), not an hour then revalidated")
    elif cache != "no-cache":
        problems.append(f"Cache-Control is {cache!r}, not 'no-cache'")
    return problems


def test_every_file_answers_200_with_its_type_and_the_headers(client):
    files = site_files()
    assert files, f"no files in {site_dir()}"
    failures = []
    for file in files:
        suffix = Path(file).suffix.lower()
        if suffix not in TYPES:
            failures.append(f"{file}: a {suffix or 'suffix-less'} file, which docs/nginx/signpost.conf gives no type")
            continue
        path = url_path(file)
        response, body = client.get(path)
        problems = header_problems(path, response)
        if response.status != 200:
            problems.insert(0, f"status {response.status}")
        if response.headers.get("Content-Type") != TYPES[suffix]:
            problems.append(f"Content-Type is {response.headers.get('Content-Type')!r}, not {TYPES[suffix]!r}")
        if response.status == 200 and body != (site_dir() / file).read_bytes():
            problems.append("the body is not the file")
        if suffix == ".brf" and response.headers.get("Content-Disposition") != "attachment":
            problems.append("a braille file is not sent as a download (Content-Disposition: attachment)")
        if suffix != ".brf" and response.headers.get("Content-Disposition"):
            problems.append(f"Content-Disposition {response.headers.get('Content-Disposition')!r}")
        if problems:
            failures.append(f"{path}: " + "; ".join(problems))
    assert not failures, f"{len(failures)} of {len(files)} files:\n" + "\n".join(failures[:50])


def languages():
    """The folders with a 404 page of their own: each language's."""
    return sorted(p.parent.name for p in site_dir().glob("*/404.html"))


def missing_addresses():
    """(an address that is not on the site, the 404 page it must answer with)."""
    cases = [
        ("/no-such-page/", "404.html"),
        ("/guides/concerns/no-such-guide/", "404.html"),
        ("/assets/no-such-file.css", "404.html"),
        ("/braille/", "404.html"),  # a folder with no page: not "403 Forbidden"
        ("/zz/no-such-page/", "404.html"),  # shaped like a language the site does not have
        ("/zz/404.html", "404.html"),
        ("/.git/config", "404.html"),
    ]
    for code in languages():
        cases += [(f"/{code}/no-such-page/", f"{code}/404.html"), (f"/{code}/guides/no-such-guide/", f"{code}/404.html")]
    return cases


def test_a_missing_address_is_the_404_page_in_its_language(client):
    failures = []
    for path, page in missing_addresses():
        response, body = client.get(path)
        problems = header_problems(path, response)
        if response.status != 404:
            problems.insert(0, f"status {response.status}")
        if body != (site_dir() / page).read_bytes():
            problems.append(f"the body is not {page}")
        if response.headers.get("Content-Type") != "text/html; charset=utf-8":
            problems.append(f"Content-Type {response.headers.get('Content-Type')!r}")
        if problems:
            failures.append(f"{path}: " + "; ".join(problems))
    assert not failures, "\n".join(failures)


def test_a_folder_without_its_slash_is_redirected_to_it(client):
    cases = [
        ("/guides/concerns/making-a-complaint", "/guides/concerns/making-a-complaint/"),
        ("/search?q=parking", "/search/?q=parking"),
    ]
    cases += [(f"/{code}", f"/{code}/") for code in languages()[:1]]
    for path, location in cases:
        response, _ = client.get(path)
        assert (response.status, response.headers.get("Location")) == (301, location), path
        assert not header_problems(path, response), (path, header_problems(path, response))


def test_text_is_compressed(client):
    root = site_dir()
    for suffix in COMPRESSED:
        file = max((p for p in root.rglob(f"*{suffix}") if p.is_file()), key=lambda p: p.stat().st_size, default=None)
        if file is None:
            continue
        path = url_path(file.relative_to(root).as_posix())
        response, body = client.get(path, {"Accept-Encoding": "gzip"})
        assert response.status == 200, path
        assert response.headers.get("Content-Encoding") == "gzip", f"{path} is not compressed"
        assert "Accept-Encoding" in response.headers.get("Vary", ""), path
        assert gzip.decompress(body) == file.read_bytes(), path


def test_files_are_revalidated_by_etag(client):
    for path in ["/assets/signpost.css", "/assets/search.js", "/", "/services/pals/"]:
        response, _ = client.get(path)
        etag = response.headers.get("ETag")
        assert response.status == 200 and etag, path
        again, body = client.get(path, {"If-None-Match": etag})
        assert (again.status, body) == (304, b""), path
        assert not header_problems(path, again), (path, header_problems(path, again))


def test_the_open_referral_api_addresses_answer_with_the_files(client):
    folder = site_dir() / "openreferral" / "services"
    first = (folder / "index.json").read_bytes()
    pages = json.loads(first)["total_pages"]
    for path in ["/openreferral/services", "/openreferral/services?page=1"]:
        response, body = client.get(path)
        assert (response.status, response.headers.get("Content-Type"), body) == (200, TYPES[".json"], first), path
    for page in range(2, pages + 1):
        response, body = client.get(f"/openreferral/services?page={page}")
        assert (response.status, body) == (200, (folder / f"page-{page}.json").read_bytes()), page
    response, _ = client.get(f"/openreferral/services?page={pages + 1}")
    assert response.status == 404
    one = next(p for p in folder.glob("*.json") if re.fullmatch(r"[0-9a-f-]{36}", p.stem))
    response, body = client.get(f"/openreferral/services/{one.stem}")
    assert (response.status, response.headers.get("Content-Type"), body) == (200, TYPES[".json"], one.read_bytes())
    response, _ = client.get("/openreferral/services/00000000-0000-0000-0000-000000000000")
    assert response.status == 404


# ---- In Chromium ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def driver():
    """One headless Chromium for the module, keeping the console's messages."""
    d = chromium(LOCAL_ONLY, capabilities={"goog:loggingPrefs": {"browser": "ALL"}})
    d.set_page_load_timeout(30)
    d.set_script_timeout(30)
    d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_VIOLATIONS})
    yield d
    d.quit()


def console_problems(driver, expected=()):
    """The console's errors since the last call, and any message about a policy header, but the expected ones."""
    problems = []
    for entry in driver.get_log("browser"):
        message = entry["message"]
        if any(e in message for e in expected):
            continue
        if entry["level"] == "SEVERE" or re.search(r"Content.Security.Policy|Permissions.Policy", message):
            problems.append(f"console {entry['level']}: {message}")
    return problems


def load(driver, url, expected=()):
    """Opens `url` and says what went wrong: console errors and Content-Security-Policy violations."""
    driver.get(url)
    return console_problems(driver, expected) + [f"CSP violation: {v}" for v in driver.execute_script(VIOLATIONS)]


def test_a_csp_violation_is_caught_both_ways(driver, canary):
    """The canary page breaks the shipped policy four ways: each is blocked, logged in the console and reported."""
    driver.get(canary + "/")
    assert driver.title == "canary", "the inline script ran"
    logged = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    reported = driver.execute_script(VIOLATIONS)
    for kind in ("inline style", "inline script", "inline event handler"):
        assert any(kind in m and "Content Security Policy" in m for m in logged), (kind, logged)
    for directive in ("style-src-elem", "script-src-elem", "style-src-attr", "script-src-attr"):
        assert any(v.startswith(directive) for v in reported), (directive, reported)


def test_every_page_loads_without_errors_or_csp_violations(driver, nginx):
    pages = site_pages()
    require_page(pages[0] if pages else None)
    failures = []
    start = time.monotonic()
    for page in pages:
        problems = load(driver, page_url(nginx, page))
        if problems:
            failures.append(f"{page}:\n    " + "\n    ".join(problems))
    time.sleep(0.5)  # anything a page's script logs late is still caught
    late = console_problems(driver)
    if late:
        failures.append(f"after the last page ({pages[-1]}):\n    " + "\n    ".join(late))
    elapsed = time.monotonic() - start
    print(f"\n{len(pages)} pages through nginx in {elapsed:.1f}s")
    assert not failures, f"{len(failures)} of {len(pages)} pages:\n" + "\n".join(failures)


def test_a_missing_page_shows_the_404_page_without_errors(driver, nginx):
    for code in ["", *languages()]:
        url = f"{nginx}{'/' + code if code else ''}/no-such-page/"
        # The page's own 404 status is the one error the console may show.
        problems = load(driver, url, expected=[f"{url} - Failed to load resource: the server responded with a status of 404"])
        assert not problems, (url, problems)
        page = (site_dir() / (f"{code}/404.html" if code else "404.html")).read_text(encoding="utf-8")
        title = html.unescape(re.search(r"<title>(.*?)</title>", page, re.S)[1])
        assert driver.execute_script("return document.querySelector('title').textContent") == title, url
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == re.search(r'<html lang="([^"]+)"', page)[1]
        # Its stylesheet, from /assets/, applies.
        assert driver.execute_script("return [...document.styleSheets].every(s => s.cssRules.length > 0)"), url


def test_open_now_works_through_nginx(driver, nginx):
    page, utc, expected = OPEN_NOW_CASES[0]  # PALS on a Wednesday morning: "Open now, closes at 5pm"
    require_service(page)
    millis = calendar.timegm(datetime.fromisoformat(utc).timetuple()) * 1000
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIXED_DATE % millis})
    try:
        problems = load(driver, f"{nginx}/services/{page}/")
        status = driver.find_element(By.CSS_SELECTOR, "[data-open-now]")
        assert status.is_displayed() and status.text == expected, status.text
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
    assert not problems, problems


def test_search_works_through_nginx(driver, nginx):
    problems = load(driver, f"{nginx}/search/?q=complain")
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li a")[:3]]
    assert f"{nginx}/guides/concerns/making-a-complaint/" in hrefs, hrefs
    # The header's search box: the form goes to /search/ (form-action 'self').
    problems += load(driver, f"{nginx}/guides/concerns/raising-a-concern/")
    form = driver.find_element(By.CSS_SELECTOR, "header form[role=search]")
    form.find_element(By.CSS_SELECTOR, "input[name=q]").send_keys("advocacy")
    form.submit()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
    assert driver.current_url == f"{nginx}/search/?q=advocacy"
    problems += console_problems(driver) + [f"CSP violation: {v}" for v in driver.execute_script(VIOLATIONS)]
    assert not problems, problems
