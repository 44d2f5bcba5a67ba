// The content files shipped with the app, read from the source tree, for UI tests on real content.
#pragma once
#include "catalog.h"
#include <fstream>
#include <sstream>
#include <string>

inline std::string ReadSource(const std::string& path) {
    std::ifstream in(std::string(SRM_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

inline srm::ContentCatalog BundledCatalog() {
    srm::ContentCatalog catalog("2026-11-29");
    for (const char* path : {"assets/models/aws.json", "assets/models/azure.json", "assets/models/gcp.json",
                             "assets/lessons/path.json", "assets/resources/official.json", "quizzes/fundamentals.json",
                             "quizzes/services.json", "quizzes/controls-compliance.json",
                             "quizzes/misconceptions-incidents.json", "quizzes/multi-cloud.json"})
        catalog.add_file(path, ReadSource(path));
    catalog.finish();
    return catalog;
}
