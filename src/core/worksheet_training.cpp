// The team's quiz drawn from its worksheet (see worksheet_training.h).
#include "worksheet_training.h"
#include <algorithm>
#include <set>

namespace srm {

namespace {

struct Selection {
    std::string cloud;
    std::set<std::string> services;
    std::set<std::string> cells;        // "<cloud>/<service>/<control>"
    std::set<std::string> other_clouds; // model ids a question's tags may name
};

bool names_a_cell(const Question& q) {
    if (!q.cell.empty() || q.type == QuestionType::matrix) return true;
    for (const ClassifyItem& item : q.items)
        if (!item.cell.empty()) return true;
    return std::any_of(q.parts.begin(), q.parts.end(), names_a_cell);
}

bool fits_cells(const Question& q, const Selection& sel) {
    if (sel.cells.count(q.cell)) return true;
    if (q.type == QuestionType::matrix && q.model == sel.cloud && sel.services.count(q.service)) return true;
    for (const ClassifyItem& item : q.items)
        if (sel.cells.count(item.cell)) return true;
    return std::any_of(q.parts.begin(), q.parts.end(), [&](const Question& part) { return fits_cells(part, sel); });
}

bool tagged_for_another_cloud(const Question& q, const Selection& sel) {
    return std::any_of(q.tags.begin(), q.tags.end(), [&](const std::string& t) { return sel.other_clouds.count(t) > 0; });
}

} // namespace

std::vector<TeamQuiz> team_training(const ContentCatalog& catalog, const Worksheet& ws) {
    std::vector<TeamQuiz> out;
    const ResponsibilityModel* model = catalog.find_model(ws.cloud);
    if (!model) return out;
    Selection sel;
    sel.cloud = model->id;
    for (const StackService& s : ws.services) {
        sel.services.insert(s.id);
        for (const Control& c : model->controls)
            if (model->find_cell(s.id, c.id)) sel.cells.insert(model->id + "/" + s.id + "/" + c.id);
    }
    for (const ResponsibilityModel& m : catalog.models())
        if (m.id != model->id) sel.other_clouds.insert(m.id);

    for (const Quiz& quiz : catalog.quizzes()) {
        std::set<std::string> concepts;
        for (const Question& q : quiz.questions)
            if (fits_cells(q, sel)) concepts.insert(q.concepts.begin(), q.concepts.end());
        TeamQuiz team;
        team.quiz = &quiz;
        for (const Question& q : quiz.questions) {
            bool by_concept = !names_a_cell(q) && !tagged_for_another_cloud(q, sel) &&
                              std::any_of(q.concepts.begin(), q.concepts.end(),
                                          [&](const std::string& c) { return concepts.count(c) > 0; });
            if (fits_cells(q, sel) || by_concept) team.question_ids.push_back(q.id);
        }
        if (!team.question_ids.empty()) out.push_back(std::move(team));
    }
    return out;
}

} // namespace srm
