// "line" (move the line): for one model service, under optional setting choices, the learner
// places the responsibility line on the provider's layered diagram. The layers that apply to the
// service, top (the customer's side) down, are those line_boundary() keeps; a response is the
// number of layers above the line, 0..n. Every boundary between the customer's layers and the
// provider's is right, on either side of each shared layer: 1 inside that range, 0.5 one layer
// outside it, 0 otherwise. A service where a layer the provider owns alone sits above one the
// customer owns alone (or a third party's layer, or no layer owned alone, or nothing on one side)
// has no clean line and cannot be asked ("no-clean-line"). Quizzes may also generate one
// question per service ("ask": "line"). docs/authoring.md describes the format.
#include "question_type.h"
#include "model_queries.h"
#include <algorithm>
#include <cstdlib>

namespace srm {

namespace {

constexpr size_t kMaxLineSettings = 8;

void read(JsonChecker& check, const nlohmann::json& j, const std::string& p, bool, Question& q) {
    q.model = check.string(j, p, "model");
    q.service = check.string(j, p, "service");
    const nlohmann::json* settings = check.object(j, p, "settings", false);
    if (!settings) return;
    std::string sp = pointer_append(p, "settings");
    if (settings->size() > kMaxLineSettings) {
        check.error(sp, "too-many", "a line question chooses at most " + std::to_string(kMaxLineSettings) + " settings");
        return;
    }
    for (auto it = settings->begin(); it != settings->end(); ++it) {
        if (!it->is_string()) {
            check.error(pointer_append(sp, it.key()), "wrong-type",
                        std::string("expected an option id, found ") + json_type_name(*it));
            continue;
        }
        q.settings[it.key()] = it->get<std::string>();
    }
}

bool link(Question& q, const LinkContext& c) {
    if (q.model != c.model->id) return true;
    const Service* service = c.model->find_service(q.service);
    if (!service) {
        c.check->error(pointer_append(c.pointer, "service"), "unknown-id",
                       "model \"" + c.model->id + "\" has no service \"" + q.service + "\"");
        return false;
    }
    bool ok = true;
    for (const auto& chosen : q.settings) {
        const Setting* setting = service->find_setting(chosen.first);
        bool known = setting && std::any_of(setting->options.begin(), setting->options.end(),
                                            [&](const SettingOption& o) { return o.id == chosen.second; });
        if (!known) {
            c.check->error(pointer_append(pointer_append(c.pointer, "settings"), chosen.first), "unknown-id",
                           service->name + " has no setting \"" + chosen.first + "\" with an option \"" +
                               chosen.second + "\"");
            ok = false;
        }
    }
    if (!ok) return false;
    LineBoundary line = line_boundary(*c.model, q.service, q.settings);
    if (!line.clean) {
        c.check->error(pointer_append(c.pointer, "service"), "no-clean-line",
                       service->name + " has no clean responsibility line in model \"" + c.model->id +
                           "\": a layer the provider owns alone sits above one the customer owns alone, a third party "
                           "owns a layer, or no layer is owned alone by one side");
        return false;
    }
    q.layer_labels.clear();
    for (const Layer* layer : line.layers) q.layer_labels.push_back(layer->label);
    q.line_lowest = line.lowest();
    q.line_highest = line.highest();
    return true;
}

void models_needed(const Question& q, std::vector<std::string>& out) { out.push_back(q.model); }

double score(const Question& q, const Response& r) {
    if (r.values.size() != 1) return 0;
    int k = r.values[0];
    if (k >= q.line_lowest && k <= q.line_highest) return 1;
    return k == q.line_lowest - 1 || k == q.line_highest + 1 ? 0.5 : 0;
}

bool complete(const Question&, const Response& r) { return r.values.size() == 1; }

bool fits(const Question& q, const Response& r) {
    return r.parts.empty() && r.values.size() <= 1 && type_helpers::values_within(r, 0, int(q.layer_labels.size()) + 1);
}

// "between GUEST OS and HOST OS", "above CUSTOMER DATA", "below HARDWARE".
std::string words(const Question& q, const Response& r) {
    if (r.values.size() != 1 || r.values[0] < 0 || size_t(r.values[0]) > q.layer_labels.size() || q.layer_labels.empty())
        return "(no answer)";
    size_t k = size_t(r.values[0]);
    if (k == 0) return "above " + q.layer_labels.front();
    if (k == q.layer_labels.size()) return "below " + q.layer_labels.back();
    return "between " + q.layer_labels[k - 1] + " and " + q.layer_labels[k];
}

Response right_response(const Question& q) {
    Response r;
    r.values = {q.line_lowest};
    return r;
}

// The end of the diagram farther from the right boundaries.
Response wrong_response(const Question& q) {
    int n = int(q.layer_labels.size());
    Response r;
    r.values = {n - q.line_highest >= q.line_lowest ? n : 0};
    return r;
}

// The line left at the top of the diagram.
Response first_response(const Question&, const std::vector<int>&) {
    Response r;
    r.values = {0};
    return r;
}

// The labels of the layers from..to whose owner is `owner`, joined: "A, B and C".
std::string joined_labels(const LineBoundary& line, int from, int to, Owner owner, const char* last_joiner) {
    std::vector<std::string> labels;
    for (int i = from; i < to; ++i)
        if (line.owners[size_t(i)] == owner) labels.push_back(line.layers[size_t(i)]->label);
    std::string out;
    for (size_t i = 0; i < labels.size(); ++i)
        out += (i == 0 ? "" : i + 1 == labels.size() ? last_joiner : ", ") + labels[i];
    return out;
}

} // namespace

bool generated_line_question(const Quiz& quiz, const ResponsibilityModel& m, const Service& service,
                             const GenerateSpec& spec, Question& q) {
    LineBoundary line = line_boundary(m, service.id, {});
    if (!line.clean) return false;
    int n = int(line.layers.size()), lowest = line.lowest(), highest = line.highest();
    bool fr = quiz.lang == "fr";
    const char* and_word = fr ? " et " : " and ";
    q.generated = true;
    q.id = "gen-line-" + m.id + "-" + service.id;
    q.type = QuestionType::line;
    q.model = m.id;
    q.service = service.id;
    std::string mine = joined_labels(line, 0, n, Owner::customer, and_word);
    std::string theirs = joined_labels(line, 0, n, Owner::provider, and_word);
    std::string shared_mine = joined_labels(line, 0, lowest, Owner::shared, and_word);
    std::string shared_either = joined_labels(line, lowest, highest, Owner::shared, and_word);
    std::string shared_theirs = joined_labels(line, highest, n, Owner::shared, and_word);
    if (fr) { // French typography: a narrow no-break space before "?", ":" and ";"
        const std::string colon = "\xE2\x80\xAF: ";
        q.prompt = "O\xC3\xB9 passe la ligne de responsabilit\xC3\xA9 pour " + service.name +
                   "\xE2\x80\xAF? Placez-la entre les couches dont vous vous occupez et celles dont " + m.provider +
                   " s\xE2\x80\x99occupe.";
        q.explanation =
            "Pour " + service.name + (mine.empty() ? "" : ", vous vous occupez de" + colon + mine) +
            (theirs.empty()
                 ? ""
                 : (mine.empty() ? ", " : "\xE2\x80\xAF; ") + m.provider + " s\xE2\x80\x99occupe de" + colon + theirs) +
            "." +
            (shared_either.empty()
                 ? ""
                 : " Partag\xC3\xA9, la ligne peut passer d\xE2\x80\x99un c\xC3\xB4t\xC3\xA9 ou de l\xE2\x80\x99"
                   "autre" +
                       colon + shared_either + ".") +
            (shared_mine.empty()
                 ? ""
                 : " Partag\xC3\xA9, au-dessus d\xE2\x80\x99une de vos couches, donc de votre c\xC3\xB4t\xC3\xA9 de la ligne" +
                       colon + shared_mine + ".") +
            (shared_theirs.empty() ? ""
                                   : " Partag\xC3\xA9, sous une couche de " + m.provider +
                                         ", donc de son c\xC3\xB4t\xC3\xA9 de la ligne" + colon + shared_theirs + ".");
    } else {
        q.prompt = "Where does the responsibility line fall for " + service.name +
                   "? Place it between the layers you look after and the layers " + m.provider + " looks after.";
        q.explanation =
            "For " + service.name + (mine.empty() ? "" : ", you look after " + mine) +
            (theirs.empty() ? "" : (mine.empty() ? ", " : "; ") + m.provider + " looks after " + theirs) + "." +
            (shared_either.empty() ? "" : " Shared, so the line may pass on either side: " + shared_either + ".") +
            (shared_mine.empty() ? ""
                                 : " Shared, above one of your layers, so on your side of the line: " + shared_mine + ".") +
            (shared_theirs.empty() ? ""
                                   : " Shared, below one of " + m.provider +
                                         "'s layers, so on its side of the line: " + shared_theirs + ".");
    }
    q.sources = {m.source};
    q.concepts = spec.concepts;
    q.difficulty = spec.difficulty;
    q.tags = {"line"};
    q.layer_labels.clear();
    for (const Layer* layer : line.layers) q.layer_labels.push_back(layer->label);
    q.line_lowest = line.lowest();
    q.line_highest = line.highest();
    return true;
}

const QuestionTypeInfo& line_type() {
    static const QuestionTypeInfo info = [] {
        QuestionTypeInfo t;
        t.type = QuestionType::line;
        t.id = "line";
        t.display = DisplayOrder::as_authored;
        t.read = read;
        t.link = link;
        t.models_needed = models_needed;
        t.answer_slots = type_helpers::one_slot;
        t.shown_items = type_helpers::no_items;
        t.score = score;
        t.complete = complete;
        t.fits = fits;
        t.words = words;
        t.right_response = right_response;
        t.wrong_response = wrong_response;
        t.first_response = first_response;
        return t;
    }();
    return info;
}

} // namespace srm
