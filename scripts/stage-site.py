#!/usr/bin/python3
"""Stages the static site: web/ (our HTML, CSS, JS; the page's own scripts joined as page.js),
app.js, app.wasm and app.deferred.wasm (the code the first view does not run, when the build split
it; see scripts/split-wasm.py) from the build, the content in one pack per language
(content.pack: the original files, which every page needs; content.<lang>.pack: that language's
translations; see pack()), the first view's files (the content summary and the first model cut
down, written by srm-check), the interface's string tables but English (strings.fr.json, fetched
for French pages), qrcode.js (the QR encoder, loaded on demand) and manifest.json, which lists
every file the loader fetches with its size in bytes so the loading screen can show real byte
progress even when the server compresses responses, the files inside each pack, the fonts' glyphs
(from subset-font.py, which runs first) and the languages the interface speaks. The manifest is
written into index.html itself (a JSON script element, which never runs), which saves the page a
round trip before the downloads start. The build then has srm-check write accessible/, the plain
HTML version of the quizzes and models (see src/platform/web/CMakeLists.txt)."""
import argparse
import base64
import json
import pathlib
import shutil
from bundle_cmi5 import bundle as bundle_cmi5

from bundle_qrcode import bundle as bundle_qrcode
from text_points import text_points


# The page's own scripts, in the order they run (the mirror's link check and the LMS layer before
# the loader, which uses both); the site serves them joined as page.js, one request instead of three.
PAGE_SCRIPTS = ["mirror.js", "loader.js"]   # lms.js stays apart: the loader fetches it in a frame or a launch


