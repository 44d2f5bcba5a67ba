// Looking up the interface's words (see i18n.h).
#include "i18n.h"
#include "json_source.h"
#include "text_codes.h"
#include <algorithm>
#include <cstdio>
#include <string_view>
#include <unordered_map>

namespace srm::ui {

using srm::Diagnostics;
using srm::JsonDocument;
using srm::parse_json_document;

static std::string g_language = "en";

const std::vector<std::string>& Languages() {
    static const std::vector<std::string> languages = split(SRM_LANGUAGES, ','); // from CMakeLists.txt
    return languages;
}

void SetLanguage(const std::string& lang) {
    const std::vector<std::string>& known = Languages();
    g_language = std::find(known.begin(), known.end(), lang) != known.end() ? lang : known.front();
}
const std::string& Language() { return g_language; }

// The loaded French table: the strings, and an index into them by English text. The index's
// views point into `english`, which is filled once before the index is built.
struct StringTable {
    std::vector<std::string> english, translated;
    std::vector<Translation> pairs;
    std::unordered_map<std::string_view, const char*> index;
};
static StringTable g_french;

constexpr size_t kMaxStringTableBytes = 1 << 20; // the French table is about 40 KB
constexpr size_t kMaxStrings = 10000;

bool LoadStrings(std::string_view json, std::string& error) {
    if (json.size() > kMaxStringTableBytes) {
        error = "the string table is larger than " + std::to_string(kMaxStringTableBytes) + " bytes";
        return false;
    }
    Diagnostics diags;
    JsonDocument doc = parse_json_document(json, "strings", diags);
    const nlohmann::json& v = doc.value;
    if (!doc.ok || !v.is_object() || !v.contains("lang") || !v["lang"].is_string() || !v.contains("strings") ||
        !v["strings"].is_array() || v["strings"].size() > kMaxStrings) {
        error = diags.empty() ? "not a string table ({\"lang\": ..., \"strings\": [[english, translation]...]})"
                              : diags.front().message;
        return false;
    }
    if (v["lang"].get<std::string>() != "fr") {
        error = "only a French string table is used";
        return false;
    }
    StringTable table;
    for (const nlohmann::json& pair : v["strings"]) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string()) {
            error = "every entry of \"strings\" is a pair of texts: [english, translation]";
            return false;
        }
        table.english.push_back(pair[0].get<std::string>());
        table.translated.push_back(pair[1].get<std::string>());
    }
    for (size_t i = 0; i < table.english.size(); ++i) {
        Translation pair;
        pair.english = table.english[i].c_str();
        pair.french = table.translated[i].c_str();
        table.pairs.push_back(pair);
        table.index.emplace(table.english[i], table.translated[i].c_str());
    }
    g_french = std::move(table); // moving the vectors keeps their strings, and so the views, in place
    return true;
}

const std::vector<Translation>& FrenchTable() { return g_french.pairs; }

const char* T(const char* english) {
    if (g_language != "fr") return english;
    auto it = g_french.index.find(english);
    return it == g_french.index.end() ? english : it->second;
}

std::string F(const char* english, std::initializer_list<std::string> args) {
    return F(english, std::vector<std::string>(args));
}

std::string F(const char* english, const std::vector<std::string>& args) { return srm::fill_places(T(english), args); }

std::string Translate(const srm::Problem& problem) { return F(srm::problem_template(problem.id), problem.args); }

std::string Percent(double fraction) {
    std::string number = std::to_string(int(fraction * 100 + 0.5));
    return g_language == "fr" ? number + "\xE2\x80\xAF%" : number + "%"; // narrow no-break space in French
}

std::string Clock(double seconds) {
    int s = seconds > 0 ? int(seconds + 0.999) : 0;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
    return buf;
}

std::string Number(double value, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string out = buf;
    if (g_language == "fr")
        for (char& c : out)
            if (c == '.') c = ',';
    return out;
}

} // namespace srm::ui
