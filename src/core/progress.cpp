// Progress serialisation (see progress.h).
#include "progress.h"
#include <nlohmann/json.hpp>

namespace srm {

std::string progress_to_json(const Progress& progress) {
    nlohmann::json j = {{"v", kProgressVersion}, {"lessons_read", progress.lessons_read}};
    return j.dump();
}

bool progress_from_json(std::string_view text, Progress& out, std::string& problem) {
    out = Progress();
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        problem = "Saved progress was unreadable and has been set aside.";
        return false;
    }
    auto v = j.find("v");
    if (v == j.end() || !v->is_number_integer() || v->get<int>() != kProgressVersion) {
        problem = "Saved progress comes from another version of SRM Trainer and has been set aside.";
        return false;
    }
    auto read = j.find("lessons_read");
    if (read == j.end() || !read->is_array()) {
        problem = "Saved progress was incomplete; what could be read was kept.";
        return false;
    }
    bool clean = true;
    for (const nlohmann::json& id : *read) {
        if (id.is_string() && !id.get<std::string>().empty() && id.get<std::string>().size() <= 64) out.lessons_read.insert(id.get<std::string>());
        else clean = false;
    }
    if (!clean) problem = "Some saved progress was unreadable; the rest was kept.";
    return clean;
}

} // namespace srm