def content_folders(root):
    """The content folders content-folders.txt lists (one per line; # starts a comment)."""
    lines = (root / "content-folders.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def preload_links(manifest):
    """<link rel="preload"> for what every page needs in every language, in the order it is
    needed: the page's script (its loader starts everything else), the app's script, then what
    the loader fetches (the wasm, the small fonts last). Over HTTP/1.1 a browser opens six
    connections to a host and serves equal priorities in order, so the scripts come first instead
    of queueing behind the downloads they start. The downloads are fetched with fetch(), so
    as="fetch" with the same credentials mode. Content is left to the loader: which files a page
    needs depends on its link and on what the learner saved (the first view, web/loader.js)."""
    scripts = ["page.js", "app.js"]
    fetched = manifest["app"] + manifest["fonts"]
    links = ['<link rel="preload" href="%s" as="script">' % name for name in scripts]
    links += ['<link rel="preload" href="%s" as="fetch" crossorigin="anonymous">' % f["path"] for f in fetched]
    return "\n".join(links) + "\n"


def translation(path):
    """Whether a path is a translation (name.<lang>.json, content.<lang>.pack), fetched for its
    language only."""
    parts = path.rsplit(".", 2)
    return len(parts) == 3 and len(parts[1]) == 2


def font_points(glyphs_txt):
    """The subset font's code points (fonts/glyphs.txt, one hexadecimal value a line, from
    scripts/subset-font.py)."""
    return {int(line, 16) for line in glyphs_txt.read_text(encoding="ascii").split()}


def source_points(root):
    """Every character of the app's sources (the English interface and its marks), escapes included."""
    points = set()
    for path in sorted((root / "src").rglob("*")):
        if path.suffix in (".cpp", ".h"):
            points.update(text_points(path.read_text(encoding="utf-8")))
    return points


def first_view_points(site, lang, sources, font):
    """The code points the first view of the home page can draw in one language: printable ASCII,
    the sources' characters, and those of the first view's files and interface strings in that
    language; only those the font holds."""
    suffix = "" if lang == "en" else f".{lang}"
    texts = [(site / f"first-view{suffix}.json").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((site / "first-view/models").glob(f"*{suffix}.json"))
              if translation(p.name) == bool(suffix)]
    if suffix:
        texts.append((site / f"strings{suffix}.json").read_text(encoding="utf-8"))
    points = set(range(0x20, 0x7F)) | sources
    for text in texts:
        points.update(text_points(text))
    return points & font


def glyph_list(points):
    """Code points as ranges, "20-7E,A0-FF,2019", the form the app reads (font_glyphs.h)."""
    ranges = []
    for point in sorted(points):
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return ",".join(f"{a:X}" if a == b else f"{a:X}-{b:X}" for a, b in ranges)


def pack(root, paths):
    """One content pack: each file as its path, a newline, its length in bytes in decimal, a
    newline, then its bytes, one file after the other. The loader splits it without reading the
    JSON and hands each file over under its own path, as if it had been fetched alone."""
    out = bytearray()
    for path in paths:
        data = (root / path).read_bytes()
        out += f"{path}\n{len(data)}\n".encode("utf-8") + data
    return bytes(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--app", required=True, help="folder holding app.js, app.wasm and app.deferred.wasm if split")
    parser.add_argument("--languages", required=True, help="the interface's languages, English first: en,fr")
    args = parser.parse_args()
    root, site, app = pathlib.Path(args.root), pathlib.Path(args.site), pathlib.Path(args.app)
    site.mkdir(parents=True, exist_ok=True)
    for path in (root / "web").iterdir():
        # nginx.conf is server configuration, not site content; the page's scripts go into page.js.
        if path.is_file() and path.name != "nginx.conf" and path.name not in PAGE_SCRIPTS:
            shutil.copy2(path, site / path.name)
    page_js = "".join((root / "web" / name).read_text(encoding="utf-8") for name in PAGE_SCRIPTS)
    (site / "page.js").write_text(page_js, encoding="utf-8")
    for name in ("app.js", "app.wasm"):
        shutil.copy2(app / name, site / name)
    # Fetched on first input or for a deep link, so listed apart from the app and not preloaded.
    deferred = ["app.deferred.wasm"] if (app / "app.deferred.wasm").exists() else []
    (site / "app.deferred.wasm").unlink(missing_ok=True)
    for name in deferred:
        shutil.copy2(app / name, site / name)
    # The cmi5 client, fetched by lms.js only in a cmi5 launch (not in the manifest).
    (site / "vendor").mkdir(exist_ok=True)
    (site / "vendor/cmi5.js").write_text(bundle_cmi5(root), encoding="utf-8")
    # Fetched only when a workshop screen needs a QR code, so not in the manifest.
    (site / "qrcode.js").write_text(bundle_qrcode(root), encoding="utf-8")
    # The content in packs: the original files (every page) and each language's translations.
    content = [f"{folder}/{path.name}" for folder in content_folders(root) for path in sorted((root / folder).glob("*.json"))]
    packs = {"content.pack": [p for p in content if not translation(p)]}
    for lang in args.languages.split(",")[1:]:
        packs[f"content.{lang}.pack"] = [p for p in content if p.endswith(f".{lang}.json")]
    for name, members in packs.items():
        (site / name).write_bytes(pack(root, members))
    # The interface's string tables, one per language but English (strings.<lang>.json).
    strings = []
    for lang in args.languages.split(",")[1:]:
        shutil.copy2(root / "src/ui" / f"strings.{lang}.json", site / f"strings.{lang}.json")
        strings.append(f"strings.{lang}.json")
    sizes = lambda names: [{"path": n, "bytes": (site / n).stat().st_size} for n in names]
    # The first view of the home page (see web/loader.js): the content summary per language and the
    # first model cut down to what the home page draws, which srm-check wrote into the site.
    languages = args.languages.split(",")
    # It rasterises only the glyphs it can draw (fewer than half the font's in English); the rest
    # follow with the content.
    font, sources = font_points(site / "fonts/glyphs.txt"), source_points(root)
    first_view = {
        "summaries": sizes(["first-view.json"] + [f"first-view.{lang}.json" for lang in languages[1:]]),
        "content": sizes(sorted(str(p.relative_to(site)) for p in (site / "first-view/models").glob("*.json"))),
        "glyphs": {lang: glyph_list(first_view_points(site, lang, sources, font)) for lang in languages},
    }
    manifest = {
        "languages": args.languages.split(","),
        "app": sizes(["app.wasm"]),
        "deferred": sizes(deferred),
        "fonts": sizes(["fonts/ui-regular.ttf", "fonts/ui-semibold.ttf"]),
        "glyphs": glyph_list(font),
        "strings": sizes(strings),
        "content": [dict(size, files=packs[size["path"]]) for size in sizes(list(packs))],
        "firstView": first_view,
    }
    marker = "<!-- srm:manifest (the build puts the list of files to fetch here) -->"
    page = (root / "web" / "index.html").read_text(encoding="utf-8")
    if marker not in page:
        raise SystemExit("stage-site: web/index.html lacks the manifest marker")
    element = '<script type="application/json" id="srm-manifest">' + json.dumps(manifest) + "</script>"
    page = page.replace(marker, element).replace("</head>", preload_links(manifest) + "</head>", 1)
    # The icon inside the page (a data: URL, which the site's policy allows for images): one
    # request fewer. The accessible pages keep the file.
    icon_link = '<link rel="icon" href="favicon.svg" type="image/svg+xml">'
    if icon_link not in page:
        raise SystemExit("stage-site: web/index.html lacks the icon link")
    icon = base64.b64encode((root / "web/favicon.svg").read_bytes()).decode("ascii")
    page = page.replace(icon_link, f'<link rel="icon" href="data:image/svg+xml;base64,{icon}">')
    (site / "index.html").write_text(page, encoding="utf-8")
    (site / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main()
