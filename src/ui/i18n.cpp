// Looking up the interface's words (see i18n.h).
#include "i18n.h"
#include "text_codes.h"
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

namespace srm::ui {

static std::string g_language = "en";

const std::vector<std::string>& Languages() {
    static const std::vector<std::string> languages = split(SRM_LANGUAGES, ',');   // from CMakeLists.txt
    return languages;
}

void SetLanguage(const std::string& lang) {
    const std::vector<std::string>& known = Languages();
    g_language = std::find(known.begin(), known.end(), lang) != known.end() ? lang : known.front();
}
const std::string& Language() { return g_language; }

const char* T(const char* english) {
    if (g_language != "fr") return english;
    static const std::unordered_map<std::string_view, const char*> french = [] {
        std::unordered_map<std::string_view, const char*> map;
        for (const Translation& t : FrenchTable()) map.emplace(t.english, t.french);
        return map;
    }();
    auto it = french.find(english);
    return it == french.end() ? english : it->second;
}

std::string F(const char* english, std::initializer_list<std::string> args) {
    return F(english, std::vector<std::string>(args));
}

std::string F(const char* english, const std::vector<std::string>& args) {
    std::string out = T(english);
    size_t n = 1;
    for (const std::string& arg : args) {
        std::string place = "{" + std::to_string(n++) + "}";
        for (size_t at = out.find(place); at != std::string::npos; at = out.find(place, at + arg.size())) out.replace(at, place.size(), arg);
    }
    return out;
}

// Matches `text` against a template: the literal pieces in order, each place taking what lies
// between them. Fills `args` by place number.
static bool Matches(const std::string& pattern, const std::string& text, std::vector<std::string>& args) {
    std::vector<std::string> pieces;
    std::vector<int> places;
    size_t at = 0;
    for (size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{', at)) {
        size_t close = pattern.find('}', open);
        if (close == std::string::npos) break;
        pieces.push_back(pattern.substr(at, open - at));
        places.push_back(std::atoi(pattern.c_str() + open + 1));
        at = close + 1;
    }
    pieces.push_back(pattern.substr(at));
    if (places.empty()) return pattern == text;
    if (text.compare(0, pieces[0].size(), pieces[0]) != 0) return false;
    size_t pos = pieces[0].size();
    args.assign(places.size(), "");
    for (size_t i = 0; i < places.size(); ++i) {
        const std::string& next = pieces[i + 1];
        size_t end = i + 1 == places.size() ? (text.size() >= next.size() ? text.size() - next.size() : std::string::npos)
                                              : text.find(next, pos);
        if (end == std::string::npos || end < pos || text.compare(end, next.size(), next) != 0) return false;
        if (places[i] >= 1 && size_t(places[i]) <= args.size()) args[size_t(places[i] - 1)] = text.substr(pos, end - pos);
        pos = end + next.size();
    }
    return pos == text.size();
}

std::string Translate(const std::string& english) {
    if (g_language == "en") return english;
    std::vector<std::string> args;
    for (const char* pattern : CoreSentences())
        if (Matches(pattern, english, args)) return F(pattern, args);
    return english;
}

std::string Percent(double fraction) {
    std::string number = std::to_string(int(fraction * 100 + 0.5));
    return g_language == "fr" ? number + "\xE2\x80\xAF%" : number + "%";   // narrow no-break space in French
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
