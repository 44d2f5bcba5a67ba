// The content files shipped with the app, read from the source tree, for UI tests on real content.
#pragma once
#include "catalog.h"
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

inline std::string ReadSource(const std::string& path) {
    std::ifstream in(std::string(SRM_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The content folders, from content-folders.txt (one per line; # starts a comment).
inline std::vector<std::string> ContentFolders() {
    std::vector<std::string> folders;
    std::istringstream lines(ReadSource("content-folders.txt"));
    for (std::string line; std::getline(lines, line);)
        if (!line.empty() && line[0] != '#') folders.push_back(line);
    return folders;
}

// Every content file the site ships (each folder's *.json, translations included), sorted.
inline std::vector<std::string> BundledContentPaths() {
    std::vector<std::string> paths;
    for (const std::string& folder : ContentFolders())
        for (const auto& entry : std::filesystem::directory_iterator(std::string(SRM_SOURCE_DIR) + "/" + folder))
            if (entry.path().extension() == ".json") paths.push_back(folder + "/" + entry.path().filename().string());
    std::sort(paths.begin(), paths.end());
    return paths;
}

// The shipped content in one language, as of a day after every last_verified date.
inline srm::ContentCatalog BundledCatalog(const std::string& lang = "en") {
    srm::ContentCatalog catalog("2026-11-30");
    catalog.set_language(lang);
    for (const std::string& path : BundledContentPaths()) catalog.add_file(path, ReadSource(path));
    catalog.finish();
    return catalog;
}
