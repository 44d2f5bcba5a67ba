// srm-check --first-view DIR --language LANG FILE...: the files the web app's first view of the
// home page reads (see docs/architecture.md, "The first view"): DIR/first-view[.<lang>].json, the
// content summary in LANG, and DIR/first-view/models/<first model's file names>, the first model
// (and its LANG translation) cut down to the service the home page draws the line on. They are
// loaded back as the app would, and refused if they do not load clean.
#pragma once
#include "catalog.h"
#include <string>
#include <utility>
#include <vector>

// `texts` are the files the catalog was loaded from, as (path, text). Returns the exit status.
int WriteFirstViewFiles(const std::string& dir, const srm::ContentCatalog& catalog,
                        const std::vector<std::pair<std::string, std::string>>& texts);
