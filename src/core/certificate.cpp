// Certificate codes (see certificate.h).
#include "certificate.h"
#include "catalog.h"
#include "text_codes.h"
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

namespace srm {

static const char kPrefix[] = "SRMC1|";

bool clean_certificate_name(std::string_view text, std::string& out, Problem& problem) {
    text = trim(text);
    if (text.empty()) {
        problem = {ProblemId::certificate_name_missing, {}};
        return false;
    }
    if (text.size() > kCertificateNameMaxBytes) {
        problem = {ProblemId::certificate_name_too_long, {std::to_string(kCertificateNameMaxBytes)}};
        return false;
    }
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f) {
            problem = {ProblemId::certificate_name_character, {}};
            return false;
        }
    out = std::string(text);
    return true;
}

// The newest last_verified date among a model's cells ("" when none has one).
static std::string newest_check(const ResponsibilityModel& m) {
    std::string newest;
    for (const Cell& c : m.cells) newest = std::max(newest, c.last_verified);
    return newest;
}

std::string certificate_edition(const Quiz& quiz, const ContentCatalog& catalog) {
    std::set<std::string> used;
    for (const GenerateSpec& g : quiz.generate) used.insert(g.model);
    for (const Question& q : quiz.questions) {
        if (!q.model.empty()) used.insert(q.model);
        if (!q.cell.empty()) used.insert(q.cell.substr(0, q.cell.find('/')));
        for (const Question& part : q.parts)
            if (!part.cell.empty()) used.insert(part.cell.substr(0, part.cell.find('/')));
    }
    std::string out;
    for (const std::string& id : used)
        if (const ResponsibilityModel* m = catalog.find_model(id))
            out += (out.empty() ? "" : "+") + id + ":" + newest_check(*m);
    if (!out.empty()) return out;
    std::string newest;
    for (const ResponsibilityModel& m : catalog.models()) newest = std::max(newest, newest_check(m));
    return "content:" + newest;
}

static std::string escaped(const std::string& text) {
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out += char(c);
        else out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
    return out;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The reverse of escaped(); false for anything escaped() would not write.
static bool unescaped(const std::string& token, std::string& out) {
    out.clear();
    for (size_t i = 0; i < token.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(token[i]);
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
            out += char(c);
            continue;
        }
        if (c != '%' || i + 2 >= token.size()) return false;
        int high = hex_value(token[i + 1]), low = hex_value(token[i + 2]);
        if (high < 0 || low < 0) return false;
        out += char(high * 16 + low);
        i += 2;
    }
    return true;
}

std::string certificate_code(const Certificate& c) {
    std::string body =
        kPrefix + escaped(c.name) + "|" + c.quiz_id + "|" + std::to_string(c.percent) + "|" + c.date + "|" + c.edition;
    return body + "|" + fnv1a_hex(body);
}

bool looks_like_certificate_code(std::string_view text) { return trim(text).substr(0, 4) == "SRMC"; }

static bool valid_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
    int month = std::atoi(d.substr(5, 2).c_str()), day = std::atoi(d.substr(8, 2).c_str());
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

static bool valid_quiz_id(const std::string& id) {
    return !id.empty() && id.size() <= 64 &&
           id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

static bool valid_edition(const std::string& e) {
    return !e.empty() && e.size() <= kCertificateEditionMaxBytes &&
           e.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-:+") == std::string::npos;
}

bool parse_certificate_code(std::string_view text, Certificate& out, Problem& problem) {
    out = Certificate();
    text = trim(text);
    if (text.substr(0, 4) != "SRMC") {
        problem = {ProblemId::certificate_foreign, {}};
        return false;
    }
    // Bounded before anything is split or hashed.
    if (text.size() > kMaxCertificateCodeBytes) {
        problem = {ProblemId::certificate_too_long, {}};
        return false;
    }
    if (text.substr(0, 6) != kPrefix) {
        problem = {ProblemId::certificate_other_version, {}};
        return false;
    }
    std::vector<std::string> fields = split(text, '|');
    if (fields.size() != 7) {
        problem = {ProblemId::certificate_shape, {}};
        return false;
    }
    size_t bar = text.rfind('|');
    if (fnv1a_hex(text.substr(0, bar)) != text.substr(bar + 1)) {
        problem = {ProblemId::certificate_checksum, {}};
        return false;
    }
    std::string name;
    Problem why;
    if (!unescaped(fields[1], name) || !clean_certificate_name(name, out.name, why) || out.name != name) {
        problem = {ProblemId::certificate_name, {}};
        return false;
    }
    if (!valid_quiz_id(fields[2])) {
        problem = {ProblemId::certificate_quiz, {}};
        return false;
    }
    out.quiz_id = fields[2];
    const std::string& p = fields[3];
    if (p.empty() || p.size() > 3 || p.find_first_not_of("0123456789") != std::string::npos || std::atoi(p.c_str()) > 100) {
        problem = {ProblemId::certificate_percent, {}};
        return false;
    }
    out.percent = std::atoi(p.c_str());
    if (!valid_date(fields[4])) {
        problem = {ProblemId::certificate_date, {}};
        return false;
    }
    out.date = fields[4];
    if (!valid_edition(fields[5])) {
        problem = {ProblemId::certificate_edition, {}};
        return false;
    }
    out.edition = fields[5];
    return true;
}

} // namespace srm
