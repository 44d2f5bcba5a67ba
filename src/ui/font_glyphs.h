// The glyphs the UI font must rasterise: the UI's own set (Latin, French accents, typographic
// punctuation, arrows and marks the screens draw) plus the subset font's own glyph list, which
// scripts/subset-font.py makes from every character of the content and the interface and the
// site's manifest carries (scripts/stage-site.py). The script subsets the shipped font to the same
// baseline, so both stay in step.
#pragma once
#include "imgui.h"
#include <string_view>
#include <vector>

namespace srm::ui {

// The longest glyph list read; a longer one is refused whole.
constexpr size_t kMaxGlyphListBytes = 16 * 1024;

// Zero-terminated ImGui glyph ranges: the baseline and a glyph list of hexadecimal code points
// and ranges separated by commas ("20-7E,A0-FF,2019"). A list longer than kMaxGlyphListBytes, not
// in that form, or naming code points outside U+0020..U+FFFF adds nothing to the baseline.
std::vector<ImWchar> GlyphRangesFromList(std::string_view list);

// Zero-terminated ImGui glyph ranges of a glyph list alone, without the baseline (the first view's
// glyphs, fewer than the font's); an empty list, or one GlyphRangesFromList would not read, gives
// the baseline.
std::vector<ImWchar> ListedGlyphRanges(std::string_view list);

// The baseline ranges as [first, last] pairs, zero-terminated.
const ImWchar* BaselineGlyphRanges();

} // namespace srm::ui
