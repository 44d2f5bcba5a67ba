#!/usr/bin/python3
"""Builds the distribution from the staged site (build/web/site):
  dist/site/            the static site, as served
  dist/srm-trainer.html one self-contained file: page, CSS, loader, app script, both wasm modules
                        (the first view's and the deferred one), fonts and content inlined, so it
                        opens from file:// (wiki attachments, email, offline);
                        a Content-Security-Policy meta tag allows exactly its own scripts and style
                        (by sha256), WebAssembly, and data: images, and nothing from anywhere else
  dist/nginx.conf       a server block with a strict Content-Security-Policy, application/wasm and
                        compression (the e2e test runs a real nginx with it)
  dist/lms/              the packages for learning platforms (scripts/make_lms_packages.py)
Prints the size of the site and of the single file."""
import base64
import hashlib
import json
import pathlib
import re
import shutil
import sys

root = pathlib.Path(__file__).resolve().parent.parent
site = root / "build/web/site"
dist = root / "dist"
if not (site / "index.html").exists():
    sys.exit("make-dist: build/web/site is missing; run make web first")

if (dist / "site").exists():
    shutil.rmtree(dist / "site")
dist.mkdir(exist_ok=True)
shutil.copytree(site, dist / "site")
shutil.copy2(root / "web/nginx.conf", dist / "nginx.conf")

page = (site / "index.html").read_text(encoding="utf-8")
manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
paths = [f["path"] for group in ("app", "deferred", "fonts", "strings", "content") for f in manifest[group]]
paths += [f["path"] for group in ("summaries", "content") for f in manifest["firstView"][group]] + ["app.js", "qrcode.js", "lms.js"]
inline = {p: base64.b64encode((site / p).read_bytes()).decode("ascii") for p in paths}
css = (site / "style.css").read_text(encoding="utf-8")
page_js = (site / "page.js").read_text(encoding="utf-8")   # mirror.js and loader.js

# The single file carries every file inside itself: the site's preload links would only fail.
single = re.sub(r'<link rel="preload" [^>]*>\n', "", page)
single = single.replace('<link rel="stylesheet" href="style.css">', "<style>\n" + css + "</style>")
data_block = '<script type="application/json" id="srm-inline">' + json.dumps(inline) + "</script>"
# Inline scripts must not contain "</script"; base64 and JSON never do, the page's script is ours.
assert "</script" not in page_js
single = single.replace('<script src="page.js"></script>', data_block + "\n<script>\n" + page_js + "</script>")
if 'src="page.js"' in single or 'href="style.css"' in single:
    sys.exit("make-dist: web/index.html changed shape; update scripts/make-dist.py")


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# The scripts that run: the page's inline one, and app.js, qrcode.js and lms.js, which the loader inserts
# as inline scripts from the data block. The JSON blocks never run and need no hash.
decoded = lambda p: base64.b64decode(inline[p]).decode("utf-8")
scripts = ["\n" + page_js, decoded("app.js"), decoded("qrcode.js"), decoded("lms.js")]
csp = ("default-src 'none'; script-src " + " ".join(sha256(t) for t in scripts) + " 'wasm-unsafe-eval'; "
       "style-src " + sha256("\n" + css) + "; img-src data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'")
single = single.replace("<head>", '<head>\n<meta http-equiv="Content-Security-Policy" content="' + csp + '">', 1)
if "Content-Security-Policy" not in single:
    sys.exit("make-dist: web/index.html has no <head>; update scripts/make-dist.py")
(dist / "srm-trainer.html").write_text(single, encoding="utf-8")

site_bytes = sum(f.stat().st_size for f in (dist / "site").rglob("*") if f.is_file())
print(f"dist/site: {site_bytes} bytes in {sum(1 for f in (dist / 'site').rglob('*') if f.is_file())} files")
print(f"dist/srm-trainer.html: {(dist / 'srm-trainer.html').stat().st_size} bytes (self-contained)")

from make_lms_packages import write_packages  # noqa: E402 (after the site is in place)
for package in write_packages(root, dist / "site", dist / "lms"):
    print(f"dist/lms/{package.name}: {package.stat().st_size} bytes")
