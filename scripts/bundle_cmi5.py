#!/usr/bin/python3
"""The browser build of the npm package @xapi/cmi5 (installed by `npm ci`), its MIT licence first,
as one script, vendor/cmi5.js, that defines window.Cmi5. web/lms.js loads it only when a cmi5
platform launches the site."""
import json
import pathlib


def bundle(root: pathlib.Path) -> str:
    package = root / "node_modules/@xapi/cmi5"
    if not (package / "dist/Cmi5.umd.js").exists():
        raise SystemExit("bundle_cmi5: node_modules/@xapi/cmi5 is missing; run npm ci")
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    licence = (package / "LICENSE.md").read_text(encoding="utf-8").replace("*/", "* /")
    return f"/* @xapi/cmi5 {version}\n{licence}*/\n" + (package / "dist/Cmi5.umd.js").read_text(encoding="utf-8")
