// The home page's summary of the content (see content_summary.h): worked out from a catalog's
// content, written as JSON by the build, and read back with located diagnostics.
#include "content_summary.h"
#include "json_checker.h"
#include "learning.h"
#include "model.h"
#include "quiz.h"

namespace srm {

using nlohmann::json;

constexpr int kSummarySchemaVersion = 1;

ContentSummary summarize_content(const std::string& lang, const std::vector<ResponsibilityModel>& models,
                                 const std::vector<Quiz>& quizzes, const std::vector<Lesson>& lessons) {
    ContentSummary out;
    out.lang = lang;
    for (const ResponsibilityModel& m : models) {
        ModelSummary& s = out.models.emplace_back();
        s.id = m.id;
        s.provider = m.provider;
        s.title = m.title;
        s.summary = m.summary;
        s.services = m.services.size();
        s.controls = m.controls.size();
        s.layers = m.layers.size();
    }
    for (const Quiz& q : quizzes) {
        QuizSummary& s = out.quizzes.emplace_back();
        s.id = q.id;
        s.title = q.title;
        s.description = q.description;
        s.questions = q.questions.size();
        s.pass_mark = q.pass_mark;
    }
    for (const Lesson& l : lessons) {
        LessonSummary& s = out.lessons.emplace_back();
        s.id = l.id;
        s.title = l.title;
    }
    return out;
}

std::string summary_to_json(const ContentSummary& summary) {
    json j = {{"schema_version", kSummarySchemaVersion}, {"lang", summary.lang}};
    json& models = j["models"] = json::array();
    for (const ModelSummary& m : summary.models)
        models.push_back({{"id", m.id},
                          {"provider", m.provider},
                          {"title", m.title},
                          {"summary", m.summary},
                          {"services", m.services},
                          {"controls", m.controls},
                          {"layers", m.layers}});
    json& quizzes = j["quizzes"] = json::array();
    for (const QuizSummary& q : summary.quizzes)
        quizzes.push_back({{"id", q.id},
                           {"title", q.title},
                           {"description", q.description},
                           {"questions", q.questions},
                           {"pass_mark", q.pass_mark}});
    json& lessons = j["lessons"] = json::array();
    for (const LessonSummary& l : summary.lessons) lessons.push_back({{"id", l.id}, {"title", l.title}});
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string cut_model_to_service(std::string_view model_json, const std::string& service_id) {
    // Ordered: the keys keep their places, as a translation is told from a model by its first keys.
    using ordered = nlohmann::ordered_json;
    if (find_excess_depth(model_json) != std::string_view::npos) return "";
    ordered m = ordered::parse(model_json, nullptr, false);
    if (!m.is_object()) return "";
    // A model lists services and cells; a translation keys its cells, variants, defaults and
    // settings "service/...".
    auto keep_in_list = [&](const char* list, const char* key) {
        auto a = m.find(list);
        if (a == m.end() || !a->is_array()) return;
        ordered kept = ordered::array();
        for (ordered& item : *a)
            if (item.is_object() && item.value(key, "") == service_id) kept.push_back(std::move(item));
        *a = std::move(kept);
    };
    keep_in_list("services", "id");
    keep_in_list("cells", "service");
    std::string prefix = service_id + "/";
    for (const char* keyed : {"cells", "variants", "defaults", "settings"}) {
        auto d = m.find(keyed);
        if (d == m.end() || !d->is_object()) continue;
        ordered kept = ordered::object();
        for (auto& [key, value] : d->items())
            if (key.rfind(prefix, 0) == 0) kept[key] = std::move(value);
        *d = std::move(kept);
    }
    return m.dump(-1, ' ', false, ordered::error_handler_t::replace);
}

bool load_summary(std::string_view text, const std::string& file, ContentSummary& out, Diagnostics& diags) {
    out = ContentSummary();
    if (text.size() > kMaxSummaryBytes) {
        diags.push_back({file, 1, 1, Severity::error, "", "too-large",
                         "a summary file holds at most " + std::to_string(kMaxSummaryBytes) + " bytes"});
        return false;
    }
    JsonDocument doc = parse_json_document(text, file, diags);
    if (!doc.ok) return false;
    JsonChecker check(file, text, diags);
    const json& root = doc.value;
    if (!check.document_root(root, "summary", kSummarySchemaVersion)) return false;
    out.lang = check.string(root, "", "lang");
    // Each list: an array of objects, at most kMaxSummaryEntries long.
    auto entries = [&](const char* key, auto read) {
        const json* list = check.array(root, "", key);
        if (!list) return;
        std::string pointer = pointer_append("", key);
        if (list->size() > kMaxSummaryEntries) {
            check.error(pointer, "too-large", "a summary lists at most " + std::to_string(kMaxSummaryEntries) + " entries");
            return;
        }
        for (size_t i = 0; i < list->size(); ++i) {
            std::string at = pointer_append(pointer, i);
            if (check.object_at((*list)[i], at)) read((*list)[i], at);
        }
    };
    // A count: a whole number, 0 or more.
    auto count = [&](const json& entry, const std::string& at, const char* key) {
        double n = check.number(entry, at, key, 0);
        if (n < 0 || n > double(kMaxSummaryEntries) * 100 || n != double(size_t(n))) {
            check.error(pointer_append(at, key), "wrong-format", "a count is a whole number from 0");
            return size_t(0);
        }
        return size_t(n);
    };
    entries("models", [&](const json& m, const std::string& at) {
        ModelSummary& s = out.models.emplace_back();
        s.id = check.string(m, at, "id");
        s.provider = check.string(m, at, "provider");
        s.title = check.string(m, at, "title");
        s.summary = check.string(m, at, "summary");
        s.services = count(m, at, "services");
        s.controls = count(m, at, "controls");
        s.layers = count(m, at, "layers");
    });
    entries("quizzes", [&](const json& q, const std::string& at) {
        QuizSummary& s = out.quizzes.emplace_back();
        s.id = check.string(q, at, "id");
        s.title = check.string(q, at, "title");
        s.description = check.string(q, at, "description");
        s.questions = count(q, at, "questions");
        s.pass_mark = check.number(q, at, "pass_mark", 0.7);
        if (s.pass_mark < 0 || s.pass_mark > 1)
            check.error(pointer_append(at, "pass_mark"), "wrong-format", "a pass mark is a fraction from 0 to 1");
    });
    entries("lessons", [&](const json& l, const std::string& at) {
        LessonSummary& s = out.lessons.emplace_back();
        s.id = check.string(l, at, "id");
        s.title = check.string(l, at, "title");
    });
    if (check.error_count() == 0) return true;
    out = ContentSummary();
    return false;
}

} // namespace srm
