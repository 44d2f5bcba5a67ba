// Semantic node recording and its JSON form (see semantics.h).
#include "semantics.h"
#include <nlohmann/json.hpp>
#include <cmath>

namespace srm::ui {

const SemanticNode* Semantics::find(const std::string& id) const {
    for (const SemanticNode& n : nodes_)
        if (n.id == id) return &n;
    return nullptr;
}

std::string Semantics::to_json(float pixel_ratio, bool with_rects) const {
    if (pixel_ratio <= 0) pixel_ratio = 1;
    auto css = [&](float v) { return std::round(v / pixel_ratio * 10.f) / 10.f; };
    nlohmann::json out = nlohmann::json::array();
    for (const SemanticNode& n : nodes_) {
        nlohmann::json j = {{"id", n.id}, {"role", n.role}, {"label", n.label}, {"state", n.state}};
        if (with_rects) j["rect"] = {{"x", css(n.x)}, {"y", css(n.y)}, {"w", css(n.w)}, {"h", css(n.h)}};
        if (!n.href.empty()) j["href"] = n.href;
        if (n.role == "textbox" || !n.value.empty()) j["value"] = n.value;
        if (n.level) j["level"] = n.level;
        if (n.role == "slider") {
            j["min"] = n.min;
            j["max"] = n.max;
            if (n.now >= n.min) j["now"] = n.now;
        }
        out.push_back(std::move(j));
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::uint64_t Semantics::content_hash() const {
    std::uint64_t h = 14695981039346656037ull;
    auto mix = [&](const std::string& s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
        h ^= 0xff;
        h *= 1099511628211ull;
    };
    for (const SemanticNode& n : nodes_) {
        for (const std::string* s : {&n.id, &n.role, &n.label, &n.state, &n.href, &n.value}) mix(*s);
        for (int number : {n.level, n.min, n.max, n.now}) mix(std::to_string(number));
    }
    return h;
}

} // namespace srm::ui
