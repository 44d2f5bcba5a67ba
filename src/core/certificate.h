// A certificate for a passed quiz where no learning platform records it: the learner's name, the
// quiz, the score, the date and the edition of the content, as one line of text printed on the
// certificate and checked by the room summary and `srm-check --verify`.
//
//   SRMC1|<name>|<quiz id>|<percent>|<YYYY-MM-DD>|<edition>|<fnv1a32 hex>
//
// The name writes every byte other than A-Z a-z 0-9 - _ . as %XX. The edition (a-z 0-9 - : + only) is
// "<model id>:<date>" for each model the quiz uses, joined by "+", the date being the newest
// check of that model's cells; a quiz that uses no model has "content:<date>", the newest check of
// any model. The checksum covers everything before it: it catches a mistyped or hand-edited code,
// it does not stop someone who runs SRM Trainer from making one.
#pragma once
#include "problem.h"
#include <string>
#include <string_view>

namespace srm {

class ContentCatalog;
struct Quiz;

constexpr size_t kMaxCertificateCodeBytes = 1024;
constexpr size_t kCertificateNameMaxBytes = 64;
constexpr size_t kCertificateEditionMaxBytes = 200;

struct Certificate {
    std::string name; // as the learner entered it, trimmed
    std::string quiz_id;
    int percent = 0;     // 0..100
    std::string date;    // YYYY-MM-DD, the day the quiz was passed
    std::string edition; // see above
};

// A name for a certificate: trimmed; empty, too long or holding control characters is refused.
bool clean_certificate_name(std::string_view text, std::string& out, Problem& problem);
// The edition token of `quiz` from the models of `catalog` it uses (see above).
std::string certificate_edition(const Quiz& quiz, const ContentCatalog& catalog);
std::string certificate_code(const Certificate& certificate);
// True when `text` starts like a certificate code (so a paste box can tell it from other codes).
bool looks_like_certificate_code(std::string_view text);
// Reads one code. False with a reason when it is not a certificate code, comes from another
// version, or is damaged (cut short, edited, mistyped).
bool parse_certificate_code(std::string_view text, Certificate& out, Problem& problem);

} // namespace srm
