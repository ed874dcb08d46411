#!/usr/bin/env python3
"""Benchmarks/search-compare.py: Signpost's search against Pagefind's, query by query, in headless Chromium.

Usage (Benchmarks/search runs it; run with .venv/bin/python, which has Selenium):
    .venv/bin/python Benchmarks/search-compare.py --site Benchmarks/output/search-site-1000 \
        --pagefind Benchmarks/output/pagefind-1000 --queries Benchmarks/search-queries.txt \
        --out Benchmarks/search-comparison-1000.md [--stats stats.json] [--show 10] [--lang en-GB] [--no-gzip]

Serves the built site on 127.0.0.1 (http.server in a thread), with Pagefind's bundle (written to a folder of its
own) at /pagefind/. For each query, with Chromium's cache disabled (CDP Network.setCacheDisabled), so every
query starts from nothing, as a reader's first search does:

- Signpost: a fresh load of search/index.html, then `signpostSearch.search(query, show)`: its top 3 paths, its
  number of results and `ms` (the ranking, once the pieces are loaded); then the same query five times more on that
  page, for the ranking time once the script is warm (the median of the five);
- Pagefind: a fresh load of a blank page, then `import("/pagefind/pagefind.js")`, `pagefind.search(query)` and
  `data()` of its first `show` results: its top 3 URLs, number of results and its own `timings.search`.

Both load what a results page of `show` (10, as Signpost's search page shows) needs, so their bytes compare. One search
of each, not counted, comes first, so that the first query's figures do not include the browser's own start. The
pages are served cross-origin isolated (COOP and COEP headers), so that Chromium's performance.now() counts in 5 µs
steps rather than 100 µs.
The bytes a query downloaded are counted by the server: the bodies it sent, after gzip when the browser asks for
it and the file is text (as most hosts do; --no-gzip sends every file as it is). Pagefind's index files are
gzipped already and fetched by its web worker, which the page's Resource Timing does not see, so the server's
count is the one used for both. Signpost's count is what the search fetched under search/<lang>/ (its index) and
Pagefind's what it fetched under /pagefind/ but pagefind.js, pagefind-worker.js and its wasm (its index and
metadata); the code each loads is given once, under the table.

Prints a table and writes it as Markdown to --out: per query, the top 3 of each, whether the first results agree,
Signpost's ranking time and bytes and Pagefind's bytes; then the medians and 95th percentiles.
"""

import argparse
import functools
import gzip
import http.server
import json
import re
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

# The browser tests' Chromium (Tests/Browser/conftest.py: offline, only 127.0.0.1 resolves).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Tests" / "Browser"))
from conftest import LOCAL_ONLY, chromium  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

TEXT_TYPES = (".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".csv")
BLANK = "/__search-bench__/blank.html"
CODE = re.compile(r"^/pagefind/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]*\.pagefind)$")


# ==== The server ====================================================================================
class Server:
    """The site at /, Pagefind's bundle at /pagefind/, and a log of every response's path and body bytes."""

    def __init__(self, site: Path, pagefind: Path, gzip_text: bool):
        self.log = []
        self.lock = threading.Lock()
        self.gzip_cache = {}
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(site), **kwargs)

            def log_message(self, format, *args):
                pass

            def translate_path(self, path):
                clean = unquote(urlsplit(path).path)
                if clean == "/pagefind" or clean.startswith("/pagefind/"):
                    rest = clean[len("/pagefind"):].lstrip("/")
                    target = (pagefind / rest).resolve()
                    return str(target) if str(target).startswith(str(pagefind.resolve())) else str(pagefind / "missing")
                return super().translate_path(path)

            def do_GET(self):
                path = urlsplit(self.path).path
                if path == BLANK:
                    self.reply(200, "text/html; charset=utf-8", b"<!doctype html><html lang=en><title>bench</title><p>blank</p></html>")
                    return
                file = Path(self.translate_path(self.path))
                if file.is_dir():
                    if not path.endswith("/"):
                        self.send_response(301)
                        self.send_header("Location", path + "/")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    file = file / "index.html"
                if not file.is_file():
                    self.reply(404, "text/plain", b"not found")
                    return
                body = file.read_bytes()
                kind = self.guess_type(str(file))
                if kind in ("application/javascript", "text/javascript"):
                    kind = "text/javascript; charset=utf-8"
                elif kind.startswith("text/") and "charset" not in kind:
                    kind += "; charset=utf-8"
                encoding = None
                if outer.gzip and file.suffix in TEXT_TYPES and "gzip" in self.headers.get("Accept-Encoding", ""):
                    key = (str(file), file.stat().st_mtime_ns)
                    if key not in outer.gzip_cache:
                        outer.gzip_cache[key] = gzip.compress(body, compresslevel=6, mtime=0)
                    body, encoding = outer.gzip_cache[key], "gzip"
                self.reply(200, kind, body, encoding)

            def reply(self, code, kind, body, encoding=None):
                self.send_response(code)
                self.send_header("Content-Type", kind)
                if encoding:
                    self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                # Cross-origin isolated, so that performance.now() counts in 5 µs steps, not Chromium's 100 µs.
                self.send_header("Cross-Origin-Opener-Policy", "same-origin")
                self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
                self.end_headers()
                self.wfile.write(body)
                with outer.lock:
                    outer.log.append((urlsplit(self.path).path, len(body), code))

        self.gzip = gzip_text
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def mark(self):
        with self.lock:
            return len(self.log)

    def since(self, mark):
        with self.lock:
            return list(self.log[mark:])

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


