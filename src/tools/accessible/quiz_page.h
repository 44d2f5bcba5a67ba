// A quiz as one accessible page: a form with a section per question (authored and generated).
#pragma once
#include "catalog.h"
#include <string>

namespace srm_html {

// The page of `quiz`, linked against the models of `catalog` (the catalog of the quiz's language).
// Returns false, with `problem` naming the question, when a question's type has no renderer.
bool quiz_page(const srm::Quiz& quiz, const srm::ContentCatalog& catalog, std::string& html, std::string& problem);

} // namespace srm_html
