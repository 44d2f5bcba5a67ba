// Worksheet link parameters and code (see worksheet_codec.h).
#include "worksheet_codec.h"
#include "text_codes.h"
#include <cctype>

namespace srm {

namespace {

const char kHex[] = "0123456789ABCDEF";

bool is_id(const std::string& v) {
    if (v.empty() || v.size() > 64) return false;
    for (char c : v)
        if (!(std::islower((unsigned char)c) || std::isdigit((unsigned char)c) || c == '-' || c == '_')) return false;
    return true;
}

std::string encode_text(const std::string& text) {
    std::string out;
    for (char c : text) {
        unsigned char u = (unsigned char)c;
        if (std::isalnum(u) || c == '.' || c == '-' || c == '/') out += c;
        else if (c == ' ') out += '_';
        else {
            out += '~';
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
    }
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = char(std::toupper((unsigned char)c));
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

bool decode_text(const std::string& text, std::string& out) {
    out.clear();
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_') out += ' ';
        else if (text[i] != '~') out += text[i];
        else if (i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += char(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            return false;
        }
    }
    return true;
}

std::string shown(const std::string& v) {
    std::string out;
    for (char c : v) out += (unsigned char)c < 0x20 ? '?' : c;
    return "\"" + (out.size() > 40 ? out.substr(0, 40) + "..." : out) + "\"";
}

// "service.control" into its two ids.
bool read_cell(const std::string& text, CellRef& out) {
    size_t dot = text.find('.');
    if (dot == std::string::npos) return false;
    out.service = text.substr(0, dot);
    out.control = text.substr(dot + 1);
    return is_id(out.service) && is_id(out.control);
}

bool read_status(const std::string& letter, DutyStatus& out) {
    if (letter == "o") out = DutyStatus::open;
    else if (letter == "d") out = DutyStatus::done;
    else if (letter == "p") out = DutyStatus::planned;
    else if (letter == "n") out = DutyStatus::not_applicable;
    else return false;
    return true;
}

const char* status_letter(DutyStatus status) {
    switch (status) {
    case DutyStatus::open: return "o";
    case DutyStatus::done: return "d";
    case DutyStatus::planned: return "p";
    case DutyStatus::not_applicable: return "n";
    }
    return "o";
}

// Calls `read` on each comma-separated entry of a parameter, at most `limit` of them; an entry it
// refuses becomes the problem `refused`, with the entry's position and the entry.
template <typename Read>
void each_entry(const char* param, const std::string& value, size_t limit, ProblemId refused, Read read,
                std::vector<Problem>& problems) {
    if (value.empty()) return;
    std::vector<std::string> entries = split(value, ',');
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i == limit) {
            problems.push_back({ProblemId::worksheet_param_too_many, {param, std::to_string(limit)}});
            return;
        }
        if (!read(entries[i])) problems.push_back({refused, {std::to_string(i + 1), shown(entries[i])}});
    }
}

} // namespace

bool is_worksheet_param(const std::string& value) {
    if (value.size() > kWorksheetCodeLimit) return false;
    for (char c : value)
        if (!(std::isalnum((unsigned char)c) || c == '_' || c == '.' || c == '-' || c == '/' || c == '~' || c == ',' ||
              c == ':'))
            return false;
    return true;
}

WorksheetParams worksheet_params(const Worksheet& ws) {
    WorksheetParams p;
    auto add = [](std::string& to, const std::string& entry) { to += (to.empty() ? "" : ",") + entry; };
    for (const StackService& s : ws.services) {
        add(p.services, s.id);
        for (const auto& [setting, option] : s.settings) add(p.settings, s.id + "." + setting + ":" + option);
    }
    for (const ThirdParty& party : ws.parties) {
        std::string entry = encode_text(party.name);
        for (const CellRef& d : party.duties) entry += ":" + d.service + "." + d.control;
        add(p.parties, entry);
    }
    for (const auto& [ref, mark] : ws.marks) {
        std::string entry = ref.service + "." + ref.control + ":" + status_letter(mark.status);
        if (!mark.owner.empty() || !mark.evidence.empty()) entry += ":" + encode_text(mark.owner);
        if (!mark.evidence.empty()) entry += ":" + encode_text(mark.evidence);
        add(p.marks, entry);
    }
    return p;
}

Worksheet read_worksheet_params(const WorksheetParams& params, const ResponsibilityModel& model,
                                std::vector<Problem>& problems) {
    Worksheet ws;
    ws.cloud = model.id;
    WorksheetParams read; // a value that is not the worksheet's shape may be anything: none of it is read
    auto take = [&](const char* name, const std::string& value, std::string& to) {
        if (is_worksheet_param(value)) to = value;
        else problems.push_back({ProblemId::worksheet_param_shape, {name}});
    };
    take("services", params.services, read.services);
    take("set", params.settings, read.settings);
    take("parties", params.parties, read.parties);
    take("marks", params.marks, read.marks);

    each_entry(
        "services", read.services, kWorksheetMaxServices * 2, ProblemId::worksheet_services_entry,
        [&](const std::string& e) {
            if (!is_id(e)) return false;
            StackService s;
            s.id = e;
            ws.services.push_back(std::move(s));
            return true;
        },
        problems);
    // Settings attach to services already listed; a setting for an unlisted service is a problem.
    each_entry(
        "set", read.settings, kWorksheetMaxServices * 8, ProblemId::worksheet_set_entry,
        [&](const std::string& e) {
            size_t colon = e.find(':');
            CellRef ref; // service and setting ids share the cell's shape
            if (colon == std::string::npos || !read_cell(e.substr(0, colon), ref) || !is_id(e.substr(colon + 1)))
                return false;
            for (StackService& s : ws.services)
                if (s.id == ref.service) {
                    s.settings[ref.control] = e.substr(colon + 1);
                    return true;
                }
            problems.push_back({ProblemId::worksheet_setting_unlisted, {ref.service, ref.control}});
            return true;
        },
        problems);
    each_entry(
        "parties", read.parties, kWorksheetMaxParties * 2, ProblemId::worksheet_parties_entry,
        [&](const std::string& e) {
            std::vector<std::string> f = split(e, ':');
            ThirdParty party;
            if (f.size() < 2 || f.size() > kWorksheetMaxPartyDuties + 1 || !decode_text(f[0], party.name)) return false;
            for (size_t i = 1; i < f.size(); ++i) {
                CellRef ref;
                if (!read_cell(f[i], ref)) return false;
                party.duties.push_back(ref);
            }
            ws.parties.push_back(std::move(party));
            return true;
        },
        problems);
    each_entry(
        "marks", read.marks, kWorksheetMaxMarks * 2, ProblemId::worksheet_marks_entry,
        [&](const std::string& e) {
            std::vector<std::string> f = split(e, ':');
            CellRef ref;
            DutyMark mark;
            if (f.size() < 2 || f.size() > 4 || !read_cell(f[0], ref) || !read_status(f[1], mark.status)) return false;
            if (f.size() > 2 && !decode_text(f[2], mark.owner)) return false;
            if (f.size() > 3 && !decode_text(f[3], mark.evidence)) return false;
            ws.marks[ref] = mark;
            return true;
        },
        problems);

    std::vector<Problem> tidy = tidy_worksheet(model, ws);
    problems.insert(problems.end(), tidy.begin(), tidy.end());
    return ws;
}

std::string worksheet_code(const Worksheet& ws) {
    WorksheetParams p = worksheet_params(ws);
    std::string body = "SRMS" + std::to_string(kWorksheetCodeVersion) + "|" + ws.cloud + "|" + p.services + "|" +
                       p.settings + "|" + p.parties + "|" + p.marks;
    return body + "|" + fnv1a_hex(body);
}

bool worksheet_from_code(std::string_view code, const std::vector<ResponsibilityModel>& models, Worksheet& out,
                         std::vector<Problem>& problems) {
    code = trim(code);
    if (code.substr(0, 4) != "SRMS" || code.size() > kWorksheetCodeLimit) { // the limit holds before anything is split
        problems.push_back({ProblemId::worksheet_code_foreign, {std::to_string(kWorksheetCodeLimit)}});
        return false;
    }
    std::string version = "SRMS" + std::to_string(kWorksheetCodeVersion) + "|";
    if (code.substr(0, version.size()) != version) {
        problems.push_back({ProblemId::worksheet_code_other_version, {}});
        return false;
    }
    size_t bar = code.rfind('|');
    std::vector<std::string> sections = split(code.substr(0, bar), '|');
    if (fnv1a_hex(code.substr(0, bar)) != code.substr(bar + 1) || sections.size() != 6) {
        problems.push_back({ProblemId::worksheet_code_damaged, {}});
        return false;
    }
    const ResponsibilityModel* model = nullptr;
    for (const ResponsibilityModel& m : models)
        if (m.id == sections[1]) model = &m;
    if (!model) {
        problems.push_back({ProblemId::worksheet_code_unknown_cloud, {shown(sections[1])}});
        return false;
    }
    WorksheetParams params;
    params.services = sections[2];
    params.settings = sections[3];
    params.parties = sections[4];
    params.marks = sections[5];
    out = read_worksheet_params(params, *model, problems);
    return true;
}

} // namespace srm
