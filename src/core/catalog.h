// The content catalog: every model and quiz file the app found, loaded and validated.
// Files arrive as (path, text) pairs from whatever platform read them; a file that could not be
// read is recorded with its reason. A broken file never stops the others from loading.
#pragma once
#include "content_summary.h"
#include "learning.h"
#include "model.h"
#include "model_translation.h"
#include "quiz.h"
#include <string>
#include <string_view>
#include <vector>

namespace srm {

enum class ContentKind { model, quiz, lessons, resources, summary, unknown };

struct ContentEntry {
    std::string path;
    ContentKind kind = ContentKind::unknown;
    bool loaded = false; // parsed and valid
    int index = -1;      // into models(), quizzes() or lessons() when loaded
    int count = 0;       // lessons: how many this file holds
    Diagnostics diagnostics;
    std::string text;         // the source, for located checks made at finish(), which releases it
    bool translation = false; // a model translation, or a quiz, lessons or resources in another language than English
    std::string lang = "en";  // the language the file is written in
};

class ContentCatalog {
public:
    explicit ContentCatalog(std::string today = {}) : today_(std::move(today)) {}
    const std::string& today() const { return today_; }
    // The language to show content in ("en" by default). Translations of models and quizzes into
    // it replace the English words at finish(); every translation is checked whatever the language.
    void set_language(const std::string& lang) { language_ = lang; }
    const std::string& language() const { return language_; }

    // Kind comes from the folder: models/, quizzes/, lessons/ or resources/; a first-view*.json
    // file is a summary of the whole content (content_summary.h).
    static ContentKind kind_of(const std::string& path);

    void add_file(const std::string& path, std::string_view text);
    void add_unreadable(const std::string& path, const std::string& reason);
    // Cross-file checks (quiz cells and lessons against models and quizzes). Call once after the
    // last add; it then releases the files' sources and the translations it applied.
    void finish();

    const std::vector<ResponsibilityModel>& models() const { return models_; }
    const std::vector<Quiz>& quizzes() const { return quizzes_; }
    const std::vector<Lesson>& lessons() const { return lessons_; }
    const std::vector<ResourceGroup>& resources() const { return resources_; }
    const std::vector<ContentEntry>& entries() const { return entries_; }
    // What the home page lists: read from a summary file when one was added (the web app's first
    // view holds the first model and the summary alone), else worked out at finish().
    const ContentSummary& summary() const { return summary_; }
    bool from_summary() const { return from_summary_; }
    // Model translations that loaded, indexed by ContentEntry::index of their entries.
    const std::vector<ModelTranslation>& model_translations() const { return model_translations_; }
    Diagnostics diagnostics() const;
    int error_count() const;

    const ResponsibilityModel* find_model(const std::string& id) const;
    const Quiz* find_quiz(const std::string& id) const;
    const Lesson* find_lesson(const std::string& id) const;

private:
    struct TranslatedLessons {
        std::string lang;
        std::vector<Lesson> lessons;
    };
    struct TranslatedResources {
        std::string lang;
        std::vector<ResourceGroup> groups;
    };
    void check_lessons(ContentEntry& entry);
    void apply_lesson_translation(ContentEntry& entry, const TranslatedLessons& t);
    void apply_resource_translation(ContentEntry& entry, const TranslatedResources& t);
    void link_quiz(ContentEntry& entry, Quiz& quiz);
    void check_quiz_translation(ContentEntry& entry, const Quiz& translated);
    std::string today_;
    std::string language_ = "en";
    std::vector<ModelTranslation> model_translations_; // by entry.index of translation entries
    std::vector<Quiz> translated_quizzes_;
    std::vector<TranslatedLessons> translated_lessons_;
    std::vector<TranslatedResources> translated_resources_;
    std::vector<ContentEntry> entries_;
    std::vector<ResponsibilityModel> models_;
    std::vector<Quiz> quizzes_;
    std::vector<Lesson> lessons_;
    std::vector<ResourceGroup> resources_;
    ContentSummary summary_;
    bool from_summary_ = false;
};

} // namespace srm
