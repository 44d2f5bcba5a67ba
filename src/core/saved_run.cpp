// Saved quiz runs as small JSON documents (see saved_run.h).
#include "saved_run.h"
#include "json_source.h"
#include <nlohmann/json.hpp>

namespace srm {

using nlohmann::json;

static json response_to_json(const Response& r) {
    json j = {{"v", r.values}};
    if (!r.text.empty()) j["t"] = r.text;
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
    auto t = j.find("t");
    if (t != j.end()) {
        if (!t->is_string() || t->get_ref<const std::string&>().size() > kMaxResponseTextBytes) return false;
        out.text = t->get<std::string>();
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
    json j = {{"v", 1},
              {"quiz", run.quiz_id},
              {"seed", c.seed},
              {"mode", c.mode == QuizMode::exam ? "exam" : "practice"},
              {"count", c.count},
              {"concepts", c.concepts},
              {"tags", c.tags},
              {"only", c.only_questions},
              {"max_difficulty", c.max_difficulty},
              {"time_limit", c.time_limit_seconds},
              {"answers", answers}};
    if (!run.positions.empty()) j["positions"] = run.positions;
    if (!run.flags.empty()) j["flags"] = run.flags;
    if (!run.room.empty()) j["room"] = {{"code", run.room}, {"nickname", run.nickname}, {"finished", run.finished}};
    return j.dump();
}

// Saved data is untrusted (another tab, an extension, a hand edit): every value's type is checked
// before it is read, and the text is bounded in size and depth before it is parsed.
bool saved_run_from_json(std::string_view text, SavedRun& out, Problem& problem) {
    out = SavedRun();
    Diagnostics ignored;
    JsonDocument doc = text.size() <= kMaxSavedRunBytes ? parse_json_document(text, "run", ignored) : JsonDocument();
    const json& j = doc.value;
    // An optional list of strings at `key` (absent means empty).
    auto strings = [&](const char* key, std::vector<std::string>& to) {
        auto a = j.find(key);
        if (a == j.end()) return true;
        if (!a->is_array() || a->size() > kMaxSavedListSize) return false;
        for (const json& s : *a) {
            if (!s.is_string()) return false;
            to.push_back(s.get<std::string>());
        }
        return true;
    };
    // An optional list of question positions at `key` (absent means empty).
    auto positions = [&](const char* key, std::vector<size_t>& to) {
        auto a = j.find(key);
        if (a == j.end()) return true;
        if (!a->is_array() || a->size() > kMaxSavedListSize) return false;
        for (const json& p : *a) {
            if (!p.is_number_unsigned() || p.get<std::uint64_t>() >= kMaxSavedListSize) return false;
            to.push_back(p.get<size_t>());
        }
        return true;
    };
    auto version = doc.ok && j.is_object() ? j.find("v") : j.end();
    bool ok = doc.ok && j.is_object() && version != j.end() && version->is_number_integer() && *version == 1 &&
              j.contains("quiz") && j["quiz"].is_string() && j.contains("seed") && j["seed"].is_number_unsigned() &&
              j.contains("answers") && j["answers"].is_array() && j.contains("mode") && j["mode"].is_string() &&
              j.contains("count") && j["count"].is_number_unsigned() && j.contains("time_limit") &&
              j["time_limit"].is_number() && j.contains("max_difficulty") && j["max_difficulty"].is_number_integer();
    if (ok) {
        out.quiz_id = j["quiz"].get<std::string>();
        out.config.seed = j["seed"].get<std::uint64_t>();
        out.config.mode = j["mode"] == "exam" ? QuizMode::exam : QuizMode::practice;
        out.config.count = j["count"].get<size_t>();
        out.config.time_limit_seconds = j["time_limit"].get<double>();
        out.config.max_difficulty = j["max_difficulty"].get<int>();
        ok = strings("concepts", out.config.concepts) && strings("tags", out.config.tags) &&
             strings("only", out.config.only_questions);
        if (j.contains("room")) {
            const json& room = j["room"];
            ok = ok && room.is_object() && room.contains("code") && room["code"].is_string() &&
                 room.contains("nickname") && room["nickname"].is_string();
            if (ok) {
                out.room = room["code"].get<std::string>();
                out.nickname = room["nickname"].get<std::string>();
                out.finished = room.contains("finished") && room["finished"].is_boolean() && room["finished"].get<bool>();
            }
        }
        ok = ok && j["answers"].size() <= kMaxSavedListSize;
        for (const json& a : ok ? j["answers"] : json::array()) {
            Response r;
            ok = ok && response_from_json(a, r);
            out.answers.push_back(std::move(r));
        }
        ok = ok && positions("positions", out.positions) && positions("flags", out.flags) &&
             (out.positions.empty() || out.positions.size() == out.answers.size());
    }
    if (!ok) {
        out = SavedRun();
        problem = {ProblemId::saved_run_set_aside, {}};
    }
    return ok;
}

} // namespace srm