# ==== The browser ===================================================================================
def browser():
    driver = chromium(LOCAL_ONLY)
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(120)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


SIGNPOST_JS = """
const [query, show, done] = arguments;
(async function () {
  const start = performance.now();
  const r = await window.signpostSearch.search(query, show);
  const wall = performance.now() - start;
  // The same query five times more on the same page, everything loaded: the ranking once the script is warm.
  const again = [];
  for (let i = 0; i < 5; i++) again.push((await window.signpostSearch.search(query, show)).ms);
  again.sort(function (a, b) { return a - b; });
  return { ok: true, ms: r.ms, warm: again[2], wall: wall, count: r.results.length,
           isolated: window.crossOriginIsolated === true,
           top: r.results.slice(0, 3).map(function (x) { return x.path === undefined ? null : x.path; }) };
})().then(done, function (e) { done({ ok: false, error: String(e && e.stack || e) }); });
"""

PAGEFIND_JS = """
const [query, show, done] = arguments;
(async function () {
  const start = performance.now();
  const pagefind = await import("/pagefind/pagefind.js");
  const r = await pagefind.search(query);
  const data = await Promise.all(r.results.slice(0, show).map(function (x) { return x.data(); }));
  const wall = performance.now() - start;
  const timings = Array.isArray(r.timings) ? r.timings[0] : r.timings;
  return { ok: true, wall: wall, count: r.results.length, search: timings ? timings.search : null,
           top: data.slice(0, 3).map(function (d) { return d.url; }) };
})().then(done, function (e) { done({ ok: false, error: String(e && e.stack || e) }); });
"""


def load(driver, url, ready):
    driver.get(url)
    WebDriverWait(driver, 60).until(lambda d: d.execute_script(ready))


def signpost_query(driver, server, query, show, lang):
    load(driver, server.origin + "/search/index.html", "return document.readyState === 'complete' && !!window.signpostSearch")
    mark = server.mark()
    r = driver.execute_async_script(SIGNPOST_JS, query, show)
    time.sleep(0.05)  # the last script's bytes are logged after the browser has them
    if not r.get("ok"):
        raise SystemExit(f"Signpost's search failed for {query!r}: {r.get('error')}")
    sent = [(p, n) for p, n, _ in server.since(mark) if p.startswith(f"/search/{lang}/")]
    r["bytes"] = sum(n for _, n in sent)
    r["requests"] = len(sent)
    r["top"] = [normalise(p) for p in r["top"]]
    return r


def pagefind_query(driver, server, query, show):
    load(driver, server.origin + BLANK, "return document.readyState === 'complete'")
    mark = server.mark()
    r = driver.execute_async_script(PAGEFIND_JS, query, show)
    time.sleep(0.05)
    if not r.get("ok"):
        raise SystemExit(f"Pagefind's search failed for {query!r}: {r.get('error')}")
    log = [(p, n) for p, n, _ in server.since(mark) if p.startswith("/pagefind/")]
    r["bytes"] = sum(n for p, n in log if not CODE.match(p))
    r["code"] = sum(n for p, n in log if CODE.match(p))
    r["requests"] = sum(1 for p, _ in log if not CODE.match(p))
    r["top"] = [normalise(p) for p in r["top"]]
    return r


def normalise(path):
    """A result's address as a path from the site's root, ending in / for a folder: `guides/a/b/`."""
    if path is None:
        return None
    path = urlsplit(path).path.lstrip("/")
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return path


