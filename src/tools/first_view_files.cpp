// Writes the first view's files (see first_view_files.h).
#include "first_view_files.h"
#include "model_queries.h"
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace {

bool Write(const std::filesystem::path& path, const std::string& text) {
    std::error_code ignored;
    std::filesystem::create_directories(path.parent_path(), ignored);
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (out.flush()) return true;
    std::fprintf(stderr, "srm-check: cannot write %s\n", path.string().c_str());
    return false;
}

} // namespace

int WriteFirstViewFiles(const std::string& dir, const srm::ContentCatalog& catalog,
                        const std::vector<std::pair<std::string, std::string>>& texts) {
    std::fputs(srm::format_all(catalog.diagnostics()).c_str(), stderr);
    if (int errors = catalog.error_count()) {
        std::fprintf(stderr, "srm-check: %d error(s), no first view written\n", errors);
        return 1;
    }
    const std::string& lang = catalog.language();
    std::filesystem::path root(dir);
    std::string summary_name = lang == "en" ? "first-view.json" : "first-view." + lang + ".json";
    srm::ContentCatalog check(catalog.today());
    check.set_language(lang);
    // The first model's own file and its translation into `lang`, cut down to the excerpt's service.
    if (!catalog.models().empty()) {
        const srm::ResponsibilityModel& model = catalog.models().front();
        const srm::Service* excerpt = srm::line_excerpt_service(model);
        std::string service = excerpt ? excerpt->id : model.services.front().id;
        for (const srm::ContentEntry& e : catalog.entries()) {
            bool original = e.kind == srm::ContentKind::model && !e.translation && e.index == 0;
            bool translation = e.kind == srm::ContentKind::model && e.translation && e.lang == lang && lang != "en" &&
                               catalog.model_translations()[size_t(e.index)].translates == model.id;
            if (!e.loaded || (!original && !translation)) continue;
            for (const auto& [path, text] : texts) {
                if (path != e.path) continue;
                std::string cut = srm::cut_model_to_service(text, service);
                std::string name = "first-view/models/" + std::filesystem::path(path).filename().string();
                if (!Write(root / name, cut)) return 1;
                check.add_file(name, cut);
            }
        }
    }
    std::string summary = srm::summary_to_json(catalog.summary());
    if (!Write(root / summary_name, summary)) return 1;
    check.add_file(summary_name, summary);
    check.finish();
    // The first view must load clean, or the home page would show problems the content does not have.
    if (!check.diagnostics().empty()) {
        std::fputs(srm::format_all(check.diagnostics()).c_str(), stderr);
        std::fprintf(stderr, "srm-check: the first view's files do not load clean\n");
        return 1;
    }
    return 0;
}
