// Field checks with located diagnostics (see json_checker.h).
#include "json_checker.h"
#include "content_id.h"
#include <algorithm>
#include <cctype>

namespace srm {

using nlohmann::json;

const char* json_type_name(const json& value) {
    switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

SourcePos JsonChecker::locate(const std::string& pointer) {
    if (!locator_) locator_ = std::make_unique<JsonLocator>(text_);
    return locator_->locate(pointer);
}

void JsonChecker::error(const std::string& pointer, const std::string& id, const std::string& message) {
    SourcePos pos = diags_.size() < kMaxDiagnosticsPerFile ? locate(pointer) : SourcePos{};
    add_diagnostic(diags_, {file_, pos.line, pos.column, Severity::error, pointer, id, message, 0});
    ++errors_;
}

void JsonChecker::warning(const std::string& pointer, const std::string& id, const std::string& message) {
    SourcePos pos = diags_.size() < kMaxDiagnosticsPerFile ? locate(pointer) : SourcePos{};
    add_diagnostic(diags_, {file_, pos.line, pos.column, Severity::warning, pointer, id, message, 0});
}

const json* JsonChecker::field(const json& parent, const std::string& pointer, const char* key, bool required,
                               json::value_t type, const char* type_name) {
    auto it = parent.find(key);
    if (it == parent.end()) {
        if (required) error(pointer, "missing-field", std::string("missing required field \"") + key + "\"");
        return nullptr;
    }
    bool number_ok = type == json::value_t::number_float && it->is_number();
    if (it->type() != type && !number_ok) {
        error(pointer_append(pointer, key), "wrong-type",
              std::string("expected ") + type_name + ", found " + json_type_name(*it));
        return nullptr;
    }
    return &*it;
}

const json* JsonChecker::object(const json& parent, const std::string& pointer, const char* key, bool required) {
    return field(parent, pointer, key, required, json::value_t::object, "an object");
}

const json* JsonChecker::array(const json& parent, const std::string& pointer, const char* key, bool required) {
    return field(parent, pointer, key, required, json::value_t::array, "an array");
}

std::string JsonChecker::string(const json& parent, const std::string& pointer, const char* key, bool required) {
    const json* v = field(parent, pointer, key, required, json::value_t::string, "a string");
    if (!v) return {};
    std::string s = v->get<std::string>();
    bool blank = std::all_of(s.begin(), s.end(), [](char c) { return std::isspace((unsigned char)c) != 0; });
    // The field's pointer is spelled out only for a diagnostic: most strings need none.
    if (blank && required)
        error(pointer_append(pointer, key), "empty-string", std::string("\"") + key + "\" must not be empty");
    if (s.size() > kMaxStringBytes)
        error(pointer_append(pointer, key), "oversized-string",
              "string is " + std::to_string(s.size()) + " bytes; the limit is " + std::to_string(kMaxStringBytes));
    return s;
}

double JsonChecker::number(const json& parent, const std::string& pointer, const char* key, double fallback, bool required) {
    const json* v = field(parent, pointer, key, required, json::value_t::number_float, "a number");
    return v ? v->get<double>() : fallback;
}

std::vector<std::string> JsonChecker::string_list(const json& parent, const std::string& pointer, const char* key,
                                                  bool required) {
    std::vector<std::string> out;
    const json* arr = array(parent, pointer, key, required);
    if (!arr) return out;
    std::string ptr = pointer_append(pointer, key);
    for (size_t i = 0; i < arr->size(); ++i) {
        const json& item = (*arr)[i];
        if (!item.is_string()) {
            error(pointer_append(ptr, i), "wrong-type", std::string("expected a string, found ") + json_type_name(item));
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

bool JsonChecker::boolean(const json& parent, const std::string& pointer, const char* key, bool fallback, bool required) {
    const json* v = field(parent, pointer, key, required, json::value_t::boolean, "true or false");
    return v ? v->get<bool>() : fallback;
}

bool JsonChecker::object_at(const json& value, const std::string& pointer) {
    if (value.is_object()) return true;
    error(pointer, "wrong-type", std::string("expected an object, found ") + json_type_name(value));
    return false;
}

bool JsonChecker::document_root(const json& root, const char* what, int supported_version) {
    if (!root.is_object()) {
        error("", "wrong-type", std::string("a ") + what + " file holds an object, found " + json_type_name(root));
        return false;
    }
    number(root, "", "schema_version", 0);
    auto version = root.find("schema_version");
    if (version != root.end() && version->is_number() && version->get<double>() != supported_version) {
        error("/schema_version", "unknown-schema-version",
              "schema_version " + version->dump() + " is not supported (this build reads " +
                  std::to_string(supported_version) + ")");
        return false;
    }
    return true;
}

const RetiredSource kRetiredSources[] = {
    {"https://d1.awsstatic.com/whitepapers/Security/AWS_Security_Best_Practices.pdf",
     "the archived 2016 AWS Security Best Practices whitepaper"},
};
const size_t kRetiredSourceCount = sizeof(kRetiredSources) / sizeof(kRetiredSources[0]);

bool JsonChecker::https_url(const std::string& url, const std::string& pointer) {
    bool ok = url.rfind("https://", 0) == 0 && url.size() > 8 && url.find_first_of(" \t\r\n\"<>") == std::string::npos;
    if (!ok) {
        error(pointer, "non-https-link", "links must be absolute https:// URLs, found \"" + url + "\"");
        return false;
    }
    for (size_t i = 0; i < kRetiredSourceCount; ++i) {
        if (url.rfind(kRetiredSources[i].url_prefix, 0) != 0) continue;
        error(pointer, "retired-source",
              std::string("this link is ") + kRetiredSources[i].what +
                  "; cite the provider's current page for the service instead");
        return false;
    }
    return true;
}

bool JsonChecker::date(const std::string& value, const std::string& pointer, const std::string& today, bool month_allowed) {
    auto digits = [&](size_t from, size_t n) {
        for (size_t i = from; i < from + n; ++i)
            if (i >= value.size() || !std::isdigit((unsigned char)value[i])) return false;
        return true;
    };
    bool month_only = month_allowed && value.size() == 7 && digits(0, 4) && value[4] == '-' && digits(5, 2);
    bool shape = month_only || (value.size() == 10 && digits(0, 4) && value[4] == '-' && digits(5, 2) &&
                                value[7] == '-' && digits(8, 2));
    int month = shape ? std::stoi(value.substr(5, 2)) : 0;
    int day = shape && !month_only ? std::stoi(value.substr(8, 2)) : 1;
    if (!shape || month < 1 || month > 12 || day < 1 || day > 31) {
        error(pointer, "malformed-date",
              std::string("expected a date as YYYY-MM-DD") + (month_allowed ? " or YYYY-MM" : "") + ", found \"" +
                  value + "\"");
        return false;
    }
    if (!today.empty() && value > today.substr(0, value.size())) {
        error(pointer, "future-date", "date " + value + " is after today (" + today + ")");
        return false;
    }
    return true;
}

bool JsonChecker::identifier(const std::string& value, const std::string& pointer) {
    bool ok = is_id(value);
    if (!ok)
        error(pointer, "bad-id", "ids use lower-case letters, digits, '-' and '_' (at most 64), found \"" + value + "\"");
    return ok;
}

} // namespace srm
