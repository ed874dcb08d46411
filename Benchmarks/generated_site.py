"""The generated site the benchmarks build, and the edits they time: shared by compare-hugo, edit-steps and serve.

A corpus is made once by the shared generator (`../shared/tools/corpus.py`, or `CORPUS`) and made buildable by
`prepare-corpus.py` (the Open Referral UK details the generator leaves out); a file `prepared` beside its `Content/`
says it is whole, so a corpus cut short by an interrupted run is made again.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = Path(os.environ.get("CORPUS", ROOT.parent / "shared/tools/corpus.py"))


def corpus(folder, pages, seed=7):
    """The `Content/` folder of the corpus of `pages` guides in `folder`, made with `seed` unless it is there whole."""
    folder = Path(folder)
    if not (folder / "prepared").exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate = [sys.executable, str(GENERATOR), "--pages", str(pages), "--out", str(folder), "--seed", str(seed)]
        subprocess.run(generate, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run([sys.executable, str(ROOT / "Benchmarks/prepare-corpus.py"), str(folder / "Content")],
                       check=True, stdout=subprocess.DEVNULL)
        (folder / "prepared").touch()
    return folder / "Content"


def middle_guide(content):
    """The guide the edits change: the middle one of the corpus's guides, in path order."""
    guides = sorted((Path(content) / "guides").rglob("*.md"))
    return guides[len(guides) // 2]


def edited(original, kind, number):
    """A guide's text after edit `number` of `kind`: `body` adds a sentence at its end, `title` adds the number to its
    title (quoted or not), and any other kind leaves it as it was."""
    if kind == "body":
        return original + f"\nOne more sentence, number {number}.\n"
    if kind == "title":
        return re.sub(r'(?m)^title: ("?)(.*?)("?)$', lambda m: f"title: {m[1]}{m[2]} {number}{m[3]}", original,
                      count=1)
    return original
