// Look and feel: the ImGui style, the palette the screens draw with, and the fonts.
// Owners are always shown with a text label and a pattern as well as a colour.
#pragma once
#include "imgui.h"

namespace srm::ui {

struct Palette {
    ImU32 background, surface, surface_border, text, text_muted, accent, accent_text;
    ImU32 customer, customer_text, provider, provider_text, shared, shared_text, not_applicable;
    ImU32 error, error_text, success, success_text;
};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;     // larger, for screen titles
    ImFont* subheading = nullptr;  // semibold body size, for section and card titles
};

const Palette& Colors();
Fonts& UiFonts();

// Applies the style, scaled for `scale` (device pixel ratio x user text size).
void ApplyStyle(float scale);

} // namespace srm::ui
