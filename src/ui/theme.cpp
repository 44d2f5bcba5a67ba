// Style and palettes (see theme.h). Each palette pairs text with its background at 4.5:1 or more;
// owners also differ by pattern and by their written label, never by colour alone.
#include "theme.h"
#include "ui_context.h"
#include "imgui_internal.h"

namespace srm::ui {

//-----------------------------------------------------------------------------
// [SECTION] Palettes: one row per colour role, one column per theme
//-----------------------------------------------------------------------------

struct PaletteRow {
    ImU32 Palette::*role;
    ImU32 light, dark, high_contrast;
};

// clang-format off
static const PaletteRow kPaletteRows[] = {
    // role                    light                         dark                          high contrast
    {&Palette::background,     IM_COL32(246, 247, 249, 255), IM_COL32( 17,  19,  25, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::surface,        IM_COL32(255, 255, 255, 255), IM_COL32( 29,  32,  40, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::surface_border, IM_COL32(214, 219, 226, 255), IM_COL32( 72,  78,  92, 255), IM_COL32(255, 255, 255, 255)},
    {&Palette::text,           IM_COL32( 23,  28,  38, 255), IM_COL32(236, 239, 244, 255), IM_COL32(255, 255, 255, 255)},
    {&Palette::text_muted,     IM_COL32( 75,  85,  99, 255), IM_COL32(176, 184, 197, 255), IM_COL32(235, 235, 235, 255)},
    {&Palette::accent,         IM_COL32( 29,  78, 216, 255), IM_COL32( 96, 165, 250, 255), IM_COL32(255, 255,   0, 255)},
    {&Palette::accent_text,    IM_COL32(255, 255, 255, 255), IM_COL32( 10,  16,  30, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::customer,       IM_COL32(219, 234, 254, 255), IM_COL32( 27,  48,  92, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::customer_text,  IM_COL32( 30,  58, 138, 255), IM_COL32(191, 219, 254, 255), IM_COL32(135, 206, 250, 255)},
    {&Palette::provider,       IM_COL32(254, 243, 199, 255), IM_COL32( 78,  52,  14, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::provider_text,  IM_COL32(120,  53,  15, 255), IM_COL32(253, 230, 138, 255), IM_COL32(255, 215,   0, 255)},
    {&Palette::shared,         IM_COL32(237, 233, 254, 255), IM_COL32( 55,  36,  96, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::shared_text,    IM_COL32( 76,  29, 149, 255), IM_COL32(221, 214, 254, 255), IM_COL32(255, 150, 255, 255)},
    {&Palette::not_applicable, IM_COL32(229, 231, 235, 255), IM_COL32( 44,  48,  58, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::error,          IM_COL32(254, 226, 226, 255), IM_COL32( 80,  22,  22, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::error_text,     IM_COL32(153,  27,  27, 255), IM_COL32(254, 202, 202, 255), IM_COL32(255, 140, 140, 255)},
    {&Palette::success,        IM_COL32(220, 252, 231, 255), IM_COL32( 18,  64,  36, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::success_text,   IM_COL32( 22, 101,  52, 255), IM_COL32(187, 247, 208, 255), IM_COL32(130, 255, 130, 255)},
    {&Palette::accent_soft,    IM_COL32(235, 241, 255, 255), IM_COL32( 36,  52,  84, 255), IM_COL32( 48,  48,   0, 255)},
    {&Palette::highlight,      IM_COL32(255, 247, 205, 255), IM_COL32( 66,  56,  18, 255), IM_COL32( 48,  48,   0, 255)},
    {&Palette::party,          IM_COL32(204, 251, 241, 255), IM_COL32( 14,  64,  60, 255), IM_COL32(  0,   0,   0, 255)},
    {&Palette::party_text,     IM_COL32( 17,  94,  89, 255), IM_COL32(153, 246, 228, 255), IM_COL32(100, 255, 220, 255)},
};
// clang-format on

static Palette MakePalette(Theme theme) {
    Palette palette{};
    for (const PaletteRow& row : kPaletteRows)
        palette.*row.role = theme == Theme::light ? row.light : theme == Theme::dark ? row.dark : row.high_contrast;
    palette.dark = theme != Theme::light;
    return palette;
}
static const Palette kLight = MakePalette(Theme::light);
static const Palette kDark = MakePalette(Theme::dark);
static const Palette kHighContrast = MakePalette(Theme::high_contrast);

bool parse_theme(const std::string& id, Theme& out) {
    for (Theme t : {Theme::light, Theme::dark, Theme::high_contrast})
        if (id == theme_id(t)) {
            out = t;
            return true;
        }
    return false;
}

const char* theme_id(Theme theme) {
    switch (theme) {
    case Theme::light: return "light";
    case Theme::dark: return "dark";
    case Theme::high_contrast: return "high-contrast";
    }
    return "";
}

void SetTheme(Theme theme) { UiContext().theme = theme; }
Theme CurrentTheme() { return UiContext().theme; }

const Palette& Colors() {
    switch (UiContext().theme) {
    case Theme::dark: return kDark;
    case Theme::high_contrast: return kHighContrast;
    case Theme::light: break;
    }
    return kLight;
}

Fonts& UiFonts() {
    static Fonts fonts;
    return fonts;
}

void ApplyStyle(float scale) {
    const Palette& p = Colors();
    ImGuiStyle style;
    if (p.dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    auto f = [](ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); };
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = f(p.text);
    c[ImGuiCol_TextDisabled] = f(p.text_muted);
    c[ImGuiCol_WindowBg] = f(p.background);
    c[ImGuiCol_ChildBg] = f(p.surface);
    c[ImGuiCol_PopupBg] = f(p.surface);
    c[ImGuiCol_Border] =
        UiContext().theme == Theme::light ? ImVec4(0.42f, 0.45f, 0.50f, 1.0f) : f(p.surface_border); // 3:1 for controls
    c[ImGuiCol_Button] = f(p.accent);
    c[ImGuiCol_ButtonHovered] = ImLerp(f(p.accent), f(p.text), 0.15f);
    c[ImGuiCol_ButtonActive] = ImLerp(f(p.accent), f(p.background), 0.2f);
    c[ImGuiCol_FrameBg] = f(p.surface);
    c[ImGuiCol_FrameBgHovered] = f(p.accent_soft);
    c[ImGuiCol_FrameBgActive] = f(p.accent_soft);
    c[ImGuiCol_CheckMark] = f(p.accent);
    c[ImGuiCol_NavHighlight] = f(p.accent); // the focus ring: 3:1 or more against the background in every theme
    c[ImGuiCol_Header] = f(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = f(p.accent_soft);
    c[ImGuiCol_HeaderActive] = f(p.accent_soft);
    c[ImGuiCol_TableHeaderBg] = f(p.accent_soft);
    c[ImGuiCol_PlotHistogram] = f(p.accent);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Separator] = f(p.surface_border);
    style.WindowPadding = ImVec2(20, 16);
    style.FramePadding = ImVec2(12, 7);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 14;
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.GrabRounding = 6;
    style.ChildBorderSize = 1;
    style.WindowBorderSize = 0;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

} // namespace srm::ui
