// Located JSON parsing (see json_source.h).
//
// [SECTION] Positions
// [SECTION] Syntax errors through the SAX interface
// [SECTION] Pointer locator (a small scanner over already-valid JSON)
#include "json_source.h"
#include <algorithm>
#include <cctype>
#include <vector>

namespace srm {

//-----------------------------------------------------------------------------
// [SECTION] Positions
//-----------------------------------------------------------------------------

SourcePos position_of(std::string_view text, size_t byte_offset) {
    SourcePos pos;
    if (byte_offset > text.size()) byte_offset = text.size();
    for (size_t i = 0; i < byte_offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else ++pos.column;
    }
    return pos;
}

std::string pointer_append(const std::string& pointer, const std::string& token) {
    std::string out = pointer + "/";
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string pointer_append(const std::string& pointer, size_t index) { return pointer + "/" + std::to_string(index); }

//-----------------------------------------------------------------------------
// [SECTION] Syntax errors through the SAX interface
//-----------------------------------------------------------------------------

namespace {

// Accepts every event and remembers the first parse error with its byte position.
struct ErrorCatcher : nlohmann::json_sax<nlohmann::json> {
    bool failed = false;
    size_t position = 0;
    std::string message;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string& last_token, const nlohmann::detail::exception& ex) override {
        failed = true;
        position = pos;
        // nlohmann's message reads "[json.exception.parse_error.101] parse error at line 3, column 5:
        // syntax error while parsing object - unexpected ...". Keep the part after the position.
        std::string what = ex.what();
        size_t colon = what.find(": ", what.find("parse error"));
        message = colon == std::string::npos ? what : what.substr(colon + 2);
        if (!last_token.empty() && message.find("last read") == std::string::npos)
            message += "; last read: '" + last_token + "'";
        return false;
    }
};

} // namespace

size_t find_excess_depth(std::string_view text, int max_depth) {
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string_view::npos;
}

JsonDocument parse_json_document(std::string_view text, const std::string& file, Diagnostics& diags) {
    JsonDocument doc;
    size_t deep = find_excess_depth(text);
    if (deep != std::string_view::npos) {
        SourcePos pos = position_of(text, deep);
        diags.push_back({file, pos.line, pos.column, Severity::error, "", "too-deep",
                         "values are nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"});
        return doc;
    }
    // Valid documents, the usual case, are parsed once; only a failed one is read again, through
    // the SAX interface, to say where and why it failed.
    doc.value = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    doc.ok = !doc.value.is_discarded();
    if (doc.ok) return doc;
    ErrorCatcher catcher;
    nlohmann::json::sax_parse(text.begin(), text.end(), &catcher);
    if (catcher.failed) {
        // The SAX position counts characters read, the offending one included.
        size_t offset = catcher.position > 0 ? catcher.position - 1 : 0;
        SourcePos pos = position_of(text, offset);
        diags.push_back({file, pos.line, pos.column, Severity::error, "", "syntax-error", catcher.message});
        return doc;
    }
    diags.push_back({file, 1, 1, Severity::error, "", "syntax-error", "the document is not valid JSON"});
    return doc;
}

//-----------------------------------------------------------------------------
// [SECTION] Pointer locator
//-----------------------------------------------------------------------------

namespace {

class Scanner {
public:
    Scanner(std::string_view text, std::unordered_map<std::string, size_t>& out) : t_(text), out_(out) {}

    void value(const std::string& pointer) {
        skip_ws();
        out_[pointer] = i_;
        if (i_ >= t_.size()) return;
        char c = t_[i_];
        if (c == '{') object(pointer);
        else if (c == '[') array(pointer);
        else if (c == '"') string_token();
        else
            while (i_ < t_.size() && !is_delim(t_[i_])) ++i_;
    }

private:
    void object(const std::string& pointer) {
        ++i_;
        for (;;) {
            skip_ws();
            if (i_ >= t_.size() || t_[i_] == '}') {
                ++i_;
                return;
            }
            if (t_[i_] == ',') {
                ++i_;
                continue;
            }
            std::string key = decode(string_token());
            skip_ws();
            if (i_ < t_.size() && t_[i_] == ':') ++i_;
            value(pointer_append(pointer, key));
        }
    }
    void array(const std::string& pointer) {
        ++i_;
        size_t index = 0;
        for (;;) {
            skip_ws();
            if (i_ >= t_.size() || t_[i_] == ']') {
                ++i_;
                return;
            }
            if (t_[i_] == ',') {
                ++i_;
                continue;
            }
            value(pointer_append(pointer, index++));
        }
    }
    std::string_view string_token() {
        size_t start = i_++;
        while (i_ < t_.size() && t_[i_] != '"') i_ += t_[i_] == '\\' ? 2 : 1;
        ++i_;
        return t_.substr(start, i_ - start);
    }
    static std::string decode(std::string_view quoted) {
        if (quoted.find('\\') == std::string_view::npos) return std::string(quoted.substr(1, quoted.size() - 2));
        nlohmann::json j = nlohmann::json::parse(quoted.begin(), quoted.end(), nullptr, false);
        return j.is_string() ? j.get<std::string>() : std::string();
    }
    static bool is_delim(char c) { return c == ',' || c == '}' || c == ']' || std::isspace((unsigned char)c); }
    void skip_ws() {
        while (i_ < t_.size() && std::isspace((unsigned char)t_[i_])) ++i_;
    }

    std::string_view t_;
    std::unordered_map<std::string, size_t>& out_;
    size_t i_ = 0;
};

} // namespace

JsonLocator::JsonLocator(std::string_view text) {
    std::unordered_map<std::string, size_t> offsets;
    size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // a byte order mark is not a value
    Scanner(text.substr(bom), offsets).value("");
    for (auto& entry : offsets) entry.second += bom;
    std::vector<size_t> line_starts{bom};
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts.push_back(i + 1);
    for (const auto& [pointer, offset] : offsets) {
        auto next = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
        size_t line = size_t(next - line_starts.begin());
        positions_[pointer] = {int(line), int(offset - line_starts[line - 1]) + 1};
    }
}

SourcePos JsonLocator::locate(const std::string& pointer) const {
    std::string p = pointer;
    for (;;) {
        auto it = positions_.find(p);
        if (it != positions_.end()) return it->second;
        size_t slash = p.rfind('/');
        if (slash == std::string::npos || p.empty()) return {};
        p.erase(slash);
    }
}

} // namespace srm
