// Style and palette (see theme.h). Colours pair dark text with light fills at >= 4.5:1 contrast.
#include "theme.h"

namespace srm::ui {

const Palette& Colors() {
    static const Palette p = {
        IM_COL32(246, 247, 249, 255),  // background
        IM_COL32(255, 255, 255, 255),  // surface
        IM_COL32(214, 219, 226, 255),  // surface_border
        IM_COL32(23, 28, 38, 255),     // text
        IM_COL32(75, 85, 99, 255),     // text_muted
        IM_COL32(29, 78, 216, 255),    // accent
        IM_COL32(255, 255, 255, 255),  // accent_text
        IM_COL32(219, 234, 254, 255),  // customer (light blue fill)
        IM_COL32(30, 58, 138, 255),    // customer_text
        IM_COL32(254, 243, 199, 255),  // provider (light amber fill)
        IM_COL32(120, 53, 15, 255),    // provider_text
        IM_COL32(237, 233, 254, 255),  // shared (light violet fill)
        IM_COL32(76, 29, 149, 255),    // shared_text
        IM_COL32(229, 231, 235, 255),  // not_applicable
        IM_COL32(254, 226, 226, 255),  // error
        IM_COL32(153, 27, 27, 255),    // error_text
        IM_COL32(220, 252, 231, 255),  // success
        IM_COL32(22, 101, 52, 255),    // success_text
    };
    return p;
}

Fonts& UiFonts() {
    static Fonts fonts;
    return fonts;
}

void ApplyStyle(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    const Palette& p = Colors();
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(p.text);
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(p.text_muted);
    c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(p.background);
    c[ImGuiCol_ChildBg] = ImGui::ColorConvertU32ToFloat4(p.surface);
    c[ImGuiCol_Border] = ImVec4(0.42f, 0.45f, 0.50f, 1.0f);   // 3:1 against the background, for controls
    c[ImGuiCol_Button] = ImVec4(0.114f, 0.306f, 0.847f, 1.00f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.145f, 0.388f, 0.922f, 1.00f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.118f, 0.251f, 0.686f, 1.00f);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 1.0f, 1);
    c[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(p.accent);
    c[ImGuiCol_NavHighlight] = ImVec4(0.85f, 0.20f, 0.05f, 1.0f);   // focus ring: strong orange-red
    c[ImGuiCol_Header] = ImVec4(0.86f, 0.91f, 1.0f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.87f, 1.0f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.74f, 0.83f, 1.0f, 1);
    c[ImGuiCol_PlotHistogram] = ImGui::ColorConvertU32ToFloat4(p.accent);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
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
