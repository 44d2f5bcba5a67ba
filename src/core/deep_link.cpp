// Deep link parsing and formatting (see deep_link.h).
#include "deep_link.h"
#include "content_id.h"
#include <cctype>

namespace srm {

namespace {

const char* const kViews[] = {"home",   "explore",   "compare", "matrix", "lessons",
                              "lesson", "resources", "quiz",    "stack"};

std::string decode(std::string_view s, bool& ok) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') out += ' ';
        else if (s[i] == '%' && i + 2 < s.size() && std::isxdigit((unsigned char)s[i + 1]) &&
                 std::isxdigit((unsigned char)s[i + 2])) {
            out += char(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else if (s[i] == '%') {
            ok = false;
            return {};
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string shown(const std::string& v) {
    std::string out;
    for (char c : v) out += (unsigned char)c < 0x20 ? '?' : c;
    return out.size() > 40 ? out.substr(0, 40) + "..." : out;
}

} // namespace

bool is_web_origin(const std::string& origin) {
    size_t scheme = origin.rfind("https://", 0) == 0 ? 8 : origin.rfind("http://", 0) == 0 ? 7 : 0;
    if (!scheme || origin.size() <= scheme || origin.size() > 200) return false;
    size_t colon = origin.find(':', scheme);
    std::string host = origin.substr(scheme, colon == std::string::npos ? std::string::npos : colon - scheme);
    if (host.empty() || host.front() == '.' || host.front() == '-') return false;
    for (char c : host)
        if (!(std::isalnum((unsigned char)c) || c == '.' || c == '-')) return false;
    if (colon == std::string::npos) return true;
    std::string port = origin.substr(colon + 1);
    if (port.empty() || port.size() > 5) return false;
    for (char c : port)
        if (!std::isdigit((unsigned char)c)) return false;
    return true;
}

DeepLink parse_deep_link(std::string_view query, const std::vector<std::string>& languages) {
    DeepLink link;
    if (!query.empty() && query[0] == '?') query.remove_prefix(1);
    while (!query.empty()) {
        size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) continue;
        size_t eq = pair.find('=');
        bool ok = true;
        std::string key = decode(pair.substr(0, eq), ok);
        std::string value = eq == std::string_view::npos ? std::string() : decode(pair.substr(eq + 1), ok);
        if (!ok) {
            link.notices.push_back({ProblemId::link_bad_escape, {}});
            continue;
        }
        if (key == "seed") {
            bool digits = !value.empty() && value.size() <= 12;
            for (char ch : value) digits = digits && std::isdigit((unsigned char)ch);
            if (digits) link.seed = std::stoull(value);
            else link.notices.push_back({ProblemId::link_seed, {shown(value)}});
            continue;
        }
        if (key == "text") {
            bool digits = !value.empty() && value.size() <= 3;
            for (char ch : value) digits = digits && std::isdigit((unsigned char)ch);
            int size = digits ? std::stoi(value) : 0;
            if (size >= 100 && size <= 200) link.text_size = size;
            else link.notices.push_back({ProblemId::link_text_size, {shown(value)}});
            continue;
        }
        if (key == "theme") {
            if (value == "light" || value == "dark" || value == "high-contrast") link.theme = value;
            else link.notices.push_back({ProblemId::link_theme, {shown(value)}});
            continue;
        }
        if (key == "lang") {
            bool known = false;
            for (const std::string& l : languages) known = known || l == value;
            if (known) link.lang = value;
            else link.notices.push_back({ProblemId::link_language, {shown(value)}});
            continue;
        }
        if (key == "embed") {
            if (value == "1" || value == "0") link.embed = value == "1";
            else link.notices.push_back({ProblemId::link_embed, {shown(value)}});
            continue;
        }
        if (key == "parent_origin") {
            if (is_web_origin(value)) link.parent_origin = value;
            else link.notices.push_back({ProblemId::link_parent_origin, {shown(value)}});
            continue;
        }
        if (key == "mode") {
            if (value == "practice" || value == "exam" || value == "present" || value == "summary" || value == "team" ||
                value == "train")
                link.mode = value;
            else link.notices.push_back({ProblemId::link_mode, {shown(value)}});
            continue;
        }
        if (key == "room") {
            bool shape = !value.empty() && value.size() <= 16;
            for (char ch : value) shape = shape && (std::isalnum((unsigned char)ch) || ch == '-');
            if (shape) link.room = value;
            else link.notices.push_back({ProblemId::link_room, {shown(value)}});
            continue;
        }
        std::string* stack = key == "services"  ? &link.stack.services
                             : key == "set"     ? &link.stack.settings
                             : key == "parties" ? &link.stack.parties
                             : key == "marks"   ? &link.stack.marks
                                                : nullptr;
        if (stack) {
            if (is_worksheet_param(value)) *stack = value;
            else link.notices.push_back({ProblemId::link_bad_value, {key, shown(value)}});
            continue;
        }
        std::string* field = key == "view"      ? &link.view
                             : key == "cloud"   ? &link.cloud
                             : key == "service" ? &link.service
                             : key == "compare" ? &link.compare
                             : key == "control" ? &link.control
                             : key == "quiz"    ? &link.quiz
                             : key == "lesson"  ? &link.lesson
                                                : nullptr;
        if (!field) {
            link.notices.push_back({ProblemId::link_unknown_parameter, {shown(key)}});
            continue;
        }
        if (!is_id(value)) {
            link.notices.push_back({ProblemId::link_bad_value, {key, shown(value)}});
            continue;
        }
        if (field == &link.view) {
            bool known = false;
            for (const char* v : kViews) known = known || value == v;
            if (!known) {
                link.notices.push_back({ProblemId::link_view, {shown(value)}});
                continue;
            }
        }
        *field = value;
    }
    return link;
}

std::string format_deep_link(const DeepLink& link) {
    std::string out;
    auto add = [&](const char* key, const std::string& value) {
        if (value.empty()) return;
        out += (out.empty() ? "?" : "&") + std::string(key) + "=" + value;
    };
    add("view", link.view);
    add("cloud", link.cloud);
    add("service", link.service);
    add("compare", link.compare);
    add("control", link.control);
    add("quiz", link.quiz);
    add("lesson", link.lesson);
    add("services", link.stack.services);
    add("set", link.stack.settings);
    add("parties", link.stack.parties);
    add("marks", link.stack.marks);
    add("mode", link.mode);
    add("room", link.room);
    add("lang", link.lang);
    add("theme", link.theme);
    if (link.text_size) add("text", std::to_string(link.text_size));
    if (link.embed) add("embed", "1");
    if (link.seed) add("seed", std::to_string(link.seed));
    return out;
}

} // namespace srm
