// Loading every content file into one catalog (see catalog.h).
#include "catalog.h"
#include "json_checker.h"
#include "question_types/question_type.h"
#include "room.h"
#include <algorithm>
#include <set>

namespace srm {

ContentKind ContentCatalog::kind_of(const std::string& path) {
    if (path.find("models/") != std::string::npos) return ContentKind::model;
    if (path.find("quizzes/") != std::string::npos) return ContentKind::quiz;
    if (path.find("lessons/") != std::string::npos) return ContentKind::lessons;
    if (path.find("resources/") != std::string::npos) return ContentKind::resources;
    size_t name = path.find_last_of('/') + 1; // 0 without a folder
    if (path.compare(name, 10, "first-view") == 0) return ContentKind::summary;
    return ContentKind::unknown;
}

void ContentCatalog::add_file(const std::string& path, std::string_view text) {
    ContentEntry entry;
    entry.path = path;
    entry.kind = kind_of(path);
    if (entry.kind == ContentKind::model && is_model_translation(text)) {
        ModelTranslation t;
        entry.translation = true;
        entry.loaded = load_model_translation(text, path, t, entry.diagnostics);
        if (entry.loaded) entry.text = std::string(text);
        if (entry.loaded) {
            entry.lang = t.lang;
            entry.index = int(model_translations_.size());
            model_translations_.push_back(std::move(t));
        }
    } else if (entry.kind == ContentKind::model) {
        ResponsibilityModel model;
        entry.loaded = load_model(text, path, today_, model, entry.diagnostics);
        if (entry.loaded && find_model(model.id)) {
            entry.diagnostics.push_back({path, 1, 1, Severity::error, "/id", "duplicate-id",
                                         "another model file already has id \"" + model.id + "\""});
            entry.loaded = false;
        }
        if (entry.loaded) {
            entry.index = int(models_.size());
            models_.push_back(std::move(model));
        }
    } else if (entry.kind == ContentKind::quiz) {
        Quiz quiz;
        entry.loaded = load_quiz(text, path, quiz, entry.diagnostics);
        if (entry.loaded) entry.text = std::string(text);
        entry.translation = entry.loaded && !quiz.lang.empty() && quiz.lang != "en";
        if (entry.translation) entry.lang = quiz.lang;
        if (entry.translation) {
            entry.index = int(translated_quizzes_.size());
            translated_quizzes_.push_back(std::move(quiz));
        } else if (entry.loaded && find_quiz(quiz.id)) {
            entry.diagnostics.push_back({path, 1, 1, Severity::error, "/id", "duplicate-id",
                                         "another quiz file already has id \"" + quiz.id + "\""});
            entry.loaded = false;
        } else if (entry.loaded) {
            // A room code names its quiz by a 16-bit hash of the id: two quizzes with one hash
            // would make one of them unreachable by room code, so the second is refused.
            for (const Quiz& other : quizzes_)
                if (room_quiz_hash(other.id) == room_quiz_hash(quiz.id)) {
                    entry.diagnostics.push_back({path, 1, 1, Severity::error, "/id", "room-hash-collision",
                                                 "quiz ids \"" + quiz.id + "\" and \"" + other.id +
                                                     "\" give the same room code hash; rename one of them"});
                    entry.loaded = false;
                }
        }
        if (entry.loaded && !entry.translation) {
            entry.index = int(quizzes_.size());
            quizzes_.push_back(std::move(quiz));
        }
    } else if (entry.kind == ContentKind::lessons) {
        std::vector<Lesson> lessons;
        std::string lang;
        entry.loaded = load_lessons(text, path, lessons, entry.diagnostics, &lang);
        entry.lang = lang;
        entry.translation = lang != "en";
        if (entry.loaded && entry.translation)
            entry.text = std::string(text); // its links are checked, located, at finish()
        for (Lesson& l : lessons) {
            if (!entry.translation && find_lesson(l.id)) {
                entry.diagnostics.push_back({path, 1, 1, Severity::error, "", "duplicate-id",
                                             "another file already has lesson \"" + l.id + "\""});
                entry.loaded = false;
            }
        }
        if (entry.loaded && entry.translation) {
            entry.index = int(translated_lessons_.size());
            translated_lessons_.push_back({lang, std::move(lessons)});
        } else if (entry.loaded) {
            entry.index = int(lessons_.size());
            entry.count = int(lessons.size());
            lessons_.insert(lessons_.end(), lessons.begin(), lessons.end());
        }
    } else if (entry.kind == ContentKind::resources) {
        std::vector<ResourceGroup> groups;
        std::string lang;
        entry.loaded = load_resources(text, path, groups, entry.diagnostics, &lang);
        entry.lang = lang;
        entry.translation = lang != "en";
        if (entry.loaded && entry.translation)
            entry.text = std::string(text); // its links are checked, located, at finish()
        if (entry.loaded && entry.translation) {
            entry.index = int(translated_resources_.size());
            translated_resources_.push_back({lang, std::move(groups)});
        } else if (entry.loaded) {
            resources_.insert(resources_.end(), groups.begin(), groups.end());
        }
    } else if (entry.kind == ContentKind::summary) {
        ContentSummary summary;
        entry.loaded = load_summary(text, path, summary, entry.diagnostics);
        if (entry.loaded && from_summary_) {
            entry.diagnostics.push_back(
                {path, 1, 1, Severity::error, "", "duplicate-id", "another summary file was already added"});
            entry.loaded = false;
        }
        if (entry.loaded) {
            entry.lang = summary.lang;
            summary_ = std::move(summary);
            from_summary_ = true;
        }
    } else {
        entry.diagnostics.push_back({path, 0, 0, Severity::error, "", "unknown-content-kind",
                                     "content files live in a models/, quizzes/, lessons/ or resources/ folder"});
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
    // Model translations first, so quizzes link to the models in the words they will show.
    for (ContentEntry& entry : entries_) {
        if (entry.kind != ContentKind::model || !entry.translation || !entry.loaded) continue;
        const ModelTranslation& t = model_translations_[size_t(entry.index)];
        auto model = std::find_if(models_.begin(), models_.end(),
                                  [&](const ResponsibilityModel& m) { return m.id == t.translates; });
        if (model == models_.end()) {
            JsonChecker(entry.path, entry.text, entry.diagnostics)
                .warning("/translates", "unknown-model", "no model \"" + t.translates + "\" was loaded to translate");
            continue;
        }
        check_model_translation(*model, t, entry.path, entry.text, entry.diagnostics);
        if (t.lang == language_) apply_model_translation(*model, t);
    }
    for (ContentEntry& entry : entries_) {
        if (entry.kind == ContentKind::lessons && entry.loaded && !entry.translation) check_lessons(entry);
        if (entry.kind == ContentKind::quiz && entry.loaded && !entry.translation)
            link_quiz(entry, quizzes_[size_t(entry.index)]);
    }
    // A quiz in another language must ask the same questions with the same keys as its original,
    // so a workshop room and saved progress mean the same thing in every language.
    for (ContentEntry& entry : entries_) {
        if (entry.kind != ContentKind::quiz || !entry.translation || !entry.loaded) continue;
        Quiz& translated = translated_quizzes_[size_t(entry.index)];
        link_quiz(entry, translated);
        check_quiz_translation(entry, translated);
        if (translated.lang != language_ || !entry.loaded) continue;
        for (Quiz& q : quizzes_)
            if (q.id == translated.id) q = translated;
    }
    // Lessons and resources in another language replace the English ones they match.
    for (ContentEntry& entry : entries_) {
        if (!entry.translation || !entry.loaded) continue;
        if (entry.kind == ContentKind::lessons)
            apply_lesson_translation(entry, translated_lessons_[size_t(entry.index)]);
        if (entry.kind == ContentKind::resources)
            apply_resource_translation(entry, translated_resources_[size_t(entry.index)]);
    }
    // A quiz left without questions (its generator's model missing, say) cannot be played.
    std::vector<Quiz> playable;
    for (ContentEntry& entry : entries_) {
        if (entry.kind != ContentKind::quiz || !entry.loaded || entry.translation) continue;
        Quiz& quiz = quizzes_[size_t(entry.index)];
        if (quiz.questions.empty()) {
            entry.diagnostics.push_back({entry.path, 0, 0, Severity::error, "/questions", "empty-quiz",
                                         "the quiz has no questions it can ask"});
            entry.loaded = false;
            entry.index = -1;
            continue;
        }
        entry.index = int(playable.size());
        playable.push_back(std::move(quiz));
    }
    quizzes_ = std::move(playable);
    if (!from_summary_) summary_ = summarize_content(language_, models_, quizzes_, lessons_);
    // The sources and the translations were needed for the checks above and have been applied:
    // what the app keeps of its content is what it shows.
    for (ContentEntry& entry : entries_) std::string().swap(entry.text);
    std::vector<Quiz>().swap(translated_quizzes_);
    std::vector<TranslatedLessons>().swap(translated_lessons_);
    std::vector<TranslatedResources>().swap(translated_resources_);
}

// Links a quiz to every loaded model (generated questions, matrix keys, keys checked against the
// cells they name) and warns once about each model it needs that did not load.
void ContentCatalog::link_quiz(ContentEntry& entry, Quiz& quiz) {
    for (const ResponsibilityModel& m : models_) link_quiz_to_model(quiz, m, entry.path, entry.text, entry.diagnostics);
    std::set<std::string> wanted;
    for (const GenerateSpec& g : quiz.generate) wanted.insert(g.model);
    auto models_needed = [](const Question& q) {
        std::vector<std::string> out;
        question_type_info(q.type).models_needed(q, out);
        return out;
    };
    for (const Question& q : quiz.questions) {
        for (const std::string& id : models_needed(q)) wanted.insert(id);
        if (!q.cell.empty()) wanted.insert(q.cell.substr(0, q.cell.find('/')));
    }
    for (const std::string& id : wanted)
        if (!find_model(id))
            entry.diagnostics.push_back({entry.path, 0, 0, Severity::warning, "", "unknown-model",
                                         "no model \"" + id + "\" was loaded; questions that need it are left out"});
    // Questions that need a missing model cannot be marked: leave them out.
    std::vector<Question> kept;
    for (Question& q : quiz.questions) {
        std::vector<std::string> needed = models_needed(q);
        if (std::all_of(needed.begin(), needed.end(), [&](const std::string& id) { return find_model(id) != nullptr; }))
            kept.push_back(std::move(q));
    }
    quiz.questions = std::move(kept);
}

// Which choices have feedback: a translation gives feedback for the same choices as its original.
static std::vector<bool> feedback_pattern(const Question& q) {
    std::vector<bool> out;
    for (const std::string& f : q.choice_feedback) out.push_back(f.find_first_not_of(" \t\r\n") != std::string::npos);
    return out;
}

static bool same_key(const Question& a, const Question& b) {
    if (feedback_pattern(a) != feedback_pattern(b)) return false;
    if (a.id != b.id || a.type != b.type || a.key != b.key || a.choices.size() != b.choices.size() ||
        a.items.size() != b.items.size() || a.rows != b.rows || a.order.size() != b.order.size() ||
        a.parts.size() != b.parts.size() || a.model != b.model || a.service != b.service || a.settings != b.settings)
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (a.items[i].owner != b.items[i].owner) return false;
    for (size_t i = 0; i < a.parts.size(); ++i)
        if (!same_key(a.parts[i], b.parts[i])) return false;
    return true;
}

void ContentCatalog::check_quiz_translation(ContentEntry& entry, const Quiz& translated) {
    JsonChecker check(entry.path, entry.text, entry.diagnostics);
    const Quiz* original = find_quiz(translated.id);
    if (!original) {
        check.error("/id", "unknown-id", "no quiz \"" + translated.id + "\" in English was loaded for this translation");
        entry.loaded = false;
        return;
    }
    const std::vector<Question>& a = original->questions;
    const std::vector<Question>& b = translated.questions;
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (i < a.size() && i < b.size() && same_key(a[i], b[i])) continue;
        std::string what = i < b.size() ? "question \"" + b[i].id + "\"" : "question " + std::to_string(i + 1);
        check.error(pointer_append("/questions", std::min(i, b.size() ? b.size() - 1 : 0)), "translation-mismatch",
                    what + " does not match the original's question, type, key and choice feedback at this position");
        entry.loaded = false;
        return;
    }
}

// A translated lesson keeps its original's diagram, explore link, quiz and sources, so that a
// learner who switches language sees the same part of the model and the same quiz.
void ContentCatalog::apply_lesson_translation(ContentEntry& entry, const TranslatedLessons& t) {
    JsonChecker check(entry.path, entry.text, entry.diagnostics);
    for (size_t i = 0; i < t.lessons.size(); ++i) {
        const Lesson& l = t.lessons[i];
        auto original = std::find_if(lessons_.begin(), lessons_.end(), [&](const Lesson& o) { return o.id == l.id; });
        std::string p = pointer_append("/lessons", i);
        if (original == lessons_.end()) {
            check.error(pointer_append(p, "id"), "unknown-id",
                        "no lesson \"" + l.id + "\" in English was loaded for this translation");
            continue;
        }
        if (l.diagram.cloud != original->diagram.cloud || l.diagram.service != original->diagram.service ||
            l.diagram.layers != original->diagram.layers || l.explore != original->explore ||
            l.quiz != original->quiz || l.sources != original->sources) {
            check.error(p, "translation-mismatch",
                        "lesson \"" + l.id + "\" must keep its original's diagram, explore link, quiz and sources");
            continue;
        }
        if (t.lang == language_) *original = l;
    }
}

// A translated resource group lists the same URLs in the same order as its original.
void ContentCatalog::apply_resource_translation(ContentEntry& entry, const TranslatedResources& t) {
    JsonChecker check(entry.path, entry.text, entry.diagnostics);
    for (size_t i = 0; i < t.groups.size(); ++i) {
        const ResourceGroup& g = t.groups[i];
        auto original =
            std::find_if(resources_.begin(), resources_.end(), [&](const ResourceGroup& o) { return o.id == g.id; });
        std::string p = pointer_append("/groups", i);
        if (original == resources_.end()) {
            check.error(pointer_append(p, "id"), "unknown-id",
                        "no resource group \"" + g.id + "\" in English was loaded for this translation");
            continue;
        }
        bool same = g.links.size() == original->links.size();
        for (size_t k = 0; same && k < g.links.size(); ++k) same = g.links[k].url == original->links[k].url;
        if (!same) {
            check.error(pointer_append(p, "links"), "translation-mismatch",
                        "group \"" + g.id + "\" must list its original's URLs in the same order");
            continue;
        }
        if (t.lang == language_) *original = g;
    }
}

// A lesson's diagram, explore link and quiz must point at content that loaded; a missing quiz or
// model is a warning (the lesson still reads), a wrong id inside a loaded model an error.
void ContentCatalog::check_lessons(ContentEntry& entry) {
    for (int i = 0; i < entry.count; ++i) {
        const Lesson& l = lessons_[size_t(entry.index + i)];
        std::string p = "/lessons/" + std::to_string(i);
        auto report = [&](Severity sev, const std::string& ptr, const std::string& id, const std::string& msg) {
            for (const Diagnostic& d : entry.diagnostics)
                if (d.message == msg) return; // one missing model or quiz is reported once per file
            entry.diagnostics.push_back({entry.path, 0, 0, sev, ptr, id, msg});
        };
        const ResponsibilityModel* m = find_model(l.diagram.cloud);
        if (!m)
            report(Severity::warning, p + "/diagram/cloud", "unknown-model",
                   "no model \"" + l.diagram.cloud + "\" was loaded");
        else {
            if (!m->find_service(l.diagram.service))
                report(Severity::error, p + "/diagram/service", "unknown-id",
                       "model \"" + m->id + "\" has no service \"" + l.diagram.service + "\"");
            for (const std::string& layer : l.diagram.layers) {
                bool found = false;
                for (const Layer& x : m->layers) found = found || x.id == layer;
                if (!found)
                    report(Severity::error, p + "/diagram/layers", "unknown-id",
                           "model \"" + m->id + "\" has no layer \"" + layer + "\"");
            }
        }
        if (!l.quiz.empty() && !find_quiz(l.quiz))
            report(Severity::warning, p + "/quiz", "unknown-quiz", "no quiz \"" + l.quiz + "\" was loaded");
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

const Lesson* ContentCatalog::find_lesson(const std::string& id) const {
    for (const Lesson& l : lessons_)
        if (l.id == id) return &l;
    return nullptr;
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
