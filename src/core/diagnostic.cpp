// Formatting of diagnostics in the compiler style (see diagnostic.h).
#include "diagnostic.h"

namespace srm {

std::string Diagnostic::format() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
    out += severity == Severity::error ? ": error: " : ": warning: ";
    if (line > 0) out += (pointer.empty() ? std::string("/") : pointer) + ": ";
    else if (!pointer.empty()) out += pointer + ": ";
    out += message;
    if (!id.empty()) out += " [" + id + "]";
    return out;
}

void add_diagnostic(Diagnostics& diags, Diagnostic d) {
    if (diags.size() < kMaxDiagnosticsPerFile) {
        diags.push_back(std::move(d));
        return;
    }
    if (diags.back().id != "more-problems")
        diags.push_back({d.file, 0, 0, Severity::error, "", "more-problems", "", 0});
    Diagnostic& more = diags.back();
    more.more += 1;
    more.message = "... and " + std::to_string(more.more) + " more problems in this file";
}

bool has_errors(const Diagnostics& diags) {
    for (const Diagnostic& d : diags)
        if (d.severity == Severity::error) return true;
    return false;
}

std::string format_all(const Diagnostics& diags) {
    std::string out;
    for (const Diagnostic& d : diags) out += d.format() + "\n";
    return out;
}

} // namespace srm
