// Small, valid content documents shared by the core tests. Tests break them on purpose, one
// field at a time, to check each validator error class. Kept in code (not files) so that the
// same tests run in wasm under Node, which has no filesystem here.
#pragma once
#include "catalog.h"
#include <string>

namespace fixtures {

inline const std::string kModel = R"({
  "schema_version": 1,
  "id": "test",
  "provider": "Cloudco",
  "title": "Cloudco model",
  "summary": "A two-service model for tests.",
  "source": "https://example.com/srm",
  "parties": [
    {"id": "customer", "label": "Customer", "band": "Security in the cloud"},
    {"id": "provider", "label": "Cloudco", "band": "Security of the cloud"}
  ],
  "layers": [
    {"id": "data", "label": "CUSTOMER DATA", "party": "customer"},
    {"id": "os", "label": "OPERATING SYSTEM", "party": "customer"},
    {"id": "hardware", "label": "HARDWARE", "party": "provider"}
  ],
  "categories": [
    {"id": "infrastructure", "label": "Infrastructure", "summary": "You run the OS."},
    {"id": "abstracted", "label": "Abstracted", "summary": "You use endpoints."}
  ],
  "services": [
    {"id": "vm", "name": "Cloudco VM", "category": "infrastructure"},
    {"id": "store", "name": "Cloudco Store", "category": "abstracted"}
  ],
  "controls": [
    {"id": "classification", "label": "Data classification", "class": "customer-specific", "layer": "data"},
    {"id": "patching", "label": "Guest OS patching", "class": "shared", "layer": "os"},
    {"id": "physical", "label": "Physical security", "class": "inherited", "layer": "hardware"}
  ],
  "cells": [
    {"service": "vm", "control": "classification", "owner": "customer", "explanation": "Yours.", "source": "https://example.com/a", "last_verified": "2026-01-02"},
    {"service": "vm", "control": "patching", "owner": "customer", "explanation": "You patch the guest.", "source": "https://example.com/b", "last_verified": "2026-01-02"},
    {"service": "vm", "control": "physical", "owner": "provider", "explanation": "Theirs.", "source": "https://example.com/c", "last_verified": "2026-01-02"},
    {"service": "store", "control": "classification", "owner": "customer", "explanation": "Yours.", "source": "https://example.com/a", "last_verified": "2026-01-02"},
    {"service": "store", "control": "patching", "owner": "provider", "explanation": "No guest OS to patch.", "source": "https://example.com/d", "last_verified": "2026-01-02"},
    {"service": "store", "control": "physical", "owner": "provider", "explanation": "Theirs.", "source": "https://example.com/c", "last_verified": "2026-01-02"}
  ]
})";

inline const std::string kQuiz = R"({
  "schema_version": 1,
  "id": "basics",
  "title": "Basics",
  "lang": "en",
  "description": "Three questions for tests.",
  "pass_mark": 0.6,
  "questions": [
    {"id": "q1", "type": "single", "prompt": "Who patches the guest OS on a VM?",
     "choices": ["The customer", "The provider"], "key": 0,
     "choice_feedback": ["", "The provider runs the host, not the operating system inside your VM."],
     "explanation": "The guest OS is yours.", "sources": ["https://example.com/b"],
     "concepts": ["guest-os"], "cell": "test/vm/patching"},
    {"id": "q2", "type": "multiple", "prompt": "Which are the provider's?",
     "choices": ["Physical security", "Data classification", "Hypervisor"], "key": [0, 2],
     "choice_feedback": ["", "Only you know what your data is worth.", ""],
     "explanation": "The provider secures the facilities and the virtualisation layer.",
     "sources": ["https://example.com/c"], "concepts": ["of-the-cloud"]},
    {"id": "q3", "type": "true-false", "prompt": "Data is always the customer's.", "key": true,
     "explanation": "Yes.", "sources": ["https://example.com/a"], "concepts": ["data"]}
  ]
})";