# ==== Figures =======================================================================================
def percentile(values, p):
    """Linear between the closest ranks (as numpy's default)."""
    values = sorted(values)
    if not values:
        return 0
    k = (len(values) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


def kb(n):
    return f"{n / 1024:.1f} KB"


def short(path):
    """The last part of a path, enough to tell guides apart in the table."""
    if not path:
        return "–"
    parts = [p for p in path.split("/") if p]
    name = parts[-1] if parts else "/"
    return name if parts and parts[0] == "guides" else f"{path} (not a guide)"


def agreement(sp, pf):
    """Whether the first results agree (Signpost's first guide counts when a service or other page is above it),
    and how many of Pagefind's top 3 are in Signpost's."""
    if not sp["top"] and not pf["top"]:
        return "both none"
    shared = len(set(p for p in sp["top"] if p) & set(p for p in pf["top"] if p))
    if not sp["top"] or not pf["top"]:
        first = "no"
    elif sp["top"][0] == pf["top"][0]:
        first = "yes"
    else:
        guides = [p for p in sp["top"] if p and p.startswith("guides/")]
        first = "yes (first guide)" if guides and guides[0] == pf["top"][0] else "no"
    return f"{first}, {shared} of 3"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", required=True, type=Path)
    parser.add_argument("--pagefind", required=True, type=Path, help="Pagefind's output folder")
    parser.add_argument("--queries", default="Benchmarks/search-queries.txt", type=Path)
    parser.add_argument("--out", required=True, type=Path, help="the Markdown file to write")
    parser.add_argument("--stats", type=Path, help="JSON of the indexes' sizes (from Benchmarks/search)")
    parser.add_argument("--show", type=int, default=10, help="results each search loads what it shows of (10)")
    parser.add_argument("--lang", default="en-GB")
    parser.add_argument("--no-gzip", dest="gzip", action="store_false")
    args = parser.parse_args()

    queries = [q.strip() for q in args.queries.read_text(encoding="utf-8").splitlines() if q.strip() and not q.startswith("#")]
    if not (args.site / "search" / "index.html").is_file():
        sys.exit(f"search-compare: no search/index.html in {args.site}")
    if not (args.pagefind / "pagefind.js").is_file():
        sys.exit(f"search-compare: no pagefind.js in {args.pagefind}")

    server = Server(args.site, args.pagefind, args.gzip)
    driver = browser()
    rows = []
    try:
        # One search of each, not counted, so that the first query's figures do not include the browser's start.
        if queries:
            signpost_query(driver, server, queries[0], args.show, args.lang)
            pagefind_query(driver, server, queries[0], args.show)
        for query in queries:
            sp = signpost_query(driver, server, query, args.show, args.lang)
            pf = pagefind_query(driver, server, query, args.show)
            rows.append({"query": query, "signpost": sp, "pagefind": pf, "agree": agreement(sp, pf)})
            print(f"  {query!r}: Signpost {sp['count']} results, {sp['ms']:.2f} ms, {kb(sp['bytes'])}; "
                  f"Pagefind {pf['count']} results, {kb(pf['bytes'])}; first agree: {rows[-1]['agree']}", flush=True)
        # The code each loads, once: search.js with the search page, Pagefind's script, worker and wasm.
        mark = server.mark()
        load(driver, server.origin + "/search/index.html", "return document.readyState === 'complete'")
        time.sleep(0.05)
        signpost_code = sum(n for p, n, _ in server.since(mark) if p.endswith("/assets/search.js"))
        signpost_page = sum(n for p, n, _ in server.since(mark) if p == "/search/index.html")
        pagefind_code = rows[0]["pagefind"]["code"] if rows else 0
    finally:
        driver.quit()
        server.close()

    stats = json.loads(args.stats.read_text()) if args.stats and args.stats.is_file() else {}
    text = markdown(rows, stats, args, signpost_code, pagefind_code, signpost_page)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps({"rows": rows, "stats": stats}, indent=1) + "\n", encoding="utf-8")
    print()
    print(text)
    print(f"(written to {args.out} and {args.out.with_suffix('.json')})")


