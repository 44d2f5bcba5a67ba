// Field-by-field checking of a parsed content document with located diagnostics.
// The model and quiz loaders read their documents through this, so every error they report
// names the file, the line:column and the JSON pointer of the offending value.
#pragma once
#include "json_source.h"
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace srm {

// Upper bound for any single string in content, in bytes (a paragraph, not a book).
constexpr size_t kMaxStringBytes = 4000;

class JsonChecker {
public:
    // `text` is the document the values came from; it must outlive the checker. Positions are
    // worked out only when a diagnostic needs one, so valid files cost no extra scan.
    JsonChecker(const std::string& file, std::string_view text, Diagnostics& diags)
        : file_(file), text_(text), diags_(diags) {}

    void error(const std::string& pointer, const std::string& id, const std::string& message);
    void warning(const std::string& pointer, const std::string& id, const std::string& message);
    int error_count() const { return errors_; }

    // Each getter reports "missing-field" or "wrong-type" and returns a neutral value on failure.
    const nlohmann::json* object(const nlohmann::json& parent, const std::string& pointer, const char* key,
                                 bool required = true);
    const nlohmann::json* array(const nlohmann::json& parent, const std::string& pointer, const char* key,
                                bool required = true);
    std::string string(const nlohmann::json& parent, const std::string& pointer, const char* key, bool required = true);
    double number(const nlohmann::json& parent, const std::string& pointer, const char* key, double fallback,
                  bool required = true);
    bool boolean(const nlohmann::json& parent, const std::string& pointer, const char* key, bool fallback,
                 bool required = true);
    std::vector<std::string> string_list(const nlohmann::json& parent, const std::string& pointer, const char* key,
                                         bool required = true);

    // True for an object; otherwise reports "wrong-type" at `pointer` (list entries use this).
    bool object_at(const nlohmann::json& value, const std::string& pointer);

    // The top of every content file: an object with a supported schema_version. Returns false
    // (after reporting "wrong-type" or "unknown-schema-version") when the file cannot be read on.
    bool document_root(const nlohmann::json& root, const char* what, int supported_version);

    // Value checks on strings already read. https_url also refuses the retired sources below.
    bool https_url(const std::string& url, const std::string& pointer);
    // YYYY-MM-DD, not after `today`; with `month_allowed`, YYYY-MM too (a default's "since").
    bool date(const std::string& value, const std::string& pointer, const std::string& today, bool month_allowed = false);
    bool identifier(const std::string& value, const std::string& pointer);

private:
    const nlohmann::json* field(const nlohmann::json& parent, const std::string& pointer, const char* key,
                                bool required, nlohmann::json::value_t type, const char* type_name);
    SourcePos locate(const std::string& pointer);
    std::string file_;
    std::string_view text_;
    std::unique_ptr<JsonLocator> locator_;
    Diagnostics& diags_;
    int errors_ = 0;
};

const char* json_type_name(const nlohmann::json& value);

// Sources content may no longer cite: archived documents whose advice has since changed. A link
// that starts with `url_prefix` is an error ("retired-source") wherever content cites it.
struct RetiredSource {
    const char* url_prefix;
    const char* what; // how the diagnostic names it
};
extern const RetiredSource kRetiredSources[];
extern const size_t kRetiredSourceCount;

} // namespace srm
