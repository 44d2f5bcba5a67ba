// What the home page lists of every model, quiz and lesson, without the content itself.
// A catalog works it out from its content at finish(). The build also writes it to a file per
// language (srm-check --summary, first-view[.<lang>].json): the web app's first view of the home
// page reads that file and the first model alone, and downloads the rest of the content when the
// learner first does something (see docs/architecture.md, "The first view").
#pragma once
#include "diagnostic.h"
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace srm {

struct ResponsibilityModel;
struct Quiz;
struct Lesson;

struct ModelSummary {
    std::string id, provider, title, summary;
    size_t services = 0, controls = 0, layers = 0;
};

struct QuizSummary {
    std::string id, title, description;
    size_t questions = 0;   // the questions it can ask, generated ones included
    double pass_mark = 0.7; // fraction of the maximum score
};

struct LessonSummary {
    std::string id, title;
};

struct ContentSummary {
    std::string lang = "en";
    std::vector<ModelSummary> models;
    std::vector<QuizSummary> quizzes;
    std::vector<LessonSummary> lessons;
};

// Bounds on a summary file read back: the real ones hold a few dozen entries.
constexpr size_t kMaxSummaryBytes = 256 * 1024;
constexpr size_t kMaxSummaryEntries = 500;

ContentSummary summarize_content(const std::string& lang, const std::vector<ResponsibilityModel>& models,
                                 const std::vector<Quiz>& quizzes, const std::vector<Lesson>& lessons);
std::string summary_to_json(const ContentSummary& summary);
// The first model as the first view holds it: `model_json`, a model file or one of its
// translations, keeping of its services, cells, variants, defaults and settings only those of
// `service_id` (the one the home page draws the line on, line_excerpt_service()). "" when the
// text is not a JSON object.
std::string cut_model_to_service(std::string_view model_json, const std::string& service_id);
// Reads a summary file; false with located diagnostics ("syntax-error", "wrong-type",
// "missing-field", "wrong-format", "too-large") when it is not one.
bool load_summary(std::string_view text, const std::string& file, ContentSummary& out, Diagnostics& diags);

} // namespace srm
