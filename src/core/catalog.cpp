// Loading every content file into one catalog (see catalog.h).
#include "catalog.h"

namespace srm {

ContentKind ContentCatalog::kind_of(const std::string& path) {
    if (path.find("models/") != std::string::npos) return ContentKind::model;
    if (path.find("quizzes/") != std::string::npos) return ContentKind::quiz;
    return ContentKind::unknown;
}

void ContentCatalog::add_file(const std::string& path, std::string_view text) {
    ContentEntry entry;
    entry.path = path;
    entry.kind = kind_of(path);
    if (entry.kind == ContentKind::model) {
        ResponsibilityModel model;
        entry.loaded = load_model(text, path, today_, model, entry.diagnostics);
        if (entry.loaded && find_model(model.id)) {
            entry.diagnostics.push_back({path, 1, 1, Severity::error, "/id", "duplicate-id",
                                         "another model file already has id \"" + model.id + "\""});
            entry.loaded = false;
        }
        if (entry.loaded) { entry.index = int(models_.size()); models_.push_back(std::move(model)); }
    } else if (entry.kind == ContentKind::quiz) {
        Quiz quiz;
        entry.loaded = load_quiz(text, path, quiz, entry.diagnostics);
        if (entry.loaded && find_quiz(quiz.id)) {
            entry.diagnostics.push_back({path, 1, 1, Severity::error, "/id", "duplicate-id",
                                         "another quiz file already has id \"" + quiz.id + "\""});
            entry.loaded = false;
        }
        if (entry.loaded) { entry.index = int(quizzes_.size()); quizzes_.push_back(std::move(quiz)); }
    } else {
        entry.diagnostics.push_back({path, 0, 0, Severity::error, "", "unknown-content-kind",
                                     "content files live in a models/ or quizzes/ folder"});
    }
    entries_.push_back(std::move(entry));
}

void ContentCatalog::add_unreadable(const std::string& path, const std::string& reason) {
    ContentEntry entry;
    entry.path = path;
    entry.kind = kind_of(path);
    entry.diagnostics.push_back({path, 0, 0, Severity::error, "", "unreadable-file", reason});
    entries_.push_back(std::move(entry));
}

void ContentCatalog::finish() {
    for (ContentEntry& entry : entries_) {
        if (entry.kind != ContentKind::quiz || !entry.loaded) continue;
        const Quiz& quiz = quizzes_[size_t(entry.index)];
        for (size_t i = 0; i < quiz.questions.size(); ++i) {
            const std::string& cell = quiz.questions[i].cell;
            if (cell.empty()) continue;
            size_t a = cell.find('/'), b = cell.find('/', a == std::string::npos ? a : a + 1);
            const ResponsibilityModel* model = a == std::string::npos ? nullptr : find_model(cell.substr(0, a));
            bool found = model && b != std::string::npos &&
                         model->find_cell(cell.substr(a + 1, b - a - 1), cell.substr(b + 1));
            if (!found && (model || a == std::string::npos))
                entry.diagnostics.push_back({entry.path, 0, 0, Severity::warning,
                                             "/questions/" + std::to_string(i) + "/cell", "unknown-cell",
                                             "no model cell \"" + cell + "\""});
        }
    }
}

Diagnostics ContentCatalog::diagnostics() const {
    Diagnostics all;
    for (const ContentEntry& e : entries_) all.insert(all.end(), e.diagnostics.begin(), e.diagnostics.end());
    return all;
}

int ContentCatalog::error_count() const {
    int n = 0;
    for (const ContentEntry& e : entries_)
        for (const Diagnostic& d : e.diagnostics) n += d.severity == Severity::error;
    return n;
}

const ResponsibilityModel* ContentCatalog::find_model(const std::string& id) const {
    for (const ResponsibilityModel& m : models_)
        if (m.id == id) return &m;
    return nullptr;
}

const Quiz* ContentCatalog::find_quiz(const std::string& id) const {
    for (const Quiz& q : quizzes_)
        if (q.id == id) return &q;
    return nullptr;
}

} // namespace srm
