// The string table: every T() and F() string in the interface's sources and every problem the
// core reports (problem.h) has a French entry, and every entry is used; French entries keep the same {n} places and French typography (a narrow
// no-break space before ; : ! ? and inside guillemets); the language switch and number formats.
#include <cctype>
#include "bundled_content.h"
#include "deep_link.h"
#include "progress.h"
#include "results_code.h"
#include "room.h"
#include "saved_run.h"
#include "font_glyphs.h"
#include "i18n.h"
#include <doctest/doctest.h>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

using namespace srm::ui;

// The string a C++ literal's text stands for (the escapes our sources use).
static std::string Unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        char c = s[++i];
        if (c == 'x') {
            size_t used = 0;
            out += char(std::stoi(s.substr(i + 1, 2), &used, 16));
            i += used;
        } else {
            out += c == 'n' ? '\n' : c;
        }
    }
    return out;
}

static std::set<std::string> StringsInSources() {
    std::set<std::string> found;
    std::regex call(R"re((?:^|[^A-Za-z_])(?:ui::)?[TF]\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)[,)])re");
    std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
    for (const char* folder : {"src/ui", "src/ui/answers", "src/platform/web"})
        for (const auto& file : std::filesystem::directory_iterator(std::string(SRM_SOURCE_DIR) + "/" + folder)) {
            if (file.path().extension() != ".cpp") continue;
            std::string text = ReadSource(std::string(folder) + "/" + file.path().filename().string());
            for (auto m = std::sregex_iterator(text.begin(), text.end(), call); m != std::sregex_iterator(); ++m) {
                std::string joined, group = (*m)[1];
                for (auto l = std::sregex_iterator(group.begin(), group.end(), literal); l != std::sregex_iterator(); ++l)
                    joined += (*l)[1];
                found.insert(Unescape(joined));
            }
        }
    return found;
}

static std::set<std::string> Places(const std::string& s) {
    std::set<std::string> out;
    std::regex place(R"(\{\d\})");
    for (auto m = std::sregex_iterator(s.begin(), s.end(), place); m != std::sregex_iterator(); ++m)
        out.insert(m->str());
    return out;
}

TEST_CASE("every interface string has a French entry, and every French entry is used") {
    std::set<std::string> used = StringsInSources();
    REQUIRE(used.size() > 200);
    for (srm::ProblemId id : srm::all_problem_ids()) used.insert(srm::problem_template(id));
    std::set<std::string> table;
    for (const Translation& t : FrenchTable()) {
        CHECK_MESSAGE(table.insert(t.english).second, "listed twice: " << t.english);
        CHECK_MESSAGE(used.count(t.english), "unused French entry: " << t.english);
    }
    for (const std::string& s : used) CHECK_MESSAGE(table.count(s), "no French for: " << s);
}

TEST_CASE("French entries keep their places and French typography") {
    const std::string nnbsp = "\xE2\x80\xAF";
    for (const Translation& t : FrenchTable()) {
        std::string fr = t.french;
        INFO(fr);
        CHECK(Places(t.english) == Places(fr));
        CHECK_FALSE(fr.empty());
        for (size_t i = 0; i < fr.size(); ++i) {
            char c = fr[i];
            if (c != ';' && c != ':' && c != '!' && c != '?') continue;
            if (c == ':' && fr.compare(i + 1, 2, "//") == 0) continue; // a URL's scheme
            bool after_nnbsp = i >= 3 && fr.compare(i - 3, 3, nnbsp) == 0;
            CHECK_MESSAGE(after_nnbsp, "no narrow no-break space before '" << c << "'");
        }
        for (size_t at = fr.find("\xC2\xAB"); at != std::string::npos; at = fr.find("\xC2\xAB", at + 1))
            CHECK(fr.compare(at + 2, 3, nnbsp) == 0);
        for (size_t at = fr.find("\xC2\xBB"); at != std::string::npos; at = fr.find("\xC2\xBB", at + 1))
            CHECK((at >= 3 && fr.compare(at - 3, 3, nnbsp) == 0));
        CHECK(fr.find(" '") == std::string::npos); // the typographic apostrophe, not '
    }
}

TEST_CASE("a string table that is not one is refused, and the interface keeps its words") {
    std::string error;
    CHECK_FALSE(LoadStrings("[1, 2]", error));
    CHECK(error.find("not a string table") != std::string::npos);
    CHECK_FALSE(LoadStrings(R"({"lang": "fr", "strings": [["Home"]]})", error));
    CHECK(error.find("pair of texts") != std::string::npos);
    CHECK_FALSE(LoadStrings(R"({"lang": "fr", "strings": [)", error));
    CHECK_FALSE(LoadStrings(std::string(2 << 20, ' '), error));
    CHECK(error.find("larger than") != std::string::npos);
    SetLanguage("fr");
    CHECK(std::string(T("Home")) == "Accueil"); // the table loaded at start is still in use
    SetLanguage("en");
}

