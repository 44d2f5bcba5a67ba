// Fuzz target: any bytes as a content file. The first byte picks the kind (model, model
// translation, quiz, quiz translation, lessons, resources); the rest is the file, loaded into a
// catalog beside a small valid model and quiz, then linked (finish), as the app does at start.
#include "catalog.h"
#include "../core/fixtures.h"
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static const char* const kPaths[] = {"models/x.json",          "models/x.fr.json",   "quizzes/x.json",
                                         "quizzes/basics.fr.json", "lessons/x.json",     "lessons/x.fr.json",
                                         "resources/x.json",       "resources/x.fr.json"};
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    srm::ContentCatalog catalog("2026-11-30");
    catalog.set_language(data[0] & 0x80 ? "fr" : "en");
    catalog.add_file("models/test.json", fixtures::kModel);
    catalog.add_file("quizzes/basics.json", fixtures::kQuiz);
    catalog.add_file(kPaths[data[0] % 8], text);
    catalog.finish();
    (void)catalog.diagnostics();
    return 0;
}
