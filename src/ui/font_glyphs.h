// The glyphs the UI font must rasterise: the UI's own set (Latin, French accents, typographic
// punctuation, arrows and marks the screens draw) plus every character in the loaded content.
// scripts/subset-font.py subsets the shipped font to the same baseline, so both stay in step.
#pragma once
#include "catalog.h"
#include "imgui.h"
#include <vector>

namespace srm::ui {

// Zero-terminated ImGui glyph ranges.
std::vector<ImWchar> GlyphRangesFor(const ContentCatalog& catalog);

// The baseline ranges as [first, last] pairs, zero-terminated (also used by tests).
const ImWchar* BaselineGlyphRanges();

} // namespace srm::ui
