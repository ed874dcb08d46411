"""Every page of the built site in headless Chromium: axe-core accessibility checks at 1280 and
320 CSS pixels wide, no sideways scrolling at 320, and nothing loaded from another host."""

import importlib.util
from functools import cache
from pathlib import Path

import pytest

from conftest import page_params, page_url, require_page

WIDTHS = [1280, 320]
HEIGHT = 900
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING_IMPACTS = {"moderate", "serious", "critical"}

PAGES = page_params()


@cache
def axe_source() -> str:
    """axe.min.js (axe-core) as shipped inside the axe-playwright-python package."""
    spec = importlib.util.find_spec("axe_playwright_python")
    assert spec and spec.origin, "axe-playwright-python is not installed: run scripts/setup test"
    return (Path(spec.origin).parent / "axe.min.js").read_text(encoding="utf-8")


def open_page(browser, server, page, width):
    require_page(page)
    browser.set_window_size(width, HEIGHT)
    browser.get(page_url(server, page))
    inner = browser.execute_script("return window.innerWidth")
    if inner != width:
        pytest.fail(f"{page}: the viewport is {inner}px wide, wanted {width}px", pytrace=False)


RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
  .then(r => done({violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({target: n.target, html: n.html, summary: n.failureSummary}))}))}))
  .catch(e => done({error: String(e && e.stack || e)}));
"""


def describe(page, width, violations):
    lines = [f"{page} at {width}px: {len(violations)} accessibility violation(s)"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}  <{v['helpUrl']}>")
        for n in v["nodes"]:
            lines.append(f"    at {' '.join(map(str, n['target']))}")
            lines.append(f"       {n['html']}")
            if n.get("summary"):
                lines.append("       " + n["summary"].replace("\n", "\n       "))
    return "\n".join(lines)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", PAGES)
def test_axe(browser, site_server, page, width):
    open_page(browser, site_server, page, width)
    browser.execute_script(axe_source())
    result = browser.execute_async_script(RUN_AXE, AXE_TAGS)
    if "error" in result:
        pytest.fail(f"axe.run failed on {page}: {result['error']}", pytrace=False)
    failing = [v for v in result["violations"] if v["impact"] in FAILING_IMPACTS]
    minor = [v for v in result["violations"] if v["impact"] not in FAILING_IMPACTS]
    if minor:
        print(describe(page, width, minor).replace("violation(s)", "minor issue(s), not failing"))
    if failing:
        pytest.fail(describe(page, width, failing), pytrace=False)


@pytest.mark.parametrize("page", PAGES)
def test_no_sideways_scroll_at_320(browser, site_server, page):
    open_page(browser, site_server, page, 320)
    scroll, inner = browser.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]"
    )
    if scroll > inner + 1:
        culprits = browser.execute_script(
            """return [...document.querySelectorAll('body *')]
                 .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                 .slice(0, 10).map(e => e.outerHTML.slice(0, 200));"""
        )
        pytest.fail(
            f"{page} scrolls sideways at 320px: content is {scroll}px wide. Elements past the edge:\n"
            + "\n".join(f"  {c}" for c in culprits),
            pytrace=False,
        )


FIND_FOREIGN = """
const origin = location.origin;
const linkLike = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'me',
                          'next', 'prev', 'search', 'bookmark']);
const sameOrigin = u => { try { return new URL(u).origin === origin; } catch (e) { return false; } };
const bad = [];
for (const e of performance.getEntriesByType('resource'))
  if (!e.name.startsWith(origin + '/')) bad.push('request to ' + e.name);
for (const a of document.querySelectorAll('a[href], area[href]')) {
  const u = a.href;
  if (!(sameOrigin(u) || /^(https:|mailto:|tel:|sms:)/i.test(u))) bad.push(a.outerHTML.slice(0, 200));
}
const resources = [...document.querySelectorAll(
  'link[href], script[src], img[src], img[srcset], source[src], source[srcset], ' +
  'iframe[src], video[src], video[poster], audio[src], track[src], embed[src], object[data]')];
for (const el of resources) {
  if (el.localName === 'link' &&
      el.relList && [...el.relList].every(r => linkLike.has(r.toLowerCase()))) {
    const u = el.href;
    if (!(sameOrigin(u) || /^https:/i.test(u))) bad.push(el.outerHTML.slice(0, 200));
    continue;
  }
  const urls = [];
  for (const attr of ['href', 'src', 'poster', 'data'])
    if (el.hasAttribute(attr)) urls.push(new URL(el.getAttribute(attr), document.baseURI).href);
  if (el.hasAttribute('srcset'))
    for (const part of el.getAttribute('srcset').split(','))
      if (part.trim()) urls.push(new URL(part.trim().split(/\\s+/)[0], document.baseURI).href);
  for (const u of urls)
    if (!(sameOrigin(u) || u.startsWith('data:'))) bad.push(el.outerHTML.slice(0, 200));
}
return bad;
"""


@pytest.mark.parametrize("page", PAGES)
def test_nothing_from_other_hosts(browser, site_server, page):
    open_page(browser, site_server, page, WIDTHS[0])
    bad = browser.execute_script(FIND_FOREIGN)
    if bad:
        pytest.fail(
            f"{page} uses other hosts (only https:, mailto:, tel: and sms: links may leave the site):\n"
            + "\n".join(f"  {b}" for b in bad),
            pytrace=False,
        )
