// Diagnostics: what the content loaders and validators report instead of throwing.
// One diagnostic names a file, a line:column, a JSON pointer, a stable error id and a message,
// and prints in the compiler style: "quizzes/iam.json:12:5: error: /questions/3/key: ... [key-out-of-range]".
#pragma once
#include <string>
#include <vector>

namespace srm {

enum class Severity { error, warning };

struct Diagnostic {
    std::string file;
    int line = 0;   // 1-based; 0 when the file could not be read at all
    int column = 0; // 1-based, in bytes
    Severity severity = Severity::error;
    std::string pointer; // RFC 6901 JSON pointer ("" is the whole document)
    std::string id;      // stable, kebab-case error id, e.g. "missing-field"
    std::string message;
    int more = 0; // "more-problems": how many further problems this one line stands for

    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

// Past this many diagnostics for one file, further problems are counted in one closing
// "more-problems" line ("... and 8,998,000 more problems"), so that a hostile or generated file
// cannot exhaust memory with its own error report.
constexpr size_t kMaxDiagnosticsPerFile = 200;

// Appends `d` to `diags`, or counts it in the closing "more-problems" line once the cap is reached.
void add_diagnostic(Diagnostics& diags, Diagnostic d);

bool has_errors(const Diagnostics& diags);
std::string format_all(const Diagnostics& diags);

} // namespace srm
