#!/usr/bin/python3
"""Bundles the QR encoder of the npm package `qrcode` (installed by `npm ci`) into one browser
script, qrcode.js, that defines window.SrmQrCode = { create(text, options) }. The app draws the
module matrix itself. The package is CommonJS; this wraps each module the encoder needs (its
lib/core folder and dijkstrajs) in a function and resolves require() between them, which is all
a bundler would do here. Their MIT licence notices head the output."""
import json
import pathlib
import re

REQUIRE = re.compile(r"require\('([^']+)'\)")


def bundle(root: pathlib.Path) -> str:
    modules = root / "node_modules"
    entry = modules / "qrcode/lib/core/qrcode.js"
    if not entry.exists():
        raise SystemExit("bundle_qrcode: node_modules/qrcode is missing; run npm ci")
    names, order, pending = {}, [], [entry]
    while pending:
        path = pending.pop()
        if path in names:
            continue
        names[path] = len(order)
        order.append(path)
        for spec in REQUIRE.findall(path.read_text(encoding="utf-8")):
            pending.append(resolve(modules, path, spec))
    parts = []
    for path in order:
        source = path.read_text(encoding="utf-8")
        ids = {spec: names[resolve(modules, path, spec)] for spec in REQUIRE.findall(source)}
        parts.append("function (module, exports, require) { var map = " + json.dumps(ids) +
                     "; require = (function (r) { return function (s) { return r(map[s]); }; })(require);\n" +
                     source + "\n}")
    version = json.loads((modules / "qrcode/package.json").read_text())["version"]
    notices = "".join(
        "/*\n" + (modules / pkg / lic).read_text(encoding="utf-8").strip() + "\n*/\n"
        for pkg, lic in (("qrcode", "license"), ("dijkstrajs", "LICENSE.md")) if (modules / pkg / lic).exists())
    return (f"// qrcode {version} (npm), encoder only, bundled by scripts/bundle_qrcode.py for SRM Trainer.\n" + notices +
            "(function () {\n'use strict';\nvar defs = [\n" + ",\n".join(parts) + "\n];\nvar cache = [];\n"
            "function load(i) { if (cache[i]) return cache[i].exports; var m = cache[i] = { exports: {} };"
            " defs[i](m, m.exports, load); return m.exports; }\n"
            "window.SrmQrCode = load(0);\n})();\n")


def resolve(modules: pathlib.Path, importer: pathlib.Path, spec: str) -> pathlib.Path:
    if spec.startswith("."):
        return (importer.parent / spec).with_suffix(".js").resolve()
    package = modules / spec
    main = json.loads((package / "package.json").read_text()).get("main", "index.js")
    path = (package / main).resolve()
    return path if path.suffix == ".js" else path.with_suffix(".js")


if __name__ == "__main__":
    import sys
    sys.stdout.write(bundle(pathlib.Path(__file__).resolve().parent.parent))
