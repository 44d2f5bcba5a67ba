// Deep links: the page's query string as the app's starting state, e.g.
//   ?view=explore&cloud=aws&service=rds&compare=ec2
// Parsing checks only shape; whether an id exists is decided against the loaded content by the
// app. Anything unknown or malformed becomes a notice for the learner, never an error.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace srm {

struct DeepLink {
    std::string view;      // home, explore, compare, matrix, lessons, lesson, resources, quiz
    std::string cloud;     // model id
    std::string service;   // service id
    std::string compare;   // second service id, for the compare view
    std::string control;   // control id: opens that cell's detail
    std::string quiz;      // quiz id
    std::string lesson;    // lesson id
    std::string mode;      // practice or exam (quizzes)
    std::uint64_t seed = 0;   // quiz draw seed; 0 = pick one
    std::vector<std::string> notices;   // what was ignored, in words
};

// Parses "?a=b&c=d" (the leading '?' optional). Percent-escapes and '+' are decoded.
DeepLink parse_deep_link(std::string_view query);

// The query string that opens the given state (only non-empty fields, in a fixed order).
std::string format_deep_link(const DeepLink& link);

} // namespace srm