TEST_CASE("the language switch, places, percentages and decimals") {
    SetLanguage("fr");
    CHECK(std::string(T("Home")) == "Accueil");
    CHECK(F("Question {1} of {2}", {"3", "10"}) == "Question 3 sur 10");
    CHECK(Percent(0.85) == "85\xE2\x80\xAF%");
    CHECK(Number(7.5, 1) == "7,5");
    SetLanguage("de"); // not available: English
    CHECK(Language() == "en");
    CHECK(std::string(T("Home")) == "Home");
    CHECK(F("Question {1} of {2}", {"3", "10"}) == "Question 3 of 10");
    CHECK(Percent(0.85) == "85%");
    CHECK(Number(7.5, 1) == "7.5");
}

// Whether zero-terminated glyph ranges hold a code point.
static bool Covers(const std::vector<ImWchar>& ranges, unsigned cp) {
    for (size_t i = 0; i + 1 < ranges.size(); i += 2)
        if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
    return false;
}

TEST_CASE("the font's glyph list from the site adds its characters to the baseline; a bad list adds none") {
    std::vector<ImWchar> baseline = GlyphRangesFromList("");
    for (unsigned cp : {0x20u, 0x7Eu, 0xE9u, 0x202Fu, 0x2713u}) CHECK(Covers(baseline, cp));
    CHECK(!Covers(baseline, 0x2605)); // a star: not in the baseline
    CHECK(baseline.back() == 0);

    std::vector<ImWchar> listed = GlyphRangesFromList("20-7E,A0-FF,2605,3B1-3B3");
    for (unsigned cp : {0x2605u, 0x3B1u, 0x3B2u, 0x3B3u, 0xE9u, 0x2713u}) CHECK(Covers(listed, cp));
    CHECK(!Covers(listed, 0x3B4));
    CHECK(listed.back() == 0);
    for (size_t i = 2; i + 1 < listed.size(); i += 2) CHECK(listed[i] > listed[i - 1] + 1); // merged, in order

    for (const char* bad : {"20-7E,zz", "7E-20", "2605,,20", "10-7E", "20-110000", "2605 "})
        CHECK(GlyphRangesFromList(bad) == baseline);
    CHECK(GlyphRangesFromList(std::string(kMaxGlyphListBytes, '2') + ",2605") == baseline);
}

TEST_CASE("the first view's glyph list stands alone, without the baseline; a bad one gives the baseline") {
    std::vector<ImWchar> listed = ListedGlyphRanges("20-7E,2019,2018,E9");
    for (unsigned cp : {0x20u, 0x7Eu, 0x2018u, 0x2019u, 0xE9u}) CHECK(Covers(listed, cp));
    for (unsigned cp : {0xA0u, 0xE8u, 0x2713u, 0x202Fu}) CHECK(!Covers(listed, cp)); // baseline, not listed
    CHECK(listed == std::vector<ImWchar>{0x20, 0x7E, 0xE9, 0xE9, 0x2018, 0x2019, 0});

    std::vector<ImWchar> baseline = GlyphRangesFromList("");
    for (const char* bad : {"", "20-7E,zz", "7E-20", "20-110000"}) CHECK(ListedGlyphRanges(bad) == baseline);
    CHECK(ListedGlyphRanges(std::string(kMaxGlyphListBytes, '2') + ",2605") == baseline);
}

TEST_CASE("in French every quiz, model, lesson and resource shows in French, asking the same questions") {
    srm::ContentCatalog catalog = BundledCatalog("fr");
    INFO(srm::format_all(catalog.diagnostics()));
    CHECK(catalog.diagnostics().empty()); // every cell, variant and default translated, every question matching
    srm::ContentCatalog english = BundledCatalog("en");
    REQUIRE(catalog.quizzes().size() == english.quizzes().size());
    for (const srm::Quiz& q : catalog.quizzes()) {
        CHECK(q.lang == "fr");
        const srm::Quiz* original = english.find_quiz(q.id);
        REQUIRE(original);
        // The same questions in the same order in both languages: a workshop room means the same thing.
        REQUIRE(original->questions.size() == q.questions.size());
        for (size_t i = 0; i < q.questions.size(); ++i) CHECK(original->questions[i].id == q.questions[i].id);
    }
    CHECK(catalog.find_quiz("services")->questions.back().prompt.rfind("Qui est responsable de \xC2\xAB", 0) ==
          0); // generated, in French
    const srm::ResponsibilityModel* aws = catalog.find_model("aws");
    CHECK(aws->find_control("guest-os-patching")->label == "Correctifs de l\xE2\x80\x99OS invit\xC3\xA9");
    for (const char* model : {"aws", "azure", "gcp"})
        CHECK(catalog.find_model(model)->title != english.find_model(model)->title);
    REQUIRE(catalog.lessons().size() == english.lessons().size());
    for (size_t i = 0; i < catalog.lessons().size(); ++i)
        CHECK(catalog.lessons()[i].title != english.lessons()[i].title);
    REQUIRE(catalog.resources().size() == english.resources().size());
    for (size_t i = 0; i < catalog.resources().size(); ++i)
        CHECK(catalog.resources()[i].title != english.resources()[i].title);
}

