// srm-check: validates responsibility models and quizzes with compiler-style diagnostics.
//   srm-check [--today YYYY-MM-DD] FILE...
//   srm-check --export-matrix MODEL_FILE      the model's matrix as CSV on standard output
//   srm-check --stats FILE...                 per language: quizzes, questions, cells, lessons;
//                                             then question counts per quiz, type and concept, and
//                                             the services a "line" generator skips
//   srm-check --accessible-html DIR FILE...   writes the accessible HTML version of the content
//                                             into DIR (see accessible/accessible_site.h)
//   srm-check --first-view DIR [--language LANG] FILE...   writes the files of the web app's
//                                             first view of the home page in LANG into DIR
//                                             (first_view_files.h)
//   srm-check --worksheet MODEL --services ...   a team's "Your stack" worksheet (worksheet_command.cpp)
//   srm-check --verify CODE [FILE...]         checks a certificate code and says what it certifies
//                                             (the quiz's title too when its file is given);
//                                             exit 0 when it checks out, 1 when it does not
// Files under a models/ folder are read as models, under quizzes/ as quizzes. Every problem is
// printed as "file:line:col: error: /pointer: message [id]" (on standard error when exporting);
// the exit status is 1 on any error, 2 on a usage error.
#include "accessible/accessible_site.h"
#include "catalog.h"
#include "certificate.h"
#include "first_view_files.h"
#include "model_queries.h"
#include "worksheet_command.h"
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

static std::string Today() {
    std::time_t now = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
    return buf;
}

static int Usage() {
    std::fprintf(stderr,
                 "usage: srm-check [--today YYYY-MM-DD] FILE...\n"
                 "       srm-check --export-matrix MODEL_FILE\n"
                 "       srm-check --stats FILE...\n"
                 "       srm-check --accessible-html DIR FILE...\n"
                 "       srm-check --first-view DIR [--language LANG] FILE...\n"
                 "       srm-check --verify CODE [FILE...]\n"
                 "%s",
                 kWorksheetUsage);
    return 2;
}

static bool ReadFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream text;
    text << in.rdbuf();
    out = text.str();
    return true;
}

static int ExportMatrix(const std::string& path, const std::string& today) {
    std::string text;
    if (!ReadFile(path, text)) {
        std::fprintf(stderr, "%s: error: cannot open the file\n", path.c_str());
        return 1;
    }
    srm::ResponsibilityModel model;
    srm::Diagnostics diags;
    bool ok = srm::load_model(text, path, today, model, diags);
    std::fputs(srm::format_all(diags).c_str(), stderr);
    if (!ok) return 1;
    std::fputs(srm::export_matrix_csv(model).c_str(), stdout);
    return 0;
}

// Writes the accessible pages of content that loaded without errors into `dir` (created if need be).
static int ExportAccessibleHtml(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& files,
                                const std::string& today) {
    std::vector<srm_html::SitePage> pages;
    std::string problem;
    if (!srm_html::accessible_site(files, today, pages, problem)) {
        std::fprintf(stderr, "srm-check: error: %s\n", problem.c_str());
        return 1;
    }
    std::error_code error; // a folder that cannot be made shows as the first page that cannot be written
    std::filesystem::create_directories(dir, error);
    for (const srm_html::SitePage& page : pages) {
        std::string path = (std::filesystem::path(dir) / page.file).string();
        std::ofstream out(path, std::ios::binary);
        out << page.text;
        if (!out.flush()) {
            std::fprintf(stderr, "%s: error: cannot write the file\n", path.c_str());
            return 1;
        }
    }
    std::fprintf(stderr, "srm-check: %zu accessible page(s) in %s\n", pages.size(), dir.c_str());
    return 0;
}

// Per language: quizzes, authored and generated questions, model cells and lessons in it; then
// question counts per quiz, type and concept for English (scenario parts counted in their scenario).
static void PrintLanguageStats(const std::vector<std::pair<std::string, std::string>>& files, const std::string& today,
                               const std::string& lang) {
    srm::ContentCatalog catalog(today);
    catalog.set_language(lang);
    for (const auto& [path, text] : files) catalog.add_file(path, text);
    catalog.finish();
    size_t quizzes = 0, authored = 0, generated = 0;
    for (const srm::Quiz& q : catalog.quizzes()) {
        if (q.lang != lang) continue;
        ++quizzes;
        for (const srm::Question& question : q.questions) (question.generated ? generated : authored) += 1;
    }
    // A cell counts in a language when its model is written in it or translated into it whole.
    size_t cells = 0, models = 0;
    for (const srm::ResponsibilityModel& m : catalog.models()) {
        bool complete = lang == "en";
        for (const srm::ContentEntry& e : catalog.entries()) {
            if (e.kind != srm::ContentKind::model || !e.translation || !e.loaded || e.lang != lang) continue;
            if (catalog.model_translations()[size_t(e.index)].translates != m.id) continue;
            bool whole = true;
            for (const srm::Diagnostic& d : e.diagnostics) whole = whole && d.id != "untranslated";
            complete = complete || whole;
        }
        if (complete) {
            cells += m.cells.size();
            ++models;
        }
    }
    size_t lessons = 0;
    for (const srm::ContentEntry& e : catalog.entries())
        if (e.kind == srm::ContentKind::lessons && e.loaded && e.lang == lang) lessons += 1;
    std::printf(
        "language %-4s %2zu quizzes, %3zu authored questions (+%zu generated), %3zu cells in %zu whole models, %zu lesson files\n",
        lang.c_str(), quizzes, authored, generated, cells, models, lessons);
}

