// The UI's tables cover everything they list: every screen has its row (with a distinct id a
// link or window.srm.state() can name), and every question type the core knows has its answer
// drawer, so no screen or question can be left undrawn.
#include "answers/answer_drawer.h"
#include "screen_table.h"
#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace srm;

TEST_CASE("every screen has one row, in order, with its own id and a draw function") {
    std::set<std::string> ids;
    REQUIRE(ui::ScreenRows().size() == size_t(ui::Screen::count));
    for (size_t i = 0; i < size_t(ui::Screen::count); ++i) {
        const ui::ScreenRow& row = ui::screen_row(ui::Screen(i));
        CHECK(row.screen == ui::Screen(i));
        CHECK(bool(row.draw));
        CHECK(ids.insert(row.id).second);
    }
    CHECK(std::string(ui::screen_id(ui::Screen::room_summary)) == "room-summary");
}

TEST_CASE("every question type the core knows has a complete answer drawer") {
    for (size_t i = 0; i < kQuestionTypeCount; ++i) {
        const ui::AnswerDrawer& d = ui::answer_drawer(QuestionType(i));
        CHECK(d.type == QuestionType(i));
        CHECK(bool(d.empty_response));
        CHECK(bool(d.draw));
        CHECK(bool(d.feedback));
        CHECK(bool(d.answer_text));
        CHECK(bool(d.present));
        CHECK(bool(d.incomplete_hint));
    }
}
