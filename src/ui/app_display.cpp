// The app's display intents (see intents.h): theme, text size and language, saved as link
// parameters so the next page opens the same way; and the text scale the platform's fonts follow.
#include "app.h"
#include "i18n.h"
#include "theme.h"
#include <algorithm>

namespace srm::ui {

// The learner's text size, and larger still in the presenter view, read from across a room.
float App::text_scale() const {
    constexpr float kPresenterTextScale = 1.6f;
    return float(text_size_) / 100.0f * (screen_ == Screen::present ? kPresenterTextScale : 1.0f);
}

void App::LoadDisplay(const std::string& saved) {
    DeepLink display = parse_deep_link(saved, Languages());
    language_chosen_ = !display.lang.empty();
    if (!display.theme.empty()) theme_ = display.theme;
    if (display.text_size) text_size_ = display.text_size;
}

// The display choices, saved after every change; `switch_to` a language the page reloads in.
void App::SaveDisplay(const std::string& switch_to) {
    DeepLink display;
    display.theme = theme_;
    display.text_size = text_size_ == 100 ? 0 : text_size_;
    display.lang = !switch_to.empty() ? switch_to : language_chosen_ ? Language() : "";
    language_chosen_ = language_chosen_ || !switch_to.empty();
    std::string saved = format_deep_link(display);
    requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::save_display, saved.empty() ? "" : saved.substr(1)));
    // Content in the other language is fetched and checked at start: the page reloads in it.
    if (!switch_to.empty()) requests_.push_back(PlatformRequest::of(PlatformRequest::Kind::switch_language, switch_to));
}

void App::ApplyArea(const DisplayIntent& intent) {
    std::visit(Overloaded{
        [&](const intent::SetTheme& i) {
            Theme parsed;
            if (i.theme.empty() || parse_theme(i.theme, parsed)) theme_ = i.theme;
            SaveDisplay("");
        },
        [&](const intent::SetTextSize& i) {
            text_size_ = std::clamp(i.percent, 100, 200);
            SaveDisplay("");
        },
        [&](const intent::SetLanguage& i) {
            bool switching = i.language != Language() &&
                             std::find(Languages().begin(), Languages().end(), i.language) != Languages().end();
            SaveDisplay(switching ? i.language : "");
        },
    }, intent);
}

} // namespace srm::ui
