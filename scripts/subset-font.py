#!/usr/bin/python3
"""Subsets the UI font (Inter, from Debian's fonts-inter) to the glyphs SRM Trainer uses.

The glyph set is a fixed baseline (Latin with French accents, typographic quotes and dashes,
the euro sign, the narrow no-break space, the arrows and marks the UI draws) plus every
character found in the content and UI sources given with --text-from. Keep BASELINE_RANGES in
step with src/ui/font_glyphs.cpp. Writes <out>/ui-regular.ttf, <out>/ui-semibold.ttf and
<out>/glyphs.txt (the code points, one hex value a line: stage-site.py hands them to the app
through the manifest, as the glyphs it rasterises).
"""
import argparse
import pathlib
import subprocess
import sys

from text_points import text_points

FONT_DIR = pathlib.Path("/usr/share/fonts/opentype/inter")
FONTS = {"ui-regular.ttf": "Inter-Regular.otf", "ui-semibold.ttf": "Inter-SemiBold.otf"}
# The subset keeps Inter's cubic (CFF) outlines; they are turned into TrueType quadratics, which the
# app's rasteriser (stb_truetype, inside Dear ImGui) reads about twice as fast: the font atlas is
# built on the first view's critical path. Within 4 units of Inter's 2816 to the em, the curves move
# by less than 0.04 px at the largest type (27 px), and the files grow by about 1 KB gzip each.
MAX_CURVE_ERROR = 4
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
            points.update(text_points(path.read_text(encoding="utf-8", errors="replace")))
    return sorted(points)


def to_truetype(cff_font, out):
    """The font with its CFF outlines redrawn as TrueType quadratic outlines (glyf, loca, maxp 1.0)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(cff_font)
    glyph_set, order = font.getGlyphSet(), font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=MAX_CURVE_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, glyphs
    font["glyf"], font["loca"] = glyf, newTable("loca")
    del font["CFF "]
    maxp = newTable("maxp")  # version 1.0: the TrueType fields, recomputed from the glyphs on save
    maxp.tableVersion, maxp.numGlyphs = 0x00010000, len(order)
    for field in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours", "maxTwilightPoints",
                  "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].indexToLocFormat, font["head"].glyphDataFormat = 0, 0
    font["post"].formatType = 3.0  # no glyph names
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


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
        subset = out / (target + ".cff")
        subprocess.run([sys.executable, "-m", "fontTools.subset", str(src), f"--unicodes={unicodes}", f"--output-file={subset}",
                        "--layout-features=kern,liga", "--no-hinting", "--desubroutinize",
                        "--name-IDs=0,1,2,3,4,5,6", "--drop-tables+=GSUB,GPOS,GDEF"], check=True)
        to_truetype(subset, out / target)
        subset.unlink()
    (out / "glyphs.txt").write_text("".join(f"{p:04X}\n" for p in points))


if __name__ == "__main__":
    main()