// A quiz with one question of every type, for scoring, session and player tests.
inline const std::string kQuizAllTypes = R"({
  "schema_version": 1,
  "id": "all-types",
  "title": "Every type",
  "lang": "en",
  "description": "One question of each type.",
  "pass_mark": 0.5,
  "concepts": [
    {"id": "guest-os", "label": "Guest operating systems", "misconception": "Believing the provider patches the OS of your virtual machines."},
    {"id": "of-the-cloud", "label": "Security of the cloud", "misconception": "Thinking physical security is partly yours."},
    {"id": "data", "label": "Your data", "misconception": "Thinking the provider classifies your data."}
  ],
  "questions": [
    {"id": "s1", "type": "single", "prompt": "Who patches the guest OS on a VM?",
     "choices": ["The customer", "The provider", "Shared"], "choice_owners": ["customer", "provider", "shared"], "key": 0,
     "choice_feedback": ["", "The provider runs the host, not the operating system inside your VM.", "Nothing of the guest OS is the provider's."],
     "explanation": "The guest OS is yours.", "sources": ["https://example.com/b"], "concepts": ["guest-os"], "cell": "test/vm/patching"},
    {"id": "m1", "type": "multiple", "prompt": "Which are the provider's?",
     "choices": ["Physical security", "Data classification", "Hypervisor"], "key": [0, 2],
     "choice_feedback": ["", "Only you know what your data is worth.", "The hypervisor is under every VM: the provider's."],
     "explanation": "Facilities and virtualisation.", "sources": ["https://example.com/c"], "concepts": ["of-the-cloud"], "difficulty": 1},
    {"id": "t1", "type": "true-false", "prompt": "Data is always the customer's.", "key": true,
     "explanation": "Yes.", "sources": ["https://example.com/a"], "concepts": ["data"], "tags": ["warm-up"]},
    {"id": "c1", "type": "classify", "prompt": "Sort these onto who owns them.",
     "items": [{"text": "Badge readers at the data centre", "owner": "provider", "cell": "test/vm/physical"},
               {"text": "Patching the VM's OS", "owner": "customer"},
               {"text": "Classifying records", "owner": "customer"}],
     "explanation": "Facilities are the provider's; the rest is yours.", "sources": ["https://example.com/c"], "concepts": ["of-the-cloud", "data"]},
    {"id": "x1", "type": "matrix", "prompt": "Mark the owner of each control for Cloudco Store.",
     "model": "test", "service": "store", "rows": ["classification", "patching", "physical"],
     "explanation": "An abstracted service leaves you the data.", "sources": ["https://example.com/d"], "concepts": ["data"], "difficulty": 3},
    {"id": "o1", "type": "ordering", "prompt": "Order from most to least customer work.",
     "order": ["Cloudco VM", "Cloudco Store"],
     "explanation": "The VM leaves you the OS.", "sources": ["https://example.com/b"], "concepts": ["guest-os"]},
    {"id": "sc1", "type": "scenario", "prompt": "A public bucket",
     "case": "A team finds that anyone on the internet can read one of its storage buckets.",
     "explanation": "Access settings are the customer's.", "sources": ["https://example.com/a"], "concepts": ["data"],
     "questions": [
       {"id": "who", "type": "single", "prompt": "Who made it public?", "choices": ["Someone in the account", "The provider"], "key": 0,
        "choice_feedback": ["", "The provider does not change your access settings."], "explanation": "Buckets start private."},
       {"id": "fix", "type": "true-false", "prompt": "Turning on public access blocking fixes it.", "key": true, "explanation": "It does."}
     ]}
  ]
})";

// A quiz of "move the line" questions on the fixture model: two authored (one under a setting
// choice, which needs model_with_settings()) and one generated per service.
inline const std::string kQuizLine = R"({
  "schema_version": 1,
  "id": "line",
  "title": "Move the line",
  "lang": "en",
  "description": "Where the line falls for each service.",
  "pass_mark": 0.5,
  "concepts": [{"id": "line-moves", "label": "The line moves", "misconception": "Thinking the line sits in the same place for every service."}],
  "generate": [{"model": "test", "ask": "line", "services": ["vm", "store"], "concepts": ["line-moves"]}],
  "questions": [
    {"id": "vm-line", "type": "line", "model": "test", "service": "vm",
     "prompt": "Place the line for Cloudco VM.", "explanation": "The OS is yours.",
     "sources": ["https://example.com/b"], "concepts": ["line-moves"]},
    {"id": "vm-managed-line", "type": "line", "model": "test", "service": "vm", "settings": {"patch-mode": "managed"},
     "prompt": "Place the line for Cloudco VM with managed patching.", "explanation": "Managed patching moves the OS below the line.",
     "sources": ["https://example.com/m"], "concepts": ["line-moves"], "difficulty": 3}
  ]
})";

// The fixture model plus a service setting with a variant, and an organisation's platform team
// as a third party.
inline std::string model_with_settings() {
    std::string m = kModel;
    auto put = [&](const std::string& from, const std::string& to) {
        size_t at = m.find(from);
        if (at != std::string::npos) m.replace(at, from.size(), to);
    };
    put(R"({"id": "provider", "label": "Cloudco", "band": "Security of the cloud"})",
        R"({"id": "provider", "label": "Cloudco", "band": "Security of the cloud"},
    {"id": "platform-team", "label": "Platform team", "band": "Internal platform"})");
    put(R"({"id": "vm", "name": "Cloudco VM", "category": "infrastructure"})",
        R"({"id": "vm", "name": "Cloudco VM", "category": "infrastructure",
     "settings": [{"id": "patch-mode", "label": "Patch mode", "default": "self",
                   "options": [{"id": "self", "label": "Self-managed"}, {"id": "managed", "label": "Managed"}]}]})");
    put(R"("explanation": "You patch the guest.", "source": "https://example.com/b", "last_verified": "2026-01-02"})",
        R"("explanation": "You patch the guest.", "source": "https://example.com/b", "last_verified": "2026-01-02",
     "variants": [{"setting": "patch-mode", "option": "managed", "owner": "provider", "explanation": "Managed patching.", "source": "https://example.com/m", "last_verified": "2025-01-02"}]})");
    put(R"({"service": "store", "control": "classification", "owner": "customer")",
        R"({"service": "store", "control": "classification", "owner": "platform-team")");
    return m;
}

// The fixture model and one quiz, loaded into one finished catalog.
inline srm::ContentCatalog model_and_quiz_catalog(const std::string& quiz_path, const std::string& quiz) {
    srm::ContentCatalog catalog("2026-03-01");
    catalog.add_file("models/test.json", kModel);
    catalog.add_file(quiz_path, quiz);
    catalog.finish();
    return catalog;
}
// With the quiz that has every question type.
inline srm::ContentCatalog all_types_catalog() { return model_and_quiz_catalog("quizzes/all.json", kQuizAllTypes); }

// With the basics quiz.
inline srm::ContentCatalog basics_catalog() { return model_and_quiz_catalog("quizzes/basics.json", kQuiz); }

// Replaces the first occurrence of `from` in `text` with `to` (the test fails loudly if absent).
inline std::string replace(std::string text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    if (at == std::string::npos) return "<<fixture text not found: " + from + ">>";
    return text.replace(at, from.size(), to);
}

} // namespace fixtures
