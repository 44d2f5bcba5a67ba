// Look and feel: the ImGui style, the palette the screens draw with, and the fonts.
// Owners are always shown with a text label and a pattern as well as a colour.
#pragma once
#include "imgui.h"
#include <string>

namespace srm::ui {

struct Palette {
    ImU32 background, surface, surface_border, text, text_muted, accent, accent_text;
    ImU32 customer, customer_text, provider, provider_text, shared, shared_text, not_applicable;
    ImU32 error, error_text, success, success_text;
    ImU32 accent_soft; // hover and pressed fill of secondary buttons
    ImU32 highlight;   // notices and rows that change
    ImU32 party, party_text;
    bool dark;
};

enum class Theme { light, dark, high_contrast };
bool parse_theme(const std::string& id, Theme& out);
const char* theme_id(Theme theme);

// Selects the palette; ApplyStyle() must follow for ImGui's own colours.
void SetTheme(Theme theme);
Theme CurrentTheme();

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;    // larger, for screen titles
    ImFont* subheading = nullptr; // semibold body size, for section and card titles
};

const Palette& Colors();
Fonts& UiFonts();

// Applies the style, scaled for `scale` (device pixel ratio x user text size).
void ApplyStyle(float scale);

} // namespace srm::ui
