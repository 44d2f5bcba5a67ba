// Benchmark: parse and validate a generated bank of 5,000 questions of every type, natively and in
// wasm (the same source is built by the native and web-test presets). Prints milliseconds; it
// asserts nothing about time, but fails if the generated bank does not load cleanly.
#include "catalog.h"
#include <chrono>
#include <cstdio>
#include <string>

static std::string GeneratedBank(int count) {
    std::string out = R"({"schema_version": 1, "id": "bench", "title": "Benchmark bank", "lang": "en",
  "description": "Generated for the benchmark.", "pass_mark": 0.7, "questions": [)";
    for (int i = 0; i < count; ++i) {
        std::string id = "q" + std::to_string(i);
        std::string common = R"("explanation": "Because the model says so, in a sentence of ordinary length for a question.",
      "sources": ["https://example.com/source/)" +
                             std::to_string(i) + R"("], "concepts": ["concept-)" + std::to_string(i % 40) + R"("])";
        if (i) out += ",";
        switch (i % 6) {
        case 0:
            out += R"({"id": ")" + id + R"(", "type": "single", "prompt": "Who is responsible for control number )" +
                   std::to_string(i) + R"(?", "choices": ["The customer", "The provider", "Shared"], "key": 0, )" +
                   common + "}";
            break;
        case 1:
            out += R"({"id": ")" + id +
                   R"(", "type": "multiple", "prompt": "Which apply?", "choices": ["A", "B", "C", "D"], "key": [0, 2], )" +
                   common + "}";
            break;
        case 2:
            out += R"({"id": ")" + id +
                   R"(", "type": "true-false", "prompt": "Is this statement true?", "key": true, )" + common + "}";
            break;
        case 3:
            out += R"({"id": ")" + id +
                   R"(", "type": "classify", "prompt": "Sort these.", "items": [{"text": "One", "owner": "customer"},
                       {"text": "Two", "owner": "provider"}, {"text": "Three", "owner": "shared"}], )" +
                   common + "}";
            break;
        case 4:
            out += R"({"id": ")" + id +
                   R"(", "type": "ordering", "prompt": "Order these.", "order": ["First", "Second", "Third"], )" +
                   common + "}";
            break;
        case 5:
            out += R"({"id": ")" + id +
                   R"(", "type": "scenario", "prompt": "A case", "case": "Something happened in an account.",
                       "questions": [{"id": "a", "type": "single", "prompt": "Who?", "choices": ["You", "Them"], "key": 0, "explanation": "You."}], )" +
                   common + "}";
            break;
        }
    }
    return out + "]}";
}

int main() {
    const int count = 5000;
    std::string bank = GeneratedBank(count);
    double best = 1e9;
    size_t loaded = 0;
    for (int run = 0; run < 5; ++run) {
        auto start = std::chrono::steady_clock::now();
        srm::ContentCatalog catalog("2026-11-29");
        catalog.add_file("quizzes/bench.json", bank);
        catalog.finish();
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (catalog.error_count() != 0 || catalog.quizzes().empty()) {
            std::printf("bank_bench: the generated bank did not load:\n%s", srm::format_all(catalog.diagnostics()).c_str());
            return 1;
        }
        loaded = catalog.quizzes()[0].questions.size();
        if (ms < best) best = ms;
    }
    std::printf("parse and validate %zu questions (%zu KB of JSON): best of 5 runs %.1f ms\n", loaded,
                bank.size() / 1024, best);
    return 0;
}
