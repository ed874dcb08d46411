"""Prints the built site's leaflets with `signpost print` (headless Chromium), then checks each PDF
with poppler-utils and zbar-tools: the paper size, that it is tagged, its title, language and
outline, no text smaller than its edition allows, the other-formats block at 16 pt or more, and
a QR code that decodes to the address of the leaflet's online version, a last page of four lines or more, and a
guide's reference on its first or last page. The leaflets in each of the
site's other languages (`pl/leaflets/` and the rest) too: their fonts embedded, Noto's for scripts other
than Latin (so every letter has a real glyph), and their title given back by pdftotext.

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


# The fonts (from Debian's fonts-noto-core) a leaflet in each script must print with, by language code.
SCRIPT_FONTS = {
    "pa": ("NotoSansGurmukhi", "NotoSerifGurmukhi"),
    "bn": ("NotoSansBengali", "NotoSerifBengali"),
    "ur": ("NotoNastaliqUrdu", "NotoNaskhArabic", "NotoSansArabic"),
    "ar": ("NotoNaskhArabic", "NotoSansArabic", "NotoKufiArabic"),
}


def leaflet_pages():
    folders = [SITE / "leaflets"] + sorted(SITE.glob("*/leaflets"))
    pages = sorted(p.relative_to(SITE).as_posix() for f in folders if f.is_dir() for p in f.rglob("*.html"))
    return pages or [pytest.param(None, id="no-leaflets")]


def words(lang: str, key: str) -> str:
    """A key's words in a language's strings file, up to its first {placeholder}."""
    code = "en" if lang.startswith("en") else lang
    for line in (REPO_ROOT / "Templates" / "strings" / f"{code}.yaml").read_text(encoding="utf-8").splitlines():
        if line.startswith(key + ":"):
            return line.split(":", 1)[1].strip().strip('"').split("{")[0].strip()
    raise AssertionError(f"strings/{code}.yaml has no {key}")


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
    lang = re.search(r'<html lang="([^"]+)"', source).group(1)
    title = html.unescape(re.search(r"<h1>(.*?)</h1>", source).group(1))
    online = html.unescape(re.search(r'class="leaflet__address"><a href="([^"]+)"', source).group(1))
    paper, smallest = EDITIONS[edition_of(page)]
    pdf = SITE / (page[: -len(".html")] + ".pdf")
    assert pdf.is_file(), f"signpost print wrote no {pdf}"

    info = run("pdfinfo", str(pdf))
    assert re.search(rf"^Page size:.*\({paper}\)$", info, re.M), f"{pdf.name} is not {paper}:\n{info}"
    assert re.search(r"^Tagged:\s+yes$", info, re.M), f"{pdf.name} is not a tagged PDF"
    assert re.search(rf"^Title:\s+{re.escape(title)}", info, re.M), f"{pdf.name}'s title is not {title!r}"
    assert f"/Lang ({lang})".encode() in pdf.read_bytes(), f"{pdf.name} does not say its language, {lang}"

    fonts = run("pdffonts", str(pdf)).splitlines()[2:]
    not_embedded = [f for f in fonts if f.split()[-5] != "yes"]
    assert fonts and not not_embedded, f"{pdf.name} has fonts not embedded:\n" + "\n".join(not_embedded)
    if lang in SCRIPT_FONTS:
        assert any(name in f for f in fonts for name in SCRIPT_FONTS[lang]), (
            f"{pdf.name} is in {lang} but prints with none of {SCRIPT_FONTS[lang]}:\n" + "\n".join(fonts))
    text = unmarked(run("pdftotext", str(pdf), "-"))
    assert squash(title) in squash(text), f"{pdf.name}: pdftotext does not give back the title {title!r}"

    xml = run("pdftohtml", "-xml", "-i", "-zoom", "1", "-stdout", str(pdf))
    sizes = {m.group(1): int(m.group(2)) for m in re.finditer(r'<fontspec id="(\d+)" size="(\d+)"', xml)}
    assert sizes and min(sizes.values()) >= smallest, f"{pdf.name} has text of {min(sizes.values())} pt, under {smallest} pt"
    # The block by its first words where poppler gives them back as written (Latin scripts), as they start a line
    # (the rest may wrap onto the next); in other scripts by its first way to ask, a phone number drawn the same in
    # every script, the last time it is on the leaflet (the block comes after the text, which may name it too).
    if lang.split("-")[0] in ("en", "pl", "ro", "pt"):
        also_in = re.escape(" ".join(words(lang, "leaflet_other_formats_intro").split()[:3]))
        offer = [int(sizes[m.group(1)]) for m in re.finditer(rf'font="(\d+)">[^<]*(?:<[ab][^>]*>)?{also_in}', xml)]
    else:
        route = re.escape(html.unescape(re.search(r'class="leaflet__routes">\s*<li>[^<]*<a [^>]*>([^<]+)</a>', source).group(1)))
        offer = [int(sizes[m.group(1)]) for m in re.finditer(rf'font="(\d+)">[^<]*(?:<[ab][^>]*>)?[^<]*{route}', unmarked(xml))][-1:]
    assert offer and min(offer) >= 16, f"{pdf.name}: the other-formats block is not at 16 pt or more ({offer})"
    outline = re.search(r"<outline>\s*<item page=\"1\">(.*?)</item>", xml)
    # In right-to-left titles poppler gives back the runs of each direction in its own order, and may drop the space
    # between them: compare their letters.
    same = (lambda a, b: sorted(squash(a)) == sorted(squash(b))) if 'dir="rtl"' in source[:200] else (lambda a, b: squash(a) == squash(b))
    assert outline and same(unmarked(html.unescape(outline.group(1))), title), f"{pdf.name} has no outline starting with its title"

    pages = run("pdftotext", "-layout", str(pdf), "-").split("\f")
    printed_pages = [text for text in pages if text.strip()]
    # The last page is never a stray line or two: the contact block and the reference line keep together.
    last_lines = [line for line in printed_pages[-1].splitlines() if line.strip()]
    assert len(last_lines) >= 4, f"{pdf.name}'s last page holds only {len(last_lines)} lines: {last_lines}"
    # A guide under document control prints its reference on the first or the last page.
    reference = re.search(r'class="leaflet__document">[^<]*<span dir="ltr">([^<]+)</span>', source)
    if reference:
        ends = squash(unmarked(printed_pages[0] + printed_pages[-1]))
        assert squash(reference.group(1)) in ends, f"{pdf.name} does not print its reference {reference.group(1)}"
    read_online = words(lang, "leaflet_read_online")
    qr_page = next((i + 1 for i, text in enumerate(pages) if squash(read_online) in squash(text)), None)
    assert qr_page, f"{pdf.name} has no {read_online!r} section"
    with tempfile.TemporaryDirectory() as folder:
        run("pdftoppm", "-png", "-r", "150", "-f", str(qr_page), "-l", str(qr_page), str(pdf), f"{folder}/page")
        image = next(Path(folder).glob("page*.png"))
        codes = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True).stdout.split()
    assert codes == [online], f"{pdf.name}: the QR code reads {codes}, wanted {online}"


def unmarked(text: str) -> str:
    """Text without the direction marks poppler writes around runs of right-to-left and left-to-right text."""
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def squash(text: str) -> str:
    """Text without white space: pdftohtml and pdftotext drop or add spaces where lines wrap."""
    return re.sub(r"\s+", "", text)


def test_print_without_chromium_says_how_to_install_it():
    result = subprocess.run(
        [str(SIGNPOST), "print", "--site", str(SITE)],
        capture_output=True, text=True, cwd=REPO_ROOT,
        env={**os.environ, "SIGNPOST_CHROMIUM": "/nonexistent/chromium"},
    )
    assert result.returncode == 2
    assert "Chromium is not installed" in result.stderr
    assert "apt-get install chromium" in result.stderr
