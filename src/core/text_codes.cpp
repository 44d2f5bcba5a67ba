// Checksums, splitting and CSV fields for the text codes and exports (see text_codes.h).
#include "text_codes.h"
#include <cctype>
#include <cstdio>

namespace srm {

std::uint32_t fnv1a32(std::string_view text) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : text) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

std::string fnv1a_hex(std::string_view text) {
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", unsigned(fnv1a32(text)));
    return buf;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == sep) {
            out.emplace_back(s.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace((unsigned char)s.back())) s.remove_suffix(1);
    while (!s.empty() && std::isspace((unsigned char)s.front())) s.remove_prefix(1);
    return s;
}

std::string csv_field(const std::string& s) {
    // Always quoted; a formula character at the start of the field, or after any separator a
    // spreadsheet may split on (comma, semicolon, tab, pipe, line break) and optional spaces,
    // gets a leading apostrophe so that it is read as text, in every locale.
    std::string out = "\"";
    bool cell_start = true;
    for (char c : s) {
        if (cell_start && (c == '=' || c == '+' || c == '-' || c == '@')) out += '\'';
        if (c == '"') out += '"';
        out += c;
        if (c == ',' || c == ';' || c == '\t' || c == '|' || c == '\r' || c == '\n') cell_start = true;
        else if (c != ' ') cell_start = false;
    }
    return out + "\"";
}

} // namespace srm
