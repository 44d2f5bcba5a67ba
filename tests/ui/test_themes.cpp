// Every theme's text and background pairs, as the screens use them, reach WCAG's 4.5:1 contrast
// for normal text (light, dark and high contrast).
#include "theme.h"
#include <cmath>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace srm::ui;

static double Luminance(ImU32 c) {
    auto channel = [](unsigned v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c & 0xff) + 0.7152 * channel((c >> 8) & 0xff) + 0.0722 * channel((c >> 16) & 0xff);
}

static double Contrast(ImU32 a, ImU32 b) {
    double x = Luminance(a), y = Luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

TEST_CASE("every theme's text/background pairs reach 4.5:1") {
    for (Theme theme : {Theme::light, Theme::dark, Theme::high_contrast}) {
        SetTheme(theme);
        const Palette& p = Colors();
        struct Pair {
            const char* what;
            ImU32 text, back;
        };
        std::vector<Pair> pairs = {
            {"text on background", p.text, p.background},
            {"text on surface", p.text, p.surface},
            {"muted text on background", p.text_muted, p.background},
            {"muted text on surface", p.text_muted, p.surface},
            {"links and secondary buttons", p.accent, p.surface},
            {"links on background", p.accent, p.background},
            {"hovered secondary button", p.accent, p.accent_soft},
            {"primary button", p.accent_text, p.accent},
            {"customer tile", p.customer_text, p.customer},
            {"provider tile", p.provider_text, p.provider},
            {"shared tile", p.shared_text, p.shared},
            {"third-party tile", p.party_text, p.party},
            {"error card", p.error_text, p.error},
            {"success card", p.success_text, p.success},
            {"error text on surface", p.error_text, p.surface},
            {"success text on surface", p.success_text, p.surface},
            {"error text on background", p.error_text, p.background},
            {"notice", p.provider_text, p.highlight},
            {"heatmap cell, amber", p.text, p.highlight},
            {"heatmap cell, red", p.text, p.error},
            {"heatmap cell, green", p.text, p.success},
            {"text on accent card", p.text, p.accent_soft},
            {"provider text on background", p.provider_text, p.background},
        };
        for (const Pair& pair : pairs) {
            INFO(theme_id(theme) << ": " << pair.what << " " << Contrast(pair.text, pair.back));
            CHECK(Contrast(pair.text, pair.back) >= 4.5);
        }
    }
    SetTheme(Theme::light);
}

TEST_CASE("the focus ring (the accent) reaches 3:1 against the page and the cards in every theme") {
    for (Theme theme : {Theme::light, Theme::dark, Theme::high_contrast}) {
        SetTheme(theme);
        INFO(theme_id(theme));
        CHECK(Contrast(Colors().accent, Colors().background) >= 3.0);
        CHECK(Contrast(Colors().accent, Colors().surface) >= 3.0);
    }
    SetTheme(Theme::light);
}

TEST_CASE("every colour role has an opaque colour in every theme") {
    for (Theme theme : {Theme::light, Theme::dark, Theme::high_contrast}) {
        SetTheme(theme);
        const Palette& p = Colors();
        for (ImU32 colour :
             {p.background,  p.surface,        p.surface_border, p.text,       p.text_muted,    p.accent,
              p.accent_text, p.customer,       p.customer_text,  p.provider,   p.provider_text, p.shared,
              p.shared_text, p.not_applicable, p.error,          p.error_text, p.success,       p.success_text,
              p.accent_soft, p.highlight,      p.party,          p.party_text}) {
            INFO(theme_id(theme));
            CHECK((colour >> IM_COL32_A_SHIFT) == 255u);
        }
        CHECK(p.dark == (theme != Theme::light));
    }
    SetTheme(Theme::light);
}
