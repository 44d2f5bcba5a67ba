// What earlier builds wrote still reads, fits and scores the same: a saved run, a progress code,
// workshop results codes and the room summary made from them, all captured from an earlier
// build into tests/core/fixtures/compat/ (its README names the commit). Native only: the wasm
// build has no filesystem.
#ifndef __EMSCRIPTEN__
#include "catalog.h"
#include "progress.h"
#include "room_summary.h"
#include "saved_run.h"
#include "text_codes.h"
#include <cstdio>
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

using namespace srm;

namespace {

std::string Fixture(const std::string& name) {
    std::ifstream in(std::string(SRM_SOURCE_DIR) + "/tests/core/fixtures/compat/" + name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string FirstLine(const std::string& name) { return std::string(trim(Fixture(name))); }

std::vector<std::string> Lines(const std::string& name) {
    std::vector<std::string> out;
    for (const std::string& line : split(Fixture(name), '\n'))
        if (!trim(line).empty()) out.push_back(line);
    return out;
}

ContentCatalog CompatCatalog() {
    ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", Fixture("model.json"));
    catalog.add_file("quizzes/all.json", Fixture("quiz.json"));
    catalog.finish();
    return catalog;
}

} // namespace

TEST_CASE("a saved run from an earlier build resumes with the same answers and scores") {
    ContentCatalog catalog = CompatCatalog();
    REQUIRE(catalog.quizzes().size() == 1);
    const Quiz& quiz = catalog.quizzes()[0];
    std::string text = Fixture("saved-run.json");
    SavedRun run;
    Problem problem;
    REQUIRE(saved_run_from_json(text, run, problem));
    CHECK(run.quiz_id == quiz.id);
    // Nothing in it carries text, so writing it again gives the very same document.
    CHECK(saved_run_to_json(run) == text);
    std::vector<std::string> scores = Lines("saved-run-scores.txt");
    QuizSession session(quiz, run.config, 0);
    REQUIRE(run.answers.size() == session.size());
    REQUIRE(scores.size() == session.size());
    for (size_t i = 0; i < run.answers.size(); ++i) {
        const Question& q = *session.current().question;
        CHECK(response_fits(q, run.answers[i]));
        CHECK(response_complete(q, run.answers[i]));
        char line[128];
        std::snprintf(line, sizeof line, "%s %.6f", q.id.c_str(), session.answer(run.answers[i], 0).score);
        CHECK(scores[i] == line);
        session.next(0);
    }
}

TEST_CASE("a progress code from an earlier build reads and writes back unchanged") {
    std::string code = FirstLine("progress-code.txt");
    Progress progress;
    Problem problem;
    REQUIRE(progress_from_code(code, progress, problem));
    CHECK(progress.quizzes.at("all-types").best_percent == 71);
    CHECK(progress_to_code(progress) == code);
}

TEST_CASE("results codes from an earlier build read, write back unchanged and sum up to the same room summary") {
    ContentCatalog catalog = CompatCatalog();
    const Quiz& quiz = catalog.quizzes()[0];
    Room room;
    Problem problem;
    REQUIRE(parse_room_code(FirstLine("room-code.txt"), catalog.quizzes(), room, problem));
    std::vector<std::string> codes = Lines("results-codes.txt");
    REQUIRE(codes.size() == 5);
    for (const std::string& code : codes) {
        WorkshopResult result;
        REQUIRE(parse_results_code(code, result, problem));
        CHECK(results_code(result) == code);
    }
    RoomSummary summary = summarise_room(quiz, room, Fixture("results-codes.txt"));
    CHECK(summary.rejected.empty());
    CHECK(summary.participants.size() == 5);
    CHECK(room_summary_csv(summary) == Fixture("room-summary.csv"));
}
#endif
