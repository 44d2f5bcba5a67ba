// Looking up the interface's words (see i18n.h).
#include "i18n.h"
#include "text_codes.h"
#include <algorithm>
#include <cstdio>
#include <string_view>
#include <unordered_map>

namespace srm::ui {

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
