// Lessons and curated resources: the guided path through the model and the official reading.
// assets/lessons/*.json holds lessons; assets/resources/*.json holds groups of links. Both are
// documented in docs/authoring.md and validated with located diagnostics like every content file.
#pragma once
#include "diagnostic.h"
#include <string>
#include <string_view>
#include <vector>

namespace srm {

// The part of a model's diagram a lesson shows.
struct DiagramFocus {
    std::string cloud;               // model id
    std::string service;             // service id
    std::vector<std::string> layers; // layer ids to highlight; empty = the whole diagram
};

struct Lesson {
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> paragraphs;
    DiagramFocus diagram;
    std::string explore;              // deep link into the explorer, e.g. "?view=explore&cloud=aws&service=rds"
    std::string quiz;                 // quiz id for "test yourself" (optional)
    std::vector<std::string> sources; // https URLs
};

struct ResourceLink {
    std::string title;
    std::string url;         // https
    std::string description; // one line, in our words
};

struct ResourceGroup {
    std::string id;
    std::string title;
    std::vector<ResourceLink> links;
};

constexpr int kLearningSchemaVersion = 1;

// A file in another language than English says so at the top ("lang": "fr") and holds the same
// lessons (ids, diagram, links) or the same groups and URLs as its English file, in other words.
// `lang`, when given, receives the file's language ("en" when it names none).
bool load_lessons(std::string_view text, const std::string& file, std::vector<Lesson>& out, Diagnostics& diags,
                  std::string* lang = nullptr);
bool load_resources(std::string_view text, const std::string& file, std::vector<ResourceGroup>& out, Diagnostics& diags,
                    std::string* lang = nullptr);

} // namespace srm
