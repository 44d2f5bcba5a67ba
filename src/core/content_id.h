// The shape every content id has (models, services, controls, quizzes, lessons, concepts...):
// 1 to 64 lower-case letters, digits, '-' and '_'. The JSON checker holds content to it, and the
// readers of links and progress codes refuse anything else before it reaches the app.
#pragma once
#include <cctype>
#include <cstddef>
#include <string_view>

namespace srm {

constexpr std::size_t kMaxIdLength = 64;

inline bool is_id(std::string_view text) {
    if (text.empty() || text.size() > kMaxIdLength) return false;
    for (char c : text)
        if (!(std::islower((unsigned char)c) || std::isdigit((unsigned char)c) || c == '-' || c == '_')) return false;
    return true;
}

} // namespace srm
