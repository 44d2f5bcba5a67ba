// "Train this team": the questions that fit a team's worksheet. A question fits when it names a
// cell of the selection (its own cell, a classify item's, a matrix of a selected service, or a
// scenario part's), or, naming no cell at all, teaches a concept that a fitting question of the
// same quiz teaches and is not tagged for another cloud. Generated questions name their cell.
// The ids go into SessionConfig::only_questions, one session per quiz.
#pragma once
#include "catalog.h"
#include "worksheet.h"
#include <string>
#include <vector>

namespace srm {

struct TeamQuiz {
    const Quiz* quiz = nullptr;
    std::vector<std::string> question_ids; // in the quiz's order
};

// Quizzes of the catalog with at least one fitting question, in catalog order.
std::vector<TeamQuiz> team_training(const ContentCatalog& catalog, const Worksheet& worksheet);

} // namespace srm
