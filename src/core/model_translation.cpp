// Model translations (see model_translation.h).
#include "model_translation.h"
#include "json_checker.h"
#include <nlohmann/json.hpp>

namespace srm {

using nlohmann::json;

bool is_model_translation(std::string_view text) {
    // A cheap look before parsing: translations name the model they translate near the top.
    return text.substr(0, 400).find("\"translates\"") != std::string_view::npos;
}

// Reads {"key": "text", ...} at `key` of `parent`.
static std::map<std::string, std::string> text_map(JsonChecker& check, const json& parent, const char* key) {
    std::map<std::string, std::string> out;
    const json* object = check.object(parent, "", key, false);
    for (auto it = object ? object->begin() : json::const_iterator(); object && it != object->end(); ++it) {
        if (it->is_string() && !it->get<std::string>().empty()) out[it.key()] = it->get<std::string>();
        else
            check.error(pointer_append(pointer_append("", key), it.key()), "wrong-type",
                        "a translation must be a non-empty string");
    }
    return out;
}

static std::map<std::string, LabelAndText> pair_map(JsonChecker& check, const json& parent, const char* key,
                                                    const char* second) {
    std::map<std::string, LabelAndText> out;
    const json* object = check.object(parent, "", key, false);
    for (auto it = object ? object->begin() : json::const_iterator(); object && it != object->end(); ++it) {
        std::string p = pointer_append(pointer_append("", key), it.key());
        if (!check.object_at(*it, p)) continue;
        out[it.key()] = {check.string(*it, p, "label"), check.string(*it, p, second)};
    }
    return out;
}

bool load_model_translation(std::string_view text, const std::string& file, ModelTranslation& out, Diagnostics& diags) {
    JsonDocument doc = parse_json_document(text, file, diags);
    if (!doc.ok) return false;
    JsonChecker check(file, text, diags);
    if (!check.document_root(doc.value, "model translation", 1)) return false;
    const json& root = doc.value;
    out.translates = check.string(root, "", "translates");
    out.lang = check.string(root, "", "lang");
    out.title = check.string(root, "", "title");
    out.summary = check.string(root, "", "summary");
    out.edition = check.string(root, "", "edition", false);
    out.owners = text_map(check, root, "owners");
    out.layers = text_map(check, root, "layers");
    out.controls = text_map(check, root, "controls");
    out.cells = text_map(check, root, "cells");
    out.variants = text_map(check, root, "variants");
    out.defaults = text_map(check, root, "defaults");
    out.parties = pair_map(check, root, "parties", "band");
    out.categories = pair_map(check, root, "categories", "summary");
    if (const json* settings = check.object(root, "", "settings", false))
        for (auto it = settings->begin(); it != settings->end(); ++it) {
            std::string p = pointer_append("/settings", it.key());
            if (!check.object_at(*it, p)) continue;
            SettingTranslation& s = out.settings[it.key()];
            s.label = check.string(*it, p, "label");
            s.options = text_map(check, *it, "options"); // pointers of option errors are approximate
        }
    return check.error_count() == 0;
}

void check_model_translation(const ResponsibilityModel& m, const ModelTranslation& t, const std::string& file,
                             std::string_view text, Diagnostics& diags) {
    JsonChecker check(file, text, diags);
    auto unknown = [&](const char* section, const std::string& key) {
        check.error(pointer_append(pointer_append("", section), key), "unknown-id",
                    "model \"" + m.id + "\" has nothing called \"" + key + "\" to translate");
    };
    for (const auto& [id, _] : t.parties)
        if (!m.find_party(id)) unknown("parties", id);
    for (const auto& [id, _] : t.controls)
        if (!m.find_control(id)) unknown("controls", id);
    for (const auto& [id, _] : t.categories)
        if (!m.find_category(id)) unknown("categories", id);
    for (const auto& [id, _] : t.layers) {
        bool found = false;
        for (const Layer& l : m.layers) found = found || l.id == id;
        if (!found) unknown("layers", id);
    }
    for (const auto& [id, _] : t.owners)
        if (id != "shared" && id != "not-applicable") unknown("owners", id);
    for (const auto& [key, s] : t.settings) {
        const Service* service = m.find_service(key.substr(0, key.find('/')));
        const Setting* setting = service ? service->find_setting(key.substr(key.find('/') + 1)) : nullptr;
        if (!setting) {
            unknown("settings", key);
            continue;
        }
        for (const auto& [option, _] : s.options) {
            bool found = false;
            for (const SettingOption& o : setting->options) found = found || o.id == option;
            if (!found)
                check.error(pointer_append(pointer_append(pointer_append("/settings", key), "options"), option),
                            "unknown-id", "setting \"" + key + "\" has no option \"" + option + "\" to translate");
        }
    }
    size_t untranslated = 0;
    std::map<std::string, bool> cells_seen, variants_seen, defaults_seen;
    for (const Cell& c : m.cells) {
        std::string key = c.service + "/" + c.control;
        cells_seen[key] = true;
        untranslated += !t.cells.count(key);
        if (c.has_default) {
            defaults_seen[key] = true;
            untranslated += !t.defaults.count(key);
        }
        for (const Variant& v : c.variants) {
            std::string vkey = key + "/" + v.setting + "=" + v.option;
            variants_seen[vkey] = true;
            untranslated += !t.variants.count(vkey);
            if (v.has_default) {
                defaults_seen[vkey] = true;
                untranslated += !t.defaults.count(vkey);
            }
        }
    }
    for (const auto& [key, _] : t.cells)
        if (!cells_seen.count(key)) unknown("cells", key);
    for (const auto& [key, _] : t.variants)
        if (!variants_seen.count(key)) unknown("variants", key);
    for (const auto& [key, _] : t.defaults)
        if (!defaults_seen.count(key)) unknown("defaults", key);
    if (untranslated)
        check.warning("/cells", "untranslated",
                      std::to_string(untranslated) + " explanations of model \"" + m.id +
                          "\" have no translation and stay in the original language");
}

void apply_model_translation(ResponsibilityModel& m, const ModelTranslation& t) {
    auto set = [](std::string& target, const std::string& text) {
        if (!text.empty()) target = text;
    };
    set(m.title, t.title);
    set(m.summary, t.summary);
    set(m.edition, t.edition);
    if (t.owners.count("shared")) m.shared_label = t.owners.at("shared");
    if (t.owners.count("not-applicable")) m.not_applicable_label = t.owners.at("not-applicable");
    for (Party& p : m.parties)
        if (auto it = t.parties.find(p.id); it != t.parties.end()) {
            set(p.label, it->second.label);
            set(p.band, it->second.text);
        }
    for (Layer& l : m.layers)
        if (auto it = t.layers.find(l.id); it != t.layers.end()) set(l.label, it->second);
    for (Category& c : m.categories)
        if (auto it = t.categories.find(c.id); it != t.categories.end()) {
            set(c.label, it->second.label);
            set(c.summary, it->second.text);
        }
    for (Control& c : m.controls)
        if (auto it = t.controls.find(c.id); it != t.controls.end()) set(c.label, it->second);
    for (Service& s : m.services)
        for (Setting& setting : s.settings)
            if (auto it = t.settings.find(s.id + "/" + setting.id); it != t.settings.end()) {
                set(setting.label, it->second.label);
                for (SettingOption& o : setting.options)
                    if (auto opt = it->second.options.find(o.id); opt != it->second.options.end())
                        set(o.label, opt->second);
            }
    for (Cell& c : m.cells) {
        std::string key = c.service + "/" + c.control;
        if (auto it = t.cells.find(key); it != t.cells.end()) set(c.explanation, it->second);
        if (auto it = t.defaults.find(key); it != t.defaults.end()) set(c.provider_default.what, it->second);
        for (Variant& v : c.variants) {
            std::string vkey = key + "/" + v.setting + "=" + v.option;
            if (auto it = t.variants.find(vkey); it != t.variants.end()) set(v.explanation, it->second);
            if (auto it = t.defaults.find(vkey); it != t.defaults.end()) set(v.provider_default.what, it->second);
        }
    }
}

} // namespace srm
