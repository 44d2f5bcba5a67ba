// JSON documents with source positions.
// nlohmann/json parses without exceptions here (JSON_NOEXCEPTION), and its values carry no
// positions, so this file adds both: a parse that reports a syntax error at line:column, and a
// locator that maps a JSON pointer back to the line:column where that value starts.
#pragma once
#include "diagnostic.h"
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

namespace srm {

struct SourcePos {
    int line = 1;
    int column = 1;
};

SourcePos position_of(std::string_view text, size_t byte_offset);

// Maps JSON pointers ("/questions/3/key") to the position where the value starts.
class JsonLocator {
public:
    JsonLocator() = default;
    explicit JsonLocator(std::string_view text); // text must be valid JSON; it is not kept
    // Position of the value at `pointer`, or of its nearest existing ancestor.
    SourcePos locate(const std::string& pointer) const;

private:
    std::unordered_map<std::string, SourcePos> positions_;
};

// Deepest nesting of objects and arrays any document may have. Checked by a flat scan before
// anything recursive (the DOM, copies, the locator) sees the text, so hostile input cannot
// exhaust the stack: content needs about 8 levels, saved data fewer.
constexpr int kMaxJsonDepth = 64;

// The byte offset of the first '[' or '{' nested deeper than `max_depth`, or npos.
size_t find_excess_depth(std::string_view text, int max_depth = kMaxJsonDepth);

struct JsonDocument {
    nlohmann::json value;
    bool ok = false;
};

// Parses `text`; on failure appends one located "syntax-error" (or "too-deep") diagnostic for
// `file`. A leading UTF-8 byte order mark is allowed.
JsonDocument parse_json_document(std::string_view text, const std::string& file, Diagnostics& diags);

// Appends "/" + escaped token to a JSON pointer.
std::string pointer_append(const std::string& pointer, const std::string& token);
std::string pointer_append(const std::string& pointer, size_t index);

} // namespace srm