TEST_CASE("every problem the core reports has a French text with the same places") {
    std::map<std::string, std::string> french;
    for (const Translation& t : FrenchTable()) french[t.english] = t.french;
    for (srm::ProblemId id : srm::all_problem_ids()) {
        std::string english = srm::problem_template(id);
        INFO(srm::problem_name(id) << ": " << english);
        REQUIRE(french.count(english));
        CHECK(Places(french[english]) == Places(english));
    }
}

TEST_CASE("the core's refusals of codes, progress, runs and links come out in French with their arguments") {
    std::vector<srm::Problem> said;
    srm::Problem problem;
    srm::Room room;
    std::vector<srm::Quiz> none;
    for (const char* code : {"ABCDE-FGHJ!", "12345", "ABCDE-FGHJK"}) {
        srm::parse_room_code(code, none, room, problem);
        said.push_back(problem);
    }
    srm::Room known{"q", 1, 0, 0};
    srm::parse_room_code(srm::room_code(known), none, room, problem);
    said.push_back(problem);
    std::string nickname;
    for (const char* bad : {"", "a|b", "0123456789012345678901234567890123456789"}) {
        srm::clean_nickname(bad, nickname, problem);
        said.push_back(problem);
    }
    srm::WorkshopResult result;
    for (const char* bad : {"hello", "SRMW2|x", "SRMW1|a|b", "SRMW1|a|b|c|1|00000000"}) {
        srm::parse_results_code(bad, result, problem);
        said.push_back(problem);
    }
    srm::Progress progress;
    for (const char* bad : {"junk", "SRM9|L|Q|C|0", "SRM1|L|Q|C|00000000"}) {
        srm::progress_from_code(bad, progress, problem);
        said.push_back(problem);
        said.push_back(srm::imported_code_problem(problem));
    }
    srm::SavedRun run;
    srm::saved_run_from_json("{", run, problem);
    said.push_back(problem);
    srm::DeepLink link = srm::parse_deep_link(
        "?seed=x&text=9&theme=neon&lang=tlh&embed=2&parent_origin=x&mode=x&room=!&view=map&zzz=1&quiz=A!&%zz=1",
        Languages());
    said.insert(said.end(), link.notices.begin(), link.notices.end());
    REQUIRE(said.size() > 25);
    SetLanguage("fr");
    for (const srm::Problem& p : said) {
        std::string english = srm::english(p);
        INFO(english);
        std::string french = Translate(p);
        CHECK(french != english);
        CHECK(french.find("Ignored") == std::string::npos);
        for (const std::string& arg : p.args) CHECK(french.find(arg) != std::string::npos);
    }
    CHECK(Translate({srm::ProblemId::results_code_duplicate, {"7"}}) == "un doublon de la ligne 7");
    CHECK(Translate({srm::ProblemId::link_theme, {"neon"}}) ==
          "Param\xC3\xA8tre theme=\"neon\" ignor\xC3\xA9\xE2\x80\xAF: utilisez light, dark ou high-contrast.");
    SetLanguage("en");
    CHECK(Translate({srm::ProblemId::results_code_duplicate, {"7"}}) == "a duplicate of line 7");
}

TEST_CASE("French content files keep French typography in every text") {
    const std::string nnbsp = "\xE2\x80\xAF";
    size_t files = 0;
    for (const std::string& path : BundledContentPaths()) {
        if (path.size() < 8 || path.compare(path.size() - 8, 8, ".fr.json") != 0) continue;
        ++files;
        nlohmann::json doc = nlohmann::json::parse(ReadSource(path));
        std::vector<std::string> texts;
        std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
            if (j.is_string()) texts.push_back(j.get<std::string>());
            for (const auto& child : j)
                if (j.is_structured()) walk(child);
        };
        walk(doc);
        REQUIRE(texts.size() > 10);
        for (const std::string& t : texts) {
            if (t.rfind("https://", 0) == 0 || t.rfind("?", 0) == 0) continue; // sources and deep links keep their URLs
            INFO(path << ": " << t);
            auto word = [&](size_t at) { return at < t.size() && (std::isalnum((unsigned char)t[at]) || t[at] == '*'); };
            for (size_t i = 0; i < t.size(); ++i) {
                bool mark = t[i] == ';' || t[i] == ':' || t[i] == '!' || t[i] == '?';
                bool inside_a_name = i > 0 && word(i - 1) && word(i + 1); // aws:SecureTransport, s3:GetObject
                if (mark && !inside_a_name && t.compare(i + 1, 2, "//") != 0)
                    CHECK((i >= 3 && t.compare(i - 3, 3, nnbsp) == 0));
            }
            CHECK(t.find("\xE2\x80\x9C") == std::string::npos); // no English quotation marks
            CHECK(t.find(" '") == std::string::npos);
        }
    }
    CHECK(files >= 12); // three models, seven quizzes, the lessons and the resources
}
