// Saved quiz runs as small JSON documents (see saved_run.h).
#include "saved_run.h"
#include <nlohmann/json.hpp>

namespace srm {

using nlohmann::json;

static json response_to_json(const Response& r) {
    json j = {{"v", r.values}};
    if (!r.parts.empty()) {
        json parts = json::array();
        for (const Response& p : r.parts) parts.push_back(response_to_json(p));
        j["p"] = parts;
    }
    return j;
}

static bool response_from_json(const json& j, Response& out, int depth = 0) {
    if (!j.is_object() || depth > 1) return false;
    auto v = j.find("v");
    if (v == j.end() || !v->is_array() || v->size() > 64) return false;
    for (const json& x : *v) {
        if (!x.is_number_integer()) return false;
        out.values.push_back(x.get<int>());
    }
    auto p = j.find("p");
    if (p != j.end()) {
        if (!p->is_array() || p->size() > 16) return false;
        for (const json& part : *p) {
            Response r;
            if (!response_from_json(part, r, depth + 1)) return false;
            out.parts.push_back(std::move(r));
        }
    }
    return true;
}

std::string saved_run_to_json(const SavedRun& run) {
    const SessionConfig& c = run.config;
    json answers = json::array();
    for (const Response& r : run.answers) answers.push_back(response_to_json(r));
    json j = {{"v", 1}, {"quiz", run.quiz_id}, {"seed", c.seed}, {"mode", c.mode == QuizMode::exam ? "exam" : "practice"},
              {"count", c.count}, {"concepts", c.concepts}, {"tags", c.tags}, {"only", c.only_questions},
              {"max_difficulty", c.max_difficulty}, {"time_limit", c.time_limit_seconds}, {"answers", answers}};
    if (!run.room.empty()) j["room"] = {{"code", run.room}, {"nickname", run.nickname}, {"finished", run.finished}};
    return j.dump();
}

bool saved_run_from_json(std::string_view text, SavedRun& out, std::string& problem) {
    out = SavedRun();
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    auto strings = [](const json& a, std::vector<std::string>& to) {
        if (!a.is_array()) return false;
        for (const json& s : a) {
            if (!s.is_string()) return false;
            to.push_back(s.get<std::string>());
        }
        return true;
    };
    bool ok = j.is_object() && j.value("v", 0) == 1 && j.contains("quiz") && j["quiz"].is_string() &&
              j.contains("seed") && j["seed"].is_number_unsigned() && j.contains("answers") && j["answers"].is_array() &&
              j.contains("mode") && j["mode"].is_string() && j.contains("count") && j["count"].is_number_unsigned() &&
              j.contains("time_limit") && j["time_limit"].is_number() && j.contains("max_difficulty") &&
              j["max_difficulty"].is_number_integer();
    if (ok) {
        out.quiz_id = j["quiz"].get<std::string>();
        out.config.seed = j["seed"].get<std::uint64_t>();
        out.config.mode = j["mode"] == "exam" ? QuizMode::exam : QuizMode::practice;
        out.config.count = j["count"].get<size_t>();
        out.config.time_limit_seconds = j["time_limit"].get<double>();
        out.config.max_difficulty = j["max_difficulty"].get<int>();
        ok = strings(j.value("concepts", json::array()), out.config.concepts) && strings(j.value("tags", json::array()), out.config.tags) &&
             strings(j.value("only", json::array()), out.config.only_questions);
        if (j.contains("room")) {
            const json& room = j["room"];
            ok = ok && room.is_object() && room.value("code", json()).is_string() && room.value("nickname", json()).is_string();
            if (ok) {
                out.room = room["code"].get<std::string>();
                out.nickname = room["nickname"].get<std::string>();
                out.finished = room.value("finished", json()).is_boolean() && room["finished"].get<bool>();
            }
        }
        for (const json& a : j["answers"]) {
            Response r;
            ok = ok && response_from_json(a, r);
            out.answers.push_back(std::move(r));
        }
    }
    if (!ok) {
        out = SavedRun();
        problem = "A quiz in progress could not be restored and has been set aside.";
    }
    return ok;
}

} // namespace srm
