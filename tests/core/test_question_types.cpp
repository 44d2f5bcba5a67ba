// The question types registry: every type is listed once, in QuestionType order, with every
// entry filled; responses read in words; a learner's typed text travels in saved runs and results
// codes only when present, bounded in every reader; one notion of "fully right".
#include "question_types/question_type.h"
#include "results_code.h"
#include "saved_run.h"
#include "text_codes.h"
#include "workshop_helpers.h"
#include <doctest/doctest.h>

using namespace srm;

TEST_CASE("the registry lists every question type once, in order, with every entry filled") {
    for (size_t i = 0; i < kQuestionTypeCount; ++i) {
        const QuestionTypeInfo& info = question_type_info(QuestionType(i));
        CAPTURE(info.id);
        CHECK(info.type == QuestionType(i));
        CHECK(find_question_type(info.id) == &info);
        QuestionType parsed;
        CHECK(parse_question_type(info.id, parsed));
        CHECK(parsed == info.type);
        CHECK((info.read && info.link && info.models_needed && info.answer_slots && info.shown_items && info.score &&
               info.complete && info.fits && info.words && info.right_response && info.wrong_response &&
               info.first_response));
    }
    CHECK(find_question_type("essay") == nullptr);
    CHECK(question_type_ids() == "single, multiple, true-false, classify, matrix, ordering, scenario, line");
}

TEST_CASE("every type's key scores 1 and its wrong answer less, both complete and fitting") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    for (const Question& q : catalog.quizzes().at(0).questions) {
        CAPTURE(q.id);
        Response right = workshop_test::RightAnswer(q), wrong = workshop_test::WrongAnswer(q);
        CHECK(fully_right(score_response(q, right)));
        CHECK_FALSE(fully_right(score_response(q, wrong)));
        CHECK((response_fits(q, right) && response_complete(q, right) && response_fits(q, wrong) &&
               response_complete(q, wrong)));
    }
}

TEST_CASE("responses read in words, type by type") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    auto words_of_right = [&](const std::string& id) {
        for (const Question& q : catalog.quizzes().at(0).questions)
            if (q.id == id) return response_words(q, workshop_test::RightAnswer(q));
        return std::string("no question " + id);
    };
    CHECK(words_of_right("s1") == "The customer");
    CHECK(words_of_right("m1") == "Physical security; Hypervisor");
    CHECK(words_of_right("t1") == "True");
    CHECK(words_of_right("c1") ==
          "Badge readers at the data centre: provider; Patching the VM's OS: customer; Classifying records: customer");
    CHECK(words_of_right("x1") == "Data classification: customer; Guest OS patching: provider; Physical security: provider");
    CHECK(words_of_right("o1") == "Cloudco VM > Cloudco Store");
    CHECK(words_of_right("sc1") == "who: Someone in the account | fix: True");
    const Question& single = catalog.quizzes().at(0).questions.at(0);
    CHECK(response_words(single, Response()) == "(no answer)");
}

TEST_CASE("fully right allows for rounding in summed shares and nothing more") {
    CHECK(fully_right(1.0));
    CHECK(fully_right(1.0 / 3 + 1.0 / 3 + 1.0 / 3));
    CHECK_FALSE(fully_right(0.999));
    CHECK_FALSE(fully_right(0.5));
}

TEST_CASE("a response's text is saved and read back only when present, and bounded") {
    SavedRun run;
    run.quiz_id = "all-types";
    Response typed;
    typed.values = {0};
    typed.text = "The guest OS: ours, \"always\"";
    Response scenario;
    scenario.parts.resize(2);
    scenario.parts[1].text = "part two";
    run.answers = {typed, Response(), scenario};
    std::string json = saved_run_to_json(run);
    CHECK(json.find("\"t\":\"The guest OS") != std::string::npos);
    CHECK(json.find("{\"v\":[]}") != std::string::npos); // no "t" where there is no text
    SavedRun back;
    Problem problem;
    REQUIRE(saved_run_from_json(json, back, problem));
    CHECK(back.answers[0].text == typed.text);
    CHECK(back.answers[1].text.empty());
    CHECK(back.answers[2].parts[1].text == "part two");

    run.answers[0].text = std::string(kMaxResponseTextBytes + 1, 'x');
    CHECK_FALSE(saved_run_from_json(saved_run_to_json(run), back, problem));
    std::string not_text = json, typed_text = "\"t\":\"The guest OS: ours, \\\"always\\\"\"";
    REQUIRE(not_text.find(typed_text) != std::string::npos);
    not_text.replace(not_text.find(typed_text), typed_text.size(), "\"t\":7");
    CHECK_FALSE(saved_run_from_json(not_text, back, problem));
}

TEST_CASE("a results code carries a response's text, escaped, and refuses it damaged or too long") {
    WorkshopResult result;
    result.room = "Q4D02-G80W8";
    result.nickname = "Ana";
    result.percent = 50;
    WorkshopAnswer typed;
    typed.answered = true;
    typed.response.values = {1};
    typed.response.text = "between OS & host | 100% sure. Zoé+";
    WorkshopAnswer scenario;
    scenario.answered = true;
    scenario.response.parts.resize(2);
    scenario.response.parts[0].values = {0};
    scenario.response.parts[1].values = {1};
    scenario.response.parts[1].text = "why: public";
    result.answers = {typed, scenario, WorkshopAnswer()};
    std::string code = results_code(result);
    CHECK(code.find("1:between%20OS%20%26%20host%20%7C%20100%25%20sure%2E%20Zo%C3%A9%2B.+0+1:why%3A%20public._|") !=
          std::string::npos);
    WorkshopResult back;
    Problem problem;
    REQUIRE(parse_results_code(code, back, problem));
    CHECK(back.answers[0].response.text == typed.response.text);
    CHECK(back.answers[1].response.parts[1].text == "why: public");
    CHECK(back.answers[1].response.text.empty());
    CHECK(results_code(back) == code);

    // Re-signed codes whose text is damaged or too long are refused all the same.
    auto resigned = [](std::string body) { return body + "|" + fnv1a_hex(body); };
    std::string head = "SRMW1|Q4D02-G80W8|Ana|";
    CHECK_FALSE(parse_results_code(resigned(head + "1:%2|50"), back, problem));
    CHECK_FALSE(parse_results_code(resigned(head + "1:%zz|50"), back, problem));
    CHECK_FALSE(parse_results_code(resigned(head + "1:|50"), back, problem));
    CHECK_FALSE(parse_results_code(resigned(head + "1:a b|50"), back, problem));
    CHECK_FALSE(parse_results_code(resigned(head + "1+0|50"), back, problem)); // own values and parts
    CHECK_FALSE(
        parse_results_code(resigned(head + "1:" + std::string(kMaxResponseTextBytes + 1, 'x') + "|50"), back, problem));
    CHECK(parse_results_code(resigned(head + "1:" + std::string(kMaxResponseTextBytes, 'x') + "|50"), back, problem));
}

TEST_CASE("a response with too much text does not fit its question") {
    ContentCatalog catalog = fixtures::all_types_catalog();
    const Question& q = catalog.quizzes().at(0).questions.at(0);
    Response r = workshop_test::RightAnswer(q);
    r.text = std::string(kMaxResponseTextBytes, 'x');
    CHECK(response_fits(q, r));
    r.text += 'x';
    CHECK_FALSE(response_fits(q, r));
}
