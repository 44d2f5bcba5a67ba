#!/usr/bin/python3
"""Subsets the UI font (Inter, from Debian's fonts-inter) to the glyphs SRM Trainer uses.

The glyph set is a fixed baseline (Latin with French accents, typographic quotes and dashes,
the euro sign, the narrow no-break space, the arrows and marks the UI draws) plus every
character found in the content and UI sources given with --text-from. Keep BASELINE_RANGES in
step with src/ui/font_glyphs.cpp. Writes <out>/ui-regular.otf, <out>/ui-semibold.otf and
<out>/glyphs.txt (the code points, one hex value a line: stage-site.py hands them to the app
through the manifest, as the glyphs it rasterises).
"""
import argparse
import pathlib
import subprocess
import sys

FONT_DIR = pathlib.Path("/usr/share/fonts/opentype/inter")
FONTS = {"ui-regular.otf": "Inter-Regular.otf", "ui-semibold.otf": "Inter-SemiBold.otf"}
BASELINE_RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x0152, 0x0153), (0x0178, 0x0178),
    (0x2010, 0x2027), (0x202F, 0x202F), (0x2039, 0x203A), (0x20AC, 0x20AC),
    (0x2190, 0x2193), (0x2197, 0x2197), (0x2713, 0x2713), (0x2717, 0x2717),
]
TEXT_SUFFIXES = {".json", ".cpp", ".h", ".md", ".txt"}


def code_points(text_roots):
    points = set()
    for first, last in BASELINE_RANGES:
        points.update(range(first, last + 1))
    for root in text_roots:
        root = pathlib.Path(root)
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in TEXT_SUFFIXES)
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            points.update(ord(c) for c in text if ord(c) >= 0x20)
    return sorted(points)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True)
    parser.add_argument("--text-from", nargs="*", default=[])
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    points = code_points(args.text_from)
    unicodes = ",".join(f"U+{p:04X}" for p in points)
    for target, source in FONTS.items():
        src = FONT_DIR / source
        if not src.exists():
            sys.exit(f"subset-font: {src} is missing (install fonts-inter)")
        subprocess.run([sys.executable, "-m", "fontTools.subset", str(src), f"--unicodes={unicodes}", f"--output-file={out / target}",
                        "--layout-features=kern,liga", "--no-hinting", "--desubroutinize",
                        "--name-IDs=0,1,2,3,4,5,6", "--drop-tables+=GSUB,GPOS,GDEF"], check=True)
    (out / "glyphs.txt").write_text("".join(f"{p:04X}\n" for p in points))


if __name__ == "__main__":
    main()
