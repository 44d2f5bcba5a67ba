// Loading and validation of lessons and resources (see learning.h).
#include "learning.h"
#include "deep_link.h"
#include "json_checker.h"
#include <set>

namespace srm {

using nlohmann::json;

// The optional "lang" at the top of a lessons or resources file.
static void read_language(JsonChecker& check, const json& root, std::string* lang) {
    std::string value = check.string(root, "", "lang", false);
    if (lang) *lang = value.empty() ? "en" : value;
}

bool load_lessons(std::string_view text, const std::string& file, std::vector<Lesson>& out, Diagnostics& diags,
                  std::string* lang) {
    JsonDocument doc = parse_json_document(text, file, diags);
    if (!doc.ok) return false;
    JsonChecker check(file, text, diags);
    if (!check.document_root(doc.value, "lessons", kLearningSchemaVersion)) return false;
    const json* root = &doc.value;
    read_language(check, *root, lang);
    const json* lessons = check.array(*root, "", "lessons");
    if (lessons && lessons->empty()) check.error("/lessons", "empty-list", "the file has no lessons");
    std::set<std::string> ids;
    for (size_t i = 0; lessons && i < lessons->size(); ++i) {
        const json& j = (*lessons)[i];
        std::string p = pointer_append("/lessons", i);
        if (!check.object_at(j, p)) continue;
        Lesson l;
        l.id = check.string(j, p, "id");
        if (!l.id.empty() && check.identifier(l.id, pointer_append(p, "id")) && !ids.insert(l.id).second)
            check.error(pointer_append(p, "id"), "duplicate-id", "duplicate lesson id \"" + l.id + "\"");
        l.title = check.string(j, p, "title");
        l.summary = check.string(j, p, "summary");
        l.paragraphs = check.string_list(j, p, "paragraphs");
        for (size_t k = 0; k < l.paragraphs.size(); ++k)
            if (l.paragraphs[k].empty())
                check.error(pointer_append(pointer_append(p, "paragraphs"), k), "empty-string",
                            "a paragraph must not be empty");
        if (const json* d = check.object(j, p, "diagram")) {
            std::string dp = pointer_append(p, "diagram");
            l.diagram.cloud = check.string(*d, dp, "cloud");
            l.diagram.service = check.string(*d, dp, "service");
            l.diagram.layers = check.string_list(*d, dp, "layers", false);
        }
        l.explore = check.string(j, p, "explore");
        if (!l.explore.empty()) {
            DeepLink link = parse_deep_link(l.explore);
            if (l.explore[0] != '?' || !link.notices.empty())
                check.error(pointer_append(p, "explore"), "bad-link",
                            "explore is a deep link such as \"?view=explore&cloud=aws&service=ec2\"" +
                                (link.notices.empty() ? std::string() : ": " + english(link.notices[0])));
        }
        l.quiz = check.string(j, p, "quiz", false);
        l.sources = check.string_list(j, p, "sources");
        if (j.contains("sources") && l.sources.empty())
            check.error(pointer_append(p, "sources"), "missing-source", "every lesson cites at least one https source");
        for (size_t s = 0; s < l.sources.size(); ++s)
            check.https_url(l.sources[s], pointer_append(pointer_append(p, "sources"), s));
        out.push_back(std::move(l));
    }
    return check.error_count() == 0;
}

bool load_resources(std::string_view text, const std::string& file, std::vector<ResourceGroup>& out, Diagnostics& diags,
                    std::string* lang) {
    JsonDocument doc = parse_json_document(text, file, diags);
    if (!doc.ok) return false;
    JsonChecker check(file, text, diags);
    if (!check.document_root(doc.value, "resources", kLearningSchemaVersion)) return false;
    const json* root = &doc.value;
    read_language(check, *root, lang);
    const json* groups = check.array(*root, "", "groups");
    if (groups && groups->empty()) check.error("/groups", "empty-list", "the file has no groups");
    std::set<std::string> ids;
    for (size_t i = 0; groups && i < groups->size(); ++i) {
        const json& g = (*groups)[i];
        std::string p = pointer_append("/groups", i);
        if (!check.object_at(g, p)) continue;
        ResourceGroup group;
        group.id = check.string(g, p, "id");
        if (!group.id.empty() && check.identifier(group.id, pointer_append(p, "id")) && !ids.insert(group.id).second)
            check.error(pointer_append(p, "id"), "duplicate-id", "duplicate group id \"" + group.id + "\"");
        group.title = check.string(g, p, "title");
        const json* links = check.array(g, p, "links");
        for (size_t k = 0; links && k < links->size(); ++k) {
            const json& l = (*links)[k];
            std::string lp = pointer_append(pointer_append(p, "links"), k);
            if (!check.object_at(l, lp)) continue;
            ResourceLink link{check.string(l, lp, "title"), check.string(l, lp, "url"), check.string(l, lp, "description")};
            if (!link.url.empty()) check.https_url(link.url, pointer_append(lp, "url"));
            group.links.push_back(std::move(link));
        }
        out.push_back(std::move(group));
    }
    return check.error_count() == 0;
}

} // namespace srm
