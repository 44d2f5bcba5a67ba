// Golden transcripts (approval tests): whole quiz runs with a fixed seed and scripted answers,
// written out as text and compared with tests/data/golden/<name>.txt. A change in drawing,
// shuffling, scoring or results shows up as a readable diff. To approve a deliberate change, run
// core_tests with SRM_APPROVE=1 and review the diff of the golden files. Native only: the wasm
// build has no filesystem (the seed test in test_quiz_session.cpp covers wasm reproducibility).
#ifndef __EMSCRIPTEN__
#include "catalog.h"
#include "fixtures.h"
#include "question_types/question_type.h"
#include "quiz_session.h"
#include <cstdio>
#include <cstdlib>
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

using namespace srm;

namespace {

std::string Num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

// A learner who answers the first shown choice, places every item on the customer side and
// leaves orderings as shown: right sometimes, wrong sometimes, always the same.
Response Scripted(const Question& q, const std::vector<int>& order) {
    return question_type_info(q.type).first_response(q, order);
}

std::string Transcript(const Quiz& quiz, const SessionConfig& config) {
    std::ostringstream out;
    QuizSession s(quiz, config, 0);
    out << "quiz " << quiz.id << " seed " << config.seed << " mode "
        << (config.mode == QuizMode::exam ? "exam" : "practice") << " questions " << s.size() << "\n";
    double t = 0;
    while (!s.finished()) {
        const Presented& p = s.current();
        t += 30;
        const AnswerRecord& r = s.answer(Scripted(*p.question, p.order), t);
        out << s.current_index() + 1 << ". " << p.question->id << " (" << question_type_id(p.question->type)
            << ") score " << Num(r.score) << ": " << response_words(*p.question, r.response) << "\n";
        s.next(t);
    }
    out << "score " << Num(s.score()) << " of " << Num(s.max_score()) << " = " << Num(s.scaled())
        << (s.passed() ? " passed" : " not passed") << "\n";
    for (const ConceptResult& c : s.breakdown())
        out << "concept " << c.concept_id << " " << Num(c.score) << "/" << Num(c.max)
            << (c.score < c.max - 1e-9 && !c.misconception.empty() ? " misconception: " + c.misconception : "") << "\n";
    out << "retry:";
    for (const std::string& id : s.wrong_question_ids()) out << " " << id;
    out << "\n";
    return out.str();
}

std::string Transcript(const Quiz& quiz, std::uint64_t seed, QuizMode mode, size_t count) {
    SessionConfig config;
    config.seed = seed;
    config.mode = mode;
    config.count = count;
    return Transcript(quiz, config);
}

void Approve(const std::string& name, const std::string& actual) {
    std::string path = std::string(SRM_SOURCE_DIR) + "/tests/data/golden/" + name + ".txt";
    if (std::getenv("SRM_APPROVE")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream expected;
    expected << in.rdbuf();
    INFO("golden file: " << path);
    CHECK(expected.str() == actual);
}

std::string ReadSource(const std::string& path) {
    std::ifstream in(std::string(SRM_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("golden transcript: every question type, practice") {
    ContentCatalog c("2026-03-01");
    c.add_file("models/test.json", fixtures::kModel);
    c.add_file("quizzes/all.json", fixtures::kQuizAllTypes);
    c.finish();
    Approve("all-types-practice-seed-9", Transcript(c.quizzes().at(0), 9, QuizMode::practice, 0));
}

TEST_CASE("golden transcript: move the line, authored and generated, practice") {
    ContentCatalog c("2026-03-01");
    c.add_file("models/test.json", fixtures::model_with_settings());
    c.add_file("quizzes/line.json", fixtures::kQuizLine);
    c.finish();
    SessionConfig config;
    config.seed = 4;
    config.mode = QuizMode::practice;
    Approve("line-practice-seed-4", Transcript(c.quizzes().at(0), config));
}

TEST_CASE("golden transcript: the bundled services quiz's line questions, practice") {
    ContentCatalog c("2026-11-30");
    c.add_file("assets/models/aws.json", ReadSource("assets/models/aws.json"));
    c.add_file("quizzes/services.json", ReadSource("quizzes/services.json"));
    c.finish();
    REQUIRE(c.quizzes().size() == 1);
    SessionConfig config;
    config.seed = 3;
    config.mode = QuizMode::practice;
    config.tags = {"line"};
    Approve("services-line-practice-seed-3", Transcript(c.quizzes().at(0), config));
}

TEST_CASE("golden transcript: the bundled fundamentals quiz, exam of 10") {
    ContentCatalog c("2026-11-29");
    c.add_file("assets/models/aws.json", ReadSource("assets/models/aws.json"));
    c.add_file("quizzes/fundamentals.json", ReadSource("quizzes/fundamentals.json"));
    c.finish();
    REQUIRE(c.quizzes().size() == 1);
    Approve("fundamentals-exam-seed-2026", Transcript(c.quizzes().at(0), 2026, QuizMode::exam, 10));
}
#endif