def markdown(rows, stats, args, signpost_code, pagefind_code, signpost_page):
    compressed = "gzip, as most hosts send text" if args.gzip else "as stored, no compression"
    out = [f"# Search: Signpost against Pagefind, {stats.get('guides', '?')} guides", ""]
    if stats:
        out += [
            f"Site `{args.site}`, language `{args.lang}`; Pagefind {stats.get('pagefind_version', '')} run on the guides' pages only "
            f"(`--glob \"guides/**/*.html\"{(' ' + stats['pagefind_args']) if stats.get('pagefind_args') else ''}`). "
            f"Signpost: `{stats.get('signpost', '')}`.",
            "",
            "| | files | bytes on disk | bytes gzipped | time | peak memory |",
            "| --- | --- | --- | --- | --- | --- |",
            f"| Signpost's index (`search/{args.lang}/`) | {stats.get('signpost_files')} | {stats.get('signpost_bytes'):,} | "
            f"{stats.get('signpost_gzip'):,} | in the build: whole `--only web` build {stats.get('build_seconds')} s | "
            f"(whole build) {stats.get('build_peak_mb')} MB |",
            f"| Pagefind, all it wrote | {stats.get('pagefind_files')} | {stats.get('pagefind_bytes'):,} | (its index is gzipped already) | "
            f"{stats.get('pagefind_seconds')} s | {stats.get('pagefind_peak_mb')} MB |",
            f"| Pagefind, its index (`index/`, `fragment/`, `*.pf_meta`, `pagefind-entry.json`) | {stats.get('pagefind_index_files')} | "
            f"{stats.get('pagefind_index_bytes'):,} | | | |",
            "",
        ]
    out += [
        f"Each query from a cold start (cache disabled), loading what a page of {args.show} results shows. Bytes: what the "
        f"server sent for the query ({compressed}); Signpost's: its index under `search/{args.lang}/`; Pagefind's: under "
        f"`/pagefind/` but its code. The code is loaded once a visit: Signpost's `assets/search.js` {kb(signpost_code)}, "
        f"Pagefind's `pagefind.js`, worker and wasm {kb(pagefind_code)}; Signpost's search page itself, which lists every "
        f"guide and service A to Z for readers without the script, is {kb(signpost_page)}. Signpost's ms: `signpostSearch.search`'s ranking "
        "time once the pieces are loaded, on a page just loaded (so with the script not yet warm). Results: how many each "
        "found.",
        "" if all(r["signpost"].get("isolated") for r in rows) else
        "(The page was not cross-origin isolated, so Chromium counted `ms` in steps of 0.1 ms.)",
        "",
        "| query | Signpost's top 3 | Pagefind's top 3 | first agree, top 3 shared | Signpost ms | Signpost bytes | Pagefind bytes | results (S / P) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        sp, pf = row["signpost"], row["pagefind"]
        top = lambda r: "<br>".join(f"{i + 1}. {short(p)}" for i, p in enumerate(r["top"])) or "–"
        out.append(f"| {row['query']} | {top(sp)} | {top(pf)} | {row['agree']} | {sp['ms']:.2f} | "
                   f"{kb(sp['bytes'])} ({sp['requests']}) | {kb(pf['bytes'])} ({pf['requests']}) | {sp['count']} / {pf['count']} |")
    if rows:
        sb = [r["signpost"]["bytes"] for r in rows]
        pb = [r["pagefind"]["bytes"] for r in rows]
        ms = [r["signpost"]["ms"] for r in rows]
        warm = [r["signpost"]["warm"] for r in rows]
        swall = [r["signpost"]["wall"] for r in rows]
        pwall = [r["pagefind"]["wall"] for r in rows]
        psearch = [r["pagefind"]["search"] for r in rows if r["pagefind"].get("search") is not None]
        agree = sum(1 for r in rows if r["agree"].startswith("yes") or r["agree"] == "both none")
        out += [
            "",
            "(bytes: in brackets, the number of files fetched)",
            "",
            "| | Signpost | Pagefind |",
            "| --- | --- | --- |",
            f"| bytes a query downloads, median | {kb(statistics.median(sb))} | {kb(statistics.median(pb))} |",
            f"| bytes a query downloads, 95th percentile | {kb(percentile(sb, 95))} | {kb(percentile(pb, 95))} |",
            f"| bytes a query downloads, most | {kb(max(sb))} | {kb(max(pb))} |",
            f"| with the code, first query of a visit, median | {kb(statistics.median(sb) + signpost_code)} | "
            f"{kb(statistics.median(pb) + pagefind_code)} |",
            f"| ranking time (Signpost's `ms`; Pagefind's own `timings.search`), median | {statistics.median(ms):.2f} ms | "
            f"{(str(round(statistics.median(psearch))) + ' ms') if psearch else '–'} |",
            f"| ranking time, most | {max(ms):.2f} ms | {(str(max(psearch)) + ' ms') if psearch else '–'} |",
            f"| ranking time, the same query again on the same page (median of 5), median and most | "
            f"{statistics.median(warm):.2f} ms, {max(warm):.2f} ms | |",
            f"| query to results with loading, on 127.0.0.1, median | {statistics.median(swall):.0f} ms | {statistics.median(pwall):.0f} ms |",
            f"| first results agree | {agree} of {len(rows)} queries | |",
            "",
            "Percentiles are linear between the closest ranks. Times are this machine's Chromium's; Pagefind's `timings.search` is in whole "
            "milliseconds and includes the message to and from its worker.",
        ]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
