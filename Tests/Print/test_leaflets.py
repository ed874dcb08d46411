"""Prints the built site's leaflets with `signpost print` (headless Chromium), then checks each PDF
with poppler-utils and zbar-tools: the paper size, that it is tagged, its title, language and
outline, no text smaller than its edition allows, the other-formats block at 16 pt or more, and
a QR code that decodes to the address of the leaflet's online version.

SIGNPOST_SITE names the built site (default Site) and SIGNPOST_BIN the signpost command
(default .build/debug/signpost), both relative to the repository root.
"""

import html
import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SITE = (REPO_ROOT / os.environ.get("SIGNPOST_SITE", "Site")).resolve()
SIGNPOST = (REPO_ROOT / os.environ.get("SIGNPOST_BIN", ".build/debug/signpost")).resolve()

# Paper and the smallest text allowed, by edition (DOMAIN.md: clear print 12 pt, large print 16 pt,
# easy read 14 pt).
EDITIONS = {
    "standard": ("A5", 12),
    "large-print": ("A4", 16),
    "easy-read": ("A4", 14),
}


def leaflet_pages():
    folder = SITE / "leaflets"
    pages = sorted(p.relative_to(SITE).as_posix() for p in folder.rglob("*.html")) if folder.is_dir() else []
    return pages or [pytest.param(None, id="no-leaflets")]


def edition_of(page: str) -> str:
    for edition in ("large-print", "easy-read"):
        if page.endswith(f"-{edition}.html"):
            return edition
    return "standard"


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="session")
def printed():
    """Runs `signpost print` once over the whole site."""
    if not (SITE / "leaflets").is_dir():
        pytest.fail(f"no leaflets in {SITE}: build the site first", pytrace=False)
    result = subprocess.run(
        [str(SIGNPOST), "print", "--site", str(SITE), "--content", str(REPO_ROOT / "Content")],
        capture_output=True, text=True, cwd=REPO_ROOT,
    )
    assert result.returncode == 0, f"signpost print failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.parametrize("page", leaflet_pages())
def test_printed_leaflet(printed, page):
    assert page is not None, f"no leaflet pages in {SITE}/leaflets"
    source = (SITE / page).read_text(encoding="utf-8")
    title = html.unescape(re.search(r"<h1>(.*?)</h1>", source).group(1))
    online = html.unescape(re.search(r'class="leaflet__address"><a href="([^"]+)"', source).group(1))
    paper, smallest = EDITIONS[edition_of(page)]
    pdf = SITE / (page[: -len(".html")] + ".pdf")
    assert pdf.is_file(), f"signpost print wrote no {pdf}"

    info = run("pdfinfo", str(pdf))
    assert re.search(rf"^Page size:.*\({paper}\)$", info, re.M), f"{pdf.name} is not {paper}:\n{info}"
    assert re.search(r"^Tagged:\s+yes$", info, re.M), f"{pdf.name} is not a tagged PDF"
    assert re.search(rf"^Title:\s+{re.escape(title)}", info, re.M), f"{pdf.name}'s title is not {title!r}"
    assert b"/Lang (en-GB)" in pdf.read_bytes(), f"{pdf.name} does not say its language"

    xml = run("pdftohtml", "-xml", "-i", "-zoom", "1", "-stdout", str(pdf))
    sizes = {m.group(1): int(m.group(2)) for m in re.finditer(r'<fontspec id="(\d+)" size="(\d+)"', xml)}
    assert sizes and min(sizes.values()) >= smallest, f"{pdf.name} has text of {min(sizes.values())} pt, under {smallest} pt"
    offer = [int(sizes[m.group(1)]) for m in re.finditer(r'font="(\d+)">[^<]*(?:<[ab][^>]*>)?This leaflet is also in', xml)]
    assert offer and min(offer) >= 16, f"{pdf.name}: the other-formats block is not at 16 pt or more ({offer})"
    outline = re.search(r"<outline>\s*<item page=\"1\">(.*?)</item>", xml)
    # pdftohtml drops the space where a long heading wraps, so compare without spaces.
    squash = lambda text: re.sub(r"\s+", "", text)
    assert outline and squash(html.unescape(outline.group(1))) == squash(title), f"{pdf.name} has no outline starting with its title"

    pages = run("pdftotext", "-layout", str(pdf), "-").split("\f")
    qr_page = next((i + 1 for i, text in enumerate(pages) if "Read this online" in text), None)
    assert qr_page, f"{pdf.name} has no 'Read this online' section"
    with tempfile.TemporaryDirectory() as folder:
        run("pdftoppm", "-png", "-r", "150", "-f", str(qr_page), "-l", str(qr_page), str(pdf), f"{folder}/page")
        image = next(Path(folder).glob("page*.png"))
        codes = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True).stdout.split()
    assert codes == [online], f"{pdf.name}: the QR code reads {codes}, wanted {online}"


def test_print_without_chromium_says_how_to_install_it():
    result = subprocess.run(
        [str(SIGNPOST), "print", "--site", str(SITE)],
        capture_output=True, text=True, cwd=REPO_ROOT,
        env={**os.environ, "SIGNPOST_CHROMIUM": "/nonexistent/chromium"},
    )
    assert result.returncode == 2
    assert "Chromium is not installed" in result.stderr
    assert "apt-get install chromium" in result.stderr
