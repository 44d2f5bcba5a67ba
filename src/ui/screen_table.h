// The screens as a table, one row each (screen_table.cpp), in the spirit of Dear ImGui's
// per-enum info tables: the screen's id, its draw function, where Escape goes, the width of its
// content column, what a screen reader hears when it opens, the link view that opens it and how
// its page is told apart for scrolling and focus. App::Frame(), screen_id(), Escape, deep links,
// focus and announcements all read the rows; App knows nothing else of a screen.
// Adding a screen: a value in `Screen`, a screen_<name>.cpp with its draw function, and a row.
#pragma once
#include "app.h"
#include <optional>
#include <string>
#include <vector>

namespace srm::ui {

using DrawScreen = void (*)(const App& app, Intents& out);

// A widget whose label is spoken when a page opens; long texts may be cut to their first sentence.
struct Spoken {
    Spoken(const char* id) : id(id) {} // NOLINT: rows list ids as plain strings
    static Spoken first_sentence_of(const char* id) {
        Spoken s(id);
        s.first_sentence = true;
        return s;
    }
    const char* id;
    bool first_sentence = false;
};
using SpokenGroup = std::vector<Spoken>;

struct ScreenRow {
    ScreenRow(Screen screen, const char* id, DrawScreen draw) : screen(screen), id(id), draw(draw) {}
    // Builders, so a row reads as named settings.
    ScreenRow& escape_to(Intent where) {
        escape = std::move(where);
        return *this;
    }
    ScreenRow& width(float css_px) {
        content_width = css_px;
        return *this;
    }
    ScreenRow& text_larger_by(float factor) {
        text_scale = factor;
        return *this;
    }
    // Announcement groups: the first whose first widget was drawn is spoken (the last one always
    // is, when none before it was); in a group, every widget drawn is spoken.
    ScreenRow& announce(std::vector<SpokenGroup> groups) {
        announced = std::move(groups);
        return *this;
    }
    ScreenRow& opened_by_link(const char* view, Intent open) {
        link_view = view;
        link_open = std::move(open);
        return *this;
    }
    ScreenRow& focus_own_first_control() {
        top_bar_takes_focus = false;
        return *this;
    }
    ScreenRow& without_home_button() {
        home_button = false;
        return *this;
    }
    ScreenRow& page_detail(std::string (*detail)(const App& app)) {
        page = detail;
        return *this;
    }
    ScreenRow& focus_detail(std::string (*detail)(const App& app)) {
        focus = detail;
        return *this;
    }

    Screen screen;                    // the row's place in the table is its Screen value
    const char* id;                   // in window.srm.state(), page keys and tests
    DrawScreen draw;                  // draws the screen and appends the learner's intents
    Intent escape = intent::GoHome{}; // what Escape does (when no widget or popup has it)
    float content_width = 960;        // the content column's widest, CSS pixels (~60em); embedded pages use all
    float text_scale = 1;             // text larger than the learner's size by this (a projected presenter)
    std::vector<SpokenGroup> announced = {{"screen.title"}};
    const char* link_view =
        nullptr; // ?view=<this> opens the screen with `link_open` (views with parameters are read by App)
    std::optional<Intent> link_open;
    bool top_bar_takes_focus = true; // a new page's keyboard focus starts on the top bar, else on the screen's own control
    bool home_button = true;         // the top bar offers "Home"
    std::string (*page)(const App& app) = nullptr; // tells apart pages of one screen (a lesson, a question) for scrolling
    std::string (*focus)(const App& app) = nullptr; // and states of one page that move keyboard focus (answered)
};

const std::vector<ScreenRow>& ScreenRows();
inline const ScreenRow& screen_row(Screen screen) { return ScreenRows()[size_t(screen)]; }

} // namespace srm::ui
