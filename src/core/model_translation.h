// A responsibility model in another language: a file beside the model (assets/models/aws.fr.json)
// that "translates" it, giving the words only (titles, labels, explanations), never owners,
// sources or dates, so a translation cannot change who owns what.
//
//   { "schema_version": 1, "translates": "aws", "lang": "fr",
//     "title", "summary", "edition",
//     "owners":     { "shared": "...", "not-applicable": "..." },
//     "parties":    { "<party id>": { "label", "band" } },
//     "layers":     { "<layer id>": "label" },
//     "categories": { "<category id>": { "label", "summary" } },
//     "controls":   { "<control id>": "label" },
//     "settings":   { "<service id>/<setting id>": { "label", "options": { "<option id>": "label" } } },
//     "cells":      { "<service id>/<control id>": "explanation" },
//     "variants":   { "<service id>/<control id>/<setting id>=<option id>": "explanation" },
//     "defaults":   { "<cell key or variant key>": "what the provider does out of the box" } }
//
// Checking it against its model reports keys that name nothing (errors) and cells or variants
// left untranslated (one warning with the count); a default without a translation counts as one too.
#pragma once
#include "model.h"
#include <map>
#include <string>
#include <string_view>

namespace srm {

struct LabelAndText {
    std::string label, text; // category: label and summary; party: label and band
};

struct SettingTranslation {
    std::string label;
    std::map<std::string, std::string> options;
};

struct ModelTranslation {
    std::string translates; // the model id
    std::string lang;
    std::string title, summary, edition;
    std::map<std::string, std::string> owners, layers, controls, cells, variants, defaults;
    std::map<std::string, LabelAndText> parties, categories;
    std::map<std::string, SettingTranslation> settings;
};

// True for a model file that is a translation (it has "translates").
bool is_model_translation(std::string_view text);
bool load_model_translation(std::string_view text, const std::string& file, ModelTranslation& out, Diagnostics& diags);
// Reports keys that name nothing in `model` (located in `text`, the translation's source), and
// how many cells and variants are untranslated.
void check_model_translation(const ResponsibilityModel& model, const ModelTranslation& t, const std::string& file,
                             std::string_view text, Diagnostics& diags);
void apply_model_translation(ResponsibilityModel& model, const ModelTranslation& t);

} // namespace srm
