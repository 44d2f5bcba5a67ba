// The app's display intents (see intents.h): theme, text size and language, saved as link
// parameters so the next page opens the same way; and the text scale the platform's fonts follow.
#include "app.h"
#include "i18n.h"
#include "screen_table.h"
#include "theme.h"
#include <algorithm>

namespace srm::ui {

// The learner's text size, larger still on a screen read from across a room (its row says).
float App::text_scale() const { return float(display_.text_size) / 100.0f * screen_row(screen_).text_scale; }

void App::LoadDisplay(const std::string& saved) {
    DeepLink display = parse_deep_link(saved, Languages());
    display_.language_chosen = !display.lang.empty();
    if (!display.theme.empty()) display_.theme = display.theme;
    if (display.text_size) display_.text_size = display.text_size;
}

// The display choices, saved after every change; `switch_to` a language the page reloads in.
void App::SaveDisplay(const std::string& switch_to) {
    DeepLink display;
    display.theme = display_.theme;
    display.text_size = display_.text_size == 100 ? 0 : display_.text_size;
    display.lang = !switch_to.empty() ? switch_to : display_.language_chosen ? Language() : "";
    display_.language_chosen = display_.language_chosen || !switch_to.empty();
    std::string saved = format_deep_link(display);
    requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_display, saved.empty() ? "" : saved.substr(1)));
    // Content in the other language is fetched and checked at start: the page reloads in it.
    if (!switch_to.empty()) requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::switch_language, switch_to));
}

void App::ApplyArea(const DisplayIntent& intent) {
    std::visit(Overloaded{
                   [&](const intent::SetTheme& i) {
                       Theme parsed;
                       if (i.theme.empty() || parse_theme(i.theme, parsed)) display_.theme = i.theme;
                       SaveDisplay("");
                   },
                   [&](const intent::SetTextSize& i) {
                       display_.text_size = std::clamp(i.percent, 100, 200);
                       SaveDisplay("");
                   },
                   [&](const intent::SetLanguage& i) {
                       bool switching = i.language != Language() && std::find(Languages().begin(), Languages().end(),
                                                                              i.language) != Languages().end();
                       SaveDisplay(switching ? i.language : "");
                   },
               },
               intent);
}

} // namespace srm::ui
