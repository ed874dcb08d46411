#!/usr/bin/env python3
"""Benchmarks/prepare-corpus.py CONTENT [--translations pl,ur] [--every N]

Makes a generated corpus (../shared/tools/corpus.py) a site Signpost builds without errors, and optionally adds
translations, to measure what they cost a build.

- The directory of services is exported as Open Referral UK, which needs what the generator leaves out: the
  organisation's description and region in site.yaml, a description of each category, and a postcode on each
  location with a site or building. They are added (example values), once.
- `easy-read` is taken out of `formats` where the guide has no easy-read version (an error in Signpost).
- With --translations, every Nth guide (every one by default) gets a translation into each language,
  `<name>.<code>.md` beside it, with the translation's front matter and the English body as its text: a stand-in of
  the same size and shape (what a build does with a page does not depend on its language, but for right-to-left
  numbers, which the bodies' phone numbers exercise in Urdu). The languages are added to site.yaml.
"""

import argparse
import re
from pathlib import Path

NAMES = {"pl": "Polski", "ur": "اردو", "ro": "Română", "ar": "العربية", "pa": "ਪੰਜਾਬੀ", "bn": "বাংলা", "pt": "Português"}


def open_referral(content: Path):
    config = content / "site.yaml"
    text = config.read_text(encoding="utf-8")
    if "organisation_description:" in text:
        return
    categories = set()
    for record in sorted((content / "services").glob("*.yaml")):
        source = record.read_text(encoding="utf-8")
        category = re.search(r'^category: *"?([^"\n]+)"?', source, re.M)
        if category:
            categories.add(category.group(1).strip())
        # A postcode beside each location's site (the corpus writes `site:` first under `location:`).
        source = re.sub(r"^(location:\n(\s+)site: .*\n)", lambda m: m.group(1) + f'{m.group(2)}postcode: "ZZ1 4XH"\n',
                        source, flags=re.M)
        source = re.sub(r"^(\s+- site: .*\n)", lambda m: m.group(1) + re.sub(r"- site:.*", 'postcode: "ZZ1 4XH"',
                        m.group(1).replace("- ", "  ", 1)), source, flags=re.M)
        record.write_text(source, encoding="utf-8")
    lines = "".join(f"  {name}: Services of the hospital for {name.lower()}.\n" for name in sorted(categories))
    text += ("organisation_description: An NHS trust running an example hospital.\nregion: Greater London\n"
             + ("categories:\n" + lines if lines else ""))
    config.write_text(text, encoding="utf-8")


def translations(content: Path, codes: list[str], every: int) -> int:
    config = content / "site.yaml"
    text = config.read_text(encoding="utf-8")
    if "\nlanguages:" in text:
        raise SystemExit(f"{config} already lists languages: prepare a fresh corpus")
    entries = "languages:\n" + "".join(f"  - code: {code}\n    name: {NAMES.get(code, code)}\n" for code in codes)
    config.write_text(text + entries, encoding="utf-8")
    guides = sorted(p for p in (content / "guides").rglob("*.md") if p.name.count(".") == 1)
    written = 0
    for index, guide in enumerate(guides):
        match = re.match(r"---\n(.*?)\n---\n(.*)", guide.read_text(encoding="utf-8"), re.S)
        if index % every or not match:
            continue
        front, body = match.groups()
        fields = dict(re.findall(r"^(title|summary|last_reviewed): *(.*)$", front, re.M))
        if "last_reviewed" not in fields:
            continue
        for code in codes:
            head = (f"---\ntitle: {fields['title']}\nsummary: {fields['summary']}\n"
                    f"translator: Benchmark stand-in\ntranslated_from: {fields['last_reviewed']}\n---\n")
            guide.with_name(guide.name[:-3] + f".{code}.md").write_text(head + body, encoding="utf-8")
            written += 1
    return written


def easy_read_formats(content: Path) -> int:
    """Takes `easy-read` out of `formats` where the guide has no easy-read version (the generator lists it at random;
    Signpost makes listing it without its file an error). Gives back how many guides changed."""
    changed = 0
    for guide in sorted((content / "guides").rglob("*.md")):
        easy_read = content / "easy-read" / guide.relative_to(content / "guides")
        text = guide.read_text(encoding="utf-8")
        match = re.search(r"^formats: \[(.*)\]$", text, re.M)
        if easy_read.exists() or not match or "easy-read" not in match.group(1):
            continue
        kept = ", ".join(f for f in (x.strip() for x in match.group(1).split(",")) if f and f != "easy-read")
        guide.write_text(text[: match.start()] + f"formats: [{kept}]" + text[match.end():], encoding="utf-8")
        changed += 1
    return changed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("content", type=Path)
    parser.add_argument("--translations", default="")
    parser.add_argument("--every", type=int, default=1)
    args = parser.parse_args()
    open_referral(args.content)
    easy_read_formats(args.content)
    if args.translations:
        codes = args.translations.split(",")
        print(f"{translations(args.content, codes, args.every)} translations into {', '.join(codes)}")


if __name__ == "__main__":
    main()
