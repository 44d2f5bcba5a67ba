#!/usr/bin/python3
"""Stages the static site: web/ (our HTML, CSS, JS), app.js and app.wasm from the build, the
content files under their repository paths (assets/models/*.json, quizzes/*.json), the
interface's string tables but English (strings.fr.json, fetched for French pages), qrcode.js
(the QR encoder, loaded on demand) and manifest.json, which lists every file the loader fetches
with its size in bytes so the loading screen can show real byte progress even when the server
compresses responses, and the languages the interface speaks. The manifest is written into
index.html itself (a JSON script element, which never runs), which saves the page a round trip
before the downloads start. The build then has srm-check write accessible/, the plain HTML
version of the quizzes and models (see src/platform/web/CMakeLists.txt)."""
import argparse
import json
import pathlib
import shutil
from bundle_cmi5 import bundle as bundle_cmi5

from bundle_qrcode import bundle as bundle_qrcode


def content_folders(root):
    """The content folders content-folders.txt lists (one per line; # starts a comment)."""
    lines = (root / "content-folders.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def preload_links(manifest):
    """<link rel="preload"> for what the loader fetches at start on every page, the wasm and the
    fonts, and for app.js, so they download alongside loader.js instead of after it. They are
    fetched with fetch(), so as="fetch" with the same credentials mode. Content is left to the
    loader: which files a page needs depends on its link and on what the learner saved."""
    links = ['<link rel="preload" href="%s" as="fetch" crossorigin="anonymous">' % f["path"]
             for f in manifest["app"] + manifest["fonts"]]
    links.append('<link rel="preload" href="app.js" as="script">')
    return "\n".join(links) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--app", required=True, help="folder holding app.js and app.wasm")
    parser.add_argument("--languages", required=True, help="the interface's languages, English first: en,fr")
    args = parser.parse_args()
    root, site, app = pathlib.Path(args.root), pathlib.Path(args.site), pathlib.Path(args.app)
    site.mkdir(parents=True, exist_ok=True)
    for path in (root / "web").iterdir():
        if path.is_file() and path.name != "nginx.conf":   # server configuration, not site content
            shutil.copy2(path, site / path.name)
    for name in ("app.js", "app.wasm"):
        shutil.copy2(app / name, site / name)
    # The cmi5 client, fetched by lms.js only in a cmi5 launch (not in the manifest).
    (site / "vendor").mkdir(exist_ok=True)
    (site / "vendor/cmi5.js").write_text(bundle_cmi5(root), encoding="utf-8")
    # Fetched only when a workshop screen needs a QR code, so not in the manifest.
    (site / "qrcode.js").write_text(bundle_qrcode(root), encoding="utf-8")
    content = []
    for folder in content_folders(root):
        target = site / folder
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for path in sorted((root / folder).glob("*.json")):
            shutil.copy2(path, target / path.name)
            content.append(f"{folder}/{path.name}")
    # The interface's string tables, one per language but English (strings.<lang>.json).
    strings = []
    for lang in args.languages.split(",")[1:]:
        shutil.copy2(root / "src/ui" / f"strings.{lang}.json", site / f"strings.{lang}.json")
        strings.append(f"strings.{lang}.json")
    sizes = lambda names: [{"path": n, "bytes": (site / n).stat().st_size} for n in names]
    # The first view of the home page (see web/loader.js): the content summary per language and the
    # first model cut down to what the home page draws, which srm-check wrote into the site.
    languages = args.languages.split(",")
    first_view = {
        "summaries": sizes(["first-view.json"] + [f"first-view.{lang}.json" for lang in languages[1:]]),
        "content": sizes(sorted(str(p.relative_to(site)) for p in (site / "first-view/models").glob("*.json"))),
    }
    manifest = {
        "languages": args.languages.split(","),
        "app": sizes(["app.wasm"]),
        "fonts": sizes(["fonts/ui-regular.otf", "fonts/ui-semibold.otf"]),
        "strings": sizes(strings),
        "content": sizes(content),
        "firstView": first_view,
    }
    marker = "<!-- srm:manifest (the build puts the list of files to fetch here) -->"
    page = (root / "web" / "index.html").read_text(encoding="utf-8")
    if marker not in page:
        raise SystemExit("stage-site: web/index.html lacks the manifest marker")
    element = '<script type="application/json" id="srm-manifest">' + json.dumps(manifest) + "</script>"
    page = page.replace(marker, element).replace("</head>", preload_links(manifest) + "</head>", 1)
    (site / "index.html").write_text(page, encoding="utf-8")
    (site / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()
