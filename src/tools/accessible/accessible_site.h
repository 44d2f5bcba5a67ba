// The accessible HTML version of the content: plain, semantic pages that work in any browser and
// with any assistive technology, without JavaScript, WebAssembly or a canvas. Built from the same
// catalog as the app, so generated questions and translations appear as the app shows them.
//   index.html                  every quiz (in each language it has) and every model
//   quiz-<id>.html              each quiz as a form; quiz-<id>.<lang>.html in another language
//   model-<id>.html             each model as a table per service
//   accessible.css
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace srm_html {

struct SitePage {
    std::string file; // name inside the output folder
    std::string text;
};

// The pages for content files given as (path, text) pairs that load without errors. Returns false,
// with `problem` set, when a question has a type no renderer draws.
bool accessible_site(const std::vector<std::pair<std::string, std::string>>& files, const std::string& today,
                     std::vector<SitePage>& pages, std::string& problem);

} // namespace srm_html