static void PrintStats(const srm::ContentCatalog& catalog,
                       const std::vector<std::pair<std::string, std::string>>& files, const std::string& today) {
    std::set<std::string> languages = {"en"};
    for (const srm::ContentEntry& e : catalog.entries())
        if (e.loaded) languages.insert(e.lang);
    for (const std::string& lang : languages) PrintLanguageStats(files, today, lang);
    std::map<std::string, int> types, concepts;
    size_t total = 0;
    for (const srm::Quiz& q : catalog.quizzes()) {
        size_t generated = 0;
        for (const srm::Question& question : q.questions) {
            ++types[srm::question_type_id(question.type)];
            for (const std::string& c : question.concepts) ++concepts[c];
            generated += question.generated;
        }
        total += q.questions.size();
        std::printf("quiz %-28s %3zu questions (%zu generated)\n", q.id.c_str(), q.questions.size(), generated);
        // Services a "line" generator lists but whose layers give no clean line make no question.
        for (const srm::GenerateSpec& spec : q.generate) {
            const srm::ResponsibilityModel* m = catalog.find_model(spec.model);
            if (spec.ask != srm::GeneratedAsk::line || !m) continue;
            for (const std::string& service : spec.services)
                if (m->find_service(service) && !srm::line_boundary(*m, service).clean)
                    std::printf("quiz %-28s no line question for %s/%s: no clean line\n", q.id.c_str(), m->id.c_str(),
                                service.c_str());
        }
    }
    std::printf("total %zu questions in %zu quizzes\n", total, catalog.quizzes().size());
    for (const auto& [type, n] : types) std::printf("type %-27s %3d\n", type.c_str(), n);
    for (const auto& [c, n] : concepts) std::printf("concept %-24s %3d\n", c.c_str(), n);
}

// What a certificate code certifies, or why it does not check out.
static int VerifyCertificate(const std::string& code, const srm::ContentCatalog& catalog) {
    srm::Certificate c;
    srm::Problem problem;
    if (!srm::parse_certificate_code(code, c, problem)) {
        std::printf("invalid certificate: %s\n", srm::english(problem).c_str());
        return 1;
    }
    const srm::Quiz* quiz = catalog.find_quiz(c.quiz_id);
    std::printf("valid certificate: %s passed the quiz \"%s\" with %d%% on %s (content edition %s)\n", c.name.c_str(),
                quiz ? quiz->title.c_str() : c.quiz_id.c_str(), c.percent, c.date.c_str(), c.edition.c_str());
    return 0;
}

int main(int argc, char** argv) {
    std::string today = Today();
    if (IsWorksheetCommand(argc, argv)) return RunWorksheetCommand(argc, argv, today);
    std::vector<std::string> files;
    std::string export_path, html_dir, certificate, first_view_dir, language = "en";
    bool stats = false, verify = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--today" && i + 1 < argc) today = argv[++i];
        else if (arg == "--export-matrix" && i + 1 < argc) export_path = argv[++i];
        else if (arg == "--stats") stats = true;
        else if (arg == "--verify" && i + 1 < argc) {
            verify = true;
            certificate = argv[++i];
        } else if (arg == "--accessible-html" && i + 1 < argc) html_dir = argv[++i];
        else if (arg == "--first-view" && i + 1 < argc) first_view_dir = argv[++i];
        else if (arg == "--language" && i + 1 < argc) language = argv[++i];
        else if (arg == "-h" || arg == "--help") return Usage();
        else if (!arg.empty() && arg[0] == '-') return Usage();
        else files.push_back(arg);
    }
    if (!export_path.empty()) return files.empty() ? ExportMatrix(export_path, today) : Usage();
    if (files.empty() && !verify) return Usage();

    srm::ContentCatalog catalog(today);
    std::vector<std::pair<std::string, std::string>> texts;
    for (const std::string& path : files) {
        std::string text;
        if (ReadFile(path, text)) {
            catalog.add_file(path, text);
            texts.emplace_back(path, std::move(text));
        } else {
            catalog.add_unreadable(path, "cannot open the file");
        }
    }
    catalog.set_language(language);
    catalog.finish();
    if (verify) return VerifyCertificate(certificate, catalog);
    int errors = catalog.error_count();
    if (!html_dir.empty()) { // the pages go to files, the diagnostics to standard error
        std::fputs(srm::format_all(catalog.diagnostics()).c_str(), stderr);
        if (errors) std::fprintf(stderr, "srm-check: %d error(s), no pages written\n", errors);
        return errors ? 1 : ExportAccessibleHtml(html_dir, texts, today);
    }
    if (!first_view_dir.empty()) return WriteFirstViewFiles(first_view_dir, catalog, texts);
    std::fputs(srm::format_all(catalog.diagnostics()).c_str(), stdout);
    if (stats) PrintStats(catalog, texts, today);
    std::printf("srm-check: %zu file(s), %zu model(s), %zu quiz(zes), %d error(s)\n", files.size(),
                catalog.models().size(), catalog.quizzes().size(), errors);
    return errors ? 1 : 0;
}
